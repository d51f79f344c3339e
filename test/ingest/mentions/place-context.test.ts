/**
 * A name no list knows is typed Place by its context: a preposition of place before it, a compass
 * point with "om"/"of", or a feature of the land after it, which belongs to the name.
 */
import { mentionsOf } from './mentions-of';

describe('places from their context', () => {
  test.each([
    ['sv', 'Han satt fången på Vallby, men flydde sedan.', 'Vallby/Place'],
    ['sv', 'Inbrottet uti Hessen ogillades.', 'Hessen/Place'],
    ['sv', 'Hären låg norr om Haparanda hela vintern.', 'Haparanda/Place'],
    ['sv', 'Trupperna drogo sig v. om Tornio tillbaka.', 'Tornio/Place'],
    ['en', 'The column halted ten miles north of Ballinrobe.', 'Ballinrobe/Place'],
    ['en', 'The rebels marched into Tullamore at dawn.', 'Tullamore/Place'],
    ['sv', 'Kriget spred sig snart över Krimhalvön.', 'Krimhalvön/Place'],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(mentionsOf([text], language)).toContain(expected);
  });

  test.each([
    ['sv', 'Armén skulle draga sig bakom Ijo älf.', 'Ijo älf/Place'],
    ['sv', 'Han bodde på en gård i Virestad socken.', 'Virestad socken/Place'],
    ['sv', 'Sandels intog en fast ställning vid Koljonvirta pass.', 'Koljonvirta pass/Place'],
    ['en', 'They crossed the Moy river by night.', 'Moy river/Place'],
    ['sv', 'Kosackerna gingo öfver Bottniska haf på isen.', 'Bottniska haf/Place'],
    ['sv', 'I Edsbro prestgård träffades de.', 'Edsbro prestgård/Place'],
  ] as const)('a feature of the land belongs to the name: %s', (language, text, expected) => {
    expect(mentionsOf([text], language)).toContain(expected);
  });

  test('a surname the document gives in full stays a person, whatever its shape', () => {
    expect(mentionsOf(['Hären under G. H. Malmborg retirerade.', 'Sedan flydde Malmborg.'], 'sv')).toEqual(['G. H. Malmborg/Person', 'Malmborg/Person']);
  });

  test("a ruler's numeral in the genitive belongs to the name", () => {
    expect(mentionsOf(['Missnöjet med Erik XIV:s regering växte.'], 'sv')).toContain('Erik XIV:s/Person');
  });
});
