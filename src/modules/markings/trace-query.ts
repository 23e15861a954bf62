import type { Holder } from '../holders/holder.entities.js';
import { containsRefusal, type SerialQuery } from './serial.js';

/**
 * The trace search as SQL statements built from resolved criteria. Kept apart from
 * the service so the plan test and the bench run exactly what the API runs.
 *
 * With a serial, candidates come from index-driven branches only (no scan of the
 * register), chosen by the serial search mode:
 *   - exact: normalised serial (btree), folded serial (btree), and markings whose
 *     folded text is the folded serial (btree);
 *   - contains: the exact branches, plus serials and marking texts containing the
 *     text (pg_trgm GIN on firearm.serial_folded and marking.text_folded);
 *   - pattern: a pattern with `?` / `*` over the whole serial, and over any part of
 *     a marking's text (pg_trgm).
 * The other criteria then rank the candidates. Without a serial, the criteria filter
 * the register instead.
 */
export interface TraceCriteria {
  serial: SerialQuery | null;
  /** make as typed, and the manufacturer it resolved to through the aliases (if any). */
  make: { text: string; code: string | null } | null;
  model: string | null;
  calibre: { text: string; code: string | null } | null;
  category: string | null;
  countryOfManufacture: string | null;
  importCountry: string | null;
  importYear: number | null;
  yearFrom: number | null;
  yearTo: number | null;
}

/** Serial tiers, 10 points apart; criteria add at most 9, so a tier always outranks the one below. */
export const SERIAL_POINTS = {
  exact_serial: 100,
  folded_serial: 90,
  partial_serial: 80,
  partial_folded_serial: 70,
  marking_text: 60,
  marking_text_folded: 50,
} as const;
export type SerialReason = keyof typeof SERIAL_POINTS;

export const CRITERION_POINTS = { make: 3, model: 1, calibre: 1, category: 1, country_of_manufacture: 1, import_marking: 1, year_of_manufacture: 1 } as const;
export type Criterion = keyof typeof CRITERION_POINTS;

/** At most this many candidates per trigram branch (and in all without a serial): beyond, the search is too loose to rank usefully. */
export const CANDIDATES_PER_BRANCH = 2000;

/**
 * What the officer asks for: `auto` (the default) looks for the serial itself first,
 * and widens to serials and markings containing the text only when that finds
 * nothing; `contains` runs both at once, for an investigator who wants every candidate.
 */
export const SERIAL_MATCHES = ['auto', 'contains'] as const;
export type SerialMatch = (typeof SERIAL_MATCHES)[number];

/** What one statement searches; a wildcard pattern is always a `pattern` search. */
export type SerialSearchMode = 'exact' | 'contains' | 'pattern';

/**
 * The statements to run for a serial, in order; each after the first runs only when
 * the one before found no candidate at all.
 */
export function serialSearchStages(serial: SerialQuery, match: SerialMatch): SerialSearchMode[] {
  if (serial.hasWildcards) return ['pattern'];
  // Too few known characters to search as a substring: the exact serial only (an explicit "contains" is refused earlier).
  if (containsRefusal(serial)) return ['exact'];
  return match === 'contains' ? ['contains'] : ['exact', 'contains'];
}

/**
 * One row per candidate of the page, each carrying the totals; past the last page
 * (or with no candidate) a single row with the totals and every other column null.
 */
export interface TraceRow {
  id: string | null;
  item_kind: string;
  category_code: string | null;
  make_text: string | null;
  manufacturer_code: string | null;
  model: string | null;
  calibre_text: string | null;
  calibre_code: string | null;
  serial_raw: string | null;
  serial_normalised: string | null;
  serial_folded: string | null;
  country_of_manufacture: string | null;
  year_of_manufacture: number | null;
  status: string;
  holder_id: string | null;
  holder_kind: Holder['kind'] | null;
  holder_family_name: string | null;
  holder_given_names: string | null;
  holder_legal_name: string | null;
  holder_organisation_type: Holder['organisationType'];
  serial_points: number;
  serial_hits: { reason: SerialReason; markingId: string | null; markingType: string | null; markingText: string | null }[];
  hits: Record<Criterion, boolean>;
  score: number;
  total: number;
  flagged: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export interface TraceStatement {
  sql: string;
  parameters: unknown[];
  /**
   * The right plan does not depend on the values (equality on btree keys only), so the
   * statement may run prepared, its plan kept across executions. Trigram LIKE branches
   * and the criteria filters are planned for their values every time.
   */
  stablePlan: boolean;
}

/**
 * One statement: the candidates (from the serial branches of `mode`, or, without a
 * serial, `mode` null, from the register filtered by the criteria), ranked, one page of
 * them with their last legal holder, and the totals.
 */
export function buildTraceQuery(c: TraceCriteria, page: { limit: number; offset: number }, mode: SerialSearchMode | null): TraceStatement {
  if (!c.serial !== (mode === null)) throw new Error(c.serial ? 'A serial search needs its mode' : 'Without a serial there is no serial search mode');
  const parameters: unknown[] = [];
  const $ = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };

