/**
 * The one layout the page computes. Entities with claims are placed by fcose (fast enough on two cores,
 * unlike cola); entities without any claim are set in a grid below, so showing them later moves nothing.
 * After this, time filtering only hides and shows: positions stay where the reader learned them.
 */
import type { Core, LayoutOptions } from 'cytoscape';

/** fcose options tuned for a few hundred labelled entities: room for labels, deterministic result. */
const FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: false,
  nodeDimensionsIncludeLabels: true,
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 90,
  edgeElasticity: () => 0.3,
  gravity: 0.3,
  numIter: 2500,
  uniformNodeDimensions: false,
  packComponents: false,
  tile: true,
  tilingPaddingVertical: 20,
  tilingPaddingHorizontal: 20,
} as unknown as LayoutOptions;

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
    layout.run();
  });
  return done.then(() => {
    if (isolated.empty()) return;
    const box = connected.empty() ? { x1: 0, y2: 0 } : connected.boundingBox({});
    const columns = Math.max(1, Math.ceil(Math.sqrt(isolated.length * 4)));
    const spacing = 60;
    isolated.forEach((node, index) => {
      node.position({ x: box.x1 + (index % columns) * spacing, y: box.y2 + 120 + Math.floor(index / columns) * spacing });
    });
  });
}
