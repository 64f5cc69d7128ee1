import type { GlossaryEntry } from '../types';
import { CHECKED, background, fromArticle } from './sources';

/** What is published of a model, and how others get at it. */
export const OPENNESS: GlossaryEntry[] = [
  {
    id: 'open-source',
    title: { de: 'Open Source (quelloffen)', en: 'Open source' },
    // "Open Source" also covers "Open-Source" and "Open-Source-Modell": separators are interchangeable.
    forms: {
      de: ['Open Source', 'quelloffen', 'quelloffene', 'quelloffenen', 'quelloffener', 'quelloffenes'],
      en: ['open source', 'open-sourced'],
    },
    short: {
      de: 'Software, deren Quellcode öffentlich ist und von allen genutzt, untersucht, verändert und weitergegeben werden darf. Bei KI-Modellen wird der Begriff oft lockerer gebraucht: Meist sind nur die trainierten Gewichte frei verfügbar.',
      en: 'Software whose source code is public and may be used, studied, changed and passed on by anyone. For AI models the term is often used more loosely: usually only the trained weights are freely available.',
    },
    long: {
      de: 'Was „Open Source“ genau heißt, legt die Open Source Initiative (OSI) fest: Die Lizenz muss freie Nutzung, Veränderung und Weitergabe für jeden Zweck erlauben. Für KI-Systeme veröffentlichte die OSI im Oktober 2024 eine eigene Definition: Neben den Gewichten verlangt sie den vollständigen Code, mit dem das Modell trainiert und seine Daten aufbereitet wurden, und so genaue Angaben zu den Trainingsdaten, dass Fachleute ein vergleichbares System bauen könnten – die Daten selbst muss man nicht mitliefern. DeepSeek R1 erfüllt das nicht: Frei verfügbar unter der MIT-Lizenz sind die Modellgewichte und ein technischer Bericht, aber kein Trainingscode, und die Trainingsdaten beschreibt der Bericht nur knapp. Treffender wäre daher „Open Weights“ – dennoch darf jeder R1 herunterladen, selbst betreiben, verändern und kommerziell nutzen. Wenn der Artikel schreibt, „der Code“ stehe Entwicklern frei zur Verfügung, sind vor allem diese Gewichte gemeint; und anders als seine Aufzählung nahelegt, ist Open Source keine Eigenschaft der Architektur eines Modells, sondern eine Frage der Lizenz und dessen, was veröffentlicht wird.',
      en: 'What “open source” means exactly is set out by the Open Source Initiative (OSI): the licence must allow free use, modification and redistribution for any purpose. In October 2024 the OSI published its own definition for AI systems: besides the weights, it requires the complete code used to train the model and prepare its data, and information about the training data detailed enough for experts to build a comparable system — the data itself need not be handed over. DeepSeek R1 does not meet this: the model weights and a technical report are freely available under the MIT licence, but no training code, and the report describes the training data only briefly. “Open weights” would be more accurate — even so, anyone may download R1, run it themselves, change it and use it commercially. When the article says “the code” is freely available to developers, it mainly means these weights; and contrary to what its list suggests, open source is not a property of a model’s architecture but a question of the licence and of what is published.',
    },
    category: 'concept',
    related: ['open-weights', 'proprietary-model', 'hugging-face', 'deepseek-r1', 'llama'],
    checked: CHECKED,
    source: fromArticle('Warum DeepSeek R1 revolutionär ist'),
  },
  {
    id: 'open-weights',
    title: { de: 'Offene Gewichte (Open Weights)', en: 'Open weights' },
    forms: {
      de: ['Open Weights', 'Open Weight', 'offene Gewichte', 'offenen Gewichte', 'offenen Gewichten', 'Modellgewichte', 'Modellgewichten'],
      en: ['open weights', 'open weight', 'model weights'],
    },
    short: {
      de: 'Ein KI-Modell mit offenen Gewichten kann jeder herunterladen und auf eigener Hardware betreiben, denn die gelernten Zahlen des Modells sind öffentlich. Wie es trainiert wurde und mit welchen Daten, bleibt dagegen oft verborgen.',
      en: 'Anyone can download an AI model with open weights and run it on their own hardware, because the numbers the model has learned are public. How it was trained, and on what data, often remains hidden.',
    },
    long: {
      de: 'Die Gewichte (Parameter) sind das Ergebnis des teuren Trainings; wer sie hat, kann das Modell nutzen, anpassen und weitertrainieren, ohne das Training wiederholen zu müssen. Ohne Trainingsdaten und Trainingsverfahren lässt sich das Modell aber weder nachbauen noch vollständig überprüfen – deshalb unterscheidet man Open Weights von Open Source im strengen Sinn. Bekannte Modelle mit offenen Gewichten sind Llama von Meta, Qwen von Alibaba, Modelle von Mistral AI und DeepSeek R1; die Lizenzen reichen von sehr freizügig (MIT bei R1) bis zu Nutzungsbeschränkungen (Llama). Für den Datenschutz ist das wichtig: Wer ein solches Modell selbst betreibt, schickt keine Daten an den Hersteller.',
      en: 'The weights (parameters) are the result of expensive training; whoever has them can use, adapt and further train the model without repeating that training. Without the training data and training procedure, however, the model can neither be rebuilt nor fully checked — which is why open weights are distinguished from open source in the strict sense. Well-known open-weights models are Meta’s Llama, Alibaba’s Qwen, models from Mistral AI, and DeepSeek R1; their licences range from very permissive (MIT for R1) to restricted use (Llama). This matters for data protection: whoever runs such a model themselves sends no data to its maker.',
    },
    category: 'concept',
    related: ['open-source', 'proprietary-model', 'model-parameters', 'llama', 'qwen', 'data-protection'],
    checked: CHECKED,
    source: background(),
  },
  {
    id: 'proprietary-model',
    title: { de: 'Proprietäres (geschlossenes) Modell', en: 'Proprietary (closed) model' },
    // The article's "kommerziellen KI-Lösungen" are such models; the longer form wins over "KI".
    forms: {
      de: [
        'proprietäres Modell', 'proprietäre Modell', 'proprietären Modell', 'proprietären Modells',
        'proprietäre Modelle', 'proprietären Modelle', 'proprietären Modellen',
        'Closed-Source-Modell', 'Closed-Source-Modelle',
        'kommerzielle KI-Lösung', 'kommerziellen KI-Lösung', 'kommerzielle KI-Lösungen', 'kommerziellen KI-Lösungen',
      ],
      en: [
        'proprietary model', 'proprietary models', 'closed model', 'closed models',
        'closed-source model', 'closed-source models', 'closed-weights model', 'closed-weights models',
      ],
    },
    short: {
      de: 'Ein KI-Modell, dessen Gewichte der Hersteller für sich behält: Nutzen kann man es nur über dessen App oder Programmierschnittstelle, zu seinen Bedingungen und meist gegen Bezahlung. Es ist das Gegenstück zu Open Source und zu Modellen mit offenen Gewichten wie DeepSeek R1.',
      en: 'An AI model whose weights its maker keeps to itself: it can only be used through the maker’s app or API, on the maker’s terms and usually for a fee. It is the counterpart to open source and to open-weights models such as DeepSeek R1.',
    },
    long: {
      de: '„Proprietär“ bedeutet „in jemandes Eigentum“: Der Hersteller behält alle Rechte und bestimmt allein, wer das Modell wofür nutzen darf, was es kostet und wann es geändert oder abgeschaltet wird. Stand Januar 2025 gehören dazu die bekanntesten Modelle, etwa GPT-4o und o1 von OpenAI, Claude von Anthropic und Gemini von Google. Wer sie nutzt, schickt seine Eingaben an die Server des Anbieters und kann das Modell weder selbst betreiben noch von innen untersuchen; die Hersteller begründen das mit dem Schutz ihrer teuren Entwicklung und mit der Sorge vor Missbrauch. Wenn der Artikel R1 mit den „besten kommerziellen KI-Lösungen“ vergleicht, meint er solche geschlossenen Angebote. Kommerziell und offen sind aber keine Gegensätze: R1 darf nach seiner MIT-Lizenz ebenfalls kommerziell genutzt werden, und auch offene Modelle wie Llama oder Qwen stammen von gewinnorientierten Konzernen – entscheidend ist, ob die Gewichte veröffentlicht werden.',
      en: '“Proprietary” means “owned by someone”: the maker keeps all rights and alone decides who may use the model for what, what it costs and when it is changed or switched off. As of January 2025 this includes the best-known models, such as OpenAI’s GPT-4o and o1, Anthropic’s Claude and Google’s Gemini. Whoever uses them sends their input to the provider’s servers and can neither run the model themselves nor examine it from the inside; the makers justify this with protecting their expensive development and with concern about misuse. When the article compares R1 with the „besten kommerziellen KI-Lösungen“ (“best commercial AI solutions”), it means such closed offerings. Commercial and open are not opposites, though: under its MIT licence R1 may also be used commercially, and open models such as Llama or Qwen also come from profit-making companies — what matters is whether the weights are published.',
    },
    category: 'concept',
    related: ['open-source', 'open-weights', 'api', 'openai', 'claude', 'gemini'],
    checked: CHECKED,
    source: fromArticle('Warum DeepSeek R1 revolutionär ist'),
  },
  {
    id: 'api',
    title: { de: 'API (Programmierschnittstelle)', en: 'API (application programming interface)' },
    forms: {
      de: ['API', 'APIs', 'Programmierschnittstelle', 'Programmierschnittstellen'],
      en: ['API', 'APIs', 'application programming interface', 'application programming interfaces'],
    },
    short: {
      de: 'Eine Schnittstelle, über die Programme die Dienste eines anderen Programms nutzen. KI-Anbieter verkaufen den Zugang zu ihren Modellen über eine API und rechnen nach verarbeiteten Token ab.',
      en: 'An interface through which programs use the services of another program. AI providers sell access to their models through an API and charge by the number of tokens processed.',
    },
    long: {
      de: 'Statt in ein Chatfenster zu tippen, schickt eine App oder Website ihre Anfrage über die API an die Server des Anbieters und erhält die Antwort des Modells zurück; so bauen Firmen KI in eigene Produkte ein. DeepSeeks API ist laut README „OpenAI-kompatibel“: Entwickler können mit wenigen Änderungen von OpenAI zu DeepSeek wechseln. Zum Start verlangte DeepSeek für R1 regulär 0,55 US-Dollar pro Million Eingabe-Token und 2,19 US-Dollar pro Million Ausgabe-Token, OpenAI für o1 dagegen 15 beziehungsweise 60 US-Dollar (Stand: Januar 2025). Wer die API nutzt, schickt seine Daten an die Server des Anbieters – bei DeepSeek nach dessen eigener Datenschutzerklärung nach China.',
      en: 'Instead of someone typing into a chat window, an app or website sends its request through the API to the provider’s servers and gets the model’s answer back; this is how companies build AI into their own products. According to the README, DeepSeek’s API is “OpenAI-compatible”: developers can switch from OpenAI to DeepSeek with few changes. At launch DeepSeek charged a regular 0.55 US dollars per million input tokens and 2.19 US dollars per million output tokens for R1, while OpenAI charged 15 and 60 US dollars for o1 (as of January 2025). Whoever uses the API sends their data to the provider’s servers — in DeepSeek’s case, according to its own privacy policy, to China.',
    },
    category: 'concept',
    related: ['token', 'pricing-strategy', 'deepseek-privacy', 'openai-o1'],
    checked: CHECKED,
    source: background(),
  },
];
