/* Analyzer: segmentation, normalization, stemming, stopwords and the word cache, through
 * vb_analyzer_run, plus the normalizer's ASCII fast path against its general path. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "analyzer/analyzer_int.h"

/* ---- helpers ---- */

static vb_analyzer *new_analyzer(const char *lang)
{
    vb_analyzer_opts opts;
    vb_analyzer_opts_init(&opts);
    opts.lang = lang;
    vb_analyzer *an = NULL;
    vb_error err;
    vb_error_clear(&err);
    if (vb_analyzer_new(&an, &opts, &err) != VB_OK)
        fail_msg("vb_analyzer_new(%s): %s", lang ? lang : "NULL", err.msg);
    assert_non_null(an);
    return an;
}

/* Fixture for the tests that may fail mid-way: the analyzer is freed even then. */
static int setup_english(void **state)
{
    *state = new_analyzer(NULL);
    return 0;
}

static int teardown_analyzer(void **state)
{
    vb_analyzer_free(*state);
    return 0;
}

/* Analyze and check the invariants every result must hold: spans inside the text, in
 * order, not overlapping; norm and stem NUL-terminated at their lengths; sentence numbers
 * never decreasing. */
static const vb_tokens *run_len(vb_analyzer *an, const char *text, size_t len)
{
    const vb_tokens *t = NULL;
    vb_error err;
    vb_error_clear(&err);
    int rc = vb_analyzer_run(an, text, len, &t, &err);
    if (rc != VB_OK)
        fail_msg("vb_analyzer_run: %d %s", rc, err.msg);
    assert_non_null(t);
    size_t prev_end = 0;
    uint32_t prev_sentence = 0;
    for (size_t i = 0; i < t->n; i++) {
        const vb_token *k = &t->tok[i];
        if (k->start >= k->end || k->end > len || k->start < prev_end)
            fail_msg("token %zu has a bad span %zu-%zu (text length %zu, previous end %zu)",
                     i, k->start, k->end, len, prev_end);
        assert_non_null(k->norm);
        assert_non_null(k->stem);
        assert_true(k->norm_len > 0);
        assert_int_equal(strlen(k->norm), k->norm_len);
        assert_int_equal(strlen(k->stem), k->stem_len);
        assert_true(k->type <= VB_TOKEN_EMOTICON);
        assert_true(k->sentence >= prev_sentence);
        prev_end = k->end;
        prev_sentence = k->sentence;
    }
    return t;
}

static const vb_tokens *run(vb_analyzer *an, const char *text)
{
    return run_len(an, text, strlen(text));
}

/* The token's surface, i.e. the text its span covers. */
static void expect_surface(const char *text, const vb_token *k, const char *surface)
{
    size_t n = strlen(surface);
    if (k->end - k->start != n || memcmp(text + k->start, surface, n) != 0)
        fail_msg("span %zu-%zu is '%.*s', want '%s'", k->start, k->end,
                 (int)(k->end - k->start), text + k->start, surface);
}

static void expect_token(const char *text, const vb_token *k, const char *surface,
                         const char *norm, int type)
{
    expect_surface(text, k, surface);
    assert_string_equal(k->norm, norm);
    assert_int_equal(k->type, type);
}

/* The general normalization of s (utf8proc), NUL-terminated; the caller frees. */
static char *normalize_general(const char *s, size_t n)
{
    vb_buf b = { 0 };
    assert_int_equal(vb__normalize(s, n, 0, 0, &b), 0);
    if (!b.ptr) /* an empty result may leave the buffer unallocated */
        assert_int_equal(vb__buf_append(&b, "", 0), 0);
    return b.ptr;
}

/* Compare a norm byte for byte, printing both in hex: canonically equivalent strings look
 * the same on a terminal. */
static void expect_norm_bytes(const vb_token *k, const char *want)
{
    if (strcmp(k->norm, want) == 0)
        return;
    char got_hex[64] = "", want_hex[64] = "";
    for (size_t i = 0; k->norm[i] && i < 20; i++)
        snprintf(got_hex + 3 * i, 4, "%02X ", (unsigned char)k->norm[i]);
    for (size_t i = 0; want[i] && i < 20; i++)
        snprintf(want_hex + 3 * i, 4, "%02X ", (unsigned char)want[i]);
    fail_msg("norm bytes %sdiffer from the expected %s", got_hex, want_hex);
}

/* ---- surfaces, spans, norms, stems, stopwords ---- */

static void sentence_tokens_and_spans(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    assert_string_equal(vb_analyzer_lang(an), "english");
    const char *text = "The manager's team didn't call back.";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 7);
    assert_int_equal(t->sentences, 1);
    assert_int_equal(t->replacements, 0);
    static const struct {
        size_t start, end;
        const char *norm;
        int type, stop;
    } want[] = {
        { 0, 3, "the", VB_TOKEN_WORD, 1 },        { 4, 13, "manager's", VB_TOKEN_WORD, 0 },
        { 14, 18, "team", VB_TOKEN_WORD, 0 },     { 19, 25, "didn't", VB_TOKEN_WORD, 1 },
        { 26, 30, "call", VB_TOKEN_WORD, 0 },     { 31, 35, "back", VB_TOKEN_WORD, 0 },
        { 35, 36, ".", VB_TOKEN_SYMBOL, 0 },
    };
    for (size_t i = 0; i < t->n; i++) {
        const vb_token *k = &t->tok[i];
        assert_int_equal(k->start, want[i].start);
        assert_int_equal(k->end, want[i].end);
        assert_string_equal(k->norm, want[i].norm);
        assert_int_equal(k->type, want[i].type);
        assert_int_equal(k->flags & VB_TOKEN_STOPWORD, want[i].stop ? VB_TOKEN_STOPWORD : 0);
        assert_int_equal(k->sentence, 0);
        /* the span indexes the original text: the norm is its lowercase */
        assert_int_equal(k->end - k->start, k->norm_len);
        for (size_t j = 0; j < k->norm_len; j++) {
            char c = text[k->start + j];
            assert_int_equal(k->norm[j], c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
    }
    expect_surface(text, &t->tok[0], "The");
    expect_surface(text, &t->tok[1], "manager's");
    /* the English stemmer strips the possessive */
    assert_string_equal(t->tok[1].stem, "manag");
    assert_string_equal(t->tok[4].stem, "call");
    /* a symbol is not stemmed */
    assert_string_equal(t->tok[6].stem, ".");
    vb_analyzer_free(an);
}

static void stems_english(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer("en");
    const char *text = "leaders waiting called Leaders calls 3.5 manager";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 7);
    static const char *const stems[] = { "leader", "wait", "call", "leader",
                                         "call",   "3.5",  "manag" };
    for (size_t i = 0; i < t->n; i++) {
        assert_string_equal(t->tok[i].stem, stems[i]);
        assert_int_equal(t->tok[i].stem_len, strlen(stems[i]));
    }
    assert_string_equal(t->tok[0].norm, "leaders");
    assert_string_equal(t->tok[3].norm, "leaders");
    assert_int_equal(t->tok[0].word, t->tok[3].word); /* "Leaders" and "leaders" */
    assert_int_not_equal(t->tok[0].word, t->tok[1].word);
    assert_int_equal(t->tok[5].type, VB_TOKEN_NUMBER);
    assert_int_equal(t->tok[6].flags, 0); /* "manager" is not a stopword */
    vb_analyzer_free(an);

    /* "none": no stemming, stem is the norm */
    an = new_analyzer("none");
    assert_string_equal(vb_analyzer_lang(an), "none");
    t = run(an, "Leaders waiting");
    assert_int_equal(t->n, 2);
    assert_string_equal(t->tok[0].stem, "leaders");
    assert_int_equal(t->tok[0].stem_len, 7);
    assert_string_equal(t->tok[1].stem, "waiting");
    vb_analyzer_free(an);
}

