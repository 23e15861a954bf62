import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** Where Swagger UI lives; it keeps helmet's default policy, which its page was built for. */
export const DOCS_PATH = '/api/docs';

type WithNonce = ServerResponse & { locals?: { cspNonce?: string } };

/** The nonce this response's policy allows `<style>` elements with (set by securityHeaders). */
export function cspNonceOf(response: Response): string {
  return (response.locals as { cspNonce?: string }).cspNonce ?? '';
}

/**
 * The web interface's policy: its own scripts, styles, API and images, nothing
 * else. Mantine writes its CSS variables (and responsive style props) into
 * `<style>` elements at run time; they carry this response's nonce (read by the
 * app from `<meta property="csp-nonce">`), so style-src needs no 'unsafe-inline'.
 * Style *attributes* React sets through the CSSOM, which the policy does not govern.
 */
const webInterfacePolicy = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", (_request: IncomingMessage, response: ServerResponse) => `'nonce-${(response as WithNonce).locals?.cspNonce ?? ''}'`],
      connectSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  xFrameOptions: { action: 'deny' },
});

// Swagger UI's page uses inline styles; helmet's defaults (which it has always run under) allow them.
const docsPolicy = helmet();

export function isDocsPath(urlPath: string): boolean {
  return urlPath === DOCS_PATH || urlPath.startsWith(`${DOCS_PATH}/`);
}

/** helmet's headers on every response, with a fresh style nonce per response. */
export function securityHeaders() {
  return (request: Request, response: Response, next: NextFunction) => {
    response.locals.cspNonce = randomBytes(16).toString('base64');
    (isDocsPath(request.path) ? docsPolicy : webInterfacePolicy)(request, response, next);
  };
}
