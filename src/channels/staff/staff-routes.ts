/**
 * The staff page `/staff`: the review inbox in groups, an answer looked up by its id, and the chart of
 * the last days. Only when STAFF_TOKEN is set (otherwise none of these routes exist: 404). The page
 * itself holds no data; every /staff/api/ call must carry `Authorization: Bearer <STAFF_TOKEN>`, which
 * the page asks for once and keeps for the browser tab (sessionStorage). Static files as the console's:
 * read once at start-up, no build step, no CDN.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lookUpAnswer } from '../../review/answer-lookup.js';
import { normalizeAnswerId } from '../../review/answer-id.js';
import { groupInbox } from '../../review/group-inbox.js';
import { reviewStats } from '../../review/review-stats.js';
import type { ReviewStore } from '../../review/review-store.js';
import { statsChartSvg } from '../../review/stats-chart.js';
import { contentTypes, securityHeaders } from '../console/console-routes.js';
import type { HttpRequest, HttpResponse, Route } from '../../core/http-types.js';
import { jsonResponse } from '../../infra/http-server.js';

export const staffPageDir = fileURLToPath(new URL('./staff-page/', import.meta.url));

export interface StaffRoutesOptions {
  token: string;
  store: ReviewStore;
  dir?: string;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Constant-time comparison of the bearer token (hashing first makes the lengths equal). */
function authorized(request: HttpRequest, expected: Buffer): boolean {
  const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
  return match !== null && timingSafeEqual(digest(match[1] ?? ''), expected);
}

/**
 * @example routes.push(...createStaffRoutes({ token: config.staffToken, store }))
 */
export function createStaffRoutes(options: StaffRoutesOptions): Route[] {
  const dir = options.dir ?? staffPageDir;
  const { store } = options;
  const expected = digest(options.token);
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const name of ['index.html', 'staff.js', 'staff.css']) {
    files.set(name, { type: contentTypes[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream', body: readFileSync(`${dir}${name}`) });
  }
  const serve = (name: string): Promise<HttpResponse> => {
    const file = files.get(name);
    if (!file) return Promise.resolve(jsonResponse(404, { error: `no staff page file ${JSON.stringify(name)}` }));
    return Promise.resolve({ status: 200, headers: { 'content-type': file.type, ...securityHeaders }, body: file.body });
  };
  const api = (handle: (request: HttpRequest, params: Record<string, string>) => Promise<HttpResponse>) =>
    async (request: HttpRequest, params: Record<string, string>): Promise<HttpResponse> => {
      if (!authorized(request, expected)) {
        return jsonResponse(401, { error: 'staff token missing or wrong: send Authorization: Bearer <STAFF_TOKEN>' }, { 'www-authenticate': 'Bearer', 'cache-control': 'no-store' });
      }
      const response = await handle(request, params);
      return { ...response, headers: { ...response.headers, 'cache-control': 'no-store' } };
    };

  return [
    { method: 'GET', path: '/staff', handle: () => serve('index.html') },
    { method: 'GET', path: '/staff/assets/:file', handle: (_request, params) => serve(params.file ?? '') },
    { method: 'GET', path: '/staff/api/groups', handle: api(async () => jsonResponse(200, groupInbox(await store.listEntries()))) },
    {
      method: 'GET', path: '/staff/api/stats', handle: api(async (request) => {
        const days = Number(request.query.get('days') ?? '14');
        if (!Number.isInteger(days) || days < 1 || days > 366) return jsonResponse(400, { error: 'days: expected a whole number from 1 to 366' });
        const stats = await reviewStats(store, { days });
        return jsonResponse(200, { ...stats, chart: statsChartSvg(stats) });
      }),
    },
    {
      method: 'GET', path: '/staff/api/answers/:id', handle: api(async (_request, params) => {
        const id = normalizeAnswerId(params.id ?? '');
        if (id === null) return jsonResponse(400, { error: 'not an answer id: 12 letters and digits, e.g. K7Q2-M9X4-TDHA' });
        const found = await lookUpAnswer(store, id);
        return found ? jsonResponse(200, found) : jsonResponse(404, { error: `no answer ${id}` });
      }),
    },
  ];
}
