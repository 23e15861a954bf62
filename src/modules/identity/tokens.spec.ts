import jwt from 'jsonwebtoken';
import { DomainError } from '../../common/errors/domain-error.js';
import { hashRefreshToken, newRefreshToken, signAccessToken, verifyAccessToken } from './tokens.js';

const secret = 's'.repeat(40);
const claims = { sub: '6f1c3f0e-0000-4000-8000-000000000001', sid: '6f1c3f0e-0000-4000-8000-000000000002', tv: 3 };

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).code;
  }
  return 'no error';
}

describe('access tokens', () => {
  it('round-trips the claims', () => {
    expect(verifyAccessToken(signAccessToken(claims, secret, 60), secret)).toEqual(claims);
  });

  it('verifies tokens signed from the secret string and signs tokens the string verifies (one key, derived once)', () => {
    const options = { issuer: 'firearms-registry', audience: 'firearms-registry-api' };
    const fromString = jwt.sign(claims, secret, { algorithm: 'HS256', expiresIn: 60, ...options });
    expect(verifyAccessToken(fromString, secret)).toEqual(claims);
    expect(jwt.verify(signAccessToken(claims, secret, 60), secret, { algorithms: ['HS256'], ...options })).toMatchObject(claims);
    // A second secret replaces the derived key rather than reusing it.
    expect(codeOf(() => verifyAccessToken(fromString, 'y'.repeat(40)))).toBe('INVALID_TOKEN');
    expect(verifyAccessToken(fromString, secret)).toEqual(claims);
  });

  it('refuses a token signed with another secret', () => {
    expect(codeOf(() => verifyAccessToken(signAccessToken(claims, 'x'.repeat(40), 60), secret))).toBe('INVALID_TOKEN');
  });

  it('refuses a tampered payload', () => {
    const [header, , signature] = signAccessToken(claims, secret, 60).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, tv: 99 })).toString('base64url');
    expect(codeOf(() => verifyAccessToken(`${header}.${forged}.${signature}`, secret))).toBe('INVALID_TOKEN');
  });

  it('refuses an unsigned ("alg: none") token', () => {
    const unsigned = jwt.sign(claims, '', { algorithm: 'none', issuer: 'firearms-registry', audience: 'firearms-registry-api' });
    expect(codeOf(() => verifyAccessToken(unsigned, secret))).toBe('INVALID_TOKEN');
  });

  it('refuses an expired token and says so', () => {
    const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, secret, { algorithm: 'HS256', issuer: 'firearms-registry', audience: 'firearms-registry-api' });
    try {
      verifyAccessToken(expired, secret);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).detail).toMatch(/expired/);
    }
  });
});

describe('refresh tokens', () => {
  it('are random and stored only as their hash', () => {
    const a = newRefreshToken();
    const b = newRefreshToken();
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashRefreshToken(a.token));
    expect(a.hash).not.toContain(a.token);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
