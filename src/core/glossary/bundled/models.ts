import type { GlossaryEntry } from '../types';
import { CHECKED, background, fromArticle, fromReadme } from './sources';

// "R1" alone is not a form: it is a motorway, a road class, a Yamaha motorbike…
// "o1" alone is not one either, for the same reason.
export const MODELS: GlossaryEntry[] = [
  {
    id: 'deepseek-r1',
    title: { de: 'DeepSeek R1', en: 'DeepSeek R1' },
    forms: { de: ['DeepSeek R1', 'DeepSeek R1 Zero'], en: ['DeepSeek R1', 'DeepSeek R1 Zero'] },
    short: {
      de: 'Ein Sprachmodell des chinesischen Unternehmens DeepSeek, veröffentlicht am 20. Januar 2025. Es ist ein sogenanntes Reasoning-Modell, das eine Aufgabe Schritt für Schritt durchdenkt, bevor es antwortet, und seine Modellgewichte sind frei herunterladbar.',
      en: 'A language model from the Chinese company DeepSeek, released on 20 January 2025. It is a so-called reasoning model that works through a task step by step before answering, and its model weights can be downloaded freely.',
    },
    long: {
      de: 'R1 baut auf dem Basismodell DeepSeek V3 auf und nutzt wie dieses eine Mixture-of-Experts-Architektur: Von insgesamt 671 Milliarden Parametern sind je verarbeitetem Token nur etwa 37 Milliarden aktiv. Das Denken in Zwischenschritten lernte es vor allem durch bestärkendes Lernen; die Vorstufe DeepSeek-R1-Zero kam sogar ganz ohne vorheriges überwachtes Feintuning aus, schrieb aber schwer lesbare Antworten und mischte Sprachen. In den von DeepSeek selbst veröffentlichten Benchmarks liegt R1 bei Mathematik, Programmieren und Logikaufgaben etwa gleichauf mit OpenAI o1. Die Gewichte stehen unter der freizügigen MIT-Lizenz, die Trainingsdaten wurden nicht veröffentlicht. Die kostenlose Chat-App stieg Ende Januar 2025 an die Spitze der US-App-Store-Charts; Fragen zu politisch heiklen Themen wie dem Tiananmen-Massaker beantwortet sie nach übereinstimmenden Berichten nicht (Stand: Januar 2025).',
      en: 'R1 is built on the base model DeepSeek V3 and, like it, uses a mixture-of-experts architecture: of 671 billion parameters in total, only about 37 billion are active for each token it processes. It learned to reason in intermediate steps mainly through reinforcement learning; its precursor DeepSeek-R1-Zero even did without any prior supervised fine-tuning, but wrote hard-to-read answers and mixed languages. In the benchmarks DeepSeek itself published, R1 is roughly on a par with OpenAI o1 in mathematics, programming and logic tasks. The weights are released under the permissive MIT licence; the training data was not published. The free chat app rose to the top of the US App Store charts in late January 2025; according to consistent reports it declines to answer questions on politically sensitive topics such as the Tiananmen Square massacre (as of January 2025).',
    },
    category: 'model',
    related: ['deepseek', 'deepseek-v3', 'deepseek-r1-distill', 'reasoning-model', 'reinforcement-learning', 'mixture-of-experts', 'openai-o1', 'open-weights'],
    checked: CHECKED,
    source: fromArticle('Ein historischer Einbruch an den Börsen'),
  },
  {
    id: 'deepseek-r1-distill',
    title: { de: 'DeepSeek-R1-Distill-Modelle', en: 'DeepSeek-R1-Distill models' },
    forms: { de: ['DeepSeek R1 Distill', 'R1 Distill'], en: ['DeepSeek R1 Distill', 'R1 Distill'] },
    short: {
      de: 'Sechs kleinere Sprachmodelle, die DeepSeek zusammen mit R1 veröffentlicht hat. Sie entstanden, indem bestehende offene Modelle der Reihen Qwen und Llama mit Beispielen nachtrainiert wurden, die DeepSeek mithilfe von R1 zusammengestellt hatte (Destillation).',
      en: 'Six smaller language models that DeepSeek released together with R1. They were made by further training existing open models from the Qwen and Llama families on examples that DeepSeek had put together with the help of R1 (distillation).',
    },
    long: {
      de: 'Die Modelle heißen etwa „DeepSeek-R1-Distill-Qwen-32B“: Der Teil nach „Distill“ nennt das Ausgangsmodell, die Zahl mit „B“ die Größe in Milliarden Parametern (englisch „billion“). Es gibt sie mit 1,5, 7, 8, 14, 32 und 70 Milliarden Parametern; anders als R1 selbst sind es dichte Modelle ohne Mixture-of-Experts-Aufbau. Laut README wurden sie mit 800.000 mithilfe von R1 zusammengestellten Beispielen feinabgestimmt, ohne eigenes bestärkendes Lernen; nach dem Fachartikel stammen davon rund 200.000 Beispiele ohne Denkaufgaben (Schreiben, Faktenfragen, Übersetzen) teils aus den Trainingsdaten von DeepSeek V3. Für die Modelle gelten weiter die Lizenzen ihrer Ausgangsmodelle: Apache 2.0 für die vier Qwen-Varianten, die Lizenzen von Llama 3.1 (8B) und Llama 3.3 (70B) für die beiden Llama-Varianten – nicht die MIT-Lizenz von R1 allein. Die kleineren Varianten laufen auch auf gut ausgestatteten Heimrechnern. Nach den Tabellen im README übertrifft die 32-Milliarden-Variante OpenAI o1-mini in mehreren Benchmarks – auch diese Werte stammen von DeepSeek selbst (Stand: Januar 2025).',
      en: 'The models have names such as “DeepSeek-R1-Distill-Qwen-32B”: the part after “Distill” names the starting model, the number with “B” its size in billions of parameters. They come with 1.5, 7, 8, 14, 32 and 70 billion parameters; unlike R1 itself, they are dense models without a mixture-of-experts design. According to the README they were fine-tuned on 800,000 examples curated with the help of R1, without reinforcement learning of their own; according to the paper, about 200,000 of these are examples without reasoning tasks (writing, factual questions, translation), partly taken from DeepSeek V3’s training data. The models keep the licences of their starting models: Apache 2.0 for the four Qwen variants, the Llama 3.1 (8B) and Llama 3.3 (70B) licences for the two Llama variants — not R1’s MIT licence alone. The smaller variants also run on well-equipped home computers. According to the tables in the README, the 32-billion variant beats OpenAI o1-mini in several benchmarks — these figures, too, come from DeepSeek itself (as of January 2025).',
    },
    category: 'model',
    related: ['deepseek-r1', 'distillation', 'qwen', 'llama', 'dense-model', 'model-parameters'],
    checked: CHECKED,
    source: fromReadme(),
  },
  {
    id: 'deepseek-v3',
    title: { de: 'DeepSeek V3', en: 'DeepSeek V3' },
    forms: { de: ['DeepSeek V3'], en: ['DeepSeek V3'] },
    short: {
      de: 'Ein großes Sprachmodell von DeepSeek, erschienen Ende Dezember 2024. Auf ihm baut DeepSeek R1 auf.',
      en: 'A large language model from DeepSeek, released in late December 2024. DeepSeek R1 is built on it.',
    },
    long: {
      de: 'DeepSeek V3 ist ein Mixture-of-Experts-Modell mit 671 Milliarden Parametern, von denen je Token etwa 37 Milliarden aktiv sind; laut DeepSeek wurde es mit 14,8 Billionen Token Text trainiert. Im technischen Bericht gibt das Unternehmen an, das eigentliche Training – Vortraining, Verlängerung des Kontextfensters und Post-Training – habe rund 2,79 Millionen GPU-Stunden auf Nvidia-H800-Chips gebraucht, bei angenommenen 2 US-Dollar Miete pro Stunde also etwa 5,6 Millionen US-Dollar. Diese Zahl wurde später oft als „die Kosten von DeepSeek“ zitiert; ausdrücklich ausgenommen sind laut Bericht aber frühere Forschung und Vorversuche, und Personal oder der Kauf von Hardware kommen darin nicht vor, weil nur gemietete Rechenzeit gezählt wird. Für R1 wurde das vortrainierte Basismodell „DeepSeek-V3-Base“ mit bestärkendem Lernen zum Reasoning-Modell weiterentwickelt.',
      en: 'DeepSeek V3 is a mixture-of-experts model with 671 billion parameters, of which about 37 billion are active for each token; according to DeepSeek it was trained on 14.8 trillion tokens of text. In its technical report the company states that the training proper — pre-training, extending the context window and post-training — took about 2.79 million GPU hours on Nvidia H800 chips, so at an assumed rental price of 2 US dollars per hour roughly 5.6 million US dollars. That figure was later widely quoted as “what DeepSeek cost”; but the report explicitly excludes earlier research and preliminary experiments, and staff or buying hardware do not appear in it, because only rented computing time is counted. For R1, the pre-trained base model “DeepSeek-V3-Base” was developed further into a reasoning model with reinforcement learning.',
    },
    category: 'model',
    related: ['deepseek-r1', 'deepseek', 'mixture-of-experts', 'development-costs', 'nvidia-h800'],
    checked: CHECKED,
    source: background(),
  },
  {
    id: 'openai-o1',
    title: { de: 'OpenAI o1', en: 'OpenAI o1' },
    forms: {
      de: ['OpenAI o1', 'OpenAI o1 mini', 'o1-mini', 'o1-Modell'],
      en: ['OpenAI o1', 'OpenAI o1 mini', 'o1-mini', 'o1 model'],
    },
    short: {
      de: 'Das erste Reasoning-Modell von OpenAI: Es arbeitet Aufgaben intern Schritt für Schritt durch, bevor es antwortet. Eine Vorschau erschien im September 2024, die volle Version im Dezember 2024.',
      en: 'OpenAI’s first reasoning model: it works through a task step by step internally before it answers. A preview appeared in September 2024, the full version in December 2024.',
    },
    long: {
      de: 'Mit o1 zeigte OpenAI, dass Sprachmodelle bei Mathematik, Programmieren und Naturwissenschaften deutlich besser werden, wenn sie vor der Antwort eine lange Gedankenkette erzeugen dürfen – auf Kosten von Zeit und Rechenleistung bei jeder Anfrage. Die Gedankenkette selbst bekommen Nutzer nicht zu sehen, nur eine Zusammenfassung; „o1-mini“ ist eine kleinere, günstigere Variante. DeepSeek R1 erreichte im Januar 2025 in DeepSeeks eigenen Vergleichen ähnliche Werte wie o1, kostete über die Programmierschnittstelle aber nur einen Bruchteil. Als Nachfolger kündigte OpenAI im Dezember 2024 „o3“ an; o3-mini erschien am 31. Januar 2025 (Stand: 31. Januar 2025).',
      en: 'With o1, OpenAI showed that language models get much better at mathematics, programming and science when they may produce a long chain of thought before answering — at the cost of time and computing power for every request. Users do not see the chain of thought itself, only a summary; “o1-mini” is a smaller, cheaper variant. In January 2025, DeepSeek R1 reached similar scores to o1 in DeepSeek’s own comparisons, but cost only a fraction through the API. OpenAI announced “o3” as the successor in December 2024; o3-mini was released on 31 January 2025 (as of 31 January 2025).',
    },
    category: 'model',
    related: ['openai', 'reasoning-model', 'chain-of-thought', 'deepseek-r1', 'api'],
    checked: CHECKED,
    source: fromReadme(),
  },
  {
    id: 'gpt-4',
    title: { de: 'GPT-4 und GPT-4o', en: 'GPT-4 and GPT-4o' },
    forms: { de: ['GPT-4', 'GPT-4o', 'ChatGPT-4.0'], en: ['GPT-4', 'GPT-4o'] },
    short: {
      de: 'Sprachmodelle von OpenAI, auf denen ChatGPT läuft: GPT-4 erschien im März 2023, GPT-4o im Mai 2024. „ChatGPT-4.0“, wie der Artikel schreibt, ist kein offizieller Name; gemeint ist wohl ChatGPT mit GPT-4 oder GPT-4o.',
      en: 'Language models from OpenAI that power ChatGPT: GPT-4 appeared in March 2023, GPT-4o in May 2024. “ChatGPT-4.0”, as the German article calls it, is not an official name; it most likely means ChatGPT running GPT-4 or GPT-4o.',
    },
    long: {
      de: '„GPT“ steht für „Generative Pre-trained Transformer“: ein vortrainiertes Sprachmodell, das Text erzeugt und auf der Transformer-Architektur beruht. GPT-4 versteht neben Text auch Bilder; das „o“ in GPT-4o steht für „omni“ und bedeutet, dass ein Modell Text, Bilder und Audio gemeinsam verarbeitet. Wie groß die Modelle sind und womit sie trainiert wurden, hat OpenAI nicht veröffentlicht. Zu den Kosten sagte OpenAI-Chef Sam Altman 2023, das Training von GPT-4 habe mehr als 100 Millionen US-Dollar gekostet. Vergleiche wie der im Artikel („weniger als 3 %“) beruhen auf solchen groben Angaben und sind entsprechend unsicher.',
      en: '“GPT” stands for “Generative Pre-trained Transformer”: a pre-trained language model that generates text and is based on the transformer architecture. GPT-4 understands images as well as text; the “o” in GPT-4o stands for “omni” and means that one model handles text, images and audio together. OpenAI has not published how large the models are or what they were trained on. On cost, OpenAI’s chief executive Sam Altman said in 2023 that training GPT-4 had cost more than 100 million US dollars. Comparisons like the article’s (“less than 3 %”) rest on rough figures like this and are correspondingly uncertain.',
    },
    category: 'model',
    related: ['openai', 'chatgpt', 'large-language-model', 'transformer', 'proprietary-model', 'development-costs'],
    checked: CHECKED,
    source: fromArticle('Ein historischer Einbruch an den Börsen'),
  },
  {
    id: 'chatgpt',
    title: { de: 'ChatGPT', en: 'ChatGPT' },
    forms: { de: ['ChatGPT'], en: ['ChatGPT'] },
    short: {
      de: 'Der KI-Chatbot von OpenAI, seit November 2022 öffentlich verfügbar. Man stellt ihm in Alltagssprache Fragen oder Aufgaben, und er antwortet in ganzen Sätzen.',
      en: 'OpenAI’s AI chatbot, publicly available since November 2022. You ask it questions or give it tasks in everyday language, and it replies in full sentences.',
    },
    long: {
      de: 'ChatGPT ist eine Anwendung, kein einzelnes Modell: Im Hintergrund laufen wechselnde Sprachmodelle von OpenAI, Anfang 2025 vor allem GPT-4o und die Reasoning-Modelle der o-Reihe. Der Start am 30. November 2022 machte generative KI einem breiten Publikum bekannt und löste den Wettlauf der großen Technologiekonzerne aus. Es gibt eine kostenlose Version und Abonnements, Stand Januar 2025 „Plus“ für 20 und „Pro“ für 200 US-Dollar im Monat. Dass DeepSeek eine vergleichbare App samt Reasoning-Modell kostenlos anbot, setzte OpenAI preislich unter Druck.',
      en: 'ChatGPT is an application, not a single model: behind it run changing language models from OpenAI, in early 2025 mainly GPT-4o and the reasoning models of the o series. Its launch on 30 November 2022 brought generative AI to a wide audience and set off the race among the big technology companies. There is a free version and subscriptions; as of January 2025, “Plus” costs 20 and “Pro” 200 US dollars a month. DeepSeek offering a comparable app with a reasoning model for free put OpenAI under pressure on price.',
    },
    category: 'product',
    related: ['openai', 'gpt-4', 'openai-o1', 'large-language-model', 'pricing-strategy'],
    checked: CHECKED,
    source: fromArticle('Ein historischer Einbruch an den Börsen'),
  },
  {
    id: 'claude',
    title: { de: 'Claude', en: 'Claude' },
    forms: { de: ['Claude'], en: ['Claude'] },
    // A first name (Claude Monet): only the capitalised product name counts.
    matchCase: ['Claude'],
    short: {
      de: 'Die Sprachmodell-Familie und der gleichnamige Chatbot des US-Unternehmens Anthropic. Stand Januar 2025 ist „Claude 3.5 Sonnet“ das bekannteste Modell.',
      en: 'The family of language models, and the chatbot of the same name, from the US company Anthropic. As of January 2025, “Claude 3.5 Sonnet” is the best-known model.',
    },
    long: {
      de: 'Die erste Claude-Version erschien im März 2023. Die Modelle gibt es in drei Größen: Haiku (klein und schnell), Sonnet (mittel) und Opus (groß). Claude 3.5 Sonnet kam im Juni 2024 heraus und wurde im Oktober 2024 überarbeitet; „Claude-3.5-Sonnet-1022“ in DeepSeeks Vergleichstabellen meint diese Fassung vom 22. Oktober. Anders als DeepSeek R1 sind die Claude-Modelle nicht herunterladbar, sondern nur über Anthropics eigene Dienste und große Cloud-Anbieter nutzbar. Der Artikel schreibt, R1 übertreffe Claude in bestimmten Aufgaben – das stützt sich vor allem auf DeepSeeks eigene Benchmarks.',
      en: 'The first version of Claude appeared in March 2023. The models come in three sizes: Haiku (small and fast), Sonnet (medium) and Opus (large). Claude 3.5 Sonnet came out in June 2024 and was revised in October 2024; “Claude-3.5-Sonnet-1022” in DeepSeek’s comparison tables means that version of 22 October. Unlike DeepSeek R1, the Claude models cannot be downloaded; they are only available through Anthropic’s own services and large cloud providers. The article says R1 beats Claude in certain tasks — that rests mainly on DeepSeek’s own benchmarks.',
    },
    category: 'model',
    related: ['anthropic', 'large-language-model', 'proprietary-model', 'benchmark', 'deepseek-r1'],
    checked: CHECKED,
    source: fromArticle('Warum DeepSeek R1 revolutionär ist'),
  },
  {
    id: 'gemini',
    title: { de: 'Gemini', en: 'Gemini' },
    forms: { de: ['Gemini'], en: ['Gemini'] },
    // Lowercase "gemini" is the zodiac sign or a word in other names.
    matchCase: ['Gemini'],
    short: {
      de: 'Die Familie von KI-Modellen von Google und zugleich der Name von Googles Chatbot. Stand Januar 2025 ist Gemini 2.0 die neueste Generation.',
      en: 'Google’s family of AI models and also the name of Google’s chatbot. As of January 2025, Gemini 2.0 is the newest generation.',
    },
    long: {
      de: 'Google stellte Gemini im Dezember 2023 vor; entwickelt wird es von der KI-Abteilung Google DeepMind. Die Modelle verarbeiten von Grund auf nicht nur Text, sondern auch Bilder, Audio und Video. Im Februar 2024 benannte Google seinen Chatbot Bard in Gemini um; im Dezember 2024 folgte Gemini 2.0 mit der schnellen Variante „Flash“. Gemini steckt außerdem in Googles Suche, in Android und in Googles Bürosoftware. Die Gewichte der Gemini-Modelle sind nicht frei verfügbar; kleinere offene Modelle veröffentlicht Google unter dem Namen „Gemma“.',
      en: 'Google introduced Gemini in December 2023; it is developed by Google’s AI division, Google DeepMind. The models were built from the start to handle not only text but also images, audio and video. In February 2024 Google renamed its chatbot Bard to Gemini; Gemini 2.0 followed in December 2024, with a fast variant called “Flash”. Gemini is also built into Google Search, Android and Google’s office software. The weights of the Gemini models are not freely available; Google publishes smaller open models under the name “Gemma”.',
    },
    category: 'model',
    related: ['google', 'large-language-model', 'proprietary-model', 'claude', 'deepseek-r1'],
    checked: CHECKED,
    source: fromArticle('Warum DeepSeek R1 revolutionär ist'),
  },
  {
    id: 'llama',
    title: { de: 'Llama', en: 'Llama' },
    // "Llama3" is its own form: "Llama" does not match inside it (a digit follows).
    forms: { de: ['Llama', 'Llama3'], en: ['Llama', 'Llama3'] },
    // Lowercase "llama" is the animal.
    matchCase: ['Llama'],
    short: {
      de: 'Eine Familie von Sprachmodellen des Facebook-Konzerns Meta, deren Modellgewichte frei herunterladbar sind. Zwei der destillierten DeepSeek-Modelle bauen auf Llama auf.',
      en: 'A family of language models from Meta, the company behind Facebook, whose model weights can be downloaded freely. Two of DeepSeek’s distilled models are built on Llama.',
    },
    long: {
      de: 'Meta veröffentlichte das erste Llama-Modell im Februar 2023; Llama 3.1 (Juli 2024) reicht bis 405 Milliarden Parameter, Llama 3.3 (Dezember 2024) hat 70 Milliarden. Weil die Gewichte öffentlich sind, ist Llama Ausgangspunkt zahlloser angepasster Modelle, darunter DeepSeek-R1-Distill-Llama-8B und -70B. Die Lizenz ist allerdings keine Open-Source-Lizenz im strengen Sinn: Sie verbietet bestimmte Verwendungen und verlangt von Anbietern mit mehr als 700 Millionen monatlichen Nutzern eine eigene Erlaubnis von Meta. Genauer spricht man deshalb von einem Modell mit offenen Gewichten (Open Weights).',
      en: 'Meta released the first Llama model in February 2023; Llama 3.1 (July 2024) goes up to 405 billion parameters, Llama 3.3 (December 2024) has 70 billion. Because the weights are public, Llama is the starting point of countless adapted models, among them DeepSeek-R1-Distill-Llama-8B and -70B. Its licence, however, is not an open-source licence in the strict sense: it forbids certain uses and requires providers with more than 700 million monthly users to get separate permission from Meta. It is therefore more precisely called an open-weights model.',
    },
    category: 'model',
    related: ['meta', 'open-weights', 'deepseek-r1-distill', 'qwen'],
    checked: CHECKED,
    source: fromReadme(),
  },
  {
    id: 'qwen',
    title: { de: 'Qwen', en: 'Qwen' },
    // "Qwen" does not match inside "Qwen2.5" (a digit follows), so the versions are forms too.
    forms: { de: ['Qwen', 'Qwen2', 'Qwen2.5'], en: ['Qwen', 'Qwen2', 'Qwen2.5'] },
    short: {
      de: 'Eine Familie von Sprachmodellen des chinesischen Konzerns Alibaba, viele davon mit frei herunterladbaren Gewichten. Vier der sechs destillierten DeepSeek-Modelle bauen auf Qwen2.5 auf.',
      en: 'A family of language models from the Chinese group Alibaba, many of them with freely downloadable weights. Four of DeepSeek’s six distilled models are built on Qwen2.5.',
    },
    long: {
      de: 'Qwen ist die Kurzform von „Tongyi Qianwen“, dem chinesischen Namen von Alibabas KI-Assistenten. Die Qwen2.5-Reihe erschien im September 2024 in vielen Größen, dazu spezialisierte Varianten für Mathematik und Programmcode; die meisten stehen unter der freizügigen Lizenz Apache 2.0. Wegen dieser Offenheit und guter Leistung gehören die Modelle zu den meistgenutzten Grundlagen für eigene Weiterentwicklungen. Ende Januar 2025, kurz nach R1, stellte Alibaba „Qwen2.5-Max“ vor und verglich es ausdrücklich mit DeepSeek V3 – ein Zeichen, wie hart der Wettbewerb auch unter chinesischen Anbietern ist.',
      en: 'Qwen is short for “Tongyi Qianwen”, the Chinese name of Alibaba’s AI assistant. The Qwen2.5 series appeared in September 2024 in many sizes, plus specialised variants for mathematics and program code; most are released under the permissive Apache 2.0 licence. Because of this openness and good performance, the models are among the most widely used starting points for further development. In late January 2025, shortly after R1, Alibaba presented “Qwen2.5-Max” and compared it explicitly with DeepSeek V3 — a sign of how fierce competition is among Chinese providers too.',
    },
    category: 'model',
    related: ['china-ai-strategy', 'open-weights', 'deepseek-r1-distill', 'llama'],
    checked: CHECKED,
    source: fromReadme(),
  },
];
