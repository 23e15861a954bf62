import { cellsOf, foldHeader, planColumns, type ColumnPlan } from '../columns.js';
import type { ImportReference } from '../reference-maps.js';
import { HOLDER_FIELDS, holderIdentity, HoldersImport, type HolderCandidate, type HolderRowContext } from './holders.import.js';

const folded = (pairs: [string, string][]) => new Map(pairs.map(([k, v]) => [foldHeader(k), v]));
const reference: ImportReference = {
  categories: new Map(),
  actions: new Map(),
  countries: folded([['SN', 'SN'], ['SEN', 'SN'], ['Sénégal', 'SN'], ['Senegal', 'SN'], ['BO', 'BO'], ['BOL', 'BO'], ['Bolivia', 'BO'], ['Bolivie', 'BO'], ['FR', 'FR'], ['France', 'FR']]),
  manufacturers: new Map(),
  calibres: new Map(),
};
const context: HolderRowContext = { reference };
// Parsing is pure: the kind's collaborators are only used when writing.
const kind = new HoldersImport(null as never, null as never);
const plan = (headers: string[]) => planColumns(headers, HOLDER_FIELDS) as ColumnPlan;
const parse = (row: number, headers: string[], cells: string[]) => kind.parse(row, cellsOf(plan(headers), cells), context);
const candidate = (result: ReturnType<typeof parse>): HolderCandidate => {
  if (!('candidate' in result)) throw new Error(`expected a candidate, got ${JSON.stringify(result)}`);
  return result.candidate;
};
const problems = (result: ReturnType<typeof parse>) => ('problems' in result ? result.problems : []);

const FRENCH = ['Nom', 'Prénom(s)', 'Date de naissance', 'Sexe', 'Nationalité', 'N° CNI', 'Adresse', 'Téléphone'];
const SPANISH = ['Apellido paterno', 'Apellido materno', 'Nombres', 'Fecha de nacimiento', 'Sexo', 'Cédula de identidad', 'País de emisión', 'Domicilio'];
const ENGLISH_ORGANISATIONS = ['Legal name', 'Organisation type', 'Registration number', 'Country', 'Address', 'Phone'];

describe('holder headers', () => {
  it('are recognised in English, French and Spanish', () => {
    expect(plan(FRENCH)).toEqual({ fields: { familyName: 0, givenNames: 1, birthDate: 2, sex: 3, nationality: 4, idDocumentNumber: 5, address: 6, phone: 7 }, ignored: [] });
    expect(plan(SPANISH)).toEqual({ fields: { familyName: 0, secondFamilyName: 1, givenNames: 2, birthDate: 3, sex: 4, idDocumentNumber: 5, idDocumentCountry: 6, address: 7 }, ignored: [] });
    expect(plan(['Raison sociale', "Type d'organisation", 'N° RCCM', 'Pays', 'Type de détenteur'])).toEqual({ fields: { legalName: 0, organisationType: 1, registrationNumber: 2, country: 3, kind: 4 }, ignored: [] });
    expect(plan(['Razón social', 'Tipo de entidad', 'Matrícula de comercio', 'País', 'Tipo de persona'])).toEqual({ fields: { legalName: 0, organisationType: 1, registrationNumber: 2, country: 3, kind: 4 }, ignored: [] });
    expect(plan(ENGLISH_ORGANISATIONS).ignored).toEqual([]);
  });

  it('do not take a generic "ID" or "Référence" column as the holder\'s own key', () => {
    expect(plan(['ID', 'Référence', 'Nom', 'Record key'])).toEqual({ fields: { familyName: 2, recordKey: 3 }, ignored: ['ID', 'Référence'] });
  });

  it('name each field once: no header means two fields', () => {
    const owners = new Map<string, string>();
    for (const [field, names] of Object.entries(HOLDER_FIELDS)) {
      for (const name of [field, ...names]) {
        const owner = owners.get(foldHeader(name));
        if (owner && owner !== field) throw new Error(`"${name}" is a header of ${owner} and ${field}`);
        owners.set(foldHeader(name), field);
      }
    }
  });
});

