/**
 * Curating one entity from its panel: rename or retype it, merge it into another (found by name;
 * across types only after the editor confirms, and then later mentions of its names keep landing
 * on the other), split the latest merge, its history (`history`) with undo, and the claims about
 * it that contradict each other, side by side.
 */
import type { EntitySummary, GraphNode } from '../../../domain/api';
import { ENTITY_TYPES, type EntityType } from '../../../domain/types';
import { el } from '../ui/dom';
import { contestedElement } from './contested-view';
import type { CurationApi } from './curation-api';
import { curationMessage, needsSignIn } from './curation-messages';
import { historyElement } from './history-view';
import type { SessionView } from './session-view';

export interface EntityCurationContext {
  curation: CurationApi;
  session: SessionView;
  search: (query: string) => Promise<EntitySummary[]>;
  nameOf: (id: string) => string;
  /** After a rename, merge, split or undo: redraw the graph and show `entityId` (the surviving entity). */
  afterChange: (entityId: string) => Promise<void>;
  confirm?: (message: string) => boolean;
}

function renameForm(node: GraphNode, send: (change: { name?: string; type?: EntityType }) => Promise<void>): HTMLFormElement {
  const name = el('input', { 'data-testid': 'rename-name', value: node.name, 'aria-label': 'Name' });
  const type = el('select', { 'data-testid': 'rename-type', 'aria-label': 'Type' }, ...ENTITY_TYPES.map((one) => el('option', { value: one }, one)));
  type.value = node.type;
  const form = el('form', { class: 'claim-form' }, name, type, el('button', { type: 'submit', 'data-testid': 'rename-save' }, 'Save'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const change: { name?: string; type?: EntityType } = {};
    if (name.value.trim() !== node.name) change.name = name.value.trim();
    if (type.value !== node.type) change.type = type.value as EntityType;
    void send(change);
  });
  return form;
}

function mergeForm(node: GraphNode, context: EntityCurationContext, send: (into: EntitySummary) => Promise<void>): HTMLFormElement {
  const query = el('input', { 'data-testid': 'merge-query', placeholder: 'the entity it is the same as', 'aria-label': 'Merge into' });
  const choices = el('select', { 'data-testid': 'merge-into', 'aria-label': 'Matching entities', hidden: true });
  const find = el('button', { type: 'button' }, 'Find');
  const merge = el('button', { type: 'submit', 'data-testid': 'merge-save', disabled: true }, 'Merge');
  let found: EntitySummary[] = [];
  find.addEventListener('click', async () => {
    found = (await context.search(query.value.trim())).filter((entity) => entity.id !== node.id);
    choices.replaceChildren(...found.map((entity) => el('option', { value: entity.id }, `${entity.name} (${entity.type})`)));
    choices.hidden = found.length === 0;
    merge.disabled = found.length === 0;
  });
  const form = el('form', { class: 'claim-form' }, query, find, choices, merge);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const into = found.find((entity) => entity.id === choices.value);
    if (into) void send(into);
  });
  return form;
}

/**
 * @example details.append(entityCurationElement(node, context));
 */
export function entityCurationElement(node: GraphNode, context: EntityCurationContext): HTMLElement {
  const status = el('p', { class: 'meta', role: 'status', 'data-testid': 'entity-curation-status' });
  const extra = el('div', {});
  const contested = el('div', {});
  const confirm = context.confirm ?? ((message: string) => window.confirm(message));

  const attempt = async (action: string, run: () => Promise<string>): Promise<void> => {
    try {
      const survivor = await run();
      status.textContent = `Done: ${action}.`;
      await context.afterChange(survivor);
    } catch (error) {
      status.textContent = curationMessage(error, action);
      if (needsSignIn(error)) context.session.askToSignIn(curationMessage(error, action));
    }
  };

  const tool = (testId: string, label: string, open: () => HTMLElement | void): HTMLButtonElement => {
    const button = el('button', { type: 'button', 'data-testid': testId }, label);
    button.addEventListener('click', () => {
      const shown = open();
      if (shown) extra.replaceChildren(shown);
    });
    return button;
  };

  const editing = context.session.canEdit();
  const tools = el(
    'div',
    { class: 'actions' },
    editing &&
      tool('rename', 'Rename…', () =>
        renameForm(node, (change) => attempt(`rename ${node.name}`, async () => (await context.curation.updateEntity(node.id, change)).entity.id)),
      ),
    editing &&
      tool('merge', 'Merge into…', () =>
        mergeForm(node, context, async (into) => {
          const force = into.type !== node.type;
          const question = `"${node.name}" is a ${node.type} and "${into.name}" a ${into.type}. Merge them anyway? Later mentions of ${node.name} will land on ${into.name} too.`;
          if (force && !confirm(question)) {
            status.textContent = 'Not merged.';
            return;
          }
          await attempt(`merge ${node.name} into ${into.name}`, async () => (await context.curation.mergeEntity(node.id, into.id, force)).entity.id);
        }),
      ),
    editing && tool('split', 'Split last merge', () => void attempt(`split ${node.name}`, async () => (await context.curation.splitEntity(node.id), node.id))),
    tool('entity-history', 'History', () =>
      historyElement({ entity: node.id }, {
        curation: context.curation,
        nameOf: context.nameOf,
        canEdit: () => context.session.canEdit(),
        onUndone: () => context.afterChange(node.id),
      }),
    ),
  );
  context.curation
    .contested(node.id)
    .then((response) => contested.replaceChildren(contestedElement(response)))
    .catch((error: unknown) => contested.replaceChildren(el('p', { class: 'error' }, curationMessage(error, 'load the contested claims'))));
  return el('div', { class: 'entity-curation', 'data-testid': 'entity-curation' }, tools, status, extra, contested);
}
