/* Aggregators: counts, co-occurrence measures, and merge == whole. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "verbatim.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(counts),
        cmocka_unit_test(merge_equals_whole),
        cmocka_unit_test(merge_rejects_other_lexicon),
        cmocka_unit_test(empty_agg_has_no_nan),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
