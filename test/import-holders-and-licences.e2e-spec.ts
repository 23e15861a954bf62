import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { spawnWorker, until, type WorkerProcess } from './support/worker.js';

/**
 * A country fills its register from what it already has: a legacy register of
 * owners (persons and companies, the same owner once per firearm), then the
 * licences issued to them. Both go through HTTP and the real worker.
 */
let registry: TestRegistry;
let worker: WorkerProcess;
let officer: string;
let auditor: string;
const storage = mkdtempSync(path.join(tmpdir(), 'registry-imports-holders-'));

beforeAll(async () => {
  registry = await startRegistry({ IMPORT_DIR: storage });
  worker = spawnWorker(registry.config);
  officer = (await registry.as('registry_officer')).token;
  auditor = (await registry.as('auditor')).token;
});

afterAll(async () => {
  if (worker?.process.exitCode === null) worker.process.kill('SIGKILL');
  await registry?.close();
  rmSync(storage, { recursive: true, force: true });
});

const auth = (token = officer) => ({ Authorization: `Bearer ${token}` });

async function upload(kind: 'holders' | 'licences' | 'firearms', content: Buffer | string, name: string, fields: Record<string, string> = {}) {
  let request = registry.http().post('/imports').set(auth()).field('kind', kind);
  for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
  const response = await request.attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name);
  if (response.status !== 202) throw new Error(`upload refused: ${response.status} ${JSON.stringify(response.body)}`);
  expect(response.body).toMatchObject({ kind, status: 'queued' });
  return response.body.id as string;
}

async function finished(id: string) {
  return until(
    async () => {
      const response = await registry.http().get(`/imports/${id}`).set(auth());
      return ['completed', 'failed', 'cancelled'].includes(response.body.status) ? response.body : undefined;
    },
    `import ${id}`,
    60_000,
    worker,
  );
}

async function errorsOf(id: string) {
  const response = await registry.http().get(`/imports/${id}/errors?limit=200`).set(auth());
  return response.body.items as { row: number; field: string; reason: string; duplicateOf: string | null }[];
}

const count = async (sql: string, params: unknown[] = []) => (await registry.dataSource.query(sql, params))[0].n as number;
const auditAfter = async (recordType: string, recordId: string) =>
  (await registry.dataSource.query(`SELECT action, after FROM audit_entry WHERE record_type = $1 AND record_id = $2 ORDER BY written`, [recordType, recordId])) as { action: string; after: Record<string, unknown> }[];

// The legacy register of owners: one row per firearm, so an owner may come back.
const OWNERS = [
  'Kind,Family name,Given names,Birth date,Sex,Nationality,Document type,Document number,Legal name,Organisation type,Registration number,Country,Holder key',
  'person,Ndiaye,Fatou,02/03/1984,F,SN,national_id_card,1 984 0302 00417,,,,,',
  ',Diallo,Amadou,1990-07-14,M,Senegal,,2 990 0714 00123,,,,,',
  'organisation,,,,,,,,Armurerie du Cap-Vert,dealer,SN-DKR-2019-B-1234,SN,',
  'person,Sarr,Awa,31/02/1985,F,SN,,3 985 0000 00001,,,,,',
  'person,Faye,Ibrahima,1970-01-01,Z,Atlantis,,4 970 0101 00002,,,,,',
  'person,Ba,Moussa,1975-05-05,M,SN,,,,,,,',
  ',Ndiaye,Fatou,02/03/1984,F,SN,,1984030200417,,,,,',
  'organisation,,,,,,,,Sans Type SARL,,R-77,SN,',
  ',Gueye,Khady,,,,,,Sécurité Plus,security company,R-88,,',
  'person,Thiam,Ousmane,,H,,,,,,,,LEG-7',
  ',Diallo,Amadou,1990-07-14,M,Senegal,,2 990 0714 00123,,,,,',
].join('\n');

