/**
 * An entity's claims grouped for its panel: one group per relation type and direction ("arrested",
 * "arrested by"), in the order of domain RELATION_TYPES with the entity's own acts first, each group in
 * the date order the API gives. Pure, so the grouping is tested without a browser.
 */
import type { AllegianceClaim } from '../../domain/api';
import { RELATION_TYPES, type RelationType } from '../../domain/types';
import { RELATION_LABELS } from './palette';

/** What the counterpart did to the entity, when the entity is the object of the claim. */
export const INCOMING_LABELS: Record<RelationType, string> = {
  OPPOSED: 'opposed by',
  JOINED: 'joined by',
  ARRESTED: 'arrested by',
  SUPPORTED: 'supported by',
  LED: 'led by',
  MEMBER_OF: 'has as member',
  NEGOTIATED_WITH: 'negotiated with (named second)',
};

export interface ClaimGroup {
  type: RelationType;
  direction: 'out' | 'in';
  /** "arrested" for the entity's own acts, "arrested by" for acts towards it. */
  label: string;
  claims: AllegianceClaim[];
}

/**
 * @example groupClaims([{ type: 'ARRESTED', direction: 'in', ... }]) // [{ type: 'ARRESTED', direction: 'in', label: 'arrested by', claims: [...] }]
 */
export function groupClaims(claims: readonly AllegianceClaim[]): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const type of RELATION_TYPES) {
    for (const direction of ['out', 'in'] as const) {
      const members = claims.filter((claim) => claim.type === type && claim.direction === direction);
      if (members.length === 0) continue;
      groups.push({ type, direction, label: direction === 'out' ? RELATION_LABELS[type] : INCOMING_LABELS[type], claims: members });
    }
  }
  return groups;
}
