import { describe, expect, it } from "vitest";
import { inEnglishWords } from "../../src/text/readers";
import { albanianInEnglish } from "../../src/text/readers/albanian";
import { arabicInEnglish } from "../../src/text/readers/arabic";
import { arabiziInEnglish } from "../../src/text/readers/arabizi";
import { bulgarianInEnglish } from "../../src/text/readers/bulgarian";
import { chineseInEnglish } from "../../src/text/readers/chinese";
import { croatianInEnglish } from "../../src/text/readers/croatian";
import { czechInEnglish } from "../../src/text/readers/czech";
import { darijaInEnglish } from "../../src/text/readers/darija";
import { dutchInEnglish } from "../../src/text/readers/dutch";
import { finglishInEnglish } from "../../src/text/readers/finglish";
import { frenchChatInFullWords } from "../../src/text/readers/frenchChat";
import { germanInEnglish } from "../../src/text/readers/german";
import { greekInEnglish } from "../../src/text/readers/greek";
import { haitianCreoleInEnglish } from "../../src/text/readers/haitianCreole";
import { hindiDevanagariInEnglish } from "../../src/text/readers/hindiDevanagari";
import { hinglishInEnglish } from "../../src/text/readers/hinglish";
import { hungarianInEnglish } from "../../src/text/readers/hungarian";
import { indonesianInEnglish } from "../../src/text/readers/indonesian";
import { kazakhInEnglish } from "../../src/text/readers/kazakh";
import { nepaliInEnglish } from "../../src/text/readers/nepali";
import { nordicBalticInEnglish } from "../../src/text/readers/nordicBaltic";
import { pacificInEnglish } from "../../src/text/readers/pacific";
import { pidginInEnglish } from "../../src/text/readers/pidgin";
import { polishInEnglish } from "../../src/text/readers/polish";
import { punjabiLatinInEnglish } from "../../src/text/readers/punjabiLatin";
import { quebecoisInEnglish } from "../../src/text/readers/quebecois";
import { romanianInEnglish } from "../../src/text/readers/romanian";
import { singlishInEnglish } from "../../src/text/readers/singlish";
import { sinhalaInEnglish } from "../../src/text/readers/sinhala";
import { southernAfricanInEnglish } from "../../src/text/readers/southernAfrican";
import { spanishChatInFullWords } from "../../src/text/readers/spanishChat";
import { swahiliInEnglish } from "../../src/text/readers/swahili";
import { tagalogInEnglish } from "../../src/text/readers/tagalog";
import { tamilInEnglish } from "../../src/text/readers/tamil";
import { teluguInEnglish } from "../../src/text/readers/telugu";
import { thaiInEnglish } from "../../src/text/readers/thai";
import { turkicInEnglish } from "../../src/text/readers/turkic";
import { turkishInEnglish } from "../../src/text/readers/turkish";
import { ukrainianRussianInEnglish } from "../../src/text/readers/ukrainianRussian";
import { vietnameseInEnglish } from "../../src/text/readers/vietnamese";
import { voiceTypedAsMeant } from "../../src/text/readers/voiceTyped";
import { pendingRewrites } from "../../src/text/regex";
import { bot } from "../helpers";

