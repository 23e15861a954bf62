import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Holder } from '../holders/holder.entities.js';
import { wordsFor, type DocumentLanguage } from './document-language.js';
import { renderPdf, type PrintedDocument } from './pdf.js';
import { answerDocument, requestDocument, type PrintingParty } from './printed-documents.js';
import type { TraceRequestDetail } from './tracing.service.js';
import type { TraceRequest } from './tracing.entities.js';

/** The text of each page as a viewer extracts it (pdf.js), whitespace folded. */
async function readPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ' '}` : '')).join('').replace(/[ \t]+/g, ' '));
  }
  await document.destroy();
  return pages;
}
const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

const now = new Date('2026-12-01T20:38:13.663Z');
const us: PrintingParty = { country: 'SN', agency: 'Commission nationale de contrôle des armes', contactPoint: 'BP 1234 Dakar, +221 33 800 00 00, tracage@cnca.sn', preparedBy: 'a.diallo' };

function request(overrides: Partial<TraceRequest> = {}): TraceRequest {
  return {
    id: '6f1c3f0e-0000-4000-8000-000000000001',
    reference: 'RS-MUP/2026/771',
    direction: 'incoming',
    status: 'answered',
    agencyId: '6f1c3f0e-0000-4000-8000-000000000002',
    requestingCountry: 'RS',
    requestingAgency: 'Министарство унутрашњих послова',
    requestedCountry: 'SN',
    requestedAgency: null,
    requestedManufacturer: null,
    item: { category: 'pistol', make: 'Zastava', model: 'M57', calibre: '7.62x25', serialNumber: 'ЖК-104522', serialLegibility: 'intact', markings: [{ text: 'SN 19', type: 'import', location: 'frame, right', legibility: 'intact' }], countryOfManufacture: 'RS', yearOfManufacture: 2016, otherFeatures: null },
    seizureId: null,
    seizureItemId: null,
    foundPlace: 'Београд',
    foundCircumstances: 'Saisie lors d’un contrôle routier',
    illicitNature: 'Détention sans autorisation',
    legalBasis: 'Loi 2005-04, art. 12',
    intendedUse: 'Enquête judiciaire',
    priority: 'urgent',
    urgencyJustification: 'Garde à vue jusqu’au 3 avril',
    confidentiality: 'confidential',
    useRestrictions: 'Ne pas communiquer à des tiers.',
    requestedAt: new Date('2026-11-20T09:15:00Z'),
    dueAt: new Date('2026-11-22T09:15:00Z'),
    acknowledgedAt: null,
    answeredAt: new Date('2026-11-21T16:00:00Z'),
    closedAt: null,
    candidates: [],
    matchedFirearmId: null,
    matchDecidedAt: null,
    noMatch: false,
    answer: null,
    outcome: null,
    outcomeReason: null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...overrides,
  };
}

function answered(language: DocumentLanguage, personalData = true): PrintedDocument {
  const owner = { id: '6f1c3f0e-0000-4000-8000-00000000000a', kind: 'person', givenNames: 'Иван', familyName: 'Жуков', legalName: null, organisationType: null } as unknown as Holder;
  const r = request({
    answer: {
      answeredAt: '2026-11-21T16:00:00.000Z',
      outcome: 'traced_to_point_of_diversion',
      outcomeReason: null,
      firearm: { category: 'pistol', make: 'Zastava', model: 'M57', calibre: '7.62x25', serialNumber: 'ЖК-104522', countryOfManufacture: 'RS', yearOfManufacture: 2016, markings: [{ type: 'import', text: 'SN 19', location: 'frame, right', legibility: 'intact', importCountry: 'SN', importYear: 2019 }] },
      chain: [
        { occurredOn: '2019-06-01', type: 'imported', country: 'RS', place: 'Port de Dakar', holderId: null, licence: null, referenceDocuments: ['Import licence IL-2019-0044'] },
        { occurredOn: '2020-03-10', type: 'transferred', country: null, place: null, holderId: owner.id, licence: { number: 'PL-2020-0007', kind: 'possession' }, referenceDocuments: [] },
      ],
      lastLegalHolderId: owner.id,
      diversion: { kind: 'stolen', occurredOn: '2024-02-01' },
    },
  });
  const detail: TraceRequestDetail = { request: r, replies: [], holders: new Map([[owner.id, owner]]) };
  return answerDocument(detail, personalData, wordsFor(language), us, now);
}

describe('the printed tracing request', () => {
  it('is a letter in French: letterhead, addressee, labels, words for codes, dates for the locale', async () => {
    const outgoing = request({ direction: 'outgoing', status: 'sent', requestingCountry: 'SN', requestingAgency: null, requestedCountry: 'RS', requestedAgency: 'Министарство унутрашњих послова' });
    const text = flat(await readPages(await renderPdf(requestDocument(outgoing, wordsFor('fr'), us, now))));
    expect(text).toContain('Sénégal (SN)');
    expect(text).toContain('Commission nationale de contrôle des armes');
    expect(text).toContain('Point de contact : BP 1234 Dakar');
    expect(text).toContain('Destinataire Serbie (RS) Министарство унутрашњих послова');
    expect(text).toContain('Demande de traçage d’arme à feu RS-MUP/2026/771');
    for (const label of ['Numéro de série', 'Marque', 'Priorité', 'Caractère illicite', 'Usage prévu des informations', 'Envoyée le', 'Réponse attendue avant le']) expect(text).toContain(label);
    expect(text).toContain('Urgente');
    expect(text).toContain('20 novembre 2026');
    expect(text).toContain('1 décembre 2026');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(text).not.toMatch(/\burgent\b|\bconfidential\b/);
    expect(text).toContain('Pour Commission nationale de contrôle des armes');
    expect(text).toContain('Signature et cachet');
  });

  it('prints a Cyrillic serial and agency as written', async () => {
    const text = flat(await readPages(await renderPdf(requestDocument(request(), wordsFor('en'), us, now))));
    expect(text).toContain('ЖК-104522');
    expect(text).toContain('Министарство унутрашњих послова');
    expect(text).toContain('Београд');
    expect(text).not.toContain('?');
  });

  it('never gives two fields the same label', () => {
    for (const document of [requestDocument(request(), wordsFor('en'), us, now), answered('en')]) {
      const labels = document.sections.flatMap((s) => (s.fields ?? []).map((f) => `${s.heading}/${f.label}`));
      expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
    }
  });

  it('wraps a long marking line and keeps every word, in order', async () => {
    const words = Array.from({ length: 120 }, (_, i) => `mot${i}`);
    const long = request({ item: { ...request().item, markings: [{ text: words.join(' '), type: 'manufacture', location: 'slide', legibility: 'partial' }] } });
    const text = flat(await readPages(await renderPdf(requestDocument(long, wordsFor('fr'), us, now))));
    const positions = words.map((w) => text.search(new RegExp(`${w}(?!\\d)`)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('states the confidentiality and the page on every page of a long document', async () => {
    const markings = Array.from({ length: 90 }, (_, i) => ({ text: `Marquage numéro ${i + 1} relevé sur la carcasse`, type: 'serial', location: 'carcasse', legibility: 'intact' }));
    const pages = await readPages(await renderPdf(requestDocument(request({ item: { ...request().item, markings } }), wordsFor('fr'), us, now)));
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      const text = page.replace(/\s+/g, ' ');
      expect(text).toContain('Confidentiel : réservé à l’usage indiqué dans la demande. Ne pas communiquer à des tiers.');
      expect(text).toContain(`Page ${i + 1} sur ${pages.length}`);
    });
    expect(flat(pages)).toContain('Marquage numéro 90 relevé sur la carcasse');
  });
});

describe('the printed tracing answer', () => {
  it('is in Spanish, restates the request, gives the outcome in words and the import licence', async () => {
    const text = flat(await readPages(await renderPdf(answered('es'))));
    expect(text).toContain('Respuesta a una solicitud de rastreo de arma de fuego RS-MUP/2026/771');
    expect(text).toContain('Senegal (SN)');
    expect(text).toContain('Destinatario Serbia (RS) Министарство унутрашњих послова');
    expect(text).toContain('SOLICITUD QUE SE RESPONDE');
    expect(text).toContain('Recibida el 20 de noviembre de 2026');
    expect(text).toContain('Rastreada hasta el punto de desvío');
    expect(text).not.toContain('traced_to_point_of_diversion');
    expect(text).toContain('Robo, 1 de febrero de 2024');
    expect(text).toContain('Import licence IL-2019-0044');
    expect(text).toContain('licencia PL-2020-0007');
    expect(text).toContain('1 de junio de 2019: Importación procedente de Serbia (RS)');
    expect(text).toContain('Último tenedor legal Иван Жуков');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('withholds the name from a reader without personal data', async () => {
    const text = flat(await readPages(await renderPdf(answered('en', false))));
    expect(text).not.toContain('Жуков');
    expect(text).toContain('name withheld: personal data');
  });
});
