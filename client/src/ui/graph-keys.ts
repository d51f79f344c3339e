/**
 * Keyboard control of the graph canvas, so the view can be explored without a mouse once the canvas has
 * focus: arrows pan (Shift+arrows while an entity has the keyboard focus, whose plain arrows move between
 * entities in ui/node-focus.ts), + and - zoom around the centre, 0 fits what is shown.
 */
import type { Core } from 'cytoscape';

const PAN_STEP_PX = 60;
const ZOOM_FACTOR = 1.25;

/**
 * @example bindGraphKeys(byId('cy'), cy)
 */
export function bindGraphKeys(container: HTMLElement, cy: Core): void {
  const zoomBy = (factor: number): void => {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const actions: Record<string, () => void> = {
    ArrowLeft: () => cy.panBy({ x: PAN_STEP_PX, y: 0 }),
    ArrowRight: () => cy.panBy({ x: -PAN_STEP_PX, y: 0 }),
    ArrowUp: () => cy.panBy({ x: 0, y: PAN_STEP_PX }),
    ArrowDown: () => cy.panBy({ x: 0, y: -PAN_STEP_PX }),
    '+': () => zoomBy(ZOOM_FACTOR),
    '=': () => zoomBy(ZOOM_FACTOR),
    '-': () => zoomBy(1 / ZOOM_FACTOR),
    '0': () => cy.fit(cy.elements().filter((element) => !element.hasClass('hidden')), 30),
  };
  container.addEventListener('keydown', (event) => {
    const action = actions[event.key];
    // A key the entity focus used (bound first) is not also a pan.
    if (!action || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  });
}
