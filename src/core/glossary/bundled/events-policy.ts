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
      de: 'Über das Wochenende war die DeepSeek-App in den USA an die Spitze der Download-Charts gestiegen, und Anleger begannen zu zweifeln, ob die Hunderte Milliarden Dollar für Chips und Rechenzentren wirklich nötig sind. Am Montag, dem 27. Januar 2025, fiel der Technologieindex Nasdaq Composite um gut 3 %, die Nvidia-Aktie um rund 17 %; auch Zulieferer, Energieversorger und europäische Werte wie ASML und Siemens Energy gaben deutlich nach. Die „über eine Billion US-Dollar“ sind eine Schätzung des insgesamt gesunkenen Börsenwerts – ein Verlust auf dem Papier für die Aktionäre, kein Geld, das irgendwohin abgeflossen ist. Der Artikel datiert den Einbruch auf den 28. Januar; tatsächlich fielen die Kurse am Montag, dem 27. Januar, an den US-Börsen ebenso wie an den europäischen, und am 28. erholten sich viele bereits teilweise. Ob die Reaktion der Börsen berechtigt war, blieb umstritten.',
      en: 'Over the weekend the DeepSeek app had risen to the top of the US download charts, and investors began to doubt whether the hundreds of billions of dollars for chips and data centres were really needed. On Monday, 27 January 2025, the technology index Nasdaq Composite fell by just over 3 % and Nvidia’s shares by about 17 %; suppliers, energy companies and European stocks such as ASML and Siemens Energy also fell sharply. The “over one trillion US dollars” is an estimate of the total drop in market value — a paper loss for shareholders, not money that flowed anywhere. The article dates the slump to 28 January; in fact prices fell on Monday, 27 January, on US and European exchanges alike, and on the 28th many of them already partly recovered. Whether the markets’ reaction was justified remained disputed.',
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
    related: ['ai-race', 'deepseek', 'qwen', 'export-controls', 'national-security-review'],
    checked: CHECKED,
    source: fromArticle('Die Zukunft des KI-Wettlaufs'),
  },
  {
    id: 'data-protection',
    title: { de: 'Datenschutz', en: 'Data protection' },
    forms: {
      de: ['Datenschutz', 'Datenschutzes', 'Datenschutz-Grundverordnung', 'DSGVO', 'Datenschutzbehörde', 'Datenschutzbehörden'],
      en: ['data protection', 'data privacy', 'GDPR', 'General Data Protection Regulation'],
    },
    short: {
      de: 'Der Schutz jedes Menschen davor, dass Angaben über ihn – Name, Adresse, Standort, Nachrichten, Surfverhalten – gesammelt, weitergegeben oder missbraucht werden, ohne dass er es weiß oder will. In der EU regelt das vor allem die Datenschutz-Grundverordnung (DSGVO).',
      en: 'Protecting people from having information about them — name, address, location, messages, browsing habits — collected, passed on or misused without their knowledge or consent. In the EU it is governed above all by the General Data Protection Regulation (GDPR).',
    },
    long: {
      de: 'Die DSGVO gilt seit dem 25. Mai 2018 in allen EU-Staaten, auch für Unternehmen mit Sitz anderswo, sobald sie Menschen in der EU Dienste anbieten oder deren Verhalten beobachten. Wer personenbezogene Daten verarbeiten will, braucht dafür eine Rechtsgrundlage, etwa eine Einwilligung oder einen Vertrag, und darf nur so viel sammeln, wie der angegebene Zweck erfordert. Betroffene haben unter anderem das Recht zu erfahren, was über sie gespeichert ist, und können Berichtigung oder Löschung verlangen; die Datenschutzerklärung einer Website muss erklären, was mit den Daten geschieht. Über die Einhaltung wachen unabhängige Datenschutzbehörden in jedem Land, in Deutschland die oder der Bundesbeauftragte und die Behörden der Länder; sie können Bußgelder bis zu 20 Millionen Euro oder 4 % des weltweiten Jahresumsatzes verhängen, je nachdem, was höher ist (Stand: Januar 2025). Sollen Daten die EU verlassen, etwa auf Server in den USA oder in China, muss gesichert sein, dass sie im Zielland ähnlich gut geschützt sind – durch einen Beschluss der EU-Kommission über dieses Land oder durch vertragliche Garantien; das betrifft auch jeden Chatbot, dem man Fragen schickt.',
      en: 'The GDPR has applied since 25 May 2018 in all EU countries, including to companies based elsewhere as soon as they offer services to people in the EU or monitor their behaviour. Anyone who wants to process personal data needs a legal basis for it, such as consent or a contract, and may only collect as much as the stated purpose requires. Among other rights, people can find out what is stored about them and ask for it to be corrected or deleted; a website’s privacy policy has to explain what happens to the data. Independent data protection authorities in each country oversee compliance — in Germany the Federal Commissioner and the authorities of the federal states — and can impose fines of up to 20 million euros or 4 % of worldwide annual turnover, whichever is higher (as of January 2025). If data is to leave the EU, for example for servers in the USA or in China, it must be ensured that it is similarly well protected in the destination country — by a decision of the European Commission about that country or by contractual safeguards; this also applies to every chatbot one sends questions to.',
    },
    category: 'policy',
    related: ['deepseek-privacy', 'open-weights', 'api'],
    checked: CHECKED,
    source: background(),
  },
  {
    id: 'deepseek-privacy',
    title: { de: 'Datenschutzbedenken gegen DeepSeek', en: 'Privacy concerns about DeepSeek' },
    forms: {
      de: ['Datenschutzbedenken', 'Datenschutzbedenken gegen DeepSeek'],
      en: ['privacy concerns', 'data privacy concerns', 'privacy concerns about DeepSeek'],
    },
    short: {
      de: 'Die Sorge, dass DeepSeek die Eingaben und Daten seiner Nutzer auf Servern in China speichert, wo der Staat Zugriff verlangen kann. Sie betrifft DeepSeeks App, Website und API, nicht das Modell, wenn man es selbst betreibt.',
      en: 'The worry that DeepSeek stores its users’ input and data on servers in China, where the state can demand access. It concerns DeepSeek’s app, website and API, not the model when people run it themselves.',
    },
    long: {
      de: 'Laut DeepSeeks eigener Datenschutzerklärung landen unter anderem Chatverläufe, hochgeladene Dateien sowie Geräte- und Netzwerkdaten auf Servern in der Volksrepublik China; chinesische Gesetze können Unternehmen verpflichten, mit Sicherheits- und Geheimdienstbehörden zusammenzuarbeiten. Die italienische Datenschutzbehörde Garante verlangte am 28. Januar 2025 Auskunft darüber, welche Daten DeepSeek sammelt und wo es sie speichert; am 29. Januar war die App aus den italienischen App-Stores von Apple und Google verschwunden, ohne dass ein Grund genannt wurde. Am 30. Januar ordnete die Garante mit sofortiger Wirkung an, dass die beiden DeepSeek-Gesellschaften in Hangzhou und Peking die Daten italienischer Nutzer nicht mehr verarbeiten dürfen, und leitete ein Prüfverfahren ein – DeepSeek hatte erklärt, in Italien nicht tätig zu sein und nicht unter europäisches Recht zu fallen. Weitere europäische Behörden, etwa die irische Datenschutzkommission, verlangten ebenfalls Auskunft oder kündigten Prüfungen an (Stand: 31. Januar 2025). Wer die offenen Modellgewichte von R1 auf eigenen Rechnern betreibt, schickt dagegen nichts an DeepSeek: Die Bedenken betreffen den Dienst, nicht die heruntergeladene Software.',
      en: 'According to DeepSeek’s own privacy policy, chat histories, uploaded files and device and network data, among other things, end up on servers in the People’s Republic of China; Chinese laws can oblige companies to cooperate with security and intelligence agencies. On 28 January 2025 Italy’s data protection authority, the Garante, asked DeepSeek what data it collects and where it stores it; by 29 January the app had disappeared from Apple’s and Google’s Italian app stores, without any reason being given. On 30 January the Garante ordered, with immediate effect, that DeepSeek’s two companies in Hangzhou and Beijing stop processing the data of Italian users, and opened an investigation — DeepSeek had stated that it did not operate in Italy and was not subject to European law. Other European authorities, such as Ireland’s Data Protection Commission, also asked for information or announced reviews (as of 31 January 2025). Anyone who runs R1’s open model weights on their own computers, by contrast, sends nothing to DeepSeek: the concerns are about the service, not the downloaded software.',
    },
    category: 'policy',
    related: ['data-protection', 'deepseek', 'deepseek-r1', 'open-weights', 'api', 'national-security-review'],
    checked: CHECKED,
    source: fromArticle('Auswirkungen auf den Markt'),
  },
  {
    id: 'national-security-review',
    title: {
      de: 'Prüfung der nationalen Sicherheitsrisiken von DeepSeek',
      en: 'US national security review of DeepSeek',
    },
    forms: {
      de: ['nationalen Sicherheitsrisiken', 'nationale Sicherheitsrisiken', 'nationales Sicherheitsrisiko', 'nationale Sicherheit', 'nationalen Sicherheit'],
      en: ['national security', 'national security risk', 'national security risks', 'national security review', 'national security implications'],
    },
    short: {
      de: 'Die Prüfung der US-Regierung, ob DeepSeek und seine App die Sicherheit der USA gefährden. Das Weiße Haus gab am 28. Januar 2025 bekannt, dass sich der Nationale Sicherheitsrat damit befasst.',
      en: 'The US government’s review of whether DeepSeek and its app endanger the security of the USA. The White House announced on 28 January 2025 that the National Security Council was looking into it.',
    },
    long: {
      de: 'Unter nationaler Sicherheit versteht man den Schutz eines Staates vor Bedrohungen von außen; dazu zählen heute neben Militär und Spionage auch Schlüsseltechnologien und die Daten der eigenen Bürger. Im Fall DeepSeek wurden vor allem drei Fragen diskutiert: ob Daten amerikanischer Nutzer über Server in China an chinesische Behörden gelangen können, ob die Antworten des Chatbots der Linie der chinesischen Regierung folgen und ob DeepSeek an Chips gekommen ist, deren Ausfuhr nach China verboten ist. Präsident Donald Trump nannte DeepSeek am 27. Januar 2025 einen Weckruf für die US-Industrie; am Tag darauf sagte seine Sprecherin Karoline Leavitt, der Nationale Sicherheitsrat prüfe die Folgen. Die US-Marine hatte ihre Angehörigen schon am 24. Januar per E-Mail angewiesen, DeepSeek wegen Sicherheits- und ethischer Bedenken nicht zu nutzen. Ein Ergebnis der Prüfung oder daraus folgende Maßnahmen waren bis zum 31. Januar 2025 nicht bekannt; „untersucht“ meint im Artikel also eine laufende Prüfung, kein förmliches Verfahren. Ähnliche Debatten gab es zuvor um TikTok und Huawei.',
      en: 'National security means protecting a state against threats from outside; today this covers not only the military and espionage but also key technologies and the data of its own citizens. In DeepSeek’s case three questions were discussed above all: whether American users’ data could reach Chinese authorities through servers in China, whether the chatbot’s answers follow the Chinese government’s line, and whether DeepSeek obtained chips whose export to China is banned. President Donald Trump called DeepSeek a wake-up call for US industry on 27 January 2025; the next day his press secretary Karoline Leavitt said the National Security Council was looking into the implications. The US Navy had already told its members by email on 24 January not to use DeepSeek because of security and ethical concerns. No result of the review, or measures following from it, had been made public by 31 January 2025; so the article’s „untersucht“ (“is investigating”) means an ongoing review, not formal proceedings. Similar debates had earlier surrounded TikTok and Huawei.',
    },
    category: 'policy',
    related: ['deepseek', 'deepseek-privacy', 'export-controls', 'china-ai-strategy', 'ai-race'],
    checked: CHECKED,
    source: fromArticle('Ein neuer globaler Wettlauf'),
  },
];