static void stopwords_english(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer("english");
    const char *text = "The THE the didn't Didn't manager not i I'm service";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 10);
    static const int stop[] = { 1, 1, 1, 1, 1, 0, 1, 1, 1, 0 };
    for (size_t i = 0; i < t->n; i++)
        if ((t->tok[i].flags & VB_TOKEN_STOPWORD) != (stop[i] ? VB_TOKEN_STOPWORD : 0))
            fail_msg("token %zu '%s': flags %d", i, t->tok[i].norm, t->tok[i].flags);
    assert_string_equal(t->tok[8].norm, "i'm");
    vb_analyzer_free(an);
}

static void numbers(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    const char *text = "3.5 1,000 20% 1.000,5 42";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 5);
    expect_token(text, &t->tok[0], "3.5", "3.5", VB_TOKEN_NUMBER);
    expect_token(text, &t->tok[1], "1,000", "1,000", VB_TOKEN_NUMBER);
    expect_token(text, &t->tok[2], "20%", "20%", VB_TOKEN_NUMBER); /* a percentage */
    expect_token(text, &t->tok[3], "1.000,5", "1.000,5", VB_TOKEN_NUMBER);
    expect_token(text, &t->tok[4], "42", "42", VB_TOKEN_NUMBER);
    for (size_t i = 0; i < t->n; i++) {
        assert_string_equal(t->tok[i].stem, t->tok[i].norm); /* numbers are not stemmed */
        assert_int_equal(t->tok[i].flags, 0);
    }

    /* a separator not between two digits is not part of the number */
    text = "3. 3.x ,5 5, v2";
    t = run(an, text);
    assert_int_equal(t->n, 10);
    expect_token(text, &t->tok[0], "3", "3", VB_TOKEN_NUMBER);
    expect_token(text, &t->tok[1], ".", ".", VB_TOKEN_SYMBOL);
    expect_token(text, &t->tok[2], "3", "3", VB_TOKEN_NUMBER);
    expect_token(text, &t->tok[3], ".", ".", VB_TOKEN_SYMBOL);
    expect_token(text, &t->tok[4], "x", "x", VB_TOKEN_WORD);
    expect_token(text, &t->tok[5], ",", ",", VB_TOKEN_SYMBOL);
    expect_token(text, &t->tok[6], "5", "5", VB_TOKEN_NUMBER);
    expect_token(text, &t->tok[7], "5", "5", VB_TOKEN_NUMBER);
    expect_token(text, &t->tok[8], ",", ",", VB_TOKEN_SYMBOL);
    expect_token(text, &t->tok[9], "v2", "v2", VB_TOKEN_WORD); /* letters and digits */
    assert_int_equal(t->tok[2].word, t->tok[0].word);
    assert_int_equal(t->tok[6].word, t->tok[7].word);
    vb_analyzer_free(an);
}

static void abbreviations_and_hyphens(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    const char *text = "U.S. follow-up e.g.word";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 6);
    expect_token(text, &t->tok[0], "U.S", "u.s", VB_TOKEN_WORD);
    expect_token(text, &t->tok[1], ".", ".", VB_TOKEN_SYMBOL);
    expect_token(text, &t->tok[2], "follow", "follow", VB_TOKEN_WORD);
    expect_token(text, &t->tok[3], "-", "-", VB_TOKEN_SYMBOL);
    expect_token(text, &t->tok[4], "up", "up", VB_TOKEN_WORD);
    expect_token(text, &t->tok[5], "e.g.word", "e.g.word", VB_TOKEN_WORD);
    assert_int_equal(t->tok[2].start, 5);
    assert_int_equal(t->tok[3].start, 11);
    assert_int_equal(t->tok[4].start, 12);
    assert_int_equal(t->tok[5].start, 15);
    vb_analyzer_free(an);
}

static void typographic_apostrophe_and_dashes(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    const char *text = "don\xE2\x80\x99t don't DON\xCA\xBCT \xE2\x80\x94 \xE2\x80\x93 -";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 6);
    expect_token(text, &t->tok[0], "don\xE2\x80\x99t", "don't", VB_TOKEN_WORD);
    expect_token(text, &t->tok[1], "don't", "don't", VB_TOKEN_WORD);
    expect_token(text, &t->tok[2], "DON\xCA\xBCT", "don't", VB_TOKEN_WORD);
    assert_int_equal(t->tok[0].word, t->tok[1].word);
    assert_int_equal(t->tok[2].word, t->tok[1].word);
    for (int i = 0; i < 3; i++)
        assert_int_equal(t->tok[i].flags, VB_TOKEN_STOPWORD);
    /* em dash, en dash and hyphen-minus fold to one symbol */
    expect_token(text, &t->tok[3], "\xE2\x80\x94", "-", VB_TOKEN_SYMBOL);
    expect_token(text, &t->tok[4], "\xE2\x80\x93", "-", VB_TOKEN_SYMBOL);
    expect_token(text, &t->tok[5], "-", "-", VB_TOKEN_SYMBOL);
    assert_int_equal(t->tok[3].word, t->tok[5].word);
    assert_int_equal(t->tok[4].word, t->tok[5].word);
    vb_analyzer_free(an);
}

static void nfkc_and_case_folding(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    const char *text = "\xEF\xAC\x81x fix \xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3 abc "
                       "STRASSE Stra\xC3\x9F" "e Caf\xC3\xA9 CAF\xC3\x89 Cafe\xCC\x81";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 9);
    expect_token(text, &t->tok[0], "\xEF\xAC\x81x", "fix", VB_TOKEN_WORD); /* U+FB01 */
    assert_int_equal(t->tok[0].word, t->tok[1].word);
    expect_token(text, &t->tok[2], "\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3", "abc",
                 VB_TOKEN_WORD); /* fullwidth */
    assert_int_equal(t->tok[2].word, t->tok[3].word);
    expect_token(text, &t->tok[4], "STRASSE", "strasse", VB_TOKEN_WORD);
    expect_token(text, &t->tok[5], "Stra\xC3\x9F" "e", "strasse", VB_TOKEN_WORD);
    assert_int_equal(t->tok[4].word, t->tok[5].word);
    /* composed, uppercase and decomposed: one NFC lowercase norm */
    expect_token(text, &t->tok[6], "Caf\xC3\xA9", "caf\xC3\xA9", VB_TOKEN_WORD);
    expect_token(text, &t->tok[7], "CAF\xC3\x89", "caf\xC3\xA9", VB_TOKEN_WORD);
    expect_token(text, &t->tok[8], "Cafe\xCC\x81", "caf\xC3\xA9", VB_TOKEN_WORD);
    assert_int_equal(t->tok[6].word, t->tok[7].word);
    assert_int_equal(t->tok[6].word, t->tok[8].word);
    vb_analyzer_free(an);
}

