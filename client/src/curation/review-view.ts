/**
 * Review mode (`review`): walks the review queue one claim at a time, showing the sentence with both
 * entities highlighted, and takes a decision with a button or a key: a accept (`accept`), r reject
 * (`reject`), e edit (`edit`), j/k next/previous. Each decision is sent with the version seen; a
 * 409 reloads the claim and says so; a 401 opens the sign-in form. The claim's edge is selected in
 * the graph and redrawn as decided. The sentence can also take a claim the machine missed.
 */
import type { Core } from 'cytoscape';
import type { ClaimState } from '../../../domain/curation';
import { el } from '../ui/dom';
import { pairEdgeId } from '../../../domain/pair-edge';
import { claimAddForm, claimEditForm, type EntityChoice } from './claim-forms';
import { claimAdder } from './add-claim';
import type { ClaimChange, CurationApi } from './curation-api';
import { curationMessage, isConflict, needsSignIn } from './curation-messages';
import { historyElement } from './history-view';
import { afterDecision, currentItem, moveCursor, remaining, replaceClaim, reviewCommand, startCursor, type ReviewCursor } from './review-cursor';
import { markNames } from './sentence-marks';
import type { SessionView } from './session-view';

export interface ReviewContext {
  curation: CurationApi;
  session: SessionView;
  cy: Core;
  nameOf: (id: string) => string;
  documentTitle: (id: string) => string;
  /** After the drawn graph changed: filters and counts apply again. */
  /** Brings the drawn graph up to date with the server after the change. */
  afterChange: () => Promise<void>;
  /** After an undo from the history: the whole graph is brought up to date. */
  afterUndo: () => Promise<void>;
}

const QUEUE_SIZE = 50;

/** Entities offered as ends of a claim added from a sentence: the item's two, then any drawn entity the sentence names. */
function choicesFor(cy: Core, claim: ClaimState, sentence: string, nameOf: (id: string) => string): EntityChoice[] {
  const named = cy
    .nodes()
    .filter((node) => markNames(sentence, [node.data('name') as string, node.data('name') as string]).some((part) => part.entity !== undefined))
    .map((node) => ({ id: node.id(), name: node.data('name') as string }));
  const ends = [claim.source, claim.target].map((id) => ({ id, name: nameOf(id) }));
  const seen = new Set<string>();
  return [...ends, ...named].filter((entity) => !seen.has(entity.id) && seen.add(entity.id) !== undefined);
}

/**
 * @example mountReview(byId('session'), context); // adds the Review button and its panel
 */
