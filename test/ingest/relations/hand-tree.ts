/**
 * Sentences with a dependency tree written by hand, so the tree rules are tested apart from the
 * parser: "form/lemma/UPOS/head/deprel" for each word, separated by spaces, heads counted from 1
 * and 0 for the root, as in CoNLL-U. Offsets are found by looking each form up in the text.
 */
import type { Language } from '../../../domain/types';
import type { SentenceAnalysis } from '../../../ingest/analyse';
import { dependencyTree, type DependencyTree } from '../../../ingest/relations/dependency-tree';
import type { ParsedSentence } from '../../../ingest/relations/tree-readings';
import { sentenceWords, type AnalysedToken } from '../../../ingest/relations/words';
import { isUpos } from '../../../ingest/syntax/upos';

/**
 * @example
 * handTree('Kerenski arresterade Korniloff.', 'sv',
 *   'Kerenski/Kerenski/PROPN/2/nsubj arresterade/arrestera/VERB/0/root Korniloff/Korniloff/PROPN/2/obj ././PUNCT/2/punct')
 */
export function handTree(text: string, language: Language, words: string): DependencyTree {
  const { tokens, arcs } = readHandTree(text, words);
  return dependencyTree(sentenceWords(text, language, tokens), arcs);
}

/** The same tree as a sentence analysis, as the syntax stage hands it to the relations stage. */
export function handAnalysis(text: string, words: string): SentenceAnalysis & Required<ParsedSentence> {
  const { tokens, arcs } = readHandTree(text, words);
  const tagged = tokens.map((t) => {
    if (!isUpos(t.upos)) throw new Error(`hand tree: unknown UPOS "${t.upos}"`);
    return { ...t, upos: t.upos };
  });
  const none = new Set<number>();
  return { text, tokens: tagged, arcs: () => arcs, properNounStarts: none, functionWordStarts: none, commonWordStarts: none };
}

function readHandTree(text: string, words: string) {
  const rows = words.trim().split(/\s+/u).map((word) => word.split('/'));
  let from = 0;
  const tokens: AnalysedToken[] = rows.map((row) => {
    if (row.length !== 5) throw new Error(`hand tree: "${row.join('/')}" needs form, lemma, UPOS, head and deprel`);
    const [form, lemma, upos] = row;
    const start = text.indexOf(form, from);
    if (start < 0) throw new Error(`hand tree: "${form}" not found after offset ${from} in "${text}"`);
    from = start + form.length;
    return { text: form, start, end: from, upos, lemma };
  });
  const arcs = rows.map(([, , , head, deprel]) => ({ head: Number(head) - 1, deprel }));
  return { tokens, arcs };
}
