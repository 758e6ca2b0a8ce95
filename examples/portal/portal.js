// The Northwind partner portal's own script, written as an integrator would: it loads the
// Mindshare CDN entry, builds the Mindshare API for whoever uses the page, and hands it to
// <mind-provider>. Two modes (see docs/getting-started.md, "Server mode vs browser-only mode"):
// - server mode, when the Mindshare server served the page (`npm start`): the API is the HTTP
//   client (`createHttpClient`), with a token for the person chosen from the server's
//   development-only route `POST /dev/token`; the server scores and keeps everything.
// - browser-only mode (`npm run start:browser`, or `?mode=browser`): the engine runs in the page
//   over IndexedDB, with five days of partner activity replayed on first load.
// The role, person and language switches rebuild the API for another viewer.
import {
  VERSION,
  createHttpClient,
  createIndexedDbStorage,
  createMindshare,
  loadTranslation,
} from '../../packages/elements/dist/mindshare.min.js';
import { seedHistory } from './seed-history.js';

const DATABASE = 'mindshare-demo';
/** Server mode: the HTTP client's outbox, one IndexedDB database per person. */
const OUTBOX_DATABASE = 'mindshare-demo-outbox';
const SEEDED_KEY = 'northwind-demo-seeded';
const OPEN_CHALLENGE = 'autumn-launch';
const UPCOMING_CHALLENGE = 'winter-security';
const DAY = 86_400_000;
/** Server mode: how often the boards and the coach's queue are read again (the server has no push). */
const REFRESH_MS = 5_000;
/** Server mode: a development token is used this long (the server signs them for eight hours). */
const TOKEN_REUSE_MS = 60 * 60_000;

/** Whom each role impersonates first; the person switch picks anyone of that role in the directory. */
const PEOPLE = { seller: 's-julie', coach: 'coach-lea', manager: 'mgr-helene' };

