import { startRegistry, type TestRegistry } from './support/registry.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Issue #9: a Serbian request asks us to trace a pistol whose serial we hold as a
 * misread look-alike under another name of the maker; the investigator confirms
 * the candidate and answers with the chain to the last legal holder. We ask Serbia
 * in turn about a rifle from our own seizure, and an urgent request runs late.
 */
let registry: TestRegistry;
let officer: string;
let investigator: string;
let admin: string;
let pistolId: string;
let dealerId: string;
let ownerId: string;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (token: string, path: string, body: object) => registry.http().post(path).set(auth(token)).send(body);
const get = (token: string, path: string) => registry.http().get(path).set(auth(token));
const patch = (token: string, path: string, body: object) => registry.http().patch(path).set(auth(token)).send(body);
const trail = async (id: string) => (await registry.dataSource.query(`SELECT action, before, after, reason FROM audit_entry WHERE record_type = 'trace_request' AND record_id = $1 ORDER BY written`, [id])) as { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; reason: string | null }[];
/** The PDF's text as a viewer extracts it (pdf.js), every run of whitespace one space. */
const pdfText = async (token: string, path: string) => {
  const response = await get(token, path).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  expect(response.status).toBe(200);
  const document = await getDocument({ data: new Uint8Array(response.body as Buffer), isEvalSupported: false, useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? `${item.str} ` : '')).join('');
  }
  await document.destroy();
  return text.replace(/\s+/g, ' ');
};

beforeAll(async () => {
  registry = await startRegistry();
  officer = (await registry.as('registry_officer')).token;
  investigator = (await registry.as('investigator')).token;
  admin = (await registry.as('admin')).token;

  dealerId = (await post(officer, '/holders', { kind: 'organisation', organisationType: 'dealer', legalName: 'Armurerie du Plateau', country: 'SN' })).body.id;
  ownerId = (await post(officer, '/holders', { kind: 'person', familyName: 'Sarr', givenNames: 'Awa', sex: 'female', nationality: 'SN' })).body.id;
  const dealerLicence = (await post(officer, '/licences', { number: 'DL-2019-0001', kind: 'dealer', holderId: dealerId, issuedOn: '2019-01-01', expiresOn: '2029-12-31' })).body.id;
  const ownerLicence = (await post(officer, '/licences', { number: 'PL-2021-0420', kind: 'possession', holderId: ownerId, issuedOn: '2021-01-01', expiresOn: '2031-01-01', categories: ['pistol'] })).body.id;

  // On the register as "ZCI-04522" (I for 1) and under the maker's short name.
  const pistol = await post(officer, '/firearms', { category: 'pistol', make: 'Zastava', model: 'M57', calibre: '7,62 Tokarev', serialNumber: 'ZCI-04522', countryOfManufacture: 'RS', yearOfManufacture: 1987, initialEvent: { type: 'imported', occurredOn: '2019-06-01', details: { country: 'RS' } } });
  expect(pistol.status).toBe(201);
  pistolId = pistol.body.id;
  expect((await post(officer, '/markings', { firearmId: pistolId, type: 'import', text: 'SN 19', importCountry: 'SN', importYear: 2019, location: 'frame, right', legibility: 'intact' })).status).toBe(201);
  expect((await post(officer, `/firearms/${pistolId}/events`, { type: 'licensed', occurredOn: '2019-06-15', holderId: dealerId, licenceId: dealerLicence })).status).toBe(201);
  expect((await post(officer, `/firearms/${pistolId}/events`, { type: 'transferred', occurredOn: '2021-03-02', holderId: ownerId, licenceId: ownerLicence })).status).toBe(201);
  // A decoy: same maker, other serial.
  expect((await post(officer, '/firearms', { category: 'rifle', make: 'Zastava', serialNumber: 'QQ-1', initialEvent: { type: 'registered', occurredOn: '2020-01-01' } })).status).toBe(201);
});

afterAll(() => registry?.close());

