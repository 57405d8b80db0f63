import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Ukrainian and Russian (many people here write both, or mix them), read in English words: "Що таке multimodal AI
 * research scientist? і скільки платять" is read as "what is multimodal AI research scientist? and salary". Only the
 * phrases that carry the question or the writer's facts are read; the rest stays in Cyrillic, which the later stages
 * pass over.
 */
const CYRILLIC = /[\u0400-\u04ff]/;

/** The writer's facts, in the word order the profile reads; run before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "Я постдок, 2 года после защиты" (I'm a postdoc, 2 years after my defence): a PhD held.
  phrase("я постдок|я postdoc|сейчас постдок|зараз постдок", " i'm a postdoc "),
  phrase("после защиты|після захисту", " after my phd defense "),
  // "я кандидат наук (это как PhD)": the Russian doctorate, a PhD held.
  phrase("я кандидат наук|я кандидат технических наук|я кандидат физико-математических наук", " i have a phd "),
  phrase("я аспирант|я аспірант|я аспирантка|я аспірантка", " i'm a phd student "),
  // "з них 3 роки тімлідом" (3 of them as team lead).
  rule(
    String.raw`(?<![\p{L}])(?:з них|из них) (\d+) (?:роки|років|рік|года|лет|год)? ?(?:тімлідом|тимлидом|тімлід|тимлид|лідом|лидом|team lead\p{L}*|керівником|руководителем)`,
    " led a team for $1 years ",
  ),
  // "але AI/NLP — нуль" (but AI/NLP: zero): none of it.
  rule(String.raw`(?<![\p{L}])([A-Za-z][\w/+#.-]*)\s*[—–:-]\s*(?:нуль|ноль|0)(?![\p{L}\d])`, " zero $1 "),
  // "ML взагалі не чіпав" (never touched ML), "Docker не использовал".
  rule(
    String.raw`(?<![\p{L}])([a-z][\w+#.]*) (?:взагалі |вообще |ніколи |никогда )?не (?:чіпав|чіпала|торкався|трогал|трогала|використовував|використовувала|использовал|использовала|юзав|юзал|працював з|работал с)(?![\p{L}])`,
    " never used $1 ",
  ),
  phrase(
    "без вищої освіти|без высшего образования|без диплому|без диплома|без вишки|без вышки|вышки нет|вишки немає|вищої освіти немає|высшего нет|незакінчена вища|незаконченное высшее|неоконченное высшее",
    " no degree ",
  ),
  // "кум має PhD" (my godfather has a PhD), "дружина має PhD": someone else's degree.
  rule(
    String.raw`(?<![\p{L}])(?:мій |моя |мой )?(кум|кума|дружина|жена|чоловік|муж|друг|подруга|брат|сестра|колега|коллега)(?: має| имеет| має ступінь| есть)? (phd|ph\.d|магістр\p{L}*|магистр\p{L}*|кандидат\p{L}*)`,
    " my friend has a $2 ",
  ),
  // "Маю магістра з радіофізики" (I have a master's in radiophysics), "у меня магистр": a degree held.
  phrase(
    "маю магістра|маю ступінь магістра|у мене магістр\\p{L}*|у меня магистр\\p{L}*|есть магистр\\p{L}*|я магістр|я магистр",
    " i have a master's ",
  ),
  phrase("маю бакалавра|у мене бакалавр\\p{L}*|у меня бакалавр\\p{L}*|я бакалавр", " i have a bachelor's "),
  // "3 роки досвіду" (3 years of experience).
  rule(
    String.raw`(?<![\p{L}\d])(\d+) (?:роки|років|рік|года|лет|год) (?:досвіду|опыта)(?![\p{L}])`,
    " $1 years of experience ",
  ),
  // "последние 7 руковожу ИТ-отделом" (the last 7 I've run the IT department).
  rule(
    String.raw`(?<![\p{L}])(?:последние|останні) (\d+)(?: лет| года| год| років| роки)? (?:руковожу|руковожу|управляю|возглавляю|керую|очолюю)(?![\p{L}])`,
    " leading a team for the last $1 years ",
  ),
  // "з них 3 роки лід команди" (3 of them leading the team).
  rule(
    String.raw`(?<![\p{L}])(?:з них|из них) (\d+) (?:роки|років|рік|года|лет|год) (?:лід|лид)\p{L}*`,
    " led a team for $1 years ",
  ),
];

/** Cities in Cyrillic, in the forms a sentence puts them, and their names. */
const CYRILLIC_PLACES: Record<string, string> = {
  "варшав[аіиуе]|варшавою|варшавой": "Warsaw",
  "київ|києві|киев[ае]?|києва": "Kyiv",
  "мінськ[уа]?|минск[еа]?": "Minsk",
  "львів|львові|львов[еа]?": "Lviv",
  "краків|кракові|краков[еа]?": "Krakow",
  "берлін[іа]?|берлин[еа]?": "Berlin",
  "тбілісі|тбилиси": "Tbilisi",
  "алмат[иы]|алматы": "Almaty",
  "вільнюс[іа]?|вильнюс[еа]?": "Vilnius",
};

