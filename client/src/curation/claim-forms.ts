/**
 * The two claim forms: editing one (type, date, its ends swapped, the decision and a reason) and
 * adding one the machine missed, read in a sentence (source, type, target, date, reason). They only
 * collect and check input; the caller sends it and shows the answer.
 */
import { isPartialIso } from '../../../domain/dates/partial-iso';
import type { ClaimState } from '../../../domain/curation';
import { RELATION_TYPES, type RelationType } from '../../../domain/types';
import { el } from '../ui/dom';
import type { ClaimChange, NewClaimInput } from './curation-api';

const DATE_FORMAT_MESSAGE = 'The date must be YYYY, YYYY-MM or YYYY-MM-DD (New Style)';

function typeSelect(chosen: RelationType, testId: string): HTMLSelectElement {
  const select = el('select', { 'data-testid': testId }, ...RELATION_TYPES.map((type) => el('option', { value: type }, type)));
  select.value = chosen;
  return select;
}

/** The date field's value as the API wants it: undefined unchanged, null cleared, else an ISO date; throws on a bad one. */
function dateValue(input: HTMLInputElement, before: string | null): string | null | undefined {
  const text = input.value.trim();
  if (text === (before ?? '')) return undefined;
  if (text === '') return null;
  if (!isPartialIso(text)) throw new Error(DATE_FORMAT_MESSAGE);
  return text;
}

/** An ISO date typed in a field, or undefined when it is empty; throws on a bad one. */
function optionalDate(input: HTMLInputElement): string | undefined {
  const text = input.value.trim();
  if (text === '') return undefined;
  if (!isPartialIso(text)) throw new Error(DATE_FORMAT_MESSAGE);
  return text;
}

/**
 * The frame both forms share: labelled fields, an error line, Save and Cancel. `read` turns the
 * fields into what is sent, throwing an Error whose message the form shows; Save is disabled while
 * `submit` runs, so one click sends once.
 */
function claimForm<T>(
  names: { form: string; save: string; saveLabel: string },
  fields: HTMLElement[],
  read: () => T,
  submit: (value: T) => Promise<void>,
  cancel: () => void,
): HTMLFormElement {
  const error = el('p', { class: 'error', role: 'alert' });
  const save = el('button', { type: 'submit', 'data-testid': names.save }, names.saveLabel);
  const back = el('button', { type: 'button' }, 'Cancel');
  back.addEventListener('click', cancel);
  const form = el('form', { class: 'claim-form', 'data-testid': names.form }, ...fields, error, el('div', { class: 'actions' }, save, back));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    let value: T;
    try {
      value = read();
    } catch (problem) {
      error.textContent = (problem as Error).message;
      return;
    }
    save.disabled = true;
    void submit(value).finally(() => (save.disabled = false));
  });
  return form;
}

/**
 * @example reviewPanel.append(claimEditForm(claim, async (change) => send(change), () => close()));
 */
export function claimEditForm(claim: ClaimState, submit: (change: ClaimChange) => Promise<void>, cancel: () => void): HTMLFormElement {
  const type = typeSelect(claim.type, 'edit-type');
  const date = el('input', { 'data-testid': 'edit-date', placeholder: 'YYYY-MM-DD (New Style)', value: claim.dateGregorian ?? claim.date ?? '' });
  const reverse = el('input', { type: 'checkbox', 'data-testid': 'edit-reverse' });
  const status = el('select', { 'data-testid': 'edit-status' }, el('option', { value: 'accepted' }, 'accept as corrected'), el('option', { value: 'rejected' }, 'reject'));
  const reason = el('input', { 'data-testid': 'edit-reason', placeholder: 'why (optional)' });
  const fields = [
    el('label', {}, 'Type ', type),
    el('label', {}, 'Date ', date),
    el('label', {}, reverse, ' swap the ends (the target did it to the source)'),
    el('label', {}, 'Decision ', status),
    el('label', {}, 'Reason ', reason),
  ];
  const read = (): ClaimChange => {
    const change: ClaimChange = { version: claim.version, status: status.value as 'accepted' | 'rejected' };
    if (type.value !== claim.type) change.type = type.value as RelationType;
    const newDate = dateValue(date, claim.dateGregorian ?? claim.date);
    if (newDate !== undefined) change.date = newDate;
    if (reverse.checked) change.reverse = true;
    if (reason.value.trim()) change.reason = reason.value.trim();
    return change;
  };
  return claimForm({ form: 'claim-edit', save: 'edit-save', saveLabel: 'Save' }, fields, read, submit, cancel);
}

export interface EntityChoice {
  id: string;
  name: string;
}

/**
 * A claim read in the sentence `sentenceId`; `entities` are offered as its ends (first two preselected).
 * @example claimAddForm('oktober:s2', [{ id: 'kerenski', name: 'Kerenski' }, ...], send, close)
 */
export function claimAddForm(sentenceId: string, entities: EntityChoice[], submit: (claim: NewClaimInput) => Promise<void>, cancel: () => void): HTMLFormElement {
  const endSelect = (testId: string, chosen: number): HTMLSelectElement => {
    const select = el('select', { 'data-testid': testId }, ...entities.map((entity) => el('option', { value: entity.id }, entity.name)));
    select.selectedIndex = Math.min(chosen, entities.length - 1);
    return select;
  };
  const source = endSelect('add-source', 0);
  const target = endSelect('add-target', 1);
  const type = typeSelect('SUPPORTED', 'add-type');
  const date = el('input', { 'data-testid': 'add-date', placeholder: 'YYYY-MM-DD (New Style, optional)' });
  const reason = el('input', { 'data-testid': 'add-reason', placeholder: 'why (optional)' });
  const fields = [
    el('label', {}, 'Who ', source),
    el('label', {}, 'did ', type),
    el('label', {}, 'to whom ', target),
    el('label', {}, 'Date ', date),
    el('label', {}, 'Reason ', reason),
  ];
  const read = (): NewClaimInput => {
    if (source.value === target.value) throw new Error('A claim needs two different entities');
    const claim: NewClaimInput = { source: source.value, type: type.value as RelationType, target: target.value, sentenceId };
    const day = optionalDate(date);
    if (day) claim.date = day;
    if (reason.value.trim()) claim.reason = reason.value.trim();
    return claim;
  };
  return claimForm({ form: 'claim-add', save: 'add-save', saveLabel: 'Add claim' }, fields, read, submit, cancel);
}
