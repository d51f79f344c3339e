import { canUndo, describeEvent } from '../../../client/src/curation/audit-text';
import type { AuditEvent, ClaimState } from '../../../domain/curation';

const names: Record<string, string> = { kerenski: 'Kerenski', lenin: 'Lenin' };
const nameOf = (id: string): string => names[id] ?? id;
const claim = { id: 'c', type: 'OPPOSED', source: 'kerenski', target: 'lenin', status: 'machine', date: null, dateGregorian: null } as ClaimState;

function event(action: AuditEvent['action'], before: unknown, after: unknown, extra: Partial<AuditEvent> = {}): AuditEvent {
  return { id: 'e1', seq: 1, at: '2026-01-01T00:00:00Z', user: 'anna', action, claimId: null, entityIds: [], before, after, reason: null, undoes: null, undoneBy: null, ...extra };
}

describe('describeEvent', () => {
  test.each<[string, AuditEvent, string]>([
    ['a review', event('claim.review', claim, { ...claim, status: 'accepted' }), 'Reviewed Kerenski OPPOSED Lenin: machine → accepted'],
    ['a correction', event('claim.review', claim, { ...claim, status: 'accepted', type: 'SUPPORTED', dateGregorian: '1917-11-07', source: 'lenin', target: 'kerenski' }), 'Reviewed Kerenski OPPOSED Lenin: machine → accepted, OPPOSED → SUPPORTED, date none → 1917-11-07, ends swapped'],
    ['an added claim', event('claim.create', null, { ...claim, dateGregorian: '1917-10' }), 'Added Kerenski OPPOSED Lenin (1917-10)'],
    ['a rename', event('entity.update', { id: 'x', name: 'Smolnyj', type: 'Place' }, { id: 'x', name: 'Smolnyjinstitutet', type: 'Organization' }), 'Changed Smolnyj (Place) → Smolnyjinstitutet (Organization)'],
    ['a merge', event('entity.merge', { from: { id: 'kornilov', props: { name: 'Kornilov' } } }, { id: 'lenin', name: 'Lenin', type: 'Person' }), 'Merged Kornilov into Lenin (Person)'],
    ['a deletion', event('document.delete', { document: { title: 'Memoir' }, decisions: [claim], entitiesRemoved: [] }, null), 'Deleted the document "Memoir" (1 decisions and 0 entities went with it)'],
    ['an undo', event('undo', null, null, { undoes: 'e0' }), 'Undid an earlier change (e0)'],
  ])('%s', (_label, audit, text) => {
    expect(describeEvent(audit, nameOf)).toBe(text);
  });

  test.each<[string, AuditEvent, boolean]>([
    ['a review in force', event('claim.review', claim, claim), true],
    ['an undone review', event('claim.review', claim, claim, { undoneBy: 'e2' }), false],
    ['an undo', event('undo', null, null), false],
    ['a deletion', event('document.delete', null, null), false],
  ])('undo offered for %s: %s', (_label, audit, offered) => {
    expect(canUndo(audit)).toBe(offered);
  });
});
