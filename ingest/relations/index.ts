/**
 * The relations stage: reads who did what to whom from verb cues between the mentions of
 * each sentence. Pure: sentences and mentions in, relations out, each tied to its sentence.
 */
import type { Language, Mention, Relation, Sentence } from '../../domain/types';
import type { RelationCue } from './pattern';
import { SWEDISH_CUES } from './cues-sv';
import { ENGLISH_CUES } from './cues-en';

const CUES_BY_LANGUAGE: Record<Language, readonly RelationCue[]> = { sv: SWEDISH_CUES, en: ENGLISH_CUES };

/**
 * Extracts the relations stated between mentions of the same sentence.
 *
 * @example
 * const relations = extractRelations(sentences, mentions, (m) => m.key, 'sv');
 * // "Kerenski häktade Lenin." → [{ source: 'kerenski', type: 'ARRESTED', target: 'lenin', ... }]
 */
export function extractRelations(
  sentences: Sentence[],
  mentions: Mention[],
  entityOf: (m: Mention) => string,
  language: Language,
): Relation[] {
  const cues = CUES_BY_LANGUAGE[language];
  const bySentence = groupBySentence(mentions);
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const ordered = bySentence.get(sentence.index) ?? [];
    for (let i = 0; i + 1 < ordered.length; i++) {
      const before = ordered[i];
      const after = ordered[i + 1];
      const gap = sentence.text.slice(before.end, after.start);
      const cue = cues.find((c) => c.gap.test(gap));
      if (!cue) continue;
      const [subject, object] = cue.direction === 'forward' ? [before, after] : [after, before];
      const source = entityOf(subject);
      const target = entityOf(object);
      const key = `${source}|${cue.type}|${target}|${sentence.index}`;
      if (source === target || seen.has(key)) continue;
      seen.add(key);
      relations.push({
        source,
        type: cue.type,
        target,
        date: sentence.date?.value ?? null,
        dateGregorian: sentence.date?.gregorian ?? null,
        ...(sentence.date ? { calendar: sentence.date.calendar } : {}),
        line: sentence.line,
        sentence: sentence.index,
        evidence: sentence.text,
        confidence: cue.confidence,
        rule: cue.rule,
      });
    }
  }
  return relations;
}

function groupBySentence(mentions: Mention[]): Map<number, Mention[]> {
  const groups = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const group = groups.get(mention.sentence) ?? [];
    group.push(mention);
    groups.set(mention.sentence, group);
  }
  for (const group of groups.values()) group.sort((a, b) => a.start - b.start);
  return groups;
}
