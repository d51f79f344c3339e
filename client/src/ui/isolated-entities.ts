/**
 * "Show entities without claims": the page first loads only entities that take part in a claim, so the
 * first time the box is ticked it asks the API for the others, adds them under the graph (placing
 * nothing else anew) and lets the store apply the filters to them like to any other entity.
 */
import type { Core } from 'cytoscape';
import type { ApiClient } from '../api-client';
import { toNodeData } from '../graph-elements';
import { placeBelow } from '../graph-layout';
import type { PageStore } from '../page-state';

/**
 * @example loadIsolatedOnRequest(cy, store, api, (message) => status.error(message))
 */
export function loadIsolatedOnRequest(cy: Core, store: PageStore, api: ApiClient, onError: (message: string) => void): void {
  let requested = false;
  store.subscribe(({ state }) => {
    if (!state.filter.showIsolated || requested) return;
    requested = true;
    api
      .wholeGraph()
      .then((view) => {
        const missing = view.nodes.filter((node) => cy.getElementById(node.id).empty());
        const placed = cy.nodes();
        const added = cy.add(missing.map((node) => ({ group: 'nodes' as const, data: toNodeData(node) })));
        placeBelow(placed, added);
        document.body.dataset.isolatedLoaded = String(added.length);
        store.update({});
      })
      .catch((error: unknown) => {
        requested = false;
        onError(`Entities without claims could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      });
  });
}
