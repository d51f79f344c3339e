/**
 * The page as a historian's workbench, end to end in headless Chromium over the real app, Neo4j and the
 * sample corpus: the entity panel with every claim and its mentions, entities without claims on request,
 * the claims table, blocs over time and the alignment view, paths, date provenance and the keyboard.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH } from './support/live-page';
import { openEntity, openPage, useLivePage } from './support/open-page';

const describeWithChromium = existsSync(CHROMIUM_PATH) ? describe : describe.skip;

const connectedClaimCount = (page: Page, id: string): Promise<number> =>
  page.evaluate((entity) => window.cy!.getElementById(entity).connectedEdges().length, id);

describeWithChromium('the workbench in headless Chromium', () => {
  const livePage = useLivePage();

  test('the entity panel lists every claim of the entity, grouped by relation and direction, and opens one', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    await openEntity(page, 'Krasnoff', 'krasnoff');
    const details = page.getByTestId('details');
    await expect(details.locator('h2').textContent()).resolves.toBe('Krasnoff');
    const claims = details.getByTestId('entity-claim');
    expect(await claims.count()).toBe(await connectedClaimCount(page, 'krasnoff'));
    const arrested = details.locator('details[data-relation="ARRESTED"][data-direction="in"]');
    await expect(arrested.locator('summary').textContent()).resolves.toMatch(/arrested by \(2\)/);
    await expect(details.locator('details[data-relation="LED"][data-direction="out"] summary').textContent()).resolves.toMatch(/^ led \(\d+\)$/);
    await expect(arrested.locator('li').first().textContent()).resolves.toMatch(/line \d+ · confidence \d\.\d\d/);

    const edgeId = await arrested.locator('button[data-edge]').first().getAttribute('data-edge');
    await arrested.locator('button[data-edge]').first().click();
    const evidence = details.getByTestId('evidence');
    await evidence.waitFor();
    const edge = await page.evaluate((id) => ({ evidence: window.cy!.getElementById(id!).data('evidence') as string, selected: window.cy!.getElementById(id!).selected() }), edgeId);
    expect((await evidence.textContent())?.trim()).toBe(edge.evidence.trim());
    expect(edge.selected).toBe(true);
    expect(problems).toEqual([]);
  });

  test('the mentions of an entity come a page at a time', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    await openEntity(page, 'Kerenski', 'kerenski');
    const mentions = page.getByTestId('details').getByTestId('mentions');
    const range = mentions.getByTestId('mentions-range');
    await expect(range.textContent()).resolves.toMatch(/^1–10 of (\d+)$/);
    const total = Number((await range.textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThan(10);
    const firstPage = await mentions.getByTestId('mention').allTextContents();
    expect(firstPage).toHaveLength(10);
    await mentions.getByRole('button', { name: 'Next sentences' }).click();
    await mentions.getByTestId('mentions-range').filter({ hasText: `11–${Math.min(20, total)} of ${total}` }).waitFor();
    const secondPage = await mentions.getByTestId('mention').allTextContents();
    expect(secondPage.some((text) => firstPage.includes(text))).toBe(false);
    await mentions.getByRole('button', { name: 'Previous sentences' }).click();
    await mentions.getByTestId('mentions-range').filter({ hasText: `1–10 of ${total}` }).waitFor();
    expect(problems).toEqual([]);
  });

  test('"Show entities without claims" loads them, and their panel tells their story from the sentences', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    const minMentions = page.getByTestId('min-mentions');
    await minMentions.fill('1');
    await minMentions.dispatchEvent('change');
    const before = await page.evaluate(() => window.cy!.nodes(':visible').length);
    expect(await page.evaluate(() => window.cy!.getElementById('volhyniska_regementet').empty())).toBe(true);

    const request = page.waitForRequest((candidate) => candidate.url().includes('/api/graph?includeIsolated=true'));
    await page.getByLabel('Show entities without claims').check();
    await request;
    await page.waitForSelector('body[data-isolated-loaded]');
    const after = await page.evaluate(() => window.cy!.nodes(':visible').length);
    expect(after).toBeGreaterThan(before);
    expect(await page.evaluate(() => window.cy!.getElementById('volhyniska_regementet').visible())).toBe(true);

    await openEntity(page, 'Volhyniska', 'volhyniska_regementet');
    const details = page.getByTestId('details');
    await expect(details.getByTestId('entity-claims').textContent()).resolves.toMatch(/No claim names this entity/);
    await expect(details.getByTestId('mentions-range').textContent()).resolves.toMatch(/^1–\d+ of \d+$/);
    expect(await details.getByTestId('mention').count()).toBeGreaterThanOrEqual(3);

    await page.getByLabel('Show entities without claims').uncheck();
    expect(await page.evaluate(() => window.cy!.getElementById('volhyniska_regementet').visible())).toBe(false);
    expect(problems).toEqual([]);
  });
});
