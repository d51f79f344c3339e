/**
 * The graph's focus views: an entity's ego network (depth 1 or 2) and the shortest path between two
 * entities. Both work on what is visible now (respecting filters and the time window) and only dim the
 * rest, so leaving a view restores the reader's graph exactly.
 */
import type { CollectionReturnValue, Core, NodeSingular } from 'cytoscape';

/** The visible part of the graph, to which views and paths are confined. */
function shown(cy: Core): CollectionReturnValue {
  return cy.elements().filter((element) => !element.hasClass('hidden'));
}

/**
 * The entity, its neighbours up to `depth` steps away along visible claims, and the claims among them.
 * @example egoNetwork(cy, 'lenin', 2).nodes().length
 */
export function egoNetwork(cy: Core, entityId: string, depth: 1 | 2): CollectionReturnValue {
  const visible = shown(cy);
  let members = visible.nodes().filter((node) => node.id() === entityId);
  for (let step = 0; step < depth; step += 1) {
    members = members.union(members.connectedEdges().intersection(visible).connectedNodes());
  }
  return members.union(members.edgesWith(members).intersection(visible));
}

/**
 * The shortest visible path between two entities, ignoring claim direction; null when none exists.
 * @example shortestPath(cy, 'kerenski', 'lenin')?.edges().length
 */
export function shortestPath(cy: Core, fromId: string, toId: string): CollectionReturnValue | null {
  const visible = shown(cy);
  const root = visible.nodes().filter((node) => node.id() === fromId);
  const goal = visible.nodes().filter((node) => node.id() === toId);
  if (root.empty() || goal.empty()) return null;
  const result = visible.aStar({ root: root[0] as NodeSingular, goal: goal[0] as NodeSingular, directed: false });
  return result.found ? (result.path as CollectionReturnValue) : null;
}

/**
 * Dims everything outside `focus` and marks the focus; `null` clears the view.
 * @example showFocus(cy, egoNetwork(cy, 'lenin', 1))
 */
export function showFocus(cy: Core, focus: CollectionReturnValue | null): void {
  cy.batch(() => {
    cy.elements().removeClass('dimmed highlighted');
    if (!focus) return;
    cy.elements().difference(focus).addClass('dimmed');
    focus.addClass('highlighted');
  });
}

