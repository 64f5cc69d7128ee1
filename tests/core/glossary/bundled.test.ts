import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import { ARTICLE_LABEL } from '../../../src/core/glossary/bundled/sources';
import { LANGS, type Category, type GlossaryEntry } from '../../../src/core/glossary/types';
import { formatProblem, validateGlossary } from '../../../src/core/glossary/validate';
import { english } from '../message-text';

// Written out here rather than imported, so the test does not share the
// validator's notion of "the same form".
function sameFormKey(form: string): string {
  return form.replace(/\u00AD/g, '').toLowerCase().replace(/[\s\u00A0\u2010\u2011-]+/g, ' ').trim();
}

const byId = new Map(BUNDLED_GLOSSARY.map((e) => [e.id, e]));
const allForms = (e: GlossaryEntry) => LANGS.flatMap((lang) => e.forms[lang].map((form) => ({ lang, form })));
const ownerOf = (form: string) =>
  BUNDLED_GLOSSARY.filter((e) => allForms(e).some((f) => sameFormKey(f.form) === sameFormKey(form))).map((e) => e.id);

const DATED: readonly Category[] = ['model', 'product', 'company', 'event', 'policy', 'economy', 'hardware'];
const ARTICLE_SECTIONS = [
  'Ein historischer Einbruch an den Börsen',
  'Ein neuer globaler Wettlauf',
  'Warum DeepSeek R1 revolutionär ist',
  'Auswirkungen auf den Markt',
  'Die Zukunft des KI-Wettlaufs',
];

