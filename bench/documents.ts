/**
 * `npm run bench:documents`: the figures of documents in the page, for docs/benchmarks.md.
 *  1. /api/graph latency (p50, p95) while idle, and while an upload of the corpus repeated
 *     BENCH_COPIES times (default 20, about 4 MB) is read and extracted in the worker and written.
 *  2. Uploading the sample corpus from the page (headless Chromium: the dialog, then the job until
 *     done) against ingesting the same bytes as `npm run ingest` does (ingestBytes, no HTTP), each on
 *     a graph without it; and how soon the page shows progress.
 *  3. The reader opening the whole sample corpus: from the click on "Read" to the text drawn, and
 *     the part spent laying the text out and drawing it (the rest is the request).
 * Runs on a throwaway embedded Neo4j (or NEO4J_URI), on loopback; prints the load average, since
 * the machine may be shared. BENCH_SCREENSHOT=docs/screenshot-documents.png also takes the README's picture.
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { deleteDocument } from '../graph/writes/delete-document';
import { buildClient } from '../scripts/build-client';
import { createApp } from '../server/app';
import { ingestBytes } from '../server/ingest-document';
import { SAMPLE_CORPUS_ID, SAMPLE_CORPUS_PATH, SAMPLE_CORPUS_TITLE } from '../server/sample-corpus';
import { withBenchGraph } from './support/bench-graph';
import { listenOnLoopback } from './support/listen';

// Request logs would drown the figures.
process.env.LOG_LEVEL ??= 'silent';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const COPIES = Number(process.env.BENCH_COPIES ?? 20);
const SAMPLE_SECONDS = 10;

/** Moves on across calls, so a later sample never repeats an earlier window. */
let windowSeed = 0;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

/**
 * Sequential GET /api/graph until `until` resolves (or for SAMPLE_SECONDS). Each asks for another
 * window (a different end day), so the read cache answers none of them and every one reaches Neo4j.
 */
