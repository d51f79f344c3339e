/**
 * "Expand" on a node: the entities and claims an expansion (GET /api/entities/:id/expand) brings are
 * added to the drawn graph without laying it out again. The new entities go on a ring around the
 * expanded one, beyond its drawn neighbours, so nothing the reader has already placed in their mind moves.
 */
import type { Core } from 'cytoscape';
import type { GraphExpansion } from '../../domain/api';
import { toEdgeData, toNodeData } from './graph-elements';

export interface Point {
  x: number;
  y: number;
}

/**
 * `count` points evenly on a circle of `radius` around `centre`, starting at the top.
 * @example ringPositions({ x: 0, y: 0 }, 4, 100) // [{ x: 0, y: -100 }, { x: 100, y: 0 }, { x: 0, y: 100 }, { x: -100, y: 0 }] (rounded)
 */
export function ringPositions(centre: Point, count: number, radius: number): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { x: Math.round(centre.x + radius * Math.cos(angle)), y: Math.round(centre.y + radius * Math.sin(angle)) };
  });
}

/** The ring clears the farthest drawn neighbour and leaves each new entity about 40 model pixels of arc. */
function ringRadius(cy: Core, centreId: string, centre: Point, count: number): number {
  const neighbours = cy.getElementById(centreId).neighborhood().nodes();
  const farthest = Math.max(0, ...neighbours.map((node) => Math.hypot(node.position('x') - centre.x, node.position('y') - centre.y)));
  return Math.max(farthest + 60, 120, (40 * count) / (2 * Math.PI));
}

/**
 * Adds what is not drawn yet; returns the elements added (the caller applies its filters to them).
 * @example const added = addExpansion(cy, await api.expand('kerenski')); // { nodes: 12, edges: 30 }
 */
export function addExpansion(cy: Core, expansion: GraphExpansion): { nodes: number; edges: number } {
  const centreElement = cy.getElementById(expansion.centre);
  const centre = centreElement.nonempty() ? { ...centreElement.position() } : { x: 0, y: 0 };
  const fresh = expansion.nodes.filter((node) => cy.getElementById(node.id).empty());
  const positions = ringPositions(centre, fresh.length, ringRadius(cy, expansion.centre, centre, fresh.length));
  let edges = 0;
  cy.batch(() => {
    cy.add(fresh.map((node, i) => ({ group: 'nodes' as const, data: toNodeData(node), position: positions[i] })));
    const drawable = expansion.edges.filter(
      (edge) => cy.getElementById(edge.id).empty() && cy.getElementById(edge.source).nonempty() && cy.getElementById(edge.target).nonempty(),
    );
    cy.add(drawable.map((edge) => ({ group: 'edges' as const, data: toEdgeData(edge) })));
    edges = drawable.length;
  });
  return { nodes: fresh.length, edges };
}
