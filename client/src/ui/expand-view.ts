/**
 * The page at scale: the line that says how much of the graph is loaded ("showing 300 of 12,431
 * entities · …", from the server's totals) and the "Expand" action on an entity, which loads its
 * neighbours that are not drawn (GET /api/entities/:id/expand) and adds them around it, without
 * laying out the rest again (graph-expansion.ts). Filters apply to what an expansion adds as to the rest.
 */
import type { Core } from 'cytoscape';
import type { GraphNode, GraphTotals } from '../../../domain/api';
import type { ApiClient } from '../api-client';
import { addExpansion } from '../graph-expansion';
import { totalsLine } from '../graph-totals';
import type { PageStore } from '../page-state';
import { el } from './dom';

export interface ExpandView {
  /** The "Expand" button for an entity's details. */
  expandButton(node: GraphNode): HTMLButtonElement;
}

/**
 * @example const expand = mountExpand(byId('graph-totals'), cy, { api, store, totals: view.totals });
 */
export function mountExpand(element: HTMLElement, cy: Core, context: { api: ApiClient; store: PageStore; totals: GraphTotals | undefined }): ExpandView {
  // Each drawn edge stands for its claims: what is loaded counts them.
  const loadedClaims = (): number => cy.edges().reduce((sum, edge) => sum + (edge.data('claims') as number), 0);
  let totals = context.totals ?? { entities: cy.nodes().length, claims: loadedClaims() };
  const render = (): void => {
    element.textContent = totalsLine({ entities: cy.nodes().length, claims: loadedClaims() }, totals);
  };
  render();
  return {
    expandButton(node) {
      const button = el('button', { type: 'button', 'data-action': 'expand', title: `Load the entities ${node.name} has the most claims with` }, 'Expand');
      button.addEventListener('click', () => {
        button.disabled = true;
        context.api
          .expand(node.id)
          .then((expansion) => {
            const added = addExpansion(cy, expansion);
            totals = { entities: Math.max(totals.entities, cy.nodes().length), claims: Math.max(totals.claims, loadedClaims()) };
            context.store.update({});
            render();
            button.textContent = added.nodes === 0 ? 'Expanded: nothing more to load' : `Expanded: ${added.nodes} more`;
          })
          .catch((error: unknown) => {
            button.disabled = false;
            button.textContent = `Expand failed: ${error instanceof Error ? error.message : String(error)}`;
          });
      });
      return button;
    },
  };
}
