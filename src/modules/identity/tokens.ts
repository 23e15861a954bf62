import { createHash, randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { DomainError } from '../../common/errors/domain-error.js';

const ISSUER = 'firearms-registry';
const AUDIENCE = 'firearms-registry-api';

export interface AccessClaims {
  sub: string;
  sid: string;
  tv: number;
}

export function signAccessToken(claims: AccessClaims, secret: string, ttlSeconds: number): string {
  return jwt.sign(claims, secret, { algorithm: 'HS256', expiresIn: ttlSeconds, issuer: ISSUER, audience: AUDIENCE });
}

/** Only HS256 with our secret, issuer and audience: "alg: none" and foreign tokens fail. */
export function verifyAccessToken(token: string, secret: string): AccessClaims {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
    if (typeof payload !== 'object' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.tv !== 'number') {
      throw new Error('malformed claims');
    }
    return { sub: payload.sub, sid: payload.sid, tv: payload.tv };
  } catch (error) {
    const expired = error instanceof jwt.TokenExpiredError;
    throw new DomainError('INVALID_TOKEN', expired ? 'The access token has expired: refresh it or sign in again.' : 'The access token is not valid.');
  }
}

export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
