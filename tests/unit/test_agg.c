/* Aggregators: counts, co-occurrence measures, and merge == whole. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <math.h>
#include <stdlib.h>

#include "verbatim.h"
#include "agg/agg_int.h"

static const char lexicon[] = "[wait]\nwait*\nqueue\n"
                              "[staff]\nstaff\n"
                              "[staff/rude]\nrude\n"
                              "[price]\nexpensive\n";

static const char *docs[] = {
    "long wait, rude staff",   "expensive and a queue", "staff were lovely",
    "nothing to say",          "waited, rude staff, expensive", "",
    "queue queue queue",       "rude",
};
#define NDOCS (sizeof docs / sizeof *docs)

static vb_matcher *matcher_of(const char *src)
{
    vb_lexicon *lex;
    vb_matcher *m;
    vb_error err;
    assert_int_equal(vb_lexicon_parse(&lex, src, strlen(src), "t", 0, 0, &err), 0);
    assert_int_equal(vb_matcher_compile(&m, lex, NULL, NULL, NULL, &err), VB_OK);
    vb_lexicon_free(lex);
    return m;
}

static vb_matcher *matcher(void)
{
    return matcher_of(lexicon);
}

static void add_range(vb_agg *a, vb_tagger *t, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        const vb_doc *doc;
        vb_error err;
        assert_int_equal(vb_tagger_run(t, docs[i], strlen(docs[i]), &doc, &err), VB_OK);
        assert_int_equal(vb_agg_add(a, doc), VB_OK);
    }
}

enum { WAIT, STAFF, RUDE, PRICE };

static void counts(void **state)
{
    (void)state;
    vb_matcher *m = matcher();
    vb_tagger *t;
    vb_agg *a;
    vb_error err;
    assert_int_equal(vb_tagger_new(&t, m, &err), VB_OK);
    assert_int_equal(vb_agg_new(&a, m, &err), VB_OK);
    add_range(a, t, 0, NDOCS);
    assert_int_equal(vb_agg_docs(a), 8);
    assert_int_equal(vb_agg_docs_matched(a), 6);
    assert_int_equal(vb_agg_docs_empty(a), 1); /* "" */
    assert_int_equal(vb_agg_theme_docs(a, WAIT), 4);   /* docs 0, 1, 4, 6 */
    assert_int_equal(vb_agg_theme_hits(a, WAIT), 6);   /* 1+1+1, and queue x3 in doc 6 */
    assert_int_equal(vb_agg_theme_docs(a, STAFF), 4);  /* 0, 2, 4, 7 (rude rolls up) */
    assert_int_equal(vb_agg_theme_hits(a, STAFF), 6);  /* 2+1+2+1 */
    assert_int_equal(vb_agg_theme_docs(a, RUDE), 3);
    assert_int_equal(vb_agg_theme_docs(a, PRICE), 2);
    assert_int_equal(vb_agg_pair_docs(a, WAIT, STAFF), 2);
    assert_int_equal(vb_agg_pair_docs(a, STAFF, WAIT), 2);
    assert_int_equal(vb_agg_pair_docs(a, WAIT, PRICE), 2);
    assert_int_equal(vb_agg_pair_docs(a, STAFF, RUDE), 3);
    assert_int_equal(vb_agg_pair_docs(a, PRICE, PRICE), 2);

    vb_pair_stats ps;
    vb_agg_pair_stats(a, WAIT, PRICE, &ps);
    assert_int_equal(ps.both, 2);
    assert_float_equal(ps.jaccard, 2.0 / 4.0, 1e-12);          /* 2 / (4 + 2 - 2) */
    assert_float_equal(ps.lift, 2.0 * 8.0 / (4.0 * 2.0), 1e-12); /* P(AB) / P(A)P(B) */
    vb_agg_free(a);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