static void other_scripts(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    const char *text = "M\xC3\xBCller \xCE\x95\xCE\xBB\xCE\xBB\xCE\xB7\xCE\xBD\xCE\xB9\xCE\xBA"
                       "\xCE\xAC \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xD0\x9C\xD0\xBE\xD1\x81"
                       "\xD0\xBA\xD0\xB2\xD0\xB0";
    const vb_tokens *t = run(an, text);
    /* UAX #29 has no dictionary: each ideograph is its own word (WB999) */
    assert_int_equal(t->n, 6);
    for (size_t i = 0; i < t->n; i++)
        assert_int_equal(t->tok[i].type, VB_TOKEN_WORD);
    expect_token(text, &t->tok[0], "M\xC3\xBCller", "m\xC3\xBCller", VB_TOKEN_WORD);
    expect_token(text, &t->tok[1],
                 "\xCE\x95\xCE\xBB\xCE\xBB\xCE\xB7\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAC",
                 "\xCE\xB5\xCE\xBB\xCE\xBB\xCE\xB7\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAC",
                 VB_TOKEN_WORD); /* "ελληνικά" */
    expect_token(text, &t->tok[2], "\xE6\x97\xA5", "\xE6\x97\xA5", VB_TOKEN_WORD); /* 日 */
    expect_token(text, &t->tok[3], "\xE6\x9C\xAC", "\xE6\x9C\xAC", VB_TOKEN_WORD); /* 本 */
    expect_token(text, &t->tok[4], "\xE8\xAA\x9E", "\xE8\xAA\x9E", VB_TOKEN_WORD); /* 語 */
    expect_token(text, &t->tok[5], "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
                 "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", VB_TOKEN_WORD);
    vb_analyzer_free(an);
}

/* ---- the normalizer ---- */

static void expect_same_paths(const char *s, size_t n)
{
    vb_buf fast = { 0 }, slow = { 0 };
    assert_int_equal(vb__normalize(s, n, 1, 0, &fast), 0);
    assert_int_equal(vb__normalize(s, n, 0, 0, &slow), 0);
    size_t slow_len = slow.ptr ? slow.len : 0;
    if (fast.len != slow_len || (n && memcmp(fast.ptr, slow.ptr, fast.len) != 0))
        fail_msg("'%.*s' (%zu bytes): fast path gives '%.*s', general path '%.*s'", (int)n,
                 s, n, (int)fast.len, fast.ptr, (int)slow_len, slow.ptr ? slow.ptr : "");
    vb__buf_free(&fast);
    vb__buf_free(&slow);
}

static void ascii_fast_path_matches_general(void **state)
{
    (void)state;
    /* every ASCII byte alone, including controls and NUL */
    for (int c = 0; c < 128; c++) {
        char s[1] = { (char)c };
        expect_same_paths(s, 1);
    }
    /* every pair of printable characters */
    for (int a = 32; a < 127; a++)
        for (int b = 32; b < 127; b++) {
            char s[2] = { (char)a, (char)b };
            expect_same_paths(s, 2);
        }
    /* every printable character in one string */
    char all[96];
    for (int c = 32; c < 127; c++)
        all[c - 32] = (char)c;
    expect_same_paths(all, 95);
    static const char *const samples[] = {
        "", "Hello", "WORLD", "don't", "U.S", "3.5", "1,000", "e.g.word", "MiXeD_CaSe_123",
        "The Quick Brown Fox Jumps Over The Lazy Dog", "@#$%^&*()[]{}<>~`|\\/",
        "tab\there", "line\nbreak", "\x7F\x01\x1F",
    };
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++)
        expect_same_paths(samples[i], strlen(samples[i]));
    /* pseudo-random ASCII strings */
    uint32_t x = 12345;
    for (int i = 0; i < 2000; i++) {
        char s[40];
        size_t n = 1 + i % 39;
        for (size_t j = 0; j < n; j++) {
            x = x * 1103515245u + 12345u;
            s[j] = (char)(1 + (x >> 16) % 127);
        }
        expect_same_paths(s, n);
    }
}

static void normalize_resets_output(void **state)
{
    (void)state;
    vb_buf b = { 0 };
    assert_int_equal(vb__normalize("HELLO", 5, 1, 0, &b), 0);
    assert_string_equal(b.ptr, "hello");
    assert_int_equal(vb__normalize("AB", 2, 1, 0, &b), 0);
    assert_int_equal(b.len, 2);
    assert_string_equal(b.ptr, "ab");
    assert_int_equal(vb__normalize("Stra\xC3\x9F" "e", 7, 0, 0, &b), 0);
    assert_int_equal(b.len, 7);
    assert_string_equal(b.ptr, "strasse");
    assert_int_equal(vb__normalize("\xEF\xAC\x81", 3, 0, 0, &b), 0);
    assert_string_equal(b.ptr, "fi");
    /* typographic quotes and dashes fold */
    assert_int_equal(vb__normalize("\xE2\x80\x9Cx\xE2\x80\x9D\xE2\x88\x92", 10, 0, 0, &b), 0);
    assert_string_equal(b.ptr, "\"x\"-");
    /* a soft hyphen is ignorable */
    assert_int_equal(vb__normalize("co\xC2\xAD" "op", 6, 0, 0, &b), 0);
    assert_string_equal(b.ptr, "coop");
    vb__buf_free(&b);
}

/* ---- invalid UTF-8 ---- */

static void invalid_utf8_separates_and_counts(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    const char *text = "good\xFFservice";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 2);
    assert_int_equal(t->replacements, 1);
    expect_token(text, &t->tok[0], "good", "good", VB_TOKEN_WORD);
    expect_token(text, &t->tok[1], "service", "service", VB_TOKEN_WORD);
    assert_int_equal(t->tok[1].start, 5);

    t = run(an, "\xE2\x82");
    assert_int_equal(t->n, 0);
    assert_int_equal(t->replacements, 1);
    assert_int_equal(t->sentences, 0);

    /* maximal subparts: E0 80 is two, ED A0 80 is three, truncated E2 82 before 'x' one */
    text = "a\xE0\x80" "b\xED\xA0\x80" "c\xE2\x82x caf\xC3";
    t = run(an, text);
    assert_int_equal(t->replacements, 2 + 3 + 1 + 1);
    assert_int_equal(t->n, 5);
    expect_token(text, &t->tok[0], "a", "a", VB_TOKEN_WORD);
    expect_token(text, &t->tok[1], "b", "b", VB_TOKEN_WORD);
    expect_token(text, &t->tok[2], "c", "c", VB_TOKEN_WORD);
    expect_token(text, &t->tok[3], "x", "x", VB_TOKEN_WORD);
    expect_token(text, &t->tok[4], "caf", "caf", VB_TOKEN_WORD);

    /* an invalid byte inside a number or next to an apostrophe */
    text = "3\x80.5 don\xC0't";
    t = run(an, text);
    assert_int_equal(t->replacements, 2);
    assert_int_equal(t->n, 6);
    expect_token(text, &t->tok[0], "3", "3", VB_TOKEN_NUMBER);
    expect_token(text, &t->tok[1], ".", ".", VB_TOKEN_SYMBOL);
    expect_token(text, &t->tok[2], "5", "5", VB_TOKEN_NUMBER);
    expect_token(text, &t->tok[3], "don", "don", VB_TOKEN_WORD);
    expect_token(text, &t->tok[4], "'", "'", VB_TOKEN_SYMBOL);
    expect_token(text, &t->tok[5], "t", "t", VB_TOKEN_WORD);

    /* the count restarts with each text */
    t = run(an, "clean text");
    assert_int_equal(t->replacements, 0);
    assert_int_equal(t->n, 2);
    vb_analyzer_free(an);
}

