import { markNames } from '../../../client/src/curation/sentence-marks';

const marked = (sentence: string, names: [string, string]): [string, number][] =>
  markNames(sentence, names).flatMap((part) => (part.entity === undefined ? [] : [[part.text, part.entity] as [string, number]]));

describe('markNames', () => {
  test.each<[string, [string, string], [string, number][]]>([
    ['Kerenskis regering förhandlade inte med Lenin.', ['Kerenski', 'Lenin'], [['Kerenskis', 0], ['Lenin', 1]]],
    ['Kerensky opposed the Bolsheviks to the end.', ['Kerenski', 'Bolsjevikerna'], [['Kerensky', 0], ['Bolsheviks', 1]]],
    ['Den 21 oktober anslöt sig Petrograds garnison till Militärrevolutionära kommittén.', ['Petrograds garnison', 'Militärrevolutionära kommittén'], [['Petrograds', 0], ['garnison', 0], ['Militärrevolutionära', 1], ['kommittén', 1]]],
    ['Nothing here names them.', ['Kerenski', 'Lenin'], []],
  ])('%s', (sentence, names, expected) => {
    expect(marked(sentence, names)).toEqual(expected);
  });

  test('the parts put together are the sentence', () => {
    const sentence = 'Kerenskis regering förhandlade inte med Lenin.';
    expect(markNames(sentence, ['Kerenski', 'Lenin']).map((part) => part.text).join('')).toBe(sentence);
  });
});