async function graphLatencies(baseUrl: string, until: Promise<unknown> | null): Promise<{ p50: number; p95: number; requests: number }> {
  const samples: number[] = [];
  let done = false;
  void until?.finally(() => (done = true));
  const deadline = Date.now() + SAMPLE_SECONDS * 1000;
  while (until ? !done : Date.now() < deadline) {
    const started = performance.now();
    const end = new Date(Date.UTC(1918, 0, 1) + (windowSeed++ % 400) * 86_400_000).toISOString().slice(0, 10);
    const response = await fetch(`${baseUrl}/api/graph?from=1917-01-01&to=${end}&calendar=gregorian`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`/api/graph answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), requests: samples.length };
}

async function uploadAsync(baseUrl: string, bytes: Buffer, title: string): Promise<void> {
  const form = new FormData();
  form.append('title', title);
  form.append('file', new Blob([new Uint8Array(bytes)]), `${title}.txt`);
  const post = (): Promise<Response> => fetch(`${baseUrl}/api/documents`, { method: 'POST', headers: { Prefer: 'respond-async' }, body: form });
  // A pooled keep-alive socket the server has just closed resets once; the upload then goes on a fresh one.
  const accepted = await post().catch(post);
  if (accepted.status !== 202) throw new Error(`upload answered ${accepted.status}: ${await accepted.text()}`);
  const { location } = (await accepted.json()) as { location: string };
  for (;;) {
    const job = (await (await fetch(`${baseUrl}${location}`)).json()) as { state: string; error?: { message: string } };
    if (job.state === 'done') return;
    if (job.state === 'failed') throw new Error(job.error?.message);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Uploads the corpus through the page's dialog; returns ms to the first progress shown and to done. */
async function uploadFromPage(page: Page, bytes: Buffer): Promise<{ progressMs: number; doneMs: number }> {
  await page.getByTestId('open-upload').click();
  await page.getByTestId('upload-input').setInputFiles({ name: 'october-to-brest-litovsk.sv.txt', mimeType: 'text/plain', buffer: bytes });
  await page.getByTestId('upload-title').fill(SAMPLE_CORPUS_TITLE);
  const started = Date.now();
  await page.getByTestId('upload-confirm').click();
  await page.waitForFunction(() => !['', 'sending'].includes(document.querySelector('[data-testid="progress"]')?.getAttribute('data-state') ?? ''), null, { polling: 10 });
  const progressMs = Date.now() - started;
  await page.waitForFunction(() => document.querySelector('[data-testid="progress"]')?.getAttribute('data-state') === 'done', null, { timeout: 300_000, polling: 50 });
  return { progressMs, doneMs: Date.now() - started };
}

async function readerOpen(page: Page): Promise<{ totalMs: number; drawMs: number }> {
  await page.goto(page.url().split('?')[0]);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
  await page.getByTestId('open-documents').click();
  const read = page.locator(`li[data-document-id="${SAMPLE_CORPUS_ID}"]`).getByTestId('read-document');
  await read.waitFor();
  const started = Date.now();
  await read.click();
  await page.locator('#reader .reader-chunk [data-entity-id]').first().waitFor();
  const totalMs = Date.now() - started;
  const drawMs = Number(await page.locator('#reader').getAttribute('data-open-ms'));
  await page.locator('#reader button[aria-label="Close the reader"]').click();
  return { totalMs, drawMs };
}

/** The README's picture: the library open, and the reader at a claim of the corpus with its mentions marked. */
async function screenshot(page: Page, file: string): Promise<void> {
  await page.goto(page.url().split('?')[0]);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
  const claim = await page.evaluate(() => {
    const edge = window.cy!.edges().filter((candidate) => candidate.data('type') === 'ARRESTED')[0] ?? window.cy!.edges()[0];
    edge.emit('tap');
    return edge.data('sentenceId') as string;
  });
  await page.locator(`#reader [data-sentence-id="${claim}"].highlight`).waitFor();
  await page.getByTestId('details').locator('[data-testid="evidence"]').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
  process.stdout.write(`screenshot: ${file}\n`);
}


async function main(): Promise<void> {
  await buildClient();
  const corpus = await readFile(SAMPLE_CORPUS_PATH);
  const big = Buffer.concat(Array.from({ length: COPIES }, () => corpus));
  await withBenchGraph(async (graph) => {
    const server = await listenOnLoopback(createApp({ graph }));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
    try {
      process.stdout.write(`load average at start: ${loadavg().map((value) => value.toFixed(1)).join(' ')}\n`);
      const cliStarted = Date.now();
      await ingestBytes(graph, corpus, { title: SAMPLE_CORPUS_TITLE, documentId: SAMPLE_CORPUS_ID, language: 'sv' });
      const cliMs = Date.now() - cliStarted;
      process.stdout.write(`ingest of the corpus as npm run ingest does it (ingestBytes): ${cliMs} ms\n`);

      await graphLatencies(baseUrl, null); // warm-up
      const idle = await graphLatencies(baseUrl, null);
      process.stdout.write(`/api/graph idle: p50 ${idle.p50.toFixed(1)} ms, p95 ${idle.p95.toFixed(1)} ms (${idle.requests} requests)\n`);
      const bigStarted = Date.now();
      const during = await graphLatencies(baseUrl, uploadAsync(baseUrl, big, `corpus-x${COPIES}`));
      process.stdout.write(
        `/api/graph during the upload of ${COPIES} copies (${(big.length / 1e6).toFixed(1)} MB, ${Date.now() - bigStarted} ms): ` +
          `p50 ${during.p50.toFixed(1)} ms, p95 ${during.p95.toFixed(1)} ms (${during.requests} requests), p95 ratio ${(during.p95 / idle.p95).toFixed(2)}\n`,
      );
      await deleteDocument(graph, `corpus-x${COPIES}`, 'bench');

      const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
      await page.goto(baseUrl);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
      for (let run = 1; run <= 3; run += 1) {
        const reader = await readerOpen(page);
        process.stdout.write(`reader, whole corpus, run ${run}: ${reader.totalMs} ms from click to text (layout and drawing ${reader.drawMs} ms)\n`);
      }
      await deleteDocument(graph, SAMPLE_CORPUS_ID, 'bench');
      await page.goto(baseUrl);
      await page.waitForSelector('#documents-bar button');
      const upload = await uploadFromPage(page, corpus);
      process.stdout.write(`upload of the corpus from the page: progress after ${upload.progressMs} ms, done after ${upload.doneMs} ms (${(upload.doneMs / cliMs).toFixed(2)}× ingestBytes)\n`);
      if (process.env.BENCH_SCREENSHOT) await screenshot(page, process.env.BENCH_SCREENSHOT);
      process.stdout.write(`load average at end: ${loadavg().map((value) => value.toFixed(1)).join(' ')}\n`);
    } finally {
      await browser.close();
      server.closeAllConnections();
      server.close();
    }
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
