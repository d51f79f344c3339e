/**
 * A split verb whose subject stands between its parts, as Swedish puts it after an adverbial:
 * "Därpå gick regementet över till bolsjevikerna", "Den 3 juli anslöt sig garnisonen till oss".
 * The mentions inside the verb are the subject; the argument after its last part is the object,
 * or, for a reciprocal cue, each subject is the other's ("Då drabbade gardet och kåren samman").
 */
import type { Mention } from '../../domain/types';
import { argumentAfter, widenRight } from './arguments';
import { pairCandidates, type Candidate } from './candidate';
import { isPrepositionalObject } from './clause';
import type { LemmaCueMatch } from './lemma-cue-matches';
import { isIntended, isNegated } from './negation';

/** An inverted reading is a little less sure than a plain one. */
const INVERSION_PENALTY = 0.9;

/**
 * The candidates of the matches that hold their subject inside.
 *
 * @example
 * innerSubjectCandidates('Därpå gick regementet över till bolsjevikerna.', mentions, matches)
 * // [{ subject: regementet, object: bolsjevikerna, type: 'JOINED', rule: 'sv.join.inverted', ... }]
 */
export function innerSubjectCandidates(text: string, ordered: readonly Mention[], matches: readonly LemmaCueMatch[]): Candidate[] {
  return matches.flatMap((match) => {
    const [first] = match.innerSubjects;
    if (!first || isPrepositionalObject(text, first.start) || isNegated(text, match.start, match.end)) return [];
    if (match.cue.type !== 'OPPOSED' && isIntended(text, match.start)) return [];
    const subjects = widenRight(text, ordered, ordered.indexOf(first));
    if (match.reciprocal) return eachOther(subjects.mentions, match);
    const objects = argumentAfter(text, ordered, match.end);
    if (!objects) return [];
    return pairCandidates(subjects, objects, match.cue.type, match.cue.confidence * INVERSION_PENALTY, `${match.cue.rule}.inverted`);
  });
}

/** Coordinated subjects of a reciprocal cue, each to each: "Då drabbade Röda gardet och skyddskåren samman". */
function eachOther(subjects: readonly Mention[], match: LemmaCueMatch): Candidate[] {
  const rule = `${match.cue.rule}.inverted.reciprocal`;
  return subjects.flatMap((subject, i) => subjects.slice(i + 1).map((object) => ({ subject, object, type: match.cue.type, confidence: match.cue.confidence * INVERSION_PENALTY, rule })));
}
