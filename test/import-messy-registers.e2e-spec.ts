import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { spawnWorker, until, type WorkerProcess } from './support/worker.js';

let registry: TestRegistry;
let worker: WorkerProcess;
let officer: string;
let admin: string;
const storage = mkdtempSync(path.join(tmpdir(), 'registry-messy-'));

beforeAll(async () => {
  registry = await startRegistry({ IMPORT_DIR: storage });
  worker = spawnWorker(registry.config, { JOB_LOCK_MS: '2000' });
  officer = (await registry.as('registry_officer')).token;
  admin = (await registry.as('admin')).token;
});

afterAll(async () => {
  if (worker?.process.exitCode === null) worker.process.kill('SIGKILL');
  await registry?.close();
  rmSync(storage, { recursive: true, force: true });
});

async function importCsv(csv: string, fields: Record<string, string> = {}) {
  let request = registry.http().post('/imports').set('Authorization', `Bearer ${officer}`).field('kind', 'firearms');
  for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
  const response = await request.attach('file', Buffer.from(csv), 'registre.csv');
  expect(response.status).toBe(202);
  const done = await until(
    async () => {
      const r = await registry.http().get(`/imports/${response.body.id}`).set('Authorization', `Bearer ${officer}`);
      return ['completed', 'failed'].includes(r.body.status) ? r.body : undefined;
    },
    'the import',
    60_000,
    worker,
  );
  const errors = await registry.http().get(`/imports/${done.id}/errors?limit=200`).set('Authorization', `Bearer ${officer}`);
  return { done, errors: errors.body.items as { row: number; field: string; reason: string; warning?: true }[] };
}

const firearm = async (serial: string) => (await registry.dataSource.query(`SELECT category_code, country_of_manufacture, action_code, origin FROM firearm WHERE serial_normalised = $1`, [serial]))[0];

