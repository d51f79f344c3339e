/** A headless Cytoscape over the small fixture, as the page builds it (without a layout). */
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { GraphView } from '../../../domain/api';
import { toElements } from '../../../client/src/graph-elements';
import { graphStyle } from '../../../client/src/graph-style';
import { SMALL_GRAPH } from '../fixtures/small-graph';

export function headlessGraph(view: GraphView = SMALL_GRAPH): Core {
  return cytoscape({ headless: true, styleEnabled: true, elements: toElements(view), style: graphStyle() });
}

/** Ids of the elements in the collection that are displayed, sorted. */
export function shownIds(cy: Core, group: 'nodes' | 'edges'): string[] {
  return cy
    .elements(group === 'nodes' ? 'node' : 'edge')
    .filter((element) => !element.hasClass('hidden'))
    .map((element) => element.id())
    .sort();
}
