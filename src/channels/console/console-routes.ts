/**
 * The operator console: three static files (console-page/index.html, console.js, console.css) served at
 * `/` and `/console/<file>`. No build step and no CDN: the page talks to `POST /api/chat` only.
 * The files are read once at start-up (a missing one stops start-up) and served from memory.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Route } from '../../core/http-types.js';
import { jsonResponse } from '../../infra/http-server.js';

/**
 * Where the page lives. Resolved against the source tree from both src/ and dist/ (tsc does not copy
 * non-TypeScript files), as notice.yaml is.
 */
export const consolePageDir = fileURLToPath(new URL('../../../src/channels/console/console-page/', import.meta.url));

const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Everything the page may load or call is on this server; inline script and framing are refused. */
const securityHeaders = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  // Operators should get a new page after a deploy without a hard reload.
  'cache-control': 'no-cache',
};

/**
 * The console routes.
 *
 * @example
 * const routes = createConsoleRoutes(); // GET / and GET /console/console.js, /console/console.css
 */
export function createConsoleRoutes(dir: string = consolePageDir): Route[] {
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const name of ['index.html', 'console.js', 'console.css']) {
    const extension = name.slice(name.lastIndexOf('.') + 1);
    files.set(name, { type: contentTypes[extension] ?? 'application/octet-stream', body: readFileSync(`${dir}${name}`) });
  }
  const serve = (name: string) => {
    const file = files.get(name);
    if (!file) return jsonResponse(404, { error: `no console file ${JSON.stringify(name)}` });
    return { status: 200, headers: { 'content-type': file.type, ...securityHeaders }, body: file.body };
  };
  return [
    { method: 'GET', path: '/', handle: () => Promise.resolve(serve('index.html')) },
    { method: 'GET', path: '/console/:file', handle: (_request, params) => Promise.resolve(serve(params.file ?? '')) },
  ];
}
