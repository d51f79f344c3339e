/** The read cache: fresh hits, shared computation, stale-while-refresh, clear, and no cached failures. */
import type { Response } from 'express';
import { createReadCache } from '../../../server/routes/read-cache';

function recorder(): { res: Response; sent: string[] } {
  const sent: string[] = [];
  const res = { type: () => res, send: (body: Buffer) => sent.push(body.toString()) } as unknown as Response;
  return { res, sent };
}

test.each([
  ['within the ttl the first answer is reused', 500, false, ['1', '1']],
  ['after the ttl the stale answer is served once while it refreshes', 1500, false, ['1', '1', '2']],
  ['after clear the next request recomputes', 500, true, ['1', '2', '2']],
])('%s', async (_name, elapsed, clear, expected) => {
  let clock = 0;
  let calls = 0;
  const cache = createReadCache(1000, () => clock);
  const { res, sent } = recorder();
  const compute = async (): Promise<number> => ++calls;
  await cache.sendJson(res, '/api/graph', compute);
  clock += elapsed;
  if (clear) cache.clear();
  await cache.sendJson(res, '/api/graph', compute);
  await new Promise((resolve) => setImmediate(resolve));
  if (expected.length > 2) await cache.sendJson(res, '/api/graph', compute);
  expect(sent).toEqual(expected);
});

test('concurrent requests share one computation, and a failure is not cached', async () => {
  const cache = createReadCache(1000, () => 0);
  const { res, sent } = recorder();
  let calls = 0;
  const failing = async (): Promise<number> => {
    calls += 1;
    throw new Error('Neo4j down');
  };
  await expect(Promise.all([cache.sendJson(res, '/a', failing), cache.sendJson(res, '/a', failing)])).rejects.toThrow('Neo4j down');
  expect(calls).toBe(1);
  await cache.sendJson(res, '/a', async () => 7);
  expect(sent).toEqual(['7']);
});
