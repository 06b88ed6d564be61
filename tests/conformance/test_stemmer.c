/* Conformance: for one language of ../shared/conformance/stemmer/, every word of voc.txt
 * stems to the same line of output.txt through the analyzer's stemmer (Snowball 2.2.0).
 * Usage: test_stemmer LANGUAGE voc.txt output.txt */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "verbatim.h"

static const char *lang, *voc_path, *out_path;

static size_t chomp(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return n;
}

static void every_word_stems_as_snowball_says(void **state)
{
    (void)state;
    vb_analyzer_opts o;
    vb_analyzer_opts_init(&o);
    o.lang = lang;
    vb_analyzer *an;
    vb_error err;
    assert_int_equal(vb_analyzer_new(&an, &o, &err), VB_OK);
    FILE *voc = fopen(voc_path, "r"), *want = fopen(out_path, "r");
    assert_non_null(voc);
    assert_non_null(want);
    char w[512], s[512];
    size_t words = 0, wrong = 0;
    while (fgets(w, sizeof w, voc)) {
        assert_non_null(fgets(s, sizeof s, want)); /* the files have the same length */
        size_t n = chomp(w);
        chomp(s);
        const char *stem;
        size_t len;
        assert_int_equal(vb_analyzer_stem(an, w, n, &stem, &len), VB_OK);
        words++;
        if (len != strlen(s) || memcmp(stem, s, len) != 0) {
            if (wrong++ < 10)
                fprintf(stderr, "%s: '%s' -> '%.*s', expected '%s'\n", lang, w, (int)len, stem,
                        s);
        }
    }
    assert_null(fgets(s, sizeof s, want));
    fclose(voc);
    fclose(want);
    vb_analyzer_free(an);
    printf("stemmer %s: %zu of %zu words (%.1f%%)\n", lang, words - wrong, words,
           words ? 100.0 * (double)(words - wrong) / (double)words : 0.0);
    assert_true(words > 1000);
    assert_int_equal(wrong, 0);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s LANGUAGE voc.txt output.txt\n", argv[0]);
        return 2;
    }
    lang = argv[1];
    voc_path = argv[2];
    out_path = argv[3];
    const struct CMUnitTest tests[] = { cmocka_unit_test(every_word_stems_as_snowball_says) };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
