import type { DataSource, EntityManager } from 'typeorm';
import type { FieldProblem } from '../../common/errors/domain-error.js';
import type { ImportJob, ImportKind } from './import.entities.js';

/** Every candidate knows the row it came from (numbered as a spreadsheet shows it: header = 1). */
export interface RowCandidate {
  row: number;
  /** Reported with the row, which is imported all the same (a firearm without a make). */
  warnings?: FieldProblem[];
}

/** A record already in the register that a candidate is the same as. */
export interface RegisterMatch {
  id: string;
  /** Set when an earlier chunk of this same import created it: then it is "duplicate of row N in this file". */
  importId: string | null;
  importRow: number | null;
}

/** What the register says of a chunk's candidates before anything is written. */
export interface ChunkCheck {
  /** Register records by candidate key (see ImportKindHandler.key). */
  matches: Map<string, RegisterMatch>;
  /** Rows refused for what the register holds (an unknown holder, a firearm not found…). */
  problems: Map<number, FieldProblem[]>;
}

export type ParsedRow<C> = { candidate: C } | { problems: FieldProblem[] };

/** The record a whole file belongs to, named when the import is requested. */
export interface ImportTarget {
  field: 'campaignId' | 'seizureId';
  required: boolean;
}

/** Reads one cell by field name: trimmed, undefined when empty or absent. */
export type CellReader = (field: string) => string | undefined;

/**
 * One kind of import: how its rows are read, checked against the register and
 * written. The runner owns everything else (the file, chunks, duplicates inside
 * the file, row errors, the resume point, progress, dry runs and all-or-nothing),
 * so a kind is its rules and its set-based writes, nothing more.
 */
export interface ImportKindHandler<C extends RowCandidate = RowCandidate, X = unknown> {
  readonly kind: ImportKind;
  /** Field → header names recognised in English, French and Spanish (compared folded: case, accents and punctuation ignored). */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  /** Fields whose column the file must have; the job fails at once without them. */
  readonly requiredColumns: readonly string[];
  /** What the duplicate report calls a record of this kind ("firearm", "holder"…). */
  readonly recordLabel: string;
  /** The campaign or seizure the job names, if this kind takes one. */
  readonly target: ImportTarget | null;

  /**
   * Loaded once per pass (reference data, the target campaign or seizure):
   * rows are then parsed without a query each. Throws ImportFileProblem when
   * the job cannot run at all (its seizure is missing…).
   */
  load(dataSource: DataSource, job: ImportJob, today: string): Promise<X>;

  /** Pure: a row to a candidate, or the problems that refuse it, with the API's own rules. */
  parse(row: number, cell: CellReader, context: X): ParsedRow<C>;

  /** The key two rows, or a row and a record, are the same by; a candidate always has one. */
  key(candidate: C): string;

  /** The field a duplicate is reported on. */
  duplicateField(candidate: C): string;

  /** Set-based: which candidates the register already holds, and which it refuses. */
  check(manager: EntityManager, job: ImportJob, candidates: C[], context: X): Promise<ChunkCheck>;

  /** Set-based writes of the accepted candidates, with their lifecycle events and audit entries. */
  write(manager: EntityManager, job: ImportJob, accepted: C[], context: X): Promise<void>;
}

/** The file as a whole cannot be imported (no usable header, no target): the job fails, no retry. */
export class ImportFileProblem extends Error {}
