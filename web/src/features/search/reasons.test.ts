import { describe, expect, it } from 'vitest';
import { intlFor } from '../../test/intl';
import type { TraceCandidateDto } from './queries';
import { confusedReadings, reasonWords, type ReasonContext } from './reasons';
import { refusedCharacter, serialRefusal } from './serial-refusal';

const candidate: TraceCandidateDto = {
  firearmId: 'f1', itemKind: 'firearm', score: 100, reasons: [], alert: null, status: 'registered', category: 'pistol',
  make: { asWritten: 'IZHMASH', manufacturerCode: 'kalashnikov' }, model: 'AK-74', calibre: { asWritten: '5.45x39', calibreCode: '5.45x39' },
  serialNumber: { asWritten: 'AO-1234', normalised: 'AO1234', folded: 'A01234' }, countryOfManufacture: 'RU', yearOfManufacture: 1988, lastLegalHolder: null,
};
const context: ReasonContext = { serialKeys: { normalised: 'A01234', folded: 'A01234', wildcards: false }, countryName: (c) => (c === 'RU' ? 'Russia' : c), categoryName: (c) => (c === 'pistol' ? 'Pistol' : c) };
const reason = (code: string) => ({ code, detail: 'English detail from the API', points: 10 });

describe('reasons in words', () => {
  it('says which look-alike characters were read alike', () => {
    expect(confusedReadings('A01234', 'AO1234')).toEqual([{ typed: '0', stored: 'O' }]);
    expect(confusedReadings('5B0', 'SBO')).toEqual([{ typed: '5', stored: 'S' }, { typed: '0', stored: 'O' }]);
    expect(confusedReadings('A01234', 'A91234')).toEqual([]);
    expect(reasonWords(intlFor('en'), reason('folded_serial'), candidate, context)).toBe('serial matches when 0 is read as O');
    expect(reasonWords(intlFor('fr'), reason('folded_serial'), candidate, context)).toBe('le numéro correspond si 0 est lu comme O');
  });

  it('names the make alias, and the other criteria, in the user’s language', () => {
    expect(reasonWords(intlFor('en'), reason('make_alias'), candidate, context)).toBe('make alias IZHMASH');
    expect(reasonWords(intlFor('es'), reason('make_alias'), candidate, context)).toBe('alias de marca IZHMASH');
    expect(reasonWords(intlFor('en'), reason('country_of_manufacture'), candidate, context)).toBe('made in Russia');
    expect(reasonWords(intlFor('en'), reason('partial_serial'), candidate, { ...context, serialKeys: { normalised: 'A0*4', folded: 'A0*4', wildcards: true } })).toBe('serial AO-1234 fits the pattern A0*4');
  });

  it('does not hide a reason the interface does not know yet', () => {
    expect(reasonWords(intlFor('en'), reason('ballistic_match'), candidate, context)).toBe('other match (ballistic_match)');
  });
});

describe('refused serial patterns', () => {
  it('says why and how to fix it, per reason', () => {
    const problem = (reason: string) => ({ status: 400, code: 'INVALID_SERIAL_PATTERN', reason });
    expect(serialRefusal(intlFor('en'), problem('too_broad'), 'A?*')).toMatch(/at least 3 letters or digits/);
    expect(serialRefusal(intlFor('fr'), problem('invalid_character'), 'AB%12')).toBe('Le numéro contient « % », qui n’est pas autorisé. Utilisez des lettres et des chiffres, ? pour un caractère illisible et * pour plusieurs.');
    expect(refusedCharacter('AB-12 ?*')).toBeNull();
    expect(refusedCharacter('AB_12')).toBe('_');
  });
});
