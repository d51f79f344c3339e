/**
 * The side panel. For an entity: aliases, mention count, documents, focus-view buttons and the allegiance
 * history; what the page already knows shows at once, the API's detail follows. For a claim: the
 * evidence sentence, the date in both calendars, the line and the source document.
 */
import type { GraphNode } from '../../../domain/api';
import { allegianceLanes } from '../allegiance-lanes';
import type { ApiClient } from '../api-client';
import { type DateStyle, describeClaimDate } from '../../../domain/dates/styles';
import type { EdgeData } from '../graph-elements';
import { RELATION_COLOURS, RELATION_LABELS } from '../palette';
import { el } from './dom';
import { laneChartElement } from './lanes-view';

export interface DetailsContext {
  api: ApiClient;
  nameOf: (id: string) => string;
  documentTitle: (id: string) => string;
  dateStyle: () => DateStyle;
  /** Buttons offered for the shown entity (ego network, paths). */
  entityActions: (node: GraphNode) => HTMLElement[];
  /** Review tools for the shown claim (accept, reject, edit, history), below its source. */
  claimActions?: (edge: EdgeData) => HTMLElement[];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface DetailsView {
  showEntity(node: GraphNode): Promise<void>;
  showClaim(edge: EdgeData): void;
  clear(): void;
}

export function createDetailsView(panel: HTMLElement, context: DetailsContext): DetailsView {
  let shown = 0;
  const hint = (): HTMLElement => el('p', { class: 'hint' }, 'Click an entity or a claim to see its evidence.');
  return {
    clear: () => {
      shown += 1;
      panel.replaceChildren(hint());
    },
    showClaim: (edge) => {
      shown += 1;
      panel.replaceChildren(
        el('h2', {}, `${context.nameOf(edge.source)} ${RELATION_LABELS[edge.type]} ${context.nameOf(edge.target)}`),
        el('p', {}, el('span', { class: 'swatch', style: `background:${RELATION_COLOURS[edge.type]}` }), ` ${edge.type}`),
        el('h3', {}, 'Evidence'),
        el('blockquote', { 'data-testid': 'evidence' }, edge.evidence),
        ...(edge.attributedTo
          ? [el('p', { class: 'meta', 'data-testid': 'attributed-to' }, `according to ${context.nameOf(edge.attributedTo)}, not stated by the author`)]
          : []),
        el('h3', {}, 'Date'),
        el('p', { 'data-testid': 'claim-date' }, describeClaimDate(edge)),
        el('h3', {}, 'Source'),
        el('p', {}, `${context.documentTitle(edge.documentId)}, line ${edge.line}`),
        el('p', { class: 'meta' }, `confidence ${edge.confidence.toFixed(2)}`),
        ...(context.claimActions?.(edge) ?? []),
      );
    },
    showEntity: async (node) => {
      shown += 1;
      const mine = shown;
      const history = el('div', {}, el('p', { class: 'meta' }, 'Loading the allegiance history…'));
      const documents = el('p', { class: 'meta' });
      panel.replaceChildren(
        el('h2', {}, node.name),
        el('p', { class: 'meta' }, `${node.type} · ${node.mentionCount} mention${node.mentionCount === 1 ? '' : 's'}`),
        el('div', { class: 'actions' }, ...context.entityActions(node)),
        el('h3', {}, 'Also written'),
        el('p', {}, node.aliases.length > 0 ? node.aliases.join(', ') : '(no other forms)'),
        documents,
        el('h3', {}, 'Allegiance history'),
        history,
      );
      const [detail, allegiance] = await Promise.allSettled([context.api.entity(node.id), context.api.allegiance(node.id)]);
      if (mine !== shown) return;
      if (detail.status === 'fulfilled') {
        documents.textContent = `In ${detail.value.documents.map((id) => context.documentTitle(id)).join(', ') || 'no document'}`;
      }
      history.replaceChildren(
        allegiance.status === 'fulfilled'
          ? laneChartElement(allegianceLanes(allegiance.value.claims), node.name, context.dateStyle())
          : el('p', { class: 'error' }, `Could not load the allegiance history: ${messageOf(allegiance.reason)}`),
      );
    },
  };
}
