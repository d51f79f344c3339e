/**
 * Reading the graph, end to end in headless Chromium over the real app, Neo4j and the sample corpus: names
 * by zoom level, tooltips, a selected entity's neighbours kept in view, keyboard moves between entities with
 * a focus ring apart from the selection, the timeline's day, month and year keys, the search box's
 * highlight, and the Cypher panel's schema, examples and lit-up claims.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { clickableClaim, pagePoint } from './support/graph-points';
import { CHROMIUM_PATH } from './support/live-page';
import { openPage, SCREEN_SIZES, useLivePage } from './support/open-page';

const describeWithChromium = existsSync(CHROMIUM_PATH) ? describe : describe.skip;

interface Label {
  id: string;
  mentions: number;
  px: number;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** The names drawn now: their rendered font size and box. */
const drawnLabels = (page: Page): Promise<Label[]> =>
  page.evaluate(() => {
    const cy = window.cy!;
    return cy
      .nodes(':visible')
      .filter((node) => (node.data('labelSize') as number | undefined ?? 0) > 0)
      .map((node) => ({
        id: node.id(),
        mentions: node.data('mentionCount') as number,
        px: (node.data('labelSize') as number) * cy.zoom(),
        box: node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false }),
      }));
  });

/** Waits for the labels to be re-chosen after a change of view (once a frame). */
const nextFrames = (page: Page): Promise<unknown> => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

function overlapping(labels: readonly Label[]): string[] {
  const pairs: string[] = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      // One pixel of tolerance: Cytoscape rounds its label boxes.
      if (a.box.x1 < b.box.x2 - 1 && b.box.x1 < a.box.x2 - 1 && a.box.y1 < b.box.y2 - 1 && b.box.y1 < a.box.y2 - 1) pairs.push(`${a.id} × ${b.id}`);
    }),
  );
  return pairs;
}

/** The most mentioned entity whose centre is in view. */
const mostMentionedInView = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const cy = window.cy!;
    const inView = cy.nodes(':visible').filter((node) => {
      const { x, y } = node.renderedPosition();
      return x > 0 && y > 0 && x < cy.width() && y < cy.height();
    });
    return inView.sort((a, b) => (b.data('mentionCount') as number) - (a.data('mentionCount') as number))[0]!.id();
  });

