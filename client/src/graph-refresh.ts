/**
 * Bringing the drawn graph up to date after an upload, a re-ingest, a delete or a curation change,
 * without a reload: entities and edges the server now has are added (a new entity placed beside the
 * entities it is linked to, so the layout the reader knows stays put), those it no longer has are
 * removed, and those kept take the server's data (an edge's count and status, an entity's name).
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { toElements, type DrawnView } from './graph-elements';

export interface GraphChange {
  addedNodes: number;
  addedEdges: number;
  removed: number;
}

/** Where a new entity goes: near the middle of its drawn neighbours, else near the graph's edge. */
function placeNear(cy: Core, id: string, edges: readonly ElementDefinition[], index: number): { x: number; y: number } {
  const neighbours = edges
    .filter((edge) => edge.data.source === id || edge.data.target === id)
    .map((edge) => cy.getElementById(edge.data.source === id ? (edge.data.target as string) : (edge.data.source as string)))
    .filter((node) => node.nonempty() && node.isNode()) as unknown as NodeSingular[];
  const jitter = { x: 40 * Math.cos(index * 2.4), y: 40 * Math.sin(index * 2.4) };
  if (neighbours.length > 0) {
    const x = neighbours.reduce((sum, node) => sum + node.position('x'), 0) / neighbours.length;
    const y = neighbours.reduce((sum, node) => sum + node.position('y'), 0) / neighbours.length;
    return { x: x + jitter.x, y: y + jitter.y };
  }
  const box = cy.nodes().boundingBox({});
  return Number.isFinite(box.x2) ? { x: box.x2 + 60 + jitter.x, y: box.y1 + 60 * (index % 12) } : jitter;
}

/**
 * @example const change = refreshGraph(cy, await api.graph()); // { addedNodes: 12, addedEdges: 30, removed: 0 }
 */
export function refreshGraph(cy: Core, view: DrawnView): GraphChange {
  const elements = toElements(view);
  const wanted = new Set(elements.map((element) => element.data.id as string));
  const change: GraphChange = { addedNodes: 0, addedEdges: 0, removed: 0 };
  cy.batch(() => {
    const stale = cy.elements().filter((element) => !wanted.has(element.id()));
    change.removed = stale.length;
    cy.remove(stale);
    const edges = elements.filter((element) => element.group === 'edges');
    const newNodes = elements.filter((element) => element.group === 'nodes' && cy.getElementById(element.data.id as string).empty());
    newNodes.forEach((node, index) => {
      cy.add({ ...node, position: placeNear(cy, node.data.id as string, edges, index) });
    });
    change.addedNodes = newNodes.length;
    const newEdges = edges.filter((edge) => cy.getElementById(edge.data.id as string).empty());
    for (const element of elements) cy.getElementById(element.data.id as string).data(element.data);
    cy.add(newEdges);
    change.addedEdges = newEdges.length;
  });
  return change;
}
