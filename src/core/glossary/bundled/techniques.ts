import type { GlossaryEntry } from '../types';
import { CHECKED, background, fromArticle, fromReadme } from './sources';

export const TECHNIQUES: GlossaryEntry[] = [
  {
    id: 'mixture-of-experts',
    title: { de: 'Mixture of Experts (MoE)', en: 'Mixture of experts (MoE)' },
    forms: { de: ['Mixture of Experts', 'MoE'], en: ['Mixture of Experts', 'MoE'] },
    // "moe" is a word (Japanese slang, a name); only the acronym as written counts.
    matchCase: ['MoE'],
    short: {
      de: 'Eine Bauweise für KI-Modelle, bei der das Modell aus vielen spezialisierten Teilnetzen („Experten“) besteht. Für jedes Textstück wird nur eine kleine Auswahl davon aktiviert, was Rechenaufwand spart.',
      en: 'A way of building AI models in which the model consists of many specialised sub-networks (“experts”). Only a small selection of them is activated for each piece of text, which saves computation.',
    },
    long: {
      de: 'Ein vorgeschalteter Verteiler, der sogenannte Router, entscheidet für jedes Token, welche Experten zuständig sind; die übrigen bleiben für dieses Token untätig. Bei DeepSeek V3 und R1 sind so von 671 Milliarden Parametern je Token nur rund 37 Milliarden im Einsatz, also gut 5 %. Das macht Training und Antworten deutlich günstiger als bei einem gleich großen dichten Modell – im Speicher liegen müssen aber trotzdem alle Experten. Die Idee stammt aus der Forschung der frühen 1990er-Jahre; bei Sprachmodellen bekannt wurde sie unter anderem durch Mixtral von Mistral AI (2023). Die „Experten“ sind keine Fachleute für bestimmte Themen, sondern Teilnetze, deren Aufgabenteilung sich beim Training von selbst ergibt. Von den drei Punkten, die der Artikel als Architektur von R1 aufzählt, beschreibt nur dieser den Aufbau des Modells: Destillation ist ein Trainingsverfahren für andere, kleinere Modelle, Open Source eine Frage der Lizenz.',
      en: 'A dispatcher placed in front, the so-called router, decides for each token which experts are responsible; the others stay idle for that token. In DeepSeek V3 and R1, only about 37 of 671 billion parameters are thus at work for each token, a little over 5 %. That makes training and answering much cheaper than with a dense model of the same size — but all experts still have to be held in memory. The idea comes from research in the early 1990s; for language models it became known through Mistral AI’s Mixtral (2023), among others. The “experts” are not specialists in particular subjects but sub-networks whose division of labour emerges by itself during training. Of the three points the article lists as R1’s architecture, only this one describes how the model is built: distillation is a training method for other, smaller models, and open source a question of licensing.',
    },
    category: 'technique',
    related: ['dense-model', 'model-parameters', 'computing-power', 'transformer', 'deepseek-v3', 'deepseek-r1', 'neural-network'],
    checked: CHECKED,
    source: fromArticle('Warum DeepSeek R1 revolutionär ist'),
  },
  {
    id: 'distillation',
    title: { de: 'Destillation (Distillation)', en: 'Distillation' },
    forms: {
      de: ['Destillation', 'Distillation', 'Wissensdestillation', 'Modelldestillation'],
      // "distilled" is marked although it also means "distilled water": the
      // DeepSeek-R1 README uses it for its models on almost every page.
      en: ['distillation', 'knowledge distillation', 'distilled', 'distilled model', 'distilled models', 'distill'],
    },
    short: {
      de: 'Ein Verfahren, bei dem ein kleineres KI-Modell („Schüler“) lernt, die Antworten eines größeren Modells („Lehrer“) nachzuahmen. So entstehen kompakte Modelle, die deutlich mehr können als gleich große, die ohne Lehrer trainiert wurden.',
      en: 'A method in which a smaller AI model (the “student”) learns to imitate the answers of a larger model (the “teacher”). This produces compact models that can do considerably more than models of the same size trained without a teacher.',
    },
    long: {
      de: 'Unter diesem Namen bekannt gemacht haben das Verfahren Geoffrey Hinton und Kollegen im Jahr 2015. Bei Sprachmodellen läuft es meist so: Das große Modell erzeugt viele Beispielantworten, und das kleine wird mit diesen Beispielen feinabgestimmt; so hat DeepSeek aus R1 sechs kleinere Modelle auf Basis von Qwen und Llama gemacht. Anders als der Artikel nahelegt, verlieren destillierte Modelle gegenüber ihrem Lehrer durchaus an Leistung – sie sind nur viel besser als vergleichbar kleine Modelle ohne Lehrer. Auch ist Destillation kein Teil der Architektur von R1, wie die Aufzählung im Artikel vermuten lässt, sondern ein Trainingsverfahren, mit dem aus einem fertigen Modell weitere, kleinere entstehen. OpenAI erklärte Ende Januar 2025, es gebe Hinweise, dass DeepSeek Antworten von OpenAI-Modellen auf diese Weise genutzt habe, was OpenAIs Nutzungsbedingungen verbieten. Bewiesen war das zum 31. Januar 2025 nicht.',
      en: 'The method was made known under this name by Geoffrey Hinton and colleagues in 2015. With language models it usually works like this: the large model generates many example answers, and the small one is fine-tuned on those examples; this is how DeepSeek made six smaller models based on Qwen and Llama from R1. Contrary to what the article suggests, distilled models do lose performance compared with their teacher — they are just much better than similarly small models trained without one. Nor is distillation part of R1’s architecture, as the article’s list implies, but a training method by which further, smaller models are made from a finished one. In late January 2025 OpenAI said there were signs that DeepSeek had used answers from OpenAI models in this way, which OpenAI’s terms of use forbid. As of 31 January 2025 this had not been proven.',
    },
    category: 'technique',
    related: ['deepseek-r1-distill', 'fine-tuning', 'openai', 'deepseek-r1', 'computing-power'],
    checked: CHECKED,
    source: fromArticle('Warum DeepSeek R1 revolutionär ist'),
  },
  {
    id: 'reinforcement-learning',
    title: { de: 'Bestärkendes Lernen (Reinforcement Learning)', en: 'Reinforcement learning' },
    forms: {
      de: ['Reinforcement Learning', 'bestärkendes Lernen', 'bestärkenden Lernen', 'bestärkendem Lernen', 'bestärkenden Lernens', 'RL', 'RLHF'],
      en: ['reinforcement learning', 'RL', 'RLHF'],
    },
    short: {
      de: 'Eine Lernmethode, bei der ein KI-System durch Versuch und Irrtum lernt: Es probiert etwas aus, erhält eine Belohnung oder keine und verstärkt, was belohnt wurde. DeepSeek hat R1 so vor allem das schrittweise Denken beigebracht.',
      en: 'A learning method in which an AI system learns by trial and error: it tries something, gets a reward or none, and reinforces whatever was rewarded. This is mainly how DeepSeek taught R1 to think step by step.',
    },
    long: {
      de: 'Bekannt wurde das Verfahren unter anderem durch AlphaGo, das 2016 einen der weltbesten Go-Spieler schlug. Bei Sprachmodellen diente es zunächst vor allem dazu, Antworten mithilfe menschlicher Bewertungen hilfreicher und höflicher zu machen (RLHF, „Reinforcement Learning from Human Feedback“). DeepSeek setzte dagegen vor allem auf automatisch prüfbare Belohnungen: Stimmt das Ergebnis einer Matheaufgabe, besteht ein Programm seine Tests, hat die Antwort das verlangte Format? Bei DeepSeek-R1-Zero entstanden so ohne vorgegebene Musterlösungen lange Gedankengänge, Selbstkontrolle und das Überdenken eigener Fehler, was in der Fachwelt viel Beachtung fand. Das Kürzel „RL“ ist in englischen Fachtexten wie dem DeepSeek-README allgegenwärtig.',
      en: 'The method became famous through AlphaGo, among others, which beat one of the world’s best Go players in 2016. With language models it was first used mainly to make answers more helpful and polite with the help of human ratings (RLHF, “reinforcement learning from human feedback”). DeepSeek instead relied mainly on rewards that can be checked automatically: is the result of a maths problem right, does a program pass its tests, does the answer have the required format? In DeepSeek-R1-Zero this produced long lines of reasoning, self-checking and reconsidering its own mistakes without any model answers given, which attracted much attention among experts. The abbreviation “RL” is everywhere in English technical texts such as the DeepSeek README.',
    },
    category: 'technique',
    related: ['reasoning-model', 'deepseek-r1', 'fine-tuning', 'chain-of-thought'],
    checked: CHECKED,
    source: background(),
  },
  {
    id: 'chain-of-thought',
    title: { de: 'Gedankenkette (Chain of Thought)', en: 'Chain of thought' },
    forms: {
      de: ['Chain of Thought', 'Gedankenkette', 'Gedankenketten', 'CoT'],
      en: ['chain of thought', 'chains of thought', 'CoT', 'CoTs'],
    },
    // "cot" is a baby's bed.
    matchCase: ['CoT', 'CoTs'],
    short: {
      de: 'Die Zwischenschritte, die ein Sprachmodell aufschreibt, bevor es antwortet – ähnlich einem Rechenweg in der Schule. Reasoning-Modelle wie DeepSeek R1 erzeugen solche Gedankenketten systematisch.',
      en: 'The intermediate steps a language model writes down before it answers — much like showing your working at school. Reasoning models such as DeepSeek R1 produce such chains of thought systematically.',
    },
    long: {
      de: 'Schon 2022 zeigten Forscher von Google um Jason Wei, dass Sprachmodelle Rechen- und Logikaufgaben besser lösen, wenn man ihnen einige vorgerechnete Beispiele mit Zwischenschritten zeigt; ein Team der Universität Tokio um Takeshi Kojima fand im selben Jahr, dass oft schon der Zusatz „Let’s think step by step“ („Denken wir Schritt für Schritt“) hilft. Reasoning-Modelle haben das verinnerlicht: Sie erzeugen vor der eigentlichen Antwort oft Hunderte oder Tausende Token an Überlegungen, prüfen Zwischenergebnisse und verwerfen falsche Ansätze. DeepSeek R1 zeigt diese Gedankenkette offen in einem eigenen Denkabschnitt an, OpenAI zeigt bei o1 nur eine Zusammenfassung. Längere Gedankenketten kosten mehr Rechenzeit pro Antwort, und sie geben nicht unbedingt getreu wieder, was im Modell tatsächlich vorgeht.',
      en: 'As early as 2022, researchers at Google led by Jason Wei showed that language models solve arithmetic and logic problems better when shown a few worked examples with intermediate steps; in the same year a team at the University of Tokyo led by Takeshi Kojima found that simply adding “Let’s think step by step” often helps. Reasoning models have internalised this: before the actual answer they often produce hundreds or thousands of tokens of deliberation, check intermediate results and discard wrong approaches. DeepSeek R1 shows this chain of thought openly in a separate thinking section, while OpenAI shows only a summary for o1. Longer chains of thought cost more computing time per answer, and they do not necessarily reflect faithfully what actually goes on inside the model.',
    },
    category: 'technique',
    related: ['reasoning-model', 'openai-o1', 'deepseek-r1', 'token'],
    checked: CHECKED,
    source: fromReadme(),
  },
  {
    id: 'fine-tuning',
    title: { de: 'Feintuning (Fine-Tuning)', en: 'Fine-tuning' },
    forms: {
      de: ['Fine-Tuning', 'Finetuning', 'Feintuning', 'überwachtes Feintuning', 'Post-Training', 'Basismodell', 'Basismodelle', 'SFT'],
      en: ['fine-tuning', 'supervised fine-tuning', 'post-training', 'base model', 'base models', 'SFT'],
    },
    short: {
      de: 'Das Nachtrainieren eines bereits vortrainierten Modells mit einer kleineren, gezielt ausgewählten Datenmenge, damit es eine Aufgabe oder einen Stil beherrscht. Beim überwachten Feintuning (SFT) lernt es aus Beispielen mit vorgegebenen Musterantworten.',
      en: 'Further training of an already pre-trained model on a smaller, carefully chosen set of data so that it masters a task or a style. In supervised fine-tuning (SFT) it learns from examples with given model answers.',
    },
    long: {
      de: 'Am Anfang steht das Vortraining: Ein Modell lernt aus riesigen Textmengen, wie Sprache funktioniert, und wird so zum Basismodell, das Texte zwar fortsetzen kann, Anweisungen aber schlecht befolgt. Alles, was danach kommt, heißt Post-Training: überwachtes Feintuning mit Frage-Antwort-Beispielen und oft bestärkendes Lernen. Feintuning ist viel billiger als das Vortraining, weil es auf einem fertigen Modell aufbaut und weit weniger Daten braucht. Bei R1-Zero ließ DeepSeek das überwachte Feintuning bewusst weg und nutzte nur bestärkendes Lernen; für R1 selbst kombinierte es zwei SFT- und zwei RL-Stufen. Die destillierten Modelle entstanden durch reines Feintuning mit Beispielen von R1.',
      en: 'It all starts with pre-training: a model learns how language works from huge amounts of text and so becomes a base model, which can continue texts but follows instructions poorly. Everything after that is called post-training: supervised fine-tuning with question-and-answer examples and often reinforcement learning. Fine-tuning is far cheaper than pre-training because it builds on a finished model and needs much less data. For R1-Zero, DeepSeek deliberately left out supervised fine-tuning and used reinforcement learning alone; for R1 itself it combined two SFT and two RL stages. The distilled models were made by fine-tuning alone, on examples from R1.',
    },
    category: 'technique',
    related: ['training-inference', 'reinforcement-learning', 'distillation', 'large-language-model'],
    source: fromReadme(),
  },
  {
    id: 'dense-model',
    title: { de: 'Dichtes Modell (Dense Model)', en: 'Dense model' },
    forms: {
      de: ['dichtes Modell', 'dichten Modell', 'dichte Modelle', 'dichten Modelle', 'dichten Modellen', 'Dense-Modell', 'Dense-Modelle'],
      en: ['dense model', 'dense models'],
    },
    short: {
      de: 'Ein KI-Modell, bei dem für jedes verarbeitete Textstück alle Parameter mitrechnen. Es ist das Gegenstück zu einem Mixture-of-Experts-Modell, das jeweils nur einen Teil seiner Parameter nutzt.',
      en: 'An AI model in which all parameters take part in processing every piece of text. It is the counterpart of a mixture-of-experts model, which uses only part of its parameters at a time.',
    },
    long: {
      de: 'Die meisten bekannten Sprachmodelle sind dicht aufgebaut, etwa die Llama- und Qwen2.5-Modelle, auf denen DeepSeeks destillierte Modelle beruhen. Das ist einfacher zu trainieren und zu betreiben, aber jede zusätzliche Milliarde Parameter kostet bei jeder Antwort Rechenleistung. Ein dichtes Modell mit 70 Milliarden Parametern rechnet pro Token deshalb etwa doppelt so viel wie DeepSeek R1 mit seinen 37 Milliarden aktiven von insgesamt 671 Milliarden Parametern – braucht aber viel weniger Speicher. Wenn das DeepSeek-README von „dense models“ spricht, sind genau solche Modelle ohne Aufteilung in Experten gemeint.',
      en: 'Most well-known language models are dense, for example the Llama and Qwen2.5 models on which DeepSeek’s distilled models are based. That is simpler to train and to run, but every additional billion parameters costs computing power for every answer. A dense model with 70 billion parameters therefore computes about twice as much per token as DeepSeek R1 with its 37 billion active out of 671 billion parameters in total — but needs far less memory. When the DeepSeek README speaks of “dense models”, it means exactly such models without a split into experts.',
    },
    category: 'concept',
    related: ['mixture-of-experts', 'model-parameters', 'deepseek-r1-distill'],
    source: fromReadme(),
  },
  {
    id: 'transformer',
    title: { de: 'Transformer (Architektur)', en: 'Transformer (architecture)' },
    // Also an electrical transformer and a toy robot: senses.ts tells them apart.
    forms: {
      de: ['Transformer', 'Transformer-Modell', 'Transformer-Modelle', 'Transformer-Modellen', 'Transformer-Architektur'],
      en: ['transformer', 'transformer model', 'transformer models', 'transformer architecture'],
    },
    short: {
      de: 'Die Bauweise neuronaler Netze, auf der fast alle heutigen großen Sprachmodelle beruhen, vorgestellt 2017 von Forschern bei Google. Ihr Kern ist die sogenannte Attention: Für jedes Token wägt das Modell ab, welche anderen Stellen im Text dafür gerade wichtig sind.',
      en: 'The way of building neural networks on which almost all of today’s large language models are based, introduced by researchers at Google in 2017. Its core is so-called attention: for each token, the model weighs which other places in the text matter for it at that moment.',
    },
    long: {
      de: 'Die Architektur stammt aus dem Fachartikel „Attention Is All You Need“ von Ashish Vaswani und Kollegen und war zunächst für maschinelles Übersetzen gedacht. Frühere Sprachnetze lasen einen Text Wort für Wort nacheinander; ein Transformer betrachtet alle Token eines Abschnitts zugleich, was sich auf GPUs gut parallel rechnen lässt und das Training mit riesigen Textmengen erst praktikabel machte. Das „T“ in GPT steht für Transformer, und auch Gemini, Llama und Qwen sind Transformer-Modelle. DeepSeek V3 und R1 sind es ebenfalls, allerdings mit Mixture-of-Experts-Schichten und einer speicherschonenden Abwandlung der Attention, die DeepSeek „Multi-head Latent Attention“ nennt. Mit elektrischen Transformatoren oder den Spielzeugrobotern gleichen Namens hat der Begriff nichts zu tun; die Programmbibliothek „Transformers“ von Hugging Face ist nach der Architektur benannt.',
      en: 'The architecture comes from the paper “Attention Is All You Need” by Ashish Vaswani and colleagues and was first intended for machine translation. Earlier language networks read a text word by word, one after the other; a transformer looks at all tokens of a passage at once, which can be computed in parallel on GPUs and made training on huge amounts of text practical in the first place. The “T” in GPT stands for transformer, and Gemini, Llama and Qwen are transformer models too. So are DeepSeek V3 and R1, though with mixture-of-experts layers and a memory-saving variant of attention that DeepSeek calls “multi-head latent attention”. The term has nothing to do with electrical transformers or the toy robots of the same name; Hugging Face’s programming library “Transformers” is named after the architecture.',
    },
    category: 'technique',
    related: ['neural-network', 'large-language-model', 'google', 'gpt-4', 'mixture-of-experts', 'token'],
    checked: CHECKED,
    source: background(),
  },
];
