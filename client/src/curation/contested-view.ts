/**
 * Contested claims of an entity side by side (`contested`): per pair, one column for each side,
 * each claim with its sentence, date, status and source document. Empty when nothing contradicts.
 */
import type { Contest, ContestedClaim, ContestedResponse } from '../../../domain/contested';
import { el } from '../ui/dom';

function claimCard(claim: ContestedClaim): HTMLElement {
  const date = claim.dateGregorian ?? claim.date ?? 'undated';
  return el(
    'li',
    { 'data-claim': claim.id, class: `status-${claim.status}` },
    el('blockquote', {}, claim.evidence),
    el('p', { class: 'meta' }, `${date} · ${claim.status}${claim.reviewedBy ? ` by ${claim.reviewedBy}` : ''} · ${claim.documentTitle}, line ${claim.line}`),
  );
}

function contestBlock(contest: Contest): HTMLElement {
  const heading = contest.kind === 'opposite-types' ? 'Sources disagree' : 'Decisions disagree';
  return el(
    'div',
    { class: 'contest', 'data-kind': contest.kind },
    el('h4', {}, `${heading}: ${contest.source.name} → ${contest.target.name}`),
    el('div', { class: 'contest-sides' }, ...contest.sides.map((side) => el('div', { class: 'contest-side' }, el('h5', {}, side.label), el('ul', {}, ...side.claims.map(claimCard))))),
  );
}

/** @example panel.append(contestedElement(await curation.contested('kerenski'))); */
export function contestedElement(response: ContestedResponse): HTMLElement {
  const box = el('section', { class: 'contested', 'data-testid': 'contested' }, el('h3', {}, 'Contested claims'));
  if (response.contests.length === 0) box.append(el('p', { class: 'meta' }, 'No claims about it contradict each other.'));
  else box.append(...response.contests.map(contestBlock));
  return box;
}
