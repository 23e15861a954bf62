import type { PrintedDocument, PrintedField, PrintedSection } from './pdf.js';
import type { Words } from './document-language.js';
import { answerView } from './dto/trace-request.response.js';
import type { TraceRequestDetail } from './tracing.service.js';
import type { TraceRequest } from './tracing.entities.js';

/** Who prints: the registry's own side of the exchange. */
export interface PrintingParty {
  /** ISO code of the deployment's state (REGISTRY_COUNTRY), else the request's own field. */
  country: string | null;
  agency: string;
  /** The national contact point (ITI art. 25), as configured: address, telephone, e-mail. */
  contactPoint: string | null;
  preparedBy: string;
}

type Side = 'requesting' | 'requested';

/** The lines naming one side of the request; ours carries the agency's name and the contact point. */
function party(r: TraceRequest, side: Side, us: PrintingParty, words: Words): string[] {
  const ours = (r.direction === 'outgoing') === (side === 'requesting');
  const country = side === 'requesting' ? r.requestingCountry : r.requestedCountry;
  const agency = side === 'requesting' ? r.requestingAgency : (r.requestedAgency ?? r.requestedManufacturer);
  const state = (code: string | null) => (code ? [words.country(code)] : []);
  if (!ours) return [...state(country), ...(agency ? [agency] : [])];
  return [...state(us.country ?? country), agency && agency !== us.agency ? `${us.agency} (${agency})` : us.agency, ...(us.contactPoint ? [`${words.label('contactPoint')}${words.label('colon')}${us.contactPoint}`] : [])];
}

const field = (label: string, value: string | number | null | undefined, words: Words): PrintedField => ({ label, value: value === null || value === undefined || value === '' ? words.label('none') : String(value) });

function itemFields(r: TraceRequest, words: Words): PrintedField[] {
  const item = r.item;
  const legibility = item.serialLegibility ? ` (${words.code(item.serialLegibility)})` : '';
  return [
    field(words.label('category'), item.category, words),
    field(words.label('make'), item.make, words),
    field(words.label('model'), item.model, words),
    field(words.label('calibre'), item.calibre, words),
    field(words.label('serialNumber'), item.serialNumber ? `${item.serialNumber}${legibility}` : null, words),
    field(words.label('manufacture'), [item.countryOfManufacture ? words.country(item.countryOfManufacture) : null, item.yearOfManufacture].filter(Boolean).join(', '), words),
    ...item.markings.map((m, i) =>
      field(`${words.label('marking')} ${i + 1}${m.type ? ` (${words.code(m.type)})` : ''}`, `«${m.text}»${m.location ? `, ${m.location}` : ''}${m.legibility ? `, ${words.code(m.legibility)}` : ''}`, words),
    ),
    field(words.label('otherFeatures'), item.otherFeatures, words),
  ];
}

function requestFields(r: TraceRequest, words: Words): PrintedField[] {
  return [
    field(words.label('ourReference'), r.reference, words),
    field(r.direction === 'outgoing' ? words.label('sentOn') : words.label('receivedOn'), r.requestedAt ? words.date(r.requestedAt) : words.label('notSent'), words),
    field(words.label('dueBy'), r.dueAt ? words.date(r.dueAt) : null, words),
    field(words.label('priority'), words.code(r.priority), words),
    ...(r.urgencyJustification ? [field(words.label('urgencyReason'), r.urgencyJustification, words)] : []),
  ];
}

function common(r: TraceRequest, words: Words, us: PrintingParty, title: string, sender: Side, now: Date): Omit<PrintedDocument, 'sections'> {
  const addressee: Side = sender === 'requesting' ? 'requested' : 'requesting';
  const level = words.code(r.confidentiality);
  return {
    title: `${title} ${r.reference}`,
    letterhead: party(r, sender, us, words),
    meta: [
      { label: words.label('ourReference'), value: r.reference },
      { label: words.label('date'), value: words.date(now) },
    ],
    addressee: { heading: words.label('to'), lines: party(r, addressee, us, words) },
    signature: [words.label('signature', { agency: us.agency }), `${words.label('signedBy')}${words.label('colon')}${us.preparedBy}`, `${words.label('nameAndFunction')}${words.label('colon')}____________________________`, `${words.label('signatureAndStamp')}${words.label('colon')}________________________`],
    footer: words.label('confidentialFooter', { level, restrictions: r.useRestrictions ?? '' }).trim(),
    pageLabel: (page, pages) => words.label('page', { page, pages }),
  };
}

