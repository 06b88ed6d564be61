/* Stopword lists for the remaining Snowball languages, written by the verbatim team.
 *
 * As in stopwords_data.c, each list is the closed class of the language's function words,
 * assembled by hand from the grammar: articles and determiners, pronouns (with the case forms
 * common in writing), auxiliary, copular and modal verb forms, prepositions and postpositions,
 * conjunctions, negators and common particles and adverbs. Negators are included on purpose:
 * stopwords are marked, never deleted.
 *
 * Entries are in the analyzer's normalized form (NFKC + full Unicode case folding, ASCII
 * apostrophe) and each is exactly one UAX #29 word token. Consequences visible below:
 *  - Greek final sigma folds to sigma: "τους" is listed as "τουσ", "ένας" as "ένασ".
 *  - Armenian "և" is the ligature of "եւ" and is listed as "եւ" ("նաեւ", "միջեւ").
 *  - Turkish: case folding is not Turkish-specific, so capital "İ" folds to "i" + U+0307; the
 *    words that begin with i are also listed in that form, for sentence-initial "İçin", "İle".
 *  - Arabic prefixed clitics (و، ف، ب، ل، ك، ال) stay attached to the word under UAX #29, so
 *    only the standalone forms are listed; Arabic and Yiddish vowel points are not removed by
 *    normalization, so the lists hold the forms in which the words are usually written.
 *  - Serbian is listed in both Cyrillic and Latin script; Romanian also with cedilla ş/ţ;
 *    Yiddish in pointed YIVO spelling, unpointed, and with the ligatures װ ױ ײ.
 * Within each group the entries are sorted in byte (strcmp) order; no word occurs twice in a
 * list. See docs/stopwords.md.
 *
 * Snowball algorithm names served: arabic, armenian, basque, catalan, greek, hindi,
 * indonesian, irish, lithuanian, nepali, romanian, serbian, tamil, turkish, yiddish. */
#include <stddef.h>

#include "analyzer_int.h"

const char *const vb__stopwords_arabic[] = {
    /* independent personal pronouns */
    "أنا", "أنت", "أنتم", "أنتما", "أنتن", "نحن", "هم", "هما", "هن", "هو", "هي",
    /* demonstratives and place deictics */
    "أولئك", "تلك", "ذاك", "ذلك", "هؤلاء", "هاتان", "هاتين", "هذا", "هذان", "هذه", "هذين", "هنا",
    "هناك", "هنالك",
    /* relative pronouns */
    "التي", "الذي", "الذين", "اللاتي", "اللتان", "اللتين", "اللذان", "اللذين", "اللواتي",
    /* interrogatives */
    "أي", "أين", "كم", "كيف", "لماذا", "ماذا", "متى", "هل",
    /* kana and its sisters, laysa, and other verbs of being */
    "أصبح", "أصبحت", "تزال", "تكون", "زال", "صار", "صارت", "ظل", "كان", "كانت", "كانوا", "كنا",
    "كنت", "لست", "ليس", "ليست", "ليسوا", "يزال", "يكن", "يكون", "يكونون",
    /* prepositions and adverbial prepositions */
    "أمام", "إلى", "بدون", "بعد", "بلا", "بين", "تحت", "حتى", "حسب", "حول", "خلال", "خلف", "دون",
    "رغم", "سوى", "ضد", "ضمن", "عبر", "عدا", "على", "عن", "عند", "فوق", "في", "قبل", "لدى", "مثل",
    "مع", "من", "منذ", "نحو", "وراء",
    /* prepositions carrying a pronoun suffix (one word each) */
    "إليه", "إليها", "به", "بها", "بهم", "عليه", "عليها", "عليهم", "عنه", "عنها", "فيه", "فيها",
    "فيهم", "لك", "لنا", "له", "لها", "لهم", "لي", "معه", "معها", "معهم", "منه", "منها", "منهم",
    /* conjunctions and complementizers */
    "أم", "أما", "أن", "أنه", "أنها", "أو", "إذ", "إذا", "إلا", "إما", "إن", "إنما", "إنه", "إنها",
    "بل", "بينما", "ثم", "حيث", "حين", "حينما", "عندما", "كأن", "كلما", "كما", "كي", "لأن", "لكن",
    "لكي", "لو", "لولا", "و", "ولكن",
    /* negators */
    "غير", "كلا", "لا", "لم", "لن", "ما",
    /* particles, quantifiers and common adverbs */
    "أبدا", "أبداً", "أقل", "أكثر", "أيضا", "أيضاً", "الآن", "بعض", "جدا", "جداً", "جميع", "دائما",
    "دائماً", "سوف", "عدة", "فقط", "قد", "كذلك", "كل", "لقد", "نفس", "هكذا",
    /* common spellings without hamza, and with final ى for ي (Egyptian usage) */
    "ابدا", "اذا", "اقل", "اكثر", "الا", "الان", "التى", "الذى", "الى", "اما", "امام", "ان", "انا",
    "انت", "انتم", "انما", "انه", "انها", "او", "اولئك", "اي", "ايضا", "اين", "فى", "لان", NULL};

const char *const vb__stopwords_armenian[] = {
    /* personal and reflexive pronouns, common case forms */
    "դու", "դուք", "ես", "ինձ", "ինձնից", "ինքը", "ինքն", "իրեն", "իրենց", "իրենք", "ձեզ", "ձեզնից",
    "մեզ", "մեզնից", "մենք", "նա", "նրան", "նրանից", "նրանց", "նրանցից", "նրանք", "քեզ", "քեզնից",
    /* possessive pronouns */
    "իմ", "իր", "ձեր", "մեր", "նրա", "քո",
    /* demonstratives */
    "այդ", "այդպես", "այդպիսի", "այն", "այնպես", "այնպիսի", "այս", "այսպես", "այսպիսի", "դա", "դրա",
    "դրան", "դրանց", "դրանք", "նույն", "սա", "սրա", "սրան", "սրանց", "սրանք",
    /* relative and interrogative words */
    "երբ", "ինչ", "ինչը", "ինչի", "ինչու", "ինչպես", "ինչքան", "ով", "ովքեր", "որ", "որեւէ", "որը",
    "որի", "որին", "որոնց", "որոնք", "որտեղ", "որքան", "ում",
    /* the copula (present and past) and its negative forms */
    "եմ", "են", "ենք", "եք", "է", "էի", "էին", "էինք", "էիր", "էիք", "էր", "չեմ", "չեն", "չենք",
    "չես", "չեք", "չէ", "չէի", "չէին", "չէինք", "չէիր", "չէիք", "չէր",
    /* other forms of 'to be', existential and modal words */
    "եղավ", "եղել", "լինել", "լինի", "լինում", "կա", "կային", "կան", "կար", "կարող", "կլինի", "չկա",
    "չկան", "պետք", "պիտի",
    /* postpositions and prepositions */
    "անց", "առանց", "առաջ", "բացի", "դեմ", "դեպի", "ըստ", "ի", "կողմից", "համար", "հետ", "հետո",
    "մասին", "մեջ", "մինչեւ", "միջեւ", "միջոցով", "մոտ", "նման", "շուրջ", "պես", "վերաբերյալ",
    "վրա", "տակ", "փոխարեն",
    /* conjunctions */
    "այլ", "այլեւ", "ապա", "բայց", "եթե", "եւ", "թե", "թեեւ", "թեպետ", "իսկ", "կամ", "հետեւաբար",
    "մինչդեռ", "նաեւ", "որովհետեւ", "ու", "ուստի", "սակայն", "քանի",
    /* negation */
    "երբեք", "ոչ", "ոչինչ",
    /* determiners and quantifiers */
    "ամբողջ", "ամեն", "բոլոր", "բոլորը", "մի", "յուրաքանչյուր", "շատ", "որոշ", "ուրիշ", "քիչ",
    /* common adverbs and particles */
    "այժմ", "այլեւս", "այնտեղ", "այո", "այստեղ", "անգամ", "ավելի", "արդեն", "գուցե", "դեռ", "էլ",
    "թերեւս", "կրկին", "հենց", "հիմա", "միայն", "միշտ", "նույնիսկ", NULL};

