/**
 * The mentions stage: every stretch of a sentence that names a person, party, regiment, place or
 * organization, with its type and lemma key. Rules run in the order listed — the order matters, an
 * earlier rule wins where two overlap — and weak guesses are then checked against the whole document.
 */
import type { Language, Mention, Sentence } from '../../domain/types';
import type { StageOptions } from '../analyse';
import { LEXICON } from '../lexicon';
import { lineAtOffset } from '../normalize';
import { withDefinedAbbreviations } from './abbreviations';
import { findAcronyms } from './acronyms';
import type { Candidate, MentionRule, RuleContext } from './candidate';
import { findCollectives } from './collectives';
import { findCommittees } from './committees';
import { findEnglishPlaces } from './english-places';
import { entityKey } from './entity-key';
import { dropUncorroborated, settleOverlaps, withShortForms, type LocatedCandidate } from './filter';
import { buildGazetteer } from './gazetteer';
import { isOfficeField } from './head-nouns';
import { givenNameBefore } from './given-name';
import { findHeadedNames } from './headed-names';
import { findHeadwords } from './headword';
import { findInitialledNames } from './initials';
import { dropNameCompounds } from './name-compounds';
import { splitNamesakes, withSurnames } from './namesakes';
import { findCapitalisedNames } from './names';
import { findNominalGroups } from './nominal-groups';
import { findParties } from './parties';
import { findTerritorialTitles } from './territorial-titles';
import { findTitledPeople } from './titles';
import { tokenize, type Token } from './tokens';
import { findUnits } from './units';

const GAZETTEER = buildGazetteer(LEXICON);

/** A listed person's name with a given name before it that the list lacks ("Vladimir Lenin") spans it. */
function findListedNames(text: string, tokens: readonly Token[], context: RuleContext): Candidate[] {
  return GAZETTEER.lookup(tokens, context.date).map((hit) => ({
    start: tokens[hit.entry.type === 'Person' && givenNameBefore(text, tokens, hit.first) ? hit.first - 1 : hit.first].start,
    end: hit.partEnd ?? tokens[hit.last].end,
    type: hit.entry.type,
    key: entityKey(hit.entry.name, hit.entry.type),
    rule: 'gazetteer',
  }));
}

/** The rules, strongest first. */
const RULES: readonly MentionRule[] = [
  findListedNames,
  findTerritorialTitles,
  findHeadwords,
  findTitledPeople,
  findInitialledNames,
  findHeadedNames,
  findUnits,
  findCommittees,
  findParties,
  findCollectives,
  findNominalGroups,
  findAcronyms,
  findEnglishPlaces,
  findCapitalisedNames,
];

/**
 * Whether a span lies inside a file name or address left in the text ("19170704_Riot_on_Nevsky.jpg",
 * image-caption residue of a web copy): no word there is prose. Underscores around a word ("_Aud_")
 * mark italics, not a file.
 */
function insideFileName(text: string, start: number, end: number): boolean {
  const chunkStart = text.slice(0, start).search(/\S*$/u);
  const chunkEnd = end + (text.slice(end).match(/^\S*/u)?.[0].length ?? 0);
  return /[\p{L}\p{N}]_[\p{L}\p{N}]|[/\\]|\.(?:jpe?g|png|gif|svg|tiff?|pdf|html?)\b/iu.test(text.slice(chunkStart, chunkEnd));
}

/**
 * Whether a rule's guess names no entity, whatever rule made it: a file name's words, an office's
 * field ("Director of Military Organisation", even where a listed body has that name; a listed place
 * stays one: "Governor of Finland").
 */
const namesNothing = (text: string, c: Candidate): boolean =>
  insideFileName(text, c.start, c.end) || (!(c.rule === 'gazetteer' && c.type === 'Place') && isOfficeField(text.slice(0, c.start)));

/** The rules that read the tagger's function words: the only ones worth running again once a sentence is tagged. */
const TAG_READING_RULES: ReadonlySet<MentionRule> = new Set([findCapitalisedNames]);

function locate(sentence: Sentence, tokens: readonly Token[], documentContext: RuleContext, only?: ReadonlySet<MentionRule>): LocatedCandidate[] {
  const context: RuleContext = { ...documentContext, date: sentence.date };
  return RULES.flatMap((rule, priority) =>
    only && !only.has(rule) ? [] : rule(sentence.text, tokens, context).filter((c) => !namesNothing(sentence.text, c)).map((c) => ({
      ...c,
      sentence: sentence.index,
      line: lineAtOffset(sentence, c.start),
      text: sentence.text.slice(c.start, c.end),
      priority,
    })),
  );
}

/**
 * Finds the mentions of named entities in the sentences of one document. The rules cover Swedish and
 * English together; `language` switches on what only works for one (compromise's English place lexicon).
 * `options.analyses` (the syntax stage's) keep a name seen once when the tagger reads it as a proper noun;
 * `options.onSentence` hears how many sentences have been read, for progress.
 * @example findMentions([{ index: 0, text: 'Kerenskis regering föll.', line: 1, section: 0, paragraph: 0 }], 'sv')
 *   // [{ text: 'Kerenskis', type: 'Person', key: 'kerenski', rule: 'gazetteer', ... }]
 */
export function findMentions(sentences: Sentence[], language: Language, options: StageOptions = {}): Mention[] {
  const { analyses, onSentence } = options;
  const tokenized = sentences.map((sentence) => ({ sentence, tokens: tokenize(sentence.text) }));
  const lowercaseWords = new Set<string>();
  for (const { tokens } of tokenized) for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) lowercaseWords.add(t.text);
  const context: RuleContext = { language, isCommonWord: (word) => lowercaseWords.has(word.toLowerCase()) };
  const located = tokenized.flatMap(({ sentence, tokens }, i) => {
    onSentence?.(i + 1);
    const guesses = locate(sentence, tokens, context);
    if (!analyses || !guesses.some((c) => c.weak || (c.sentenceInitial && /\s/u.test(c.text)))) return guesses;
    const analysis = analyses(i);
    const tagged: RuleContext = { ...context, isFunctionWordAt: (offset) => analysis.functionWordStarts.has(offset) };
    const untouched = guesses.filter((c) => !TAG_READING_RULES.has(RULES[c.priority]));
    const retagged = locate(sentence, tokens, tagged, TAG_READING_RULES);
    return [...untouched, ...retagged].sort((a, b) => a.priority - b.priority).map((c) => ({
      ...c,
      ...(analysis.properNounStarts.has(c.start) ? { properNoun: true } : {}),
      ...(analysis.commonWordStarts.has(c.start) ? { commonWord: true } : {}),
    }));
  });
  return splitNamesakes(dropUncorroborated(dropNameCompounds(withSurnames(withShortForms(withDefinedAbbreviations(settleOverlaps(located), sentences))), lowercaseWords), lowercaseWords)).map((c) => ({
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
