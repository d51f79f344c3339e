/**
 * The mentions stage: every stretch of a sentence that names a person, party, regiment, place or
 * organization, with its type and lemma key. Rules run in the order listed; earlier rules win overlaps.
 */
import type { Language, Mention, Sentence } from '../../domain/types';
import { LEXICON } from '../lexicon';
import { buildGazetteer, type GazetteerHit } from './gazetteer';
import { nameKey } from './lemma-key';
import { tokenize, type Token } from './tokens';

const GAZETTEER = buildGazetteer(LEXICON);

function mentionFromHit(sentence: Sentence, tokens: readonly Token[], hit: GazetteerHit): Mention {
  const start = tokens[hit.first].start;
  const end = hit.partEnd ?? tokens[hit.last].end;
  return {
    sentence: sentence.index,
    line: sentence.line,
    text: sentence.text.slice(start, end),
    start,
    end,
    type: hit.entry.type,
    key: nameKey(hit.entry.name),
    rule: 'gazetteer',
  };
}

/**
 * Finds the mentions of named entities in the sentences of one document.
 * @example findMentions([{ index: 0, text: 'Kerenskis regering föll.', line: 1, section: 0, paragraph: 0 }], 'sv')
 *   // [{ text: 'Kerenskis', type: 'Person', key: 'kerenski', ... }]
 */
export function findMentions(sentences: Sentence[], language: Language): Mention[] {
  void language;
  return sentences.flatMap((sentence) => {
    const tokens = tokenize(sentence.text);
    return GAZETTEER.lookup(tokens).map((hit) => mentionFromHit(sentence, tokens, hit));
  });
}
