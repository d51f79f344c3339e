/**
 * Bare definite nouns that name a body already introduced: "regeringen", "sovjet", "konferensen",
 * "regementet", "the government", "the commune", "the brotherhood". Historians' prose names a body once and then says "regeringen" for pages, so
 * many relations are stated about such a noun. Each becomes, for the relations stage only, a
 * mention of the nearest earlier named entity whose name has the same head noun.
 */
import type { Mention } from '../../domain/types';

/** A bare head noun and what the id of the entity it stands for must contain. */
interface AnaphoricHead {
  word: RegExp;
  entity: RegExp;
  /** English needs "the" (or "this") before the noun: "a government" introduces one, "the government" refers back. */
  definite?: boolean;
}

/** An English head noun "the X" standing for the last named entity whose id contains X. */
const english = (noun: string, plural = `${noun}s`): AnaphoricHead => ({
  word: new RegExp(`^(?:${noun}|${plural})$`, 'u'),
  entity: new RegExp(noun, 'u'),
  definite: true,
});

const HEADS: readonly AnaphoricHead[] = [
  { word: /^regeringens?$/u, entity: /regering/u },
  { word: /^sovjets?$|^sovjetets?$/u, entity: /(?:^|_)sovjet$/u },
  { word: /^kongressens?$/u, entity: /kongress/u },
  { word: /^konferensens?$/u, entity: /konferens/u },
  { word: /^kommitténs?$/u, entity: /kommitt/u },
  { word: /^stabens?$/u, entity: /stab/u },
  { word: /^radans?$/u, entity: /(?:^|_)radan$/u },
  { word: /^regementets?$/u, entity: /regemente/u },
  { word: /^bataljonens?$/u, entity: /bataljon/u },
  { word: /^delegationens?$/u, entity: /delegation/u },
  { word: /^partiets?$/u, entity: /parti/u },
  { word: /^arméns?$/u, entity: /arme/u },
  { word: /^härens?$/u, entity: /(?:^|_)har(?:en)?$/u },
  { word: /^senatens?$/u, entity: /senat/u },
  { word: /^riksdagens?$/u, entity: /riksdag/u },
  { word: /^flottans?$/u, entity: /flott/u },
  { word: /^förbundets?$/u, entity: /forbund/u },
  { word: /^garnisonens?$/u, entity: /garnison/u },
  ...['government', 'soviet', 'committee', 'council', 'congress', 'assembly', 'commune', 'brotherhood', 'party', 'regiment',
    'garrison', 'division', 'legion', 'duma', 'directory', 'convention', 'senate', 'league', 'union', 'junta', 'cabinet'].map((noun) => english(noun)),
  english('army', 'armies'),
  english('police', 'police'),
];

/** "the" or "this" right before an English head noun. */
const DEFINITE_BEFORE = /(?<![\p{L}])(?:the|this|that)\s+$/iu;

/** The rule name of an anaphoric mention, so later steps can tell it from a written name. */
export const ANAPHORA_RULE = 'anaphora';

/** How many sentences back the named antecedent may stand. */
const ANTECEDENT_SENTENCES = 30;

/** A lower-case word, or a capitalised one opening the sentence ("Regeringen häktade ..."). */
const WORD = /(?<![\p{L}\p{N}-])(?:(?<=^[”"“«–—\s]*)\p{Lu})?\p{Ll}+(?![\p{L}\p{N}-])/gu;

/**
 * Mentions for the bare head nouns of each sentence, keyed like their antecedents.
 *
 * @example
 * anaphoricMentions(sentences, bySentence, entityOf).get(3)
 * // [{ text: 'regeringen', key: <key of "koalitionsregeringen">, rule: 'anaphora', ... }]
 */
export function anaphoricMentions(
  sentences: readonly { index: number; text: string; line: number }[],
  bySentence: ReadonlyMap<number, readonly Mention[]>,
  entityOf: (m: Mention) => string,
): Map<number, Mention[]> {
  const result = new Map<number, Mention[]>();
  const recent: Mention[] = [];
  sentences.forEach((sentence, position) => {
    const written = bySentence.get(sentence.index) ?? [];
    const found: Mention[] = [];
    const oldest = sentences[Math.max(0, position - ANTECEDENT_SENTENCES)].index;
    while (recent.length > 0 && recent[0].sentence < oldest) recent.shift();
    for (const match of sentence.text.matchAll(WORD)) {
      const head = headOfWord(match[0].toLowerCase());
      if (!head) continue;
      const [start, end] = [match.index, match.index + match[0].length];
      if (head.definite && !DEFINITE_BEFORE.test(sentence.text.slice(Math.max(0, start - 6), start))) continue;
      if (written.some((m) => start < m.end && end > m.start)) continue;
      const fits = (m: Mention): boolean => head.entity.test(entityOf(m));
      const antecedent = lastFitting(written.filter((m) => m.end <= start), fits) ?? lastFitting(recent, fits);
      if (antecedent) found.push({ ...antecedent, sentence: sentence.index, line: sentence.line, text: match[0], start, end, rule: ANAPHORA_RULE });
    }
    result.set(sentence.index, found);
    recent.push(...written);
  });
  return result;
}

/** Words already looked up; every word of a book is tried against all the heads, most of them many times. */
const headsOfWords = new Map<string, AnaphoricHead | null>();
/** Words kept before the store starts afresh, so memory stays bounded. */
const KEPT_WORDS = 100_000;

function headOfWord(lower: string): AnaphoricHead | undefined {
  let head = headsOfWords.get(lower);
  if (head === undefined) {
    head = HEADS.find((h) => h.word.test(lower)) ?? null;
    if (headsOfWords.size >= KEPT_WORDS) headsOfWords.clear();
    headsOfWords.set(lower, head);
  }
  return head ?? undefined;
}

function lastFitting(mentions: readonly Mention[], fits: (m: Mention) => boolean): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) if (fits(mentions[i])) return mentions[i];
  return undefined;
}
