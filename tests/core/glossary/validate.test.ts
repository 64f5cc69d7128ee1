import { formatProblem, validateGlossary, type GlossaryProblem } from '../../../src/core/glossary/validate';
import { msg } from '../../../src/core/message';
import { english, messageText } from '../message-text';

type Raw = Record<string, unknown>;

/** A complete, valid entry; tests override one thing at a time. */
function entry(id: string, overrides: Raw = {}): Raw {
  return {
    id,
    title: { de: `Titel ${id}`, en: `Title ${id}` },
    forms: { de: [`Form ${id}`], en: [`form ${id} en`] },
    short: { de: 'Kurz erklärt.', en: 'Explained briefly.' },
    long: { de: 'Länger erklärt.', en: 'Explained at length.' },
    category: 'concept',
    related: [],
    source: { label: 'Test' },
    ...overrides,
  };
}

const BOTH = { requireBothLangs: true };
const ONE = { requireBothLangs: false };

function problems(input: readonly unknown[], options = BOTH): GlossaryProblem[] {
  return validateGlossary(input, options).problems;
}

/** Asserts exactly one problem and that it names this entry and field. */
function expectOne(input: readonly unknown[], where: { entry: string; field: string }, options = BOTH): GlossaryProblem {
  const found = problems(input, options);
  expect(found, found.map((p) => formatProblem(p, english)).join('\n')).toHaveLength(1);
  expect(found[0]).toMatchObject(where);
  return found[0] as GlossaryProblem;
}

function expectNone(input: readonly unknown[], options = BOTH): void {
  const found = problems(input, options);
  expect(found.map((p) => formatProblem(p, english))).toEqual([]);
}

