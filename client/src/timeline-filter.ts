/**
 * Decides which entities and edges are shown for a time window and the filter controls, and applies
 * the decision to Cytoscape in one batch by toggling classes. An edge stands for several claims: it is
 * shown when the span of its dated claims overlaps the window (or it has undated claims and those are
 * kept), and when one of its documents is chosen; its own claims are sorted out when it is opened. Positions never change here: the layout is
 * computed once, so entities stay where the reader last saw them while the window moves.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { EntityType, RelationType } from '../../domain/types';
import type { DayInterval } from '../../domain/dates/partial-iso';
import type { ClaimData, EdgeData, NodeData } from './graph-elements';

export interface ViewFilter {
  /** Inclusive day window, or null for all time. */
  window: DayInterval | null;
  /** Whether claims without a date stay visible while a window is set. */
  includeUndated: boolean;
  entityTypes: ReadonlySet<EntityType>;
  relationTypes: ReadonlySet<RelationType>;
  minMentions: number;
  /** Whether entities without any claim passing the filters are shown (faded) or hidden. */
  showIsolated: boolean;
  /** The documents whose claims are shown; null (or absent) for every document's. */
  documents?: ReadonlySet<string> | null;
}

export interface FilterSummary {
  visibleNodes: number;
  visibleEdges: number;
  /** The claims the visible edges stand for. */
  visibleClaims: number;
  fadedNodes: number;
}

type ClaimTiming = Pick<EdgeData, 'startDay' | 'endDay'>;

/**
 * Whether a claim falls in the window: its day span overlaps it; undated claims only when asked for.
 * @example claimInWindow({ startDay: 5, endDay: 5 }, { start: 1, end: 9 }, false) === true
 */
export function claimInWindow(claim: ClaimTiming, window: DayInterval | null, includeUndated: boolean): boolean {
  if (window === null) return true;
  if (claim.startDay === null || claim.endDay === null) return includeUndated;
  return claim.startDay <= window.end && claim.endDay >= window.start;
}

/** @example entityPasses({ type: 'Person', mentionCount: 3 }, filter) */
export function entityPasses(node: Pick<NodeData, 'type' | 'mentionCount'>, filter: ViewFilter): boolean {
  return filter.entityTypes.has(node.type) && node.mentionCount >= filter.minMentions;
}

/**
 * Whether an edge's claims may fall in the window: its dated span overlaps it, or it has undated claims and they are kept.
 * @example edgeInWindow({ startDay: 5, endDay: 9, undated: 0 }, { start: 1, end: 6 }, false) === true
 */
export function edgeInWindow(edge: Pick<EdgeData, 'startDay' | 'endDay' | 'undated'>, window: DayInterval | null, includeUndated: boolean): boolean {
  if (window === null) return true;
  const spanOverlaps = edge.startDay !== null && edge.endDay !== null && claimInWindow(edge, window, includeUndated);
  return spanOverlaps || (edge.undated > 0 && includeUndated);
}

/** Whether one of an edge's documents is among those shown. */
function documentShown(edge: Pick<EdgeData, 'documentIds'>, filter: ViewFilter): boolean {
  return !filter.documents || edge.documentIds.some((id) => filter.documents!.has(id));
}

/** Whether an edge passes every filter, given whether its two ends do. */
export function edgePasses(edge: Pick<EdgeData, 'type' | 'startDay' | 'endDay' | 'undated' | 'documentIds'>, filter: ViewFilter): boolean {
  return filter.relationTypes.has(edge.type) && documentShown(edge, filter) && edgeInWindow(edge, filter.window, filter.includeUndated);
}

/** Whether one claim (of an opened edge, of the claims table) passes the filters that apply to claims. */
export function claimPasses(claim: Pick<ClaimData, 'type' | 'startDay' | 'endDay' | 'documentId'>, filter: ViewFilter): boolean {
  const documentKept = !filter.documents || filter.documents.has(claim.documentId);
  return filter.relationTypes.has(claim.type) && documentKept && claimInWindow(claim, filter.window, filter.includeUndated);
}

/**
 * Shows the claims that pass, hides the rest, and fades entities with no claim in view.
 * @example applyFilter(cy, { window: { start, end }, includeUndated: false, entityTypes, relationTypes, minMentions: 2, showIsolated: false })
 */
export function applyFilter(cy: Core, filter: ViewFilter): FilterSummary {
  const summary: FilterSummary = { visibleNodes: 0, visibleEdges: 0, visibleClaims: 0, fadedNodes: 0 };
  cy.batch(() => {
    const shownNodes = new Set<string>();
    cy.nodes().forEach((node: NodeSingular) => {
      if (entityPasses(node.data() as NodeData, filter)) shownNodes.add(node.id());
    });
    const active = new Set<string>();
    cy.edges().forEach((edge: EdgeSingular) => {
      const data = edge.data() as EdgeData;
      const shown = shownNodes.has(data.source) && shownNodes.has(data.target) && edgePasses(data, filter);
      edge.toggleClass('hidden', !shown);
      if (!shown) return;
      summary.visibleEdges += 1;
      summary.visibleClaims += data.claims;
      active.add(data.source);
      active.add(data.target);
    });
    cy.nodes().forEach((node: NodeSingular) => {
      const passes = shownNodes.has(node.id());
      const isActive = active.has(node.id());
      const everConnected = node.connectedEdges().some((edge) => claimPassesIgnoringWindow(edge as EdgeSingular, filter, shownNodes));
      const shown = passes && (isActive || filter.showIsolated || everConnected);
      node.toggleClass('hidden', !shown);
      node.toggleClass('faded', shown && !isActive);
      if (shown) summary.visibleNodes += 1;
      if (shown && !isActive) summary.fadedNodes += 1;
    });
  });
  return summary;
}

function claimPassesIgnoringWindow(edge: EdgeSingular, filter: ViewFilter, shownNodes: ReadonlySet<string>): boolean {
  const data = edge.data() as EdgeData;
  return filter.relationTypes.has(data.type) && documentShown(data, filter) && shownNodes.has(data.source) && shownNodes.has(data.target);
}

/**
 * The day span covered by dated claims, for the timeline's bounds; null when nothing is dated.
 * @example claimSpan([{ startDay: 3, endDay: 4 }, { startDay: 1, endDay: 1 }]) // { start: 1, end: 4 }
 */
export function claimSpan(claims: readonly ClaimTiming[]): DayInterval | null {
  let start = Infinity;
  let end = -Infinity;
  for (const claim of claims) {
    if (claim.startDay === null || claim.endDay === null) continue;
    start = Math.min(start, claim.startDay);
    end = Math.max(end, claim.endDay);
  }
  return Number.isFinite(start) ? { start, end } : null;
}
