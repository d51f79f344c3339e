/**
 * The one layout the page computes. Entities with claims are placed by fcose (fast enough on two cores,
 * unlike cola), its small components shelved under the largest; entities without any claim are set in a
 * grid below, so showing them later moves nothing.
 * After this, time filtering only hides and shows: positions stay where the reader learned them.
 */
import type { CollectionReturnValue, Core, LayoutOptions, NodeCollection } from 'cytoscape';
import { LAYOUT_SEED, withSeededRandom } from './seeded-random';

/** fcose options tuned for a few hundred labelled entities: room for labels, deterministic result. */
const FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: false,
  nodeDimensionsIncludeLabels: true,
  nodeRepulsion: () => 6500,
  idealEdgeLength: () => 70,
  edgeElasticity: () => 0.3,
  gravity: 0.8,
  numIter: 2500,
  uniformNodeDimensions: false,
  packComponents: false,
  tile: true,
  tilingPaddingVertical: 20,
  tilingPaddingHorizontal: 20,
} as unknown as LayoutOptions;

/** Model-pixel gap between packed components. */
const COMPONENT_GAP = 60;

/**
 * Keeps the largest component where fcose put it and shelves the smaller ones in rows beneath it, as wide
 * as the largest one, so stray pairs of entities do not stretch the graph and shrink it when fitted.
 * @example packComponents(cy.elements().components(), 60)
 */
export function packComponents(components: readonly CollectionReturnValue[], gap: number): void {
  const [largest, ...rest] = [...components].sort((a, b) => b.nodes().length - a.nodes().length);
  if (!largest) return;
  const main = largest.boundingBox({});
  const rowWidth = Math.max(main.w, 600);
  let x = main.x1;
  let y = main.y2 + gap;
  let rowHeight = 0;
  for (const component of rest) {
    const box = component.boundingBox({});
    if (x > main.x1 && x + box.w > main.x1 + rowWidth) {
      x = main.x1;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    component.nodes().shift({ x: x - box.x1, y: y - box.y1 });
    x += box.w + gap;
    rowHeight = Math.max(rowHeight, box.h);
  }
}

/**
 * Places every entity once. Resolves when positions are final.
 * @example cytoscape.use(fcose); await layoutOnce(cy);
 */
export function layoutOnce(cy: Core): Promise<void> {
  const connected = cy.nodes().filter((node) => node.degree(false) > 0);
  const isolated = cy.nodes().filter((node) => node.degree(false) === 0);
  const done = new Promise<void>((resolve) => {
    if (connected.empty()) {
      resolve();
      return;
    }
    const layout = connected.union(connected.edgesWith(connected)).layout(FCOSE_OPTIONS);
    layout.one('layoutstop', () => resolve());
    // fcose runs synchronously when not animated, so the seeded random covers all of it.
    withSeededRandom(LAYOUT_SEED, () => layout.run());
  });
  return done.then(() => {
    packComponents(connected.union(connected.edgesWith(connected)).components(), COMPONENT_GAP);
    placeBelow(connected, isolated);
  });
}

/**
 * Sets `isolated` (entities without claims) in a grid under `placed`, moving nothing already placed; also
 * used when the page loads entities without claims later, on request.
 * @example placeBelow(cy.nodes(':childless').filter((n) => n.degree(false) > 0), newNodes)
 */
export function placeBelow(placed: NodeCollection, isolated: NodeCollection): void {
  if (isolated.empty()) return;
  const box = placed.empty() ? { x1: 0, y2: 0 } : placed.boundingBox({});
  const columns = Math.max(1, Math.ceil(Math.sqrt(isolated.length * 4)));
  const spacing = 60;
  isolated.forEach((node, index) => {
    node.position({ x: box.x1 + (index % columns) * spacing, y: box.y2 + 120 + Math.floor(index / columns) * spacing });
  });
}
