/* Conformance: every line of Unicode's WordBreakTest.txt and SentenceBreakTest.txt (from
 * Debian's unicode-data, the Unicode version of the generated tables), with the untailored
 * rules. Usage: test_unicode_breaks word|sentence FILE */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "analyzer/analyzer_int.h"
#include "analyzer/sentbreak.h"
#include "analyzer/wordbreak.h"
#include "util/util.h"

static const char *path;
static int sentences; /* 0: word boundaries, 1: sentence boundaries */

static void every_line_passes(void **state)
{
    (void)state;
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char line[4096];
    size_t lineno = 0, cases = 0, failed = 0;
    vb_segs segs = { 0 };
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        char text[1024];
        uint8_t want[1024], got[1024], words[1024];
        uint32_t at[1024];
        vb_wb_char chars[1024];
        size_t len = 0;
        memset(want, 0, sizeof want);
        int any = 0;
        for (char *tok = strtok(line, " \t\r\n"); tok; tok = strtok(NULL, " \t\r\n")) {
            if (!strcmp(tok, "\xC3\xB7")) { /* ÷ */
                want[len] = 1;
                any = 1;
            } else if (!strcmp(tok, "\xC3\x97")) { /* × */
                want[len] = 0;
            } else {
                len += vb__utf8_encode((int32_t)strtol(tok, NULL, 16), text + len);
            }
        }
        if (!any)
            continue;
        cases++;
        size_t n = vb__wordbreaks(text, len, chars, sentences ? words : got, 0); /* untailored */
        if (sentences) {
            memset(got, 0, len + 1);
            got[0] = got[len] = 1;
            for (size_t k = vb__sentencebreaks(chars, n, at); k--;)
                got[at[k]] = 1;
            /* the segmenter's way: the decoder lists the terminators and separators, and
             * the rules run after those only */
            uint32_t trig[1024];
            uint8_t got2[1024];
            size_t ntrig, n2 = vb__wb_decode_triggers(text, len, chars, 0, trig, &ntrig);
            memset(got2, 0, len + 1);
            got2[0] = got2[len] = 1;
            for (size_t k = vb__sentencebreaks_at(chars, n2, trig, ntrig, at); k--;)
                got2[at[k]] = 1;
            if (n2 != n || memcmp(got, got2, len + 1) != 0) {
                fprintf(stderr, "line %zu: the breaks after the listed triggers differ\n",
                        lineno);
                failed++;
                continue;
            }
            /* the segmenter's way in a text with other characters than ASCII: the rules on
             * a window around each trigger, widened until they did not read its edges
             * (from one byte either side on, and the usual window) */
            for (size_t w = 0; w < 4; w++) {
                size_t nb;
                segs.window = w;
                assert_int_equal(vb__sentence_ends(text, len, &segs, &nb), 0);
                memset(got2, 0, len + 1);
                got2[0] = got2[len] = 1;
                for (size_t k = 0; k < nb; k++)
                    got2[segs.sbreaks[k]] = 1;
                if (memcmp(got, got2, len + 1) != 0) {
                    fprintf(stderr, "line %zu: the breaks in windows (%zu) differ\n", lineno,
                            w);
                    failed++;
                    break;
                }
            }
        }
        if (memcmp(want, got, len + 1) != 0) {
            if (failed++ < 10) {
                fprintf(stderr, "line %zu: breaks differ at bytes:", lineno);
                for (size_t i = 0; i <= len; i++)
                    if (want[i] != got[i])
                        fprintf(stderr, " %zu (want %d)", i, want[i]);
                fputc('\n', stderr);
            }
        }
    }
    fclose(f);
    free(segs.chars);
    free(segs.sbreaks);
    free(segs.trig);
    printf("%s (Unicode %s): %zu of %zu lines pass\n",
           sentences ? "SentenceBreakTest" : "WordBreakTest", vb__wb_unicode_version,
           cases - failed, cases);
    assert_true(cases > 400);
    assert_int_equal(failed, 0);
}

int main(int argc, char **argv)
{
    if (argc != 3 || (strcmp(argv[1], "word") && strcmp(argv[1], "sentence"))) {
        fprintf(stderr, "usage: %s word|sentence FILE\n", argv[0]);
        return 2;
    }
    sentences = argv[1][0] == 's';
    path = argv[2];
    const struct CMUnitTest tests[] = { cmocka_unit_test(every_line_passes) };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