/* ---- emoji ---- */

static void emoji_sequences(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    /* thumbs up + skin tone */
    const char *text = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 1);
    assert_int_equal(t->tok[0].type, VB_TOKEN_EMOJI);
    assert_int_equal(t->tok[0].start, 0);
    assert_int_equal(t->tok[0].end, 8);
    assert_string_equal(t->tok[0].norm, text);

    /* man ZWJ woman ZWJ girl */
    text = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
    t = run(an, text);
    assert_int_equal(t->n, 1);
    assert_int_equal(t->tok[0].type, VB_TOKEN_EMOJI);
    assert_int_equal(t->tok[0].start, 0);
    assert_int_equal(t->tok[0].end, 18);

    /* the flag of the United Kingdom, then two flags in a row, then a lone indicator */
    text = "\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7";
    t = run(an, text);
    assert_int_equal(t->n, 1);
    assert_int_equal(t->tok[0].type, VB_TOKEN_EMOJI);
    assert_int_equal(t->tok[0].end, 8);
    assert_string_equal(t->tok[0].norm, text);
    text = "\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7\xF0\x9F\x87\xAC";
    t = run(an, text);
    assert_int_equal(t->n, 3);
    assert_int_equal(t->tok[0].end, 8);
    assert_int_equal(t->tok[1].start, 8);
    assert_int_equal(t->tok[1].end, 16);
    assert_int_equal(t->tok[2].end, 20);

    /* woman technologist with a skin tone; emoji between words; two emoji side by side */
    text = "great\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x92\xBB"
           "service \xF0\x9F\x98\x80\xF0\x9F\x98\x80";
    t = run(an, text);
    assert_int_equal(t->n, 5);
    expect_token(text, &t->tok[0], "great", "great", VB_TOKEN_WORD);
    expect_surface(text, &t->tok[1],
                   "\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x92\xBB");
    assert_int_equal(t->tok[1].type, VB_TOKEN_EMOJI);
    expect_token(text, &t->tok[2], "service", "service", VB_TOKEN_WORD);
    expect_token(text, &t->tok[3], "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", VB_TOKEN_EMOJI);
    expect_token(text, &t->tok[4], "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", VB_TOKEN_EMOJI);
    assert_int_equal(t->tok[3].word, t->tok[4].word);

    /* a heart with and without the emoji variation selector: one norm */
    text = "\xE2\x9D\xA4\xEF\xB8\x8F \xE2\x9D\xA4";
    t = run(an, text);
    assert_int_equal(t->n, 2);
    expect_surface(text, &t->tok[0], "\xE2\x9D\xA4\xEF\xB8\x8F");
    assert_string_equal(t->tok[0].norm, "\xE2\x9D\xA4");
    assert_int_equal(t->tok[0].word, t->tok[1].word);
    vb_analyzer_free(an);
}

/* The norm of a symbol must not depend on whether its first byte is ASCII: a symbol that
 * starts with an ASCII character and absorbs combining marks or variation selectors is
 * normalized like any other text. */
static void ascii_led_symbol_with_marks_is_normalized(void **state)
{
    vb_analyzer *an = *state;
    /* "=" + U+0338 COMBINING LONG SOLIDUS OVERLAY is canonically U+2260 "≠" */
    const char *text = "=\xCC\xB8 \xE2\x89\xA0";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 2);
    expect_surface(text, &t->tok[0], "=\xCC\xB8");
    assert_int_equal(t->tok[0].type, VB_TOKEN_SYMBOL);
    expect_norm_bytes(&t->tok[1], "\xE2\x89\xA0");
    expect_norm_bytes(&t->tok[0], "\xE2\x89\xA0");
    assert_int_equal(t->tok[0].word, t->tok[1].word);

    /* keycaps: "1️⃣" (a number token) loses U+FE0F in its norm, so "#️⃣" must as well */
    text = "1\xEF\xB8\x8F\xE2\x83\xA3 #\xEF\xB8\x8F\xE2\x83\xA3 #\xE2\x83\xA3";
    t = run(an, text);
    assert_int_equal(t->n, 3);
    expect_norm_bytes(&t->tok[0], "1\xE2\x83\xA3");
    expect_norm_bytes(&t->tok[1], "#\xE2\x83\xA3");
    assert_int_equal(t->tok[1].word, t->tok[2].word);
}

/* Over ordinary text, every token's norm is the general normalization of its surface. */
static void norm_is_normalized_surface(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    static const char *const texts[] = {
        "The manager's team didn't call back.",
        "Great staff. Slow delivery! Why? 3.5 stars, 1,000 times, 20% off.",
        "Caf\xC3\xA9 CAF\xC3\x89 Stra\xC3\x9F" "e \xEF\xAC\x81x \xEF\xBC\xA1\xEF\xBC\xA2 "
        "don\xE2\x80\x99t \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 \xC2\xBD \xE2\x85\xAB",
        "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xF0\x9F\x87\xAC\xF0\x9F\x87\xA7 "
        "\xE2\x9D\xA4\xEF\xB8\x8F M\xC3\xBCller \xCE\x95\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xB4\xCE\xB1",
        "co\xC2\xAD" "operate na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xE2\x84\xA2 \xE2\x91\xA0",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        const vb_tokens *t = run(an, texts[i]);
        assert_true(t->n > 0);
        for (size_t j = 0; j < t->n; j++) {
            const vb_token *k = &t->tok[j];
            char *want = normalize_general(texts[i] + k->start, k->end - k->start);
            if (strcmp(want, k->norm) != 0)
                fail_msg("'%.*s': norm '%s', want '%s'", (int)(k->end - k->start),
                         texts[i] + k->start, k->norm, want);
            free(want);
        }
    }
    vb_analyzer_free(an);
}

