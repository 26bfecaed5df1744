/**
 * (b) An HTTP endpoint under load: autocannon with N connections on loopback for a fixed time, each
 * request built fresh (a new user, a new WeCom message id), reporting requests per second and latency.
 *
 * @example
 * const load = await runHttpLoad({ url: server.url, connections: 50, seconds: 10, request: (i) => chatRequest(i) });
 * load.requestsPerSecond // 2400
 */
import autocannon, { type AutocannonRequest } from 'autocannon';

export interface HttpLoadOptions {
  url: string;
  connections: number;
  seconds: number;
  /** The i-th request (method, path, headers, body). */
  request: (index: number) => AutocannonRequest;
}

export interface HttpLoadSummary {
  connections: number;
  seconds: number;
  requests: number;
  /** Mean over the run's seconds, as autocannon reports it. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses other than 2xx, errors and timeouts: all should be 0. */
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** One autocannon run; bounded by `seconds`. */
export async function runHttpLoad(options: HttpLoadOptions): Promise<HttpLoadSummary> {
  let index = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [{ setupRequest: (request) => ({ ...request, ...options.request(index++) }) }],
  });
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result['2xx'] + result.non2xx,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
