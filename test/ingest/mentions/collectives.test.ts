/**
 * Collective actors found by findMentions: peoples acting as armies, in English and Swedish, listed
 * or read by shape, and bodies named after someone else ("the Vasquez forces") that stay apart from
 * the person they are named after.
 */
import type { Language, Sentence } from '../../../domain/types';
import { findMentions } from '../../../ingest/mentions';

function mentionsOf(lines: string[], language: Language): string[] {
  const sentences: Sentence[] = lines.map((text, index) => ({ index, text, line: index + 1, section: 0, paragraph: 0 }));
  return findMentions(sentences, language).map((m) => `${m.text}/${m.type}`);
}

describe('peoples acting as armies', () => {
  test.each([
    ['en', 'The Serbians crossed the river while the Bulgarians under Petrov held the pass.', ['Serbians/Regiment', 'Bulgarians/Regiment']],
    ['en', "At dawn the Prussians attacked and the Saxons' line broke.", ['Prussians/Regiment', 'Saxons/Regiment']],
    ['sv', 'Sedan ryckte serberna in i dalen, och bulgarernas förtrupper vek.', ['serberna/Regiment', 'bulgarernas/Regiment']],
    ['sv', 'Finnarna höll bron medan svenskarna drog sig tillbaka.', ['Finnarna/Regiment', 'svenskarna/Regiment']],
  ] as const)('%s: %s', (language, line, expected) => {
    expect(mentionsOf([line], language)).toEqual(expect.arrayContaining([...expected]));
  });

  test('a people is no person, and common plurals are no people', () => {
    const found = mentionsOf(['The Hungarians retreated.', 'Soldaterna och bönderna flydde.'], 'en');
    expect(found.filter((m) => m.endsWith('/Person'))).toEqual([]);
    expect(found.filter((m) => /soldaterna|bönderna/iu.test(m))).toEqual([]);
  });
});

describe('forces named by an adjective, a place or older spelling', () => {
  test.each([
    ['sv', 'Då bröt en svensk här in i Skåne, och danska trupper vek undan.', ['svensk här/Regiment', 'danska trupper/Regiment']],
    ['sv', 'En kunglig armé under Brahe låg vid Nyköping.', ['kunglig armé/Regiment']],
    ['sv', 'Norra Fördelningen af Östra Arméen hade af Preussarne blifvit slagen.', ['Norra Fördelningen/Regiment', 'Östra Arméen/Regiment', 'Preussarne/Regiment']],
    ['sv', 'Sedan ryckte armén i Pommern fram mot svenskarnes läger.', ['armén i Pommern/Regiment', 'svenskarnes/Regiment']],
    ['sv', 'Då reste sig Dalaallmogen, men allmogen i övrigt satt still.', ['Dalaallmogen/Regiment']],
  ] as const)('%s: %s', (language, line, expected) => {
    expect(mentionsOf([line], language)).toEqual(expect.arrayContaining([...expected]));
  });

  test('an adjective that only describes, a force with no adjective, and the commons at large name nothing', () => {
    expect(mentionsOf(['Hela armén och nya trupper kom, men en stor här stod kvar.'], 'sv')).toEqual([]);
    expect(mentionsOf(['Då satt allmogen och folket still.'], 'sv')).toEqual([]);
  });
});

describe('one force, definite or indefinite', () => {
  test('"en kejserlig armé" and "kejserliga arméns" share a key, "svenska hären" and "en svensk här" too', () => {
    const sentences: Sentence[] = ['En kejserlig armé kom.', 'Sedan vek kejserliga arméns tross, och svenska hären mötte en svensk här.'].map(
      (text, index) => ({ index, text, line: index + 1, section: 0, paragraph: 0 }),
    );
    const keys = new Map(findMentions(sentences, 'sv').map((m) => [m.text, m.key]));
    expect(keys.get('kejserlig armé')).toBe(keys.get('kejserliga arméns'));
    expect(keys.get('svenska hären')).toBe(keys.get('svensk här'));
    expect(keys.get('svenska hären')).not.toBe(keys.get('kejserlig armé'));
  });
});

describe('a body named after someone', () => {
  test('"the Vasquez forces" stays apart from Vasquez', () => {
    const found = mentionsOf(['The Vasquez forces held the palace.', 'Then Ortiz seized Vasquez.', 'Ortiz later shot Vasquez.'], 'en');
    expect(found).toContain('Vasquez forces/Regiment');
    expect(found.filter((m) => m === 'Vasquez/Person')).toHaveLength(2);
  });
});
