/**
 * The entity panel's "Mentions" section: every sentence that names the entity, a page at a time, with
 * its document and line. It tells the story of entities the extractor found no claim for.
 */
import type { EntityDetail, SentenceRef } from '../../../domain/api';
import type { ApiClient } from '../api-client';
import { el } from './dom';

/** Sentences per page: enough to read on, few enough to keep the panel short. */
export const MENTIONS_PAGE_SIZE = 10;

export interface MentionsContext {
  api: ApiClient;
  documentTitle: (id: string) => string;
}

function sentenceItem(sentence: SentenceRef, context: MentionsContext): HTMLLIElement {
  return el('li', { 'data-testid': 'mention' }, el('q', {}, sentence.text), el('span', { class: 'meta' }, ` ${context.documentTitle(sentence.documentId)}, line ${sentence.line}`));
}

/**
 * @example panel.append(mentionsElement(detail, { api, documentTitle })) // detail fetched with { offset: 0, limit: MENTIONS_PAGE_SIZE }
 */
export function mentionsElement(first: EntityDetail, context: MentionsContext): HTMLElement {
  const list = el('ol', { class: 'mention-list' });
  const range = el('span', { class: 'meta', 'data-testid': 'mentions-range' });
  const previous = el('button', { type: 'button', 'aria-label': 'Previous sentences' }, '‹ Previous');
  const next = el('button', { type: 'button', 'aria-label': 'Next sentences' }, 'Next ›');
  const total = first.sentenceCount;
  let offset = 0;
  const show = (sentences: readonly SentenceRef[]): void => {
    list.start = offset + 1;
    list.replaceChildren(...sentences.map((sentence) => sentenceItem(sentence, context)));
    range.textContent = total === 0 ? 'No sentence names it.' : `${offset + 1}–${offset + sentences.length} of ${total}`;
    previous.disabled = offset === 0;
    next.disabled = offset + sentences.length >= total;
  };
  const go = async (to: number): Promise<void> => {
    previous.disabled = true;
    next.disabled = true;
    try {
      const page = await context.api.entity(first.id, { offset: to, limit: MENTIONS_PAGE_SIZE });
      offset = to;
      show(page.sentences);
    } catch (error) {
      range.textContent = `Could not load the sentences: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  previous.addEventListener('click', () => void go(Math.max(0, offset - MENTIONS_PAGE_SIZE)));
  next.addEventListener('click', () => void go(offset + MENTIONS_PAGE_SIZE));
  show(first.sentences.slice(0, MENTIONS_PAGE_SIZE));
  return el('div', { 'data-testid': 'mentions' }, list, el('div', { class: 'pager' }, previous, range, next));
}