/** The portal's own strings (the widgets translate themselves). */
const STRINGS = {
  en: {
    title: 'Northwind Cloud — Partner Portal (Mindshare demo)',
    skip: 'Skip to content',
    navLabel: 'Portal',
    tagline: 'Partner Portal',
    navChallenges: 'Challenges',
    navFeed: 'Editorial line',
    navCoaching: 'Pitch coaching',
    navInsight: 'Insight',
    role: 'View as',
    roleSeller: 'Seller',
    roleCoach: 'Coach',
    roleManager: 'Channel manager',
    person: 'Person',
    language: 'Language',
    reset: 'Reset demo data',
    seeding: 'Preparing the demo: replaying five days of partner activity…',
    resetting: 'Deleting the demo data…',
    demoNote:
      'Browser-only mode: the whole content pack, answer keys included, lives in this browser (IndexedDB), with five days of replayed partner activity. Ranked challenges with prizes run the engine on a server: npm start serves this portal from the Mindshare server.',
    serverNote:
      'Server mode: this portal talks to the Mindshare server that served it, which scores and keeps everything (embedded PostgreSQL in .mindshare-demo/). No history is replayed: the boards start empty. Open a second window as another seller to see each other on the leaderboard. To start over, stop the server and delete .mindshare-demo/.',
    noDevToken: 'This server has no development token route: start it with --dev (npm start does).',
    hello: (name) => `Hello ${name}`,
    helloSeller:
      'Your autumn challenge is open. Answer it, climb the leaderboard, and keep up with the editorial line.',
    helloCoach: 'Pitches waiting for your review, and the best practices you published.',
    helloManager: 'Who masters the Northwind Vault offer, and where your enablement budget goes.',
    challengesTitle: 'Challenges',
    challengesLead: 'Time-boxed quizzes on the offer. The best attempt counts; the top three win a prize.',
    leaderboardTitle: 'Leaderboard',
    partnerBoardTitle: 'Partner companies (mean of each one’s best three)',
    upcoming: (title, date) => `Coming next: ${title}, opens ${date}.`,
    feedTitle: 'Editorial line',
    feedLead: 'A short card every other day: news, a video, polls, your questions, a mini-quiz.',
    coachingTitle: 'Pitch coaching',
    recorderLead: 'Record your pitch, watch it, submit it: Léa reviews it within two days.',
    galleryTitle: 'Best practices',
    myPitchesTitle: 'What your coach said',
    certificationsTitle: 'Your certifications',
    certificationsLead: 'Pass the challenges to earn a certification; pass again before it expires to renew it.',
    certifiedTitle: 'Certified sellers',
    reviewTitle: 'Pitches to review',
    reviewLead: 'Oldest first. Opening a pitch tells the other coaches you are on it.',
    insightTitle: 'Insight',
    masteryTitle: 'Mastery of the offer',
    tiersTitle: 'Partner tiers and budget',
    responsesTitle: 'What sellers told you',
    engagementTitle: 'Your engagement',
    engagementLead:
      'Points for every card read, poll, answer and pitch, apart from your challenge scores; badges on the way.',
    engagementBoardTitle: 'Most engaged sellers',
  },
  fr: {
    title: 'Northwind Cloud — Portail partenaires (démo Mindshare)',
    skip: 'Aller au contenu',
    navLabel: 'Portail',
    tagline: 'Portail partenaires',
    navChallenges: 'Challenges',
    navFeed: 'Ligne éditoriale',
    navCoaching: 'Coaching pitch',
    navInsight: 'Pilotage',
    role: 'Voir en tant que',
    roleSeller: 'Vendeur',
    roleCoach: 'Coach',
    roleManager: 'Channel manager',
    person: 'Personne',
    language: 'Langue',
    reset: 'Réinitialiser la démo',
    seeding: 'Préparation de la démo\u00a0: rejeu de cinq jours d’activité des partenaires…',
    resetting: 'Suppression des données de démo…',
    demoNote:
      'Mode navigateur seul\u00a0: tout le contenu, corrigés compris, est dans ce navigateur (IndexedDB), avec cinq jours d’activité rejoués. Les challenges classés avec lots font tourner le moteur sur un serveur\u00a0: npm start sert ce portail depuis le serveur Mindshare.',
    serverNote:
      'Mode serveur\u00a0: ce portail parle au serveur Mindshare qui l’a servi\u202f; c’est lui qui note et qui garde tout (PostgreSQL embarqué dans .mindshare-demo/). Aucun historique n’est rejoué\u00a0: les classements partent de zéro. Ouvrez une deuxième fenêtre en tant qu’autre vendeur pour vous voir l’un l’autre au classement. Pour repartir de zéro, arrêtez le serveur et supprimez .mindshare-demo/.',
    noDevToken:
      'Ce serveur n’a pas de route de jetons de développement\u00a0: lancez-le avec --dev (npm start le fait).',
    hello: (name) => `Bonjour ${name}`,
    helloSeller:
      'Votre challenge d’automne est ouvert. Répondez, montez dans le classement et suivez la ligne éditoriale.',
    helloCoach: 'Les pitchs qui attendent votre avis, et les bonnes pratiques publiées.',
    helloManager: 'Qui maîtrise l’offre Northwind Vault, et où va votre budget d’animation.',
    challengesTitle: 'Challenges',
    challengesLead:
      'Des QCM limités dans le temps sur l’offre. La meilleure tentative compte\u202f; les trois premiers gagnent un lot.',
    leaderboardTitle: 'Classement',
    partnerBoardTitle: 'Entreprises partenaires (moyenne de leurs trois meilleurs)',
    upcoming: (title, date) => `Prochain rendez-vous\u00a0: ${title}, ouverture le ${date}.`,
    feedTitle: 'Ligne éditoriale',
    feedLead: 'Une mini-brique tous les deux jours\u00a0: actualités, vidéo, sondages, vos questions, un QCM express.',
    coachingTitle: 'Coaching pitch',
    recorderLead: 'Enregistrez votre pitch, revoyez-le, envoyez-le\u00a0: Léa vous répond sous deux jours.',
    galleryTitle: 'Bonnes pratiques',
    myPitchesTitle: 'Ce qu’en dit votre coach',
    certificationsTitle: 'Vos certifications',
    certificationsLead:
      'Réussissez les challenges pour obtenir une certification\u202f; réussissez-les à nouveau avant l’expiration pour la renouveler.',
    certifiedTitle: 'Vendeurs certifiés',
    reviewTitle: 'Pitchs à évaluer',
    reviewLead: 'Les plus anciens d’abord. Ouvrir un pitch signale aux autres coachs que vous l’évaluez.',
    insightTitle: 'Pilotage',
    masteryTitle: 'Maîtrise de l’offre',
    tiersTitle: 'Segmentation et budget',
    responsesTitle: 'Ce que les vendeurs vous ont dit',
    engagementTitle: 'Votre engagement',
    engagementLead:
      'Des points pour chaque fiche lue, sondage, réponse et pitch, à part de vos scores aux challenges\u202f; des badges en chemin.',
    engagementBoardTitle: 'Les vendeurs les plus actifs',
  },
  pt: {
    title: 'Northwind Cloud — Portal de parceiros (demo do Mindshare)',
    skip: 'Pular para o conteúdo',
    navLabel: 'Portal',
    tagline: 'Portal de parceiros',
    navChallenges: 'Desafios',
    navFeed: 'Linha editorial',
    navCoaching: 'Coaching de pitch',
    navInsight: 'Indicadores',
    role: 'Ver como',
    roleSeller: 'Vendedor',
    roleCoach: 'Coach',
    roleManager: 'Gerente de canal',
    person: 'Pessoa',
    language: 'Idioma',
    reset: 'Redefinir a demonstração',
    seeding: 'Preparando a demonstração: reproduzindo cinco dias de atividade dos parceiros…',
    resetting: 'Excluindo os dados da demonstração…',
    demoNote:
      'Modo somente navegador: todo o pacote de conteúdo, gabaritos incluídos, fica neste navegador (IndexedDB), com cinco dias de atividade reproduzida. Desafios ranqueados com prêmios rodam o motor em um servidor: npm start serve este portal a partir do servidor Mindshare.',
    serverNote:
      'Modo servidor: este portal conversa com o servidor Mindshare que o serviu, que pontua e guarda tudo (PostgreSQL embutido em .mindshare-demo/). Nenhum histórico é reproduzido: os rankings começam vazios. Abra uma segunda janela como outro vendedor para se verem no ranking. Para recomeçar, pare o servidor e exclua .mindshare-demo/.',
    noDevToken: 'Este servidor não tem a rota de tokens de desenvolvimento: inicie-o com --dev (npm start faz isso).',
    hello: (name) => `Olá, ${name}`,
    helloSeller: 'Seu desafio de outono está aberto. Responda, suba no ranking e acompanhe a linha editorial.',
    helloCoach: 'Os pitches que aguardam sua avaliação e as boas práticas que você publicou.',
    helloManager: 'Quem domina a oferta Northwind Vault e para onde vai o seu orçamento de capacitação.',
    challengesTitle: 'Desafios',
    challengesLead:
      'Quizzes com tempo limitado sobre a oferta. Vale a melhor tentativa; os três primeiros ganham um prêmio.',
    leaderboardTitle: 'Ranking',
    partnerBoardTitle: 'Empresas parceiras (média dos três melhores de cada uma)',
    upcoming: (title, date) => `A seguir: ${title}, abre em ${date}.`,
    feedTitle: 'Linha editorial',
    feedLead: 'Um card curto a cada dois dias: novidades, um vídeo, enquetes, suas perguntas, um mini-quiz.',
    coachingTitle: 'Coaching de pitch',
    recorderLead: 'Grave seu pitch, assista e envie: Léa avalia em até dois dias.',
    galleryTitle: 'Boas práticas',
    myPitchesTitle: 'O que o seu coach disse',
    certificationsTitle: 'Suas certificações',
    certificationsLead:
      'Conclua os desafios para obter uma certificação; conclua-os de novo antes do vencimento para renová-la.',
    certifiedTitle: 'Vendedores certificados',
    reviewTitle: 'Pitches para avaliar',
    reviewLead: 'Os mais antigos primeiro. Abrir um pitch avisa os outros coaches que você está cuidando dele.',
    insightTitle: 'Indicadores',
    masteryTitle: 'Domínio da oferta',
    tiersTitle: 'Níveis de parceiros e orçamento',
    responsesTitle: 'O que os vendedores disseram',
    engagementTitle: 'Seu engajamento',
    engagementLead:
      'Pontos por cada card lido, enquete, resposta e pitch, à parte das suas notas nos desafios; e emblemas pelo caminho.',
    engagementBoardTitle: 'Os vendedores mais engajados',
  },
  ar: {
    title: 'Northwind Cloud — بوابة الشركاء (عرض Mindshare التوضيحي)',
    skip: 'انتقل إلى المحتوى',
    navLabel: 'البوابة',
    tagline: 'بوابة الشركاء',
    navChallenges: 'التحديات',
    navFeed: 'الخط التحريري',
    navCoaching: 'التدريب على العروض',
    navInsight: 'المؤشرات',
    role: 'العرض بصفة',
    roleSeller: 'بائع',
    roleCoach: 'مدرّب',
    roleManager: 'مدير القناة',
    person: 'الشخص',
    language: 'اللغة',
    reset: 'إعادة تعيين بيانات العرض التوضيحي',
    seeding: 'جارٍ تجهيز العرض التوضيحي: إعادة تشغيل خمسة أيام من نشاط الشركاء…',
    resetting: 'جارٍ حذف بيانات العرض التوضيحي…',
    demoNote:
      'وضع المتصفح فقط: حزمة المحتوى كاملة، بما فيها الإجابات الصحيحة، موجودة في هذا المتصفح (IndexedDB)، مع خمسة أيام من نشاط الشركاء المُعاد تشغيله. التحديات المصنّفة ذات الجوائز تشغّل المحرك على خادم: الأمر npm start يقدّم هذه البوابة من خادم Mindshare.',
    serverNote:
      'وضع الخادم: تتواصل هذه البوابة مع خادم Mindshare الذي قدّمها، وهو الذي يحتسب النتائج ويحفظ كل شيء (PostgreSQL مدمج في ‎.mindshare-demo/‎). لا يُعاد تشغيل أي سجل: تبدأ لوحات الصدارة فارغة. افتح نافذة ثانية باسم بائع آخر ليرى كل منكما الآخر في لوحة الصدارة. للبدء من جديد، أوقف الخادم واحذف ‎.mindshare-demo/‎.',
    noDevToken: 'لا يملك هذا الخادم مسار رموز التطوير: شغّله مع ‎--dev (الأمر npm start يفعل ذلك).',
    hello: (name) => `مرحبًا ${name}`,
    helloSeller: 'تحدي الخريف مفتوح. أجب عنه، وتقدّم في لوحة الصدارة، وتابع الخط التحريري.',
    helloCoach: 'العروض التي تنتظر تقييمك، والممارسات المثلى التي نشرتها.',
    helloManager: 'من يتقن عرض Northwind Vault، وأين تذهب ميزانية التمكين.',
    challengesTitle: 'التحديات',
    challengesLead: 'اختبارات محددة المدة عن العرض. تُحتسب أفضل محاولة؛ ويفوز الثلاثة الأوائل بجائزة.',
    leaderboardTitle: 'لوحة الصدارة',
    partnerBoardTitle: 'الشركات الشريكة (متوسط أفضل ثلاثة في كل منها)',
    upcoming: (title, date) => `التالي: ${title}، يبدأ في ${date}.`,
    feedTitle: 'الخط التحريري',
    feedLead: 'بطاقة قصيرة كل يومين: أخبار، وفيديو، واستطلاعات، وأسئلتك، واختبار قصير.',
    coachingTitle: 'التدريب على العروض',
    recorderLead: 'سجّل عرضك، وشاهده، وأرسله: تقيّمه ليا خلال يومين.',
    galleryTitle: 'الممارسات المثلى',
    myPitchesTitle: 'ما قاله مدرّبك',
    certificationsTitle: 'شهاداتك',
    certificationsLead: 'اجتز التحديات لتحصل على شهادة؛ واجتزها مجددًا قبل انتهاء صلاحيتها لتجديدها.',
    certifiedTitle: 'البائعون المعتمدون',
    reviewTitle: 'عروض للتقييم',
    reviewLead: 'الأقدم أولًا. فتح عرض يُعلم المدربين الآخرين بأنك تعمل عليه.',
    insightTitle: 'المؤشرات',
    masteryTitle: 'إتقان العرض',
    tiersTitle: 'مستويات الشركاء والميزانية',
    responsesTitle: 'ما قاله لك البائعون',
    engagementTitle: 'تفاعلك',
    engagementLead: 'نقاط على كل بطاقة تقرؤها وكل استطلاع وإجابة وعرض، بمعزل عن نتائجك في التحديات؛ وشارات على الطريق.',
    engagementBoardTitle: 'البائعون الأكثر تفاعلًا',
  },
  de: {
    title: 'Northwind Cloud — Partnerportal (Mindshare-Demo)',
    skip: 'Zum Inhalt springen',
    navLabel: 'Portal',
    tagline: 'Partnerportal',
    navChallenges: 'Challenges',
    navFeed: 'Redaktionsplan',
    navCoaching: 'Pitch-Coaching',
    navInsight: 'Auswertung',
    role: 'Ansicht als',
    roleSeller: 'Verkäufer',
    roleCoach: 'Coach',
    roleManager: 'Channel-Manager',
    person: 'Person',
    language: 'Sprache',
    reset: 'Demodaten zurücksetzen',
    seeding: 'Die Demo wird vorbereitet: fünf Tage Partneraktivität werden nachgespielt…',
    resetting: 'Die Demodaten werden gelöscht…',
    demoNote:
      'Nur-Browser-Modus: Das gesamte Content-Paket, Lösungen inklusive, liegt in diesem Browser (IndexedDB), mit fünf Tagen nachgespielter Partneraktivität. Rangierte Challenges mit Prämien lassen die Engine auf einem Server laufen: npm start stellt dieses Portal über den Mindshare-Server bereit.',
    serverNote:
      'Servermodus: Dieses Portal spricht mit dem Mindshare-Server, der es ausgeliefert hat; er bewertet und speichert alles (eingebettetes PostgreSQL in .mindshare-demo/). Es wird keine Historie nachgespielt: Die Ranglisten beginnen leer. Öffnen Sie ein zweites Fenster als anderer Verkäufer, um sich gegenseitig in der Rangliste zu sehen. Für einen Neustart stoppen Sie den Server und löschen .mindshare-demo/.',
    noDevToken: 'Dieser Server hat keine Route für Entwicklungstoken: Starten Sie ihn mit --dev (npm start tut das).',
    hello: (name) => `Hallo ${name}`,
    helloSeller:
      'Ihre Herbst-Challenge ist eröffnet. Beantworten Sie sie, steigen Sie in der Rangliste auf und bleiben Sie beim Redaktionsplan auf dem Laufenden.',
    helloCoach: 'Pitches, die auf Ihre Bewertung warten, und die Best Practices, die Sie veröffentlicht haben.',
    helloManager: 'Wer das Angebot Northwind Vault beherrscht und wohin Ihr Enablement-Budget fließt.',
    challengesTitle: 'Challenges',
    challengesLead: 'Quiz mit Zeitlimit zum Angebot. Der beste Versuch zählt; die ersten drei gewinnen eine Prämie.',
    leaderboardTitle: 'Rangliste',
    partnerBoardTitle: 'Partnerunternehmen (Mittelwert der besten drei je Unternehmen)',
    upcoming: (title, date) => `Als Nächstes: ${title}, ab ${date}.`,
    feedTitle: 'Redaktionsplan',
    feedLead: 'Jeden zweiten Tag ein kurzer Beitrag: Neuigkeiten, ein Video, Umfragen, Ihre Fragen, ein Kurzquiz.',
    coachingTitle: 'Pitch-Coaching',
    recorderLead:
      'Nehmen Sie Ihren Pitch auf, sehen Sie ihn an, senden Sie ihn: Léa bewertet ihn innerhalb von zwei Tagen.',
    galleryTitle: 'Best Practices',
    myPitchesTitle: 'Was Ihr Coach sagt',
    certificationsTitle: 'Ihre Zertifizierungen',
    certificationsLead:
      'Bestehen Sie die Challenges, um eine Zertifizierung zu erwerben; bestehen Sie sie vor Ablauf erneut, um sie zu erneuern.',
    certifiedTitle: 'Zertifizierte Verkäufer',
    reviewTitle: 'Pitches zur Bewertung',
    reviewLead: 'Die ältesten zuerst. Wenn Sie einen Pitch öffnen, sehen die anderen Coaches, dass Sie daran arbeiten.',
    insightTitle: 'Auswertung',
    masteryTitle: 'Wissensstand zum Angebot',
    tiersTitle: 'Partnerstufen und Budget',
    responsesTitle: 'Was Verkäufer Ihnen gesagt haben',
    engagementTitle: 'Ihr Engagement',
    engagementLead:
      'Punkte für jeden gelesenen Beitrag, jede Umfrage, Antwort und jeden Pitch, getrennt von Ihren Challenge-Ergebnissen; dazu Abzeichen unterwegs.',
    engagementBoardTitle: 'Die engagiertesten Verkäufer',
  },
  es: {
    title: 'Northwind Cloud — Portal de partners (demo de Mindshare)',
    skip: 'Saltar al contenido',
    navLabel: 'Portal',
    tagline: 'Portal de partners',
    navChallenges: 'Retos',
    navFeed: 'Línea editorial',
    navCoaching: 'Coaching de pitch',
    navInsight: 'Análisis',
    role: 'Ver como',
    roleSeller: 'Vendedor',
    roleCoach: 'Coach',
    roleManager: 'Responsable de canal',
    person: 'Persona',
    language: 'Idioma',
    reset: 'Restablecer la demo',
    seeding: 'Preparando la demo: reproduciendo cinco días de actividad de los partners…',
    resetting: 'Eliminando los datos de la demo…',
    demoNote:
      'Modo solo navegador: todo el paquete de contenido, respuestas incluidas, está en este navegador (IndexedDB), con cinco días de actividad de partners reproducida. Los retos clasificados con premios ejecutan el motor en un servidor: npm start sirve este portal desde el servidor de Mindshare.',
    serverNote:
      'Modo servidor: este portal se comunica con el servidor de Mindshare que lo ha servido, que puntúa y guarda todo (PostgreSQL integrado en .mindshare-demo/). No se reproduce ningún historial: las clasificaciones empiezan vacías. Abra una segunda ventana como otro vendedor para verse mutuamente en la clasificación. Para empezar de cero, detenga el servidor y elimine .mindshare-demo/.',
    noDevToken: 'Este servidor no tiene ruta de tokens de desarrollo: inícielo con --dev (npm start lo hace).',
    hello: (name) => `Hola, ${name}`,
    helloSeller: 'Su reto de otoño está abierto. Respóndalo, suba en la clasificación y siga la línea editorial.',
    helloCoach: 'Los pitches que esperan su evaluación y las buenas prácticas que ha publicado.',
    helloManager: 'Quién domina la oferta Northwind Vault y a dónde va su presupuesto de enablement.',
    challengesTitle: 'Retos',
    challengesLead:
      'Quizzes con tiempo limitado sobre la oferta. Cuenta el mejor intento; los tres primeros ganan un premio.',
    leaderboardTitle: 'Clasificación',
    partnerBoardTitle: 'Empresas partner (media de los tres mejores de cada una)',
    upcoming: (title, date) => `Próximamente: ${title}, se abre el ${date}.`,
    feedTitle: 'Línea editorial',
    feedLead: 'Una ficha breve cada dos días: noticias, un vídeo, encuestas, sus preguntas, un quiz rápido.',
    coachingTitle: 'Coaching de pitch',
    recorderLead: 'Grabe su pitch, véalo y envíelo: Léa lo evalúa en un plazo de dos días.',
    galleryTitle: 'Buenas prácticas',
    myPitchesTitle: 'Lo que dice su coach',
    certificationsTitle: 'Sus certificaciones',
    certificationsLead:
      'Supere los retos para obtener una certificación; vuelva a superarlos antes de que venza para renovarla.',
    certifiedTitle: 'Vendedores certificados',
    reviewTitle: 'Pitches pendientes de evaluación',
    reviewLead: 'Los más antiguos primero. Al abrir un pitch, los demás coaches ven que se está ocupando de él.',
    insightTitle: 'Análisis',
    masteryTitle: 'Dominio de la oferta',
    tiersTitle: 'Niveles de partner y presupuesto',
    responsesTitle: 'Lo que le han dicho los vendedores',
    engagementTitle: 'Su participación',
    engagementLead:
      'Puntos por cada ficha leída, encuesta, respuesta y pitch, aparte de sus resultados en los retos; e insignias por el camino.',
    engagementBoardTitle: 'Los vendedores más participativos',
  },
  it: {
    title: 'Northwind Cloud — Portale partner (demo Mindshare)',
    skip: 'Vai al contenuto',
    navLabel: 'Portale',
    tagline: 'Portale partner',
    navChallenges: 'Sfide',
    navFeed: 'Linea editoriale',
    navCoaching: 'Coaching sul pitch',
    navInsight: 'Analisi',
    role: 'Visualizza come',
    roleSeller: 'Venditore',
    roleCoach: 'Coach',
    roleManager: 'Responsabile di canale',
    person: 'Persona',
    language: 'Lingua',
    reset: 'Reimposta la demo',
    seeding: 'Preparazione della demo: riproduzione di cinque giorni di attività dei partner…',
    resetting: 'Eliminazione dei dati della demo…',
    demoNote:
      'Modalità solo browser: l’intero pacchetto di contenuti, soluzioni comprese, si trova in questo browser (IndexedDB), con cinque giorni di attività dei partner riprodotta. Le sfide con classifica e premi eseguono il motore su un server: npm start serve questo portale dal server Mindshare.',
    serverNote:
      'Modalità server: questo portale comunica con il server Mindshare che lo ha servito, che valuta e conserva tutto (PostgreSQL integrato in .mindshare-demo/). Nessuna cronologia viene riprodotta: le classifiche partono vuote. Apra una seconda finestra come un altro venditore per vedervi a vicenda in classifica. Per ricominciare da zero, arresti il server ed elimini .mindshare-demo/.',
    noDevToken: 'Questo server non ha una route per i token di sviluppo: lo avvii con --dev (npm start lo fa).',
    hello: (name) => `Buongiorno ${name}`,
    helloSeller: 'La sua sfida d’autunno è aperta. Risponda, salga in classifica e segua la linea editoriale.',
    helloCoach: 'I pitch in attesa della sua valutazione e le buone pratiche che ha pubblicato.',
    helloManager: 'Chi padroneggia l’offerta Northwind Vault e dove va il suo budget di enablement.',
    challengesTitle: 'Sfide',
    challengesLead: 'Quiz a tempo sull’offerta. Conta il tentativo migliore; i primi tre vincono un premio.',
    leaderboardTitle: 'Classifica',
    partnerBoardTitle: 'Aziende partner (media dei tre migliori di ciascuna)',
    upcoming: (title, date) => `Prossimo appuntamento: ${title}, dal ${date}.`,
    feedTitle: 'Linea editoriale',
    feedLead: 'Una scheda breve ogni due giorni: notizie, un video, sondaggi, le sue domande, un quiz lampo.',
    coachingTitle: 'Coaching sul pitch',
    recorderLead: 'Registri il suo pitch, lo riveda, lo invii: Léa lo valuta entro due giorni.',
    galleryTitle: 'Buone pratiche',
    myPitchesTitle: 'Che cosa dice il suo coach',
    certificationsTitle: 'Le sue certificazioni',
    certificationsLead:
      'Superi le sfide per ottenere una certificazione; le superi di nuovo prima della scadenza per rinnovarla.',
    certifiedTitle: 'Venditori certificati',
    reviewTitle: 'Pitch da valutare',
    reviewLead: 'Prima i più vecchi. Aprire un pitch segnala agli altri coach che se ne sta occupando.',
    insightTitle: 'Analisi',
    masteryTitle: 'Padronanza dell’offerta',
    tiersTitle: 'Livelli dei partner e budget',
    responsesTitle: 'Che cosa le hanno detto i venditori',
    engagementTitle: 'Il suo coinvolgimento',
    engagementLead:
      'Punti per ogni scheda letta, sondaggio, risposta e pitch, a parte i punteggi delle sfide; e badge lungo il percorso.',
    engagementBoardTitle: 'I venditori più coinvolti',
  },
};

