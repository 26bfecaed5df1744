/**
 * The HTTP API for integrators (and the operator console), a fastify plugin whose zod schemas both
 * check the requests and generate the OpenAPI description:
 * - `POST /api/chat {sessionId, text, lang?}` → the Reply JSON (src/core/reply.ts), channel "api",
 *   userId = sessionId; 429 with `Retry-After` (the body still the Reply, intent "rate_limited") when
 *   the session or the client address sends too much;
 * - `GET /api/measures` → the knowledge base, the array `relief-bot measures --json` prints;
 * - `GET /api/measures/:id` → one measure of that array, 404 for an unknown id;
 * - `GET /api/openapi.json` → the OpenAPI 3 description of the above.
 * Every error is `{ error: "..." }`; a bad request adds `issues: [{ field, message }]`.
 */
import swagger from '@fastify/swagger';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_MESSAGE_CHARS, type Message } from '../../core/message.js';
import type { RateLimiter } from '../../core/rate-limiter.js';
import { contactSchema, loadNotice, measureSchema, type Measure } from '../../policy/notice.js';
import type { Lang, Reply } from '../../core/reply.js';
import { jsonResponse, sendResponse, type HttpPlugin } from '../../infra/http-server.js';

/** Session ids the API accepts: safe in keys, logs and URLs. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;

const EXPECTED_BODY = '{"sessionId": "...", "text": "..."}';

const chatRequestSchema = z
  .object(
    {
      sessionId: z
        .string({ message: 'sessionId is required (a string)' })
        .regex(SESSION_ID_PATTERN, { message: 'sessionId must be 1–128 characters from A-Z a-z 0-9 _ . : -' })
        .describe('The caller\'s conversation: the same id continues it, a new one starts another.'),
      text: z
        .string({ message: 'text is required (a string)' })
        .min(1, { message: 'text must not be empty' })
        .max(MAX_MESSAGE_CHARS, { message: `text must be at most ${MAX_MESSAGE_CHARS} characters` })
        .refine((text) => text.trim() !== '', { message: 'text must not be blank' })
        .describe(`What the user typed, or the \`value\` of an offered option (e.g. "/answer enterpriseSize small"); at most ${MAX_MESSAGE_CHARS} characters.`),
      lang: z
        .enum(['zh', 'en'], { message: 'lang must be "zh" or "en"' })
        .optional()
        .describe('Pins the conversation\'s language (as the /lang command does); detected from each message when absent.'),
    },
    { message: `the body must be a JSON object: ${EXPECTED_BODY}` },
  )
  .describe('One message of a conversation.');

/** The body of `POST /api/chat`. */
export type ChatRequest = z.infer<typeof chatRequestSchema>;

const optionSchema = z.object({
  label: z.string().describe('Shown on the button.'),
  value: z.string().describe('Sent back as `text` when the button is pressed, e.g. "/answer enterpriseSize small".'),
});

/** The Reply (src/core/reply.ts) as integrators see it; a test checks real replies against it. */
export const replySchema = z
  .object({
    text: z.string().describe('Exactly what the user sees.'),
    lang: z.enum(['zh', 'en']),
    intent: z.string().describe('e.g. "rent_tenant", "out_of_scope", "rate_limited".'),
    confidence: z.number(),
    measures: z.array(z.number().int()).describe('Notice items 1–14 this reply is about.'),
    awaiting: z.string().nullable().describe('The fact being asked for, or null.'),
    options: z.array(optionSchema),
    results: z.array(z.looseObject({ measure: z.number().int(), eligible: z.boolean().nullable() })).describe('Rule outcomes, as `relief-bot check --json` prints them.'),
    contacts: z.array(contactSchema).describe('Contacts shown in this reply.'),
    card: z.string().nullable().describe('The operator answer card, or null.'),
    retryAfterSeconds: z.number().int().min(1).optional().describe('Only when rate limited: seconds to wait.'),
    cardEn: z.string().nullable().optional().describe('The same card in English, when the conversation is in English.'),
    cardCleared: z.boolean().optional().describe('True when the card an earlier reply showed no longer holds.'),
    cardHint: z.string().nullable().optional().describe('The closing line of `text` that says how to get the card; a client showing `card` may drop it.'),
    facts: z.array(z.object({
      name: z.string().describe('The fact name, e.g. "monthlyRent".'),
      label: z.string().describe('Its label in the reply\'s language.'),
      text: z.string().describe('The value in words.'),
      value: z.string().describe('The value as `/answer <name> <value>` takes it.'),
      options: z.array(optionSchema).describe('The other values a choice fact can take.'),
    })).optional().describe('What the bot has understood so far.'),
    answerId: z.string().optional().describe('The id of a result, to look it up (`relief-bot answer <id>`, /staff).'),
  })
  .describe('The bot\'s reply.');

const errorSchema = z.object({ error: z.string() }).describe('Every error: one line saying what is wrong.');
const badRequestSchema = z
  .object({ error: z.string(), issues: z.array(z.object({ field: z.string(), message: z.string() })) })
  .describe('A request that does not match the schema: one issue per problem.');

