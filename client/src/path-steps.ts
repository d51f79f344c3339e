/**
 * A path between two entities as a historian reads it: the claims in order from one end to the other,
 * each with the entity it leads from and to (a claim may point against the walk: "Kerenski opposed
 * Korniloff" on the way from Korniloff). Works for paths found on the page and paths from /api/paths.
 */
import type { GraphEdge, GraphNode, PairEdge, PathResult } from '../../domain/api';

export interface PathStep {
  /** A claim (a path from /api/paths) or a drawn edge standing for its claims (a path found on the page). */
  edge: GraphEdge | PairEdge;
  /** The entity the walk comes from and the one it reaches through this claim. */
  from: string;
  to: string;
  /** Whether the claim's subject is `from` (else the walk goes against the claim's direction). */
  forward: boolean;
}

/**
 * Steps from an alternating list of entity ids and claims: ids[i] --edges[i]-- ids[i+1].
 * @example pathSteps(['kornilov', 'kerenski'], [opposedEdge]) // [{ from: 'kornilov', to: 'kerenski', forward: true, edge }]
 */
export function pathSteps(ids: readonly string[], edges: readonly (GraphEdge | PairEdge)[]): PathStep[] {
  return edges.map((edge, index) => {
    const from = ids[index] as string;
    const to = ids[index + 1] as string;
    return { edge, from, to, forward: edge.source === from };
  });
}

/** The steps of each path the server found. */
export function serverPathSteps(result: PathResult): { nodes: GraphNode[]; steps: PathStep[] }[] {
  return result.paths.map((path) => ({ nodes: path.nodes, steps: pathSteps(path.nodes.map((node) => node.id), path.edges) }));
}