  // Each criterion as a boolean over firearm f.
  const criteria: [Criterion, string][] = [];
  if (c.make) {
    const byText = `(f.manufacturer_code IS NULL AND lower(f.make_text) = lower(${$(c.make.text)}))`;
    criteria.push(['make', c.make.code ? `(f.manufacturer_code = ${$(c.make.code)} OR ${byText})` : byText]);
  }
  if (c.model) criteria.push(['model', `f.model ILIKE ${$(`%${escapeLike(c.model)}%`)}`]);
  if (c.calibre) {
    const byText = `lower(f.calibre_text) = lower(${$(c.calibre.text)})`;
    criteria.push(['calibre', c.calibre.code ? `(f.calibre_code = ${$(c.calibre.code)} OR ${byText})` : byText]);
  }
  if (c.category) criteria.push(['category', `f.category_code = ${$(c.category)}`]);
  if (c.countryOfManufacture) criteria.push(['country_of_manufacture', `f.country_of_manufacture = ${$(c.countryOfManufacture)}`]);
  if (c.importCountry || c.importYear !== null) {
    const conditions = [`im.firearm_id = f.id`, `im.type = 'import'`];
    if (c.importCountry) conditions.push(`im.import_country = ${$(c.importCountry)}`);
    if (c.importYear !== null) conditions.push(`im.import_year = ${$(c.importYear)}`);
    criteria.push(['import_marking', `EXISTS (SELECT 1 FROM marking im WHERE ${conditions.join(' AND ')})`]);
  }
  if (c.yearFrom !== null || c.yearTo !== null) {
    const bounds = [];
    if (c.yearFrom !== null) bounds.push(`f.year_of_manufacture >= ${$(c.yearFrom)}`);
    if (c.yearTo !== null) bounds.push(`f.year_of_manufacture <= ${$(c.yearTo)}`);
    criteria.push(['year_of_manufacture', `(${bounds.join(' AND ')})`]);
  }

  const hitColumns = criteria.length ? criteria.map(([name, expr]) => `'${name}', coalesce(${expr}, false)`).join(', ') : '';
  const hits = criteria.length ? `jsonb_build_object(${hitColumns})` : `'{}'::jsonb`;
  const points = criteria.map(([name, expr]) => ` + CASE WHEN ${expr} THEN ${CRITERION_POINTS[name]} ELSE 0 END`).join('');
  const columns = `f.id, f.item_kind, f.category_code, f.make_text, f.manufacturer_code, f.model, f.calibre_text, f.calibre_code, f.serial_raw, f.serial_normalised,
          f.serial_folded, f.country_of_manufacture, f.year_of_manufacture, f.status, f.holder_id, f.created_at`;

  let candidates: string;
  if (c.serial) {
    const branches = serialBranches(c.serial, mode!, $);
    const tier = Object.entries(SERIAL_POINTS)
      .map(([reason, p]) => `WHEN '${reason}' THEN ${p}`)
      .join(' ');
    candidates = `
      hits (firearm_id, reason, marking_id, marking_type, marking_text) AS (${branches.join('\n        UNION ALL\n        ')}),
      matched AS (
        SELECT firearm_id, max(CASE reason ${tier} END) AS serial_points,
               jsonb_agg(jsonb_build_object('reason', reason, 'markingId', marking_id, 'markingType', marking_type, 'markingText', marking_text)
                         ORDER BY CASE reason ${tier} END DESC) AS serial_hits
          FROM hits GROUP BY firearm_id
      ),
      scored AS (
        SELECT ${columns}, m.serial_points, m.serial_hits, ${hits} AS hits, m.serial_points${points} AS score
          FROM matched m JOIN firearm f ON f.id = m.firearm_id
         WHERE f.merged_into_id IS NULL
      )`;
  } else {
    const where = criteria.map(([, expr]) => expr).join(' AND ');
    candidates = `
      scored AS (
        SELECT ${columns}, 0 AS serial_points, '[]'::jsonb AS serial_hits, ${hits} AS hits, 0${points} AS score
          FROM firearm f
         WHERE f.merged_into_id IS NULL AND ${where}
         ORDER BY f.created_at DESC, f.id
         LIMIT ${CANDIDATES_PER_BRANCH}
      )`;
  }

  // The totals come back even past the last page (a row of nulls with them), so no
  // second statement is needed to count, and `auto` can tell "nothing" from "no more".
  const sql = `WITH ${candidates.trim()},
      page AS (SELECT * FROM scored s ORDER BY s.score DESC, s.created_at DESC, s.id LIMIT ${$(page.limit)} OFFSET ${$(page.offset)})
    SELECT p.*, t.total, t.flagged,
           h.kind AS holder_kind, h.family_name AS holder_family_name, h.given_names AS holder_given_names,
           h.legal_name AS holder_legal_name, h.organisation_type AS holder_organisation_type
      FROM (SELECT count(*)::int AS total, (count(*) FILTER (WHERE status IN ('stolen', 'lost')))::int AS flagged FROM scored) t
      LEFT JOIN page p ON true
      LEFT JOIN holder h ON h.id = p.holder_id
     ORDER BY p.score DESC, p.created_at DESC, p.id`;
  // In exact mode the other criteria only score what the btree branches found: no plan choice on their values either.
  return { sql, parameters, stablePlan: mode === 'exact' };
}

