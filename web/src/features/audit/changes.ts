/** The part of an audit entry that says what changed (AuditEntryResponse). */
export interface ChangeSource {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  redacted: string[];
}

export interface FieldChange {
  field: string;
  /** Absent when the entry records no earlier value (a creation, a value first set). */
  before?: unknown;
  after?: unknown;
  /** The API withheld the value: it concerns a person and the reader lacks holder.personal_data. */
  restricted: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Field by field, what the entry recorded: before -> after for a change, the value
 * alone where only one side exists. Unchanged fields and empty first values are left
 * out (a creation lists what was set, not the dozens of empty fields).
 */
export function changesOf(entry: ChangeSource): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const inBefore = Object.hasOwn(before, field);
    const inAfter = Object.hasOwn(after, field);
    const restricted = entry.redacted.includes(`before.${field}`) || entry.redacted.includes(`after.${field}`);
    if (inBefore && inAfter && same(before[field], after[field]) && !restricted) continue;
    if (!inBefore && (after[field] === null || after[field] === undefined)) continue;
    changes.push({ field, ...(inBefore ? { before: before[field] } : {}), ...(inAfter ? { after: after[field] } : {}), restricted });
  }
  return changes;
}