export function mountReview(bar: HTMLElement, host: HTMLElement, context: ReviewContext): void {
  const button = el('button', { type: 'button', 'data-testid': 'review', 'aria-pressed': 'false', title: 'Walk the review queue: a accept, r reject, e edit, j/k next/previous' }, 'Review');
  const panel = el('section', { class: 'review-panel', 'data-testid': 'review-panel', 'aria-label': 'Review the machine’s claims', hidden: true });
  const status = el('p', { class: 'meta', role: 'status', 'aria-live': 'polite', 'data-testid': 'review-status' });
  const body = el('div', {});
  const extra = el('div', {});
  panel.append(el('h2', {}, 'Review'), status, body, extra);
  bar.append(button);
  host.append(panel);
  let cursor: ReviewCursor = startCursor([]);

  const say = (message: string): void => {
    status.textContent = message;
  };

  /** A refused request: a 409 reloads the claim before saying so; a 401 also opens the sign-in form. */
  const refused = async (error: unknown, action: string): Promise<void> => {
    const item = currentItem(cursor);
    if (isConflict(error) && item) {
      cursor = replaceClaim(cursor, await context.curation.claim(item.claim.id));
      render();
      say(`${curationMessage(error, action)} The claim has been reloaded: look again and decide.`);
      return;
    }
    say(curationMessage(error, action));
    if (needsSignIn(error)) context.session.askToSignIn(curationMessage(error, action));
  };

  const decide = async (change: Omit<ClaimChange, 'version'>, action: string): Promise<void> => {
    const item = currentItem(cursor);
    if (!item) return;
    try {
      const { claim } = await context.curation.reviewClaim(item.claim.id, { ...change, version: item.claim.version });
      await context.afterChange();
      cursor = afterDecision(cursor, claim);
      render();
      say(`${action}: ${context.nameOf(claim.source)} ${claim.type} ${context.nameOf(claim.target)}. ${remaining(cursor)} left in this batch.`);
    } catch (error) {
      await refused(error, action.toLowerCase());
    }
  };

  const edit = (): void => {
    const item = currentItem(cursor);
    if (!item) return;
    extra.replaceChildren(
      claimEditForm(item.claim, (change) => decide(change, 'Corrected'), () => extra.replaceChildren()),
    );
    extra.querySelector('select')?.focus();
  };

  const add = (): void => {
    const item = currentItem(cursor);
    if (!item) return;
    const submit = claimAdder(
      context,
      (message) => {
        extra.replaceChildren();
        say(message);
      },
      (error) => refused(error, 'add this claim'),
    );
    extra.replaceChildren(claimAddForm(item.claim.sentenceId, choicesFor(context.cy, item.claim, item.sentence, context.nameOf), submit, () => extra.replaceChildren()));
  };

  const showHistory = (): void => {
    const item = currentItem(cursor);
    if (!item) return;
    extra.replaceChildren(
      historyElement({ claim: item.claim.id }, {
        curation: context.curation,
        nameOf: context.nameOf,
        canEdit: () => context.session.canEdit(),
        onUndone: async () => {
          await context.afterUndo();
          cursor = replaceClaim(cursor, await context.curation.claim(item.claim.id));
          render(true);
        },
      }),
    );
  };

  const select = (claim: ClaimState): void => {
    const edge = context.cy.getElementById(pairEdgeId(claim));
    context.cy.elements().unselect();
    if (edge.nonempty()) {
      edge.select();
      context.cy.animate({ center: { eles: edge } }, { duration: 200 });
    }
  };

  /** Shows the current item; the form or history below it stays when `keepExtra` (an undo made from that history). */
  const render = (keepExtra = false): void => {
    if (!keepExtra) extra.replaceChildren();
    const item = currentItem(cursor);
    if (!item) {
      body.replaceChildren(el('p', {}, 'Nothing waits for review.'));
      return;
    }
    const { claim } = item;
    const sentence = el(
      'blockquote',
      { 'data-testid': 'review-sentence' },
      ...markNames(item.sentence, [item.sourceName, item.targetName]).map((part) => (part.entity === undefined ? part.text : el('mark', { class: part.entity === 0 ? 'source' : 'target' }, part.text))),
    );
    const button = (testId: string, label: string, key: string, run: () => void): HTMLButtonElement => {
      const control = el('button', { type: 'button', 'data-testid': testId, 'aria-keyshortcuts': key, disabled: !context.session.canEdit() && testId !== 'previous' && testId !== 'next' }, label);
      control.addEventListener('click', run);
      return control;
    };
    body.replaceChildren(
      el('p', { class: 'meta', 'data-testid': 'review-position' }, `${cursor.index + 1} of ${cursor.items.length} · ${remaining(cursor)} undecided`),
      el('p', { 'data-testid': 'review-claim', 'data-claim': claim.id, 'data-status': claim.status }, el('mark', { class: 'source' }, item.sourceName), ` ${claim.type} `, el('mark', { class: 'target' }, item.targetName)),
      sentence,
      el('p', { class: 'meta' }, `${claim.dateGregorian ?? claim.date ?? 'undated'} · confidence ${claim.confidence.toFixed(2)} · ${context.documentTitle(claim.documentId)}, line ${claim.line} · ${claim.status}${claim.reviewedBy ? ` by ${claim.reviewedBy}` : ''}`),
      el(
        'div',
        { class: 'actions' },
        button('accept', 'Accept (a)', 'a', () => void decide({ status: 'accepted' }, 'Accepted')),
        button('reject', 'Reject (r)', 'r', () => void decide({ status: 'rejected' }, 'Rejected')),
        button('edit', 'Edit (e)', 'e', edit),
        button('previous', 'Previous (k)', 'k', () => go(-1)),
        button('next', 'Next (j)', 'j', () => go(1)),
        button('add-claim', 'Add a claim from this sentence…', '', add),
        button('history', 'History', '', showHistory),
      ),
    );
    if (!context.session.canEdit()) say('Sign in as an editor to decide; you can still walk the queue.');
    select(claim);
  };

  const go = (step: 1 | -1): void => {
    cursor = moveCursor(cursor, step);
    render();
  };

  const open = async (): Promise<void> => {
    panel.hidden = false;
    button.setAttribute('aria-pressed', 'true');
    say('Loading the review queue…');
    try {
      cursor = startCursor(await context.curation.reviewQueue(QUEUE_SIZE));
      render();
      if (cursor.items.length > 0) say(`${cursor.items.length} claims to review, least certain first. Keys: a accept, r reject, e edit, j/k next/previous.`);
    } catch (error) {
      say(curationMessage(error, 'load the review queue'));
    }
  };
  const close = (): void => {
    panel.hidden = true;
    button.setAttribute('aria-pressed', 'false');
  };
  button.addEventListener('click', () => (panel.hidden ? void open() : close()));
  // Signing in or out enables or disables the decision buttons.
  context.session.onChange(() => {
    if (!panel.hidden) render();
  });

  document.addEventListener('keydown', (event) => {
    if (panel.hidden || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.closest('input, select, textarea, dialog[open]') !== null)) return;
    const command = reviewCommand(event.key);
    if (!command) return;
    event.preventDefault();
    if (command === 'next') go(1);
    else if (command === 'previous') go(-1);
    else if (!context.session.canEdit()) context.session.askToSignIn('Sign in as an editor to decide on claims.');
    else if (command === 'accept') void decide({ status: 'accepted' }, 'Accepted');
    else if (command === 'reject') void decide({ status: 'rejected' }, 'Rejected');
    else edit();
  });
}
