/**
 * The reader (`reader`): a document's text with every mention marked by its entity's type
 * (`[data-entity-id]`, the entity's name and type on hover) and every sentence that states a claim
 * underlined (`[data-sentence-id]`). Clicking a mention selects its entity; clicking a claim sentence
 * shows its claims. Sentences dated outside the timeline's window are dimmed. Only the chunks of
 * paragraphs near the visible part are drawn, so a book-length document opens and scrolls quickly.
 */
import type { DocumentText, ReaderClaim } from '../../../domain/reading';
import type { ApiClient } from '../api-client';
import { isoToInterval, type DayInterval } from '../../../domain/dates/partial-iso';
import { ENTITY_COLOURS } from '../palette';
import { blockAt, BLOCKS_PER_CHUNK, readerBlocks, type ReaderBlock, type SentenceRun } from '../reader-layout';
import { el } from './dom';

export interface ReaderContext {
  api: ApiClient;
  selectEntity: (entityId: string) => void;
  /** A sentence stating claims was clicked: the page selects their edges and opens the first. */
  showSentenceClaims: (sentenceId: string, claims: ReaderClaim[]) => void;
  /** Told when the reader opens or closes a document (for the URL). */
  onDocumentChange: (documentId: string | null) => void;
}

export interface ReaderView {
  open(documentId: string, sentenceId?: string): Promise<void>;
  close(): void;
  /** The document shown, or being opened. */
  documentId(): string | null;
  /** Dims the sentences dated outside the window (null: none dimmed). */
  setWindow(window: DayInterval | null): void;
}

/** Drawn chunks reach this far beyond the visible part, so scrolling rarely shows a blank. */
const OVERSCAN = '800px 0px';
const LINE_HEIGHT = 21;
const CHARS_PER_LINE = 80;

function estimateHeight(blocks: readonly ReaderBlock[]): number {
  return blocks.reduce((sum, block) => sum + (Math.ceil((block.end - block.start) / CHARS_PER_LINE) || 1) * LINE_HEIGHT + 12, 0);
}

function outside(sentenceDate: string | undefined, window: DayInterval | null): boolean {
  if (!window || !sentenceDate) return false;
  const span = isoToInterval(sentenceDate, 'gregorian');
  return span !== null && (span.end < window.start || span.start > window.end);
}

function sentenceElement(run: SentenceRun, window: DayInterval | null): HTMLElement {
  const span = el('span', { class: `sentence${run.claims > 0 ? ' claim' : ''}${outside(run.sentence.dateGregorian, window) ? ' dimmed' : ''}`, 'data-sentence-id': run.sentence.id });
  if (run.sentence.dateGregorian) span.dataset.date = run.sentence.dateGregorian;
  if (run.claims > 0) span.title = `${run.claims} claim${run.claims === 1 ? '' : 's'}: click to see them`;
  for (const inner of run.runs) {
    if (inner.kind === 'text') span.append(inner.text);
    else {
      const { mention } = inner;
      span.append(
        el('mark', { class: `mention type-${mention.type}`, 'data-entity-id': mention.entityId, title: `${mention.name} (${mention.type})`, style: `--type:${ENTITY_COLOURS[mention.type]}` }, inner.text),
      );
    }
  }
  return span;
}

function blockElement(block: ReaderBlock, window: DayInterval | null): HTMLElement {
  const element = el(block.kind === 'heading' ? 'h3' : 'p', { 'data-start': block.start });
  for (const run of block.runs) element.append(run.kind === 'text' ? run.text : sentenceElement(run, window));
  return element;
}

/**
 * @example const reader = mountReader(byId('reader'), { api, selectEntity, showSentenceClaims, onDocumentChange });
 */