/**
 * Russian in Latin letters ("privet, kto takoi lead ML architect voobshche? chem zanimaetsya"): the phrases that
 * carry the question.
 */
const TRANSLITERATED_RUSSIAN =
  /(?<![\p{L}])(?:privet|voobshche|voobshe|skolko|kakie|kakoi|kakoy|nado|nuzhny|nuzhen|zanimaetsya|ili net|kto takoi|kto takoy|platyat|opyta|eshche|chem|nikogda|spisok|let|goda|ne hvataet|ne khvataet|est'|ne znayu|esli|rabotayu|cifry|tsifry|ravno|podhodit|shto|matan|krome|opyt|pryvit|shcho|treba|rokiv|dosvidu|magisterka|bakalavr)(?![\p{L}])/giu;
const TRANSLITERATED: readonly Rewrite[] = [
  phrase("kto takoi|kto takoy|chto takoe", " what is "),
  phrase("chem (?:on |oni )?zanimaetsya|chem zanimayutsya", " what does it do "),
  phrase(
    "skolko let opyta (?:nado|nuzhno)|(?:a )?opyt skolko let (?:nuzhen|nado|nuzhno)|skilky rokiv dosvidu treba",
    " how many years of experience are needed ",
  ),
  // "i nuzhen li PhD ili mozhno bez nego" (and is a PhD needed or can one do without), "i chy treba magisterka" (and
  // is a master's needed): a second question.
  phrase("(?:i |a )?nuzhen li ([\\w.']+)(?: ili mozhno bez nego)?", ", and is a $1 needed "),
  phrase("(?:i )?chy treba (?:mati )?magisterk\\w*", ", and is a master's needed "),
  phrase("a to ya (?:tolko |tilky )?bakalavr", ". i only have a bachelor's "),
  // "shcho treba vmity dlia" (what one must be able to do for): the skills.
  phrase("shcho treba (?:vmity|znaty)(?: dlia| dlya)?", " what skills are needed for "),
  phrase("(\\d+) rokiv dosvidu", " $1 years of experience "),
  phrase("skolko (?:im )?platyat|skolko zarabatyvaet|skolko poluchaet", " salary "),
  phrase("kakie tools nado znat|kakie instrumenty nado znat|kakoi stack", " which tools are needed "),
  phrase("(?:a )?sertifikaty(?: kakie-to)? nuzhny(?: ili net)?", " are certifications needed "),
  phrase("kakie skilly nado(?: dlya)?", " which skills are needed for "),
  // "kubernetes nikogda ne trogal" (never touched kubernetes), "kubernetes voobshche ne znayu" (don't know it at all).
  phrase(
    "([a-z][\\w+#.-]*) (?:nikogda ne (?:trogal|trogala|ispolzoval|ispolzovala|rabotal s nim)|voobshche ne znayu|voobshe ne znayu|ne znayu)",
    " never used $1 ",
  ),
  // "kakie voobshe roli ty znaesh? daj spisok" (which roles do you know at all? give a list).
  phrase("kakie (?:voobshche |voobshe )?roli (?:ty )?znaesh", " which roles do you know "),
  phrase("daj spisok|dai spisok", " list them "),
  // "est' AWS, Airflow, Spark" (I have AWS, Airflow, Spark).
  phrase("u menya est'|est'|yest'", " i have "),
  // "chego mne ne hvataet dlya" (what am I missing for), "7 let opyta, 2 goda tim lid" (7 years, 2 as team lead).
  phrase("chego mne ne (?:hvataet|khvataet)", " what am i missing "),
  // "kakaya iz etih AI rolej mne realno podhodit dlya starta?" (which of these roles really fits me to start?).
  phrase("(?:kakaya|kotoraya) iz (?:etih|nih) (?:\\w+ )?rol\\w*(?: mne)?(?: realno)? podhodit", " which role fits me "),
  // "a esli ya v Belgrade rabotayu, eto vse ravno te zhe cifry?" (if I work in Belgrade, are those the same figures?).
  phrase("te zhe cifry|te zhe tsifry|te zhe zarplaty", " the same salary figures "),
  phrase("matan nuzhen|matematika nuzhna", " is math needed "),
  phrase("krome pitona|krome python", " besides python "),
  phrase("shto nado znat|chto nado znat", " what skills are needed "),
  phrase("(\\d+) (?:let|goda|god) opyta", " $1 years of experience "),
  phrase("(\\d+) (?:goda|let|god) (?:tim ?lid|team ?lead|timlid)", " led a team for $1 years "),
];

const WORDS: readonly Rewrite[] = [
  phrase("що таке|что такое", " what is "),
  phrase(
    "какой карьерный путь|який кар'єрний шлях|карьерный путь|кар'єрний шлях|карьерная лестница",
    " what is the career path ",
  ),
  phrase(
    "сколько лет (?:обычно )?на каждом этапе|скільки років (?:зазвичай )?на кожному етапі",
    " how many years at each level ",
  ),
  rule(
    "(?<![\\p{L}])(?:чем|чим) (?:конкретно |вообще |взагалі )?(?:занимается|займається) ([^?.!]+?)(?=\\s+[иі]\\s+(?:какие|які|сколько|скільки|где|де|нужен|нужна|потрібен)|[?.!]|$)",
    " what does $1 do ",
  ),
  // "Чи варто йти в ML і з якої ролі почати?" (is ML worth it, and which role should I start with?).
  phrase("з якої ролі почати|с какой роли начать", " which role should i start with "),
  phrase(
    "чи можна працювати віддалено|можна працювати віддалено|можно ли работать удаленно|можно работать удаленно|можно ли работать удалённо",
    " can you work remotely ",
  ),
  phrase(
    "скільки (?:їм )?платять|сколько (?:им )?платят|скільки заробляє|сколько зарабатывает|скільки отримує|сколько получает",
    " salary ",
  ),
  phrase("скільки років треба|сколько лет нужно|сколько лет надо", " how many years of experience are needed "),
  phrase("щоб стати|чтобы стать", " to become "),
  // "Чи обов'язково мати PhD, щоб стати ..." (is it required to have a PhD to become ...): a question about the role.
  phrase(
    "чи (?:обов['’ʼ]язково|потрібно|треба) мати|(?:обязательно|нужно|надо) (?:ли )?иметь|нужен ли|нужна ли",
    " is it required to have a ",
  ),
  phrase("що робити на entry етапі|что делать на entry этапе", " how to grow from entry level "),
  phrase(
    "яка роль(?: з цих (?:п'яти|пʼяти|п’яти))? мені(?: реально| найкраще)? підходить|какая роль мне (?:реально |лучше всего )?подходит",
    " which role fits me ",
  ),
  phrase("чи підходжу(?: я)? на|підходжу на|подхожу ли я на|подхожу на", " am i a fit for "),
  // "Тобто не підходжу?" (so I'm not a fit?): the gap to the role in view.
  phrase(
    "тобто (?:я )?не підходжу|то есть (?:я )?не подхожу|значит (?:я )?не подхожу",
    " so what am i missing for it ",
  ),
  phrase("скільки ще треба до|сколько еще нужно до|сколько ещё нужно до", " what am i missing for "),
  phrase("що прокачати|что прокачать", " what am i missing "),
  phrase("який сертифікат брати першим|какой сертификат брать первым", " which certification first "),
  phrase("сертифікат|сертификат", " certification "),
  phrase("як (?:мені )?домовитися про зарплату|как (?:мне )?договориться о зарплате", " how do i negotiate my salary "),
  phrase("як рости|как расти", " how to grow "),
  phrase("з мідла до сеньйора|с мидла до сеньора", " from mid level to senior "),
  phrase("які soft skills потрібні|какие soft skills нужны", " what soft skills does it need "),
  phrase("хтось знає|кто-нибудь знает|кто знает", " does anyone know "),
  phrase(
    "яка різниця між|в чому різниця між|какая разница между|в чем разница между",
    " what is the difference between ",
  ),
  phrase(
    "хто з них більше заробляє|хто більше заробляє|кто из них больше зарабатывает|кто больше зарабатывает",
    " which of them earns more ",
  ),
  phrase("шо по трендам|що по трендах|что по трендам|тренди|тренды", " trends "),
  // "скільки років до senior?" (how many years until senior?): the ladder.
  phrase("скільки років до|сколько лет до", " how many years until "),
  phrase("скільки років|сколько лет", " how many years "),
  // "а по MLOps подробнее? и какой прогноз по рынку AutoML?" (and more on MLOps? what's the AutoML market forecast?).
  phrase("подробнее|подробніше|детальніше|детальнее", " more on it "),
  phrase("какой прогноз по рынку|який прогноз по ринку", " what is the market forecast for "),
  phrase("прогноз", " forecast "),
  phrase("по рынку|по ринку|рынок|ринок|рынка|ринку", " market "),
  phrase("це так само|это так же|это то же самое|це те саме", " is it the same "),
  // "бот, а ты вообще что умеешь?" (what can you do?), "тебя можно про релокацию спрашивать" (can I ask you about ...).
  phrase("что (?:ты )?умеешь|що (?:ти )?вмієш|ты что умеешь|ти що вмієш", " what can you do "),
  // "Яка роль з ваших мені найближча?", "какая роль мне подходит" (which role is closest to / fits me?).
  phrase(
    "яка роль з ваших мені найближча|яка роль мені найближча|какая роль мне ближе|какая роль мне подходит|яка роль мені підходить",
    " which role fits me ",
  ),
  // "Що взагалі робить senior AI application engineer?" (what does X actually do?).
  phrase("що взагалі робить|що робить|что вообще делает", " what are the duties of "),
  // "какие тулзы у него в стеке" (which tools are in its stack).
  phrase("какие тулзы|які тулзи|какие инструменты|які інструменти", " which tools "),
  // "какие там этапы по годам?" (what are the stages by years?): the career path.
  phrase("этапы по годам|етапи по роках|какие этапы|які етапи", " career path stages by years "),
  // "можно ли удалённо", "удалёнка там возможна?" (is remote possible?).
  phrase("удал[её]нк\\p{L}*|удал[её]нно", " remote "),
  // "столько же будет?" (will it be the same?).
  phrase("столько же будет|стільки ж буде", " is it the same pay "),
  // Places in the forms a question puts them ("у Варшаві", "в Варшаве"): their names, for the place stage.
  ...Object.entries(CYRILLIC_PLACES).map(([said, name]) => phrase(said, ` ${name} `)),
  // "EPAM чи GlobalLogic" (EPAM or GlobalLogic); at a question's start "чи" only asks.
  rule(String.raw`(?<=[A-Za-z0-9]\s)чи(?=\s)`, " or "),
  // "чем занимается X и какие тулзы у него в стеке?": "и" before a second question, read as ", and".
  rule(String.raw`(?<=\s)[иі](?=\s+(?:which|what|how|is|are|do|does)\b)`, ", and"),
];

/** The message in English words when it is written in Ukrainian or Russian; any other message as it is. */
const inCyrillic = languageReader((message) => CYRILLIC.test(message), STATEMENTS, WORDS);
const inLatinLetters = languageReader((message) => distinctWords(message, TRANSLITERATED_RUSSIAN) >= 2, TRANSLITERATED);
export const ukrainianRussianInEnglish = (message: string): string => inLatinLetters(inCyrillic(message));
