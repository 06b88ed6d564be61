/* The normalizer's pure-ASCII fast path gives what the general (utf8proc) path gives, on
 * every token of every text of ../shared/corpora and corpora/.
 * Usage: test_ascii_path SHARED_DIR SOURCE_DIR */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "analyzer/analyzer_int.h"
#include "verbatim.h"

static const char *shared, *source;

static void fast_path_equals_general_path(void **state)
{
    (void)state;
    static const char *const files[][2] = {
        { "S", "corpora/twitter_us_airline_sentiment/Tweets.csv" },
        { "S", "corpora/amazon_alexa_reviews/amazon_alexa.tsv" },
        { "S", "corpora/cfpb_consumer_complaints_sample/complaints_sample.csv" },
        { "S", "corpora/spanish_airline_tweets/tweets_public.csv" },
        { "S", "corpora/german_coffee_reviews/utopia.json" },
        { "R", "corpora/survey_comments.csv" },
    };
    vb_analyzer *an;
    vb_error err;
    assert_int_equal(vb_analyzer_new(&an, NULL, &err), VB_OK);
    vb_buf general = { 0 };
    size_t ascii_tokens = 0, other_tokens = 0, texts = 0;
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", files[f][0][0] == 'S' ? shared : source,
                 files[f][1]);
        vb_reader *r;
        assert_int_equal(vb_reader_open(&r, path, NULL, &err), VB_OK);
        const vb_record *rec;
        while (vb_reader_next(r, &rec, &err) == VB_OK) {
            const vb_tokens *t;
            assert_int_equal(vb_analyzer_run(an, rec->text.ptr, rec->text.len, &t, &err), 0);
            texts++;
            for (size_t i = 0; i < t->n; i++) {
                const char *s = rec->text.ptr + t->tok[i].start;
                size_t n = t->tok[i].end - t->tok[i].start;
                int ascii = 1;
                for (size_t k = 0; k < n; k++)
                    ascii &= (unsigned char)s[k] < 0x80;
                if (!ascii) {
                    other_tokens++;
                    continue;
                }
                ascii_tokens++;
                assert_int_equal(vb__normalize(s, n, 0, 0, &general), 0);
                if (general.len != t->tok[i].norm_len ||
                    memcmp(general.ptr, t->tok[i].norm, general.len) != 0)
                    fail_msg("%s:%zu: '%.*s': fast path '%s', general path '%.*s'", path,
                             rec->line, (int)n, s, t->tok[i].norm, (int)general.len,
                             general.ptr);
            }
        }
        vb_reader_free(r);
    }
    vb__buf_free(&general);
    vb_analyzer_free(an);
    printf("ASCII fast path = general path on %zu ASCII tokens of %zu texts (%zu other "
           "tokens)\n", ascii_tokens, texts, other_tokens);
    assert_true(ascii_tokens > 800000);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s SHARED_DIR SOURCE_DIR\n", argv[0]);
        return 2;
    }
    shared = argv[1];
    source = argv[2];
    const struct CMUnitTest tests[] = { cmocka_unit_test(fast_path_equals_general_path) };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