/** The portal's languages written right to left. */
const RIGHT_TO_LEFT = ['ar'];

const root = document.documentElement;
const provider = document.getElementById('mindshare');
const view = document.getElementById('view');
const status = document.getElementById('status');
const roleSelect = document.getElementById('role');
const personSelect = document.getElementById('person');
const languageSelect = document.getElementById('language');
const resetButton = document.getElementById('reset');

const params = new URLSearchParams(location.search);
const state = {
  /** `server` or `browser`: `?mode=`, else whether a Mindshare server answers `/healthz` (see detectMode). */
  mode: undefined,
  role: params.get('role') ?? 'seller',
  /** The directory id of the viewer: `?as=`, else the role's first person. */
  person: params.get('as') ?? undefined,
  lang: params.get('lang') ?? 'en',
  api: undefined,
  pack: undefined,
  directory: undefined,
  /** Server mode: the timer that re-reads the boards. */
  refresh: undefined,
};
if (!(state.role in PEOPLE)) state.role = 'seller';
if (!(state.lang in STRINGS)) state.lang = 'en';

const t = (key, ...args) => {
  const value = STRINGS[state.lang][key];
  return typeof value === 'function' ? value(...args) : value;
};

// ---------- content: the pack's dates, moved to today ----------

const pad = (n) => String(n).padStart(2, '0');
/** `YYYY-MM-DD` of the UTC day `offset` days from `today`. */
const isoDay = (today, offset) => {
  const date = new Date(today + offset * DAY);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/**
 * Rewrites the challenge windows and schedule starts relative to today (UTC midnight), so the
 * demo never goes stale: the autumn challenge opened five days ago and runs for two more weeks,
 * the winter one opens in nine days, and both schedules started a fortnight ago.
 */
function shiftDates(pack, now) {
  const today = Math.floor(now / DAY) * DAY;
  const windows = {
    [OPEN_CHALLENGE]: [-5, 14],
    [UPCOMING_CHALLENGE]: [9, 23],
  };
  for (const challenge of pack.challenges) {
    const [opens, closes] = windows[challenge.id] ?? [-5, 14];
    challenge.window.opensAt = `${isoDay(today, opens)}T00:00`;
    challenge.window.closesAt = `${isoDay(today, closes)}T18:00`;
  }
  for (const schedule of pack.schedules) schedule.cadence.start = isoDay(today, -16);
  return { opensAt: today - 5 * DAY - 2 * 3_600_000 };
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return response.json();
}

async function loadContent() {
  const [pack, directory] = await Promise.all(['./demo-pack.json', './demo-directory.json'].map(fetchJson));
  return { pack, directory };
}

// ---------- the mode ----------

/**
 * `?mode=server` or `?mode=browser` decides; otherwise the page asks the server that served it for
 * `/healthz`, which only the Mindshare server answers (`{ "status": "ok" }`). A plain static server
 * answers 404 and the portal runs in the browser (`npm run start:browser` links with `?mode=browser`,
 * so it never asks).
 */
async function detectMode() {
  const asked = params.get('mode');
  if (asked === 'server' || asked === 'browser') return asked;
  try {
    const response = await fetch(new URL('/healthz', location.origin), { headers: { accept: 'application/json' } });
    const body = response.ok ? await response.json() : undefined;
    return body?.status === 'ok' ? 'server' : 'browser';
  } catch {
    return 'browser';
  }
}

// ---------- server mode: the HTTP client, with development tokens ----------

const tokens = new Map();

/**
 * A token for `viewerId` from the server's development route, reused for an hour. The route exists
 * only on a server started with `--dev`; a real portal signs its own tokens (docs/http-api.md).
 */
function devToken(viewerId) {
  const cached = tokens.get(viewerId);
  if (cached && Date.now() - cached.at < TOKEN_REUSE_MS) return cached.token;
  const token = (async () => {
    const response = await fetch(new URL('/dev/token', location.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: viewerId }),
    });
    if (response.status === 404) throw new Error(t('noDevToken'));
    if (!response.ok) throw new Error(`POST /dev/token for ${viewerId}: HTTP ${response.status}`);
    return (await response.json()).token;
  })();
  tokens.set(viewerId, { token, at: Date.now() });
  token.catch(() => tokens.delete(viewerId));
  return token;
}

