import type { GlossaryEntry } from '../types';
import { CHECKED, background, fromArticle, fromReadme } from './sources';

export const COMPANIES: GlossaryEntry[] = [
  {
    id: 'deepseek',
    title: { de: 'DeepSeek (Unternehmen)', en: 'DeepSeek (company)' },
    forms: { de: ['DeepSeek', 'DeepSeeks'], en: ['DeepSeek'] },
    short: {
      de: 'Ein chinesisches KI-Unternehmen aus Hangzhou, gegründet 2023. Es entwickelt große Sprachmodelle wie DeepSeek V3 und DeepSeek R1 und veröffentlicht deren Gewichte frei.',
      en: 'A Chinese AI company based in Hangzhou, founded in 2023. It develops large language models such as DeepSeek V3 and DeepSeek R1 and releases their weights openly.',
    },
    long: {
      de: 'Gründer ist Liang Wenfeng, der zuvor den quantitativen Hedgefonds High-Flyer mitgegründet hatte; DeepSeek wird Berichten zufolge von diesem Fonds finanziert. Das Team gilt als vergleichsweise klein und besteht zu großen Teilen aus jungen Absolventen chinesischer Universitäten. Mit R1 rückte das Unternehmen Ende Januar 2025 schlagartig ins Rampenlicht: Seine App führte die Download-Charts an, zugleich meldete DeepSeek Cyberangriffe und beschränkte zeitweise neue Registrierungen. Die US-Regierung prüfte nach eigenen Angaben die Folgen für die nationale Sicherheit, und OpenAI warf DeepSeek vor, Ausgaben seiner Modelle unerlaubt zum Training genutzt zu haben – öffentliche Belege dafür gab es bis Ende Januar 2025 nicht.',
      en: 'Its founder is Liang Wenfeng, who had earlier co-founded the quantitative hedge fund High-Flyer; DeepSeek is reportedly financed by that fund. The team is considered comparatively small and largely made up of young graduates of Chinese universities. With R1 the company was suddenly in the spotlight in late January 2025: its app topped the download charts, while DeepSeek reported cyberattacks and temporarily limited new sign-ups. The US government said it was examining the implications for national security, and OpenAI accused DeepSeek of using its models’ outputs for training without permission — no public evidence for this had been presented by the end of January 2025.',
    },
    category: 'company',
    related: ['deepseek-r1', 'deepseek-v3', 'china-ai-strategy', 'deepseek-privacy', 'national-security-review', 'distillation', 'openai'],
    checked: CHECKED,
    source: fromArticle('Ein historischer Einbruch an den Börsen'),
  },
  {
    id: 'openai',
    title: { de: 'OpenAI', en: 'OpenAI' },
    forms: { de: ['OpenAI', 'OpenAIs'], en: ['OpenAI'] },
    short: {
      de: 'Ein US-amerikanisches KI-Unternehmen aus San Francisco, bekannt durch ChatGPT und einer der führenden Entwickler großer Sprachmodelle. DeepSeek R1 stellte im Januar 2025 infrage, wie groß sein Vorsprung tatsächlich ist.',
      en: 'A US AI company based in San Francisco, known for ChatGPT and one of the leading developers of large language models. In January 2025 DeepSeek R1 called into question how large its lead really is.',
    },
    long: {
      de: 'OpenAI wurde 2015 als gemeinnützige Forschungsorganisation gegründet, unter anderem von Sam Altman und Elon Musk; 2019 schuf es einen gewinnorientierten Unternehmensteil, an dem Microsoft mit Milliardenbeträgen beteiligt ist. Trotz des Namens veröffentlicht OpenAI die Gewichte seiner aktuellen Modelle nicht. Ende Januar 2025 erklärte das Unternehmen, es gebe Hinweise, dass DeepSeek Ausgaben von OpenAI-Modellen zum Training eigener Modelle genutzt habe (Destillation), was OpenAIs Nutzungsbedingungen verbieten. Der Artikel fasst das als Vorwurf zusammen, DeepSeek habe „unrechtmäßig auf seine Daten zugegriffen“ – gemeint ist dieser Destillationsvorwurf, kein Einbruch in OpenAIs Systeme; öffentliche Belege gab es bis zum 31. Januar 2025 nicht. Kritiker merkten an, dass OpenAI seine eigenen Modelle mit Texten anderer aus dem Netz trainiert hat.',
      en: 'OpenAI was founded in 2015 as a non-profit research organisation, by Sam Altman and Elon Musk among others; in 2019 it created a for-profit arm in which Microsoft has invested billions. Despite its name, OpenAI does not publish the weights of its current models. In late January 2025 the company said there were signs that DeepSeek had used outputs of OpenAI models to train its own (distillation), which OpenAI’s terms of use forbid. The German article sums this up as OpenAI accusing DeepSeek of “unlawfully accessing its data” — what is meant is this distillation claim, not a break-in to OpenAI’s systems; no public evidence had been presented by 31 January 2025. Critics pointed out that OpenAI trained its own models on other people’s texts from the web.',
    },
    category: 'company',
    related: ['chatgpt', 'gpt-4', 'openai-o1', 'proprietary-model', 'distillation', 'stargate', 'deepseek'],
    checked: CHECKED,
    source: fromArticle('Ein neuer globaler Wettlauf'),
  },
  {
    id: 'anthropic',
    title: { de: 'Anthropic', en: 'Anthropic' },
    forms: { de: ['Anthropic'], en: ['Anthropic'] },
    // Lowercase "anthropic" is an English adjective ("the anthropic principle").
    matchCase: ['Anthropic'],
    short: {
      de: 'Ein US-amerikanisches KI-Unternehmen aus San Francisco, das die Claude-Modelle entwickelt. Es wurde 2021 von ehemaligen OpenAI-Mitarbeitern gegründet.',
      en: 'A US AI company based in San Francisco that develops the Claude models. It was founded in 2021 by former OpenAI employees.',
    },
    long: {
      de: 'Zu den Gründern gehören die Geschwister Dario und Daniela Amodei. Anthropic stellt die Sicherheit von KI-Systemen in den Mittelpunkt und erforscht zum Beispiel, wie sich das Innenleben und Verhalten von Sprachmodellen verstehen und begrenzen lässt. Große Geldgeber sind Amazon und Google, die jeweils Milliarden US-Dollar investiert haben. Wie OpenAI bietet Anthropic seine Modelle nur als Dienst an und veröffentlicht ihre Gewichte nicht. Der Name leitet sich vom griechischen Wort für „Mensch“ ab.',
      en: 'Its founders include the siblings Dario and Daniela Amodei. Anthropic puts the safety of AI systems at the centre and researches, for example, how the inner workings and behaviour of language models can be understood and kept within limits. Major backers are Amazon and Google, each of which has invested billions of US dollars. Like OpenAI, Anthropic offers its models only as a service and does not publish their weights. The name derives from the Greek word for “human being”.',
    },
    category: 'company',
    related: ['claude', 'openai', 'large-language-model'],
    checked: CHECKED,
    source: fromArticle('Warum DeepSeek R1 revolutionär ist'),
  },
  {
    id: 'google',
    title: { de: 'Google', en: 'Google' },
    forms: {
      de: ['Google', 'Googles', 'Google DeepMind', 'DeepMind'],
      en: ['Google', 'Google DeepMind', 'DeepMind'],
    },
    // Lowercase "google" is the verb ("to google something").
    matchCase: ['Google', 'Googles'],
    short: {
      de: 'Der US-Internetkonzern hinter der gleichnamigen Suchmaschine, Teil der Holding Alphabet. Mit seiner KI-Abteilung Google DeepMind entwickelt er unter anderem die Gemini-Modelle.',
      en: 'The US internet company behind the search engine of the same name, part of the holding company Alphabet. Its AI division, Google DeepMind, develops the Gemini models among others.',
    },
    long: {
      de: 'Google gehört zu den Pionieren der heutigen KI: Forscher des Konzerns stellten 2017 die Transformer-Architektur vor, auf der fast alle großen Sprachmodelle beruhen. 2014 kaufte Google das Londoner Labor DeepMind, das 2016 mit dem Go-Programm AlphaGo berühmt wurde; 2023 wurde es mit der Forschungsgruppe Google Brain zu Google DeepMind zusammengelegt. Nach dem Start von ChatGPT geriet Google unter Druck, weil KI-Chatbots die klassische Websuche, sein Hauptgeschäft, verändern könnten. Der Artikel nennt Google als einen der westlichen Konzerne, die auf DeepSeek R1 mit eigenen Neuerungen antworten müssen.',
      en: 'Google is one of the pioneers of today’s AI: researchers at the company introduced the transformer architecture in 2017, on which almost all large language models are based. In 2014 Google bought the London lab DeepMind, which became famous in 2016 for its Go program AlphaGo; in 2023 it was merged with the research group Google Brain into Google DeepMind. After ChatGPT launched, Google came under pressure because AI chatbots could change classic web search, its main business. The article names Google as one of the Western companies that have to answer DeepSeek R1 with innovations of their own.',
    },
    category: 'company',
    related: ['gemini', 'transformer', 'neural-network', 'openai', 'ai-race'],
    checked: CHECKED,
    source: fromArticle('Warum DeepSeek R1 revolutionär ist'),
  },
  {
    id: 'meta',
    title: { de: 'Meta', en: 'Meta' },
    forms: { de: ['Meta', 'Meta Platforms'], en: ['Meta', 'Meta Platforms'] },
    // "meta" is an ordinary word and prefix; only the company name counts.
    matchCase: ['Meta', 'Meta Platforms'],
    short: {
      de: 'Der US-Konzern hinter Facebook, Instagram und WhatsApp, bis 2021 selbst „Facebook“ genannt. Er entwickelt die Sprachmodelle der Llama-Reihe und veröffentlicht deren Gewichte.',
      en: 'The US company behind Facebook, Instagram and WhatsApp, itself called “Facebook” until 2021. It develops the Llama family of language models and publishes their weights.',
    },
    long: {
      de: 'Anders als OpenAI oder Google macht Meta seine Llama-Modelle frei herunterladbar; Konzernchef Mark Zuckerberg begründet das damit, dass sich offene Modelle als Standard durchsetzen sollen. Ende Januar 2025 kündigte Meta an, im Jahr 2025 rund 60 bis 65 Milliarden US-Dollar vor allem in KI-Rechenzentren zu investieren. DeepSeek R1 galt in Berichten als besondere Herausforderung für Meta, weil nun ein chinesisches Modell in derselben offenen Nische als stärker galt als Llama. Die im Artikel erwähnten „Preisanpassungen“ lassen sich für Meta kaum einordnen, denn Llama ist ohnehin kostenlos herunterladbar.',
      en: 'Unlike OpenAI or Google, Meta makes its Llama models freely downloadable; its chief executive Mark Zuckerberg argues that open models should become the standard. In late January 2025 Meta announced it would invest about 60 to 65 billion US dollars in 2025, mainly in AI data centres. Reports described DeepSeek R1 as a particular challenge for Meta, because a Chinese model was now considered stronger than Llama in the same open niche. The “price adjustments” the article mentions are hard to place for Meta, since Llama can be downloaded for free anyway.',
    },
    category: 'company',
    related: ['llama', 'open-weights', 'pricing-strategy'],
    checked: CHECKED,
    source: fromArticle('Auswirkungen auf den Markt'),
  },
  {
    id: 'nvidia',
    title: { de: 'Nvidia', en: 'Nvidia' },
    forms: { de: ['Nvidia', 'Nvidias'], en: ['Nvidia'] },
    short: {
      de: 'Ein US-Chipkonzern aus Kalifornien, dessen Grafikprozessoren (GPUs) in fast allen großen KI-Rechenzentren stecken. Am 27. Januar 2025 verlor seine Aktie rund 17 % an einem Tag.',
      en: 'A US chip company from California whose graphics processors (GPUs) power almost every large AI data centre. On 27 January 2025 its share price fell by about 17 % in a single day.',
    },
    long: {
      de: 'Nvidia wurde 1993 gegründet und baute zunächst Grafikchips für Computerspiele; weil diese Chips sehr viele Rechnungen gleichzeitig ausführen, eignen sie sich hervorragend für das Training neuronaler Netze. Zusammen mit seiner Programmierplattform CUDA hat sich Nvidia so eine beherrschende Stellung bei KI-Chips erarbeitet und war zeitweise das wertvollste Unternehmen der Welt. Am Montag, dem 27. Januar 2025, fiel die Aktie um rund 17 %, der Börsenwert sank um etwa 590 Milliarden US-Dollar – der größte Tagesverlust eines einzelnen Unternehmens in der US-Börsengeschichte. Anleger fürchteten, dass sparsamere Modelle wie DeepSeek R1 den Bedarf an teuren Chips dämpfen könnten; am Folgetag erholte sich die Aktie teilweise.',
      en: 'Nvidia was founded in 1993 and first built graphics chips for computer games; because these chips carry out a great many calculations at once, they are ideal for training neural networks. Together with its programming platform CUDA, Nvidia has built a dominant position in AI chips and was at times the world’s most valuable company. On Monday, 27 January 2025, its shares fell by about 17 % and its market value dropped by roughly 590 billion US dollars — the largest one-day loss of any single company in US stock market history. Investors feared that more frugal models such as DeepSeek R1 could dampen demand for expensive chips; the next day the shares partly recovered.',
    },
    category: 'company',
    related: ['gpu', 'nvidia-h800', 'market-slump-2025', 'export-controls', 'nasdaq'],
    checked: CHECKED,
    source: background(),
  },
  {
    id: 'hugging-face',
    title: { de: 'Hugging Face', en: 'Hugging Face' },
    forms: { de: ['Hugging Face', 'HuggingFace'], en: ['Hugging Face', 'HuggingFace'] },
    matchCase: ['Hugging Face', 'HuggingFace'],
    short: {
      de: 'Ein Unternehmen, das die wichtigste Online-Plattform zum Teilen von KI-Modellen und Datensätzen betreibt. Dort stehen auch die Gewichte von DeepSeek R1 zum Herunterladen bereit.',
      en: 'A company that runs the leading online platform for sharing AI models and datasets. The weights of DeepSeek R1 can be downloaded there too.',
    },
    long: {
      de: 'Hugging Face wurde 2016 in New York von französischen Gründern gestartet und ist nach dem Emoji 🤗 benannt, das auch sein Logo ist. Auf seinem „Hub“ veröffentlichen Firmen, Hochschulen und Einzelpersonen mehr als eine Million Modelle; das README von DeepSeek R1 verlinkt für die Downloads dorthin. Die Programmbibliothek „Transformers“ des Unternehmens ist ein verbreitetes Werkzeug, um solche Modelle zu laden und auszuführen; R1 selbst unterstützte sie beim Erscheinen laut README allerdings noch nicht direkt, die destillierten Modelle dagegen ließen sich damit wie Qwen- oder Llama-Modelle nutzen. Die Plattform ist damit eine Art zentraler Umschlagplatz für offene KI-Modelle.',
      en: 'Hugging Face was started in New York in 2016 by French founders and is named after the 🤗 emoji, which is also its logo. On its “Hub”, companies, universities and individuals publish more than a million models; the DeepSeek R1 README links there for the downloads. The company’s programming library “Transformers” is a widely used tool for loading and running such models; according to the README, however, it did not yet support R1 itself directly at release, while the distilled models could be used with it like Qwen or Llama models. The platform is thus a kind of central marketplace for open AI models.',
    },
    category: 'company',
    related: ['open-weights', 'open-source', 'transformer', 'deepseek-r1'],
    checked: CHECKED,
    source: fromReadme(),
  },
];
