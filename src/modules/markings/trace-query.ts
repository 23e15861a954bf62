import type { SerialQuery } from './serial.js';

/**
 * The trace search as one SQL statement, built from resolved criteria. Kept apart
 * from the service so the plan test and the bench run exactly what the API runs.
 *
 * With a serial, candidates come from index-driven branches only (no scan of the
 * register): exact normalised serial (btree), folded serial (btree), partial serial
 * (pg_trgm GIN on serial_folded) and marking text (pg_trgm GIN on text_folded).
 * The other criteria then rank the candidates. Without a serial, the criteria
 * filter the register instead.
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

/** At most this many candidates per branch: beyond, the pattern is too loose to rank usefully. */
export const CANDIDATES_PER_BRANCH = 2000;

export interface TraceRow {
  id: string;
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

export function hasCriteria(c: TraceCriteria): boolean {
  return !!(c.serial || c.make || c.model || c.calibre || c.category || c.countryOfManufacture || c.importCountry || c.importYear !== null || c.yearFrom !== null || c.yearTo !== null);
}

export function buildTraceQuery(c: TraceCriteria, page: { limit: number; offset: number }): { sql: string; parameters: unknown[] } {
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
    const s = c.serial;
    const cap = CANDIDATES_PER_BRANCH;
    const branches: string[] = [];
    // Only the parameters a branch uses: PostgreSQL refuses an untyped, unused one.
    const folded = s.hasWildcards ? '' : $(s.folded);
    if (!s.hasWildcards) {
      const normalised = $(s.normalised);
      branches.push(`SELECT id, 'exact_serial', NULL::uuid, NULL::text, NULL::text FROM firearm WHERE serial_normalised = ${normalised}`);
      branches.push(`SELECT id, 'folded_serial', NULL::uuid, NULL::text, NULL::text FROM firearm WHERE serial_folded = ${folded} AND serial_normalised <> ${normalised}`);
    }
    // Wildcard patterns describe the whole serial; plain text may be any part of it.
    const serialLikeFolded = $(s.hasWildcards ? s.likeFolded : `%${s.likeFolded}%`);
    const serialLikeNormalised = $(s.hasWildcards ? s.likeNormalised : `%${s.likeNormalised}%`);
    branches.push(
      `(SELECT id, CASE WHEN serial_normalised LIKE ${serialLikeNormalised} THEN 'partial_serial' ELSE 'partial_folded_serial' END, NULL::uuid, NULL::text, NULL::text
          FROM firearm WHERE serial_folded LIKE ${serialLikeFolded}${s.hasWildcards ? '' : ` AND serial_folded <> ${folded}`} LIMIT ${cap})`,
    );
    // A mark's text holds more than the serial ("MADE IN SN 2024 ZC104522"): always a substring match.
    const markLikeFolded = $(`%${s.likeFolded}%`);
    const markLikeNormalised = $(`%${s.likeNormalised}%`);
    branches.push(
      `(SELECT firearm_id, CASE WHEN text_normalised LIKE ${markLikeNormalised} THEN 'marking_text' ELSE 'marking_text_folded' END, id, type, text_raw
          FROM marking WHERE text_folded LIKE ${markLikeFolded} AND firearm_id IS NOT NULL LIMIT ${cap})`,
    );
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

  const sql = `WITH ${candidates.trim()}
    SELECT s.*, count(*) OVER ()::int AS total, (count(*) FILTER (WHERE s.status IN ('stolen', 'lost')) OVER ())::int AS flagged
      FROM scored s
     ORDER BY s.score DESC, s.created_at DESC, s.id
     LIMIT ${$(page.limit)} OFFSET ${$(page.offset)}`;
  return { sql, parameters };
}
