/**
 * The page as a historian's workbench, end to end in headless Chromium over the real app, Neo4j and the
 * sample corpus: the entity panel with every claim and its mentions, entities without claims on request,
 * the claims table, blocs over time and the alignment view, paths, date provenance and the keyboard.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH } from './support/live-page';
import { seriousViolations } from './support/axe';
import { openEntity, openPage, SCREEN_SIZES, useLivePage } from './support/open-page';

const OUTPUT_DIR = path.resolve(__dirname, '..', '..', 'test-output');
const describeWithChromium = existsSync(CHROMIUM_PATH) ? describe : describe.skip;

/** Edges the graph shows now (not hidden by a filter, not dimmed by a focus view), and the claims they stand for. */
const shownEdges = (page: Page): Promise<{ ids: string[]; claims: number }> =>
  page.evaluate(() => {
    const edges = window.cy!.edges().filter((edge) => !edge.hasClass('hidden') && !edge.hasClass('dimmed'));
    return { ids: edges.map((edge) => edge.id()).sort(), claims: edges.reduce((sum, edge) => sum + (edge.data('claims') as number), 0) };
  });

/**
 * Waits until the table, refreshed once a frame, lists claims of exactly the edges shown and, with `all`
 * (no window: every claim of an edge shown is shown), as many rows as those edges stand for. With a
 * window an edge is shown when its span overlaps it, so its rows are the claims inside.
 */
const tableMatchesGraph = (page: Page, all: boolean): Promise<unknown> =>
  page.waitForFunction((every) => {
    const rows = [...document.querySelectorAll('[data-testid="claims-table"] tbody tr')].map((row) => row.getAttribute('data-edge') ?? '');
    const edges = window.cy!.edges().filter((edge) => !edge.hasClass('hidden') && !edge.hasClass('dimmed'));
    const shown = new Set(edges.map((edge) => edge.id()));
    if (!rows.every((id) => shown.has(id))) return false;
    const claims = edges.reduce((sum, edge) => sum + (edge.data('claims') as number), 0);
    return !every || (new Set(rows).size === shown.size && rows.length === claims);
  }, all);

