import { compileMatcher } from '../../../src/core/matcher';
import type { MatchOptions } from '../../../src/core/matcher';
import { buildAutomaton } from '../../../src/core/matcher/automaton';
import { TEST_GLOSSARY, entry } from './test-glossary';

const matcher = compileMatcher(TEST_GLOSSARY);

/** Matches as `[id, matched text]` pairs: readable failures, offsets checked via the slice. */
function found(text: string, options?: MatchOptions): [string, string][] {
  return matcher.match(text, options).map((m) => [m.id, text.slice(m.start, m.end)]);
}

describe('word boundaries (Unicode, not ASCII \\b)', () => {
  test('acronym inside a hyphenated compound matches: KI-Modell', () => {
    expect(found('Das KI-Modell rechnet.')).toEqual([['ki', 'KI']]);
  });
  test('no match inside a longer word: Kiel, KIT, Metadaten', () => {
    expect(found('In Kiel forscht das KIT an Metadaten.')).toEqual([]);
  });
  test('umlauts and other letters count as word chars: "KIÄ", "ÖKI" do not contain KI', () => {
    expect(found('KIÄ ÖKI KIж 3KI KI3')).toEqual([]);
  });
  test('a combining accent keeps the letter inside its word: "KI\\u0301" is not "KI"', () => {
    expect(found('KI\u0301 und K\u0301I')).toEqual([]);
    expect(found('Die KI\u0301-Frage, die KI.')).toEqual([['ki', 'KI']]);
  });
  test('emoji and punctuation are boundaries', () => {
    expect(found('😀KI😀 (AI), "LLM".')).toEqual([
      ['ki', 'KI'],
      ['ki', 'AI'],
      ['llm', 'LLM'],
    ]);
  });
  test('apostrophes end a word: Anthropic’s, OpenAI\'s', () => {
    expect(found('Anthropic’s model and OpenAI\'s answer')).toEqual([
      ['anthropic', 'Anthropic'],
      ['openai', 'OpenAI'],
    ]);
  });
  test('a soft hyphen does not make a boundary: "X\\u00ADKI" is one word', () => {
    expect(found('X\u00ADKI KI\u00ADX')).toEqual([]);
  });
  test('match at the very start and end of the text', () => {
    expect(found('KI')).toEqual([['ki', 'KI']]);
    expect(found('Meta')).toEqual([['meta', 'Meta']]);
  });
});

describe('separators are interchangeable', () => {
  test.each([
    'DeepSeek R1',
    'DeepSeek-R1',
    'DeepSeek\u00A0R1',
    'DeepSeek\u2011R1',
    'DeepSeek\u2010R1',
    'DeepSeek\u202FR1',
    'DeepSeek \n\t R1',
    'DeepSeek - R1',
  ])('%j is DeepSeek R1', (text) => {
    expect(found(text)).toEqual([['deepseek-r1', text]]);
  });
  test('en and em dashes are not separators', () => {
    expect(found('DeepSeek\u2013R1')).toEqual([['deepseek', 'DeepSeek']]);
  });
  test('hyphen-joined compounds: Mixture-of-Experts-Architektur, Open-Source-Werkzeuge', () => {
    expect(found('Die Mixture-of-Experts-Architektur und Open-Source-Werkzeuge.')).toEqual([
      ['moe', 'Mixture-of-Experts'],
      ['open-source', 'Open-Source'],
    ]);
  });
  test('soft hyphens inside a term are ignored and covered by the match', () => {
    expect(found('Die Destil\u00ADla\u00ADtion von Sprach\u00ADmodellen')).toEqual([
      ['distillation', 'Destil\u00ADla\u00ADtion'],
    ]);
  });
  test('soft hyphens next to a term stay outside the match', () => {
    expect(found('\u00ADKI\u00AD und \u00ADDeepSeek\u00AD-\u00ADR1\u00AD')).toEqual([
      ['ki', 'KI'],
      ['deepseek-r1', 'DeepSeek\u00AD-\u00ADR1'],
    ]);
  });
  test('a match never starts or ends with a separator', () => {
    for (const m of matcher.match(' -KI- \u00A0DeepSeek R1 ')) {
      expect(' -\u00A0').not.toContain(' -KI- \u00A0DeepSeek R1 '[m.start]);
      expect(' -\u00A0').not.toContain(' -KI- \u00A0DeepSeek R1 '[m.end - 1]);
    }
  });
});

