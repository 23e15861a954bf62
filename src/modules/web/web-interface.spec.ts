import path from 'node:path';
import { classifyWebRequest, resolveInside, withNonce } from './web-interface.js';

describe('classifyWebRequest', () => {
  it('leaves the API to Nest and refuses writes elsewhere', () => {
    expect(classifyWebRequest('GET', '/api')).toEqual({ kind: 'pass' });
    expect(classifyWebRequest('GET', '/api/firearms')).toEqual({ kind: 'pass' });
    expect(classifyWebRequest('POST', '/api/firearms')).toEqual({ kind: 'pass' });
    expect(classifyWebRequest('POST', '/firearms')).toEqual({ kind: 'method-not-allowed' });
  });

  it('answers screens with the page, including paths that merely start like the API', () => {
    for (const screen of ['/', '/index.html', '/firearms', '/firearms/0b6e8f8e-8f5c-4c3e-9d7a-2f1b8f2b9c11', '/apiary']) {
      expect(classifyWebRequest('GET', screen)).toEqual({ kind: 'page' });
    }
    expect(classifyWebRequest('HEAD', '/firearms')).toEqual({ kind: 'page' });
  });

  it('treats /assets and names with an extension as files', () => {
    expect(classifyWebRequest('GET', '/assets/index-abc.js')).toEqual({ kind: 'file', relative: 'assets/index-abc.js', hashed: true });
    expect(classifyWebRequest('GET', '/assets/fonts')).toEqual({ kind: 'file', relative: 'assets/fonts', hashed: true });
    expect(classifyWebRequest('GET', '/favicon.svg')).toEqual({ kind: 'file', relative: 'favicon.svg', hashed: false });
  });
});

describe('resolveInside', () => {
  const root = path.resolve('/srv/web/dist');
  it('keeps paths inside the build folder', () => {
    expect(resolveInside(root, 'assets/a.js')).toBe(path.join(root, 'assets/a.js'));
  });
  it('refuses escapes, encoded or not, and NUL bytes', () => {
    for (const escape of ['../secret', 'assets/../../secret', 'assets/..%2f..%2fsecret', '%2e%2e/x', 'a%00.js', '%E0%A4%A']) {
      expect(resolveInside(root, escape)).toBeNull();
    }
  });
});

describe('withNonce', () => {
  it("fills Vite's placeholder and keeps its meta", () => {
    const html = '<html><head><meta property="csp-nonce" nonce="__CSP_NONCE__"><script nonce="__CSP_NONCE__" src="/a.js"></script></head></html>';
    expect(withNonce(html, 'N1')).toBe('<html><head><meta property="csp-nonce" nonce="N1"><script nonce="N1" src="/a.js"></script></head></html>');
  });
  it('adds the meta when the build has none', () => {
    expect(withNonce('<html><head lang="x"><title>t</title></head></html>', 'N2')).toContain('<head lang="x">\n    <meta property="csp-nonce" nonce="N2" />');
  });
});
