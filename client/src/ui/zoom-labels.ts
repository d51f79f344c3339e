/**
 * Entity names by zoom level: after every pan, zoom, filter or selection (once a frame) the labels are
 * re-chosen by label-placement.ts and drawn at one readable screen size, so the most mentioned names are
 * legible at the starting zoom and the rest appear, without overlapping, as the reader zooms in. The
 * selected and the keyboard-focused entity always keep their name. Works through node data
 * (`labelSize`, 0 for no label) rather than classes, so it stirs no listener of class changes.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { NodeData } from '../graph-elements';
import { labelPixels, placeLabels, type LabelCandidate } from '../label-placement';

/** Must match the node font in graph-style.ts, so measured widths are the drawn widths. */
const LABEL_FONT = 'system-ui, "Segoe UI", Roboto, sans-serif';
/** The text outline (2 px) on each side, plus a pixel of air. */
const OUTLINE_PX = 3;
/** graph-style.ts's text-margin-y, in model pixels. */
const TEXT_MARGIN = 3;
/** Always named, whatever else competes for the space. */
const ALWAYS = 1e9;

function priorityOf(node: NodeSingular): number {
  if (node.selected() || node.hasClass('kbd-focus')) return ALWAYS;
  const data = node.data() as NodeData;
  return (node.hasClass('highlighted') ? 1e6 : 0) + data.mentionCount + node.degree(false) / 1000;
}

/**
 * @example mountZoomLabels(cy) // from then on, names follow the zoom
 */
export function mountZoomLabels(cy: Core): void {
  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  const measure = (text: string, px: number): number => {
    const key = `${px}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (context) context.font = `${px}px ${LABEL_FONT}`;
      width = context ? context.measureText(text).width : text.length * px * 0.6;
      widths.set(key, width);
    }
    return width;
  };

  const update = (): void => {
    const zoom = cy.zoom();
    const viewport = { width: cy.width(), height: cy.height() };
    const candidates: LabelCandidate[] = [];
    const pixels = new Map<string, number>();
    cy.nodes().forEach((node) => {
      if (node.hasClass('hidden') || node.hasClass('dimmed')) return;
      const data = node.data() as NodeData;
      const at = node.renderedPosition();
      const px = labelPixels(data.mentionCount);
      const width = measure(data.label, px);
      const top = at.y + node.renderedHeight() / 2 + TEXT_MARGIN * zoom;
      pixels.set(node.id(), px);
      candidates.push({
        id: node.id(),
        x1: at.x - width / 2 - OUTLINE_PX,
        x2: at.x + width / 2 + OUTLINE_PX,
        y1: top - OUTLINE_PX,
        y2: top + px * 1.25 + OUTLINE_PX,
        priority: priorityOf(node),
      });
    });
    const shown = placeLabels(candidates, viewport);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const size = shown.has(node.id()) ? (pixels.get(node.id()) ?? 0) / zoom : 0;
        if (node.data('labelSize') !== size) node.data('labelSize', size);
      });
    });
  };

  let pending = false;
  const schedule = (): void => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      update();
    });
  };
  cy.on('viewport resize add remove select unselect class', schedule);
  update();
}
