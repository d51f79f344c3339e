/**
 * The relations stage: who did what to whom, read from each sentence on its own. Verb cues
 * (per language) give most relations; noun-phrase shapes ("Kerenskis regering", "mensjeviken
 * Skobeleff") and Swedish inverted clauses ("uttalade sig regementet för oss") give the rest. Pure: sentences and mentions in, relations out.
 */
import type { Language, Mention, Relation, Sentence } from '../../domain/types';
import { ENGLISH_CUES } from './cues-en';
import { SWEDISH_CUES } from './cues-sv';
import { anaphoricMentions } from './anaphora';
import { attributions, speakerOf } from './attribution';
import type { CalibrationTable } from './calibration';
import type { Candidate } from './candidate';
import { cueCandidates } from './cue-candidates';
import { innerSubjectCandidates } from './inner-subject-candidates';
import { indexLemmaCues, lemmaCueMatches, type LemmaCueIndex } from './lemma-cue-matches';
import { ENGLISH_LEMMA_CUES } from './lemma-cues-en';
import { SWEDISH_LEMMA_CUES } from './lemma-cues-sv';
import { invertedVerbCandidates } from './inverted-verbs';
import { orderedMentionsBySentence } from './mention-order';
import { narratorMentions, narratorParty } from './narrator';
import type { RelationCue } from './pattern';
import { hasArgumentPronoun, type SentenceContext } from './pronouns';
import { shapeCandidates } from './shapes';
import { readingOf } from './reading';
import { roleCandidates, roleModifiers } from './roles';
import { toRelations } from './to-relations';
import type { StageOptions } from '../analyse';
import { sentenceWords } from './words';
import { readingsFromTree } from './tree-readings';
import { preferTreeReadings } from './tree-preference';

const CUES_BY_LANGUAGE: Record<Language, readonly RelationCue[]> = { sv: SWEDISH_CUES, en: ENGLISH_CUES };
const LEMMA_CUES_BY_LANGUAGE: Record<Language, LemmaCueIndex> = {
  sv: indexLemmaCues(SWEDISH_LEMMA_CUES, 'sv'),
  en: indexLemmaCues(ENGLISH_LEMMA_CUES, 'en'),
};

/**
 * Extracts the relations stated between mentions of the same sentence, each with its sentence
 * as verbatim evidence, its line, its date (when the sentence has one) and the rule that read it.
 *
 * @example
 * const relations = extractRelations(sentences, mentions, (m) => m.key, 'sv');
 * // "Kerenski och Savinkoff bekämpade bolsjevikerna." →
 * //   kerenski OPPOSED bolsjevikerna, savinkoff OPPOSED bolsjevikerna
 */
export function extractRelations(
  sentences: Sentence[],
  mentions: Mention[],
  entityOf: (m: Mention) => string,
  language: Language,
  options: StageOptions & { calibration?: CalibrationTable } = {},
): Relation[] {
  const { analyses, onSentence } = options;
  const cues = CUES_BY_LANGUAGE[language];
  const lemmaCues = LEMMA_CUES_BY_LANGUAGE[language];
  const written = orderedMentionsBySentence(mentions);
  const bySentence = withImplicit(withNarrator(sentences, written), anaphoricMentions(sentences, written, entityOf));
  return sentences.flatMap((sentence, i) => {
    onSentence?.(i + 1);
    const ordered = bySentence.get(sentence.index) ?? [];
    if (ordered.length === 0) return [];
    const previous = earlierInParagraph(sentences, i, bySentence).map((context) => readingOf(context.text, context.ordered, language));
    const { text, ordered: read } = readingOf(sentence.text, ordered, language);
    const analysis = ordered.length > 1 || (previous.length > 0 && hasArgumentPronoun(sentence.text)) ? analyses?.(i) : undefined;
    const words = sentenceWords(text, language, analysis?.text === text ? analysis.tokens : undefined);
    const lemmaMatches = lemmaCueMatches(words, read, lemmaCues);
    const wordOrder = [
      ...cueCandidates(text, read, cues, previous, lemmaMatches.filter((m) => m.innerSubjects.length === 0)),
      ...innerSubjectCandidates(text, read, lemmaMatches),
      ...shapeCandidates(text, read),
      ...roleCandidates(text, read),
      ...(language === 'sv' ? invertedVerbCandidates(text, read) : []),
    ];
    const fromTree = analysis?.text === text ? readingsFromTree(analysis, words, read, lemmaCues, previous) : undefined;
    const candidates = withoutModifierArguments(text, read, fromTree ? preferTreeReadings(wordOrder, fromTree, entityOf) : wordOrder);
    return toRelations(sentence, text, withSpeakers(text, read, candidates), entityOf, options.calibration);
  });
}

/** Drops the readings, but for the role itself, that take a role's modifier ("Clan na Gael" in "Clan na Gael leader John Devoy met …") as an argument. */
function withoutModifierArguments(text: string, ordered: readonly Mention[], candidates: readonly Candidate[]): Candidate[] {
  const modifiers = roleModifiers(text, ordered);
  if (modifiers.size === 0) return [...candidates];
  const holdsRole = (c: Candidate) => (c.type === 'LED' || c.type === 'MEMBER_OF') && !modifiers.has(c.subject);
  return candidates.filter((c) => holdsRole(c) || (!modifiers.has(c.subject) && !modifiers.has(c.object)));
}

/** Marks the candidates read inside someone's reported words with the speaker. */
function withSpeakers(text: string, ordered: readonly Mention[], candidates: readonly Candidate[]): Candidate[] {
  const found = attributions(text, ordered);
  if (found.length === 0) return [...candidates];
  return candidates.map((c) => {
    const speaker = speakerOf(found, c.subject, c.object);
    return speaker ? { ...c, attributedTo: speaker } : c;
  });
}

/** Adds the narrator's "vi", "oss" and "vårt parti" to each sentence's mentions, when the document names the narrator's party. */
function withNarrator(sentences: readonly Sentence[], bySentence: Map<number, Mention[]>): Map<number, Mention[]> {
  const party = narratorParty(sentences, bySentence);
  if (!party) return bySentence;
  const merged = new Map<number, Mention[]>();
  for (const sentence of sentences) {
    const written = bySentence.get(sentence.index) ?? [];
    const narrator = narratorMentions(sentence, written, party);
    merged.set(sentence.index, [...written, ...narrator].sort((a, b) => a.start - b.start));
  }
  return merged;
}

/** Adds implicit mentions (anaphoric nouns) to each sentence's mentions, in reading order. */
function withImplicit(bySentence: Map<number, Mention[]>, implicit: Map<number, Mention[]>): Map<number, Mention[]> {
  const merged = new Map(bySentence);
  for (const [index, extra] of implicit) {
    if (extra.length > 0) merged.set(index, [...(bySentence.get(index) ?? []), ...extra].sort((a, b) => a.start - b.start));
  }
  return merged;
}

/** How many sentences back a pronoun's antecedent is looked for. */
const ANTECEDENT_SENTENCES = 3;

/** The sentences before, nearest first, within the same paragraph: where a pronoun's antecedent may stand. */
function earlierInParagraph(sentences: Sentence[], i: number, bySentence: Map<number, Mention[]>): SentenceContext[] {
  return sentences
    .slice(Math.max(0, i - ANTECEDENT_SENTENCES), i)
    .filter((s) => s.paragraph === sentences[i].paragraph)
    .reverse()
    .map((s) => ({ text: s.text, ordered: bySentence.get(s.index) ?? [] }));
}