/**
 * The server has no push channel, so in server mode the portal tells the widgets every few seconds,
 * through the API's own change events, that the boards may have moved: another seller's attempt
 * shows without a reload. The proxy adds those events; everything else is the HTTP client's.
 */
function withRemoteChanges(api) {
  const listeners = new Set();
  const live = new Proxy(api, {
    get(target, key) {
      if (key === 'subscribe') {
        return (listener) => {
          const unsubscribe = target.subscribe(listener);
          listeners.add(listener);
          return () => {
            listeners.delete(listener);
            unsubscribe();
          };
        };
      }
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const emit = (change) => listeners.forEach((listener) => listener(change));
  return { live, emit };
}

function openServerApi(viewerId) {
  return createHttpClient({
    baseUrl: location.origin,
    token: () => devToken(viewerId),
    storage: createIndexedDbStorage({ name: `${OUTBOX_DATABASE}-${viewerId}` }),
  });
}

// ---------- the engine ----------

function openEngine(viewerId, { clock, locale } = {}) {
  const person = state.directory.sellers.find((candidate) => candidate.id === viewerId);
  return createMindshare({
    storage: createIndexedDbStorage({ name: DATABASE }),
    content: state.pack,
    directory: state.directory,
    viewer: { id: viewerId, locale: locale ?? person?.locale ?? 'en', timeZone: person?.timeZone ?? 'Europe/Paris' },
    ...(clock ? { clock } : {}),
  });
}

function tierOf(partnerId) {
  const revenue = state.directory.partners.find((partner) => partner.id === partnerId)?.metrics.indirectRevenue ?? 0;
  for (const tier of state.pack.tierPolicy.tiers) {
    const rule = tier.rule?.all?.[0];
    if (!rule || revenue >= rule.value) return tier.id;
  }
  return state.pack.tierPolicy.defaultTier;
}

/** Whether the demo database exists (a browser that cannot list databases is taken at its word). */
async function databaseExists() {
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((database) => database.name === DATABASE);
}

async function seedIfEmpty(opensAt) {
  const marker = `${state.pack.id}@${state.pack.version}`;
  // The marker alone would leave an empty demo after someone deleted only the database.
  if (localStorage.getItem(SEEDED_KEY) === marker && (await databaseExists())) return;
  showStatus(t('seeding'));
  const started = performance.now();
  let pitchMedia;
  try {
    const response = await fetch('./media/vault-in-a-minute.webm');
    if (response.ok) pitchMedia = await response.blob();
  } catch {
    pitchMedia = undefined; // The pitches are optional history; the rest is seeded regardless.
  }
  await seedHistory({
    open: (viewerId, clock) => openEngine(viewerId, { clock }),
    pack: state.pack,
    directory: state.directory,
    tierOf,
    skip: [PEOPLE.seller],
    reader: PEOPLE.seller,
    challengeId: OPEN_CHALLENGE,
    opensAt,
    now: Date.now(),
    pitchMedia,
  });
  localStorage.setItem(SEEDED_KEY, marker);
  console.info(`Mindshare demo: history seeded in ${Math.round(performance.now() - started)} ms.`);
}

async function deleteDatabase() {
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => console.warn('Mindshare demo: waiting for other tabs to close the demo database.');
  });
  localStorage.removeItem(SEEDED_KEY);
}

// ---------- rendering ----------

function showStatus(text) {
  status.textContent = text;
  status.hidden = !text;
}

function translateChrome() {
  root.lang = state.lang;
  // The page's direction: Arabic reads right to left, and the widgets follow it.
  root.dir = RIGHT_TO_LEFT.includes(state.lang) ? 'rtl' : 'ltr';
  document.querySelector('.portal-note').dataset.t = state.mode === 'server' ? 'serverNote' : 'demoNote';
  document.title = t('title');
  document.querySelectorAll('[data-t]').forEach((element) => {
    element.textContent = t(element.dataset.t);
  });
  document.querySelectorAll('[data-t-label]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.tLabel));
  });
  resetButton.hidden = state.mode === 'server'; // no server route deletes data
  for (const option of roleSelect.options) option.textContent = t(option.dataset.t);
  roleSelect.value = state.role;
  languageSelect.value = state.lang;
  document.querySelectorAll('[data-role]').forEach((link) => {
    link.hidden = !link.dataset.role.split(' ').includes(state.role);
  });
}

