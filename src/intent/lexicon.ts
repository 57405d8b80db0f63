import { gated } from "../text/patternGate";
/** Words that make a question about AI/ML careers even without a cue; they never decide an intent. */
export const DOMAIN_WORDS = [
  "role",
  // "are the salary numbers in the guide for Kenya?": a question about the guide itself is in scope.
  "guide",
  // "does the 22% growth thing apply here?": the job growth the guide quotes.
  "growth",
  "ai",
  "ml",
  "machine learning",
  "artificial intelligence",
  "data",
  "model",
  "deep learning",
  "llm",
  "nlp",
  "data science",
  "engineer",
  "engineering",
  "scientist",
  "research",
  "career",
  "job",
];

/** Jobs outside tech: none of them can be a role of the guide. */
export const TRADES = new Set(
  `technician nurse doctor physician teacher professor plumber lawyer attorney accountant electrician chef cook pilot
  driver dentist pharmacist firefighter cashier carpenter mechanic barista writer artist actor farmer banker trader
  marketer recruiter salesperson clerk secretary receptionist janitor waiter waitress surgeon therapist psychologist
  veterinarian vet lifeguard baker butcher tailor welder miner soldier police judge journalist editor photographer
  musician singer dancer coach athlete`
    .split(/\s+/)
    .filter(Boolean),
);
/** Common job nouns: a role-style question naming one of these, and no role we hold, is about a job we lack. */
export const JOB_NOUNS = new Set([
  ...`engineer developer scientist analyst architect manager designer researcher consultant specialist administrator
  programmer director officer ceo cto cfo founder entrepreneur`
    .split(/\s+/)
    .filter(Boolean),
  ...TRADES,
]);

// ---------------------------------------------------------------------------------------------------------------
// Advice: the words that describe a person (their job, degree, skills, wishes) and what they ask of the roles.
// Matched on the lower-cased raw text, so "c++" and "ph.d" keep their punctuation.
// ---------------------------------------------------------------------------------------------------------------

/** Skills that stand in for one another: knowing PyTorch meets "machine learning frameworks". */
export type SkillFamily = "language" | "framework" | "cloud" | "math";

/** `fromMlWork`: years of ML work show it, whether or not the person names it. */
export const SKILL_TERMS: readonly { name: string; aliases: string[]; family?: SkillFamily; fromMlWork?: boolean }[] = [
  // Polish declines it: "w Pythonie", "znam Pythona".
  {
    name: "Python",
    aliases: ["python", "pythonie", "pythona", "pythonem", "pythonu", "pandas", "numpy", "파이썬", "パイソン"],
    family: "language",
  },
  { name: "Java", aliases: ["java"], family: "language" },
  // No role asks for it, so no family: it stands in for none of the guide's languages.
  { name: "JavaScript", aliases: ["javascript", "js", "node.js", "nodejs"] },
  { name: "TypeScript", aliases: ["typescript"] },
  { name: "HTML", aliases: ["html", "html5"] },
  { name: "CSS", aliases: ["css", "css3"] },
  { name: "Linux", aliases: ["linux", "bash", "shell scripting"] },
  { name: "C#", aliases: ["c#", "csharp", ".net", "dotnet"] },
  { name: "C++", aliases: ["c++", "cpp"], family: "language" },
  // A bare "r" is also chat for "are" ("what r the ..."): skills.ts reads it as R only inside a list of skills.
  { name: "R", aliases: ["r language", "r programming", "rstudio", "tidyverse"], family: "language" },
  { name: "Scala", aliases: ["scala"], family: "language" },
  // No role asks for these: they stand in for none of the guide's languages. A bare "go" is a verb: skills.ts reads it
  // as Go only inside a list of skills.
  { name: "Kotlin", aliases: ["kotlin"] },
  { name: "Go", aliases: ["golang"] },
  { name: "Rust", aliases: ["rust"] },
  { name: "PHP", aliases: ["php", "laravel"] },
  { name: "Ruby", aliases: ["ruby", "ruby on rails"] },
  { name: "SAS", aliases: ["sas"] },
  { name: "COBOL", aliases: ["cobol"] },
  { name: "Spark", aliases: ["spark", "pyspark", "apache spark"] },
  { name: "SQL", aliases: ["sql", "postgres", "postgresql", "mysql", "sql server"] },
  { name: "TensorFlow", aliases: ["tensorflow", "tensor flow", "keras", "tf"], family: "framework" },
  { name: "PyTorch", aliases: ["pytorch", "torch"], family: "framework" },
  { name: "Scikit-learn", aliases: ["scikit-learn", "scikit learn", "sklearn", "scikit"], family: "framework" },
  {
    name: "machine learning frameworks",
    aliases: ["machine learning frameworks", "ml frameworks", "deep learning frameworks", "ai frameworks", "jax"],
    family: "framework",
  },
  { name: "AWS", aliases: ["aws", "amazon web services", "sagemaker"], family: "cloud" },
  { name: "Azure", aliases: ["azure"], family: "cloud" },
  { name: "Google Cloud", aliases: ["google cloud", "gcp", "vertex ai"], family: "cloud" },
  { name: "cloud platforms", aliases: ["cloud platforms", "cloud services", "the cloud"], family: "cloud" },
  // Polish declines them too: "dockera nigdy nie ruszałem", "kubernetesa".
  { name: "Docker", aliases: ["docker", "dockera", "dockerem", "containers"] },
  { name: "Kubernetes", aliases: ["kube", "kubernetes", "kubernetesa", "kubernetesem", "k8s"] },
  { name: "MLflow", aliases: ["mlflow", "ml flow"] },
  { name: "Jenkins", aliases: ["jenkins"] },
  { name: "ETL", aliases: ["etl", "data pipelines", "airflow", "data engineering"] },
  { name: "statistics", aliases: ["statistics", "statistical", "stats"], family: "math" },
  { name: "linear algebra", aliases: ["linear algebra"], family: "math" },
  { name: "probability", aliases: ["probability"], family: "math" },
  { name: "mathematics", aliases: ["mathematics", "math", "maths", "mathematical"], family: "math" },
  {
    name: "deep learning",
    aliases: ["deep learning", "deep nets", "neural networks", "neural nets"],
    fromMlWork: true,
  },
  // The guide names it among the ML expertise of the Lead Machine Learning Architect.
  { name: "reinforcement learning", aliases: ["reinforcement learning", "deep rl", "rl"] },
  {
    name: "machine learning algorithms",
    aliases: ["machine learning algorithms", "ml algorithms", "ml algorithm", "machine learning algorithm"],
    fromMlWork: true,
  },
  { name: "NLP libraries", aliases: ["nlp libraries", "spacy", "nltk", "hugging face", "huggingface"] },
  { name: "version control", aliases: ["version control", "git", "github"] },
  { name: "CI/CD", aliases: ["ci/cd", "cicd", "continuous integration"] },
  { name: "agile", aliases: ["agile", "scrum"] },
  { name: "Tableau", aliases: ["tableau"] },
  // Tools the guide does not name, kept by their own names so the profile says what the asker said ("airflow" also
  // counts as ETL above).
  { name: "Airflow", aliases: ["airflow"] },
  { name: "Snowflake", aliases: ["snowflake"] },
  { name: "dbt", aliases: ["dbt"] },
  { name: "Kafka", aliases: ["kafka"] },
  { name: "Selenium", aliases: ["selenium"] },
  { name: "Terraform", aliases: ["terraform"] },
  { name: "XGBoost", aliases: ["xgboost", "lightgbm"] },
  // (Power BI is not Tableau: a Power BI user told they "have Tableau" was told something they never said.)
  { name: "Power BI", aliases: ["power bi", "powerbi"] },
  // "excel" is also a verb: a bare "excel" counts only inside a list of skills (skills.ts).
  {
    name: "Excel",
    aliases: [
      "ms excel",
      "microsoft excel",
      "excela",
      "excel sheets",
      "excel spreadsheets",
      "excel vba",
      "excel formulas",
      "live in excel",
    ],
  },
  { name: "VBA", aliases: ["vba"] },
  { name: "MATLAB", aliases: ["matlab"] },
  { name: "NLTK", aliases: ["nltk"] },
  { name: "spaCy", aliases: ["spacy"] },
  { name: "AutoCAD", aliases: ["autocad"] },
  { name: "SolidWorks", aliases: ["solidworks"] },
  { name: "Django", aliases: ["django"] },
  { name: "LangChain", aliases: ["langchain"] },
  { name: "Ansible", aliases: ["ansible"] },
  { name: "Looker Studio", aliases: ["looker studio", "looker", "google data studio"] },
  { name: "Spring Boot", aliases: ["spring boot", "springboot"] },
  { name: "Node.js", aliases: ["node.js", "nodejs"] },
  // "react" is also a verb: a bare "react" counts only inside a list of skills (skills.ts).
  { name: "React", aliases: ["react.js", "reactjs"] },
  { name: "React Native", aliases: ["react native"] },
  { name: "Flutter", aliases: ["flutter"] },
  { name: "Laravel", aliases: ["laravel"] },
];

/**
 * Degree words, highest first: the first that matches is the person's degree.
 * (`(?:\b|...)` is a word's edge also where `\b`, which knows only ASCII letters, sees none: "магистр", "lisansı";
 * test/core/word-boundaries.test.ts.) A field then "ma" is an MA ("a finance MA"), but not after "of": in "Ministry of
 * Finance ma IT officer chu" the Nepali "ma" means "in".
 */
