import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createIntl, type IntlShape } from 'react-intl';

/** An IntlShape with a locale's source messages (parsed at run time; the app ships them precompiled). */
export function intlFor(locale: 'en' | 'fr' | 'es'): IntlShape {
  const messages = JSON.parse(readFileSync(path.join(import.meta.dirname, '../shared/i18n/locales', `${locale}.json`), 'utf8')) as Record<string, string>;
  return createIntl({ locale, messages, onError: (error) => { throw error; } });
}