static void merge_equals_whole(void **state)
{
    (void)state;
    vb_matcher *m = matcher();
    vb_tagger *t;
    vb_error err;
    assert_int_equal(vb_tagger_new(&t, m, &err), VB_OK);
    vb_agg *whole;
    assert_int_equal(vb_agg_new(&whole, m, &err), VB_OK);
    add_range(whole, t, 0, NDOCS);
    for (size_t split = 0; split <= NDOCS; split++) {
        vb_agg *a, *b;
        assert_int_equal(vb_agg_new(&a, m, &err), VB_OK);
        assert_int_equal(vb_agg_new(&b, m, &err), VB_OK);
        add_range(a, t, 0, split);
        add_range(b, t, split, NDOCS);
        assert_int_equal(vb_agg_merge(a, b, &err), VB_OK);
        assert_int_equal(vb_agg_docs(a), vb_agg_docs(whole));
        assert_int_equal(vb_agg_docs_matched(a), vb_agg_docs_matched(whole));
        for (size_t i = 0; i < 4; i++) {
            assert_int_equal(vb_agg_theme_docs(a, i), vb_agg_theme_docs(whole, i));
            assert_int_equal(vb_agg_theme_hits(a, i), vb_agg_theme_hits(whole, i));
            for (size_t j = 0; j < 4; j++)
                assert_int_equal(vb_agg_pair_docs(a, i, j), vb_agg_pair_docs(whole, i, j));
        }
        vb_agg_free(a);
        vb_agg_free(b);
    }
    vb_agg_free(whole);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

static void merge_rejects_other_lexicon(void **state)
{
    (void)state;
    vb_matcher *m1 = matcher(), *m2 = matcher_of("[wait]\nwait*\n");
    vb_agg *a, *b;
    vb_error err;
    assert_int_equal(vb_agg_new(&a, m1, &err), VB_OK);
    assert_int_equal(vb_agg_new(&b, m2, &err), VB_OK);
    assert_int_equal(vb_agg_merge(a, b, &err), VB_EINVAL);
    assert_non_null(strstr(err.msg, "the lexicons differ"));
    vb_agg_free(a);
    vb_agg_free(b);
    vb_matcher_free(m1);
    vb_matcher_free(m2);
}

static void empty_agg_has_no_nan(void **state)
{
    (void)state;
    vb_matcher *m = matcher();
    vb_agg *a;
    vb_error err;
    assert_int_equal(vb_agg_new(&a, m, &err), VB_OK);
    vb_pair_stats ps;
    vb_agg_pair_stats(a, WAIT, STAFF, &ps);
    assert_int_equal(ps.both, 0);
    assert_true(ps.jaccard == 0.0 && ps.lift == 0.0);
    vb_agg_free(a);
    vb_matcher_free(m);
}

/* ---- the full aggregate: periods, segments, scores, examples ---- */

static const char *dates[] = { "2024-01-03", "2024-01-20", "2024-02-01", "bad",
                               "2024-02-11", "2024-03-05", "2024-03-06", "2024-01-09" };
static const char *regions[] = { "North", "South", "North", NULL, "East", "South", "North", "" };
static const double scores[] = { 2, 9, 10, 7, -1, 3, 6, 10 };

static vb_cooc_level full_cooc = VB_COOC_DOCUMENT;

static vb_agg_opts full_opts(void)
{
    vb_agg_opts o;
    vb_agg_opts_init(&o);
    o.cooc = full_cooc;
    o.window = full_cooc == VB_COOC_WINDOW ? 3 : 0;
    o.period = VB_PERIOD_MONTH;
    o.nsegments = 1;
    o.segment_names[0] = "region";
    o.score = VB_SCORE_NPS;
    o.score_name = "nps";
    o.examples = 2;
    o.cell_examples = 1;
    o.snippet_bytes = 16;
    o.terms = 1;
    o.coverage = 1;
    return o;
}

static void add_full(vb_agg *a, vb_tagger *t, size_t i)
{
    const vb_doc *doc;
    vb_error err;
    char id[16];
    snprintf(id, sizeof id, "r%zu", i);
    vb_agg_meta meta;
    memset(&meta, 0, sizeof meta);
    meta.id = id;
    meta.id_len = strlen(id);
    meta.text = docs[i];
    meta.text_len = strlen(docs[i]);
    meta.dated = vb_date_parse(dates[i], strlen(dates[i]), NULL, 0, &meta.day) == VB_OK;
    meta.segment[0] = regions[i];
    meta.segment_len[0] = regions[i] ? strlen(regions[i]) : 0;
    meta.has_score = scores[i] >= 0;
    meta.score = scores[i];
    assert_int_equal(vb_tagger_run(t, docs[i], strlen(docs[i]), &doc, &err), VB_OK);
    assert_int_equal(vb_agg_add_record(a, &meta, doc), VB_OK);
}

static char *save(const vb_agg *a, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    vb_error err;
    assert_int_equal(vb_agg_save(a, f, &err), VB_OK);
    fclose(f);
    return buf;
}

static char *report(const vb_agg *a, vb_format format)
{
    char *buf = NULL;
    size_t len;
    FILE *f = open_memstream(&buf, &len);
    vb_report_opts o;
    vb_report_opts_init(&o);
    o.format = format;
    vb_error err;
    assert_int_equal(vb_report_write(f, a, &o, &err), VB_OK);
    fclose(f);
    return buf;
}

static void full_counts(void **state)
{
    (void)state;
    vb_matcher *m = matcher();
    vb_tagger *t;
    vb_agg *a;
    vb_error err;
    vb_agg_opts o = full_opts();
    assert_int_equal(vb_tagger_new(&t, m, &err), VB_OK);
    assert_int_equal(vb_agg_new_with(&a, m, &o, &err), VB_OK);
    for (size_t i = 0; i < NDOCS; i++)
        add_full(a, t, i);
    /* cells: (2024-01, North) (2024-01, South) (2024-02, North) (undated, none) ... */
    uint64_t undated = 0, none = 0;
    for (size_t c = 0; c < a->ncells; c++) {
        if (a->cells[c].period == VB_UNDATED)
            undated += a->cells[c].docs;
        if (a->cells[c].seg[0] == 0)
            none += a->cells[c].docs;
    }
    assert_int_equal(undated, 1); /* "bad" */
    assert_int_equal(none, 2);    /* NULL and "" */
    assert_int_equal(a->nsegvals[0], 3);
    /* scores: 7 usable (one -1 is missing); promoters 9, 10, 10; detractors 2, 3, 6 */
    assert_int_equal(a->score_all.n, 7);
    assert_int_equal(a->score_missing, 1);
    assert_int_equal(a->score_all.promoters, 3);
    assert_int_equal(a->score_all.detractors, 3);
    assert_int_equal(a->score_all.sum, (2 + 9 + 10 + 7 + 3 + 6 + 10) * VB_SCORE_SCALE);
    /* examples: at most 2 per theme, each with its matched words inside the snippet */
    for (size_t th = 0; th < 4; th++) {
        assert_true(a->examples[th].n <= 2);
        for (size_t k = 0; k < a->examples[th].n; k++) {
            const vb_example *e = &a->examples[th].ex[k];
            assert_true(e->text_len <= 16);
            assert_true(e->nspans >= 1);
            for (uint32_t s = 0; s < e->nspans; s++)
                assert_true(e->spans[2 * s] < e->spans[2 * s + 1] &&
                            e->spans[2 * s + 1] <= e->text_len);
            if (k)
                assert_true(vb__agg_examples_cmp(&a->examples[th].ex[k - 1], e) < 0);
        }
    }
    vb_agg_free(a);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

/* Every split into two or three parts, merged in any order, saves to the same bytes as the
 * whole and writes the same reports. */
static void full_merge_is_byte_identical(void **state)
{
    full_cooc = (vb_cooc_level)(intptr_t)*state;
    vb_matcher *m = matcher();
    vb_tagger *t;
    vb_error err;
    vb_agg_opts o = full_opts();
    assert_int_equal(vb_tagger_new(&t, m, &err), VB_OK);
    vb_agg *whole;
    assert_int_equal(vb_agg_new_with(&whole, m, &o, &err), VB_OK);
    for (size_t i = 0; i < NDOCS; i++)
        add_full(whole, t, i);
    size_t wlen;
    char *wbytes = save(whole, &wlen);
    char *wjson = report(whole, VB_FORMAT_JSON), *wtable = report(whole, VB_FORMAT_TABLE);
    size_t tried = 0;
    for (size_t x = 0; x <= NDOCS; x++)
        for (size_t y = x; y <= NDOCS; y++) {
            vb_agg *part[3];
            size_t cut[4] = { 0, x, y, NDOCS };
            for (int p = 0; p < 3; p++) {
                assert_int_equal(vb_agg_new_with(&part[p], m, &o, &err), VB_OK);
                for (size_t i = cut[p]; i < cut[p + 1]; i++)
                    add_full(part[p], t, i);
            }
            /* merge the last into the middle, then into the first: another order */
            assert_int_equal(vb_agg_merge(part[1], part[2], &err), VB_OK);
            assert_int_equal(vb_agg_merge(part[0], part[1], &err), VB_OK);
            size_t len;
            char *bytes = save(part[0], &len);
            assert_int_equal(len, wlen);
            assert_memory_equal(bytes, wbytes, wlen);
            char *json = report(part[0], VB_FORMAT_JSON), *table = report(part[0], VB_FORMAT_TABLE);
            assert_string_equal(json, wjson);
            assert_string_equal(table, wtable);
            free(json);
            free(table);
            free(bytes);
            for (int p = 0; p < 3; p++)
                vb_agg_free(part[p]);
            tried++;
        }
    assert_int_equal(tried, 45);
    free(wbytes);
    free(wjson);
    free(wtable);
    vb_agg_free(whole);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

static void state_round_trip_and_damage(void **state)
{
    (void)state;
    full_cooc = VB_COOC_SENTENCE;
    vb_matcher *m = matcher();
    vb_tagger *t;
    vb_error err;
    vb_agg_opts o = full_opts();
    assert_int_equal(vb_tagger_new(&t, m, &err), VB_OK);
    vb_agg *a;
    assert_int_equal(vb_agg_new_with(&a, m, &o, &err), VB_OK);
    for (size_t i = 0; i < NDOCS; i++)
        add_full(a, t, i);
    size_t len;
    char *bytes = save(a, &len);
    assert_memory_equal(bytes, "VBSTATE\n", 8);
    vb_agg *b;
    assert_int_equal(vb_agg_load(&b, bytes, len, "a.state", &err), VB_OK);
    size_t len2;
    char *bytes2 = save(b, &len2);
    assert_int_equal(len, len2);
    assert_memory_equal(bytes, bytes2, len);
    char *r1 = report(a, VB_FORMAT_JSON), *r2 = report(b, VB_FORMAT_JSON);
    assert_string_equal(r1, r2);
    free(r1);
    free(r2);
    free(bytes2);
    /* a loaded state merges with a live one */
    assert_int_equal(vb_agg_merge(b, a, &err), VB_OK);
    assert_int_equal(vb_agg_docs(b), 2 * NDOCS);
    vb_agg_free(b);

    /* every truncation is refused, never read past the end */
    for (size_t n = 0; n < len; n++) {
        vb_agg *c = NULL;
        assert_int_equal(vb_agg_load(&c, bytes, n, "a.state", &err), VB_ESYNTAX);
        assert_null(c);
    }
    /* every flipped byte is refused: by the checksum, or the magic/version/length */
    for (size_t n = 0; n < len; n++) {
        char *copy = malloc(len);
        memcpy(copy, bytes, len);
        copy[n] ^= 0x5A;
        vb_agg *c = NULL;
        int rc = vb_agg_load(&c, copy, len, "a.state", &err);
        assert_int_equal(rc, VB_ESYNTAX);
        assert_null(c);
        free(copy);
    }
    char *copy = malloc(len);
    memcpy(copy, bytes, len);
    copy[8] = 9; /* version 9 */
    assert_int_equal(vb_agg_load(&b, copy, len, "a.state", &err), VB_ESYNTAX);
    assert_non_null(strstr(err.msg, "version 9"));
    copy[8] = 1;
    copy[len - 1] ^= 1;
    assert_int_equal(vb_agg_load(&b, copy, len, "a.state", &err), VB_ESYNTAX);
    assert_non_null(strstr(err.msg, "checksum"));
    assert_int_equal(vb_agg_load(&b, "hello", 5, "x.txt", &err), VB_ESYNTAX);
    assert_non_null(strstr(err.msg, "not a verbatim state file"));
    free(copy);
    free(bytes);
    vb_agg_free(a);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

static void merge_names_what_differs(void **state)
{
    (void)state;
    vb_matcher *m = matcher();
    vb_error err;
    vb_agg_opts o = full_opts(), p = full_opts();
    p.period = VB_PERIOD_WEEK;
    vb_agg *a, *b;
    assert_int_equal(vb_agg_new_with(&a, m, &o, &err), VB_OK);
    assert_int_equal(vb_agg_new_with(&b, m, &p, &err), VB_OK);
    assert_int_equal(vb_agg_merge(a, b, &err), VB_EINVAL);
    assert_non_null(strstr(err.msg, "--by month and --by week"));
    vb_agg_free(b);
    p = full_opts();
    p.segment_names[0] = "country";
    assert_int_equal(vb_agg_new_with(&b, m, &p, &err), VB_OK);
    assert_int_equal(vb_agg_merge(a, b, &err), VB_EINVAL);
    assert_non_null(strstr(err.msg, "segments differ"));
    vb_agg_free(b);
    p = full_opts();
    p.examples = 5;
    assert_int_equal(vb_agg_new_with(&b, m, &p, &err), VB_OK);
    assert_int_equal(vb_agg_merge(a, b, &err), VB_EINVAL);
    assert_non_null(strstr(err.msg, "example"));
    vb_agg_free(b);
    vb_agg_free(a);
    vb_matcher_free(m);
}

static void statistics(void **state)
{
    (void)state;
    /* Fisher's tea-tasting table [[3, 1], [1, 3]]: two-sided p = 34/70 */
    assert_float_equal(vb__p_2x2(3, 1, 1, 3), 34.0 / 70.0, 1e-12);
    /* [[10, 0], [0, 10]]: p = 2 / C(20, 10) */
    assert_float_equal(vb__p_2x2(10, 0, 0, 10), 2.0 / 184756.0, 1e-15);
    assert_float_equal(vb__p_2x2(0, 5, 0, 5), 1.0, 0); /* an empty column: nothing to test */
    /* large tables use the G-test: identical proportions give p = 1 */
    assert_float_equal(vb__p_2x2(3000, 7000, 3000, 7000), 1.0, 1e-12);
    double p = vb__p_2x2(3300, 6700, 3000, 7000);
    assert_true(p > 0 && p < 1e-5);
    /* Benjamini-Hochberg: q = min over later ranks of p * n / rank */
    double ps[] = { 0.01, 0.04, 0.03, 0.005 }, q[4];
    assert_int_equal(vb__bh(ps, 4, q), 0);
    assert_float_equal(q[3], 0.02, 1e-12); /* 0.005 * 4 / 1 = 0.02 */
    assert_float_equal(q[0], 0.02, 1e-12); /* 0.01 * 4 / 2 = 0.02 */
    assert_float_equal(q[2], 0.04, 1e-12); /* 0.03 * 4 / 3 = 0.04 */
    assert_float_equal(q[1], 0.04, 1e-12); /* 0.04 * 4 / 4 */
}

static void cooc_levels(void **state)
{
    (void)state;
    vb_matcher *m = matcher();
    vb_tagger *t;
    vb_error err;
    assert_int_equal(vb_tagger_new(&t, m, &err), VB_OK);
    static const char *texts[] = {
        "The staff were rude. We had a long wait.", /* wait and staff: 2 sentences apart */
        "Rude staff and a long wait here.",        /* one sentence, 4 tokens apart */
        "Expensive.",
    };
    vb_agg_opts o;
    vb_agg_opts_init(&o);
    o.examples = 0;
    vb_agg *sent, *win2, *win5;
    o.cooc = VB_COOC_SENTENCE;
    assert_int_equal(vb_agg_new_with(&sent, m, &o, &err), VB_OK);
    o.cooc = VB_COOC_WINDOW;
    o.window = 2;
    assert_int_equal(vb_agg_new_with(&win2, m, &o, &err), VB_OK);
    o.window = 5;
    assert_int_equal(vb_agg_new_with(&win5, m, &o, &err), VB_OK);
    for (size_t i = 0; i < 3; i++) {
        const vb_doc *doc;
        assert_int_equal(vb_tagger_run(t, texts[i], strlen(texts[i]), &doc, &err), VB_OK);
        assert_int_equal(vb_agg_add(sent, doc), VB_OK);
        assert_int_equal(vb_agg_add(win2, doc), VB_OK);
        assert_int_equal(vb_agg_add(win5, doc), VB_OK);
    }
    uint64_t units;
    /* sentences: 2 + 1 + 1; wait+staff share one sentence (the second text) */
    assert_int_equal(vb_agg_pair_units(sent, WAIT, STAFF, &units), 1);
    assert_int_equal(units, 4);
    assert_int_equal(vb_agg_pair_units(sent, STAFF, STAFF, &units), 2);
    assert_int_equal(vb_agg_pair_units(sent, RUDE, STAFF, &units), 2); /* rude rolls up */
    assert_int_equal(vb_agg_pair_units(sent, PRICE, PRICE, &units), 1);
    /* windows (token positions, punctuation included): text 2 has staff at 1 and wait at
     * 5, 4 apart; text 1 has rude at 3 and wait at 9, 6 apart across the full stop */
    assert_int_equal(vb_agg_pair_units(win2, WAIT, STAFF, &units), 0);
    assert_int_equal(units, 3);
    assert_int_equal(vb_agg_pair_units(win5, WAIT, STAFF, &units), 1);
    assert_int_equal(vb_agg_pair_units(win5, WAIT, WAIT, &units), 2);
    /* the document level is unchanged */
    assert_int_equal(vb_agg_pair_docs(win5, WAIT, STAFF), 2);
    vb_agg_free(sent);
    vb_agg_free(win2);
    vb_agg_free(win5);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

static const vb_term *term(const vb_agg *a, const char *key)
{
    for (size_t i = 0; i < a->nterms; i++)
        if (a->terms[i].len == strlen(key) && !memcmp(a->terms[i].key, key, a->terms[i].len))
            return &a->terms[i];
    return NULL;
}

static void terms_counted(void **state)
{
    (void)state;
    vb_matcher *m = matcher();
    vb_tagger *t;
    vb_error err;
    assert_int_equal(vb_tagger_new(&t, m, &err), VB_OK);
    vb_agg_opts o;
    vb_agg_opts_init(&o);
    o.terms = 1;
    vb_agg *a;
    assert_int_equal(vb_agg_new_with(&a, m, &o, &err), VB_OK);
    static const char *texts[] = {
        "Waited on hold, on hold again. Hold music!",
        "I waited on hold for the staff",
    };
    for (size_t i = 0; i < 2; i++) {
        const vb_doc *doc;
        assert_int_equal(vb_tagger_run(t, texts[i], strlen(texts[i]), &doc, &err), VB_OK);
        assert_int_equal(vb_agg_add(a, doc), VB_OK);
    }
    const vb_term *x;
    assert_non_null(x = term(a, "whold"));
    assert_int_equal(x->hits, 4);
    assert_int_equal(x->docs, 2);
    assert_non_null(x = term(a, "swait")); /* waited -> wait */
    assert_int_equal(x->docs, 2);
    assert_null(term(a, "won"));       /* a stopword is not a term */
    assert_null(term(a, "2on hold"));  /* a phrase does not start with a stopword */
    assert_non_null(x = term(a, "3waited on hold"));
    assert_int_equal(x->docs, 2);
    assert_null(term(a, "2hold on"));     /* the comma breaks the run */
    assert_null(term(a, "2again hold"));  /* so does the sentence end */
    assert_non_null(x = term(a, "2hold music"));
    assert_int_equal(x->hits, 1);
    assert_null(term(a, "3hold for the")); /* ends with a stopword */
    /* word x theme: "hold" and "music" come with wait (matched by wait*) in text 1; "staff"
     * is matched in text 2, so it is not counted with the staff theme */
    char key[64];
    key[0] = 'x';
    key[1] = WAIT, key[2] = key[3] = key[4] = 0;
    memcpy(key + 5, "hold", 4);
    const vb_term *hold = NULL, *waited = NULL, *staff = NULL;
    for (size_t i = 0; i < a->nterms; i++) {
        const vb_term *u = &a->terms[i];
        if (u->len == 9 && !memcmp(u->key, key, 9))
            hold = u;
        if (u->len == 11 && !memcmp(u->key, key, 5) && !memcmp(u->key + 5, "waited", 6))
            waited = u;
        if (u->len == 10 && u->key[0] == 'x' && u->key[1] == STAFF && !memcmp(u->key + 5, "staff", 5))
            staff = u;
    }
    assert_non_null(hold);
    assert_int_equal(hold->docs, 2); /* both texts have wait and hold */
    assert_int_equal(hold->hits, 4);
    assert_null(waited); /* matched by wait*: an entry, not a co-word */
    assert_null(staff);
    vb_agg_free(a);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

static void skip_empty(void **state)
{
    (void)state;
    vb_matcher *m = matcher();
    vb_tagger *t;
    vb_error err;
    assert_int_equal(vb_tagger_new(&t, m, &err), VB_OK);
    vb_agg_opts o;
    vb_agg_opts_init(&o);
    o.skip_empty = 1;
    o.nsegments = 1;
    vb_agg *a;
    assert_int_equal(vb_agg_new_with(&a, m, &o, &err), VB_OK);
    add_range(a, t, 0, NDOCS);
    const vb_doc *doc;
    assert_int_equal(vb_tagger_run(t, " \t\n", 3, &doc, &err), VB_OK); /* blank: empty too */
    assert_int_equal(vb_agg_add(a, doc), VB_OK);
    assert_int_equal(vb_agg_docs(a), 7); /* 8, less the empty one */
    assert_int_equal(vb_agg_docs_empty(a), 2);
    uint64_t cells = 0;
    for (size_t c = 0; c < a->ncells; c++)
        cells += a->cells[c].docs;
    assert_int_equal(cells, 7);
    vb_agg_free(a);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

static void coverage_counts(void **state)
{
    (void)state;
    vb_matcher *m = matcher();
    vb_tagger *t;
    vb_error err;
    assert_int_equal(vb_tagger_new(&t, m, &err), VB_OK);
    vb_agg_opts o;
    vb_agg_opts_init(&o);
    o.coverage = 1;
    vb_agg *a;
    assert_int_equal(vb_agg_new_with(&a, m, &o, &err), VB_OK);
    add_range(a, t, 0, NDOCS);
    /* entries: 0 wait*, 1 queue, 2 staff, 3 rude, 4 expensive (docs of the test set) */
    uint64_t want[] = { 2, 2, 3, 3, 2 };
    for (size_t e = 0; e < 5; e++)
        assert_int_equal(a->entry_docs[e], want[e]);
    /* "nothing to say" matched nothing: its words are counted for the misses */
    assert_non_null(term(a, "unothing"));
    assert_null(term(a, "urude"));
    vb_agg_free(a);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

static void sentiment_scores_and_merges(void **state)
{
    (void)state;
    vb_matcher *m = matcher();
    vb_tagger *t;
    vb_error err;
    assert_int_equal(vb_tagger_new(&t, m, &err), VB_OK);
    static const char list[] = "# test\ngood\t2\nrude\t-3\nlovely 3\n";
    vb_sentiment *s;
    assert_int_equal(vb_sentiment_parse(&s, list, sizeof list - 1, "s.tsv", NULL, NULL, NULL, &err),
                     VB_OK);
    assert_int_equal(vb_sentiment_count(s), 3);
    const vb_doc *doc;
    /* "staff were lovely" = 3: 3 / sqrt(9 + 15) */
    assert_int_equal(vb_tagger_run(t, "staff were lovely", 17, &doc, &err), VB_OK);
    double sent[4];
    assert_float_equal(vb_sentiment_score(s, doc, sent), 3 / sqrt(24.0), 1e-12);
    /* negated: "not good" counts -2; two sentences scored apart */
    assert_int_equal(vb_tagger_run(t, "Not good. Rude staff.", 21, &doc, &err), VB_OK);
    assert_float_equal(vb_sentiment_score(s, doc, sent), -5 / sqrt(40.0), 1e-12);
    assert_float_equal(sent[0], -2 / sqrt(19.0), 1e-12);
    assert_float_equal(sent[1], -3 / sqrt(24.0), 1e-12);
    /* merged halves equal the whole */
    vb_agg_opts o;
    vb_agg_opts_init(&o);
    o.examples = 0;
    o.sentiment = s;
    vb_agg *whole, *x, *y;
    assert_int_equal(vb_agg_new_with(&whole, m, &o, &err), VB_OK);
    assert_int_equal(vb_agg_new_with(&x, m, &o, &err), VB_OK);
    assert_int_equal(vb_agg_new_with(&y, m, &o, &err), VB_OK);
    add_range(whole, t, 0, NDOCS);
    add_range(x, t, 0, 3);
    add_range(y, t, 3, NDOCS);
    assert_int_equal(vb_agg_merge(x, y, &err), VB_OK);
    size_t l1, l2;
    char *b1 = save(whole, &l1), *b2 = save(x, &l2);
    assert_int_equal(l1, l2);
    assert_memory_equal(b1, b2, l1);
    assert_int_equal(whole->sent_docs, NDOCS);
    assert_true(whole->th_sent_sum[STAFF] < 0); /* rude staff, rude staff... */
    free(b1);
    free(b2);
    /* a list with errors: every one located */
    static const char bad[] = "good\tx\nvery good\t2\n\nrude\n";
    vb_sentiment *s2;
    assert_int_equal(vb_sentiment_parse(&s2, bad, sizeof bad - 1, "b.tsv", NULL, NULL, NULL, &err),
                     VB_ESYNTAX);
    assert_int_equal(err.line, 1);
    vb_agg_free(whole);
    vb_agg_free(x);
    vb_agg_free(y);
    vb_sentiment_free(s);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(counts),
        cmocka_unit_test(merge_equals_whole),
        cmocka_unit_test(merge_rejects_other_lexicon),
        cmocka_unit_test(empty_agg_has_no_nan),
        cmocka_unit_test(full_counts),
        cmocka_unit_test_prestate(full_merge_is_byte_identical, (void *)(intptr_t)0),
        cmocka_unit_test_prestate(full_merge_is_byte_identical, (void *)(intptr_t)1),
        cmocka_unit_test_prestate(full_merge_is_byte_identical, (void *)(intptr_t)2),
        cmocka_unit_test(state_round_trip_and_damage),
        cmocka_unit_test(merge_names_what_differs),
        cmocka_unit_test(statistics),
        cmocka_unit_test(cooc_levels),
        cmocka_unit_test(terms_counted),
        cmocka_unit_test(skip_empty),
        cmocka_unit_test(coverage_counts),
        cmocka_unit_test(sentiment_scores_and_merges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
