/* Stopword lists for languages other than English, written by the verbatim team.
 *
 * Each list is the closed class of the language's function words, assembled by hand from the
 * grammar: articles and determiners, pronouns (the case forms in common written use),
 * auxiliary and modal verb forms, prepositions/postpositions, conjunctions, negators and
 * common adverbs of degree, time and place. The negators (ne, nicht, ikke, не, ...) are
 * included on purpose: stopwords are marked, never deleted, and negation handling relies on
 * the mark.
 *
 * Entries are in the analyzer's normalized form (NFKC + full Unicode case folding, ASCII
 * apostrophe), so "daß" is listed as "dass" and "außer" as "ausser". No entry contains a
 * space or a hyphen: UAX #29 tokens never do. Within each group the entries are sorted in
 * byte (strcmp) order; no word occurs twice in a list. See docs/stopwords.md.
 *
 * Snowball algorithm names served: danish, dutch, finnish, french, german, hungarian,
 * italian, norwegian, portuguese, russian, spanish, swedish. */
#include <stddef.h>

#include "analyzer_int.h"

const char *const vb__stopwords_danish[] = {
    /* articles and determiners */
    "al", "alle", "alt", "anden", "andet", "andre", "begge", "de", "den", "denne", "det", "dette",
    "disse", "en", "et", "flere", "flest", "få", "færre", "hver", "hvert", "hvilke", "hvilken",
    "hvilket", "lidt", "mange", "mere", "mest", "nogen", "noget", "nogle", "samme", "selv", "sådan",
    "sådanne", "sådant",
    /* personal and reflexive pronouns */
    "dem", "dig", "du", "ham", "han", "hende", "hun", "i", "jeg", "jer", "man", "mig", "os", "sig",
    "vi",
    /* possessive pronouns */
    "dens", "deres", "dets", "din", "dine", "dit", "hans", "hendes", "jeres", "min", "mine", "mit",
    "sin", "sine", "sit", "vor", "vore", "vores", "vort",
    /* relative and interrogative words */
    "der", "hvad", "hvem", "hvis", "hvor", "hvordan", "hvorfor", "hvorfra", "hvorledes", "hvornår",
    "hvortil", "hvorvidt", "som",
    /* auxiliary and modal verbs (være, have, blive, kunne, skulle, ville, måtte, burde, gøre) */
    "blev", "blevet", "blive", "bliver", "burde", "bør", "er", "gjorde", "gjort", "gør", "gøre",
    "haft", "har", "havde", "have", "kan", "kunne", "kunnet", "må", "måtte", "måttet", "skal",
    "skulle", "skullet", "turde", "tør", "var", "vil", "ville", "villet", "være", "været",
    /* prepositions and particles */
    "ad", "af", "bag", "blandt", "efter", "for", "fra", "før", "gennem", "hen", "hos", "imellem",
    "imod", "ind", "inden", "indtil", "langs", "med", "mellem", "mod", "ned", "om", "omkring", "op",
    "over", "på", "siden", "til", "trods", "ud", "uden", "udover", "under", "ved",
    /* conjunctions and infinitive marker */
    "at", "både", "da", "eftersom", "eller", "end", "enten", "fordi", "idet", "men", "mens", "når",
    "og", "samt", "skønt", "så", "såfremt",
    /* negation */
    "aldrig", "ej", "hverken", "ikke", "ingen", "ingenting", "intet", "nej",
    /* common adverbs of degree, time and place */
    "allerede", "alligevel", "altid", "bare", "blot", "derfor", "dog", "dér", "endnu", "helt",
    "her", "igen", "jo", "kun", "meget", "måske", "nemlig", "nok", "nu", "ofte", "også", "ret",
    "stadig", "temmelig", "vel", NULL};

const char *const vb__stopwords_dutch[] = {
    /* articles and determiners */
    "al", "alle", "alles", "ander", "andere", "beide", "dat", "de", "deze", "die", "dit", "een",
    "elk", "elke", "enkele", "het", "ieder", "iedere", "meer", "meest", "minder", "sommige", "veel",
    "weinig", "welk", "welke", "zelfde", "zo'n", "zulk", "zulke",
    /* personal and reflexive pronouns */
    "er", "haar", "hem", "hen", "hij", "hun", "iemand", "iets", "ik", "je", "jezelf", "jij", "jou",
    "jullie", "me", "men", "mezelf", "mij", "ons", "u", "we", "wij", "ze", "zich", "zichzelf",
    "zij",
    /* possessive pronouns */
    "jouw", "mijn", "onze", "uw", "zijn",
    /* relative and interrogative words */
    "hoe", "hoeveel", "waar", "waardoor", "waarin", "waarmee", "waarom", "waarop", "waarvan",
    "wanneer", "wat", "wie",
    /* pronominal adverbs */
    "daar", "daardoor", "daarin", "daarmee", "daarna", "daarom", "daarop", "daarvan", "erin",
    "erop", "ervan", "hier", "hierin", "hiermee", "hiervan",
    /* auxiliaries and modals: zijn, hebben, worden, zullen, kunnen, moeten, mogen, willen, doen */
    "ben", "bent", "deden", "deed", "doe", "doen", "doet", "gedaan", "gehad", "geweest", "geworden",
    "had", "hadden", "heb", "hebben", "hebt", "heeft", "is", "kan", "kon", "konden", "kunnen",
    "kunt", "laat", "laten", "liet", "mag", "mocht", "mochten", "moest", "moesten", "moet",
    "moeten", "mogen", "waren", "was", "wees", "werd", "werden", "wil", "wilde", "wilden", "willen",
    "wilt", "word", "worden", "wordt", "wou", "zal", "zou", "zouden", "zullen", "zult",
    /* prepositions */
    "aan", "achter", "behalve", "bij", "binnen", "boven", "buiten", "door", "in", "langs", "met",
    "na", "naar", "naast", "om", "onder", "op", "over", "per", "rond", "sinds", "te", "tegen",
    "tijdens", "tot", "tussen", "uit", "van", "vanaf", "vanuit", "via", "volgens", "voor", "zonder",
    /* conjunctions */
    "als", "alsof", "dan", "dus", "en", "hoewel", "indien", "maar", "nadat", "of", "ofwel", "omdat",
    "tenzij", "terwijl", "toen", "totdat", "voordat", "want", "zodat", "zodra", "zowel",
    /* negation */
    "geen", "nee", "niemand", "niet", "niets", "noch", "nooit",
    /* common adverbs of degree, time and place */
    "alleen", "altijd", "echter", "eens", "erg", "even", "heel", "misschien", "nog", "nu", "ook",
    "pas", "reeds", "slechts", "soms", "steeds", "toch", "vaak", "weer", "wel", "zeer", "zo", NULL};

