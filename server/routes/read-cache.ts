/**
 * A short-lived cache of serialised read responses, one per Graph. The graph changes only when a
 * document is ingested or deleted, yet the whole-graph view costs Neo4j hundreds of milliseconds, so
 * under load most requests would wait for the same answer. Entries live `ttlMs` (2 s by default, so an
 * ingest from the command line shows within seconds), concurrent requests for the same URL share one
 * computation, an expired answer is served once more while its refresh runs (so load never waits for
 * Neo4j in a burst), and the documents router clears the cache after every write through the API.
 * Failures are never cached.
 */
import type { Response } from 'express';
import type { Graph } from '../../graph/driver/connection';

export const DEFAULT_TTL_MS = 2_000;
const MAX_ENTRIES = 500;

interface Entry {
  expires: number;
  body: Promise<Buffer>;
  /** True once `body` has resolved: only a settled entry may be served stale while it is refreshed. */
  settled: boolean;
}

export interface ReadCache {
  /** Sends the JSON for `key`, computing it with `compute` unless a fresh copy is cached or on its way. */
  sendJson(res: Response, key: string, compute: () => Promise<unknown>): Promise<void>;
  clear(): void;
}

/**
 * @example const cache = createReadCache(); await cache.sendJson(res, req.originalUrl, () => graphInWindow(graph, filter));
 */
export function createReadCache(ttlMs = DEFAULT_TTL_MS, now: () => number = Date.now): ReadCache {
  const entries = new Map<string, Entry>();
  const refresh = (key: string, compute: () => Promise<unknown>, stale?: Entry): Promise<Buffer> => {
    if (entries.size >= MAX_ENTRIES) entries.clear();
    const body = compute().then((value) => Buffer.from(JSON.stringify(value)));
    const entry: Entry = { expires: now() + ttlMs, body, settled: false };
    // While the new answer is computed, later requests keep getting the stale one (it is at most one refresh old).
    if (stale) stale.expires = entry.expires;
    body.then(
      () => {
        entry.settled = true;
        if (stale && entries.get(key) === stale) entries.set(key, entry);
      },
      () => {
        if (entries.get(key) === entry) entries.delete(key);
      },
    );
    if (!stale) entries.set(key, entry);
    return body;
  };
  const lookup = (key: string, compute: () => Promise<unknown>): Promise<Buffer> => {
    const cached = entries.get(key);
    if (!cached) return refresh(key, compute);
    if (cached.expires <= now() && cached.settled) void refresh(key, compute, cached).catch(() => undefined);
    return cached.body;
  };
  return {
    async sendJson(res, key, compute) {
      const body = await lookup(key, compute);
      res.type('application/json').send(body);
    },
    clear: () => entries.clear(),
  };
}

const CACHES = new WeakMap<Graph, ReadCache>();

/**
 * The one cache of a Graph, shared by the routers that read and the router that writes.
 * @example readCacheFor(graph).clear();
 */
export function readCacheFor(graph: Graph): ReadCache {
  let cache = CACHES.get(graph);
  if (!cache) {
    cache = createReadCache();
    CACHES.set(graph, cache);
  }
  return cache;
}
