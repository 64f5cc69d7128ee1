import type { EntrySense, GlossaryEntry } from '../types';

/**
 * Which bundled entries most readers know (drawn only on request), and how to
 * tell the glossary's sense of an ambiguous form from another one. Kept apart
 * from the explanations: these lists are about pages Klartext meets, not
 * about the article. Cue syntax: see `EntrySense` (a trailing * is a prefix).
 */
export const FAMILIAR: readonly string[] = [
  'google',
  'artificial-intelligence',
  'api',
  'open-source',
  'chatgpt',
  'nvidia',
  'data-protection',
];

/** Words that say a text is about AI models, in both languages. */
const AI = [
  'ki', 'ai', 'llm*', 'sprachmodell*', 'language model', 'language models', 'chatbot*', 'neural', 'neuronal*',
  'deepseek*', 'openai', 'anthropic', 'gpt*', 'chatgpt', 'machine learning', 'maschinelles lernen', 'deep learning',
  'künstliche intelligenz', 'künstlicher intelligenz', 'künstlichen intelligenz', 'artificial intelligence', 'generative',
  'generativ*',
];
/** Models and their makers, as cues for terms about models. */
// Ambiguous names (Claude, Gemini, Llama) are no cues: decided in the glossary's sense, they support as neighbours.
const MODELS = ['modell*', 'model', 'models', 'r1', 'v3', 'o1', 'o3', 'qwen', 'mistral', 'mixtral'];
/** Running models on one's own machine: their tools and measures. */
const LOCAL_MODELS = ['ollama', 'gguf', 'vram', 'grafikspeicher', 'quantisier*', 'quantiz*', 'quantis*', 'lm studio', 'llama.cpp', 'per second', 'pro sekunde'];
const TRAINING = ['training', 'trainiert*', 'trained', 'train', 'parameter*', 'weights', 'gewichte*', 'gpu*', 'dataset*', 'datensatz*', 'datensätze*'];
/** Sentences that compute something: the verb, not the noun. */
const COMPUTE_VERB = [
  'compute the', 'compute a', 'compute an', 'compute its', 'compute their', 'compute this', 'compute it', 'to compute',
  'we compute', 'you compute', 'and compute', 're compute', 'compute how', 'compute whether', 'compute which',
];
const OTHER_MONTHS = [
  'februar', 'february', 'märz', 'march', 'april', 'mai', 'may', 'juni', 'june', 'juli', 'july', 'august', 'september',
  'oktober', 'october', 'november', 'dezember', 'december',
];
const FINANCE_RATES = ['zins*', 'interest', 'rate', 'rates', 'anleihe*', 'bond', 'bonds', 'yield*', 'rendite*', 'leitzins*', 'libor', 'euribor', 'sofr', 'treasury', 'treasuries', 'fonds*', 'fund', 'funds', 'etf*', 'portfolio*', 'index', 'indices'];
const HARDWARE_REVIEW = ['fps', 'frames', 'frame rate', 'gaming', 'game', 'games', '3dmark', 'cinebench', 'geekbench', 'passmark', 'rtx', 'radeon', 'ryzen', 'cpu*', 'prozessor*', 'processor*', 'grafikkarte*', 'spiele', 'akku*', 'battery'];
const STAFF = ['mitarbeiter*', 'staff', 'employee*', 'schulung*', 'weiterbildung*', 'seminar*', 'workshop*', 'onboarding', 'personal'];
const DEEPSEEK_STORY = ['deepseek', 'deepseek-r1', 'deepseek-v3', 'china-ai-strategy', 'large-language-model', 'openai', 'chatgpt', 'artificial-intelligence', 'ai-race'];

