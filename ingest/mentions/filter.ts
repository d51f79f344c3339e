/**
 * Candidate filtering: overlapping candidates are settled in favour of the earlier rule (then the
 * longer span), and weak guesses survive only when the document corroborates them — the same key on a
 * second line, or a stronger rule naming it. Sentence-initial capitalised words need a mid-sentence
 * sighting, since any word is capitalised there.
 */
import type { Candidate } from './candidate';

export interface LocatedCandidate extends Candidate {
  sentence: number;
  line: number;
  /** The words as written. */
  text: string;
  /** Position of the rule in the rule list: lower wins overlaps. */
  priority: number;
  /** The tagger read the candidate's first word as a proper noun. */
  properNoun?: boolean;
  /** The candidate's first word is one the treebank knows as a common word. */
  commonWord?: boolean;
}

/** How much a candidate's evidence counts when settling overlaps: a guess, a bare run of capitals, or a rule that read the text. */
const strength = (c: Candidate): number => (c.weak ? 0 : c.rule === 'name-pair' ? 1 : 2);

/** In spans sorted by start and disjoint (so sorted by end too), the index of the first ending after `offset`. */
function firstEndingAfter(spans: readonly LocatedCandidate[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle].end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Keeps, per sentence, the candidates no better candidate overlaps: firm before weak, and a bare run
 * of capitals ("Kryssaren Aurora") after any rule that read a title, head noun or list; then the
 * longer span ("Don Cossack Division" over "Don"), then the earlier rule.
 */
export function settleOverlaps(candidates: readonly LocatedCandidate[]): LocatedCandidate[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      strength(b) - strength(a) ||
      b.end - b.start - (a.end - a.start) ||
      a.priority - b.priority ||
      a.start - b.start,
  );
  const kept: LocatedCandidate[] = [];
  /** Per sentence, the kept spans sorted by start: a binary search finds any overlap. */
  const keptBySentence = new Map<number, LocatedCandidate[]>();
  for (const candidate of ordered) {
    const sameSentence = keptBySentence.get(candidate.sentence) ?? [];
    const index = firstEndingAfter(sameSentence, candidate.start);
    if (index < sameSentence.length && sameSentence[index].start < candidate.end) continue;
    kept.push(candidate);
    sameSentence.splice(index, 0, candidate);
    keptBySentence.set(candidate.sentence, sameSentence);
  }
  return kept.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/**
 * Drops weak candidates the rest of the document does not corroborate, and capitalised words the
 * document also writes in lowercase (a common noun capitalised after a quote or a colon). A name the
 * tagger reads as a proper noun needs no second sighting: most names in a short passage occur once.
 */
export function dropUncorroborated(
  candidates: readonly LocatedCandidate[],
  lowercaseWords: ReadonlySet<string>,
): LocatedCandidate[] {
  const strongKeys = new Set(candidates.filter((c) => !c.weak).map((c) => c.key));
  const midSentenceKeys = new Set(candidates.filter((c) => !c.sentenceInitial).map((c) => c.key));
  const linesByKey = new Map<string, Set<number>>();
  for (const c of candidates) {
    if (c.sentenceInitial) continue;
    const lines = linesByKey.get(c.key) ?? new Set<number>();
    lines.add(c.line);
    linesByKey.set(c.key, lines);
  }
  return candidates.filter((c) => {
    if (c.weak && (lowercaseWords.has(c.text.toLowerCase()) || c.commonWord)) return false;
    if (c.sentenceInitial && !midSentenceKeys.has(c.key) && !strongKeys.has(c.key) && !c.properNoun) return false;
    if (!c.weak) return true;
    return strongKeys.has(c.key) || (linesByKey.get(c.key)?.size ?? 0) >= 2 || c.properNoun === true;
  });
}

/** Rules whose first word is another entity that the body is named after ("Madero forces", "Dublin police"), no short form of it. */
const NAMED_AFTER_ANOTHER: ReadonlySet<string> = new Set(['body-of-people']);

/**
 * A lone word that opens a longer place or body name the document uses is a short form of it ("på
 * Nevski" after "Nevski Prospekt"), not a new entity: it takes that name's type and key. An acronym
 * is a name of its own ("IRB" beside "IRB Executive").
 */
export function withShortForms(candidates: readonly LocatedCandidate[]): LocatedCandidate[] {
  const longer = new Map<string, LocatedCandidate>();
  for (const c of candidates) {
    const words = c.text.split(/\s+/u);
    if (words.length > 1 && c.type !== 'Person' && !c.weak && !NAMED_AFTER_ANOTHER.has(c.rule)) longer.set(words[0], c);
  }
  return candidates.map((c) => {
    const full = c.weak && !/\s/u.test(c.text) && c.rule !== 'acronym' ? longer.get(c.text) : undefined;
    return full ? { ...c, type: full.type, key: full.key, weak: false } : c;
  });
}