const char *const vb__stopwords_finnish[] = {
    /* personal pronouns, common cases (and spoken mä, sä, mun, sun) */
    "he", "heidän", "heidät", "heihin", "heiksi", "heille", "heillä", "heiltä", "heinä", "heissä",
    "heistä", "heitä", "hän", "häneen", "häneksi", "hänelle", "hänellä", "häneltä", "hänen",
    "hänenä", "hänessä", "hänestä", "hänet", "häntä", "me", "meidän", "meidät", "meihin", "meiksi",
    "meille", "meillä", "meiltä", "meinä", "meissä", "meistä", "meitä", "minua", "minuksi",
    "minulla", "minulle", "minulta", "minun", "minuna", "minussa", "minusta", "minut", "minuun",
    "minä", "mun", "mä", "sinua", "sinuksi", "sinulla", "sinulle", "sinulta", "sinun", "sinuna",
    "sinussa", "sinusta", "sinut", "sinuun", "sinä", "sun", "sä", "te", "teidän", "teidät",
    "teihin", "teiksi", "teille", "teillä", "teiltä", "teinä", "teissä", "teistä", "teitä",
    /* demonstratives tämä, tuo, se and plurals */
    "ne", "niiden", "niihin", "niiksi", "niille", "niillä", "niiltä", "niinä", "niissä", "niistä",
    "niitä", "noiden", "noihin", "noiksi", "noilla", "noille", "noilta", "noina", "noissa",
    "noista", "noita", "nuo", "näiden", "näihin", "näiksi", "näille", "näillä", "näiltä", "näinä",
    "näissä", "näistä", "näitä", "nämä", "se", "sen", "siihen", "siinä", "siitä", "siksi", "sille",
    "sillä", "siltä", "sitä", "tuo", "tuohon", "tuoksi", "tuolla", "tuolle", "tuolta", "tuon",
    "tuona", "tuossa", "tuosta", "tuota", "tähän", "täksi", "tälle", "tällä", "tältä", "tämä",
    "tämän", "tänä", "tässä", "tästä", "tätä",
    /* relative pronoun joka */
    "johon", "joiden", "joihin", "joiksi", "joilla", "joille", "joilta", "joina", "joissa",
    "joista", "joita", "joka", "joksi", "jolla", "jolle", "jolta", "jona", "jonka", "jossa",
    "josta", "jota", "jotka",
    /* interrogative pronouns mikä, kuka */
    "keneen", "kenelle", "kenellä", "keneltä", "kenen", "kenessä", "kenestä", "kenet", "ketkä",
    "ketä", "kuka", "mihin", "miksi", "mikä", "mille", "millä", "miltä", "minkä", "missä", "mistä",
    "mitkä", "mitä",
    /* indefinites and quantifiers */
    "itse", "jokainen", "jokin", "joku", "jotain", "jotakin", "kaikkea", "kaikki", "kaikkien",
    "kukaan", "kumpikin", "mikään", "mitään", "moni", "monta", "muu", "muut", "muuta", "oma",
    "omat", "paljon", "vähän",
    /* olla (to be), all common forms */
    "ole", "olemme", "olen", "olet", "olette", "oli", "olimme", "olin", "olisi", "olisimme",
    "olisin", "olisit", "olisitte", "olisivat", "olit", "olitte", "olivat", "olkoon", "olla",
    "ollaan", "olleet", "ollut", "oltiin", "on", "ovat",
    /* negation verb and negators */
    "ei", "eikä", "eivät", "emme", "en", "et", "ette", "älkää", "älä",
    /* modal verbs */
    "pitäisi", "pitää", "saa", "saada", "saisi", "täytyi", "täytyy", "voi", "voida", "voimme",
    "voin", "voisi", "voisin", "voit", "voitte", "voivat",
    /* postpositions and prepositions */
    "aikana", "alla", "asti", "ennen", "ilman", "jälkeen", "kanssa", "kautta", "kohti", "luona",
    "lähellä", "mukaan", "ohi", "päällä", "saakka", "takia", "vuoksi", "välillä", "yli",
    /* conjunctions */
    "eli", "että", "ja", "jos", "jotta", "koska", "kuin", "kun", "mutta", "niin", "sekä", "tai",
    "vai", "vaikka",
    /* common adverbs and particles */
    "aina", "ehkä", "erittäin", "hyvin", "jo", "kovin", "kuitenkin", "kyllä", "liian", "myös",
    "noin", "nyt", "siellä", "siis", "sitten", "todella", "täällä", "vain", "vielä", NULL};