describe('an incoming request answered from the register', () => {
  let requestId: string;

  it('on receipt, proposes the candidate with why it matched: folded serial and an alias of the make', async () => {
    const response = await post(investigator, '/tracing/requests', {
      direction: 'incoming',
      reference: 'RS-MUP/2026/771',
      requestingCountry: 'RS',
      requestingAgency: 'Ministry of Interior, Belgrade',
      item: {
        category: 'pistol',
        make: 'Crvena Zastava',
        model: 'M57',
        calibre: '7.62x25',
        serialNumber: 'ZC104522',
        serialLegibility: 'intact',
        markings: [{ text: 'CRVENA ZASTAVA KRAGUJEVAC', type: 'manufacture', location: 'slide, left', legibility: 'intact' }],
        otherFeatures: 'Black plastic grips',
      },
      foundPlace: 'Belgrade, Zemun',
      foundCircumstances: 'Found in a car after an armed robbery',
      illicitNature: 'Used in a violent crime; no licence in Serbia',
      legalBasis: 'ITI para. 17; Criminal Code art. 348',
      intendedUse: 'Criminal investigation KT-771/26',
      priority: 'urgent',
      urgencyJustification: 'Suspect in custody, 48 hours to charge',
      confidentiality: 'confidential',
      useRestrictions: 'Not to be passed to third states',
    });
    expect(response.status).toBe(201);
    requestId = response.body.id;
    expect(response.body).toMatchObject({ direction: 'incoming', status: 'sent', priority: 'urgent', overdue: false, confidentiality: 'confidential', requestingCountry: 'RS' });
    const due = new Date(response.body.dueAt).getTime() - new Date(response.body.requestedAt).getTime();
    expect(due).toBe(2 * 86_400_000);
    const [candidate] = response.body.candidates;
    expect(candidate.firearmId).toBe(pistolId);
    const codes = candidate.reasons.map((r: { code: string }) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['folded_serial', 'make_alias']));
    expect(candidate.reasons.find((r: { code: string }) => r.code === 'folded_serial').detail).toContain('ZCI-04522');
  });

  it('cannot be answered before a match (or none) is confirmed, and not by an administrator', async () => {
    const early = await post(investigator, `/tracing/requests/${requestId}/answer`, {});
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('TRACE_MATCH_NOT_CONFIRMED');
    expect((await get(investigator, `/tracing/requests/${requestId}/answer-preview`)).body.code).toBe('TRACE_MATCH_NOT_CONFIRMED');
    expect((await post(admin, `/tracing/requests/${requestId}/match`, { firearmId: pistolId })).status).toBe(403);
    const both = await post(investigator, `/tracing/requests/${requestId}/match`, { firearmId: pistolId, none: true });
    expect(both.status).toBe(400);
  });

  it('is answered with the chain from import to the last legal holder', async () => {
    expect((await post(investigator, `/tracing/requests/${requestId}/acknowledge`, {})).status).toBe(200);
    const match = await post(investigator, `/tracing/requests/${requestId}/match`, { firearmId: pistolId });
    expect(match.status).toBe(200);
    expect(match.body.match).toMatchObject({ firearmId: pistolId, none: false });
    // The preview is what the answer will say, and stores nothing.
    const preview = await get(investigator, `/tracing/requests/${requestId}/answer-preview`);
    expect(preview.status).toBe(200);
    expect(preview.body.answer).toMatchObject({ suggestedOutcome: 'traced_to_last_legal_holder', lastLegalHolder: { id: ownerId, name: 'Awa Sarr' } });
    expect(preview.body.answer.chain.map((e: { type: string }) => e.type)).toEqual(['imported', 'licensed', 'transferred']);
    expect((await get(admin, `/tracing/requests/${requestId}/answer-preview`)).body.answer.lastLegalHolder).toEqual({ id: ownerId, kind: 'person', name: null, restricted: true });
    expect((await get(investigator, `/tracing/requests/${requestId}`)).body).toMatchObject({ status: 'acknowledged', answer: null });
    const answer = await post(investigator, `/tracing/requests/${requestId}/answer`, { summary: 'Imported 2019, sold to a private owner in 2021.' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'answered', outcome: 'traced_to_last_legal_holder', overdue: false });
    const a = answer.body.answer;
    expect(a.chain.map((e: { type: string }) => e.type)).toEqual(['imported', 'licensed', 'transferred']);
    expect(a.chain[1]).toMatchObject({ holder: { id: dealerId, name: 'Armurerie du Plateau' }, licence: { number: 'DL-2019-0001', kind: 'dealer' } });
    expect(a.chain[2]).toMatchObject({ occurredOn: '2021-03-02', holder: { id: ownerId, name: 'Awa Sarr' }, licence: { number: 'PL-2021-0420' } });
    expect(a.lastLegalHolder).toEqual({ id: ownerId, kind: 'person', name: 'Awa Sarr' });
    expect(a.diversion).toMatchObject({ kind: 'last_known_transfer', occurredOn: '2021-03-02' });
    expect(a.firearm).toMatchObject({ id: pistolId, serialNumber: 'ZCI-04522', make: 'Zastava', markings: [{ type: 'import', text: 'SN 19', location: 'frame, right', legibility: 'intact', importCountry: 'SN', importYear: 2019 }] });
    expect(a.chain[0]).toMatchObject({ type: 'imported', occurredOn: '2019-06-01', country: 'RS' });

    // The administrator reads the request but not the owner's name.
    const asAdmin = await get(admin, `/tracing/requests/${requestId}`);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.answer.lastLegalHolder).toEqual({ id: ownerId, kind: 'person', name: null, restricted: true });

    const trail = await registry.dataSource.query(`SELECT action FROM audit_entry WHERE record_type = 'trace_request' AND record_id = $1 ORDER BY written`, [requestId]);
    expect(trail.map((t: { action: string }) => t.action)).toEqual(['created', 'acknowledged', 'match_confirmed', 'answered']);
    const again = await post(investigator, `/tracing/requests/${requestId}/answer`, {});
    expect(again.body.code).toBe('INVALID_TRACE_STATUS_TRANSITION');
  });

  it('prints the answer with the chain for the investigator, and withholds the owner\'s name from a role without personal data', async () => {
    const forInvestigator = await pdfText(investigator, `/tracing/requests/${requestId}/answer.pdf`);
    expect(forInvestigator).toContain('June 1, 2019: Imported from Serbia (RS)');
    expect(forInvestigator).toContain('(import marking) «SN 19», frame, right, intact; import Senegal (SN) 2019');
    expect(forInvestigator).toContain('Last legal holder Awa Sarr');
    const forAdmin = await pdfText(admin, `/tracing/requests/${requestId}/answer.pdf`);
    expect(forAdmin).not.toContain('Sarr');
    expect(forAdmin).toContain(`Last legal holder person ${ownerId} (name withheld: personal data)`);
    expect(forAdmin).toContain('Armurerie du Plateau');
  });

  it('prints the request and the answer as PDFs carrying the reference', async () => {
    for (const which of ['request', 'answer']) {
      const response = await get(investigator, `/tracing/requests/${requestId}/${which}.pdf`).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('application/pdf');
      const bytes = (response.body as Buffer).toString('latin1');
      expect(bytes.startsWith('%PDF-')).toBe(true);
      expect(bytes.trimEnd().endsWith('%%EOF')).toBe(true);
      expect(await pdfText(investigator, `/tracing/requests/${requestId}/${which}.pdf`)).toContain('RS-MUP/2026/771');
    }
  });

  it('answers "not traced" when no candidate is the item', async () => {
    const response = await post(investigator, '/tracing/requests', { direction: 'incoming', requestingCountry: 'ML', item: { category: 'rifle', serialNumber: 'XX-0000-NONE' }, priority: 'routine' });
    expect(response.status).toBe(201);
    expect(response.body.candidates).toEqual([]);
    expect((await post(investigator, `/tracing/requests/${response.body.id}/match`, { none: true })).status).toBe(200);
    const answer = await post(investigator, `/tracing/requests/${response.body.id}/answer`, {});
    expect(answer.body).toMatchObject({ status: 'answered', outcome: 'not_traced', outcomeReason: expect.stringContaining('No record') });
  });
});

