import { addTermHash, cleanAddRequest, parseAddTermHash, sentenceAround } from '../../src/core/add-term';

describe('add-term requests', () => {
  test('round-trip through the options page hash', () => {
    const request = { term: 'Gradient Descent', lang: 'en' as const, example: 'We train it with gradient descent & more.', pageTitle: 'ML notes', url: 'https://example.org/a?b=1#c' };
    expect(parseAddTermHash(addTermHash(request), 'de')).toEqual(request);
  });

  test('what a page sent is cleaned: whitespace collapsed, lengths capped, only http(s) addresses without credentials', () => {
    const long = 'x'.repeat(500);
    const r = cleanAddRequest({ term: '  Sparse\n  Attention ', lang: 'fr', example: long, pageTitle: 'T', url: 'javascript:alert(1)' }, 'de');
    expect(r?.term).toBe('Sparse Attention');
    expect(r?.lang).toBe('de');
    expect(r?.example?.length).toBe(400);
    expect(r?.example?.endsWith('…')).toBe(true);
    expect(r?.url).toBeUndefined();
    expect(cleanAddRequest({ term: 'a', url: 'https://user:pw@example.org/' }, 'en')?.url).toBeUndefined();
    expect(cleanAddRequest({ term: 'a', url: 'data:text/html,x' }, 'en')?.url).toBeUndefined();
    expect(cleanAddRequest({ term: '   ' }, 'en')).toBeNull();
  });

  test('a hash that asks for nothing is no request', () => {
    expect(parseAddTermHash('', 'de')).toBeNull();
    expect(parseAddTermHash('#glossary', 'de')).toBeNull();
    expect(parseAddTermHash('#add?lang=de', 'de')).toBeNull();
  });

  test('an example that only repeats the term is left out', () => {
    expect(cleanAddRequest({ term: 'RAG', example: ' RAG ' }, 'en')?.example).toBeUndefined();
  });
});

describe('sentenceAround', () => {
  const text = 'Erst kam das Training. Dann lief die Inferenz auf vielen GPUs! Am Ende stand ein Bericht.';
  test('the sentence that holds the selection', () => {
    const at = text.indexOf('Inferenz');
    expect(sentenceAround(text, at, at + 'Inferenz'.length)).toBe('Dann lief die Inferenz auf vielen GPUs!');
  });

  test('at the edges of the text', () => {
    expect(sentenceAround(text, 0, 4)).toBe('Erst kam das Training.');
    const at = text.indexOf('Bericht');
    expect(sentenceAround(text, at, at + 7)).toBe('Am Ende stand ein Bericht.');
  });

  test('a decimal point or a version is no sentence end', () => {
    const t = 'Version 2.5 des Modells kostet 0.14 Dollar je Million Token.';
    expect(sentenceAround(t, t.indexOf('Token'), t.indexOf('Token') + 5)).toBe(t);
  });

  test('a very long sentence is cut around the selection', () => {
    const long = `${'a '.repeat(400)}TERM${' b'.repeat(400)}`;
    const at = long.indexOf('TERM');
    const s = sentenceAround(long, at, at + 4, 100);
    expect(s).toContain('TERM');
    expect(s.length).toBeLessThanOrEqual(100);
  });
});
