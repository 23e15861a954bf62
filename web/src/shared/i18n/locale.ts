import type { MessageFormatElement } from 'react-intl';

export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type CompiledMessages = Record<string, MessageFormatElement[]>;

const STORAGE_KEY = 'registry.locale';

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The remembered choice, else the browser's first language we speak, else English. */
export function initialLocale(storage: Pick<Storage, 'getItem'> | null = safeStorage(), languages: readonly string[] = globalThis.navigator?.languages ?? []): Locale {
  const stored = storage?.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function rememberLocale(locale: Locale): void {
  safeStorage()?.setItem(STORAGE_KEY, locale);
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const PSEUDO_KEY = 'registry.pseudoLocale';

/**
 * The browser tests set `registry.pseudoLocale` to render English as the pseudo-locale
 * en-XA ("[Ŝéàŕçĥ]"), so text written straight into a component stands out on screen.
 * Not offered in the language menu; the chunk is only fetched when asked for.
 */
function pseudoLocaleWanted(storage: Pick<Storage, 'getItem'> | null = safeStorage()): boolean {
  return storage?.getItem(PSEUDO_KEY) === 'en-XA';
}

/** Each locale is its own chunk, fetched when chosen (messages precompiled to ASTs). */
export async function loadMessages(locale: Locale): Promise<CompiledMessages> {
  if (locale === 'en' && pseudoLocaleWanted()) return (await import('./compiled/en-XA.json')).default as CompiledMessages;
  switch (locale) {
    case 'fr':
      return (await import('./compiled/fr.json')).default as CompiledMessages;
    case 'es':
      return (await import('./compiled/es.json')).default as CompiledMessages;
    default:
      return (await import('./compiled/en.json')).default as CompiledMessages;
  }
}