/** The person switch: everyone of the current role in the directory, sellers with their partner. */
function listPeople() {
  if (!state.directory) return;
  const partners = new Map(state.directory.partners.map((partner) => [partner.id, partner.name]));
  const people = state.directory.sellers.filter((person) => person.role === state.role);
  personSelect.replaceChildren(
    ...people.map((person) => {
      const partner = partners.get(person.partnerId);
      const label = state.role === 'seller' && partner ? `${person.displayName} — ${partner}` : person.displayName;
      return new Option(label, person.id, false, person.id === state.person);
    }),
  );
  personSelect.value = state.person;
}

/** The viewer: the person asked for, whose role then decides the view (`?as=coach-lea` opens the coach's), else the role's first person. */
function settlePerson() {
  const person = state.directory.sellers.find((candidate) => candidate.id === state.person);
  if (person && person.role in PEOPLE) state.role = person.role;
  else state.person = PEOPLE[state.role];
}

/** Fills the view with the role's sections, cloned from its template, and translates them. */
function renderView() {
  const template = document.getElementById(`view-${state.role}`);
  view.replaceChildren(template.content.cloneNode(true));
  view.querySelectorAll('[data-t]').forEach((element) => {
    element.textContent = t(element.dataset.t);
  });
  const person = state.directory.sellers.find((candidate) => candidate.id === state.person);
  view.querySelector('[data-hello]').textContent = t('hello', person.displayName.split(' ')[0]);
}

