/**
 * Sides named by a common word: an adjective standing for its people after "de", a force whose
 * adjective names it. Classes of people, plurals of rebellion alone and adjectives before a noun are
 * no side. English and Swedish.
 */
import type { Language, Sentence } from '../../../domain/types';
import { findMentions } from '../../../ingest/mentions';

function mentionsOf(line: string, language: Language): string[] {
  const sentences: Sentence[] = [{ index: 0, text: line, line: 1, section: 0, paragraph: 0 }];
  return findMentions(sentences, language).map((m) => `${m.text}/${m.type}`);
}

describe('sides named by a common word', () => {
  test.each([
    ['sv', 'Arbetarna strejkade för att bistå de upproriska på Kastellet.', ['de upproriska/Regiment']],
    ['sv', 'Staden föll till de kejserliga, som drog bort.', ['de kejserliga/Regiment']],
    ['en', 'The national guard of the city refused, and the imperial army withdrew.', ['national guard/Regiment', 'imperial army/Regiment']],
    ['en', 'Then the rebel troops and the insurgent force parted.', ['rebel troops/Regiment', 'insurgent force/Regiment']],
  ] as const)('%s: %s', (language, line, expected) => {
    expect(mentionsOf(line, language)).toEqual(expect.arrayContaining([...expected]));
  });

  test.each([
    ['sv', 'De upproriska arbetarna och bönderna gick hem, och soldaterna följde.'],
    ['sv', 'Folket och de fattiga led.'],
    ['en', 'The people rose, the workers marched, and an old guard of clerks stayed.'],
    ['en', 'At dawn the insurgents stormed the arsenal and the royalists fled.'],
    ['sv', 'Han talade mot uppviglarna och revoltörerna.'],
  ] as const)('%s: no side in "%s"', (language, line) => {
    expect(mentionsOf(line, language)).toEqual([]);
  });
});
