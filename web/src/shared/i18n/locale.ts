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

/** Each locale is its own chunk, fetched when chosen (messages precompiled to ASTs). */
export async function loadMessages(locale: Locale): Promise<CompiledMessages> {
  switch (locale) {
    case 'fr':
      return (await import('./compiled/fr.json')).default as CompiledMessages;
    case 'es':
      return (await import('./compiled/es.json')).default as CompiledMessages;
    default:
      return (await import('./compiled/en.json')).default as CompiledMessages;
  }
}
