import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../../common/errors/domain-error.js';
import { toProblem } from '../../common/errors/problem.filter.js';
import { API_PREFIX } from '../../common/http/openapi.js';
import { cspNonceOf } from './security-headers.js';

/** Vite's `html.cspNonce` placeholder; replaced by the response's nonce in index.html. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export const NOT_BUILT_MESSAGE =
  'The web interface is not built on this server. Build it with `npm run build -w web` (or run `npm start`), ' +
  `or point WEB_DIST_DIR at a built copy. The API answers under /${API_PREFIX} (documentation at /${API_PREFIX}/docs).\n`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.map', '.webmanifest', '.txt', '.svg']);

export type WebRequest =
  /** Not ours: the API, left to Nest's router. */
  | { kind: 'pass' }
  /** A POST, PUT… outside /api: the interface only reads. */
  | { kind: 'method-not-allowed' }
  /** A screen of the single-page app (`/`, `/firearms/…`): index.html, so a reload of a deep link works. */
  | { kind: 'page' }
  /** A file of the build (hashed under /assets, or favicon and the like at the root). */
  | { kind: 'file'; relative: string; hashed: boolean };

/** What a request asks of the web interface, from its method and path alone. */
export function classifyWebRequest(method: string, urlPath: string): WebRequest {
  if (urlPath === `/${API_PREFIX}` || urlPath.startsWith(`/${API_PREFIX}/`)) return { kind: 'pass' };
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'method-not-allowed' };
  if (urlPath === '/' || urlPath === '/index.html') return { kind: 'page' };
  const lastSegment = urlPath.slice(urlPath.lastIndexOf('/') + 1);
  const hashed = urlPath.startsWith('/assets/');
  // Screens' paths never contain a dot (ids are UUIDs, filters live in the query string).
  if (hashed || lastSegment.includes('.')) return { kind: 'file', relative: urlPath.slice(1), hashed };
  return { kind: 'page' };
}

/** The file a relative path names inside the build folder, or null when it would leave it. */
export function resolveInside(root: string, relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolved = path.resolve(root, decoded);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

/** `<meta property="csp-nonce">` (Vite's convention) carrying this response's nonce, for Mantine's `getStyleNonce`. */
export function withNonce(html: string, nonce: string): string {
  const filled = html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce);
  if (/<meta[^>]+property=["']csp-nonce["']/i.test(filled)) return filled;
  return filled.replace(/<head([^>]*)>/i, `<head$1>\n    <meta property="csp-nonce" nonce="${nonce}" />`);
}

function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
      .map(([name]) => name.trim().toLowerCase()),
  );
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

interface CachedFile {
  mtimeMs: number;
  body: Buffer;
  encoded: Map<'br' | 'gzip', Promise<Buffer>>;
}

/**
 * Serves the built web interface from `distDir` on every GET that is not the
 * API's: hashed assets cached for a year, index.html (with a fresh CSP nonce)
 * revalidated every time and answered for any screen's path. Without a build
 * the interface's paths answer a plain-text 404 that says so; the API is untouched.
 *
 * There is no compression middleware in front of the API, and officers are on
 * slow links: assets are compressed here (brotli or gzip) once per file and kept.
 */
export function webInterface(distDir: string) {
  const root = path.resolve(distDir);
  const files = new Map<string, CachedFile>();

  async function load(file: string): Promise<CachedFile | null> {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const cached = files.get(file);
    if (cached && cached.mtimeMs === info.mtimeMs) return cached;
    const fresh: CachedFile = { mtimeMs: info.mtimeMs, body: await readFile(file), encoded: new Map() };
    files.set(file, fresh);
    return fresh;
  }

  function encoded(file: CachedFile, encoding: 'br' | 'gzip'): Promise<Buffer> {
    let result = file.encoded.get(encoding);
    if (!result) {
      result =
        encoding === 'br'
          ? compressBrotli(file.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: file.body.length } })
          : compressGzip(file.body, { level: 9 });
      file.encoded.set(encoding, result);
    }
    return result;
  }

  function notFound(response: Response, message: string): void {
    response.status(404).type('text/plain; charset=utf-8').setHeader('Cache-Control', 'no-cache');
    response.send(message);
  }

  async function sendPage(response: Response): Promise<void> {
    const index = await load(path.join(root, 'index.html'));
    if (!index) return notFound(response, NOT_BUILT_MESSAGE);
    response.status(200).type('text/html; charset=utf-8').setHeader('Cache-Control', 'no-cache');
    response.send(withNonce(index.body.toString('utf8'), cspNonceOf(response)));
  }

  async function sendFile(request: Request, response: Response, relative: string, hashed: boolean): Promise<void> {
    const target = resolveInside(root, relative);
    const file = target ? await load(target) : null;
    if (!target || !file) return notFound(response, `No file ${request.path} in the web interface's build.\n`);
    const extension = path.extname(target).toLowerCase();
    response.status(200).setHeader('Content-Type', TYPES[extension] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
    let body = file.body;
    if (COMPRESSIBLE.has(extension) && body.length > 1024) {
      response.setHeader('Vary', 'Accept-Encoding');
      const encoding = preferredEncoding(request.headers['accept-encoding']);
      if (encoding) {
        body = await encoded(file, encoding);
        response.setHeader('Content-Encoding', encoding);
      }
    }
    response.setHeader('Content-Length', body.length);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  return (request: Request, response: Response, next: NextFunction) => {
    const what = classifyWebRequest(request.method, request.path);
    if (what.kind === 'pass') return next();
    if (what.kind === 'method-not-allowed') {
      // Nest's router only answers under /api; without this a POST to a screen's path got express's HTML page.
      const problem = toProblem(new DomainError('METHOD_NOT_ALLOWED', `${request.method} is not allowed on the web interface's pages; the API is under /${API_PREFIX}.`), request);
      response.status(problem.status).setHeader('Allow', 'GET, HEAD');
      response.type('application/problem+json').json(problem);
      return;
    }
    const sending = what.kind === 'page' ? sendPage(response) : sendFile(request, response, what.relative, what.hashed);
    sending.catch(next);
  };
}