const OWNERS_ERRORS = [
  { row: 5, field: 'birthDate', reason: '"31/02/1985" is not a date (use 1984-03-02 or 02/03/1984)', duplicateOf: null },
  { row: 6, field: 'nationality', reason: '"Atlantis" is not a known country', duplicateOf: null },
  { row: 6, field: 'sex', reason: '"Z" is not a sex (female, male, unknown)', duplicateOf: null },
  { row: 7, field: 'idDocumentNumber', reason: 'a person needs an identity document number or a record key, so that importing the file again cannot register the person twice', duplicateOf: null },
  { row: 8, field: 'idDocumentNumber', reason: 'duplicate of row 2 in this file', duplicateOf: null },
  { row: 9, field: 'organisationType', reason: 'is required for an organisation (manufacturer, dealer, broker, carrier, state_agency, security_company, shooting_club, other)', duplicateOf: null },
  {
    row: 10,
    field: 'kind',
    reason: "is needed: the row has a person's fields (familyName, givenNames) and an organisation's (organisationType, legalName, registrationNumber); say person or organisation",
    duplicateOf: null,
  },
  { row: 12, field: 'idDocumentNumber', reason: 'duplicate of row 3 in this file', duplicateOf: null },
];

describe('a legacy register of owners', () => {
  let id: string;
  let holders: Record<string, unknown>[];

  it('creates the good rows and reports every other row exactly; an owner listed again is a duplicate, not an error', async () => {
    id = await upload('holders', OWNERS, 'owners.csv');
    const done = await finished(id);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsRead: 11, rowsAccepted: 4, rowsRejected: 5, rowsDuplicate: 2, percent: 100 }, file: { format: 'csv', encoding: 'utf-8', ignoredColumns: [] } });
    expect(await errorsOf(id)).toEqual(OWNERS_ERRORS);
  });

  it('wrote each holder as the file says, the document as written, the kind inferred where the file left it out', async () => {
    holders = await registry.dataSource.query(
      `SELECT id, kind, family_name, given_names, birth_date::text, sex, nationality, id_document_type, id_document_number, organisation_type, legal_name, registration_number, country,
              registering_agency_id, import_key, import_row FROM holder WHERE import_id = $1 ORDER BY import_row`,
      [id],
    );
    expect(holders.map(({ id: _id, ...h }) => h)).toEqual([
      { kind: 'person', family_name: 'Ndiaye', given_names: 'Fatou', birth_date: '1984-03-02', sex: 'female', nationality: 'SN', id_document_type: 'national_id_card', id_document_number: '1 984 0302 00417', organisation_type: null, legal_name: null, registration_number: null, country: null, registering_agency_id: registry.agencyId, import_key: null, import_row: 2 },
      { kind: 'person', family_name: 'Diallo', given_names: 'Amadou', birth_date: '1990-07-14', sex: 'male', nationality: 'SN', id_document_type: null, id_document_number: '2 990 0714 00123', organisation_type: null, legal_name: null, registration_number: null, country: null, registering_agency_id: registry.agencyId, import_key: null, import_row: 3 },
      { kind: 'organisation', family_name: null, given_names: null, birth_date: null, sex: null, nationality: null, id_document_type: null, id_document_number: null, organisation_type: 'dealer', legal_name: 'Armurerie du Cap-Vert', registration_number: 'SN-DKR-2019-B-1234', country: 'SN', registering_agency_id: registry.agencyId, import_key: null, import_row: 4 },
      { kind: 'person', family_name: 'Thiam', given_names: 'Ousmane', birth_date: null, sex: 'male', nationality: null, id_document_type: null, id_document_number: null, organisation_type: null, legal_name: null, registration_number: null, country: null, registering_agency_id: registry.agencyId, import_key: 'LEG-7', import_row: 11 },
    ]);
  });

  it('audits every holder it created as the API audits a new holder, plus the import, row and key', async () => {
    const viaApi = await registry.http().post('/holders').set(auth()).send({ kind: 'person', familyName: 'Mbaye', givenNames: 'Rokhaya', idDocumentNumber: 'API-0001' });
    expect(viaApi.status).toBe(201);
    const [apiEntry] = await auditAfter('holder', viaApi.body.id);
    for (const holder of holders) {
      const entries = await auditAfter('holder', String(holder.id));
      expect(entries).toHaveLength(1);
      expect(entries[0].action).toBe(apiEntry.action);
      const { importId, importRow, importKey, ...same } = entries[0].after;
      expect({ importId, importRow, importKey }).toEqual({ importId: id, importRow: holder.import_row, importKey: holder.import_key });
      expect(Object.keys(same).sort()).toEqual(Object.keys(apiEntry.after).sort());
      expect(same).toMatchObject({ kind: holder.kind, familyName: holder.family_name, idDocumentNumber: holder.id_document_number, legalName: holder.legal_name });
    }
    const verification = await registry.http().get(`/audit/records/holder/${holders[0].id}/verification`).set(auth(auditor));
    expect(verification.status).toBe(200);
    expect(verification.body).toMatchObject({ intact: true, entriesChecked: 1 });
  });

  it('gives the imported holders to the API like any other', async () => {
    const response = await registry.http().get(`/holders/${holders[0].id}`).set(auth());
    expect(response.body).toMatchObject({ kind: 'person', familyName: 'Ndiaye', givenNames: 'Fatou', birthDate: '1984-03-02', sex: 'female', idDocumentNumber: '1 984 0302 00417' });
    const restricted = await registry.http().get(`/holders/${holders[0].id}`).set(auth((await registry.as('admin')).token));
    expect(restricted.body).toEqual(expect.objectContaining({ kind: 'person', restricted: true }));
    expect(restricted.body.familyName).toBeUndefined();
  });

  it('creates nothing when the same file is imported again', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM holder`);
    const auditBefore = await count(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'holder'`);
    const again = await finished(await upload('holders', OWNERS, 'owners-again.csv'));
    expect(again.progress).toMatchObject({ rowsRead: 11, rowsAccepted: 0, rowsRejected: 5, rowsDuplicate: 6 });
    const byRow = new Map(holders.map((h) => [h.import_row, h.id]));
    const duplicates = (await errorsOf(again.id)).filter((e) => e.duplicateOf !== null);
    expect(duplicates).toEqual([
      { row: 2, field: 'idDocumentNumber', reason: `already in the register as holder ${byRow.get(2)}`, duplicateOf: byRow.get(2) },
      { row: 3, field: 'idDocumentNumber', reason: `already in the register as holder ${byRow.get(3)}`, duplicateOf: byRow.get(3) },
      { row: 4, field: 'registrationNumber', reason: `already in the register as holder ${byRow.get(4)}`, duplicateOf: byRow.get(4) },
      { row: 8, field: 'idDocumentNumber', reason: `already in the register as holder ${byRow.get(2)}`, duplicateOf: byRow.get(2) },
      { row: 11, field: 'recordKey', reason: `already in the register as holder ${byRow.get(11)}`, duplicateOf: byRow.get(11) },
      { row: 12, field: 'idDocumentNumber', reason: `already in the register as holder ${byRow.get(3)}`, duplicateOf: byRow.get(3) },
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM holder`)).toBe(before);
    expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'holder'`)).toBe(auditBefore);
  });

  it('meets a holder entered through the API by its document, however the file spaces it', async () => {
    const done = await finished(await upload('holders', 'Nom,Prénom(s),N° CNI\nMbaye,Rokhaya,api 0001\n', 'mbaye.csv'));
    expect(done.progress).toMatchObject({ rowsAccepted: 0, rowsDuplicate: 1 });
    expect((await errorsOf(done.id))[0].reason).toMatch(/^already in the register as holder /);
  });
});

