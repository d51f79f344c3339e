/**
 * Character-trigram profiles of Swedish and English, the evidence `detectLanguage` falls back on
 * when a text is too short for function words to decide ("Kerenski arresterade Korniloff.").
 * Built by `npm run train:language` from the sentences of the UD treebanks (CC BY-SA 4.0,
 * see data/treebanks/README.md) and committed as `language-profile.json`.
 */
import type { Language } from './types';

export interface LanguageProfile {
  /** Natural-log probability of each kept trigram, per language. */
  logProbability: Record<Language, Record<string, number>>;
  /** Log probability of a trigram the profile did not keep, per language. */
  unseen: Record<Language, number>;
}

/** The trigrams of each word, padded with spaces so that prefixes and endings ("-ade", "-ed") count. */
export function wordTrigrams(text: string): string[] {
  const trigrams: string[] = [];
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.push(padded.slice(i, i + 3));
  }
  return trigrams;
}

/**
 * Builds the profiles from example sentences of each language: add-one smoothed trigram
 * probabilities, keeping the trigrams seen at least `minCount` times in either language.
 */
export function buildProfile(samples: Record<Language, readonly string[]>, minCount = 2): LanguageProfile {
  const counts = {} as Record<Language, Map<string, number>>;
  const totals = {} as Record<Language, number>;
  for (const language of Object.keys(samples) as Language[]) {
    const map = new Map<string, number>();
    let total = 0;
    for (const sentence of samples[language]) {
      for (const trigram of wordTrigrams(sentence)) {
        map.set(trigram, (map.get(trigram) ?? 0) + 1);
        total++;
      }
    }
    counts[language] = map;
    totals[language] = total;
  }
  const languages = Object.keys(samples) as Language[];
  const kept = new Set<string>();
  for (const language of languages) for (const [trigram, n] of counts[language]) if (n >= minCount) kept.add(trigram);
  const vocabulary = kept.size + 1;
  const profile: LanguageProfile = { logProbability: { sv: {}, en: {} }, unseen: { sv: 0, en: 0 } };
  for (const language of languages) {
    const denominator = totals[language] + vocabulary;
    for (const trigram of [...kept].sort()) {
      const n = counts[language].get(trigram) ?? 0;
      profile.logProbability[language][trigram] = round(Math.log((n + 1) / denominator));
    }
    profile.unseen[language] = round(Math.log(1 / denominator));
  }
  return profile;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * How much more Swedish than English the text's trigrams are, in nats: positive for Swedish.
 *
 * @example
 * trigramEvidence(profile, 'arresterade') > 0 // true
 */
export function trigramEvidence(profile: LanguageProfile, text: string): number {
  let evidence = 0;
  for (const trigram of wordTrigrams(text)) {
    evidence += (profile.logProbability.sv[trigram] ?? profile.unseen.sv) - (profile.logProbability.en[trigram] ?? profile.unseen.en);
  }
  return evidence;
}
