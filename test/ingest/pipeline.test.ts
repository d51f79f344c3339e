import { extract } from '../../ingest/pipeline';

describe('extract', () => {
  const text = [
    ' Julidagarna ',
    'Den 4 juli 1917 häktade regeringen Trotskij och flera andra bolsjeviker i Petrograd.',
    'Samtidigt bekämpade Kerenski bolsjevikerna med alla medel som stod honom till buds.',
    '',
  ].join('\n');
  const extraction = extract(text);

  test('detects the language and counts the document', () => {
    expect(extraction.language).toBe('sv');
    expect(extraction.stats).toEqual({ lines: 4, sentences: 2, words: 26 });
    expect(extraction.sections).toEqual([expect.objectContaining({ index: 0, title: 'Julidagarna', line: 1 })]);
  });

  test('every relation is dated from its sentence and cites it verbatim', () => {
    const sentences = text.split('\n').slice(1, 3);
    for (const relation of extraction.relations) {
      expect(sentences).toContain(relation.evidence);
      const line = sentences.indexOf(relation.evidence) + 2;
      expect([relation.line, relation.date, relation.dateGregorian, relation.calendar]).toEqual([
        line,
        '1917-07-04',
        '1917-07-17',
        'julian',
      ]);
    }
  });

  test('an explicit language overrides detection', () => {
    expect(extract(text, { language: 'en' }).language).toBe('en');
  });
});