describe('a French legacy register with everyday words', () => {
  it('reads categories, countries, actions and origins under their names in English, French and Spanish', async () => {
    const rows = [
      ['MR-01', 'fusil de chasse', 'Russie', 'à pompe', 'industriel'],
      ['MR-02', 'carabine', 'États-Unis', 'à verrou', 'artisanal'],
      ['MR-03', 'escopeta', 'Etats-Unis', 'corredera', 'hechiza'],
      ['MR-04', 'pistola ametralladora', 'USA', 'rafale', ''],
      ['MR-05', 'shotgun', 'UK', 'break action', ''],
      ['MR-06', 'Pistolet', 'Royaume-Uni', 'semi-auto', ''],
      ['MR-07', 'revólver', 'Rusia', 'double action', ''],
      ['MR-08', 'fusil', 'EE.UU.', '', ''],
      ['MR-09', 'mitraillette', 'Czech Republic', '', 'imprimé 3D'],
    ];
    const csv = ['N° de série;Marque;Catégorie;Pays de fabrication;Mécanisme;Origine', ...rows.map(([serial, category, country, action, origin]) => `${serial};Glock;${category};${country};${action};${origin}`)].join('\n');
    const { done, errors } = await importCsv(csv);
    expect(errors).toEqual([]);
    expect(done.progress).toMatchObject({ rowsAccepted: 9, rowsRejected: 0 });
    expect(await firearm('MR01')).toEqual({ category_code: 'shotgun', country_of_manufacture: 'RU', action_code: 'pump_action', origin: 'industrial' });
    expect(await firearm('MR02')).toEqual({ category_code: 'carbine', country_of_manufacture: 'US', action_code: 'bolt_action', origin: 'craft_made' });
    expect(await firearm('MR03')).toMatchObject({ category_code: 'shotgun', country_of_manufacture: 'US', origin: 'craft_made' });
    expect(await firearm('MR04')).toMatchObject({ category_code: 'submachine_gun', country_of_manufacture: 'US', action_code: 'fully_automatic' });
    expect(await firearm('MR05')).toMatchObject({ category_code: 'shotgun', country_of_manufacture: 'GB', action_code: 'break_action' });
    expect(await firearm('MR06')).toMatchObject({ category_code: 'pistol', country_of_manufacture: 'GB', action_code: 'semi_automatic' });
    expect(await firearm('MR07')).toMatchObject({ category_code: 'revolver', country_of_manufacture: 'RU', action_code: 'revolver_double_action' });
    expect(await firearm('MR08')).toMatchObject({ category_code: 'rifle', country_of_manufacture: 'US' });
    expect(await firearm('MR09')).toMatchObject({ category_code: 'submachine_gun', country_of_manufacture: 'CZ', origin: '3d_printed' });
  });

  it('reports an unknown value with the closest known ones', async () => {
    const { errors } = await importCsv('serial,make,category,country\nDY-1,Glock,Pistolett,FR\nDY-2,Glock,pistol,Allemange\n');
    expect(errors).toEqual([
      { row: 2, field: 'category', reason: expect.stringMatching(/"Pistolett" is not a known firearm category; did you mean pistol/), duplicateOf: null },
      { row: 3, field: 'countryOfManufacture', reason: expect.stringMatching(/"Allemange" is not a known country; did you mean DE/), duplicateOf: null },
    ]);
  });

  it("applies the officer's value mapping, kept with the import and its audit entry", async () => {
    const mapping = { category: { 'lance-pierre': 'other' } };
    const { done, errors } = await importCsv('serial,make,category\nVM-1,Glock,lance-pierre\n', { valueMapping: JSON.stringify(mapping) });
    expect(errors).toEqual([]);
    expect(done).toMatchObject({ status: 'completed', valueMapping: mapping, progress: { rowsAccepted: 1 } });
    expect(await firearm('VM1')).toMatchObject({ category_code: 'other' });
    const [entry] = await registry.dataSource.query(`SELECT after FROM audit_entry WHERE record_type = 'import' AND record_id = $1 AND action = 'requested'`, [done.id]);
    expect(entry.after.valueMapping).toEqual(mapping);
  });

  it('refuses a value mapping for a field the kind does not have, recording nothing', async () => {
    const response = await registry.http().post('/imports').set('Authorization', `Bearer ${officer}`).field('kind', 'firearms').field('valueMapping', '{"colour":{"red":"x"}}').attach('file', Buffer.from('serial,category\nX-1,pistol\n'), 'x.csv');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'valueMapping', message: '"colour" is not a field of this kind of import' }]);
  });

  it('reads an alias an administrator added', async () => {
    const first = await importCsv('serial,make,category\nAA-1,Glock,tromblon\n');
    expect(first.errors).toEqual([expect.objectContaining({ field: 'category' })]);
    const added = await registry.http().post('/reference/value-aliases').set('Authorization', `Bearer ${admin}`).send({ list: 'category', code: 'other', aliases: ['tromblon'] });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ list: 'category', code: 'other', added: ['tromblon'] });
    const conflict = await registry.http().post('/reference/value-aliases').set('Authorization', `Bearer ${admin}`).send({ list: 'category', code: 'pistol', aliases: ['Tromblon'] });
    expect(conflict.status).toBe(409);
    const second = await importCsv('serial,make,category\nAA-2,Glock,tromblon\n');
    expect(second.errors).toEqual([]);
    expect(await firearm('AA2')).toMatchObject({ category_code: 'other' });
    const listed = await registry.http().get('/reference/value-aliases?list=category&limit=200').set('Authorization', `Bearer ${admin}`);
    expect(listed.body.items).toContainEqual({ list: 'category', alias: 'tromblon', code: 'other' });
    expect(listed.body.items.length).toBeGreaterThan(50);
  });
});

describe('rows that must be refused, and a row worth a warning', () => {
  it('refuses a future year and an SQL-like serial with their row numbers, and warns of a missing make', async () => {
    const csv = ['serial,make,category,year', 'RF-1,Glock,pistol,2099', `"'; DROP TABLE firearms;--",Glock,pistol,2001`, 'RF-3,,pistol,2001', 'RF-4,Glock,pistol,2001'].join('\n');
    const { done, errors } = await importCsv(csv);
    expect(done.progress).toMatchObject({ rowsRead: 4, rowsAccepted: 2, rowsRejected: 2 });
    expect(errors).toEqual([
      { row: 2, field: 'yearOfManufacture', reason: '2099 is in the future', duplicateOf: null },
      { row: 3, field: 'serialNumber', reason: expect.stringContaining(`contains "'", ";", which no marking has`), duplicateOf: null },
      { row: 4, field: 'make', reason: expect.stringContaining('warning: no make given'), duplicateOf: null, warning: true },
    ]);
    expect((await registry.dataSource.query(`SELECT count(*)::int AS n FROM firearm WHERE serial_normalised IN ('RF3', 'RF4')`))[0].n).toBe(2);
  });
});