const char *const vb__stopwords_french[] = {
    /* articles and contracted articles */
    "au", "aux", "de", "des", "du", "la", "le", "les", "un", "une",
    /* demonstratives */
    "ce", "ceci", "cela", "celle", "celles", "celui", "ces", "cet", "cette", "ceux", "ci", "là",
    "ça",
    /* possessives */
    "leur", "leurs", "ma", "mes", "mien", "mienne", "miennes", "miens", "mon", "nos", "notre",
    "nôtre", "nôtres", "sa", "ses", "sien", "sienne", "siennes", "siens", "son", "ta", "tes",
    "tien", "tienne", "tiennes", "tiens", "ton", "vos", "votre", "vôtre", "vôtres",
    /* personal, reflexive and adverbial pronouns */
    "elle", "elles", "en", "eux", "il", "ils", "je", "lui", "me", "moi", "nous", "on", "se", "soi",
    "te", "toi", "tu", "vous", "y",
    /* relative and interrogative words */
    "auquel", "auxquelles", "auxquels", "combien", "comment", "desquelles", "desquels", "dont",
    "duquel", "laquelle", "lequel", "lesquelles", "lesquels", "où", "pourquoi", "quand", "que",
    "quel", "quelle", "quelles", "quels", "qui", "quoi",
    /* indefinites and quantifiers */
    "autre", "autres", "certaines", "certains", "chacun", "chacune", "chaque", "même", "mêmes",
    "plusieurs", "quelque", "quelques", "tel", "telle", "telles", "tels", "tous", "tout", "toute",
    "toutes",
    /* être */
    "es", "est", "furent", "fus", "fut", "fûmes", "fût", "fûtes", "sera", "serai", "seraient",
    "serais", "serait", "seras", "serez", "seriez", "serions", "serons", "seront", "soient", "sois",
    "soit", "sommes", "sont", "soyez", "soyons", "suis", "étaient", "étais", "était", "étant",
    "étiez", "étions", "été", "êtes", "être",
    /* avoir */
    "a", "ai", "aie", "aient", "aies", "ait", "as", "aura", "aurai", "auraient", "aurais", "aurait",
    "auras", "aurez", "auriez", "aurions", "aurons", "auront", "avaient", "avais", "avait", "avez",
    "aviez", "avions", "avoir", "avons", "ayant", "ayez", "ayons", "eu", "eurent", "eus", "eut",
    "eûmes", "eût", "eûtes", "ont",
    /* modal and light verbs: pouvoir, devoir, vouloir, falloir, faire */
    "devait", "devez", "devons", "devraient", "devrait", "dois", "doit", "doivent", "dû", "faire",
    "fais", "faisons", "fait", "faites", "fallait", "faudrait", "faut", "font", "peut", "peuvent",
    "peux", "pourraient", "pourrait", "pouvait", "pouvez", "pouvons", "pu", "veulent", "veut",
    "veux", "voudrais", "voudrait", "voulait", "voulez", "voulons",
    /* prepositions */
    "après", "avant", "avec", "chez", "contre", "dans", "depuis", "derrière", "devant", "entre",
    "envers", "jusque", "malgré", "par", "parmi", "pendant", "pour", "sans", "sauf", "selon",
    "sous", "sur", "vers", "à",
    /* conjunctions */
    "afin", "car", "comme", "donc", "et", "lorsque", "mais", "or", "ou", "parce", "puisque",
    "quoique", "si", "tandis",
    /* negation */
    "aucun", "aucune", "guère", "jamais", "ne", "ni", "non", "nul", "nulle", "pas", "rien",
    /* common adverbs of degree, time and place */
    "ainsi", "alors", "assez", "aussi", "beaucoup", "bien", "déjà", "encore", "ensuite", "ici",
    "moins", "peu", "plus", "presque", "puis", "seulement", "souvent", "tant", "tellement",
    "toujours", "trop", "très",
    /* fixed elided function-word pairs (each is a single token) */
    "c'est", "c'était", "d'un", "d'une", "j'ai", "jusqu'au", "jusqu'aux", "jusqu'à", "l'on",
    "lorsqu'il", "n'a", "n'ai", "n'en", "n'est", "n'y", "puisqu'il", "qu'elle", "qu'elles", "qu'il",
    "qu'ils", "qu'on", "qu'un", "qu'une", "quelqu'un", "s'est", "s'il", "s'ils", NULL};