/* Word ids: equal ids exactly when the norms are equal. */
static void word_ids_follow_norms(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    const char *text = "Good good GOOD g\xC3\xB6od bad Bad good. Good! 3.5 3.5 \xEF\xBC\x93.5 "
                       "\xF0\x9F\x98\x80 \xF0\x9F\x98\x80 don't don\xE2\x80\x99t";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 17);
    for (size_t i = 0; i < t->n; i++)
        for (size_t j = 0; j < t->n; j++) {
            int same_norm = strcmp(t->tok[i].norm, t->tok[j].norm) == 0;
            int same_id = t->tok[i].word == t->tok[j].word;
            if (same_norm != same_id)
                fail_msg("tokens %zu '%s' (id %u) and %zu '%s' (id %u)", i, t->tok[i].norm,
                         t->tok[i].word, j, t->tok[j].norm, t->tok[j].word);
        }
    /* ids and norms outlive the run that produced them */
    const char *norm = t->tok[0].norm;
    uint32_t id = t->tok[0].word;
    t = run(an, "other words entirely, then good");
    assert_string_equal(norm, "good");
    assert_int_equal(t->tok[t->n - 1].word, id);
    assert_ptr_equal(t->tok[t->n - 1].norm, norm);
    vb_analyzer_free(an);
}

/* A word's stopword flag and stem must not depend on what came earlier in the analyzer's
 * life: a symbol whose NFKC form equals a word (U+24BE CIRCLED LATIN CAPITAL LETTER I → "i")
 * must not make the word "I" lose its stopword flag. */
static void word_flags_independent_of_history(void **state)
{
    vb_analyzer *fresh = new_analyzer(NULL);
    const vb_tokens *t = run(fresh, "I");
    assert_int_equal(t->n, 1);
    assert_int_equal(t->tok[0].flags, VB_TOKEN_STOPWORD);
    vb_analyzer_free(fresh);

    vb_analyzer *an = *state;
    const char *text = "\xE2\x92\xBE I";
    t = run(an, text);
    assert_int_equal(t->n, 2);
    assert_int_equal(t->tok[0].type, VB_TOKEN_SYMBOL);
    assert_string_equal(t->tok[0].norm, "i");
    expect_token(text, &t->tok[1], "I", "i", VB_TOKEN_WORD);
    assert_int_equal(t->tok[1].flags, VB_TOKEN_STOPWORD);
    /* and from then on the symbol, one word id with "I", carries the word's flags too (the
     * surface cache must not keep what it copied before) */
    t = run(an, "\xE2\x92\xBE");
    assert_int_equal(t->n, 1);
    assert_string_equal(t->tok[0].norm, "i");
    assert_int_equal(t->tok[0].flags, VB_TOKEN_STOPWORD);

    /* the same when the symbol and the word come in separate texts: the front cache,
     * which copies flags, must not keep the symbol's from before the word */
    vb_analyzer *apart = new_analyzer(NULL);
    t = run(apart, "\xE2\x92\xBE");
    assert_int_equal(t->tok[0].flags, 0);
    t = run(apart, "I");
    assert_int_equal(t->tok[0].flags, VB_TOKEN_STOPWORD);
    t = run(apart, "\xE2\x92\xBE");
    assert_int_equal(t->tok[0].flags, VB_TOKEN_STOPWORD);
    /* and for a symbol of 9 to 16 bytes (the second front cache): circled "ours" */
    const char *ours = "\xE2\x93\x9E\xE2\x93\xA4\xE2\x93\xA1\xE2\x93\xA2";
    t = run(apart, ours);
    assert_int_equal(t->n, 1);
    assert_string_equal(t->tok[0].norm, "ours");
    assert_int_equal(t->tok[0].flags, 0);
    t = run(apart, "ours");
    assert_int_equal(t->tok[0].flags, VB_TOKEN_STOPWORD);
    t = run(apart, ours);
    assert_int_equal(t->tok[0].flags, VB_TOKEN_STOPWORD);
    vb_analyzer_free(apart);
}

/* ---- sentences ---- */

static void sentences(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    const vb_tokens *t = run(an, "Great staff. Slow delivery! Why?");
    assert_int_equal(t->n, 8);
    assert_int_equal(t->sentences, 3);
    static const uint32_t want[] = { 0, 0, 0, 1, 1, 1, 2, 2 };
    for (size_t i = 0; i < t->n; i++)
        assert_int_equal(t->tok[i].sentence, want[i]);

    /* a line break starts a sentence; CR LF and blank lines count once */
    t = run(an, "Good service\nbad food\r\nok\n\n\nfine");
    assert_int_equal(t->n, 6);
    assert_int_equal(t->sentences, 4);
    static const uint32_t lines[] = { 0, 0, 1, 1, 2, 3 };
    for (size_t i = 0; i < t->n; i++)
        assert_int_equal(t->tok[i].sentence, lines[i]);

    /* no space after the period: no break */
    t = run(an, "see e.g.word and staff.Slow here");
    assert_int_equal(t->sentences, 1);
    for (size_t i = 0; i < t->n; i++)
        assert_int_equal(t->tok[i].sentence, 0);

    /* a closing quote after the terminator; CJK full stop. An ellipsis is not a sentence
     * terminator in UAX #29 (not STerm), so "left... Later" stays one sentence. */
    t = run(an, "He said \"no.\" Then left\xE2\x80\xA6 Later \xE5\xA5\xBD\xE3\x80\x82 x");
    assert_int_equal(t->sentences, 3);
    assert_int_equal(t->tok[t->n - 1].sentence, 2);
    /* a period before a lowercase word does not end a sentence (SB8) */
    t = run(an, "great staff. slow delivery");
    assert_int_equal(t->sentences, 1);

    /* leading spaces, empty and blank texts */
    t = run(an, "   Hello");
    assert_int_equal(t->sentences, 1);
    assert_int_equal(t->tok[0].start, 3);
    t = run(an, "");
    assert_int_equal(t->n, 0);
    assert_int_equal(t->sentences, 0);
    t = run(an, " \n\t ");
    assert_int_equal(t->n, 0);
    assert_int_equal(t->sentences, 0);
    vb_analyzer_free(an);
}

/* The sentence count is the number of sentences holding tokens: whitespace after the last
 * terminator or a final newline does not open one more. */
static void sentence_count_ignores_trailing_space(void **state)
{
    vb_analyzer *an = *state;
    static const char *const texts[] = {
        "Hello\n", "Why? ", "Great staff. Slow delivery!\n", "One.\r\n\r\n", "Ok. \n",
        "\n\nHello", "\xE2\x80\x8D\n. Ok",
    };
    static const size_t want[] = { 1, 1, 2, 1, 1, 1, 2 };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        const vb_tokens *t = run(an, texts[i]);
        assert_true(t->n > 0);
        assert_int_equal(t->tok[0].sentence, 0); /* leading blank lines make no sentence */
        assert_int_equal(t->tok[t->n - 1].sentence + 1, want[i]);
        if (t->sentences != want[i])
            fail_msg("'%s': %zu sentences, want %zu", texts[i], t->sentences, want[i]);
    }
}

