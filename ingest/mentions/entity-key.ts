/**
 * The key that decides which mentions are one entity. People group by surname ("general Krasnoff",
 * "Krasnoffs", "Pjotr Krasnoff"); places by the lemma of their name; groups and bodies by the lemma of
 * their name read as common nouns, since Swedish writes "Bolsjevikerna" and "bolsjevikerna" alike.
 */
import type { EntityType } from '../../domain/types';
import { nameKey, wordKey } from './lemma-key';

/** Particles after which a place follows, not a surname ("Leopold av Bayern", "Prince Leopold of Bavaria"). */
const PLACE_PARTICLES = new Set(['av', 'of']);

/**
 * The grouping key of a name of the given type.
 * @example entityKey('Pjotr Krasnoff', 'Person') === entityKey('Krasnoffs', 'Person') // true
 * @example entityKey('Leopold av Bayern', 'Person') // the key of "Leopold"
 */
export function entityKey(name: string, type: EntityType): string {
  if (type === 'Place') return nameKey(name);
  if (type !== 'Person') return nameKey(name.toLowerCase());
  const words = name.split(/\s+/).filter((w) => w.length > 0 && !/^[IVX]+(?::s)?$/.test(w));
  const particle = words.findIndex((w) => PLACE_PARTICLES.has(w));
  if (particle > 0) return wordKey(words[particle - 1]);
  return wordKey(words[words.length - 1] ?? name);
}
