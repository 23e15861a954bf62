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