/** The request (ITI): parties, item and markings, circumstances, illicit nature, intended use, priority, restrictions. */
export function requestDocument(r: TraceRequest, words: Words, us: PrintingParty, now: Date): PrintedDocument {
  const sections: PrintedSection[] = [
    { heading: words.label('requestSection'), fields: requestFields(r, words) },
    { heading: words.label('itemSection'), fields: itemFields(r, words) },
    {
      heading: words.label('contextSection'),
      fields: [
        field(words.label('foundPlace'), r.foundPlace, words),
        field(words.label('foundCircumstances'), r.foundCircumstances, words),
        field(words.label('illicitNature'), r.illicitNature, words),
        field(words.label('legalBasis'), r.legalBasis, words),
        field(words.label('intendedUse'), r.intendedUse, words),
        field(words.label('confidentiality'), words.code(r.confidentiality), words),
        field(words.label('useRestrictions'), r.useRestrictions, words),
      ],
    },
  ];
  return { ...common(r, words, us, words.label('requestTitle'), 'requesting', now), sections };
}

interface ChainEntry {
  occurredOn: string;
  type: string;
  country?: string | null;
  place?: string | null;
  holder?: { id: string; name?: string | null; restricted?: boolean } | null;
  licence?: { number: string; kind: string } | null;
  referenceDocuments?: string[] | null;
}

/**
 * The answer restates the request it answers (reference, dates, the item as described),
 * then the findings: the firearm on record and its markings, the chain of legal custody
 * with licences and documents (the import licence among them), the last legal holder and
 * the point of diversion. Persons are named only for holder.personal_data, as on screen.
 */
export function answerDocument(detail: TraceRequestDetail, personalData: boolean, words: Words, us: PrintingParty, now: Date): PrintedDocument {
  const r = detail.request;
  const a = answerView(r.answer, detail.holders, personalData);
  const base = common(r, words, us, words.label('answerTitle'), 'requested', now);
  const restated: PrintedSection = { heading: words.label('requestRestated'), fields: [...requestFields(r, words), ...itemFields(r, words)] };
  if (!a) return { ...base, sections: [restated, { heading: words.label('answerSection'), lines: [words.label('noAnswer')] }] };

  const name = (h: ChainEntry['holder']) => (!h ? words.label('none') : h.restricted ? words.label('nameWithheld', { id: h.id }) : (h.name ?? h.id));
  const firearm = a.firearm as (Record<string, unknown> & { markings?: { type: string; text: string; location: string | null; legibility: string; importCountry: string | null; importYear: number | null }[] }) | null | undefined;
  const diversion = a.diversion as { kind: string; occurredOn: string } | null;
  const findings: PrintedField[] = [
    field(words.label('answeredOn'), words.date(typeof a.answeredAt === 'string' ? a.answeredAt : r.answeredAt), words),
    field(words.label('outcome'), words.code(a.outcome as string), words),
    ...(a.outcomeReason ? [field(words.label('outcomeReason'), String(a.outcomeReason), words)] : []),
    ...(firearm
      ? [
          field(words.label('firearm'), [firearm.category, firearm.make, firearm.model, firearm.calibre].filter(Boolean).join(' '), words),
          field(words.label('serialNumber'), firearm.serialNumber as string | null, words),
          field(words.label('manufacture'), [firearm.countryOfManufacture ? words.country(firearm.countryOfManufacture as string) : null, firearm.yearOfManufacture].filter(Boolean).join(', '), words),
          ...(firearm.markings ?? []).map((m, i) =>
            field(
              `${words.label('marking')} ${i + 1} (${words.code(m.type)})`,
              `«${m.text}»${m.location ? `, ${m.location}` : ''}, ${words.code(m.legibility)}${m.importCountry ? `; ${words.label('importMarking')} ${words.country(m.importCountry)}${m.importYear ? ` ${m.importYear}` : ''}` : ''}`,
              words,
            ),
          ),
        ]
      : []),
    field(words.label('lastLegalHolder'), name(a.lastLegalHolder as ChainEntry['holder']), words),
    field(words.label('diversion'), diversion ? `${words.code(diversion.kind)}, ${words.date(diversion.occurredOn)}` : null, words),
    ...(a.summary ? [field(words.label('summary'), String(a.summary), words)] : []),
  ];
  const chain = (a.chain as ChainEntry[]).map((e) => {
    const parts = [`${words.date(e.occurredOn)}${words.label('colon')}${words.code(e.type)}`];
    if (e.country) parts.push(`${e.type === 'imported' ? words.label('from_country') : words.label('to_country')} ${words.country(e.country)}`);
    if (e.holder) parts.push(`– ${name(e.holder)}`);
    if (e.licence) parts.push(`(${words.label('licence')} ${e.licence.number}, ${words.code(e.licence.kind)})`);
    if (e.place) parts.push(`${words.label('at')} ${e.place}`);
    if (e.referenceDocuments?.length) parts.push(`[${words.label('documents')}${words.label('colon')}${e.referenceDocuments.join('; ')}]`);
    return parts.join(' ');
  });
  return {
    ...base,
    sections: [restated, { heading: words.label('answerSection'), fields: findings }, { heading: words.label('chainSection'), lines: chain.length ? chain : [words.label('noChain')] }],
  };
}
