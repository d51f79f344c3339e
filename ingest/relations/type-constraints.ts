/**
 * Which kinds of entity each relation may join. A cue between the wrong kinds ("tågade mot
 * Petrograd": a place is not an opponent) is a misreading, so it is dropped rather than stored.
 */
import type { EntityType, RelationType } from '../../domain/types';

interface Signature {
  subject: readonly EntityType[];
  object: readonly EntityType[];
}

const ACTORS: readonly EntityType[] = ['Person', 'Party', 'Regiment', 'Organization'];
const BODIES: readonly EntityType[] = ['Party', 'Regiment', 'Organization'];

const SIGNATURES: Record<RelationType, Signature> = {
  OPPOSED: { subject: ACTORS, object: ACTORS },
  JOINED: { subject: ACTORS, object: ACTORS },
  ARRESTED: { subject: ACTORS, object: ACTORS },
  SUPPORTED: { subject: ACTORS, object: ACTORS },
  LED: { subject: ACTORS, object: BODIES },
  MEMBER_OF: { subject: ACTORS, object: BODIES },
  NEGOTIATED_WITH: { subject: ACTORS, object: ACTORS },
};

/**
 * Whether a relation of this type may go from a subject of one kind to an object of another.
 *
 * @example
 * fitsSignature('MEMBER_OF', 'Person', 'Party') // true
 * fitsSignature('OPPOSED', 'Person', 'Place')   // false
 */
export function fitsSignature(type: RelationType, subject: EntityType, object: EntityType): boolean {
  const signature = SIGNATURES[type];
  return signature.subject.includes(subject) && signature.object.includes(object);
}
