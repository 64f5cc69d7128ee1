import type { GlossaryEntry } from '../types';
import { CHECKED, background, fromArticle, fromReadme } from './sources';

export const CONCEPTS: GlossaryEntry[] = [
  {
    id: 'artificial-intelligence',
    title: { de: 'Künstliche Intelligenz (KI)', en: 'Artificial intelligence (AI)' },
    forms: {
      de: ['künstliche Intelligenz', 'künstlichen Intelligenz', 'künstlicher Intelligenz', 'KI'],
      en: ['artificial intelligence', 'AI'],
    },
    short: {
      de: 'Sammelbegriff für Computersysteme, die Aufgaben erledigen, für die man bisher menschliche Intelligenz brauchte – etwa Sprache verstehen, Bilder erkennen oder Texte schreiben. Heute meint man damit meist Systeme, die aus großen Datenmengen gelernt haben.',
      en: 'An umbrella term for computer systems that do tasks which used to require human intelligence — understanding language, recognising images or writing texts, for example. Today it usually means systems that have learned from large amounts of data.',
    },
    long: {
      de: 'Geprägt wurde der Begriff 1955 von John McCarthy und Kollegen in ihrem Antrag für einen Sommer-Workshop am Dartmouth College in den USA, der 1956 stattfand und als Geburtsstunde des Fachs gilt. Lange beruhte KI vor allem auf von Hand geschriebenen Regeln; seit den 2010er-Jahren dominiert maschinelles Lernen, bei dem Programme Muster selbst aus Daten ableiten, meist mit neuronalen Netzen. Seit dem Start von ChatGPT Ende 2022 steht generative KI im Mittelpunkt, die neue Texte, Bilder oder Programmcode erzeugt. Wenn der Artikel von „dieser künstlichen Intelligenz“ spricht, meint er ein konkretes Sprachmodell, DeepSeek R1. Solche Systeme sind sehr leistungsfähig, machen aber auch Fehler, die sie mit großer Überzeugung vortragen.',
      en: 'The term was coined in 1955 by John McCarthy and colleagues in their proposal for a summer workshop at Dartmouth College in the USA, which took place in 1956 and is regarded as the birth of the field. For a long time AI relied mainly on hand-written rules; since the 2010s machine learning has dominated, in which programs derive patterns from data themselves, mostly with neural networks. Since ChatGPT launched in late 2022, the focus has been on generative AI, which produces new texts, images or program code. When the article speaks of “this artificial intelligence”, it means one specific language model, DeepSeek R1. Such systems are very capable, but they also make mistakes, which they present with great confidence.',
    },
    category: 'concept',
    related: ['large-language-model', 'neural-network', 'ai-race', 'chatgpt'],
    checked: CHECKED,
    source: fromArticle('Ein historischer Einbruch an den Börsen'),
  },
  {
    id: 'large-language-model',
    title: { de: 'Sprachmodell (Large Language Model, LLM)', en: 'Large language model (LLM)' },
    forms: {
      de: [
        'Sprachmodell', 'Sprachmodelle', 'Sprachmodells', 'Sprachmodellen',
        'großes Sprachmodell', 'große Sprachmodell', 'großen Sprachmodell', 'großen Sprachmodells',
        'große Sprachmodelle', 'großen Sprachmodelle', 'großen Sprachmodellen',
        'Large Language Model', 'LLM', 'LLMs',
      ],
      en: ['language model', 'language models', 'large language model', 'large language models', 'LLM', 'LLMs'],
    },
    short: {
      de: 'Ein KI-Programm, das aus riesigen Textmengen gelernt hat, Sprache vorherzusagen und zu erzeugen. Es beantwortet Fragen, schreibt und übersetzt Texte oder Programmcode; ChatGPT, Claude, Gemini und DeepSeek R1 beruhen auf solchen Modellen.',
      en: 'An AI program that has learned from huge amounts of text to predict and produce language. It answers questions and writes or translates texts and program code; ChatGPT, Claude, Gemini and DeepSeek R1 are based on such models.',
    },
    long: {
      de: 'Im Kern sagt ein Sprachmodell immer wieder das wahrscheinlich nächste Textstück (Token) voraus; aus dieser einfachen Aufgabe entstehen bei genügend Daten und Größe erstaunliche Fähigkeiten. „Groß“ bezieht sich auf die Zahl der Parameter, heute oft viele Milliarden, und auf die Trainingsdaten, die Billionen Token umfassen können. Technisch sind Sprachmodelle neuronale Netze, fast immer nach der 2017 vorgestellten Transformer-Architektur. Sie wissen nichts im menschlichen Sinn und können Fakten erfinden („halluzinieren“), weil sie plausible statt geprüft wahre Sätze erzeugen. Das Kürzel LLM kommt vom englischen „Large Language Model“.',
      en: 'At its core, a language model repeatedly predicts the most likely next piece of text (token); with enough data and size, astonishing abilities emerge from this simple task. “Large” refers to the number of parameters, today often many billions, and to the training data, which can amount to trillions of tokens. Technically, language models are neural networks, almost always following the transformer architecture introduced in 2017. They do not know anything in the human sense and can make up facts (“hallucinate”), because they produce plausible rather than verified sentences. The abbreviation LLM stands for “large language model”.',
    },
    category: 'concept',
    related: ['artificial-intelligence', 'neural-network', 'transformer', 'token', 'model-parameters', 'reasoning-model', 'chatgpt'],
    checked: CHECKED,
    source: fromArticle('Warum DeepSeek R1 revolutionär ist'),
  },
  {
    id: 'neural-network',
    title: { de: 'Neuronales Netz', en: 'Neural network' },
    forms: {
      de: [
        'neuronales Netz', 'neuronalen Netz', 'neuronale Netze', 'neuronalen Netze', 'neuronalen Netzen', 'neuronalen Netzes',
        'neuronales Netzwerk', 'neuronalen Netzwerk', 'neuronale Netzwerke', 'neuronalen Netzwerke', 'neuronalen Netzwerken', 'neuronalen Netzwerks',
      ],
      en: ['neural network', 'neural networks', 'neural net', 'neural nets'],
    },
    short: {
      de: 'Ein Rechenmodell aus vielen einfachen, miteinander verbundenen Recheneinheiten („Neuronen“), lose nach dem Vorbild des Gehirns. Es lernt, indem es beim Training die Stärke seiner Verbindungen anpasst; alle heutigen Sprachmodelle sind solche Netze.',
      en: 'A computing model made of many simple, interconnected units (“neurons”), loosely inspired by the brain. It learns by adjusting the strength of its connections during training; all of today’s language models are such networks.',
    },
    long: {
      de: 'Die Neuronen sind in Schichten angeordnet: Jede Schicht nimmt Zahlen entgegen, verrechnet sie mit Gewichten und gibt das Ergebnis an die nächste weiter. Die Gewichte sind die Parameter des Modells; beim Training werden sie schrittweise so verändert, dass die Ausgaben besser zu den Trainingsdaten passen. Netze mit sehr vielen Schichten nennt man „tief“, daher der Begriff Deep Learning. Mit dem Gehirn haben sie wenig mehr gemeinsam als die Grundidee vernetzter Einheiten. Wenn der Artikel schreibt, dass bei DeepSeek R1 „nur relevante Teile des Netzwerks“ aktiviert werden, ist dieses neuronale Netz gemeint.',
      en: 'The neurons are arranged in layers: each layer takes in numbers, combines them with weights and passes the result on to the next. The weights are the model’s parameters; during training they are changed step by step so that the outputs fit the training data better. Networks with very many layers are called “deep”, hence the term deep learning. They have little more in common with the brain than the basic idea of networked units. When the article says that in DeepSeek R1 “only relevant parts of the network” are activated, it means this neural network.',
    },
    category: 'concept',
    related: ['model-parameters', 'large-language-model', 'transformer', 'mixture-of-experts', 'training-inference'],
    checked: CHECKED,
    source: fromArticle('Warum DeepSeek R1 revolutionär ist'),
  },
  {
    id: 'model-parameters',
    title: { de: 'Modellparameter', en: 'Model parameters' },
    // "Parameter"/"parameters" alone is an everyday word in both languages (URL
    // parameters, function parameters), so only compounds that clearly mean a
    // model's parameters are forms.
    forms: {
      de: ['Modellparameter', 'Modellparametern', 'Parameteranzahl', 'Parameterzahl'],
      en: ['model parameters', 'parameter count', 'activated parameters', 'active parameters', 'total parameters', 'Activated Params', 'Total Params'],
    },
    short: {
      de: 'Die Zahlen, die ein KI-Modell beim Training lernt und in denen sein gesamtes „Wissen“ steckt. Ihre Anzahl gibt die Größe eines Modells an: DeepSeek R1 hat 671 Milliarden davon.',
      en: 'The numbers an AI model learns during training, which hold all of its “knowledge”. Their count gives a model’s size: DeepSeek R1 has 671 billion of them.',
    },
    long: {
      de: 'Jeder Parameter ist ein einzelner Zahlenwert, meist ein Gewicht zwischen zwei Neuronen eines neuronalen Netzes. Angaben wie „7B“ oder „671B“ bedeuten 7 beziehungsweise 671 Milliarden Parameter – das „B“ steht für das englische „billion“, also die deutsche Milliarde. Mehr Parameter bedeuten meist mehr Fähigkeiten, aber auch mehr Speicherbedarf und Rechenaufwand: Ein Modell mit 671 Milliarden Parametern braucht zum Betrieb mehrere Hundert Gigabyte Grafikspeicher. Bei Mixture-of-Experts-Modellen unterscheidet man die Gesamtzahl („total“) von den je Token aktiven Parametern („activated“), bei R1 sind es 37 Milliarden. Wie viele Parameter die Modelle von OpenAI, Anthropic und Google haben, ist nicht veröffentlicht.',
      en: 'Each parameter is a single number, usually a weight between two neurons of a neural network. Labels such as “7B” or “671B” mean 7 or 671 billion parameters. More parameters usually mean more abilities, but also more memory and computation: running a model with 671 billion parameters takes several hundred gigabytes of graphics memory. For mixture-of-experts models one distinguishes the total number from the parameters active for each token (“activated”), which for R1 is 37 billion. How many parameters the models of OpenAI, Anthropic and Google have has not been published.',
    },
    category: 'concept',
    related: ['neural-network', 'mixture-of-experts', 'dense-model', 'billion', 'open-weights'],
    checked: CHECKED,
    source: background(),
  },
  {
    id: 'token',
    title: { de: 'Token', en: 'Token' },
    // "Token" has other meanings (security tokens, crypto tokens); on pages that
    // talk about AI models, this one is by far the most common.
    forms: {
      de: ['Token', 'Tokens', 'Tokenizer', 'Tokenisierung'],
      en: ['token', 'tokens', 'tokenizer', 'tokenizers', 'tokenization'],
    },
    short: {
      de: 'Die Einheit, in der Sprachmodelle Text verarbeiten: ein Wort, ein Wortteil oder ein Satzzeichen. Nutzung, Preise und die zulässige Länge von Eingaben werden in Token gemessen.',
      en: 'The unit in which language models process text: a word, part of a word or a punctuation mark. Usage, prices and the permitted length of input are measured in tokens.',
    },
    long: {
      de: 'Bevor ein Sprachmodell einen Text liest, zerlegt ein Tokenizer ihn in Token und ordnet jedem eine Nummer zu; häufige Wörter sind ein Token, seltene werden in mehrere Teile zerlegt. Als Faustregel entspricht ein Token im Englischen etwa drei Vierteln eines Wortes; deutsche Texte brauchen wegen langer Zusammensetzungen oft mehr Token. Programmierschnittstellen rechnen pro Million Token ab, getrennt nach Eingabe und Ausgabe. Auch das Kontextfenster, also wie viel Text ein Modell auf einmal berücksichtigen kann, wird in Token angegeben – bei DeepSeek R1 laut README 128.000. Reasoning-Modelle verbrauchen besonders viele Token, weil sie ihre Gedankenkette mit ausgeben.',
      en: 'Before a language model reads a text, a tokenizer splits it into tokens and gives each a number; common words are one token, rare ones are split into several pieces. As a rule of thumb, one token in English is about three quarters of a word; German texts often need more tokens because of long compound words. APIs charge per million tokens, separately for input and output. The context window — how much text a model can take into account at once — is also given in tokens: 128,000 for DeepSeek R1, according to its README. Reasoning models use particularly many tokens because they output their chain of thought as well.',
    },
    category: 'concept',
    related: ['large-language-model', 'api', 'chain-of-thought', 'pricing-strategy'],
    checked: CHECKED,
    source: fromReadme(),
  },
  {
    id: 'training-inference',
    title: { de: 'Training und Inferenz', en: 'Training and inference' },
    forms: {
      de: ['Inferenz', 'Modelltraining', 'Trainingslauf', 'Trainingsläufe', 'Vortraining', 'Pre-Training'],
      en: ['inference', 'model training', 'training run', 'training runs', 'pre-training', 'pretraining'],
    },
    short: {
      de: 'Die zwei Lebensphasen eines KI-Modells: Beim Training lernt es aus Daten und erhält seine Parameter, bei der Inferenz wird das fertige Modell benutzt, um Antworten zu erzeugen.',
      en: 'The two phases in the life of an AI model: in training it learns from data and gets its parameters; in inference the finished model is used to produce answers.',
    },
    long: {
      de: 'Das Training großer Sprachmodelle läuft über Wochen oder Monate auf Tausenden Grafikprozessoren; um seine Kosten dreht sich die Debatte über DeepSeek. Es besteht aus dem Vortraining auf riesigen Textmengen und dem Post-Training, das das Modell zu einem nützlichen Assistenten macht. Inferenz ist jede einzelne Nutzung danach: Jede Frage an einen Chatbot kostet Rechenleistung, und bei Millionen Nutzern summiert sich das zu großen laufenden Kosten. Reasoning-Modelle verschieben Aufwand vom Training in die Inferenz, weil sie bei jeder Antwort länger „nachdenken“. Wer die Kosten zweier Modelle vergleicht, sollte deshalb immer fragen, ob Training oder Betrieb gemeint ist.',
      en: 'Training a large language model runs for weeks or months on thousands of graphics processors; the debate about DeepSeek revolves around its cost. It consists of pre-training on huge amounts of text and post-training, which turns the model into a useful assistant. Inference is every single use after that: each question to a chatbot costs computing power, and with millions of users this adds up to large running costs. Reasoning models shift effort from training to inference because they “think” longer for every answer. Anyone comparing the costs of two models should therefore always ask whether training or operation is meant.',
    },
    category: 'concept',
    related: ['fine-tuning', 'computing-power', 'development-costs', 'gpu', 'reasoning-model'],
    source: background(),
  },
  {
    id: 'benchmark',
    title: { de: 'Benchmark', en: 'Benchmark' },
    forms: { de: ['Benchmark', 'Benchmarks', 'Benchmarking'], en: ['benchmark', 'benchmarks', 'benchmarking'] },
    short: {
      de: 'Ein standardisierter Test, mit dem man die Leistung verschiedener KI-Modelle vergleicht – etwa eine Sammlung von Mathe- oder Programmieraufgaben mit bekannten Lösungen.',
      en: 'A standardised test used to compare the performance of different AI models — for example a collection of maths or programming problems with known solutions.',
    },
    long: {
      de: 'Bekannte Benchmarks sind MMLU (Wissensfragen aus 57 Fachgebieten), AIME (Aufgaben eines US-Mathematikwettbewerbs), GPQA Diamond (schwierige naturwissenschaftliche Fragen) und Codeforces (Programmierwettbewerbe). „pass@1“ gibt an, welcher Anteil der Aufgaben im ersten Versuch gelöst wird. Benchmarks sind nützlich, aber mit Vorsicht zu lesen: Hersteller wählen oft selbst aus, welche Ergebnisse sie zeigen, und Testaufgaben können unbemerkt in die Trainingsdaten geraten sein. Die Vergleichstabellen im DeepSeek-README stammen von DeepSeek selbst; unabhängige Tests kommen nicht immer zu denselben Abständen.',
      en: 'Well-known benchmarks include MMLU (knowledge questions from 57 subjects), AIME (problems from a US mathematics competition), GPQA Diamond (difficult science questions) and Codeforces (programming contests). “pass@1” gives the share of problems solved at the first attempt. Benchmarks are useful but should be read with care: vendors often choose which results to show, and test problems may have slipped into the training data unnoticed. The comparison tables in the DeepSeek README come from DeepSeek itself; independent tests do not always find the same gaps.',
    },
    category: 'concept',
    related: ['deepseek-r1', 'openai-o1', 'claude', 'reasoning-model'],
    source: fromReadme(),
  },
  {
    id: 'reasoning-model',
    title: { de: 'Reasoning-Modell', en: 'Reasoning model' },
    // Not "Denkmodell": in German that usually means a conceptual model, a way of thinking.
    forms: {
      de: ['Reasoning-Modell', 'Reasoning-Modelle', 'Reasoning-Modells', 'Reasoning-Modellen'],
      en: ['reasoning model', 'reasoning models'],
    },
    short: {
      de: 'Ein Sprachmodell, das vor seiner Antwort ausführlich „nachdenkt“: Es schreibt Zwischenschritte auf, prüft sie und korrigiert sich. Bekannte Beispiele sind OpenAI o1 und DeepSeek R1.',
      en: 'A language model that “thinks” at length before it answers: it writes down intermediate steps, checks them and corrects itself. Well-known examples are OpenAI o1 and DeepSeek R1.',
    },
    long: {
      de: 'Herkömmliche Chatbots beginnen sofort mit der Antwort; Reasoning-Modelle erzeugen zuerst eine lange Gedankenkette und erst dann die eigentliche Antwort. Das macht sie deutlich besser bei Mathematik, Programmieren und mehrstufigen Logikaufgaben, aber langsamer und pro Antwort teurer, weil mehr Rechenleistung in die Inferenz fließt. Trainiert wird diese Fähigkeit vor allem mit bestärkendem Lernen. OpenAI stellte im September 2024 mit o1 das erste bekannte Modell dieser Art vor; DeepSeek R1 zeigte im Januar 2025, dass ein offenes Modell Ähnliches leisten kann. Für einfache Fragen oder kreatives Schreiben bringen Reasoning-Modelle oft keinen Vorteil.',
      en: 'Conventional chatbots start answering straight away; reasoning models first produce a long chain of thought and only then the actual answer. This makes them much better at mathematics, programming and multi-step logic problems, but slower and more expensive per answer, because more computing power goes into inference. The ability is trained mainly with reinforcement learning. OpenAI presented o1, the first well-known model of this kind, in September 2024; DeepSeek R1 showed in January 2025 that an open model can do something similar. For simple questions or creative writing, reasoning models often bring no advantage.',
    },
    category: 'concept',
    related: ['chain-of-thought', 'openai-o1', 'deepseek-r1', 'reinforcement-learning', 'training-inference'],
    checked: CHECKED,
    source: background(),
  },
];