describe('an incoming request corrected before it is answered', () => {
  it('takes a corrected serial with its reason, searches again and voids the match confirmed on the mistyped one', async () => {
    // Typed on receipt with a wrong digit: nothing in the register matches, and the investigator confirmed "none".
    const received = await post(investigator, '/tracing/requests', {
      direction: 'incoming',
      reference: 'NE-DGPN/2026/0042',
      requestingCountry: 'NE',
      requestingAgency: 'Direction générale de la Police nationale, Niamey',
      item: { category: 'pistol', serialNumber: 'ZC-104599', calibre: '7.62x25', otherFeatures: 'Plaquettes noires' },
      priority: 'routine',
      receivedAt: '2026-04-01T09:00:00Z',
    });
    expect(received.status).toBe(201);
    const id = received.body.id;
    expect(received.body.candidates).toEqual([]);
    expect(received.body.dueAt).toBe('2026-05-01T09:00:00.000Z');
    expect((await post(investigator, `/tracing/requests/${id}/match`, { none: true })).body.match).toMatchObject({ none: true });

    const noReason = await patch(investigator, `/tracing/requests/${id}`, { item: { serialNumber: 'ZC-104522' } });
    expect(noReason.body).toMatchObject({ status: 400, errors: [{ field: 'reason' }] });

    const corrected = await patch(investigator, `/tracing/requests/${id}`, { item: { serialNumber: 'ZC-104522' }, reason: 'Serial mistyped on receipt; checked against the note verbale' });
    expect(corrected.status).toBe(200);
    expect(corrected.body.item).toMatchObject({ serialNumber: 'ZC-104522', category: 'pistol', calibre: '7.62x25', otherFeatures: 'Plaquettes noires' });
    expect(corrected.body.candidates.map((c: { firearmId: string }) => c.firearmId)).toContain(pistolId);
    expect(corrected.body.match).toEqual({ firearmId: null, none: false, decidedAt: null });
    const [edit] = (await trail(id)).filter((t) => t.action === 'edited');
    expect(edit.reason).toBe('Serial mistyped on receipt; checked against the note verbale');
    expect(edit.before).toEqual({ 'item.serialNumber': 'ZC-104599', candidates: [], noMatch: true });
    expect(edit.after).toMatchObject({ 'item.serialNumber': 'ZC-104522', candidates: expect.arrayContaining([pistolId]), noMatch: false });

    // A corrected priority moves the default due date with it, from the receipt.
    const urgent = await patch(investigator, `/tracing/requests/${id}`, { priority: 'urgent', urgencyJustification: 'Garde à vue jusqu’au 3 avril', reason: 'Urgency stated in the covering letter' });
    expect(urgent.body).toMatchObject({ priority: 'urgent', requestedAt: '2026-04-01T09:00:00.000Z', dueAt: '2026-04-03T09:00:00.000Z', overdue: true });

    // Confirmed and answered: from then on the answer stands as sent.
    expect((await post(investigator, `/tracing/requests/${id}/match`, { firearmId: pistolId })).status).toBe(200);
    const answered = await post(investigator, `/tracing/requests/${id}/answer`, {});
    expect(answered.body).toMatchObject({ status: 'answered', outcome: 'traced_to_last_legal_holder' });
    const late = await patch(investigator, `/tracing/requests/${id}`, { item: { serialNumber: 'ZC-1' }, reason: 'Too late' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('TRACE_REQUEST_NOT_EDITABLE');

    const pdf = await pdfText(investigator, `/tracing/requests/${id}/request.pdf`);
    expect(pdf).toContain('Direction générale de la Police nationale, Niamey');
    expect(pdf).toContain('Garde à vue jusqu’au 3 avril');
  });

  it('lists answered requests with their outcome and reason, by outcome and by the firearm they concern', async () => {
    const traced = await get(investigator, '/tracing/requests?direction=incoming&outcome=traced_to_last_legal_holder');
    expect(traced.status).toBe(200);
    expect(traced.body.items.map((r: { reference: string }) => r.reference).sort()).toEqual(['NE-DGPN/2026/0042', 'RS-MUP/2026/771']);
    expect(traced.body.items[0]).toMatchObject({ status: 'answered', outcome: 'traced_to_last_legal_holder', outcomeReason: null, matchedFirearmId: pistolId });
    const notTraced = await get(investigator, '/tracing/requests?outcome=not_traced');
    expect(notTraced.body.items).toEqual([expect.objectContaining({ requestingCountry: 'ML', outcome: 'not_traced', outcomeReason: expect.stringContaining('No record') })]);
    const aboutPistol = await get(investigator, `/tracing/requests?firearmId=${pistolId}`);
    expect(aboutPistol.body.page.total).toBe(2);
    expect((await get(investigator, '/tracing/requests?outcome=lost')).status).toBe(400);
  });
});

describe('an outgoing request from a seizure', () => {
  let requestId: string;
  let itemId: string;

  it('is created in one call from the seized item, its description copied from the record and its markings', async () => {
    const seizure = await post(investigator, '/seizures', {
      reference: 'DOU-DKR/2026/0007',
      type: 'seized',
      context: 'trafficking',
      occurredAt: '2026-04-10T09:00:00Z',
      region: 'Dakar',
      locality: 'Port autonome',
      seizingOfficer: 'Insp. K. Ba',
      items: [{ kind: 'firearm', unregistered: { category: 'rifle', make: 'Zastava', model: 'M70', calibre: '7.62x39', serialNumber: '73?1?8', origin: 'industrial' }, markingsText: 'ZASTAVA KRAGUJEVAC M70 / 73?1?8', serialLegibility: 'partial', description: 'Folding stock' }],
    });
    expect(seizure.status).toBe(201);
    itemId = seizure.body.items[0].id;
    const rifleId = seizure.body.items[0].firearmId;
    expect((await post(officer, '/markings', { firearmId: rifleId, type: 'manufacture', text: 'ZASTAVA KRAGUJEVAC', location: 'receiver, left', legibility: 'intact' })).status).toBe(201);

    const response = await post(investigator, '/tracing/requests/from-seizure-item', {
      seizureItemId: itemId,
      requestedCountry: 'RS',
      requestedAgency: 'Ministry of Interior, Belgrade',
      illicitNature: 'Trafficked in a container, no import licence',
      legalBasis: 'ITI para. 14',
      intendedUse: 'Prosecution of the traffickers',
      priority: 'routine',
    });
    expect(response.status).toBe(201);
    requestId = response.body.id;
    expect(response.body).toMatchObject({
      direction: 'outgoing',
      status: 'draft',
      dueAt: null,
      overdue: false,
      confidentiality: 'restricted',
      item: { category: 'rifle', make: 'Zastava', model: 'M70', serialNumber: '73?1?8', serialLegibility: 'partial', firearmId: rifleId },
      context: { seizureId: seizure.body.id, seizureItemId: itemId, foundPlace: 'Port autonome, Dakar', foundCircumstances: expect.stringContaining('DOU-DKR/2026/0007') },
    });
    expect(response.body.item.markings).toEqual([
      { text: 'ZASTAVA KRAGUJEVAC', type: 'manufacture', location: 'receiver, left', legibility: 'intact' },
      { text: 'ZASTAVA KRAGUJEVAC M70 / 73?1?8', type: 'as_read_at_seizure', location: null, legibility: 'partial' },
    ]);
    expect(response.body.item.otherFeatures).toContain('Folding stock');
  });

  it('is edited while a draft, validated like creation, with only the changed fields in the audit trail', async () => {
    const edited = await patch(investigator, `/tracing/requests/${requestId}`, {
      requestedAgency: 'Ministère de l’Intérieur, Direction de la police criminelle',
      intendedUse: null,
      item: { otherFeatures: 'Crosse pliante, numéro limé' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'draft', requestedAgency: 'Ministère de l’Intérieur, Direction de la police criminelle', intendedUse: null, version: 2 });
    // The rest of the item, copied from the register, stays as it was.
    expect(edited.body.item).toMatchObject({ category: 'rifle', serialNumber: '73?1?8', otherFeatures: 'Crosse pliante, numéro limé' });
    expect(edited.body.item.markings).toHaveLength(2);

    const [entry] = (await trail(requestId)).filter((t) => t.action === 'edited');
    expect(entry.before).toEqual({ requestedAgency: 'Ministry of Interior, Belgrade', intendedUse: 'Prosecution of the traffickers', 'item.otherFeatures': expect.stringContaining('Folding stock') });
    expect(entry.after).toEqual({ requestedAgency: 'Ministère de l’Intérieur, Direction de la police criminelle', intendedUse: null, 'item.otherFeatures': 'Crosse pliante, numéro limé' });

    // Refused like at creation, and nothing changes.
    expect((await patch(investigator, `/tracing/requests/${requestId}`, { priority: 'urgent' })).body).toMatchObject({ status: 400, errors: [{ field: 'urgencyJustification' }] });
    expect((await patch(investigator, `/tracing/requests/${requestId}`, { priority: null })).status).toBe(400);
    expect((await patch(investigator, `/tracing/requests/${requestId}`, { requestedCountry: 'Serbia' })).status).toBe(400);
    expect((await patch(investigator, `/tracing/requests/${requestId}`, { status: 'sent' })).status).toBe(400);
    expect((await patch(investigator, `/tracing/requests/${requestId}`, { item: { yearOfManufacture: 1200 } })).status).toBe(400);
    expect((await patch(investigator, `/tracing/requests/${requestId}`, { seizureId: null })).body.errors).toEqual([{ field: 'seizureId', message: expect.any(String) }]);
    expect((await patch(investigator, `/tracing/requests/${requestId}`, { receivedAt: '2026-04-10T00:00:00Z' })).status).toBe(400);
    expect((await patch(officer, `/tracing/requests/${requestId}`, { intendedUse: 'x' })).status).toBe(403);
    // A change to nothing is no change: no version, no audit entry.
    const same = await patch(investigator, `/tracing/requests/${requestId}`, { requestedCountry: 'RS' });
    expect(same.body.version).toBe(2);
    expect((await trail(requestId)).map((t) => t.action)).toEqual(['created', 'edited']);

    // The printable request carries the accents as written.
    const pdf = await pdfText(investigator, `/tracing/requests/${requestId}/request.pdf`);
    expect(pdf).toContain('Ministère de l’Intérieur');
    expect(pdf).toContain('Crosse pliante, numéro limé');
  });

  it('is sent (due in 30 days), acknowledged, replied to and answered; the item\'s outcome is recorded', async () => {
    const sent = await post(investigator, `/tracing/requests/${requestId}/send`, { sentAt: '2026-04-11T08:00:00Z' });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sent', requestedAt: '2026-04-11T08:00:00.000Z', dueAt: '2026-05-11T08:00:00.000Z' });
    const resend = await post(investigator, `/tracing/requests/${requestId}/send`, {});
    expect(resend.body).toMatchObject({ code: 'INVALID_TRACE_STATUS_TRANSITION' });
    const late = await patch(investigator, `/tracing/requests/${requestId}`, { intendedUse: 'Changed after sending' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'TRACE_REQUEST_NOT_EDITABLE', detail: expect.stringContaining('sent') });
    expect((await post(investigator, `/tracing/requests/${requestId}/acknowledge`, {})).status).toBe(200);
    const reply = await post(investigator, `/tracing/requests/${requestId}/replies`, { direction: 'received', body: 'Made 1984, exported to the Ministry of Defence of Mali', attachments: ['MUP-RS/2026/5521.pdf'] });
    expect(reply.status).toBe(201);
    const missing = await post(investigator, `/tracing/requests/${requestId}/answer`, { outcome: 'not_traced' });
    expect(missing.status).toBe(422);
    const answered = await post(investigator, `/tracing/requests/${requestId}/answer`, { outcome: 'traced_to_point_of_diversion', summary: 'Diverted from Malian state stocks after 2012' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', outcome: 'traced_to_point_of_diversion', replies: [{ direction: 'received', attachments: ['MUP-RS/2026/5521.pdf'] }] });
    const [outcome] = await registry.dataSource.query(`SELECT outcome, trace_request_id FROM trace_item_outcome WHERE seizure_item_id = $1`, [itemId]);
    expect(outcome).toEqual({ outcome: 'traced_to_point_of_diversion', trace_request_id: requestId });
    expect((await post(investigator, `/tracing/requests/${requestId}/close`, { reason: 'Case passed to the prosecutor' })).body.status).toBe('closed');
  });
});

describe('an overdue request', () => {
  it('is overdue once its due date passes without an answer (derived, never stored)', async () => {
    const late = await post(investigator, '/tracing/requests', { direction: 'incoming', reference: 'GH-2026-LATE', requestingCountry: 'GH', item: { category: 'pistol', make: 'Glock' }, priority: 'urgent', urgencyJustification: 'Detention deadline', receivedAt: '2026-01-05T10:00:00Z' });
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ status: 'sent', overdue: true, dueAt: '2026-01-07T10:00:00.000Z' });
    const noReason = await post(investigator, '/tracing/requests', { direction: 'incoming', item: { category: 'pistol' }, priority: 'urgent' });
    expect(noReason.status).toBe(400);

    const overdue = await get(investigator, '/tracing/requests?overdue=true');
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.map((r: { reference: string }) => r.reference)).toEqual(['GH-2026-LATE']);
    // The inbox order: what waits for an answer, the soonest due first; the overdue one on top.
    const soon = await post(investigator, '/tracing/requests', { direction: 'incoming', reference: 'GH-2026-SOON', requestingCountry: 'GH', item: { category: 'pistol', make: 'Glock' }, priority: 'routine' });
    expect(soon.status).toBe(201);
    const inbox = await get(investigator, '/tracing/requests?direction=incoming&order=due&limit=200');
    expect(inbox.status).toBe(200);
    const refs = inbox.body.items.map((r: { reference: string }) => r.reference);
    expect(refs[0]).toBe('GH-2026-LATE');
    const waiting = inbox.body.items.filter((r: { status: string }) => r.status === 'sent' || r.status === 'acknowledged').map((r: { dueAt: string }) => r.dueAt);
    expect(waiting).toEqual([...waiting].sort());
    expect(inbox.body.items.slice(0, waiting.length).every((r: { status: string }) => r.status === 'sent' || r.status === 'acknowledged')).toBe(true);
    expect((await get(investigator, '/tracing/requests?order=oldest')).status).toBe(400);
    const current = await get(investigator, '/tracing/requests?overdue=false&direction=incoming');
    expect(current.body.items.map((r: { reference: string }) => r.reference)).not.toContain('GH-2026-LATE');
    const [row] = await registry.dataSource.query(`SELECT status FROM trace_request WHERE reference = 'GH-2026-LATE'`);
    expect(row.status).toBe('sent');

    const answered = await post(investigator, `/tracing/requests/${late.body.id}/match`, { none: true });
    expect(answered.status).toBe(200);
    expect((await post(investigator, `/tracing/requests/${late.body.id}/answer`, {})).body).toMatchObject({ status: 'answered', overdue: false });
  });

  it('is drafted from a trace-search hit, linked to the register entry it describes', async () => {
    const draft = await post(investigator, '/tracing/requests', { direction: 'outgoing', requestedCountry: 'RS', priority: 'routine', item: { category: 'pistol', make: 'Zastava', serialNumber: 'ZCI-04522', firearmId: pistolId } });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', item: { firearmId: pistolId } });
    const byFirearm = await get(investigator, `/tracing/requests?firearmId=${pistolId}&direction=outgoing`);
    expect(byFirearm.body.items.map((r: { id: string }) => r.id)).toContain(draft.body.id);
    const incoming = await post(investigator, '/tracing/requests', { direction: 'incoming', priority: 'routine', item: { category: 'pistol', firearmId: pistolId } });
    expect(incoming.body).toMatchObject({ status: 400, errors: [{ field: 'item.firearmId' }] });
    expect((await post(investigator, '/tracing/requests', { direction: 'outgoing', priority: 'routine', item: { firearmId: '00000000-0000-4000-8000-000000000000' } })).body.code).toBe('FIREARM_NOT_FOUND');
  });
});

describe('a pistol stolen, recovered, sold on and lost', () => {
  // Registered 2016 to A, stolen 2018, recovered and returned to A, sold 2020 to B, lost 2024.
  let firearmId: string;
  let holderA: string;
  let holderB: string;

  beforeAll(async () => {
    holderA = (await post(officer, '/holders', { kind: 'person', familyName: 'Diallo', givenNames: 'Moussa', sex: 'male' })).body.id;
    holderB = (await post(officer, '/holders', { kind: 'person', familyName: 'Ba', givenNames: 'Khady', sex: 'female' })).body.id;
    const licenceB = (await post(officer, '/licences', { number: 'PL-2020-0777', kind: 'possession', holderId: holderB, issuedOn: '2020-01-01', expiresOn: '2030-01-01', categories: ['pistol'] })).body.id;
    const pistol = await post(officer, '/firearms', { category: 'pistol', make: 'Glock', model: '17', calibre: '9x19', serialNumber: 'RCV-2016-8841', initialEvent: { type: 'registered', occurredOn: '2016-04-01', holderId: holderA } });
    expect(pistol.status).toBe(201);
    firearmId = pistol.body.id;
    for (const event of [
      { type: 'reported_stolen', occurredOn: '2018-03-01', place: 'Dakar' },
      { type: 'seized', occurredOn: '2018-07-10', place: 'Rufisque' },
      { type: 'released', occurredOn: '2018-08-01', holderId: holderA },
      { type: 'transferred', occurredOn: '2020-02-15', holderId: holderB, licenceId: licenceB },
      { type: 'reported_lost', occurredOn: '2024-05-20', place: 'Thiès' },
    ]) {
      const response = await post(officer, `/firearms/${firearmId}/events`, event);
      expect(response.status).toBe(201);
    }
  });

  it('names the buyer as last legal holder and the loss of 2024 as point of diversion, in the record, its history and the trace answer', async () => {
    const record = await get(investigator, `/firearms/${firearmId}`);
    expect(record.body.lastLegalHolder).toMatchObject({ id: holderB });
    expect(record.body.pointOfDiversion).toMatchObject({ kind: 'lost', occurredOn: '2024-05-20' });
    const history = await get(investigator, `/firearms/${firearmId}/history`);
    expect(history.body.lastLegalHolder).toMatchObject({ id: holderB });
    expect(history.body.pointOfDiversion).toMatchObject({ kind: 'lost', occurredOn: '2024-05-20' });

    const request = await post(investigator, '/tracing/requests', { direction: 'incoming', reference: 'ML-2026-RCV', requestingCountry: 'ML', item: { category: 'pistol', make: 'Glock', serialNumber: 'RCV20168841' }, priority: 'routine' });
    expect(request.status).toBe(201);
    expect((await post(investigator, `/tracing/requests/${request.body.id}/match`, { firearmId })).status).toBe(200);
    const answer = await post(investigator, `/tracing/requests/${request.body.id}/answer`, {});
    expect(answer.status).toBe(200);
    expect(answer.body.outcome).toBe('traced_to_point_of_diversion');
    expect(answer.body.answer.lastLegalHolder).toMatchObject({ id: holderB, name: 'Khady Ba' });
    expect(answer.body.answer.diversion).toMatchObject({ kind: 'lost', occurredOn: '2024-05-20' });
    // The recovered theft is told with its recovery; nothing after the loss.
    expect(answer.body.answer.chain.map((e: { type: string }) => e.type)).toEqual(['registered', 'reported_stolen', 'seized', 'released', 'transferred', 'reported_lost']);
  });
});

describe('an answer dated before its request', () => {
  it('is refused for an incoming request received later, naming answeredAt, and changes nothing', async () => {
    const request = await post(investigator, '/tracing/requests', { direction: 'incoming', reference: 'CI-2026-EARLY', requestingCountry: 'CI', item: { category: 'pistol', make: 'Glock' }, priority: 'routine', receivedAt: '2026-03-10T09:00:00Z' });
    expect(request.status).toBe(201);
    expect((await post(investigator, `/tracing/requests/${request.body.id}/match`, { none: true })).status).toBe(200);
    const early = await post(investigator, `/tracing/requests/${request.body.id}/answer`, { answeredAt: '2026-03-01T09:00:00Z' });
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'answeredAt' })]);
    expect((await get(investigator, `/tracing/requests/${request.body.id}`)).body.status).toBe('sent');
    expect((await post(investigator, `/tracing/requests/${request.body.id}/answer`, { answeredAt: '2026-03-12T09:00:00Z' })).status).toBe(200);
  });

  it('is refused for an outgoing request sent later', async () => {
    const draft = await post(investigator, '/tracing/requests', { direction: 'outgoing', reference: 'SN-OUT-EARLY', requestedCountry: 'BE', item: { category: 'rifle', make: 'FN' }, priority: 'routine' });
    expect(draft.status).toBe(201);
    expect((await post(investigator, `/tracing/requests/${draft.body.id}/send`, { sentAt: '2026-04-01T08:00:00Z' })).status).toBe(200);
    const early = await post(investigator, `/tracing/requests/${draft.body.id}/answer`, { outcome: 'not_traced', outcomeReason: 'No record', answeredAt: '2026-03-20T08:00:00Z' });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].field).toBe('answeredAt');
  });
});
