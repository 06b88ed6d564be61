/* Stopword lists. Stopwords are marked, never deleted: phrases ("on hold") and negation
 * ("not helpful") need them. The English list is the team's own: function words (articles,
 * pronouns, auxiliaries, prepositions, conjunctions) and their contracted forms, as they
 * appear after normalization (apostrophes folded to '). The lists of every other Snowball
 * language are in stopwords_data.c and stopwords_data2.c (docs/stopwords.md). */
#include "analyzer_int.h"

#include <string.h>

static const char *const english[] = {
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any",
    "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did",
    "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "few",
    "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having",
    "he", "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him",
    "himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into",
    "is", "isn't", "it", "it's", "its", "itself", "let's", "me", "more", "most", "mustn't",
    "my", "myself", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other",
    "ought", "our", "ours", "ourselves", "out", "over", "own", "same", "shan't", "she",
    "she'd", "she'll", "she's", "should", "shouldn't", "so", "some", "such", "than", "that",
    "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's",
    "these", "they", "they'd", "they'll", "they're", "they've", "this", "those", "through",
    "to", "too", "under", "until", "up", "very", "was", "wasn't", "we", "we'd", "we'll",
    "we're", "we've", "were", "weren't", "what", "what's", "when", "when's", "where",
    "where's", "which", "while", "who", "who's", "whom", "why", "why's", "will", "with",
    "won't", "would", "wouldn't", "you", "you'd", "you'll", "you're", "you've", "your",
    "yours", "yourself", "yourselves", "also", "just", "im", "dont", "didnt", "cant",
    "wont", "isnt", "ive", "us", NULL
};

const char *const *vb__stopwords(const char *lang)
{
    static const struct {
        const char *lang;
        const char *const *list;
    } lists[] = {
        { "english", english }, { "porter", english },
        { "danish", vb__stopwords_danish }, { "dutch", vb__stopwords_dutch },
        { "finnish", vb__stopwords_finnish }, { "french", vb__stopwords_french },
        { "german", vb__stopwords_german }, { "hungarian", vb__stopwords_hungarian },
        { "italian", vb__stopwords_italian }, { "norwegian", vb__stopwords_norwegian },
        { "portuguese", vb__stopwords_portuguese }, { "russian", vb__stopwords_russian },
        { "spanish", vb__stopwords_spanish }, { "swedish", vb__stopwords_swedish },
        { "arabic", vb__stopwords_arabic }, { "armenian", vb__stopwords_armenian },
        { "basque", vb__stopwords_basque }, { "catalan", vb__stopwords_catalan },
        { "greek", vb__stopwords_greek }, { "hindi", vb__stopwords_hindi },
        { "indonesian", vb__stopwords_indonesian }, { "irish", vb__stopwords_irish },
        { "lithuanian", vb__stopwords_lithuanian }, { "nepali", vb__stopwords_nepali },
        { "romanian", vb__stopwords_romanian }, { "serbian", vb__stopwords_serbian },
        { "tamil", vb__stopwords_tamil }, { "turkish", vb__stopwords_turkish },
        { "yiddish", vb__stopwords_yiddish },
    };
    for (size_t i = 0; lang && i < sizeof lists / sizeof *lists; i++)
        if (strcmp(lang, lists[i].lang) == 0)
            return lists[i].list;
    return NULL;
}
