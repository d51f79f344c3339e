/**
 * A path listed as its claims: from one entity to the other, each step with the claim as stated (subject,
 * relation, object), its date, evidence and source. A step whose claim is on the graph opens it.
 */
import { withDateBasis } from '../../../domain/dates/provenance';
import type { DateStyle } from '../../../domain/dates/styles';
import { describeClaimDate } from '../../../domain/dates/styles';
import type { PathStep } from '../path-steps';
import { RELATION_LABELS } from '../palette';
import { el } from './dom';

export interface PathListContext {
  nameOf: (id: string) => string;
  documentTitle: (id: string) => string;
  dateStyle: DateStyle;
  onClaim: (edgeId: string) => void;
}

/**
 * @example details.append(pathListElement(pathSteps(ids, edges), context))
 */
export function pathListElement(steps: readonly PathStep[], context: PathListContext): HTMLElement {
  return el('ol', { class: 'claim-list', 'data-testid': 'path-claims' },
    ...steps.map((step) => {
      const { edge } = step;
      const open = el('button', { type: 'button', class: 'link', 'data-edge': edge.id },
        `${context.nameOf(edge.source)} ${RELATION_LABELS[edge.type]} ${context.nameOf(edge.target)}`);
      open.addEventListener('click', () => context.onClaim(edge.id));
      return el('li', { 'data-testid': 'path-claim' },
        open,
        el('p', { class: 'meta' }, withDateBasis(describeClaimDate(edge), edge.dateBasis)),
        el('blockquote', {}, edge.evidence),
        el('p', { class: 'meta' }, `${context.documentTitle(edge.documentId)}, line ${edge.line}`),
      );
    }),
  );
}
