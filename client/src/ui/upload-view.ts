/**
 * Uploading a document from the page: a file picker and a drop zone (`upload`), then the title (the
 * file name) and the language (guessed from a text file's first words; a PDF's or Word file's is
 * detected when the server reads it), both editable, then `upload-confirm`. The upload runs as a job
 * whose stages show in `progress` (reading, extracting with the percentage of sentences, writing to
 * Neo4j), ending with what changed, or with the server's message for a file it refused.
 */
import { detectLanguage } from '../../../domain/language';
import type { JobStatus } from '../../../domain/jobs';
import type { Language } from '../../../domain/types';
import type { ApiClient } from '../api-client';
import { el } from './dom';

export interface UploadContext {
  api: ApiClient;
  /** Called when an upload changed the graph (created or replaced a document). */
  onIngested: (job: JobStatus) => void;
}

const ACCEPT = '.txt,.md,.pdf,.docx,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const POLL_MS = 150;

/** What a job's state reads as in the page. */
export function describeJob(job: JobStatus): string {
  switch (job.state) {
    case 'queued':
      return 'Waiting for a free extractor…';
    case 'reading':
      return 'Reading the file…';
    case 'extracting':
      return `Extracting: ${job.percent ?? 0}% of sentences`;
    case 'writing':
      return 'Writing to Neo4j…';
    case 'failed':
      return `Refused: ${job.error?.message ?? 'the upload failed'}`;
    case 'done': {
      const result = job.result;
      if (!result) return 'Done.';
      if (result.status === 'unchanged') return `Done: "${job.title}" was already in the graph, unchanged.`;
      return (
        `Done: ${result.newEntities ?? 0} new entities, ${result.relations} claims, ` +
        `${result.mergedEntities ?? 0} entities merged with existing ones (${result.status}).`
      );
    }
  }
}

async function guessLanguage(file: File): Promise<Language | null> {
  if (!/\.(txt|md)$/i.test(file.name) && !file.type.startsWith('text/')) return null;
  return detectLanguage(await file.slice(0, 64 * 1024).text());
}

/** Polls a job until it ends, telling `onUpdate` each state. */
export async function followJob(api: ApiClient, job: JobStatus, onUpdate: (job: JobStatus) => void): Promise<JobStatus> {
  let current = job;
  onUpdate(current);
  while (current.state !== 'done' && current.state !== 'failed') {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    current = await api.job(current.id);
    onUpdate(current);
  }
  return current;
}

/**
 * @example mountUpload(byId('upload-dialog'), byId('open-upload'), { api, onIngested: () => refresh() })
 */
export function mountUpload(dialog: HTMLDialogElement, opener: HTMLButtonElement, context: UploadContext): void {
  const input = el('input', { type: 'file', accept: ACCEPT, 'data-testid': 'upload-input', id: 'upload-file' });
  const zone = el(
    'label',
    { class: 'drop-zone', 'data-testid': 'upload', for: 'upload-file' },
    el('strong', {}, 'Choose a file'),
    ' or drop it here: plain text (.txt, .md), PDF with a text layer, or Word (.docx).',
    input,
  );
  const title = el('input', { type: 'text', 'data-testid': 'upload-title', required: true, maxlength: 300 });
  const language = el('select', { 'data-testid': 'upload-language' }, el('option', { value: '' }, 'detect when read'), el('option', { value: 'sv' }, 'Swedish'), el('option', { value: 'en' }, 'English'));
  const confirm = el('button', { type: 'button', 'data-testid': 'upload-confirm', disabled: true }, 'Upload');
  const close = el('button', { type: 'button' }, 'Close');
  const chosen = el('p', { class: 'meta' });
  const progress = el('p', { 'data-testid': 'progress', role: 'status', 'aria-live': 'polite' });
  const form = el('fieldset', { disabled: true }, el('label', {}, 'Title ', title), el('label', {}, 'Language ', language));
  dialog.replaceChildren(el('h2', {}, 'Upload a document'), zone, chosen, form, el('div', { class: 'actions' }, confirm, close), progress);

  let file: File | null = null;
  const choose = async (picked: File | undefined): Promise<void> => {
    if (!picked) return;
    file = picked;
    chosen.textContent = `${picked.name} (${Math.max(1, Math.round(picked.size / 1024))} kB)`;
    title.value = picked.name.replace(/\.[^.]+$/, '');
    language.value = (await guessLanguage(picked)) ?? '';
    form.disabled = false;
    confirm.disabled = false;
    progress.textContent = '';
    delete progress.dataset.state;
  };
  input.addEventListener('change', () => void choose(input.files?.[0]));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    void choose(event.dataTransfer?.files[0]);
  });

  const show = (job: JobStatus): void => {
    progress.textContent = describeJob(job);
    progress.dataset.state = job.state;
    progress.classList.toggle('error', job.state === 'failed');
  };
  confirm.addEventListener('click', async () => {
    if (!file || title.value.trim() === '') return;
    confirm.disabled = true;
    form.disabled = true;
    progress.textContent = 'Sending…';
    progress.dataset.state = 'sending';
    try {
      const accepted = await context.api.upload(file, file.name, title.value.trim(), (language.value || null) as Language | null);
      const job = await followJob(context.api, accepted.job, show);
      if (job.state === 'done' && job.result?.status !== 'unchanged') context.onIngested(job);
    } catch (error) {
      progress.textContent = `Refused: ${error instanceof Error ? error.message : String(error)}`;
      progress.dataset.state = 'failed';
      progress.classList.add('error');
    } finally {
      form.disabled = false;
      confirm.disabled = false;
    }
  });
  opener.addEventListener('click', () => dialog.showModal());
  close.addEventListener('click', () => dialog.close());
}
