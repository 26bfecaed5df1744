import type { FastifyInstance } from 'fastify';

/**
 * The HTTP shapes route handlers see, independent of the server library, so each channel's routes are
 * plain async functions that tests call directly and the server (src/infra/http-server.ts) mounts.
 */
export interface HttpRequest {
  method: string;
  /** The path without the query string, e.g. "/wecom/callback". */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  /** The raw body (already limited in size by the server). */
  body: Buffer;
  /** The client's address (the socket's, or the trusted `X-Forwarded-For` one); set by the server. */
  clientAddress?: string;
}

export interface HttpResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

export interface Route {
  method: 'GET' | 'POST';
  /** An exact path, or one ending in "/:param" (the value is in `params`). */
  path: string;
  handle(request: HttpRequest, params: Record<string, string>): Promise<HttpResponse>;
  /** Bodies above this are refused with 413 (the server's limit when unset). */
  maxBodyBytes?: number;
}

/** A fastify plugin mounted on the shared server (the API and the console are). */
export type HttpPlugin = (app: FastifyInstance) => Promise<void>;
