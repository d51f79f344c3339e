/**
 * The mentions stage: every stretch of a sentence that names a person, party, regiment, place or
 * organization, with its type and lemma key. Rules run in the order listed — the order matters, an
 * earlier rule wins where two overlap — and weak guesses are then checked against the whole document.
 */
import type { Language, Mention, Sentence } from '../../domain/types';
import { LEXICON } from '../lexicon';
import type { Candidate, MentionRule } from './candidate';
import { findCommittees } from './committees';
import { entityKey } from './entity-key';
import { dropUncorroborated, settleOverlaps, type LocatedCandidate } from './filter';
import { buildGazetteer } from './gazetteer';
import { findCapitalisedNames } from './names';
import { findParties } from './parties';
import { findTitledPeople } from './titles';
import { tokenize, type Token } from './tokens';
import { findUnits } from './units';

const GAZETTEER = buildGazetteer(LEXICON);

function findListedNames(_text: string, tokens: readonly Token[]): Candidate[] {
  return GAZETTEER.lookup(tokens).map((hit) => ({
    start: tokens[hit.first].start,
    end: hit.partEnd ?? tokens[hit.last].end,
    type: hit.entry.type,
    key: entityKey(hit.entry.name, hit.entry.type),
    rule: 'gazetteer',
  }));
}

/** The rules, strongest first. */
const RULES: readonly MentionRule[] = [
  findListedNames,
  findTitledPeople,
  findUnits,
  findCommittees,
  findParties,
  findCapitalisedNames,
];

function locate(sentence: Sentence, tokens: readonly Token[]): LocatedCandidate[] {
  return RULES.flatMap((rule, priority) =>
    rule(sentence.text, tokens).map((c) => ({
      ...c,
      sentence: sentence.index,
      line: sentence.line,
      text: sentence.text.slice(c.start, c.end),
      priority,
    })),
  );
}

/**
 * Finds the mentions of named entities in the sentences of one document.
 * `language` is accepted for the stage contract; the rules cover Swedish and English together.
 * @example findMentions([{ index: 0, text: 'Kerenskis regering föll.', line: 1, section: 0, paragraph: 0 }], 'sv')
 *   // [{ text: 'Kerenskis', type: 'Person', key: 'kerenski', rule: 'gazetteer', ... }]
 */
export function findMentions(sentences: Sentence[], language: Language): Mention[] {
  void language;
  const lowercaseWords = new Set<string>();
  const located = sentences.flatMap((s) => {
    const tokens = tokenize(s.text);
    for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) lowercaseWords.add(t.text);
    return locate(s, tokens);
  });
  return dropUncorroborated(settleOverlaps(located), lowercaseWords).map((c) => ({
    sentence: c.sentence,
    line: c.line,
    text: c.text,
    start: c.start,
    end: c.end,
    type: c.type,
    key: c.key,
    rule: c.rule,
  }));
}
