import { analyse } from '../../ingest/analyse';

describe('SentenceAnalysis.arcs()', () => {
  test('one arc per token, in order, with heads among the tokens', () => {
    const analysis = analyse('Korniloff arresterades af Kerenski, hvilken fruktade honom.', 'sv');
    const arcs = analysis.arcs();
    expect(arcs).toHaveLength(analysis.tokens.length);
    const byText = (text: string) => arcs[analysis.tokens.findIndex((t) => t.text === text)];
    // Read in modern spelling: "af" is "av", the agent's case marker.
    expect(analysis.tokens.map((t) => t.text)).toContain('av');
    expect(analysis.tokens[byText('av').head].text).toBe('Kerenski');
    expect(byText('Korniloff')).toEqual({ head: analysis.tokens.findIndex((t) => t.text === 'arresterades'), deprel: 'nsubj:pass' });
  });

  test('parsed once: the second call gives the same arcs object', () => {
    const analysis = analyse('The Bolsheviks armed the Red Guards.', 'en');
    expect(analysis.arcs()).toBe(analysis.arcs());
  });
});
