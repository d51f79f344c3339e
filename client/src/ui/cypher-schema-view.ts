/**
 * The Cypher panel's sidebar: the labels, relationship types and property names of the live graph (from
 * GET /api/cypher/schema), and the example queries. Clicking a name writes it into the query at the cursor;
 * clicking an example replaces the query with it.
 */
import type { GraphSchema, SchemaEntry } from '../../../domain/api';
import { CYPHER_EXAMPLES } from '../cypher-examples';
import { el } from './dom';

/** Inserts `text` at the textarea's cursor (replacing any selection) and keeps the focus there. */
function insertAtCursor(query: HTMLTextAreaElement, text: string): void {
  const start = query.selectionStart;
  query.setRangeText(text, start, query.selectionEnd, 'end');
  query.focus();
}

function entryList(entries: readonly SchemaEntry[], written: (name: string) => string, query: HTMLTextAreaElement, testId: string): HTMLElement {
  return el(
    'ul',
    { class: 'schema-list', 'data-testid': testId },
    ...entries.map((entry) => {
      const name = el('button', { type: 'button', class: 'link', title: `Insert ${written(entry.name)}` }, written(entry.name));
      name.addEventListener('click', () => insertAtCursor(query, written(entry.name)));
      return el('li', {}, name, entry.properties.length > 0 ? el('span', { class: 'meta' }, ` ${entry.properties.join(', ')}`) : null);
    }),
  );
}

/**
 * @example dialog.append(schemaSidebar(query, api.cypherSchema()))
 */
export function schemaSidebar(query: HTMLTextAreaElement, schema: Promise<GraphSchema>): HTMLElement {
  const examples = el(
    'ul',
    { class: 'schema-list', 'data-testid': 'cypher-examples' },
    ...CYPHER_EXAMPLES.map((example) => {
      const button = el('button', { type: 'button', class: 'link' }, example.title);
      button.addEventListener('click', () => {
        query.value = example.query;
        query.focus();
      });
      return el('li', {}, button);
    }),
  );
  const lists = el('div', {}, el('p', { class: 'meta' }, 'Loading the schema…'));
  schema
    .then((loaded) =>
      lists.replaceChildren(
        el('h3', {}, 'Labels'),
        entryList(loaded.labels, (name) => `:${name}`, query, 'schema-labels'),
        el('h3', {}, 'Relationship types'),
        entryList(loaded.relationshipTypes, (name) => `:${name}`, query, 'schema-relationships'),
      ),
    )
    .catch((error: unknown) => lists.replaceChildren(el('p', { class: 'error' }, `The schema could not be loaded: ${error instanceof Error ? error.message : String(error)}`)));
  return el('aside', { class: 'cypher-schema', 'aria-label': 'Schema and examples', 'data-testid': 'cypher-schema' }, el('h3', {}, 'Examples'), examples, lists);
}
