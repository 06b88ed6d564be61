/* Conformance: a real dictionary of ../shared/conformance/dictionaries imports. Its categories
 * and entries are counted here from the raw file with simple logic of our own (and checked
 * against the figures PROVENANCE.md states); every declared entry is imported or skipped
 * with a warning; and the native text of the import parses back to the same lexicon.
 * Usage: test_dictionaries FILE */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/util.h"
#include "verbatim/lexicon.h"

static const char *g_path;

typedef struct counts {
    size_t categories, entries, lines, phrases, top, leaves, empty_keys;
} counts;

typedef struct stated { /* PROVENANCE.md section 3 */
    const char *file;
    size_t categories, entries, phrases, top, leaves; /* 0: not stated */
} stated;

static const stated figures[] = {
    { "moral_foundations_dictionary.dic", 11, 324, 0, 0, 0 },
    { "mfd2.0.dic", 10, 2103, 110, 0, 0 },
    { "Laver_and_Garry_2000.cat", 26, 418, 0, 0, 0 },
    { "Loughran_and_McDonald_2014.cat", 9, 4232, 0, 0, 0 },
    { "RID.CAT", 52, 3150, 0, 0, 0 },
    { "newsmap_english.yml", 0, 819, 0, 5, 241 },
    { "newsmap_german.yml", 0, 937, 0, 5, 241 },
    { "newsmap_french.yml", 0, 882, 0, 5, 241 },
    { "newsmap_spanish.yml", 0, 890, 0, 5, 241 },
    { "newsmap_russian.yml", 0, 737, 0, 5, 241 },
    { "newsmap_japanese.yml", 0, 505, 0, 5, 241 },
};

/* Split into lines in place (any of CR, LF, CRLF ends a line); returns the count. */
static size_t split_lines(char *s, char ***out)
{
    size_t n = 0, cap = 64;
    char **v = malloc(cap * sizeof *v);
    for (char *p = s; *p;) {
        if (n == cap)
            v = realloc(v, (cap *= 2) * sizeof *v);
        v[n++] = p;
        p += strcspn(p, "\r\n");
        if (*p == '\r' && p[1] == '\n')
            *p++ = '\0';
        if (*p)
            *p++ = '\0';
    }
    *out = v;
    return n;
}

static int blank(const char *s)
{
    return s[strspn(s, " \t")] == '\0';
}

/* LIWC: categories between the two '%' lines; each later line is a word whose category
 * ids follow its first tab: one entry per id. */
static void count_liwc(char **l, size_t n, counts *c)
{
    int pct = 0;
    for (size_t i = 0; i < n; i++) {
        if (blank(l[i]))
            continue;
        if (strcmp(l[i] + strspn(l[i], " \t"), "%") == 0 && pct < 2) {
            pct++;
            continue;
        }
        if (pct == 1) {
            c->categories++;
            continue;
        }
        c->lines++;
        char *ids = strchr(l[i], '\t');
        size_t wl = ids ? (size_t)(ids - l[i]) : 0;
        while (wl && l[i][wl - 1] == ' ')
            wl--;
        c->phrases += memchr(l[i], ' ', wl) != NULL;
        for (char *tok = strtok(ids, " \t"); tok; tok = strtok(NULL, " \t"))
            c->entries++;
    }
}

/* WordStat: a line ending in ')' is a term, any other a category. */
static void count_wordstat(char **l, size_t n, counts *c)
{
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(l[i]);
        while (len && (l[i][len - 1] == ' ' || l[i][len - 1] == '\t'))
            len--;
        if (blank(l[i]))
            continue;
        if (l[i][len - 1] == ')')
            c->entries++;
        else
            c->categories++;
    }
}

/* YAML as these files write it: "key:" opens a level, "key: [a, b]" or "key: value" holds
 * values, "- value" is one value; '' keys hold their parent's values. */
static void count_yaml(char **l, size_t n, counts *c)
{
    size_t prev_indent = 0;
    int prev_open = 0;
    for (size_t i = 0; i < n; i++) {
        char *s = l[i];
        size_t indent = strspn(s, " ");
        s += indent;
        if (*s == '#' || blank(s))
            continue;
        if (prev_open && indent <= prev_indent)
            c->leaves++; /* the previous key had neither values nor children */
        prev_open = 0;
        if (*s == '-') {
            c->entries++;
            continue;
        }
        char *colon = strstr(s, ":");
        assert_non_null(colon);
        int empty_key = (colon - s == 2 && (s[0] == '\'' || s[0] == '"'));
        c->categories += !empty_key;
        c->empty_keys += empty_key;
        c->top += indent == 0;
        char *v = colon + 1 + strspn(colon + 1, " ");
        if (*v == '\0' || *v == '#') {
            prev_open = 1;
            prev_indent = indent;
            continue;
        }
        c->leaves += !empty_key;
        if (*v == '[') {
            for (char *tok = strtok(v + 1, ",]"); tok; tok = strtok(NULL, ",]"))
                c->entries += !blank(tok);
        } else {
            c->entries++;
        }
    }
    c->leaves += prev_open;
}

static size_t nwarnings, nerrors;

static void on_diag(const vb_error *e, void *payload)
{
    (void)payload;
    char buf[800];
    if (e->code == VB_OK) {
        nwarnings++;
    } else {
        nerrors++;
        print_error("%s\n", vb_error_format(e, buf, sizeof buf));
    }
}

