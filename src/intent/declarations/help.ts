import { declareIntent } from "./declaration";

/** What the bot can do, with examples; also what an empty message gets. */
export const help = declareIntent({
  name: "help",
  kind: "meta",
  cues: {
    help: 5,
    "what can you do": 5,
    // Portuguese "o que vc sabe responder?" (what can you answer?).
    "sabe responder": 5,
    // "bot what you can do? is there list of commands": the question without its inversion.
    "what you can do": 5,
    "list of command": 5,
    "what can this bot do": 5,
    // "could you kindly explain what sort of questions you are able to answer": what the bot answers.
    "what sort of questions": 5,
    "what kind of questions": 5,
    "questions you are able to answer": 5,
    "questions you can answer": 5,
    // Pidgin "wetin this bot fit do?" (what can this bot do?), "how I go take use am?" (how do I use it?).
    "wetin this bot fit do": 5,
    "wetin this bot sabi do": 5,
    "wetin you sabi do": 5,
    // "one of the parents pointed me to this bot. what kind of things can I ask it?": what the bot answers.
    "what kind of things can i ask": 5,
    // French "tu sers à quoi ?" (what are you for?). ("te demander quoi", what can I ask you, would teach the speller
    // "demander", and "la demande" (demand) would be corrected to it.)
    "tu ser a quoi": 5,
    "wetin you fit do": 5,
    "how i go take use am": 5,
    "what can the bot do": 5,
    // "how am I supposed to use this bot?": how to use it.
    "use this bot": 5,
    "use the bot": 5,
    "what does this bot do": 5,
    "what can it do": 4,
    // "whats ur deal <@bot>": what it is for.
    "whats ur deal": 5,
    "what your deal": 5,
    // "what can you actually answer? like what's in scope": what the bot covers.
    "what can you answer": 5,
    "what can you actually answer": 5,
    "what in scope": 4,
    "what can you actually do": 5,
    "what all can you do": 5,
    "what all you can do": 5,
    // Turkish "bot ne yapabiliyor? hangi konularda soru sorabilirim?" (what can the bot do? what can I ask about?).
    "ne yapabiliyor": 5,
    "ne yapabilirsin": 5,
    "soru sorabilirim": 5,
    // Levantine Arabizi "ya bot shu bt3ref t3mel?" (what can you do?).
    "bt3ref t3mel": 5,
    "que puede hacer": 5,
    "qué puede hacer": 5,
    "what can this bot actually do": 5,
    // "what can this thing actually do? is it just a glorified FAQ": the bot, called a thing.
    "what can this thing do": 5,
    "what can this thing actually do": 5,
    "glorified faq": 5,
    // "wtf can this bot actually do? is it just a glorified grep over some blog post": the same, sworn.
    "wtf can this bot do": 5,
    "wtf can this bot actually do": 5,
    "wtf can you do": 5,
    "glorified grep": 5,
    "what kind of question": 4,
    // "how does this bot work, what kind of stuff can i ask you?", "what kinda stuff can i ask it".
    "how does this bot work": 5,
    "what is this bot": 5,
    "what kind of stuff can i ask": 5,
    "what kinda stuff can i ask": 5,
    "what stuff can i ask": 5,
    "what all can this bot do": 5,
    // "¿cómo te uso, bot? ¿qué cosas te puedo preguntar?"
    "te puedo preguntar": 5,
    "como te uso": 5,
    "what can you even do": 5,
    // "¿qué puedes hacer?", "o que você pode fazer?", "que peux-tu faire ?", "was kannst du?"
    "puedes hacer": 5,
    // Rioplatense "¿qué podés hacer?", "¿qué tipo de preguntas te puedo hacer?"
    "podes hacer": 5,
    "tipo de preguntas": 5,
    "puedes ayudar": 5,
    "pode fazer": 5,
    "podes fazer": 5,
    "peux faire": 5,
    // "wait we have a bot in here now?? what does it do": the bot itself, asked about.
    "bot in here": 5,
    "have a bot": 5,
    // Malay "bot ni boleh buat apa sebenarnya? apa je yang boleh tanya?" (what can this bot do? what can I ask?)
    "boleh buat apa": 5,
    "boleh tanya": 5,
    // "ce bot il sait faire quoi au juste ?"
    "sait faire": 5,
    // "oye bot, qué sabes hacer exactamente?" (what can you do, exactly?).
    "sabes hacer": 5,
    // Mexican "oigan y este bot qué hace?" (and what does this bot do?).
    "bot que hace": 5,
    "este bot que hace": 5,
    // Italian "che cosa sai fare esattamente?" ("posso farti domande" would teach the speller "domande", and "la
    // domanda", "la demande" (demand) would be corrected to it.)
    "sai fare": 5,
    "sais faire": 5,
    "kannst du": 4,
    // Hindi "tum kya kya bata sakte ho?" (what all can you tell me?), Swahili answered by its reader.
    "bata sakte ho": 5,
    // Portuguese "como funciona esse bot? o que eu posso perguntar?"
    "como funciona esse bot": 5,
    // Spanish "cómo funciona este bot? qué le puedo preguntar?"
    "como funciona este bot": 5,
    "le puedo preguntar": 5,
    "kya kar sakte ho": 5,
    // Russian in Latin letters: "kak polzovatsya etim botom? chto mozhno sprosit?"
    "kak polzovatsya": 5,
    "mozhno sprosit": 5,
    command: 3,
    usage: 3,
    "how does this work": 4,
    "how do i use": 4,
    "who are you": 4,
    "what are you": 3,
    menu: 3,
    "get started": 3,
    "what can i ask": 5,
    // "Kindly advise what all things I can ask you?": Indian English "what all".
    "what all things i can ask": 5,
    "what all i can ask": 5,
    example: 2,
    "how to use": 4,
    hi: 2,
    hello: 2,
    hey: 2,
    start: 0.5,
    thank: 2,
  },
  examples: ["help", "what can you do?", "what can I ask?"],
  answeredBy: "help",
});
