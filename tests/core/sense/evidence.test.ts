import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import type { GlossaryEntry } from '../../../src/core/glossary/types';
import { compile, markBlocks, markedTexts, type TextBlock } from './mark-blocks';

const bundled = compile(BUNDLED_GLOSSARY);

/** The forms marked on a one-block page (or several blocks, each a string). */
function marked(texts: string | string[], page: { title?: string; lang?: string; heading?: string } = {}): string[] {
  const blocks: TextBlock[] = (Array.isArray(texts) ? texts : [texts]).map((text) => ({ text, heading: page.heading ?? '' }));
  return markedTexts(blocks, markBlocks(bundled, { title: page.title ?? '', lang: page.lang ?? 'en', blocks }));
}

describe('cues in the sentence', () => {
  test('a cue word or phrase supports the sense; a counter-cue speaks against it', () => {
    expect(marked('The model reads the prompt as a sequence of tokens.')).toContain('tokens');
    expect(marked('Send the access token in the Authorization header.')).not.toContain('token');
    expect(marked('Log in again when your session token expires.')).not.toContain('token');
  });

  test('a cue with a trailing * matches any word that starts so', () => {
    expect(marked('Die Sprachmodelle zerlegen jeden Satz in Token.', { lang: 'de' })).toContain('Token');
  });

  test('with no evidence at all, an ambiguous form stays unmarked', () => {
    expect(marked('We handed out one token per visitor.')).toEqual([]);
  });
});

describe('other glossary terms nearby', () => {
  test('an unambiguous term in the sentence supports an ambiguous one', () => {
    expect(marked('DeepSeek R1 beats Gemini on several tests.')).toEqual(['DeepSeek R1', 'Gemini']);
  });

  test('in the same paragraph it counts less: with a cue there it is enough, alone it is not', () => {
    expect(marked('The model uses Mixture of Experts. Each benchmark was run twice.')).toContain('benchmark');
    expect(marked('The model is new. Each benchmark was run twice.')).not.toContain('benchmark');
  });

  test('familiar terms (Google, API) are no evidence by themselves', () => {
    expect(marked('Use the API with your token.')).not.toContain('token');
  });
});

describe('names, prefixes and years', () => {
  test('a form next to another capitalised name word names a person', () => {
    expect(marked('The music of Claude Debussy changed everything.')).toEqual([]);
    expect(marked('The French engineer Georges Claude crafted neon lights.')).toEqual([]);
    expect(marked('In an essay on Claude Shannon, OpenAI researchers praised information theory.')).toEqual(['OpenAI']);
  });

  test('a name word that is a cue or a glossary term keeps the sense', () => {
    expect(marked('Anthropic released Claude Sonnet with better coding skills.')).toContain('Claude');
    expect(marked('Claude Code runs in the terminal.')).toContain('Claude');
  });

  test('a cue or a glossary term right before the form names the product: the capitalised word after it is no surname', () => {
    expect(marked('Das US-Unternehmen Anthropic hat sein Sprachmodell Claude Berichten zufolge nach ihm benannt.', { lang: 'de' })).toContain('Claude');
    // Without it, the same capitalised word after the form reads as a surname.
    expect(marked('Gestern saß Claude Berichten zufolge im Café.', { lang: 'de' })).toEqual([]);
  });

  test('a version number right after a product name supports it; a count or an amount does not', () => {
    expect(marked('Gemini 2.0 is out')).toEqual(['Gemini']);
    expect(marked('Llama 3.1 runs on a laptop.')).toEqual(['Llama']);
    expect(marked('Gemini 4 stayed in orbit for four days, NASA said.')).toEqual([]);
    expect(marked('The llama 3 years old was sold.')).toEqual([]);
  });

  test('sentence openers are not name parts', () => {
    expect(marked('Today Claude answers questions about code.')).toContain('Claude');
  });

  test('a prefix form as the first part of a compound is the prefix, unless the rest is a cue', () => {
    expect(marked('Die Meta-Analyse fasst zwölf Studien zusammen.', { lang: 'de' })).toEqual([]);
    expect(marked('Die Meta-Ebene des Textes ist spannend.', { lang: 'de' })).toEqual([]);
    expect(marked('Der Meta-Konzern stellte Llama 3 vor.', { lang: 'de' })).toContain('Meta');
    // "Metadaten" is one word: the matcher never finds "Meta" in it; "KI-Modell" is still KI.
    expect(marked('Metadaten und ein KI-Modell.', { lang: 'de' })).toEqual(['KI']);
  });

  test('a story entry in a sentence that names another year is about something else', () => {
    expect(marked('The 2008 sell-off wiped out Nvidia shares too.')).not.toContain('sell-off');
    expect(marked('The sell-off of January 2025 followed the release of DeepSeek R1.')).toContain('sell-off');
  });
});

