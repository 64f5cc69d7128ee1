import type { GlossaryEntry } from '../types';
import { CHECKED, background, fromArticle } from './sources';

export const HARDWARE: GlossaryEntry[] = [
  {
    id: 'gpu',
    title: { de: 'GPU (Grafikprozessor)', en: 'GPU (graphics processing unit)' },
    forms: {
      de: ['GPU', 'GPUs', 'Grafikprozessor', 'Grafikprozessoren', 'Grafikprozessors', 'KI-Chip', 'KI-Chips', 'GPU-Stunden'],
      en: ['GPU', 'GPUs', 'graphics processing unit', 'graphics processing units', 'AI chip', 'AI chips', 'GPU hours'],
    },
    short: {
      de: 'Ein Prozessor, der ursprünglich für Computergrafik gebaut wurde und sehr viele Rechnungen gleichzeitig ausführt. Deshalb ist er das wichtigste Werkzeug, um KI-Modelle zu trainieren und zu betreiben.',
      en: 'A processor originally built for computer graphics that carries out a great many calculations at the same time. That makes it the most important tool for training and running AI models.',
    },
    long: {
      de: 'Ein gewöhnlicher Hauptprozessor (CPU) hat wenige, sehr vielseitige Rechenkerne; eine GPU hat Tausende einfache Kerne, die dieselbe Rechenart parallel auf viele Zahlen anwenden. Genau solche Rechnungen, riesige Matrixmultiplikationen, braucht ein neuronales Netz. Den Markt für KI-Chips beherrscht Nvidia; Alternativen sind etwa Chips von AMD oder Googles eigene TPUs. Den Aufwand eines Trainings gibt man oft in GPU-Stunden an: DeepSeek nennt für das eigentliche Training von V3 – Vortraining, Verlängerung des Kontextfensters und Post-Training – rund 2,79 Millionen Stunden auf 2.048 Chips vom Typ H800. Große KI-Rechenzentren enthalten Zehn- bis Hunderttausende GPUs und verbrauchen so viel Strom wie eine Stadt mit Zehntausenden Haushalten.',
      en: 'An ordinary central processor (CPU) has a few very versatile cores; a GPU has thousands of simple cores that apply the same kind of calculation to many numbers in parallel. Exactly such calculations — huge matrix multiplications — are what a neural network needs. Nvidia dominates the market for AI chips; alternatives include chips from AMD or Google’s own TPUs. The effort of a training run is often given in GPU hours: for the training proper of V3 — pre-training, extending the context window and post-training — DeepSeek states about 2.79 million hours on 2,048 chips of the H800 type. Large AI data centres contain tens to hundreds of thousands of GPUs and use as much electricity as a town of tens of thousands of households.',
    },
    category: 'hardware',
    related: ['nvidia', 'nvidia-h800', 'computing-power', 'export-controls', 'training-inference'],
    checked: CHECKED,
    source: background(),
  },
  {
    id: 'nvidia-h800',
    title: { de: 'Nvidia H800 und H100', en: 'Nvidia H800 and H100' },
    forms: { de: ['H800', 'H100'], en: ['H800', 'H100'] },
    short: {
      de: 'Zwei KI-Chips von Nvidia: Der H100 war ab 2022 das Spitzenmodell für KI-Rechenzentren, der H800 eine gedrosselte Variante, die Nvidia eigens für den chinesischen Markt entwickelte. DeepSeek gibt an, DeepSeek V3 auf H800-Chips trainiert zu haben.',
      en: 'Two AI chips from Nvidia: from 2022 the H100 was the top model for AI data centres, while the H800 is a cut-down variant Nvidia developed specifically for the Chinese market. DeepSeek says it trained DeepSeek V3 on H800 chips.',
    },
    long: {
      de: 'Als die USA im Oktober 2022 den Export der stärksten KI-Chips nach China beschränkten, brachte Nvidia den H800 heraus: Er rechnet ähnlich schnell wie der H100, tauscht Daten mit anderen Chips aber langsamer aus und fiel so zunächst nicht unter die Regeln. Im Oktober 2023 verschärften die USA die Vorgaben; seitdem darf auch der H800 nicht mehr nach China geliefert werden. DeepSeek beschreibt im Bericht zu V3, wie es die langsamere Verbindung zwischen den Chips durch geschickte Programmierung ausgeglichen hat – ein Grund, warum das Modell als besonders effizient gilt. Einzelne Branchenvertreter behaupteten, DeepSeek verfüge in Wahrheit über deutlich mehr und stärkere Chips; belegt war das Ende Januar 2025 nicht. Nvidias Spitzenmodell war der H100 zu diesem Zeitpunkt schon nicht mehr: Seit Mitte 2024 liefert Nvidia den Nachfolger H200 aus, seit Ende 2024 Chips der neuen Blackwell-Generation wie den B200.',
      en: 'When the USA restricted exports of the most powerful AI chips to China in October 2022, Nvidia brought out the H800: it calculates about as fast as the H100 but exchanges data with other chips more slowly, and so at first fell outside the rules. In October 2023 the USA tightened the rules; since then the H800 may no longer be shipped to China either. In its report on V3, DeepSeek describes how it made up for the slower connection between chips with clever programming — one reason the model is considered especially efficient. Some industry figures claimed DeepSeek actually has many more and stronger chips; as of late January 2025 this had not been substantiated. By then the H100 was no longer Nvidia’s top model: Nvidia has been shipping its successor, the H200, since mid-2024, and chips of the new Blackwell generation such as the B200 since late 2024.',
    },
    category: 'hardware',
    related: ['nvidia', 'gpu', 'export-controls', 'deepseek-v3'],
    checked: CHECKED,
    source: background(),
  },
  {
    id: 'computing-power',
    title: { de: 'Rechenleistung', en: 'Computing power (compute)' },
    // "compute" also marks the verb; accepted because in texts about AI the noun is the jargon term.
    forms: {
      de: ['Rechenleistung', 'Rechenkapazität', 'Rechenkapazitäten'],
      en: ['computing power', 'computational power', 'compute'],
    },
    short: {
      de: 'Wie viele Rechenoperationen Computer in einer bestimmten Zeit ausführen können. Für Training und Betrieb von KI-Modellen ist sie der wichtigste und teuerste Rohstoff.',
      en: 'How many calculations computers can carry out in a given time. For training and running AI models it is the most important and most expensive resource.',
    },
    long: {
      de: 'Gemessen wird Rechenleistung in Gleitkommaoperationen pro Sekunde (FLOP/s); für KI kommt sie fast ausschließlich von GPUs in großen Rechenzentren. Jahrelang galt die Regel, dass KI-Modelle mit mehr Rechenleistung, mehr Daten und mehr Parametern verlässlich besser werden – deshalb investieren US-Konzerne Hunderte Milliarden Dollar in Rechenzentren. DeepSeek R1 stellte diese Logik infrage, weil es Spitzenwerte erreichte, obwohl das zugrunde liegende Basismodell V3 nach DeepSeeks Angaben mit vergleichsweise wenig Rechenleistung trainiert worden war; das war ein wesentlicher Grund für den Kurssturz der Chiphersteller. Andere, etwa Microsoft-Chef Satya Nadella, hielten dagegen, billigere KI werde am Ende mehr genutzt und erzeuge so noch mehr Bedarf an Rechenleistung (das sogenannte Jevons-Paradoxon). Im Englischen heißt Rechenleistung in diesem Zusammenhang kurz „compute“.',
      en: 'Computing power is measured in floating-point operations per second (FLOP/s); for AI it comes almost entirely from GPUs in large data centres. For years the rule was that AI models reliably get better with more computing power, more data and more parameters — which is why US companies are investing hundreds of billions of dollars in data centres. DeepSeek R1 called this logic into question because it reached top scores although, according to DeepSeek’s figures, its underlying base model V3 had been trained with comparatively little computing power; that was a major reason for the slump in chipmakers’ shares. Others, such as Microsoft’s chief executive Satya Nadella, countered that cheaper AI will end up being used more and so create even more demand for computing power (the so-called Jevons paradox). In English this is often simply called “compute”.',
    },
    category: 'concept',
    related: ['gpu', 'training-inference', 'mixture-of-experts', 'market-slump-2025', 'stargate'],
    checked: CHECKED,
    source: fromArticle('Warum DeepSeek R1 revolutionär ist'),
  },
];