const char *const vb__stopwords_german[] = {
    /* definite and indefinite articles */
    "das", "dem", "den", "der", "des", "die", "ein", "eine", "einem", "einen", "einer", "eines",
    /* determiners and quantifiers */
    "alle", "allem", "allen", "aller", "alles", "dasselbe", "demselben", "denselben", "derselbe",
    "derselben", "desselben", "diese", "dieselbe", "diesem", "diesen", "dieser", "dieses", "einige",
    "einigen", "einiger", "einiges", "etwas", "jede", "jedem", "jeden", "jeder", "jedes", "jene",
    "jenem", "jenen", "jener", "jenes", "manche", "manchem", "manchen", "mancher", "manches",
    "mehrere", "solche", "solchem", "solchen", "solcher", "solches", "viel", "viele", "vielen",
    "welche", "welchem", "welchen", "welcher", "welches", "wenig", "wenige",
    /* personal and reflexive pronouns */
    "deiner", "dich", "dir", "du", "er", "es", "euch", "ich", "ihm", "ihn", "ihnen", "ihr", "ihrer",
    "man", "meiner", "mich", "mir", "seiner", "selbst", "sich", "sie", "uns", "wir",
    /* possessive pronouns */
    "dein", "deine", "deinem", "deinen", "deines", "euer", "eure", "eurem", "euren", "eurer",
    "eures", "ihre", "ihrem", "ihren", "ihres", "mein", "meine", "meinem", "meinen", "meines",
    "sein", "seine", "seinem", "seinen", "seines", "unser", "unsere", "unserem", "unseren",
    "unserer", "unseres",
    /* relative and interrogative words */
    "denen", "deren", "dessen", "wann", "warum", "was", "wem", "wen", "wer", "weshalb", "wessen",
    "wie", "wieso", "wo", "woher", "wohin", "womit", "worüber", "wovon",
    /* auxiliary verbs: sein, haben, werden */
    "bin", "bist", "gehabt", "gewesen", "geworden", "habe", "haben", "habt", "hast", "hat", "hatte",
    "hatten", "hattest", "hattet", "hätte", "hätten", "ist", "seid", "sind", "war", "waren",
    "warst", "wart", "werde", "werden", "werdet", "wird", "wirst", "worden", "wurde", "wurden",
    "wurdest", "wäre", "wären", "wärst", "würde", "würden", "würdest",
    /* modal verbs and tun */
    "darf", "darfst", "durfte", "durften", "dürfen", "dürft", "dürfte", "dürften", "kann", "kannst",
    "konnte", "konnten", "können", "könnt", "könnte", "könnten", "mag", "magst", "mochte",
    "mochten", "muss", "musst", "musste", "mussten", "möchte", "möchten", "möchtest", "mögen",
    "mögt", "müssen", "müsst", "müsste", "müssten", "soll", "sollen", "sollst", "sollt", "sollte",
    "sollten", "tat", "tun", "tut", "will", "willst", "wollen", "wollt", "wollte", "wollten",
    /* prepositions and contracted prepositions */
    "ab", "am", "an", "ans", "auf", "aufs", "aus", "ausser", "ausserhalb", "bei", "beim", "bis",
    "durch", "durchs", "entlang", "für", "fürs", "gegen", "gegenüber", "hinter", "im", "in",
    "innerhalb", "ins", "mit", "nach", "neben", "ohne", "seit", "statt", "trotz", "um", "unter",
    "vom", "von", "vor", "wegen", "während", "zu", "zum", "zur", "zwischen", "über",
    /* conjunctions */
    "aber", "als", "bevor", "da", "damit", "dass", "denn", "entweder", "falls", "indem", "nachdem",
    "ob", "obwohl", "oder", "sobald", "solange", "sondern", "sowie", "sowohl", "und", "weder",
    "weil", "wenn",
    /* negation */
    "kein", "keine", "keinem", "keinen", "keiner", "keines", "nein", "nicht", "nichts", "nie",
    "niemals", "niemand",
    /* particles and common adverbs */
    "also", "auch", "bereits", "dabei", "dadurch", "dafür", "dagegen", "daher", "dann", "daran",
    "darauf", "darin", "darum", "davon", "dazu", "doch", "dort", "eben", "etwa", "ganz", "gar",
    "halt", "her", "hier", "hin", "immer", "ja", "jedoch", "jetzt", "mal", "mehr", "noch", "nun",
    "nur", "oft", "schon", "sehr", "so", "sogar", "sonst", "wieder", "wohl", "zwar", NULL};

const char *const vb__stopwords_hungarian[] = {
    /* articles */
    "a", "az", "egy",
    /* personal pronouns and common case forms */
    "belőle", "benne", "benned", "bennem", "bennetek", "benneteket", "bennük", "bennünk",
    "bennünket", "engem", "hozzá", "maga", "mi", "minket", "neked", "nekem", "neki", "nekik",
    "nektek", "nekünk", "nála", "rá", "róla", "rólad", "rólam", "rólatok", "róluk", "rólunk", "te",
    "ti", "titeket", "téged", "tőle", "tőled", "tőlem", "tőletek", "tőlük", "tőlünk", "vele",
    "veled", "velem", "veletek", "velük", "velünk", "én", "ön", "önök", "ő", "ők", "őket", "őt",
    /* demonstratives */
    "abban", "abból", "annak", "arra", "azok", "azokat", "azt", "azzal", "azért", "ebben", "ebből",
    "ennek", "erre", "ez", "ezek", "ezeket", "ezt", "ezzel", "ezért", "ilyen", "olyan",
    /* relative and interrogative words */
    "ahogy", "ahol", "aki", "akik", "akinek", "akit", "amely", "amelyek", "amelyet", "amelyik",
    "amelynek", "ami", "amik", "amikor", "aminek", "amit", "amíg", "hogy", "hogyan", "hol",
    "honnan", "hova", "hová", "ki", "kinek", "kit", "melyik", "mennyi", "mikor", "milyen", "minek",
    "mit", "mivel", "miért",
    /* indefinites and quantifiers */
    "egyik", "kevés", "mind", "minden", "mindenki", "mindkét", "más", "másik", "néhány", "saját",
    "sok", "valaki", "valami", "valamint",
    /* van, lesz and modal verbs */
    "fog", "fognak", "fogok", "fogsz", "fogtok", "fogunk", "kell", "kellene", "kellett", "legyen",
    "lehet", "lehetett", "lenne", "lenni", "lennék", "lesz", "lesznek", "lett", "lettek", "vagy",
    "vagyok", "vagytok", "vagyunk", "van", "vannak", "volt", "voltak",
    /* postpositions */
    "alatt", "ellen", "előtt", "felett", "felé", "fölött", "helyett", "iránt", "keresztül", "körül",
    "között", "mellett", "miatt", "mögött", "nélkül", "révén", "szerint", "számára", "után",
    "által", "óta",
    /* conjunctions */
    "azonban", "bár", "de", "ha", "hanem", "illetve", "is", "mert", "mint", "mintha", "pedig", "s",
    "sőt", "tehát", "ugyanis", "vagyis", "viszont", "és",
    /* negation */
    "ne", "nem", "nincs", "nincsenek", "se", "sehol", "sem", "semmi", "senki", "sincs", "soha",
    /* detachable verb prefixes */
    "be", "el", "fel", "le", "meg", "át",
    /* common adverbs of degree, time and place */
    "akkor", "csak", "egész", "elég", "ide", "igen", "innen", "ismét", "itt", "majd", "mindig",
    "most", "már", "még", "nagyon", "néha", "oda", "onnan", "ott", "talán", "túl", "így", "úgy",
    "újra", NULL};

