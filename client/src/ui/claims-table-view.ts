/**
 * The claims table: every claim the graph shows now (filters, time window and focus view applied), one
 * row each, sortable by any column and filterable by words. The graph draws one edge per pair and
 * relation type, so the claims are loaded when the table is first shown (view-claims.ts). Its row count
 * is the count of claims shown (or of those matching the filter, said beside it); a row opens its edge
 * with that claim marked, and the rows export to CSV.
 */
import type { Core } from 'cytoscape';
import type { GraphView } from '../../../domain/api';
import type { ClaimColumn, ClaimRow } from '../claims-table';
import { CLAIM_COLUMNS, claimRows, filterRows, sortRows } from '../claims-table';
import type { DateStyle } from '../../../domain/dates/styles';
import { visibleView } from '../visible-view';
import { toClaimData } from '../graph-elements';
import type { ViewFilter } from '../timeline-filter';
import type { ViewClaims } from '../view-claims';
import { RELATION_COLOURS } from '../palette';
import { el } from './dom';

const HEADINGS: Record<ClaimColumn, string> = {
  date: 'Date',
  source: 'Source',
  relation: 'Relation',
  target: 'Target',
  evidence: 'Evidence',
  document: 'Document',
  line: 'Line',
  confidence: 'Confidence',
};

/** Evidence longer than this is cut in the cell (the full sentence is in the tooltip and the claim panel). */
const EXCERPT_LENGTH = 160;

export interface ClaimsTableContext {
  nameOf: (id: string) => string;
  documentTitle: (id: string) => string;
  dateStyle: () => DateStyle;
  onClaim: (edgeId: string, claimId: string) => void;
  /** The claims behind the drawn edges, loaded on first use. */
  claims: ViewClaims;
  filter: () => ViewFilter;
  /** Saves the claims of the given view as CSV. */
  exportCsv: (view: GraphView) => void;
}

export interface ClaimsTable {
  element: HTMLElement;
  /** Rebuilds the rows from what the graph shows now (loading the claims the first time). */
  refresh(): void;
}

function excerpt(text: string): string {
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1)}…`;
}

function rowElement(row: ClaimRow, onClaim: (edgeId: string, claimId: string) => void): HTMLTableRowElement {
  const tr = el('tr', { 'data-claim': row.id, 'data-edge': row.edgeId, tabindex: 0 },
    el('td', { class: 'nowrap' }, row.date, row.otherDate ? el('span', { class: 'meta' }, ` = ${row.otherDate}`) : null,
      row.dateBasis ? el('div', { class: 'meta', 'data-testid': 'date-basis' }, row.dateBasis) : null),
    el('td', {}, row.source),
    el('td', { class: 'nowrap' }, el('span', { class: 'swatch', style: `background:${RELATION_COLOURS[row.type]}` }), ` ${row.relation}`),
    el('td', {}, row.target),
    el('td', { title: row.evidence }, excerpt(row.evidence)),
    el('td', {}, row.document),
    el('td', { class: 'number' }, String(row.line)),
    el('td', { class: 'number' }, row.confidence.toFixed(2)),
  );
  tr.addEventListener('click', () => onClaim(row.edgeId, row.id));
  tr.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onClaim(row.edgeId, row.id);
    }
  });
  return tr;
}

/**
 * @example const table = mountClaimsTable(cy, { nameOf, documentTitle, dateStyle, onClaim, exportCsv }); drawerPanel.append(table.element);
 */
export function mountClaimsTable(cy: Core, context: ClaimsTableContext): ClaimsTable {
  let column: ClaimColumn = 'date';
  let direction: 'ascending' | 'descending' = 'ascending';
  let rows: ClaimRow[] = [];
  let view: GraphView = { nodes: [], edges: [] };
  const filter = el('input', { type: 'search', placeholder: 'Filter claims: words in names, relation, evidence, date…', 'aria-label': 'Filter the claims table', 'data-testid': 'claims-filter' });
  const count = el('span', { class: 'meta', 'data-testid': 'claims-count', 'aria-live': 'polite' });
  const csv = el('button', { type: 'button', title: 'Save the rows of the table as CSV' }, 'CSV');
  const headCells = CLAIM_COLUMNS.map((key) => {
    const sort = el('button', { type: 'button', class: 'sort', 'data-column': key }, HEADINGS[key]);
    sort.addEventListener('click', () => {
      direction = column === key && direction === 'ascending' ? 'descending' : 'ascending';
      column = key;
      render();
    });
    return el('th', { scope: 'col', 'data-column': key }, sort);
  });
  const body = el('tbody');
  const table = el('table', { 'data-testid': 'claims-table', class: 'claims-table' }, el('caption', { class: 'visually-hidden' }, 'Claims shown in the graph'), el('thead', {}, el('tr', {}, ...headCells)), body);

  const matching = (): ClaimRow[] => sortRows(filterRows(rows, filter.value), column, direction);
  const render = (): void => {
    const shown = matching();
    headCells.forEach((cell, index) => cell.setAttribute('aria-sort', CLAIM_COLUMNS[index] === column ? direction : 'none'));
    body.replaceChildren(...shown.map((row) => rowElement(row, context.onClaim)));
    const selected = cy.edges(':selected').map((edge) => edge.id());
    for (const id of selected) body.querySelector(`tr[data-edge="${CSS.escape(id)}"]`)?.setAttribute('data-selected', 'true');
    count.textContent = shown.length === rows.length ? `${rows.length} claim${rows.length === 1 ? '' : 's'} shown` : `${shown.length} of ${rows.length} claims shown match`;
    table.dataset.rows = String(shown.length);
  };
  let loaded = false;
  const refresh = (): void => {
    if (!loaded) count.textContent = 'Loading the claims…';
    context.claims.load().then((claims) => {
      loaded = true;
      view = visibleView(cy, claims, context.filter());
      rows = claimRows(view.edges.map(toClaimData), context, context.dateStyle());
      render();
    }).catch((error: unknown) => {
      count.textContent = `Could not load the claims: ${error instanceof Error ? error.message : String(error)}`;
    });
  };
  filter.addEventListener('input', render);
  csv.addEventListener('click', () => {
    const ids = new Set(matching().map((row) => row.id));
    const order = new Map(matching().map((row, index) => [row.id, index]));
    const edges = view.edges.filter((edge) => ids.has(edge.id)).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const ends = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
    context.exportCsv({ nodes: view.nodes.filter((node) => ends.has(node.id)), edges });
  });
  cy.on('select unselect', 'edge', () => {
    body.querySelectorAll('tr[data-selected]').forEach((tr) => tr.removeAttribute('data-selected'));
    for (const edge of cy.edges(':selected')) body.querySelector(`tr[data-edge="${CSS.escape(edge.id())}"]`)?.setAttribute('data-selected', 'true');
  });
  const element = el('div', { class: 'claims-table-view' }, el('div', { class: 'table-tools' }, filter, count, csv), el('div', { class: 'table-scroll' }, table));
  return { element, refresh };
}
