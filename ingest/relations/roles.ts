/**
 * Offices and memberships said with a noun of role rather than a verb, the commonest way
 * historians and encyclopedias introduce people: "IRB President Denis McCullough", "Clan na Gael
 * leader John Devoy", "bolsjevikernas ledare Lenin", "Tom Kelly, a Sinn Féin member of Dublin
 * Corporation", "Connolly became Commandant of the Dublin Brigade", "elected Pearse as president
 * of the Irish Republic", "the leaders of the commune were Pyat, Flourens and Assi", and a unit
 * "under" its commander ("En kejserlig armé under Gallas", "the Government forces under Marshal
 * MacMahon").
 */
import type { Mention, RelationType } from '../../domain/types';
import { widenLeft, widenRight } from './arguments';
import { pairCandidates, type Argument, type Candidate } from './candidate';

const LEAD_ROLE =
  'leaders?|head|chief|president|chairman|chairmen|commanders?|commander-in-chief|commandant|chief-of-staff|chief of staff|director|secretary-general|premier|prime minister|governor|founders?|king|emperor|tsar|czar|' +
  'ledare|ledaren|ledarna|chef|chefen|ordförande|ordföranden|presidenten?|befälhavaren?|överbefälhavaren?|anförare|anföraren|hövding(?:en)?|grundare|grundaren|konung(?:en)?|kung(?:en)?|kejsare(?:n)?';
const MEMBER_ROLE =
  'members?|delegates?|representatives?|deputy|deputies|ministers?|officers?|agents?|envoy|ambassador|' +
  'medlem(?:men)?|medlemmar(?:na)?|ledamot|ledamöter(?:na)?|delegat(?:en)?|representant(?:en)?|minister(?:n)?|officer(?:en)?|sändebud(?:et)?';

/** Up to two words (adjectives, "prominent", "the then") before a role noun. */
const MODIFIERS = '(?:[\\p{L}-]+\\s+){0,2}?';

/** "[Org] [role] [Person]": the organisation's name used as a modifier, or its genitive. */
const ROLE_BEFORE_NAME = (roles: string): RegExp => new RegExp(`^\\s+${MODIFIERS}(?:${roles})\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+)?(?:\\p{Lu}\\.\\s*)*$`, 'iu');
/** "[Person], a/the [role] of [Org]", "[Person] as/became [role] of [Org]". */
const ROLE_AFTER_NAME = (roles: string): RegExp =>
  new RegExp(
    `^\\s*(?:,|—|–|\\(|\\s(?:as|became|was|is|were|blev|var|är|som|såsom)(?:\\s+(?:the|a|an|its|their|den|en|ett))?)\\s*(?:the\\s+|a\\s+|an\\s+|den\\s+|en\\s+)?${MODIFIERS}(?:${roles})\\s+(?:of|in|for|at|för|i|av|inom|över|vid)\\s+(?:the\\s+|den\\s+|det\\s+)?$`,
    'iu',
  );
