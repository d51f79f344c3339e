/**
 * Claims per week or per month, drawn behind the timeline's handles. Bins follow the chosen date
 * style, so that in Old Style a month bar holds the claims of that month as the text counts it.
 */
import type { DayInterval } from '../../domain/dates/partial-iso';
import { type DateStyle, dayToStyle, formatDay, formatMonth } from '../../domain/dates/styles';

export type BinSize = 'week' | 'month';

export interface HistogramBin {
  /** First and last day the bin covers (clipped to the span). */
  start: number;
  end: number;
  count: number;
  label: string;
}

/** Spans shorter than this are binned by week, longer ones by month. */
const WEEKLY_LIMIT_DAYS = 240;

/** @example chooseBinSize({ start: 0, end: 100 }) === 'week' */
export function chooseBinSize(span: DayInterval): BinSize {
  return span.end - span.start + 1 <= WEEKLY_LIMIT_DAYS ? 'week' : 'month';
}

function monthKey(day: number, style: DateStyle): number {
  const date = dayToStyle(day, style);
  return date.year * 12 + (date.month - 1);
}

function emptyBins(span: DayInterval, size: BinSize, style: DateStyle): HistogramBin[] {
  const bins: HistogramBin[] = [];
  let start = span.start;
  while (start <= span.end) {
    let end: number;
    if (size === 'week') {
      end = Math.min(span.end, start + 6);
    } else {
      const key = monthKey(start, style);
      end = start;
      while (end + 1 <= span.end && monthKey(end + 1, style) === key) end += 1;
    }
    const date = dayToStyle(start, style);
    const label = size === 'week' ? `week of ${formatDay(start, style)}` : formatMonth(date.year, date.month);
    bins.push({ start, end, count: 0, label });
    start = end + 1;
  }
  return bins;
}

/**
 * Counts claims per bin over the span; a claim of month precision counts once, in the bin of its first day.
 * An entry may stand for several claims starting that day (`claims`, as GraphSelection.claimDays gives them).
 * @example histogram([{ startDay: 3, endDay: 3 }], { start: 0, end: 13 }, 'week', 'new') // two bins, counts [1, 0]
 */
export function histogram(
  claims: readonly { startDay: number | null; endDay?: number | null; claims?: number }[],
  span: DayInterval,
  size: BinSize,
  style: DateStyle,
): HistogramBin[] {
  const bins = emptyBins(span, size, style);
  for (const claim of claims) {
    if (claim.startDay === null) continue;
    const day = Math.max(span.start, Math.min(span.end, claim.startDay));
    const bin = bins.find((candidate) => day >= candidate.start && day <= candidate.end);
    if (bin) bin.count += claim.claims ?? 1;
  }
  return bins;
}
