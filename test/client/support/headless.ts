/** A headless Cytoscape over the small fixture, as the page builds it (without a layout). */
import cytoscape from 'cytoscape';
import type { Core, CytoscapeOptions } from 'cytoscape';
import type { GraphView } from '../../../domain/api';
import { toElements } from '../../../client/src/graph-elements';
import { graphStyle } from '../../../client/src/graph-style';
import { SMALL_GRAPH } from '../fixtures/small-graph';

export function headlessGraph(view: GraphView = SMALL_GRAPH): Core {
  return headlessCytoscape({ elements: toElements(view), style: graphStyle() });
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
