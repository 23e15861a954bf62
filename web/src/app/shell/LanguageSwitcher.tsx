import { NativeSelect } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { isLocale, type Locale } from '../../shared/i18n/locale';

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
const NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };

export function LanguageSwitcher() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'shell.language', defaultMessage: 'Language' })}
      value={locale}
      onChange={(event) => isLocale(event.currentTarget.value) && setLocale(event.currentTarget.value)}
      data={(Object.keys(NAMES) as Locale[]).map((value) => ({ value, label: NAMES[value] }))}
      size="xs"
      w={120}
      data-untranslated="language names"
    />
  );
}