export interface ApiRoutesDeps {
  handleTurn: (message: Message) => Promise<Reply>;
  /** The knowledge base served; the notice's measures by default. */
  measures?: readonly Measure[];
  /**
   * A limit per client address on top of the bot's per-session one (one client inventing session ids
   * must not fill the store); `reply` renders the rate-limited answer (the bot's `rateLimitedReply`).
   */
  addressLimit?: { limiter: RateLimiter; reply: (text: string, lang: Lang | undefined, retryAfterSeconds: number) => Reply };
}

function badRequest(reply: FastifyReply, issues: { field: string; message: string }[]): void {
  return sendResponse(reply, jsonResponse(400, { error: issues.map((issue) => issue.message).join('; '), issues }));
}

/** 200, or 429 with `Retry-After` for a rate-limited reply (its body is still the Reply). */
function sendReply(reply: FastifyReply, body: Reply): void {
  if (body.intent !== 'rate_limited') return sendResponse(reply, jsonResponse(200, body));
  return sendResponse(reply, jsonResponse(429, body, { 'retry-after': String(body.retryAfterSeconds ?? 60) }));
}

class BodyNotJsonError extends Error {
  readonly statusCode = 400;
}

/**
 * The API as a plugin for the shared server.
 *
 * @example
 * const http = createHttpServer({ plugins: [apiRoutes({ handleTurn: bot.handleTurn })], logger });
 * // curl -H 'content-type: application/json' -d '{"sessionId":"caller-1","text":"3、4月房租能免吗"}' http://127.0.0.1:8080/api/chat
 */
export function apiRoutes(deps: ApiRoutesDeps): HttpPlugin {
  const measures = deps.measures ?? loadNotice().measures;
  const ids = measures.map((m) => m.id);
  const idRange = ids.length > 0 ? `${Math.min(...ids)}–${Math.max(...ids)}` : 'none';

  return async (root: FastifyInstance) => {
    await root.register(async (plain) => {
      const app = plain.withTypeProvider<ZodTypeProvider>();
      app.setValidatorCompiler(validatorCompiler);
      app.setSerializerCompiler(serializerCompiler);
      // Registered in this scope, it sees (and describes) the /api routes only.
      await app.register(swagger, {
        openapi: {
          info: { title: 'relief-bot API', version: '1', description: 'Questions about 西政办发〔2020〕6号 (Xicheng relief measures, 2020) in Chinese or English.' },
        },
        transform: jsonSchemaTransform,
      });

      // Any content type is read as JSON, as before (curl -d sends form encoding); the parser's own
      // message never reaches the client.
      app.removeAllContentTypeParsers();
      app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
        try {
          done(null, JSON.parse(String(body)) as unknown);
        } catch {
          done(new BodyNotJsonError(`the body must be JSON: ${EXPECTED_BODY}`), undefined);
        }
      });
      app.setErrorHandler((error: FastifyError, _request, reply) => {
        if (hasZodFastifySchemaValidationErrors(error)) {
          return badRequest(reply, error.validation.map((issue) => ({ field: issue.instancePath.slice(1).replaceAll('/', '.'), message: issue.message ?? 'invalid' })));
        }
        if (error instanceof BodyNotJsonError) return badRequest(reply, [{ field: '', message: error.message }]);
        // Everything else (413, 500) is answered by the server's handler.
        throw error;
      });

      app.post('/api/chat', {
        schema: {
          summary: 'Send one message; get the reply',
          description: `Bodies over the server's limit get 413. A session sending more than the configured messages per minute, or a client address sending more than its own limit, gets 429 with Retry-After.`,
          body: chatRequestSchema,
          response: { 200: replySchema, 400: badRequestSchema, 413: errorSchema, 429: replySchema },
        },
      }, async (request, reply) => {
        const { sessionId, text, lang } = request.body;
        if (deps.addressLimit) {
          // Fails open: if the limiter's store is down, the turn itself answers "busy".
          const hit = await deps.addressLimit.limiter.hit(`address:${request.ip}`).catch(() => ({ allowed: true, retryAfterSeconds: 0 }));
          if (!hit.allowed) return sendReply(reply, deps.addressLimit.reply(text, lang, hit.retryAfterSeconds));
        }
        return sendReply(reply, await deps.handleTurn({ channel: 'api', userId: sessionId, text, ...(lang ? { lang } : {}) }));
      });

      app.get('/api/measures', {
        schema: { summary: 'The knowledge base: every measure of the notice', response: { 200: z.array(measureSchema) } },
      }, (_request, reply) => sendResponse(reply, jsonResponse(200, measures)));

      app.get('/api/measures/:id', {
        schema: {
          summary: 'One measure of the notice',
          params: z.object({ id: z.string().describe(`The measure's number, ${idRange}.`) }),
          response: { 200: measureSchema, 404: errorSchema },
        },
      }, (request, reply) => {
        const { id } = request.params;
        const found = /^\d{1,3}$/.test(id) ? measures.find((m) => m.id === Number(id)) : undefined;
        if (!found) return sendResponse(reply, jsonResponse(404, { error: `no measure ${JSON.stringify(id)}; the measures are numbered ${idRange}` }));
        return sendResponse(reply, jsonResponse(200, found));
      });

      app.get('/api/openapi.json', { schema: { hide: true } }, (_request, reply) => sendResponse(reply, jsonResponse(200, app.swagger())));
    });
  };
}
