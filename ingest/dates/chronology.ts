/**
 * A chronology of sections: the date a chapter's undated sentences inherit.
 *
 * A chapter of a memoir mostly tells one stretch of time but looks back now and then, so we take
 * the median of the dates it gives (robust to the odd reference back), keep the chronology
 * from running backwards when the chapter offers a date consistent with it, and let chapters
 * without any date inherit the date of the chapter before (the first dated one, at the start).
 */
import type { HistoricalDate } from '../../domain/types';
import type { PlacedDate } from './historical';

/** The middle date; of two, the later, since a chapter tends to look back rather than ahead. */
function median(dates: PlacedDate[]): PlacedDate {
  const sorted = [...dates].sort((a, b) => a.jdn - b.jdn);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The section's own date, or undefined when it gives none. */
function ownDate(dates: PlacedDate[], previous: PlacedDate | undefined): PlacedDate | undefined {
  if (dates.length === 0) return undefined;
  const middle = median(dates);
  if (!previous || middle.jdn >= previous.jdn) return middle;
  const onward = dates.filter((d) => d.jdn >= previous.jdn).sort((a, b) => a.jdn - b.jdn);
  return onward[0] ?? middle;
}

const asSectionDate = ({ date, jdn }: PlacedDate): PlacedDate => {
  const { text: _text, ...rest } = date;
  return { date: { ...rest, source: 'section' } as HistoricalDate, jdn };
};

/**
 * One date per section from the explicit dates found in each.
 *
 * @example
 * sectionChronology([[], [june3, june18], [], [oct25]]) // [june3*, june3*, june3*, oct25*] (* source 'section')
 */
export function sectionChronology(datesBySection: PlacedDate[][]): (PlacedDate | undefined)[] {
  const own: (PlacedDate | undefined)[] = [];
  let previous: PlacedDate | undefined;
  for (const dates of datesBySection) {
    const date = ownDate(dates, previous);
    own.push(date);
    if (date) previous = date;
  }
  const firstDated = own.find((d) => d !== undefined);
  let inherited = firstDated;
  return own.map((date) => {
    if (date) inherited = date;
    return inherited ? asSectionDate(inherited) : undefined;
  });
}