const char *const vb__stopwords_italian[] = {
    /* articles */
    "gli", "i", "il", "la", "le", "lo", "un", "una", "uno",
    /* articulated prepositions */
    "agli", "ai", "al", "alla", "alle", "allo", "coi", "col", "dagli", "dai", "dal", "dalla",
    "dalle", "dallo", "degli", "dei", "del", "della", "delle", "dello", "negli", "nei", "nel",
    "nella", "nelle", "nello", "sugli", "sui", "sul", "sulla", "sulle", "sullo",
    /* simple prepositions */
    "a", "con", "contro", "da", "dentro", "di", "dopo", "durante", "fra", "fuori", "in", "oltre",
    "per", "presso", "prima", "senza", "sopra", "sotto", "su", "tra", "tranne", "verso",
    /* personal, reflexive and clitic pronouns */
    "ce", "ci", "egli", "ella", "essa", "esse", "essi", "esso", "io", "lei", "li", "loro", "lui",
    "me", "mi", "ne", "noi", "se", "si", "sé", "te", "ti", "tu", "ve", "vi", "voi",
    /* possessives */
    "mia", "mie", "miei", "mio", "nostra", "nostre", "nostri", "nostro", "sua", "sue", "suo",
    "suoi", "tua", "tue", "tuo", "tuoi", "vostra", "vostre", "vostri", "vostro",
    /* demonstratives */
    "ciò", "quegli", "quei", "quel", "quella", "quelle", "quelli", "quello", "questa", "queste",
    "questi", "questo", "stessa", "stesse", "stessi", "stesso",
    /* relative and interrogative words */
    "che", "chi", "come", "cosa", "cui", "dove", "perché", "quale", "quali", "quando", "quanta",
    "quante", "quanti", "quanto",
    /* indefinites and quantifiers */
    "alcuna", "alcune", "alcuni", "alcuno", "altra", "altre", "altri", "altro", "molta", "molte",
    "molti", "molto", "ogni", "ognuna", "ognuno", "poca", "poche", "pochi", "poco", "qualche",
    "qualcosa", "qualcuna", "qualcuno", "tanta", "tante", "tanti", "tanto", "troppa", "troppe",
    "troppi", "troppo", "tutta", "tutte", "tutti", "tutto",
    /* essere */
    "era", "erano", "eravamo", "eravate", "eri", "ero", "essere", "fosse", "fossero", "fossi",
    "fossimo", "foste", "fu", "fui", "furono", "sarai", "saranno", "sarebbe", "sarebbero", "sarei",
    "saremmo", "saremo", "sareste", "saresti", "sarete", "sarà", "sarò", "sei", "sia", "siamo",
    "siano", "siete", "sono", "stata", "state", "stati", "stato", "è",
    /* avere */
    "abbia", "abbiamo", "abbiano", "avere", "avesse", "avessero", "avessi", "avete", "aveva",
    "avevamo", "avevano", "avevate", "avevi", "avevo", "avrai", "avranno", "avrebbe", "avrebbero",
    "avrei", "avremmo", "avremo", "avreste", "avresti", "avrete", "avrà", "avrò", "avuta", "avute",
    "avuti", "avuto", "ebbe", "ebbero", "ebbi", "ha", "hai", "hanno", "ho",
    /* modal verbs and progressive stare */
    "deve", "devi", "devo", "devono", "dobbiamo", "dovete", "doveva", "dovrebbe", "dovuto",
    "possiamo", "posso", "possono", "potete", "poteva", "potrebbe", "potuto", "puoi", "può", "sta",
    "stai", "stanno", "stava", "stiamo", "sto", "vogliamo", "voglio", "vogliono", "volete",
    "voleva", "vorrebbe", "vorrei", "vuoi", "vuole",
    /* conjunctions */
    "affinché", "anche", "benché", "cioè", "dunque", "e", "ed", "finché", "ma", "mentre", "o", "od",
    "oppure", "però", "poiché", "quindi", "sebbene",
    /* negation */
    "mai", "neanche", "nemmeno", "neppure", "nessuna", "nessuno", "niente", "no", "non", "nulla",
    "né",
    /* common adverbs of degree, time and place (po is the token of un po') */
    "adesso", "allora", "ancora", "anzi", "così", "già", "là", "lì", "ora", "più", "po", "poi",
    "proprio", "pure", "qua", "qui", "sempre", "solo", "soltanto",
    /* fixed elided pairs (each is a single token) */
    "c'era", "c'erano", "c'è", "com'è", "cos'è", "dov'è", NULL};

