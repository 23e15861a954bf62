import { describe, expect, it } from 'vitest';
import { intlFor } from '../../test/intl';
import { toProblem } from '../api/problem';
import { describeProblem } from './error-messages';

describe('API problems in words', () => {
  it('maps a code to its message in each language', () => {
    const problem = { status: 404, code: 'FIREARM_NOT_FOUND' };
    expect(describeProblem(intlFor('en'), problem)).toBe('This firearm is not in the registry.');
    expect(describeProblem(intlFor('fr'), problem)).toBe('Cette arme ne figure pas au registre.');
    expect(describeProblem(intlFor('es'), problem)).toBe('Esta arma no figura en el registro.');
  });

  it('tells how long to wait after too many attempts, from Retry-After', () => {
    const problem = toProblem({ code: 'TOO_MANY_REQUESTS' }, new Response(null, { status: 429, headers: { 'Retry-After': '42' } }));
    expect(describeProblem(intlFor('en'), problem)).toBe('Too many attempts. Try again in 42 seconds.');
    expect(describeProblem(intlFor('en'), { status: 429, code: 'TOO_MANY_REQUESTS' })).toBe('Too many attempts. Wait a moment and try again.');
  });

  it('says until when an account is locked', () => {
    const text = describeProblem(intlFor('en'), { status: 423, code: 'ACCOUNT_LOCKED', lockedUntil: '2026-12-01T10:15:00Z' });
    expect(text).toMatch(/locked until \d{2}:\d{2}/);
  });

  it('falls back to a generic message for an unknown code or a body that is not a problem', () => {
    expect(describeProblem(intlFor('en'), { status: 418, code: 'SOMETHING_NEW' })).toMatch(/Something went wrong/);
    expect(toProblem('<html>bad gateway</html>', new Response(null, { status: 502 })).code).toBe('SERVICE_UNAVAILABLE');
  });
});