describe('fixed phrases and other subjects', () => {
  test('a counter-cue phrase the form is part of decides, however much the sentence speaks of models', () => {
    expect(
      marked('The model counts every token of the prompt, and you paste your access token into the model hub before you download the model weights.', {
        title: 'Running a language model locally',
      }),
    ).toEqual(['token', 'model weights']);
    expect(marked('Reply: the model is fine, and by the same token every app sends data somewhere.', { title: 'Local model thread' })).toEqual([]);
  });

  test('a phrase that adds only function words stays one counter-cue among the evidence', () => {
    // "to compute" is mostly the verb, but "access to compute" among AI words is the noun.
    expect(marked('Access to compute decides which labs can train large language models on GPUs.')).toContain('compute');
  });

  test('a story entry followed by another name it happened to is that one\'s story', () => {
    const title = 'Nvidia und DeepSeek: der Börsen-Stammtisch';
    expect(marked('Nach dem Kursrutsch bei Varta bin ich im Minus.', { lang: 'de', title })).toEqual([]);
    expect(marked('Nach dem Kursrutsch bei Nvidia bin ich im Minus.', { lang: 'de', title })).toEqual(['Kursrutsch', 'Nvidia']);
    // German capitalises every noun: after an article it is no name.
    expect(marked('DeepSeek R1 ist günstig, aber Datenschutzbedenken bei der App bleiben.', { lang: 'de' })).toContain('Datenschutzbedenken');
  });
});

describe('a qualifier in brackets after the form', () => {
  test('words that are no cue name the other thing; a cue or a glossary term in them keeps the sense', () => {
    const page = { title: 'Gemini – Wikipedia' };
    const text = (q: string) => `Gemini (${q}) is a name used by Google for its language models and chatbot.`;
    expect(marked(text('astrology'), page)).not.toContain('Gemini');
    expect(marked(text('disambiguation'), page)).not.toContain('Gemini');
    expect(marked(text('language model'), page)).toContain('Gemini');
    expect(marked('Mixture of Experts (MoE) activates a few experts per token of a model.')).toEqual(expect.arrayContaining(['Mixture of Experts', 'MoE']));
  });

  test('bracketed numbers and dates are left to the rest of the evidence', () => {
    expect(marked('Gemini (2023) is the language model family of Google DeepMind.')).toContain('Gemini');
  });
});

describe('code and user names', () => {
  test('a form that begins a call, a member or an underscore name is no term', () => {
    expect(marked('Deprecated: the compute() helper. Modern models need far more compute.')).toEqual(['compute']);
    expect(marked('Antwort von Meta_Morph: Das Sprachmodell von Meta läuft lokal.', { lang: 'de' }).filter((t) => t === 'Meta')).toHaveLength(1);
    expect(marked('Call stats.inference on the fitted object.')).toEqual([]);
  });

  test('a name that ends with the form keeps its sense: max_tokens counts the model\'s tokens', () => {
    expect(marked('Set max_tokens to cap the length of the model output.')).toContain('tokens');
  });
});

describe('abbreviations need their context too', () => {
  test('CoT and SFT are marked beside model words, not in a tracking forum or a securities report', () => {
    expect(marked('The reasoning model writes a long CoT before it answers the prompt.')).toContain('CoT');
    expect(marked('Check the stale time in your CoT XML before the TAK server receives it.')).toEqual([]);
    expect(marked('R1 starts with a short SFT phase on curated examples before training with rewards.')).toContain('SFT');
    expect(marked('Both counterparties must report each SFT on securities lending to a trade repository.')).toEqual([]);
  });
});