// German dates write the day as an ordinal: "am 27. Januar" is no sentence end.
const DATE_ORDINAL = /(\d)\.(?=\s(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)/g;

/** Rough sentence count: a full stop, question or exclamation mark before a space or the end. */
function sentences(text: string): number {
  return (text.replace(DATE_ORDINAL, '$1').match(/[.!?](?=[“”„"’)]*(?:\s|$))/g) ?? []).length;
}

describe('bundled glossary', () => {
  test('validates with zero problems, both languages required', () => {
    const { entries, problems } = validateGlossary(BUNDLED_GLOSSARY, { requireBothLangs: true });
    expect(problems.map((p) => formatProblem(p, english))).toEqual([]);
    expect(entries).toHaveLength(BUNDLED_GLOSSARY.length);
  });

  test('has at least 30 entries', () => {
    expect(BUNDLED_GLOSSARY.length).toBeGreaterThanOrEqual(30);
  });

  test('ids are unique', () => {
    expect(new Set(BUNDLED_GLOSSARY.map((e) => e.id)).size).toBe(BUNDLED_GLOSSARY.length);
  });

  test('no form is claimed by two entries unless they are scoped to different languages', () => {
    const claims = new Map<string, GlossaryEntry>();
    const clashes: string[] = [];
    for (const entry of BUNDLED_GLOSSARY) {
      for (const key of new Set(allForms(entry).map((f) => sameFormKey(f.form)))) {
        const other = claims.get(key);
        const scopedApart = other?.scope !== undefined && entry.scope !== undefined && other.scope !== entry.scope;
        if (other && !scopedApart) clashes.push(`"${key}": ${other.id} and ${entry.id}`);
        claims.set(key, entry);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('related ids exist, are not the entry itself and are listed once', () => {
    for (const entry of BUNDLED_GLOSSARY) {
      for (const id of entry.related) {
        expect(byId.has(id), `${entry.id} › related "${id}"`).toBe(true);
        expect(id, `${entry.id} relates to itself`).not.toBe(entry.id);
      }
      expect(new Set(entry.related).size, `${entry.id} › related`).toBe(entry.related.length);
    }
  });

  test('every entry has title, short and long explanation in German and English', () => {
    for (const entry of BUNDLED_GLOSSARY) {
      for (const lang of LANGS) {
        for (const field of ['title', 'short', 'long'] as const) {
          expect(entry[field][lang].trim(), `${entry.id} › ${field}.${lang}`).not.toBe('');
        }
        expect(entry.short[lang], `${entry.id}: short.de and short.en are the same text`).not.toBe(
          entry.short[lang === 'de' ? 'en' : 'de'],
        );
      }
    }
  });

  test('every entry has forms in both languages, unless scoped to the other language', () => {
    for (const entry of BUNDLED_GLOSSARY) {
      for (const lang of LANGS) {
        if (entry.scope !== undefined && entry.scope !== lang) continue;
        expect(entry.forms[lang].length, `${entry.id} › forms.${lang}`).toBeGreaterThan(0);
      }
    }
  });

  test('short is one or two sentences, long a paragraph of three to six', () => {
    for (const entry of BUNDLED_GLOSSARY) {
      for (const lang of LANGS) {
        const inShort = sentences(entry.short[lang]);
        const inLong = sentences(entry.long[lang]);
        expect(inShort, `${entry.id} › short.${lang}`).toBeGreaterThanOrEqual(1);
        expect(inShort, `${entry.id} › short.${lang}`).toBeLessThanOrEqual(2);
        expect(inLong, `${entry.id} › long.${lang}`).toBeGreaterThanOrEqual(3);
        expect(inLong, `${entry.id} › long.${lang}`).toBeLessThanOrEqual(6);
      }
    }
  });

  test.each(DATED)('every %s entry says when its facts were checked', (category) => {
    for (const entry of BUNDLED_GLOSSARY.filter((e) => e.category === category)) {
      expect(entry.checked, `${entry.id} › checked`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('entries from the article name the article and one of its real section headings', () => {
    const fromArticle = BUNDLED_GLOSSARY.filter((e) => e.source.label === ARTICLE_LABEL);
    expect(fromArticle.length).toBeGreaterThanOrEqual(15);
    for (const entry of fromArticle) {
      expect(ARTICLE_SECTIONS, `${entry.id} › source.section`).toContain(entry.source.section);
    }
    for (const entry of BUNDLED_GLOSSARY) {
      if (entry.source.url !== undefined) expect(entry.source.url, `${entry.id} › source.url`).toMatch(/^https:\/\//);
    }
  });

  test.each([
    'deepseek',
    'deepseek-r1',
    'artificial-intelligence',
    'large-language-model',
    'mixture-of-experts',
    'distillation',
    'open-source',
    'sputnik-moment',
    'stargate',
    'openai',
    'chatgpt',
    'gpt-4',
    'anthropic',
    'claude',
    'gemini',
    'meta',
    'market-slump-2025',
    'billion',
    'computing-power',
    'data-protection',
    'development-costs',
    'ai-race',
    'reinforcement-learning',
    'reasoning-model',
    'open-weights',
    'model-parameters',
    'nvidia',
    'export-controls',
    'gpu',
    'training-inference',
    'neural-network',
    'google',
    'benchmark',
    'openai-o1',
    'deepseek-v3',
    'token',
    'china-ai-strategy',
    'api',
    'nasdaq',
    'deepseek-privacy',
    'national-security-review',
    'transformer',
    'proprietary-model',
  ])('has the entry %s', (id) => {
    expect(byId.has(id)).toBe(true);
  });

  test.each([
    ['DeepSeek R1', 'deepseek-r1'],
    ['DeepSeek-R1', 'deepseek-r1'],
    ['DeepSeek-V3', 'deepseek-v3'],
    ['OpenAI-o1', 'openai-o1'],
    ['DeepSeek', 'deepseek'],
    ['künstliche Intelligenz', 'artificial-intelligence'],
    ['künstlichen Intelligenz', 'artificial-intelligence'],
    ['künstlicher Intelligenz', 'artificial-intelligence'],
    ['KI', 'artificial-intelligence'],
    ['artificial intelligence', 'artificial-intelligence'],
    ['AI', 'artificial-intelligence'],
    ['Sprachmodell', 'large-language-model'],
    ['Sprachmodelle', 'large-language-model'],
    ['Sprachmodells', 'large-language-model'],
    ['Sprachmodellen', 'large-language-model'],
    ['großes Sprachmodell', 'large-language-model'],
    ['large language model', 'large-language-model'],
    ['LLM', 'large-language-model'],
    ['LLMs', 'large-language-model'],
    ['Mixture of Experts', 'mixture-of-experts'],
    ['MoE', 'mixture-of-experts'],
    ['Distillation', 'distillation'],
    ['Destillation', 'distillation'],
    ['distilled', 'distillation'],
    ['distilled models', 'distillation'],
    ['Open Source', 'open-source'],
    ['open-source', 'open-source'],
    ['quelloffen', 'open-source'],
    ['Sputnik-Moment', 'sputnik-moment'],
    ['Sputnik moment', 'sputnik-moment'],
    ['Stargate-AI-Projekt', 'stargate'],
    ['Stargate-Projekt', 'stargate'],
    ['Stargate Project', 'stargate'],
    ['Stargate', 'stargate'],
    ['ChatGPT', 'chatgpt'],
    ['ChatGPT-4.0', 'gpt-4'],
    ['GPT-4', 'gpt-4'],
    ['GPT-4o', 'gpt-4'],
    ['Kurseinbruch', 'market-slump-2025'],
    ['Börseneinbruch', 'market-slump-2025'],
    ['Einbruch an den Börsen', 'market-slump-2025'],
    ['Kurssturz', 'market-slump-2025'],
    ['stock market crash', 'market-slump-2025'],
    ['sell-off', 'market-slump-2025'],
    ['Billion', 'billion'],
    ['Billionen', 'billion'],
    ['Rechenleistung', 'computing-power'],
    ['computing power', 'computing-power'],
    ['compute', 'computing-power'],
    ['Datenschutz', 'data-protection'],
    ['DSGVO', 'data-protection'],
    ['GDPR', 'data-protection'],
    ['data privacy', 'data-protection'],
    ['Datenschutzbedenken', 'deepseek-privacy'],
    ['Datenschutzbedenken gegen DeepSeek', 'deepseek-privacy'],
    ['privacy concerns', 'deepseek-privacy'],
    ['data privacy concerns', 'deepseek-privacy'],
    ['nationalen Sicherheitsrisiken', 'national-security-review'],
    ['nationale Sicherheit', 'national-security-review'],
    ['national security', 'national-security-review'],
    ['national security risks', 'national-security-review'],
    ['Transformer', 'transformer'],
    ['Transformer-Modelle', 'transformer'],
    ['Transformer-Architektur', 'transformer'],
    ['transformer models', 'transformer'],
    ['transformer architecture', 'transformer'],
    ['kommerziellen KI-Lösungen', 'proprietary-model'],
    ['kommerzielle KI-Lösungen', 'proprietary-model'],
    ['proprietäres Modell', 'proprietary-model'],
    ['proprietäre Modelle', 'proprietary-model'],
    ['closed models', 'proprietary-model'],
    ['proprietary model', 'proprietary-model'],
    ['Entwicklungskosten', 'development-costs'],
    ['training costs', 'development-costs'],
    ['KI-Wettlauf', 'ai-race'],
    ['Wettlauf um KI', 'ai-race'],
    ['AI race', 'ai-race'],
    ['KI-Wettrennen', 'ai-race'],
    ['Reinforcement Learning', 'reinforcement-learning'],
    ['bestärkendes Lernen', 'reinforcement-learning'],
    ['RL', 'reinforcement-learning'],
    ['reasoning model', 'reasoning-model'],
    ['chain-of-thought', 'chain-of-thought'],
    ['Open Weights', 'open-weights'],
    ['offene Gewichte', 'open-weights'],
    ['Modellparameter', 'model-parameters'],
    ['Exportkontrollen', 'export-controls'],
    ['export controls', 'export-controls'],
    ['H800', 'nvidia-h800'],
    ['GPU', 'gpu'],
    ['Grafikprozessor', 'gpu'],
    ['Nasdaq', 'nasdaq'],
    ['Preisstrategien', 'pricing-strategy'],
    ['Anthropic', 'anthropic'],
    ['Claude', 'claude'],
    ['Gemini', 'gemini'],
    ['Googles', 'google'],
    ['Meta', 'meta'],
  ])('the spelling %j belongs to %s', (form, id) => {
    expect(ownerOf(form)).toEqual([id]);
  });

  test.each(['R1', 'o1', 'Parameter', 'parameters', 'Denkmodell', 'Modell', 'model', 'Netzwerk'])(
    'the too generic %j is no form at all',
    (form) => {
      expect(ownerOf(form)).toEqual([]);
    },
  );

  test.each([
    ['meta', 'Meta'],
    ['mixture-of-experts', 'MoE'],
    ['claude', 'Claude'],
    ['gemini', 'Gemini'],
    ['anthropic', 'Anthropic'],
    ['google', 'Google'],
  ])('%s only matches %j with this capitalisation', (id, form) => {
    expect(byId.get(id)?.matchCase).toContain(form);
  });

  test('"Datenschutz" is generic: the DeepSeek story lives in its own entry, linked both ways', () => {
    const generic = byId.get('data-protection');
    const story = byId.get('deepseek-privacy');
    for (const lang of LANGS) {
      for (const field of ['title', 'short', 'long'] as const) {
        expect(generic?.[field][lang], `data-protection › ${field}.${lang}`).not.toMatch(/DeepSeek|Garante/);
      }
    }
    expect(generic?.related).toContain('deepseek-privacy');
    expect(story?.related).toContain('data-protection');
  });

  test.each(['google', 'large-language-model', 'gpt-4'])('%s links to the transformer entry', (id) => {
    expect(byId.get(id)?.related).toContain('transformer');
  });

  test('"Billion" explains itself only in German text', () => {
    const billion = byId.get('billion');
    expect(billion?.scope).toBe('de');
    expect(billion?.forms.en).toEqual([]);
  });
});
