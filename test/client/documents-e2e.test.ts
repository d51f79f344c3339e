/**
 * Documents in the page end to end, in headless Chromium over the real app and Neo4j: a .txt, a .pdf
 * and a .docx made here with library code are uploaded through the dialog, their progress watched;
 * each appears in the library and the graph (without a reload); the reader opens, a mention and a
 * claim sentence are clicked; a copied link reopens the same view, and the back button steps back.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { textPdf, wordDocument } from '../support/document-files';
import { CHROMIUM_PATH, startLivePage, type LivePage } from './support/live-page';

const TXT = 'Den 25 oktober 1917 arresterade Militärrevolutionära kommittén Kerenskis ministrar.\n\nLenin ledde bolsjevikerna.\n';
const PDF_PAGES = ['Den 3 mars 1918 förhandlade Trotskij med Kühlmann i Brest-Litovsk.', 'Lenin ledde bolsjevikerna i Smolnyj.'];
const DOCX_PARAGRAPHS = ['Den 7 november 1917 ledde Trotskij Petrograds sovjet.', 'Kerenski bekämpade bolsjevikerna.'];

async function openPage(live: LivePage, url = live.baseUrl): Promise<{ page: Page; problems: string[] }> {
  const page = await live.browser.newPage({ viewport: { width: 1500, height: 950 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return { page, problems };
}

/** Uploads one file through the dialog and returns the progress states it showed, in order, and the last text. */
async function upload(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<{ states: string[]; summary: string; firstProgressMs: number }> {
  await page.getByTestId('open-upload').click();
  await page.getByTestId('upload-input').setInputFiles({ name, mimeType, buffer });
  await expect(page.getByTestId('upload-title').inputValue()).resolves.toBe(name.replace(/\.[^.]+$/, ''));
  const started = Date.now();
  await page.getByTestId('upload-confirm').click();
  const states: string[] = [];
  let firstProgressMs = NaN;
  for (;;) {
    const state = (await page.getByTestId('progress').getAttribute('data-state')) ?? '';
    if (state !== '' && state !== 'sending' && Number.isNaN(firstProgressMs)) firstProgressMs = Date.now() - started;
    if (state !== '' && states[states.length - 1] !== state) states.push(state);
    if (state === 'done' || state === 'failed') break;
    await page.waitForTimeout(25);
  }
  const summary = (await page.getByTestId('progress').textContent()) ?? '';
  await page.getByRole('button', { name: 'Close' }).click();
  return { states, summary, firstProgressMs };
}

const describeWithChromium = existsSync(CHROMIUM_PATH) ? describe : describe.skip;

describeWithChromium('documents in the page, in headless Chromium', () => {
  let live: LivePage;
  jest.setTimeout(300_000);

  beforeAll(async () => {
    live = await startLivePage();
  });
  afterAll(async () => {
    await live?.close();
  });

  test('upload a .txt, a .pdf and a .docx, read one, click a mention and a claim, reopen a copied link, step back', async () => {
    const { page, problems } = await openPage(live);
    const edgesOf = (documentId: string): Promise<number> =>
      page.evaluate((id) => window.cy!.edges().filter((edge) => (edge.data('documentIds') as string[]).includes(id)).length, documentId);

    const files: [string, string, Buffer][] = [
      ['oktoberdagar.txt', 'text/plain', Buffer.from(TXT)],
      ['brest-mars.pdf', 'application/pdf', await textPdf(PDF_PAGES)],
      ['novemberbrev.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await wordDocument(DOCX_PARAGRAPHS)],
    ];
    for (const [name, mimeType, buffer] of files) {
      const { states, summary, firstProgressMs } = await upload(page, name, mimeType, buffer);
      process.stdout.write(`${name}: progress shown ${firstProgressMs} ms after confirming; states ${states.join(' → ')}\n`);
      expect(states[states.length - 1]).toBe('done');
      expect(summary).toMatch(/^Done: \d+ new entities, [1-9]\d* claims, \d+ entities merged with existing ones \(created\)\.$/);
      const documentId = name.replace(/\.[^.]+$/, '');
      await page.waitForFunction((id) => window.cy!.edges().some((edge) => (edge.data('documentIds') as string[]).includes(id)), documentId);
      expect(await edgesOf(documentId)).toBeGreaterThan(0);
    }

    await page.getByTestId('open-documents').click();
    const library = page.getByTestId('documents');
    for (const id of ['oktoberdagar', 'brest-mars', 'novemberbrev', 'october-to-brest-litovsk-sv']) {
      await library.locator(`li[data-document-id="${id}"]`).waitFor();
    }
    await expect(library.locator('li[data-document-id="brest-mars"] .meta').textContent()).resolves.toMatch(/^sv · 16 words · \d+ entities · \d+ claims · ingested \d{4}-\d\d-\d\d$/);

    await library.locator('li[data-document-id="brest-mars"]').getByTestId('read-document').click();
    const reader = page.getByTestId('reader');
    await reader.locator('.reader-head h2', { hasText: 'brest-mars' }).waitFor();
    const mention = reader.locator('[data-entity-id="trotskij"]').first();
    await expect(mention.getAttribute('title')).resolves.toMatch(/^Trotskij \(Person\)$/);
    await mention.click();
    await expect(page.getByTestId('details').locator('h2').textContent()).resolves.toBe('Trotskij');
    expect(await page.evaluate(() => window.cy!.nodes(':selected').map((node) => node.id()))).toEqual(['trotskij']);

    const claim = reader.locator('.sentence.claim').first();
    const claimText = (await claim.textContent())?.trim();
    await claim.click();
    // The sentence's claim opens on its edge, marked among the edge's claims.
    await expect(page.getByTestId('details').locator('[data-focused="true"] [data-testid="evidence"]').textContent()).resolves.toBe(claimText);
    await expect(claim.getAttribute('class')).resolves.toMatch(/highlight/);

    // The URL records a view once it has settled; the reader's view must be in the history before we move on.
    await page.waitForFunction(() => window.location.search.includes('document=brest-mars'));

    // An edge clicked in the graph opens the reader at the sentence of its first claim.
    const edge = await page.evaluate(() => {
      const chosen = window.cy!.edges().filter((candidate) => (candidate.data('documentIds') as string[]).join() === 'novemberbrev')[0];
      chosen.emit('tap');
      return { source: chosen.data('source') as string, target: chosen.data('target') as string, type: chosen.data('type') as string };
    });
    const first = (await (await fetch(`${live.baseUrl}/api/graph/claims?${new URLSearchParams({ ...edge, limit: '1' }).toString()}`)).json()) as { claims: { sentenceId: string }[] };
    await reader.locator(`[data-sentence-id="${first.claims[0]!.sentenceId}"].highlight`).waitFor();

    await page.waitForTimeout(600); // the URL records a view once it has settled
    await page.getByTestId('copy-link').click();
    const link = (await page.getByTestId('copy-link').getAttribute('data-link')) ?? '';
    expect(link).toContain('document=novemberbrev');

    const second = await openPage(live, link);
    await second.page.getByTestId('reader').locator('.reader-head h2', { hasText: 'novemberbrev' }).waitFor();
    expect(await second.page.evaluate(() => window.location.search)).toBe(new URL(link).search);

    await page.goBack();
    await reader.locator('.reader-head h2', { hasText: 'brest-mars' }).waitFor();
    expect(await page.evaluate(() => window.location.search)).toContain('document=brest-mars');
    expect([...problems, ...second.problems]).toEqual([]);
    await second.page.close();
    await page.close();
  });
});
