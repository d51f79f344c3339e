import { analyseSentence } from '../../../ingest/syntax';
import { FeatureTable } from '../../../ingest/syntax/feature-table';
import { compileTemplates } from '../../../ingest/syntax/feature-templates';
import { LABEL_TEMPLATES, labelFeatures, visitLabelFeatures } from '../../../ingest/syntax/label-features';
import { readParserFile } from '../../../ingest/syntax/model-file';
import { ALL_MOVE_TEMPLATES, moveAtoms, moveFeatures, MOVE_TEMPLATES } from '../../../ingest/syntax/move-features';
import { bestMove } from '../../../ingest/syntax/parser';
import { MOVES, ParseState, ROOT, SHIFT } from '../../../ingest/syntax/parse-state';
import { viewForParsing } from '../../../ingest/syntax/parser-view';
import { addRows, denseWeights } from '../../../ingest/syntax/sparse-weights';

describe('FeatureTable', () => {
  test('scores a template with the weights stored under its values, and nothing for values never stored', () => {
    const templates = compileTemplates(['w', 't'], ['', 'w', 'w t']);
    const table = new FeatureTable({ '0': [0, 0.5], '1\tkerenski': [1, 2], '2\tkerenski\tPROPN': [0, 1, 2, -1] }, 3, templates);
    const scores = new Float32Array(3);
    table.score([0, 1, 2], ['kerenski', 'PROPN'], scores);
    expect([...scores]).toEqual([1.5, 2, -1]);
    scores.fill(0);
    table.score([0, 1, 2], ['korniloff', 'PROPN'], scores);
    expect([...scores]).toEqual([0.5, 0, 0]);
  });

  test('an unknown atom in a template is refused when the templates are compiled', () => {
    expect(() => compileTemplates(['w'], ['w x'])).toThrow('unknown atom');
  });

  test.each(['sv', 'en'] as const)('gives the committed %s models the same scores as their feature strings, state by state', (language) => {
    const stored = readParserFile(language).parser;
    const moves = new FeatureTable(stored.moveWeights, MOVES.length, MOVE_TEMPLATES);
    const labels = new FeatureTable(stored.labelWeights, stored.deprels.length, LABEL_TEMPLATES);
    const denseMoves = denseWeights(stored.moveWeights, MOVES.length);
    const denseLabels = denseWeights(stored.labelWeights, stored.deprels.length);
    const texts = ['Kerenski arresterade Korniloff, som hade gått över till de vita.', 'Kornilov was arrested by Kerensky, who feared him.'];
    let arcs = 0;
    for (const text of texts) {
      const tokens = analyseSentence(text, language);
      const view = viewForParsing(tokens.map((t) => t.text), tokens.map((t) => t.upos));
      const state = new ParseState(tokens.length);
      while (!state.isFinal()) {
        const [fromTable, fromStrings] = [new Float32Array(MOVES.length), new Float32Array(MOVES.length)];
        moves.score(ALL_MOVE_TEMPLATES, moveAtoms(view, state), fromTable);
        addRows(denseMoves, moveFeatures(view, state, []), fromStrings);
        expect([...fromTable]).toEqual([...fromStrings]);
        const move = bestMove(fromTable, state);
        let deprel = '';
        if (move !== SHIFT) {
          const [head, dependent] = state.arcOf(move);
          if (head !== ROOT) {
            const [labelTable, labelStrings] = [new Float32Array(stored.deprels.length), new Float32Array(stored.deprels.length)];
            visitLabelFeatures(view, state, head, dependent, (templates, values) => labels.score(templates, values, labelTable));
            addRows(denseLabels, labelFeatures(view, state, head, dependent, []), labelStrings);
            expect([...labelTable]).toEqual([...labelStrings]);
            arcs++;
          }
          deprel = 'dep';
        }
        state.apply(move, deprel);
      }
    }
    expect(arcs).toBeGreaterThan(15);
  });
});
