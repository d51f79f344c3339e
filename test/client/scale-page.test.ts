/**
 * The page over a generated 20-document graph (bench/scale/generate-corpus.ts, bulk-ingested into the
 * test Neo4j), in headless Chromium: it draws the server's top-N selection and says "showing N of M"
 * with the API's totals, and "Expand" on an entity adds its neighbours that were not drawn, without
 * moving the ones that were, and updates the line. First render time is printed, not asserted.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { generateCorpus } from '../../bench/scale/generate-corpus';
import type { GraphExpansion, GraphSelection } from '../../domain/api';
import type { Graph } from '../../graph/driver/connection';
import { applySchema } from '../../graph/schema';
import { buildClient } from '../../scripts/build-client';
import { createApp } from '../../server/app';
import { bulkIngest } from '../../server/bulk/bulk-ingest';
import { collectDocumentFiles } from '../../server/bulk/document-files';
import { clearGraph, connectTestGraph } from '../support/graph';
import { CHROMIUM_PATH } from './support/live-page';

const describeWithChromium = existsSync(CHROMIUM_PATH) ? describe : describe.skip;
const TOTALS = /^showing ([\d,]+) of ([\d,]+) entities · ([\d,]+) of ([\d,]+) claims$/;
const number = (text: string): number => Number(text.replace(/,/g, ''));

describeWithChromium('the page over a generated 20-document graph', () => {
  jest.setTimeout(400_000);
  let graph: Graph;
  let server: Server;
  let browser: Browser;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    await buildClient();
    graph = await connectTestGraph();
    await clearGraph(graph);
    await applySchema(graph);
    dir = await mkdtemp(path.join(tmpdir(), 'allegiance-scale-page-'));
    for (const document of generateCorpus({ documents: 20, wordsPerDocument: 1200, seed: 20 })) await writeFile(path.join(dir, document.name), document.text);
    const outcomes = await bulkIngest(graph, (await collectDocumentFiles([dir])).files, { jobs: 2 });
    expect(outcomes.filter((outcome) => outcome.status !== 'created')).toEqual([]);
    server = createApp({ graph }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });
  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await graph?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("says how much of the graph it shows, and Expand adds an entity's hidden neighbours", async () => {
    const selection = (await (await fetch(`${base}/api/graph`)).json()) as GraphSelection;
    expect(selection.totals.entities).toBeGreaterThan(selection.nodes.length);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    process.stdout.write(`20-document graph: first render ${await page.evaluate(() => window.allegianceFirstRenderMs)} ms after navigation\n`);

    const line = async (): Promise<string> => (await page.textContent('[data-testid="graph-totals"]'))?.trim() ?? '';
    const [, shown, entities, shownClaims, claims] = TOTALS.exec(await line()) ?? [];
    expect([number(shown), number(entities), number(shownClaims), number(claims)]).toEqual([
      selection.nodes.length,
      selection.totals.entities,
      selection.shown.claims,
      selection.totals.claims,
    ]);
    // One edge per pair and relation type, each with the count of its claims.
    expect(await page.evaluate(() => window.cy!.edges().length)).toBe(selection.edges.length);
    expect(selection.edges.some((edge) => edge.claims > 1)).toBe(true);
    expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(selection.nodes.length);

    // An entity of the view with neighbours the view does not draw.
    const drawn = new Set(selection.nodes.map((node) => node.id));
    let target: { id: string; hidden: number } | undefined;
    for (const node of selection.nodes) {
      const expansion = (await (await fetch(`${base}/api/entities/${encodeURIComponent(node.id)}/expand`)).json()) as GraphExpansion;
      const hidden = expansion.nodes.filter((neighbour) => !drawn.has(neighbour.id)).length;
      if (hidden > 0) {
        target = { id: node.id, hidden };
        break;
      }
    }
    expect(target).toBeDefined();
    const before = await page.evaluate((id) => {
      const cy = window.cy!;
      cy.getElementById(id).emit('tap');
      return cy.nodes().map((node) => ({ id: node.id(), ...node.position() }));
    }, target!.id);
    await page.click('button[data-action="expand"]');
    await page.waitForFunction((count) => window.cy!.nodes().length === count, selection.nodes.length + target!.hidden, { timeout: 30_000 });
    const after = await page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((node) => [node.id(), node.position()])));
    for (const node of before) expect(after[node.id]).toEqual({ x: node.x, y: node.y });
    expect(number(TOTALS.exec(await line())?.[1] ?? '0')).toBe(selection.nodes.length + target!.hidden);
    expect(problems).toEqual([]);
  });
});