/** Each reader: what it reads, in English words, and messages it must leave as they are (not its language). */
const READERS: { language: string; read: (message: string) => string; reads: [string, string][]; leaves: string[] }[] =
  [
    {
      language: "Vietnamese",
      read: vietnameseInEnglish,
      reads: [
        [
          "lương Lead ML Architect bên Mỹ khoảng bao nhiêu vậy ạ? với lại có cần bằng thạc sĩ không",
          "salary Lead ML Architect in the US about how much? and also do they need master's degree?",
        ],
        // Without accents, as many people type it.
        [
          "a/c oi entry level ai engineer can hoc nhung gi, luong khoang bao nhieu",
          "entry level ai engineer need to learn what, salary about how much",
        ],
        // Facts about the writer, in the word order the profile reads.
        [
          "mình làm data engineer được 4 năm, chưa dùng Kubernetes bao giờ",
          "i worked as data engineer for 4 years, never used Kubernetes",
        ],
        // Chat shorthand: "j" (what), "bn" (how much), "e" (I), "dc" (got), "ko" (not); "R" the language stays.
        [
          "entry level ai engineer can bang j? luong khoi diem bn?",
          "entry level ai engineer need what degree? starting salary how much?",
        ],
        [
          "e dang lam PhD nam 2, dung R va Python. ban e co PhD roi",
          "i studying for a PhD nam 2, use R and Python. my friend has PhD then",
        ],
        // "muộn" (late) is not "muốn" (want), though both lose their accents the same way.
        [
          "Mình 35 tuổi, muốn chuyển qua AI thì có muộn quá không?",
          "i 35 years old, want to switch to AI have too late?",
        ],
      ],
      leaves: [
        "what does my lead ML architect earn in Hanoi?",
        "¿Cuánto gana un ingeniero de IA?",
        // Romanian shares "ă" with Vietnamese: it is not read as Vietnamese.
        "Merită un bootcamp de AI de 6 luni sau mai bine fac un master?",
        "is the pay ok or not, can I ask about a PhD",
        // One of its letters in random text ("Ẏọ៍㓕綊") is not Vietnamese: read so, it became the greeting "Yo".
        "Ẏọ៍㓕綊즉꡻⌹疔",
      ],
    },
    {
      language: "Nigerian Pidgin",
      read: pidginInEnglish,
      reads: [
        [
          "NLP research scientist — wetin dem dey do exactly? and which industries dey hire them pass?",
          "NLP research scientist — what do they do exactly? and which industries hire them the most?",
        ],
        [
          "abeg I get PhD in Linguistics and my Python dey okay. NLP research scientist fit me?",
          "i have PhD in Linguistics and my Python is okay. NLP research scientist fit me?",
        ],
        ["how much e dey pay, dem go need PhD abi MSc fit do am?", "how much does it pay, do they need PhD or MSc do?"],
        // "I don reach?" (am I there yet?); "make I know" (let me know); "Una well done o" (thanks).
        [
          "I get 4 years for data engineering and I don lead small team for 1 year. I don reach?",
          "i have 4 years for data engineering and I don lead small team for 1 year. am i ready?",
        ],
        ["Wetin this bot sabi do sef? make I know before I start", "what this bot know do? let me know before I start"],
        [
          "Una well done o 🙌 this bot don help my pikin well well, e don finally sit down read book",
          "thank you 🙌 this bot don help my pikin well well, e don finally sit down read book",
        ],
      ],
      leaves: [
        // Spanish "una" and "sabía" are not Pidgin.
        "¿Conviene más un bootcamp o una maestría? no sabía qué hacer",
        "can I get a PhD and still fit in a lead role?",
      ],
    },
    {
      language: "Singlish",
      read: singlishInEnglish,
      reads: [
        [
          "multimodal ai research scientist — salary range how? remote can or not? and what skills sia",
          "multimodal ai research scientist — salary range how? is remote possible? and what skills",
        ],
        ["what about lead ml architect, can or not?", "what about lead ml architect, do i qualify?"],
        ["NLP research scientist suitable for me or not?", "NLP research scientist suitable for me?"],
      ],
      leaves: ["is it one of the roles you know, or not a role at all?"],
    },
    {
      language: "Taglish",
      read: tagalogInEnglish,
      reads: [
        [
          "pano ba maging lead ML architect galing junior? ilang years ba bago maging senior? tas anong tools dapat aralin",
          "how does one become lead ML architect from junior? how many years until senior? and which tools should i learn",
        ],
        [
          "Ano best practices sa pag-deploy ng ML model? tsaka yung explainability, paano?",
          "Ano best practices sa pag-deploy ng ML model? how about explainability?",
        ],
        [
          "kaya ko na ba mag entry level AI engineer after grad? ano pa kulang?",
          "am i ready for entry level AI engineer after grad? what am i missing?",
        ],
        [
          "Alin sa mga roles sa guide ang pinakamababa ang sweldo?",
          "which of the roles sa guide has the lowest salary?",
        ],
      ],
      leaves: ["ano? what does a lead ML architect do", "Bootcamp ba?"],
    },
    {
      language: "Hinglish",
      read: hinglishInEnglish,
      reads: [["aur India me? INR me bata do", "aur India me? in INR tell me"]],
      leaves: ["do they need a PhD? tell me in INR", "entry level AI engineer ki salary batao"],
    },
    {
      language: "chat French",
      read: frenchChatInFullWords,
      reads: [
        [
          "slt, multimodal AI research scientist ça paye combien et faut quelles skills ? jsp si c'est trop haut pour moi mdr",
          "salut, combien paie multimodal AI research scientist et faut quelles skills? je sais pas si c'est trop haut pour moi",
        ],
        [
          "chui en L3 info, entry level AI engineer c jouable ou pas ?",
          "je suis en L3 info, entry level AI engineer c'est jouable ou pas?",
        ],
      ],
      // "c" and "xp" are chat elsewhere, and "ça" alone makes no French message.
      leaves: ["the c language and ça", "xp in python: 3 yrs, is that enough?"],
    },
    {
      language: "Latin American chat Spanish",
      read: spanishChatInFullWords,
      reads: [
        [
          "che, cuánto gana un lead ml architect en usa y q skills necesito? tmb piden phd o no? xq en mi laburo nadie sabe",
          "cuánto gana un lead ml architect en usa y que skills necesito? también piden phd o no? porque en mi trabajo nadie sabe",
        ],
        [
          "toy en 8vo semestre de ing. de sistemas, q rol me recomiendan pa empezar??",
          "estoy en 8vo semestre de ing. de sistemas, que rol me recomiendan para empezar?",
        ],
      ],
      // "toy", "pa" and "q" are English too.
      leaves: ["the toy store pa", "quick q: what does a lead ML architect earn?"],
    },
    {
      language: "Telugu in English letters",
      read: teluguInEnglish,
      reads: [
        [
          "Lead ML architect ki em skills kavali? career path ela untundi entry level nunchi? inka salary entha?",
          "what skills does Lead ML architect need? how does career path look from entry level? and how much is the salary?",
        ],
        [
          "Nenu 3 years nunchi oka support project lo unna, B.Tech ECE. Python konchem vachu. Naaku entry level AI engineer ki em missing?",
          "i have been working for 3 years, i work in support project, B.Tech ECE. i know Python. what am i missing for entry level AI engineer?",
        ],
        // Someone else's degree stays theirs; an age is no years of work.
        [
          "naa friend ki IISc nunchi PhD undi. naaku BTech matrame undi, 2 yrs data analyst ga chestunna. nenu multimodal research scientist avvagalana?",
          "my friend has PhD from IISc. i only have a BTech, 2 yrs working as data analyst. can i become multimodal research scientist?",
        ],
        ["naaku 38 years vayasu, QA lo 12 yrs nunchi unna.", "i am 38 years old, i have worked in QA for 12 yrs."],
      ],
      // "em" (them) and "Ela" (a name) are English too.
      leaves: ["give em the numbers, ela is my sister", "Ela y Carla: ¿cuál rol paga más?"],
    },
    {
      language: "Tamil in English letters",
      read: tamilInEnglish,
      reads: [
        // A degree finished in a year; two degrees weighed, neither under way.
        [
          "Naan 2012 la MCA mudichen. MCA podhuma illa PhD pannanuma?",
          "i finished a MCA in 2012. is a MCA enough or is a PhD needed?",
        ],
        [
          "naan 10 yrs service company la, 4 yrs ah manager. Python, SQL, AWS theriyum but TensorFlow touch panninadhe illa. lead ML architect ku enna gap irukku?",
          "i 10 yrs in service company, manager for 4 yrs. i know Python, SQL, AWS but never touched TensorFlow. what is my gap for lead ML architect?",
        ],
        [
          "naan 6 yrs exp, MS from US. sorry typo — MS pannala, BE mattum dhaan. lead ML architect ku fit aa?",
          "i 6 yrs exp, MS from US. sorry typo — no MS, only a BE. am i a fit for lead ML architect?",
        ],
      ],
      // "la", "ku", "ah" and "enna" are chat in other languages too.
      leaves: ["hey la, what is enna", "ok ah, ku klux is not a career"],
    },
    {
      language: "Polish",
      read: polishInEnglish,
      reads: [
        [
          "cześć, ile zarabia NLP research scientist i ile lat doświadczenia trzeba mieć?",
          "hi, salary NLP research scientist and how many years of experience trzeba mieć?",
        ],
        // What the role does day to day, and a tool used daily.
        [
          "co robi lead ML architect na co dzień? ja używam AWS na co dzień",
          "what does lead ML architect do day to day? ja używam AWS daily",
        ],
        // The writer's facts: years as, no degree, a skill not known at all.
        [
          "Mam 6 lat jako tester, bez studiów, Pythona zero. Czego mi brakuje do entry level AI engineer?",
          "Mam 6 years as tester, no degree, never used Python. what am i missing for entry level AI engineer?",
        ],
      ],
      leaves: ["I'm a python dev, mam 5 years exp", "co do the ML roles pay in the US"],
    },
    {
      language: "German",
      read: germanInEnglish,
      reads: [
        // Several questions and their joins; a degree weighed.
        [
          "Servus zam! Kurze Fragen: was verdient man als Lead ML Architect, brauch ich dafuer nen Master oder reicht Bachelor, und welche Tools muss man koennen?",
          "Servus zam! Kurze Fragen: what is the salary of a Lead ML Architect, do i need a Master or is a Bachelor enough, und which tools are needed?",
        ],
        ["Isch Lead ML Architect fuer mich realistisch?", "is Lead ML Architect realistic for me?"],
        // "nach der Promotion" is later on, not a doctorate held; "ohne Abschluss" stays for the profile.
        [
          "Ich bin Doktorand im 2. Jahr, hab Master. Nach der Promotion lieber Industrie?",
          "Ich bin Doktorand im 2. Jahr, hab Master. afterwards lieber Industrie?",
        ],
        [
          "hab Informatik abgebrochen, arbeite ohne Abschluss seit 5 Jahren. Was brauch ich mindestens fuer Entry Level AI Engineer?",
          "hab Informatik abgebrochen, arbeite ohne Abschluss seit 5 Jahren. what do i need for Entry Level AI Engineer?",
        ],
        // A doctorate asked about is no doctorate under way; one in its third year is.
        [
          "Lohnt es sich mit 45 noch zu promovieren, um Multimodal Research Scientist zu werden? Hab nen Master.",
          "is a phd still worth it at 45, um Multimodal Research Scientist zu werden? Hab a Master.",
        ],
        [
          "ich bin im 3. Jahr meiner Promotion in Computerlinguistik und programmiere Python",
          "ich bin i'm a phd student, year 3, in Computerlinguistik und programmiere Python",
        ],
        [
          "Wie sieht der typische Karriereweg zum Lead ML Architect aus und wie lange dauert das realistisch?",
          "what is the typical career path to Lead ML Architect und how long does it take?",
        ],
        [
          "Erfülle ich die Erfahrungsvoraussetzungen und welche Tools fehlen mir vermutlich?",
          "do i meet the experience requirements und which tools am i missing?",
        ],
        [
          "und wieviel verdient me als Lead ML Architect do in de Schwiiz?",
          "und what is the salary of a Lead ML Architect do in de Schwiiz?",
        ],
      ],
      leaves: [
        "was ist the salary of a lead ml architect",
        "Die Hard is my favourite movie, what do ML architects earn?",
      ],
    },
    {
      language: "Dutch",
      read: dutchInEnglish,
      reads: [
        [
          "hoe word ik van junior naar lead ML architect? hoeveel jaar duurt dat ongeveer?",
          "how do i grow from junior to lead ML architect? how many years does it take?",
        ],
        [
          "Bootcamp van 12 weken of toch een HBO opleiding? Wat werkt beter om AI engineer te worden?",
          "Bootcamp lasting 12 weeks or a degree? which is better to become AI engineer?",
        ],
        [
          "Hoi! Wat verdient een Lead ML Architect gemiddeld, en welke cloudplatforms moet je kennen?",
          "Hoi! what is the salary for a Lead ML Architect on average, and which cloud platforms do you need to know?",
        ],
        ["hoi bot, wat kun jij eigenlijk allemaal?", "hoi bot, what can you do?"],
        [
          "Welke skills heb ik nodig voor multimodal AI research scientist, en tellen publicaties in tijdschriften mee?",
          "Welke skills heb ik nodig voor multimodal AI research scientist, and do publicaties in tijdschriften count?",
        ],
        [
          "Hoe ziet de arbeidsmarkt eruit voor NLP research scientists, en in welke sectoren is de meeste vraag?",
          "Hoe ziet de arbeidsmarkt eruit voor NLP research scientists, and which industries is de meeste vraag?",
        ],
      ],
      leaves: ["what does a lead ML architect do, in een nutshell", "of the five roles, which pays most?"],
    },
    {
      language: "Czech",
      read: czechInEnglish,
      reads: [
        [
          "Ahoj, co mi chybí na senior AI application engineer? Docker jsem nikdy nepoužil, předtím 3 roky jako Java dev",
          "hi, what am i missing for senior AI application engineer? never used Docker, before that 3 years as Java dev",
        ],
      ],
      leaves: ["Ahoj", "Czy pasuję na NLP Research Scientist? Czego mi brakuje?"],
    },
    {
      language: "Slovak (the Czech reader)",
      read: czechInEnglish,
      reads: [
        [
          "Ahoj, aký je rozdiel medzi NLP research scientist a multimodal AI research scientist? a ktorý z nich potrebuje PhD?",
          "hi, what is the difference between NLP research scientist and multimodal AI research scientist? and which of them needs PhD?",
        ],
        [
          "1 rok praxe jako junior python dev v Brně. která role je pro mě nejlepší start?",
          "1 years praxe jako junior python dev v Brně. which role is best for me?",
        ],
      ],
      leaves: ["which role is best for me?"],
    },
    {
      language: "Croatian",
      read: croatianInEnglish,
      reads: [
        [
          "Bok! Imam doktorat, 2 godine sam postdoc u Splitu / koliko zarađuje NLP research scientist a koliko multimodal? / a koji je bolji za mene?",
          "hi! i have a doktorat, i have been 2 years postdoc in Split / what is the salary of NLP research scientist and what is the salary of multimodal? / and which is better for me?",
        ],
      ],
      leaves: ["koliko?", "what does a lead ML architect do in Zagreb?"],
    },
    {
      language: "Romanian",
      read: romanianInEnglish,
      reads: [
        [
          "Sunt data engineer de 4 ani, am și un master. Cu Kubernetes n-am lucrat niciodată. Ce îmi lipsește pentru lead ML architect?",
          "i have been data engineer for 4 years, i also have a master. never used Kubernetes. what am i missing for lead ML architect?",
        ],
      ],
      leaves: ["Care e salariul?", "which role fits me, I have 5 years as a dev"],
    },
    {
      language: "Ukrainian and Russian",
      read: ukrainianRussianInEnglish,
      reads: [
        [
          "Що таке lead ML architect? і скільки платять? Docker взагалі не чіпав",
          "what is lead ML architect? і salary? never used Docker",
        ],
        [
          "Яка різниця між NLP research scientist і multimodal? Хто з них більше заробляє?",
          "what is the difference between NLP research scientist і multimodal? which of them earns more?",
        ],
        // A team lead's years, of the years told; "чи" between two names is "or".
        ["10 років .NET, з них 3 роки тімлідом", "10 років .NET, led a team for 3 years"],
        ["хтось знає як в EPAM чи GlobalLogic?", "does anyone know як в EPAM or GlobalLogic?"],
        // A city in the form the question puts it; Russian in Latin letters.
        [
          "скільки заробляє lead ML architect? а у Варшаві це так само?",
          "salary lead ML architect? а у Warsaw is it the same?",
        ],
        [
          "privet, kto takoi lead ML architect voobshche? chem zanimaetsya",
          "privet, what is lead ML architect voobshche? what does it do",
        ],
      ],
      leaves: ["what does a lead ML architect earn?"],
    },
    {
      language: "Darija in Latin letters",
      read: darijaInEnglish,
      reads: [
        [
          "salam, chno kaydir senior AI application engineer f nhar? w ch7al kaykhles?",
          "salam, what does senior AI application engineer do day to day? and how much does it pay?",
        ],
        // The writer's facts: a degree held, years of a job, a tool never used.
        [
          "3ndi licence f info, khdam comme dev PHP hadi 3 ans, 3omri ma sta3malt docker. chno na9esni?",
          "i have a bachelor's in info, worked as dev PHP for 3 years, never used docker. what am i missing?",
        ],
      ],
      leaves: ["I have a master and 3 years as a dev, what am i missing?", "ya bot, el mortab kam f amrika?"],
    },
    {
      language: "Arabic script",
      read: arabicInEnglish,
      reads: [
        [
          "ايه الفرق بين الـ lead ML architect والـ NLP research scientist؟ مين فيهم محتاج دكتوراه؟",
          "what is the difference between الـ lead ML architect والـ NLP research scientist؟ which of them requires a PhD ؟",
        ],
      ],
      leaves: ["lo siento, what is the pay?"],
    },
    {
      language: "dictated or autocorrected English",
      read: voiceTypedAsMeant,
      reads: [
        [
          "so um i'm a data analyst, never touched cooper netties, uh, what am i missing for lead em el architect",
          "so i'm a data analyst, never touched Kubernetes, what am i missing for lead ML architect",
        ],
        ["pie torch or tensor flow which one", "PyTorch or tensor flow which one"],
        [
          "what is the sally for entry level a i engineer, self top developer with no deg ree, python and sequel",
          "what is the salary for entry level AI engineer, self-taught developer with no degree, python and SQL",
        ],
      ],
      leaves: [
        "the umbrella term for ML roles",
        "a hummingbird of a salary",
        // Portuguese "um" is "a", no filler.
        "alguém me passa um código em python? é pro meu TCC",
      ],
    },
    {
      language: "Swahili and Sheng",
      read: swahiliInEnglish,
      reads: [
        // An age ("nina miaka 30": I am 30), years of a job, no degree, and the question.
        [
          "sasa, nina miaka 30, nimefanya kazi kama data analyst kwa miaka 4, sina degree. entry level AI engineer mshahara ni kiasi gani?",
          "sasa, i am 30 years old, i worked as data analyst for 4 years, no degree. entry level AI engineer salary how much?",
        ],
      ],
      leaves: ["na nini?", "what does an NLP research scientist earn in Nairobi?"],
    },
    {
      language: "Swahili, an age and a question",
      read: swahiliInEnglish,
      reads: [["Nina miaka 42, si ni late sana?", "i am 42 years old, is it too late?"]],
      leaves: [],
    },
    {
      language: "Chinese",
      read: chineseInEnglish,
      reads: [
        // The writer's facts: a degree held, years of work, years leading, a tool never used; then the question.
        [
          "我本科毕业，在腾讯做了3年后端，其中带 team 1年，完全没用过 Docker。lead ML architect 还差啥？",
          "bachelor's, 在腾讯 worked for 3 years 后端, led a team for 1 years, never used Docker. lead ML architect what am i missing?",
        ],
        // Cantonese: a master's under way, years in Chinese numerals.
        [
          "我讀緊 master，之前做咗兩年 QA。entry level AI engineer 我夠唔夠資格？",
          "我 i am studying for a master's, 之前 worked for 2 years QA. entry level AI engineer 我 am i qualified?",
        ],
        // "一年能赚多少" asks a year's pay: no years of work told.
        [
          "在新加坡做 NLP research scientist 一年能赚多少?",
          "在新加坡做 NLP research scientist 一年 how much does it earn?",
        ],
      ],
      // Japanese writes Chinese characters too.
      leaves: ["AIエンジニアの年収はいくら？", "what does a lead ML architect earn?"],
    },
    {
      language: "Hindi in Devanagari",
      read: hindiDevanagariInEnglish,
      reads: [
        ["लीड एमएल आर्किटेक्ट की ज़िम्मेदारियाँ क्या हैं?", "lead ML architect की responsibilities what is?"],
        ["मशीन लर्निंग आर्किटेक्ट के काम में सबसे बड़ी चुनौतियाँ क्या हैं?", "machine learning architect के काम में challenges what is?"],
        // The catalogue asked; experience and pay asked in one breath; a son's advice told, not asked.
        ["इस बॉट को किन-किन करियर के बारे में जानकारी है?", "इस बॉट को which careers do you know about?"],
        [
          "Lead ML Architect बनने के लिए कितने साल का अनुभव चाहिए और सैलरी कितनी होती है?",
          "Lead ML Architect to become how many years of experience needed and what is the salary?",
        ],
        ["मेरा बेटा कहता है मुझे भी AI सीखना चाहिए।", "मेरा बेटा says i should learn AI too ।"],
      ],
      leaves: ["lead ML architect ki salary kitni hai?"],
    },
    {
      language: "Nordic and Baltic languages",
      read: nordicBalticInEnglish,
      reads: [
        // Lithuanian and Latvian.
        [
          "Kiek uždirba Lead ML architect? Gyvenu Vilniuje",
          "what is the salary of Lead ML architect? Gyvenu in Vilnius",
        ],
        [
          "Kāda izglītība vajadzīga Multimodal AI Research Scientist amatam?",
          "what degree is needed for Multimodal AI Research Scientist?",
        ],
        ["Vad saknar jag för lead ML architect?", "what am i missing for lead ML architect?"],
        ["Mitä NLP research scientist tienaa?", "salary of NLP research scientist?"],
        // "Ingen doktorsexamen" holds no PhD.
        [
          "Jag har en master, ingen doktorsexamen. Vilken av rollerna kräver PhD?",
          "Jag har en master, no PhD. which of the roles requires PhD?",
        ],
      ],
      leaves: ["har roz kya karna padta hai ja ke?", "what does a lead ML architect earn?"],
    },
    {
      language: "Thai",
      read: thaiInEnglish,
      reads: [
        // A degree asked about, and one weighed, are not held.
        ["แล้วต้องจบ ป.เอก เลยไหม หรือ ป.โท ก็พอ", "and is a PhD required? or is a master's enough?"],
        [
          "ผมทำ data engineer มา 6 ปีครับ (ในนั้นเป็น team lead 3 ปี) จบ ป.ตรี ขาดอะไรบ้าง",
          "ผม i worked as data engineer for 6 years ( led a team for 3 years ) i have a bachelor's what am i missing",
        ],
      ],
      leaves: ["what does a lead ML architect earn?"],
    },
    {
      language: "Turkish",
      read: turkishInEnglish,
      reads: [
        // Questions of the Turkish Discord set: list the roles, responsibilities, how long, the market, the gap.
        [
          "kanka 5 rolü listeler misin? hangisi en çok para veriyor bi de?",
          "kanka list the roles? which pays the most? also?",
        ],
        [
          "abi ben universiteyi biraktim. entry level ai engineer icin ne eksigim var",
          "ben universiteyi dropped out. entry level ai engineer for what am i missing",
        ],
        // With and without its letters.
        [
          "hocam lead ml architect maaşı ne kadar? bi de kaç yıl deneyim istiyorlar",
          "lead ml architect salary how much? also how many years experience require",
        ],
        // A friend's PhD is the friend's; "PhD yok" is no PhD.
        [
          "Arkadaşımın doktorası var, ben sadece lisans mezunuyum. PhD yok, master yok",
          "my friend has a phd var, ben only a bachelor's mezunuyum. no PhD, no master",
        ],
        [
          "NLP research scientist mi multimodal mı daha cok kazaniyor?",
          "NLP research scientist or multimodal earns more?",
        ],
        [
          "Multimodal AI Research Scientist olmak için doktora şart mı?",
          "for Multimodal AI Research Scientist is a phd required?",
        ],
        // The writer's facts: years, years leading, a degree held, a skill never used.
        [
          "9 yıldır yazılımcıyım, son 2 yıldır ekibi yönetiyorum. Yüksek lisansım var, Docker'ı hiç kullanmadım.",
          "for 9 years yazilimciyim, led a team for 2 years. i have a master's, never used Docker.",
        ],
        // A brother's PhD stays his.
        ["abim doktorali, ben lisans mezunuyum", "my brother has a phd, ben i have a bachelor's"],
      ],
      leaves: [
        // A Turkish place name in an English message, and Polish "mi".
        "IE degree from Boğaziçi (bachelor's), which role fits me best?",
        "Czy pasuję na NLP Research Scientist? Czego mi brakuje?",
      ],
    },
    {
      language: "Egyptian Arabizi",
      read: arabiziInEnglish,
      reads: [
        [
          "ya gama3a el lead ml architect by3mel eh f yomo? w el mortab kam f amrika?",
          "the lead ml architect what do they do day to day? and salary how much in the US?",
        ],
        // The writer's facts; a brother's PhD ("m3ah", with him) stays his.
        [
          "ana ba4ta8al backend f bank b2ali 6 snin. 3omry ma lmast kubernetes. lead ml architect yenfa3?",
          "i worked as backend in bank for 6 years. never used kubernetes. lead ml architect can i do it?",
        ],
        // After what it is said of, "3ayez" is "requires".
        [
          "senior ai application engineer 3ayez kam sana exp?",
          "senior ai application engineer requires how many years exp?",
        ],
      ],
      leaves: [
        "el salario de un ML engineer en Madrid da para vivir?",
        "what does a lead ML architect do all day, eh?",
      ],
    },
    {
      language: "Québécois French",
      read: quebecoisInEnglish,
      reads: [
        [
          "salut, chu dev backend à la Banque Nationale depuis 7 ans, bac en info / c'est quoi qui me manque pour senior AI application engineer?",
          "salut, i'm dev backend à la Banque Nationale for 7 years, bachelor's en info / what am i missing pour senior AI application engineer?",
        ],
        ["c'est quoi la job la moins payante dans ta liste?", "what is the role that pays the least dans ta liste?"],
      ],
      // French from France: its "bac" is the school-leaving exam, not a bachelor's.
      leaves: ["J'ai le bac depuis 2019, quel poste d'IA me conviendrait ?"],
    },
    {
      language: "Indonesian",
      read: indonesianInEnglish,
      reads: [
        [
          "entry level AI engineer tuh kerjaannya ngapain aja sih sehari2? trus gajinya brp",
          "entry level AI engineer what do they do day to day? and salary how much",
        ],
        // S1 is a bachelor's; a master's under way is not held; a brother's degree stays his.
        [
          "gue ML engineer udah 2 taun, S1 Ilkom. lagi ambil S2 part-time. abang gue S3 dari ITB",
          "i'm ML engineer 2 years, bachelor's Ilkom. studying for a master's part-time. my sibling has a PhD dari ITB",
        ],
        // Ages are no years of work; a child's age is the child's; "ga punya S1" is no degree.
        [
          "umur saya 41 tahun, anak saya baru 10 tahun, ga punya S1, ga pernah coding Python",
          "i am 41 years old, my kid is 10 years old, no degree, never used Python",
        ],
        // Malay: a nephew's age is his.
        [
          "Apa kelayakan untuk jadi NLP research scientist? Anak saudara saya (22 tahun) baru tamat ijazah linguistik",
          "what qualifications are needed for jadi NLP research scientist? my nephew is 22 years old baru tamat ijazah linguistik",
        ],
      ],
      leaves: ["what does a lead ML architect make, and do they need a PhD?"],
    },
    {
      language: "Bulgarian",
      read: bulgarianInEnglish,
      reads: [
        [
          "bratle kolko vzima lead ml architect? i kolko godini opit tryabva? pitam za sofia",
          "bratle what is the salary of lead ml architect? and how many years of experience are needed? in sofia",
        ],
        [
          "Здравейте, от 5 години съм QA в аутсорсинг фирма, последните 2 от тях правя автоматизация. Нямам висше образование. Какво ми липсва за entry level AI engineer?",
          "Здравейте, i have been for 5 years QA в аутсорсинг фирма, the last 2 years of them правя автоматизация. no degree. what am i missing for entry level AI engineer?",
        ],
      ],
      leaves: [
        "what does a lead ML architect make, and do they need a PhD?",
        "Me fala sobre o multimodal AI research scientist. E quanto ganha?",
        "Привет, сколько получает lead ML architect?",
      ],
    },
    {
      language: "Albanian",
      read: albanianInEnglish,
      reads: [
        [
          "Kam bachelor në informatikë dhe 1 vit si developer Java. Sa paguhet një entry level AI engineer? Dhe a më duhet master apo mjafton bachelori?",
          "i have a bachelor in informatikë and 1 years as developer Java. what is the salary of entry level AI engineer? and do i need a master or is a bachelor's enough?",
        ],
      ],
      leaves: [
        "what does a lead ML architect make, and do they need a PhD?",
        "Me fala sobre o multimodal AI research scientist. E quanto ganha?",
        "Привет, сколько получает lead ML architect?",
      ],
    },
    {
      language: "Haitian Creole",
      read: haitianCreoleInEnglish,
      reads: [
        [
          "Mwen se yon home health aide depi 5 an, mwen pa gen diplòm kolèj. Konbyen kòb yon multimodal AI research scientist fè pa ane?",
          "i am a home health aide for 5 years, i have no degree. how much money yon multimodal AI research scientist make a year?",
        ],
      ],
      leaves: [
        "what does a lead ML architect make, and do they need a PhD?",
        "Me fala sobre o multimodal AI research scientist. E quanto ganha?",
      ],
    },
    {
      language: "Punjabi in Latin letters",
      read: punjabiLatinInEnglish,
      reads: [
        [
          "Lead ML architect layi kehdi degree chahidi aa? main Calgary ch rehnda haan",
          "which degree is required for Lead ML architect? main i live in Calgary",
        ],
        [
          "2 saal Java developer da tajurba aa. Senior AI application engineer banan layi kinne saal da experience chahida hunda?",
          "2 years of experience as Java developer aa. how many years of experience are required for Senior AI application engineer?",
        ],
      ],
      leaves: [
        "what does a lead ML architect make, and do they need a PhD?",
        "mujhe lead ML architect ki salary bata do, aur kitne saal ka experience chahiye?",
      ],
    },
    {
      language: "te reo Māori and Samoan",
      read: pacificInEnglish,
      reads: [
        [
          "Kia ora! He aha te utu mō te kaipūtaiao rangahau NLP? Kei Aotearoa ahau e noho ana.",
          "Kia ora! what is the salary of a NLP research scientist? in New Zealand ahau e noho ana.",
        ],
      ],
      leaves: ["what does a lead ML architect make, and do they need a PhD?", "ka pai, thanks"],
    },
    {
      language: "Greek",
      read: greekInEnglish,
      reads: [
        [
          "re paidia posa pairnei enas nlp research scientist? kai ti ptyxio xreiazetai? exw ptyxio pliroforikis apo to AUTH",
          "re paidia what is the salary of a nlp research scientist? and what degree is needed? i have a bachelor's pliroforikis apo to AUTH",
        ],
        [
          "Ποιες είναι οι μεγαλύτερες προκλήσεις για έναν lead ML architect; Και τι εργαλεία χρησιμοποιούν για MLOps;",
          "what are the biggest challenges for a lead ML architect; and which tools do they use for MLOps;",
        ],
      ],
      leaves: [
        "what does a lead ML architect make, and do they need a PhD?",
        "Me fala sobre o multimodal AI research scientist. E quanto ganha?",
        "Привет, сколько получает lead ML architect?",
      ],
    },
    {
      language: "Hungarian",
      read: hungarianInEnglish,
      reads: [
        [
          "5 év QA, utána 2 év automation engineer Budapesten. mit kell tanulni entry level AI engineerhez?",
          "5 years QA, then 2 years automation engineer Budapesten. what should i learn for entry level AI engineerhez?",
        ],
        [
          "bocs, nem 2 hanem 3 év automation volt. és mennyit keresnek ezek itt?",
          "sorry, actually 3 as automation, not 2. and what is the salary?",
        ],
      ],
      leaves: [
        "what does a lead ML architect make, and do they need a PhD?",
        "Me fala sobre o multimodal AI research scientist. E quanto ganha?",
        "Привет, сколько получает lead ML architect?",
      ],
    },
    {
      language: "Persian in Latin letters (Finglish)",
      read: finglishInEnglish,
      reads: [
        [
          "man 4 sal backend (django/postgres) kar kardam, bad 2 sal ML too ye startup. lisans computer daram, arshad nadaram. hoghoghe paye chande? chand sal sabeghe mikhan?",
          "i 4 years backend (django/postgres), then 2 years ML too ye startup. i have a bachelor's in computer, no master's. what is the base salary? how many years of experience are needed?",
        ],
        [
          "kubernetes ro aslan balad nistam. mitunam lead ML architect besham?",
          "never used kubernetes. mitunam lead ML architect besham?",
        ],
        [
          "bebakhshid eshtebah goftam: arshad na, doktora daram (PhD). va 3 sale data scientist hastam na 5. hala chi?",
          "sorry, correction: : not a master's, i have a PhD (PhD). va 3 years as data scientist, not 5. so what now?",
        ],
      ],
      leaves: [
        "what does a lead ML architect make, and do they need a PhD?",
        "Me fala sobre o multimodal AI research scientist. E quanto ganha?",
        "Docker'ı hiç kullanmadım, lead ML architect için ne lazım?",
      ],
    },
    {
      language: "Azerbaijani and Uzbek",
      read: turkicInEnglish,
      reads: [
        [
          "Salam. 6 il data engineer kimi işləmişəm (Spark, Airflow, SQL), bunun son 2 ilində komanda rəhbəri olmuşam. Magistr dərəcəm var. Kubernetes bilmirəm. Lead ML Architect olmaq üçün nəyim çatışmır?",
          "Salam. i worked as data engineer for 6 years (Spark, Airflow, SQL), the last 2 years i led a team. i have a master's. never used Kubernetes. Lead ML Architect what am i missing to become it?",
        ],
        [
          "Toshkentdaman, hozir TATUda magistraturada o'qiyapman (2-kurs), undan oldin 1 yil Java dasturchi bo'lib ishlaganman. NLP Research Scientist bo'lish uchun PhD shartmi? Maoshi qancha bo'ladi?",
          "Toshkentdaman, hozir TATUda i am studying for a master's, undan oldin i worked as Java for 1 years. NLP Research Scientist is a PhD required? what is the salary?",
        ],
      ],
      leaves: [
        "what does a lead ML architect make, and do they need a PhD?",
        "Me fala sobre o multimodal AI research scientist. E quanto ganha?",
        "Docker'ı hiç kullanmadım, lead ML architect için ne lazım?",
      ],
    },
    {
      language: "isiZulu, Sesotho and the other Southern African languages",
      read: southernAfricanInEnglish,
      reads: [
        [
          "Sawubona! Ngisebenza njenge-data analyst eThekwini iminyaka emi-2, ngiyakwazi i-SQL ne-Python. Angizange ngiye enyuvesi, ngine-matric kuphela. Ngidinga iziqu ezinjani?",
          "Sawubona! Ngisebenza njenge-data analyst eThekwini for 2 years, ngiyakwazi i-SQL ne-Python. no degree, ngine-matric kuphela. what degree is needed?",
        ],
        [
          "Dumelang! Ke na le BSc ho tswa NUL, mme ke sebeditse dilemo tse 3 e le software developer. Ke batla ho ba NLP research scientist - moputso ke bokae, mme na ke hloka Master's?",
          "Dumelang! i have a BSc ho tswa NUL, and i have worked 3 years e le software developer. Ke batla ho ba NLP research scientist - salary how much, and do i need Master's?",
        ],
      ],
      leaves: [
        "what does a lead ML architect make, and do they need a PhD?",
        "Me fala sobre o multimodal AI research scientist. E quanto ganha?",
        "Docker'ı hiç kullanmadım, lead ML architect için ne lazım?",
      ],
    },
    {
      language: "Nepali",
      read: nepaliInEnglish,
      reads: [
        // Years of service, a BE (a bachelor's), what the writer knows and does not; the Nepali "ma" ("in") stays.
        [
          "ma 7 barsa dekhi Ministry of Finance ma IT officer chu, BE computer IOE bata gareko. python ra SQL ali ali aaucha tara docker, kubernetes kehi aaudaina",
          "i for 7 years Ministry of Finance ma IT officer chu, a bachelor's in computer IOE bata gareko. i know python and SQL but, never used docker, kubernetes",
        ],
        [
          "entry level AI engineer ko salary kati huncha, ani kun kun programming language sikna parcha?",
          "entry level AI engineer salary how much?, and which programming language do i need to learn?",
        ],
        // Devanagari digits; "aaucha ki aaudaina" (comes up or not) is no skill known or lacked.
        [
          "म १० वर्षदेखि काम गर्दैछु। NLP research scientist को तलब कति हुन्छ? अनि कस्तो डिग्री चाहिन्छ?",
          "i for 10 years काम गर्दैछु। NLP research scientist को salary how much? and what degree is needed?",
        ],
        [
          "Lok Sewa ko exam ma machine learning ko prashna aaucha ki aaudaina? kasari tayari garne hola",
          "Lok Sewa ko exam ma machine learning ko prashna or not? kasari tayari garne hola",
        ],
      ],
      leaves: [
        "what does a lead ML architect make, and do they need a PhD?",
        "मुझे लीड एमएल आर्किटेक्ट बनना है, कितना समय लगेगा?",
      ],
    },
    {
      language: "Sinhala",
      read: sinhalaInEnglish,
      reads: [
        [
          "මම අවුරුදු 8ක් තිස්සේ වැඩ කරනවා. Multimodal AI research scientist කෙනෙකුට වැටුප කීයද? PhD එකක් අනිවාර්යද?",
          "i for 8 years වැඩ කරනවා. Multimodal AI research scientist කෙනෙකුට salary how much? PhD එකක් is it required?",
        ],
      ],
      leaves: ["what does a lead ML architect make, and do they need a PhD?"],
    },
    {
      language: "Kazakh",
      read: kazakhInEnglish,
      reads: [
        // "мен" is "I", and "and" between two words.
        [
          "Салем, мен Алматыда data scientist болып 3 жыл жұмыс істеймін, python мен sql білемін. Lead ML architect болу үшін маған не жетіспейді?",
          "Салем, i Алматыда i have worked as data scientist for 3 years, i know python and sql. Lead ML architect to become what am i missing?",
        ],
        [
          "Сәлем! NLP research scientist қанша жалақы алады? Және оған қандай білім керек?",
          "Сәлем! NLP research scientist salary how much? and оған what degree is needed?",
        ],
      ],
      // Russian has none of Kazakh's own letters.
      leaves: ["Привет, сколько получает lead ML architect?"],
    },
  ];

