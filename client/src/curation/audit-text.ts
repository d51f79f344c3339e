/**
 * One line of plain words per audit event, for the history tab: what changed, from what to what.
 * Pure, so the wording is tested without a browser.
 */
import type { DocumentRemoval, AuditEvent, ClaimState, EntityState } from '../../../domain/curation';

type NameOf = (id: string) => string;

function claimWords(claim: ClaimState, nameOf: NameOf): string {
  const date = claim.dateGregorian ?? claim.date;
  return `${nameOf(claim.source)} ${claim.type} ${nameOf(claim.target)}${date ? ` (${date})` : ''}`;
}

function entityWords(entity: EntityState): string {
  return `${entity.name} (${entity.type})`;
}

/** The difference between two claim states, in words: "machine → accepted, OPPOSED → SUPPORTED". */
function claimDifference(before: ClaimState, after: ClaimState, nameOf: NameOf): string {
  const changes: string[] = [];
  if (before.status !== after.status) changes.push(`${before.status} → ${after.status}`);
  if (before.type !== after.type) changes.push(`${before.type} → ${after.type}`);
  if ((before.dateGregorian ?? before.date) !== (after.dateGregorian ?? after.date)) changes.push(`date ${before.dateGregorian ?? before.date ?? 'none'} → ${after.dateGregorian ?? after.date ?? 'none'}`);
  if (before.source !== after.source) changes.push('ends swapped');
  return `${claimWords(before, nameOf)}: ${changes.join(', ') || 'no change'}`;
}

/**
 * @example describeEvent({ action: 'claim.review', before: {...status: 'machine'}, after: {...status: 'accepted'}, ... }, nameOf)
 * // 'Reviewed Kerenski OPPOSED Lenin: machine → accepted'
 */
export function describeEvent(event: AuditEvent, nameOf: NameOf): string {
  switch (event.action) {
    case 'claim.review':
      return `Reviewed ${claimDifference(event.before as ClaimState, event.after as ClaimState, nameOf)}`;
    case 'claim.create':
      return `Added ${claimWords(event.after as ClaimState, nameOf)}`;
    case 'entity.update':
      return `Changed ${entityWords(event.before as EntityState)} → ${entityWords(event.after as EntityState)}`;
    case 'entity.merge': {
      const merged = event.before as { from: { id: string; props: { name?: string } } };
      return `Merged ${merged.from.props.name ?? merged.from.id} into ${entityWords(event.after as EntityState)}`;
    }
    case 'document.delete': {
      const removal = event.before as DocumentRemoval;
      return `Deleted the document "${removal.document.title}" (${removal.decisions.length} decisions and ${removal.entitiesRemoved.length} entities went with it)`;
    }
    case 'undo':
      return `Undid an earlier change (${event.undoes ?? '?'})`;
  }
}

/** Whether the history offers undo for this event: not for undos, deletions, or what was undone already. */
export function canUndo(event: AuditEvent): boolean {
  return event.action !== 'undo' && event.action !== 'document.delete' && event.undoneBy === null;
}
