/**
 * Abbreviations a text defines: "The Irish Republican Brotherhood (IRB) met …", or "the IRB (Irish
 * Republican Brotherhood) met …", makes every "IRB" of the document, before the definition or after
 * it, the Brotherhood, with its type and key, so the two forms are one entity and the acronym, no
 * longer a guess, needs no second sighting. The long form is the mention that spans it, or else the
 * words that the acronym spells (lowercase too: "det uppländska bondepartiet (UBP)"), which then
 * become a mention themselves, in place of any guesses inside them.
 */
import type { EntityType, Sentence } from '../../domain/types';
import { lineAtOffset } from '../normalize';
import { acronymOf } from './acronyms';
import { entityKey } from './entity-key';
import type { LocatedCandidate } from './filter';
import { institutionType } from './head-nouns';
import { isStopword } from './stopwords';

/** "(IRB)", "( SDP )": an acronym alone in parentheses, after its long form. */
const DEFINED = /\(\s*(\p{Lu}{2,6})\s*\)/gu;
/** "IRB (Irish Republican Brotherhood)": an acronym, then its long form in parentheses. */
const EXPANDED = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})\s*\(([^()]{4,80})\)/gu;
/** Words a long form may have beyond one per letter of its acronym ("Irish Republican Brotherhood of America"). */
const EXTRA_LONG_WORDS = 2;

const opensWord = (text: string, at: number): boolean => at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]);

/**
 * Whether the acronym takes its letters, in order, from the long form, its first letter opening the
 * long form's first word ("IRB" from "Irish Republican Brotherhood", "SAP" from "Socialdemokratiska
 * arbetarepartiet"). Each later letter may stand inside a word, as compounds spell them.
 * @example abbreviates('IRB', 'Irish Republican Brotherhood') // true
 * @example abbreviates('RIB', 'Irish Republican Brotherhood') // false
 */
export function abbreviates(acronym: string, long: string): boolean {
  const letters = acronym.toLowerCase();
  const text = long.toLowerCase().replace(/^(?:the|den|det|de)\s+/u, '');
  if (letters.length < 2 || !/[\s-]/u.test(text.trim()) || text[0] !== letters[0]) return false;
  let at = text.length - 1;
  for (let i = letters.length - 1; i >= 1; i--) {
    while (at > 0 && text[at] !== letters[i]) at--;
    if (at <= 0) return false;
    at--;
  }
  return opensWord(text, 0);
}

interface Definition {
  key: string;
  type: EntityType;
  /** The long form as a new mention, when no rule had found it. */
  mention?: LocatedCandidate;
}

/** The long form as a mention of its own, where no rule found it. */
function newLongForm(sentence: Sentence, start: number, end: number): Definition {
  const long = sentence.text.slice(start, end);
  const type = institutionType(long) ?? 'Organization';
  const key = entityKey(long, type);
  const line = lineAtOffset(sentence, start);
  return { key, type, mention: { start, end, type, key, rule: 'abbreviation-defined', sentence: sentence.index, line, text: long, priority: 0 } };
}

/** A mention found there names the long form if it is a body, not a person or a place, and the acronym spells it. */
function mentionedLongForm(mention: LocatedCandidate, acronym: string): Definition | undefined {
  const names = mention.type !== 'Person' && mention.type !== 'Place';
  return names && abbreviates(acronym, mention.text) ? { key: mention.key, type: mention.type } : undefined;
}

/** The words right before "(ACRONYM)" that spell it, fewest first, as a mention of their own; undefined if a mention already lies there. */
function spelledLongForm(sentence: Sentence, end: number, acronym: string, mentions: readonly LocatedCandidate[]): Definition | undefined {
  const words = [...sentence.text.slice(0, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].slice(-(acronym.length + EXTRA_LONG_WORDS));
  for (let first = words.length - 2; first >= 0; first--) {
    if (isStopword(words[first][0])) continue;
    const start = words[first].index ?? 0;
    const long = sentence.text.slice(start, end);
    if (!abbreviates(acronym, long)) continue;
    return mentions.some((m) => m.start < end && m.end > start && !m.weak) ? undefined : newLongForm(sentence, start, end);
  }
  return undefined;
}

/** The long form right before "(ACRONYM)" at `open` in the sentence: a mention ending there, or the words that spell it. */
function definitionAt(sentence: Sentence, open: number, acronym: string, mentions: readonly LocatedCandidate[]): Definition | undefined {
  const end = sentence.text.slice(0, open).trimEnd().length;
  const mention = mentions.find((m) => m.end === end);
  return mention ? mentionedLongForm(mention, acronym) : spelledLongForm(sentence, end, acronym, mentions);
}

/** The long form inside "ACRONYM (Long Form)", between `start` and `end`: the mention spanning it, or its words if they spell the acronym. */
function expansionAt(sentence: Sentence, start: number, end: number, acronym: string, mentions: readonly LocatedCandidate[]): Definition | undefined {
  const inside = mentions.filter((m) => m.start < end && m.end > start && !m.weak);
  if (inside.length === 1 && inside[0].start === start && inside[0].end === end) return mentionedLongForm(inside[0], acronym);
  const long = sentence.text.slice(start, end);
  return inside.length === 0 && /^\p{Lu}/u.test(long) && abbreviates(acronym, long) ? newLongForm(sentence, start, end) : undefined;
}

/**
 * Gives every acronym a text defines the key and type of its long form, and adds long forms no rule found.
 * @example withDefinedAbbreviations(candidates, sentences) // "IRB" now keyed as "Irish Republican Brotherhood"
 */
export function withDefinedAbbreviations(candidates: readonly LocatedCandidate[], sentences: readonly Sentence[]): LocatedCandidate[] {
  const bySentence = new Map<number, LocatedCandidate[]>();
  for (const c of candidates) {
    const inSentence = bySentence.get(c.sentence);
    if (inSentence) inSentence.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const definitions = new Map<string, Definition>();
  for (const sentence of sentences) {
    if (!sentence.text.includes('(')) continue;
    for (const match of sentence.text.matchAll(DEFINED)) {
      if (definitions.has(match[1])) continue;
      const definition = definitionAt(sentence, match.index ?? 0, match[1], bySentence.get(sentence.index) ?? []);
      if (definition) definitions.set(match[1], definition);
    }
    for (const match of sentence.text.matchAll(EXPANDED)) {
      if (definitions.has(match[1])) continue;
      const start = (match.index ?? 0) + match[0].indexOf('(') + 1 + (match[2].length - match[2].trimStart().length);
      const definition = expansionAt(sentence, start, start + match[2].trim().length, match[1], bySentence.get(sentence.index) ?? []);
      if (definition) definitions.set(match[1], definition);
    }
  }
  if (definitions.size === 0) return [...candidates];
  const renamed = candidates.map((c) => {
    const definition = c.rule === 'acronym' ? definitions.get(acronymOf(c.text) ?? '') : undefined;
    return definition ? { ...c, key: definition.key, type: definition.type, weak: false } : c;
  });
  const added = [...definitions.values()].flatMap((d) => (d.mention ? [d.mention] : []));
  const overlapsAdded = (c: LocatedCandidate): boolean => added.some((a) => a.sentence === c.sentence && a.start < c.end && a.end > c.start);
  return [...renamed.filter((c) => !overlapsAdded(c)), ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}
