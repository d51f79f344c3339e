/**
 * Turns the API's views into Cytoscape element definitions. A drawn edge is a PairEdge (every claim of
 * one relation type from one entity to another, with their count); its place on the day axis is the span
 * of its claims (startDay/endDay), so that time filtering later is a comparison of numbers. A claim
 * loaded on demand (an edge's panel, the claims table) gains its own startDay/endDay the same way.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, PairEdge } from '../../domain/api';
import { claimInterval } from '../../domain/dates/claim-days';

export interface NodeData extends GraphNode {
  label: string;
  /** Rendered diameter in model pixels, from the mention count. */
  size: number;
  /** Label font size, from the mention count; small labels vanish first when zooming out. */
  fontSize: number;
}

/** A drawn edge: the claims of one pair and relation type. */
export interface EdgeData extends PairEdge {
  startDay: number | null;
  endDay: number | null;
  /** Line width in model pixels, from the count of claims. */
  width: number;
  /** The count drawn on the edge when it stands for more than one claim, else ''. */
  countLabel: string;
}

/** One claim with its place on the day axis. */
export interface ClaimData extends GraphEdge {
  startDay: number | null;
  endDay: number | null;
}

/** The nodes and drawn edges of a view: a GraphSelection, a GraphExpansion. */
export interface DrawnView {
  nodes: readonly GraphNode[];
  edges: readonly PairEdge[];
}

/**
 * Node diameter grows with the logarithm of mentions, so that a name mentioned 300 times does not swamp the page.
 * @example nodeSize(1) === 18
 */
export function nodeSize(mentionCount: number): number {
  return Math.round(Math.min(90, 18 + 12 * Math.log2(Math.max(1, mentionCount))));
}

/** @example labelFontSize(1) === 12 */
export function labelFontSize(mentionCount: number): number {
  return Math.round(Math.min(28, 12 + 3 * Math.log2(Math.max(1, mentionCount))));
}

export function toNodeData(node: GraphNode): NodeData {
  return { ...node, label: node.name, size: nodeSize(node.mentionCount), fontSize: labelFontSize(node.mentionCount) };
}

/**
 * Edge width grows with the logarithm of its claims: one claim 1.6 px, 400 claims about 8 px.
 * @example edgeWidth(1) === 1.6
 */
export function edgeWidth(claims: number): number {
  return Math.round(10 * Math.min(8, 1.6 + 0.75 * Math.log2(Math.max(1, claims)))) / 10;
}

export function toEdgeData(edge: PairEdge): EdgeData {
  return { ...edge, startDay: edge.firstDay, endDay: edge.lastDay, width: edgeWidth(edge.claims), countLabel: edge.claims > 1 ? String(edge.claims) : '' };
}

export function toClaimData(claim: GraphEdge): ClaimData {
  const interval = claimInterval(claim);
  return { ...claim, startDay: interval ? interval.start : null, endDay: interval ? interval.end : null };
}

/**
 * Elements for Cytoscape; edges whose ends are not in the view are dropped (Cytoscape refuses dangling edges).
 * @example cytoscape({ headless: true, elements: toElements(selection) })
 */
export function toElements(view: DrawnView): ElementDefinition[] {
  const ids = new Set(view.nodes.map((node) => node.id));
  const nodes: ElementDefinition[] = view.nodes.map((node) => ({ group: 'nodes', data: toNodeData(node) }));
  const edges: ElementDefinition[] = view.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target) && !ids.has(edge.id))
    .map((edge) => ({ group: 'edges', data: toEdgeData(edge) }));
  return [...nodes, ...edges];
}
