/**
 * Names no gazetteer knows: runs of capitalised words that are not function words. Two or more
 * capitalised words are a first+last name pair; a lone capitalised word is a weak guess that must be
 * corroborated elsewhere in the document. The type is read from the word's shape and the preposition
 * before it. A run that opens the sentence loses leading words the document also writes in lowercase
 * ("På Neva", "Ledningen av Petrograds"): capitals there come from position, not from a name.
 */
import type { EntityType } from '../../domain/types';
import { commonNounLemma } from '../../domain/names/swedish-morphology';
import { modernWord } from '../orthography';
import { spanCandidate, type Candidate, type RuleContext } from './candidate';
import { entityKey } from './entity-key';
import { isKnownPlaceName } from './english-places';
import { institutionType, isNotAnEntity } from './head-nouns';
import { namesNoActor } from './no-actor';
import { isAdjectiveEnding, joinedWords, splitEndAfter } from './split-words';
import { capitalisedNameAt, isTitleCompound, isTitleWord, NAME_PARTICLES } from './titles';
import { opensClause, type Token } from './tokens';

/** Prepositions after which a name is usually a place ("i Uppsala", "på Kalmar", "uti Saxen", "to Kiev"). */
const PLACE_PREPOSITIONS = new Set([
  'i', 'uti', 'på', 'från', 'ifrån', 'till', 'vid', 'mot', 'genom', 'över', 'öfver', 'kring', 'omkring', 'utanför',
  'in', 'into', 'from', 'to', 'at', 'near', 'towards', 'outside',
]);
const PERSON_SHAPE = /(?:off|eff|iff|ski|skij|sky|skaja|ova|enko|vitj|itch|idse|adse|ev|ov|in|mann|son|sen|ler|er)s?$/u;
/** Place endings, with the Swedish heads of land and water compounds ("Balkanhalvön", "Moonsundet", "Donområdet"). */
const PLACE_SHAPE = /(?:grad|burg|borg|stad|sk|land|ien|ia|ina|holm|köping|by|selo|ovo|eri|halvö|halvön|sjön|sundet|havet|området|bukten|udden|fjärden|älven|öarna)s?$/u;
/** Endings that make even a two-word name a place ("Krasnoje Selo", "Nizjnij Novgorod"). */
const PAIR_PLACE_SHAPE = /(?:grad|gorod|selo|holm|köping|stad|[Pp]rospekt|[Pp]rospect|gatan|torget|[Ss]treet|[Ss]quare)s?$/u;
/** Prepositions that put even a two-word name in a place ("i Tsarskoje Selo", "at Port Arthur"). */
const PAIR_PLACE_PREPOSITIONS = new Set(['i', 'vid', 'in', 'at', 'near']);

/** A role noun right after a name makes the name a body's: "a Sinn Féin member", "Clan na Gael leader". */
const ROLE_AFTER = /^\s+(?:member|members|leader|leaders|president|chairman|secretary|delegate|representative|ledare|medlem|medlemmar|ordförande)(?![\p{L}])/iu;

/** A compass direction and "om"/"of" before a name make it a place: "norr om Kuopio", "v. om Torneå", "north of Dublin". */
const COMPASS_BEFORE = /(?:^|[^\p{L}])(?:norr|söder|öster|väster|nordost|nordväst|sydost|sydväst|[nsöv]|north|south|east|west|north-east|north-west|south-east|south-west)\.?\s+(?:om|of)\s+$/iu;

/** A name ending in an institution noun is that kind of body; else a lone name is a place after a place preposition or compass point, or when shaped like one; a pair is a person unless it is clearly a place. */
function guessType(words: string, before: string | undefined, pair: boolean, after = '', textBefore = ''): EntityType {
  const institution = institutionType(words);
  if (institution) return institution;
  if (ROLE_AFTER.test(after)) return 'Organization';
  if (COMPASS_BEFORE.test(textBefore)) return 'Place';
  const preposition = before?.toLowerCase() ?? '';
  if (pair) return PAIR_PLACE_SHAPE.test(words) || PAIR_PLACE_PREPOSITIONS.has(preposition) ? 'Place' : 'Person';
  if (PLACE_PREPOSITIONS.has(preposition)) return 'Place';
  return PLACE_SHAPE.test(words) && !PERSON_SHAPE.test(words) ? 'Place' : 'Person';
}

/**
 * A long Swedish word in the definite form of a common noun ("Hufvudfästningen Sveaborgs", "Huvudstaden
 * Petrograd"): opening a clause before a name, it is the noun the name stands in apposition to.
 */
const isDefiniteCommonNoun = (word: string): boolean => {
  const modern = modernWord(word);
  // a rank before a name stays with it ("Pfalzgrefven Fredrik"), as the title rules read it
  if (isTitleWord(modern) || isTitleCompound(modern)) return false;
  return word.length >= 8 && /(?:en|et|na)$/u.test(word) && commonNounLemma(word.toLowerCase()) !== word.toLowerCase();
};

/**
 * Drops leading words of a clause-opening run that are common words or dangling particles, and in
 * English a known place glued to a name after it ("In Hungary Lajos Kossuth led ..."), unless an article
 * makes them one name ("the Orange River Free State").
 */
