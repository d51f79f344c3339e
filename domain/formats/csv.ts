/**
 * CSV export for spreadsheets (/api/export and the page's claims table): one row per claim, with both entities' names and types on the row so
 * the file stands alone. RFC 4180 quoting, CRLF line ends and a UTF-8 byte-order mark so that Excel
 * reads "Kerenskij" and "Tjernov" with their Swedish letters; cells that a spreadsheet would run as a
 * formula are prefixed with an apostrophe, because evidence comes from uploaded documents.
 */
import type { GraphEdge, GraphNode } from '../api';
import type { Exporter } from './exporter';

const BYTE_ORDER_MARK = '\ufeff';

/** Starts a spreadsheet formula: =, +, @, a tab or carriage return, or a minus not followed by a space (a dialogue dash). */
const FORMULA_START = /^([=+@\t\r]|-(?!\s))/;

type Cell = string | number | null;

/**
 * @example csvCell('Lenin, "Iljitj"') // '"Lenin, ""Iljitj"""'
 * csvCell('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS = [
  'id', 'type', 'source', 'source_name', 'source_type', 'target', 'target_name', 'target_type',
  'date', 'date_gregorian', 'calendar', 'date_basis', 'date_precision', 'document_id', 'line', 'sentence_id', 'confidence', 'evidence', 'status', 'reviewed_by',
] as const;

function claimRow(edge: GraphEdge, nodes: ReadonlyMap<string, GraphNode>): Cell[] {
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  return [
    edge.id, edge.type, edge.source, source?.name ?? null, source?.type ?? null, edge.target, target?.name ?? null, target?.type ?? null,
    edge.date, edge.dateGregorian, edge.calendar, edge.dateBasis ?? null, edge.datePrecision ?? null, edge.documentId, edge.line, edge.sentenceId, edge.confidence, edge.evidence,
    edge.status ?? 'machine', edge.reviewedBy ?? null,
  ];
}

export const csvExporter: Exporter = {
  contentType: 'text/csv; charset=utf-8; header=present',
  extension: 'csv',
  render: (view) => {
    const nodes = new Map(view.nodes.map((node) => [node.id, node]));
    const rows = [COLUMNS as readonly Cell[], ...view.edges.map((edge) => claimRow(edge, nodes))];
    return BYTE_ORDER_MARK + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
  },
};
