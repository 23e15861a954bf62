#!/usr/bin/env node
/**
 * Precompiles the ICU messages of every locale to ASTs (`formatjs compile --ast`), so
 * the ICU parser is not shipped to browsers. Also writes the pseudo-locale en-XA (from
 * en.json) that the tests render screens with to catch untranslated text.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const locales = path.join(web, 'src/shared/i18n/locales');
const compiled = path.join(web, 'src/shared/i18n/compiled');
const cli = path.join(path.dirname(fileURLToPath(import.meta.resolve('@formatjs/cli/package.json'))), 'bin/formatjs');
mkdirSync(compiled, { recursive: true });

const runs = [
  ...['en', 'fr', 'es'].map((locale) => [path.join(locales, `${locale}.json`), path.join(compiled, `${locale}.json`)]),
  [path.join(locales, 'en.json'), path.join(compiled, 'en-XA.json'), '--pseudo-locale', 'en-XA'],
];
for (const [input, output, ...extra] of runs) {
  const result = spawnSync(process.execPath, [cli, 'compile', input, '--ast', '--format', 'simple', '--out-file', output, ...extra], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
