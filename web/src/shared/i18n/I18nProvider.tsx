import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { initialLocale, loadMessages, rememberLocale, type CompiledMessages, type Locale } from './locale';

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside I18nProvider');
  return value;
}

/**
 * Loads the chosen locale's compiled messages before rendering, remembers the choice
 * and keeps `<html lang>` in step so screen readers pronounce the page correctly.
 */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: { locale: Locale; messages: CompiledMessages } }) {
  const [state, setState] = useState<{ locale: Locale; messages: CompiledMessages } | null>(initial ?? null);
  const [wanted, setWanted] = useState<Locale>(initial?.locale ?? initialLocale());

  useEffect(() => {
    if (state?.locale === wanted) return;
    let cancelled = false;
    void loadMessages(wanted).then((messages) => {
      if (!cancelled) setState({ locale: wanted, messages });
    });
    return () => {
      cancelled = true;
    };
  }, [wanted, state?.locale]);

  useEffect(() => {
    if (state) document.documentElement.lang = state.locale;
  }, [state]);

  const setLocale = useCallback((locale: Locale) => {
    rememberLocale(locale);
    setWanted(locale);
  }, []);
  const context = useMemo(() => (state ? { locale: state.locale, setLocale } : null), [state, setLocale]);

  if (!state || !context) return null;
  return (
    <LocaleContext.Provider value={context}>
      <IntlProvider locale={state.locale} messages={state.messages} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
