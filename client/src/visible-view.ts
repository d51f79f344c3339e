/**
 * The current view as plain data: the entities and claims the reader can see now, in the API's own
 * GraphView shape, so the page's downloads go through the same writers as /api/export (domain/formats/).
 * The graph draws one edge per pair and relation type, so the claims come from view-claims.ts.
 */
import type { Core } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphView } from '../../domain/api';
import type { ClaimData, NodeData } from './graph-elements';
import type { ViewFilter } from './timeline-filter';
import { shownClaims } from './view-claims';

function plainNode(data: NodeData): GraphNode {
  return { id: data.id, name: data.name, type: data.type, aliases: data.aliases, mentionCount: data.mentionCount };
}

function plainEdge(data: ClaimData): GraphEdge {
  const { startDay: _start, endDay: _end, ...edge } = data;
  return edge;
}

/**
 * Visible, non-dimmed entities, and the claims of `claims` that are shown (shownClaims).
 * @example toGraphML(visibleView(cy, await viewClaims.load(), store.get().state.filter))
 */
export function visibleView(cy: Core, claims: readonly ClaimData[], filter: ViewFilter | null = null): GraphView {
  const inView = cy.nodes().filter((node) => !node.hasClass('hidden') && !node.hasClass('dimmed'));
  return {
    nodes: inView.map((node) => plainNode(node.data() as NodeData)),
    edges: shownClaims(cy, claims, filter).map(plainEdge),
  };
}