describe('holder rows', () => {
  it('reads a French person: day-first birth date, sex and nationality in French, the document kept as written', () => {
    const c = candidate(parse(2, FRENCH, ['Ndiaye', 'Fatou', '02/03/1984', 'Femme', 'Sénégal', '1 984 0302 00417', 'Dakar, Médina', '+221 77 000 00 00']));
    expect(c.holder).toEqual({ kind: 'person', familyName: 'Ndiaye', givenNames: 'Fatou', birthDate: '1984-03-02', sex: 'female', nationality: 'SN', idDocumentNumber: '1 984 0302 00417', address: 'Dakar, Médina', phone: '+221 77 000 00 00' });
    expect(c.documentKey).toBe('1984030200417');
    expect(kind.key(c)).toBe('person:1984030200417');
    expect(kind.duplicateField(c)).toBe('idDocumentNumber');
  });

  it('reads a Spanish person: both family names kept together, as registers write them', () => {
    const c = candidate(parse(3, SPANISH, ['Quispe', 'Mamani', 'Juan Carlos', '1979-11-23', 'M', '4821937 LP', 'Bolivia', 'El Alto']));
    expect(c.holder).toEqual(expect.objectContaining({ kind: 'person', familyName: 'Quispe Mamani', givenNames: 'Juan Carlos', birthDate: '1979-11-23', sex: 'male', idDocumentNumber: '4821937 LP', idDocumentCountry: 'BO' }));
    expect(kind.key(c)).toBe('person:4821937LP');
  });

  it('reads an organisation in English, its type by a common name', () => {
    const c = candidate(parse(4, ENGLISH_ORGANISATIONS, ['Armurerie du Cap-Vert', 'Gun shop', 'SN-DKR-2019-B-1234', 'Senegal', 'Dakar', '']));
    expect(c.holder).toEqual({ kind: 'organisation', legalName: 'Armurerie du Cap-Vert', organisationType: 'dealer', registrationNumber: 'SN-DKR-2019-B-1234', country: 'SN', address: 'Dakar' });
    expect(kind.key(c)).toBe('organisation:SNDKR2019B1234');
    expect(kind.duplicateField(c)).toBe('registrationNumber');
  });

  it('reads the kind in the three languages', () => {
    const headers = ['Kind', 'Nom', 'Raison sociale', 'Type of organisation', 'N° CNI', 'N° RCCM'];
    expect(candidate(parse(2, headers, ['Personne physique', 'Diop', '', '', 'A1', ''])).holder.kind).toBe('person');
    expect(candidate(parse(3, headers, ['persona', 'Diop', '', '', 'A1', ''])).holder.kind).toBe('person');
    expect(candidate(parse(4, headers, ['Personne morale', '', 'SOSEGAR', 'société de gardiennage', '', 'R1'])).holder).toEqual(expect.objectContaining({ kind: 'organisation', organisationType: 'security_company' }));
    expect(candidate(parse(5, headers, ['Organización', '', 'Club de Tiro La Paz', 'club de tiro', '', 'R2'])).holder).toEqual(expect.objectContaining({ kind: 'organisation', organisationType: 'shooting_club' }));
    expect(problems(parse(6, headers, ['robot', 'Diop', '', '', 'A1', '']))).toEqual([{ field: 'kind', message: '"robot" is not a holder kind (person, organisation)' }]);
  });

  it('takes the kind from the fields a row fills when it has no kind, and refuses a row that fills both or neither', () => {
    const headers = ['Nom', 'N° CNI', 'Raison sociale', 'Type d organisation', 'N° RCCM', 'Adresse'];
    expect(candidate(parse(2, headers, ['Diop', 'A1', '', '', '', ''])).holder.kind).toBe('person');
    expect(candidate(parse(3, headers, ['', '', 'MAS', 'fabricant', 'R1', ''])).holder.kind).toBe('organisation');
    expect(problems(parse(4, headers, ['Diop', 'A1', 'MAS', '', '', '']))).toEqual([
      { field: 'kind', message: "is needed: the row has a person's fields (familyName, idDocumentNumber) and an organisation's (legalName); say person or organisation" },
    ]);
    expect(problems(parse(5, headers, ['', '', '', '', '', 'Thiès']))).toEqual([{ field: 'kind', message: expect.stringContaining("has neither a person's name") }]);
  });

  it('reads sex as identity documents and registers write it', () => {
    const sexOf = (text: string) => {
      const result = parse(2, ['Nom', 'Sexe', 'CNI'], ['Diop', text, 'A1']);
      return 'candidate' in result ? result.candidate.holder.sex : result.problems;
    };
    expect(['F', 'f', 'femme', 'Féminin', 'Mujer', 'femenino'].map(sexOf)).toEqual(Array(6).fill('female'));
    expect(['M', 'H', 'homme', 'Masculin', 'Hombre', 'masculino'].map(sexOf)).toEqual(Array(6).fill('male'));
    expect(['X', 'inconnu', 'desconocido'].map(sexOf)).toEqual(Array(3).fill('unknown'));
    expect(sexOf('Z')).toEqual([{ field: 'sex', message: '"Z" is not a sex (female, male, unknown)' }]);
  });

  it('names every bad field, quoting only what the file says', () => {
    expect(problems(parse(2, FRENCH, ['Ndiaye', 'Fatou', '31/02/1984', 'Z', 'Atlantide', 'A1', '', '']))).toEqual([
      { field: 'birthDate', message: '"31/02/1984" is not a date (use 1984-03-02 or 02/03/1984)' },
      { field: 'sex', message: '"Z" is not a sex (female, male, unknown)' },
      { field: 'nationality', message: '"Atlantide" is not a known country' },
    ]);
  });

  it("applies the API's rules: a person's family name, an organisation's name and type, lengths", () => {
    expect(problems(parse(2, ['Kind', 'Prénom', 'CNI'], ['person', 'Fatou', 'A1']))).toEqual([{ field: 'familyName', message: 'is required for a person' }]);
    expect(problems(parse(3, ['Kind', 'N° RCCM'], ['organisation', 'R1']))).toEqual([
      { field: 'legalName', message: 'is required for an organisation' },
      { field: 'organisationType', message: expect.stringContaining('is required for an organisation') },
    ]);
    expect(problems(parse(4, ['Nom', 'CNI'], ['x'.repeat(201), 'A1']))).toEqual([{ field: 'familyName', message: 'familyName must be shorter than or equal to 200 characters' }]);
    expect(problems(parse(5, ['Nom', 'CNI', 'Téléphone'], ['Diop', 'A1', '7'.repeat(51)]))).toEqual([{ field: 'phone', message: 'phone must be shorter than or equal to 50 characters' }]);
  });

  it('needs a way to be recognised on a second run: a document, a registration number or a record key', () => {
    expect(problems(parse(2, ['Nom', 'Prénom'], ['Diop', 'Awa']))).toEqual([{ field: 'idDocumentNumber', message: 'a person needs an identity document number or a record key, so that importing the file again cannot register the person twice' }]);
    expect(problems(parse(3, ['Raison sociale', 'Type d organisation'], ['MAS', 'fabricant']))).toEqual([{ field: 'registrationNumber', message: expect.stringContaining('an organisation needs a registration number or a record key') }]);
    expect(problems(parse(4, ['Nom', 'CNI'], ['Diop', '--']))).toEqual([{ field: 'idDocumentNumber', message: expect.stringContaining('"--" has no letter or digit') }]);
    const keyed = candidate(parse(5, ['Nom', 'Holder key'], ['Diop', 'LEG-0042']));
    expect([kind.key(keyed), kind.duplicateField(keyed)]).toEqual(['key:LEG-0042', 'recordKey']);
  });
});

