import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../../../src/common/errors/error-codes';
import { errorMessages } from './error-messages';

const require = createRequire(import.meta.url);
const dir = path.join(import.meta.dirname, 'locales');
const locales = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f.replace('.json', ''), JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, string>]));

/** The argument names a message uses, so a translation cannot drop or misspell one. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value);
    if (el.type === TYPE.select || el.type === TYPE.plural) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

describe('translations', () => {
  it('has English, French and Spanish', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'es', 'fr']);
  });

  for (const locale of ['fr', 'es']) {
    it(`${locale} has exactly the keys of en, each with the same arguments`, () => {
      const en = locales.en;
      const other = locales[locale];
      expect(Object.keys(other).filter((k) => !(k in en)), 'keys not in en.json').toEqual([]);
      expect(Object.keys(en).filter((k) => !(k in other)), `keys missing in ${locale}.json`).toEqual([]);
      for (const key of Object.keys(en)) {
        expect(other[key].trim(), `${locale}: ${key} is empty`).not.toBe('');
        expect([...argumentsOf(parse(other[key]))].sort(), `${locale}: ${key}`).toEqual([...argumentsOf(parse(en[key]))].sort());
      }
    });
  }

  it('words every error code of the API, in every language', () => {
    const codes = Object.keys(ERROR_STATUS);
    expect(codes.length).toBeGreaterThan(50);
    expect(codes.filter((code) => !(code in errorMessages)), 'codes without a message in error-messages.ts').toEqual([]);
    for (const [locale, messages] of Object.entries(locales)) {
      expect(codes.filter((code) => !messages[`error.${code}`]), `codes without a message in ${locale}.json`).toEqual([]);
    }
  });

  it('en.json holds the default messages written in the code (run `npm run i18n:extract -w web` after adding one)', () => {
    for (const descriptor of Object.values(errorMessages)) expect(locales.en[descriptor.id]).toBe(descriptor.defaultMessage);
  });
});

describe('extraction', () => {
  it('en.json is what `formatjs extract` finds in the code', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'web-i18n-')), 'en.json');
    const web = path.resolve(import.meta.dirname, '../../..');
    const cli = path.join(path.dirname(require.resolve('@formatjs/cli/package.json')), 'bin/formatjs');
    const run = spawnSync(process.execPath, [cli, 'extract', 'src/**/*.{ts,tsx}', '--ignore', 'src/**/*.d.ts', '--ignore', 'src/**/*.test.{ts,tsx}', '--out-file', out, '--format', 'simple'], { cwd: web, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(locales.en);
  }, 60_000);
});
