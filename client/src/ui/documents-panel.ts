/**
 * Documents in the page, wired together: the upload dialog, the library, the reader, and the view in
 * the URL (copy-link, the back button). What they share lives here: selecting an entity from the
 * reader, opening the reader at a clicked claim's sentence, dimming by the timeline's window,
 * filtering the graph to documents, and refreshing the graph after an upload without a reload.
 */
import type { Core } from 'cytoscape';
import type { GraphNode } from '../../../domain/api';
import { pairEdgeId } from '../../../domain/pair-edge';
import type { ApiClient } from '../api-client';
import type { EdgeData, NodeData } from '../graph-elements';
import { refreshGraph } from '../graph-refresh';
import type { PageStore } from '../page-state';
import type { DetailsView } from './details-view';
import { byId, el } from './dom';
import { mountLibrary } from './library-view';
import { mountReader } from './reader-view';
import { mountUpload } from './upload-view';
import { mountUrlState } from './url-sync';

export interface DocumentsContext {
  api: ApiClient;
  cy: Core;
  store: PageStore;
  details: DetailsView;
  focusEntity: (node: GraphNode) => void;
  /** The page's document titles (for the details panel), kept up to date here. */
  titles: Map<string, string>;
  /** Called after an upload, re-ingest or delete redrew the graph. */
  onGraphChanged: () => void;
}

export interface Documents {
  /** Opens the reader at a claim's sentence. */
  read(claim: { documentId: string; sentenceId: string }): void;
}

/** The header's document buttons; with no graph yet, only the upload (which reloads the page once done). */
function toolbarButtons(): { upload: HTMLButtonElement; library: HTMLButtonElement; copy: HTMLButtonElement } {
  const upload = el('button', { type: 'button', 'data-testid': 'open-upload' }, 'Upload…');
  const library = el('button', { type: 'button', 'aria-pressed': 'false', 'data-testid': 'open-documents' }, 'Documents');
  const copy = el('button', { type: 'button', 'data-testid': 'copy-link', title: 'Copy a link to this view' }, 'Copy link');
  byId('documents-bar').replaceChildren(upload, library, copy);
  return { upload, library, copy };
}

/** For an empty graph: the upload alone, and a reload when the first document is in. */
export function mountFirstUpload(api: ApiClient): void {
  const { upload, library, copy } = toolbarButtons();
  library.hidden = true;
  copy.hidden = true;
  mountUpload(byId<HTMLDialogElement>('upload-dialog'), upload, { api, onIngested: () => window.location.reload() });
}

/**
 * @example const documents = mountDocuments({ api, cy, store, details, focusEntity, titles, onGraphChanged });
 */
export function mountDocuments(context: DocumentsContext): Documents {
  const { api, cy, store, details } = context;
  const buttons = toolbarButtons();
  const libraryPanel = byId('library');

  const selectEntity = async (entityId: string): Promise<void> => {
    const node = cy.getElementById(entityId);
    if (node.nonempty()) {
      context.focusEntity(node.data() as NodeData);
      return;
    }
    try {
      await details.showEntity(await api.entity(entityId));
    } catch {
      // An entity deleted since the reader opened: nothing to show.
    }
  };
  const reader = mountReader(byId('reader'), {
    api,
    selectEntity: (id) => void selectEntity(id),
    showSentenceClaims: (_sentenceId, claims) => {
      const wanted = new Set(claims.map(pairEdgeId));
      const edges = cy.edges().filter((edge) => wanted.has(edge.id()));
      cy.elements().unselect();
      edges.select();
      const first = claims.map((claim) => ({ claim, edge: cy.getElementById(pairEdgeId(claim)) })).find(({ edge }) => edge.nonempty());
      if (first) details.showEdge(first.edge.data() as EdgeData, first.claim.id);
    },
    onDocumentChange: () => url.record(),
  });

  const refresh = async (): Promise<void> => {
    refreshGraph(cy, await api.graph());
    context.onGraphChanged();
    store.update({});
    await library.refresh();
    for (const [id, title] of library.titles) context.titles.set(id, title);
  };
  const library = mountLibrary(libraryPanel, {
    api,
    read: (id) => void reader.open(id),
    filter: (documents) => store.update({ filter: { documents } }),
    onChanged: () => void refresh(),
  });
  buttons.library.addEventListener('click', () => {
    libraryPanel.hidden = !libraryPanel.hidden;
    buttons.library.setAttribute('aria-pressed', String(!libraryPanel.hidden));
  });
  mountUpload(byId<HTMLDialogElement>('upload-dialog'), buttons.upload, { api, onIngested: () => void refresh() });

  // An edge clicked in the graph opens the reader at the sentence of its first claim (its panel lists the others).
  cy.on('tap', 'edge', (event) => {
    const edge = event.target.data() as EdgeData;
    api.pairClaims(edge, { offset: 0, limit: 1 }).then(({ claims: [first] }) => {
      if (first) void reader.open(first.documentId, first.sentenceId);
    }).catch(() => undefined);
  });
  store.subscribe(({ state }) => reader.setWindow(state.filter.window));

  const url = mountUrlState({ cy, store, reader, selectEntity: (id) => void selectEntity(id), clearEntity: () => details.clear() });
  buttons.copy.addEventListener('click', async () => {
    const link = url.link();
    buttons.copy.dataset.link = link;
    try {
      await navigator.clipboard.writeText(link);
      buttons.copy.textContent = 'Link copied';
    } catch {
      window.prompt('Copy this link:', link);
    }
    setTimeout(() => (buttons.copy.textContent = 'Copy link'), 2000);
  });
  return { read: (claim) => void reader.open(claim.documentId, claim.sentenceId) };
}
