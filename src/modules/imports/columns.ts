import { isoDay } from '../../common/clock/clock.js';

/**
 * Import fields and the header names that mean them, in English, French and
 * Spanish. Headers are compared after folding (lower case, no accents, letters
 * and digits only), so "N° de série", "numero de serie" and "Serial Number"
 * need no exact spelling.
 */
export const FIREARM_FIELDS = {
  recordKey: ['record key', 'key', 'reference', 'ref', 'référence', 'clé', 'referencia', 'clave', 'id'],
  category: ['category', 'type', 'weapon type', 'catégorie', 'type d arme', 'categoría', 'tipo', 'tipo de arma'],
  action: ['action', 'mechanism', 'mécanisme', 'mecanismo', 'acción'],
  make: ['make', 'manufacturer', 'brand', 'marque', 'fabricant', 'marca', 'fabricante'],
  model: ['model', 'modèle', 'modelo'],
  calibre: ['calibre', 'caliber', 'calibre', 'calibro'],
  serialNumber: ['serial', 'serial number', 'serial no', 'sn', 'numéro de série', 'n° de série', 'no de série', 'número de serie', 'nº de serie', 'no de serie', 'serie'],
  countryOfManufacture: ['country of manufacture', 'country', 'origin country', 'pays de fabrication', 'pays', 'país de fabricación', 'país'],
  yearOfManufacture: ['year of manufacture', 'year', 'année de fabrication', 'année', 'año de fabricación', 'año'],
  barrelLengthMm: ['barrel length', 'barrel length mm', 'longueur du canon', 'longitud del cañón'],
  origin: ['origin', 'provenance', 'origine', 'origen'],
  description: ['description', 'notes', 'remarks', 'observations', 'descripción', 'observaciones'],
  registeredOn: ['registered on', 'registration date', 'date', "date d'enregistrement", 'date d enregistrement', 'fecha de registro', 'fecha'],
  holderDocument: ['holder document', 'holder id', 'owner id', 'document number', "pièce d'identité du détenteur", 'numéro de pièce', 'documento del titular', 'número de documento', 'cédula'],
  markingText: ['marking', 'markings', 'marking text', 'marquage', 'marcaje', 'marca de importación', 'import marking'],
} as const;

export type FirearmField = keyof typeof FIREARM_FIELDS;

export function foldHeader(header: string): string {
  return header.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '');
}

const SYNONYMS = new Map<string, FirearmField>();
for (const [field, names] of Object.entries(FIREARM_FIELDS) as [FirearmField, readonly string[]][]) {
  for (const name of [field, ...names]) if (!SYNONYMS.has(foldHeader(name))) SYNONYMS.set(foldHeader(name), field);
}

export interface ColumnPlan {
  /** Column index for each recognised field. */
  fields: Partial<Record<FirearmField, number>>;
  /** Headers that mean nothing to the registry: reported, then ignored. */
  ignored: string[];
}

/**
 * Maps a file's headers to fields: an explicit mapping (header → field) wins,
 * then the built-in names. Two columns for one field is an error.
 */
export function planColumns(headers: string[], explicit: Record<string, string> = {}): ColumnPlan | { error: string } {
  const plan: ColumnPlan = { fields: {}, ignored: [] };
  const given = new Map(Object.entries(explicit).map(([header, field]) => [foldHeader(header), field]));
  for (const [index, header] of headers.entries()) {
    const folded = foldHeader(header);
    const field = (given.get(folded) ?? SYNONYMS.get(folded)) as FirearmField | undefined;
    if (!field || !(field in FIREARM_FIELDS)) {
      if (given.has(folded)) return { error: `the mapping names an unknown field "${given.get(folded)}" for column "${header}"` };
      plan.ignored.push(header);
      continue;
    }
    if (plan.fields[field] !== undefined) return { error: `two columns mean "${field}": "${headers[plan.fields[field]!]}" and "${header}"` };
    plan.fields[field] = index;
  }
  return plan;
}

/** ISO (2026-11-23) or day first (23/11/2026, 23.11.2026, 23-11-26): the forms registers use. */
export function parseDay(text: string): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value);
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[3].length === 2) year += year > (new Date().getUTCFullYear() % 100) ? 1900 : 2000;
  } else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return isoDay(date);
}
