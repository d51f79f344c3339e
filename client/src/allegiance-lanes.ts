/**
 * Lays out an entity's allegiance history as lanes, one per counterpart (whom it supported, joined,
 * opposed, or who did so to it), each claim placed on the shared day axis. The side panel draws it.
 */
import type { AllegianceClaim, GraphNode } from '../../domain/api';
import { claimInterval, textCalendarOf } from '../../domain/dates/claim-days';
import type { DayInterval } from '../../domain/dates/partial-iso';

export interface LaneClaim {
  claim: AllegianceClaim;
  interval: DayInterval | null;
}

export interface Lane {
  counterpart: GraphNode;
  claims: LaneClaim[];
}

export interface LaneChart {
  lanes: Lane[];
  /** Day span of all dated claims, or null when none is dated. */
  span: DayInterval | null;
}

function firstDay(lane: Lane): number {
  return Math.min(Infinity, ...lane.claims.map((item) => item.interval?.start ?? Infinity));
}

/**
 * Groups claims by counterpart; lanes in order of their first dated claim, undated lanes last.
 * @example allegianceLanes(response.claims).lanes[0].counterpart.name
 */
export function allegianceLanes(claims: readonly AllegianceClaim[]): LaneChart {
  const byCounterpart = new Map<string, Lane>();
  let start = Infinity;
  let end = -Infinity;
  for (const claim of claims) {
    const interval = claimInterval({
      date: claim.date,
      dateGregorian: claim.dateGregorian,
      calendar: claim.date ? textCalendarOf(claim.date) : null,
    });
    if (interval) {
      start = Math.min(start, interval.start);
      end = Math.max(end, interval.end);
    }
    const lane = byCounterpart.get(claim.counterpart.id) ?? { counterpart: claim.counterpart, claims: [] };
    lane.claims.push({ claim, interval });
    byCounterpart.set(claim.counterpart.id, lane);
  }
  const lanes = [...byCounterpart.values()];
  for (const lane of lanes) lane.claims.sort((a, b) => (a.interval?.start ?? Infinity) - (b.interval?.start ?? Infinity) || a.claim.line - b.claim.line);
  lanes.sort((a, b) => firstDay(a) - firstDay(b) || a.counterpart.name.localeCompare(b.counterpart.name));
  return { lanes, span: Number.isFinite(start) ? { start, end } : null };
}

/**
 * Horizontal position in [0, 1] of a day within the chart's span (0.5 when the span is a single day).
 * @example lanePosition(5, { start: 0, end: 10 }) === 0.5
 */
export function lanePosition(day: number, span: DayInterval): number {
  return span.end === span.start ? 0.5 : (day - span.start) / (span.end - span.start);
}
