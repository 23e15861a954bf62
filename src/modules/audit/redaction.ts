/**
 * What a reader without holder.personal_data sees of the trail: entries about
 * persons keep their shape (who did what, when, to which record) but not the
 * person's identity, nor what an officer searched a person by.
 */
export const REDACTED = '[redacted]';

/** A person holder's identifying fields (organisations are public records). */
const PERSON_FIELDS = ['familyName', 'givenNames', 'birthDate', 'sex', 'nationality', 'idDocumentType', 'idDocumentNumber', 'idDocumentCountry', 'address', 'phone'];
/** What a holder search was given. */
const SEARCH_CRITERIA = ['q', 'documentNumber'];
/** A person involved in a seizure. */
const SEIZURE_PERSON_FIELDS = ['sex', 'age', 'birthYear', 'nationality', 'notes'];

export interface RedactableEntry {
  recordType: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The fields of an entry that concern a person, or none. `isPerson` says whether a holder record is a person. */
function personFields(entry: RedactableEntry, isPerson: boolean): string[] {
  if (entry.recordType === 'holder') return isPerson ? PERSON_FIELDS : [];
  if (entry.recordType === 'holder_search') return SEARCH_CRITERIA;
  // A holder list's entry keeps what was asked (a name, a document number) under `criteria`.
  if (entry.recordType === 'holder_list') return ['criteria'];
  if (entry.recordType === 'seizure' && entry.action === 'person_added') return SEIZURE_PERSON_FIELDS;
  return [];
}

/** Whether reading this entry is reading about a person (and is itself audited). */
export function concernsPerson(entry: RedactableEntry, isPerson: boolean): boolean {
  return personFields(entry, isPerson).length > 0;
}

/** The entry with its person fields replaced by REDACTED, and their paths (`after.givenNames`) listed. */
export function redact<T extends RedactableEntry>(entry: T, isPerson: boolean): T & { redacted: string[] } {
  const fields = personFields(entry, isPerson);
  const redacted: string[] = [];
  const side = (name: 'before' | 'after') => {
    const value = entry[name];
    if (!value) return value;
    const copy = { ...value };
    for (const field of fields) {
      if (field in copy && copy[field] !== null) {
        copy[field] = REDACTED;
        redacted.push(`${name}.${field}`);
      }
    }
    return copy;
  };
  return { ...entry, before: side('before'), after: side('after'), redacted };
}
