/**
 * Starts what the end-to-end test looks at: the real app on a free loopback port over the test Neo4j
 * (with the sample corpus ingested), and headless Debian Chromium with the canvas renderer.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import type { IngestResult } from '../../../domain/api';
import type { Graph } from '../../../graph/driver/connection';
import { applySchema } from '../../../graph/schema';
import { buildClient } from '../../../scripts/build-client';
import { createApp } from '../../../server/app';
import type { AuthOptions } from '../../../server/auth/auth-options';
import { ensureSampleCorpus } from '../../../server/sample-corpus';
import { clearGraph, connectTestGraph } from '../../support/graph';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LivePage {
  baseUrl: string;
  /** The test Neo4j the app serves, for adding users or changing data behind the page's back. */
  graph: Graph;
  browser: Browser;
  ingest: IngestResult;
  close(): Promise<void>;
}

function listen(graph: Graph, auth: AuthOptions | undefined): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createApp({ graph, auth }).listen(0, '127.0.0.1');
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

/**
 * @example const live = await startLivePage(); await live.browser.newPage(); ... await live.close();
 */
export async function startLivePage(options: { auth?: AuthOptions } = {}): Promise<LivePage> {
  await buildClient();
  const graph = await connectTestGraph();
  await clearGraph(graph);
  await applySchema(graph);
  const ingest = await ensureSampleCorpus(graph);
  const server = await listen(graph, options.auth);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    graph,
    browser,
    ingest,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await graph.close();
    },
  };
}