describe('longest match wins', () => {
  test('DeepSeek R1 over DeepSeek', () => {
    expect(found('DeepSeek R1 von DeepSeek')).toEqual([
      ['deepseek-r1', 'DeepSeek R1'],
      ['deepseek', 'DeepSeek'],
    ]);
  });
  test('künstliche Intelligenz as a whole, and inflected', () => {
    expect(found('Künstliche Intelligenz und der künstlichen Intelligenz')).toEqual([
      ['ki', 'Künstliche Intelligenz'],
      ['ki', 'künstlichen Intelligenz'],
    ]);
  });
  test('longer candidate failing its boundary yields to a shorter valid one', () => {
    // "DeepSeek R1x": R1 is glued to x, so only DeepSeek is a word-bounded match.
    expect(found('DeepSeek R1x')).toEqual([['deepseek', 'DeepSeek']]);
  });
  test('inflections: Sprachmodell, Sprachmodelle, Sprachmodells', () => {
    expect(found('Sprachmodell, Sprachmodelle, Sprachmodells, Sprachmodellen')).toEqual([
      ['llm', 'Sprachmodell'],
      ['llm', 'Sprachmodelle'],
      ['llm', 'Sprachmodells'],
    ]);
  });
});

describe('case', () => {
  test('ordinary forms match in any case', () => {
    expect(found('DEEPSEEK, deepseek, Open source, OPEN-SOURCE, destillation')).toEqual([
      ['deepseek', 'DEEPSEEK'],
      ['deepseek', 'deepseek'],
      ['open-source', 'Open source'],
      ['open-source', 'OPEN-SOURCE'],
      ['distillation', 'destillation'],
    ]);
  });
  test('forms without a lowercase letter match exactly: KI, AI, LLM, GPT-4', () => {
    expect(found('Ki ki kI ai Ai llm Llm gpt-4 Gpt-4')).toEqual([]);
    expect(found('KI AI LLM GPT-4 GPT 4 GPT\u20114')).toEqual([
      ['ki', 'KI'],
      ['ki', 'AI'],
      ['llm', 'LLM'],
      ['gpt-4', 'GPT-4'],
      ['gpt-4', 'GPT 4'],
      ['gpt-4', 'GPT\u20114'],
    ]);
  });
  test('forms in matchCase match exactly: MoE and Meta, not moe or meta', () => {
    expect(found('moe, MOE, meta, META')).toEqual([]);
    expect(found('Ein MoE von Meta')).toEqual([
      ['moe', 'MoE'],
      ['meta', 'Meta'],
    ]);
  });
  test('a failed exact candidate lets a shorter valid one win at the same start', () => {
    const m = compileMatcher([
      entry('gpt', { en: ['gpt'] }),
      entry('gpt-4', { en: ['GPT-4'] }),
    ]);
    const text = 'gpt-4 and GPT-4';
    expect(m.match(text).map((x) => text.slice(x.start, x.end))).toEqual(['gpt', 'GPT-4']);
  });
  test('a failed exact candidate lets another entry with the same folded form win', () => {
    const m = compileMatcher([
      entry('us-acronym', { en: ['US'] }),
      entry('us-pronoun', { en: ['us'] }),
    ]);
    expect(m.match('US us Us').map((x) => x.id)).toEqual(['us-acronym', 'us-pronoun', 'us-pronoun']);
  });
  test('German sharp s and capital ẞ fold alike', () => {
    const m = compileMatcher([entry('strasse', { de: ['Straße'] })]);
    expect(m.match('STRAẞE straße').length).toBe(2);
  });
});

