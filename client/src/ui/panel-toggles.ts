/**
 * Buttons that fold the filter column and the details column away, so the graph gets the width on a small
 * screen; below 1100 pixels the filters start folded. The graph is told its new size at once.
 */
import type { Core } from 'cytoscape';
import { el } from './dom';

/** Screens narrower than this open with the filter column folded. */
const NARROW_SCREEN = 1100;

/**
 * @example mountPanelToggles(byId('panel-toggles'), cy)
 */
export function mountPanelToggles(container: HTMLElement, cy: Core): void {
  const toggle = (panel: 'filters' | 'details', label: string, folded: boolean): HTMLButtonElement => {
    const button = el('button', { type: 'button', 'aria-controls': panel, 'aria-expanded': String(!folded), title: `Show or hide the ${label.toLowerCase()}` }, label);
    const apply = (fold: boolean): void => {
      document.body.classList.toggle(`${panel}-folded`, fold);
      button.setAttribute('aria-expanded', String(!fold));
      cy.resize();
    };
    button.addEventListener('click', () => apply(button.getAttribute('aria-expanded') === 'true'));
    apply(folded);
    return button;
  };
  container.replaceChildren(toggle('filters', 'Filters', window.innerWidth < NARROW_SCREEN), toggle('details', 'Details', false));
}
