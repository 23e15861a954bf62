import { describe, expect, it } from 'vitest';
import { aliasesFrom, manufacturerCodeFrom } from './reference-codes';

describe('reference codes and aliases typed by an administrator', () => {
  it('proposes a code the API accepts from a name as written', () => {
    expect(manufacturerCodeFrom('Atelier de Kébémer')).toBe('atelier_de_kebemer');
    expect(manufacturerCodeFrom('  Fab. Thiès – Ouest ')).toBe('fab_thies_ouest');
    expect(manufacturerCodeFrom('x'.repeat(50))).toHaveLength(40);
    expect(manufacturerCodeFrom('Ижмаш 2')).toBe('2');
  });

  it('reads aliases one per line or separated by semicolons, without blanks or repeats', () => {
    expect(aliasesFrom('Izhmash\n  IZH ; Izhmash\n\n')).toEqual(['Izhmash', 'IZH']);
    expect(aliasesFrom(' ')).toEqual([]);
  });
});