const char *const vb__stopwords_basque[] = {
    /* personal pronouns: absolutive, ergative, dative */
    "gu", "guk", "guri", "hi", "hik", "hiri", "ni", "nik", "niri", "zu", "zuei", "zuek", "zuk",
    "zuri",
    /* possessive (genitive) forms and intensive bera */
    "bera", "berak", "bere", "beren", "euren", "gure", "hire", "nere", "nire", "zure",
    /* demonstratives hau, hori, hura with their main case forms */
    "haiei", "haiek", "haien", "haren", "hari", "hark", "hau", "hauei", "hauek", "hauen", "honek",
    "honen", "honi", "hori", "horiei", "horiek", "horien", "horrek", "horren", "horri", "hura",
    /* place and manner deictics */
    "hala", "han", "handik", "hara", "hemen", "hemendik", "hona", "honela", "hor", "horra",
    "horrela", "hortik",
    /* interrogatives */
    "noiz", "nola", "nolako", "non", "nondik", "nor", "nora", "noren", "nori", "nork", "zein",
    "zenbat", "zer", "zergatik",
    /* izan (be) and the intransitive auxiliary */
    "bada", "balitz", "da", "daiteke", "dela", "delako", "den", "denez", "dira", "direla", "diren",
    "gara", "ginen", "haiz", "izan", "izango", "izaten", "liteke", "litzateke", "naiz", "nintzen",
    "zara", "zarete", "zela", "zelako", "zen", "zinen", "zineten", "ziren",
    /* the transitive and dative auxiliaries */
    "dio", "diote", "du", "duela", "duen", "dugu", "dut", "dute", "duten", "duzu", "duzue",
    "genuen", "nuen", "zaio", "zait", "zaizkio", "zaizu", "zenuen", "zenuten", "zion", "zioten",
    "zuela", "zuen", "zuten",
    /* egon (be located), eduki (have), egin (do) */
    "dago", "daude", "dauka", "daukat", "egin", "egiten", "egon", "egongo", "gaude", "nago",
    "zaude", "zegoen", "zeuden", "zeukan",
    /* modal words */
    "ahal", "behar", "ezin", "nahi",
    /* postpositions */
    "aldera", "arabera", "arte", "artean", "atzean", "aurka", "aurrean", "azpian", "barruan",
    "bidez", "bitartean", "buruz", "gabe", "gainean", "kontra", "ondoan", "ondoren", "zehar",
    /* conjunctions and connectives */
    "ala", "arren", "baina", "baita", "baizik", "baldin", "beraz", "bestela", "edo", "edota", "eta",
    "hots", "nahiz", "ordea", "zeren",
    /* negation and negative-polarity words */
    "batere", "ez", "ezer", "ezta", "inoiz", "inon", "inor",
    /* determiners and quantifiers */
    "asko", "bakoitz", "bakoitza", "bat", "batzuk", "beste", "bestea", "besteak", "dena", "denak",
    "edozein", "gutxi", "guzti", "guztia", "guztiak", "hainbat", "zenbait",
    /* common adverbs and particles */
    "agian", "al", "ba", "bai", "baino", "bakarrik", "behintzat", "berriz", "besterik", "beti",
    "bezala", "dagoeneko", "ere", "gehiago", "gehien", "gero", "hain", "hainbeste", "ia", "jada",
    "lehen", "omen", "orain", "oraindik", "orduan", "oso", "ote", "soilik", NULL};

const char *const vb__stopwords_catalan[] = {
    /* articles (including Balearic es/sa and the personal article en/na) */
    "el", "els", "en", "es", "la", "les", "lo", "na", "sa", "ses", "un", "una", "unes", "uns",
    /* preposition and article written as one word */
    "al", "als", "del", "dels", "pel", "pels",
    /* demonstratives */
    "això", "allò", "aquell", "aquella", "aquelles", "aquells", "aquest", "aquesta", "aquestes",
    "aquests", "açò",
    /* possessives (central and Valencian forms) */
    "llur", "llurs", "ma", "meu", "meua", "meues", "meus", "meva", "meves", "mon", "mos", "nostra",
    "nostre", "nostres", "seu", "seua", "seues", "seus", "seva", "seves", "son", "ta", "teu",
    "teua", "teues", "teus", "teva", "teves", "ton", "tos", "vostra", "vostre", "vostres",
    /* personal, reflexive and adverbial pronouns */
    "ell", "ella", "elles", "ells", "em", "ens", "et", "hi", "ho", "jo", "li", "los", "me", "mi",
    "ne", "nosaltres", "se", "si", "te", "tu", "us", "vos", "vosaltres", "vostè", "vostès",
    /* relative and interrogative words */
    "com", "on", "qual", "quals", "quan", "quant", "quanta", "quantes", "quants", "que", "qui",
    "quin", "quina", "quines", "quins", "què",
    /* indefinites and quantifiers */
    "algun", "alguna", "algunes", "alguns", "altra", "altre", "altres", "cada", "cadascun",
    "cadascuna", "cap", "diverses", "diversos", "gens", "mateix", "mateixa", "mateixes", "mateixos",
    "molt", "molta", "moltes", "molts", "ningú", "poc", "poca", "pocs", "poques", "qualsevol",
    "res", "tanta", "tantes", "tants", "tot", "tota", "totes", "tots",
    /* ser/ésser and estar */
    "era", "eren", "eres", "estan", "estar", "estarà", "estat", "estava", "estaven", "estem",
    "esteu", "estic", "està", "estàs", "ets", "foren", "fos", "fossin", "fou", "sent", "ser",
    "seran", "seria", "serien", "serà", "sigui", "siguin", "soc", "som", "sou", "sóc", "són",
    "érem", "éreu", "és", "ésser",
    /* haver, and anar as the auxiliary of the periphrastic past */
    "ha", "hagi", "hagin", "haguessin", "hagut", "hagués", "han", "has", "hauria", "haurien",
    "haurà", "haver", "havia", "havien", "havies", "havíem", "havíeu", "he", "hem", "heu", "va",
    "vaig", "vam", "van", "varen", "vas", "vau", "vàrem",
    /* modal and light verbs: poder, deure, voler, fer */
    "deu", "deuen", "fa", "faig", "fan", "feia", "fer", "fet", "podem", "poden", "poder", "podeu",
    "podia", "podria", "podrien", "pot", "pots", "puc", "vol", "voldria", "volen", "volia", "vull",
    /* prepositions */
    "a", "amb", "contra", "damunt", "darrere", "davant", "de", "des", "dins", "durant", "entre",
    "envers", "excepte", "fins", "fora", "malgrat", "mitjançant", "per", "prop", "segons", "sense",
    "sobre", "sota", "vers",
    /* conjunctions */
    "car", "doncs", "i", "mentre", "ni", "o", "perquè", "però", "sinó", "tanmateix",
    /* negation */
    "mai", "no", "pas", "tampoc",
    /* common adverbs of degree, time and place */
    "abans", "així", "allà", "allí", "aquí", "ara", "bastant", "després", "encara", "força",
    "gairebé", "ja", "llavors", "massa", "menys", "més", "només", "potser", "sempre", "sí", "també",
    "tan", "tant",
    /* fixed elided pairs of function words (each is a single token) */
    "d'això", "d'allò", "d'aquest", "d'aquesta", "d'aquestes", "d'aquests", "d'un", "d'una",
    "d'unes", "d'uns", "l'altra", "l'altre", "l'ha", "m'ha", "n'hi", "s'ha", "s'han", "s'hi", NULL};

