import type { NextFunction, Request, Response } from 'express';
import { DomainError, type FieldProblem } from '../errors/domain-error.js';

/** Deeper than any request this API takes (a trace request with its items and markings is under 10). */
export const MAX_JSON_DEPTH = 32;
/** Names that reach an object's prototype when a library copies or merges the input. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_PROBLEMS = 20;

function stringProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  // A lone UTF-16 surrogate cannot be written as UTF-8: the database and the normalisers would fail on it.
  if (/\p{Cs}/u.test(text)) return 'must be well-formed Unicode (it holds a lone UTF-16 surrogate)';
  return null;
}

/**
 * What the validation pipe and the database cannot be trusted with, found in parsed
 * JSON or a parsed query string: nesting deep enough to overflow class-transformer's
 * recursion, NUL characters (PostgreSQL refuses them in text), lone surrogates, and
 * prototype-polluting names. Walks at most MAX_JSON_DEPTH levels, so a hostile
 * document costs no more than a legitimate one.
 */
export function hostileInputProblems(value: unknown, path = '', depth = 0, problems: FieldProblem[] = []): FieldProblem[] {
  if (problems.length >= MAX_PROBLEMS) return problems;
  if (typeof value === 'string') {
    const message = stringProblem(value);
    if (message) problems.push({ field: path || 'body', message });
    return problems;
  }
  if (value === null || typeof value !== 'object') return problems;
  if (depth >= MAX_JSON_DEPTH) {
    problems.push({ field: 'body', message: `nests deeper than ${MAX_JSON_DEPTH} levels` });
    return problems;
  }
  for (const key of Object.keys(value)) {
    const field = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push({ field, message: `property ${key} should not exist` });
      continue;
    }
    const keyMessage = stringProblem(key);
    if (keyMessage) {
      problems.push({ field, message: `the name of the field ${keyMessage}` });
      continue;
    }
    hostileInputProblems((value as Record<string, unknown>)[key], field, depth + 1, problems);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}

/** Refuses hostile bodies and query strings with 400, naming each field, before routing and validation. */
export function refuseHostileInput(request: Request, _response: Response, next: NextFunction): void {
  const problems = [...hostileInputProblems(request.query), ...hostileInputProblems(request.body)];
  if (problems.length === 0) return next();
  next(new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { errors: problems }));
}