async function describeUpcoming(api) {
  const slot = view.querySelector('[data-upcoming]');
  if (!slot) return;
  const upcoming = (await api.challenges()).find((challenge) => challenge.status === 'upcoming');
  if (!upcoming) return;
  const title = upcoming.title[state.lang] ?? upcoming.title.en;
  const date = new Intl.DateTimeFormat(state.lang, { dateStyle: 'long' }).format(upcoming.opensAt);
  slot.textContent = t('upcoming', title, date);
  slot.hidden = false;
}

/** Builds the API for the current person and language, closing the previous one. */
async function start() {
  const previous = state.api;
  state.api = undefined;
  provider.api = undefined;
  clearInterval(state.refresh);
  await previous?.close();
  settlePerson();
  translateChrome();
  listPeople();
  await loadTranslation(state.lang);
  let api;
  if (state.mode === 'server') {
    const { live, emit } = withRemoteChanges(await openServerApi(state.person));
    api = live;
    state.refresh = setInterval(() => {
      if (document.visibilityState !== 'visible' || api !== state.api) return;
      emit({ origin: 'remote', areas: ['leaderboard'] });
    }, REFRESH_MS);
  } else {
    api = await openEngine(state.person, { locale: state.lang });
  }
  state.api = api;
  renderView();
  provider.api = api;
  await describeUpcoming(api);
}

