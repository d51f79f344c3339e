import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseSentence, parseDependencies, type DependencyArc } from '../../../ingest/syntax';
import { splitSentences } from '../../../ingest/nlp';
import { treebankSplit } from '../../../ingest/syntax/treebank-split';

/** "dependent ←deprel— head" for each token, so a failure shows the whole parse. */
function parse(text: string, language: 'sv' | 'en'): { arcs: DependencyArc[]; readable: string[] } {
  const tokens = analyseSentence(text, language);
  const arcs = parseDependencies(tokens, language);
  const readable = tokens.map((t, i) => `${t.text} ←${arcs[i].deprel}— ${arcs[i].head < 0 ? 'ROOT' : tokens[arcs[i].head].text}`);
  return { arcs, readable };
}

describe('parseDependencies: subjects, objects and agents', () => {
  const cases: [string, 'sv' | 'en', string, string[]][] = [
    ['Swedish active: subject and object', 'sv', 'Kerenski arresterade Korniloff.', ['Kerenski ←nsubj— arresterade', 'Korniloff ←obj— arresterade']],
    ['Swedish s-passive: passive subject, "av" agent', 'sv', 'Korniloff arresterades av Kerenski.', ['Korniloff ←nsubj:pass— arresterades', 'av ←case— Kerenski', 'Kerenski ←obl— arresterades']],
    ['Swedish infinitive under "lät": the object hangs from the infinitive', 'sv', 'Kerenski lät arrestera Korniloff.', ['Kerenski ←nsubj— lät', 'arrestera ←xcomp— lät', 'Korniloff ←obj— arrestera']],
    ['Swedish side change: "till" phrase', 'sv', 'Regementet gick över till bolsjevikerna.', ['Regementet ←nsubj— gick', 'till ←case— bolsjevikerna', 'bolsjevikerna ←obl— gick']],
    ['Swedish refusal: the object belongs to the refused verb', 'sv', 'Regementet vägrade stödja regeringen.', ['Regementet ←nsubj— vägrade', 'stödja ←xcomp— vägrade', 'regeringen ←obj— stödja']],
    ['English active: subject and object', 'en', 'Kerensky dismissed Kornilov.', ['Kerensky ←nsubj— dismissed', 'Kornilov ←obj— dismissed']],
    ['English passive: passive subject, "by" agent', 'en', 'Kornilov was arrested by Kerensky.', ['Kornilov ←nsubj:pass— arrested', 'was ←aux:pass— arrested', 'by ←case— Kerensky', 'Kerensky ←obl:agent— arrested']],
    ['English object of a multiword name', 'en', 'The Bolsheviks armed the Red Guards.', ['Bolsheviks ←nsubj— armed', 'Guards ←obj— armed']],
    ['English reported speech: the claim is a clause under "claimed"', 'en', 'Kerensky claimed that Kornilov had betrayed the revolution.', ['Kerensky ←nsubj— claimed', 'Kornilov ←nsubj— betrayed', 'betrayed ←ccomp— claimed', 'revolution ←obj— betrayed']],
    ['English refusal: the object belongs to the refused verb', 'en', 'The regiment refused to support the Government.', ['regiment ←nsubj— refused', 'support ←xcomp— refused', 'Government ←obj— support']],
  ];
  test.each(cases)('%s', (_label, language, text, expected) => {
    const { readable } = parse(text, language);
    for (const arc of expected) expect(readable).toContain(arc);
  });

  test('the root word hangs from -1 with "root", and only it', () => {
    const { arcs, readable } = parse('Kerenski arresterade Korniloff.', 'sv');
    expect(readable).toContain('arresterade ←root— ROOT');
    expect(arcs.filter((arc) => arc.head === -1)).toEqual([{ head: -1, deprel: 'root' }]);
  });

  test('no tokens, no arcs', () => {
    expect(parseDependencies([], 'sv')).toEqual([]);
  });
});

const CORPUS = resolve(__dirname, '../../../data/corpus');
const GENERALISATION = resolve(__dirname, '../fixtures/generalisation');

/** The sentences of text files, split as the extractor splits them. */
function sentencesOf(dir: string, names: readonly string[]): string[] {
  return names.flatMap((name) =>
    splitSentences(readFileSync(resolve(dir, name), 'utf8').replace(/\s+/g, ' '))
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

const texts = (language: 'sv' | 'en') => readdirSync(GENERALISATION).filter((n) => n.startsWith(`${language}-`) && n.endsWith('.txt'));

/** Historical prose, and the held-out treebank sentences' raw text (web English, with its odd punctuation). */
const SENTENCES = {
  sv: [...sentencesOf(CORPUS, ['october-to-brest-litovsk.sv.txt']).slice(0, 600), ...sentencesOf(GENERALISATION, texts('sv'))],
  en: [...sentencesOf(GENERALISATION, texts('en')), ...treebankSplit('en').heldOut.slice(0, 500).map((sentence) => sentence.text)],
};

/** One root, every head a token of the sentence or -1, and every token reaches the root. */
function wellFormedProblem(arcs: readonly DependencyArc[]): string | null {
  if (arcs.filter((arc) => arc.head === -1).length !== 1) return 'not exactly one root';
  for (let i = 0; i < arcs.length; i++) {
    const { head, deprel } = arcs[i];
    if (head < -1 || head >= arcs.length || head === i) return `token ${i} has head ${head}`;
    if ((head === -1) !== (deprel === 'root')) return `token ${i}: "${deprel}" with head ${head}`;
    let at = i;
    for (let steps = 0; at !== -1; steps++, at = arcs[at].head) if (steps > arcs.length) return `token ${i} is in a cycle`;
  }
  return null;
}

describe('parseDependencies: trees are well formed', () => {
  test.each(['sv', 'en'] as const)('every one of ~600 %s sentences gets one tree', (language) => {
    expect(SENTENCES[language].length).toBeGreaterThan(550);
    for (const sentence of SENTENCES[language]) {
      const tokens = analyseSentence(sentence, language);
      const arcs = parseDependencies(tokens, language);
      expect(arcs).toHaveLength(tokens.length);
      expect([sentence, wellFormedProblem(arcs)]).toEqual([sentence, null]);
    }
  });

  test.each([
    ['one word', 'Kerenski'],
    ['punctuation only', '... !? –'],
    ['a very long sentence', Array.from({ length: 60 }, (_, i) => `regementet ${i} gick över till sovjeten,`).join(' ')],
  ])('%s', (_label, text) => {
    const arcs = parseDependencies(analyseSentence(text, 'sv'), 'sv');
    expect(wellFormedProblem(arcs)).toBeNull();
  });
});
