/**
 * Entity resolution: mentions that share a lemma key (inflections, transliterations) become one
 * entity with a stable id, a canonical base-form name, every other surface form as an alias, and
 * every mention.
 */
import type { Entity, EntityType, Mention } from '../domain/types';
import { InvalidInputError } from '../domain/errors';
import { slugify } from './transliteration';

interface MentionGroup {
  key: string;
  mentions: Mention[];
}

/** The group's canonical name: the most frequent surface form, preferring base forms (no genitive). */
function canonicalName(group: MentionGroup): string {
  const counts = new Map<string, number>();
  for (const m of group.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const score = (text: string): number => (counts.get(text) ?? 0) - (/s$/.test(text) ? 0.5 : 0);
  return [...counts.keys()].sort((a, b) => score(b) - score(a) || a.length - b.length || a.localeCompare(b))[0];
}

/** The type most of the group's mentions were given. */
function majorityType(group: MentionGroup): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of group.mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * Groups mentions into entities by lemma key.
 * @example
 * const { entities, entityOf } = resolveEntities(mentions);
 * entityOf(mentions[0]) // 'kerenski'
 */
export function resolveEntities(mentions: Mention[]): { entities: Entity[]; entityOf: (m: Mention) => string } {
  const groups = new Map<string, MentionGroup>();
  for (const mention of mentions) {
    const group = groups.get(mention.key) ?? { key: mention.key, mentions: [] };
    group.mentions.push(mention);
    groups.set(mention.key, group);
  }
  const idByKey = new Map<string, string>();
  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  for (const group of groups.values()) {
    const name = canonicalName(group);
    let id = slugify(name) || slugify(group.key);
    for (let n = 2; usedIds.has(id); n++) id = `${slugify(name)}_${n}`;
    usedIds.add(id);
    idByKey.set(group.key, id);
    entities.push({
      id,
      name,
      type: majorityType(group),
      aliases: [...new Set(group.mentions.map((m) => m.text))].filter((text) => text !== name),
      mentions: group.mentions.map((m) => ({ line: m.line, text: m.text, sentence: m.sentence })),
    });
  }
  const entityOf = (m: Mention): string => {
    const id = idByKey.get(m.key);
    if (id === undefined) throw new InvalidInputError(`mention "${m.text}" was not among the resolved mentions`, { key: m.key });
    return id;
  };
  return { entities, entityOf };
}
