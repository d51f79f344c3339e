/**
 * Keeps the URL and the page's view in step: the view is written to the query string (a new history
 * entry once a change has settled, so the back button steps through views rather than every frame of
 * a dragged handle), and a URL opened or stepped back to is applied to the page.
 */
import type { Core } from 'cytoscape';
import { ENTITY_TYPES } from '../../../domain/types';
import type { PageStore } from '../page-state';
import { formatUrlView, parseUrlView, type UrlView } from '../url-state';
import type { ReaderView } from './reader-view';

export interface UrlSync {
  /** Writes the current view to the URL (after a settle delay). */
  record(): void;
  /** The absolute link to the current view. */
  link(): string;
}

export interface UrlSyncContext {
  cy: Core;
  store: PageStore;
  reader: ReaderView;
  selectEntity: (id: string) => void;
  clearEntity: () => void;
}

/** How long a view must stay unchanged before it becomes a history entry. */
const SETTLE_MS = 400;

function currentView(context: UrlSyncContext): UrlView {
  const { state } = context.store.get();
  const selected = context.cy.nodes(':selected');
  return {
    entity: selected.length === 1 ? selected[0].id() : undefined,
    window: state.filter.window ?? undefined,
    calendar: state.dateStyle === 'new' ? 'new' : undefined,
    types: state.filter.entityTypes.size < ENTITY_TYPES.length ? ENTITY_TYPES.filter((type) => state.filter.entityTypes.has(type)) : undefined,
    document: context.reader.documentId() ?? undefined,
  };
}

/**
 * @example const url = mountUrlState({ cy, store, reader, selectEntity, clearEntity }); copy(url.link());
 */
export function mountUrlState(context: UrlSyncContext): UrlSync {
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const apply = (view: UrlView): void => {
    applying = true;
    try {
      const { filter } = context.store.get().state;
      context.store.update({
        dateStyle: view.calendar ?? 'old',
        filter: { window: view.window ?? null, entityTypes: view.types ? new Set(view.types) : filter.entityTypes.size === ENTITY_TYPES.length ? filter.entityTypes : new Set(ENTITY_TYPES) },
      });
      if (view.entity) context.selectEntity(view.entity);
      else {
        context.cy.nodes(':selected').unselect();
        context.clearEntity();
      }
      if (view.document) void context.reader.open(view.document);
      else if (context.reader.documentId()) context.reader.close();
    } finally {
      applying = false;
    }
  };

  const record = (): void => {
    if (applying) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const search = formatUrlView(currentView(context));
      if (search !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${search}`);
    }, SETTLE_MS);
  };

  apply(parseUrlView(window.location.search));
  window.addEventListener('popstate', () => apply(parseUrlView(window.location.search)));
  context.store.subscribe(record);
  context.cy.on('select unselect', 'node', record);
  return {
    record,
    link: () => `${window.location.origin}${window.location.pathname}${formatUrlView(currentView(context))}`,
  };
}
