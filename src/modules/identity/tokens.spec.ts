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
    expect(verifyAccessToken(signAccessToken(claims, secret, 60), secret, 60)).toEqual(claims);
  });

  it('verifies tokens signed from the secret string and signs tokens the string verifies (one key, derived once)', () => {
    const options = { issuer: 'firearms-registry', audience: 'firearms-registry-api' };
    const fromString = jwt.sign(claims, secret, { algorithm: 'HS256', expiresIn: 60, ...options });
    expect(verifyAccessToken(fromString, secret, 60)).toEqual(claims);
    expect(jwt.verify(signAccessToken(claims, secret, 60), secret, { algorithms: ['HS256'], ...options })).toMatchObject(claims);
    // A second secret replaces the derived key rather than reusing it.
    expect(codeOf(() => verifyAccessToken(fromString, 'y'.repeat(40), 60))).toBe('INVALID_TOKEN');
    expect(verifyAccessToken(fromString, secret, 60)).toEqual(claims);
  });

  it('refuses a token signed with another secret', () => {
    expect(codeOf(() => verifyAccessToken(signAccessToken(claims, 'x'.repeat(40), 60), secret, 60))).toBe('INVALID_TOKEN');
  });

  it('refuses a tampered payload', () => {
    const [header, , signature] = signAccessToken(claims, secret, 60).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, tv: 99 })).toString('base64url');
    expect(codeOf(() => verifyAccessToken(`${header}.${forged}.${signature}`, secret, 60))).toBe('INVALID_TOKEN');
  });

  it('refuses an unsigned ("alg: none") token', () => {
    const unsigned = jwt.sign(claims, '', { algorithm: 'none', issuer: 'firearms-registry', audience: 'firearms-registry-api' });
    expect(codeOf(() => verifyAccessToken(unsigned, secret, 60))).toBe('INVALID_TOKEN');
  });

  it('refuses an expired token and says so', () => {
    const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, secret, { algorithm: 'HS256', issuer: 'firearms-registry', audience: 'firearms-registry-api' });
    try {
      verifyAccessToken(expired, secret, 60);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).detail).toMatch(/expired/);
    }
  });
});

describe('the lifetime an access token claims', () => {
  const options = { algorithm: 'HS256' as const, issuer: 'firearms-registry', audience: 'firearms-registry-api' };
  const now = Math.floor(Date.now() / 1000);
  const ttl = 900;

  it('refuses a validly signed token without an expiry', () => {
    const forever = jwt.sign({ ...claims, iat: now }, secret, options);
    expect(codeOf(() => verifyAccessToken(forever, secret, ttl))).toBe('INVALID_TOKEN');
  });

  it('refuses a validly signed token without its issue time', () => {
    const undated = jwt.sign({ ...claims, exp: now + 60 }, secret, { ...options, noTimestamp: true });
    expect((jwt.decode(undated) as jwt.JwtPayload).iat).toBeUndefined();
    expect(codeOf(() => verifyAccessToken(undated, secret, ttl))).toBe('INVALID_TOKEN');
  });

  it('refuses a token that lives longer than the configured lifetime, such as ten years', () => {
    const tenYears = jwt.sign({ ...claims, iat: now, exp: now + 10 * 365 * 24 * 3600 }, secret, options);
    expect(codeOf(() => verifyAccessToken(tenYears, secret, ttl))).toBe('INVALID_TOKEN');
    const justOver = jwt.sign({ ...claims, iat: now, exp: now + ttl + 120 }, secret, options);
    expect(codeOf(() => verifyAccessToken(justOver, secret, ttl))).toBe('INVALID_TOKEN');
  });

  it('refuses a token issued in the future', () => {
    const early = jwt.sign({ ...claims, iat: now + 3600, exp: now + 3600 + ttl }, secret, options);
    expect(codeOf(() => verifyAccessToken(early, secret, ttl))).toBe('INVALID_TOKEN');
  });

  it('accepts a token within the lifetime, with a few seconds of leeway', () => {
    expect(verifyAccessToken(jwt.sign({ ...claims, iat: now, exp: now + ttl + 5 }, secret, options), secret, ttl)).toEqual(claims);
    expect(verifyAccessToken(signAccessToken(claims, secret, ttl), secret, ttl)).toEqual(claims);
  });

  it('refuses another HMAC algorithm even with the right secret (the algorithm is pinned)', () => {
    const hs512 = jwt.sign({ ...claims, iat: now, exp: now + 60 }, secret, { ...options, algorithm: 'HS512' });
    expect(codeOf(() => verifyAccessToken(hs512, secret, ttl))).toBe('INVALID_TOKEN');
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
