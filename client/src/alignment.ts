/**
 * The alignment view's data: chosen entities as lanes over the months of the corpus, each month coloured
 * by the bloc the entity is in then. A month's blocs come from the signed claims of that month and the
 * two before it (a single month holds too few claims to place most entities). The same monthly blocs rank
 * the anchors that fix bloc colours (bloc-colours.ts), so a lane changing colour is a change of side, and
 * the graph's rings use the same colours.
 */
import type { DateStyle } from '../../domain/dates/styles';
import type { DayInterval } from '../../domain/dates/partial-iso';
import { dayToStyle, formatMonth } from '../../domain/dates/styles';
import { isoToInterval } from '../../domain/dates/partial-iso';
import { textCalendarOf } from '../../domain/dates/claim-days';
import type { AnchorRanking } from './bloc-colours';
import { blocColours, rankAnchors } from './bloc-colours';
import type { BlocPartition, SignedClaim } from './blocs';
import { CLAIM_SIGN, findBlocs } from './blocs';
import { claimInWindow, claimSpan } from './timeline-filter';

/** How many months, ending with the lane's month, place an entity in it. */
export const TRAILING_MONTHS = 3;

export type AlignmentClaim = SignedClaim & { startDay: number | null; endDay: number | null };

export interface AlignmentMonth {
  label: string;
  days: DayInterval;
}

export interface AlignmentCell {
  /** The colour of the entity's bloc this month, or null when no claim of the trailing months places it. */
  colour: string | null;
  /** The anchor (most central member) of that bloc. */
  anchor: string | null;
  /** The claims that placed it. */
  placedBy: SignedClaim[];
}

export interface AlignmentLane {
  entity: string;
  cells: AlignmentCell[];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The months from the one holding `span.start` to the one holding `span.end`, in the chosen calendar style.
 * @example alignmentMonths({ start: day(1917, 10, 1), end: day(1917, 11, 30) }, 'new').map((m) => m.label) // ['Oct 1917', 'Nov 1917']
 */
export function alignmentMonths(span: DayInterval, style: DateStyle): AlignmentMonth[] {
  const first = dayToStyle(span.start, style);
  const last = dayToStyle(span.end, style);
  const months: AlignmentMonth[] = [];
  for (let year = first.year, month = first.month; year < last.year || (year === last.year && month <= last.month); month === 12 ? ((month = 1), (year += 1)) : (month += 1)) {
    const iso = `${year}-${pad(month)}`;
    const days = isoToInterval(iso, style === 'old' ? textCalendarOf(`${iso}-01`) : 'gregorian') as DayInterval;
    months.push({ label: formatMonth(year, month), days });
  }
  return months;
}

/**
 * The blocs of each month's trailing window, in month order.
 * @example monthlyPartitions(claims, alignmentMonths(span, 'new'))[0].blocs
 */
export function monthlyPartitions(claims: readonly AlignmentClaim[], months: readonly AlignmentMonth[]): BlocPartition[] {
  const signed = claims.filter((claim) => CLAIM_SIGN[claim.type] !== 0);
  return months.map((month, index) => {
    const from = months[Math.max(0, index - TRAILING_MONTHS + 1)] as AlignmentMonth;
    const window = { start: from.days.start, end: month.days.end };
    return findBlocs(signed.filter((claim) => claimInWindow(claim, window, false)));
  });
}

/**
 * The ranking of anchors that fixes bloc colours everywhere on the page: from the monthly blocs of all
 * dated claims (New Style months, so it does not change with the calendar switch), or from the blocs of
 * all claims when none is dated.
 * @example windowBlocs(blocRanking(allClaims), shownClaims)
 */
export function blocRanking(claims: readonly AlignmentClaim[]): AnchorRanking {
  const span = claimSpan(claims);
  return rankAnchors(span ? monthlyPartitions(claims, alignmentMonths(span, 'new')) : [findBlocs(claims)]);
}

/**
 * @example alignmentLanes(['volhyniska_regementet'], claims, blocRanking(claims), alignmentMonths(span, 'old'))
 */
export function alignmentLanes(
  entities: readonly string[],
  claims: readonly AlignmentClaim[],
  ranking: AnchorRanking,
  months: readonly AlignmentMonth[],
): AlignmentLane[] {
  const perMonth = monthlyPartitions(claims, months).map((partition) => ({ partition, colours: blocColours(ranking, partition) }));
  return entities.map((entity) => ({
    entity,
    cells: perMonth.map(({ partition, colours }) => {
      const bloc = partition.blocOf.get(entity);
      if (bloc === undefined) return { colour: null, anchor: null, placedBy: [] };
      return { colour: colours[bloc] as string, anchor: partition.blocs[bloc]!.anchor, placedBy: partition.placedBy.get(entity) ?? [] };
    }),
  }));
}

/**
 * The entities with most signed claims, for the lanes the view opens with.
 * @example busiestEntities(claims, 6)
 */
export function busiestEntities(claims: readonly SignedClaim[], count: number): string[] {
  const tally = new Map<string, number>();
  for (const claim of claims) {
    if (CLAIM_SIGN[claim.type] === 0) continue;
    for (const id of [claim.source, claim.target]) tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count).map(([id]) => id);
}
