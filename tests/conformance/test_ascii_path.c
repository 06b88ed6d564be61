/* The normalizer's pure-ASCII fast path gives what the general (utf8proc) path gives, on
 * every token of every text of ../shared/corpora and corpora/; the segmenter's fast paths
 * (all-ASCII texts, ASCII stretches of other texts) give what its general path gives.
 * Usage: test_ascii_path SHARED_DIR SOURCE_DIR */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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

/* Segments (span, type, sentence) and invalid sequences of the segmenter's paths,
 * compared: the fast paths with each block classifier the machine has (portable, SSE2,
 * AVX-512 VBMI), then with the sentence rules' windows around a trigger from one or two
 * bytes either side on (widened until the rules did not read their edges), and the
 * general path. */
static size_t path_count[3]; /* texts by the path they took (VB_SEG_PATH_*) */

static size_t compare_paths(const char *text, size_t len, vb_segs *fast, vb_segs *general,
                            const char *where)
{
    static const char *const names[] = { "portable", "SSE2", "AVX-512 VBMI" };
    general->general_only = 1;
    assert_int_equal(vb__segment(text, len, general), 0);
    int best = vb__segment_simd_best();
    for (int v = 0; v <= best + 2; v++) {
        fast->general_only = 0;
        fast->portable = v == 0;
        fast->simd = v <= best ? v : 0;
        fast->window = v <= best ? 0 : (size_t)(v - best);
        assert_int_equal(vb__segment(text, len, fast), 0);
        int same = fast->n == general->n && fast->sentences == general->sentences &&
                   fast->replacements == general->replacements;
        for (size_t i = 0; same && i < fast->n; i++) {
            const vb_seg *a = &fast->seg[i], *b = &general->seg[i];
            same = a->start == b->start && a->end == b->end && a->type == b->type &&
                   a->sentence == b->sentence && a->ascii == b->ascii;
        }
        if (!same) {
            fprintf(stderr, "the text's bytes:");
            for (size_t i = 0; i < len; i++)
                fprintf(stderr, " %02X", (unsigned char)text[i]);
            fprintf(stderr, "\n");
        }
        if (!same)
            fail_msg("%s: the fast path (%s) and the general path segment \"%.*s\" "
                     "differently", where, v <= best ? names[v] : "small windows",
                     (int)(len < 200 ? len : 200), text);
    }
    fast->window = 0;
    path_count[fast->path]++;
    return fast->n;
}

