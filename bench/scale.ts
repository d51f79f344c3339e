/**
 * `npm run bench:scale -- N`: N generated documents (bench/scale/generate-corpus.ts, seeded; BENCH_WORDS
 * words each, default 30,000, so N = 100 is about 3 million words) ingested by the bulk ingest into a
 * throwaway embedded Neo4j (or NEO4J_URI), then the reads at that size: `/api/graph` uncached at 50
 * connections (default view, a one-month window), search, expand, entity detail, paths; the page's
 * first render in headless Chromium; Node's and Neo4j's memory. Prints the figures as Markdown for
 * docs/benchmarks.md. BENCH_SECONDS (default 10) per endpoint after BENCH_WARMUP_SECONDS (default 3);
 * BENCH_PROFILES=FILE writes the PROFILE of each read query there; BENCH_SCREENSHOT=FILE the page.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { GraphSelection } from '../domain/api';
import type { Graph } from '../graph/driver/connection';
import { withGraph } from '../graph/open-graph';
import { createApp } from '../server/app';
import { bulkIngest } from '../server/bulk/bulk-ingest';
import { collectDocumentFiles } from '../server/bulk/document-files';
import { timeRuns } from './support/bench-graph';
import { benchSeconds, bypassReadCache, measure, type LoadFigures } from './support/http-load';
import { listenOnLoopback } from './support/listen';
import { generateCorpus } from './scale/generate-corpus';
import { readProfiles } from './scale/read-profiles';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'];
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
const load = (): string => loadavg().map((value) => value.toFixed(1)).join(' ');

/** Peak and current resident memory of a process, from /proc (Linux); undefined elsewhere. */
async function processMemory(pid: number | undefined): Promise<{ peak: number; now: number } | undefined> {
  if (pid === undefined) return undefined;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { peak: kb('VmHWM'), now: kb('VmRSS') };
  } catch {
    return undefined;
  }
}

/** The busiest month of claims, for the one-month window. */
async function busiestMonth(graph: Graph): Promise<string> {
  const [row] = await graph.read(`
    MATCH ()-[r]->() WHERE r.date IS NOT NULL AND size(r.date) >= 7
    WITH substring(r.date, 0, 7) AS month, count(*) AS claims ORDER BY claims DESC LIMIT 1 RETURN month`);
  return String(row?.month ?? '1917-10');
}

