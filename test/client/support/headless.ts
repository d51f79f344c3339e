/** A headless Cytoscape over the small fixture, as the page builds it (without a layout): its claims drawn as edges per pair and relation type. */
import cytoscape from 'cytoscape';
import type { Core, CytoscapeOptions } from 'cytoscape';
import type { GraphView } from '../../../domain/api';
import { toElements } from '../../../client/src/graph-elements';
import { graphStyle } from '../../../client/src/graph-style';
import { SMALL_GRAPH } from '../fixtures/small-graph';
import { pairsOf } from '../../support/pair-oracle';
import { pairEdgeId } from '../../../domain/pair-edge';

export function headlessGraph(view: GraphView = SMALL_GRAPH): Core {
  return headlessCytoscape({ elements: toElements({ nodes: view.nodes, edges: pairsOf(view.edges) }), style: graphStyle() });
}

/**
 * A headless Cytoscape with style enabled, destroyed after the test that made it: with style on,
 * Cytoscape runs its own animation loop on timers until `destroy()`, which would keep Jest alive.
 */
export function headlessCytoscape(options: Omit<CytoscapeOptions, 'headless' | 'styleEnabled'>): Core {
  const cy = cytoscape({ ...options, headless: true, styleEnabled: true });
  live.push(cy);
  return cy;
}

const live: Core[] = [];
afterEach(() => {
  for (const cy of live.splice(0)) cy.destroy();
});

/** Ids of the elements in the collection that are displayed, sorted. */
export function shownIds(cy: Core, group: 'nodes' | 'edges'): string[] {
  return cy
    .elements(group === 'nodes' ? 'node' : 'edge')
    .filter((element) => !element.hasClass('hidden'))
    .map((element) => element.id())
    .sort();
}

/**
 * The drawn edges of the small fixture's claims, sorted: in it every pair and relation type has one claim,
 * so each claim is one edge, named by pairEdgeId.
 * @example edgeIds(['c1', 'c2']) // ['kerenski|OPPOSED|bolsjevikerna', 'petrograds_garnison|SUPPORTED|kerenski']
 */
export function edgeIds(claimIds: readonly string[]): string[] {
  return claimIds.map((id) => pairEdgeId(SMALL_GRAPH.edges.find((edge) => edge.id === id)!)).sort();
}
