/**
 * Keeping the drawn graph in step with curation without a reload. An edge stands for every claim of a
 * pair and relation type, so one decision can change its count, its status or whether it is drawn at
 * all, and a corrected claim can move to another edge: after any change the view is brought up to date
 * from the server (GET /api/graph, with rejected claims while they are shown), names and statuses included.
 */
import type { Core } from 'cytoscape';
import type { GraphSelection } from '../../../domain/api';
import { refreshGraph } from '../graph-refresh';
import { SHOWN_REJECTED } from './claim-status-style';

/** Brings the whole drawn graph up to date: what refreshGraph adds, removes and changes. */
export function syncGraph(cy: Core, view: GraphSelection): void {
  refreshGraph(cy, view);
}

/** Shows or hides the rejected edges drawn (struck out while shown). */
export function showRejected(cy: Core, shown: boolean): void {
  const rejected = cy.edges('[status = "rejected"]');
  if (shown) rejected.addClass(SHOWN_REJECTED);
  else rejected.removeClass(SHOWN_REJECTED);
}