function trimLeadingCommonWords(text: string, tokens: readonly Token[], first: number, last: number, context: RuleContext): number {
  const afterArticle = /^the$/iu.test(tokens[first - 1]?.text ?? '');
  if (context.language === 'en' && last - first >= 2 && isKnownPlaceName(tokens[first].text) && !afterArticle) return first + 1;
  if (!opensClause(text, tokens[first].start)) return first;
  let start = first;
  const isCommon = (token: Token): boolean =>
    context.isCommonWord(token.text) || context.isFunctionWordAt?.(token.start) === true || (context.language === 'sv' && isDefiniteCommonNoun(token.text));
  while (start < last && isCommon(tokens[start])) {
    start++;
    while (start < last && NAME_PARTICLES.has(tokens[start].text)) start++;
  }
  return start;
}

/** "the Soviet", "the Directory": an institution named by its capitalised noun after an article is no guess. */
function isDefiniteInstitution(words: string, before: string | undefined): boolean {
  return institutionType(words) !== undefined && /^(?:the|den|det)$/iu.test(before ?? '');
}

/**
 * The last token of a name that runs through a word a scan split ("Military Train ing School"):
 * past the word's ending, and on through the capitalised words after it.
 */
function throughSplitWords(text: string, tokens: readonly Token[], last: number): number {
  let end = last;
  for (let fragment = splitEndAfter(text, tokens, end); fragment >= 0; fragment = splitEndAfter(text, tokens, end)) {
    end = fragment;
    const next = tokens[end + 1];
    const more = next && text.slice(tokens[end].end, next.start) === ' ' ? capitalisedNameAt(text, tokens, end + 1) : undefined;
    if (more) end = more[1];
  }
  return end;
}

/** A hyphenated word whose first part is a common word and whose last is lower case ("Right-wingers", "Anti-war"): no name. */
function isCommonCompound(word: string, context: RuleContext): boolean {
  const parts = /^(\p{Lu}\p{Ll}+)-.*-?\p{Ll}+$/u.exec(word);
  return parts !== null && (isNotAnEntity(parts[1]) || context.isCommonWord(parts[1]));
}

/**
 * An English "-ist" word between an article and a noun ("the Tsarist regime", "a Marxist paper"):
 * an adjective, not a name.
 */
function isAttributeOfNoun(text: string, tokens: readonly Token[], index: number, context: RuleContext): boolean {
  const next = tokens[index + 1];
  return (
    context.language === 'en' &&
    /ist$/u.test(tokens[index].text) &&
    /^(?:the|a|an)$/iu.test(tokens[index - 1]?.text ?? '') &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.text) &&
    text.slice(tokens[index].end, next.start) === ' '
  );
}

/**
 * A capitalised "The" inside a sentence belongs to the name after it ("seized The Citadel", "The
 * O'Rahilly", "The Hague"): the index of the article, or of the name's first word when there is none.
 */
function capitalisedArticleBefore(text: string, tokens: readonly Token[], first: number): number {
  const article = tokens[first - 1];
  // only after running prose: "]] The Supreme Council" after a caption's residue opens a sentence
  const owned = article?.text === 'The' && text.slice(article.end, tokens[first].start) === ' ' && /[\p{Ll},;] $/u.test(text.slice(0, article.start));
  return owned ? first - 1 : first;
}

/** A Gaelic chief styled by "The" and his clan name ("The O'Rahilly", "The MacDermot"); any other lone name after "The" is a place or building. */
const CLAN_NAME = /^(?:O['’]|Ma?c)\p{Lu}/u;

/**
 * Proposes unknown capitalised names.
 * @example findCapitalisedNames('Sedan talade Garibaldi.', tokenize('Sedan talade Garibaldi.'), context)
 *   // [{ start: 13, end: 22, type: 'Person', rule: 'capitalised', weak: true }]
 */
export function findCapitalisedNames(text: string, tokens: readonly Token[], context: RuleContext): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const span = /^\p{Lu}+$/u.test(tokens[i].text) ? undefined : capitalisedNameAt(text, tokens, i);
    if (!span) {
      i++;
      continue;
    }
    const last = throughSplitWords(text, tokens, span[1]);
    const first = trimLeadingCommonWords(text, tokens, span[0], last, context);
    const words = joinedWords(text, tokens, first, last);
    const pair = /\s/u.test(words);
    const mended = last > span[1];
    if ((!pair && (isNotAnEntity(words) || (mended && isAdjectiveEnding(words)) || isCommonCompound(words, context) || isAttributeOfNoun(text, tokens, last, context))) || namesNoActor(text, tokens, first, last)) {
      i = last + 1;
      continue;
    }
    const before = tokens[first - 1]?.text;
    const article = capitalisedArticleBefore(text, tokens, first);
    const guessed = guessType(words, before, pair, text.slice(tokens[last].end), text.slice(0, tokens[first].start));
    const type = article < first && !pair && !institutionType(words) ? (CLAN_NAME.test(words) ? 'Person' : 'Place') : guessed;
    const named = joinedWords(text, tokens, article, last);
    found.push(
      spanCandidate(tokens, article, last, {
        type,
        key: entityKey(named, type),
        rule: institutionType(words) ? 'named-institution' : pair || article < first ? 'name-pair' : PLACE_PREPOSITIONS.has(before?.toLowerCase() ?? '') ? 'place-preposition' : 'capitalised',
        weak: !pair && article === first && !isDefiniteInstitution(words, before),
        sentenceInitial: opensClause(text, tokens[article].start),
      }),
    );
    i = last + 1;
  }
  return found;
}