/** "[Person], a [Org] member": the organisation between the article and the role. */
const ARTICLE_BEFORE_ORG = /^\s*(?:,|—|–|\()\s*(?:a|an|the|en|ett|den)\s+(?:[\p{L}-]+\s+)?$/iu;
const ROLE_AFTER_ORG = (roles: string): RegExp => new RegExp(`^\\s+(?:${roles})(?![\\p{L}])`, 'iu');
/** "the leaders of [Org] were A, B and C". */
const PLURAL_ROLE_OF = (roles: string): RegExp => new RegExp(`(?:${roles})\\s+(?:of|in|för|i|av|inom)\\s+(?:the\\s+)?$`, 'iu');
const WERE = /^\s*(?:,\s*)?(?:were|was|included|var|voro|är|äro|utgjordes av)\s+(?:[\p{Ll}-]+\s+){0,2}?$/iu;
/** "[Unit] (…) under [Person]": at most a few words, no clause break, between unit and "under" (a stray OCR point beside it allowed). */
const UNDER_COMMANDER = /^(?:\s+[\p{Ll}\d.-]+){0,6}?\.?\s+under\s+\.?(?:(?:the|den|general|gen\.|marshal|marskalk|admiral|amiral|överste|colonel|prins|prince|hertig|duke|greve|count|kung|king)\s+)*(?:\p{Lu}\.\s*)*$/iu;

/** Each kind of role with its patterns, compiled once. */
const ROLE_KINDS = [
  { roles: LEAD_ROLE, type: 'LED' as RelationType },
  { roles: MEMBER_ROLE, type: 'MEMBER_OF' as RelationType },
].map(({ roles, type }) => ({
  type,
  beforeName: ROLE_BEFORE_NAME(roles),
  afterName: ROLE_AFTER_NAME(roles),
  afterOrg: ROLE_AFTER_ORG(roles),
  ofAfterOrg: new RegExp(`^\\s+(?:${roles})\\s+(?:of|in|för|i|av)\\s+(?:the\\s+)?$`, 'iu'),
  pluralOf: PLURAL_ROLE_OF(roles),
}));

const ROLE_CONFIDENCE = 0.65;
const UNDER_CONFIDENCE = 0.6;

const isPerson = (m: Mention): boolean => m.type === 'Person';
const isBody = (m: Mention): boolean => m.type === 'Party' || m.type === 'Organization' || m.type === 'Regiment';
const single = (m: Mention): Argument => ({ mentions: [m], start: m.start, end: m.end });

/**
 * The organisations named as the modifier of a role before a person ("Clan na Gael" in "Clan na
 * Gael leader John Devoy"): they qualify the person, so they are no argument of the sentence's verb.
 *
 * @example
 * roleModifiers('Clan na Gael leader John Devoy met Bernstorff.', [clan, devoy, bernstorff]) // Set { clan }
 */
export function roleModifiers(text: string, ordered: readonly Mention[]): Set<Mention> {
  const modifiers = new Set<Mention>();
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [first, second] = [ordered[i], ordered[i + 1]];
    const between = text.slice(first.end, second.start);
    if (isBody(first) && isPerson(second) && ROLE_KINDS.some((kind) => kind.beforeName.test(between))) modifiers.add(first);
  }
  return modifiers;
}

/**
 * The role and command candidates of one sentence.
 *
 * @example
 * roleCandidates('IRB President Denis McCullough held similar views.', [irb, mccullough])
 * // [{ subject: mccullough, object: irb, type: 'LED', rule: 'role.before-name', ... }]
 */
export function roleCandidates(text: string, ordered: readonly Mention[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [first, second] = [ordered[i], ordered[i + 1]];
    const between = text.slice(first.end, second.start);
    for (const kind of ROLE_KINDS) {
      const { type } = kind;
      if (isBody(first) && isPerson(second) && kind.beforeName.test(between)) {
        candidates.push(...pairCandidates(single(second), single(first), type, ROLE_CONFIDENCE, `role.before-name.${type}`));
      }
      if (isPerson(first) && isBody(second) && kind.afterName.test(between)) {
        candidates.push(...pairCandidates(widenLeft(text, ordered, i), widenRight(text, ordered, i + 1), type, ROLE_CONFIDENCE, `role.after-name.${type}`));
      }
      if (isPerson(first) && isBody(second) && ARTICLE_BEFORE_ORG.test(between) && kind.afterOrg.test(text.slice(second.end))) {
        candidates.push(...pairCandidates(single(first), single(second), type, ROLE_CONFIDENCE, `role.org-as-modifier.${type}`));
        const third = ordered[i + 2];
        if (third && isBody(third) && kind.ofAfterOrg.test(text.slice(second.end, third.start))) {
          candidates.push(...pairCandidates(single(first), single(third), type, ROLE_CONFIDENCE, `role.org-as-modifier.${type}`));
        }
      }
      if (isBody(first) && isPerson(second) && kind.pluralOf.test(text.slice(Math.max(0, first.start - 60), first.start)) && WERE.test(between)) {
        candidates.push(...pairCandidates(widenRight(text, ordered, i + 1), single(first), type, ROLE_CONFIDENCE, `role.plural-list.${type}`));
      }
    }
    if (first.type === 'Regiment' && isPerson(second) && UNDER_COMMANDER.test(between)) {
      candidates.push(...pairCandidates(single(second), single(first), 'LED', UNDER_CONFIDENCE, 'role.under-commander'));
    }
  }
  return candidates;
}