describe('validateGlossary', () => {
  test('a valid entry passes and is returned', () => {
    const { entries, problems: found } = validateGlossary([entry('ki')], BOTH);
    expect(found).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual(['ki']);
  });

  test('formatProblem names entry and field', () => {
    expect(formatProblem({ entry: 'ki', field: 'short.en', message: msg('problem_requiredBothLangs') }, english)).toBe('ki › short.en: is required in both languages');
  });

  describe('entry shape', () => {
    test.each([null, 'text', 42, [], undefined])('%j is not an entry', (raw) => {
      const p = expectOne([raw], { entry: '#0', field: '(entry)' });
      expect(messageText(p.message)).toMatch(/object/);
    });

    test('an entry without an id is named by its index', () => {
      const { id: _unused, ...noId } = entry('x');
      expectOne([entry('a'), noId], { entry: '#1', field: 'id' });
    });
  });

  describe('id', () => {
    test.each(['Foo', 'a--b', '-a', 'a-', 'a_b', 'ä', 'a b'])('rejects %j', (id) => {
      expectOne([entry(id)], { entry: id, field: 'id' });
    });

    test('rejects ids longer than 64 characters', () => {
      const id = 'a'.repeat(65);
      expectOne([entry(id)], { entry: id, field: 'id' });
    });

    test.each(['a', 'deepseek-r1', 'gpt-4', 'a'.repeat(64)])('accepts %j', (id) => {
      expectNone([entry(id)]);
    });

    test('a duplicate id is reported on the later entry, the first one stays', () => {
      const { entries, problems: found } = validateGlossary(
        [entry('ki'), entry('ki', { forms: { de: ['anders'], en: ['other'] } })],
        BOTH,
      );
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ entry: 'ki', field: 'id' });
      expect(found[0] && messageText(found[0].message)).toMatch(/duplicate/);
      expect(entries).toHaveLength(1);
      expect(entries[0]?.forms.de).toEqual(['Form ki']);
    });
  });

  describe('texts', () => {
    test.each([
      ['title', 'de', 120],
      ['short', 'en', 400],
      ['long', 'de', 4000],
    ] as const)('%s.%s: at most %i characters', (field, lang, max) => {
      const texts = (value: string) => ({ ...(entry('x')[field] as Raw), [lang]: value });
      expectNone([entry('x', { [field]: texts('x'.repeat(max)) })]);
      const p = expectOne([entry('x', { [field]: texts('x'.repeat(max + 1)) })], { entry: 'x', field: `${field}.${lang}` });
      expect(messageText(p.message)).toMatch(String(max));
    });

    test('a text must be a string', () => {
      expectOne([entry('x', { title: { de: 5, en: 'T' } })], { entry: 'x', field: 'title.de' });
    });

    test('a localised field must be an object', () => {
      expectOne([entry('x', { short: 'nur deutsch' })], { entry: 'x', field: 'short' });
    });

    test.each([
      ['<b>fett</b>', 'a tag'],
      ['</p>', 'a closing tag'],
      ['<!-- Kommentar -->', 'a comment'],
      ['<?xml version="1.0"?>', 'a processing instruction'],
      ['<img src=x onerror=alert(1)>', 'an element'],
      ['<ä>', 'a tag with a non-ASCII name'],
    ])('rejects markup: %s (%s)', (text) => {
      const p = expectOne([entry('x', { short: { de: text, en: 'ok' } })], { entry: 'x', field: 'short.de' });
      expect(messageText(p.message)).toMatch(/markup/);
    });

    test.each(['a < b', 'x <= y', '3<4', '<3', 'Pfeil <-', '1 << 2'])('allows a plain "<": %s', (text) => {
      expectNone([entry('x', { short: { de: text, en: 'ok' } })]);
    });

    test('markup is rejected in every text field', () => {
      const bad = '<i>x</i>';
      expectOne([entry('x', { title: { de: 'T', en: bad } })], { entry: 'x', field: 'title.en' });
      expectOne([entry('x', { long: { de: bad, en: 'L' } })], { entry: 'x', field: 'long.de' });
      expectOne([entry('x', { forms: { de: [bad], en: ['form'] } })], { entry: 'x', field: 'forms.de[0]' });
      expectOne([entry('x', { source: { label: bad } })], { entry: 'x', field: 'source.label' });
      expectOne([entry('x', { source: { label: 'L', section: bad } })], { entry: 'x', field: 'source.section' });
    });
  });

  describe('forms', () => {
    const withForms = (de: unknown[], en: unknown[] = ['form']) => entry('x', { forms: { de, en } });

    test.each([
      ['', /empty/],
      ['   ', /empty/],
      ['X', /single character/],
      ['€', /single character/],
      ['C+', /two letters or digits/],
      ['A.', /two letters or digits/],
    ])('rejects %j', (form, message) => {
      const p = expectOne([withForms(['gut', form])], { entry: 'x', field: 'forms.de[1]' });
      expect(messageText(p.message)).toMatch(message);
    });

    test('rejects a form longer than 80 characters', () => {
      expectNone([withForms(['x'.repeat(80)])]);
      expectOne([withForms(['x'.repeat(81)])], { entry: 'x', field: 'forms.de[0]' });
    });

    test.each(['der', 'Die', 'das', 'und', 'ist', 'ein', 'eine', 'mit', 'von', 'für', 'über'])(
      'rejects the German stop word %j',
      (form) => {
        const p = expectOne([withForms([form])], { entry: 'x', field: 'forms.de[0]' });
        expect(messageText(p.message)).toMatch(/stop word/);
      },
    );

    test.each(['the', 'The', 'and', 'of', 'an', 'in', 'is', 'to', 'for', 'on'])('rejects the English stop word %j', (form) => {
      expectOne([withForms(['Wort'], [form])], { entry: 'x', field: 'forms.en[0]' });
    });

    test('an all-capitals acronym is not the stop word (it matches only in capitals)', () => {
      expectNone([withForms(['IT', 'KI'], ['US', 'AI'])]);
    });

    test('stop words inside longer forms are fine', () => {
      expectNone([withForms(['Einbruch an den Börsen'], ['mixture of experts'])]);
    });

    test.each([
      ['Open-Source', 'hyphen'],
      ['open source', 'case'],
      ['Open\u00A0Source', 'no-break space'],
      ['Open\u2011Source', 'non-breaking hyphen'],
      ['Open\u2010Source', 'hyphen U+2010'],
      ['Open  Source', 'doubled space'],
      ['Open Sou\u00ADrce', 'soft hyphen'],
    ])('rejects a duplicate within one language: %j (%s)', (dup) => {
      const p = expectOne([withForms(['Open Source', dup])], { entry: 'x', field: 'forms.de[1]' });
      expect(messageText(p.message)).toMatch(/duplicates forms\.de\[0\]/);
    });

    test('the same form in both languages of one entry is fine (names are spelled alike)', () => {
      expectNone([withForms(['DeepSeek R1'], ['DeepSeek-R1'])]);
    });

    test('forms must be an object of lists of strings', () => {
      expectOne([entry('x', { forms: ['KI'] })], { entry: 'x', field: 'forms' });
      expectOne([entry('x', { forms: { de: 'KI', en: ['AI'] } })], { entry: 'x', field: 'forms.de' });
      expectOne([withForms(['KI', 7])], { entry: 'x', field: 'forms.de[1]' });
    });

    test('forms are trimmed', () => {
      const { entries } = validateGlossary([withForms(['  KI  '])], BOTH);
      expect(entries[0]?.forms.de).toEqual(['KI']);
    });
  });

  describe('matchCase', () => {
    test('items must be forms of the entry, exactly as written', () => {
      expectNone([entry('meta', { forms: { de: ['Meta'], en: ['Meta'] }, matchCase: ['Meta'] })]);
      expectOne([entry('meta', { forms: { de: ['Meta'], en: ['Meta'] }, matchCase: ['Metaverse'] })], {
        entry: 'meta',
        field: 'matchCase[0]',
      });
      expectOne([entry('meta', { forms: { de: ['Meta'], en: ['Meta'] }, matchCase: ['Meta', 'meta'] })], {
        entry: 'meta',
        field: 'matchCase[1]',
      });
    });

    test('may name a form of either language', () => {
      expectNone([entry('moe', { forms: { de: ['Mixture of Experts'], en: ['MoE'] }, matchCase: ['MoE'] })]);
    });

    test('must be a list of strings', () => {
      expectOne([entry('x', { matchCase: 'Form x' })], { entry: 'x', field: 'matchCase' });
      expectOne([entry('x', { matchCase: [3] })], { entry: 'x', field: 'matchCase[0]' });
    });
  });

  describe('category', () => {
    test.each(['model', 'product', 'company', 'technique', 'concept', 'event', 'policy', 'hardware', 'economy'])(
      'accepts %s',
      (category) => expectNone([entry('x', { category })]),
    );

    test.each(['animal', '', undefined, 3])('rejects %j', (category) => {
      expectOne([entry('x', { category })], { entry: 'x', field: 'category' });
    });
  });

  describe('related', () => {
    test('ids must exist among the given entries', () => {
      expectNone([entry('a', { related: ['b'] }), entry('b', { related: ['a'] })]);
      const p = expectOne([entry('a', { related: ['b', 'zzz'] }), entry('b')], { entry: 'a', field: 'related[1]' });
      expect(messageText(p.message)).toMatch(/zzz/);
    });

    test('an entry may not relate to itself', () => {
      expectOne([entry('a', { related: ['a'] })], { entry: 'a', field: 'related[0]' });
    });

    test('must be a list of ids, each once', () => {
      expectOne([entry('a', { related: 'b' }), entry('b')], { entry: 'a', field: 'related' });
      expectOne([entry('a', { related: [null] })], { entry: 'a', field: 'related[0]' });
      expectOne([entry('a', { related: ['b', 'b'] }), entry('b')], { entry: 'a', field: 'related[1]' });
    });

    test('a link to an entry that was itself rejected is dropped from the output', () => {
      const { entries } = validateGlossary([entry('a', { related: ['b'] }), entry('b', { category: 'nope' })], BOTH);
      expect(entries.map((e) => [e.id, e.related])).toEqual([['a', []]]);
    });
  });

  describe('scope', () => {
    test.each(['de', 'en'])('accepts %s', (scope) => expectNone([entry('x', { scope })]));
    test.each(['fr', 'DE', '', null, 1])('rejects %j', (scope) => {
      expectOne([entry('x', { scope })], { entry: 'x', field: 'scope' });
    });
  });

  describe('checked', () => {
    test.each(['2025-01-31', '2024-02-29', '1999-12-31'])('accepts %s', (checked) => expectNone([entry('x', { checked })]));
    test.each(['2025-1-31', '2025-02-30', '2023-02-29', '2025-13-01', '31.01.2025', '2025-01-31T00:00', 20250131, ''])(
      'rejects %j',
      (checked) => {
        expectOne([entry('x', { checked })], { entry: 'x', field: 'checked' });
      },
    );
  });

  describe('source', () => {
    test('needs a non-empty label', () => {
      expectOne([entry('x', { source: undefined })], { entry: 'x', field: 'source' });
      expectOne([entry('x', { source: { label: '  ' } })], { entry: 'x', field: 'source.label' });
      expectOne([entry('x', { source: { label: 5 } })], { entry: 'x', field: 'source.label' });
    });

    test.each(['https://example.org/artikel', 'http://example.org'])('accepts the URL %s', (url) => {
      expectNone([entry('x', { source: { label: 'L', url } })]);
    });

    test.each([
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'data:text/plain,hallo',
      'ftp://example.org',
      'file:///etc/passwd',
      'example.org',
      'nicht eine URL',
    ])('rejects the URL %j', (url) => {
      expectOne([entry('x', { source: { label: 'L', url } })], { entry: 'x', field: 'source.url' });
    });
  });

  describe('forms shared between entries', () => {
    const claiming = (id: string, form: string, extra: Raw = {}) =>
      entry(id, { forms: { de: [form], en: [`${id} only`] }, ...extra });

    test.each([
      ['Open Source', 'Open Source'],
      ['Open Source', 'open-source'],
      ['Open Source', 'OPEN\u00A0SOURCE'],
      ['Destillation', 'Destil\u00ADlation'],
      ['KI Modell', 'KI\u2011Modell'],
      ['KI Modell', 'KI\u2010Modell'],
    ])('%j and %j are the same form', (a, b) => {
      const p = expectOne([claiming('a', a), claiming('b', b)], { entry: 'b', field: 'forms.de[0]' });
      expect(messageText(p.message)).toMatch(/also a form of a/);
    });

    test('across languages too', () => {
      const b = entry('b', { forms: { de: ['b nur'], en: ['Open Source'] } });
      expectOne([claiming('a', 'open source'), b], { entry: 'b', field: 'forms.en[0]' });
    });

    test('allowed when the two entries are scoped to different languages', () => {
      expectNone([claiming('a', 'Billion', { scope: 'de' }), claiming('b', 'billion', { scope: 'en' })]);
    });

    test('not allowed when only one is scoped, or both to the same language', () => {
      expectOne([claiming('a', 'Billion', { scope: 'de' }), claiming('b', 'billion')], { entry: 'b', field: 'forms.de[0]' });
      expectOne([claiming('a', 'Billion', { scope: 'de' }), claiming('b', 'billion', { scope: 'de' })], {
        entry: 'b',
        field: 'forms.de[0]',
      });
    });

    test('the later entry is left out, the earlier one kept', () => {
      const { entries } = validateGlossary([claiming('a', 'KI'), claiming('b', 'KI')], BOTH);
      expect(entries.map((e) => e.id)).toEqual(['a']);
    });
  });

  describe('both languages required (bundled glossary)', () => {
    test.each([
      ['title', 'en'],
      ['short', 'de'],
      ['long', 'en'],
    ] as const)('%s.%s missing', (field, lang) => {
      const texts = { ...(entry('x')[field] as Raw) };
      delete texts[lang];
      const p = expectOne([entry('x', { [field]: texts })], { entry: 'x', field: `${field}.${lang}` });
      expect(messageText(p.message)).toMatch(/required/);
    });

    test('an empty text counts as missing', () => {
      expectOne([entry('x', { long: { de: 'L', en: '  ' } })], { entry: 'x', field: 'long.en' });
    });

    test('each language needs a form', () => {
      expectOne([entry('x', { forms: { de: ['Form'], en: [] } })], { entry: 'x', field: 'forms.en' });
      expectOne([entry('x', { forms: { de: ['Form'] } })], { entry: 'x', field: 'forms.en' });
    });

    test('an entry scoped to one language may have no forms in the other', () => {
      expectNone([entry('billion', { scope: 'de', forms: { de: ['Billion'], en: [] } })]);
      expectOne([entry('billion', { scope: 'de', forms: { de: [], en: ['trillion'] } })], {
        entry: 'billion',
        field: 'forms.de',
      });
    });

    test('…but still needs its texts in both languages', () => {
      expectOne([entry('billion', { scope: 'de', forms: { de: ['Billion'], en: [] }, short: { de: 'Kurz' } })], {
        entry: 'billion',
        field: 'short.en',
      });
    });
  });

  describe('one language is enough (user entries)', () => {
    const germanOnly = {
      id: 'eigen',
      title: { de: ' Eigener Begriff ' },
      forms: { de: ['Eigenbegriff'] },
      short: { de: 'Nur auf Deutsch.' },
      category: 'concept',
      source: { label: 'Ich' },
    };

    test('a complete German entry without English is valid and normalised', () => {
      const { entries, problems: found } = validateGlossary([germanOnly], ONE);
      expect(found).toEqual([]);
      expect(entries).toEqual([
        {
          id: 'eigen',
          title: { de: 'Eigener Begriff', en: '' },
          forms: { de: ['Eigenbegriff'], en: [] },
          matchCase: [],
          short: { de: 'Nur auf Deutsch.', en: '' },
          long: { de: '', en: '' },
          category: 'concept',
          related: [],
          source: { label: 'Ich' },
        },
      ]);
    });

    test('an English-only entry is valid too', () => {
      expectNone([{ ...germanOnly, title: { en: 'T' }, forms: { en: ['own term'] }, short: { en: 'S' } }], ONE);
    });

    test('a partial second language is allowed', () => {
      expectNone([{ ...germanOnly, title: { de: 'T', en: 'Own term' } }], ONE);
    });

    test('without any complete language, the gaps of the closest one are named', () => {
      const found = problems([{ ...germanOnly, short: undefined }], ONE);
      expect(found.map((p) => [p.entry, p.field])).toEqual([['eigen', 'short.de']]);
      expect(found[0] && messageText(found[0].message)).toMatch(/at least one language/);
    });

    test('what is there must still be valid', () => {
      expectOne([{ ...germanOnly, title: { de: 'T', en: '<b>x</b>' } }], { entry: 'eigen', field: 'title.en' }, ONE);
    });

    test('the same checks apply otherwise', () => {
      expectOne([{ ...germanOnly, forms: { de: ['die'] } }], { entry: 'eigen', field: 'forms.de[0]' }, ONE);
    });
  });

  test('optional fields are kept when given and trimmed', () => {
    const { entries } = validateGlossary(
      [entry('a', { scope: 'de', checked: '2025-01-31', source: { label: ' L ', section: ' S ', url: 'https://example.org' } })],
      BOTH,
    );
    expect(entries[0]).toMatchObject({
      scope: 'de',
      checked: '2025-01-31',
      source: { label: 'L', section: 'S', url: 'https://example.org' },
    });
    const { entries: plain } = validateGlossary([entry('b')], BOTH);
    expect(plain[0]).not.toHaveProperty('scope');
    expect(plain[0]).not.toHaveProperty('checked');
  });

  test('every problem of an entry is reported, and only valid entries are returned', () => {
    const bad = entry('bad', { category: 'x', checked: 'gestern', forms: { de: ['und'], en: ['ok form'] } });
    const { entries, problems: found } = validateGlossary([entry('good'), bad], BOTH);
    expect(found.map((p) => `${p.entry}:${p.field}`).sort()).toEqual(['bad:category', 'bad:checked', 'bad:forms.de[0]']);
    expect(entries.map((e) => e.id)).toEqual(['good']);
  });
});
