/**
 * `npm run bench:reliability [-- --duration SECONDS] [--no-drills]`: the reliability figures of
 * docs/reliability.md. Against its own embedded Neo4j (temporary data) and the app on 127.0.0.1
 * (loopback only, bounded in time and count), it prints: every hostile query and bad upload with
 * the status it got and whether the graph's counts stayed the same; a soak of mixed reads and
 * uploads at 20 connections (default 300 s) with errors and the server's RSS/heap at start and end;
 * and the fault drills of bench/support/fault-drills.ts with their outcomes.
 */
import iconv from 'iconv-lite';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import type { Graph } from '../graph/driver/connection';
import { openGraph } from '../graph/open-graph';
import { createApp } from '../server/app';
import { ingestFile } from '../server/ingest-document';
import { DEFAULT_SECURITY } from '../server/security';
import { crashNeo4jUnderServer, killIngestMidway, LARGE_DOCUMENT } from './support/fault-drills';
import { HOSTILE_QUERIES } from './support/hostile-queries';
import { listenOnLoopback } from './support/listen';

const CONNECTIONS = 20;
const MEGABYTE = 1024 * 1024;
const SETTLE_MS = 15_000;
const WARMUP_SECONDS = 15;
/** Uploads cycle through this many titles, so the graph (and every response) stays the same size and growth means a leak. */
const UPLOAD_TITLES = 20;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface Memory {
  rssMb: number;
  heapMb: number;
}

/** The server's memory after a full collection, so that garbage waiting to be collected does not count. */
function memory(): Memory {
  collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: Math.round(rss / MEGABYTE), heapMb: Math.round(heapUsed / MEGABYTE) };
}

async function counts(graph: Graph): Promise<string> {
  const [row] = await graph.read('RETURN COUNT { () } AS nodes, COUNT { ()-->() } AS relationships');
  return `${row.nodes}/${row.relationships}`;
}

async function post(base: string, urlPath: string, body: string | Uint8Array, contentType: string): Promise<number> {
  const response = await fetch(`${base}${urlPath}`, { method: 'POST', headers: { 'Content-Type': contentType }, body: Buffer.from(body) });
  await response.arrayBuffer();
  return response.status;
}

const BAD_UPLOADS: [label: string, body: () => Uint8Array][] = [
  ['over 10 MB', () => new Uint8Array(10 * MEGABYTE + 1).fill(0x61)],
  ['KOI8-R (an encoding not told with confidence)', () => iconv.encode('Это русский текст о революции в Петрограде.', 'koi8-r')],
  ['binary', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])],
  ['empty', () => new Uint8Array()],
  ['punctuation only', () => Buffer.from('... --- ;;; !!! ???')],
];

async function hostileInputs(graph: Graph, base: string): Promise<void> {
  console.log('\n## Hostile queries (POST /api/cypher)');
  for (const [label, query, expected] of HOSTILE_QUERIES) {
    const before = await counts(graph);
    const status = await post(base, '/api/cypher', JSON.stringify({ query }), 'application/json');
    const unchanged = (await counts(graph)) === before;
    console.log(`${status === expected && unchanged ? 'ok  ' : 'FAIL'} ${status} counts ${unchanged ? 'unchanged' : 'CHANGED'}  ${label}`);
  }
  console.log('\n## Bad uploads (POST /api/documents)');
  for (const [label, body] of BAD_UPLOADS) {
    const before = await counts(graph);
    const status = await post(base, '/api/documents?title=bad', body(), 'text/plain');
    const unchanged = (await counts(graph)) === before;
    console.log(`${status >= 400 && status < 500 && unchanged ? 'ok  ' : 'FAIL'} ${status} counts ${unchanged ? 'unchanged' : 'CHANGED'}  ${label}`);
  }
}