/** The distinct edges of the table's rows. */
const tableEdgeIds = async (page: Page): Promise<string[]> =>
  [...new Set(await page.getByTestId('claims-table').locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-edge') ?? '')))].sort();

const connectedClaimCount = (page: Page, id: string): Promise<number> =>
  page.evaluate((entity) => window.cy!.getElementById(entity).connectedEdges().reduce((sum, edge) => sum + (edge.data('claims') as number), 0), id);

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

    // Opening a claim opens its edge, the claims of that pair and relation type loaded, that one marked.
    const button = arrested.locator('button[data-edge]').first();
    const edgeId = await button.getAttribute('data-edge');
    const claimId = await button.getAttribute('data-claim');
    const listed = (await arrested.locator('li').first().locator('blockquote').textContent())?.trim();
    await button.click();
    const evidence = details.locator(`[data-testid="edge-claim"][data-claim="${claimId}"][data-focused="true"] [data-testid="evidence"]`);
    await evidence.waitFor();
    expect((await evidence.textContent())?.trim()).toBe(listed);
    expect(await page.evaluate((id) => window.cy!.getElementById(id!).selected(), edgeId)).toBe(true);
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
    // The filter hides it in the page's next redraw, not within the click.
    await page.waitForFunction(() => !window.cy!.getElementById('volhyniska_regementet').visible(), undefined, { timeout: 10_000 });
    expect(problems).toEqual([]);
  });

  test('the claims table lists exactly the claims shown, follows the window and focus, sorts, filters, selects and exports', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    await page.getByTestId('open-claims').click();
    const table = page.getByTestId('claims-table');
    await table.waitFor();
    await tableMatchesGraph(page, true);
    expect(await tableEdgeIds(page)).toEqual((await shownEdges(page)).ids);
    const all = (await shownEdges(page)).claims;
    expect(await table.locator('tbody tr').count()).toBe(all);
    expect(Number(await page.locator('#counts').getAttribute('data-visible-edges'))).toBe((await shownEdges(page)).ids.length);
    expect(Number(await page.locator('#counts').getAttribute('data-visible-claims'))).toBe(all);

    const timeline = page.getByTestId('timeline');
    await timeline.focus();
    for (let press = 0; press < 5; press += 1) await timeline.press('Shift+ArrowLeft');
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="claims-table"] tbody tr').length < count, all);
    await tableMatchesGraph(page, false);
    await page.getByRole('button', { name: 'All time' }).click();
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="claims-table"] tbody tr').length === count, all);

    await table.locator('th[data-column="confidence"] button').click();
    await expect(table.locator('th[data-column="confidence"]').getAttribute('aria-sort')).resolves.toBe('ascending');
    const confidences = (await table.locator('tbody tr td:nth-child(8)').allTextContents()).map(Number);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    await table.locator('th[data-column="confidence"] button').click();
    await expect(table.locator('th[data-column="confidence"]').getAttribute('aria-sort')).resolves.toBe('descending');

    await page.getByTestId('claims-filter').fill('arrested');
    const relations = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.every((text) => text.trim() === 'arrested')).toBe(true);
    await expect(page.getByTestId('claims-count').textContent()).resolves.toBe(`${relations.length} of ${all} claims shown match`);

    const row = table.locator('tbody tr').first();
    const edgeId = await row.getAttribute('data-edge');
    const claimId = await row.getAttribute('data-claim');
    await row.click();
    await page.getByTestId('details').locator(`[data-claim="${claimId}"] [data-testid="evidence"]`).waitFor();
    expect(await page.evaluate((id) => window.cy!.getElementById(id!).selected(), edgeId)).toBe(true);
    await expect(row.getAttribute('data-selected')).resolves.toBe('true');

    const download = page.waitForEvent('download');
    await page.locator('.table-tools').getByRole('button', { name: 'CSV' }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,type,source,source_name/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-claim'))));

    await page.getByTestId('claims-filter').fill('');
    await openEntity(page, 'Kerenski', 'kerenski');
    await page.getByRole('button', { name: 'Ego network, depth 1' }).click();
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="claims-table"] tbody tr').length < count, all);
    await tableMatchesGraph(page, true);
    expect(await tableEdgeIds(page)).toEqual((await shownEdges(page)).ids);
    expect(problems).toEqual([]);
  });

  test('blocs ring entities by side, keep their colours across windows, explain themselves, and the alignment view shows lanes by month', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    await page.getByTestId('sides').click();
    const ringed = await page.evaluate(() => window.cy!.nodes('.sided').map((node) => ({ id: node.id(), colour: node.data('blocColour') as string, fill: node.style('background-color') as string, outline: node.style('outline-color') as string })));
    expect(ringed.length).toBeGreaterThan(2);
    // The bloc is a ring: the fill still says the entity type.
    for (const node of ringed) expect(node.outline).not.toBe(node.fill);
    const legend = page.getByTestId('bloc-legend');
    await expect(legend.isVisible()).resolves.toBe(true);
    await legend.locator('details').first().click();
    await expect(legend.locator('details').first().locator('li').first().textContent()).resolves.toMatch(/: .*(joined|supported|member of|led|opposed|arrested)/);

    // The same window twice, after a detour through another: the same blocs get the same colours.
    const timeline = page.getByTestId('timeline');
    await timeline.focus();
    for (let press = 0; press < 3; press += 1) await timeline.press('Shift+ArrowLeft');
    const colours = (): Promise<Record<string, string>> =>
      page.evaluate(() => Object.fromEntries(window.cy!.nodes('.sided').map((node) => [node.id(), node.data('blocColour') as string])));
    const first = await colours();
    for (let press = 0; press < 20; press += 1) await timeline.press('ArrowLeft');
    for (let press = 0; press < 20; press += 1) await timeline.press('ArrowRight');
    expect(await colours()).toEqual(first);

    await page.getByTestId('open-alignment').click();
    const alignment = page.getByTestId('alignment');
    await alignment.waitFor();
    const lanes = alignment.locator('[role="row"][data-lane]');
    expect(await lanes.count()).toBeGreaterThanOrEqual(4);
    expect(await alignment.locator('.cell.placed').count()).toBeGreaterThan(0);
    await expect(alignment.locator('.cell.placed').first().getAttribute('title')).resolves.toMatch(/in the bloc of .*; placed by: /);

    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'blocs-alignment.png') });

    await openEntity(page, 'Krasnoff', 'krasnoff');
    await page.getByRole('button', { name: 'Alignment lane' }).click();
    await alignment.locator('[role="row"][data-lane="krasnoff"]').waitFor();
    const krasnoff = alignment.locator('[role="row"][data-lane="krasnoff"] .cell.placed');
    expect(await krasnoff.count()).toBeGreaterThan(0);
    await alignment.getByRole('button', { name: 'Remove Krasnoff from the alignment' }).click();
    expect(await alignment.locator('[role="row"][data-lane="krasnoff"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  test('a path is listed as its edges with their claims; with none among the entities shown, the whole graph is searched, claim by claim; the counter says what is in view', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    await openEntity(page, 'Korniloff', 'korniloff');
    const pathInput = page.getByLabel('Path from Korniloff to');
    await pathInput.fill('Krasnoff');
    await page.locator('#path-suggestions li[data-entity="krasnoff"]').dispatchEvent('mousedown');
    const result = page.getByTestId('path-result');
    await result.getByTestId('path-claims').waitFor();
    const steps = result.getByTestId('path-claim');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(1);
    await expect(steps.first().locator('p.meta').textContent()).resolves.toMatch(/^\d+ claims?, /);
    const counts = page.locator('#counts');
    await page.waitForFunction((edges) => document.getElementById('counts')?.dataset.inViewEdges === String(edges), count);
    await expect(counts.textContent()).resolves.toMatch(
      new RegExp(`^\\d+ entities · \\d+ claims? on ${count} edges? in view \\(of \\d+ entities · \\d+ claims on \\d+ edges shown\\) · Path Korniloff → Krasnoff`),
    );

    // Step through the path's first claim: it opens on the graph.
    const firstEdge = await steps.first().locator('button[data-edge]').getAttribute('data-edge');
    await steps.first().locator('button[data-edge]').click();
    expect(await page.evaluate((id) => window.cy!.getElementById(id!).selected(), firstEdge)).toBe(true);

    await page.getByRole('button', { name: 'Whole graph' }).click();
    await page.waitForFunction(() => !/in view/.test(document.getElementById('counts')?.textContent ?? ''));

    // A narrow window leaves no path among the entities shown: the server finds one in the whole graph.
    const start = page.getByTestId('timeline-start');
    await start.focus();
    // The start handle at the last day: a one-day window.
    await start.press('End');
    await openEntity(page, 'Korniloff', 'korniloff');
    await page.getByLabel('Path from Korniloff to').fill('Krasnoff');
    await page.locator('#path-suggestions li[data-entity="krasnoff"]').dispatchEvent('mousedown');
    await expect(result.locator('p').first().textContent()).resolves.toBe('No path between Korniloff and Krasnoff among the entities shown; search the whole graph?');
    const request = page.waitForRequest((candidate) => candidate.url().includes('/api/paths?from=korniloff&to=krasnoff'));
    await result.getByRole('button', { name: 'Search the whole graph' }).click();
    await request;
    await result.getByTestId('path-claims').waitFor();
    await expect(result.locator('p.meta').first().textContent()).resolves.toMatch(/^In the whole graph: \d+ claims?/);
    expect(await result.getByTestId('path-claim').count()).toBeGreaterThanOrEqual(1);
    await expect(result.getByTestId('path-claim').first().locator('blockquote').textContent()).resolves.toMatch(/\S/);
    expect(problems).toEqual([]);
  });

  test('every dated claim says where its date came from: in the API, the claims table and the claim panel', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    const claims = await page.evaluate(async () => ((await (await fetch('/api/graph?edges=claims')).json()) as { edges: { date: string | null; dateBasis: string | null; datePrecision: string | null }[] }).edges);
    const edges = claims.map((claim) => ({ date: claim.date, basis: claim.dateBasis, precision: claim.datePrecision }));
    const dated = edges.filter((edge) => edge.date !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const edge of dated) {
      expect(['sentence', 'nearby', 'section']).toContain(edge.basis);
      expect(edge.precision).toBe(edge.date!.length === 10 ? 'day' : edge.date!.length === 7 ? 'month' : 'year');
    }
    await page.getByTestId('open-claims').click();
    const table = page.getByTestId('claims-table');
    await table.waitFor();
    await page.getByTestId('claims-filter').fill('from the chapter');
    const row = table.locator('tbody tr').first();
    await expect(row.getByTestId('date-basis').textContent()).resolves.toBe('from the chapter');
    const claimId = await row.getAttribute('data-claim');
    await row.click();
    await expect(page.getByTestId('details').locator(`[data-claim="${claimId}"] [data-testid="claim-date"]`).textContent()).resolves.toMatch(/, from the chapter$/);
    expect(problems).toEqual([]);
  });

  test('axe-core finds no serious or critical violation: on load, with an entity open, with the claims table and with the alignment view', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);
    await openEntity(page, 'Kerenski', 'kerenski');
    await page.getByTestId('sides').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('open-claims').click();
    await page.getByTestId('claims-table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('open-alignment').click();
    await page.getByTestId('alignment').locator('.cell').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test.each(SCREEN_SIZES)('at %i×%i the header keeps one row, the panels fold and do not overlap the graph, and the claims table fits', async (width, height) => {
    const { page, problems } = await openPage(livePage(), { width, height });
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    const header = await box('header.bar');
    const search = await box('#search');
    expect(header.height).toBeLessThan(search.height + 20);
    const filtersToggle = page.getByRole('button', { name: 'Filters' });
    // Narrow screens open with the filters folded; the toggle brings them back beside the graph.
    await expect(filtersToggle.getAttribute('aria-expanded')).resolves.toBe(String(width >= 1100));
    if (width < 1100) await filtersToggle.click();
    const [filters, graph, details, timeline] = await Promise.all(['#filters', '#cy', '#details', '#timeline'].map(box));
    expect(filters.x + filters.width).toBeLessThanOrEqual(graph.x + 1);
    expect(graph.x + graph.width).toBeLessThanOrEqual(details.x + 1);
    expect(graph.y + graph.height).toBeLessThanOrEqual(timeline.y + 1);
    expect(timeline.x + timeline.width).toBeLessThanOrEqual(details.x + 1);
    await openEntity(page, 'Kerenski', 'kerenski');
    await page.getByTestId('open-claims').click();
    await page.getByTestId('claims-table').waitFor();
    const drawer = await box('#drawer');
    expect(drawer.y + drawer.height).toBeLessThanOrEqual(timeline.y + 1);
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, `workbench-${width}x${height}.png`) });
    expect(problems).toEqual([]);
  });

  test('the layout is deterministic: two loads place every entity alike', async () => {
    const positions = async (): Promise<Record<string, string>> => {
      const { page } = await openPage(livePage(), { width: 1400, height: 900 });
      const placed = await page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((node) => [node.id(), `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`])));
      await page.close();
      return placed;
    };
    expect(await positions()).toEqual(await positions());
  });
});
