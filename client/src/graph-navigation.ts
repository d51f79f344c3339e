/**
 * Keyboard moves between entities: from the focused entity, an arrow key goes to the neighbour lying most
 * nearly that way on screen. Pure geometry over positions, so the choice is tested without a browser.
 */

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/** Unit vectors of the arrows in screen coordinates (y grows downwards). */
const DIRECTIONS: Record<ArrowKey, { x: number; y: number }> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** Neighbours more than this far off the arrow's line (60°) are not "that way". */
const MAX_ANGLE = Math.PI / 3;

export function isArrowKey(key: string): key is ArrowKey {
  return key in DIRECTIONS;
}

/**
 * The neighbour an arrow leads to: within 60° of the arrow, the nearest once distance is weighted by the
 * angle off the arrow's line; null when no neighbour lies that way.
 * @example neighbourTowards({ id: 'a', x: 0, y: 0 }, [{ id: 'b', x: 10, y: 1 }, { id: 'c', x: 0, y: -10 }], 'ArrowRight') // 'b'
 */
export function neighbourTowards(from: Placed, neighbours: readonly Placed[], key: ArrowKey): string | null {
  const direction = DIRECTIONS[key];
  let best: { id: string; score: number } | null = null;
  for (const neighbour of neighbours) {
    const dx = neighbour.x - from.x;
    const dy = neighbour.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (neighbour.id === from.id || distance === 0) continue;
    const angle = Math.acos(Math.max(-1, Math.min(1, (dx * direction.x + dy * direction.y) / distance)));
    if (angle > MAX_ANGLE) continue;
    // Distance weighted by how far off the line: a near neighbour a little off the line beats a far one on it.
    const score = distance * (1 + 2 * angle);
    if (!best || score < best.score || (score === best.score && neighbour.id < best.id)) best = { id: neighbour.id, score };
  }
  return best?.id ?? null;
}
