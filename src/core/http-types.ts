/**
 * The HTTP shapes route handlers see, independent of node:http, so each channel's routes are plain
 * async functions that tests call directly and the server dispatches to.
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
}
