/**
 * Buttons for the focus views: the side colouring switch and "whole graph" in the top bar, and for a
 * chosen entity its ego network (depth 1 or 2) and a path to another entity picked by name.
 */
import type { Core } from 'cytoscape';
import type { GraphNode } from '../../../domain/api';
import type { ApiClient } from '../api-client';
import { egoNetwork, shortestPath, showFocus } from '../focus-views';
import type { PageStore } from '../page-state';
import { el } from './dom';
import { mountSearch } from './search-view';

export interface FocusControls {
  /** Buttons and the path picker for one entity, for the details panel. */
  entityActions(node: GraphNode): HTMLElement[];
  clear(): void;
}

/**
 * @example const focus = mountFocusControls(byId('views'), cy, store, { nodes, api })
 */
export function mountFocusControls(
  toolbar: HTMLElement,
  cy: Core,
  store: PageStore,
  context: { nodes: readonly GraphNode[]; api: ApiClient; announce: (message: string) => void },
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
      mountSearch(pathInput, pathList, {
        nodes: context.nodes,
        api: context.api,
        onChoose: (target) => {
          const path = shortestPath(cy, node.id, target.id);
          if (!path) {
            context.announce(`No visible path between ${node.name} and ${target.name}.`);
            return;
          }
          focusOn(path, `Path ${node.name} → ${target.name}: ${path.edges().length} claim${path.edges().length === 1 ? '' : 's'}`);
        },
      });
      return [...egoButtons, el('div', { class: 'search' }, pathInput, pathList)];
    },
  };
}
