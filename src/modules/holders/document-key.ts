import type { EntityManager } from 'typeorm';

/**
 * An identity document or registration number as holders are recognised by it:
 * letters and digits only, upper case, so "1 984 0302 00417" is "1984030200417"
 * and "4821937-lp" is "4821937LP". The number itself is kept as written.
 * ASCII letters and digits only, so that PostgreSQL computes exactly the same
 * key (documentKeySql, indexed by migration 1795393100000) whatever its locale.
 */
export function documentKey(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}

/** documentKey in SQL, over a column; the indexes ix_holder_document_key and ix_holder_registration_key are on this expression. */
export function documentKeySql(column: string): string {
  return `upper(regexp_replace(${column}, '[^A-Za-z0-9]', '', 'g'))`;
}

/** The holders each document key names (identity document or registration number), set-based: one indexed query for any number of keys. */
export async function holdersByDocumentKey(manager: EntityManager, keys: string[]): Promise<Map<string, Set<string>>> {
  const byKey = new Map<string, Set<string>>();
  if (keys.length === 0) return byKey;
  const holders = (await manager.query(
    `SELECT id, ${documentKeySql('id_document_number')} AS document, ${documentKeySql('registration_number')} AS registration FROM holder
      WHERE (id_document_number IS NOT NULL AND ${documentKeySql('id_document_number')} = ANY($1::text[]))
         OR (registration_number IS NOT NULL AND ${documentKeySql('registration_number')} = ANY($1::text[]))`,
    [keys],
  )) as { id: string; document: string | null; registration: string | null }[];
  for (const h of holders) for (const key of new Set([h.document, h.registration])) if (key) byKey.set(key, (byKey.get(key) ?? new Set()).add(h.id));
  return byKey;
}
