/**
 * The history tab (`history`) of an entity or a claim: its audit events newest first, each with
 * who, when, what changed and why, and an Undo button (`undo`) while it can be undone. A refused
 * undo (409: later changes depend on it) says which; a done one calls `onUndone` so the graph
 * follows.
 */
import type { AuditEvent } from '../../../domain/curation';
import { el } from '../ui/dom';
import { canUndo, describeEvent } from './audit-text';
import type { CurationApi } from './curation-api';
import { curationMessage } from './curation-messages';

export interface HistoryContext {
  curation: CurationApi;
  nameOf: (id: string) => string;
  canEdit: () => boolean;
  onUndone: (undo: AuditEvent) => void | Promise<void>;
}

/**
 * @example panel.append(historyElement({ entity: 'kerenski' }, context));
 */
export function historyElement(filter: { entity?: string; claim?: string }, context: HistoryContext): HTMLElement {
  const list = el('ol', { class: 'history-list' });
  const status = el('p', { class: 'meta', role: 'status', 'data-testid': 'history-status' }, 'Loading the history…');
  const box = el('section', { class: 'history', 'data-testid': 'history' }, el('h3', {}, 'History'), status, list);

  const row = (event: AuditEvent): HTMLElement => {
    const when = new Date(event.at).toLocaleString();
    const item = el(
      'li',
      { 'data-event': event.id, 'data-action': event.action },
      el('span', {}, describeEvent(event, context.nameOf)),
      el('span', { class: 'meta' }, ` — ${event.user}, ${when}${event.reason ? `: “${event.reason}”` : ''}${event.undoneBy ? ' (undone)' : ''}`),
    );
    if (canUndo(event) && context.canEdit()) {
      const undo = el('button', { type: 'button', 'data-testid': 'undo' }, 'Undo');
      undo.addEventListener('click', async () => {
        undo.disabled = true;
        try {
          const done = await context.curation.undo(event.id);
          await context.onUndone(done);
          await load('Undone.');
        } catch (error) {
          status.textContent = curationMessage(error, 'undo this change');
          undo.disabled = false;
        }
      });
      item.append(' ', undo);
    }
    return item;
  };

  const load = async (note = ''): Promise<void> => {
    try {
      const events = await context.curation.audit({ ...filter, limit: 50 });
      list.replaceChildren(...events.map(row));
      status.textContent = note || (events.length === 0 ? 'No change recorded yet.' : `${events.length} change${events.length === 1 ? '' : 's'}, newest first.`);
    } catch (error) {
      status.textContent = curationMessage(error, 'load the history');
    }
  };
  void load();
  return box;
}
