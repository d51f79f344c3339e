/**
 * The read-only Cypher panel: historians type a query (or start from an example, beside the live graph's
 * schema), see the rows as a table, and the entities and claims in the rows are brought forward on the
 * graph, the claims' edges drawn heavy. The server runs it in a READ transaction.
 */
import type { Core } from 'cytoscape';
import type { CypherResult, GraphSchema } from '../../../domain/api';
import type { ApiClient } from '../api-client';
import { cellText, graphHits } from '../cypher-results';
import { showFocus } from '../focus-views';
import { CYPHER_EXAMPLES } from '../cypher-examples';
import { schemaSidebar } from './cypher-schema-view';
import { el } from './dom';

function resultTable(result: CypherResult): HTMLElement {
  if (result.rows.length === 0) return el('p', {}, 'The query returned no rows.');
  return el(
    'table',
    {},
    el('thead', {}, el('tr', {}, ...result.columns.map((column) => el('th', { scope: 'col' }, column)))),
    el('tbody', {}, ...result.rows.map((row) => el('tr', {}, ...result.columns.map((column) => el('td', {}, cellText(row[column])))))),
  );
}

/**
 * @example mountQueryPanel(byId('query-panel'), byId('open-query'), api, cy)
 */
export function mountQueryPanel(dialog: HTMLDialogElement, opener: HTMLButtonElement, api: ApiClient, cy: Core): void {
  const query = el('textarea', { 'aria-label': 'Cypher query (read-only)', spellcheck: 'false', 'data-testid': 'cypher' });
  query.value = CYPHER_EXAMPLES[0]?.query ?? '';
  const run = el('button', { type: 'button' }, 'Run (Ctrl+Enter)');
  const close = el('button', { type: 'button' }, 'Close');
  const status = el('p', { role: 'status', class: 'meta' });
  const output = el('div', { class: 'result' });
  let schema: Promise<GraphSchema> | null = null;
  const main = el('div', { class: 'cypher-main' },
    el('h2', {}, 'Read-only Cypher'),
    el('p', { class: 'meta' }, 'Queries run in a read transaction with a time and row limit; writes are refused.'),
    query,
    el('div', { class: 'actions' }, run, close),
    status,
    output,
  );
  dialog.replaceChildren(main);
  const execute = async (): Promise<void> => {
    status.textContent = 'Running…';
    output.replaceChildren();
    try {
      const result = await api.cypher(query.value);
      const hits = graphHits(result);
      const onGraph = cy.collection();
      for (const id of [...hits.nodeIds, ...hits.edgeIds]) onGraph.merge(cy.getElementById(id));
      const found = onGraph.filter((element) => !element.hasClass('hidden'));
      showFocus(cy, found.empty() ? null : found.union(found.connectedNodes()));
      const lit = `${found.edges().length} edge${found.edges().length === 1 ? '' : 's'} and ${found.nodes().length} entit${found.nodes().length === 1 ? 'y' : 'ies'}`;
      status.textContent = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (truncated)' : ''} in ${Math.round(result.elapsedMs)} ms; ${lit} shown on the graph.`;
      output.replaceChildren(resultTable(result));
    } catch (error) {
      status.textContent = '';
      output.replaceChildren(el('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
    }
  };
  run.addEventListener('click', () => void execute());
  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void execute();
  });
  close.addEventListener('click', () => dialog.close());
  opener.addEventListener('click', () => {
    // The schema is read once, when the panel is first opened, from the graph as it is then.
    if (!schema) {
      schema = api.cypherSchema();
      dialog.append(schemaSidebar(query, schema));
    }
    dialog.showModal();
    query.focus();
  });
}
