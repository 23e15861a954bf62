import { readFileSync } from 'node:fs';
import path from 'node:path';
import { calibreKey, manufacturerKey } from './alias-keys.js';

const seeds = path.resolve(import.meta.dirname, '../../../seeds/reference');
const load = <T>(file: string) => JSON.parse(readFileSync(path.join(seeds, file), 'utf8')) as T;

describe('calibreKey', () => {
  it.each([
    ['9mm', '9mm'],
    ['9 mm', '9mm'],
    ['9×19mm', '9x19mm'],
    ['9x19', '9x19'],
    ['.30-06', '3006'],
    ['6,35 mm', '635mm'],
    ['  .22 LR ', '22lr'],
  ])('%s → %s', (text, key) => expect(calibreKey(text)).toBe(key));
});

describe('manufacturerKey', () => {
  it.each([
    ['Česká zbrojovka', 'ceskazbrojovka'],
    ['Ceska Zbrojovka', 'ceskazbrojovka'],
    ['H&K', 'hk'],
    ['Heckler & Koch GmbH', 'hecklerkochgmbh'],
    ['Fabryka Broni Łucznik', 'fabrykabronilucznik'],
    ['Ижмаш', 'ижмаш'],
  ])('%s → %s', (text, key) => expect(manufacturerKey(text)).toBe(key));
});

describe('seeded aliases', () => {
  it('resolve every calibre alias to exactly one calibre', () => {
    const calibres = load<{ code: string; name: string; aliases: string[] }[]>('calibres.json');
    const owners = new Map<string, string>();
    for (const c of calibres) {
      for (const alias of [c.name, ...c.aliases]) {
        const key = calibreKey(alias);
        expect([undefined, c.code]).toContain(owners.get(key));
        owners.set(key, c.code);
      }
    }
    expect(owners.get(calibreKey('9mm Luger'))).toBe(owners.get(calibreKey('9 mm Parabellum')));
    expect(owners.get(calibreKey('9x19'))).toBe(owners.get(calibreKey('9mm')));
  });

  it('resolve every manufacturer alias to exactly one manufacturer', () => {
    const makers = load<{ code: string; name: string; aliases: string[] }[]>('manufacturers.json');
    const owners = new Map<string, string>();
    for (const m of makers) {
      for (const alias of [m.name, ...m.aliases]) {
        const key = manufacturerKey(alias);
        expect([undefined, m.code]).toContain(owners.get(key));
        owners.set(key, m.code);
      }
    }
    expect(owners.get(manufacturerKey('Crvena Zastava'))).toBe(owners.get(manufacturerKey('Zastava')));
  });
});