const char *const vb__stopwords_norwegian[] = {
    /* articles and determiners (bokmål) */
    "all", "alle", "alt", "andre", "annen", "annet", "begge", "de", "den", "denne", "det", "dette",
    "disse", "ei", "en", "et", "flere", "flest", "få", "færre", "hver", "hvert", "hvilke",
    "hvilken", "hvilket", "lite", "litt", "mange", "mer", "mest", "noe", "noen", "samme", "selv",
    "slik", "slike", "slikt",
    /* personal and reflexive pronouns (bokmål) */
    "deg", "dem", "dere", "du", "ham", "han", "henne", "hun", "jeg", "man", "meg", "oss", "seg",
    "vi",
    /* possessive pronouns (bokmål) */
    "dens", "deres", "dets", "di", "din", "dine", "ditt", "hans", "hennes", "mi", "min", "mine",
    "mitt", "si", "sin", "sine", "sitt", "vår", "våre", "vårt",
    /* relative and interrogative words (bokmål) */
    "der", "hva", "hvem", "hvis", "hvor", "hvordan", "hvorfor", "når", "som",
    /* auxiliary and modal verbs: være, ha, bli, kunne, skulle, ville, måtte, burde, gjøre, få */
    "ble", "bli", "blir", "blitt", "burde", "bør", "er", "fikk", "får", "fått", "gjorde", "gjort",
    "gjør", "gjøre", "ha", "hadde", "har", "hatt", "kan", "kunne", "kunnet", "må", "måtte",
    "måttet", "skal", "skulle", "skullet", "var", "vil", "ville", "villet", "være", "vært",
    /* prepositions and particles */
    "av", "bak", "blant", "etter", "for", "foran", "fra", "før", "gjennom", "hen", "hos", "i",
    "inn", "innen", "innenfor", "inntil", "langs", "med", "mellom", "mot", "ned", "om", "omkring",
    "opp", "over", "på", "siden", "til", "tross", "under", "ut", "uten", "utenfor", "ved",
    /* conjunctions and infinitive marker */
    "at", "både", "da", "dersom", "eller", "enn", "enten", "ettersom", "fordi", "men", "mens", "og",
    "samt", "skjønt", "så", "å",
    /* negation */
    "aldri", "hverken", "ikke", "ingen", "ingenting", "intet", "nei", "verken",
    /* common adverbs of degree, time and place */
    "allerede", "alltid", "bare", "derfor", "dog", "ennå", "fortsatt", "ganske", "helt", "her",
    "igjen", "jo", "kanskje", "kun", "likevel", "meget", "mye", "nemlig", "nok", "nå", "ofte",
    "også", "svært", "vel", "veldig",
    /* common nynorsk forms */
    "berre", "blei", "dei", "deira", "dykk", "dykkar", "eg", "ein", "eit", "frå", "hennar", "ho",
    "ikkje", "inga", "ingi", "kor", "korleis", "kva", "kvar", "kven", "kvifor", "me", "medan",
    "mykje", "noko", "nokon", "sidan", "sjølv", "utan", "vart", "vere", "verte", "vore", NULL};

const char *const vb__stopwords_portuguese[] = {
    /* articles */
    "a", "as", "o", "os", "um", "uma", "umas", "uns",
    /* contractions of prepositions with articles and pronouns */
    "ao", "aos", "da", "daquela", "daquelas", "daquele", "daqueles", "daquilo", "das", "dela",
    "delas", "dele", "deles", "dessa", "dessas", "desse", "desses", "desta", "destas", "deste",
    "destes", "disso", "disto", "do", "dos", "dum", "duma", "dumas", "duns", "na", "naquela",
    "naquelas", "naquele", "naqueles", "naquilo", "nas", "nela", "nelas", "nele", "neles", "nessa",
    "nessas", "nesse", "nesses", "nesta", "nestas", "neste", "nestes", "nisso", "nisto", "no",
    "nos", "num", "numa", "numas", "nuns", "pela", "pelas", "pelo", "pelos", "à", "àquela",
    "àquele", "às",
    /* prepositions */
    "ante", "após", "até", "com", "contra", "de", "desde", "durante", "em", "entre", "para",
    "perante", "por", "pra", "sem", "sob", "sobre",
    /* personal and reflexive pronouns */
    "comigo", "connosco", "conosco", "consigo", "contigo", "convosco", "ela", "elas", "ele", "eles",
    "eu", "la", "las", "lhe", "lhes", "lo", "los", "me", "mim", "nós", "se", "si", "te", "ti", "tu",
    "você", "vocês", "vos", "vós",
    /* possessives */
    "meu", "meus", "minha", "minhas", "nossa", "nossas", "nosso", "nossos", "seu", "seus", "sua",
    "suas", "teu", "teus", "tua", "tuas", "vossa", "vossas", "vosso", "vossos",
    /* demonstratives */
    "aquela", "aquelas", "aquele", "aqueles", "aquilo", "essa", "essas", "esse", "esses", "esta",
    "estas", "este", "estes", "isso", "isto", "mesma", "mesmas", "mesmo", "mesmos",
    /* relative and interrogative words */
    "como", "cuja", "cujas", "cujo", "cujos", "onde", "porque", "porquê", "quais", "qual", "quando",
    "quanta", "quantas", "quanto", "quantos", "que", "quem",
    /* indefinites and quantifiers */
    "algo", "algum", "alguma", "algumas", "alguns", "alguém", "cada", "muita", "muitas", "muito",
    "muitos", "outra", "outras", "outro", "outros", "pouca", "poucas", "pouco", "poucos",
    "quaisquer", "qualquer", "tanta", "tantas", "tanto", "tantos", "toda", "todas", "todo", "todos",
    "tudo", "várias", "vários",
    /* ser and estar */
    "era", "eram", "eras", "estamos", "estar", "estava", "estavam", "esteja", "esteve", "estiveram",
    "estivesse", "estou", "está", "estão", "foi", "fomos", "for", "fora", "foram", "forem", "fosse",
    "fossem", "fui", "seja", "sejam", "sejamos", "sendo", "ser", "seria", "seriam", "será", "serão",
    "sido", "sois", "somos", "sou", "são", "é", "éramos", "és",
    /* ter and haver */
    "haja", "haver", "havia", "hei", "houve", "há", "hão", "tem", "temos", "tendo", "tenha",
    "tenham", "tenho", "tens", "ter", "teria", "terá", "teve", "tido", "tinha", "tinham", "tive",
    "tivemos", "tiveram", "tivesse", "têm",
    /* modal verbs: poder, dever */
    "deve", "devem", "deveria", "devia", "devo", "pode", "podem", "podemos", "poderia", "podia",
    "posso", "puder", "pôde",
    /* conjunctions */
    "contudo", "e", "embora", "enquanto", "logo", "mas", "ou", "pois", "portanto", "porém",
    "todavia",
    /* negation */
    "jamais", "nada", "nem", "nenhum", "nenhuma", "ninguém", "nunca", "não",
    /* common adverbs of degree, time and place */
    "agora", "ainda", "ali", "antes", "apenas", "aqui", "assim", "aí", "bem", "cá", "depois",
    "então", "já", "lá", "mais", "menos", "quase", "sempre", "só", "também", "tão", NULL};

