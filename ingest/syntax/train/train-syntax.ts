/**
 * `npm run train:syntax`: rebuilds ingest/syntax/models/{sv,en}.json.gz from the treebanks in
 * data/treebanks/, and prints each model's accuracy on the held-out sentences. Deterministic:
 * the same files give the same models.
 */
import { evaluate } from '../evaluate';
import { lexiconFor } from '../english-lexicon';
import { loadLemmatiser } from '../lemmatiser';
import { writeModelFile, type SyntaxLanguage } from '../model-file';
import { loadTagger } from '../tagger';
import { treebankSplit } from '../treebank-split';
import { compromiseAccuracy } from './compromise-accuracy';
import { trainLemmatiser } from './train-lemmatiser';
import { trainTagger } from './train-tagger';

const TRAINING = { iterations: 10, seed: 1917, prune: 0.002 };

function train(language: SyntaxLanguage): void {
  const split = treebankSplit(language);
  const lexicon = lexiconFor(language);
  const tagger = trainTagger(split.train, { ...TRAINING, lexicon });
  const lemmatiser = trainLemmatiser(split.train, language);
  const bytes = writeModelFile({ language, trainedOn: split.description, tagger, lemmatiser });
  const accuracy = evaluate(
    { tagger: loadTagger(tagger, lexicon), lemmatiser: loadLemmatiser(lemmatiser, language) },
    split.heldOut,
  );
  console.log(
    `${language}: ${split.description}\n` +
      `  held out ${accuracy.words} words: UPOS ${accuracy.upos.toFixed(4)}, lemma ${accuracy.lemma.toFixed(4)}; ` +
      `model ${(bytes / 1024).toFixed(0)} KiB`,
  );
  if (language === 'en') {
    console.log(`  compromise on the same words: UPOS ${compromiseAccuracy(split.heldOut).toFixed(4)}`);
  }
}

for (const language of ['sv', 'en'] as const) train(language);
