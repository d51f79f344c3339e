/**
 * Selecting an entity keeps its neighbours in view: when some of the entities it has claims with (among
 * those shown) lie outside the graph's viewport, the view pans, and zooms out if it must, until the entity
 * and all of them are inside. A neighbourhood already in view moves nothing, so clicking around is calm.
 */
import type { Core, EdgeCollection, NodeCollection, NodeSingular } from 'cytoscape';
import { viewportShowing } from '../neighbourhood-view';

/** Rendered pixels kept free around the neighbourhood (room for labels and the counters). */
const PADDING = 48;

/** The entity's claims that are shown: not hidden by a filter, not dimmed by a focus view. */
export function shownClaims(node: NodeSingular): EdgeCollection {
  return node.connectedEdges().filter((edge) => !edge.hasClass('hidden') && !edge.hasClass('dimmed'));
}

/** The entities it has shown claims with, itself excluded. */
export function shownNeighbours(node: NodeSingular): NodeCollection {
  return shownClaims(node).connectedNodes().filter((other) => other.id() !== node.id());
}

/**
 * @example keepNeighboursInView(cy) // from then on, selecting an entity brings its neighbours into view
 */
export function keepNeighboursInView(cy: Core): void {
  cy.on('select', 'node', (event) => {
    const node = event.target as NodeSingular;
    if (node.hasClass('hidden')) return;
    const next = viewportShowing(
      node.union(shownNeighbours(node)).boundingBox({ includeLabels: false }),
      { zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height() },
      PADDING,
    );
    if (next) cy.animate({ zoom: next.zoom, pan: next.pan }, { duration: 300 });
  });
}
