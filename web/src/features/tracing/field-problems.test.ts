import { describe, expect, it } from 'vitest';
import { intlFor } from '../../test/intl';
import { ApiError } from '../../shared/api/problem';
import { fieldProblemWords, formErrorsOf } from './field-problems';

describe('field problems in the user’s language', () => {
  it('words the API’s English by its kind', () => {
    const fr = intlFor('fr');
    expect(fieldProblemWords(intlFor('en'), 'must be an ISO 3166 alpha-2 code')).toBe('Choose a country from the list.');
    expect(fieldProblemWords(fr, 'must not be in the future')).toBe(fr.formatMessage({ id: 'form.problem.future' }));
    expect(fieldProblemWords(intlFor('en'), 'name the requested state or manufacturer before sending')).toMatch(/requested state/);
    expect(fieldProblemWords(intlFor('es'), 'something never seen')).toBe(intlFor('es').formatMessage({ id: 'form.problem.other' }));
  });

  it('maps nested and indexed fields to form paths, first problem per field', () => {
    const error = new ApiError({ status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'items[1].serialNumber', message: 'is listed twice' }, { field: 'item.markings.0.text', message: 'text should not be empty' }, { field: 'item.markings.0.text', message: 'must be a string' }] });
    expect(formErrorsOf(intlFor('en'), error)).toEqual({ 'items.1.serialNumber': 'This value is not accepted.', 'item.markings.0.text': 'Required.' });
    expect(formErrorsOf(intlFor('en'), new Error('x'))).toEqual({});
  });
});
