/**
 * The tooltip over the graph: hovering an entity or a claim (or moving the keyboard focus to an entity)
 * says what it is, from tooltip-text.ts, next to it. It never takes the pointer, so it cannot hide what it
 * describes from a click.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { EdgeData, NodeData } from '../graph-elements';
import type { DateStyle } from '../../../domain/dates/styles';
import { edgeTooltip, nodeTooltip, type TooltipText } from '../tooltip-text';
import { el } from './dom';
import { shownClaims } from './keep-neighbours';

export interface GraphTooltip {
  /** Shows the entity's tooltip beside it (for the keyboard focus). */
  showNode(node: NodeSingular): void;
  hide(): void;
}

/** Pixels between the pointer (or the entity's edge) and the tooltip. */
const OFFSET = 14;

/**
 * @example const tooltip = mountGraphTooltip(byId('graph-area'), cy, nameOf, () => 'old')
 */
export function mountGraphTooltip(area: HTMLElement, cy: Core, nameOf: (id: string) => string, dateStyle: () => DateStyle): GraphTooltip {
  const box = el('div', { id: 'graph-tooltip', class: 'graph-tooltip', role: 'tooltip', 'data-testid': 'graph-tooltip', hidden: true });
  area.append(box);
  const container = cy.container();

  const show = (text: TooltipText, at: { x: number; y: number }, kind: 'node' | 'edge', id: string): void => {
    box.replaceChildren(el('strong', {}, text.title), ...text.lines.map((line) => el('span', {}, line)));
    box.dataset.kind = kind;
    box.dataset.id = id;
    box.hidden = false;
    // Rendered positions are relative to the graph's container; the tooltip is placed in the graph area.
    const origin = container ? { x: container.offsetLeft, y: container.offsetTop } : { x: 0, y: 0 };
    const left = Math.min(origin.x + at.x + OFFSET, area.clientWidth - box.offsetWidth - 4);
    const top = origin.y + at.y + OFFSET + box.offsetHeight > area.clientHeight ? origin.y + at.y - OFFSET - box.offsetHeight : origin.y + at.y + OFFSET;
    box.style.left = `${Math.max(4, left)}px`;
    box.style.top = `${Math.max(4, top)}px`;
  };
  const hide = (): void => {
    box.hidden = true;
  };
  const showNode = (node: NodeSingular): void => {
    const at = node.renderedPosition();
    show(nodeTooltip(node.data() as NodeData, shownClaims(node).length), { x: at.x + node.renderedWidth() / 2, y: at.y }, 'node', node.id());
  };

  cy.on('mouseover', 'node', (event) => {
    const node = event.target as NodeSingular;
    if (node.hasClass('hidden')) return;
    show(nodeTooltip(node.data() as NodeData, shownClaims(node).length), event.renderedPosition, 'node', node.id());
  });
  cy.on('mouseover', 'edge', (event) => {
    const edge = event.target as EdgeSingular;
    if (edge.hasClass('hidden')) return;
    show(edgeTooltip(edge.data() as EdgeData, nameOf, dateStyle()), event.renderedPosition, 'edge', edge.id());
  });
  cy.on('mouseout', 'node, edge', hide);
  cy.on('viewport tapstart', hide);
  // Leaving the canvas sends Cytoscape no mouseout for what was under the pointer.
  container?.addEventListener('mouseleave', hide);
  return { showNode, hide };
}
