/**
 * The one compromise instance the extractor shares, taught what it lacks for Swedish.
 *
 * compromise decides whether a period ends a sentence by looking the word before it up in
 * `model().one.abbreviations`; out of the box it knows English abbreviations only, so Swedish
 * "t.ex.", "kl." or "bl.a." would end sentences. We add them once, here, so that segmentation
 * and any other stage that imports this module see the same model.
 */
import nlp from 'compromise';

/** Swedish abbreviations written with a final period, keyed as compromise keys them: lowercase, last period dropped. */
export const SWEDISH_ABBREVIATIONS: readonly string[] = [
  't.ex', 'kl', 'd.v.s', 'dvs', 's.k', 'bl.a', 'o.s.v', 'osv', 'f.d', 'resp', 'ca', 'jfr', 'nr', 'förf',
  'övers', 'anm', 'sid', 'st', 'kap', 'fr.o.m', 't.o.m', 'm.fl', 'm.m', 'o.d', 'e.d', 'p.g.a', 'f.ö',
  'bl', 'gen', 'kpt', 'löjtn', 'öv', 'prof', 'dr', 'hr', 'fru', 'fröken', 'sv', 'eng', 'ty', 'fr', 'ry',
];

let taught = false;

/** Adds the Swedish abbreviations to compromise's model; idempotent. */
function teachSwedish(): void {
  if (taught) return;
  const model = nlp.model() as { one: { abbreviations: Record<string, boolean> } };
  const abbreviations = model.one.abbreviations;
  for (const abbreviation of SWEDISH_ABBREVIATIONS) abbreviations[abbreviation] = true;
  taught = true;
}

teachSwedish();

type SentenceSplitter = (text: string, world: unknown) => string[];

/**
 * compromise's rule-based sentence splitter on its own, without tagging every term:
 * the same boundaries as `nlp(text).sentences()`, at a fraction of the cost on long texts.
 * Chunks keep their whitespace, so joining them gives back `text`.
 *
 * @example
 * splitSentences('Han kom t.ex. kl. 5. Sedan gick han.') // ['Han kom t.ex. kl. 5. ', 'Sedan gick han.']
 */
export function splitSentences(text: string): string[] {
  const methods = nlp.methods() as { one: { tokenize: { splitSentences: SentenceSplitter } } };
  const split = methods.one.tokenize.splitSentences;
  return split(text, nlp.world());
}

export { nlp };
export default nlp;
