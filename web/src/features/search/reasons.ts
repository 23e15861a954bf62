import { type IntlShape } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';
import type { TraceCandidateDto, TraceReasonDto } from './queries';

const m = defineMessages({
  exact_serial: { id: 'search.reason.exact_serial', defaultMessage: 'serial {serial} matches, ignoring separators and case' },
  raw_serial: { id: 'search.reason.raw_serial', defaultMessage: 'serial written exactly as searched' },
  folded_serial: { id: 'search.reason.folded_serial', defaultMessage: 'serial matches when {readings}' },
  folded_serial_generic: { id: 'search.reason.folded_serial.generic', defaultMessage: 'serial matches when look-alike characters are read alike (O and 0, I and 1…)' },
  reading: { id: 'search.reason.reading', defaultMessage: '{typed} is read as {stored}' },
  partial_serial: { id: 'search.reason.partial_serial', defaultMessage: 'serial {serial} contains {fragment}' },
  partial_serial_pattern: { id: 'search.reason.partial_serial.pattern', defaultMessage: 'serial {serial} fits the pattern {fragment}' },
  partial_folded_serial: { id: 'search.reason.partial_folded_serial', defaultMessage: 'serial {serial} contains {fragment} when look-alike characters are read alike' },
  partial_folded_serial_pattern: { id: 'search.reason.partial_folded_serial.pattern', defaultMessage: 'serial {serial} fits the pattern {fragment} when look-alike characters are read alike' },
  marking_text: { id: 'search.reason.marking_text', defaultMessage: 'a marking contains {fragment}' },
  marking_text_folded: { id: 'search.reason.marking_text_folded', defaultMessage: 'a marking contains {fragment} when look-alike characters are read alike' },
  make: { id: 'search.reason.make', defaultMessage: 'make {make}' },
  make_alias: { id: 'search.reason.make_alias', defaultMessage: 'make alias {make}' },
  model: { id: 'search.reason.model', defaultMessage: 'model {model}' },
  calibre: { id: 'search.reason.calibre', defaultMessage: 'calibre {calibre}' },
  category: { id: 'search.reason.category', defaultMessage: 'category {category}' },
  country_of_manufacture: { id: 'search.reason.country_of_manufacture', defaultMessage: 'made in {country}' },
  import_marking: { id: 'search.reason.import_marking', defaultMessage: 'import marking matches' },
  year_of_manufacture: { id: 'search.reason.year_of_manufacture', defaultMessage: 'made in {year}' },
  other: { id: 'search.reason.other', defaultMessage: 'other match ({code})' },
});

/** Look-alike characters the registry reads alike (src/modules/markings/serial.ts). */
const CONFUSABLES: Record<string, string> = { O: '0', I: '1', L: '1', S: '5', B: '8', Z: '2' };
const fold = (ch: string) => CONFUSABLES[ch] ?? ch;

/**
 * Where the serial searched and the one recorded differ by look-alike characters only,
 * the pairs that differ ("O" typed, "0" recorded), each once, in order.
 */
export function confusedReadings(searched: string, recorded: string): { typed: string; stored: string }[] {
  const a = [...searched];
  const b = [...recorded];
  if (a.length !== b.length) return [];
  const pairs: { typed: string; stored: string }[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (fold(a[i]) !== fold(b[i])) return [];
    if (!pairs.some((p) => p.typed === a[i] && p.stored === b[i])) pairs.push({ typed: a[i], stored: b[i] });
  }
  return pairs;
}

export interface ReasonContext {
  /** The searched serial, normalised and folded, from the answer's criteria. */
  serialKeys?: { normalised: string; folded: string; wildcards: boolean };
  countryName: (alpha2: string) => string;
  categoryName: (code: string) => string;
}

/** A reason code and the candidate, in the user's words. */
export function reasonWords(intl: IntlShape, reason: TraceReasonDto, candidate: TraceCandidateDto, context: ReasonContext): string {
  const serial = candidate.serialNumber.asWritten ?? candidate.serialNumber.normalised ?? '';
  const keys = context.serialKeys;
  const pattern = keys?.wildcards ?? false;
  switch (reason.code) {
    case 'exact_serial':
      return intl.formatMessage(m.exact_serial, { serial });
    case 'raw_serial':
      return intl.formatMessage(m.raw_serial);
    case 'folded_serial': {
      const readings = keys && candidate.serialNumber.normalised ? confusedReadings(keys.normalised, candidate.serialNumber.normalised) : [];
      if (readings.length === 0) return intl.formatMessage(m.folded_serial_generic);
      return intl.formatMessage(m.folded_serial, { readings: intl.formatList(readings.map((r) => intl.formatMessage(m.reading, r)), { type: 'conjunction' }) });
    }
    case 'partial_serial':
      return intl.formatMessage(pattern ? m.partial_serial_pattern : m.partial_serial, { serial, fragment: keys?.normalised ?? '' });
    case 'partial_folded_serial':
      return intl.formatMessage(pattern ? m.partial_folded_serial_pattern : m.partial_folded_serial, { serial, fragment: keys?.folded ?? '' });
    case 'marking_text':
      return intl.formatMessage(m.marking_text, { fragment: keys?.normalised ?? '' });
    case 'marking_text_folded':
      return intl.formatMessage(m.marking_text_folded, { fragment: keys?.folded ?? '' });
    case 'make':
    case 'make_alias':
      return intl.formatMessage(m[reason.code], { make: candidate.make.asWritten ?? candidate.make.manufacturerCode ?? '' });
    case 'model':
      return intl.formatMessage(m.model, { model: candidate.model ?? '' });
    case 'calibre':
      return intl.formatMessage(m.calibre, { calibre: candidate.calibre.asWritten ?? candidate.calibre.calibreCode ?? '' });
    case 'category':
      return intl.formatMessage(m.category, { category: candidate.category ? context.categoryName(candidate.category) : '' });
    case 'country_of_manufacture':
      return intl.formatMessage(m.country_of_manufacture, { country: candidate.countryOfManufacture ? context.countryName(candidate.countryOfManufacture) : '' });
    case 'import_marking':
      return intl.formatMessage(m.import_marking);
    case 'year_of_manufacture':
      return intl.formatMessage(m.year_of_manufacture, { year: String(candidate.yearOfManufacture ?? '') });
    default:
      return intl.formatMessage(m.other, { code: reason.code });
  }
}