export const DEGREE_WORDS: readonly { degree: "phd" | "master" | "bachelor" | "none"; pattern: RegExp }[] = [
  {
    degree: "phd",
    pattern: gated(
      /\b(ph\.? ?d\.?|doctorate|doctoral|doctorante?|doktorand(in)?|doctorand[oa]|doutorand[oa]|dottorand[oa]|promoviert|hakase|baksa|doctorah|promovier(?:e|en)?|dr\.? ?-ing|postdoc|post-doc|disputerade|disputerte|disputerede|doktor(?![áa]t)|(?<=m[áa]m )doktor[áa]t|doutorado|doutoramento|doctorado|doctorat|dottorato|doktorat|dphil|d\.phil|dr\. ?(?:phil|rer\. ?nat|rer\. ?pol|sc\. ?nat|techn)\.?|gepromoveerd(?! (?:tot|naar)\b)|doctoraat|th[èe]se soutenue|doctora en|soy doctor en|soutenu (?:ma |sa |une )?th[èe]se|(?<=(lulusan|lulus|masih|wajib|atau|sudah|udah|gelar|cuma|punya|gue|gw|aku|saya) )s3|s3 (?=[a-z]))\b|博士|박사|кандидат\S* наук|аспирантур|аспірантур|دكتوراه|博士号|博士持ち|博士取|tiến sĩ|\btien si\b/,
    ),
  },
  {
    degree: "master",
    pattern: gated(
      /(?:\b|(?<![\wÀ-ɏЀ-ӿ])(?=[À-ɏЀ-ӿ]))((?<!\b(?:kaggle|competitions?|notebooks?|discussions?|datasets?|scrum|chess|quiz|dungeon|jedi|zen|x) )master'?s?(?! (?:file|files|data|branch|node|record|records|list|plan|key|copy|bedroom|card|chef|schedule|class|classes|tier|rank)\b)|mag[ií]ster|magistr\w*|magisterk[aęiąo]\w*|mahistr\w*|магистр\w*|y[üu]ksek lisans\w*|msc|m\.sc|mres|mba|mha|msn|msme|msce|msds|msba|msee(?=[\s,]*(?:\d|,|\(|and\b|from\b|in\b|degree\b|&))|(?<=\b(?:an?|my|the|with|have|got|hold|finishing) )msee|ms in|ms degree|ms (?=(?:biostat\w*|stats?|statistics|cs|ds|data science|math|maths|physics|ee|ece|econ\w*|bioinformatics|epi\w*)\b)|m\.?tech|m\.?eng|bac ?\+ ?5|ing[ée]nieur d'[ée]tat|dipl[ôo]me d'ing[ée]nieur|(?<!\b(?:kaggle|competitions?|notebooks?|discussions?|datasets?|scrum|chess|quiz|dungeon|jedi|zen|x) )m[aá]ster(?! (?:file|files|data|branch|node|record|records|list|plan|key|copy|bedroom|card|chef|schedule|class|classes|tier|rank)\b)|maestr[ií]a|mestrado|sou mestre (?:em|pela|pelo)|laurea magistrale|(?<=(?:une|ma|la) )ma[iî]trise|ma[iî]trise(?= (?:en|de|à|obtenue)(?![\wÀ-ÿ]))|magister|magisterij\w*|licentiaat|lizentiat|magistr|magistratura|diplom-\w+|dipl\.?-ing|(?:ein |mein |hab |habe |ich hab |mit )diplom(?! (?:in der|als) )|mgr(?=\. (?:z|zo|ze|v|iz|in|from) )|magistersk\w*|mgr(?= in[żz])|(?<=(?:m[áa]m|jen|mam|titul) )ing(?=\. )|magisterk(?=[aęi])|(an|a|my|with) ma|ma in|m\.a(?=\.)|ba ?(\+|and|\/|&) ?ma|(?<!\b(?:of|of the|for) )(linguistics|english|history|psychology|economics|philosophy|physics|maths?|chemistry|biology|politics|sociology|music|arts?|law|business|finance|communications|journalism|statistics|stats) (ma|msc|ms)|mphil|m\.phil|shuushi|metaptyxiako|metaptychiako|metaptuxiako|mcs(?= (?:kiya|kia|from|in|degree|se)\b)|toar sheni|karshenasi[- ]?(?:ye )?arshad|arshad(?=(?:-e| daram| daaram| dareh))|mph|msw|mfa|mpa|mpp|(?<=(^ ?|[,.;:(+&] ?|\band ))ms(?=\s*([,.;)]|$))|ms(?= (?:already |is |was )?(?:done|completed|finished)\b)|msn|mca|m\.c\.a|(an|a|my|with|the) ms|ms from|(ms|msc|ma) (in )?(accounting|finance|business|nursing|marketing|management|mech\w*|civil|chem\w*|biology|physics|math\w*|stats?|statistics|econ\w*|psych\w*|history|english|philosophy|sociology|education|electrical|electronics)|(?<=(lulusan|lulus|masih|wajib|atau|sudah|udah|gelar|cuma|cuman|punya|gue|gw|aku|saya) )s2|s2 (?=[a-z])|ms (cs|ai|ml|ds|stats?|statistics|math|ee|physics|data science|computer science|econ\w*))\b|修士|석사|магистр|магістр|ماجستير|μεταπτυχιακ|thạc sĩ|\bthac si\b|\b(msba|msds|msf)\b|(?<=\b(?:a|an|my|w\/ a|with a) )m\.?ed(?![\w-])(?! (?:lab|labs|school|student|students|tech|techs|device|devices|assistant|spa|rep|ward)\b)|修士卒|修士号|修士[（(][^）)]{0,8}[）)]出|修士出|碩士畢業|硕士毕业|civilingenjör/,
    ),
  },
  {
    degree: "bachelor",
    pattern: gated(
      /(?:\b|(?<![\wÀ-ɏЀ-ӿ])(?=[À-ɏЀ-ӿ]))(bachelor'?s?|(?<=\b(?:hice|estudi[eé]|termin[eé]|tengo|una|la) )ingenier[ií]a(?= (?:de|en|civil|inform|electr|industr|mec|qu[ií]m))(?![^.;]{0,40}\b(?:no termin|sin terminar|incomplet|me falt))|hbo-v|(?<=(?:heb|een|mijn|dus|my|an?|only|nur|nen|ein|\() )hbo|hbo(?= (?:diploma|opleiding|bachelor|informatica|[a-zà-ÿ]+kunde)\b)|hlo|pierwsz(?:y|ego) (?=stop(?:ień|nia))|bằng (?=kỹ sư)|tốt nghiệp đại h(?=ọc)|bac(?= en\b(?! poche))|(?<=(?:un|juste un) )bac(?!\w)(?! ?\+ ?[0-2]\b)|bc(?=\. )|bakalavr\w*|bakalaur\w*|in[żz]ynier\w*(?<!in[żz]ynierii)|бакалавр\w*|(?<!y[üu]ksek )lisans(ım|im|i|ı)?|bachiller|bachelier(?= en| d'| de|,|\.)|baccalaur[ée]at(?= en| sp[ée]cialis[ée])|bsc|b\.sc|bscs|bsse|bsit|bsee|bsme|bsce|bsie|bscpe|bfa|bdes|b\.des|(?<=\ba )level 8(?= (?:in|degree|honours|hons)\b)|bcompsci|b\.?comp\.?sci|be(?= \((?:electrical|mechanical|civil|hons|software|computer|chemical|electronics)\b)|bba|bcomm?|b\.comm?|bs in|ba in|bs from|ba from|(?<=\b(?:sirf|paas|mera|meri) )bs(?= hai\b| h\b|,)|bs(?= [a-z]+ se\b)|bsc from|my bs|my ba|hons|honours degree|honors degree|(just|only|a|w|w\/) (bs|ba|bsc)|(?<=\b(?:have|got|hold|with) )the (?:bs|ba|bsc)\b|\b(?:llb|bmus|b\.mus)\b|(?<=(?:^|[,;(/+]) ?)(?:ba|b\.a\.?|b\.?ed)(?= ?[,;)/+]| (?:\+|and|&) |\.?\s*$|\.\s)|\b(?:english lit|lit|journalism|law|nursing|education|music|hospitality(?: management)?|accounting|accountancy|theatre|drama|fine arts|film|marketing|communications|psych|psychology|history|philosophy|economics|econ)(?: \w+)? (?:ba|degree)\b|\b(?:my |the |a )?degree (?:is |was )?in (?:hospitality|journalism|law|nursing|education|music|accounting|theatre|drama|film|marketing|communications|english|history|philosophy|psychology)\b|(?<!\b(?:no|sin|ni|nunca) (?:estoy |estar |soy |me he |he )?)titulad[oa](?! en (?:curso|tr[aá]mite))\b|(?<=(?:^|[,;(.?!]) ?)bs(?= ?[,;)+]| (?:cs|ce|ee|ece|math|maths|stats|physics|econ|only)\b)|(just|only|sirf|bas|did|did my|done|completed|completed my|have a|got a|hold a) b\.?e(?=\s*[.,;!)]|\s+(in|from|degree|kiya|kia|kari|se|mech\w*|cse|ece|eee|it|cs|civil|electrical|electronics)\b|$)|b\.?ed (in|from)|(?<=\b(?:a|my|with a|have a) )b\.?ed(?=\s*[,.;!?)]|\s*$)|(linguistics|english|history|psych|psychology|econ|economics|philosophy|physics|maths?|chemistry|biology|politics|sociology|music|arts?|law|business|finance|communications|journalism|statistics|stats) (ba|bsc|bs)|honours|(?<!\b(?:for|get|getting|expecting|predicted|aiming for|hoping for|targeting) (?:a )?)(?:first class|2:1|2:2)(?!,? (?:fingers|hopefully|predicted|expected|hopefully))|2\.1 in|2\.2 in|b\.?tech|bsn|(?<=\()bn(?=\))|(?<=(lulusan|lulus|masih|wajib|atau|sudah|udah|gelar|cuma|cuman|punya|gue|gw|aku|saya) )s1|s1 (?=[a-z])|lulusan|bba|b\.?eng|(bs|ba) (in )?(cs|cse|ee|ece|comp ?sci|compsci|data sci\w*|software\w*|computer\w*|information\w*|math\w*|stats?|statistics|econ\w*|physics|biology|chem\w*|psych\w*|accounting|finance|business|nursing|marketing|management|mech\w*|civil|history|english|philosophy|sociology|education|electrical|electronics)|b\.e(?=\.)|b\.s(?=\.)|bca|b\.c\.a|licence|licenciatura|licenciad[oa] e[nm]|pregrado en|graduad[oa] en|me recib[ií] (?:de|en)|me gradu[ée]|me titul[ée]|lic\. en|soy ing\. (?:en|inform[aá]tic[oa]|de sistemas|industrial|civil|electr[oó]nic[oa])|contador p[uú]blico|t[ií]tulo de contador|licen[tț][aă] [iî]n|bacharelado|bacharel em|bacharel|formad[oa] em|(?<=(?:tenho|tengo|com|con|uma) )gradua[çc][ãa]o(?= em)|graduad[oa] em|ingenier[oa] (en|civil|industrial|electr\w+|inform[aá]tic\w+|mec[aá]nic\w+|qu[ií]mic\w+)|ingenier[oa] de (sistemas|computaci[oó]n|telecomunicaciones|inform[aá]tica|electr\w+|mec[aá]nic\w+)|(?:solo|sólo|tengo|con) el grado\b|ingenier[ií]a en|(?:acab[ée]|termin[ée]) (?:la carrera de |el grado en )?ingenier[ií]a|(estudiante|alumn[oa]|aluno|aluna) de (\S+ ){0,3}(ingenier[ií]a|licenciatura|grado|carrera|bacharelado)|grado en|laurea triennale|laurea|triennale|grao|licencjat|b\.?pharm|b\.?eng|be in(?= (?:cs|cse|ece|eee|it|civil|electrical|electronics|mech\w*|computer\w*|chemical|software|instrumentation|telecom\w*|production|information\w*|industrial|automobile|aeronautic\w*|biomedical)\b)|grau en|grau|bac ?\+ ?3|b\.?com|t[oố]t nghi[eệ]p (?:[đd][aạ]i h[oọ]c|dh\b)|undergrad(uate)?|(cs|computer science|comp ?sci|engineering|math|maths|physics|stats?|it|data science) degree|degree in|college degree|graduated|bacc|ptyxio|ptuxio|ptychio|sarjana muda|(accounting|accountancy|cs|math|maths|mathematics|statistics|stats|economics|econ|physics|chemistry|biology|engineering|finance|psychology) (bs|bsc|b\.s\.)|bs (comsci|it|cs|ece|ee|ce|compe|ie|math|stat|statistics|mathematics|accountancy|accounting|nursing|psychology|biology|chemistry|physics|economics|computer science|information technology|medical technology|medtech|pharmacy|public health|radiologic technology|respiratory therapy)|toar rishon|bakalorios|bakalaureusekraad|karshenasi(?![- ]?(?:ye )?arshad)|be (?:mech\w*|civil|cse|ece|eee|it|cs)|(?<!\b(?:ich|i|mach|mache|promovier|promoviere|bin|schreib|schreibe|studier|studiere|arbeite|hab|habe|diploma|bootcamp|cegep|polytechnic|high school|hs)\s+)grad(?! (?:scheme|program(?:me)?|role|job|position|dip|diploma|cert|certificate)s?\b)|gakushi|gakushigo)(?:\b|(?<=[À-ɏЀ-ӿ])(?![\wÀ-ɏЀ-ӿ]))|学士|本科|학사|бакалавр|بكالوريوس|πτυχίο|cử nhân|\bcu nhan\b|\bbakaloryos\b|(?<!\blise )\bmezunuyum\b|\b(?:khallast|5allast|5alast|khalast|5aragt|5areg|5areeg|khareeg|5erreeg|5erreg|kherreeg) (?!iti\b|bootcamp|course|kors|el geish)|学部卒|大卒|学部を出|学部出|学部出身|kandidatexamen|gakubu ?sotsu/,
    ),
  },
  {
    degree: "none",
    pattern: gated(
      /\b(no degree|without a degree|self[- ]taught|high school|dropped out|bootcamp|khong co bang|bo hoc)\b|không có bằng|bỏ học|中退|高卒|중퇴|고졸|대학은 안 갔|대학 안 갔|学位は(?:ありません|ない|持っていません)/,
    ),
  },
];

/**
 * Ways people say they are just starting (Indian English "freshers like me"): they point at entry-level roles.
 * ("which role is the most beginner friendly?" asks about the roles, not the writer.)
 */
