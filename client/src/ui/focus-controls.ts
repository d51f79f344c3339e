/**
 * Buttons for the focus views: the side colouring switch and "whole graph" in the top bar, and for a
 * chosen entity its ego network (depth 1 or 2) and a path to another entity picked by name.
 */
import type { Core } from 'cytoscape';
import type { GraphNode } from '../../../domain/api';
import { pairEdgeId } from '../../../domain/pair-edge';
import type { ApiClient } from '../api-client';
import type { DateStyle } from '../../../domain/dates/styles';
import { egoNetwork, shortestPath, showFocus } from '../focus-views';
import type { EdgeData } from '../graph-elements';
import { pathSteps, serverPathSteps } from '../path-steps';
import type { PageStore } from '../page-state';
import { el } from './dom';
import { pathListElement } from './path-view';
import { mountSearch } from './search-view';

export interface FocusControls {
  /** Buttons and the path picker for one entity, for the details panel. */
  entityActions(node: GraphNode): HTMLElement[];
  clear(): void;
}

export interface FocusContext {
  nodes: readonly GraphNode[];
  api: ApiClient;
  announce: (message: string) => void;
  nameOf: (id: string) => string;
  documentTitle: (id: string) => string;
  dateStyle: () => DateStyle;
  onClaim: (edgeId: string, claimId?: string) => void;
}

/**
 * @example const focus = mountFocusControls(byId('views'), cy, store, { nodes, api })
 */
export function mountFocusControls(
  toolbar: HTMLElement,
  cy: Core,
  store: PageStore,
  context: FocusContext,
): FocusControls {
  const sides = el('button', { type: 'button', 'aria-pressed': 'false', 'data-testid': 'sides', title: 'Ring each entity by the bloc the claims in the window put it in' }, 'Sides');
  const whole = el('button', { type: 'button', title: 'Leave the ego or path view' }, 'Whole graph');
  const fit = el('button', { type: 'button', title: 'Fit the visible graph to the screen' }, 'Fit');
  toolbar.replaceChildren(sides, whole, fit);
  sides.addEventListener('click', () => store.update({ sideColouring: !store.get().state.sideColouring }));
  store.subscribe(({ state }) => sides.setAttribute('aria-pressed', String(state.sideColouring)));
  const clear = (): void => {
    showFocus(cy, null);
    context.announce('');
  };
  whole.addEventListener('click', clear);
  fit.addEventListener('click', () => cy.fit(cy.elements().filter((element) => !element.hasClass('hidden') && !element.hasClass('dimmed')), 40));

  const focusOn = (collection: ReturnType<typeof egoNetwork>, message: string): void => {
    showFocus(cy, collection);
    cy.animate({ fit: { eles: collection, padding: 60 } }, { duration: 300 });
    context.announce(message);
  };

  return {
    clear,
    entityActions: (node) => {
      const egoButtons = ([1, 2] as const).map((depth) => {
        const button = el('button', { type: 'button' }, `Ego network, depth ${depth}`);
        button.addEventListener('click', () => {
          const ego = egoNetwork(cy, node.id, depth);
          focusOn(ego, `${node.name} and ${ego.nodes().length - 1} entities within ${depth} step${depth === 1 ? '' : 's'}`);
        });
        return button;
      });
      const pathInput = el('input', { type: 'search', placeholder: 'Path to…', 'aria-label': `Path from ${node.name} to`, role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'path-suggestions' });
      const pathList = el('ul', { id: 'path-suggestions', role: 'listbox', hidden: true });
      const pathResult = el('div', { class: 'path-result', 'data-testid': 'path-result', 'aria-live': 'polite' });
      const listContext = (): Parameters<typeof pathListElement>[1] => ({ ...context, dateStyle: context.dateStyle() });
      const searchWholeGraph = async (target: GraphNode): Promise<void> => {
        pathResult.replaceChildren(el('p', { class: 'meta' }, 'Searching the whole graph…'));
        try {
          const [found] = serverPathSteps(await context.api.paths(node.id, target.id));
          if (!found) {
            pathResult.replaceChildren(el('p', { class: 'meta' }, `No chain of up to four claims links ${node.name} and ${target.name} in the whole graph.`));
            return;
          }
          const onGraph = cy.collection();
          for (const id of [...found.nodes.map((n) => n.id), ...found.steps.map((step) => pairEdgeId(step.edge))]) onGraph.merge(cy.getElementById(id));
          const shown = onGraph.filter((element) => !element.hasClass('hidden'));
          const hiddenClaims = found.steps.length - shown.edges().length;
          if (shown.nonempty()) focusOn(shown, `Path ${node.name} → ${target.name} in the whole graph: ${found.steps.length} claim${found.steps.length === 1 ? '' : 's'}`);
          pathResult.replaceChildren(
            el('p', { class: 'meta' }, `In the whole graph: ${found.steps.length} claim${found.steps.length === 1 ? '' : 's'}` +
              (hiddenClaims > 0 ? `, ${hiddenClaims} of them outside the current filters or window.` : '.')),
            pathListElement(found.steps, listContext()),
          );
        } catch (error) {
          pathResult.replaceChildren(el('p', { class: 'error' }, `The path search failed: ${error instanceof Error ? error.message : String(error)}`));
        }
      };
      mountSearch(pathInput, pathList, {
        nodes: context.nodes,
        api: context.api,
        onChoose: (target) => {
          const path = shortestPath(cy, node.id, target.id);
          if (!path) {
            const wider = el('button', { type: 'button' }, 'Search the whole graph');
            wider.addEventListener('click', () => void searchWholeGraph(target));
            pathResult.replaceChildren(el('p', {}, `No path between ${node.name} and ${target.name} among the entities shown; search the whole graph?`), wider);
            context.announce(`No path among the entities shown between ${node.name} and ${target.name}`);
            return;
          }
          const edges = path.edges().map((edge) => edge.data() as EdgeData);
          focusOn(path, `Path ${node.name} → ${target.name}: ${edges.length} edge${edges.length === 1 ? '' : 's'}`);
          pathResult.replaceChildren(
            el('p', { class: 'meta' }, `${edges.length} edge${edges.length === 1 ? '' : 's'} from ${node.name} to ${target.name}:`),
            pathListElement(pathSteps(path.nodes().map((n) => n.id()), edges), listContext()),
          );
        },
      });
      return [...egoButtons, el('div', { class: 'search' }, pathInput, pathList), pathResult];
    },
  };
}
