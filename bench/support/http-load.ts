/**
 * HTTP load for the API benchmarks (bench:api, bench:scale): autocannon drives one URL with
 * CONNECTIONS connections for a bounded time and the latencies of every response give p50 and p95;
 * `bypassReadCache` makes the routers compute every answer, so the cold cost of Neo4j shows.
 */
import autocannon from 'autocannon';
import type { Response } from 'express';
import type { Graph } from '../../graph/driver/connection';
import { readCacheFor } from '../../server/routes/read-cache';

export const CONNECTIONS = 50;

export interface LoadFigures {
  path: string;
  requests: number;
  non2xx: number;
  p50Ms: number;
  p95Ms: number;
  requestsPerSecond: number;
}

const MAX_SECONDS = 60;

/** A duration from the environment (BENCH_SECONDS and the like), checked. */
export function benchSeconds(name: string, value: string | undefined, fallback: number, min: number): number {
  const seconds = value === undefined || value === '' ? fallback : Number(value);
  if (!Number.isInteger(seconds) || seconds < min || seconds > MAX_SECONDS) throw new Error(`${name} must be ${min} to ${MAX_SECONDS}`);
  return seconds;
}

/** The value below which `share` of the sorted samples lie (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

export async function measure(baseUrl: string, endpoint: string, seconds: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url: `${baseUrl}${endpoint}`, connections: CONNECTIONS, duration: seconds };
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    path: endpoint,
    requests: result.requests.total,
    non2xx: result.non2xx,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    requestsPerSecond: result.requests.total / seconds,
  };
}

/** Makes the routers' cache of `graph` compute every answer: the routers hold the object, so its method is swapped. */
export function bypassReadCache(graph: Graph): void {
  Object.assign(readCacheFor(graph), {
    async sendJson(res: Response, _key: string, compute: () => Promise<unknown>): Promise<void> {
      res.type('application/json').send(JSON.stringify(await compute()));
    },
  });
}
