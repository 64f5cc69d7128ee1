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
      de: 'Was „Open Source“ genau heißt, legt die Open Source Initiative (OSI) fest: Die Lizenz muss freie Nutzung, Veränderung und Weitergabe für jeden Zweck erlauben. Bei KI-Modellen gehören zum „Quellcode“ eigentlich auch Trainingsdaten und Trainingsprogramme; im Oktober 2024 veröffentlichte die OSI deshalb eine eigene Definition für Open-Source-KI, die ausführliche Angaben zu den Trainingsdaten verlangt. DeepSeek R1 erfüllt das nicht ganz: Frei verfügbar unter der MIT-Lizenz sind die Modellgewichte und ein technischer Bericht, nicht aber die Trainingsdaten. Treffender wäre daher „Open Weights“ – dennoch darf jeder R1 herunterladen, selbst betreiben, verändern und kommerziell nutzen. Wenn der Artikel schreibt, „der Code“ stehe Entwicklern frei zur Verfügung, sind vor allem diese Gewichte gemeint.',
      en: 'What “open source” means exactly is set out by the Open Source Initiative (OSI): the licence must allow free use, modification and redistribution for any purpose. For AI models, the “source” really includes training data and training programs too; in October 2024 the OSI therefore published its own definition of open-source AI, which requires detailed information about the training data. DeepSeek R1 does not quite meet it: the model weights and a technical report are freely available under the MIT licence, but the training data is not. “Open weights” would be more accurate — even so, anyone may download R1, run it themselves, change it and use it commercially. When the article says “the code” is freely available to developers, it mainly means these weights.',
    },
    category: 'concept',
    related: ['open-weights', 'hugging-face', 'deepseek-r1', 'llama'],
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
    related: ['open-source', 'model-parameters', 'llama', 'qwen', 'data-protection'],
    checked: CHECKED,
    source: background(),
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
    related: ['token', 'pricing-strategy', 'data-protection', 'openai-o1'],
    checked: CHECKED,
    source: background(),
  },
];