async function boot() {
  document.querySelector('[data-mindshare-version]').textContent = VERSION;
  state.mode = await detectMode();
  document.body.dataset.mode = state.mode;
  translateChrome();
  if (state.mode === 'server') {
    // The people to switch between; the server holds the same directory (npm start publishes this
    // file) and refuses a token for anyone it does not know. The pack stays on the server.
    state.directory = await fetchJson('./demo-directory.json');
  } else {
    const { pack, directory } = await loadContent();
    const { opensAt } = shiftDates(pack, Date.now());
    state.pack = pack;
    state.directory = directory;
    await seedIfEmpty(opensAt);
    showStatus('');
  }
  await start();
  document.body.dataset.ready = 'true';
}

function remember() {
  const url = new URL(location.href);
  url.searchParams.set('role', state.role);
  url.searchParams.set('as', state.person);
  url.searchParams.set('lang', state.lang);
  history.replaceState(null, '', url);
}

roleSelect.addEventListener('change', async () => {
  state.role = roleSelect.value;
  state.person = PEOPLE[state.role];
  document.body.dataset.ready = 'false';
  await start();
  remember();
  document.body.dataset.ready = 'true';
});
personSelect.addEventListener('change', async () => {
  state.person = personSelect.value;
  document.body.dataset.ready = 'false';
  await start();
  remember();
  document.body.dataset.ready = 'true';
});
languageSelect.addEventListener('change', async () => {
  state.lang = languageSelect.value;
  remember();
  document.body.dataset.ready = 'false';
  await start();
  document.body.dataset.ready = 'true';
});
resetButton.addEventListener('click', async () => {
  resetButton.disabled = true;
  document.body.dataset.ready = 'false';
  showStatus(t('resetting'));
  try {
    await state.api?.close();
    state.api = undefined;
    provider.api = undefined;
    view.replaceChildren();
    await deleteDatabase();
    const fresh = await loadContent();
    const { opensAt } = shiftDates(fresh.pack, Date.now());
    state.pack = fresh.pack;
    state.directory = fresh.directory;
    await seedIfEmpty(opensAt);
    showStatus('');
    await start();
    document.body.dataset.ready = 'true';
  } finally {
    resetButton.disabled = false;
  }
});

boot().catch((error) => {
  showStatus(`The demo could not start: ${error.message}`);
  console.error(error);
});