const char *const vb__stopwords_russian[] = {
    /* personal and reflexive pronouns, all cases (ё and е spellings) */
    "вам", "вами", "вас", "вы", "его", "ее", "ей", "ему", "ею", "её", "им", "ими", "их", "меня",
    "мне", "мной", "мною", "мы", "нам", "нами", "нас", "него", "нее", "ней", "нем", "нему", "нею",
    "неё", "ним", "ними", "них", "нём", "он", "она", "они", "оно", "себе", "себя", "собой", "собою",
    "тебе", "тебя", "тобой", "тобою", "ты", "я",
    /* possessive pronouns */
    "ваш", "ваша", "ваше", "вашего", "вашей", "вашему", "ваши", "вашим", "ваших", "вашу", "мое",
    "моего", "моей", "моем", "моему", "мои", "моим", "моими", "моих", "мой", "мою", "моя", "моё",
    "моём", "наш", "наша", "наше", "нашего", "нашей", "нашему", "наши", "нашим", "наших", "нашу",
    "свое", "своего", "своей", "своему", "свои", "своим", "своими", "своих", "свой", "свою", "своя",
    "своё", "твое", "твоего", "твоей", "твоему", "твои", "твоим", "твоих", "твой", "твою", "твоя",
    "твоё",
    /* demonstratives */
    "та", "такая", "такие", "такого", "такое", "такой", "те", "тем", "теми", "тех", "то", "того",
    "той", "том", "тому", "тот", "ту", "эта", "эти", "этим", "этими", "этих", "это", "этого",
    "этой", "этом", "этому", "этот", "эту",
    /* relative and interrogative words */
    "где", "зачем", "как", "какая", "какие", "какого", "какое", "какой", "кем", "когда", "кого",
    "ком", "кому", "которая", "которого", "которое", "которой", "котором", "которому", "которую",
    "которые", "который", "которым", "которых", "кто", "куда", "откуда", "почему", "сколько",
    "чего", "чем", "чему", "что", "чём",
    /* весь, сам, каждый */
    "весь", "все", "всего", "всей", "всем", "всеми", "всему", "всех", "всю", "вся", "всё", "каждая",
    "каждого", "каждое", "каждой", "каждый", "сам", "сама", "сами", "само", "самого", "самой",
    /* быть and modal words */
    "будем", "будет", "будете", "будешь", "буду", "будут", "будь", "бы", "был", "была", "были",
    "было", "быть", "есть", "мог", "могла", "могли", "могу", "могут", "можем", "может", "можно",
    "надо", "нужно",
    /* prepositions */
    "без", "в", "во", "вокруг", "для", "до", "за", "из", "к", "ко", "между", "на", "над", "о", "об",
    "обо", "около", "от", "перед", "по", "под", "после", "при", "про", "с", "со", "у", "через",
    /* conjunctions */
    "а", "да", "если", "зато", "и", "или", "либо", "но", "однако", "пока", "потому", "поэтому",
    "раз", "также", "тоже", "хотя", "чтоб", "чтобы",
    /* negation */
    "не", "нельзя", "нет", "ни", "нигде", "никак", "никогда", "никто", "ничего", "ничто",
    /* particles and common adverbs */
    "более", "вдруг", "ведь", "вон", "вот", "всегда", "даже", "еще", "ещё", "ж", "же", "здесь",
    "иногда", "ли", "лишь", "мало", "менее", "много", "неужели", "нибудь", "опять", "очень",
    "потом", "почти", "разве", "сейчас", "снова", "совсем", "так", "таки", "там", "теперь", "тогда",
    "только", "тут", "уже", "чуть", NULL};