/* Characters that normalize to nothing (a lone ZWJ) give no token and no sentence. */
static void ignorable_only_text_has_no_sentence(void **state)
{
    vb_analyzer *an = *state;
    const vb_tokens *t = run(an, "\xE2\x80\x8D");
    assert_int_equal(t->n, 0);
    assert_int_equal(t->sentences, 0);
    t = run(an, "Done.\n\xE2\x80\x8D");
    assert_int_equal(t->n, 2);
    assert_int_equal(t->sentences, 1);
    /* a whole batch (64 segments, or 128) of dropped ones before the first kept token,
     * which is in sentence 0 all the same */
    for (int count = 63; count <= 128; count += count == 63 ? 1 : 64) {
        char text[1024];
        size_t n = 0;
        for (int k = 0; k < count; k++)
            n += (size_t)snprintf(text + n, sizeof text - n, "\xC2\xAD ");
        snprintf(text + n, sizeof text - n, "\nhello world");
        t = run(an, text);
        assert_int_equal(t->n, 2);
        assert_int_equal(t->tok[0].sentence, 0);
        assert_int_equal(t->tok[1].sentence, 0);
        assert_int_equal(t->sentences, 1);
    }
}

/* Sentence numbers stay dense over the tokens: a URL that takes in a whole sentence ("?Q?"
 * ends two inside it), a sentence of dropped tokens only (a soft hyphen between two
 * boundaries), in a text of any length (its tokens cross the analyzer's batches of 64). */
static void sentences_dense_after_merges_and_drops(void **state)
{
    vb_analyzer *an = *state;
    const vb_tokens *t = run(an, "see http://x.com/?Q?R more. Next.");
    static const uint32_t url[] = { 0, 0, 1, 1, 2, 2 };
    assert_int_equal(t->n, 6);
    assert_int_equal(t->tok[1].type, VB_TOKEN_URL);
    for (size_t i = 0; i < t->n; i++)
        assert_int_equal(t->tok[i].sentence, url[i]);
    assert_int_equal(t->sentences, 3);
    for (int words = 1; words <= 150; words += 37) {
        char text[4096];
        size_t n = 0;
        for (int k = 0; k < words; k++)
            n += (size_t)snprintf(text + n, sizeof text - n, "w%d ", k);
        /* "One." then a sentence of a soft hyphen only, then "Two." */
        n += (size_t)snprintf(text + n, sizeof text - n, "One.\n\xC2\xAD\nTwo. Three");
        t = run(an, text);
        assert_int_equal(t->n, (size_t)words + 5);
        for (size_t i = 0; i < t->n; i++)
            assert_int_equal(t->tok[i].sentence, i < (size_t)words + 2 ? 0 : i < (size_t)words + 4 ? 1 : 2);
        assert_int_equal(t->sentences, 3);
    }
}

/* ---- languages ---- */

static void languages(void **state)
{
    (void)state;
    assert_string_equal(vb_lang_resolve("en"), "english");
    assert_string_equal(vb_lang_resolve("english"), "english");
    assert_string_equal(vb_lang_resolve("de"), "german");
    assert_string_equal(vb_lang_resolve("german"), "german");
    assert_string_equal(vb_lang_resolve("nb"), "norwegian");
    assert_string_equal(vb_lang_resolve("porter"), "porter");
    assert_string_equal(vb_lang_resolve("none"), "none");
    assert_string_equal(vb_lang_resolve(NULL), "english");
    assert_null(vb_lang_resolve("xx"));
    assert_null(vb_lang_resolve(""));
    assert_null(vb_lang_resolve("English"));
    const char **list = vb_lang_list();
    int english = 0, german = 0;
    size_t n = 0;
    for (; list[n]; n++) {
        english |= strcmp(list[n], "english") == 0;
        german |= strcmp(list[n], "german") == 0;
        /* every listed algorithm resolves to itself */
        assert_string_equal(vb_lang_resolve(list[n]), list[n]);
    }
    assert_true(english && german);
    assert_true(n >= 20);
    assert_string_equal(vb_token_type_name(VB_TOKEN_WORD), "word");
    assert_string_equal(vb_token_type_name(VB_TOKEN_NUMBER), "number");
    assert_string_equal(vb_token_type_name(VB_TOKEN_SYMBOL), "symbol");
    assert_string_equal(vb_token_type_name(VB_TOKEN_EMOJI), "emoji");
    assert_string_equal(vb_token_type_name(VB_TOKEN_EMOTICON + 1), "?");
}

static void german_stemmer(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer("de");
    assert_string_equal(vb_analyzer_lang(an), "german");
    /* values from libstemmer's Snowball German algorithm */
    const char *text = "Kaffees Kaffee H\xC3\xA4user";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 3);
    assert_string_equal(t->tok[0].norm, "kaffees");
    assert_string_equal(t->tok[0].stem, "kaffe");
    assert_string_equal(t->tok[1].stem, "kaffe");
    assert_int_not_equal(t->tok[0].word, t->tok[1].word); /* same stem, different words */
    assert_string_equal(t->tok[2].norm, "h\xC3\xA4user");
    assert_string_equal(t->tok[2].stem, "haus");
    vb_analyzer_free(an);

    an = new_analyzer("porter");
    t = run(an, "generously");
    assert_string_equal(t->tok[0].stem, "gener");
    vb_analyzer_free(an);
}

static void unknown_language(void **state)
{
    (void)state;
    vb_analyzer_opts opts;
    vb_analyzer_opts_init(&opts);
    assert_null(opts.lang);
    opts.lang = "xx";
    vb_analyzer *an = (vb_analyzer *)&opts; /* must be reset to NULL */
    vb_error err;
    vb_error_clear(&err);
    assert_int_equal(vb_analyzer_new(&an, &opts, &err), VB_EINVAL);
    assert_null(an);
    assert_int_equal(err.code, VB_EINVAL);
    assert_non_null(strstr(err.msg, "unknown language"));
    assert_non_null(strstr(err.msg, "'xx'"));
    /* no error struct: still the code */
    assert_int_equal(vb_analyzer_new(&an, &opts, NULL), VB_EINVAL);
    assert_null(an);
    /* NULL options: English */
    assert_int_equal(vb_analyzer_new(&an, NULL, &err), VB_OK);
    assert_string_equal(vb_analyzer_lang(an), "english");
    vb_analyzer_free(an);
    vb_analyzer_free(NULL);
}

/* ---- the word cache ---- */

static void word_cache_stats(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    size_t words = 9, hits = 9, lookups = 9;
    vb_analyzer_stats(an, &words, &hits, &lookups);
    assert_int_equal(words, 0);
    assert_int_equal(hits, 0);
    assert_int_equal(lookups, 0);

    const vb_tokens *t = run(an, "good good good bad good");
    assert_int_equal(t->n, 5);
    vb_analyzer_stats(an, &words, &hits, &lookups);
    assert_int_equal(words, 2);
    assert_int_equal(lookups, 5);
    assert_int_equal(hits, 3);

    /* across runs: everything is a hit now */
    run(an, "bad good");
    vb_analyzer_stats(an, &words, &hits, &lookups);
    assert_int_equal(words, 2);
    assert_int_equal(lookups, 7);
    assert_int_equal(hits, 5);

    /* other surfaces of a known norm miss the cache but add no word */
    t = run(an, "Good GOOD");
    vb_analyzer_stats(an, &words, &hits, &lookups);
    assert_int_equal(words, 2);
    assert_int_equal(lookups, 9);
    assert_int_equal(hits, 5);
    assert_int_equal(t->tok[0].word, t->tok[1].word);

    /* NULL outputs are allowed */
    vb_analyzer_stats(an, NULL, &hits, NULL);
    assert_int_equal(hits, 5);
    vb_analyzer_free(an);
}

