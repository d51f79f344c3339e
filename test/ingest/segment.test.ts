import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeText } from '../../ingest/normalize';
import { segment, splitParagraph } from '../../ingest/segment';

const CORPUS = path.join(__dirname, '..', '..', 'data', 'corpus', 'october-to-brest-litovsk.sv.txt');

describe('splitParagraph: Swedish abbreviations do not end sentences', () => {
  const cases: [string, string, string[]][] = [
    ['t.ex. and kl.', 'Han kom t.ex. kl. 5 till Smolnij. Sedan gick han.', ['Han kom t.ex. kl. 5 till Smolnij.', 'Sedan gick han.']],
    ['d.v.s. and s.k.', 'Regeringen, d.v.s. den s.k. koalitionen, föll. Då kom vi.', ['Regeringen, d.v.s. den s.k. koalitionen, föll.', 'Då kom vi.']],
    ['bl.a., resp. and f.d.', 'Där var bl.a. Lenin resp. f.d. ministrar. Det var allt.', ['Där var bl.a. Lenin resp. f.d. ministrar.', 'Det var allt.']],
    ['ca., jfr. and nr.', 'Det var ca. 300 man, jfr. nr. 5 ovan. Sedan tystnad.', ['Det var ca. 300 man, jfr. nr. 5 ovan.', 'Sedan tystnad.']],
    ['dvs. and Förf.', 'Förf. skriver dvs. Trotskij. Punkt.', ['Förf. skriver dvs. Trotskij.', 'Punkt.']],
    ['spaced d. v. s. and o. s. v.', 'Två veckor, d. v. s. i juni, o. s. v. och mer. Slut.', ['Två veckor, d. v. s. i juni, o. s. v. och mer.', 'Slut.']],
    ['an ordinal double date', 'Brest-Litowsk, den 12. (25.) februari 1918. Slut.', ['Brest-Litowsk, den 12. (25.) februari 1918.', 'Slut.']],
    ['an ordinal range', 'Natten mellan den 30. och 31. oktober kom de. Slut.', ['Natten mellan den 30. och 31. oktober kom de.', 'Slut.']],
    ['a year after a month written short', 'Han lät 21 febr. 1808 sina trupper gå. Slut.', ['Han lät 21 febr. 1808 sina trupper gå.', 'Slut.']],
    ['a zero printed for the initial O, after a given name', 'They arrested Thomas 0. Luby at home. Then rain.', ['They arrested Thomas 0. Luby at home.', 'Then rain.']],
    ['a zero printed for the initial O, before another initial', 'Vid Kemi greps 0. U. Berg, en spion. Slut.', ['Vid Kemi greps 0. U. Berg, en spion.', 'Slut.']],
    ['a real figure zero still ends a sentence', 'The score was 1 to 0. Then rain.', ['The score was 1 to 0.', 'Then rain.']],
    ['questions and exclamations still split', 'Varför? Kamrater! Vi går.', ['Varför?', 'Kamrater!', 'Vi går.']],
  ];
  test.each(cases)('%s', (_label, text, expected) => {
    expect(splitParagraph(text).map((s) => s.text)).toEqual(expected);
  });

  test('offsets point at the verbatim sentence', () => {
    const text = 'Ett. Två t.ex. tre.  Fyra.';
    for (const piece of splitParagraph(text)) expect(text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
  });
});

describe('segment on the corpus', () => {
  const { sections, sentences } = segment(normalizeText(readFileSync(CORPUS, 'utf8')));

  const spotChecks: [string, number][] = [
    ['Trotskij färdigställde denna ”klassiska” skrift i februari 1918', 2],
    ['Brest-Litowsk, den 12. (25.) februari 1918.', 40],
    ['Den borgerliga demokratins obetydliga makt har till motbetingelse', 58],
    ['Tseretelli tog ordet.', 296],
    ['Under en kylig natt, den 30 oktober, begav vi oss', 1660],
  ];
  test.each(spotChecks)('"%s" starts on line %i', (start, line) => {
    const sentence = sentences.find((s) => s.text.startsWith(start));
    expect(sentence?.line).toBe(line);
  });

  const headings: [string, number][] = [
    ['Inledning', 1],
    ['Förord', 11],
    ['Den småborgerliga intelligensen och revolutionen', 42],
    ['Krig eller fred?', 132],
    ['Kerenski mot Petrograd', 1562],
    ['Slutord', 2455],
  ];
  test.each(headings)('section "%s" at line %i', (title, line) => {
    expect(sections.find((s) => s.title === title)?.line).toBe(line);
  });

  test('sections, paragraphs and sentences are numbered in order', () => {
    expect(sections.map((s) => s.index)).toEqual(sections.map((_, i) => i));
    expect(sentences.every((s, i) => s.index === i && (i === 0 || s.paragraph >= sentences[i - 1].paragraph))).toBe(true);
    expect(sections.length).toBeGreaterThanOrEqual(36);
  });

  test('sentences are verbatim in the de-hyphenated, whitespace-folded source', () => {
    const flat = readFileSync(CORPUS, 'utf8').replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');
    const squash = (s: string): string => s.replace(/[\s*-]+/g, '');
    const source = squash(flat);
    const missing = sentences.filter((s) => !source.includes(squash(s.text)));
    expect(missing.length / sentences.length).toBeLessThan(0.01);
  });
});