static void segmenter_paths_agree(void **state)
{
    (void)state;
    static const char *const files[] = {
        "corpora/twitter_us_airline_sentiment/Tweets.csv",
        "corpora/amazon_alexa_reviews/amazon_alexa.tsv",
        "corpora/cfpb_consumer_complaints_sample/complaints_sample.csv",
        "corpora/spanish_airline_tweets/tweets_public.csv",
        "corpora/german_coffee_reviews/utopia.json",
    };
    vb_segs fast = { 0 }, general = { 0 };
    size_t texts[2] = { 0, 0 }, segs = 0; /* ASCII texts, other texts */
    size_t corpus_wide;
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", shared, files[f]);
        vb_reader *r;
        vb_error err;
        assert_int_equal(vb_reader_open(&r, path, NULL, &err), VB_OK);
        const vb_record *rec;
        while (vb_reader_next(r, &rec, &err) == VB_OK) {
            int ascii = 1;
            for (size_t i = 0; i < rec->text.len; i++)
                ascii &= (unsigned char)rec->text.ptr[i] < 0x80;
            segs += compare_paths(rec->text.ptr, rec->text.len, &fast, &general, path);
            texts[!ascii]++;
        }
        vb_reader_free(r);
    }
    corpus_wide = path_count[VB_SEG_PATH_WIDE];
    /* random strings, weighted to the characters the rules care about: ASCII, then
     * letters, marks, joiners, quotes, spaces, terminators, separators, emoji and invalid
     * bytes from beyond it (which send a text to the general path's ASCII stretches) */
    static const char alphabet[] = "abcXYZ019_.,;:'\"!?@#%()<>=^/-* \t\r\n\x01\x7F";
    /* one string in three is long (up to 400 units), and half of those are mostly word
     * bytes and joiners, so runs cross the scanner's 64-byte blocks and fill whole ones */
    static const char wordy[] = "abcdefXY0123_.',;. !\n";
    static const char *const others[] = {
        "\xC3\xA9", "\xCC\x81", "\xE2\x80\x8D", "\xE2\x80\x99", "\xE2\x80\x9D",
        "\xC2\xA0", "\xE3\x80\x82", "\xE2\x80\xA8", "\xF0\x9F\x98\x80", "\xFF",
        "\xE2\x80\xA6", "\xD7\x90", "\xC2\xAD", "\xE3\x82\xA2", "\xF0\x9F\x87\xAB",
        /* for the sentence rules on bytes: separators of two and three bytes (NEL, PS), a
         * wide terminator and full stop, a capital and a closing mark beyond ASCII */
        "\xC2\x85", "\xE2\x80\xA9", "\xEF\xBC\x81", "\xEF\xBC\x8E", "\xC3\x89",
        "\xC2\xBB",
        /* runs that take the sentence rules past a small window around a terminator: marks
         * that SB5 looks back over (SB7 then sees the letter before them), and runs that
         * SB8 and the walk look ahead over (spaces, closing marks, digits) */
        "\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81",
        "\xC2\xAD\xC2\xAD\xC2\xAD\xC2\xAD\xC2\xAD\xC2\xAD\xC2\xAD\xC2\xAD",
        "                    ", "\xE2\x80\x9D\xE2\x80\x9D\xE2\x80\x9D\xE2\x80\x9D)))))",
        "12345678901234567890", "\xC2\xA0\xC2\xA0\xC2\xA0\xC2\xA0\xC2\xA0\xC2\xA0",
        /* invalid sequences (each maximal subpart one character): cut short, a lone lead or
         * continuation byte, a surrogate, an overlong form, beyond U+10FFFF; and valid ones
         * of three and four bytes at the edges of the leads' ranges */
        "\xE2\x80", "\xC3", "\x80", "\xED\xA0\x80", "\xE0\x80\xAF", "\xF4\x90\x80\x80",
        "\xC0\xAF",
        "\xF0\x9F", "\xEF\xBF\xBD", "\xE0\xA4\x85", "\xED\x9F\xBF", "\xC2\x80",
    };
    /* the characters the scanner takes in a text beyond ASCII (letters of two and three
     * bytes, the no-break space, symbols of two to four bytes, emoji alone, U+2018/U+2019,
     * which join letters and digits), so that whole strings take it; then, one unit in 64,
     * those it leaves to the general path: an invalid or cut sequence, a mark, a joiner of
     * two bytes, a digit, a sentence terminator or separator, an emoji sequence, a Hebrew
     * letter, ZWJ */
    static const char *const wides[] = {
        "\xC3\xA9", "\xC3\x89", "\xC3\x9F", "\xC3\xB1", "\xC5\x81", "\xC4\xB1", "\xD0\xB4",
        "\xCE\xBB", "\xD5\xA1", "\xC2\xA0", "\xE2\x80\x99", "\xE2\x80\x98", "\xE2\x80\x9C",
        "\xE2\x80\x9D", "\xE2\x80\xA6", "\xE2\x80\x93", "\xE2\x80\x94", "\xC3\x97",
        "\xC2\xA1", "\xC2\xBF", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x82", "\xC2\x9F",
        "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9",
        "\xE2\x80\x99\xE2\x80\x99", "d\xE2\x80\x99", "1\xE2\x80\x99" "2",
        /* U+2000-U+2FFF: a currency sign, an arrow, letters (double-struck C, Glagolitic) */
        "\xE2\x82\xAC", "\xE2\x86\x92", "\xE2\x84\x82", "\xE2\xB0\x80",
        /* pictographs standing alone: emoji, a copyright sign, an airplane */
        "\xF0\x9F\x98\x82", "\xF0\x9F\x91\x8D", "\xF0\x9F\x98\x82\xF0\x9F\x98\x82", "\xC2\xA9",
        "\xE2\x9C\x88",
    };
    static const char *const near_misses[] = {
        "\xC3", "\xE2\x80", "\x80", "\xC0\xAF", "\xCC\x81", "\xC2\xB7", "\xC2\xB2",
        "\xE2\x80\xA4", "\xE2\x80\xA8", "\xC2\x85", "\xD7\x90",
        "\xE2\x80\x8D", "\xE2\x80\x8B", "\xE2\x80\xAF", "\xE2\x81\x80",
        "\xE2\x82\x82", "\xE2\xB8\xAE", "\xE2\xC0\x80", "\xE2\x84",
        /* emoji sequences: a variation selector, a skin tone, ZWJ, a flag; a cut emoji, and
         * one of plane 1 outside U+1F000-U+1FFFF */
        "\xE2\x9D\xA4\xEF\xB8\x8F", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBB",
        "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x92\xBB", "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7",
        "\xF0\x9F\x98", "\xF0\x90\x80\x80",
    };
    /* the sentence ends the ASCII path decides without the rules (a terminator, one space,
     * a letter), and their neighbours that it must leave to them */
    static const char *const ends[] = {
        "Hi. There", "etc. and", "Wow! nice", "What? no", "No! No", "A.\n b", "U.S. Army",
        "e.g. x", "x. 1", "x.  A", "x. (A", "x.' A", "x.) a", "x. a.", "x? A", "x.\r\n a",
        "x. _a", ". A", "!. a", "x.. a", "x.\t a", "a. b. C! d? E", "Wow!!", "end.", "a?!",
        "So... Then", "What?! No", "x.!", "x.\n", "x!?\n", "Hi!!! ok", "1.. 2",
        /* and a terminator followed at once by a lowercase letter, a digit or a terminator */
        "x.y", "x.Y", "x!y", "1.5", "x.5", "x!5", "a...b", "Hi!! x", "What?!", "x.?A", "x.,a",
        "x.)a", "x.\"A", ".x", "x.",
    };
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
        segs += compare_paths(ends[k], strlen(ends[k]), &fast, &general, "sentence ends");
    /* texts whose rules after a terminator read far: SB7 back over 60 marks to a capital or
     * a digit (a break only after the digit), from the start of the text or not, and SB8
     * ahead over a closing mark and 100 digits to a lowercase letter (no break) or a
     * capital (a break); in the usual window or from one byte on, all the way to the
     * text's ends */
    static const char *const far[][3] = {
        { "", "A", ".B c" }, { "x ", "1", ".B c" }, { "\xC3\xA9 ", "A", ".B" },
        { "", "", ".B" }, { "x\xE2\x80\xA9", "", ".b" },
    };
    for (size_t k = 0; k < sizeof far / sizeof *far; k++) {
        char t[256];
        int n = snprintf(t, sizeof t, "%s%s", far[k][0], far[k][1]);
        for (int m = 0; m < 60; m++)
            n += snprintf(t + n, sizeof t - (size_t)n, "\xCC\x81");
        n += snprintf(t + n, sizeof t - (size_t)n, "%s", far[k][2]);
        segs += compare_paths(t, (size_t)n, &fast, &general, "marks before a terminator");
    }
    static const char *const after[] = { "a", "A", "\xC3\xA9", "\xC3\x89" };
    for (size_t k = 0; k < sizeof after / sizeof *after; k++) {
        char t[256];
        int n = snprintf(t, sizeof t, "x.\xE2\x80\x9D ");
        for (int m = 0; m < 100; m++)
            t[n++] = (char)('0' + m % 10);
        n += snprintf(t + n, sizeof t - (size_t)n, " %s z", after[k]);
        segs += compare_paths(t, (size_t)n, &fast, &general, "digits after a terminator");
    }
    char text[400 * 40]; /* units of 40 bytes at most */
    /* retype's types at every offset from a 64-byte block's start, so that the scanner's
     * masks of them ("ht"/"ww" starts, '@' or '%' after a run, @#:;=<^) cross its blocks */
    static const char *const merged[] = {
        "http://example.com/a.b", "HTTPS://x.org/", "www.example.com", "WWW.", "ht", "www",
        "mail@example.com", "@user", "@42", "#tag", "#1", "50%", "3.5%", "x@", "a_b@c.d",
        ":-)", ":D", "<3", "^_^", "=)", ";)", "what", "http", "whttp://x", "w.w", "@", "%",
        /* mentions and hashtags the scanner makes itself, and their neighbours */
        "50%@user", "a%#tag", "<3@user", "@@user", "##tag", "#123", "@123", ".@user",
        "@user@example.com", "#tag%", "x@y", "3@x", "@http://x.com", "#a_1", "@_",
        "(#tag)", "#tag.x", "@a.b", "x.@y", "#1st", "@:)",
        /* and with characters beyond ASCII that the scanner takes (a wide text) */
        "http://example.com/caf\xC3\xA9 x", "www.\xC3\xA9t\xC3\xA9.fr", "@jos\xC3\xA9",
        "#ni\xC3\xB1o", "#\xC3\xA9", "@\xC3\xA9" "1", "jos\xC3\xA9@example.com",
        "caf\xC3\xA9@x.y", "50%\xC3\xA9", "l\xE2\x80\x99\xC3\xA9t\xC3\xA9",
        "1\xE2\x80\x99" "000", "\xE2\x80\x99s", "x\xE2\x80\x99", "\xC3\xA9.\xC3\xA9",
        "\xC3\xA9'\xC3\xA9", "\xE2\x80\x9C:)\xE2\x80\x9D", "\xC2\xBFqu\xC3\xA9?",
        "\xD0\xB4\xE2\x80\x94\xD0\xB4", "a\xC2\xA0" "b",
    };
    for (size_t k = 0; k < sizeof merged / sizeof *merged; k++)
        for (size_t off = 0; off < 70; off++) {
            size_t mlen = strlen(merged[k]);
            memset(text, 'a', off);
            for (size_t j = 2; j < off; j += 5)
                text[j] = ' ';
            memcpy(text + off, merged[k], mlen);
            memcpy(text + off + mlen, " ok", 3);
            for (size_t tail = 0; tail < 4; tail += 3) /* followed by text, or at the end */
                segs += compare_paths(text, off + mlen + tail, &fast, &general, "merged");
        }
    uint64_t seed = 7;
    size_t randoms = 0;
    for (int n = 0; n < 300000; n++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t units = n % 3 ? 1 + (size_t)n % 40 : 1 + (size_t)(seed >> 33) % 400, len = 0;
        int words = n % 6 == 0;
        for (size_t i = 0; i < units; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            uint64_t pick = seed >> 33;
            const char *o = NULL;
            if (n % 4 == 1 && pick % 8 == 0) /* a quarter: one unit in 8 is not ASCII */
                o = others[(pick >> 3) % (sizeof others / sizeof *others)];
            else if (n % 4 == 3 && pick % 4 == 0) /* a quarter: one in 4, a wide one */
                o = (pick >> 2) % 64 ? wides[(pick >> 8) % (sizeof wides / sizeof *wides)]
                                     : near_misses[(pick >> 8) %
                                                   (sizeof near_misses / sizeof *near_misses)];
            if (o) {
                memcpy(text + len, o, strlen(o));
                len += strlen(o);
            } else {
                text[len++] = words ? wordy[pick % (sizeof wordy - 1)]
                                    : alphabet[pick % (sizeof alphabet - 1)];
            }
        }
        segs += compare_paths(text, len, &fast, &general, "random");
        randoms++;
    }
    vb__segs_free(&fast);
    vb__segs_free(&general);
    printf("segmenter: the fast paths = the general path on %zu ASCII and %zu other corpus "
           "texts and %zu random strings (%zu segments); texts by path: %zu ASCII, %zu wide "
           "(%zu of the corpora's), %zu general\n", texts[0], texts[1], randoms, segs,
           path_count[VB_SEG_PATH_ASCII], path_count[VB_SEG_PATH_WIDE], corpus_wide,
           path_count[VB_SEG_PATH_GENERAL]);
    assert_true(texts[0] > 20000 && texts[1] > 5000);
    assert_true(corpus_wide > 4000 && path_count[VB_SEG_PATH_WIDE] > corpus_wide + 40000 &&
                path_count[VB_SEG_PATH_GENERAL] > 60000);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s SHARED_DIR SOURCE_DIR\n", argv[0]);
        return 2;
    }
    shared = argv[1];
    source = argv[2];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fast_path_equals_general_path),
        cmocka_unit_test(segmenter_paths_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
