import type { TraceCandidateDto } from '../search/queries';
import type { ReasonContext } from '../search/reasons';
import type { StoredCandidate } from './queries';

/** Look-alike characters the registry reads alike (src/modules/markings/serial.ts). */
const CONFUSABLES: Record<string, string> = { O: '0', I: '1', L: '1', S: '5', B: '8', Z: '2' };

/**
 * The serial of the request as the trace search keyed it: upper case, separators
 * dropped (wildcards kept), and folded (look-alikes read alike). The stored candidates
 * keep no criteria, so their reasons are worded from these.
 */
export function serialKeysOf(serial: string | null | undefined): ReasonContext['serialKeys'] {
  if (!serial) return undefined;
  const normalised = serial.toUpperCase().replace(/[^A-Z0-9?*]/g, '');
  if (!normalised) return undefined;
  return { normalised, folded: [...normalised].map((ch) => CONFUSABLES[ch] ?? ch).join(''), wildcards: /[?*]/.test(normalised) };
}

/** A candidate stored on an incoming request, in the shape the search screen's reason words read. */
export function asSearchCandidate(c: StoredCandidate): TraceCandidateDto {
  const keys = serialKeysOf(c.serialNumber);
  return {
    firearmId: c.firearmId,
    itemKind: 'firearm',
    score: c.score,
    reasons: c.reasons,
    alert: c.status === 'stolen' || c.status === 'lost' ? c.status : null,
    status: c.status,
    category: c.category,
    make: { asWritten: c.make, manufacturerCode: null },
    model: c.model,
    calibre: { asWritten: c.calibre, calibreCode: null },
    serialNumber: { asWritten: c.serialNumber, normalised: keys?.normalised ?? null, folded: keys?.folded ?? null },
    countryOfManufacture: null,
    yearOfManufacture: null,
    lastLegalHolder: null,
  };
}

/** A day picked in a form (YYYY-MM-DD) as the moment to send: today means now (the server's clock), an earlier day its noon UTC. */
export function momentOf(day: string, now: Date): string | undefined {
  if (!day || day >= now.toISOString().slice(0, 10)) return undefined;
  return `${day}T12:00:00Z`;
}
