/**
 * The HTTP API for integrators (and the operator console):
 * - `POST /api/chat {sessionId, text}` → the Reply JSON (src/core/reply.ts), channel "api", userId = sessionId;
 * - `GET /api/measures` → the knowledge base, the array `relief-bot measures --json` prints;
 * - `GET /api/measures/:id` → one measure of that array, 404 for an unknown id.
 * Requests are checked by zod at this edge; a bad one gets 400 with the reason per field.
 */
import { z } from 'zod';
import { MAX_MESSAGE_CHARS } from '../../core/message.js';
import { loadNotice, type Measure } from '../../policy/notice.js';
import type { Reply } from '../../core/reply.js';
import { jsonResponse } from '../../infra/http-server.js';
import type { HttpRequest, HttpResponse, Route } from '../../core/http-types.js';
import type { Message } from '../../core/message.js';

/** Session ids the API accepts: safe in keys, logs and URLs. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;

const chatRequestSchema = z.object({
  sessionId: z
    .string({ message: 'sessionId is required (a string)' })
    .regex(SESSION_ID_PATTERN, { message: 'sessionId must be 1–128 characters from A-Z a-z 0-9 _ . : -' }),
  text: z
    .string({ message: 'text is required (a string)' })
    .min(1, { message: 'text must not be empty' })
    .max(MAX_MESSAGE_CHARS, { message: `text must be at most ${MAX_MESSAGE_CHARS} characters` })
    .refine((text) => text.trim() !== '', { message: 'text must not be blank' }),
});

/** The body of `POST /api/chat`. */
export type ChatRequest = z.infer<typeof chatRequestSchema>;

export interface ApiRoutesDeps {
  handleTurn: (message: Message) => Promise<Reply>;
  /** The knowledge base served; the notice's measures by default. */
  measures?: readonly Measure[];
}

/** A 400 with one line per problem, e.g. `{ error: "text must not be empty", issues: [{ field: "text", ... }] }`. */
function badRequest(issues: { field: string; message: string }[]): HttpResponse {
  return jsonResponse(400, { error: issues.map((issue) => issue.message).join('; '), issues });
}

function parseChatRequest(request: HttpRequest): { ok: true; value: ChatRequest } | { ok: false; response: HttpResponse } {
  let json: unknown;
  try {
    json = JSON.parse(request.body.toString('utf8'));
  } catch {
    return { ok: false, response: badRequest([{ field: '', message: 'the body must be JSON: {"sessionId": "...", "text": "..."}' }]) };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, response: badRequest([{ field: '', message: 'the body must be a JSON object: {"sessionId": "...", "text": "..."}' }]) };
  }
  const parsed = chatRequestSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      response: badRequest(parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }))),
    };
  }
  return { ok: true, value: parsed.data };
}

/**
 * The API routes.
 *
 * @example
 * const routes = createApiRoutes({ handleTurn: bot.handleTurn });
 * // curl -d '{"sessionId":"caller-1","text":"3、4月房租能免吗"}' http://127.0.0.1:8080/api/chat
 */
export function createApiRoutes(deps: ApiRoutesDeps): Route[] {
  const measures = deps.measures ?? loadNotice().measures;
  const ids = measures.map((m) => m.id);
  return [
    {
      method: 'POST',
      path: '/api/chat',
      async handle(request) {
        const parsed = parseChatRequest(request);
        if (!parsed.ok) return parsed.response;
        const reply = await deps.handleTurn({ channel: 'api', userId: parsed.value.sessionId, text: parsed.value.text });
        return jsonResponse(200, reply);
      },
    },
    {
      method: 'GET',
      path: '/api/measures',
      handle: () => Promise.resolve(jsonResponse(200, measures)),
    },
    {
      method: 'GET',
      path: '/api/measures/:id',
      handle(_request, params) {
        const id = params.id ?? '';
        const found = /^\d{1,3}$/.test(id) ? measures.find((m) => m.id === Number(id)) : undefined;
        if (!found) {
          return Promise.resolve(
            jsonResponse(404, { error: `no measure ${JSON.stringify(id)}; the measures are numbered ${Math.min(...ids)}–${Math.max(...ids)}` }),
          );
        }
        return Promise.resolve(jsonResponse(200, found));
      },
    },
  ];
}
