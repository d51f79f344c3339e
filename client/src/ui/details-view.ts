/**
 * The side panel. For an entity: aliases, mention count, documents, focus-view buttons, every claim grouped
 * by relation, the allegiance history and the sentences that name it; what the page already knows shows
 * at once, the API's detail follows. For an edge: who did what to whom, how many claims and when, then
 * the claims themselves, loaded now (edge-claims-view.ts), each with its evidence, dates and source.
 */
import type { EntityDetail, GraphEdge, GraphNode } from '../../../domain/api';
import { ALLEGIANCE_TYPES } from '../../../domain/types';
import { allegianceLanes } from '../allegiance-lanes';
import type { ApiClient } from '../api-client';
import type { DateStyle } from '../../../domain/dates/styles';
import type { EdgeData } from '../graph-elements';
import { RELATION_COLOURS, RELATION_LABELS } from '../palette';
import type { ViewFilter } from '../timeline-filter';
import { edgeSummary } from '../tooltip-text';
import { el } from './dom';
import { edgeClaimsElement } from './edge-claims-view';
import { entityClaimsElement } from './entity-claims-view';
import { laneChartElement } from './lanes-view';
import { MENTIONS_PAGE_SIZE, mentionsElement } from './mentions-view';

export interface DetailsContext {
  api: ApiClient;
  nameOf: (id: string) => string;
  documentTitle: (id: string) => string;
  dateStyle: () => DateStyle;
  /** Buttons offered for the shown entity (ego network, paths). */
  entityActions: (node: GraphNode) => HTMLElement[];
  /** Opens a claim listed in an entity's panel: selects its edge and shows its claims, that one marked. */
  onClaim: (edgeId: string, claimId?: string) => void;
  /** The filters, to mark the claims of an opened edge that fall outside them. */
  filter: () => ViewFilter;
  /** Whether rejected claims are drawn, so an opened edge lists them too. */
  withRejected?: () => boolean;
  /** Review tools for one claim of the opened edge (accept, reject, edit, history), below its source. */
  claimActions?: (claim: GraphEdge) => HTMLElement[];
  /** Opens a claim's sentence in the reader. */
  onRead?: (claim: GraphEdge) => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface DetailsView {
  showEntity(node: GraphNode): Promise<void>;
  /** Shows an edge and loads its claims; `focusClaim` is marked when it is among them. */
  showEdge(edge: EdgeData, focusClaim?: string): void;
  clear(): void;
}

export function createDetailsView(panel: HTMLElement, context: DetailsContext): DetailsView {
  let shown = 0;
  const hint = (): HTMLElement => el('p', { class: 'hint' }, 'Click an entity or an edge to see its claims and their evidence.');
  return {
    clear: () => {
      shown += 1;
      panel.replaceChildren(hint());
    },
    showEdge: (edge, focusClaim) => {
      shown += 1;
      panel.replaceChildren(
        el('h2', {}, `${context.nameOf(edge.source)} ${RELATION_LABELS[edge.type]} ${context.nameOf(edge.target)}`),
        el('p', {}, el('span', { class: 'swatch', style: `background:${RELATION_COLOURS[edge.type]}` }), ` ${edge.type}`),
        el('p', { class: 'meta', 'data-testid': 'edge-summary' }, edgeSummary(edge, context.dateStyle())),
        el('p', { class: 'meta' }, `In ${edge.documentIds.map((id) => context.documentTitle(id)).join(', ')}`),
        el('h3', {}, edge.claims === 1 ? 'Evidence' : 'Claims'),
        edgeClaimsElement(edge, {
          load: (pair, page) => context.api.pairClaims(pair, page, context.withRejected?.() ? { status: 'all' } : undefined),
          nameOf: context.nameOf,
          documentTitle: context.documentTitle,
          filter: context.filter,
          claimActions: context.claimActions,
          onRead: context.onRead,
        }, focusClaim),
      );
    },
    showEntity: async (node) => {
      shown += 1;
      const mine = shown;
      const loading = (what: string): HTMLElement => el('div', {}, el('p', { class: 'meta' }, `Loading ${what}…`));
      const claims = loading('the claims');
      const history = loading('the allegiance history');
      const mentions = loading('the sentences');
      const documents = el('p', { class: 'meta' });
      panel.replaceChildren(
        el('h2', {}, node.name),
        el('p', { class: 'meta' }, `${node.type} · ${node.mentionCount} mention${node.mentionCount === 1 ? '' : 's'}`),
        el('div', { class: 'actions' }, ...context.entityActions(node)),
        el('h3', {}, 'Also written'),
        el('p', {}, node.aliases.length > 0 ? node.aliases.join(', ') : '(no other forms)'),
        documents,
        el('h3', {}, 'Claims'),
        claims,
        el('h3', {}, 'Allegiance history'),
        history,
        el('h3', {}, 'Mentions'),
        mentions,
      );
      let detail: EntityDetail;
      try {
        detail = await context.api.entity(node.id, { offset: 0, limit: MENTIONS_PAGE_SIZE });
      } catch (error) {
        if (mine !== shown) return;
        const failed = el('p', { class: 'error' }, `Could not load the entity: ${messageOf(error)}`);
        claims.replaceChildren(failed);
        history.replaceChildren();
        mentions.replaceChildren();
        return;
      }
      if (mine !== shown) return;
      documents.textContent = `In ${detail.documents.map((id) => context.documentTitle(id)).join(', ') || 'no document'}`;
      claims.replaceChildren(entityClaimsElement(detail.claims, { entityId: node.id, documentTitle: context.documentTitle, dateStyle: context.dateStyle(), onClaim: context.onClaim }));
      const allegiance = detail.claims.filter((claim) => ALLEGIANCE_TYPES.includes(claim.type));
      history.replaceChildren(laneChartElement(allegianceLanes(allegiance), node.name, context.dateStyle()));
      mentions.replaceChildren(mentionsElement(detail, { api: context.api, documentTitle: context.documentTitle }));
    },
  };
}
