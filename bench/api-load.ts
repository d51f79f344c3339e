/**
 * `npm run bench:api`: load test of the read endpoints with the sample corpus ingested. The app
 * listens on 127.0.0.1 only; autocannon drives each endpoint with 50 connections for a bounded time
 * (BENCH_SECONDS, default 10) and the script prints p50, p95 and throughput per endpoint, for
 * docs/benchmarks.md. Uses NEO4J_URI when set, else a throwaway embedded Neo4j that it stops again.
 * Each endpoint first gets BENCH_WARMUP_SECONDS (default 3) of unrecorded load, so that a freshly
 * started Neo4j JVM has compiled its hot paths before anything is measured.
 * BENCH_READ_CACHE=off measures every request against Neo4j: the bench replaces the graph's read
 * cache (server/routes/read-cache.ts) with one that computes each answer, so the cold cost shows.
 */
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { withGraph } from '../graph/open-graph';
import { searchEntities } from '../graph/queries/search';
import { createApp } from '../server/app';
import { ensureSampleCorpus } from '../server/sample-corpus';
import { benchSeconds, bypassReadCache, CONNECTIONS, measure, type LoadFigures } from './support/http-load';
import { listenOnLoopback } from './support/listen';


function readCacheEnabled(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error('BENCH_READ_CACHE must be on or off');
}

async function main(): Promise<void> {
  const seconds = benchSeconds('BENCH_SECONDS', process.env.BENCH_SECONDS, 10, 1);
  const warmupSeconds = benchSeconds('BENCH_WARMUP_SECONDS', process.env.BENCH_WARMUP_SECONDS, 3, 0);
  const cached = readCacheEnabled(process.env.BENCH_READ_CACHE);
  const loadBefore = loadavg().map((value) => value.toFixed(2)).join(' ');
  // One log line per request would measure the terminal, not the API.
  process.env.LOG_LEVEL ??= 'warn';
  const figures = await withGraph(async (graph) => {
    const ingest = await ensureSampleCorpus(graph);
    console.log(`sample corpus: ${ingest.status}, ${ingest.entities} entities, ${ingest.relations} claims, ${ingest.sentences} sentences`);
    const [top] = await searchEntities(graph, 'Kerenskis', { limit: 1 });
    const id = encodeURIComponent(top?.id ?? 'kerenski');
    const endpoints = ['/api/graph', '/api/entities?q=Kerenskis', `/api/entities/${id}`, `/api/entities/${id}/allegiance`, `/api/entities/${id}/neighbors?depth=2`];
    if (!cached) bypassReadCache(graph);
    const server = await listenOnLoopback(createApp({ graph }));
    const { port } = server.address() as AddressInfo;
    try {
      const measured: LoadFigures[] = [];
      for (const endpoint of endpoints) {
        if (warmupSeconds > 0) await measure(`http://127.0.0.1:${port}`, endpoint, warmupSeconds);
        measured.push(await measure(`http://127.0.0.1:${port}`, endpoint, seconds));
      }
      return measured;
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, { throwawayData: true });
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  console.log(`\n${CONNECTIONS} connections, ${seconds} s per endpoint after ${warmupSeconds} s of warm-up, read cache ${cached ? 'on' : 'off'}, loopback, Node ${process.version}, load average before ${loadBefore}, after ${load}\n`);
  console.log('| endpoint | requests | non-2xx | p50 ms | p95 ms | req/s |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of figures) {
    console.log(`| \`GET ${row.path}\` | ${row.requests} | ${row.non2xx} | ${row.p50Ms.toFixed(1)} | ${row.p95Ms.toFixed(1)} | ${row.requestsPerSecond.toFixed(0)} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
