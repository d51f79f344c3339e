/**
 * Keeping the drawn graph in step with curation without a reload: a decided or corrected claim
 * changes its edge in place (its ends move when it was reversed), an added claim gets an edge, an
 * undone addition loses it, and after entity changes (merge, split, rename, undo) the whole view is
 * brought up to date from the server, names and statuses included.
 */
import type { Core } from 'cytoscape';
import type { GraphEdge, GraphView } from '../../../domain/api';
import type { ClaimState } from '../../../domain/curation';
import { toEdgeData, toNodeData } from '../graph-elements';
import { refreshGraph } from '../graph-refresh';
import { SHOWN_REJECTED } from './claim-status-style';

/** A claim as the graph draws it; a historian's date is New Style, so its calendar is Gregorian. */
export function edgeOfClaim(claim: ClaimState, calendar: GraphEdge['calendar'] = null): GraphEdge {
  return {
    id: claim.id,
    source: claim.source,
    target: claim.target,
    type: claim.type,
    date: claim.date,
    dateGregorian: claim.dateGregorian,
    calendar: claim.date === null ? null : calendar ?? 'gregorian',
    line: claim.line,
    evidence: claim.evidence,
    sentenceId: claim.sentenceId,
    documentId: claim.documentId,
    confidence: claim.confidence,
    status: claim.status,
    reviewedBy: claim.reviewedBy,
  };
}

/**
 * Draws `claim` as it now is: changed in place, moved when its ends changed, added when new.
 * @example applyClaim(cy, (await curation.reviewClaim(id, { status: 'accepted', version })).claim)
 */
export function applyClaim(cy: Core, claim: ClaimState): void {
  const edge = cy.getElementById(claim.id);
  const dateChanged = edge.nonempty() && edge.data('date') !== claim.date;
  const calendar = edge.nonempty() && !dateChanged ? (edge.data('calendar') as GraphEdge['calendar']) : 'gregorian';
  const data = toEdgeData(edgeOfClaim(claim, calendar));
  if (edge.nonempty() && edge.data('source') === claim.source && edge.data('target') === claim.target) {
    edge.data(data);
    return;
  }
  const classes = edge.nonempty() ? edge.classes() : [];
  edge.remove();
  if (cy.getElementById(claim.source).nonempty() && cy.getElementById(claim.target).nonempty()) {
    cy.add({ group: 'edges', data, classes });
  }
}

export function removeClaim(cy: Core, id: string): void {
  cy.getElementById(id).remove();
}

/** Brings the whole drawn graph up to date: what refreshGraph adds and removes, plus changed names, types and claims. */
export function syncGraph(cy: Core, view: GraphView): void {
  const edges = new Map(view.edges.map((edge) => [edge.id, edge]));
  cy.batch(() => {
    cy.edges().forEach((drawn) => {
      const wanted = edges.get(drawn.id());
      if (wanted && (wanted.source !== drawn.data('source') || wanted.target !== drawn.data('target'))) drawn.remove();
    });
  });
  refreshGraph(cy, view);
  cy.batch(() => {
    for (const node of view.nodes) cy.getElementById(node.id).data(toNodeData(node));
    for (const edge of view.edges) cy.getElementById(edge.id).data(toEdgeData(edge));
  });
}

/** Shows or hides the rejected claims drawn (struck out while shown). */
export function showRejected(cy: Core, shown: boolean): void {
  const rejected = cy.edges('[status = "rejected"]');
  if (shown) rejected.addClass(SHOWN_REJECTED);
  else rejected.removeClass(SHOWN_REJECTED);
}
