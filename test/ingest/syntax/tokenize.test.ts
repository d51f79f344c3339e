import { tokenize } from '../../../ingest/syntax/tokenize';

describe('tokenize', () => {
  const cases: [string, 'sv' | 'en', string, string[]][] = [
    ['Swedish genitive stays one word', 'sv', 'Kerenskis regering föll.', ['Kerenskis', 'regering', 'föll', '.']],
    ['colon forms', 'sv', 'S:t Petersburg, 1917:s händelser', ['S:t', 'Petersburg', ',', '1917:s', 'händelser']],
    ['hyphenated compounds', 'sv', 'Preobrazjenskij-regementet och all-ryska kongressen', ['Preobrazjenskij-regementet', 'och', 'all-ryska', 'kongressen']],
    ['dotted abbreviations', 'sv', 'bl.a. t.ex. kl. 5.', ['bl.a.', 't.ex.', 'kl.', '5', '.']],
    ['numbers with separators', 'sv', 'ca 3,5 och 1.000 man', ['ca', '3,5', 'och', '1.000', 'man']],
    ['open compound before "och"', 'sv', 'höger- och vänsterpartierna', ['höger-', 'och', 'vänsterpartierna']],
    ['dash and ellipsis', 'sv', 'Lenin – och sedan...', ['Lenin', '–', 'och', 'sedan', '...']],
    ['no clitic split in Swedish', 'sv', "Kerensky's", ["Kerensky's"]],
    ['English negation clitic', 'en', "They didn't go.", ['They', 'did', "n't", 'go', '.']],
    ['English possessive', 'en', "Kerensky's order", ['Kerensky', "'s", 'order']],
    ['curly apostrophe', 'en', 'Kornilov’s men', ['Kornilov', '’s', 'men']],
    ['can\'t as EWT splits it', 'en', "can't", ['ca', "n't"]],
    ['title abbreviation and initial', 'en', 'Gen. L. Kornilov', ['Gen.', 'L.', 'Kornilov']],
    ['plural possessive apostrophe', 'en', "soldiers' pay", ['soldiers', "'", 'pay']],
    ['U.S. and a sentence end', 'en', 'the U.S. army left.', ['the', 'U.S.', 'army', 'left', '.']],
  ];
  test.each(cases)('%s', (_label, language, text, expected) => {
    expect(tokenize(text, language).map((token) => token.text)).toEqual(expected);
  });

  test('offsets point at each token in the text', () => {
    const text = "  Kerensky's men didn't, S:t 1917:s.";
    for (const token of tokenize(text, 'en')) {
      expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });
});