describe.each(READERS)("$language read in English words", ({ read, reads, leaves }) => {
  it.each(reads)("%s", (written, english) => {
    expect(read(written)).toBe(english);
  });

  it.each(leaves)("leaves a message that is not in it as it is: %s", (text) => {
    expect(read(text)).toBe(text);
  });
});

describe("stage 0 of the pipeline", () => {
  it("passes a message in English through every reader unchanged", () => {
    const text = "whats the pay for lead ml architect and do i need a phd and how many yrs exp";
    expect(inEnglishWords(text)).toBe(text);
  });

  it("answers each question of a Vietnamese message, in order, with the writer's facts", () => {
    const reply = bot.reply(
      "mình 6 năm làm backend, có bằng thạc sĩ, chưa dùng Kubernetes bao giờ. lương lead ML architect bao nhiêu? cần mấy năm kinh nghiệm?",
    );
    expect(reply.parts.map((p) => [p.intent, p.roleIds])).toEqual([
      ["salary", ["lead-ml-architect"]],
      ["qualifications", ["lead-ml-architect"]],
    ]);
    expect(reply.understanding.profile).toMatchObject({ degree: "master", years: 6, lacks: ["Kubernetes"] });
  });
});

describe("the readers' patterns", () => {
  // Compiled when first used (PendingRewrite), so a mistyped one would fail only on a message of its language.
  it("all compile", () => {
    expect(pendingRewrites.length).toBeGreaterThan(300);
    const broken = pendingRewrites.filter((rewrite) => {
      try {
        return !(rewrite.pattern instanceof RegExp);
      } catch {
        return true;
      }
    });
    expect(broken.map((r) => r.source)).toEqual([]);
  });
});
