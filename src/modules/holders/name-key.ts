import type { EntityManager } from 'typeorm';

/**
 * Accented Latin letters and their plain letter, as PostgreSQL's translate()
 * takes them: nameKey and registry_name_key() (migration 1795470100000) fold with
 * this same pair of strings, so that both compute the same key.
 */
export const NAME_FOLD_FROM = 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŸ';
export const NAME_FOLD_TO = 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyY';

const FOLD = new Map([...NAME_FOLD_FROM].map((c, i) => [c, NAME_FOLD_TO[i]]));

/**
 * A holder's name as holders named only by it are recognised: accents folded,
 * upper case, punctuation as spaces, the words in alphabetical order, so
 * "DIALLO Mamadou", "Mamadou Diallo" and "Diallo, Mamadoú" are one key. Only
 * ASCII letters and digits survive (PostgreSQL's upper() would otherwise depend
 * on its locale); a name with none has the empty key.
 */
export function nameKey(text: string): string {
  const folded = [...text].map((c) => FOLD.get(c) ?? c).join('');
  return folded
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .toUpperCase()
    .split(' ')
    .filter((w) => w !== '')
    .sort()
    .join(' ');
}

/** The name a holder is known by: a person's family and given names, an organisation's legal name (the expression of ix_holder_name_key). */
export const HOLDER_NAME_SQL = `registry_name_key(CASE WHEN kind = 'person' THEN coalesce(family_name, '') || ' ' || coalesce(given_names, '') ELSE coalesce(legal_name, '') END)`;

/** Holders whose name has one of these keys, set-based (one indexed query), oldest first. */
export async function holdersByNameKey(manager: EntityManager, keys: string[]): Promise<Map<string, { id: string; importId: string | null }[]>> {
  const byKey = new Map<string, { id: string; importId: string | null }[]>();
  if (keys.length === 0) return byKey;
  const rows = (await manager.query(`SELECT id, import_id, ${HOLDER_NAME_SQL} AS key FROM holder WHERE ${HOLDER_NAME_SQL} = ANY($1::text[]) ORDER BY created_at, id`, [keys])) as { id: string; import_id: string | null; key: string }[];
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), { id: row.id, importId: row.import_id }]);
  return byKey;
}