/** Four reads for every upload; each upload is a new version of one of UPLOAD_TITLES documents, so it runs the extractor and a replacing write. */
function soakRequests(): autocannon.Request[] {
  let upload = 0;
  const read = (urlPath: string): autocannon.Request => ({ method: 'GET', path: urlPath });
  return [
    read('/api/graph?from=1917-10-01&to=1918-03-31'),
    read('/api/entities?q=Lenin'),
    { method: 'POST', path: '/api/cypher', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'MATCH (e:Entity) RETURN e.name AS name LIMIT 25' }) },
    read('/api/documents'),
    {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      setupRequest: (request) => {
        upload += 1;
        return {
          ...request,
          path: `/api/documents?title=soak-${upload % UPLOAD_TITLES}`,
          body: `Den ${1 + (upload % 28)} oktober 1917 talade Lenin i Smolnyj. Trotskij ledde kommittén nummer ${upload}. Kerenskij flydde.`,
        };
      },
    },
  ];
}

/** Uploads still running when autocannon stops (each may take seconds under load) finish before we measure or close. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

async function soak(base: string, seconds: number): Promise<void> {
  console.log(`\n## Soak: ${CONNECTIONS} connections, ${seconds} s after a ${WARMUP_SECONDS} s warm-up, 4 reads : 1 upload`);
  await autocannon({ url: base, connections: CONNECTIONS, duration: WARMUP_SECONDS, requests: soakRequests() });
  await settle();
  const start = memory();
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: seconds, requests: soakRequests() });
  await settle();
  const end = memory();
  const non2xx = result.non2xx;
  console.log(`requests ${result.requests.total}, ${result.requests.average}/s; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  console.log(`errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${non2xx}`);
  const growth = (from: number, to: number): string => `${(((to - from) / from) * 100).toFixed(1)}%`;
  console.log(`memory start RSS ${start.rssMb} MB heap ${start.heapMb} MB; end RSS ${end.rssMb} MB heap ${end.heapMb} MB (RSS ${growth(start.rssMb, end.rssMb)}, heap ${growth(start.heapMb, end.heapMb)})`);
}

async function drills(graph: Graph): Promise<void> {
  console.log('\n## Fault drills');
  const killed = await killIngestMidway(graph, LARGE_DOCUMENT, 'drill-killed-ingest');
  console.log(`ingest SIGKILLed during "${killed.killedDuring}": left ${JSON.stringify(killed.afterKill)}; rerun ${killed.rerun.status}, stored ${JSON.stringify(killed.afterRerun)}`);
  const crash = await crashNeo4jUnderServer();
  console.log(`Neo4j SIGKILLed under the server: before ${JSON.stringify(crash.before)}`);
  console.log(`  while down: /api/graph ${crash.duringOutage.graph.status} "${crash.duringOutage.graph.message ?? ''}", /api/health ${crash.duringOutage.health.status}`);
  console.log(`  restarted on its data in ${crash.restartSeconds.toFixed(1)} s: /api/graph ${crash.afterRestart.graph.status}, /api/documents ${crash.afterRestart.documents.status}, after ${JSON.stringify(crash.after)}`);
}


async function main(): Promise<void> {
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '300' }, 'no-drills': { type: 'boolean', default: false } } });
  const seconds = Number(values.duration);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600) throw new Error('--duration must be 1-3600 seconds');
  // One log line per request would bury the figures; failures (level error) are still printed.
  process.env.LOG_LEVEL ??= 'error';
  // Always a throwaway embedded Neo4j, so the soak's uploads and the drills never touch real data.
  const { graph, close } = await openGraph({ env: {}, throwawayData: true });
  let server: Server | undefined;
  try {
    await ingestFile(graph, LARGE_DOCUMENT);
    // The soak sends far more than a person would; the limits themselves are tested in test/reliability.
    const unlimited = { max: 1_000_000, windowMs: 60_000 };
    server = await listenOnLoopback(createApp({ graph, security: { ...DEFAULT_SECURITY, uploadLimit: unlimited, queryLimit: unlimited } }));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await hostileInputs(graph, base);
    await soak(base, seconds);
    if (!values['no-drills']) await drills(graph);
  } finally {
    server?.closeAllConnections();
    server?.close();
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