const char *const vb__stopwords_greek[] = {
    /* definite and indefinite articles */
    "ένα", "έναν", "ένασ", "ενόσ", "η", "μία", "μίασ", "μια", "μιασ", "ο", "οι", "τα", "τη", "την",
    "τησ", "τισ", "το", "τον", "του", "τουσ", "των",
    /* personal pronouns, strong and weak forms */
    "εαυτό", "εγώ", "εμάσ", "εμένα", "εμείσ", "εσάσ", "εσένα", "εσείσ", "εσύ", "μασ", "με", "μου",
    "σασ", "σε", "σου",
    /* demonstratives αυτός and εκείνος, τέτοιος */
    "αυτά", "αυτέσ", "αυτή", "αυτήν", "αυτήσ", "αυτοί", "αυτού", "αυτούσ", "αυτό", "αυτόν", "αυτόσ",
    "αυτών", "εκείνα", "εκείνεσ", "εκείνη", "εκείνησ", "εκείνο", "εκείνοι", "εκείνον", "εκείνοσ",
    "εκείνου", "εκείνουσ", "εκείνων", "τέτοια", "τέτοιο", "τέτοιοσ",
    /* relative and interrogative words */
    "γιατί", "οποία", "οποίασ", "οποίεσ", "οποίο", "οποίοι", "οποίον", "οποίοσ", "οποίου",
    "οποίουσ", "οποίων", "ποια", "ποιεσ", "ποιο", "ποιοι", "ποιον", "ποιοσ", "ποιου", "ποιουσ",
    "που", "πού", "πωσ", "πόσα", "πόσο", "πόσοι", "πότε", "πώσ", "τι", "όποιοσ", "όπου", "όπωσ",
    "όταν",
    /* είμαι (be), υπάρχω (there is) */
    "ήμασταν", "ήμουν", "ήμουνα", "ήσασταν", "ήσουν", "ήταν", "ήτανε", "είμαι", "είμαστε", "είναι",
    "είσαι", "είσαστε", "είστε", "υπάρχει", "υπάρχουν",
    /* έχω (have) */
    "έχει", "έχεισ", "έχετε", "έχοντασ", "έχουμε", "έχουν", "έχουνε", "έχω", "είχα", "είχαμε",
    "είχαν", "είχανε", "είχατε", "είχε", "είχεσ",
    /* modal verbs */
    "μπορεί", "μπορούν", "μπορούσε", "μπορώ", "πρέπει",
    /* verbal particles and negators */
    "ασ", "δε", "δεν", "θα", "μη", "μην", "να", "ναι", "ούτε", "όχι",
    /* prepositions, including σε fused with the article */
    "έωσ", "αντί", "από", "για", "γύρω", "δίπλα", "εκτόσ", "εναντίον", "επί", "κάτω", "κατά",
    "λόγω", "μέσα", "μέσω", "μέχρι", "μετά", "μεταξύ", "μπροστά", "πάνω", "πίσω", "παρά", "περί",
    "πριν", "προσ", "σαν", "στα", "στη", "στην", "στησ", "στισ", "στο", "στον", "στου", "στουσ",
    "στων", "υπέρ", "υπό", "χωρίσ", "ωσ",
    /* conjunctions */
    "άμα", "ή", "αλλά", "αν", "αφού", "δηλαδή", "διότι", "εάν", "είτε", "ενώ", "επειδή", "εφόσον",
    "καθώσ", "και", "κι", "λοιπόν", "μήπωσ", "μα", "μόλισ", "οπότε", "παρότι", "ωστόσο", "όμωσ",
    "ότι", "ώστε",
    /* quantifiers and indefinites */
    "άλλα", "άλλεσ", "άλλη", "άλλο", "άλλοι", "άλλον", "άλλοσ", "άλλουσ", "άλλων", "ίδια", "ίδιο",
    "ίδιοι", "ίδιοσ", "κάθε", "κάποια", "κάποιο", "κάποιοι", "κάποιον", "κάποιοσ", "κάποιου",
    "κάτι", "καθένασ", "καμία", "καμιά", "κανένα", "κανένασ", "κανείσ", "λίγα", "λίγοι", "μερικά",
    "μερικέσ", "μερικοί", "πολλά", "πολλέσ", "πολλή", "πολλοί", "πολλούσ", "πολλών", "τίποτα",
    "τίποτε", "όλα", "όλεσ", "όλη", "όλο", "όλοι", "όλοσ", "όλουσ", "όλων",
    /* common adverbs of degree, time and place */
    "ήδη", "ίσωσ", "ακόμα", "ακόμη", "αρκετά", "βέβαια", "εδώ", "εκεί", "επίσησ", "λίγο",
    "λιγότερο", "μάλλον", "μόνο", "ξανά", "πάλι", "πάντα", "περισσότερο", "πια", "πιο", "πλέον",
    "πολύ", "ποτέ", "σχεδόν", "τόσο", "τότε", "τώρα", NULL};

const char *const vb__stopwords_hindi[] = {
    /* postpositions (case markers) */
    "का", "की", "के", "को", "तक", "ने", "पर", "में", "से",
    /* compound and adverbial postpositions */
    "अंदर", "अनुसार", "अन्दर", "ऊपर", "ओर", "तरफ", "तरफ़", "तरह", "द्वारा", "नीचे", "पहले", "पास", "पीछे",
    "प्रति", "बाद", "बाहर", "बिना", "बीच", "लिए", "लिये", "वाला", "वाली", "वाले", "साथ", "सामने",
    /* personal pronouns and their oblique forms */
    "आप", "आपको", "इन", "इन्हें", "इस", "इसको", "इसे", "उन", "उन्हें", "उस", "उसको", "उसे", "तुझे", "तुम",
    "तुम्हें", "तू", "मुझ", "मुझको", "मुझे", "मैं", "यह", "ये", "वह", "वे", "वो", "हम", "हमें",
    /* possessive and reflexive pronouns */
    "अपना", "अपनी", "अपने", "आपका", "आपकी", "आपके", "इनका", "इनकी", "इनके", "इसका", "इसकी", "इसके",
    "उनका", "उनकी", "उनके", "उसका", "उसकी", "उसके", "ख़ुद", "खुद", "तुम्हारा", "तुम्हारी", "तुम्हारे", "तेरा",
    "तेरी", "तेरे", "मेरा", "मेरी", "मेरे", "स्वयं", "हमारा", "हमारी", "हमारे",
    /* interrogative, relative and correlative words (with chandrabindu and anusvara spellings) */
    "कब", "कहाँ", "कहां", "कितना", "कितनी", "कितने", "किस", "किसका", "किसे", "कैसा", "कैसी", "कैसे", "कौन",
    "क्या", "क्यों", "जब", "जहाँ", "जहां", "जितना", "जिन", "जिन्हें", "जिस", "जिसका", "जिसकी", "जिसके",
    "जिसे", "जैसा", "जैसी", "जैसे", "जो", "तब", "यहाँ", "यहां", "वहाँ", "वहां",
    /* होना (be) and the auxiliaries of aspect, passive and modality */
    "गई", "गए", "गया", "गये", "चाहिए", "चाहिये", "था", "थी", "थीं", "थे", "रहा", "रही", "रहे", "सकता",
    "सकती", "सकते", "हुआ", "हुई", "हुए", "हूँ", "हूं", "है", "हैं", "हो", "हों", "होंगे", "होगा", "होगी", "होता",
    "होती", "होते", "होना",
    /* conjunctions */
    "अगर", "अथवा", "इसलिए", "इसलिये", "एवं", "और", "कि", "किंतु", "किन्तु", "क्योंकि", "चाहे", "जबकि", "तथा",
    "ताकि", "परंतु", "परन्तु", "यदि", "या", "लेकिन", "वरना",
    /* negation */
    "न", "नहीं", "ना", "मत",
    /* particles, quantifiers and common adverbs */
    "अब", "अभी", "एक", "कई", "कभी", "कम", "किसी", "कुछ", "केवल", "कोई", "ज़्यादा", "ज्यादा", "तो",
    "थोड़ा", "फिर", "बस", "बहुत", "भी", "लगभग", "सब", "सभी", "सिर्फ", "सिर्फ़", "हर", "ही", NULL};

