import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { projectRoot } from '../src/common/project-root.js';
import { calibreKey, manufacturerKey } from '../src/modules/reference/alias-keys.js';
import { foldHeader } from '../src/modules/imports/columns.js';
import type { AuditService } from '../src/modules/audit/audit.service.js';

type Names = { en: string; fr: string; es: string };
const folder = path.join(projectRoot(), 'seeds', 'reference');
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as T;

/**
 * Upserts the reference tables from seeds/reference by code: idempotent, safe
 * on every start. Only rows that actually changed are written, and the load is
 * audited once per table with its counts.
 */
export async function seedReference(dataSource: DataSource, audit: AuditService): Promise<string> {
  const countries = read<{ alpha2: string; alpha3: string; numeric: string; name: Names }[]>('countries.json');
  const categories = read<{ code: string; name: Names }[]>('firearm-categories.json');
  const actions = read<{ code: string; name: Names }[]>('firearm-actions.json');
  const calibres = read<{ code: string; name: string; aliases: string[] }[]>('calibres.json');
  const manufacturers = read<{ code: string; name: string; country: string | null; aliases: string[] }[]>('manufacturers.json');

  return dataSource.transaction(async (manager) => {
    const counts: Record<string, number> = {};
    const upsert = async (table: string, columns: string[], key: string, rows: unknown[][]) => {
      if (rows.length === 0) return;
      const values = rows.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
      const updates = columns.filter((c) => c !== key).map((c) => `${c} = excluded.${c}`).join(', ');
      const distinct = columns.filter((c) => c !== key).map((c) => `${table}.${c} IS DISTINCT FROM excluded.${c}`).join(' OR ');
      const result = await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ON CONFLICT (${key}) DO UPDATE SET ${updates} WHERE ${distinct} RETURNING 1`, rows.flat());
      counts[table] = result.length;
    };
    await upsert('country', ['alpha2', 'alpha3', 'numeric_code', 'name_en', 'name_fr', 'name_es'], 'alpha2', countries.map((c) => [c.alpha2, c.alpha3, c.numeric, c.name.en, c.name.fr, c.name.es]));
    await upsert('firearm_category', ['code', 'name_en', 'name_fr', 'name_es'], 'code', categories.map((c) => [c.code, c.name.en, c.name.fr, c.name.es]));
    await upsert('firearm_action', ['code', 'name_en', 'name_fr', 'name_es'], 'code', actions.map((c) => [c.code, c.name.en, c.name.fr, c.name.es]));
    await upsert('calibre', ['code', 'name'], 'code', calibres.map((c) => [c.code, c.name]));
    await upsert('manufacturer', ['code', 'name', 'country'], 'code', manufacturers.map((m) => [m.code, m.name, m.country]));
    const aliasRows = <T extends { code: string; name: string; aliases: string[] }>(items: T[], key: (s: string) => string) => {
      const seen = new Map<string, unknown[]>();
      for (const item of items) for (const alias of [item.name, ...item.aliases]) if (!seen.has(key(alias))) seen.set(key(alias), [key(alias), alias, item.code]);
      return [...seen.values()];
    };
    await upsert('calibre_alias', ['alias_key', 'alias', 'calibre_code'], 'alias_key', aliasRows(calibres, calibreKey));
    await upsert('manufacturer_alias', ['alias_key', 'alias', 'manufacturer_code'], 'alias_key', aliasRows(manufacturers, manufacturerKey));

    // Names registers write for coded values: keyed folded, the first code for a name in a list wins.
    const valueAliases = read<Record<string, Record<string, string[]>>>('value-aliases.json');
    const valueRows = new Map<string, unknown[]>();
    for (const [list, codes] of Object.entries(valueAliases)) {
      for (const [code, names] of Object.entries(codes)) for (const name of names) if (foldHeader(name) && !valueRows.has(`${list}|${foldHeader(name)}`)) valueRows.set(`${list}|${foldHeader(name)}`, [list, foldHeader(name), name, code]);
    }
    await upsert('value_alias', ['list', 'alias_key', 'alias', 'code'], 'list, alias_key', [...valueRows.values()]);

    const changed = Object.entries(counts).filter(([, n]) => n > 0);
    await audit.record(manager, ...changed.map(([table, n]) => ({ recordType: 'reference_table', recordId: table, action: 'seeded', after: { rowsWritten: n } })));
    return changed.length ? `reference data: ${changed.map(([t, n]) => `${t} ${n}`).join(', ')}` : 'reference data: up to date';
  });
}