describe('a French register in Latin-1', () => {
  it('reads its headers, accents, day-first dates and kinds in French', async () => {
    const text = [
      "Type de détenteur;Nom;Prénom(s);Date de naissance;Sexe;Nationalité;N° CNI;Raison sociale;Type d'organisation;N° RCCM;Pays;Adresse",
      'Personne physique;Sène;Mame Diarra;12/05/1988;Féminin;Sénégal;1 988 0512 00999;;;;;Thiès, quartier Médina',
      "Personne morale;;;;;;;Manufacture d'Armes de Thiès;Fabricant;SN-THS-2001-A-0042;Sénégal;Route de Dakar",
    ].join('\r\n');
    const done = await finished(await upload('holders', iconv.encode(text, 'latin1'), 'registre.csv'));
    expect(done).toMatchObject({ status: 'completed', progress: { rowsRead: 2, rowsAccepted: 2, rowsRejected: 0 }, file: { encoding: 'windows-1252' } });
    const rows = await registry.dataSource.query(`SELECT kind, family_name, given_names, birth_date::text, sex, nationality, legal_name, organisation_type, country, address FROM holder WHERE import_id = $1 ORDER BY import_row`, [done.id]);
    expect(rows).toEqual([
      { kind: 'person', family_name: 'Sène', given_names: 'Mame Diarra', birth_date: '1988-05-12', sex: 'female', nationality: 'SN', legal_name: null, organisation_type: null, country: null, address: 'Thiès, quartier Médina' },
      { kind: 'organisation', family_name: null, given_names: null, birth_date: null, sex: null, nationality: null, legal_name: "Manufacture d'Armes de Thiès", organisation_type: 'manufacturer', country: 'SN', address: 'Route de Dakar' },
    ]);
  });
});