const char *const vb__stopwords_indonesian[] = {
    /* personal pronouns */
    "aku", "anda", "beliau", "dia", "engkau", "ia", "kalian", "kami", "kamu", "kau", "kita",
    "mereka", "saya",
    /* determiners, classifiers and quantifiers */
    "banyak", "beberapa", "berbagai", "ini", "itu", "lain", "masing", "para", "sang", "sebuah",
    "sedikit", "segala", "seluruh", "semua", "seorang", "setiap", "si", "suatu", "tersebut", "tiap",
    /* relative marker and interrogatives */
    "apa", "apakah", "bagaimana", "berapa", "kapan", "kenapa", "mana", "manakah", "mengapa",
    "siapa", "siapakah", "yang",
    /* prepositions */
    "antara", "atas", "bagi", "bersama", "dalam", "dari", "daripada", "demi", "dengan", "di", "ke",
    "kepada", "melalui", "menuju", "menurut", "oleh", "pada", "per", "sampai", "sebagai", "sejak",
    "sekitar", "selama", "seperti", "tanpa", "tentang", "terhadap", "untuk",
    /* copulas, aspect markers and modals */
    "ada", "adalah", "akan", "belum", "bisa", "boleh", "dapat", "harus", "hendak", "ialah", "ingin",
    "masih", "mau", "merupakan", "mesti", "perlu", "pernah", "sedang", "sempat", "sudah", "telah",
    /* conjunctions */
    "agar", "apabila", "atau", "bahkan", "bahwa", "bila", "dan", "hingga", "jika", "jikalau",
    "kalau", "karena", "kemudian", "ketika", "lalu", "maka", "meskipun", "namun", "padahal", "saat",
    "seakan", "sebab", "sebelum", "sedangkan", "sehingga", "selain", "sementara", "seolah", "serta",
    "sesudah", "setelah", "sewaktu", "supaya", "tapi", "tetapi", "walau", "walaupun", "yaitu",
    "yakni",
    /* negation (standard and informal) */
    "bukan", "enggak", "gak", "jangan", "nggak", "tak", "tiada", "tidak",
    /* particles and common adverbs */
    "agak", "amat", "cukup", "cuma", "deh", "dong", "dulu", "hampir", "hanya", "juga", "justru",
    "kan", "kini", "kok", "lagi", "lebih", "memang", "mungkin", "nanti", "paling", "pula", "pun",
    "saja", "sana", "sangat", "sekali", "sekarang", "selalu", "sering", "sih", "sini", "situ",
    "tadi", "tentu", "terlalu", "toh", "ya", NULL};

const char *const vb__stopwords_irish[] = {
    /* the article */
    "an", "na",
    /* personal pronouns, plain, lenited and emphatic forms */
    "eisean", "féin", "iad", "iadsan", "ise", "mise", "muid", "mé", "seisean", "siad", "siadsan",
    "sibh", "sibhse", "sinn", "sinne", "sise", "sé", "sí", "thú", "tusa", "tú", "é", "í",
    /* possessive determiners */
    "a", "bhur", "do", "mo", "ár",
    /* simple prepositions */
    "ag", "ar", "as", "chuig", "chun", "de", "gan", "go", "i", "idir", "in", "le", "mar", "roimh",
    "seachas", "thar", "trí", "um", "ó",
    /* preposition + article or possessive written as one word */
    "den", "don", "dá", "faoin", "ina", "lena", "sa", "san", "sna", "ón",
    /* prepositional pronouns of ag, ar, le, do, de */
    "acu", "agaibh", "againn", "agam", "agat", "aici", "aige", "air", "daoibh", "di", "dom", "duit",
    "díbh", "dínn", "díobh", "díom", "díot", "dó", "dóibh", "dúinn", "leat", "leis", "leo", "libh",
    "linn", "liom", "léi", "oraibh", "orainn", "orm", "ort", "orthu", "uirthi",
    /* prepositional pronouns of i, ó, faoi, as, chuig */
    "aisti", "ann", "asaibh", "asainn", "asam", "asat", "astu", "chucu", "chugaibh", "chugainn",
    "chugam", "chugat", "chuici", "chuige", "faoi", "fúibh", "fúinn", "fúithi", "fúm", "fút",
    "fúthu", "inti", "ionaibh", "ionainn", "ionam", "ionat", "iontu", "uaibh", "uaidh", "uaim",
    "uainn", "uait", "uaithi", "uathu",
    /* the copula */
    "ab", "arb", "b'fhéidir", "ba", "ea", "gur", "gurb", "is",
    /* the substantive verb bí */
    "atá", "beidh", "beimid", "bheadh", "bheith", "bhfuil", "bhí", "bhíodh", "bíonn", "raibh", "tá",
    "táim", "táimid",
    /* conjunctions and verbal particles */
    "ach", "agus", "chomh", "cé", "mura", "murach", "má", "nuair", "ná", "níos", "nó", "sula",
    "toisc", "óir", "ós",
    /* negation */
    "choíche", "dada", "nach", "nár", "ní", "níl", "níor", "riamh", "tada",
    /* interrogatives */
    "cad", "cathain", "conas", "cá", "céard", "cén",
    /* demonstratives, quantifiers and common adverbs */
    "anois", "anseo", "ansin", "ansiúd", "aon", "arís", "cheana", "eile", "freisin", "fós", "gach",
    "seo", "sin", "siúd", "uile", "úd", NULL};