describe('holderIdentity', () => {
  it('is the record key when there is one, whatever the document', () => {
    expect(holderIdentity({ importKey: 'K1', documentKey: 'A1', kind: 'person' })).toBe('key:K1');
  });

  it('keeps persons and organisations apart: a registration number is not an identity card', () => {
    expect(holderIdentity({ importKey: null, documentKey: 'A1', kind: 'person' })).not.toBe(holderIdentity({ importKey: null, documentKey: 'A1', kind: 'organisation' }));
  });

  it('is null when nothing recognises the holder', () => {
    expect(holderIdentity({ importKey: null, documentKey: null, kind: 'person' })).toBeNull();
  });
});

describe('holders against the register', () => {
  it('matches by key, document or registration number, the oldest record when several share one', async () => {
    const rows = [
      { id: 'h-old', kind: 'person', import_key: null, import_id: null, import_row: null, document_key: '1984030200417' },
      { id: 'h-new', kind: 'person', import_key: null, import_id: null, import_row: null, document_key: '1984030200417' },
      { id: 'h-key', kind: 'person', import_key: 'K9', import_id: 'job-1', import_row: 7, document_key: null },
      { id: 'h-org', kind: 'organisation', import_key: null, import_id: null, import_row: null, document_key: 'R1' },
    ];
    let params: unknown[] = [];
    const manager = { query: async (_sql: string, p: unknown[]) => ((params = p), rows) };
    const person = candidate(parse(2, ['Nom', 'CNI'], ['Ndiaye', '1984030200417']));
    const keyed = candidate(parse(3, ['Nom', 'Holder key'], ['Diop', 'K9']));
    const organisation = candidate(parse(4, ['Raison sociale', 'Type d organisation', 'N° RCCM'], ['MAS', 'fabricant', 'r-1']));
    const check = await kind.check(manager as never, null as never, [person, keyed, organisation]);
    expect(params).toEqual([['K9'], ['1984030200417'], ['R1']]);
    expect(check.matches.get(kind.key(person))).toEqual({ id: 'h-old', importId: null, importRow: null });
    expect(check.matches.get(kind.key(keyed))).toEqual({ id: 'h-key', importId: 'job-1', importRow: 7 });
    expect(check.matches.get(kind.key(organisation))?.id).toBe('h-org');
    expect(check.problems.size).toBe(0);
  });
});
