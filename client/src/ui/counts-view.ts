/**
 * The counter over the graph: what the reader sees now. With only filters and window it counts the
 * entities and claims shown; in an ego, path or query view it counts those in the view, beside the shown
 * totals and the view's own description. It follows the store and every class change (one update a frame).
 */
import type { Core } from 'cytoscape';
import type { PageStore } from '../page-state';

export interface CountsView {
  /** Describes the focus view now on ("Path Korniloff → Lenin: 3 claims"), or '' when none. */
  setFocus(message: string): void;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * @example const counts = mountCounts(byId('counts'), cy, store); counts.setFocus('Ego network of Lenin');
 */
export function mountCounts(element: HTMLElement, cy: Core, store: PageStore): CountsView {
  let focus = '';
  let pending = false;
  const render = (): void => {
    pending = false;
    const { summary } = store.get();
    const inView = cy.elements().filter((item) => !item.hasClass('hidden') && !item.hasClass('dimmed'));
    const nodes = inView.nodes().length;
    const edges = inView.edges().length;
    const claims = inView.edges().reduce((sum, edge) => sum + (edge.data('claims') as number), 0);
    // An edge stands for its claims; both are said, since the graph draws edges and a historian counts claims.
    const edgesAndClaims = (e: number, c: number): string => `${plural(c, 'claim', 'claims')} on ${plural(e, 'edge', 'edges')}`;
    const shown = `${plural(summary.visibleNodes, 'entity', 'entities')} · ${edgesAndClaims(summary.visibleEdges, summary.visibleClaims)} shown`;
    const focused = nodes < summary.visibleNodes || edges < summary.visibleEdges;
    element.textContent = focused ? `${plural(nodes, 'entity', 'entities')} · ${edgesAndClaims(edges, claims)} in view (of ${shown})${focus ? ` · ${focus}` : ''}` : `${shown}${focus ? ` · ${focus}` : ''}`;
    element.dataset.visibleEdges = String(summary.visibleEdges);
    element.dataset.visibleClaims = String(summary.visibleClaims);
    element.dataset.inViewEdges = String(edges);
    element.dataset.inViewNodes = String(nodes);
  };
  const soon = (): void => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(render);
  };
  store.subscribe(render);
  cy.on('class', soon);
  return {
    setFocus: (message) => {
      focus = message;
      render();
    },
  };
}
