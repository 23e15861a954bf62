/**
 * Every stable error code and its HTTP status, in one table so that a code cannot
 * exist without a status (the type of ErrorCode is derived from the table).
 * Modules add their own block; the problem filter maps through it.
 */
const COMMON = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  TOO_MANY_REQUESTS: 429,
  RECORD_NOT_FOUND: 404,
} as const;

const IDENTITY = {
  AUTHENTICATION_REQUIRED: 401,
  INVALID_TOKEN: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  PERMISSION_DENIED: 403,
  INVALID_REFRESH_TOKEN: 401,
  PASSWORD_POLICY_VIOLATION: 422,
  USERNAME_TAKEN: 409,
  AGENCY_CODE_TAKEN: 409,
  AGENCY_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  LAST_ADMIN: 409,
} as const;

const AUDIT = {
  AUDIT_VERIFICATION_NOT_FOUND: 404,
} as const;

const REFERENCE = {
  UNKNOWN_REFERENCE_CODE: 422,
  REFERENCE_CODE_TAKEN: 409,
  REFERENCE_NOT_FOUND: 404,
  ALIAS_CONFLICT: 409,
  RETENTION_BELOW_MINIMUM: 422,
} as const;

const REGISTER = {
  FIREARM_NOT_FOUND: 404,
  HOLDER_NOT_FOUND: 404,
  LICENCE_NOT_FOUND: 404,
  AMMUNITION_LOT_NOT_FOUND: 404,
  LICENCE_NUMBER_TAKEN: 409,
  INVALID_LIFECYCLE_TRANSITION: 409,
  LICENCE_EXPIRED: 409,
  LICENCE_NOT_VALID: 409,
  LICENCE_DOES_NOT_COVER: 409,
  HOLDER_REQUIRED: 422,
  EVENT_DETAILS_MISSING: 422,
  FIREARM_MERGED: 409,
  MERGE_NOT_ALLOWED: 409,
  STALE_VERSION: 409,
} as const;

const MARKINGS = {
  MARKING_NOT_FOUND: 404,
  MARKING_CAMPAIGN_NOT_FOUND: 404,
  MARKING_INVALID: 422,
  INVALID_SERIAL_PATTERN: 400,
  TRACE_CRITERIA_MISSING: 400,
} as const;

export const ERROR_STATUS = { ...COMMON, ...IDENTITY, ...AUDIT, ...REFERENCE, ...REGISTER, ...MARKINGS } as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Titles are the generic, translatable meaning of the code; details are per case. */
export function titleOf(code: ErrorCode): string {
  const words = code.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