/* ---- large inputs ---- */

static void long_inputs(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    /* 5 MB of sentences: 9 words and a period each */
    const char unit[] = "The quick brown fox jumps over the lazy dog. ";
    size_t ulen = sizeof unit - 1;
    size_t reps = (5u << 20) / ulen + 1;
    size_t len = reps * ulen - 1; /* no trailing space */
    char *text = malloc(reps * ulen + 1);
    assert_non_null(text);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * ulen, unit, ulen);
    text[len] = '\0';
    const vb_tokens *t = run_len(an, text, len);
    assert_int_equal(t->n, reps * 10);
    assert_int_equal(t->sentences, reps);
    assert_int_equal(t->tok[t->n - 1].sentence, reps - 1);
    assert_int_equal(t->tok[t->n - 1].end, len);
    assert_int_equal(t->tok[10].start, ulen);
    assert_int_equal(t->tok[0].word, t->tok[10 * (reps / 2)].word);
    size_t words = 0, hits = 0, lookups = 0;
    vb_analyzer_stats(an, &words, &hits, &lookups);
    assert_int_equal(words, 9); /* "The" and "the" are one word */
    assert_int_equal(lookups, reps * 10);
    assert_int_equal(hits, reps * 10 - 10); /* 10 distinct surfaces */
    free(text);

    /* 1 MB without a space: one word */
    len = 1u << 20;
    text = malloc(len);
    assert_non_null(text);
    memset(text, 'A', len);
    t = run_len(an, text, len);
    assert_int_equal(t->n, 1);
    assert_int_equal(t->tok[0].type, VB_TOKEN_WORD);
    assert_int_equal(t->tok[0].end, len);
    assert_int_equal(t->tok[0].norm_len, len);
    assert_int_equal(t->tok[0].norm[len - 1], 'a');
    assert_int_equal(t->sentences, 1);
    /* 1 MB of a non-ASCII letter: one word through the general path */
    for (size_t i = 0; i + 1 < len; i += 2)
        memcpy(text + i, "\xC3\x89", 2); /* "É" */
    t = run_len(an, text, len);
    assert_int_equal(t->n, 1);
    assert_int_equal(t->tok[0].end, len);
    assert_int_equal(t->tok[0].norm_len, len);
    assert_memory_equal(t->tok[0].norm, "\xC3\xA9\xC3\xA9", 4);
    /* 1 MB of punctuation: one symbol each */
    memset(text, '!', len);
    t = run_len(an, text, len);
    assert_int_equal(t->n, len);
    assert_int_equal(t->tok[len - 1].start, len - 1);
    assert_int_equal(t->tok[0].word, t->tok[len - 1].word);
    free(text);
    vb_analyzer_free(an);
}

static void many_combining_marks(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    enum { MARKS = 10000 };
    size_t len = 1 + 2 * MARKS;
    char *text = malloc(len + 6);
    assert_non_null(text);
    text[0] = 'a';
    for (size_t i = 0; i < MARKS; i++)
        memcpy(text + 1 + 2 * i, "\xCC\x81", 2); /* U+0301 COMBINING ACUTE ACCENT */
    memcpy(text + len, " next", 5);
    text[len + 5] = '\0';
    const vb_tokens *t = run_len(an, text, len + 5);
    assert_int_equal(t->n, 2);
    assert_int_equal(t->tok[0].type, VB_TOKEN_WORD);
    assert_int_equal(t->tok[0].start, 0);
    assert_int_equal(t->tok[0].end, len);
    /* NFC composes the first mark with the letter: "á" then 9999 marks */
    assert_int_equal(t->tok[0].norm_len, 2 + 2 * (MARKS - 1));
    assert_memory_equal(t->tok[0].norm, "\xC3\xA1\xCC\x81", 4);
    expect_token(text, &t->tok[1], "next", "next", VB_TOKEN_WORD);

    /* marks with no base letter still form one token */
    t = run_len(an, text + 1, len - 1);
    assert_int_equal(t->n, 1);
    assert_int_equal(t->tok[0].end, len - 1);
    free(text);
    vb_analyzer_free(an);
}

/* Found by fuzz/fuzz_analyzer: WB4 attaches a mark or a ZWJ to what precedes it, even an
 * invalid sequence or a control character; such a segment must not reach the normalizer. */
static void invalid_or_control_before_marks(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    const char text[] = "a \xF0\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 b \x00\xCC\x81 c";
    const vb_tokens *t;
    vb_error err;
    assert_int_equal(vb_analyzer_run(an, text, sizeof text - 1, &t, &err), VB_OK);
    assert_int_equal(t->replacements, 1);
    for (size_t i = 0; i < t->n; i++)
        assert_int_equal(strlen(t->tok[i].norm), t->tok[i].norm_len); /* no NUL inside */
    assert_string_equal(t->tok[0].norm, "a");
    assert_string_equal(t->tok[t->n - 1].norm, "c");
    vb_analyzer_free(an);
}

static void token_types(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    const char *text = "See https://example.com/a?b=1. Mail john.doe@example.com, @Virgin_America "
                       "#fail #1 :-) <3 ok:) Note:D a@b (www.example.org)";
    const vb_tokens *t = run(an, text);
    static const struct {
        const char *surface;
        int type;
    } want[] = {
        { "See", VB_TOKEN_WORD }, { "https://example.com/a?b=1", VB_TOKEN_URL },
        { ".", VB_TOKEN_SYMBOL }, { "Mail", VB_TOKEN_WORD },
        { "john.doe@example.com", VB_TOKEN_EMAIL }, { ",", VB_TOKEN_SYMBOL },
        { "@Virgin_America", VB_TOKEN_MENTION }, { "#fail", VB_TOKEN_HASHTAG },
        { "#", VB_TOKEN_SYMBOL }, { "1", VB_TOKEN_NUMBER }, /* no letter: not a hashtag */
        { ":-)", VB_TOKEN_EMOTICON }, { "<3", VB_TOKEN_EMOTICON }, { "ok", VB_TOKEN_WORD },
        { ":)", VB_TOKEN_EMOTICON }, { "Note", VB_TOKEN_WORD }, /* ":" splits (as ICU) */
        { ":", VB_TOKEN_SYMBOL }, { "D", VB_TOKEN_WORD }, /* after a word: no letter face */
        { "a", VB_TOKEN_WORD }, { "@", VB_TOKEN_SYMBOL }, { "b", VB_TOKEN_WORD },
        { "(", VB_TOKEN_SYMBOL }, { "www.example.org", VB_TOKEN_URL }, { ")", VB_TOKEN_SYMBOL },
    };
    assert_int_equal(t->n, sizeof want / sizeof *want);
    for (size_t i = 0; i < t->n; i++) {
        expect_surface(text, &t->tok[i], want[i].surface);
        if (t->tok[i].type != want[i].type)
            fail_msg("'%s' is %s", want[i].surface, vb_token_type_name(t->tok[i].type));
    }
    assert_string_equal(t->tok[6].norm, "@virgin_america");
    vb_analyzer_free(an);
}