const char *const vb__stopwords_lithuanian[] = {
    /* personal and reflexive pronouns, all cases in common use */
    "aš", "ja", "jai", "jais", "jam", "jame", "jas", "ji", "jie", "jiems", "jis", "jo", "joje",
    "jomis", "joms", "jos", "jose", "jumis", "jums", "juo", "juos", "juose", "jus", "ją", "jį",
    "jūs", "jūsų", "jų", "man", "mane", "manimi", "manyje", "manęs", "mes", "mumis", "mums", "mus",
    "mūsų", "sau", "save", "savimi", "savęs", "tau", "tave", "tavimi", "tavyje", "tavęs", "tu",
    /* possessive pronouns (indeclinable) */
    "mano", "savo", "tavo",
    /* demonstratives tas and šis */
    "ta", "tai", "tais", "tam", "tame", "tas", "tie", "tiems", "to", "toje", "tomis", "toms", "tos",
    "tose", "tuo", "tuos", "tuose", "tą", "tų", "ši", "šia", "šiai", "šiais", "šiam", "šiame",
    "šias", "šie", "šiems", "šio", "šioje", "šiomis", "šioms", "šios", "šiose", "šis", "šiuo",
    "šiuos", "šiuose", "šią", "šių", "šį",
    /* interrogative and relative words */
    "kada", "kaip", "kam", "kas", "kiek", "kieno", "ko", "kodėl", "kokia", "kokie", "kokios",
    "koks", "kuo", "kur", "kuri", "kuria", "kuriai", "kuriais", "kuriam", "kuriame", "kurie",
    "kuriems", "kurio", "kurioje", "kurios", "kuris", "kuriuo", "kuriuos", "kuriuose", "kurią",
    "kurių", "kurį", "ką",
    /* būti (be), with the negated forms */
    "bus", "buvai", "buvau", "buvo", "buvome", "buvote", "būdavo", "būsi", "būsime", "būsite",
    "būsiu", "būti", "būtum", "būtume", "būtų", "būčiau", "esame", "esate", "esi", "esu", "nebus",
    "nebuvo", "nebūtų", "nesu", "nėra", "yra",
    /* modal verbs */
    "gali", "galima", "galime", "galite", "galiu", "galėjo", "galėtų", "reikia", "reikėjo",
    "reikėtų", "turi", "turime", "turiu", "turėjo", "turėtų",
    /* prepositions */
    "anot", "ant", "apie", "aplink", "be", "dėl", "iki", "iš", "link", "netoli", "nuo", "pagal",
    "palei", "pas", "per", "po", "prie", "prieš", "pro", "su", "tarp", "ties", "už", "vietoj",
    "virš", "į", "šalia",
    /* conjunctions */
    "ar", "arba", "bei", "bet", "ir", "jei", "jeigu", "kad", "kadangi", "kai", "kol", "lyg",
    "nebent", "negu", "nes", "nors", "o", "taigi", "tarsi", "tačiau", "todėl",
    /* negation */
    "jokia", "jokio", "jokių", "joks", "ne", "nebe", "nei", "niekada", "niekam", "niekas", "nieko",
    "niekur", "nė",
    /* quantifiers and indefinites */
    "daug", "kažkas", "keli", "kelios", "kiekviena", "kiekvienas", "kita", "kitas", "kiti", "kito",
    "kitos", "kitų", "mažai", "pati", "paties", "pats", "patys", "pačios", "viena", "vienas",
    "visa", "visas", "visi", "viskas", "visko", "viską", "viso", "visos", "visų",
    /* common adverbs and particles */
    "argi", "beveik", "dabar", "dar", "daugiau", "gal", "galbūt", "gi", "irgi", "jau", "juk",
    "labai", "mažiau", "na", "net", "netgi", "pat", "tada", "taip", "ten", "tiesiog", "tik",
    "tuomet", "vis", "visada", "visuomet", "vėl", "ypač", "čia", "štai", NULL};

const char *const vb__stopwords_nepali[] = {
    /* postpositions and case markers */
    "अगाडि", "अघि", "अनुसार", "का", "की", "को", "जस्तै", "जस्तो", "तल", "तिर", "देखि", "द्वारा", "नजिक",
    "निम्ति", "पछि", "प्रति", "बाट", "बारे", "बारेमा", "बाहिर", "बाहेक", "बिच", "बिना", "बीच", "भित्र",
    "मा", "माथि", "मुनि", "लाई", "लागि", "ले", "विना", "सँग", "संग", "सम्म", "सहित", "सित",
    /* personal pronouns with their common case forms */
    "उ", "उनका", "उनको", "उनलाई", "उनले", "उनी", "उनीहरु", "उनीहरू", "उसको", "उसलाई", "उसले", "उहाँ",
    "उहाँको", "उहाँले", "ऊ", "तँ", "तपाई", "तपाईँ", "तपाईं", "तपाईंको", "तपाईंलाई", "तपाईको", "तिनको",
    "तिनी", "तिमी", "तिमीलाई", "तिम्रा", "तिम्रो", "तेरो", "म", "मलाई", "मेरा", "मेरी", "मेरो", "हामी",
    "हामीलाई", "हामीहरू", "हाम्रा", "हाम्रो",
    /* demonstratives and reflexives */
    "आफू", "आफै", "आफैं", "आफ्ना", "आफ्नै", "आफ्नो", "ती", "त्यस", "त्यसको", "त्यसलाई", "त्यसले", "त्यो", "यस",
    "यसको", "यसलाई", "यसले", "यी", "यो",
    /* interrogative, relative and correlative words */
    "कति", "कसको", "कसरी", "कसलाई", "कसले", "कस्तो", "कहाँ", "कहिले", "किन", "कुन", "के", "जति", "जब",
    "जसको", "जसलाई", "जसले", "जहाँ", "जुन", "जो", "तब", "त्यति", "त्यस्तो", "यति", "यस्तो",
    /* हुनु (be), छ and थियो, with the negative forms */
    "छ", "छन्", "छु", "छैन", "छैनन्", "छौ", "छौं", "थिइन्", "थिए", "थियो", "भई", "भए", "भएका", "भएको",
    "भयो", "हुँदा", "हुन", "हुने", "हुन्", "हुन्छ", "हो", "होइन", "होला", "होस्",
    /* the light verb गर्नु (do) */
    "गरी", "गरेको", "गरेर", "गर्न", "गर्ने",
    /* conjunctions */
    "अथवा", "अनि", "एवं", "कि", "किनकि", "किनभने", "तथा", "तर", "तापनि", "त्यसैले", "नत्र", "भने", "भन्ने",
    "यदि", "र", "वा",
    /* negation */
    "न",
    /* particles, quantifiers and common adverbs */
    "अझ", "अझै", "अब", "अरु", "अरू", "अहिले", "कुनै", "केही", "त", "त्यहाँ", "थोरै", "धेरै", "नि", "नै", "पनि",
    "पहिले", "पो", "प्रत्येक", "फेरि", "मात्र", "मात्रै", "यहाँ", "रे", "सधै", "सधैं", "सबै", "हरेक", NULL};