/** The UNION ALL branches of `hits` for a serial: (firearm_id, reason, marking_id, marking_type, marking_text). */
function serialBranches(s: SerialQuery, mode: SerialSearchMode, $: (value: unknown) => string): string[] {
  if ((mode === 'pattern') !== s.hasWildcards) throw new Error(`A ${s.hasWildcards ? 'wildcard pattern' : 'plain serial'} cannot be searched in ${mode} mode`);
  const cap = CANDIDATES_PER_BRANCH;
  const branches: string[] = [];
  // Only the parameters a branch uses: PostgreSQL refuses an untyped, unused one.
  if (mode === 'pattern') {
    branches.push(
      `(SELECT id, CASE WHEN serial_normalised LIKE ${$(s.likeNormalised)} THEN 'partial_serial' ELSE 'partial_folded_serial' END, NULL::uuid, NULL::text, NULL::text
          FROM firearm WHERE serial_folded LIKE ${$(s.likeFolded)} LIMIT ${cap})`,
    );
  } else {
    // The serial itself, as normalised and once folded: uncapped, so no trigram cap can hide it.
    const normalised = $(s.normalised);
    const folded = $(s.folded);
    branches.push(`SELECT id, 'exact_serial', NULL::uuid, NULL::text, NULL::text FROM firearm WHERE serial_normalised = ${normalised}`);
    branches.push(`SELECT id, 'folded_serial', NULL::uuid, NULL::text, NULL::text FROM firearm WHERE serial_folded = ${folded} AND serial_normalised <> ${normalised}`);
    if (mode === 'exact') {
      branches.push(
        `SELECT firearm_id, CASE WHEN text_normalised = ${normalised} THEN 'marking_text' ELSE 'marking_text_folded' END, id, type, text_raw
           FROM marking WHERE text_folded = ${folded} AND firearm_id IS NOT NULL`,
      );
      return branches;
    }
    // contains: serials holding the text; those equal to it once folded came from the branches above.
    branches.push(
      `(SELECT id, CASE WHEN serial_normalised LIKE ${$(`%${s.likeNormalised}%`)} THEN 'partial_serial' ELSE 'partial_folded_serial' END, NULL::uuid, NULL::text, NULL::text
          FROM firearm WHERE serial_folded LIKE ${$(`%${s.likeFolded}%`)} AND serial_folded <> ${folded} LIMIT ${cap})`,
    );
  }
  // A mark's text holds more than the serial ("MADE IN SN 2024 ZC104522"): a substring match.
  branches.push(
    `(SELECT firearm_id, CASE WHEN text_normalised LIKE ${$(`%${s.likeNormalised}%`)} THEN 'marking_text' ELSE 'marking_text_folded' END, id, type, text_raw
        FROM marking WHERE text_folded LIKE ${$(`%${s.likeFolded}%`)} AND firearm_id IS NOT NULL LIMIT ${cap})`,
  );
  return branches;
}

export interface TraceOutcome {
  rows: TraceRow[];
  total: number;
  flagged: number;
  /** What was searched for the serial, null without one; `notWidened` says why an exact search was not widened. */
  serialSearch: { mode: SerialSearchMode; widened: boolean; notWidened?: string } | null;
}

/**
 * Runs the stages of the search with `query` (the API's pool or the bench's client,
 * each preparing the statements with a stable plan):
 * in `auto`, the exact statement, then the contains statement only when the exact one
 * found no candidate at all.
 */
export async function runTraceSearch(
  query: (statement: TraceStatement) => Promise<TraceRow[]>,
  c: TraceCriteria,
  match: SerialMatch,
  page: { limit: number; offset: number },
): Promise<TraceOutcome> {
  const stages: (SerialSearchMode | null)[] = c.serial ? serialSearchStages(c.serial, match) : [null];
  let outcome: TraceOutcome | null = null;
  for (const [i, mode] of stages.entries()) {
    const rows = await query(buildTraceQuery(c, page, mode));
    const total = rows[0]?.total ?? 0;
    const notWidened = mode === 'exact' && total === 0 && c.serial ? containsRefusal(c.serial) : null;
    outcome = { rows: rows.filter((r) => r.id !== null), total, flagged: rows[0]?.flagged ?? 0, serialSearch: mode ? { mode, widened: i > 0, ...(notWidened ? { notWidened } : {}) } : null };
    if (total > 0) break;
  }
  return outcome!;
}