/* URL starts in any case, and the near misses; each alone (fewer than 8 bytes ahead of the
 * word for the short ones) and followed by more text (one 8-byte load) */
static void url_starts(void **state)
{
    (void)state;
    vb_analyzer *an = new_analyzer(NULL);
    static const struct {
        const char *text;
        int url;
    } cases[] = {
        { "http://a", 1 }, { "HTTP://a.b/c", 1 }, { "hTtPs://x.y", 1 }, { "https://", 1 },
        { "WWW.Example.com", 1 }, { "www.a", 1 }, { "www.-a", 0 }, { "www._a", 0 },
        { "wwwx.com", 0 }, { "wwwab.com", 0 }, { "ww.a.b", 0 }, { "http:/a.b", 0 }, { "https:/a", 0 },
        { "httpx://a", 0 }, { "http", 0 }, { "hxxp://a.b", 0 }, { "whatever.com", 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char text[64];
        for (int tail = 0; tail < 2; tail++) {
            snprintf(text, sizeof text, "%s%s", cases[i].text, tail ? " and more" : "");
            const vb_tokens *t = run(an, text);
            assert_true(t->n > 0);
            if ((t->tok[0].type == VB_TOKEN_URL) != cases[i].url)
                fail_msg("'%s': first token %s", text, vb_token_type_name(t->tok[0].type));
        }
    }
    vb_analyzer_free(an);
}

static void strip_accents(void **state)
{
    (void)state;
    vb_analyzer_opts o;
    vb_analyzer_opts_init(&o);
    o.flags = VB_ANALYZE_STRIP_ACCENTS;
    vb_analyzer *an;
    vb_error err;
    assert_int_equal(vb_analyzer_new(&an, &o, &err), VB_OK);
    const char *text = "Caf\xC3\xA9 na\xC3\xAFve cafe \xC3\x85ngstr\xC3\xB6m";
    const vb_tokens *t = run(an, text);
    assert_int_equal(t->n, 4);
    assert_string_equal(t->tok[0].norm, "cafe");
    assert_string_equal(t->tok[1].norm, "naive");
    assert_int_equal(t->tok[0].word, t->tok[2].word);
    assert_string_equal(t->tok[3].norm, "angstrom");
    vb_analyzer_free(an);
}

/* Every stopword list entry is one token whose normal form is the entry itself (else it
 * could never match), and the lists mark what they should. */
static void stopword_lists_are_normalized(void **state)
{
    (void)state;
    /* every Snowball algorithm has a list */
    const char **langs = vb_lang_list();
    size_t total = 0;
    size_t nlangs = 0;
    for (size_t l = 0; langs[l]; l++, nlangs++) {
        const char *const *list = vb__stopwords(langs[l]);
        assert_non_null(list);
        vb_analyzer *an = new_analyzer(langs[l]);
        size_t n = 0;
        for (; list[n]; n++) {
            const vb_tokens *t = run(an, list[n]);
            if (t->n != 1 || strcmp(t->tok[0].norm, list[n]) != 0 ||
                !(t->tok[0].flags & VB_TOKEN_STOPWORD))
                fail_msg("%s: stopword '%s' analyzes to %zu tokens, norm '%s'", langs[l],
                         list[n], t->n, t->n ? t->tok[0].norm : "");
        }
        if (n < 100)
            fail_msg("%s: %zu stopwords", langs[l], n);
        total += n;
        vb_analyzer_free(an);
    }
    assert_int_equal(nlangs, 29);
    assert_true(total > 7000);
    static const struct {
        const char *lang, *text;
        size_t stops;
    } samples[] = {
        { "de", "Der Kaffee ist nicht gut", 3 },  { "fr", "Ce n'est pas bon", 3 },
        { "es", "El vuelo no fue bueno", 3 },     { "ru", "Это не очень хорошо", 3 },
        { "it", "Il caffè non è buono", 3 },      { "nl", "De koffie is niet goed", 3 },
    };
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
        vb_analyzer *an = new_analyzer(samples[i].lang);
        const vb_tokens *t = run(an, samples[i].text);
        size_t stops = 0;
        for (size_t k = 0; k < t->n; k++)
            stops += (t->tok[k].flags & VB_TOKEN_STOPWORD) != 0;
        if (stops != samples[i].stops)
            fail_msg("%s: %zu stopwords in '%s', want %zu", samples[i].lang, stops,
                     samples[i].text, samples[i].stops);
        vb_analyzer_free(an);
    }
}

/* A long run of flags is linear (WB15/16 used to count back over the whole run). */
static void many_flags_linear(void **state)
{
    (void)state;
    size_t n = 100000;
    char *text = malloc(8 * n);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        memcpy(text + 8 * i, "\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7", 8); /* GB */
    vb_analyzer *an = new_analyzer(NULL);
    const vb_tokens *t;
    vb_error err;
    assert_int_equal(vb_analyzer_run(an, text, 8 * n, &t, &err), VB_OK);
    assert_int_equal(t->n, n);
    assert_int_equal(t->tok[n - 1].type, VB_TOKEN_EMOJI);
    assert_int_equal(t->tok[n - 1].start, 8 * (n - 1));
    vb_analyzer_free(an);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(many_flags_linear),
        cmocka_unit_test(stopword_lists_are_normalized),
        cmocka_unit_test(strip_accents),
        cmocka_unit_test(token_types),
        cmocka_unit_test(url_starts),
        cmocka_unit_test(invalid_or_control_before_marks),
        cmocka_unit_test(sentence_tokens_and_spans),
        cmocka_unit_test(stems_english),
        cmocka_unit_test(stopwords_english),
        cmocka_unit_test(numbers),
        cmocka_unit_test(abbreviations_and_hyphens),
        cmocka_unit_test(typographic_apostrophe_and_dashes),
        cmocka_unit_test(nfkc_and_case_folding),
        cmocka_unit_test(other_scripts),
        cmocka_unit_test(ascii_fast_path_matches_general),
        cmocka_unit_test(normalize_resets_output),
        cmocka_unit_test(invalid_utf8_separates_and_counts),
        cmocka_unit_test(emoji_sequences),
        cmocka_unit_test_setup_teardown(ascii_led_symbol_with_marks_is_normalized, setup_english,
                                        teardown_analyzer),
        cmocka_unit_test(norm_is_normalized_surface),
        cmocka_unit_test(word_ids_follow_norms),
        cmocka_unit_test_setup_teardown(word_flags_independent_of_history, setup_english,
                                        teardown_analyzer),
        cmocka_unit_test(sentences),
        cmocka_unit_test_setup_teardown(sentences_dense_after_merges_and_drops, setup_english,
                                        teardown_analyzer),
        cmocka_unit_test_setup_teardown(sentence_count_ignores_trailing_space, setup_english,
                                        teardown_analyzer),
        cmocka_unit_test_setup_teardown(ignorable_only_text_has_no_sentence, setup_english,
                                        teardown_analyzer),
        cmocka_unit_test(languages),
        cmocka_unit_test(german_stemmer),
        cmocka_unit_test(unknown_language),
        cmocka_unit_test(word_cache_stats),
        cmocka_unit_test(long_inputs),
        cmocka_unit_test(many_combining_marks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