describe('licences of the holders imported just before', () => {
  let holdersImport: string;
  let apiLicence: string;
  let licencesImport: string;
  const holderId = async (where: string, value: string) => ((await registry.dataSource.query(`SELECT id FROM holder WHERE ${where} = $1`, [value])) as { id: string }[])[0].id;

  beforeAll(async () => {
    const bolivians = [
      'Apellido paterno,Apellido materno,Nombres,Fecha de nacimiento,Sexo,Nacionalidad,Cédula de identidad,País de emisión,Referencia del titular',
      'Quispe,Mamani,Juan Carlos,23/11/1979,M,Bolivia,4821937 LP,BO,',
      'Choque,,Ana María,1992-04-30,F,Bolivia,,,BO-REG-2',
    ].join('\n');
    holdersImport = await upload('holders', bolivians, 'titulares.csv');
    expect((await finished(holdersImport)).progress).toMatchObject({ rowsAccepted: 2, rowsRejected: 0 });
    const existing = await registry.http().post('/licences').set(auth()).send({ number: 'LC-API-1', kind: 'possession', holderId: await holderId('import_key', 'BO-REG-2'), issuedOn: '2020-01-01', expiresOn: '2025-01-01' });
    expect(existing.status).toBe(201);
    apiLicence = existing.body.id;
  });

  const LICENCES = [
    'N° de licencia,Tipo de licencia,Cédula de identidad,Referencia del titular,Fecha de emisión,Fecha de vencimiento,Categorías,Observaciones',
    'LT-0001,Tenencia y portación,4821937-lp,,15/01/2025,14/01/2030,Pistola; Revólver,Solo en domicilio',
    'LT-0002,tenencia,,BO-REG-2,2024-06-01,2029-05-31,Escopeta,',
    'LT-0003,tenencia,9999999 SC,,15/01/2025,14/01/2030,,',
    'LT-0004,tenencia,4821937 LP,,15/01/2025,14/01/2024,,',
    'LT-0005,tenencia,4821937 LP,,15/01/2025,14/01/2030,Pistola; Cañón láser,',
    'LT-0001,tenencia,4821937 LP,,15/01/2025,14/01/2030,,',
    'LC-API-1,tenencia,,BO-REG-2,2020-01-01,2025-01-01,,',
    'LT-0006,Comercio,SN-DKR-2019-B-1234,,2023-03-01,2028-02-28,,Local commercial',
    'LT-0007,tenencia,,NO-SUCH-KEY,2023-03-01,2028-02-28,,',
  ].join('\n');

  it('links each licence to its holder by document, registration number or record key, and reports every other row exactly', async () => {
    licencesImport = await upload('licences', LICENCES, 'licencias.csv');
    const done = await finished(licencesImport);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsRead: 9, rowsAccepted: 3, rowsRejected: 4, rowsDuplicate: 2 } });
    expect(await errorsOf(licencesImport)).toEqual([
      { row: 4, field: 'holderDocument', reason: 'no holder with identity document or registration number "9999999 SC"', duplicateOf: null },
      { row: 5, field: 'expiresOn', reason: 'must not be before issuedOn', duplicateOf: null },
      { row: 6, field: 'categories', reason: '"Cañón láser" is not a known firearm category', duplicateOf: null },
      { row: 7, field: 'number', reason: 'duplicate of row 2 in this file', duplicateOf: null },
      { row: 8, field: 'number', reason: `already in the register as licence ${apiLicence}`, duplicateOf: apiLicence },
      { row: 10, field: 'holderKey', reason: 'no holder with record key "NO-SUCH-KEY"', duplicateOf: null },
    ]);
    const licences = await registry.dataSource.query(
      `SELECT number, kind, holder_id, issuing_agency_id, issued_on::text, expires_on::text, state, categories, conditions, import_row FROM licence WHERE import_id = $1 ORDER BY import_row`,
      [licencesImport],
    );
    expect(licences).toEqual([
      { number: 'LT-0001', kind: 'possession', holder_id: await holderId('id_document_number', '4821937 LP'), issuing_agency_id: registry.agencyId, issued_on: '2025-01-15', expires_on: '2030-01-14', state: 'active', categories: ['pistol', 'revolver'], conditions: 'Solo en domicilio', import_row: 2 },
      { number: 'LT-0002', kind: 'possession', holder_id: await holderId('import_key', 'BO-REG-2'), issuing_agency_id: registry.agencyId, issued_on: '2024-06-01', expires_on: '2029-05-31', state: 'active', categories: ['shotgun'], conditions: null, import_row: 3 },
      { number: 'LT-0006', kind: 'dealer', holder_id: await holderId('registration_number', 'SN-DKR-2019-B-1234'), issuing_agency_id: registry.agencyId, issued_on: '2023-03-01', expires_on: '2028-02-28', state: 'active', categories: [], conditions: 'Local commercial', import_row: 9 },
    ]);
  });

  it('audits every licence it created as the API audits an issued licence, plus the import and row', async () => {
    const [apiEntry] = await auditAfter('licence', apiLicence);
    const licences = (await registry.dataSource.query(`SELECT id, number, import_row FROM licence WHERE import_id = $1`, [licencesImport])) as { id: string; number: string; import_row: number }[];
    expect(licences).toHaveLength(3);
    for (const licence of licences) {
      const entries = await auditAfter('licence', licence.id);
      expect(entries).toHaveLength(1);
      expect(entries[0].action).toBe(apiEntry.action);
      const { importId, importRow, ...same } = entries[0].after;
      expect({ importId, importRow }).toEqual({ importId: licencesImport, importRow: licence.import_row });
      expect(Object.keys(same).sort()).toEqual(Object.keys(apiEntry.after).sort());
      expect(same.number).toBe(licence.number);
    }
  });

  it('shows the imported licence through the API, valid today for the categories it covers', async () => {
    const [{ id }] = await registry.dataSource.query(`SELECT id FROM licence WHERE number = 'LT-0001'`);
    const response = await registry.http().get(`/licences/${id}`).set(auth());
    expect(response.body).toMatchObject({ number: 'LT-0001', kind: 'possession', status: 'active', categories: ['pistol', 'revolver'] });
  });

  it('creates nothing when the same licences file is imported again', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM licence`);
    const again = await finished(await upload('licences', LICENCES, 'licencias-otra-vez.csv'));
    expect(again.progress).toMatchObject({ rowsRead: 9, rowsAccepted: 0, rowsRejected: 4, rowsDuplicate: 5 });
    expect(await count(`SELECT count(*)::int AS n FROM licence`)).toBe(before);
  });

  it('refuses a file without the columns a licence cannot do without', async () => {
    const done = await finished(await upload('licences', 'N° de licencia,Cédula de identidad\nLT-9,4821937 LP\n', 'sin-fechas.csv'));
    expect(done).toMatchObject({ status: 'failed', error: expect.stringMatching(/^The file has no kind column/) });
  });
});

describe('dry runs', () => {
  it('validate holders and licences and write nothing: no record, no audit entry', async () => {
    const holdersBefore = await count(`SELECT count(*)::int AS n FROM holder`);
    const licencesBefore = await count(`SELECT count(*)::int AS n FROM licence`);
    const auditBefore = await count(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type IN ('holder', 'licence')`);

    const holders = await finished(await upload('holders', 'Nom,Prénom(s),N° CNI\nKane,Aïssatou,DRY-1\nKane,Aïssatou,DRY-1\nSy,,\n', 'essai.csv', { dryRun: 'true' }));
    expect(holders).toMatchObject({ status: 'completed', dryRun: true, progress: { rowsRead: 3, rowsAccepted: 1, rowsRejected: 1, rowsDuplicate: 1 } });
    expect(await errorsOf(holders.id)).toEqual([
      { row: 3, field: 'idDocumentNumber', reason: 'duplicate of row 2 in this file', duplicateOf: null },
      { row: 4, field: 'idDocumentNumber', reason: expect.stringContaining('a person needs an identity document number'), duplicateOf: null },
    ]);

    const licences = await finished(await upload('licences', 'Licence number,Licence type,Holder document,Issue date,Expiry date\nDRY-L-1,possession,4821937 LP,2025-01-01,2030-01-01\n', 'dry.csv', { dryRun: 'true' }));
    expect(licences).toMatchObject({ status: 'completed', dryRun: true, progress: { rowsRead: 1, rowsAccepted: 1, rowsRejected: 0 } });

    expect(await count(`SELECT count(*)::int AS n FROM holder`)).toBe(holdersBefore);
    expect(await count(`SELECT count(*)::int AS n FROM licence`)).toBe(licencesBefore);
    expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type IN ('holder', 'licence')`)).toBe(auditBefore);
  });
});

describe('the kinds are offered wherever imports are', () => {
  it('in the OpenAPI document', async () => {
    const document = (await registry.http().get('/openapi.json')).body;
    const form = document.paths['/imports'].post.requestBody.content['multipart/form-data'].schema;
    expect(form.properties.kind.enum).toEqual(expect.arrayContaining(['firearms', 'holders', 'licences']));
  });
});

describe('a flat register (one row per firearm, its owner on the row)', () => {
  const FLAT = [
    'Nom;Prénom(s);N° CNI;N° de série;Marque;Catégorie',
    'Ndiaye;Cheikh;2 751 1985 00123;FL-101;Glock;Pistolet',
    'Ndiaye;Cheikh;2751198500123;FL-102;Beretta;Pistolet',
    'Sow;Mariama;1 812 1990 04567;FL-103;Baikal;Fusil à canon lisse',
  ].join('\n');

  it('is imported as holders, each owner once, then as firearms linked to their owners', async () => {
    const holders = await finished(await upload('holders', FLAT, 'registre.csv'));
    expect(holders).toMatchObject({ status: 'completed', progress: { rowsAccepted: 2, rowsDuplicate: 1, rowsRejected: 0 } });
    expect(holders.file.ignoredColumns).toEqual(['N° de série', 'Marque', 'Catégorie']);

    const firearms = await finished(await upload('firearms', FLAT, 'registre.csv'));
    expect(firearms).toMatchObject({ status: 'completed', progress: { rowsAccepted: 3, rowsRejected: 0 } });
    // The owner's names are read as the row's holder name (issue 18), but the document finds the holder: no holder by name is created.
    expect(firearms.file.ignoredColumns).toEqual([]);
    expect(await registry.dataSource.query(`SELECT count(*)::int AS n FROM holder WHERE identified_by_name_only`)).toEqual([{ n: 0 }]);
    const owned = (await registry.dataSource.query(
      `SELECT f.serial_raw, h.family_name, h.given_names FROM firearm f JOIN holder h ON h.id = f.holder_id WHERE f.import_id = $1 ORDER BY f.serial_raw`,
      [firearms.id],
    )) as { serial_raw: string; family_name: string; given_names: string }[];
    expect(owned).toEqual([
      { serial_raw: 'FL-101', family_name: 'Ndiaye', given_names: 'Cheikh' },
      { serial_raw: 'FL-102', family_name: 'Ndiaye', given_names: 'Cheikh' },
      { serial_raw: 'FL-103', family_name: 'Sow', given_names: 'Mariama' },
    ]);
  });
});

describe('a licence the API registers while the import writes the same number', () => {
  it('is reported as already in the register, and the import writes the other rows', async () => {
    const [holder] = (await registry.dataSource.query(`SELECT id FROM holder WHERE id_document_number = '4821937 LP'`)) as { id: string }[];
    // An officer's licence RACE-1, written but not yet committed: the import's check cannot see it, its insert waits on it.
    const officerWrite = registry.dataSource.createQueryRunner();
    await officerWrite.connect();
    await officerWrite.startTransaction();
    const [{ id: racing }] = (await officerWrite.query(
      `INSERT INTO licence (id, number, kind, holder_id, issuing_agency_id, issued_on, expires_on, state, created_at, updated_at)
       VALUES (gen_random_uuid(), 'RACE-1', 'possession', $1, $2, '2026-01-01', '2031-01-01', 'active', now(), now()) RETURNING id`,
      [holder.id, registry.agencyId],
    )) as { id: string }[];
    try {
      const id = await upload('licences', 'Licence number,Licence type,Holder document,Issue date,Expiry date\nRACE-0,possession,4821937 LP,2026-01-01,2031-01-01\nRACE-1,possession,4821937 LP,2026-01-01,2031-01-01\n', 'race.csv');
      await until(
        async () => (await count(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO licence%'`)) > 0 || undefined,
        'the import waiting on the uncommitted licence',
        30_000,
        worker,
      );
      await officerWrite.commitTransaction();
      const done = await finished(id);
      expect(done).toMatchObject({ status: 'completed', progress: { rowsRead: 2, rowsAccepted: 1, rowsDuplicate: 1, rowsRejected: 0 } });
      expect(await errorsOf(id)).toEqual([{ row: 3, field: 'number', reason: `already in the register as licence ${racing}`, duplicateOf: racing }]);
      expect(await count(`SELECT count(*)::int AS n FROM licence WHERE import_id = $1 AND number = 'RACE-0'`, [id])).toBe(1);
    } finally {
      if (officerWrite.isTransactionActive) await officerWrite.rollbackTransaction();
      await officerWrite.release();
    }
  });
});