const char *const vb__stopwords_romanian[] = {
    /* articles and the possessive/demonstrative articles */
    "a", "ai", "al", "ale", "cea", "cei", "cel", "cele", "celei", "celor", "celui", "niște", "o",
    "un", "unei", "unor", "unui",
    /* demonstratives (standard and colloquial) */
    "acea", "aceasta", "această", "aceea", "aceeași", "acei", "aceia", "aceiași", "acel", "acela",
    "același", "acele", "acelea", "aceleași", "acelei", "acelor", "acelui", "acest", "acesta",
    "aceste", "acestea", "acestei", "acestor", "acestui", "acești", "aceștia", "aia", "alea",
    "asta", "astea", "ăia", "ăla", "ăsta", "ăștia",
    /* personal pronouns, stressed forms and polite forms */
    "dumneata", "dumneavoastră", "dânsa", "dânsele", "dânsul", "dânșii", "ea", "ei", "el", "ele",
    "eu", "lor", "lui", "mie", "mine", "noi", "nouă", "sine", "tine", "tu", "voi", "vouă", "ție",
    /* clitic pronouns */
    "le", "mi", "mă", "ne", "se", "te", "vă", "îi", "îl", "îmi", "își", "îți", "ți",
    /* fragments left by the hyphen split: s-a, l-am, m-a, i-a, n-am, într-un, dintr-o */
    "dintr", "i", "l", "m", "n", "printr", "s", "într",
    /* possessives */
    "mea", "mei", "mele", "meu", "noastre", "noastră", "nostru", "noștri", "sa", "sale", "săi",
    "său", "ta", "tale", "tăi", "tău", "voastre", "voastră", "vostru", "voștri",
    /* relative and interrogative words */
    "care", "ce", "cine", "cui", "cum", "când", "cât", "câte", "câtă", "câți", "căreia", "cărora",
    "căruia", "unde",
    /* a fi (be) */
    "e", "era", "erai", "eram", "erau", "erați", "este", "ești", "fi", "fie", "fiind", "fost",
    "sunt", "suntem", "sunteți",
    /* a avea (have) and the perfect/conditional auxiliaries */
    "am", "ar", "are", "au", "avea", "aveam", "aveau", "avem", "aveți", "avut", "având", "aș",
    "ați",
    /* future auxiliary, modals and the subjunctive marker */
    "poate", "pot", "poți", "putea", "putem", "puteți", "putut", "să", "trebuia", "trebuie", "va",
    "vei", "veți", "vom", "vor", "vrea", "vreau", "vrei", "vrem",
    /* prepositions */
    "asupra", "conform", "contra", "cu", "către", "datorită", "de", "deasupra", "despre", "din",
    "dinspre", "dintre", "după", "fără", "la", "lângă", "pe", "pentru", "peste", "potrivit", "prin",
    "printre", "până", "spre", "sub", "împotriva", "în", "înainte", "înaintea", "între",
    /* conjunctions */
    "așadar", "ca", "ci", "că", "căci", "dacă", "dar", "deci", "decât", "deoarece", "deși",
    "fiindcă", "iar", "nici", "ori", "sau", "totuși", "încât", "însă", "și",
    /* negation */
    "deloc", "nicio", "niciodată", "niciun", "nimeni", "nimic", "nu",
    /* quantifiers and indefinites */
    "alt", "alta", "alte", "altele", "altul", "altă", "alți", "alții", "câteva", "câțiva",
    "fiecare", "mult", "multe", "multă", "mulți", "oricare", "orice", "puțin", "puține", "puțini",
    "toate", "toată", "tot", "toți", "tuturor", "vreo", "vreun",
    /* common adverbs of degree, time and place */
    "acolo", "acum", "aici", "apoi", "aproape", "astfel", "atunci", "așa", "cam", "chiar", "da",
    "deja", "doar", "foarte", "mai", "mereu", "numai", "prea", "totdeauna", "încă", "întotdeauna",
    /* spellings with î for â (before the 1993 reform, and in Moldova) */
    "cînd", "cît", "cîte", "cîți", "lîngă", "pînă", "sînt", "sîntem", "sînteți",
    /* the same words spelled with cedilla ş and ţ (older fonts and keyboards) */
    "aceeaşi", "aceiaşi", "acelaşi", "aceleaşi", "aceşti", "aceştia", "alţi", "alţii", "aveţi",
    "aş", "aşa", "aşadar", "aţi", "câţi", "câţiva", "cîţi", "deşi", "dânşii", "eraţi", "eşti",
    "mulţi", "nişte", "noştri", "poţi", "puteţi", "puţin", "puţine", "puţini", "sunteţi", "sînteţi",
    "totuşi", "toţi", "veţi", "voştri", "îşi", "îţi", "ăştia", "şi", "ţi", "ţie", NULL};

const char *const vb__stopwords_serbian[] = {
    /* personal and reflexive pronouns, full and clitic forms (Cyrillic) */
    "вама", "вас", "ви", "га", "им", "их", "ме", "мене", "мени", "ми", "му", "нама", "нас", "он",
    "она", "оне", "они", "оно", "се", "себе", "себи", "те", "тебе", "теби", "ти", "ја", "је", "јој",
    "ју", "ње", "њега", "њему", "њим", "њима", "њих", "њој", "њу",
    /* possessive pronouns (Cyrillic) */
    "ваш", "ваша", "ваше", "мој", "моја", "моје", "наш", "наша", "наше", "свог", "свој", "своја",
    "своје", "својим", "твој", "твоја", "твоје", "његов", "његова", "његово", "њен", "њена", "њено",
    "њихов", "њихова", "њихово",
    /* demonstratives (Cyrillic) */
    "иста", "исти", "исто", "ова", "овај", "ове", "ови", "ово", "овог", "овом", "онај", "та",
    "такав", "таква", "такво", "тај", "тим", "то", "тог", "тога", "том", "томе", "тој",
    /* relative and interrogative words (Cyrillic) */
    "где", "гдје", "зашто", "кад", "када", "какав", "како", "ко", "кога", "колико", "коме", "која",
    "које", "којег", "којем", "који", "којим", "којих", "којој", "куда", "чији", "шта", "што",
    /* biti (be), with the negated and conditional forms (Cyrillic) */
    "би", "била", "биле", "били", "било", "био", "бисмо", "бисте", "бити", "бих", "буде", "буду",
    "нисам", "ниси", "нисмо", "нисте", "нису", "није", "сам", "си", "смо", "сте", "су", "јесам",
    "јеси", "јесте", "јесу",
    /* the future auxiliary (hteti/htjeti) and imati (have) (Cyrillic) */
    "има", "имам", "имао", "имају", "нема", "немам", "неће", "нећу", "хоће", "хоћу", "ће", "ћемо",
    "ћете", "ћеш", "ћу",
    /* modal verbs (Cyrillic) */
    "могао", "могу", "може", "мора", "морају", "треба",
    /* prepositions (ekavian and ijekavian forms) (Cyrillic) */
    "без", "ван", "до", "за", "због", "из", "иза", "између", "изнад", "испод", "испред", "к", "ка",
    "код", "кроз", "међу", "на", "над", "након", "о", "од", "око", "осим", "по", "под", "поред",
    "после", "послије", "пре", "пред", "преко", "према", "при", "прије", "против", "ради", "с",
    "са", "током", "у", "уз", "уместо", "умјесто",
    /* conjunctions (Cyrillic) */
    "а", "ако", "али", "већ", "да", "дакле", "док", "зато", "и", "иако", "или", "ипак", "као",
    "мада", "међутим", "него", "ни", "нити", "но", "односно", "па", "пошто", "уколико", "чим",
    "јер",
    /* negation (Cyrillic) */
    "не", "никад", "никада", "нико", "ништа", "ниједан",
    /* particles (Cyrillic) */
    "баш", "ево", "ето", "зар", "ли", "можда", "нека", "само", "тек", "управо", "чак", "још",
    /* quantifiers and indefinites (Cyrillic) */
    "више", "друга", "други", "друго", "мало", "мање", "много", "неки", "неко", "неколико", "нешто",
    "сав", "сва", "свака", "сваки", "свако", "све", "сви", "свих", "један", "једна", "једно",
    /* common adverbs of degree, time and place (Cyrillic) */
    "веома", "врло", "затим", "овде", "овдје", "онда", "опет", "сад", "сада", "скоро", "тада",
    "такође", "тамо", "ту", "увек", "увијек", "јако",
    /* personal and reflexive pronouns, full and clitic forms (Latin) */
    "ga", "ih", "im", "ja", "je", "joj", "ju", "me", "mene", "meni", "mi", "mu", "nama", "nas",
    "nje", "njega", "njemu", "njih", "njim", "njima", "njoj", "nju", "on", "ona", "one", "oni",
    "ono", "se", "sebe", "sebi", "te", "tebe", "tebi", "ti", "vama", "vas", "vi",
    /* possessive pronouns (Latin) */
    "moj", "moja", "moje", "naš", "naša", "naše", "njegov", "njegova", "njegovo", "njen", "njena",
    "njeno", "njihov", "njihova", "njihovo", "svog", "svoj", "svoja", "svoje", "svojim", "tvoj",
    "tvoja", "tvoje", "vaš", "vaša", "vaše",
    /* demonstratives (Latin) */
    "ista", "isti", "isto", "onaj", "ova", "ovaj", "ove", "ovi", "ovo", "ovog", "ovom", "ta", "taj",
    "takav", "takva", "takvo", "tim", "to", "tog", "toga", "toj", "tom", "tome",
    /* relative and interrogative words (Latin) */
    "gde", "gdje", "kad", "kada", "kakav", "kako", "ko", "koga", "koja", "koje", "kojeg", "kojem",
    "koji", "kojih", "kojim", "kojoj", "koliko", "kome", "kuda", "zašto", "čiji", "šta", "što",
    /* biti (be), with the negated and conditional forms (Latin) */
    "bi", "bih", "bila", "bile", "bili", "bilo", "bio", "bismo", "biste", "biti", "bude", "budu",
    "jesam", "jesi", "jeste", "jesu", "nije", "nisam", "nisi", "nismo", "niste", "nisu", "sam",
    "si", "smo", "ste", "su",
    /* the future auxiliary (hteti/htjeti) and imati (have) (Latin) */
    "hoće", "hoću", "ima", "imaju", "imam", "imao", "nema", "nemam", "neće", "neću", "će", "ćemo",
    "ćete", "ćeš", "ću",
    /* modal verbs (Latin) */
    "mogao", "mogu", "mora", "moraju", "može", "treba",
    /* prepositions (ekavian and ijekavian forms) (Latin) */
    "bez", "do", "ispod", "ispred", "iz", "iza", "između", "iznad", "k", "ka", "kod", "kroz",
    "među", "na", "nad", "nakon", "o", "od", "oko", "osim", "po", "pod", "pored", "posle",
    "poslije", "pre", "pred", "preko", "prema", "pri", "prije", "protiv", "radi", "s", "sa",
    "tokom", "u", "umesto", "umjesto", "uz", "van", "za", "zbog",
    /* conjunctions (Latin) */
    "a", "ako", "ali", "da", "dakle", "dok", "i", "iako", "ili", "ipak", "jer", "kao", "mada",
    "međutim", "nego", "ni", "niti", "no", "odnosno", "pa", "pošto", "ukoliko", "već", "zato",
    "čim",
    /* negation (Latin) */
    "ne", "nijedan", "nikad", "nikada", "niko", "ništa",
    /* particles (Latin) */
    "baš", "eto", "evo", "još", "li", "možda", "neka", "samo", "tek", "upravo", "zar", "čak",
    /* quantifiers and indefinites (Latin) */
    "druga", "drugi", "drugo", "jedan", "jedna", "jedno", "malo", "manje", "mnogo", "neki", "neko",
    "nekoliko", "nešto", "sav", "sva", "svaka", "svaki", "svako", "sve", "svi", "svih", "više",
    /* common adverbs of degree, time and place (Latin) */
    "jako", "onda", "opet", "ovde", "ovdje", "sad", "sada", "skoro", "tada", "takođe", "tamo", "tu",
    "uvek", "uvijek", "veoma", "vrlo", "zatim", NULL};

