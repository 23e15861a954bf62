/** A manufacturer code proposed from a name as written: lower-case ASCII words joined by underscores. */
export function manufacturerCodeFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
}

/** Aliases typed one per line or separated by semicolons; blanks and repeats dropped. */
export function aliasesFrom(text: string): string[] {
  return [...new Set(text.split(/[\n;]+/).map((a) => a.trim()).filter(Boolean))];
}