describe('language scope', () => {
  test('a de-scoped entry matches only in German text', () => {
    expect(found('eine Billion Euro', { lang: 'de' })).toEqual([['billion-de', 'Billion']]);
    expect(found('eine Billion Euro', { lang: 'de-AT' })).toEqual([['billion-de', 'Billion']]);
    expect(found('eine Billion Euro', { lang: 'DE-ch' })).toEqual([['billion-de', 'Billion']]);
    expect(found('one billion dollars', { lang: 'en-US' })).toEqual([['billion-en', 'billion']]);
  });
  test('unknown or other languages: scoped entries stay silent, others still match', () => {
    for (const lang of [undefined, '', 'fr', 'deu', 'en']) {
      expect(found('Billionen für KI', { lang }).map(([id]) => id)).toEqual(['ki']);
    }
  });
  test('the reported lang is the language of the form that matched', () => {
    expect(matcher.match('KI und AI').map((m) => m.lang)).toEqual(['de', 'en']);
  });
  test('a form listed in both languages reports the text language, else German', () => {
    expect(matcher.match('DeepSeek', { lang: 'en-GB' })[0]?.lang).toBe('en');
    expect(matcher.match('DeepSeek', { lang: 'de' })[0]?.lang).toBe('de');
    expect(matcher.match('DeepSeek', { lang: 'fr' })[0]?.lang).toBe('de');
  });
});

describe('edge cases', () => {
  test('empty text, separators only, soft hyphens only', () => {
    expect(found('')).toEqual([]);
    expect(found(' \n\t-\u00A0\u2011 ')).toEqual([]);
    expect(found('\u00AD\u00AD\u00AD')).toEqual([]);
  });
  test('lone surrogates are boundaries and do not break offsets', () => {
    expect(found('\uD800KI\uDC00 \uDBFFDeepSeek')).toEqual([
      ['ki', 'KI'],
      ['deepseek', 'DeepSeek'],
    ]);
  });
  test('astral chars before a term keep offsets in UTF-16 units', () => {
    const text = '🧠🤖 𝔸 Nvidia';
    expect(matcher.match(text)).toEqual([{ id: 'nvidia', start: 8, end: 14, lang: 'de' }]);
  });
  test('an empty glossary and forms that normalise to nothing match nothing', () => {
    expect(compileMatcher([]).match('KI')).toEqual([]);
    const m = compileMatcher([entry('empty', { de: ['', ' - ', '\u00AD'] })]);
    expect(m.size).toBe(0);
    expect(m.match('a - b')).toEqual([]);
  });
  test('size counts distinct compiled forms', () => {
    const m = compileMatcher([entry('x', { de: ['DeepSeek R1', 'DeepSeek-R1'], en: ['deepseek r1', 'MoE'] })]);
    expect(m.size).toBe(2);
  });
  test('a matcher gives the same answers when reused across texts', () => {
    const a = 'Das KI-Modell von DeepSeek';
    const first = matcher.match(a);
    matcher.match('DeepSeek R');
    matcher.match('Mixture of Experts '.repeat(50));
    expect(matcher.match(a)).toEqual(first);
  });
  test('matches are sorted and non-overlapping', () => {
    const ms = matcher.match('KI KI-Modell DeepSeek-R1 Meta LLM Open Source '.repeat(20));
    for (let i = 1; i < ms.length; i++) expect(ms[i - 1]!.end).toBeLessThanOrEqual(ms[i]!.start);
    expect(ms).toHaveLength(120);
  });
});

describe('large glossaries', () => {
  test('more states than a 16-bit table holds still match correctly', () => {
    // 12 000 forms with long distinct tails: over 65 535 trie states.
    const forms = Array.from({ length: 12000 }, (_, i) => `t${i.toString(36).padStart(3, '0')}z${(i * 7919).toString(36)}q`);
    const automaton = buildAutomaton(forms.map((f) => f.toLowerCase()));
    expect(automaton.states).toBeGreaterThan(0xffff);
    expect(automaton.delta).toBeInstanceOf(Int32Array);
    const m = compileMatcher([entry('many', { en: forms })]);
    expect(m.size).toBe(12000);
    const text = `x ${forms[0]} ${forms[11999]}, ${forms[4500]}y ${forms[1234]}`;
    expect(m.match(text).map((x) => text.slice(x.start, x.end))).toEqual([forms[0], forms[11999], forms[1234]]);
  });
});
