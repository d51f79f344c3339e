/**
 * Keyboard focus on the graph's entities. Tabbing into the graph puts the focus on the selected entity, or
 * on the most mentioned one in view; from there an arrow key moves to the neighbour that way
 * (graph-navigation.ts), Enter or Space opens the entity, Tab goes on to its claims in the details panel
 * and Escape leaves the entity (plain arrows pan again; Shift+arrows always pan). The focused entity wears
 * a blue halo (class `kbd-focus`), distinct from the dark border of the selection, and is announced.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { NodeData } from '../graph-elements';
import { isArrowKey, neighbourTowards } from '../graph-navigation';
import { nodeTooltip } from '../tooltip-text';
import { el } from './dom';
import type { GraphTooltip } from './graph-tooltip';
import { shownClaims, shownNeighbours } from './keep-neighbours';

export interface NodeFocusOptions {
  tooltip: GraphTooltip;
  /** Opens the entity in the details panel; resolves once its claims are listed. */
  open: (node: NodeData) => Promise<void>;
  /** The first claim control of the entity shown in the details panel, if any. */
  firstClaim: () => HTMLElement | null;
}

export interface NodeFocus {
  /** The focused entity's id, or null. */
  current(): string | null;
}

/** Rendered pixels from the edge of the graph inside which a focused entity counts as in view. */
const MARGIN = 40;

const shownNodes = (cy: Core): NodeCollection => cy.nodes().filter((node) => !node.hasClass('hidden') && !node.hasClass('dimmed'));

function inView(cy: Core, node: NodeSingular): boolean {
  const at = node.renderedPosition();
  return at.x >= MARGIN && at.y >= MARGIN && at.x <= cy.width() - MARGIN && at.y <= cy.height() - MARGIN;
}

/** Where the focus lands on entering the graph: the selection, else the most mentioned entity in view. */
function entryNode(cy: Core): NodeSingular | null {
  const shown = shownNodes(cy);
  const selected = shown.filter((node) => node.selected());
  if (selected.nonempty()) return selected[0] as NodeSingular;
  const visible = shown.filter((node) => inView(cy, node));
  const pool = visible.nonempty() ? visible : shown;
  const ranked = pool.sort((a, b) => (b.data('mentionCount') as number) - (a.data('mentionCount') as number) || (a.id() < b.id() ? -1 : 1));
  return ranked.nonempty() ? (ranked[0] as NodeSingular) : null;
}

/**
 * @example mountNodeFocus(byId('cy'), cy, { tooltip, open: (node) => details.showEntity(node), firstClaim })
 */
export function mountNodeFocus(container: HTMLElement, cy: Core, options: NodeFocusOptions): NodeFocus {
  const announcer = el('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-testid': 'graph-focus' });
  container.after(announcer);
  let current: NodeSingular | null = null;

  const moveTo = (node: NodeSingular | null): void => {
    cy.nodes('.kbd-focus').removeClass('kbd-focus');
    current = node;
    if (!node) {
      options.tooltip.hide();
      announcer.textContent = '';
      return;
    }
    node.addClass('kbd-focus');
    if (!inView(cy, node)) cy.center(node);
    options.tooltip.showNode(node);
    const text = nodeTooltip(node.data() as NodeData, shownClaims(node).length);
    announcer.textContent = `${text.title}: ${text.lines.join(', ')}. ${shownNeighbours(node).length} neighbours shown.`;
  };
  const stillShown = (): NodeSingular | null => (current && current.inside() && !current.hasClass('hidden') ? current : null);

  container.addEventListener('focus', () => {
    if (!container.matches(':focus-visible')) return;
    moveTo(stillShown() ?? entryNode(cy));
  });
  container.addEventListener('blur', () => {
    cy.nodes('.kbd-focus').removeClass('kbd-focus');
    options.tooltip.hide();
  });
  container.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const node = stillShown();
    if (!node) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        moveTo(entryNode(cy));
      }
      return;
    }
    if (isArrowKey(event.key) && !event.shiftKey) {
      event.preventDefault();
      const from = { id: node.id(), ...node.renderedPosition() };
      const next = neighbourTowards(from, shownNeighbours(node).map((other) => ({ id: other.id(), ...other.renderedPosition() })), event.key);
      if (next) moveTo(cy.getElementById(next) as NodeSingular);
      else announcer.textContent = `No neighbour of ${node.data('name') as string} that way.`;
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void options.open(node.data() as NodeData);
    } else if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault();
      void options.open(node.data() as NodeData).then(() => options.firstClaim()?.focus());
    } else if (event.key === 'Escape') {
      moveTo(null);
    }
  });
  return { current: () => stillShown()?.id() ?? null };
}
