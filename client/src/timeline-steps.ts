/**
 * Where the timeline's handles go on an arrow key. Handles step from claim to claim rather than day by
 * day, so that every key press changes what the graph shows: the end handle steps back to the previous
 * date a claim starts on, the start handle forward to the next date a claim ends on.
 */
import type { DayInterval } from '../../domain/dates/partial-iso';

export type Handle = 'start' | 'end';
export type Direction = 'back' | 'forward';

export interface StepStops {
  /** Sorted distinct days on which dated claims start. */
  starts: number[];
  /** Sorted distinct days on which dated claims end. */
  ends: number[];
}

/** @example stepStops([{ startDay: 2, endDay: 2 }, { startDay: 1, endDay: 30 }]) // { starts: [1, 2], ends: [2, 30] } */
export function stepStops(claims: readonly { startDay: number | null; endDay: number | null }[]): StepStops {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const claim of claims) {
    if (claim.startDay === null || claim.endDay === null) continue;
    starts.add(claim.startDay);
    ends.add(claim.endDay);
  }
  const ascending = (a: number, b: number): number => a - b;
  return { starts: [...starts].sort(ascending), ends: [...ends].sort(ascending) };
}

function lastBelow(sorted: readonly number[], limit: number, inclusive: boolean): number | undefined {
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    const value = sorted[i] as number;
    if (inclusive ? value <= limit : value < limit) return value;
  }
  return undefined;
}

function firstAbove(sorted: readonly number[], limit: number, inclusive: boolean): number | undefined {
  for (const value of sorted) {
    if (inclusive ? value >= limit : value > limit) return value;
  }
  return undefined;
}

function clamp(value: number, bounds: DayInterval): number {
  return Math.min(bounds.end, Math.max(bounds.start, value));
}

/**
 * The window after one step of one handle, kept inside `bounds` and never inverted.
 * @example stepWindow({ start: 0, end: 10 }, 'end', 'back', { starts: [2, 5, 10], ends: [2, 5, 10] }, { start: 0, end: 10 })
 *   // { start: 0, end: 5 }: the claims starting on day 10 leave the window
 */
export function stepWindow(
  window: DayInterval,
  handle: Handle,
  direction: Direction,
  stops: StepStops,
  bounds: DayInterval,
): DayInterval {
  if (handle === 'end') {
    let end: number;
    if (direction === 'back') {
      const current = lastBelow(stops.starts, window.end, true);
      end = current === undefined ? window.end - 1 : (lastBelow(stops.starts, current, false) ?? current - 1);
    } else {
      end = firstAbove(stops.starts, window.end, false) ?? bounds.end;
    }
    return { start: window.start, end: Math.max(window.start, clamp(end, bounds)) };
  }
  let start: number;
  if (direction === 'forward') {
    const current = firstAbove(stops.ends, window.start, true);
    start = current === undefined ? window.start + 1 : (firstAbove(stops.ends, current, false) ?? current + 1);
  } else {
    start = lastBelow(stops.ends, window.start, false) ?? bounds.start;
  }
  return { start: Math.min(window.end, clamp(start, bounds)), end: window.end };
}
