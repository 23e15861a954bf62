/**
 * Synthetic register for the trace bench and the query-plan test: firearms with
 * serial formats of several manufacturers, and import markings on a third of them.
 * Generated inside PostgreSQL (generate_series + md5 of the row number), so a
 * million rows never cross the wire; the normalised and folded keys are computed
 * with SQL that matches normaliseSerial/foldSerial for these ASCII serials.
 */

/** Share of each format, out of 10 rows (row number modulo 10). */
export const SERIAL_FORMATS = [
  { slots: [0, 1], maker: 'glock', category: 'pistol', example: 'ABC123 / ABC-123' },
  { slots: [2, 3], maker: 'izhmash', category: 'assault_rifle', example: '87 123456 (year prefix)' },
  { slots: [4], maker: 'zastava', category: 'assault_rifle', example: '1991 12345 (year prefix)' },
  { slots: [5, 6], maker: 'beretta', category: 'pistol', example: 'PX12345 / PX 12345' },
  { slots: [7, 8], maker: 'norinco', category: 'rifle', example: '56012345 (numeric)' },
  { slots: [9], maker: 'norinco', category: 'pistol', example: 'SO12O345 (O/I/S/B/L/Z confusables)' },
] as const;

const NORMALISED = (raw: string) => `upper(regexp_replace(${raw}, '[^A-Za-z0-9]', '', 'g'))`;
const FOLD = (normalised: string) => `translate(${normalised}, 'OILSBZ', '011582')`;

/**
 * INSERT … SELECT FROM generate_series for rows [$1, $2]; $3 is the registering agency.
 * Row i always gets the same serial, so the bench can be re-run and compared.
 * OFFSET 0 keeps each derived column computed once per row: without it the planner
 * pulls the subqueries up and repeats md5 for every byte read and the serial CASE for
 * every use of it (about four times the cost of the insert itself).
 */
export function insertFirearmsSql(): string {
  const byte = (k: number) => `get_byte(h, ${k})`;
  const letter = (k: number) => `chr(65 + ${byte(k)} % 26)`;
  const confusable = (k: number) => `substr('OISBLZ', 1 + ${byte(k)} % 6, 1)`;
  const digits = (n: number, k: number) => `lpad(((${byte(k)} * 65536 + ${byte(k + 1)} * 256 + ${byte(k + 2)}) % ${10 ** n})::text, ${n}, '0')`;
  const raw = `CASE
      WHEN i % 10 IN (0, 1) THEN ${letter(0)} || ${letter(1)} || ${letter(2)} || CASE WHEN ${byte(15)} % 4 = 0 THEN '-' ELSE '' END || ${digits(3, 3)}
      WHEN i % 10 IN (2, 3) THEN lpad((70 + ${byte(0)} % 30)::text, 2, '0') || ' ' || ${digits(6, 3)}
      WHEN i % 10 = 4 THEN (1970 + ${byte(0)} % 40)::text || ' ' || ${digits(5, 3)}
      WHEN i % 10 IN (5, 6) THEN 'PX' || CASE WHEN ${byte(15)} % 3 = 0 THEN ' ' ELSE '' END || ${digits(5, 3)}
      WHEN i % 10 IN (7, 8) THEN ${digits(8, 3)}
      ELSE ${confusable(0)} || ${confusable(1)} || ${digits(2, 3)} || ${confusable(2)} || ${digits(3, 6)}
    END`;
  const maker = `CASE WHEN i % 10 IN (0, 1) THEN 'glock' WHEN i % 10 IN (2, 3) THEN 'izhmash' WHEN i % 10 = 4 THEN 'zastava' WHEN i % 10 IN (5, 6) THEN 'beretta' ELSE 'norinco' END`;
  const makeText = `CASE WHEN i % 10 IN (0, 1) THEN 'Glock' WHEN i % 10 IN (2, 3) THEN 'Kalashnikov' WHEN i % 10 = 4 THEN 'Zastava Arms' WHEN i % 10 IN (5, 6) THEN 'Beretta' ELSE 'Norinco' END`;
  const category = `CASE WHEN i % 10 IN (0, 1, 5, 6, 9) THEN 'pistol' WHEN i % 10 IN (2, 3, 4) THEN 'assault_rifle' ELSE 'rifle' END`;
  const status = `CASE WHEN ${byte(14)} < 5 THEN 'stolen' WHEN ${byte(14)} < 8 THEN 'lost' ELSE 'registered' END`;
  return `
    INSERT INTO firearm (id, item_kind, category_code, make_text, manufacturer_code, serial_raw, serial_normalised, serial_folded,
                         year_of_manufacture, origin, status, registering_agency_id, version, created_at, updated_at)
    SELECT gen_random_uuid(), 'firearm', ${category}, ${makeText}, ${maker}, raw, normalised, ${FOLD('normalised')},
           1960 + ${byte(13)} % 60, 'industrial', ${status}, $3::uuid, 1, now(), now()
      FROM (SELECT i, h, raw, ${NORMALISED('raw')} AS normalised
              FROM (SELECT i, h, ${raw} AS raw
                      FROM (SELECT i, decode(md5(i::text), 'hex') AS h FROM generate_series($1::int, $2::int) AS i OFFSET 0) s
                    OFFSET 0) r
            OFFSET 0) g`;
}

/** Import markings on a third of the firearms created after $1: "SN <year code> <serial>". */
export function insertImportMarkingsSql(): string {
  return `
    INSERT INTO marking (id, firearm_id, type, text_raw, text_normalised, text_folded, method, legibility, import_country, import_year, recorded_at)
    SELECT gen_random_uuid(), id, 'import', text, normalised, ${FOLD('normalised')}, 'laser', 'intact', 'SN', 2000 + year_code, now()
      FROM (SELECT id, year_code, text, ${NORMALISED('text')} AS normalised
              FROM (SELECT id, h % 25 AS year_code, 'SN ' || lpad((h % 25)::text, 2, '0') || ' ' || serial_raw AS text
                      FROM (SELECT id, serial_raw, abs(hashtext(id::text)) AS h FROM firearm WHERE created_at >= $1 OFFSET 0) f
                     WHERE h % 3 = 0
                    OFFSET 0) t
            OFFSET 0) m`;
}
