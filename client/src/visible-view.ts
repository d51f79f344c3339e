/**
 * The current view as plain data: the entities and claims the reader can see now, in the API's own
 * GraphView shape, so the page's downloads go through the same writers as /api/export (domain/formats/).
 */
import type { Core } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphView } from '../../domain/api';
import type { EdgeData, NodeData } from './graph-elements';

function plainNode(data: NodeData): GraphNode {
  return { id: data.id, name: data.name, type: data.type, aliases: data.aliases, mentionCount: data.mentionCount };
}

function plainEdge(data: EdgeData): GraphEdge {
  const { startDay: _start, endDay: _end, ...edge } = data;
  return edge;
}

/**
 * Visible, non-dimmed elements (hidden ones and those dimmed by a view are left out).
 * @example toGraphML(visibleView(cy))
 */
export function visibleView(cy: Core): GraphView {
  const inView = cy.elements().filter((element) => !element.hasClass('hidden') && !element.hasClass('dimmed'));
  return {
    nodes: inView.nodes().map((node) => plainNode(node.data() as NodeData)),
    edges: inView.edges().map((edge) => plainEdge(edge.data() as EdgeData)),
  };
}