async function firstRender(baseUrl: string): Promise<{ ms: number; nodes: number; labelled: number; line: string }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    if (process.env.BENCH_SCREENSHOT) await page.screenshot({ path: process.env.BENCH_SCREENSHOT });
    return await page.evaluate(() => {
      const cy = (window as unknown as { cy?: { nodes(): { length: number; filter(f: (n: { style(p: string): string }) => boolean): { length: number } } } }).cy;
      const nodes = cy?.nodes();
      return {
        ms: (window as unknown as { allegianceFirstRenderMs?: number }).allegianceFirstRenderMs ?? NaN,
        nodes: nodes?.length ?? NaN,
        labelled: nodes?.filter((node) => node.style('label') !== '').length ?? NaN,
        line: document.querySelector('[data-testid="graph-totals"]')?.textContent ?? '',
      };
    });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const documents = Number(process.argv[2] ?? 100);
  if (!Number.isInteger(documents) || documents < 1) throw new Error('Usage: npm run bench:scale -- N (a number of documents)');
  const wordsPerDocument = Number(process.env.BENCH_WORDS ?? 30_000);
  const seconds = benchSeconds('BENCH_SECONDS', process.env.BENCH_SECONDS, 10, 1);
  const warmup = benchSeconds('BENCH_WARMUP_SECONDS', process.env.BENCH_WARMUP_SECONDS, 3, 0);
  process.env.LOG_LEVEL ??= 'warn';
  const dir = await mkdtemp(path.join(tmpdir(), 'allegiance-scale-'));
  let neo4jPid: number | undefined;
  try {
    const corpus = generateCorpus({ documents, wordsPerDocument });
    for (const document of corpus) await writeFile(path.join(dir, document.name), document.text);
    console.log(`generated ${documents} documents (${corpus.filter((d) => d.language === 'sv').length} Swedish) in ${dir}; load ${load()}`);
    await withGraph(
      async (graph) => {
        const { files } = await collectDocumentFiles([dir]);
        let peakRss = 0;
        const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 500);
        const started = performance.now();
        let done = 0;
        const onDone = (): void => {
          done += 1;
          if (done % 10 === 0) process.stderr.write(`${done}/${files.length} documents after ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
        };
        const outcomes = await bulkIngest(graph, files, { jobs: availableParallelism(), onDone });
        const ingestSeconds = (performance.now() - started) / 1000;
        clearInterval(sampler);
        const words = outcomes.reduce((sum, outcome) => sum + outcome.words, 0);
        const failed = outcomes.filter((outcome) => outcome.error);
        const [size] = await graph.read('RETURN COUNT { (:Document) } AS documents, COUNT { (:Entity) } AS entities, COUNT { (:Sentence) } AS sentences, COUNT { (:Entity)-->(:Entity) } AS claims');
        const neo4jAfterIngest = await processMemory(neo4jPid);
        console.log(`\n## ingest (${availableParallelism()} workers), load ${load()}\n`);
        console.log(`| documents | words | seconds | words/s | failed | peak Node RSS | Neo4j RSS peak |`);
        console.log(`| ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
        console.log(`| ${outcomes.length} | ${words.toLocaleString('en-US')} | ${ingestSeconds.toFixed(1)} | ${Math.round(words / ingestSeconds).toLocaleString('en-US')} | ${failed.length} | ${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))} | ${neo4jAfterIngest ? mb(neo4jAfterIngest.peak) : 'n/a'} |`);
        console.log(`\ngraph: ${JSON.stringify(size)}`);
        for (const outcome of failed) console.log(`failed: ${outcome.path}: ${outcome.error?.message}`);

        bypassReadCache(graph);
        const server = await listenOnLoopback(createApp({ graph }));
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        try {
          const defaultView = (await (await fetch(`${base}/api/graph`)).text());
          const selection = JSON.parse(defaultView) as GraphSelection;
          const month = await busiestMonth(graph);
          const hub = [...selection.nodes].sort((a, b) => b.mentionCount - a.mentionCount)[0];
          const other = [...selection.nodes].sort((a, b) => b.mentionCount - a.mentionCount)[10] ?? hub;
          console.log(`\n/api/graph default view: ${selection.nodes.length} of ${selection.totals.entities} entities, ${selection.edges.length} edges (of ${selection.pairs} pairs among them) standing for ${selection.shown.claims} of ${selection.totals.claims} claims, ${selection.claimDays.length} histogram days, ${Math.round(defaultView.length / 1024)} KB`);
          const query = encodeURIComponent(hub.name.split(' ').pop() ?? hub.name);
          const endpoints = [
            '/api/graph',
            `/api/graph?from=${month}&to=${month}`,
            `/api/entities?q=${query}`,
            `/api/entities?q=${encodeURIComponent(other.name.slice(0, 4))}`,
            `/api/entities/${encodeURIComponent(hub.id)}/expand`,
            `/api/graph/claims?${new URLSearchParams({ source: selection.edges[0]?.source ?? hub.id, target: selection.edges[0]?.target ?? other.id, type: selection.edges[0]?.type ?? 'OPPOSED' }).toString()}`,
            `/api/entities/${encodeURIComponent(hub.id)}`,
            `/api/paths?from=${encodeURIComponent(hub.id)}&to=${encodeURIComponent(other.id)}`,
          ];
          // One caller first: what each read costs alone, before the load test piles 50 callers onto two cores.
          console.log(`\n## reads, uncached, one caller, 20 calls each after 3; load ${load()}\n`);
          console.log('| endpoint | p50 ms | p95 ms | bytes |');
          console.log('| --- | ---: | ---: | ---: |');
          for (const endpoint of endpoints) {
            let bytes = 0;
            const timing = await timeRuns(async () => {
              bytes = (await (await fetch(`${base}${endpoint}`)).arrayBuffer()).byteLength;
            }, 20, 3);
            console.log(`| \`GET ${endpoint}\` | ${timing.medianMs.toFixed(1)} | ${timing.p95Ms.toFixed(1)} | ${bytes.toLocaleString('en-US')} |`);
          }
          const figures: LoadFigures[] = [];
          for (const endpoint of endpoints) {
            if (warmup > 0) await measure(base, endpoint, warmup);
            figures.push(await measure(base, endpoint, seconds));
          }
          console.log(`\n## reads, uncached, 50 connections, ${seconds} s each after ${warmup} s warm-up; load ${load()}\n`);
          console.log('| endpoint | requests | non-2xx | p50 ms | p95 ms | req/s |');
          console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
          for (const row of figures) {
            console.log(`| \`GET ${row.path}\` | ${row.requests} | ${row.non2xx} | ${row.p50Ms.toFixed(1)} | ${row.p95Ms.toFixed(1)} | ${row.requestsPerSecond.toFixed(0)} |`);
          }
          if (process.env.BENCH_PROFILES) {
            const subjects = { ids: selection.nodes.map((node) => node.id), hub: hub.id, other: other.id, query: decodeURIComponent(query), month };
            await writeFile(process.env.BENCH_PROFILES, (await readProfiles(graph, subjects)).join('\n'));
            console.log(`\nPROFILE of each read written to ${process.env.BENCH_PROFILES}`);
          }
          const render = await firstRender(base);
          console.log(`\npage: first render ${render.ms} ms after navigation, ${render.nodes} nodes drawn, ${render.labelled} labelled; "${render.line}"`);
          const neo4j = await processMemory(neo4jPid);
          console.log(`memory: Node peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap used now ${mb(process.memoryUsage().heapUsed)}; Neo4j RSS now ${neo4j ? mb(neo4j.now) : 'n/a'}, peak ${neo4j ? mb(neo4j.peak) : 'n/a'}`);
        } finally {
          server.closeAllConnections();
          await new Promise((resolve) => server.close(resolve));
        }
      },
      { throwawayData: true, onEmbeddedStart: (neo4j) => (neo4jPid = neo4j.pid) },
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