static void test_dictionary(void **state)
{
    (void)state;
    size_t len;
    char *raw = NULL;
    vb_error rerr;
    assert_int_equal(vb__read_file(g_path, &raw, &len, &rerr), VB_OK);
    char *copy = malloc(len + 1);
    memcpy(copy, raw, len + 1);
    char **l;
    size_t n = split_lines(copy, &l);
    counts c = { 0 };
    int format = vb_lexicon_format_of(g_path);
    if (format == VB_LEXFMT_LIWC)
        count_liwc(l, n, &c);
    else if (format == VB_LEXFMT_WORDSTAT)
        count_wordstat(l, n, &c);
    else if (format == VB_LEXFMT_YAML)
        count_yaml(l, n, &c);
    else
        fail_msg("%s: not a dictionary format", g_path);

    /* what PROVENANCE.md states about this file, where it states it */
    const char *base = strrchr(g_path, '/') ? strrchr(g_path, '/') + 1 : g_path;
    for (size_t i = 0; i < sizeof figures / sizeof *figures; i++) {
        const stated *f = &figures[i];
        if (strcmp(f->file, base) != 0)
            continue;
        if (f->categories)
            assert_int_equal(c.categories, f->categories);
        assert_int_equal(format == VB_LEXFMT_LIWC ? c.lines : c.entries, f->entries);
        if (f->phrases)
            assert_int_equal(c.phrases, f->phrases);
        if (f->top) {
            assert_int_equal(c.top, f->top);
            assert_int_equal(c.leaves, f->leaves);
        }
    }

    vb_lexicon *lex;
    vb_error err;
    nwarnings = nerrors = 0;
    assert_int_equal(vb_lexicon_import(&lex, g_path, VB_LEXFMT_AUTO, on_diag, NULL, &err), VB_OK);
    assert_int_equal(nerrors, 0);
    size_t nt = vb_lexicon_theme_count(lex), ne = vb_lexicon_entry_count(lex);
    assert_int_equal(nt, c.categories);
    assert_int_equal(vb_lexicon_skipped(lex), nwarnings);
    assert_int_equal(ne + vb_lexicon_skipped(lex), c.entries);
    if (format == VB_LEXFMT_YAML && !c.empty_keys) { /* '' keys: a leaf is harder to say */
        size_t top = 0, leaves = 0;
        for (size_t t = 0; t < nt; t++) {
            vb_theme_info th;
            vb_lexicon_theme(lex, t, &th);
            top += th.parent < 0;
            int has_child = 0;
            for (size_t u = 0; u < nt && !has_child; u++) {
                vb_theme_info ch;
                vb_lexicon_theme(lex, u, &ch);
                has_child = ch.parent == (int)t;
            }
            leaves += !has_child;
        }
        assert_int_equal(top, c.top);
        assert_int_equal(leaves, c.leaves);
    }
    if (c.phrases) {
        size_t phrases = 0;
        for (size_t i = 0; i < ne; i++) {
            vb_entry_info e;
            vb_lexicon_entry(lex, i, &e);
            phrases += e.kind == VB_ENTRY_PHRASE;
        }
        assert_int_equal(phrases, c.phrases);
    }

    /* the round trip: native text, parsed, is the same lexicon */
    char *text;
    size_t tlen;
    FILE *f = open_memstream(&text, &tlen);
    assert_int_equal(vb_lexicon_write_native(f, lex), VB_OK);
    fclose(f);
    vb_lexicon *back;
    assert_int_equal(vb_lexicon_parse(&back, text, tlen, "native", on_diag, NULL, &err), VB_OK);
    assert_int_equal(vb_lexicon_theme_count(back), nt);
    for (size_t t = 0; t < nt; t++) {
        vb_theme_info a, b;
        vb_lexicon_theme(lex, t, &a);
        vb_lexicon_theme(back, t, &b);
        assert_string_equal(a.path, b.path);
        assert_string_equal(a.label, b.label);
        assert_int_equal(a.parent, b.parent);
        assert_int_equal(a.depth, b.depth);
        assert_int_equal(a.overlap, b.overlap);
    }
    assert_int_equal(vb_lexicon_entry_count(back), ne);
    for (size_t i = 0; i < ne; i++) {
        vb_entry_info a, b;
        vb_lexicon_entry(lex, i, &a);
        vb_lexicon_entry(back, i, &b);
        assert_string_equal(a.text, b.text);
        assert_int_equal(a.kind, b.kind);
        assert_int_equal(a.theme, b.theme);
        /* the rules too (weights, exclusions), as native text */
        char fa[2048], fb[2048];
        vb_lexicon_entry_format(lex, i, fa, sizeof fa);
        vb_lexicon_entry_format(back, i, fb, sizeof fb);
        assert_string_equal(fa, fb);
    }
    printf("%s: %zu categories, %zu entries declared; %zu themes, %zu entries imported, %zu "
           "skipped; round trip identical\n", base, c.categories, c.entries, nt, ne,
           vb_lexicon_skipped(lex));
    free(text);
    vb_lexicon_free(back);
    vb_lexicon_free(lex);
    free(l);
    free(copy);
    free(raw);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s DICTIONARY\n", argv[0]);
        return 2;
    }
    g_path = argv[1];
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_dictionary) };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
