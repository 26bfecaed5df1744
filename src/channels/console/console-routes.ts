/**
 * The operator console: the static files of console-page/ (index.html, console.js, console.css, ...)
 * served by @fastify/static at `/` and `/console/<file>`. No build step and no CDN: the page talks to
 * `POST /api/chat` only. A missing page stops start-up.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { HttpPlugin } from '../../infra/http-server.js';

/**
 * Where the page lives. Resolved against the source tree from both src/ and dist/ (tsc does not copy
 * non-TypeScript files), as notice.yaml is.
 */
export const consolePageDir = fileURLToPath(new URL('../../../src/channels/console/console-page/', import.meta.url));

/** Everything the page may load or call is on this server; inline script and framing are refused. */
export const securityHeaders = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  // Operators should get a new page after a deploy without a hard reload.
  'cache-control': 'no-cache',
};

/** Content types of the page's own files, for the pages served from memory by their routes (the staff page). */
export const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

/**
 * The console as a plugin for the shared server.
 *
 * @example
 * createHttpServer({ plugins: [consoleRoutes()], logger }); // GET / and GET /console/console.js, /console/console.css
 */
export function consoleRoutes(dir: string = consolePageDir): HttpPlugin {
  for (const name of ['index.html', 'console.js', 'console.css', 'favicon.svg']) {
    if (!existsSync(`${dir}${name}`)) throw new Error(`the console page is incomplete: ${dir}${name} is missing`);
  }
  return async (root: FastifyInstance) => {
    await root.register(async (app) => {
      await app.register(fastifyStatic, {
        root: dir,
        prefix: '/console/',
        index: false,
        // Our cache-control (no-cache) instead of the plugin's max-age=0.
        cacheControl: false,
        setHeaders: (response) => {
          for (const [name, value] of Object.entries(securityHeaders)) void response.header(name, value);
        },
      });
      app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
      // Browsers ask for /favicon.ico whatever the page links: the same icon, not a 404.
      app.get('/favicon.ico', { schema: { hide: true } }, (_request, reply) => reply.type('image/svg+xml').sendFile('favicon.svg'));
    });
  };
}
