/** Points on the graph canvas that page tests can hover or click, found from Cytoscape's rendered geometry. */
import type { Page } from 'playwright-core';

/** A shown edge whose midpoint is on screen and clear of every entity, so a pointer there meets the edge; its claims first. */
export function clickableClaim(page: Page): Promise<{ id: string; source: string; target: string; type: string; claims: number; x: number; y: number } | null> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const width = cy.width();
    const height = cy.height();
    const boxes = cy.nodes(':visible').map((node) => node.renderedBoundingBox({ includeLabels: true }));
    const clear = cy.edges(':visible').filter((edge) => {
      const { x, y } = edge.renderedMidpoint();
      const margin = 6;
      if (x < 20 || y < 20 || x > width - 20 || y > height - 20) return false;
      return boxes.every((box) => x < box.x1 - margin || x > box.x2 + margin || y < box.y1 - margin || y > box.y2 + margin);
    });
    const edge = clear.sort((a, b) => (b.data('claims') as number) - (a.data('claims') as number))[0];
    if (!edge) return null;
    const { x, y } = edge.renderedMidpoint();
    return { id: edge.id(), source: edge.data('source') as string, target: edge.data('target') as string, type: edge.data('type') as string, claims: edge.data('claims') as number, x, y };
  });
}

/** Page coordinates of a point given in the graph container's rendered coordinates. */
export async function pagePoint(page: Page, point: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = await page.locator('#cy').boundingBox();
  if (!box) throw new Error('The graph container has no box');
  return { x: box.x + point.x, y: box.y + point.y };
}