const char *const vb__stopwords_tamil[] = {
    /* personal pronouns and their common case forms */
    "அவன்", "அவரது", "அவருக்கு", "அவரை", "அவர்", "அவர்களின்", "அவர்களுக்கு", "அவர்களை", "அவர்கள்", "அவள்",
    "இவன்", "இவர்", "இவர்கள்", "இவள்", "உங்களுக்கு", "உங்கள்", "உனக்கு", "உன்", "உன்னுடைய", "உன்னை", "எங்களுக்கு",
    "எங்கள்", "எனக்கு", "என்", "என்னுடைய", "என்னை", "நமது", "நம்", "நம்முடைய", "நாங்கள்", "நான்", "நாம்", "நீ",
    "நீங்கள்",
    /* demonstrative and reflexive pronouns */
    "அதன்", "அதற்கு", "அது", "அதை", "அவை", "இதன்", "இதற்கு", "இது", "இதை", "இவை", "தங்கள்", "தனது", "தன்",
    "தம்", "தான்",
    /* demonstrative and interrogative words (அ-, இ-, எ- series) */
    "அங்கு", "அங்கே", "அந்த", "அப்படி", "அப்போது", "அவ்வளவு", "இங்கு", "இங்கே", "இந்த", "இப்படி", "இப்போது",
    "இவ்வளவு", "எங்கு", "எங்கே", "எது", "எத்தனை", "எந்த", "என்ன", "எப்படி", "எப்போது", "எவை", "எவ்வளவு",
    "ஏன்", "யார்",
    /* being, existence, auxiliaries and modals */
    "அல்ல", "அல்லாத", "ஆக", "ஆகிய", "ஆகிறது", "ஆகும்", "ஆன", "ஆனது", "இருக்க", "இருக்கின்றன", "இருக்கிறது",
    "இருக்கிறார்", "இருக்கும்", "இருந்த", "இருந்தது", "இருந்தார்", "இருந்து", "இல்லாத", "இல்லை", "உள்ள",
    "உள்ளது", "உள்ளன", "கூடாது", "கூடும்", "படும்", "பட்ட", "பட்டது", "முடியாது", "முடியும்", "வேண்டாம்",
    "வேண்டும்",
    /* postpositions */
    "அருகில்", "இடையில்", "இடையே", "உடன்", "உள்ளே", "எதிராக", "காரணமாக", "கீழ்", "குறித்து", "கொண்டு",
    "சார்பில்", "தவிர", "நோக்கி", "பதிலாக", "பற்றி", "பின்", "பின்னர்", "பிறகு", "போது", "போன்ற", "போல",
    "போல்", "மீது", "முன்", "முன்பு", "மூலம்", "மேல்", "வரை", "வெளியே",
    /* conjunctions and quotative forms */
    "அதனால்", "அதாவது", "அத்துடன்", "அல்லது", "ஆகவே", "ஆகையால்", "ஆனால்", "ஆயினும்", "இருப்பினும்", "என",
    "எனவே", "எனினும்", "என்பது", "என்பதை", "என்ற", "என்று", "என்றும்", "ஏனெனில்", "ஏனென்றால்", "மற்றும்",
    "மேலும்",
    /* determiners and quantifiers */
    "அனைத்து", "அனைவரும்", "எல்லா", "எல்லாம்", "ஒரு", "ஒரே", "ஒவ்வொரு", "கொஞ்சம்", "சில", "நிறைய", "பல",
    "பிற", "மற்ற", "மற்றொரு", "மிக", "மிகவும்", "வேறு",
    /* particles and common adverbs */
    "ஆம்", "இன்னும்", "எப்போதும்", "ஏற்கனவே", "ஏற்கெனவே", "ஒருவேளை", "கிட்டத்தட்ட", "கூட", "சுமார்", "மட்டுமே",
    "மட்டும்", "மீண்டும்", NULL};

