import type { IntlShape } from 'react-intl';

/** A firearm as an officer names it in a list: make, model and serial. */
export function firearmLabel(intl: IntlShape, firearm: { make: { asWritten: string | null }; model: string | null; serialNumber: { asWritten: string | null } } | undefined): string {
  if (!firearm) return intl.formatMessage({ id: 'alerts.firearm.unknown', defaultMessage: 'the firearm' });
  const name = [firearm.make.asWritten, firearm.model].filter(Boolean).join(' ');
  const serial = firearm.serialNumber.asWritten ?? intl.formatMessage({ id: 'alerts.firearm.noSerial', defaultMessage: 'no serial' });
  return name ? `${name} · ${serial}` : serial;
}
