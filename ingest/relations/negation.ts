/**
 * A negated or refused cue states no positive claim: "stödde icke regeringen", "gick inte över
 * till dem", "vägrade att stödja", "did not join", "refused to support", "never negotiated with".
 * Read from the few words around the cue within its clause; "not only … but" is no negation.
 */

/** Words that negate the verb they stand by. */
const NEGATOR = /(?<![\p{L}])(?:inte|icke|ej|aldrig|ingalunda|ingen|inga|not|never|n't|no longer|nor|neither)(?![\p{L}])/iu;
/** Negators that open a contrast, not a denial. */
const CONTRASTIVE = /(?<![\p{L}])(?:not only|not merely|inte bara|inte endast|icke blott|icke endast|inte blott|icke bara)(?![\p{L}])/iu;
/** Verbs of refusal or failure whose complement did not happen. */
const REFUSAL =
  /(?<![\p{L}])(?:vägra\p{L}*|avböj\p{L}*|underlät\p{L}*|försumma\p{L}*|misslyckades|refus\p{L}*|declin\p{L}*|fail\p{L}*|hesitat\p{L}*|would not|could not|did not|utan att|without|instead of|i stället för att)(?:\s+(?:att|to))?\s+$/iu;

/** How many words before the cue are read. */
const WORDS_BEFORE = 4;

/**
 * Whether the cue at [start, end) is negated or refused.
 *
 * @example
 * isNegated('Regementet stödde icke regeringen.', 11, 17)         // true
 * isNegated('The regiment refused to support Kerensky.', 24, 31)  // true
 * isNegated('Kerensky not only arrested Kornilov but …', 18, 26)  // false
 */
export function isNegated(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start);
  const inside = text.slice(start, end);
  const after = text.slice(end).match(/^\s+\p{L}+(?:'\p{L}+)?/u)?.[0] ?? '';
  if (REFUSAL.test(before)) return true;
  const near = `${before} ${inside}${after}`;
  return NEGATOR.test(near) && !CONTRASTIVE.test(near);
}

/** Up to `WORDS_BEFORE` words before `start`, stopping at clause punctuation. */
function clauseBefore(text: string, start: number): string {
  const preceding = text.slice(Math.max(0, start - 80), start);
  const clause = preceding.split(/[,;:.!?()–—]/u).at(-1) ?? '';
  const words = clause.match(/\S+\s*/gu) ?? [];
  return words.slice(-WORDS_BEFORE).join('');
}

/** Verbs of outcome: "was not defeated by X" still says that X fought them. */
const OUTCOME = /^(?:besegr|kross|kuva|kväs|nedkämp|stört|defeat|crush|overthr|rout|vanquish|subdu|beat)/iu;

/**
 * Whether a negated cue still states opposition: its verb names an outcome of a fight, and the
 * fight itself is not denied.
 *
 * @example
 * isNegatedOutcome('besegrats av') // true
 * isNegatedOutcome('stödde')       // false
 */
export function isNegatedOutcome(cueText: string): boolean {
  return OUTCOME.test(cueText.trim());
}

/**
 * A plan, proposal or wish whose infinitive the cue is: "plans by the British authorities to
 * shortly arrest", "proposed to join", "ämnade att gå över till", "ville stödja". What was planned
 * did not thereby happen. Opposition is the exception: wanting to hinder or attack someone is
 * already hostility ("Wallenstein ville hindra konungen"), so the caller keeps OPPOSED.
 */
const INTENTION =
  /(?<![\p{L}])(?:plans?|planned|planning|propos\p{L}*|intend\p{L}*|intention|hop\p{L}*|wish\p{L}*|want\p{L}*|sought|seeks?|planer\p{L}*|plan|planen|ämna\p{L}*|avsåg|avser|avsikt(?:en)?|föreslog|föreslå\p{L}*|ville|vill|önska\p{L}*|hoppa\p{L}*)(?![\p{L}])[^,;:.!?()]{0,60}?(?<![\p{L}])(?:to|att)\s+(?:\p{L}+\s+)?$/iu;

/** How far before the cue a plan word is looked for, in characters. */
const INTENTION_REACH = 90;

/**
 * Whether the cue at `start` is the infinitive of a plan or wish rather than an event.
 *
 * @example
 * isIntended('plans by the British authorities to shortly arrest leaders', 47) // true
 * isIntended('The police arrested the leaders', 11)                           // false
 */
export function isIntended(text: string, start: number): boolean {
  return INTENTION.test(text.slice(Math.max(0, start - INTENTION_REACH), start));
}
