import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import { LANGS, type Lang } from '../../../src/core/glossary/types';
import { compileMatcher } from '../../../src/core/matcher';

const matcher = compileMatcher(BUNDLED_GLOSSARY);

/** Matched ids with the text they cover, in order. */
function found(text: string, lang: Lang): string[] {
  return matcher.match(text, { lang }).map((m) => `${m.id}: ${text.slice(m.start, m.end)}`);
}

const everyForm = BUNDLED_GLOSSARY.flatMap((entry) =>
  LANGS.flatMap((lang) => entry.forms[lang].map((form) => ({ id: entry.id, lang, form }))),
);

describe('every bundled form matches its own entry', () => {
  test('there are forms to check', () => {
    expect(everyForm.length).toBeGreaterThan(200);
  });

  // No form is swallowed by a longer form of another entry, and none matches
  // only part of itself.
  test.each(everyForm)('$id · $lang · "$form"', ({ id, lang, form }) => {
    const text = `Vorher ${form} nachher.`;
    const matches = matcher.match(text, { lang });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ id, start: 7, end: 7 + form.length, lang });
  });
});

describe('the bundled glossary on real sentences', () => {
  // Sentences from the source article (TechObserver.de, 31 January 2025).
  test.each([
    [
      'Der Grund: die Veröffentlichung des chinesischen KI-Modells DeepSeek R1.',
      ['artificial-intelligence: KI', 'deepseek-r1: DeepSeek R1'],
    ],
    [
      'Diese künstliche Intelligenz ist nicht nur Open Source und kostenlos verfügbar',
      ['artificial-intelligence: künstliche Intelligenz', 'open-source: Open Source'],
    ],
    [
      'Die Entwicklungskosten lagen angeblich bei weniger als 3 % derjenigen von ChatGPT-4.0.',
      ['development-costs: Entwicklungskosten', 'gpt-4: ChatGPT-4.0'],
    ],
    [
      'Am 28. Januar 2025 erlebte der US-Aktienmarkt einen historischen Einbruch von über einer Billion US-Dollar.',
      ['billion: Billion'],
    ],
    [
      'Einige Analysten vergleichen die Situation bereits mit dem „Sputnik-Moment“ der Raumfahrtgeschichte.',
      ['sputnik-moment: Sputnik-Moment'],
    ],
    [
      'Die USA investieren eine halbe Billion US-Dollar in das Stargate-AI-Projekt, um technologisch aufzuholen.',
      ['billion: Billion', 'stargate: Stargate-AI-Projekt'],
    ],
    [
      'Es übertrifft in bestimmten Aufgaben sogar Modelle wie Anthropic’s Claude oder Googles Gemini.',
      ['anthropic: Anthropic', 'claude: Claude', 'google: Googles', 'gemini: Gemini'],
    ],
    [
      'Mixture of Experts-Technologie: Nur relevante Teile des Netzwerks werden aktiviert, was Rechenleistung spart',
      ['mixture-of-experts: Mixture of Experts', 'computing-power: Rechenleistung'],
    ],
    [
      'Distillation-Technik: Kleinere Modelle werden mit weniger Rechenleistung trainiert',
      ['distillation: Distillation', 'computing-power: Rechenleistung'],
    ],
    [
      'OpenAI und Meta kündigen Preisanpassungen und kostenlose Modellversionen an.',
      ['openai: OpenAI', 'meta: Meta', 'pricing-strategy: Preisanpassungen'],
    ],
    ['Datenschutzbedenken bleiben bestehen: Nutzerdaten von DeepSeek R1', ['deepseek-privacy: Datenschutzbedenken', 'deepseek-r1: DeepSeek R1']],
    [
      'Die US-Regierung untersucht die nationalen Sicherheitsrisiken von DeepSeek R1.',
      ['national-security-review: nationalen Sicherheitsrisiken', 'deepseek-r1: DeepSeek R1'],
    ],
    [
      'DeepSeek R1 ist ein leistungsfähiges Sprachmodell, das sich mit den besten kommerziellen KI-Lösungen messen kann.',
      ['deepseek-r1: DeepSeek R1', 'large-language-model: Sprachmodell', 'proprietary-model: kommerziellen KI-Lösungen'],
    ],
    ['Die Datenschutzerklärung erklärt, wie wir Ihre Daten nach der DSGVO verarbeiten. Datenschutz', ['data-protection: DSGVO', 'data-protection: Datenschutz']],
    ['Die Zukunft des KI-Wettlaufs', ['ai-race: KI-Wettlaufs']],
    ['DeepSeek R1 ist ein leistungsfähiges Sprachmodell', ['deepseek-r1: DeepSeek R1', 'large-language-model: Sprachmodell']],
  ])('de: %s', (text, expected) => {
    expect(found(text, 'de')).toEqual(expected);
  });

  // Sentences from the DeepSeek-R1 README (MIT).
  test.each([
    [
      'We introduce our first-generation reasoning models, DeepSeek-R1-Zero and DeepSeek-R1.',
      ['reasoning-model: reasoning models', 'deepseek-r1: DeepSeek-R1-Zero', 'deepseek-r1: DeepSeek-R1'],
    ],
    [
      'a model trained via large-scale reinforcement learning (RL) without supervised fine-tuning (SFT)',
      [
        'reinforcement-learning: reinforcement learning',
        'reinforcement-learning: RL',
        'fine-tuning: supervised fine-tuning',
        'fine-tuning: SFT',
      ],
    ],
    ['DeepSeek-R1 achieves performance comparable to OpenAI-o1 across math', ['deepseek-r1: DeepSeek-R1', 'openai-o1: OpenAI-o1']],
    [
      'six dense models distilled from DeepSeek-R1 based on Llama and Qwen.',
      ['dense-model: dense models', 'distillation: distilled', 'deepseek-r1: DeepSeek-R1', 'llama: Llama', 'qwen: Qwen'],
    ],
    [
      'DeepSeek-R1-Distill-Qwen-32B outperforms OpenAI-o1-mini across various benchmarks',
      ['deepseek-r1-distill: DeepSeek-R1-Distill', 'qwen: Qwen', 'openai-o1: OpenAI-o1-mini', 'benchmark: benchmarks'],
    ],
    ['This approach allows the model to explore chain-of-thought (CoT)', ['chain-of-thought: chain-of-thought', 'chain-of-thought: CoT']],
    ['reasoning capabilities of LLMs can be incentivized purely through RL', ['large-language-model: LLMs', 'reinforcement-learning: RL']],
    ['The open source DeepSeek-R1, as well as its API', ['open-source: open source', 'deepseek-r1: DeepSeek-R1', 'api: API']],
    [
      'We open-source distilled 1.5B, 7B, 8B, 14B, 32B, and 70B checkpoints based on Qwen2.5 and Llama3 series',
      ['open-source: open-source', 'distillation: distilled', 'qwen: Qwen2.5', 'llama: Llama3'],
    ],
    ['Claude-3.5-Sonnet-1022 GPT-4o 0513 DeepSeek V3', ['claude: Claude', 'gpt-4: GPT-4o', 'deepseek-v3: DeepSeek V3']],
    ['ArenaHard (GPT-4-1106)', ['gpt-4: GPT-4']],
    ['Architecture MoE', ['mixture-of-experts: MoE']],
  ])('en: %s', (text, expected) => {
    expect(found(text, 'en')).toEqual(expected);
  });

  test.each([
    ['Die Metadaten der Datei', 'de'],
    ['Die meta-Angaben', 'de'],
    ['In Kiel am KIT', 'de'],
    ['Die Straße R1 führt nach Norden', 'de'],
    ['Ein Parameter der Funktion', 'de'],
    ['Das ist ein Denkmodell', 'de'],
    ['claude and gemini in lowercase', 'en'],
    ['the anthropic principle', 'en'],
    ['just google it', 'en'],
    ['a llama on a farm', 'en'],
    ['the function parameters', 'en'],
    ['one billion dollars', 'en'],
    ['ai and ki in lowercase', 'en'],
  ] as const)('marks nothing in %j', (text, lang) => {
    expect(found(text, lang)).toEqual([]);
  });

  test('"Billion" is explained in German text only', () => {
    expect(found('eine Billion Dollar', 'de')).toEqual(['billion: Billion']);
    expect(found('eine Billion Dollar', 'en')).toEqual([]);
  });
});

// The whole source article, where the project's shared folder sits next to the
// repository (it is not part of the repository, so the test is skipped elsewhere).
const ARTICLE_PATH = path.join(process.cwd(), '..', 'shared', 'source', 'ki-wettlauf-deepseek-r1.de.txt');

describe.skipIf(!existsSync(ARTICLE_PATH))('the whole source article', () => {
  const article = existsSync(ARTICLE_PATH) ? readFileSync(ARTICLE_PATH, 'utf8') : '';
  const ids = new Set(matcher.match(article, { lang: 'de' }).map((m) => m.id));

  test.each(['deepseek-privacy', 'national-security-review', 'proprietary-model', 'development-costs', 'market-slump-2025'])(
    'mentions %s in a form the matcher finds',
    (id) => {
      expect(ids.has(id)).toBe(true);
    },
  );
});