export const STARTER_WORDS =
  /\b(student|undergrad|new grad|fresh grad(uate)?|freshers? like me|i'?m a fresher|as a fresher|recent grad(uate)?|just graduated|graduating|(?=high school)(?<!\b(?:taught|teach|teaches|teaching|teacher at|at an?|at the|work(?:ed|ing)? (?:at|in)) )high school(?! (?:[\w-]+ )?(?:teacher|chem|chemistry|math|maths|physics|biology|science|english|history|counselor|principal))|bootcamp|self[- ]taught|career chang(er|e|ing)|switch(ing)? careers?|(no|zero) (\w+ )?experience|beginner(?![- ]friendly)|newbie(?![- ]friendly)|intern(ship)?|kaggle|side projects?|just starting|starting out|learning to code|never (?:wrote|written) a (?:single )?line of code|learning (python|sql|programming|to program)|just started learning|(move|get|break|switch|transition(ing)?) into (ai|ml|tech|machine learning|the field)|(go|move|switch|pivot|get) (in)?to (ai|ml)|(role|job|position)s? to start|good for me to start|start(ing)? (out )?in (ai|ml|tech))\b/;

/** Leadership in someone's own story: years next to these words are years of leading. */
export const LEAD_WORDS =
  /\b(lead|leading|led|tech lead|team lead|teamlead|tl|manag(e|ing|ed)|mang(ed|ing)|(?<!(product|project|program|programme|account|office|community|marketing|sales) )(?:manager|mgr)|head of|(?:headed|heading|heads) (?:the|a|an|my|our)|director|supervis|mentor(ing)?|running a team|ran (the|a|my) ([\w-]+ )?team|run (the|a|my) ([\w-]+ )?team|(?<=\bas an? )(?:em|eng manager)|liderando|lidero|liderado|lider\w*|líder|gestionando|dirigiendo|lideran[cç]a|chefiando|encadrant|leitend)\b/;

/** AI/ML work in someone's own story: years next to these words are years in ML. */
export const ML_WORDS =
  /\b(ml|mles?|(?<!['’])ai|machine learning|deep learning|reinforcement learning|rl|nlp|llms?|models?|modelos?|modell[ie]|mod[eè]les?|cnns?|rnns?|lstms?|gans?|transformers?|data scien(ce|tist)|computer vision|cv[- ]engineer|(?:doing |on )cv work|perception|yolo|object detection|image segmentation|speech recognition|recommend(er|ation) (systems?|models?)|genai|gen-ai|rag|fine-tun(e|ing)|mlops|neural|pytorch|tensorflow|keras|(search |learning[-]to[- ])?ranking (team|models?|systems?))\b/;

/**
 * What someone says they like or want to do, as the focus of a role's work. Also read in "which role works
 * with LLMs?": the same words describe a wish and a criterion.
 */
export const FOCUS_WORDS: Record<string, RegExp> = {
  research:
    /\b(research(er|ing)?|publish(ed|ing)?|papers?|publications?|academi[ac]|neurips|icml|iclr|acl|emnlp|cvpr|iccv|interspeech|thesis|phd|postdoc|conferences?)\b/,
  building:
    /\b(build(ing|s)?|ship(ping|ped)?|product(ion)?|apps?|applications?|features?|deploy(ing|ed)?|engineer(ing)?|hands[- ]on|prototyp(e|ing)|rag|saas)\b/,
  language:
    /\b(nlp|language|languages|linguistics?|text|chatbots?|translation|speech recognition|natural language|llms?|transformers?|sentiment|named entity|ner|summari[sz]ation|question answering|translator)\b/,
  llm: /\b(llms?|large language models?|language models?|gpt|genai|gen-ai|generative ai|rag|fine-tun(e|ing) llms?|prompt)\b/,
  vision: /\b(vision|images?|imaging|camera|video|cv|visual|pictures?|lidar|photos?)\b/,
  audio: /\b(audio|speech|spoken|sound|voice|music|signals?)\b/,
  video: /\b(video|videos)\b/,
  multimodal:
    /\b(multi-?modal|multiple (types of )?data|several types of data|text and images?|images? and (text|audio)|vision[- ]language|(vision|images?) (and|&|\+) (natural )?language|language (and|&|\+) (vision|images?)|vlms?|image[- ]text|audio[- ]visual|images? (and|\+) (the )?(reports?|texts?|captions?|audio|video))\b/,
  leading:
    // "a bachelor's in health information management", "database management": a field, not leading people.
    /\b((?<!\b(information|supply chain|risk|health|hotel|business|operations|content|asset|wealth|records|facilities|event|hospitality|construction|change|quality|inventory|data|database|configuration|release|incident|case|time|money|stress|fleet) )manag(e|er|ers|ing|ement)|lead(ing)? (a |the )?(team|people)|leadership(?! (?:wants?|asked|asks|says|said|told|needs?|team|is asking))|people manager|mentor(ing)?|tech lead|team lead|head of|director)\b/,
  architecture:
    /\b(architect(ure|ing)?|system design|design(ing)? (the )?(systems?|pipelines?)|infrastructure|own the whole)\b/,
  deployment: /\b(deploy(ment|ing)?|mlops|devops|kubernetes|k8s|docker|mlflow|jenkins|ci\/cd|production)\b/,
  cloud: /\b(cloud|aws|azure|gcp|google cloud)\b/,
  data: /\b(data analy(sis|st|tics)|sql|tableau|dashboards?|data cleaning|data prep(aration)?)\b/,
  business: /\b(business|stakeholders?|strategy|customers?)\b/,
};

/** Other jobs people have, to name their background; the generic pattern below catches the rest. */
export const BACKGROUND_JOBS: readonly string[] = [
  "backend developer",
  "backend dev",
  "backend engineer",
  "frontend developer",
  "frontend dev",
  "full-stack developer",
  "full-stack dev",
  "full stack developer",
  "fullstack dev",
  "web developer",
  "web dev",
  "software engineer",
  "software developer",
  "data analyst",
  "data engineer",
  "data eng",
  "data scientist",
  "devops engineer",
  "devops eng",
  "devops",
  "sre",
  "qa engineer",
  "qa tester",
  "qa lead",
  "qa",
  "tester",
  "system admin",
  "suporte n1",
  "suporte n2",
  "suporte n3",
  "konstrukteur",
  "schichtleiter",
  "teamleiter",
  "abteilungsleiter",
  "product manager",
  // "PM at an e-wallet co for 5 yrs": a product manager, as chat writes it.
  "pm",
  "swe",
  "tpm",
  "sde",
  "frontend eng",
  "frontend engineer",
  "backend eng",
  "qa automation engineer",
  "qa automation eng",
  // "DE for 4 yrs", "EM here": a data engineer, an engineering manager (read only where a story opens).
  "de",
  "em",
  "product analyst",
  "business analyst",
  "bank teller",
  "claims analyst",
  "lab scientist",
  "engineering manager",
  "eng manager",
  "ml engineer",
  "machine learning engineer",
  "ai engineer",
  "research scientist",
  "statistician",
  "physicist",
  "mathematician",
  "teacher",
  "postdoc",
  "ai consultant",
  "consultant",
  "director of engineering",
  "director",
  "cto",
  "vp of engineering",
  "principal engineer",
  "staff engineer",
  "tech lead",
  "team lead",
  "accountant",
  "nurse",
  "icu nurse",
  "rn",
  "paralegal",
  "cpa",
  "bartender",
  "store manager",
  "software dev",
  "financial analyst",
  "credit risk analyst",
  "risk analyst",
  "barista",
  "translator",
  "mechanical engineer",
  "civil engineer",
  "sound engineer",
  "recruiter",
  "sysadmin",
  "system administrator",
  "musician",
  "lawyer",
  "pharmacist",
  "chef",
  "designer",
  "sales rep",
  "marketer",
  "journalist",
  "writer",
  "student",
  "undergrad",
  "new grad",
  "it support",
  "tech support",
  "help desk",
  "helpdesk",
  "support engineer",
  "hardware engineer",
  "embedded engineer",
];

/** "I'm a", "as a", "worked as": what follows is the person's own job, not the role they ask about. */
export const SELF_INTRO =
  /(\b(i'?m|i am|im|i work as|i worked as|working as|worked as|i was|i'?ve been|ive been|i have been|years as|yrs as|starting as|start as|currently|currently an?|ex-|former|fui|sono stat[oa]|era|(?<!(offered|offer|gave|given|showed|sent|pitched|hire|hired) )me,? an?|job as|role as|work as|been an?|been in|worked in|soy|sou|je suis|ich bin|ich bi|ana|phom pen|pom pen|chan pen|saya kerja sebagai|trabalho com|trabalho como|trampo como|a trabalhar como|seit \d+ jahren) (an? |the |un |una |um |uma |une? |ein |eine )?|\d+\+? ?(years?|yrs?|tahun|-?nen kan|nen) (of |in |as (an? )?|jadi |sebagai )?|^\s*(?:so |ok |hey |hi )?as (?:an? )?)$/;
/** "... here", "... for 5 years", "..., 3 yrs": what comes before is the person's own job ("X, 2 lines max" is not). */
export const SELF_OUTRO =
  /^,? ?(here|aqui\b|desu\b|ako\b|po ako\b|w\/(?!o\b)(?! ?(bonus|stock|equity|benefits|rsus?|pay|salary|comp)\b)|with ~?\d|for (the )?(last |past )?~?\d|of ~?\d|~?\d+\+? ?(years?|yrs?)|, ?~?\d+(?![\d.,]*\s*(k|m|usd|eur|gbp|lpa|%|\$|€|£)(?![a-z]))(?!\s*(?:lines?|sentences?|words?|bullets?|points?|paragraphs?|questions?|qs|things)\b)|for (a|one|two|three|four|five|six|seven|eight|nine|ten) )/;

/** A question for the bot to pick a role for the asker. */
export const RECOMMEND_FOR_ME = [
  // "target: $200k/yr remote by 2028 ... which of these roles fit that target?": which role reaches the goal told.
  /\bwhich (?:of (?:these|the|those) )?(?:roles?|jobs?|ones?)\b[^?]{0,20}\bfits? (?:that|this|my) (?:target|goal|plan)\b/,
  // "and which is better for me?" after two roles: the one that fits the writer, of those.
  /^\W*(?:and |so |ok |then |but )?which (?:is|'s|would be|will be) (?:better|best|the best|a better fit|the better fit) for me\b/,
  // Hindi "kaunsa role sahi rahega", Turkish "uygun muyum" (am I suitable), Tagalog "anong AI role ang pwede":
  // which role is right for the writer.
  // Franco-Arab "anhy role monaseb leya?" (which role suits me).
  /\bmonaseb(a)? (leya|liya|li)\b|\ba7san (\w+ )?(leya|liya|lia)\b|\banong (\w+ )?role\b.{0,30}\b(pwede|bagay|maganda)\b|\bwould i fit\b(?=.{0,60}\bor\b.{0,40}\bbetter\b)|\bfaz (mais )?sentido (pra|para) (eu|mim)\b|\b(zui )?shi ?he wo\b|^(and |so |ok )?which (\w+ )?(role|job|position|one)s? (would|will|might|could|should|do(es)?) (best )?(fit|suit)s?\b|\bkaun ?s[ae] (role|job)\b.{0,20}\b(sahi|best|theek|thik|accha)\b|\buygun mu(yum)?\b|\b(anything|any role|something) (in the guide |here )?for (someone like me|people like me|me)\b|\bwhich (one |role |job |path |position )?(is|would be|'s) (the )?(more |most |actually )?(realistic|doable|feasible|achievable)\b|\b(role|trabaho|posisyon)\b.{0,40}\bpara sa akin\b/,
  // "which of the roles suits a phd holder best?": the best fit, asked about someone like the writer.
  /\bsuits? (a |an |me |someone )?.{0,30}\bbest\b/,
  // "is remote work possible in these jobs?", "can you work remotely in any of these roles?": which roles allow it.
  /\b(?:is|are) (?:remote|remote work|working remotely|wfh|hybrid)\b[^?]{0,30}\b(?:possible|an option|allowed|available)\b[^?]{0,30}\b(?:these|those|any|all|the) (?:ai |ml )?(?:roles|jobs|positions)\b|\b(?:can|could) (?:you|i|one) (?:work )?(?:remote(?:ly)?|from home) (?:in|as|with) (?:any of )?(?:these|those|the) (?:ai |ml )?(?:roles|jobs|positions)\b/,
  // "qual papel combina mais comigo?", "¿cuál me conviene?", "welche Rolle passt zu mir?", "lequel me convient ?".
  // "welke rol past het best bij mij?", "quel rôle me correspondrait le mieux ?", "je pourrais viser quoi comme rôle ?".
  /(?<![\wÀ-ÿ])(qual|quais|cu[aá]l|cu[aá]les|qu[eé]|welche[rs]?|welke|quel(le)?s?|lequel|laquelle)(?![\wÀ-ÿ]).{0,40}\b(combina\w*|encaja\w*|conviene\w*|passt|passen|past|convient|conviendrai\w*|correspond\w*|adequad\w*|adecuad\w*|indicad\w*)\b|\b(comigo|conmigo|zu mir|pour moi|para mim|para m[ií]|bij mij|voor mij)\s*([?!.]|$)|\bje (?:pourrais|peux|pourrai) viser (?:quoi|quel (?:rôle|role|poste))\b|\bqu'est-ce que je (?:pourrais|peux) viser\b/,
  // (Within its own sentence: "what languages do these AI roles expect? I've only used matlab" asks about the roles.)
  // ("whats a realistic first AI job for me": a job of a kind, too.)
  /\b(which|what)('?s| is)? (the |an? )?(\w+ ){0,3}(role|job|position|career|path|one|gig)s?\b(?!\s+(?:pay|pays|earn|earns|make|makes)\b)(?!.{0,40}\b(tell|show|give|list|remind) me\b)[^?.!]{0,40}\b(i|me|my)\b/,
  /\b(what|where) (do i |would i |could i |might i |i'?d |i would )?fits?\b|\bjob fit\b|\bfit for me\b/,
  /\bwhich (of (these|them|the \w+) )?(\w+ )?(is|are) (me|closest|right)\b/,
  // "X vs Y, which one fits someone with only a bachelor's?": the fit, for someone like the writer.
  /\bwhich (?:one|role|of (?:them|the two|these|those)) (?:fits?|suits?) (?:someone|somebody|a person|people|me)\b/,
  // "which of your 5 roles am I closest to?": the nearest fit.
  /\bwhich (?:of (?:your|these|those|the|them)(?: \d+| five)? (?:roles|jobs|ones) |role |one )?(?:am i|would i be|i'?m|im) (?:closest|nearest|best suited|most suited|closer)\b/,
  /\bwhere to (start|begin)\b/,
  // "out of those which is the most realistic for a total beginner?": the role that fits someone like the writer.
  /\bwhich (?:one |role |of (?:these|those|them|the \w+) )?(?:is|'s|would be|are) (?:the )?(?:most|more) (?:realistic|doable|achievable|attainable)(?: target| goal| option)?(?: for (?:a |an |me|someone|somebody|people)\b|\s*[:?])/,
  // ("25 yrs as a pharmacist ... what would i need to learn first?": where to start, the rung to aim for first.)
  /\bwhat (?:would|should|do|must) i (?:need to |have to |gotta )?learn first\b(?! (?:for|to (?:become|be|get))\b)/,
  /\b(good|best|right|great|ideal) fit\b/,
  /\bwhere should i apply\b|\bwhat should i apply (to|for)\b/,
  /\b(which|what) (\w+ )?(role|job|position|career|path)s? (should|would|could|can|might) (someone|somebody|a person|one|they|he|she|my \w+)\b/,
  /\brecommend (a |me a |me |some )?(role|job|path|position|career)s?\b/,
  /\bwhere (would|should|do|can|could|might) (someone like me|a person like me|i|one) (even )?(start|begin)\b/,
  /\bbest (\w+ )?(role|job|position|fit|match)\b(?! (for|of) (an?|the) )/,
  /\bwhich (one )?fits\b/,
  /\bwhat'?s my (role|job|fit|title|path|best fit)\b/,
  /\banything (here |there )?for (someone|me|a person|people)\b/,
  // "Is there a realistic path into the ML team for someone like me?"
  /\b(?:path|way|route|option)s? (?:in(?:to)?|to) [\w -]{0,30}\bfor (?:someone|somebody|people|a person) like me\b/,
  /\b(want|looking for|need|searching for) (a |an )?(new )?(role|job|position) (where|that|in which|with)\b/,
  /\b(is there|are there|any) (an? |some )?(\w+ ){0,2}(role|job|position|opening|path|way|route)s?\b.{0,30}\b(i|me)\b/,
  /\b(right|best|ideal|good|suitable|realistic) (ai |ml )?(role|job|fit|career|position|path)s? for me\b/,
  // French "ça serait quoi le meilleur rôle pour moi?" (what would be the best role for me?).
  /\bmeilleure? (?:r[ôo]le|poste|job|choix|option) pour moi\b/,
  // "which of the research roles would even be open to me?"
  /\b(open|available|accessible) to (me|someone like me|people like me)\b/,
  /\b(fits?|suits?|match(es)?|right for|best for|good for|closest to|realistic for|reachable for|doable for|achievable for|attainable for|within reach for) (me|my)\b/,
  /\bwhat should (i|my)\b.*\b(aim|apply|go for|target|pick|choose|do|be|start|title|next role|look)/,
  /\b(where|how) (do|should|can) i (start|begin)\b/,
  /\bbest fit\b/,
  /\bmy (next|first) (role|job|step|move)\b/,
  /\bwhat (role|job|position)s? (should|could|can|would) i\b/,
  /\bwhich (one|role|job) should i\b|\bwhich should i (go for|pick|choose|target|aim for|take|do)\b/,
  /\bwhich (one )?should i (target|aim for)\b/,
  /\b(switch|move|get|break|transition)(ing)? (in)?to (ai|ml|machine learning|the field|tech)\b/,
  /\b(most|more|best) (realistic|suitable|achievable|accessible|natural|sensible)\b.{0,30}\b(role|job|position|path|option|one|step|move)\b/,
  /\b(role|job|position|one)s? to (start|begin) (with|in|at|from)\b/,
  // "but what about me, which role is realistic?"
  /\b(which|what) (\w+ )?(role|job|one|path|position)s? (is|are|would be|'?d be|seems?) (\w+ )?(realistic|doable|achievable|feasible|possible)\b/,
  // "entry level ai eng or nlp research sci for me?", "cocoknya role apa ya?" (Indonesian: which role suits me?).
  // (The match starts at "for me", so the roles named before it are the choices.)
  /(?=for me)(?<=\b(or|vs\.?|versus)\s+(an? |the )?[\w -]{0,40}?\b(eng|engineer|sci|scientist|architect|arch|one)s?\s+)for me\s*[?!.]*$|\bcocok(nya)?\b/,
  // "which role fits someone with a PhD? asking for a colleague / what about me - I have a bachelor's"
  // ("my best friend is a lead ML architect ... / me? i'm a QA engineer, 4 yrs": and what about me.)
  /\b(what|how) about me\b|^\s*(?:and |but |ok )?me\s*\?|(?<![\wÀ-ÿ])(d[aá] pra|d[aá] para)(?![\wÀ-ÿ]).{0,60}\bou\b/,
  // "which role is the least insane starting point (for me)?"
  /\b(which|what)\b.{0,50}\bstarting point\b/,
  // "kaunsa AI role mere liye sahi rahega?", "¿qué rol me recomiendas?", "que rôle me conseilles-tu ?",
  // "welche Rolle empfiehlst du mir?", "która rola jest dla mnie?".
  /\b(kaunsa|konsa|kaun sa|kon sa|kaunse|konse)\b.{0,40}\b(mere liye|mere lie|mujhe|mujhko)\b|\bmere (liye|lie|layi) (sahi|best|theek|thik|accha|acha|perfect)\b|\b(kehda|kihda|kehra)\b.{0,40}\bmere layi\b|\b(kaunsa|konsa|kaun sa|kon sa) (\w+ )?fit\b|(?<![\wÀ-ÿ])(me (recomienda|recomenda|recomendaria)|(me )?(recomiendas|recomendar[ií]as|recomendas|recommandes|recommanderiez|recommandez|conseilles|conseillez|empfiehlst|empfehlen sie|polecasz|poleciłbyś))(?![\wÀ-ÿ])|\bdla mnie\b|(?<![\wÀ-ÿ])(me va|me queda|me cae) mejor(?![\wÀ-ÿ])/,
];

/** A question about what the asker lacks for a role. */
export const SKILL_GAP = [
  // "so could i go straight for lead ML architect or do i have to start lower?": whether they can start there.
  /\bcould i (?:go|jump|aim) straight (?:for|to|into|at)\b/,
  // Swedish "Kan jag söka lead ML architect eller är det för tidigt?" (can I apply for it, or is it too early?).
  /(?<![\wÀ-ÿ])kan jag (?:s[öo]ka|bli)(?![\wÀ-ÿ])/,
  // "what skills do they need that I probably don't have?": what the asker lacks for it.
  /\bthat i (?:probably |still |likely |might |may )?(?:don'?t|do not|dont) (?:have|know)\b/,
  // "... I do have a master's in EE. do they even hire people with a background like mine?": their story weighed.
  /\b(?:background|profile|experience|resume|cv|story|skill ?set) like mine\b/,
  // Spanish "se puede llegar a lead ML architect sin título?", Italian "posso diventare ...?": whether they can
  // make it, after a story.
  /(?<![\wÀ-ÿ])(?:se puede|puedo|podr[ií]a|podr[eé]|si pu[oò]|posso|potrei|consigo) (?:llegar a(?: ser)?|ser|diventare|arrivare a|chegar a|virar|convertirme en)(?![\wÀ-ÿ])/,
  // "... c++ all day, bachelor's in CS. does any of that count toward lead ml architect or nah?": their story weighed.
  /\bdo(?:es)? (?:any of |all of |some of )?(?:that|this|it|all (?:of )?(?:that|this)|my (?:experience|background|years|work|job|stuff|time))(?: (?:even|actually|really))? counts? (?:toward|towards|for)\b/,
  // "so do i meet the experience requirements or not": their gap, on what the guide asks.
  /\bdo i (?:even |actually |now )?(?:meet|tick|check|satisfy|fulfil|fulfill) (?:the |their |its |any of the |all the |all of the )?(?:[\w-]+ )?(?:requirements?|reqs?|criteria|boxes)\b|\bdo i (?:even |actually )?meet (?:it|that|them|those)\b/,
  // "could I realistically follow him into that role?", "does that rule me out?": whether they can make it.
  /\b(?:could|can) i (?:even |realistically |actually )?(?:follow (?:him|her|them) |get |move |switch |transition |break )into (?:that|this|the) (?:role|job|position|field)\b|\b(?:rules?|ruled|ruling) me out\b|\bam i ruled out\b|\bdisqualif(?:y|ies) me\b/,
  // "i just finished secondary school. can i go straight into that role?": whether they can start there.
  /\b(?:can|could) i (?:go|jump|get|move|walk) (?:straight|directly|right) (?:in)?to\b/,
  // "... so could i go for lead ml architect or nah": whether they can make it, after a story.
  // ("could i land a multimodal research scientist job, or lead ...?": a choice between two, not one's gap.)
  // ("what could i realistically aim for": which role, a recommendation.)
  /(?<!\bwhat )\bcould i (?:even |realistically |actually )?(?:go for|aim for|apply for)\b(?![^?.!]*\bor\b(?! (?:nah|not|no)\b))/,
  // Portuguese "dá pra ir pra lead ML architect?" (can I make it to ...?), Mexican "tengo chance pa ...?" (do I
  // stand a chance at ...?), after a story.
  /(?<![\wÀ-ÿ])tengo (?:chance|chances|oportunidad) (?:pa|para|de)(?![\wÀ-ÿ])/,
  /(?<![\wÀ-ÿ])d[áa] (?:pra|para) (?:eu )?(?:ir|chegar|virar|ser|passar)(?![\wÀ-ÿ])/,
  // "worth applying for nlp research scientist jobs now or wait til i've passed?": whether they are ready yet.
  /\b(?:worth |should i (?:even )?(?:start )?|can i |could i )apply(?:ing)? (?:for|to) [^?.!]{3,60}\b(?:now|yet|already|straight away|right away)\b/,
  // "could i make a run at lead ML architect?", "what am I lacking for X?", "for X am I good?": their gap to it.
  /\b(?:could|can|should) i (?:make|take) a (?:run|shot|crack|stab) at\b|\bwhat am i (?:lacking|short of)\b|\bnani ga tarinai\b|\bam i good(?: enough)?(?: for (?:it|this|that))?\s*\?/,
  // Hinglish "eligible hoon kya?" (am I eligible?), Tamil "eligible ah?", "am I eligible for it?".
  /\beligible (?:hoon|hu|hun|h|hai) (?:kya|na)\b|\bkya (?:main|mai|me) eligible\b|\beligible (?:ah|aa|ahh|ma|la)\s*\?|\bam i (?:even )?eligible\b|\bfor [\w ]{3,40} eligible\s*\?/,
  // "what would i be missing", "and do i have it?" (after the skills asked): their gap.
  /\bwhat (?:would|will|might) i (?:be )?(?:missing|lacking|lack)\b|\bdo i have (?:it|that|those|them|what it takes)\b/,
  // "what about multimodal AI research scientist, do I fit?", "am i ready for senior ai application engineer?"
  // ("what role do I fit": which role, a recommendation.)
  // ("would I fit NLP research or multimodal research better?": a choice between two, a recommendation.)
  /(?=\b(?:do|would|will) i fit\b)(?<!\b(?:role|roles|one|ones|position|job|jobs|path)\s)\b(?:do|would|will) i fit\b(?![^?.!]{0,60}\bor\b)|\bam i (?:a (?:good )?)?fit\b|\bam i ready\b/,
  // "is Lead ML Architect realistic for me?" (Swiss German "Isch ... fuer mich realistisch?"): their gap to it.
  // ("goal: lead ML architect in 3 years. realistic or delusional?": the goal just told, weighed; "entry ai eng
  // doable?" after a story: that role.)
  // ("which is more realistic for me, X or Y?" weighs roles against each other: the fit among them.)
  /(?=\b(?:is|are|would) )(?<!\b(?:which|what)\b.{0,15})\b(?:is|are|would) (?:it |that |becoming |going for )?[\w -]{0,50}?\brealistic (?:for me|option for me|goal for me)\b|\brealistic or (?:not|delusional|crazy|naive|dreaming|a pipe dream|cope|copium)\b|(?=\b(?:eng|engineer|sci|scientist|arch|architect|role|job|position)\b)(?<!\b(?:which|what|or)\b.{0,40})\b(?:eng|engineer|sci|scientist|arch|architect|role|job|position)\b[\w -]{0,25}?\b(?:doable|feasible|achievable|realistic)(?: for me)?\s*[?!.]*$/,
  // "is nlp research scientist a fit for me?", "what about X, could i do that?": their gap to it.
  // ("which role is a fit for me?": which role, a recommendation.)
  /(?=\b(?:is|would) )(?<!\b(?:which|what)\b.{0,30})\b(?:is|would) (?:it |that |this )?[\w -]{0,50}?\ba (?:good |real |realistic )?fit for me\b|\b(?:could|can) i (?:realistically |actually |really |even )?(?:do|handle|pull off|manage) (?:that|it|this)(?: (?:job|role))?\s*\?/,
  // (Singlish "what i missing ah" leaves out "am".)
  /\b(what|wat|wht|anything) (else )?(am i|i'?m|im|i) (still |actually |really |even |exactly )?missing\b/,
  // "can I realistically get an entry level AI engineer job": whether they would get in, from what they told.
  /\b(?:can|could) i (realistically |actually |really |even |still )?(get|land|snag) (an? |the |that )?[\w -]{0,40}?\b(job|role|position|gig)\b(?! without\b)/,
  // "what skills am i missing?", "which tools do i lack?"
  /\b(what|which) (skills?|tools?|things?|requirements?) (am i|i'?m|im|do i) (still |actually |really )?(missing|lack|lacking)\b/,
  /\bwhat('?s| is) (missing|my gap|the gap|lacking)\b|\bwhat('?s| is) (the |my )?(actual |real |exact |true |realistic )gap\b/,
  /\bmissing (for|to)\b/,
  /\b(my|skills?|skill set) (biggest |main |real |actual |largest |key )?gaps?\b|\bwhat (am )?i (still )?lacking\b|(?<![\wÀ-ÿ])[ée] (pra|para) mim\b|\b(apa|apa aja|apa saja|apa lagi) (yang |yg )?(aku |saya |gue |gw |i )?(masih |lagi )?kurang\b|\bkurangnya apa\b|\bbutuh apa (aja|saja) yg (blm|belum)\b|\bce (îmi |imi )?lipse(ș|s)te\b|\bme encaixo\b|\bme encajo\b|\bgaps? (to|for|check|analysis)\b|\bgap check\b|\bfit check\b|\be (?:dey )?possible\s*\?|\b(?:what|wetin) (?:i|me) (?:dey |still )?miss\b|\bdo i (even |still |actually )?match\b|\b(?:eng|engineer|scientist|architect|role|one) fit\s*\?+\s*$|(^|[.!?,;:]\s*)gaps?\s*\?*$/,
  /\banything (else )?missing\b/,
  // "what skills for X / which of those do i already have, i know python and sql": the skills held against the role's.
  /\b(?:which|what|how many) of (?:those|these|them|the skills|its skills) (?:do )?i (?:already |actually )?(?:have|got|know|meet|tick)\b|\bdo i (?:already )?have (?:any|all) of (?:those|these|them)\b/,
  // "5 yrs, led a team 2 of them. enough for lead ML architect?", "is that enough for X?": the story weighed against a
  // role. ("is a master's enough for X?" weighs a degree: not at a clause's start.)
  /(?:^|[,.;!?/]\s*|\b(?:and|so|is (?:that|this|it|this all)|are (?:those|these)|would (?:that|this|it) be)\s+)enough for (?:an? |the )?[\w -]{2,40}?\b(?:architect|engineer|eng|scientist|role|position|job)\b/,
  /\bwhat gaps?\b|\bgaps? (do|would|have) i\b/,
  /\bhow far (am i|i am|away am i) from\b/,
  // "I did 2 years at Element AI. does that help for senior AI application engineer?": the story weighed against a role.
  // ("... / so would that get me into NLP research scientist?": the same.)
  /\b(?:does|would|will|do) (?:that|this|it|those|these) (?:help|change anything|count) (?:for|towards?|with|me get|me into)\b|\b(?:would|will|could|can|does|do) (?:that|this|it|those|these|my [\w' -]{1,30}?) (?:get|land) me (?:into|in)\b/,
  // "do my 12 years count?", "does my experience count if it wasn't software?": their years, weighed against a role.
  /\b(?:do|does|would|will) (?:my|those|these) (?:\d{1,2} )?(?:years?|yrs?|experience)\b(?: (?:of|in|as) [^?.!]{1,40}?)? (?:count|qualify)\b/,
  /\bwhat'?s left\b/,
  /\bwhat (do|would|else do|more do|else would|still do) i (still |else |really |actually |realistically )?(need|lack|have|miss)\b/,
  // "would NLP research scientist be a fit for me?", "what should I focus on to close the gap?"
  // ("would NLP research scientist actually be a fit once I'm out?": the asker, later; "multimodal research scientist
  // seria o caminho natural?", "is X the natural next step for me?": the asker's way on, weighed.)
  /\b(be|is) (a |an )?(good |great |realistic |right )?fit for me\b|\bbe (a |an )?(good |great |realistic |right )?fit (once|after|when|if) (i|i'm|im)\b|(?<![\wÀ-ÿ])(seria|sería|é|es) (o|el) (caminho|camino|paso|passo) natural\b|\bthe natural (next step|path|move|fit) for me\b|\bbe the (natural|right|best) fit\b|\bclose (the|my|that) gap\b/,
  // "Lead ML architect banne ke liye kya kya missing hai?"
  /\b(she|he|they)('?s| is| are|'re) missing\b|\bchego (mne )?ne (hvataet|khvataet|hvatayet)\b|\bczego (mi )?brakuje\b|\bczy mam szans[eę]\b|\bczy (si[eę] )?nadaj[eę] si[eę]|\bczy si[eę] nadaj[eę]|\b(eh|ehh) (elly|illi) na2es(ni|ny)\b|\bna2esni\b|\b(ki ki|ki) lagbe\b|\bgap ta ki\b|\bwhat would it take (for me )?to\b|\bes grave\b|\bes (una )?opci[oó]n para m[ií]\b|\bwhat (would|will) i (actually |really |still )?be missing\b|\b(crazy|pipe|impossible|unrealistic) (dream|goal|target)\b|\bdeal[- ]?breaker\b|\brealistic fit\b|\bfit or (nah|not)\b|\bwithin reach\b|\bfehlt mir (noch )?(was|etwas|noch)\b|\b(would|does|do|will) ([\w-]+ ){1,5}make sense (for me|once|after|when|if)\b|\bmake sense for me\b|\b(cumpro|cumplo( con)?) (os |los )?requisitos\b|\bdo i (meet|check|tick) (all )?the (requirements|reqs|boxes)\b|\bhow far am i\s*[?!.]*$|\bhow big (of )?(a )?gap\b|còn thiếu gì|thiếu những gì|\bam i (there|ready|qualified|close) yet\b|\b(architect|engineer|scientist|role)\s+gaps?\s*\?*$|\b(is (it|that|this) |am i )?realistic(?<!\d ?k? realistic) for (a |an |the |me )?(lead|senior|entry|nlp|multimodal)\b|\b(do|would|will|can) i (clear|meet|pass|make) the ([\w-]+ ){0,4}(bar|cut|cutoff|requirements?|reqs?)\b|\bo que (me |eu )?falta\b|\bo que (eu )?(ainda )?preciso\b|\b(mujh ?me|mujh ?mein|mere (me|mein|andar)) kya (kami|missing)\b|\bkya (kami|missing) (hai|h)\b|\bwhat (all )?gaps\b|\bgaps i have\b|\bwould (she|he|they) (still )?be missing\b|\bwhat (would|does|do|will) (she|he|they) (still |else )?(need|lack)\b|\bwhat should i (be )?(building|working) towards?\b|\b(work|working) (out )?for me\b|\breicht (das|es|mein \w+)\b|(?<![\wÀ-ÿ])d[aá] (pra|para) (ser|virar|chegar a)(?![\wÀ-ÿ])|(?<![\wÀ-ÿ])d[aá] (?:pra|para) (?=(?:lead|senior|entry|nlp|multimodal)\b)(?![^?]*\b(?:ou|o|or)\b[^?]*\b(?:lead|senior|entry|nlp|multimodal)\b)|\bten(?:h|g)o (?:alguma )?chance (?:como|de|pra|para|pa)\b|\bcan i (?:do|land|go for|pull off) (?:an? |the )?(?=(?:entry|senior|lead|nlp|multimodal)\b)|\bready (hoon|hu|hun|hai) kya\b|\b(her|his|their) gap\b|\b(na2esni|na2esny|ne2sni|naqesni|na2sitni|na2sni)\b|\bnaaku (?:emi|em|what) (?:skills )?missing\b|\b(nakosa|ninakosa) nini\b|qu'est-ce qui me manque|\b(ce qui|il) me manque\b|\bne (vystachaye|vistachaye|hvataet)\b|\b(ano pa |anong )?kulang (ko|pa ako|sa akin)\b|\bkya (kya )?missing\b|\bmissing hai\b|\b(seekhna|sikhna|seekhni|sikhni) (padega|padegi|hoga|hogi)\b/,
  /\bwhat do i lack\b|\b(?:that|which) i (?:don'?t|do not|dont) (?:have|know)(?: yet)?\s*\??$/,
  // "how big is the gap between me and an entry level AI engineer?", "ok which of those am I missing?".
  /\bgap between me and\b|\bhow (?:big|wide|large) is (?:the|my) gap\b|\bwhich of (?:those|these|them) (?:am i|i'?m|do i) (?:still )?(?:missing|lacking|lack)\b/,
  // "What all I lack to become lead ML architect?" (Indian English), "is the multimodal role closed for me then?".
  /\bwhat all (?:do )?i (?:lack|need|am missing|miss)\b|\b(?:closed|shut) (?:for|to) me\b|\bout of reach for me\b/,
  // "do i have a shot? masters in CS, 2 yrs as a CV engineer": whether the asker would get in, from what they told.
  /\bdo i (?:even |really |actually )?(?:have|stand) a (?:real |realistic |decent )?(?:shot|chance)\b/,
  // "what should I build up first to be a credible entry-level AI engineer?"
  /\bwhat (else )?(should|must) i (be )?(learn|learning|add|get|work on|working on|focus on|focusing on|improve|pick up|brush up on|build up|develop|strengthen|level up)\b/,
  /\bam i (even |actually |really |already )?(ready|qualified|good enough|close|on track|competitive|eligible|a (good |realistic )?fit)\b/,
  /\bhow close am i\b|\bhow do i (stack|measure) up\b/,
  // "I actually have the PhD now. does that make me a fit for multimodal AI research scientist?"
  /\b(?:does|would|will|do|did) (?:that|this|it|these|those|all that|all this) (?:make|makes) me (?:a |an )?(?:good |strong |better |realistic |decent |real )?(?:fit|candidate|match|qualified|eligible|competitive)\b/,
  /\bdo i (actually |really |even |still |also )?(qualify|have what it takes|meet)\b/,
  /\bdo i have (enough|the (right )?(experience|background|skills|profile))\b/,
  // "whats my gap for X", "was fehlt mir noch für X?", "passt Lead ML Architect zu mir oder fehlt noch was?".
  /\b(?:my|mon|mi|meu) gap\b|\b(need|want|require|expect)s? from me\b|\b(mujhe|mujhko) (?:[\w-]+ ){0,8}?(?:ke liye |k liye )?kya( kya)? (chahiye|seekhna|sikhna)\b|\bwas fehlt mir\b|\bkya( kya)? (?:chahiye|chaiye|chahie) (?:mujhe|mujhko)\b|\bfehlt (mir )?noch (was|etwas|viel)\b|\b(passt|passe) (?!(\w+ ){0,5}besser)(\w+ ){1,5}zu mir\b|\bqu[eé] me falta\b|\bo que (?:ainda )?me falta\b|\bquais (?:é que |e que )?me faltam\b|(?<![\wÀ-ÿ])(ainda falta|falta algo|t[ôo] pronto|estou pronto|estoy list[oa]|me falta algo)(?![\wÀ-ÿ])|还差什么|差什么|缺什么|부족할까요|부족한|\bmon profil (correspond|convient|colle)\b|(?<![\wÀ-ÿ])(?:ça|ca) me (?:va|convient|correspond)(?: ou pas)?\s*[?!.]*$/,
  /\b(is|are) (that|this|it|those) enough (for|to (be|become|get))\b/,
  // "I only know docker, never used kubernetes or mlflow. enough?": what the writer has, weighed on its own.
  /^\W*(?:(?:is|are|would|will) (?:that|this|it|those|these|mine) (?:be )?)?(?:good )?enough\s*\?+\W*$/,
  // Hindi "X ke liye fit hu?", "gap kya hai", Kannada "X ge fit aagtina?", Bengali "ar ki ki lagbe?" (what else is
  // needed), Marathi "X sathi fit ahe ka?".
  // (Bengali "lead ML architect er jonno ami ki ready? ki missing ache?": am I ready for it, what is missing.)
  /\ber jonno ami ki (?:ready|fit)\b|\bki missing ache\b|\b(?:ke liye|k liye|ge|sathi|er jonno) (?:naanu |main |mi |ami )?(?:fit|eligible|ready|layak) (?:hu|hoon|hun|h|aagtina|aagteeni|ahe ka|aahe ka|achi ki)\b|\bfit (?:hu|hoon|hun) kya\b|\bgap kya hai\b|\b(?:ar|aur) ki ki lagbe\b/,
  // "kya entry level AI engineer ke liye ye enough hai?": is what I have enough for X, in Hindi.
  /\b(ke liye|k liye)\b.{0,30}\b(enough|kaafi|kafi|sufficient|chalega)\b|\b(ye|yeh|itna|mera profile|my profile) (enough|kaafi|kafi|sufficient)\b/,
  /\b(can|could) i (still |even |realistically |actually )?(go|jump|move|step|skip) (straight |directly |right )?(to|into)\b/,
  /\brealistic (fit|target|goal|option|move)\b/,
  // "... only have the BSc. still ok for lead ML architect?": whether what was corrected still reaches the role.
  /\bstill (?:ok|okay|good|fine|eligible|qualified|a fit|realistic|a candidate) for\b/,
  // "PhD in CS, 18 years a professor. goal: lead ML architect by 55 😅 realistic or no?": whether the goal is in reach.
  /\b(?:realistic|doable|feasible|achievable|possible) or (?:no|not|nah|nope|naw)\b/,
  // "... 12 yrs in IT. lead ML architect possible or nah": whether the role named is within reach.
  // "Entry level AI engineer es realista po?": whether the role named is within reach, in Spanish or Portuguese.
  /\b(engineer|architect|scientist|rol|role|puesto|cargo|vaga) (es|é|e|seria|sería) (realista|posible|poss[ií]vel|viable|vi[aá]vel)\b/,
  // French "pour senior AI application engineer, je suis bon ou pas ?", "je suis ok ?", "je coche quoi pour X ?".
  /(?<![\wÀ-ÿ])je (?:suis|serais) (?:bon|bonne|ok|prêt|prête|pret|prete|qualifiée?)(?![\wÀ-ÿ])|(?<![\wÀ-ÿ])je coche quoi\b/,
  // "c'est mort pour entry-level AI engineer ou pas ?", "lead ML architect c'est trop ambitieux ?", "ça colle avec mon
  // profil ?", "il me faut quoi pour y arriver ?": whether the asker can get there, and what is missing, in French.
  /\bc'est mort pour\b|\bc'est trop ambitieux\b|(?<![\wÀ-ÿ])(?:ça|ca) colle avec mon profil\b|\bil me faut quoi\b|\bqu'est-ce qu'il me faut\b/,
  // French "entry level AI engineer c'est jouable ou pas ?", "c'est réaliste ou je rêve ?", "ça me correspond ?".
  /\b(?:c'est|c est|est-ce) (?:jouable|réaliste|realiste|faisable|possible)\b|(?<![\wÀ-ÿ])(?:ça|ca|cela) me (?:correspond|convient)(?![\wÀ-ÿ])/,
  // "just finished BTech ECE ... can i even try for entry level AI engineer jobs or is it waste?"
  /\bcan i (even |still |actually )?(try|apply) for\b|\b(?:do i have|any|is there) (?:a |any )?(?:real )?chance (?:for|at|of)\b/,
  // "... self-taught for 4 years. realistic to land an entry level AI engineer job?"
  // ("Possible to change to entry level AI engineer?": a move, asked in few words.)
  /\b(realistic|possible|feasible|doable) (for me )?to (land|get|snag|become|break into|go for|change to|switch to|move to|move into|transition to)\b/,
  // ("should I aim for X or is Y realistic?" weighs two roles.)
  /\b(architect|engineer|scientist|role|job)s?(?<!\bor\b[^.?!]{0,70}) (even |really |actually )?(possible|doable|realistic|feasible|achievable|in reach)\b(?:,? or (?![^?.!]*\b(?:engineer|architect|scientist|role|aim)\b)[^?.!]*)?\s*[?!.]*$/,
  /\bqualif(y|ies) me\b/,
  // Greek "Μπορώ να γίνω X;" (can I become X?), Russian "Потяну X?" (can I handle X?), Ukrainian "Чи зможу стати X?".
  // Hungarian "mi hiányzik még" (what is still missing), Ukrainian "shcho meni robyty shob staty X" (what should I do
  // to become X).
  // Tamil and Telugu "X ku eligible-aa?", "X ki eligible aa?" (am I eligible for X?), Marathi "kaay kami aahe" (what do I
  // lack).
  /\beligible[- ]?(?:aa|ah|aah)\b|\b(?:ki|ku|ke liye|ge|sathi) eligible\b|\b(?:kaay|kay|kai) kami aahe\b|μπορώ να γίνω|(?<![а-яёіїє])потяну(?![а-яёіїє])|(?<![а-яёіїє])чи (?:зможу|можу) (?:стати|бути)|\bmi hiányzik\b|\bshcho meni robyty,? shob staty\b|(?<![а-яёіїє])(?:що мені робити|что мне делать),? (?:щоб|чтобы) стати/,
  // "y con mi experiencia, ¿califico?", Russian "чего мне не хватает?": whether I qualify, what I lack.
  // (No u flag: the list is tested as one union, which needs the same flags throughout.)
  /(?<![\wÀ-ÿ])(?:califico|me califico|estoy calificad[oa]|sou qualificad[oa]|me qualifico)(?![\wÀ-ÿ])|(?<![а-яёіїє])чего (?:мне )?(?:ещё |еще )?не хватает|(?<![а-яёіїє])чого (?:мені )?(?:ще )?бракує/,
  // "decent fit for senior AI application engineer?"
  // (The role's first letter is looked at, not taken: the roles named after the cue are read from where it ends.)
  /\b(decent|good|great|realistic|strong|solid|ok|okay) fit (for|as) (an? |the )?(?!me\b)(?=\w)/,
  // "is NLP research scientist suitable for me?"
  /\b(suitable|suited) for me\b/,
  /\bneed to add\b/,
  /\b(cosa|que|qu[eé]|o que) (mi|me) (manca|falta|faltan)\b|\b(quali|quale|che) (\w+ )?(mi )?mancano\b|\bmi mancano\b/,
  /\bneed beyond (that|this|it|a ph\.? ?d|the ph\.? ?d|my degree)\b/,
  /\b(a stretch|out of reach|out of my league|too big a jump|too much of a jump|too far)\b/,
  /\bam i (too )?short\b|\bhow (far|short) (am i|off am i)\b|\bthe right (target|move|choice|next step|goal) for me\b|\bis\b.{0,60}\bthe right target\b/,
  // ("which is more realistic for me, X or Y?": a choice among roles, the fit.)
  /(?=\b(?:is|are|would|will)\b)(?<!\b(?:which|what)\b.{0,15})\b(is|are|would|will)\b.{0,60}\b(realistic|doable|achievable|possible|feasible) for me\b/,
  /\b(is|are) (that|this|it) (even |actually |really )?(realistic|doable|achievable|possible|feasible)\b|\bam i (being )?(delusional|dreaming|crazy)\b/,
  /\b(can|could) i (still |even |realistically |actually )?(become|be an?|be (our|the|your) (own )?|get into|land|make it as|make the (jump|switch|move|leap|transition) (to|into)|move into|switch to|transition to)\b/,
  /\b(a|any|my) (real )?(shot|chance|chances) (at|of|for)\b|\b(mere|meri|my) chances (kya|kitne|kaise)\b/,
  // "is entry level ai engineer realistic", "X — realistic?": the asker against X's requirements.
  // ("is remote work possible in these jobs?" asks which of the roles allow it: RECOMMEND_FOR_ME.)
  /^(is|would|will)\b(?!\s*[~$€£]?\s*\d)(?!.{0,60}\b(?:remote(?:ly)?|wfh|hybrid|from home)\b).{0,60}\b(realistic|doable|feasible|achievable|possible)\b(?! to\b)[^?]{0,40}[?!.]*$|^(realistic|doable|feasible|achievable)\s*[?!.]*$/,
  /\bthe right (starting|first|entry[- ]level) (role|job|move|step|point) for me\b/,
  // "would X be a realistic jump?", "can i apply to X roles before i defend?": the asker against X's requirements.
  /\b(an? )?(realistic|reasonable|feasible|doable|big|huge) (jump|step|leap|switch|move|transition|pivot)\b/,
  // "can I apply now or should I wait until I defend?": applying at all, with or without the role after it.
  // "apply kar sakta hu kya", "hote parbo?", "ki ki missing": the asker against the role, in Hindi and Bangla.
  /\bapply kar (sakta|sakti) (hu|hoon|hun)\b|\b(ban|bann) (sakta|sakti) (hu|hoon|hun)\b|\b(hote|apply korte|join korte) (parbo|pari)\b|\bki ki (missing|lagbe|shikhte hobe)\b/,
  // "est-ce que je pourrais viser X ?", "¿podría aspirar a X?": whether the asker can aim for X, in French and Spanish.
  /\b(est-ce que je (pourrais|peux)|puis-je|je pourrais|je peux) (viser|postuler|pr[ée]tendre|devenir)\b|\b(podr[ií]a|puedo) (aspirar|postular|aplicar|ser|llegar a ser)\b|\b(poderia|posso) ser\b|\b(poderia|posso) (me candidatar|aplicar)\b|\bposso candidarmi\b|\b(me )?alcanza para\b|\b(es|será) suficiente para\b|\b(d[aá]|chega) pra\b(?= (ser|virar|entrar))|\bwat mis ik( nog)?\b|\bo que (me )?falta\b|\bqu[eé] me falta\b/,
  /\b(can|could) i (even |still |just |realistically |actually |already )?apply( (to|for|now|yet|already|with|without|straight|directly)\b|\s*[?!.,]|\s*$| or\b)/,
  // "would a multimodal research scientist role even look at me?": whether the role would take them.
  /\b(would|will|do) (they|companies|employers|anyone) (even |actually |still )?(hire|consider|take|look at) (me|someone like me)\b|\b(?:would|will|does|do) (?:an? |the |that |this )?[\w -]{0,50}?\b(?:role|job|position|team)s? (?:even |actually |ever )?(?:look at|consider|hire|take) (?:me|someone like me)\b/,
  // "do I fit lead ML architect?", "would she fit multimodal?": someone against the role's requirements.
  // ("where do i fit?", "what role do I fit", "would I fit X or Y better?": a choice among the roles, not one role).
  /(?=\b(?:do|would|could|will|does) )(?<!\b(?:where|what \w+|which \w+) )\b(?:(?:do|would|could|will) (?:i|she|he|they|my \w+)|does (?:she|he)) (?:even |really |actually |still )?fit\s+(?!in\b|anywhere\b|best\b)(?![^?.!]{0,60}\bor\b[^?.!]{0,40}\bbetter\b)(?=[a-z])/,
  // "lead ML architect: go or no go?", "should i go for it?": a verdict on the asker against the role.
  /\bgo or no[- ]go\b|\bno[- ]go or go\b|\bshould i (even )?(go for it|go for that|try for it)\b/,
  // "could i go for lead ML architect?", "do I actually tick the boxes?", "what's her gap?": the asker (or the person
  // asked for) against the role's requirements.
  /\bwould\b[^?.]{0,60}\bbe an? (good |great |realistic |right |decent )?fit\b(?!\s+for\s+(?:her|him|them|my\b))(?![^?]{0,40}\bor\b)|\b(can|could) i (even |still |realistically |actually )?(go|aim|shoot) for\b(?![^?]{0,60}\bor\b)|\b(tick|check|hit) (all )?(the|those|these) boxes\b|\b(her|his|their) gap\b/,
];

/** What a comparison asks to decide: which pays more or less, which needs a PhD, which is more senior or junior. */
export const VERDICTS = [
  "pay_high",
  "pay_low",
  "phd",
  "no_phd",
  "least_schooling",
  "most_schooling",
  "senior",
  "junior",
  "growth",
] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_CUES: readonly { verdict: Verdict; pattern: RegExp }[] = [
  {
    // "which one has better job growth?": the guide's growth figures, side by side.
    verdict: "growth",
    pattern:
      /\b(better|more|faster|higher|stronger|bigger)\b.{0,15}\b(job )?(growth|outlook|demand|prospects)\b|\bgrows? faster\b|\bmore in demand\b/,
  },
  {
    // "which one can I do without a PhD?": the roles that don't ask for one, first.
    verdict: "no_phd",
    pattern:
      /\bwithout (a |the )?(ph\.? ?d|doctorate)\b|\bwith (just|only) (a |my )?master'?s?\b|\b(which|what)\b.{0,40}\b(don'?t|doesn'?t|do not|does not) (need|require|ask for)\b.{0,10}\b(ph\.? ?d|doctorate)\b/,
  },
  {
    // "which needs the least schooling?", "which has the lower degree bar?": the roles that ask for the lowest degree.
    verdict: "least_schooling",
    pattern:
      /\b(rank|sort|order)\b.{0,30}\b(school|schooling|education|degree)\b.{0,30}(?<!\bmost (?:to|->|→) )\bleast\b|\b(least|less|fewest|lowest|minimum|shortest) (schooling|education|school|studying|degree|studies)\b|\b(lower|lowest|easier|easiest|lighter|smaller) (degree|education|schooling|academic) (bar|requirements?|reqs?|needs?)\b|\b(without|w\/o|no) (a |any )?(grad|graduate|advanced|higher) (degree|school)\b|\b(?:school|schooling|education|degree)\b[^.?!]{0,25}\bleast first\b/,
  },
  {
    verdict: "pay_low",
    pattern:
      // ("do que paga mais pro que paga menos": from the most paid to the least, highest first.)
      /(?=\b(?:paga|gana|ganha)\w* menos\b)(?<!\b(?:mais|m[aá]s)\b[^.?!]{0,25})\b(paga|pagan|gana|ganan|ganha|ganham|paga-se) (menos)\b|\bmenos (cobra|cobran|gana|ganan|paga|pagan|ganha|ganham)\b|\b(less|least) (earns?|pays?)\b|\b(pays?|paying|paid|earns?|earning|makes?|making) (the |teh )?(less|least|lower|lowest)\b|\bsabse (kam|kum) (salary|pay|paisa|tankhwah)\b|\b(salary|paisa|pay|gaji|gajinya) (sabse (kam|kum)|paling (kecil|rendah|sedikit)|terendah)\b|(?<!\b(highest|high|most) ?(to|->|→) ?)\b(lower|lowest|least)[- ](pay|paid|paying|salary)\b|\blowest first\b|\blow(est)? ?(to|->|-->|→) ?high(est)?\b|\bascending\b|\b(cheaper|cheapest|less expensive|least expensive) to (hire|employ|staff)\b/,
  },
  {
    verdict: "pay_high",
    pattern:
      /\b(paga|pagan|gana|ganan|ganha|ganham) (m[aá]s|mais|mejor|melhor)\b|\b(higher|highest|better|bigger) (average |avg |base |median )(pay|salary|comp)\b|\b(kisme|kiska|kisko|kaun|kon)\b.{0,20}\b(zyada|jyada|zada) (paisa|salary|pay|package)\b|\bwhich (one)?('?s| is)? (higher|bigger|larger)\b(?! (level|up|team|company|companies|role))|\b(pays?|paying|paid|earns?|earning|makes?|making) (the )?(more|most|better|best|higher|highest)\b|\b(higher|highest|better|best|more)[- ](pay|paid|paying|salary|money)\b|\bhighest first\b|\b(highest|high) ?(to|->|-->|→) ?(lowest|low)\b|\b(rank|sort|order)\w*\b.*\b(pay|salary|salaries|money)\b|\bby (pay|salary)\b|\b(costs?|costlier|pricier) (more|the most) to (hire|employ)\b|\b(more|most) expensive to (hire|employ)\b/,
  },
  {
    // "which one needs the higher degree?": the roles that ask for the highest degree (a pay
    // verdict in the same sentence is asked first: "which needs more schooling and which pays better?").
    verdict: "most_schooling",
    // (French "lequel exige le diplôme le plus élevé ?": the highest degree.)
    pattern:
      /\b(?:dipl[ôo]me|degree) (?:le plus|the most) (?:[ée]lev[ée]|haut)(?![\wÀ-ÿ])|\b(higher|highest|more advanced|most advanced|bigger) (degree|education|qualifications?)\b|\b(more|most) (schooling|education|studying|study|studies)\b|\b(rank|sort|order)\w*\b[^.?!]{0,40}\bhow much (schooling|education|school|studying)\b|\bby how much (schooling|education|school|studying)\b[^.?!]{0,30}\bmost first\b|\b(which|what)\b.{0,40}\b(needs?|requires?|expects?|wants?|asks? for) (a )?(grad|graduate|advanced) (degree|school)\b|\bstricter (on|about) (the )?(degree|education|qualifications?|schooling)\b|\b(?:degree|education|schooling)\b[^.?!]{0,12}\bwhich (?:one )?(?:requires|needs|asks for|wants) (?:the )?most\b/,
  },
  {
    verdict: "phd",
    // (`(?:\b|...)` after the words of need: "wymagają" ends in a letter `\b` does not know.)
    pattern:
      /\b(needs?|requires?|requries|required|asks? for|have to have|must have|necesita|necesitan|precisa|precisam|pide|piden|exige|exigen|requiere|requieren|exigent|wymaga|wymagają|verlangt|braucht|richiede|requer|requerem|compulsory|mandatory|obligatoire|obligatorio|obrigat[oó]rio)(?:\b|(?<=[À-ɏЀ-ӿ])(?![\wÀ-ɏЀ-ӿ])).{0,20}\b(ph\.? ?d|doctorate|doctorado|doutorado|doctorat|doktorat\w*|dottorato|promotion)\b|(?:потрібен|нужен|требует|вимагає)\s.{0,20}\b(ph\.? ?d)\b|\b(ph\.? ?d|doctorate)\b.{0,20}\b(needed|required|necessary|mandatory)\b|\bph\.? ?d[- ]only\b|\b(rank|sort|order)\w*\b.*\b(school|schooling|education|degrees?|studies|study)\b|\b(most|more) (schooling|education|studying|school)\b/,
  },
  {
    verdict: "senior",
    pattern:
      /\b(m[aá]s|mais) s[eê]nior\b|(?<![\wÀ-ÿ])pi[uù] (anni|esperienza)\b|\bam meisten (berufs)?erfahrung\b|\bplus d'exp[ée]rience\b|\b(pide|piden|exige|exigen|requiere|requieren|pede|pedem|necesita) m[aá]s (a[nñ]os|experiencia|anos|experi[eê]ncia)\b|\bmore ['"‘’“”]?senior\b|\bmost ['"‘’“”]?senior\b|\bhigher (level|up)\b|\b(needs?|wants?|asks? for|requires?) (more|the most) (years|yrs|experience|yoe)\b|\bwhich (?:one |role |of them )?(?:actually |even |really )?(?:asks? for|requires?|needs?|wants?) (?:any |real |actual )?(?:years|yrs|experience|yoe)\b|\bmost (years|yrs|experience|yoe|exp)\b|\b(highest|biggest|toughest|hardest) (experience |yoe |years )?bar\b|\b(by|on) (years|yrs|experience|yoe)\b(?![^.?!]{0,30}\b(least|fewest|lowest) (to|->) (most|highest)\b)/,
  },
  {
    verdict: "junior",
    pattern:
      /\b(more|most) junior\b|\b(less|fewer|fewest|least) (work |professional |prior |industry |job )?(years|yrs|experience|yoe|exp)\b|\b(lower|lowest) (experience|exp|yoe|years?) (bar|requirement|reqs?)\b|\bleast experience\b|\beasier to (get|break|land)\b|\bam wenigsten (berufs)?(erfahrung|jahre)\b|\bwenigsten (berufs)?(erfahrung|jahre)\b|\b(menos) (a[nñ]os de )?(experiencia|experi[eê]ncia)\b|\bmoins d'(exp[ée]rience|ann[ée]es)\b|\bmeno esperienza\b|\bminste (werk)?ervaring\b/,
  },
];

/** Orderings a criterion question asks for. */
export const ORDER_CUES: readonly { order: "pay_high" | "pay_low" | "years_low" | "years_high"; pattern: RegExp }[] = [
  {
    order: "pay_low",
    pattern:
      /\b(?:pays?|earns?|makes?) less\b(?! than)|\bless (?:earns?|pays?)\b|\bcheapest\b|\b(pays?|paid|earns?|salary|salaries|money)\b.*\b(least|lowest|worst)\b|\b(paga|pagan|gana|ganan|ganha|ganham) menos\b|\bsabse kam (salary|pay|paisa|tankhwah)\b|\b(least|lowest|worst)[- ](paying|paid|pay|salary)\b|\bpays? (the )?least\b|(?<![\wÀ-ÿ])(do|de|del) menor (pr[oa]|para( o)?|al|a) (maior|mayor)(?![\wÀ-ÿ])/,
  },
  {
    order: "pay_high",
    pattern:
      /\b(?:pays?|earns?|makes?) more\b(?! than)|\b(pays?|paid|earns?|salary|salaries|money)\b.*\b(most|highest|best|top)\b|\b(paga|pagan|gana|ganan|ganha|ganham) (m[aá]s|mais)\b|\bsabse (zyada|jyada|zada) (salary|pay|paisa|tankhwah)\b|\b(highest|best|top)[- ](paying|paid|pay|salary|earning)\b|\bmost money\b|\bmoney[- ]wise\b|\bhigher\b.{0,40}\bpay[- ]wise\b|\bhighest\b.{0,15}\bpay\b|\bpays? (the )?(most|best)\b|(?<![\wÀ-ÿ])(do|de|del) (maior|mayor) (pr[oa]|para( o)?|al|a) menor(?![\wÀ-ÿ])|\b(stipendio|sueldo|salario|sal[aá]rio) (pi[uù]|m[aá]s|mais) alto\b|\b(pi[uù]|m[aá]s|mais|mejor|melhor) pagad?[oa]\b/,
  },
  {
    order: "years_low",
    pattern:
      /\b(least|fewest|no|less|little|minimum) (years of )?(work |professional |prior |industry |job )?experience\b|\bam wenigsten (berufs)?erfahrung\b|\bmenos (a[nñ]os de )?(experiencia|experi[eê]ncia)\b|\bmoins d'exp[ée]rience\b|\bminste (werk)?ervaring\b|\beasiest to (get|break|land)|\b(easiest|best|simplest|quickest) (entry|starting) point\b|\beasiest (way|path|door) in\b|\bno experience\b|\b(most|more) beginner[- ]friendly\b|\blowest[- ]barrier\b|\b(lowest|lower|smallest) (bar|barrier|entry bar)\b/,
  },
  {
    order: "years_high",
    pattern:
      /\bmost (years|yrs|yoe)? ?(of )?(work |professional |prior |industry |job )?(experience|exp)\b|\bmost senior\b|\b(mais|m[aá]s) s[eê]nior\b|\bhardest to (get|land)\b|\bpi[uù] (anni|esperienza)\b|(?<![\wÀ-ÿ])più (anni|esperienza)\b|\b(m[aá]s|mais) (a[nñ]os|anos) de experi[eê]ncia\b|\bam meisten (berufs)?erfahrung\b|\bplus d'exp[ée]rience\b/,
  },
];

/** A role criterion on degrees: "needs a PhD", "only a bachelor's". */
export const DEGREE_CRITERIA: readonly { degree: "phd" | "master" | "bachelor"; pattern: RegExp }[] = [
  {
    degree: "bachelor",
    pattern:
      /\b(only|just) (needs? |requires? |with )?(a )?(bachelor'?s?|undergrad|cs degree)|without (a )?(phd|master)/,
  },
  {
    degree: "phd",
    pattern:
      /\b(need|needs|require|requires|required|with|necesita|necesitan|pide|piden|exige|precisa|precisam)\b.*\b(phd|ph\.d|doctorate|doctorado|doutorado)\b/,
  },
  { degree: "master", pattern: /\b(need|needs|require|requires|required)\b.*\bmaster'?s?\b/ },
];

/** Remote work: a field the guide mentions for one role only. */
export const REMOTE_WORDS =
  /\b(remote(ly)?|from home|wfh|work from anywhere|hybrid|in[- ]office|onsite|on-site|remoto|remota|remotamente|teletrabajo|teletrabajar|teletrabajando|home office|homeoffice|zdalnie|zdaln[aąeyj]\w*|t[ée]l[ée]travail\w*|uzaktan)\b/;

/** Words of thanks, greeting and goodbye, answered in a line or two. */
export const SMALLTALK: readonly { kind: "thanks" | "hello" | "bye" | "praise"; pattern: RegExp }[] = [
  {
    kind: "thanks",
    // (Japanese "ありがとう", Korean "고마워요" are read as "thanks" before this; Wolof "jërëjëf" is thanks.)
    pattern:
      /^(ok(ay)?,? |great,? |cool,? |awesome,? |perfect,? |amazing,? |nice,? |damn,? |wow,? |omg,? |oh,? |sweet,? )?(thanks?|thank you|thank u|thanku|thx|ty|tysm|cheers|much appreciated|appreciate it|jërëjëf|jerejef|chur(?: bro| bru| cuz| mate)?|legend|ka pai|sweet as)(?![\wÀ-ÿ])/,
  },
  { kind: "bye", pattern: /^(bye|goodbye|see (you|ya)|later|cya|good night|gn)\b/ },
  {
    kind: "hello",
    // ("happy friday guys 🎉 well done for this week": a greeting for the day; Pidgin "how far guys" is hello.)
    pattern:
      /^(?:e a[ií](?: galera| pessoal| gente)?,?\s+)?(hi|hello|hey|hiya|yo|howdy|good (morning|afternoon|evening)|gm|morning|greetings|sup|what'?s up|happy (friday|monday|weekend|holidays|new year)|have a (good|nice|great) (day|weekend|one)|g'?day|kia ora|sawubona|molweni|dumelang|habari( zenu| yenu)?|mambo|niaje|selam|(?:salam|salut|slt)(?: khouya)?,? (?:labas|ça va|ca va)|ça va le bot|guten (morgen|tag|abend)|goe(?:de|ie)(?:morgen|middag|navond)|moin|servus|buongiorno|buenos d[ií]as|buenas( tardes| noches)?|c[oó]mo (andan|andas|est[aá]n|est[aá]s)( todos| todas| gente)?|qu[eé] tal( todos| gente)?|bom dia+|boa tarde|bonjour|salut|hola|ol[aá]|ciao|hallo|how (ya|you|are you|r u) (going|doing)|how are (you|u|ya)|how r (u|you)|how'?s it going|(?:are )?(?:u|you) (?:up|there|awake|alive)(?=\s*[?!.]*$)|how far,? (?=guys|people|everyone|una|fam|bros|my people|o\b))\b/,
  },
  {
    kind: "praise",
    pattern:
      /^(gg( ez)?( bot)?\s+|(?:lol |lmao |ok |okay |ngl |tbh |yo |hey |ay )*(?:careerbot |bot )?)?(you('?re| are)|ur|u r|youre) (?:kinda |lowkey |actually |really |pretty )?(great|awesome|the best|amazing|helpful|the goat|goated|a legend|a lifesaver)|^(nice|great job|good bot|love (it|you)|gg( ez)?|w bot|goated|based bot)\b/,
  },
];
/** The words left over after a greeting that still leave it small talk ("thanks, that helps"). */
export const SMALLTALK_FILLER =
  /^(thanks?|thank you|ty|thx|thnx|tysm|cheers|ok|okay|great|cool|awesome|perfect|alright|nice|well|yes|yep|sure|(great|good|awesome|nice|cool) (stuff|one|job|answer)|(this|that) (was|is) (gold|great|helpful|useful|perfect)|a lot|so much|very much|that helps?|(this|that|it) helps( a lot| so much)?|helps a lot|helped a lot|that'?s (great|helpful|useful|it|all|heaps)|(that was |that'?s )?heaps (useful|good|helpful)|sweet as|chur|legend|bro|super helpful|helpful|all|everyone|team|folks|there|bot|careerbot|for the help|for that|again|no cap|yesterday|today|earlier|gente|todos|a bunch|mate|man|buddy|guys|y'?all|fr|lol|la famille|la team|les gars|on est ensemble|(you('?re| are)|ur|u r|youre) (great|awesome|the best|amazing|helpful|the goat|goated|a legend|a lifesaver)|[!.?,\s\p{Extended_Pictographic}]+|\uFE0F)*$/u;

/** Clearing the conversation: "start over", "forget that". */
export const RESET_WORDS =
  /^(let'?s |can we |ok,? |okay,? )?(start (over|again|fresh)|forget (that|it|this|everything|all that)|reset|new topic|clear( context)?|never ?mind)\b/;
/** Forgetting the person: everything stored for them is deleted. */
export const FORGET_ME = /^(please )?(forget me|delete (my|all my) (data|info|history)|forget (all )?(about )?me)\b/;

/** Pronouns and short phrases that point back at the role last talked about. */
// ("which roles does this bot know about?": "this bot" points at the bot, not back at a role.)
export const BACK_REFERENCE =
  /\b(it|its|that|this(?! (?:bot|channel|server|guide|workspace|chat|app)\b)|they|them|their|theirs|those|these|he|she|his|her|there|ones|the role|that role|this role|that job|this job|the same|the first one|the second one|the one)\b|(?<![a-zà-ÿ])(para eso|para esto|pra isso|para isso|por eso|dafür|daf[üu]r|pour [çc]a|per quello|per questo|do tego|na to|bunun i[çc]in|untuk itu|uske liye|iske liye|ese puesto|ese rol|esse cargo|diese rolle|ce poste|quel ruolo|ta rola|del puesto|do cargo|du poste|della posizione|del ruolo|der rolle|tego stanowiska|thì sao)(?![a-zà-ÿ])/;
/** Openers of an elliptical follow-up: "and the salary?", "what about multimodal?". */
/** "I", "my", "me": words that make a sentence about its writer. */
// Turkish "ben", "benim", "bana", "neyim" ("what do I have/lack"); French "je suis", "j'ai" (Dutch "je" is "you");
// German "ich"; Portuguese "eu". A letter beyond ASCII next to it continues the word: Turkish "için" is not "i",
// French "diplôme" holds no "me", Vietnamese "hỏi" no "i".
export const FIRST_PERSON =
  /(?<![\u00c0-\u024f\u1e00-\u1eff])\b(i|i'm|im|i've|ive|i'd|i am|my|me|mine|ben|benim|bana|neyim|je (suis|vise|veux|code|travaille|fais|cherche|peux|voudrais|aimerais)|j'ai|pour moi|ich|eu|para mim)\b(?![\u00c0-\u024f\u1e00-\u1eff]|[\u0300-\u036f])/i;

export const FOLLOW_UP_OPENER =
  /^(and|what about|how about|and what about|what of|also|ok and|(?:ok|okay|cool|alright|hmm),? what about|(?:(?:ok|okay|cool|alright|hmm),? )?but what about|so|then|vs\.?|versus|or|compared (to|with)|against|(wait,? )?(sorry,? |correction:? |edit:? )?i (meant|mean)|(wait,? )?sorry|wait,? (no|actually)|(?:\+?1,? )?same (?:question|q|here|thing),? (?:but )?for|et|y|e|und|aur|ve|dan)\b/;

/** Narrow salary questions: the line asked about is shown first, the rest one follow-up away. */
export type SalaryFacet =
  | "top10"
  | "top1"
  | "additional"
  | "benefits"
  | "factors"
  | "location"
  | "company"
  | "industry"
  | "outside_us"
  | "base"
  | "common"
  | "max"
  | "min"
  | "average";
export const SALARY_FACETS: readonly { facet: SalaryFacet; pattern: RegExp }[] = [
  { facet: "top1", pattern: /\btop 1 ?%|\btop one percent|\b99(th)? percentile/ },
  {
    facet: "top10",
    pattern: /\btop 10 ?%|\btop ten percent|\b90(th)? percentile|\btop earners?\b|\b(best|highest|top)[- ]paid\b/,
  },
  { facet: "common", pattern: /\bmost common|\bcommon (salary|pay|band|range)|\bmost people (make|earn|get)\b/ },
  {
    facet: "additional",
    pattern:
      /\b(bonus(es)?|additional (pay|comp(ensation)?)|on top of (the )?base|extra over (the )?base|(the |what'?s )extra on top|total comp(ensation)?|tc\b|extra pay|stock comp|variable (part|pay|comp)|zus[äa]tzliche verg[üu]tung|boni\b)/,
  },
  {
    facet: "benefits",
    pattern:
      /\b(benefits?|perks?|equity|stock options?|health(care)? (insurance|benefits?|coverage|plan)|health insurance|pto|vacation)\b/,
  },
  // "what actually pushes the pay up?", "what moves the number most?", "what does the salary depend on?" (and the
  // German word order "from what depends the salary?"): everything the guide says moves pay.
  {
    facet: "factors",
    pattern:
      /\bwhat (actually |really )?(moves|pushes|drives|affects|influences|determines|decides|bumps|raises)\b.{0,25}\b(pay|comp|salary|salaries|number|it)\b|\b(pay|salary|comp) factors?\b|\bfactors? (that )?(affect|drive|move|influence)\b|\b(?:pay|salary|salaries|comp|it) (?:mostly |mainly |really )?depends? on\b|\bdepends? (?:the )?(?:pay|salary|comp) (?:mostly |mainly )?on\b|\bfrom what depends\b|\bwhat does (?:the |it )?(?:pay|salary|comp)? ?(?:mostly |mainly |really )?depend on\b/,
  },
  {
    facet: "location",
    pattern: /\b(cit(y|ies)|location|san francisco|sf|bay area|seattle|new york|nyc|where .*pay|tech hubs?|region)\b/,
  },
  {
    facet: "company",
    pattern: /\bcompany size|\b(big|bigger|large|larger|small|smaller) (tech )?compan|\bstartups?\b|\bfaang\b/,
  },
  { facet: "industry", pattern: /\b(industry|industries|sectors?|finance|fintech)\b/ },
  {
    facet: "outside_us",
    pattern:
      /\b(outside (the )?(us|usa|u\.s\.|united states|america)|europe|uk|india|canada|germany|abroad|international(ly)?|other countries|global(ly)?)\b/,
  },
  // ("avg base": the average base salary, below.)
  { facet: "base", pattern: /(?<!\b(?:avg|average|mean|median|typical) )\bbase (salary|pay)?\b/ },
  {
    facet: "max",
    pattern:
      /\b(most (you|i|one|they) can (make|earn)|how high can (it|salary|the salary|pay|the pay|that) go|max(imum)?|ceiling|upper (end|limit|bound)|highest|top (end|of the range)|potential|reach)\b/,
  },
  { facet: "min", pattern: /\b(starting|start(s|ing)? (at|salary|pay)|lowest|minimum|least|bottom|entry salary)\b/ },
  { facet: "average", pattern: /\b(average|avg|mean|typical|median|usual)\b/ },
];

/** Narrow market questions: the figure asked about first, no more than a few lines. */
export const NARROW_MARKET =
  /\b(growth rate|job growth|how (big|large|fast)|market size|cagr|projected|projection|how many jobs|employment growth|average (salary|pay)|avg (salary|pay)|growing|numbers|figures|stats|statistics)\b/;

/**
 * An attempt to take the bot over ("ignore all previous instructions", "you are now DeployBot"): declined, and a
 * message holding one is declined as a whole (pipeline.ts). Lower-case text.
 */
export const TAKEOVER =
  /\bignore (?:all |any |the |your )?(?:previous |prior |above )?(?:instructions|rules|prompts?)\b|\byou are now\b|\bsystem prompt\b|\bdeveloper mode\b|\bjailbreak\b/;

/**
 * A job in AI, ML or data ("MLOps engineer", "speech scientist", "model risk analyst"): one the guide lacks is a career
 * question it does not cover; any other job ("web developer", "truck driver") is outside the AI/ML roles the bot
 * knows.
 */
export const AI_OR_DATA_JOB =
  /\b(?:ai|ml|mlops|llm|llmops|genai|data|prompt|nlp|vision|cv|speech|research|researchers?|scientists?|analytics|analysts?|quant|quants|model|models)\b/;

/** Requests that are not career questions, whatever career words they carry ("drop everything and tell me a joke"). */
export const OFF_TOPIC_REQUEST = gated(
  /\b(\w+_\w+|\w+(warning|error|exception)|regex|regexp|stack ?trace|traceback|segfault|keeps? crashing|helm charts?|dockerfiles?|values\.yaml|terraform (module|script|file)s?|(fix|debug) (this|my) (\w+ )?(code|error|warning|bug|script)|overleaf|latex)\b|\b((tell|write|give|got|any|know|make)( me| us)?( a| an| some| another| any)?( \w+)? jokes?|jokes? about|poems?|haikus?|limericks?|songs?|(tell|write|read) (me |us )?(a |an |some )?(\w+ )?stor(y|ies)|bedtime stor(y|ies)|(?:write|draft|generate|make|do|create)(?: me| us)?(?: a| an| my)? cover letters?|(?<!\b(?:sorry|apologies) (?:for|about) (?:the|my|this) )essays?|recipes?|pizza|weather|drop table|select \* from|delete from|insert into|rm -rf|[345]0[6789]0|rtx ?\d{4}|gtx ?\d{3,4}|(which|what) (gpu|graphics card|laptop)|(?=write|give|make|code|build|drop|send|share)(?<!\b(?:i|we) )(write|give|make|code|build|drop|send|share) (me )?(an? |some |the )?([\w#+.-]+ ){0,2}(regex|regexp|regular expression|one-liner|one liner|oneliner|bash command|shell command|training loop|groupby|group by|pivot table|rolling mean|script|scraper|function|program|sql query|python code|code|bot|stream|class|method|query|snippet|dax measure|measure|formula|macro|vba|lambda|dataloader|data loader|dataset class|dataset|yaml|manifest|config file|dockerfile|notebook|unit test|endpoint|api)s?|solve (this|these|my|it)|convert (this|my|the) ([\w-]+ ){0,3}(to|into) (pandas|python|sql|pyspark|r|scala)|(me pas[aá]s|p[aá]same|hazme|escr[ií]beme|escribime) (un |una )?(\w+ )?(script|c[oó]digo|funci[oó]n|query)|integral of|derivative of|do my homework|(homework|assignment) (for me|due)|(write|code|solve|implement) (me )?(up )?(a |the )?(two ?sum|fizz ?buzz|leetcode|binary search|linked list|reverse a string)|(write|code) me [\w ]{0,25}\bin (python|java|javascript|c\+\+|golang|rust)|(solve|implement) (this|a|the|me) [\w ]{0,25}\bin (python|java|javascript|c\+\+|golang|rust))\b|\b(?:ein|einen|eine) (?:[\w-]+ ){0,2}(?:script|skript|programm|code|funktion)\b[^.?!]{0,40}\b(?:schreiben|programmieren|coden)\b|\bbikin(?:in)? (?:script|skrip|kode|code|program|scraper)\b|\b(?:code|program|script) (?:de|bhej|likh|likhke de) do\b|\b(?:escreve|escreva|escribe|escr[ií]beme|hazme|haz|faz|fa[cç]a|[ée]cris|[ée]crivez)(?: um| uma| un| une| me)? (?:script|c[oó]digo|code|programa|scraper)\b/,
);
/**
 * The same in German, French, Portuguese, Polish, Russian and Ukrainian ("Kannst du mir ein Python-Skript schreiben?",
 * "écris-moi un script", "me passa um código", "napisz mi skrypt", "расскажи анекдот"), and recipes in
 * Greek and Russian ("Ποια είναι η καλύτερη συνταγή για μουσακά;"), legal advice ("does Art. 6(1)(f) GDPR legitimate
 * interest cover ...", "draft a DPIA"), test code ("cy.visit() failed", "write me a playwright test"): a pattern of its own, as OFF_TOPIC_REQUEST runs
 * on every question and V8 cannot keep a large pattern's machine code in the start-up snapshot
 * (src/startupSnapshot.ts).
 */
// (New alternatives go here, not in OFF_TOPIC_REQUEST: one more there made the start-up snapshot's build crash with
// SIGTRAP, cause not found.)
export const OFF_TOPIC_REQUEST_ELSEWHERE =
  /\b(?:tulisin|buatin|bikinin) (?:kode|code|script|skrip|program)\b|\b(?:cy|page|driver)\.\w+\(|\btests? pass(?:es)? locally\b|\bwrite (?:me |us )?(?:a |an )?(?:playwright|selenium|cypress|pytest|junit|unit) tests?\b|\b(?:art\.? ?\d+\(\d+\)(?:\([a-z]\))?|legitimate interest|(?:draft|write) (?:me |us )?(?:a |an |the |our )?dpia)|\b(?:rasskazhi|rasskazhite|skazhi) (?:mne )?(?:anekdot|shutku)\b|(?:расскажи|расскажите) (?:мне )?(?:анекдот|шутку)|(?<![\wÀ-ÿ])(?:who|qui[eé]n|quem) (?:would win|wins|ganar[ií]a|gana|ganharia|ganha|venceria) (?:in|en|em|numa|una|um) (?:a |una |uma )?(?:fight|pelea|briga|luta|batalla)(?![\wÀ-ÿ])|\b(?:ein|einen|ein kleines) [\w-]*(?:skript|script|programm|code)\b[^.?!]{0,60}\bschreiben\b|\bschreib(?:e)? mir (?:ein|einen|mal ein)\b|\berz(?:ä|ae)hl(?:e)?(?: mal)?(?: mir)?(?: (?:einen|nen|en))? witz|(?<![\wÀ-ÿ])[ée]cri(?:s|re|vez)[- ]moi (?:un|une) (?:script|code|programme|fonction)\b|(?<![\wÀ-ÿ])(?:me )?(?:passa|manda|escreve|faz) (?:um|o|uns) (?:c[oó]digo|script|programa)(?![\wÀ-ÿ])|\bnapisz mi (?:skrypt|kod|program)|(?:^|\s)(?:расскажи|розкажи|расскажите) (?:мне )?(?:анекдот|шутку|жарт)|(?:^|\s)(?:напиши|напишіть|напишите) (?:мне |мені )?(?:скрипт|код|программу|програму)|συνταγή|рецепт|\bwhy (?:does |is |do )?`[^`]+`[^?.!]{0,30}\b(?:hang|hangs|hanging|crash\w*|fail\w*|error\w*|stuck|break\w*|throw\w*)\b|\bhow (?:do i |to )?(?:make|get) \w+ (?:to )?stop (?:throwing|crashing|failing)\b|\b(?:cuda )?out of memory\b[^.?!]{0,30}\b(?:kaise|how (?:do i |to )?)?fix\w*|\bcuda oom\b|\b(?:best|which|good|cheap|cheapest) (?:laptop|pc|gpu|monitor|keyboard|chair)s?\b|\b(?:chem|chemistry|physics|math|bio|biology)\s*(?:hw|homework)\b|\bmolar mass\b/;

/**
 * Chores asked of the bot or the channel: "can u summarize this meeting", "translate this into German for my email",
 * "what's the score, india vs aus?", "anyone driving to Jersey City tmrw? need a ride". (A pattern of its
 * own: one more alternative in OFF_TOPIC_REQUEST_ELSEWHERE made the start-up snapshot's build crash with SIGTRAP.)
 */
export const OFF_TOPIC_CHORE =
  /\b(?:help me )?debug (?:my|this|the|our) (?:[\w-]+ ){0,3}?(?:join|query|code|script|macro|loop|function|sql|bug|error)\b|\b(?:stamp|approve|review|merge|lgtm) (?:my|this|the|our) (?:[\w-]+ )?(?:pr|mr|pull request|merge request|diff|cl)\b|\bsummari[sz]e (?:this|the|my|our) (?:meeting|call|notes|email|thread|doc|document|article|paper)\b|\btranslate (?:this|the following|that)\b|\bwhat'?s the score\b|\bcricbuzz\b|\b(?:need|needs|looking for) a ride\b|\banyone driving\b|\b(?:is|the) (?:the )?(?:vpn|wifi|wi-fi|printer|cluster|server|slack|teams|zoom|email|outlook) (?:down|out|broken|dead|acting up)\b|\bcan'?t (?:reach|connect to|log ?in to|access) the (?:cluster|vpn|server|wifi)\b|\bbook (?:a |the |me a )?(?:[\w-]+ ){0,2}(?:meeting )?room\b|\bbook (?:a |the )?(?:meeting|conference room|desk)\b|\bprinters? (?:on|in|at)\b[^?]{0,40}\b(?:fixed|working|broken|down|jammed)\b|\b(?:recs|recommendations?) for an? (?:[\w-]+ ){0,3}(?:lidar|camera|gpu|laptop|monitor|keyboard|drone|chair)\b|\bros ?2 (?:humble|jazzy|iron|foxy|rolling)\b|\bcolcon\b|\bis (?:the )?[\w ]{0,20}(?:branch|library|office) open\b|\b(?:seed|pitch) deck template\b|\bstartup banking\b/;

/**
 * Operating a cluster or one's day, not a career: "does `kubectl rollout restart` drop in-flight requests?", a pasted
 * "FailedScheduling" event, "cómo configurar un HPA en k8s", "remind me to take my meds at 3pm", "a quiet keyboard
 * switch?", "etcd timeouts all over the logs, send help", "is seminar room 2.14 free on Friday?", "anyone got the link for the hackathon discord?". (A pattern of its
 * own, as OFF_TOPIC_CHORE above.)
 */
export const OFF_TOPIC_ASIDES =
  /\b(?:mechanical )?keyboard switch(?:es)?\b|\bsend help\b|\broast (?:my|this) (?:friend|buddy|bro|mate|coworker|co-worker|boss|roommate|brother|sister)\b|\broast (?:him|her|them)\b|\bpatroni\b|\betcd timeouts?\b|\b(?:seminar|meeting|conference|class) ?room\b[^?]{0,40}\b(?:free|available|booked)\b|\bremind me (?:to|at|in)\b|\bkubectl\b|\bdaemonsets?\b|\bprestop\b|\bfailedscheduling\b|\bcluster-autoscaler\b|\bprometheus adapter\b|\bconfigur\w* (?:un |an? |the )?hpa\b|\bpid-\d+\b|\badt a\d\ds?\b|\b(?:anyone|any1|somebody|someone) (?:got|have|has) (?:the |a )?link\b|\blink (?:for|to) the [\w-]+ (?:discord|server|group|chat|channel|zoom|meet)\b/;

/** Jobs outside software, data and ML (nursing, music, running servers): their years are not the experience the roles count. */
export const NON_TECH_BACKGROUND =
  /\b(rn|icu nurse|cpa|cnc (?:programmer|machinist|operator)|machinist|profes(?:or|ora|sor|sora|sore|soressa)|advogad[oa]|abogad[oa]|konstrukteur|schichtleiter|suporte|enfermeir[oa]|enfermer[oa]|maestr[oa]( de primaria)?|contador(a)?( publico)?|contadora|contable|contabilista|comptable|buchhalter(in)?|infermier[ea]|medical billing|billing|medical coding|support eng(ineer)?( lead)?|support lead|customer support|customer success|tech support|it support|helpdesk|help desk|customer service|call cent(er|re)|paediatrician|pediatrician|surgeon|dentist|accountant|nurse|teacher|radiologist|pharmacist|paralegal|barista|translator|mechanical|civil|chemical|lawyer|attorney|litigator|solicitor|barrister|reporter|editor|midwife|firefighter|doctor|physician|chef|cook|sales|marketer|marketing|recruiter|manufacturing|banker|cashier|writer|journalist|retail|waiter|waitress|driver|lab scientist|clinical lab|medical lab|laboratory|claims|actuar\w*|underwriter|product manager|pm|project manager|program manager|tpm|technical program manager|bank teller|teller|designer|hr|sound engineer|audio engineer|live sound|musician|bassist|guitarist|drummer|singer|photographer|artist|actor|farmer|pilot|police|soldier|electrician|plumber|carpenter|bartender|content writer|copywriter|social media|sysadmin|sys admin|system administrator|systems administrator|systemadministrator|network admin|network administrator|network engineer|it admin|teaching assistant|teaching|tutor|risk analyst|financial analyst|credit analyst|ux researcher|user researcher|operations manager|store manager|logistics|caregiver)\b/;
/** Jobs that lead people or technical direction: the person leads now, for however long. */
/** Managers of things, not of people: "a clinical data manager (8 yrs)" leads no team. */
export const MANAGES_NO_TEAM =
  "product|project|program|programme|account|office|community|marketing|sales|data|case|care|store|shift|warehouse|restaurant|retail|success";
export const LEADING_BACKGROUND = new RegExp(
  `\\b(director|cto|vp|head of|(?<!(?:${MANAGES_NO_TEAM}) )manager|principal|staff engineer|tech lead|team lead|lead engineer|engineering lead)\\b`,
);
/** Industries the guide names for roles' demand: "which role is in demand in healthcare?". */
export const INDUSTRIES =
  /\b(healthcare|health care|hospitals?|finance|financial|banking|fintech|legal|law|automotive|telecom(munications)?|technology|tech companies|academi[ac]|research firms)\b/g;
/** Leading now, in someone's own words: "leading 8 engineers", "I mentor the ML teams", "team lead". */
// ("how do I ask for a promotion to team lead?": a title aimed at is not one held.)
export const LEADS_NOW =
  /\b(i (lead|manage|mentor|run)|leading (a |the |my |our )?(\d+ |team of )?(teams?|people|engineers|developers|devs|scientists|group)|led (a |the )?team|manag(e|ing) (a |the |my |our )?(team|people|engineers)|mentor(ing|s)? (the |our |my )?(juniors?|team|engineers|ml teams?|data scien\w+)|(?<!\b(?:to|become|becoming|be|into|towards?|for) (?:a |an |the )?)(?:tech lead|team lead|head of))\b/;

/** Words that ask for a whole facet ("skills", "requirements"), not one part of it: they narrow no answer. */
export const FOCUS_NEUTRAL = new Set(
  `need needed require required requirement qualification qualified skill skillset salary salarie pay paid earn
  earning make job role career tell about overview describe work working responsibility duty path become becoming
  know much many level good best typical usual important main key list type kind thing like look want have
  really actually please thank help more info information detail general overall usually typically exactly
  technical tool tech technology stack hard learn learning study studying mostly stuff field`
    .split(/\s+/)
    .filter(Boolean),
);

/** "what's a lead ml architect on?", "what's that role usually on?": British for what a job pays. */
export const PAID_ON =
  /\b(?:what'?s|whats|what is|what are|what're|what would|what do)\b(?:[^?.!/,]{0,60}?)\b(?:architect|engineer|eng|scientist|researcher|role|job|gig|position|lead|dev|developer|they|that|those|you)\s+(?:usually |typically |normally |generally |actually |be )?(on)\b(?=\s*(?:$|[?,/!.]|in |roughly|these days|nowadays|over here|here|there|at |for ))/;

/**
 * "explain like im 5", "explain it to me like i'm a wet lab biologist", "eli5": a request for plain words, no fact.
 * (Not past a question word: "explain like im 5 what a multimodal ai research scientist does" names the role.) "kindly
 * explain in brief" asks the same.
 */
export const EXPLAIN_SIMPLY =
  /\bexplain (?:it |this |that )?(?:to me )?(?:like|as if) (?:i'?m|im|i am|i was) (?:(?:five|5)\b|(?:a |an )?(?:(?!(?:what|whats|what's|how|why|which|who)\b)[\w-]+ ?){0,4})|\bexplain (?:it |this |that )?(?:in brief|briefly|simply|in short|in simple (?:terms|words|language))\b|\beli5\b/gi;
