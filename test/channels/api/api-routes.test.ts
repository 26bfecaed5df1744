import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, replySchema } from '../../../src/channels/api/api-routes.js';
import { createHttpServer } from '../../../src/infra/http-server.js';
import { loadConfig } from '../../../src/app/config.js';
import type { Reply } from '../../../src/core/reply.js';
import { startServer, type RunningServer } from '../../../src/app/server.js';
import { runCli } from '../../support/cli-io.js';

const RENT_QUESTION = '区属国企的门面，月租2万，3、4月房租能免吗';

/** pino writing JSON lines into an array, as `serve` writes them to stdout. */
function capturedPino(level: string): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = pino({ level }, sink);
  return {
    logger,
    lines: () => raw.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

function post(url: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function chat(url: string, sessionId: string, text: string): Promise<Reply> {
  const response = await post(url, { sessionId, text });
  expect(response.status).toBe(200);
  return (await response.json()) as Reply;
}

/** The answer a caller gives when asked `fact`: the button whose label says so. */
const RENT_ANSWERS: Record<string, string> = {
  registeredInXicheng: '是',
  enterpriseSize: '小型企业',
  operatingStatus: '坚持营业',
  layoffs: '没有裁员',
};

describe('HTTP API on a real server', () => {
  let server: RunningServer;
  const log = capturedPino('info');

  beforeAll(async () => {
    server = await startServer(loadConfig({ PORT: '0' }), log.logger);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('listens on 127.0.0.1 and is healthy once started', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('a whole rent dialog: the question, follow-ups answered with the offered buttons, then the amount and the card', async () => {
    let reply = await chat(server.url, 'caller-rent-1', RENT_QUESTION);
    expect(reply.intent).toBe('rent_tenant');
    expect(reply.measures).toContain(1);
    for (let turn = 0; reply.card === null && turn < 8; turn += 1) {
      expect(reply.awaiting).not.toBeNull();
      const wanted = RENT_ANSWERS[reply.awaiting ?? ''];
      const option = reply.options.find((o) => o.label === wanted);
      expect(option, `a button "${wanted}" for ${reply.awaiting}`).toBeDefined();
      reply = await chat(server.url, 'caller-rent-1', option?.value ?? '');
    }
    expect(reply.text).toContain('40,000 元');
    expect(reply.card).toContain('20,000 元 × 2 个月 = 40,000 元');
    expect(reply.card).toContain('66112569');
    expect(reply.results[0]).toMatchObject({ measure: 1, eligible: true });
  });

  it('keeps callers apart: another sessionId starts its own dialog', async () => {
    await chat(server.url, 'caller-a', RENT_QUESTION);
    const other = await chat(server.url, 'caller-b', '你好');
    expect(other.awaiting).toBeNull();
  });

  it('logs one line per turn with channel, hashed user, intent, measures and latency, and no message text at info level', async () => {
    await chat(server.url, 'caller-log-1', RENT_QUESTION);
    const turns = log.lines().filter((line) => line.event === 'turn');
    expect(turns.length).toBeGreaterThan(0);
    const line = turns.at(-1) ?? {};
    expect(line).toMatchObject({ channel: 'api', intent: 'rent_tenant', measures: [1] });
    expect(typeof line.ms).toBe('number');
    expect(line.user).toMatch(/^[0-9a-f]{12}$/);
    const all = JSON.stringify(log.lines());
    expect(all).not.toContain('caller-log-1');
    expect(all).not.toContain('月租2万');
  });

  it.each([
    ['no sessionId', { text: '你好' }, 'sessionId', 'sessionId is required'],
    ['a sessionId with a space', { sessionId: 'a b', text: '你好' }, 'sessionId', '1–128 characters'],
    ['a sessionId of 129 characters', { sessionId: 'x'.repeat(129), text: '你好' }, 'sessionId', '1–128 characters'],
    ['an empty sessionId', { sessionId: '', text: '你好' }, 'sessionId', '1–128 characters'],
    ['a numeric sessionId', { sessionId: 42, text: '你好' }, 'sessionId', 'sessionId is required (a string)'],
    ['no text', { sessionId: 's1' }, 'text', 'text is required'],
    ['empty text', { sessionId: 's1', text: '' }, 'text', 'text must not be empty'],
    ['blank text', { sessionId: 's1', text: '   ' }, 'text', 'text must not be blank'],
    ['text of 2001 characters', { sessionId: 's1', text: '房'.repeat(2001) }, 'text', 'at most 2000 characters'],
  ])('%s → 400 naming the field and the reason', async (_name, body, field, reason) => {
    const response = await post(server.url, body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: string; issues: { field: string; message: string }[] };
    expect(json.error).toContain(reason);
    expect(json.issues.map((issue) => issue.field)).toContain(field);
  });

  it('lang other than "zh" or "en" → 400 naming lang', async () => {
    const response = await post(server.url, { sessionId: 's1', text: '你好', lang: 'fr' });
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: string; issues: { field: string }[] };
    expect(json.error).toBe('lang must be "zh" or "en"');
    expect(json.issues).toEqual([{ field: 'lang', message: 'lang must be "zh" or "en"' }]);
  });

  it('reads the body as JSON whatever the content type says (curl -d sends form encoding)', async () => {
    const response = await fetch(`${server.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: JSON.stringify({ sessionId: 'curl-user', text: '你好' }),
    });
    expect(response.status).toBe(200);
  });

  it('every reply of a whole dialog matches the schema the OpenAPI description publishes (no field undocumented)', async () => {
    const strict = replySchema.strict();
    let reply = await chat(server.url, 'caller-schema', RENT_QUESTION);
    for (let turn = 0; turn < 8; turn += 1) {
      expect(strict.safeParse(reply).error?.issues ?? []).toEqual([]);
      const option = reply.options.find((o) => o.label === RENT_ANSWERS[reply.awaiting ?? '']);
      if (!option) break;
      reply = await chat(server.url, 'caller-schema', option.value);
    }
    expect(reply.results.length).toBeGreaterThan(0);
    expect(strict.safeParse(reply).error?.issues ?? []).toEqual([]);
  });

  it('GET /api/openapi.json describes /api/* from the zod schemas: the request fields, their limits, the error statuses', async () => {
    const response = await fetch(`${server.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, { maxLength?: number; enum?: string[]; pattern?: string }>; required: string[] } }> }; responses: Record<string, unknown> }>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/chat', '/api/measures', '/api/measures/{id}']);
    const chatOp = doc.paths['/api/chat']?.post;
    const body = Object.values(chatOp?.requestBody?.content ?? {})[0]?.schema;
    expect(body?.required.sort()).toEqual(['sessionId', 'text']);
    expect(body?.properties.text?.maxLength).toBe(2000);
    expect(body?.properties.lang?.enum).toEqual(['zh', 'en']);
    expect(body?.properties.sessionId?.pattern).toBe('^[A-Za-z0-9_.:-]{1,128}$');
    expect(Object.keys(chatOp?.responses ?? {}).sort()).toEqual(['200', '400', '413', '429']);
    expect(doc.paths['/api/measures/{id}']?.get?.responses).toHaveProperty('404');
  });

  it('accepts exactly 128 characters of sessionId and 2000 of text', async () => {
    const response = await post(server.url, { sessionId: 'a.b:c_d-'.padEnd(128, 'z'), text: '房'.repeat(2000) });
    expect(response.status).toBe(200);
  });

  it.each([
    ['not JSON', '{"sessionId": "s1", text: 你好', 'must be JSON'],
    ['a JSON array', '[1, 2]', 'must be a JSON object'],
    ['JSON null', 'null', 'must be a JSON object'],
  ])('a body that is %s → 400 saying what is expected, without parser internals', async (_name, body, reason) => {
    const response = await post(server.url, body);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).error).toContain(reason);
    expect(text).not.toMatch(/SyntaxError|at JSON\.parse|position \d+/);
  });

  it.each([['70 KB', 70_000], ['2 MB', 2 * 1024 * 1024]])('a body of %s → 413 with the JSON error (the connection is not reset)', async (_name, size) => {
    const response = await post(server.url, { sessionId: 's1', text: 'x'.repeat(size) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'request body over 65536 bytes' });
  });

  it('GET /api/chat → 405; an unknown path → 404, both as JSON', async () => {
    const wrongMethod = await fetch(`${server.url}/api/chat`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    const unknown = await fetch(`${server.url}/api/nothing`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('GET /api/measures serves the knowledge base exactly as `relief-bot measures --json` prints it', async () => {
    const cli = await runCli(['measures', '--json']);
    const response = await fetch(`${server.url}/api/measures`);
    expect(response.status).toBe(200);
    const measures = (await response.json()) as { id: number }[];
    expect(measures).toEqual(JSON.parse(cli.stdout));
    expect(measures.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('GET /api/measures/6 serves that one measure, as `relief-bot measures 6 --json` holds it', async () => {
    const cli = await runCli(['measures', '6', '--json']);
    const response = await fetch(`${server.url}/api/measures/6`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(cli.stdout)[0]);
  });

  it.each(['15', '0', 'abc', '06x'])('GET /api/measures/%s → 404 saying which ids exist', async (id) => {
    const response = await fetch(`${server.url}/api/measures/${id}`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toContain('1–14');
  });
});

describe('HTTP API while stopping', () => {
  it('a turn in flight when the stop comes still gets its reply', async () => {
    let release = (): void => undefined;
    let entered = (): void => undefined;
    const started = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const reply: Reply = {
      text: '好的', lang: 'zh', intent: 'greeting', confidence: 1, measures: [], awaiting: null, options: [], results: [], contacts: [], card: null,
    };
    const handleTurn = async (): Promise<Reply> => {
      entered();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return reply;
    };
    const http = createHttpServer({ plugins: [apiRoutes({ handleTurn, measures: [] })], logger: pino({ level: 'silent' }) });
    const { url } = await http.listen(0, '127.0.0.1');
    http.markReady();
    const inFlight = post(url, { sessionId: 's1', text: '你好' });
    await started;
    const stopped = http.stop();
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(reply);
    await stopped;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
