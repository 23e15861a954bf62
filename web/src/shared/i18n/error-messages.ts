import { type IntlShape } from 'react-intl';
import { defineMessages } from './messages';
import type { Problem } from '../api/problem';

/**
 * One message per error code of src/common/errors/error-codes.ts (a test checks the
 * list), plus the client's own NETWORK_UNREACHABLE. Ids are `error.<CODE>`.
 */
export const errorMessages = defineMessages({
  VALIDATION_FAILED: { id: 'error.VALIDATION_FAILED', defaultMessage: 'Some fields are not valid; see the messages next to them.' },
  MALFORMED_JSON: { id: 'error.MALFORMED_JSON', defaultMessage: 'The request could not be read. Reload the page and try again.' },
  PAYLOAD_TOO_LARGE: { id: 'error.PAYLOAD_TOO_LARGE', defaultMessage: 'What you sent is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { id: 'error.UNSUPPORTED_MEDIA_TYPE', defaultMessage: 'This kind of file or content is not accepted.' },
  ROUTE_NOT_FOUND: { id: 'error.ROUTE_NOT_FOUND', defaultMessage: 'This page or service does not exist.' },
  METHOD_NOT_ALLOWED: { id: 'error.METHOD_NOT_ALLOWED', defaultMessage: 'This action is not possible here.' },
  INTERNAL_ERROR: { id: 'error.INTERNAL_ERROR', defaultMessage: 'Something went wrong on the server. Try again; if it persists, give the request id to your administrator.' },
  SERVICE_UNAVAILABLE: { id: 'error.SERVICE_UNAVAILABLE', defaultMessage: 'The registry is not available at the moment. Try again in a few minutes.' },
  TOO_MANY_REQUESTS: {
    id: 'error.TOO_MANY_REQUESTS',
    defaultMessage: '{seconds, select, none {Too many attempts. Wait a moment and try again.} other {Too many attempts. Try again in {seconds} seconds.}}',
  },
  NETWORK_UNREACHABLE: { id: 'error.NETWORK_UNREACHABLE', defaultMessage: 'The registry cannot be reached. Check your connection and try again.' },
  AUTHENTICATION_REQUIRED: { id: 'error.AUTHENTICATION_REQUIRED', defaultMessage: 'Sign in to continue.' },
  INVALID_TOKEN: { id: 'error.INVALID_TOKEN', defaultMessage: 'Your session has ended. Sign in again.' },
  INVALID_CREDENTIALS: { id: 'error.INVALID_CREDENTIALS', defaultMessage: 'The username or password is wrong.' },
  ACCOUNT_LOCKED: {
    id: 'error.ACCOUNT_LOCKED',
    defaultMessage: '{until, select, none {Too many failed sign-ins: the account is locked for a while.} other {Too many failed sign-ins: the account is locked until {until}.}} Ask an administrator if you need access sooner.',
  },
  ACCOUNT_DISABLED: { id: 'error.ACCOUNT_DISABLED', defaultMessage: 'This account is disabled. Ask an administrator.' },
  PASSWORD_CHANGE_REQUIRED: { id: 'error.PASSWORD_CHANGE_REQUIRED', defaultMessage: 'You must change your password before continuing.' },
  PERMISSION_DENIED: { id: 'error.PERMISSION_DENIED', defaultMessage: 'Your role does not allow this.' },
  INVALID_REFRESH_TOKEN: { id: 'error.INVALID_REFRESH_TOKEN', defaultMessage: 'Your session has ended. Sign in again.' },
  PASSWORD_POLICY_VIOLATION: { id: 'error.PASSWORD_POLICY_VIOLATION', defaultMessage: 'The new password does not meet the rules: at least 12 characters, not containing your username, different from the current one.' },
  USERNAME_TAKEN: { id: 'error.USERNAME_TAKEN', defaultMessage: 'This username is already taken.' },
  AGENCY_CODE_TAKEN: { id: 'error.AGENCY_CODE_TAKEN', defaultMessage: 'An agency with this code already exists.' },
  AGENCY_NOT_FOUND: { id: 'error.AGENCY_NOT_FOUND', defaultMessage: 'This agency does not exist.' },
  USER_NOT_FOUND: { id: 'error.USER_NOT_FOUND', defaultMessage: 'This user does not exist.' },
  LAST_ADMIN: { id: 'error.LAST_ADMIN', defaultMessage: 'This is the last administrator; the registry must keep at least one.' },
  AUDIT_VERIFICATION_NOT_FOUND: { id: 'error.AUDIT_VERIFICATION_NOT_FOUND', defaultMessage: 'This audit verification does not exist.' },
  UNKNOWN_REFERENCE_CODE: { id: 'error.UNKNOWN_REFERENCE_CODE', defaultMessage: 'A code is not in the reference lists.' },
  REFERENCE_CODE_TAKEN: { id: 'error.REFERENCE_CODE_TAKEN', defaultMessage: 'This reference code already exists.' },
  REFERENCE_NOT_FOUND: { id: 'error.REFERENCE_NOT_FOUND', defaultMessage: 'This reference entry does not exist.' },
  ALIAS_CONFLICT: { id: 'error.ALIAS_CONFLICT', defaultMessage: 'This alias already belongs to another entry.' },
  RETENTION_BELOW_MINIMUM: { id: 'error.RETENTION_BELOW_MINIMUM', defaultMessage: 'The retention period is below the legal minimum.' },
  FIREARM_NOT_FOUND: { id: 'error.FIREARM_NOT_FOUND', defaultMessage: 'This firearm is not in the registry.' },
  HOLDER_NOT_FOUND: { id: 'error.HOLDER_NOT_FOUND', defaultMessage: 'This holder is not in the registry.' },
  LICENCE_NOT_FOUND: { id: 'error.LICENCE_NOT_FOUND', defaultMessage: 'This licence is not in the registry.' },
  AMMUNITION_LOT_NOT_FOUND: { id: 'error.AMMUNITION_LOT_NOT_FOUND', defaultMessage: 'This ammunition lot is not in the registry.' },
  LICENCE_NUMBER_TAKEN: { id: 'error.LICENCE_NUMBER_TAKEN', defaultMessage: 'A licence with this number already exists.' },
  INVALID_LIFECYCLE_TRANSITION: { id: 'error.INVALID_LIFECYCLE_TRANSITION', defaultMessage: 'This event is not possible in the firearm’s current status.' },
  LICENCE_EXPIRED: { id: 'error.LICENCE_EXPIRED', defaultMessage: 'The licence has expired.' },
  LICENCE_NOT_VALID: { id: 'error.LICENCE_NOT_VALID', defaultMessage: 'The licence is not valid.' },
  LICENCE_DOES_NOT_COVER: { id: 'error.LICENCE_DOES_NOT_COVER', defaultMessage: 'The licence does not cover this firearm.' },
  EVENT_DETAILS_MISSING: { id: 'error.EVENT_DETAILS_MISSING', defaultMessage: 'Details required for this event are missing.' },
  FIREARM_MERGED: { id: 'error.FIREARM_MERGED', defaultMessage: 'This record was merged into another one; open that record instead.' },
  MERGE_NOT_ALLOWED: { id: 'error.MERGE_NOT_ALLOWED', defaultMessage: 'These records cannot be merged.' },
  MARKING_NOT_FOUND: { id: 'error.MARKING_NOT_FOUND', defaultMessage: 'This marking does not exist.' },
  MARKING_CAMPAIGN_NOT_FOUND: { id: 'error.MARKING_CAMPAIGN_NOT_FOUND', defaultMessage: 'This marking campaign does not exist.' },
  MARKING_INVALID: { id: 'error.MARKING_INVALID', defaultMessage: 'The marking is not valid.' },
  INVALID_SERIAL_PATTERN: { id: 'error.INVALID_SERIAL_PATTERN', defaultMessage: 'The serial cannot be searched as typed.' },
  TRACE_CRITERIA_MISSING: { id: 'error.TRACE_CRITERIA_MISSING', defaultMessage: 'Enter a serial or at least one other criterion.' },
  SEIZURE_NOT_FOUND: { id: 'error.SEIZURE_NOT_FOUND', defaultMessage: 'This seizure does not exist.' },
  SEIZURE_ITEM_NOT_FOUND: { id: 'error.SEIZURE_ITEM_NOT_FOUND', defaultMessage: 'This seized item does not exist.' },
  STORAGE_FACILITY_NOT_FOUND: { id: 'error.STORAGE_FACILITY_NOT_FOUND', defaultMessage: 'This storage facility does not exist.' },
  HIT_ALERT_NOT_FOUND: { id: 'error.HIT_ALERT_NOT_FOUND', defaultMessage: 'This alert does not exist.' },
  SEIZURE_REFERENCE_TAKEN: { id: 'error.SEIZURE_REFERENCE_TAKEN', defaultMessage: 'A seizure with this reference already exists.' },
  STORAGE_FACILITY_CODE_TAKEN: { id: 'error.STORAGE_FACILITY_CODE_TAKEN', defaultMessage: 'A storage facility with this code already exists.' },
  FIREARM_ALREADY_IN_SEIZURE: { id: 'error.FIREARM_ALREADY_IN_SEIZURE', defaultMessage: 'This firearm is already part of this seizure.' },
  ITEM_NOT_IN_CUSTODY: { id: 'error.ITEM_NOT_IN_CUSTODY', defaultMessage: 'This item is not in custody.' },
  ITEM_ALREADY_DISPOSED: { id: 'error.ITEM_ALREADY_DISPOSED', defaultMessage: 'This item has already been disposed of.' },
  CUSTODY_NOT_HELD: { id: 'error.CUSTODY_NOT_HELD', defaultMessage: 'Your agency does not hold custody of this item.' },
  CUSTODY_STEP_INVALID: { id: 'error.CUSTODY_STEP_INVALID', defaultMessage: 'This custody step is not valid.' },
  DISPOSAL_DETAILS_MISSING: { id: 'error.DISPOSAL_DETAILS_MISSING', defaultMessage: 'Details required for the disposal are missing.' },
  HIT_ALERT_NOT_ADDRESSED_TO_YOU: { id: 'error.HIT_ALERT_NOT_ADDRESSED_TO_YOU', defaultMessage: 'This alert is addressed to another agency.' },
  HIT_ALERT_ALREADY_ACKNOWLEDGED: { id: 'error.HIT_ALERT_ALREADY_ACKNOWLEDGED', defaultMessage: 'This alert has already been acknowledged.' },
  TRADE_LICENCE_NOT_FOUND: { id: 'error.TRADE_LICENCE_NOT_FOUND', defaultMessage: 'This trade licence does not exist.' },
  SHIPMENT_NOT_FOUND: { id: 'error.SHIPMENT_NOT_FOUND', defaultMessage: 'This shipment does not exist.' },
  SHIPMENT_ITEM_NOT_FOUND: { id: 'error.SHIPMENT_ITEM_NOT_FOUND', defaultMessage: 'This shipment item does not exist.' },
  DOMESTIC_TRANSFER_NOT_FOUND: { id: 'error.DOMESTIC_TRANSFER_NOT_FOUND', defaultMessage: 'This transfer does not exist.' },
  TRADE_LICENCE_NUMBER_TAKEN: { id: 'error.TRADE_LICENCE_NUMBER_TAKEN', defaultMessage: 'A trade licence with this number already exists.' },
  TRADE_LICENCE_EXPIRED: { id: 'error.TRADE_LICENCE_EXPIRED', defaultMessage: 'The trade licence has expired.' },
  TRADE_LICENCE_REVOKED: { id: 'error.TRADE_LICENCE_REVOKED', defaultMessage: 'The trade licence has been revoked.' },
  TRADE_LICENCE_NOT_YET_VALID: { id: 'error.TRADE_LICENCE_NOT_YET_VALID', defaultMessage: 'The trade licence is not valid yet.' },
  LICENCE_QUANTITY_EXCEEDED: { id: 'error.LICENCE_QUANTITY_EXCEEDED', defaultMessage: 'The quantity exceeds what the licence allows.' },
  ITEM_NOT_AUTHORISED: { id: 'error.ITEM_NOT_AUTHORISED', defaultMessage: 'This item is not authorised by the licence.' },
  IMPORT_LICENCE_REFERENCE_REQUIRED: { id: 'error.IMPORT_LICENCE_REFERENCE_REQUIRED', defaultMessage: 'The importing country’s licence reference is required.' },
  IMPORT_LICENCE_REFERENCE_MISMATCH: { id: 'error.IMPORT_LICENCE_REFERENCE_MISMATCH', defaultMessage: 'The import licence reference does not match.' },
  IMPORT_LICENCE_REFERENCE_INVALID: { id: 'error.IMPORT_LICENCE_REFERENCE_INVALID', defaultMessage: 'The import licence reference is not valid.' },
  SHIPMENT_ITEM_INVALID: { id: 'error.SHIPMENT_ITEM_INVALID', defaultMessage: 'A shipment item is not valid.' },
  EXPORTER_NOT_HOLDER: { id: 'error.EXPORTER_NOT_HOLDER', defaultMessage: 'The exporter does not hold this firearm.' },
  ITEM_ALREADY_RECEIVED: { id: 'error.ITEM_ALREADY_RECEIVED', defaultMessage: 'This item has already been received.' },
  RECEIPT_REQUIRED: { id: 'error.RECEIPT_REQUIRED', defaultMessage: 'The receipt must be recorded first.' },
  SELLER_NOT_CURRENT_HOLDER: { id: 'error.SELLER_NOT_CURRENT_HOLDER', defaultMessage: 'The seller is not the current holder.' },
  STATE_TRANSFER_MARKING_REQUIRED: { id: 'error.STATE_TRANSFER_MARKING_REQUIRED', defaultMessage: 'A transfer from state stocks needs a marking.' },
  TRANSFER_PARTIES_INVALID: { id: 'error.TRANSFER_PARTIES_INVALID', defaultMessage: 'The parties to the transfer are not valid.' },
  TRANSFER_NOT_PENDING: { id: 'error.TRANSFER_NOT_PENDING', defaultMessage: 'This transfer is no longer pending.' },
  TRANSFER_ALREADY_PENDING: { id: 'error.TRANSFER_ALREADY_PENDING', defaultMessage: 'A transfer of this firearm is already pending.' },
  IMPORT_NOT_FOUND: { id: 'error.IMPORT_NOT_FOUND', defaultMessage: 'This import does not exist.' },
  IMPORT_NOT_CANCELLABLE: { id: 'error.IMPORT_NOT_CANCELLABLE', defaultMessage: 'This import can no longer be cancelled.' },
  IMPORT_FILE_MISSING: { id: 'error.IMPORT_FILE_MISSING', defaultMessage: 'Choose a file to import.' },
  IMPORT_FILE_EMPTY: { id: 'error.IMPORT_FILE_EMPTY', defaultMessage: 'The file is empty.' },
  TRACE_REQUEST_NOT_FOUND: { id: 'error.TRACE_REQUEST_NOT_FOUND', defaultMessage: 'This tracing request does not exist.' },
  TRACE_REQUEST_REFERENCE_TAKEN: { id: 'error.TRACE_REQUEST_REFERENCE_TAKEN', defaultMessage: 'A tracing request with this reference already exists.' },
  INVALID_TRACE_STATUS_TRANSITION: { id: 'error.INVALID_TRACE_STATUS_TRANSITION', defaultMessage: 'This step is not possible in the request’s current status.' },
  TRACE_REQUEST_DIRECTION_MISMATCH: { id: 'error.TRACE_REQUEST_DIRECTION_MISMATCH', defaultMessage: 'This action does not apply to a request in this direction.' },
  TRACE_MATCH_NOT_CONFIRMED: { id: 'error.TRACE_MATCH_NOT_CONFIRMED', defaultMessage: 'Confirm the matching firearm first.' },
  TRACE_OUTCOME_INVALID: { id: 'error.TRACE_OUTCOME_INVALID', defaultMessage: 'The outcome of the trace is not valid.' },
  TRACE_REQUEST_NOT_EDITABLE: { id: 'error.TRACE_REQUEST_NOT_EDITABLE', defaultMessage: 'This tracing request can no longer be changed.' },
  IAFQ_TABLE_NOT_FOUND: { id: 'error.IAFQ_TABLE_NOT_FOUND', defaultMessage: 'This IAFQ table does not exist.' },
});

export type KnownErrorCode = keyof typeof errorMessages;

export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return Object.hasOwn(errorMessages, code);
}

/** The one place an API problem becomes words in the user's language. */
export function describeProblem(intl: IntlShape, problem: Problem): string {
  const code: KnownErrorCode = isKnownErrorCode(problem.code) ? problem.code : 'INTERNAL_ERROR';
  const values: Record<string, string | number> = {
    seconds: problem.retryAfterSeconds ?? 'none',
    until: problem.lockedUntil ? intl.formatTime(problem.lockedUntil, { hour: '2-digit', minute: '2-digit' }) : 'none',
  };
  return intl.formatMessage(errorMessages[code], values);
}
