/**
 * The page's view as query parameters, so a view can be linked to and the back button steps through
 * earlier views: `?entity=ID&from=YYYY-MM-DD&to=YYYY-MM-DD&calendar=old|new&types=Person,Party&document=ID`.
 * Dates are written in the calendar the link names (Old Style: the text's own dates, Julian before
 * 14 February 1918). Pure: parse and write, no DOM; unknown or malformed values are dropped.
 */
import { ENTITY_TYPES, type EntityType } from '../../domain/types';
import { isoDate } from '../../domain/dates/calendar';
import { textCalendarOf } from '../../domain/dates/claim-days';
import { isoToInterval, parsePartialIso, type DayInterval } from '../../domain/dates/partial-iso';
import { dayToStyle, type DateStyle } from '../../domain/dates/styles';

export interface UrlView {
  entity?: string;
  window?: DayInterval;
  calendar?: DateStyle;
  types?: EntityType[];
  document?: string;
}

/** The day an ISO date names in a date style (Old Style reads dates before the switch as Julian). */
export function dayOfIso(iso: string, style: DateStyle): number | null {
  if (parsePartialIso(iso)?.precision !== 'day') return null;
  return isoToInterval(iso, style === 'old' ? textCalendarOf(iso) : 'gregorian')?.start ?? null;
}

/**
 * @example parseUrlView('?entity=kerenski&from=1917-10-25&to=1917-11-01&calendar=old') // { entity: 'kerenski', window: {...}, calendar: 'old' }
 */
export function parseUrlView(search: string): UrlView {
  const params = new URLSearchParams(search);
  const view: UrlView = {};
  const entity = params.get('entity');
  if (entity) view.entity = entity;
  const document = params.get('document');
  if (document) view.document = document;
  const calendar = params.get('calendar');
  if (calendar === 'old' || calendar === 'new') view.calendar = calendar;
  const style = view.calendar ?? 'old';
  const from = dayOfIso(params.get('from') ?? '', style);
  const to = dayOfIso(params.get('to') ?? '', style);
  if (from !== null && to !== null && from <= to) view.window = { start: from, end: to };
  const types = (params.get('types') ?? '').split(',').filter((type): type is EntityType => (ENTITY_TYPES as readonly string[]).includes(type));
  if (types.length > 0) view.types = types;
  return view;
}

/**
 * The query string for a view ('' for the default view); types are written only when some are off.
 * @example formatUrlView({ entity: 'lenin', calendar: 'new' }) // '?entity=lenin&calendar=new'
 */
export function formatUrlView(view: UrlView): string {
  const params = new URLSearchParams();
  if (view.entity) params.set('entity', view.entity);
  const style = view.calendar ?? 'old';
  if (view.window) {
    params.set('from', isoDate(dayToStyle(view.window.start, style), 'day'));
    params.set('to', isoDate(dayToStyle(view.window.end, style), 'day'));
  }
  if (view.calendar) params.set('calendar', view.calendar);
  if (view.types && view.types.length < ENTITY_TYPES.length) params.set('types', view.types.join(','));
  if (view.document) params.set('document', view.document);
  const query = params.toString().replace(/%2C/g, ',');
  return query === '' ? '' : `?${query}`;
}
