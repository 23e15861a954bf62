import { describe, expect, it } from 'vitest';
import { intlFor } from '../../test/intl';
import { ApiError } from '../api/problem';
import { fieldWords, showFieldProblems } from './field-words';

describe('the API’s field reasons in the user’s language', () => {
  const fr = intlFor('fr');
  it('words the reasons forms meet, and any other as "not accepted", never in English', () => {
    expect(fieldWords(fr, 'must be an ISO 3166 alpha-2 code')).toBe('Choisissez un pays dans la liste.');
    expect(fieldWords(fr, 'is already used')).toBe('Déjà utilisé : choisissez-en un autre.');
    expect(fieldWords(fr, 'familyName must be longer than or equal to 1 characters')).toBe('Obligatoire.');
    expect(fieldWords(fr, 'reason must be longer than or equal to 3 characters')).toBe('Au moins 3 caractères.');
    expect(fieldWords(fr, 'must not be before issuedOn')).toBe('Doit être postérieure à la date de délivrance.');
    expect(fieldWords(fr, 'must be at least 12 characters')).toBe('Au moins 12 caractères.');
    expect(fieldWords(fr, 'must not contain the username')).toMatch(/sans l’identifiant/);
    expect(fieldWords(fr, 'must be at least 30')).toBe('Au moins 30.');
    expect(fieldWords(fr, '"Izhmash" belongs to izhmash')).toBe('« Izhmash » désigne déjà izhmash.');
    expect(fieldWords(fr, 'something nobody foresaw')).toBe('Cette valeur n’est pas acceptée.');
  });

  it('puts each problem on its input (an array item on its array) and says when none was a form field', () => {
    const set: Record<string, string> = {};
    const form = { setFieldError: (path: string, error: string) => (set[path] = error) };
    const error = new ApiError({ status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'aliases.0', message: 'is already used' }, { field: 'elsewhere', message: 'x' }] });
    expect(showFieldProblems(fr, form, ['aliases'], error)).toBe(true);
    expect(set).toEqual({ aliases: 'Déjà utilisé : choisissez-en un autre.' });
    expect(showFieldProblems(fr, form, ['name'], error)).toBe(false);
    expect(showFieldProblems(fr, form, ['name'], new Error('network'))).toBe(false);
  });
});
