/**
 * Draws an allegiance history: one lane per counterpart, a mark per claim on a shared time axis
 * (coloured by relation), and under each lane its claims with evidence sentence and line.
 */
import type { AllegianceClaim } from '../../../domain/api';
import type { RelationType } from '../../../domain/types';
import type { Lane, LaneChart } from '../allegiance-lanes';
import { lanePosition } from '../allegiance-lanes';
import { textCalendarOf } from '../../../domain/dates/claim-days';
import { type DateStyle, describeClaimDate, formatDay } from '../../../domain/dates/styles';
import { RELATION_COLOURS, RELATION_LABELS } from '../palette';
import { el } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
const STRIP_HEIGHT = 14;

function svgElement(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function claimPhrase(claim: AllegianceClaim, subject: string): string {
  const verb = RELATION_LABELS[claim.type as RelationType];
  return claim.direction === 'out' ? `${subject} ${verb} ${claim.counterpart.name}` : `${claim.counterpart.name} ${verb} ${subject}`;
}

function strip(lane: Lane, chart: LaneChart): SVGElement {
  const svg = svgElement('svg', { viewBox: `0 0 100 ${STRIP_HEIGHT}`, preserveAspectRatio: 'none', height: STRIP_HEIGHT, 'aria-hidden': 'true' });
  svg.append(svgElement('line', { x1: 0, x2: 100, y1: STRIP_HEIGHT / 2, y2: STRIP_HEIGHT / 2, stroke: '#D5D8DC', 'stroke-width': 1 }));
  for (const { claim, interval } of lane.claims) {
    if (!interval || !chart.span) continue;
    const x = 2 + 96 * lanePosition(interval.start, chart.span);
    const width = Math.max(1.5, 96 * (lanePosition(interval.end, chart.span) - lanePosition(interval.start, chart.span)));
    svg.append(svgElement('rect', { x: x - 0.75, y: 2, width, height: STRIP_HEIGHT - 4, rx: 0.5, fill: RELATION_COLOURS[claim.type] }));
  }
  return svg;
}

/**
 * @example details.append(laneChartElement(allegianceLanes(claims), 'Kerenski', 'old'))
 */
export function laneChartElement(chart: LaneChart, subject: string, style: DateStyle): HTMLElement {
  if (chart.lanes.length === 0) return el('p', { class: 'meta' }, 'No allegiance claims for this entity.');
  const axis = chart.span
    ? el('div', { class: 'timeline-ticks' }, el('span', {}, formatDay(chart.span.start, style)), el('span', {}, formatDay(chart.span.end, style)))
    : null;
  const lanes = chart.lanes.map((lane) =>
    el(
      'section',
      { class: 'lane' },
      el('strong', {}, `${lane.counterpart.name} `, el('span', { class: 'meta' }, lane.counterpart.type)),
      strip(lane, chart),
      el(
        'ol',
        {},
        ...lane.claims.map(({ claim }) =>
          el(
            'li',
            {},
            el('span', { class: 'swatch', style: `background:${RELATION_COLOURS[claim.type]}` }),
            ` ${claimPhrase(claim, subject)}, `,
            describeClaimDate({ date: claim.date, dateGregorian: claim.dateGregorian, calendar: claim.date ? textCalendarOf(claim.date) : null }),
            el('blockquote', {}, claim.evidence, el('div', { class: 'meta' }, `line ${claim.line}`)),
          ),
        ),
      ),
    ),
  );
  return el('div', { class: 'lanes' }, axis, ...lanes);
}
