/**
 * The entity panel's "Claims" section: every claim of the entity, all seven relation types, grouped by
 * relation and direction, each with its date (in the chosen calendar), counterpart, evidence, source
 * document and line, and confidence. Choosing a claim selects it in the graph and opens its evidence.
 */
import type { AllegianceClaim } from '../../../domain/api';
import { pairEdgeId } from '../../../domain/pair-edge';
import { withDateBasis } from '../../../domain/dates/provenance';
import type { DateStyle } from '../../../domain/dates/styles';
import { describeClaimDate, formatDay } from '../../../domain/dates/styles';
import { claimInterval } from '../../../domain/dates/claim-days';
import { groupClaims } from '../claim-groups';
import { RELATION_COLOURS } from '../palette';
import { el } from './dom';

export interface EntityClaimsContext {
  /** The entity whose claims these are. */
  entityId: string;
  documentTitle: (id: string) => string;
  dateStyle: DateStyle;
  /** Opens a claim: selects its edge (that of its pair and relation type) and shows its claims. */
  onClaim: (edgeId: string, claimId: string) => void;
}

/** The drawn edge a claim of the entity belongs to. */
function edgeOf(claim: AllegianceClaim, entityId: string): string {
  const [source, target] = claim.direction === 'out' ? [entityId, claim.counterpart.id] : [claim.counterpart.id, entityId];
  return pairEdgeId({ source, target, type: claim.type });
}

function shortDate(claim: AllegianceClaim, style: DateStyle): string {
  const interval = claimInterval({ ...claim, calendar: null });
  if (!interval) return 'undated';
  return interval.start === interval.end ? formatDay(interval.start, style) : (claim.date ?? 'undated');
}

function claimItem(claim: AllegianceClaim, context: EntityClaimsContext): HTMLLIElement {
  const edge = edgeOf(claim, context.entityId);
  const open = el('button', { type: 'button', class: 'link', 'data-edge': edge, 'data-claim': claim.edgeId, title: describeClaimDate({ ...claim, calendar: null }) },
    `${withDateBasis(shortDate(claim, context.dateStyle), claim.dateBasis)} · ${claim.counterpart.name}`);
  open.addEventListener('click', () => context.onClaim(edge, claim.edgeId));
  return el('li', { 'data-testid': 'entity-claim' },
    open,
    el('blockquote', {}, claim.evidence),
    el('p', { class: 'meta' }, `${context.documentTitle(claim.documentId)}, line ${claim.line} · confidence ${claim.confidence.toFixed(2)}`),
  );
}

/**
 * @example panel.append(entityClaimsElement(detail.claims, { entityId: 'kerenski', documentTitle, dateStyle: 'old', onClaim }))
 */
export function entityClaimsElement(claims: readonly AllegianceClaim[], context: EntityClaimsContext): HTMLElement {
  const groups = groupClaims(claims);
  if (groups.length === 0) return el('p', { class: 'meta', 'data-testid': 'entity-claims' }, 'No claim names this entity; its mentions below tell what the text says.');
  return el('div', { 'data-testid': 'entity-claims', class: 'claim-groups' },
    ...groups.map((group) =>
      el('details', { open: groups.length <= 4 || group.claims.length <= 3, 'data-relation': group.type, 'data-direction': group.direction },
        el('summary', {}, el('span', { class: 'swatch', style: `background:${RELATION_COLOURS[group.type]}` }), ` ${group.label} (${group.claims.length})`),
        el('ol', { class: 'claim-list' }, ...group.claims.map((claim) => claimItem(claim, context))),
      ),
    ),
  );
}
