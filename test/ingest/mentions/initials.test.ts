/**
 * People named with initials keep them in the mention, in both languages, and the zero that a scan
 * prints for the initial O counts as one inside a name only.
 */
import { mentionsOf } from './mentions-of';
import { findInitialledNames } from '../../../ingest/mentions/initials';
import { tokenize } from '../../../ingest/mentions/tokens';

const spans = (text: string): string[] => findInitialledNames(text, tokenize(text)).map((c) => text.slice(c.start, c.end));

describe('findInitialledNames', () => {
  test.each([
    ['Armén leddes av G. H. Malmborg från norr.', ['G. H. Malmborg']],
    ['The ship was seized by A. B. Hartley at dawn.', ['A. B. Hartley']],
    ['Then they arrested Walter P. Quinlan at his home.', ['Walter P. Quinlan']],
    ['Polisen tog 0. E. Lindgren i förvar.', ['0. E. Lindgren']],
    ['They arrested Henry 0. Barrow, the printer.', ['Henry 0. Barrow']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test.each([
    ['a lone zero before a name is a figure', 'The count was 0. Barrow wept.'],
    ['a lower-case particle is no initial', 'Trupperna under v. Essen ryckte fram.'],
    ['a capital without its full stop', 'Mexico O had three rulers.'],
  ])('%s', (_label, text) => {
    expect(spans(text)).toEqual([]);
  });

  test('a word opening the sentence is no given name before the initials', () => {
    expect(spans('Befälhavaren K. O. Strand gav vika.')).toEqual(['K. O. Strand']);
  });
});

describe('initials in the mentions of a document', () => {
  test('Swedish: the initials belong to the person mention', () => {
    expect(mentionsOf(['Den andra afdelningen under G. H. Malmborg retirerade norrut.'], 'sv')).toContain('G. H. Malmborg/Person');
  });

  test('English: a scanned zero for O inside the name', () => {
    const found = mentionsOf(['At Dover, 0. P. Gallagher, an aide of Devlin, was taken into custody.'], 'en');
    expect(found).toContain('0. P. Gallagher/Person');
  });
});
