import type { GlossaryEntry } from '../types';
import { CHECKED, background, fromArticle } from './sources';

export const EVENTS_POLICY: GlossaryEntry[] = [
  {
    id: 'market-slump-2025',
    title: { de: 'Kurseinbruch vom Januar 2025', en: 'Stock market slump of January 2025' },
    forms: {
      de: ['Kurseinbruch', 'Kurseinbrüche', 'Kurseinbruchs', 'Börseneinbruch', 'Einbruch an den Börsen', 'Kurssturz', 'Kursstürze', 'Kursrutsch', 'DeepSeek-Schock'],
      en: ['stock market crash', 'stock market slump', 'market slump', 'sell-off', 'selloff', 'DeepSeek shock'],
    },
    short: {
      de: 'Ein plötzlicher, starker Fall der Aktienkurse. Im Artikel gemeint ist der Einbruch der Technologiewerte am 27. Januar 2025 nach dem Erfolg von DeepSeek R1, bei dem allein Nvidia rund 590 Milliarden US-Dollar an Börsenwert verlor.',
      en: 'A sudden, steep fall in share prices. The article means the slump in technology stocks on 27 January 2025 after the success of DeepSeek R1, in which Nvidia alone lost about 590 billion US dollars in market value.',
    },
    long: {
      de: 'Über das Wochenende war die DeepSeek-App in den USA an die Spitze der Download-Charts gestiegen, und Anleger begannen zu zweifeln, ob die Hunderte Milliarden Dollar für Chips und Rechenzentren wirklich nötig sind. Am Montag, dem 27. Januar 2025, fiel der Technologieindex Nasdaq Composite um gut 3 %, die Nvidia-Aktie um rund 17 %; auch Zulieferer, Energieversorger und europäische Werte wie ASML und Siemens Energy gaben deutlich nach. Die „über eine Billion US-Dollar“ sind eine Schätzung des insgesamt gesunkenen Börsenwerts – ein Verlust auf dem Papier für die Aktionäre, kein Geld, das irgendwohin abgeflossen ist. Der Artikel datiert den Einbruch auf den 28. Januar; begonnen hat er am Montag, dem 27. Januar, nach US-Zeit, und am 28. erholten sich viele Kurse bereits teilweise. Ob die Reaktion der Börsen berechtigt war, blieb umstritten.',
      en: 'Over the weekend the DeepSeek app had risen to the top of the US download charts, and investors began to doubt whether the hundreds of billions of dollars for chips and data centres were really needed. On Monday, 27 January 2025, the technology index Nasdaq Composite fell by just over 3 % and Nvidia’s shares by about 17 %; suppliers, energy companies and European stocks such as ASML and Siemens Energy also fell sharply. The “over one trillion US dollars” is an estimate of the total drop in market value — a paper loss for shareholders, not money that flowed anywhere. The article dates the slump to 28 January; it began on Monday, 27 January, US time, and on the 28th many prices already partly recovered. Whether the markets’ reaction was justified remained disputed.',
    },
    category: 'event',
    related: ['nvidia', 'nasdaq', 'market-capitalization', 'billion', 'deepseek-r1', 'computing-power'],
    checked: CHECKED,
    source: fromArticle('Ein historischer Einbruch an den Börsen'),
  },
  {
    id: 'sputnik-moment',
    title: { de: 'Sputnik-Moment', en: 'Sputnik moment' },
    forms: { de: ['Sputnik-Moment', 'Sputnikmoment', 'Sputnik-Schock', 'Sputnikschock'], en: ['Sputnik moment', 'Sputnik shock'] },
    short: {
      de: 'Ein Ereignis, bei dem ein Land erschrocken merkt, dass ein Rivale es technisch überholt hat – benannt nach dem ersten künstlichen Satelliten, den die Sowjetunion 1957 ins All brachte. Mehrere Beobachter nannten DeepSeek R1 einen Sputnik-Moment für die USA.',
      en: 'An event in which a country realises with a shock that a rival has overtaken it technologically — named after the first artificial satellite, launched by the Soviet Union in 1957. Several observers called DeepSeek R1 a Sputnik moment for the USA.',
    },
    long: {
      de: 'Am 4. Oktober 1957 brachte die Sowjetunion mit Sputnik 1 den ersten Satelliten in eine Erdumlaufbahn, noch vor den USA. Der Schock führte dort zu einer enormen Kraftanstrengung: 1958 wurden die Raumfahrtbehörde NASA und die Forschungsagentur ARPA gegründet, und der Staat förderte Naturwissenschaften und Bildung mit viel Geld. Seither steht „Sputnik-Moment“ für einen Weckruf, nach dem ein Land mit aller Kraft aufholen will. Auf DeepSeek R1 bezog den Vergleich Ende Januar 2025 unter anderem der US-Investor Marc Andreessen. Andere hielten ihn für übertrieben, weil die USA bei den stärksten Modellen und Chips weiter vorn lagen.',
      en: 'On 4 October 1957 the Soviet Union put Sputnik 1, the first satellite, into orbit around the Earth, ahead of the USA. The shock led to an enormous effort there: in 1958 the space agency NASA and the research agency ARPA were founded, and the government poured money into science and education. Since then, “Sputnik moment” has stood for a wake-up call after which a country sets out to catch up with all its might. In late January 2025 the US investor Marc Andreessen, among others, applied the comparison to DeepSeek R1. Others thought it exaggerated, because the USA was still ahead in the strongest models and chips.',
    },
    category: 'concept',
    related: ['ai-race', 'deepseek-r1', 'china-ai-strategy'],
    checked: CHECKED,
    source: fromArticle('Ein neuer globaler Wettlauf'),
  },
  {
    id: 'stargate',
    title: { de: 'Stargate-Projekt', en: 'Stargate Project' },
    forms: {
      de: ['Stargate', 'Stargate-Projekt', 'Stargate-Projekts', 'Stargate-AI-Projekt', 'Stargate-KI-Projekt'],
      en: ['Stargate', 'Stargate Project'],
    },
    short: {
      de: 'Ein privates Gemeinschaftsunternehmen von OpenAI, SoftBank, Oracle und dem Investor MGX, das in den USA riesige Rechenzentren für KI bauen soll. Angekündigt am 21. Januar 2025 im Weißen Haus, mit bis zu 500 Milliarden US-Dollar über vier Jahre.',
      en: 'A private joint venture of OpenAI, SoftBank, Oracle and the investor MGX that is to build huge AI data centres in the USA. Announced at the White House on 21 January 2025, with up to 500 billion US dollars over four years.',
    },
    long: {
      de: 'Vorgestellt wurde Stargate einen Tag nach Donald Trumps Amtsantritt gemeinsam mit dem Präsidenten; sofort sollten 100 Milliarden US-Dollar fließen, insgesamt bis zu 500 Milliarden bis 2029. Anders als der Artikel nahelegt („Die USA investieren …“), ist das kein Staatsgeld: Das Kapital sollen die beteiligten Unternehmen und weitere Investoren aufbringen, die Regierung gab politische Rückendeckung. SoftBank trägt die finanzielle, OpenAI die operative Verantwortung; als Technologiepartner sind unter anderem Nvidia, Microsoft, Arm und Oracle genannt, erste Rechenzentren entstehen in Abilene (Texas). Ob die volle Summe je zusammenkommt, wurde früh bezweifelt, unter anderem von Elon Musk. Angekündigt wurde Stargate vor dem Erfolg von DeepSeek R1 – es steht für genau die Überzeugung, die R1 ins Wanken brachte: dass Vorsprung in der KI vor allem durch immer mehr Rechenleistung entsteht.',
      en: 'Stargate was presented together with Donald Trump the day after he took office; 100 billion US dollars were to flow immediately, up to 500 billion in total by 2029. Contrary to what the article suggests („Die USA investieren …“, “the USA are investing”), this is not government money: the capital is to come from the companies involved and other investors, while the government gave political backing. SoftBank carries the financial and OpenAI the operational responsibility; Nvidia, Microsoft, Arm and Oracle are among the named technology partners, and the first data centres are being built in Abilene, Texas. Whether the full sum will ever be raised was doubted early on, by Elon Musk among others. Stargate was announced before DeepSeek R1’s success — it stands for exactly the belief that R1 shook: that a lead in AI comes above all from ever more computing power.',
    },
    category: 'economy',
    related: ['openai', 'computing-power', 'ai-race', 'gpu', 'billion'],
    checked: CHECKED,
    source: fromArticle('Ein neuer globaler Wettlauf'),
  },
  {
    id: 'ai-race',
    title: { de: 'KI-Wettlauf', en: 'AI race' },
    // "KI-Wettlauf" deliberately swallows the "KI" inside it: the race is the term here.
    forms: { de: ['KI-Wettlauf', 'KI-Wettlaufs', 'KI-Wettrennen', 'Wettlauf um KI'], en: ['AI race', 'AI arms race'] },
    short: {
      de: 'Der Wettbewerb zwischen Staaten, vor allem den USA und China, um die Führung bei künstlicher Intelligenz. Es geht um wirtschaftliche Vorteile, militärische Stärke und politischen Einfluss.',
      en: 'The competition between countries, above all the USA and China, for the lead in artificial intelligence. At stake are economic advantages, military strength and political influence.',
    },
    long: {
      de: 'Lange galten die USA als klar führend: Dort sitzen OpenAI, Google, Anthropic und Meta, und dort entwirft Nvidia die wichtigsten KI-Chips. China holt vor allem bei Forschung, Fachkräften und Anwendungen auf und hat sich das Ziel gesetzt, bis 2030 weltweit führend zu sein. Die USA versuchen, ihren Vorsprung unter anderem mit Exportkontrollen für Chips und mit riesigen Investitionen in Rechenzentren zu sichern. DeepSeek R1 zeigte im Januar 2025, dass ein chinesisches Labor trotz dieser Beschränkungen nahe an die Spitze herankommen kann – deshalb spricht der Artikel von einem Rennen zwischen Nationen statt nur zwischen Unternehmen. Europa spielt bei den größten Modellen bislang eine kleinere Rolle, etwa mit Mistral AI aus Frankreich.',
      en: 'For a long time the USA was considered the clear leader: OpenAI, Google, Anthropic and Meta are based there, and Nvidia designs the most important AI chips there. China is catching up above all in research, skilled workers and applications, and has set itself the goal of leading the world by 2030. The USA is trying to secure its lead with, among other things, export controls on chips and huge investments in data centres. In January 2025 DeepSeek R1 showed that a Chinese lab can come close to the top despite these restrictions — which is why the article speaks of a race between nations rather than just between companies. Europe has so far played a smaller role in the largest models, for example with Mistral AI from France.',
    },
    category: 'policy',
    related: ['china-ai-strategy', 'export-controls', 'stargate', 'sputnik-moment', 'artificial-intelligence'],
    checked: CHECKED,
    source: fromArticle('Ein neuer globaler Wettlauf'),
  },
  {
    id: 'export-controls',
    title: { de: 'Exportkontrollen für KI-Chips', en: 'Export controls on AI chips' },
    forms: {
      de: ['Exportkontrolle', 'Exportkontrollen', 'Exportbeschränkung', 'Exportbeschränkungen'],
      en: ['export control', 'export controls', 'export restrictions'],
    },
    short: {
      de: 'Staatliche Regeln, die die Ausfuhr bestimmter Güter verbieten oder genehmigungspflichtig machen. Seit Oktober 2022 beschränken die USA die Lieferung leistungsstarker KI-Chips und Anlagen zur Chipfertigung nach China.',
      en: 'Government rules that ban the export of certain goods or make it subject to a licence. Since October 2022 the USA has restricted shipments of powerful AI chips and chipmaking equipment to China.',
    },
    long: {
      de: 'Die Regeln erlässt das US-Handelsministerium; begründet werden sie damit, dass fortgeschrittene KI auch militärisch genutzt werden kann. Verschärft wurden sie im Oktober 2023 und im Dezember 2024; im Januar 2025 kam ein Rahmen hinzu, der die Ausfuhr von KI-Chips in fast alle Länder nach Stufen regelt. Auch die Niederlande und Japan schränken die Ausfuhr von Maschinen zur Chipherstellung ein. DeepSeek R1 löste eine Debatte aus: Die einen sahen darin den Beweis, dass die Kontrollen nicht wirken, die anderen, dass Chinas Firmen wegen des Chipmangels besonders sparsam arbeiten mussten und die Kontrollen eher verschärft werden sollten. Nvidia passt seine Chips regelmäßig an die Grenzwerte an, etwa mit dem H800 und später dem H20.',
      en: 'The rules are issued by the US Department of Commerce, on the grounds that advanced AI can also be used militarily. They were tightened in October 2023 and December 2024; in January 2025 a framework was added that regulates exports of AI chips to almost all countries in tiers. The Netherlands and Japan also restrict exports of chipmaking machines. DeepSeek R1 set off a debate: some saw it as proof that the controls do not work, others that Chinese firms had to work especially frugally because of the chip shortage and that the controls should rather be tightened. Nvidia regularly adapts its chips to the limits, for example with the H800 and later the H20.',
    },
    category: 'policy',
    related: ['nvidia-h800', 'nvidia', 'gpu', 'ai-race', 'china-ai-strategy'],
    checked: CHECKED,
    source: background(),
  },
  {
    id: 'china-ai-strategy',
    title: { de: 'Chinas KI-Strategie', en: 'China’s AI strategy' },
    forms: {
      de: ['chinesische KI-Strategie', 'chinesischen KI-Strategie', 'KI-Strategie Chinas', 'chinesische KI-Branche', 'chinesischen KI-Branche'],
      en: ['Chinese AI strategy', 'Chinese AI industry', 'Chinese AI sector', 'New Generation Artificial Intelligence Development Plan'],
    },
    short: {
      de: 'Chinas staatlicher Plan, bis 2030 zum weltweit führenden Zentrum für künstliche Intelligenz zu werden. Er stammt aus dem Jahr 2017 und wird von Staat, Konzernen und Start-ups gemeinsam vorangetrieben.',
      en: 'China’s state plan to become the world’s leading centre for artificial intelligence by 2030. It dates from 2017 and is pursued jointly by the state, large companies and start-ups.',
    },
    long: {
      de: 'Der 2017 vom chinesischen Staatsrat beschlossene „Entwicklungsplan für die neue Generation künstlicher Intelligenz“ sah vor, bis 2020 zur Weltspitze aufzuschließen, bis 2025 in der Grundlagenforschung Durchbrüche zu erzielen und bis 2030 führend zu sein. Neben DeepSeek entwickeln in China unter anderem Alibaba (Qwen), Baidu (Ernie), ByteDance, Tencent und Start-ups wie Moonshot AI große Sprachmodelle. Die Modelle müssen staatliche Auflagen erfüllen; Chatbots weichen deshalb politisch heiklen Fragen aus. Der Artikel deutet DeepSeek R1 als Zeichen, dass China nicht mehr nur nachahmen, sondern selbst Spitzentechnik entwickeln will. Erschwert wird das durch die US-Exportkontrollen für die stärksten KI-Chips.',
      en: 'The “New Generation Artificial Intelligence Development Plan”, adopted by China’s State Council in 2017, aimed to catch up with the world’s best by 2020, achieve breakthroughs in basic research by 2025 and lead by 2030. Besides DeepSeek, companies developing large language models in China include Alibaba (Qwen), Baidu (Ernie), ByteDance, Tencent and start-ups such as Moonshot AI. The models have to meet state requirements, which is why chatbots evade politically sensitive questions. The article reads DeepSeek R1 as a sign that China no longer wants only to imitate but to develop cutting-edge technology itself. US export controls on the strongest AI chips make that harder.',
    },
    category: 'policy',
    related: ['ai-race', 'deepseek', 'qwen', 'export-controls', 'data-protection'],
    checked: CHECKED,
    source: fromArticle('Die Zukunft des KI-Wettlaufs'),
  },
  {
    id: 'data-protection',
    title: { de: 'Datenschutz', en: 'Data protection' },
    forms: {
      de: ['Datenschutz', 'Datenschutzes', 'Datenschutzbedenken', 'Datenschutzbehörde', 'Datenschutzbehörden', 'DSGVO'],
      en: ['data protection', 'data privacy', 'privacy concerns', 'GDPR'],
    },
    short: {
      de: 'Der Schutz persönlicher Daten vor Missbrauch. Bei DeepSeek geht es vor allem darum, dass Eingaben der Nutzer laut Datenschutzerklärung auf Servern in China gespeichert werden.',
      en: 'The protection of personal data against misuse. With DeepSeek the main concern is that, according to its privacy policy, what users enter is stored on servers in China.',
    },
    long: {
      de: 'In der EU regelt die Datenschutz-Grundverordnung (DSGVO), wie Unternehmen personenbezogene Daten verarbeiten dürfen; wer sie in Länder außerhalb der EU überträgt, braucht dafür eine rechtliche Grundlage. DeepSeek speichert nach eigener Datenschutzerklärung Daten wie Chatverläufe und Geräteinformationen auf Servern in der Volksrepublik China, wo Gesetze Unternehmen zur Zusammenarbeit mit Sicherheitsbehörden verpflichten können. Ende Januar 2025 ließ die italienische Datenschutzbehörde die DeepSeek-App in Italien sperren, weitere europäische Behörden kündigten Prüfungen an. Die Bedenken betreffen die App und die API von DeepSeek – wer die offenen Modellgewichte auf eigenen Rechnern betreibt, schickt keine Daten nach China.',
      en: 'In the EU, the General Data Protection Regulation (GDPR) governs how companies may process personal data; transferring it to countries outside the EU requires a legal basis. According to its own privacy policy, DeepSeek stores data such as chat histories and device information on servers in the People’s Republic of China, where laws can oblige companies to cooperate with security authorities. In late January 2025 Italy’s data protection authority had the DeepSeek app blocked in Italy, and other European authorities announced investigations. The concerns apply to DeepSeek’s app and API — whoever runs the open model weights on their own computers sends no data to China.',
    },
    category: 'policy',
    related: ['deepseek', 'open-weights', 'api', 'china-ai-strategy'],
    checked: CHECKED,
    source: fromArticle('Auswirkungen auf den Markt'),
  },
];
