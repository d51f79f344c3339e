/**
 * A path listed as its claims: from one entity to the other, each step with the claim as stated (subject,
 * relation, object), its date, evidence and source; a step that is a drawn edge (a path found on the
 * page) says how many claims it stands for and when. A step whose edge is on the graph opens it.
 */
import { withDateBasis } from '../../../domain/dates/provenance';
import type { DateStyle } from '../../../domain/dates/styles';
import { pairEdgeId } from '../../../domain/pair-edge';
import { edgeSummary } from '../tooltip-text';
import { describeClaimDate } from '../../../domain/dates/styles';
import type { PathStep } from '../path-steps';
import { RELATION_LABELS } from '../palette';
import { el } from './dom';

export interface PathListContext {
  nameOf: (id: string) => string;
  documentTitle: (id: string) => string;
  dateStyle: DateStyle;
  onClaim: (edgeId: string, claimId?: string) => void;
}

/**
 * @example details.append(pathListElement(pathSteps(ids, edges), context))
 */
export function pathListElement(steps: readonly PathStep[], context: PathListContext): HTMLElement {
  return el('ol', { class: 'claim-list', 'data-testid': 'path-claims' },
    ...steps.map((step) => {
      const { edge } = step;
      const drawn = 'claims' in edge;
      const edgeId = drawn ? edge.id : pairEdgeId(edge);
      const open = el('button', { type: 'button', class: 'link', 'data-edge': edgeId },
        `${context.nameOf(edge.source)} ${RELATION_LABELS[edge.type]} ${context.nameOf(edge.target)}`);
      open.addEventListener('click', () => context.onClaim(edgeId, drawn ? undefined : edge.id));
      if (drawn) return el('li', { 'data-testid': 'path-claim' }, open, el('p', { class: 'meta' }, edgeSummary({ ...edge, startDay: edge.firstDay, endDay: edge.lastDay }, context.dateStyle)));
      return el('li', { 'data-testid': 'path-claim' },
        open,
        el('p', { class: 'meta' }, withDateBasis(describeClaimDate(edge), edge.dateBasis)),
        el('blockquote', {}, edge.evidence),
        el('p', { class: 'meta' }, `${context.documentTitle(edge.documentId)}, line ${edge.line}`),
      );
    }),
  );
}
