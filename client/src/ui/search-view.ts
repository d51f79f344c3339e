/**
 * An entity picker: a combobox whose suggestions come first from the entities on the page (instant, and
 * inflection-aware through search-ranking) and then from /api/entities, merged. Nothing is highlighted
 * unless the typed text is exactly a name; arrow keys move through the suggestions, Enter takes the
 * highlighted one (the top hit when none is), Escape closes. The highlight follows its entity, not its row,
 * when the API's results arrive and re-rank the list.
 */
import type { GraphNode } from '../../../domain/api';
import type { ApiClient } from '../api-client';
import type { RankedEntity } from '../search-ranking';
import { exactMatchIndex, mergeSuggestions, rankEntities } from '../search-ranking';
import { el } from './dom';

const SUGGESTION_LIMIT = 10;
const DEBOUNCE_MS = 120;

export interface SearchOptions {
  nodes: readonly GraphNode[];
  api: ApiClient;
  onChoose: (node: GraphNode) => void;
}

/**
 * @example mountSearch(byId('search'), byId('suggestions'), { nodes, api, onChoose: (node) => focusEntity(node.id) })
 */
export function mountSearch(input: HTMLInputElement, list: HTMLElement, options: SearchOptions): void {
  let suggestions: RankedEntity[] = [];
  let active = -1;
  let request = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = (): void => {
    request += 1;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (index: number): void => {
    const chosen = suggestions[index];
    if (!chosen) return;
    input.value = chosen.node.name;
    close();
    options.onChoose(chosen.node);
  };
  const render = (): void => {
    if (suggestions.length === 0) {
      list.replaceChildren(el('li', { role: 'option', 'aria-disabled': 'true' }, 'No entity matches'));
    } else {
      list.replaceChildren(
        ...suggestions.map((ranked, index) => {
          const item = el(
            'li',
            { role: 'option', id: `${list.id}-${index}`, 'aria-selected': String(index === active), 'data-entity': ranked.node.id },
            el('span', {}, ranked.node.name),
            el('span', { class: 'type' }, `${ranked.node.type} · ${ranked.node.mentionCount}`),
          );
          item.addEventListener('mousedown', (event) => {
            event.preventDefault();
            choose(index);
          });
          return item;
        }),
      );
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const search = (): void => {
    const query = input.value.trim();
    request += 1;
    const mine = request;
    if (query.length === 0) {
      close();
      return;
    }
    suggestions = rankEntities(query, options.nodes, SUGGESTION_LIMIT);
    active = exactMatchIndex(query, suggestions);
    render();
    options.api
      .searchEntities(query, SUGGESTION_LIMIT)
      .then((remote) => {
        if (mine !== request) return;
        const highlighted = suggestions[active]?.node.id;
        suggestions = mergeSuggestions(query, suggestions, remote, SUGGESTION_LIMIT);
        active = highlighted === undefined ? exactMatchIndex(query, suggestions) : suggestions.findIndex((ranked) => ranked.node.id === highlighted);
        render();
      })
      .catch(() => undefined);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      if (list.hidden) search();
      choose(Math.max(0, active));
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    if (list.hidden) search();
    if (suggestions.length === 0) return;
    // From no highlight, ArrowDown lands on the top hit and ArrowUp on the last.
    active = active < 0 ? (event.key === 'ArrowDown' ? 0 : suggestions.length - 1) : (active + (event.key === 'ArrowDown' ? 1 : -1) + suggestions.length) % suggestions.length;
    render();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
