/**
 * Which annotated entity each extracted entity is. An extracted entity matches the annotated one
 * whose canonical name equals its name, an alias or a mention's text (tried in that order); failing
 * that, one of whose surface forms does, preferring an annotated entity of the same type.
 */
import type { Entity } from '../../domain/types';
import type { GoldEntity } from './gold';
import { nameKey } from './text-keys';

export type ScoredEntity = Pick<Entity, 'id' | 'name' | 'type' | 'aliases' | 'mentions'>;

/** Extracted entity id → annotated entity id, for the extracted entities that match one. */
export function matchEntities(extracted: readonly ScoredEntity[], gold: readonly GoldEntity[]): Map<string, string> {
  const typeOf = new Map(gold.map((g) => [g.id, g.type]));
  const byCanonical = new Map(gold.map((g) => [nameKey(g.canonical), g.id]));
  const bySurface = new Map<string, string[]>();
  for (const g of gold) {
    for (const form of new Set([g.canonical, ...g.surface_forms])) {
      const key = nameKey(form);
      if (key) bySurface.set(key, [...(bySurface.get(key) ?? []), g.id]);
    }
  }

  const matches = new Map<string, string>();
  for (const entity of extracted) {
    const names = [entity.name, ...(entity.aliases ?? []), ...(entity.mentions ?? []).map((m) => m.text)].filter(Boolean);
    const keys = names.map(nameKey);
    let goldId = keys.map((k) => byCanonical.get(k)).find((id) => id !== undefined);
    if (goldId === undefined) {
      const candidates = keys.map((k) => bySurface.get(k)).find((ids) => ids !== undefined);
      goldId = candidates?.find((id) => typeOf.get(id) === entity.type) ?? candidates?.[0];
    }
    if (goldId !== undefined) matches.set(entity.id, goldId);
  }
  return matches;
}
