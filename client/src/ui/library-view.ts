/**
 * The document library (`documents`): every document in the graph with its language, words, entities,
 * claims, the date it was ingested and who uploaded it; a box per document to show only its claims in the graph, and
 * buttons to read it (`read-document`), extract it again with the current extractor, or delete it
 * (after a confirmation).
 */
import type { DocumentSummary } from '../../../domain/api';
import type { JobStatus } from '../../../domain/jobs';
import type { ApiClient } from '../api-client';
import { curationMessage } from '../curation/curation-messages';
import { el } from './dom';
import { describeJob, followJob } from './upload-view';

export interface LibraryContext {
  api: ApiClient;
  read: (documentId: string) => void;
  /** The documents whose claims alone are shown, or null for all. */
  filter: (documentIds: ReadonlySet<string> | null) => void;
  /** After a re-ingest or a delete changed the graph. */
  onChanged: () => void;
  confirm?: (message: string) => boolean;
}

export interface LibraryView {
  refresh(): Promise<void>;
  /** The titles by document id, as last listed. */
  titles: Map<string, string>;
}

const formatDate = (iso: string): string => (iso ? iso.slice(0, 10) : '—');

/**
 * @example const library = mountLibrary(byId('library'), { api, read: (id) => reader.open(id), filter, onChanged });
 */
export function mountLibrary(panel: HTMLElement, context: LibraryContext): LibraryView {
  const list = el('ul', { class: 'library-list' });
  const status = el('p', { class: 'meta', role: 'status', 'aria-live': 'polite' });
  panel.replaceChildren(el('h2', {}, 'Documents'), el('p', { class: 'meta' }, 'Tick documents to show only their claims.'), list, status);
  const chosen = new Set<string>();
  const titles = new Map<string, string>();
  const confirm = context.confirm ?? ((message: string) => window.confirm(message));

  const applyFilter = (): void => context.filter(chosen.size > 0 ? new Set(chosen) : null);

  const entry = (document: DocumentSummary): HTMLElement => {
    const box = el('input', { type: 'checkbox', 'aria-label': `Show only the claims of ${document.title}`, 'data-testid': 'filter-document' });
    box.checked = chosen.has(document.id);
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(document.id);
      else chosen.delete(document.id);
      applyFilter();
    });
    const read = el('button', { type: 'button', 'data-testid': 'read-document' }, 'Read');
    read.addEventListener('click', () => context.read(document.id));
    const reingest = el('button', { type: 'button', 'data-testid': 'reingest-document', title: 'Extract again with the current extractor' }, 'Re-ingest');
    reingest.addEventListener('click', async () => {
      reingest.disabled = true;
      try {
        const job = await followJob(context.api, (await context.api.reingest(document.id)).job, (current: JobStatus) => (status.textContent = `${document.title}: ${describeJob(current)}`));
        if (job.state === 'done') context.onChanged();
      } catch (error) {
        status.textContent = `${document.title}: ${error instanceof Error ? error.message : String(error)}`;
      } finally {
        reingest.disabled = false;
      }
    });
    const remove = el('button', { type: 'button', 'data-testid': 'delete-document' }, 'Delete');
    remove.addEventListener('click', async () => {
      if (!confirm(`Delete "${document.title}" and every claim and entity only it contributed?`)) return;
      try {
        await context.api.deleteDocument(document.id);
        chosen.delete(document.id);
        applyFilter();
        status.textContent = `Deleted "${document.title}".`;
        context.onChanged();
      } catch (error) {
        status.textContent = curationMessage(error, `delete "${document.title}"`);
      }
    });
    const facts = [
      document.language,
      document.wordCount === null ? null : `${document.wordCount.toLocaleString('en')} words`,
      `${document.entityCount} entities`,
      `${document.claimCount} claims`,
      `ingested ${formatDate(document.ingestedAt)}`,
    ].filter(Boolean);
    return el(
      'li',
      { 'data-document-id': document.id },
      el('label', { class: 'library-title' }, box, el('strong', {}, document.title)),
      el('p', { class: 'meta' }, facts.join(' · ')),
      el('p', { class: 'uploader', 'data-testid': 'ingested-by' }, document.ingestedBy ? `uploaded by ${document.ingestedBy}` : 'added from the command line'),
      el('div', { class: 'actions' }, read, reingest, remove),
    );
  };

  const refresh = async (): Promise<void> => {
    try {
      const documents = await context.api.documents();
      titles.clear();
      for (const document of documents) titles.set(document.id, document.title);
      list.replaceChildren(...documents.map(entry));
      if (documents.length === 0) list.append(el('li', { class: 'meta' }, 'No document yet: upload one.'));
    } catch (error) {
      status.textContent = `The documents could not be listed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  void refresh();
  return { refresh, titles };
}
