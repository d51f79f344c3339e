/**
 * `npm run train:syntax`: rebuilds ingest/syntax/models/{sv,en}.json.gz (tagger, lemmatiser) and
 * {sv,en}-parser.json.gz (dependency parser) from the treebanks in data/treebanks/, and prints each
 * model's accuracy on the held-out sentences. `npm run train:syntax -- --parser` rebuilds the parsers
 * only. Deterministic: the same files give the same models.
 */
import { evaluate } from '../evaluate';
import { evaluateParser } from '../evaluate-parser';
import { lexiconFor } from '../english-lexicon';
import { syntaxModel } from '../index';
import { loadLemmatiser } from '../lemmatiser';
import { writeModelFile, type SyntaxLanguage } from '../model-file';
import { loadParser } from '../parser';
import { loadTagger } from '../tagger';
import { treebankSplit, type TreebankSplit } from '../treebank-split';
import type { SyntaxModel } from '../analyse-words';
import type { TreebankSentence } from '../conllu';
import { compromiseAccuracy } from './compromise-accuracy';
import { trainLemmatiser } from './train-lemmatiser';
import { trainParser } from './train-parser';
import { jackknifedFirstPass, trainTagger } from './train-tagger';

const TAGGER_TRAINING = { iterations: 10, seed: 1917, prune: 0.002 };
const PARSER_TRAINING = { iterations: 8, seed: 1917, prune: { moves: 2, labels: 1 }, explore: 0.9 };

function train(language: SyntaxLanguage, parserOnly: boolean): void {
  const split = treebankSplit(language);
  const lexicon = lexiconFor(language);
  const options = { ...TAGGER_TRAINING, lexicon };
  const firstPass = jackknifedFirstPass(split.train, options);
  console.log(`${language}: ${split.description}`);
  const tagging = parserOnly ? syntaxModel(language) : trainTagging(language, split, firstPass);
  const parser = trainParser(split.train, firstPass, PARSER_TRAINING);
  const bytes = writeModelFile({ language, trainedOn: split.description, parser });
  const accuracy = evaluateParser(tagging, loadParser(parser), split.heldOut);
  const relations = ['nsubj', 'obj', 'obl'].map((r) => `${r} ${accuracy.byRelation[r].toFixed(4)}`).join(', ');
  console.log(
    `  parser, held out ${accuracy.words} words with predicted tags: UAS ${accuracy.uas.toFixed(4)}, ` +
      `LAS ${accuracy.las.toFixed(4)} (LAS ${relations}); model ${(bytes / 1024).toFixed(0)} KiB`,
  );
}

/** Trains, writes and measures tagger and lemmatiser; returns them loaded, for measuring the parser. */
function trainTagging(language: SyntaxLanguage, split: TreebankSplit, firstPass: ReadonlyMap<TreebankSentence, string[]>): SyntaxModel {
  const lexicon = lexiconFor(language);
  const tagger = trainTagger(split.train, { ...TAGGER_TRAINING, lexicon }, firstPass);
  const lemmatiser = trainLemmatiser(split.train, language);
  const bytes = writeModelFile({ language, trainedOn: split.description, tagger, lemmatiser });
  const model = { tagger: loadTagger(tagger, lexicon), lemmatiser: loadLemmatiser(lemmatiser, language) };
  const accuracy = evaluate(model, split.heldOut);
  console.log(
    `  held out ${accuracy.words} words: UPOS ${accuracy.upos.toFixed(4)}, lemma ${accuracy.lemma.toFixed(4)}; ` +
      `model ${(bytes / 1024).toFixed(0)} KiB`,
  );
  if (language === 'en') console.log(`  compromise on the same words: UPOS ${compromiseAccuracy(split.heldOut).toFixed(4)}`);
  return model;
}

const parserOnly = process.argv.includes('--parser');
for (const language of ['sv', 'en'] as const) train(language, parserOnly);