describe('heading, title and the page', () => {
  test('cues in the section heading and the page title count; a counter-cue there speaks against', () => {
    const text = 'Each token costs a fraction of a cent.';
    const run = (heading: string, title: string) =>
      markedTexts([{ text, heading }], markBlocks(bundled, { title, lang: 'en', blocks: [{ text, heading }] }));
    expect(run('Pricing of language models', 'What an LLM costs')).toContain('token');
    expect(run('Pricing of language models', '')).toEqual([]);
    expect(run('Pricing of language models', 'Login help: session tokens')).toEqual([]);
  });

  test('an undecided occurrence is settled by the terms on the rest of the page', () => {
    const alone = ['Each token costs a fraction of a cent.'];
    expect(marked(alone)).toEqual([]);
    const aiPage = [
      ...alone,
      'DeepSeek R1 and OpenAI o1 are reasoning models built on Mixture of Experts and reinforcement learning.',
      'The weights are open, and distillation made smaller versions; Hugging Face hosts them.',
    ];
    expect(marked(aiPage)).toContain('token');
  });

  test('the page never overrides strong local evidence: an AI page still does not mark Claude Debussy', () => {
    const page = ['DeepSeek R1, OpenAI o1, Anthropic and Mixture of Experts: the AI race.', 'He played Claude Debussy at the launch.'];
    expect(marked(page)).not.toContain('Claude');
  });

  test('one sense per page: a form confirmed twice by local evidence settles its bare occurrences', () => {
    const confirmedOnce = ['The model splits text into tokens before it reads them.', 'Each token costs a fraction of a cent.'];
    expect(marked(confirmedOnce)).toEqual(['tokens']);
    const twice = ['The model splits text into tokens before it reads them.', 'A language model reads tokens, not letters.', 'Each token costs a fraction of a cent.'];
    expect(marked(twice)).toContain('token');
    // Local evidence against still wins.
    expect(marked([...twice, 'Your session token expired: log in again.']).filter((t) => t === 'token')).toHaveLength(1);
  });

  test('a story entry (local) takes no help from the page, unless the page title is about its story', () => {
    // A ticker page that mentions DeepSeek's slump once, and other slumps without context.
    const ticker = [
      'The sell-off after DeepSeek R1 hit Nvidia, Broadcom and other chip stocks in January.',
      'DeepSeek, OpenAI and Nvidia: the AI race goes on, with Mixture of Experts and distillation.',
      '12:15 Defence shares recover after the sell-off of the previous day.',
    ];
    expect(marked(ticker, { title: 'Market ticker' }).filter((t) => t === 'sell-off')).toHaveLength(1);
    // The same bare line on a page whose title names the story is read as part of it.
    expect(marked(ticker, { title: 'Nvidia and DeepSeek: the chip sell-off' }).filter((t) => t === 'sell-off')).toHaveLength(2);
  });

  test('one sense per page: a bare form on a page where it named a person stays unmarked', () => {
    const page = ['The engineer Georges Claude built the first neon tube.', 'Claude later sold licences abroad.'];
    expect(marked(page)).toEqual([]);
  });
});

describe("user entries' sense rules", () => {
  const user: GlossaryEntry = {
    id: 'anamnese',
    title: { de: 'Anamnese', en: 'History' },
    forms: { de: ['Verlauf'], en: [] },
    short: { de: 'Krankengeschichte.', en: '' },
    long: { de: '', en: '' },
    category: 'concept',
    related: [],
    source: { label: 'Test' },
    sense: { cues: ['patient*', 'befund*'], against: ['browser'] },
  };
  const c = compile([user]);
  const run = (text: string) => markedTexts([{ text, heading: '' }], markBlocks(c, { title: '', lang: 'de', blocks: [{ text, heading: '' }] }));

  test('work the same way as the bundled ones', () => {
    expect(run('Der Verlauf beim Patienten war günstig.')).toEqual(['Verlauf']);
    expect(run('Den Verlauf im Browser löschen.')).toEqual([]);
  });
});
