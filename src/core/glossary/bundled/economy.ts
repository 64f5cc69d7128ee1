import type { GlossaryEntry } from '../types';
import { CHECKED, background, fromArticle } from './sources';

export const ECONOMY: GlossaryEntry[] = [
  {
    id: 'development-costs',
    title: { de: 'Entwicklungskosten von DeepSeek R1', en: 'Development costs of DeepSeek R1' },
    forms: {
      de: ['Entwicklungskosten', 'Trainingskosten'],
      en: ['development costs', 'development cost', 'training costs', 'training cost'],
    },
    short: {
      de: 'Was es kostet, ein KI-Modell zu entwickeln und zu trainieren. Laut Artikel lagen sie bei DeepSeek R1 angeblich unter 3 % der Kosten von „ChatGPT-4.0“ – eine Angabe ohne genannte Quelle, die sich mit den bekannten Zahlen nicht nachrechnen lässt.',
      en: 'What it costs to develop and train an AI model. According to the article, DeepSeek R1 reportedly cost less than 3 % of “ChatGPT-4.0” — a claim with no source given that cannot be reproduced from the known figures.',
    },
    long: {
      de: 'Die oft zitierten rund 5,6 Millionen US-Dollar stammen aus DeepSeeks technischem Bericht zum Basismodell V3: 2,788 Millionen GPU-Stunden für das eigentliche Training – Vortraining, Verlängerung des Kontextfensters und Post-Training –, multipliziert mit einem angenommenen Mietpreis von 2 US-Dollar pro Stunde. Ausdrücklich ausgenommen sind laut Bericht nur vorherige Forschung und Vorversuche; Personal, Datenbeschaffung und der Kauf der Chips kommen in der Rechnung gar nicht vor, weil sie nur gemietete Rechenzeit ansetzt. Was das zusätzliche Training von R1 gekostet hat, hat DeepSeek bis Ende Januar 2025 nicht beziffert, und Analysten schätzten die Hardware-Ausgaben von DeepSeek und seinem Geldgeber High-Flyer auf ein Vielfaches. Woher die „unter 3 %“ des Artikels kommen, sagt er nicht: Setzt man 5,6 Millionen ins Verhältnis zu den „über 100 Millionen US-Dollar“, die OpenAI-Chef Sam Altman für das Training von GPT-4 nannte, ergeben sich höchstens etwa 5,6 % – unter 3 % käme man erst, wenn GPT-4 mehr als rund 187 Millionen gekostet hätte. Weithin anerkannt ist, dass DeepSeek sehr effizient trainiert hat, auch wenn einzelne Branchenvertreter bezweifelten, dass es nur die angegebenen Chips nutzte; der Prozentvergleich stellt aber ungleiche Größen nebeneinander.',
      en: 'The widely quoted figure of about 5.6 million US dollars comes from DeepSeek’s technical report on its base model V3: 2.788 million GPU hours for the training proper — pre-training, extending the context window and post-training — multiplied by an assumed rental price of 2 US dollars per hour. According to the report, only earlier research and preliminary experiments are explicitly excluded; staff, acquiring data and buying the chips do not appear in the calculation at all, because it only counts rented computing time. DeepSeek had not put a figure on the additional training of R1 by the end of January 2025, and analysts estimated the hardware spending of DeepSeek and its backer High-Flyer at many times that amount. The article does not say where its “less than 3 %” comes from: setting 5.6 million against the “more than 100 million US dollars” that OpenAI’s chief executive Sam Altman named for training GPT-4 gives at most about 5.6 % — it would only fall below 3 % if GPT-4 had cost more than about 187 million. It is widely acknowledged that DeepSeek trained very efficiently, even though some industry figures doubted that it used only the chips it stated; but the percentage comparison sets unlike quantities side by side.',
    },
    category: 'economy',
    related: ['deepseek-v3', 'gpt-4', 'training-inference', 'gpu', 'market-slump-2025'],
    checked: CHECKED,
    source: fromArticle('Ein historischer Einbruch an den Börsen'),
  },
  {
    id: 'pricing-strategy',
    title: { de: 'Preisstrategie', en: 'Pricing strategy' },
    forms: {
      de: ['Preisstrategie', 'Preisstrategien', 'Preisanpassung', 'Preisanpassungen', 'Preiskampf'],
      en: ['pricing strategy', 'pricing strategies', 'price war'],
    },
    short: {
      de: 'Wie ein Unternehmen die Preise seiner Produkte festlegt und anpasst. Im KI-Markt geriet sie Anfang 2025 in Bewegung, weil DeepSeek ein Spitzenmodell kostenlos in einer App und sehr billig über seine API anbot.',
      en: 'How a company sets and adjusts the prices of its products. In the AI market this was shaken up in early 2025, because DeepSeek offered a top model free of charge in an app and very cheaply through its API.',
    },
    long: {
      de: 'KI-Anbieter verdienen vor allem mit Abonnements für ihre Chatbots und mit der Abrechnung nach Token über ihre Programmierschnittstelle. DeepSeek verlangte für R1 nur einen Bruchteil dessen, was OpenAI für das vergleichbare o1 nahm, und machte das Modell in seiner App gratis nutzbar. Am 31. Januar 2025 machte OpenAI sein neues Reasoning-Modell o3-mini auch Nutzern der kostenlosen ChatGPT-Version zugänglich, was Beobachter als Reaktion werteten. Die im Artikel genannten Preisanpassungen von Meta lassen sich dagegen kaum einordnen, weil Metas Llama-Modelle ohnehin kostenlos sind. Unklar bleibt, ob DeepSeeks niedrige Preise die tatsächlichen Kosten decken oder bewusst knapp kalkuliert sind, um Marktanteile zu gewinnen.',
      en: 'AI providers earn money mainly from subscriptions to their chatbots and from charging per token through their API. DeepSeek charged only a fraction of what OpenAI asked for the comparable o1 and made the model free to use in its app. On 31 January 2025 OpenAI made its new reasoning model o3-mini available to users of the free ChatGPT version too, which observers read as a response. The price adjustments by Meta that the article mentions are hard to place, since Meta’s Llama models are free anyway. It remains unclear whether DeepSeek’s low prices cover its actual costs or are deliberately tight to win market share.',
    },
    category: 'economy',
    related: ['api', 'token', 'chatgpt', 'meta', 'openai-o1'],
    checked: CHECKED,
    source: fromArticle('Auswirkungen auf den Markt'),
  },
  {
    id: 'nasdaq',
    title: { de: 'Nasdaq', en: 'Nasdaq' },
    forms: { de: ['Nasdaq', 'Nasdaq Composite', 'Nasdaq 100'], en: ['Nasdaq', 'Nasdaq Composite', 'Nasdaq 100'] },
    short: {
      de: 'Eine US-Börse in New York, an der besonders viele Technologiekonzerne gehandelt werden, und zugleich der Name ihrer Aktienindizes. Der Nasdaq Composite gilt als Gradmesser für die Stimmung bei Technologieaktien.',
      en: 'A US stock exchange in New York on which especially many technology companies are traded, and also the name of its share indices. The Nasdaq Composite is seen as a gauge of sentiment towards technology stocks.',
    },
    long: {
      de: 'Die Nasdaq wurde 1971 als erste elektronische Börse gegründet; der Name stand ursprünglich für „National Association of Securities Dealers Automated Quotations“. Dort notiert sind unter anderem Nvidia, Microsoft, Apple, Alphabet (Google) und Meta. Der Nasdaq Composite umfasst fast alle dort gehandelten Aktien, der Nasdaq-100 die hundert größten Unternehmen außerhalb des Finanzsektors. Am 27. Januar 2025 fiel der Composite um gut 3 % – für einen so breiten Index ein deutlicher Tagesverlust, ausgelöst vor allem durch den Absturz der Chipwerte nach dem Erfolg von DeepSeek R1.',
      en: 'Nasdaq was founded in 1971 as the first electronic stock exchange; the name originally stood for “National Association of Securities Dealers Automated Quotations”. Companies listed there include Nvidia, Microsoft, Apple, Alphabet (Google) and Meta. The Nasdaq Composite covers almost all shares traded there, the Nasdaq-100 the hundred largest companies outside the financial sector. On 27 January 2025 the Composite fell by just over 3 % — a marked one-day loss for such a broad index, driven above all by the plunge in chip stocks after the success of DeepSeek R1.',
    },
    category: 'economy',
    related: ['market-slump-2025', 'nvidia', 'market-capitalization'],
    checked: CHECKED,
    source: background(),
  },
  {
    id: 'market-capitalization',
    title: { de: 'Börsenwert (Marktkapitalisierung)', en: 'Market capitalisation' },
    forms: {
      de: ['Börsenwert', 'Börsenwerts', 'Marktkapitalisierung'],
      en: ['market capitalization', 'market capitalisation', 'market cap'],
    },
    short: {
      de: 'Der Wert, den die Börse einem Unternehmen beimisst: Aktienkurs mal Zahl der Aktien. Fällt der Kurs, sinkt der Börsenwert, ohne dass Geld irgendwohin fließt.',
      en: 'The value the stock market puts on a company: share price times number of shares. When the price falls, market capitalisation drops without any money flowing anywhere.',
    },
    long: {
      de: 'Wenn es heißt, ein Unternehmen habe an einem Tag Hunderte Milliarden Dollar „verloren“, ist meist der Börsenwert gemeint. Er ändert sich im selben Verhältnis wie der Aktienkurs: Nvidia verlor am 27. Januar 2025 rund 590 Milliarden US-Dollar an Börsenwert, weil die Aktie um etwa 17 % fiel. Das ist ein Verlust auf dem Papier für alle, die die Aktie halten; das Unternehmen selbst hat deshalb nicht weniger Geld in der Kasse. Vor dem Einbruch war Nvidia an der Börse mehr als 3 Billionen US-Dollar wert – im deutschen Sinn von Billion, also über 3.000 Milliarden.',
      en: 'When a company is said to have “lost” hundreds of billions of dollars in a day, this usually means its market capitalisation. It changes in the same proportion as the share price: on 27 January 2025 Nvidia lost about 590 billion US dollars in market value because its shares fell by about 17 %. That is a paper loss for everyone holding the shares; the company itself does not have less money in the bank as a result. Before the slump, Nvidia was worth more than 3 trillion US dollars on the stock market.',
    },
    category: 'economy',
    related: ['market-slump-2025', 'nvidia', 'nasdaq', 'billion'],
    checked: CHECKED,
    source: background(),
  },
  {
    id: 'billion',
    title: { de: 'Billion (10¹²)', en: 'Billion in German (10¹², a trillion)' },
    // Scoped to German: in English "billion" is 10⁹ and needs no explanation,
    // so the English form list is empty (allowed for entries scoped to one
    // language); the English texts explain the false friend to English readers.
    scope: 'de',
    forms: { de: ['Billion', 'Billionen'], en: [] },
    short: {
      de: 'Eine Billion sind tausend Milliarden, also eine 1 mit zwölf Nullen. Vorsicht bei englischen Texten: Das englische „billion“ bedeutet nur eine Milliarde.',
      en: 'In German, „Billion“ means a million million (10¹²) — an English trillion, not an English billion. The article’s „über einer Billion US-Dollar“ therefore means over one trillion US dollars.',
    },
    long: {
      de: 'Im Deutschen folgen die großen Zahlen der „langen Skala“: Million (10⁶), Milliarde (10⁹), Billion (10¹²), Billiarde (10¹⁵). Im Englischen gilt heute die „kurze Skala“: million (10⁶), billion (10⁹), trillion (10¹²). Ein „billion dollars“ in einer US-Meldung ist also eine Milliarde Dollar, ein „trillion dollars“ eine Billion. Wenn der Artikel von einem Einbruch „von über einer Billion US-Dollar“ spricht, sind damit über tausend Milliarden gemeint; die halbe Billion für das Stargate-Projekt sind 500 Milliarden. Verwechslungen zwischen beiden Skalen sind ein häufiger Übersetzungsfehler in Nachrichten.',
      en: 'German names large numbers on the “long scale”: Million (10⁶), Milliarde (10⁹), Billion (10¹²), Billiarde (10¹⁵). Modern English uses the “short scale”: million (10⁶), billion (10⁹), trillion (10¹²). So a German „Milliarde“ is an English billion, and a German „Billion“ is an English trillion. When the article speaks of a slump „von über einer Billion US-Dollar“, it means more than a thousand billion dollars; the „halbe Billion“ for the Stargate project is 500 billion. Mixing up the two scales is a common translation error in the news.',
    },
    category: 'concept',
    related: ['market-slump-2025', 'market-capitalization', 'stargate', 'model-parameters'],
    checked: CHECKED,
    source: fromArticle('Ein historischer Einbruch an den Börsen'),
  },
];
