/* Differential test: our UAX #29 word boundaries against ICU's word BreakIterator (ICU 72,
 * Unicode 15.0, the same version as our tables), on every text of ../shared/corpora and on
 * random strings. ICU segments Han, kana, Thai, Lao, Khmer and Myanmar with dictionaries,
 * which UAX #29 does not: such texts are counted apart. ICU also tailors '@' (see
 * tailored()) and ':' (the analyzer does the same: VB_WB_COLON_BREAKS).
 * Usage: test_icu_words SHARED_DIR */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "analyzer/wordbreak.h"
#include "util/util.h"
#include "verbatim.h"

static const char *shared;

typedef struct tally {
    size_t compared, differ, dictionary, tailored;
} tally;

/* Characters ICU segments with dictionaries (Han, kana, Hangul syllables) or as complex
 * context (Line_Break=SA: Thai, Lao, Myanmar, Khmer, Tai Le, New Tai Lue, Tai Tham, Tai
 * Viet, Ahom), where UAX #29 by itself has no rule. */
static int dictionary_script(int32_t cp)
{
    return (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) ||
           (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x1950 && cp <= 0x19FF) ||
           (cp >= 0x1A20 && cp <= 0x1AAF) || (cp >= 0x2E80 && cp <= 0x2FDF) ||
           (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x3021 && cp <= 0x3029) ||
           (cp >= 0x3038 && cp <= 0x303B) || (cp >= 0x3040 && cp <= 0x31FF) ||
           (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xA9E0 && cp <= 0xA9FF) ||
           (cp >= 0xAA60 && cp <= 0xAADF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF66 && cp <= 0xFF9F) ||
           (cp >= 0x11700 && cp <= 0x1174F) || (cp >= 0x16FE0 && cp <= 0x18D8F) ||
           (cp >= 0x1AFF0 && cp <= 0x1B2FF) || (cp >= 0x32D0 && cp <= 0x3357) ||
           (cp >= 0x20000 && cp <= 0x3FFFF);
}

/* ICU's (CLDR's) tailoring of UAX #29 that the analyzer does not share: '@' is a letter (e-mail
 * addresses, mentions; the analyzer makes them tokens of their own kinds instead). The words
 * around it are masked out of the comparison. The colon tailoring is shared
 * (VB_WB_COLON_BREAKS). */
static int tailored(int32_t cp)
{
    return cp == '@' || cp == 0xFE6B || cp == 0xFF20;
}

/* Compare one valid UTF-8 text; returns 1 if it was compared. */
static void compare(const char *text, size_t len, tally *t, const char *where)
{
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t k = vb__utf8_decode((const unsigned char *)text + i, len - i, &cp);
        if (cp < 0)
            return; /* ICU would see U+FFFD of another length: not comparable */
        if (dictionary_script(cp)) {
            t->dictionary++;
            return;
        }

        i += k;
    }
    uint8_t *ours = malloc(len + 1), *icu = calloc(len + 1, 1);
    vb_wb_char *chars = malloc((len + 1) * sizeof *chars);
    UChar *u16 = malloc((2 * len + 1) * sizeof *u16);
    size_t *u8_at = malloc((2 * len + 2) * sizeof *u8_at); /* UTF-16 index -> byte offset */
    assert_true(ours && icu && chars && u16 && u8_at);
    vb__wordbreaks(text, len, chars, ours, VB_WB_COLON_BREAKS); /* as the analyzer */
    int32_t n16 = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t k = vb__utf8_decode((const unsigned char *)text + i, len - i, &cp);
        u8_at[n16] = i;
        if (cp >= 0x10000) {
            u16[n16++] = (UChar)(0xD800 + ((cp - 0x10000) >> 10));
            u8_at[n16] = i;
            u16[n16++] = (UChar)(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            u16[n16++] = (UChar)cp;
        }
        i += k;
    }
    u8_at[n16] = len;
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "en", u16, n16, &status);
    assert_true(U_SUCCESS(status));
    for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi))
        icu[u8_at[b]] = 1;
    ubrk_close(bi);
    icu[0] = icu[len] = 1;
    /* ICU's tailoring only moves the boundaries on either side of '@' and ':' */
    int masked = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t k = vb__utf8_decode((const unsigned char *)text + i, len - i, &cp);
        if (tailored(cp)) {
            /* the word around it: back and forth to the nearest boundary both agree on */
            size_t a = i, b = i + k;
            while (a > 0 && !(ours[a] && icu[a] && a < i))
                a--;
            while (b < len && !(ours[b] && icu[b]))
                b++;
            for (size_t j = a; j <= b; j++)
                ours[j] = icu[j] = 0;
            masked = 1;
        }
        i += k;
    }
    t->tailored += masked;
    t->compared++;
    if (memcmp(ours, icu, len + 1) != 0 && t->differ++ < 5) {
        size_t at = 0;
        while (ours[at] == icu[at])
            at++;
        fprintf(stderr, "%s: boundary at byte %zu: ours %d, ICU %d in \"%.*s\"\n", where, at,
                ours[at], icu[at], (int)(len < 120 ? len : 120), text);
    }
    free(ours), free(icu), free(chars), free(u16), free(u8_at);
}