const char *const vb__stopwords_turkish[] = {
    /* personal pronouns with their case forms */
    "bana", "ben", "bende", "benden", "beni", "benim", "benimle", "biz", "bizde", "bizden", "bize",
    "bizi", "bizim", "bizimle", "o", "ona", "onda", "ondan", "onlar", "onlara", "onlarda",
    "onlardan", "onları", "onların", "onu", "onun", "onunla", "sana", "sen", "sende", "senden",
    "seni", "senin", "seninle", "siz", "sizde", "sizden", "size", "sizi", "sizin", "sizinle",
    /* reflexive kendi */
    "kendi", "kendileri", "kendine", "kendini", "kendisi", "kendisine", "kendisini",
    /* demonstratives and place deictics */
    "başka", "bu", "buna", "bunda", "bundan", "bunlar", "bunları", "bunların", "bunu", "bunun",
    "bununla", "burada", "buradan", "buraya", "böyle", "diğer", "orada", "oradan", "oraya", "öyle",
    "şu", "şuna", "şunda", "şundan", "şunlar", "şunu", "şunun", "şurada", "şöyle",
    /* interrogatives and the question particle */
    "hangi", "hangisi", "kaç", "kim", "kime", "kimi", "kimin", "mi", "mu", "mü", "mı", "nasıl",
    "ne", "neden", "nerede", "nereden", "nereye", "niye", "niçin",
    /* copula, existence and the auxiliary olmak */
    "değil", "değildir", "idi", "imiş", "ise", "olacak", "olan", "olarak", "oldu", "olduğu",
    "olduğunu", "olmak", "olması", "olmaz", "olmuş", "olsa", "olup", "olur", "oluyor", "var",
    "vardır", "yok", "yoktur",
    /* postpositions */
    "ait", "arasında", "beri", "boyunca", "dair", "dek", "dolayı", "doğru", "gibi", "göre",
    "hakkında", "hariç", "ile", "itibaren", "için", "içinde", "kadar", "karşı", "karşın", "rağmen",
    "sonra", "yerine", "önce", "ötürü", "üzere", "üzerinde",
    /* conjunctions and connectives */
    "ama", "ancak", "ayrıca", "bile", "da", "de", "diye", "eğer", "fakat", "halbuki", "hatta",
    "hem", "ki", "lakin", "madem", "mademki", "oysa", "sanki", "ve", "veya", "ya", "yahut", "yani",
    "yoksa", "çünkü", "üstelik",
    /* negation */
    "asla", "hiç", "hiçbir", "hiçbiri", "kimse",
    /* quantifiers and determiners */
    "aynı", "az", "bazı", "bir", "biraz", "birkaç", "birçok", "bütün", "daha", "en", "fazla", "hep",
    "hepsi", "her", "herkes", "pek", "tüm", "çok",
    /* common adverbs and particles */
    "artık", "belki", "daima", "evet", "gayet", "gene", "hala", "hayır", "hemen", "henüz", "hâlâ",
    "işte", "oldukça", "sadece", "tekrar", "yalnız", "yalnızca", "yine", "zaten", "şimdi",
    /* words beginning with i, capitalized (İ folds to i + combining dot above, U+0307) */
    "i̇di", "i̇le", "i̇miş", "i̇se", "i̇tibaren", "i̇çin", "i̇çinde", "i̇şte", NULL};

const char *const vb__stopwords_yiddish[] = {
    /* articles and the negative article keyn */
    "אַ", "אַזאַ", "אַזעלכע", "אַן", "דאָס", "די", "דעם", "דער", "קיין",
    /* personal and reflexive pronouns */
    "אונדז", "אייַך", "איך", "אים", "איר", "דו", "דיך", "דיר", "זי", "זיי", "זיך", "מיך", "מיר",
    "מען", "עס", "ער",
    /* possessives */
    "אונדזער", "אונדזערע", "אייַער", "אייַערע", "אירע", "דייַן", "דייַנע", "זייַן", "זייַנע", "זייער",
    "זייערע", "מייַן", "מייַנע",
    /* demonstratives and deictic adverbs */
    "אַהין", "אַהער", "אַזוי", "אָט", "דאָ", "דאָרט", "דיזע", "דיזעס", "דיזער", "יענע", "יענעם", "יענער",
    /* interrogative and relative words */
    "וואָס", "וווּ", "וווּהין", "ווי", "וויפֿל", "וועלכע", "וועלכעס", "וועלכער", "וועמען", "וועמענס",
    "ווען", "ווער", "פֿאַרוואָס",
    /* zayn (be), hobn (have) and the auxiliaries of future, conditional and passive */
    "איז", "בין", "ביסט", "געהאַט", "געוואָרן", "געווען", "האָב", "האָבן", "האָט", "האָסט", "וואָלט",
    "וואָלטן", "וועט", "וועל", "וועלן", "וועסט", "ווערט", "ווערן", "זייַנען", "זענט", "זענען", "פֿלעג",
    "פֿלעגט",
    /* modal verbs */
    "וויל", "ווילן", "ווילסט", "זאָל", "זאָלן", "זאָלסט", "טאָר", "מוז", "מוזן", "קען", "קענט", "קענסט",
    "קענען",
    /* prepositions and preposition + article contractions */
    "אַחוץ", "אַרום", "אָן", "אויף", "אויפֿן", "אונטער", "איבער", "אין", "אינעם", "ביז", "בייַ", "בייַם",
    "דורך", "הינטער", "לויט", "מיט", "מיטן", "נאָך", "פֿאַר", "פֿאַרן", "פֿון", "פֿונעם", "צו", "צווישן",
    "צום", "קעגן",
    /* conjunctions */
    "אַז", "אָבער", "אָדער", "אויב", "און", "דען", "ווייַל", "טאָ", "כאָטש", "נאָר", "סייַ",
    /* negation */
    "גאָרניט", "גאָרנישט", "ניט", "ניין", "נישט", "קיינמאָל", "קיינער",
    /* quantifiers, common adverbs and particles */
    "אַליין", "אַלע", "אַלץ", "אַנדער", "אַנדערע", "אַפֿילו", "אויך", "איצט", "אפֿשר", "גאַנץ", "גאָר", "דאַן",
    "דאָך", "דעמאָלט", "ווידער", "זעלבע", "טאַקע", "יאָ", "יעדן", "יעדע", "יעדער", "יעצט", "מער", "נו",
    "עמעצער", "עפּעס", "ערשט", "שוין",
    /* the same words without points (Hasidic and most informal writing) */
    "א", "אבער", "אדער", "אהין", "אהער", "אויפן", "אז", "אזא", "אזוי", "אזעלכע", "אחוץ", "אט",
    "אייך", "אייער", "אייערע", "אליין", "אלע", "אלץ", "אן", "אנדער", "אנדערע", "אפילו", "אפשר",
    "ארום", "ביי", "ביים", "גאנץ", "גאר", "גארניט", "גארנישט", "געהאט", "געווארן", "דא", "דאך",
    "דאן", "דאס", "דארט", "דיין", "דיינע", "דעמאלט", "האב", "האבן", "האט", "האסט", "וואלט",
    "וואלטן", "וואס", "ווו", "וווהין", "ווייל", "וויפל", "זאל", "זאלן", "זאלסט", "זיין", "זיינע",
    "זיינען", "טא", "טאקע", "טאר", "יא", "כאטש", "מיין", "מיינע", "נאך", "נאר", "סיי", "עפעס",
    "פאר", "פארוואס", "פארן", "פון", "פונעם", "פלעג", "פלעגט", "קיינמאל",
    /* spellings with the ligatures װ ױ ײ for וו וי יי (pointed and unpointed) */
    "אַזױ", "אַלײן", "אזױ", "אלײן", "אױב", "אױך", "אױף", "אױפֿן", "אױפן", "אײַך", "אײַער", "אײַערע",
    "אײך", "אײער", "אײערע", "בײ", "בײַ", "בײַם", "בײם", "געװאָרן", "געװארן", "געװען", "דײַן", "דײַנע",
    "דײן", "דײנע", "זײ", "זײַן", "זײַנע", "זײַנען", "זײן", "זײנע", "זײנען", "זײער", "זײערע", "לױט",
    "מײַן", "מײַנע", "מײן", "מײנע", "נײן", "סײ", "סײַ", "פֿאַרװאָס", "פארװאס", "צװישן", "קײן", "קײנמאָל",
    "קײנמאל", "קײנער", "שױן", "װאָלט", "װאָלטן", "װאָס", "װאלט", "װאלטן", "װאס", "װו", "װוּ", "װוּהין",
    "װוהין", "װי", "װידער", "װיל", "װילן", "װילסט", "װיפֿל", "װיפל", "װעט", "װעל", "װעלכע", "װעלכעס",
    "װעלכער", "װעלן", "װעמען", "װעמענס", "װען", "װעסט", "װער", "װערט", "װערן", "װײַל", "װײל",
    /* Hasidic spellings (unpointed) */
    "אונז", "אונזער", "אונזערע", "וואו", NULL};