export function mountReader(panel: HTMLElement, context: ReaderContext): ReaderView {
  const heading = el('h2', {});
  const meta = el('p', { class: 'meta' });
  const closeButton = el('button', { type: 'button', 'aria-label': 'Close the reader' }, '✕');
  const scroller = el('div', { class: 'reader-text', tabindex: 0 });
  panel.replaceChildren(el('div', { class: 'reader-head' }, heading, closeButton), meta, scroller);
  panel.hidden = true;

  let current: DocumentText | null = null;
  let chunks: { blocks: ReaderBlock[]; element: HTMLElement; drawn: boolean }[] = [];
  let window: DayInterval | null = null;
  let claimsBySentence = new Map<string, ReaderClaim[]>();
  let opening = 0;
  let requested: string | null = null;

  const draw = (index: number): void => {
    const chunk = chunks[index];
    if (!chunk || chunk.drawn) return;
    chunk.element.replaceChildren(...chunk.blocks.map((block) => blockElement(block, window)));
    chunk.element.style.minHeight = '';
    chunk.drawn = true;
  };
  const undraw = (index: number): void => {
    const chunk = chunks[index];
    if (!chunk?.drawn) return;
    chunk.element.style.minHeight = `${chunk.element.offsetHeight}px`;
    chunk.element.replaceChildren();
    chunk.drawn = false;
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const index = Number((entry.target as HTMLElement).dataset.chunk);
        if (entry.isIntersecting) draw(index);
        else undraw(index);
      }
    },
    { root: scroller, rootMargin: OVERSCAN },
  );

  const close = (): void => {
    observer.disconnect();
    panel.hidden = true;
    scroller.replaceChildren();
    chunks = [];
    current = null;
    requested = null;
    context.onDocumentChange(null);
  };
  closeButton.addEventListener('click', close);

  const highlight = (sentenceId: string): void => {
    const sentence = current?.sentences.find((candidate) => candidate.id === sentenceId);
    if (!sentence) return;
    const chunkIndex = Math.floor(blockAt(chunks.flatMap((chunk) => chunk.blocks), sentence.start) / BLOCKS_PER_CHUNK);
    draw(chunkIndex);
    scroller.querySelectorAll('.highlight').forEach((element) => element.classList.remove('highlight'));
    const target = scroller.querySelector<HTMLElement>(`[data-sentence-id="${CSS.escape(sentenceId)}"]`);
    if (!target) return;
    target.classList.add('highlight');
    target.scrollIntoView({ block: 'center' });
  };

  scroller.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const mention = target.closest<HTMLElement>('[data-entity-id]');
    if (mention) {
      context.selectEntity(mention.dataset.entityId as string);
      return;
    }
    const sentence = target.closest<HTMLElement>('.sentence.claim');
    if (sentence) {
      const id = sentence.dataset.sentenceId as string;
      highlight(id);
      context.showSentenceClaims(id, claimsBySentence.get(id) ?? []);
    }
  });

  const open = async (documentId: string, sentenceId?: string): Promise<void> => {
    const mine = ++opening;
    requested = documentId;
    if (current?.id !== documentId) {
      panel.hidden = false;
      heading.textContent = 'Opening…';
      meta.textContent = '';
      let document: DocumentText;
      try {
        document = await context.api.documentText(documentId);
      } catch (error) {
        if (mine !== opening) return;
        heading.textContent = 'This document cannot be read';
        meta.textContent = error instanceof Error ? error.message : String(error);
        scroller.replaceChildren();
        return;
      }
      if (mine !== opening) return;
      const started = performance.now();
      observer.disconnect();
      current = document;
      claimsBySentence = new Map();
      for (const claim of document.claims) claimsBySentence.set(claim.sentenceId, [...(claimsBySentence.get(claim.sentenceId) ?? []), claim]);
      const blocks = readerBlocks(document);
      chunks = [];
      for (let i = 0; i < blocks.length; i += BLOCKS_PER_CHUNK) {
        const slice = blocks.slice(i, i + BLOCKS_PER_CHUNK);
        const element = el('div', { class: 'reader-chunk', 'data-chunk': chunks.length, style: `min-height:${estimateHeight(slice)}px` });
        chunks.push({ blocks: slice, element, drawn: false });
      }
      heading.textContent = document.title;
      meta.textContent = [document.language, document.wordCount === null ? null : `${document.wordCount.toLocaleString('en')} words`, `${document.mentions.length} mentions`, `${document.claims.length} claims`]
        .filter(Boolean)
        .join(' · ');
      scroller.replaceChildren(...chunks.map((chunk) => chunk.element));
      scroller.scrollTop = 0;
      draw(0);
      chunks.forEach((chunk) => observer.observe(chunk.element));
      panel.dataset.documentId = document.id;
      panel.dataset.openMs = String(Math.round(performance.now() - started));
      context.onDocumentChange(document.id);
    }
    if (sentenceId) highlight(sentenceId);
  };

  const setWindow = (next: DayInterval | null): void => {
    window = next;
    scroller.querySelectorAll<HTMLElement>('[data-sentence-id]').forEach((element) => element.classList.toggle('dimmed', outside(element.dataset.date, window)));
  };

  return { open, close, documentId: () => requested, setWindow };
}
