/**
 * Keeping a selected entity's neighbours in view: the pan and zoom that bring a box of model coordinates
 * into the viewport, moving nothing when it is already inside, and zooming in no further than a readable
 * close-up. Pure arithmetic on Cytoscape's model/rendered transform (rendered = model × zoom + pan).
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

/** Never zoom in further than this to show a small neighbourhood. */
export const MAX_NEIGHBOURHOOD_ZOOM = 1.6;

/**
 * The new zoom and pan, or null when the box is already wholly inside the viewport (less `padding`).
 * When the box is larger than the viewport it is zoomed out to fit; otherwise the zoom stays and the view pans.
 * @example viewportShowing({ x1: 0, y1: 0, x2: 100, y2: 100 }, { zoom: 1, pan: { x: -500, y: 0 }, width: 800, height: 600 }, 30)
 *   // { zoom: 1, pan: { x: 350, y: 250 } }
 */
export function viewportShowing(box: Box, viewport: Viewport, padding: number): { zoom: number; pan: { x: number; y: number } } | null {
  const { zoom, pan } = viewport;
  const inside =
    box.x1 * zoom + pan.x >= padding &&
    box.y1 * zoom + pan.y >= padding &&
    box.x2 * zoom + pan.x <= viewport.width - padding &&
    box.y2 * zoom + pan.y <= viewport.height - padding;
  if (inside) return null;
  const room = { w: Math.max(1, viewport.width - 2 * padding), h: Math.max(1, viewport.height - 2 * padding) };
  const fits = Math.min(room.w / Math.max(1, box.x2 - box.x1), room.h / Math.max(1, box.y2 - box.y1));
  const next = Math.min(zoom, fits, MAX_NEIGHBOURHOOD_ZOOM);
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  return { zoom: next, pan: { x: viewport.width / 2 - centre.x * next, y: viewport.height / 2 - centre.y * next } };
}
