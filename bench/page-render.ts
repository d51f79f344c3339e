/**
 * How long the page takes to draw the full graph, on the client alone: the built page and a GraphView
 * fixture are served from memory (no Neo4j), and headless Chromium loads the page several times.
 * Prints each run and the median of: first render after navigation, and first render after the graph
 * arrived (layout + drawing). `--copies N` repeats the graph N times to see how it scales.
 *
 *   npm run --silent build:client && npx tsx bench/page-render.ts [view.json] [--runs 5] [--copies 1]
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { chromium } from 'playwright-core';
import type { GraphView } from '../domain/api';

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_VIEW = path.join(ROOT, 'test', 'client', 'fixtures', 'corpus-graph.json');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

/** The view repeated `copies` times with suffixed ids, as disjoint copies of one graph. */
function replicate(view: GraphView, copies: number): GraphView {
  const suffix = (id: string, copy: number): string => (copy === 0 ? id : `${id}~${copy}`);
  const range = [...Array(copies).keys()];
  return {
    nodes: range.flatMap((copy) => view.nodes.map((node) => ({ ...node, id: suffix(node.id, copy) }))),
    edges: range.flatMap((copy) =>
      view.edges.map((edge) => ({ ...edge, id: suffix(edge.id, copy), source: suffix(edge.source, copy), target: suffix(edge.target, copy) })),
    ),
  };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  const file = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : DEFAULT_VIEW;
  const view = replicate(JSON.parse(readFileSync(file, 'utf8')) as GraphView, option('--copies', 1));
  const runs = option('--runs', 5);
  const app = express();
  app.get('/api/graph', (_request, response) => {
    response.json(view);
  });
  app.get('/api/documents', (_request, response) => {
    response.json([]);
  });
  app.use(express.static(path.join(ROOT, 'client', 'dist')));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const afterNavigation: number[] = [];
  const afterGraph: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
      const timing = await page.evaluate(() => {
        const graph = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => entry.name.includes('/api/graph'));
        return { render: window.allegianceFirstRenderMs ?? NaN, graph: graph?.responseEnd ?? NaN };
      });
      afterNavigation.push(timing.render);
      afterGraph.push(Math.round(timing.render - timing.graph));
      process.stdout.write(`run ${run + 1}: first render ${timing.render} ms after navigation, ${Math.round(timing.render - timing.graph)} ms after the graph arrived\n`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write(
    `${view.nodes.length} entities, ${view.edges.length} claims: median first render ${median(afterNavigation)} ms after navigation, ` +
      `${median(afterGraph)} ms after the graph arrived (${runs} runs)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