export const SENSES: Readonly<Record<string, EntrySense>> = {
  claude: {
    name: true,
    versioned: true,
    cues: [
      'api', 'anthropic', 'chat', 'console', 'asked', 'ask', 'fragte', 'gefragt', 'summar*', 'zusammenfass*', 'respond*', 'antwortet',
      'answer*', 'refus*', 'chatbot*',
      ...AI, 'modell*', 'model', 'models', 'anthropics', 'assistant*', 'assistent*', 'sonnet', 'opus', 'haiku', 'apis',
      'instant', 'code', 'pro', 'max', 'prompt*', 'artifacts',
    ],
    against: [
      'debussy', 'monet', 'shannon', 'lelouch', 'juncker', 'damme', 'komponist*', 'composer*', 'maler*', 'painter*',
      'impressionis*', 'neon', 'symphon*', 'sinfon*', 'prélude', 'prelude', 'lune', 'seerosen', 'water lilies',
      'informationstheorie', 'information theory', 'regisseur*', 'schauspieler*', 'actor',
    ],
  },
  gemini: {
    versioned: true,
    cues: [
      'api', 'app', 'android', 'pixel', 'chrome', 'gmail',
      ...AI, 'modell*', 'model', 'models', 'asked', 'summar*', 'zusammenfass*', 'google', 'googles', 'deepmind', 'bard', 'assistant', 'assistent*',
      'ultra', 'flash', 'nano', 'advanced', 'prompt*', 'multimodal*', 'workspace', 'pro',
    ],
    against: [
      'sternzeichen', 'zodiac', 'horoscope*', 'horoskop*', 'zwilling*', 'twins', 'twin', 'nasa', 'astronaut*', 'apollo',
      'mercury', 'kapsel*', 'capsule*', 'spacewalk*', 'weltraumspaziergang', 'observatory', 'observatorium', 'teleskop*',
      'telescope*', 'sternbild*', 'constellation*', 'castor', 'pollux', 'crypto*', 'krypto*', 'bitcoin', 'winklevoss',
      'geminiden', 'geminids', 'meteor*', 'sign', 'born', 'geboren', 'mondknoten', 'aszendent*', 'ascendant', 'lovers',
      'exchange', 'börse', 'trader*', 'trading',
      'liebe', 'raumfahrtprogramm*', 'space program*', 'space programme*', 'orbit*', 'cosmonaut*', 'kosmonaut*',
    ],
  },
  llama: {
    versioned: true,
    cues: [...AI, ...TRAINING, 'meta', 'metas', 'open weight', 'open weights', 'fine tun*', 'finetun*', 'hugging', 'ollama', 'instruct', 'qwen', 'mistral', 'modell*', 'model', 'models'],
    against: [
      'tier*', 'animal*', 'alpaka*', 'alpaca*', 'anden', 'andes', 'peru*', 'bolivi*', 'wolle', 'wool', 'herde*', 'herd',
      'farm*', 'kamel*', 'camel*', 'zoo', 'spuck*', 'spit*', 'fell', 'fleece', 'dalai', 'pajama', 'pyjama', 'guanako*',
      'guanaco*', 'vicuña', 'trekking', 'wander*', 'hike', 'hiking',
    ],
  },
  meta: {
    forms: ['Meta'],
    prefix: true,
    cues: [
      'facebook', 'instagram', 'whatsapp', 'threads', 'zuckerberg*', 'quest', 'oculus', 'ray ban', 'reality labs', 'horizon',
      'llama', 'konzern*', 'company', 'unternehmen*', 'aktie*', 'shares', 'stock', 'platforms', 'messenger', 'metaverse',
      'metaversum', 'chef', 'gründer', 'tochter*', 'ceo', 'social', 'staff', 'employee*', 'mitarbeiter*', 'jobs', 'stellen', 'layoff*',
      'entlass*', 'quarterly', 'quartal*', 'revenue', 'umsatz*', 'earnings', 'eu', 'kommission', 'commission', 'regulator*', 'ftc', 'lawsuit', 'klage*', 'werbe*', 'advertis*', 'openai', 'google', 'microsoft',
      'apple', 'amazon', 'nvidia', 'meta ai', 'ki', 'ai', 'chatbot*',
    ],
    against: [
      'tag', 'tags', 'description', 'beschreibung*', 'keywords', 'daten', 'data', 'analyse*', 'analysis', 'analyses',
      'ebene*', 'level', 'studie*', 'study', 'knight', 'kirby', 'posts', 'log in', 'login', 'anmelden', 'feed', 'feeds',
      'entries', 'rss', 'wordpress', 'physik', 'physics', 'theorie*', 'theory', 'kognition', 'cognition', 'programmierung',
      'programming', 'deck', 'decks', 'tier list', 'charakter*', 'character*', 'kommentar*', 'comments',
    ],
  },
  distillation: {
    forms: ['Destillation', 'Distillation', 'distillation', 'distilled', 'distill'],
    cues: [
      ...AI, ...MODELS, ...TRAINING, 'lehrer*', 'teacher', 'student*', 'schüler*', 'knowledge', 'wissen', 'kleiner*',
      'smaller', 'reasoning', 'outputs', 'fine tun*', 'sprachmodell*',
    ],
    against: [
      'whisky', 'whiskey', 'schnaps*', 'brennerei*', 'distillery', 'distilleries', 'gin', 'rum', 'vodka', 'wodka',
      'alkohol*', 'alcohol*', 'ethanol', 'brenn*', 'destillat*', 'kolonne*', 'water', 'wasser', 'chemie', 'chemistry',
      'chemical*', 'chemisch*', 'siede*', 'boiling', 'dampf', 'vapor*', 'vapour*', 'erdöl*', 'petroleum', 'crude',
      'raffinerie*', 'refiner*', 'fraktion*', 'fractional', 'malz*', 'malt', 'essenz', 'essence', 'argument*',
      'weisheit*', 'wisdom', 'obst*', 'fruit*', 'kupfer*', 'copper', 'lavendel*', 'lavender', 'öl', 'oil', 'oils',
      'aroma*', 'labor*', 'laboratory',
    ],
  },
  'reinforcement-learning': {
    forms: ['RL'],
    cues: [
      ...AI, ...MODELS, 'reinforcement', 'reward*', 'belohnung*', 'policy', 'agent*', 'training', 'trained',
      'trainiert*', 'rlhf', 'grpo', 'ppo', 'sft', 'fine tun*', 'reasoning', 'human feedback', 'learning', 'lernen',
    ],
    against: [
      'real life', 'irl', 'rocket', 'league', 'regionalliga', 'liga', 'art', 'artikel', 'abs', 'gesetz*', 'verordnung*', 'dsm', 'circuit*', 'schaltung*', 'widerstand*', 'resistor*', 'inductor*',
      'spule*', 'richtlinie*', 'eu', 'kondensator*', 'capacitor*',
    ],
  },
  'chain-of-thought': {
    // "CoT" is also Cursor on Target (military and rescue tracking) and more: an abbreviation needs its context too.
    forms: ['Chain of Thought', 'chain of thought', 'chains of thought', 'Gedankenkette', 'Gedankenketten', 'CoT', 'CoTs'],
    cues: [
      ...AI, ...MODELS, 'prompt*', 'prompting', 'reasoning model*', 'step by step', 'schritt für schritt', 'schritt*', 'denkschritt*',
      'zwischenschritt*', 'intermediate', 'wei', 'kojima', 'token*', 'benchmark*', 'math*', 'mathematik*',
    ],
    against: [
      'poem*', 'gedicht*', 'roman', 'romans', 'novel*', 'erzähler*', 'narrator*', 'interrupted', 'unterbroch*', 'verlor*',
      'lost', 'dream*', 'traum*', 'dichter*', 'poet*', 'literatur*', 'literary', 'essay*', 'detective*', 'detektiv*', 'kafka', 'joyce', 'woolf', 'meditation*',
      'monolog*', 'monologue*', 'theater*', 'theatre*', 'bühne*', 'stage', 'inszenierung*', 'schauspiel*', 'assoziativ*', 'associative',
    ],
  },
  'fine-tuning': {
    forms: [
      'Fine-Tuning', 'Finetuning', 'Feintuning', 'Post-Training', 'Basismodell', 'Basismodelle', 'base model', 'base models',
      // Also a securities financing transaction (EU regulation SFTR).
      'SFT',
    ],
    cues: [
      ...AI, 'weights', 'gewichte*', 'parameter*', 'lora', 'instruct*', 'deepseek*', 'llama', 'qwen', 'r1', 'v3', 'sft',
      'rlhf', 'pre train*', 'pretrain*', 'vortrain*', 'hugging', 'epoch*', 'tokens', 'reasoning', 'dataset*',
      'datensatz*', 'datensätze*', 'training', 'trainiert*', 'trained', 'prompt*', 'rag', 'retrieval', 'embedding*',
    ],
    against: [
      'auto', 'autos', 'car', 'cars', 'fahrzeug*', 'vehicle*', 'motor*', 'engine*', 'ps', 'hp', 'ausstattung*', 'trim',
      'leder*', 'leather', 'meal*', 'mahlzeit*', 'protein*', 'muskel*', 'muscle*', 'athlet*', 'workout*', 'fitness',
      'regeneration', 'recovery', 'stretching', 'dehn*', 'gitarre*', 'guitar*', 'instrument*', 'orchest*', 'radio',
      'frequenz*', 'frequency', 'universum', 'universe', 'cosmolog*', 'kosmolog*', 'naturkonstante*', 'constants',
      'budget*', 'smartphone*', 'iphone*', 'modellreihe*', 'lineup', 'dealer*', 'händler*', 'felgen', 'wheels',
      // A product's entry configuration: "Base model: 8-core CPU, 16 GB RAM".
      'ram', 'ssd', 'laptop*', 'cpu', 'arbeitsspeicher',
      'securities', 'wertpapier*', 'repo', 'repos', 'lending', 'counterpart*', 'gegenpartei*', 'collateral', 'sicherheiten', 'sftr',
    ],
  },
  'model-parameters': {
    forms: [
      'Modellparameter', 'Modellparametern', 'model parameters', 'parameter count', 'Parameteranzahl', 'Parameterzahl',
      'total parameters',
    ],
    cues: [
      ...AI, 'milliarden', 'billion', 'billions', 'trillion', 'weights', 'gewichte*', 'llama', 'qwen', 'moe', 'experten',
      'experts', 'gpu*', 'aktiviert*', 'activated', 'active', 'training', 'trainiert*', 'trained', 'mixture',
    ],
    against: [
      'regression*', 'statistik*', 'statistic*', 'klima*', 'climate', 'ökonometr*', 'econometric*', 'schätz*',
      'estimat*', 'likelihood', 'bayes*', 'varianz*', 'variance', 'funktion*', 'function*', 'methode*', 'method*',
      'argument*', 'signatur*', 'signature*', 'overload*', 'hydrolog*', 'epidemiolog*', 'kalibrier*', 'calibrat*',
      'lint*', 'refactor*', 'clean code',
    ],
  },
  token: {
    cues: [
      ...AI, 'modell*', 'model', 'models', 'kontext*', 'context', 'prompt*', 'per million', 'pro million', 'million tokens', 'millionen token',
      'billion tokens', 'trillion tokens', 'wörter', 'words', 'wortteil*', 'subword*', 'silbe*', 'bpe',
      'qwen', 'trainiert*', 'trained', 'training', 'generier*', 'generat*', 'context window',
      'kontextfenster', 'vocabulary', 'vokabular', 'inference', 'inferenz', 'r1', 'v3', 'o1', 'word', 'wort', 'reply', 'replies',
      'answer*', 'antwort*', 'output*', 'ausgabe*', 'input', 'inputs', 'eingabe*', 'max tokens', 'token limit', 'tokenlimit*', 'embedding*', 'transformer*', 'attention',
      'completion*', 'per minute', 'pro minute', ...LOCAL_MODELS,
    ],
    against: [
      'login', 'log', 'anmeld*', 'session*', 'auth*', 'oauth', 'jwt', 'bearer', 'access token', 'access tokens',
      'refresh token', 'refresh tokens', 'api token', 'api tokens', 'id token', 'passwor*', 'password*', 'credential*',
      'cookie*', 'csrf', 'header*', 'expir*', 'ablauf*', 'abgelaufen*', 'security token', 'sicherheitstoken', 'crypto*',
      'krypto*', 'blockchain', 'nft*', 'coin*', 'bitcoin', 'btc', 'stablecoin*', 'defi', 'erc', 'ethereum', 'wallet*', 'staking', 'airdrop*', 'ico', 'same token',
      'spielmarke*', 'arcade', 'casino', 'jeton*', 'lexer*', 'lexical', 'lexikal*', 'parser*', 'compiler*', 'syntax',
      'grammar', 'gesture', 'geste', 'kreditkart*', 'credit card*', 'payment*', 'zahlung*', 'pci', 'card', 'karte',
      'subway', 'fare', 'hardware token', 'totp', '2fa', 'otp', 'github', 'gitlab', 'npm', 'secret*', 'scope*',
      'revoke*', 'widerruf*', 'signed', 'signiert*',
    ],
  },
  'training-inference': {
    forms: [
      'Inferenz', 'inference', 'Modelltraining', 'model training', 'Trainingslauf', 'Trainingsläufe', 'training run',
      'training runs', 'Vortraining', 'Pre-Training', 'pre-training', 'pretraining',
    ],
    cues: [
      ...AI, ...MODELS, 'gpu*', 'chip*', 'rechen*', 'compute', 'token*', 'parameter*', 'gewichte*', 'weights',
      'dataset*', 'datensatz*', 'cluster*', 'h100', 'h800', 'nvidia', 'server*', 'cloud', 'latenz*', 'latency',
      'anfrage*', 'request*', 'scaling', 'skalier*', 'frontier', 'labs', ...LOCAL_MODELS,
    ],
    against: [
      'statistik*', 'statistic*', 'statistical', 'statistisch*', 'bayes*', 'frequentist*', 'hypothes*', 'stichprobe*', 'konfidenz*',
      'confidence', 'signifikanz*', 'significance', 'logik*', 'logic*', 'schlussfolger*', 'deduct*', 'dedukti*',
      'indukti*', 'inductive', 'type', 'types', 'typ', 'typen', 'typescript', 'rust', 'haskell', 'ocaml', 'typinferenz',
      'läufer*', 'runner*', 'marathon*', 'joggen', 'jog*', 'kilometer*', 'km', 'miles', 'meilen', 'tempo', 'puls*',
      'coach*', 'trainer*', 'pace', 'intervall*', 'interval*', 'causal', 'kausal*', 'population*', 'regression*',
      'textverständnis', 'leser*', 'reader*', 'lektüre', ...STAFF,
    ],
  },
  benchmark: {
    cues: [
      ...AI, ...MODELS, 'mmlu', 'gpqa', 'aime', 'math', 'humaneval', 'swe', 'codeforces', 'livecodebench', 'arena',
      'lmsys', 'reasoning', 'prompt*', 'pass', 'genauigkeit', 'accuracy', 'sprachmodell*',
    ],
    against: [
      ...FINANCE_RATES, ...HARDWARE_REVIEW, 'attendance', 'anwesenheit*', 'besucher*', 'zuschauer*', 'kpi*',
      'kennzahl*', 'best practice*', 'salary', 'salaries', 'gehalt*', 'gehälter', 'umsatz*', 'revenue*', 'sales',
      'marge*', 'margin*', 'wettbewerber*', 'competitor*', 'schüler*', 'pupils', 'school*', 'schule*', 'klinik*',
      'hospital*', 'patient*', 'mieten', 'rents', 'immobilie*', 'property', 'housing', 'athlet*', 'zeit', 'record',
      'rekord*', 'marathon*',
    ],
  },
  'computing-power': {
    cues: [
      ...AI, ...MODELS, ...TRAINING, 'h100', 'h800', 'nvidia', 'chip*', 'rechenzentr*', 'datacenter*', 'data center',
      'data centers', 'data centre', 'data centres', 'cluster*', 'inferenz', 'inference', 'flops', 'flop', 'petaflop*',
      'exaflop*', 'export*', 'sanktion*', 'sanction*', 'stargate', 'scaling', 'skalier*',
    ],
    against: [
      ...COMPUTE_VERB, 'shader*', 'compute shader', 'compute shaders', 'score', 'summe', 'sum', 'total', 'average', 'durchschnitt*', 'mean', 'value', 'values', 'hash*',
      'checksum*', 'formula*', 'formel*', 'variable*', 'c64', 'commodore', 'amiga', 'atari', 'heimcomputer*',
      'home computer', 'smartphone*', 'handy*', 'iphone*', 'pixel', 'galaxy', 'display*', 'vorgänger*', 'konsole*', 'console*', 'playstation', 'xbox', 'apollo',
      'taschenrechner*', 'calculator*', 'spiel', 'spiele', 'game', 'games', 'gaming', 'laptop*', 'akku*', 'battery',
      'kamera*', 'camera*', 'auto', 'car', 'cars', 'fahrzeug*', 'vehicle*',
    ],
  },
  'market-slump-2025': {
    forms: [
      'Kurseinbruch', 'Kurseinbrüche', 'Kurseinbruchs', 'Börseneinbruch', 'Einbruch an den Börsen', 'Kurssturz',
      'Kursstürze', 'Kursrutsch', 'stock market crash', 'stock market slump', 'market slump', 'sell-off', 'selloff',
    ],
    years: [2025],
    local: true,
    supportedBy: ['deepseek', 'deepseek-r1', 'deepseek-v3', 'nvidia', 'nvidia-h800', 'gpu', 'ai-race', 'sputnik-moment', 'stargate'],
    cues: [
      'deepseek*', 'nvidia*', 'januar', 'january', 'chip*', 'halbleiter*', 'semiconductor*', 'ki', 'ai', 'broadcom',
      'asml', 'sputnik*', 'r1', 'tsmc', 'oracle', 'gpu*', 'rechenzentr*', 'data center*',
    ],
    against: [
      ...OTHER_MONTHS, 'dotcom', 'dot com', 'lehman', 'subprime', 'corona', 'covid', 'pandemie', 'pandemic', 'bitcoin',
      'krypto*', 'crypto*', 'tesla', 'anleihe*', 'bond', 'bonds', 'treasury', 'treasuries', 'öl', 'oil', 'immobilie*',
      'housing', 'weltwirtschaftskrise', 'depression', 'tariff*', 'zoll', 'zölle*', 'zollstreit*', 'handelskrieg*', 'trade war', 'black monday', 'schwarzer montag', 'schwarzer freitag',
    ],
  },
  stargate: {
    forms: ['Stargate', 'Stargate-Projekt', 'Stargate-Projekts', 'Stargate Project'],
    cues: [
      ...AI, 'softbank', 'oracle', 'mgx', 'altman', 'masayoshi', 'trump', 'white house', 'weißen haus', 'weiße haus', 'musk', 'ellison', 'rechenzentr*', 'data center', 'data centers',
      'datacenter*', 'infrastruktur*', 'infrastructure', 'milliarden', 'billion', 'billions', '500', 'abilene', 'texas',
      'gpu*', 'nvidia', 'microsoft', 'arm', 'investition*', 'investment*',
    ],
    against: [
      'film*', 'movie*', 'serie', 'serien', 'series', 'sg', 'atlantis', 'universe', 'episode*', 'staffel*', 'season*',
      'emmerich', 'mgm', 'russell', 'anderson', 'sternentor*', 'wurmloch*', 'wormhole*', 'goa', 'jaffa', 'cia',
      'remote viewing', 'hellseh*', 'psychic*', 'parapsycholog*', 'kino*', 'cinema', 'dvd', 'science fiction', 'sci fi',
      'fiction', 'fans', 'schauspieler*', 'actor*', 'cast', 'darsteller*', 'stargate sg', 'sg 1',
      // The Norwegian songwriting and production duo.
      'songwriting', 'songwriter*', 'produzent*', 'producer*', 'production team', 'produktionsteam*', 'rihanna', 'beyoncé',
      'ne yo', 'norwegian', 'norweg*', 'chart*', 'single', 'singles', 'album*',
    ],
  },
  'export-controls': {
    // The US controls on AI chips are one policy, not export rules in general: a page about chips or trade that
    // names them once does not make every export rule on it this one (as for the other story entries).
    local: true,
    cues: [
      'chip*', 'halbleiter*', 'semiconductor*', 'gpu*', 'nvidia', 'h800', 'h100', 'h20', 'a100', 'ki', 'ai', 'china',
      'chinas', 'chinese', 'chinesisch*', 'huawei', 'smic', 'asml', 'tsmc', 'biden', 'trump', 'commerce',
      'handelsministerium', 'bis', 'technologie*', 'technology', 'rechen*', 'computing', 'deepseek*',
    ],
    against: [
      'waffe*', 'weapon*', 'arms', 'rüstung*', 'munition', 'panzer*', 'tank', 'tanks', 'rakete*', 'missile*', 'nuklear*',
      'nuclear', 'getreide*', 'grain', 'weizen*', 'wheat', 'reis', 'rice', 'lebensmittel*', 'food', 'öl', 'oil', 'gas',
      'lng', 'holz', 'timber', 'rare earth*', 'seltene erden', 'seltenen erden', 'gallium', 'germanium', 'graphit*',
      'graphite', 'rohstoff*', 'mineral*', 'kunst*', 'antiquität*', 'antique*', 'cultural', 'kulturgut*', 'drohne*',
      'drone*', 'iran', 'russland', 'russia',
    ],
  },
  'development-costs': {
    local: true,
    cues: [
      ...AI, 'r1', 'v3', 'gpu*', 'chip*', 'training', 'trainiert*', 'trained', 'rechen*', 'compute', 'parameter*',
      'ki modell*', 'ai model*', 'h800', 'h100', 'frontier', 'gpt*', 'o1', 'o3',
    ],
    against: [
      'bus', 'busse', 'buses', 'fahrzeug*', 'vehicle*', 'auto*', 'car', 'cars', 'medikament*', 'drug*', 'pharma*',
      'arznei*', 'wirkstoff*', 'impfstoff*', 'vaccine*', 'game', 'games', 'videospiel*', 'spiel', 'spiele', 'flugzeug*',
      'aircraft', 'airbus', 'boeing', 'rakete*', 'rocket*', 'gebäude*', 'building*', 'stadion*', 'stadium', ...STAFF,
      'elektroauto*', 'zug', 'züge', 'train', 'trains', 'panzer*', 'smartphone*', 'iphone*', 'chip fab', 'reaktor*', 'reactor*',
    ],
  },
  'pricing-strategy': {
    cues: [
      ...AI, 'api*', 'token*', 'free tier', 'o1', 'o3', 'r1', 'inferenz',
      'inference', 'modell*', 'model', 'models',
    ],
    against: [
      'supermarkt*', 'supermarket*', 'lebensmittel*', 'grocer*', 'aldi', 'lidl', 'rewe', 'edeka', 'walmart', 'tesco',
      'discounter*', 'airline*', 'flug*', 'flight*', 'ticket*', 'benzin*', 'tankstelle*', 'fuel', 'petrol', 'mobilfunk*',
      'telekom*', 'telecom*', 'hotel*', 'restaurant*', 'butter', 'milch', 'milk', 'bier', 'beer', 'auto*', 'car', 'cars',
      'mode', 'fashion', 'kaffee', 'coffee', 'streaming*', 'netflix', 'spotify', 'disney', 'abonnent*', 'konsole*', 'console*',
      'iphone*', 'smartphone*',
    ],
  },
  'deepseek-privacy': {
    // "Datenschutzbedenken gegen DeepSeek", "privacy concerns about DeepSeek" say whose.
    forms: ['Datenschutzbedenken', 'privacy concerns', 'data privacy concerns'],
    local: true,
    supportedBy: DEEPSEEK_STORY,
    cues: [
      'deepseek*', 'china', 'chinas', 'chinese', 'chinesisch*', 'r1', 'garante', 'italien*', 'italy', 'italian', 'server*',
      'peking', 'beijing', 'hangzhou', 'chatbot*',
    ],
    against: [
      'tiktok', 'bytedance', 'klingel*', 'doorbell*', 'ring', 'alexa', 'kamera*', 'camera*', 'krankenhaus*', 'hospital*',
      'patient*', 'gesundheit*', 'health*', 'schule*', 'school*', 'fitness', 'tracker*', 'cookie*', 'facebook',
      'instagram', 'whatsapp', 'auto', 'car', 'cars', 'fahrzeug*', 'vehicle*', 'temu', 'shein', 'smart meter*',
      'stromzähler*', 'polizei', 'police', 'gesichtserkennung', 'facial',
    ],
  },
  'national-security-review': {
    supportedBy: DEEPSEEK_STORY,
    cues: [
      // The DeepSeek story's own words: "AI", "app" or "chip" alone is any national-security topic (export rules, TikTok).
      'deepseek*', 'r1', 'chatbot*', 'navy', 'white house', 'weißes haus', 'weiße haus', 'weißen haus', 'nsc',
      'national security council', 'sicherheitsrat', 'untersucht', 'investigat*', 'prüf*',
    ],
    against: [
      'terror*', 'military', 'militär*', 'krieg*', 'iran', 'russland', 'russia', 'ukraine', 'nato', 'israel',
      'north korea', 'nordkorea', 'tiktok', 'bytedance', 'huawei', 'zte', 'hafen', 'port', 'ports', 'stahl', 'steel',
      'grenze*', 'border*', 'einwanderung*', 'immigration', 'atom*', 'nuclear', 'spionage*', 'spy', 'cold war',
      'kalter krieg', 'kalten krieg',
    ],
  },
  'mixture-of-experts': {
    forms: ['MoE'],
    cues: [
      ...AI, ...MODELS, 'expert*', 'experten*', 'parameter*', 'architektur*', 'architecture', 'routing', 'router',
      'gating', 'sparse', 'dense', 'dicht*', 'token*', 'layer*', 'schicht*', 'transformer*',
    ],
    against: [
      'ministry', 'ministerium*', 'education', 'bildung*', 'school*', 'schule*', 'minister*', 'margin of error', 'margin',
      'poll*', 'umfrage*', 'survey*', 'government', 'regierung*', 'singapore', 'singapur', 'indien', 'india', 'malaysia',
      'students', 'teachers', 'curriculum', 'lehrplan*',
    ],
  },
  'proprietary-model': {
    forms: ['proprietary model', 'proprietary models', 'closed model', 'closed models', 'proprietäres Modell', 'proprietäre Modell', 'proprietären Modell', 'proprietären Modells', 'proprietäre Modelle', 'proprietären Modelle', 'proprietären Modellen'],
    cues: [...AI, 'weights', 'gewichte*', 'open source', 'open weights', 'open weight', 'open-source', 'claude', 'gemini', 'llama', 'qwen', 'gpt*', 'o1', 'r1', 'api', 'apis', 'chatbot*', 'assistant*', 'assistent*'],
    against: [
      'statistic*', 'statistik*', 'regression*', 'econometric*', 'ökonometr*', 'pricing', 'preismodell*', 'trading', 'handel*', 'risk', 'risiko*',
      'credit', 'kredit*', 'scoring', 'actuarial', 'versicherung*', 'insurance', 'franchise*', 'business model', 'geschäftsmodell*', 'population*',
      'epidemiolog*', 'ecosystem*', 'ökosystem*', 'thermodynamic*', 'thermodynami*', 'hedge fund*', 'hedgefonds*', 'quant',
      'quants', 'quantitative', 'quantitativ*', 'fund', 'funds', 'fonds',
    ],
  },
  transformer: {
    // "Transformer-Modelle", "transformer models" name the architecture; "the ideal transformer model" is also circuit theory.
    forms: ['Transformer', 'transformer model'],
    cues: [
      ...AI, 'attention', 'aufmerksamkeit*', 'selbstaufmerksamkeit', 'self attention', 'bert', 'encoder*', 'decoder*',
      'token*', 'layer*', 'schicht*', 'google', 'vaswani', 'architektur*', 'architecture', 'parameter*', 'training',
      'trainiert*', 'trained', 'hugging', 'modell*', 'model', 'models',
    ],
    against: [
      'volt*', 'spannung*', 'voltage', 'strom', 'stromnetz*', 'umspann*', 'substation*', 'grid', 'power grid', 'kv',
      'kilovolt*', 'wicklung*', 'winding*', 'spule*', 'coil*', 'trafo*', 'elektri*', 'electric*', 'ampere', 'watt',
      'optimus', 'megatron', 'bumblebee', 'autobot*', 'decepticon*', 'hasbro', 'film*', 'movie*', 'spielzeug*', 'toy*',
      'michael bay', 'primärseite', 'sekundärseite', 'primary', 'secondary', 'ferrite', 'ferrit*', 'gitarre*', 'guitar*',
      'amp', 'amplifier', 'verstärker*', 'röhre*', 'tube',
    ],
  },
};

/** The bundled entries with their familiarity and sense rules attached. */
export function withSenses(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const familiar = new Set(FAMILIAR);
  return entries.map((entry) => {
    const sense = SENSES[entry.id];
    return {
      ...entry,
      ...(familiar.has(entry.id) ? { familiar: true } : {}),
      ...(sense ? { sense } : {}),
    };
  });
}
