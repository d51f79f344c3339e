/**
 * Turns the API's GraphView into Cytoscape element definitions. Each claim keeps its evidence and
 * dates in its data and gains its place on the day axis (startDay/endDay), so that time filtering
 * later is a comparison of numbers, not a re-parse of dates.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphView } from '../../domain/api';
import { claimInterval } from '../../domain/dates/claim-days';

export interface NodeData extends GraphNode {
  label: string;
  /** Rendered diameter in model pixels, from the mention count. */
  size: number;
  /** Label font size, from the mention count; small labels vanish first when zooming out. */
  fontSize: number;
}

export interface EdgeData extends GraphEdge {
  startDay: number | null;
  endDay: number | null;
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

export function toEdgeData(edge: GraphEdge): EdgeData {
  const interval = claimInterval(edge);
  return { ...edge, startDay: interval ? interval.start : null, endDay: interval ? interval.end : null };
}

/**
 * Elements for Cytoscape; claims whose ends are not in the view are dropped (Cytoscape refuses dangling edges).
 * @example cytoscape({ headless: true, elements: toElements(view) })
 */
export function toElements(view: GraphView): ElementDefinition[] {
  const ids = new Set(view.nodes.map((node) => node.id));
  const nodes: ElementDefinition[] = view.nodes.map((node) => ({ group: 'nodes', data: toNodeData(node) }));
  const edges: ElementDefinition[] = view.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target) && !ids.has(edge.id))
    .map((edge) => ({ group: 'edges', data: toEdgeData(edge) }));
  return [...nodes, ...edges];
}
