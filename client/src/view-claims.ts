/**
 * The claims behind the drawn edges, one by one, for what lists or saves claims rather than edges (the
 * claims table, the downloads): loaded from the server the first time one of them is used (GET
 * /api/graph?edges=claims), kept until the graph changes, and narrowed to what the reader sees now: a
 * claim is shown when its edge is drawn, visible and not dimmed, and the claim itself passes the filters.
 */
import type { Core } from 'cytoscape';
import type { ApiClient } from './api-client';
import { toClaimData, type ClaimData } from './graph-elements';
import { pairEdgeId } from '../../domain/pair-edge';
import { claimPasses, type ViewFilter } from './timeline-filter';

export interface ViewClaims {
  /** The claims among the view's entities; the first call asks the server, later ones share its answer. */
  load(): Promise<ClaimData[]>;
  /** Forgets them, after an upload or a curation change. */
  invalidate(): void;
}

/** @example const claims = createViewClaims(api); const all = await claims.load(); */
export function createViewClaims(api: Pick<ApiClient, 'viewClaims'>): ViewClaims {
  let loading: Promise<ClaimData[]> | null = null;
  return {
    load: () => {
      loading ??= api.viewClaims().then((view) => view.edges.map(toClaimData));
      loading.catch(() => (loading = null));
      return loading;
    },
    invalidate: () => {
      loading = null;
    },
  };
}

/**
 * The claims the reader sees: on a visible, undimmed edge, and passing the claim filters (window, types, documents).
 * @example shownClaims(cy, await claims.load(), store.get().state.filter)
 */
export function shownClaims(cy: Core, claims: readonly ClaimData[], filter: ViewFilter | null): ClaimData[] {
  return claims.filter((claim) => {
    const edge = cy.getElementById(pairEdgeId(claim));
    if (edge.empty() || edge.hasClass('hidden') || edge.hasClass('dimmed')) return false;
    return filter === null || claimPasses(claim, filter);
  });
}