static void shared_corpora(void **state)
{
    (void)state;
    static const char *const files[][3] = {
        { "corpora/twitter_us_airline_sentiment/Tweets.csv", NULL, NULL },
        { "corpora/amazon_alexa_reviews/amazon_alexa.tsv", NULL, NULL },
        { "corpora/cfpb_consumer_complaints_sample/complaints_sample.csv", NULL, NULL },
        { "corpora/spanish_airline_tweets/tweets_public.csv", NULL, NULL },
        { "corpora/german_coffee_reviews/utopia.json", NULL, NULL },
    };
    tally t = { 0 };
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", shared, files[f][0]);
        vb_reader *r;
        vb_error err;
        assert_int_equal(vb_reader_open(&r, path, NULL, &err), VB_OK);
        const vb_record *rec;
        int rc;
        while ((rc = vb_reader_next(r, &rec, &err)) != VB_EOF) {
            assert_int_equal(rc, VB_OK);
            compare(rec->text.ptr, rec->text.len, &t, path);
        }
        vb_reader_free(r);
    }
    printf("ICU differential, ../shared/corpora: %zu texts compared, %zu differ; not "
           "compared: %zu with dictionary scripts; %zu with the words around ICU-tailored "
           "'@' masked\n",
           t.compared, t.differ, t.dictionary, t.tailored);
    assert_true(t.compared > 30000);
    assert_int_equal(t.differ, 0);
}

static void random_strings(void **state)
{
    (void)state;
    /* code points from every range of our table plus others, in short random strings */
    uint64_t seed = 42;
    tally t = { 0 };
    char text[256];
    for (int n = 0; n < 200000; n++) {
        size_t len = 0, chars = 1 + (size_t)(seed >> 60);
        for (size_t c = 0; c < chars; c++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            uint32_t pick = (uint32_t)(seed >> 33);
            int32_t cp;
            if (pick % 4 == 0)
                cp = (int32_t)(pick % 0x80); /* ASCII, punctuation included */
            else if (pick % 4 == 1)
                cp = (int32_t)(pick % 0x3000);
            else {
                const vb_wb_range *r = &vb__wb_ranges[(pick >> 2) % vb__wb_nranges];
                cp = (int32_t)(r->first + (pick >> 12) % (r->last - r->first + 1));
            }
            if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0)
                cp = 'x';
            len += vb__utf8_encode(cp, text + len);
        }
        compare(text, len, &t, "random");
    }
    printf("ICU differential, random strings: %zu compared, %zu differ; not compared: %zu "
           "with dictionary scripts; %zu with the words around ICU-tailored '@' "
           "masked\n", t.compared, t.differ, t.dictionary, t.tailored);
    assert_int_equal(t.differ, 0);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s SHARED_DIR\n", argv[0]);
        return 2;
    }
    shared = argv[1];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(shared_corpora),
        cmocka_unit_test(random_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
