import { lineAtOffset, normalizeText } from '../../ingest/normalize';

const texts = (raw: string): string[] => normalizeText(raw).blocks.map((b) => b.text);

describe('normalizeText', () => {
  const cases: [string, string, string[]][] = [
    ['joins a word hyphenated over the line end', 'Då kom mensje-\nvikerna till mötet. \n', ['Då kom mensjevikerna till mötet.']],
    ['keeps the hyphen before a capital', 'Vi for till Brest-\nLitovsk i december. \n', ['Vi for till Brest-Litovsk i december.']],
    ['keeps a suspended compound before "och"', 'Alla arbetar-\noch soldatdeputerade kom. \n', ['Alla arbetar- och soldatdeputerade kom.']],
    ['folds whitespace and trailing spaces', 'Ett  två \ntre\tfyra. \n', ['Ett två tre fyra.']],
    ['drops a "*" footnote marker', 'Oktoberrevolutionen. * \n\nNästa stycke. \n', ['Oktoberrevolutionen.', 'Nästa stycke.']],
    ['drops a "*" glued to a word', 'o. s. v.* \n', ['o. s. v.']],
    ['drops superscript digits', 'Lenin¹ talade.² \n', ['Lenin talade.']],
    ['drops lone page numbers', 'Första raden fortsätter \n12\npå nästa sida. \n', ['Första raden fortsätter på nästa sida.']],
    [
      'moves a footnote out of the paragraph it interrupts',
      'Den borgerliga \n                                        \n* Förf. anm. Not. \n demokratins makt var liten. \n',
      ['Den borgerliga demokratins makt var liten.', 'Förf. anm. Not.'],
    ],
    [
      'a footnote after a blank line still rejoins an unfinished paragraph',
      'Han tillvitade \n\n                                        \n* En not. \n kadettledarna doktrinarism. \n',
      ['Han tillvitade kadettledarna doktrinarism.', 'En not.'],
    ],
    ['headings: short lines before text', ' Förord \nDenna skrift författades i Brest. \n\nJulidagarna. \nDet var juli. \n', ['Förord', 'Denna skrift författades i Brest.', 'Julidagarna.', 'Det var juli.']],
  ];
  test.each(cases)('%s', (_label, raw, expected) => {
    expect(texts(raw)).toEqual(expected);
  });

  test('headings are marked as such and paragraphs are not', () => {
    const kinds = normalizeText(' Förord \nDenna skrift författades i Brest. \n').blocks.map((b) => b.kind);
    expect(kinds).toEqual(['heading', 'paragraph']);
  });

  test('every character keeps its original line, across dropped lines', () => {
    const [block] = normalizeText('\n\nEtt två \n7\ntre fyra \nfem. \n').blocks;
    const cases: [string, number][] = [['Ett', 3], ['tre', 5], ['fem', 6]];
    for (const [word, line] of cases) expect([word, lineAtOffset(block, block.text.indexOf(word))]).toEqual([word, line]);
  });
});
