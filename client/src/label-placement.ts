/**
 * Which entity names the graph writes at the current zoom. Labels keep one readable size on screen, and
 * the most important entities claim their space first: a label that would overlap one already placed is
 * left out. Zooming in spreads the entities apart, so more names fit and appear; zooming out leaves the
 * most mentioned ones. Pure, so the rule is tested without a browser; ui/zoom-labels.ts applies it.
 */

/** A label's box in rendered (screen) pixels and how much it matters. */
export interface LabelCandidate {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Higher is placed first; ties go to the id, so the same view always gives the same labels. */
  priority: number;
}

/** Screen font size of a label, from 11 px for an entity named once to 16 px for the most mentioned. */
export function labelPixels(mentionCount: number): number {
  return Math.round(Math.min(16, 11 + 1.2 * Math.log2(Math.max(1, mentionCount))));
}

/** Grid cell size for the overlap test: about one short label. */
const CELL = 64;

/**
 * The ids of the labels to draw: by priority, each kept only if its box meets no kept box and lies at
 * least partly inside the viewport.
 * @example placeLabels([{ id: 'lenin', x1: 0, y1: 0, x2: 40, y2: 14, priority: 9 }], { width: 800, height: 600 }) // Set { 'lenin' }
 */
export function placeLabels(candidates: readonly LabelCandidate[], viewport: { width: number; height: number }): Set<string> {
  const placed = new Set<string>();
  const cells = new Map<string, LabelCandidate[]>();
  const cellKeys = (box: LabelCandidate): string[] => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx += 1) {
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy += 1) keys.push(`${cx},${cy}`);
    }
    return keys;
  };
  const overlaps = (a: LabelCandidate, b: LabelCandidate): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const box of ordered) {
    if (box.x2 < 0 || box.y2 < 0 || box.x1 > viewport.width || box.y1 > viewport.height) continue;
    const keys = cellKeys(box);
    if (keys.some((key) => cells.get(key)?.some((other) => overlaps(box, other)))) continue;
    placed.add(box.id);
    for (const key of keys) {
      const list = cells.get(key);
      if (list) list.push(box);
      else cells.set(key, [box]);
    }
  }
  return placed;
}