const char *const vb__stopwords_spanish[] = {
    /* articles and contracted articles */
    "al", "del", "el", "la", "las", "lo", "los", "un", "una", "unas", "unos",
    /* prepositions */
    "a", "ante", "bajo", "con", "contra", "de", "desde", "durante", "en", "entre", "hacia", "hasta",
    "mediante", "para", "por", "según", "sin", "sobre", "tras",
    /* personal and reflexive pronouns */
    "conmigo", "consigo", "contigo", "ella", "ellas", "ello", "ellos", "le", "les", "me", "mí",
    "nos", "nosotras", "nosotros", "os", "se", "sí", "te", "ti", "tú", "usted", "ustedes",
    "vosotras", "vosotros", "yo", "él",
    /* possessives */
    "mi", "mis", "mía", "mías", "mío", "míos", "nuestra", "nuestras", "nuestro", "nuestros", "su",
    "sus", "suya", "suyas", "suyo", "suyos", "tu", "tus", "tuya", "tuyas", "tuyo", "tuyos",
    "vuestra", "vuestras", "vuestro", "vuestros",
    /* demonstratives */
    "aquel", "aquella", "aquellas", "aquello", "aquellos", "esa", "esas", "ese", "eso", "esos",
    "esta", "estas", "este", "esto", "estos", "misma", "mismas", "mismo", "mismos",
    /* relative and interrogative words (with and without accent) */
    "como", "cual", "cuales", "cuando", "cuanta", "cuantas", "cuanto", "cuantos", "cuya", "cuyas",
    "cuyo", "cuyos", "cuál", "cuáles", "cuándo", "cuánta", "cuántas", "cuánto", "cuántos", "cómo",
    "donde", "dónde", "que", "quien", "quienes", "quién", "quiénes", "qué",
    /* indefinites and quantifiers */
    "algo", "alguien", "alguna", "algunas", "alguno", "algunos", "algún", "cada", "cualquier",
    "cualquiera", "demasiado", "mucha", "muchas", "mucho", "muchos", "otra", "otras", "otro",
    "otros", "poca", "pocas", "poco", "pocos", "tanta", "tantas", "tanto", "tantos", "toda",
    "todas", "todo", "todos", "varias", "varios",
    /* ser and estar */
    "era", "erais", "eran", "eras", "eres", "es", "estaba", "estaban", "estamos", "estando",
    "estar", "estoy", "estuvieron", "estuvo", "está", "estáis", "están", "estás", "esté", "estén",
    "fue", "fuera", "fueran", "fueron", "fuese", "fui", "fuimos", "fuiste", "fuisteis", "sea",
    "sean", "seas", "ser", "será", "serán", "sería", "serían", "sido", "siendo", "sois", "somos",
    "son", "soy", "éramos",
    /* haber and tener */
    "ha", "haber", "habido", "habrá", "habría", "habéis", "había", "habían", "han", "has", "hay",
    "haya", "hayan", "he", "hemos", "hubiera", "hubiese", "hubo", "tenemos", "tener", "tengo",
    "tenía", "tiene", "tienen", "tienes", "tuvo",
    /* modal verbs: poder, deber */
    "debe", "deben", "debería", "debo", "podemos", "podría", "podrían", "podía", "pudo", "puede",
    "pueden", "puedes", "puedo",
    /* conjunctions */
    "aunque", "e", "entonces", "luego", "mientras", "o", "pero", "porque", "pues", "si", "sino",
    "u", "y",
    /* negation */
    "jamás", "nada", "nadie", "ni", "ninguna", "ninguno", "ningún", "no", "nunca", "tampoco",
    /* common adverbs of degree, time and place */
    "acá", "ahora", "ahí", "allá", "allí", "antes", "aquí", "así", "aún", "bien", "casi", "después",
    "menos", "muy", "más", "siempre", "solo", "sólo", "también", "tan", "todavía", "ya", NULL};

const char *const vb__stopwords_swedish[] = {
    /* articles and determiners */
    "all", "alla", "allt", "andra", "annan", "annat", "bägge", "båda", "de", "den", "denna",
    "denne", "dessa", "det", "detta", "en", "ett", "fler", "flera", "flest", "färre", "få", "lite",
    "litet", "mer", "mera", "mest", "många", "någon", "något", "några", "samma", "själv", "själva",
    "sådan", "sådana", "sådant", "varje",
    /* personal and reflexive pronouns (with spoken spellings mej, dej, sej, dom) */
    "dej", "dem", "dig", "dom", "du", "er", "han", "hen", "henne", "hon", "honom", "jag", "man",
    "mej", "mig", "ni", "oss", "sej", "sig", "vi",
    /* possessive pronouns */
    "deras", "dess", "din", "dina", "ditt", "era", "ert", "hans", "hennes", "hens", "min", "mina",
    "mitt", "sin", "sina", "sitt", "vår", "våra", "vårt",
    /* relative and interrogative words */
    "hur", "när", "som", "vad", "var", "varför", "varifrån", "vars", "vart", "vem", "vems", "vilka",
    "vilken", "vilket",
    /* auxiliary and modal verbs: vara, ha, bli, kunna, skola, vilja, måste, böra, få, göra */
    "blev", "bli", "blir", "blivit", "borde", "bör", "fick", "får", "fått", "gjorde", "gjort",
    "gör", "göra", "ha", "hade", "haft", "har", "kan", "kunde", "kunna", "kunnat", "må", "måste",
    "måtte", "ska", "skall", "skulle", "vara", "varit", "velat", "vilja", "vill", "ville", "är",
    /* prepositions and particles */
    "av", "bakom", "bland", "efter", "emot", "från", "för", "före", "genom", "hos", "i", "in",
    "inom", "intill", "kring", "längs", "med", "mellan", "mot", "ned", "ner", "om", "omkring", "på",
    "sedan", "till", "trots", "under", "upp", "ur", "ut", "utanför", "vid", "åt", "över",
    /* conjunctions and infinitive marker */
    "antingen", "att", "både", "då", "eftersom", "eller", "fast", "fastän", "ifall", "innan",
    "medan", "men", "och", "samt", "så", "såsom", "tills", "utan", "än",
    /* negation */
    "aldrig", "ej", "icke", "inga", "ingen", "ingenting", "inget", "inte", "nej", "varken",
    /* common adverbs of degree, time and place */
    "alltid", "bara", "dock", "där", "därför", "endast", "fortfarande", "ganska", "helt", "här",
    "igen", "ju", "kanske", "mycket", "nog", "nu", "också", "ofta", "redan", "sen", "väl",
    "väldigt", "ändå", "ännu", "även", NULL};
