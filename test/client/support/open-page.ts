/** Opening the live page in a fresh Chromium tab, the same way in every page test. */
import type { Page } from 'playwright-core';
import { startLivePage, type LivePage } from './live-page';

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  problems: string[];
}

/** The screen sizes the page must work at (issue 15): a small laptop, a common laptop, a desktop. */
export const SCREEN_SIZES: [width: number, height: number][] = [
  [1024, 700],
  [1400, 900],
  [1920, 1080],
];

/** Opens the page and waits for its first full render, collecting console errors and uncaught exceptions. */
export async function openPage(live: LivePage, viewport: { width: number; height: number }, path = ''): Promise<OpenedPage> {
  const page = await live.browser.newPage({ viewport, acceptDownloads: true });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${live.baseUrl}${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return { page, problems };
}

/** Finds an entity with the search box and opens its panel. */
export async function openEntity(page: Page, query: string, id: string): Promise<void> {
  const search = page.getByTestId('search');
  await search.fill(query);
  await page.locator(`#suggestions li[data-entity="${id}"]`).waitFor();
  await page.locator(`#suggestions li[data-entity="${id}"]`).dispatchEvent('mousedown');
  await page.getByTestId('details').getByTestId('entity-claims').waitFor();
}

/**
 * Starts the live page before the enclosing describe's tests and closes it after them.
 * @example const live = useLivePage(); test('…', async () => { const { page } = await openPage(live(), size); });
 */
export function useLivePage(): () => LivePage {
  let live: LivePage | undefined;
  jest.setTimeout(180_000);
  beforeAll(async () => {
    live = await startLivePage();
  });
  afterAll(async () => {
    await live?.close();
  });
  return () => {
    if (!live) throw new Error('The live page is not started yet');
    return live;
  };
}
