/**
 * Clause boundaries, read from punctuation and function words: whether the words between a
 * mention and a cue keep both in one clause. Precision rests here, since a mention across a
 * comma or a subordinate clause is usually the argument of another verb.
 */

/**
 * Relative clauses (also after a preposition: ", till vilka nyval icke förrättats,"), appositions opened by an article ("Savinkoff, den för detta terroristen, deltog"),
 * parentheses and dash asides that may stand between a subject and its verb.
 */
const PARENTHETICAL =
  /,\s*(?:(?:till|av|med|i|på|för|under|genom|hos|från|om|åt|mot|to|of|with|in|on|for|by|from|against)\s+)?(?:som|vilken|vilket|vilka|vars|där|då|who|which|whom|whose|where|when)(?![\p{L}])[^,;:]*,|,\s*(?:den|det|en|ett|a|an|the)\s[^,;:]{1,40},|\([^()]*\)|\s[–—][^–—]*[–—]/giu;

/** The dash closing an aside that holds the subject list: "– Tjernoff, Gotz och andra – begav sig". */
const LIST_CLOSING_DASH = /^\s*(?:,?\s*(?:och|samt|and)\s+(?:många\s+)?(?:andra|flera|övriga|others)\s*)?[–—]\s+/iu;

/** A relative clause running from the subject to the verb, commas inside it included: "armékommittéerna, till vilka nyval icke förrättats under de fyra, fem sista månaderna, skickade". */
const RELATIVE_UP_TO_VERB =
  /^\s*,\s*(?:(?:till|av|med|i|på|för|under|genom|hos|från|om|åt|mot|to|of|with|in|on|for|by|from|against)\s+)?(?:som|vilken|vilket|vilka|who|which)(?![\p{L}])[^;:()–—”"]*,\s*$/iu;

/** A relative pronoun right after the subject: "garnisonen, som följde vårt parti". */
const LEADING_RELATIVE = /^\s*,?\s*(?:som|vilken|vilket|vilka|who|which|that)\s+/iu;

/** Words that open a new clause, so that a mention before them belongs to another verb. */
const CLAUSE_OPENER =
  /(?<![\p{L}])(?:men|utan|medan|emedan|eftersom|därför|när|om|sedan|innan|tills|ty|but|while|because|since|when|if|until)(?![\p{L}])/iu;

const PUNCTUATION = /[,;:!?()”"“«»–—]/u;

/** A comma or conjunction, perhaps with an article: "och", ", ", "and the". */
const COORDINATION = /^\s*(?:,|,?\s*(?:och|samt|eller|liksom|and|or|&|as well as))\s*(?:(?:the|den|det|de)\s+)?$/iu;

/** Counts the words of a stretch of text. */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * Whether the text between a subject and its cue keeps them in one clause: at most `maxWords`
 * words after asides are removed, no punctuation, no word that opens another clause. An
 * apposition cue ("ledd av", "ordförande i") may stand after one comma.
 *
 * @example
 * isSubjectBridge(', som valts i mars, stod kvar och ', false) // true
 * isSubjectBridge(', men ', false)                             // false
 */
export function isSubjectBridge(text: string, apposition: boolean, maxWords = 8): boolean {
  if (RELATIVE_UP_TO_VERB.test(text) && wordCount(text) <= RELATIVE_WORDS) return true;
  let rest = text.replace(LIST_CLOSING_DASH, ' ').replace(PARENTHETICAL, ' ').replace(LEADING_RELATIVE, ' ');
  if (apposition) rest = rest.replace(/^\s*,/u, ' ');
  return isOneClause(rest, maxWords) || isPredicateChain(rest, maxWords);
}

/** The longest relative clause read as standing between a subject and its verb. */
const RELATIVE_WORDS = 20;

function isOneClause(text: string, maxWords: number): boolean {
  return !PUNCTUATION.test(text) && !CLAUSE_OPENER.test(text) && wordCount(text) <= maxWords;
}

/** A past-tense verb opening a coordinated predicate: "hotade", "begav sig", "sände". */
const PREDICATE_OPENER =
  /^\s*(?:och\s+|samt\s+)?(?:\p{Ll}+(?:ade|(?<!an|en)de|te|dde)|begav|gick|drog|tog|slog|kom|stod|lät|gav|såg|höll|bröt|sköt|fick|förde|satte)(?![\p{L}])/u;

/**
 * Predicates sharing one subject, joined by commas: "Ansedda mensjeviker uppsökte oss, sökte
 * övertala oss, hotade ...": each part after the first opens with a past-tense verb (the cue
 * itself may be that verb, leaving the last part empty).
 */
function isPredicateChain(text: string, maxWords: number): boolean {
  const [first, ...rest] = text.split(',');
  const opened = rest.at(-1)?.trim() === '' ? rest.slice(0, -1) : rest;
  const chained = opened.length > 0 || (rest.length === 1 && hasPredicate(first));
  return chained && first.trim() !== '' && isOneClause(first, maxWords) && opened.every((part) => PREDICATE_OPENER.test(part) && isOneClause(part, maxWords));
}

/** A past-tense verb somewhere in the words: the subject's first predicate before a comma and the cue's. */
const PAST_VERB = /(?<![\p{L}])(?:\p{Ll}{2,}(?:ade|de|te|dde|ed)|begav|gick|drog|tog|slog|kom|stod|lät|gav|såg|höll|bröt|sköt|fick|went|took|came|fought|led|held|broke|rose|made)(?![\p{L}])/u;

function hasPredicate(text: string): boolean {
  return PAST_VERB.test(text);
}

/**
 * Whether the text between a cue and its object is only a determiner or an adjective or two.
 *
 * @example
 * isObjectBridge(' de kontrarevolutionära ') // true
 * isObjectBridge(', och ')                   // false
 */
export function isObjectBridge(text: string, maxWords = 3): boolean {
  return !PUNCTUATION.test(text) && !/(?<![\p{L}])(?:och|som|att|and|that|which)(?![\p{L}])/iu.test(text) && wordCount(text) <= maxWords;
}

/**
 * Whether two mentions are coordinated: only a comma or a conjunction stands between them.
 *
 * @example
 * isCoordination(' och ') // true
 */
export function isCoordination(text: string): boolean {
  return COORDINATION.test(text);
}

/** A preposition right before a mention makes it an adverbial ("i förparlamentet"), never a subject. */
const PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:i|på|från|vid|till|med|mot|emot|hos|inom|genom|bland|ur|kring|efter|in|at|on|from|to|with|among|into|against)\s+(?:(?:den|det|de|the)\s+)?$/iu;

/**
 * Whether the mention starting at `start` is governed by a preposition.
 *
 * @example
 * isPrepositionalObject('Kerenski uppträdde i förparlamentet', 22) // true
 */
export function isPrepositionalObject(text: string, start: number): boolean {
  return PREPOSITION_BEFORE.test(text.slice(0, start));
}

/** "under Dans ledning": the leader named inside such a phrase modifies the noun before it. */
const UNDER_BEFORE = /(?<![\p{L}])under\s+(?:[\p{L}.]+\s+)?$/iu;
const LEADERSHIP_AFTER = /^\s*(?:ledning|befäl|kommando|ledarskap)(?![\p{L}])/iu;

/**
 * Whether the words at [start, end) name the leader inside an "under X:s ledning" phrase, which
 * is never the subject of the clause's verb.
 *
 * @example
 * isInsideLeadershipPhrase('Kommittén under Dans ledning motarbetade', 15, 19) // true
 */
export function isInsideLeadershipPhrase(text: string, start: number, end: number): boolean {
  return UNDER_BEFORE.test(text.slice(0, start)) && LEADERSHIP_AFTER.test(text.slice(end));
}