describeWithChromium('reading the graph in headless Chromium', () => {
  const livePage = useLivePage();

  test.each(SCREEN_SIZES)('at %i×%i the most mentioned names are readable at the start, none overlap, and more appear on zooming in', async (width, height) => {
    const { page, problems } = await openPage(livePage(), { width, height });
    await nextFrames(page);
    const start = await drawnLabels(page);
    expect(start.length).toBeGreaterThanOrEqual(5);
    for (const label of start) expect(label.px).toBeGreaterThanOrEqual(10.99);
    expect(overlapping(start)).toEqual([]);
    expect(start.map((label) => label.id)).toContain(await mostMentionedInView(page));

    await page.evaluate(() => window.cy!.zoom({ level: window.cy!.zoom() * 3, renderedPosition: { x: window.cy!.width() / 2, y: window.cy!.height() / 2 } }));
    await nextFrames(page);
    const zoomed = await drawnLabels(page);
    const before = new Set(start.map((label) => label.id));
    expect(zoomed.filter((label) => !before.has(label.id)).length).toBeGreaterThan(0);
    for (const label of zoomed) expect(label.px).toBeGreaterThanOrEqual(10.99);
    expect(overlapping(zoomed)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('hovering an entity or a claim shows what it is', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    const tooltip = page.getByTestId('graph-tooltip');
    const entity = await page.evaluate(() => {
      const node = window.cy!.nodes('#kerenski')[0]!;
      return { name: node.data('name') as string, type: node.data('type') as string, at: node.renderedPosition() };
    });
    await page.mouse.move(...Object.values(await pagePoint(page, entity.at)) as [number, number]);
    await tooltip.waitFor({ state: 'visible' });
    await expect(tooltip.locator('strong').textContent()).resolves.toBe(entity.name);
    await expect(tooltip.textContent()).resolves.toContain(`${entity.type} · `);

    const claim = await clickableClaim(page);
    expect(claim).not.toBeNull();
    const names = await page.evaluate((id) => {
      const edge = window.cy!.getElementById(id);
      return [edge.source().data('name') as string, edge.target().data('name') as string];
    }, claim!.id);
    await page.mouse.move(...Object.values(await pagePoint(page, claim!)) as [number, number]);
    await page.waitForFunction((id) => document.querySelector('[data-testid="graph-tooltip"]')?.getAttribute('data-id') === id, claim!.id);
    const title = await tooltip.locator('strong').textContent();
    expect(title?.startsWith(names[0]!)).toBe(true);
    expect(title?.endsWith(names[1]!)).toBe(true);
    await expect(tooltip.textContent()).resolves.toMatch(/(OS|NS|calendars|undated|only)/);

    await page.mouse.move(2, 2);
    await tooltip.waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
  });

  test('selecting an entity brings every neighbour it has claims with into view', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1024, height: 700 });
    // Zoomed far into a corner, most of the Bolsheviks' neighbours are off screen.
    await page.evaluate(() => window.cy!.zoom({ level: 4, renderedPosition: { x: 0, y: 0 } }));
    const search = page.getByTestId('search');
    await search.fill('Bolsjevikerna');
    await page.locator('#suggestions li[data-entity="bolsjevikerna"]').waitFor();
    await search.press('Enter');
    await page.waitForFunction(() => window.cy!.getElementById('bolsjevikerna').selected());
    await page.waitForFunction(() => !window.cy!.animated());
    const outside = await page.evaluate(() => {
      const cy = window.cy!;
      const party = cy.nodes('#bolsjevikerna');
      const neighbours = party.connectedEdges(':visible').connectedNodes().union(party);
      return neighbours.nodes().filter((node) => {
        const { x, y } = node.renderedPosition();
        return x < 0 || y < 0 || x > cy.width() || y > cy.height();
      }).map((node) => node.id());
    });
    expect(outside).toEqual([]);
    expect(await page.evaluate(() => window.cy!.getElementById('bolsjevikerna').connectedEdges(':visible').length)).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  test('from a focused entity the arrows move to its neighbours, Enter opens it and Tab reaches its claims; the focus ring is not the selection', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    const graph = page.locator('#cy');
    await page.getByTestId('search').focus();
    await page.keyboard.press('Escape');
    // Keyboard focus reaches the graph: the focus lands on the most mentioned entity in view.
    await graph.focus();
    await page.waitForFunction(() => window.cy!.nodes('.kbd-focus').length === 1);
    const first = await page.evaluate(() => window.cy!.nodes('.kbd-focus')[0]!.id());
    await expect(page.getByTestId('graph-focus').textContent()).resolves.toMatch(/neighbours shown/);
    await expect(page.getByTestId('graph-tooltip').getAttribute('data-id')).resolves.toBe(first);

    let moved: string | null = null;
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
      await graph.press(key);
      const now = await page.evaluate(() => window.cy!.nodes('.kbd-focus')[0]?.id() ?? null);
      if (now !== first) {
        moved = now;
        break;
      }
    }
    expect(moved).not.toBeNull();
    const neighbours = await page.evaluate((id) => window.cy!.getElementById(id).neighborhood('node').map((node) => node.id()), first);
    expect(neighbours).toContain(moved);

    await graph.press('Enter');
    await expect(page.getByTestId('details').locator('h2').textContent()).resolves.toBe(await page.evaluate((id) => window.cy!.getElementById(id!).data('name') as string, moved));
    const rings = await page.evaluate((id) => {
      const node = window.cy!.getElementById(id!);
      return { selected: node.selected(), focused: node.hasClass('kbd-focus'), underlay: Number(node.style('underlay-opacity')), border: node.style('border-color') as string };
    }, moved);
    expect(rings).toMatchObject({ selected: true, focused: true });
    expect(rings.underlay).toBeGreaterThan(0);
    const plainSelection = await page.evaluate(() => {
      const cy = window.cy!;
      const other = cy.nodes(':visible').filter((node) => !node.hasClass('kbd-focus'))[0]!;
      other.select();
      return { underlay: Number(other.style('underlay-opacity')), border: other.style('border-color') as string };
    });
    expect(plainSelection.underlay).toBe(0);
    expect(plainSelection.border).toBe(rings.border);

    await page.evaluate((id) => window.cy!.getElementById(id!).select(), moved);
    await page.getByTestId('details').getByTestId('entity-claims').waitFor();
    await graph.press('Tab');
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid="entity-claims"]') !== null);
    await graph.focus();
    await graph.press('Escape');
    expect(await page.evaluate(() => window.cy!.nodes('.kbd-focus').length)).toBe(0);
    const pan = await page.evaluate(() => window.cy!.pan().x);
    await graph.press('ArrowLeft');
    expect(await page.evaluate(() => window.cy!.pan().x)).not.toBe(pan);
    expect(problems).toEqual([]);
  });

  test('the timeline steps a day with the arrows, a month with Shift and a year with PageUp/PageDown, each handle with its own ring', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    const start = page.getByTestId('timeline-start');
    const end = page.getByTestId('timeline');
    const value = async (handle: typeof start): Promise<number> => Number(await handle.inputValue());
    const text = (handle: typeof start): Promise<string | null> => handle.getAttribute('aria-valuetext');

    const max = Number(await end.getAttribute('max'));
    await end.focus();
    await end.press('ArrowLeft');
    expect(await value(end)).toBe(max - 1);
    await end.press('ArrowLeft');
    expect(await value(end)).toBe(max - 2);
    await end.press('ArrowRight');
    expect(await value(end)).toBe(max - 1);

    await start.focus();
    await start.press('ArrowRight');
    expect(await value(start)).toBe(1);
    const day = (await text(start))!.split(' ');
    await start.press('Shift+ArrowRight');
    const month = (await text(start))!.split(' ');
    expect(month[0]).toBe(day[0]);
    expect(month[1]).not.toBe(day[1]);
    await start.press('Shift+ArrowLeft');
    expect(await text(start)).toBe(day.join(' '));
    // The sample corpus spans less than a year: a year on stops at the other handle, a year back at the start.
    await start.press('PageUp');
    expect(await value(start)).toBe(await value(end));
    await start.press('PageDown');
    expect(await value(start)).toBe(0);

    // Each handle has its own ring: focusing one or the other changes the pixels near that handle only.
    const track = (await page.locator('.timeline-track').boundingBox())!;
    const shot = async (): Promise<Buffer> => page.screenshot({ clip: track });
    await start.focus();
    const startFocused = await shot();
    await end.focus();
    const endFocused = await shot();
    const changed = await page.evaluate(
      async ([a, b]) => {
        const pixels = async (data: string): Promise<Uint8ClampedArray> => {
          const image = new Image();
          image.src = `data:image/png;base64,${data}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height).data;
        };
        const [first, second] = await Promise.all([pixels(a), pixels(b)]);
        const width = (await (async () => {
          const image = new Image();
          image.src = `data:image/png;base64,${a}`;
          await image.decode();
          return image.width;
        })());
        const columns = new Set<number>();
        for (let i = 0; i < first.length; i += 4) {
          if (first[i] !== second[i] || first[i + 1] !== second[i + 1] || first[i + 2] !== second[i + 2]) columns.add((i / 4) % width);
        }
        return { columns: [...columns].sort((x, y) => x - y), width };
      },
      [startFocused.toString('base64'), endFocused.toString('base64')] as const,
    );
    expect(changed.columns.length).toBeGreaterThan(0);
    // The rings sit around the two thumbs (start near the left end, end near the right): nothing in between changes.
    const middle = changed.columns.filter((x) => x > changed.width * 0.2 && x < changed.width * 0.8);
    expect(middle).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('search highlights nothing unless the text is a name; Enter takes the highlighted item, else the top hit', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    const search = page.getByTestId('search');
    const items = page.locator('#suggestions li[data-entity]');
    const highlighted = page.locator('#suggestions li[aria-selected="true"]');

    // Listen before typing: the API's suggestions can arrive before the local ones are checked.
    const remoteKeren = page.waitForResponse((response) => response.url().includes('/api/entities?q=Keren'));
    await search.fill('Keren');
    await items.first().waitFor();
    // Let the API's suggestions arrive and merge.
    await remoteKeren;
    await expect(highlighted.count()).resolves.toBe(0);
    const top = await items.first().getAttribute('data-entity');
    await search.press('ArrowDown');
    await expect(highlighted.getAttribute('data-entity')).resolves.toBe(top);
    await search.press('Enter');
    await expect(page.getByTestId('details').locator('h2').textContent()).resolves.toBe(await page.evaluate((id) => window.cy!.getElementById(id!).data('name') as string, top));

    const remoteKerenski = page.waitForResponse((response) => response.url().includes('/api/entities?q=kerenski'));
    await search.fill('kerenski');
    await remoteKerenski;
    await expect(highlighted.getAttribute('data-entity')).resolves.toBe('kerenski');
    await expect(items.count()).resolves.toBeGreaterThan(1);
    await search.press('Enter');
    await expect(page.getByTestId('details').locator('h2').textContent()).resolves.toBe('Kerenski');

    await search.fill('Volhyn');
    await items.first().waitFor();
    await expect(highlighted.count()).resolves.toBe(0);
    const first = await items.first().locator('span').first().textContent();
    await search.press('Enter');
    await expect(page.getByTestId('details').locator('h2').textContent()).resolves.toBe(first);
    expect(problems).toEqual([]);
  });

  test('the Cypher panel lists the live schema and historian examples, and lights up the claims a query returns', async () => {
    const { page, problems } = await openPage(livePage(), { width: 1400, height: 900 });
    await page.getByRole('button', { name: 'Cypher…' }).click();
    const panel = page.locator('#query-panel');
    const labels = panel.getByTestId('schema-labels');
    await labels.waitFor();
    await expect(labels.textContent()).resolves.toMatch(/:Entity.*name/);
    await expect(labels.textContent()).resolves.not.toMatch(/:User\b/);
    await expect(panel.getByTestId('schema-relationships').textContent()).resolves.toMatch(/:ARRESTED.*evidence/);

    const query = page.getByTestId('cypher');
    await query.fill('MATCH (a)-[r]->(b) RETURN a, ');
    await panel.getByTestId('schema-labels').getByRole('button', { name: ':Entity' }).click();
    await expect(query.inputValue()).resolves.toBe('MATCH (a)-[r]->(b) RETURN a, :Entity');

    await panel.getByTestId('cypher-examples').getByRole('button', { name: 'Who arrested whom' }).click();
    await expect(query.inputValue()).resolves.toMatch(/:ARRESTED/);
    await panel.getByRole('button', { name: 'Run (Ctrl+Enter)' }).click();
    await panel.locator('table').waitFor();
    const rows = await panel.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    // Each claim cell names its type and its date in both calendars (or says it is a month or undated).
    const claimCells = await panel.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(claimCells.every((text) => text.startsWith('[:ARRESTED'))).toBe(true);
    expect(claimCells.some((text) => /(OS|NS|Style)/.test(text))).toBe(true);
    const lit = await page.evaluate(() => window.cy!.edges('.highlighted').map((edge) => edge.data('type') as string));
    expect(lit.length).toBeGreaterThan(0);
    expect(new Set(lit)).toEqual(new Set(['ARRESTED']));
    await expect(panel.getByRole('status').textContent()).resolves.toMatch(new RegExp(`${lit.length} edges? and \\d+ entit`));

    await panel.getByTestId('cypher-examples').getByRole('button', { name: "A unit's claims over time" }).click();
    await panel.getByRole('button', { name: 'Run (Ctrl+Enter)' }).click();
    await panel.getByRole('status').filter({ hasText: /rows? in/ }).waitFor();
    await panel.getByTestId('cypher-examples').getByRole('button', { name: 'Claims from one document' }).click();
    await panel.getByRole('button', { name: 'Run (Ctrl+Enter)' }).click();
    await panel.locator('tbody tr').first().waitFor();
    expect(await panel.locator('.error').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
