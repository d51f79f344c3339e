/**
 * The page end to end, in headless Debian Chromium over the real app and Neo4j with the sample corpus:
 * it loads, the timeline changes what is shown, a clicked edge lists the evidence of every claim behind it. The time of the first
 * full render is printed, not asserted (a timing target belongs in a benchmark, not a test).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { clickableClaim } from './support/graph-points';
import { CHROMIUM_PATH } from './support/live-page';
import { openPage, useLivePage } from './support/open-page';

const OUTPUT_DIR = path.resolve(__dirname, '..', '..', 'test-output');
const visibleEdgeCount = (page: Page): Promise<number> => page.evaluate(() => window.cy!.edges(':visible').length);
/**
 * Waits (up to 5 s) until the shown claims number `target` (or fewer, with `fewer`), then counts them: the page
 * redraws a filter on its next frames, so under load a count taken at once can still see the view before the click.
 */
async function settledEdgeCount(page: Page, target: number, relation: 'equal' | 'fewer'): Promise<number> {
  await page
    .waitForFunction(
      ([wanted, how]) => {
        const count = window.cy!.edges(':visible').length;
        return how === 'equal' ? count === wanted : count < wanted;
      },
      [target, relation] as const,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  return visibleEdgeCount(page);
}

const describeWithChromium = existsSync(CHROMIUM_PATH) ? describe : describe.skip;

describeWithChromium('the page in headless Chromium', () => {
  const livePage = useLivePage();

  test('loads, filters by time, and a clicked edge lists the evidence of its claims', async () => {
    expect(livePage().ingest.relations).toBeGreaterThan(0);
    const { page, problems } = await openPage(livePage(), { width: 1600, height: 1000 });
    const timing = await page.evaluate(() => {
      const end = (name: string): number =>
        Math.round((performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => entry.name.includes(name))?.responseEnd ?? NaN);
      return {
        firstRenderMs: window.allegianceFirstRenderMs,
        scriptMs: end('app.js'),
        graphMs: end('/api/graph'),
        nodes: window.cy!.nodes().length,
        edges: window.cy!.edges().length,
      };
    });
    process.stdout.write(
      `first render of the full graph (${timing.nodes} entities, ${timing.edges} claims): ${timing.firstRenderMs} ms after navigation ` +
        `(app.js loaded at ${timing.scriptMs} ms, /api/graph answered at ${timing.graphMs} ms)\n`,
    );

    const before = await visibleEdgeCount(page);
    expect(before).toBeGreaterThan(0);
    const timeline = page.getByTestId('timeline');
    await timeline.focus();
    for (let press = 0; press < 5; press += 1) await timeline.press('Shift+ArrowLeft');
    const after = await settledEdgeCount(page, before, 'fewer');
    expect(after).toBeLessThan(before);

    await page.getByRole('button', { name: 'All time' }).click();
    expect(await settledEdgeCount(page, before, 'equal')).toBe(before);

    const claim = await clickableClaim(page);
    expect(claim).not.toBeNull();
    const box = await page.locator('#cy').boundingBox();
    await page.mouse.click(box!.x + claim!.x, box!.y + claim!.y);
    // The edge stands for its claims; opening it loads them (GET /api/graph/claims), each with its evidence.
    const details = page.getByTestId('details');
    await details.getByTestId('edge-claim').first().waitFor();
    const query = new URLSearchParams({ source: claim!.source, target: claim!.target, type: claim!.type });
    const behind = (await (await fetch(`${livePage().baseUrl}/api/graph/claims?${query.toString()}`)).json()) as { total: number; claims: { evidence: string }[] };
    expect(behind.total).toBe(claim!.claims);
    const listed = await details.getByTestId('evidence').allTextContents();
    expect(listed.map((text) => text.trim())).toEqual(behind.claims.map((one) => one.evidence.trim()));
    await expect(details.getByTestId('edge-summary').textContent()).resolves.toMatch(new RegExp(`^${claim!.claims} claims?, `));

    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e.png') });

    const search = page.getByTestId('search');
    await search.fill('Kerenskis');
    await page.locator('#suggestions li[data-entity="kerenski"]').waitFor();
    await search.press('Enter');
    await expect(page.getByTestId('details').locator('h2').textContent()).resolves.toBe('Kerenski');
    await page.getByTestId('details').locator('.lanes, .error, p.meta:has-text("No allegiance")').first().waitFor();
    await expect(page.locator('#suggestions').isHidden()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'full-corpus.png') });
    expect(problems).toEqual([]);
  });

  test('calendar switch, play, keyboard zoom, side colouring, the Cypher panel and a JSON export', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    const total = await visibleEdgeCount(page);

    await page.getByRole('button', { name: 'New Style' }).click();
    await expect(page.locator('.timeline-window').textContent()).resolves.toMatch(/NS|19\d\d$/);
    await expect(page.locator('.timeline-window').textContent()).resolves.not.toMatch(/OS/);

    const play = page.getByTestId('play');
    await play.press('Enter');
    await expect(play.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await settledEdgeCount(page, total, 'fewer')).toBeLessThan(total);
    await page.waitForTimeout(1600);
    await play.press('Enter');
    await expect(play.getAttribute('aria-pressed')).resolves.toBe('false');

    const zoomBefore = await page.evaluate(() => window.cy!.zoom());
    await page.locator('#cy').press('+');
    expect(await page.evaluate(() => window.cy!.zoom())).toBeGreaterThan(zoomBefore);

    // Blocs need signed claims in the window, and where Play stopped depends on the machine's speed.
    await page.getByRole('button', { name: 'All time' }).click();
    await page.getByTestId('sides').click();
    expect(await page.evaluate(() => window.cy!.nodes('.sided').length)).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Cypher…' }).click();
    await page.getByTestId('cypher').fill('MATCH (n) RETURN n LIMIT 5');
    await page.getByRole('button', { name: 'Run (Ctrl+Enter)' }).click();
    await page.locator('#query-panel table').waitFor();
    expect(await page.locator('#query-panel tbody tr').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Close' }).click();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as { nodes: unknown[]; edges: { id: string }[] };
    // Every claim behind the edges shown (all time: each of their claims is in the window).
    const shown = await page.evaluate(() => window.cy!.edges(':visible').filter((edge) => !edge.hasClass('dimmed')).reduce((sum, edge) => sum + (edge.data('claims') as number), 0));
    expect(exported.edges).toHaveLength(shown);
    expect(problems).toEqual([]);
  });
});
