/**
 * The claims table's rows: one per claim shown (of the edges drawn, view-claims.ts), with what a historian checks (date in both calendars,
 * who, what, whom, the sentence, where it stands, how sure the extractor was), and the sorting and
 * free-text filtering the table offers. Pure, so order and filter are tested without a browser.
 */
import { dateBasisWords } from '../../domain/dates/provenance';
import { plainFold } from '../../domain/names/name-key';
import type { RelationType } from '../../domain/types';
import type { DateStyle } from '../../domain/dates/styles';
import { formatDay } from '../../domain/dates/styles';
import { pairEdgeId } from '../../domain/pair-edge';
import type { ClaimData } from './graph-elements';
import { RELATION_LABELS } from './palette';

export interface ClaimRow {
  id: string;
  /** The drawn edge the claim belongs to. */
  edgeId: string;
  /** Day number of the claim's start, for sorting; null when undated. */
  day: number | null;
  /** The date in the chosen calendar style, e.g. "25 Oct 1917 OS" or "1917-10 (month)". */
  date: string;
  /** The same date in the other style, e.g. "7 Nov 1917 NS", or '' when it reads the same. */
  otherDate: string;
  /** Where the date came from, e.g. "from the chapter"; '' when undated or not recorded. */
  dateBasis: string;
  source: string;
  relation: string;
  type: RelationType;
  target: string;
  evidence: string;
  document: string;
  line: number;
  confidence: number;
}

export const CLAIM_COLUMNS = ['date', 'source', 'relation', 'target', 'evidence', 'document', 'line', 'confidence'] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

export interface RowLookups {
  nameOf: (id: string) => string;
  documentTitle: (id: string) => string;
}

function dateTexts(edge: ClaimData, style: DateStyle): { date: string; otherDate: string } {
  if (edge.startDay === null || edge.endDay === null) return { date: 'undated', otherDate: '' };
  if (edge.startDay !== edge.endDay) {
    const precision = edge.date && edge.date.length === 4 ? 'year' : 'month';
    return { date: `${edge.date ?? edge.dateGregorian ?? ''} (${precision})`, otherDate: '' };
  }
  const date = formatDay(edge.startDay, style);
  const other = formatDay(edge.startDay, style === 'old' ? 'new' : 'old');
  return { date, otherDate: other === date ? '' : other };
}

/**
 * @example claimRows(shownClaims(cy, await viewClaims.load(), filter), { nameOf, documentTitle }, 'old')
 */
export function claimRows(edges: readonly ClaimData[], lookups: RowLookups, style: DateStyle): ClaimRow[] {
  return edges.map((edge) => ({
    id: edge.id,
    edgeId: pairEdgeId(edge),
    day: edge.startDay,
    ...dateTexts(edge, style),
    dateBasis: edge.startDay === null ? '' : dateBasisWords(edge.dateBasis),
    source: lookups.nameOf(edge.source),
    relation: RELATION_LABELS[edge.type],
    type: edge.type,
    target: lookups.nameOf(edge.target),
    evidence: edge.evidence,
    document: lookups.documentTitle(edge.documentId),
    line: edge.line,
    confidence: edge.confidence,
  }));
}

function compareValues(a: ClaimRow, b: ClaimRow, column: ClaimColumn): number {
  if (column === 'date') {
    if (a.day === b.day) return 0;
    if (a.day === null) return 1;
    if (b.day === null) return -1;
    return a.day - b.day;
  }
  if (column === 'line' || column === 'confidence') return a[column] - b[column];
  return a[column].localeCompare(b[column], 'sv');
}

/**
 * Stable sort by one column; undated claims stay last whichever way dates are sorted. Ties keep date, then line order.
 * @example sortRows(rows, 'confidence', 'descending')
 */
export function sortRows(rows: readonly ClaimRow[], column: ClaimColumn, direction: 'ascending' | 'descending'): ClaimRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (column === 'date' && (a.day === null) !== (b.day === null)) return a.day === null ? 1 : -1;
    return sign * compareValues(a, b, column) || compareValues(a, b, 'date') || a.line - b.line;
  });
}

/**
 * Rows containing every word of `query` somewhere (names, relation, evidence, document, date), case and
 * diacritics ignored: "arrested kerenski" finds claims where Kerenski's men were arrested.
 * @example filterRows(rows, 'arrest oktober')
 */
export function filterRows(rows: readonly ClaimRow[], query: string): ClaimRow[] {
  const words = plainFold(query).split(' ').filter((word) => word !== '');
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = plainFold([row.date, row.otherDate, row.dateBasis, row.source, row.relation, row.type, row.target, row.evidence, row.document].join(' '));
    return words.every((word) => text.includes(word));
  });
}
