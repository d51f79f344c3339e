/**
 * Curating the claim shown in the details panel: its status, and for editors Accept, Reject, Edit,
 * "Add a claim from this sentence" and its history with undo. The claim's current version is read
 * first, so a decision made here is checked against concurrent ones like review mode's.
 */
import type { Core } from 'cytoscape';
import type { ClaimState } from '../../../domain/curation';
import { el } from '../ui/dom';
import { claimAddForm, claimEditForm } from './claim-forms';
import { claimAdder } from './add-claim';
import type { ClaimChange, CurationApi } from './curation-api';
import { curationMessage, needsSignIn } from './curation-messages';
import { historyElement } from './history-view';
import type { SessionView } from './session-view';

export interface ClaimCurationContext {
  curation: CurationApi;
  session: SessionView;
  cy: Core;
  nameOf: (id: string) => string;
  /** Brings the drawn graph up to date with the server after the change. */
  afterChange: () => Promise<void>;
  afterUndo: () => Promise<void>;
}

/** @example panel.append(claimCurationElement('oktober:s2:…', context)); */
export function claimCurationElement(claimId: string, context: ClaimCurationContext): HTMLElement {
  const status = el('p', { class: 'meta', role: 'status', 'data-testid': 'claim-curation-status' }, 'Loading its review status…');
  const tools = el('div', { class: 'actions' });
  const extra = el('div', {});
  const box = el('section', { class: 'claim-curation', 'data-testid': 'claim-curation' }, el('h3', {}, 'Review'), status, tools, extra);

  const show = (claim: ClaimState, note = ''): void => {
    status.textContent = `${note}${claim.status === 'machine' ? 'Read by the machine, not reviewed yet.' : `${claim.status} by ${claim.reviewedBy ?? 'someone'}.`}`;
    status.dataset.status = claim.status;
    const act = async (change: Omit<ClaimChange, 'version'>, action: string): Promise<void> => {
      try {
        const { claim: after } = await context.curation.reviewClaim(claim.id, { ...change, version: claim.version });
        await context.afterChange();
        show(after, `${action}. `);
      } catch (error) {
        status.textContent = curationMessage(error, action.toLowerCase());
        if (needsSignIn(error)) context.session.askToSignIn(curationMessage(error, action.toLowerCase()));
      }
    };
    const button = (testId: string, label: string, run: () => void): HTMLButtonElement => {
      const control = el('button', { type: 'button', 'data-testid': testId }, label);
      control.addEventListener('click', run);
      return control;
    };
    const addClaim = claimAdder(
      context,
      (message) => {
        extra.replaceChildren();
        status.textContent = message;
      },
      (error) => {
        status.textContent = curationMessage(error, 'add this claim');
      },
    );
    const ends = [claim.source, claim.target].map((id) => ({ id, name: context.nameOf(id) }));
    tools.replaceChildren(
      ...(context.session.canEdit()
        ? [
            button('accept', 'Accept', () => void act({ status: 'accepted' }, 'Accepted')),
            button('reject', 'Reject', () => void act({ status: 'rejected' }, 'Rejected')),
            button('edit', 'Edit…', () => extra.replaceChildren(claimEditForm(claim, (change) => act(change, 'Corrected'), () => extra.replaceChildren()))),
            button('add-claim', 'Add a claim from this sentence…', () => extra.replaceChildren(claimAddForm(claim.sentenceId, ends, addClaim, () => extra.replaceChildren()))),
          ]
        : []),
      button('history', 'History', () =>
        extra.replaceChildren(
          historyElement({ claim: claim.id }, {
            curation: context.curation,
            nameOf: context.nameOf,
            canEdit: () => context.session.canEdit(),
            onUndone: async () => {
              await context.afterUndo();
              show(await context.curation.claim(claim.id), 'Undone. ');
            },
          }),
        ),
      ),
    );
  };

  context.curation
    .claim(claimId)
    .then((claim) => show(claim))
    .catch((error: unknown) => (status.textContent = curationMessage(error, 'load its review status')));
  return box;
}
