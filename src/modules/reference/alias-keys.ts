/**
 * The spellings of one calibre or one manufacturer meet on a key. The rules are
 * those of seeds/reference/README.md; seeds, the API and imports all use these.
 */
export function calibreKey(text: string): string {
  return text.trim().toLowerCase().replace(/×/g, 'x').replace(/,/g, '.').replace(/[\s.\-\u2010-\u2015]/g, '');
}

const FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

export function manufacturerKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđßæœıþ]/g, (c) => FOLD[c])
    .replace(/[^\p{L}\p{N}]/gu, '');
}
