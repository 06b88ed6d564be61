/* Writers: the report in CSV, JSON, table and HTML form, JSON escaping, the tag JSON Lines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "verbatim.h"

static const char lexicon[] = "[wait] Wait time\nwait*\n"
                              "[staff] Staff, people\nstaff\n"
                              "[staff/rude]\nrude\n"
                              "[price]\nexpensive\n";
static const char *docs[] = { "long wait, rude staff", "expensive wait", "rude", "n/a" };

typedef struct world {
    vb_matcher *m;
    vb_tagger *t;
    vb_agg *a;
} world;

static world make(void)
{
    world w;
    vb_lexicon *lex;
    vb_error err;
    assert_int_equal(vb_lexicon_parse(&lex, lexicon, sizeof lexicon - 1, "t.lex", 0, 0, &err), 0);
    assert_int_equal(vb_matcher_compile(&w.m, lex, NULL, NULL, NULL, &err), VB_OK);
    vb_lexicon_free(lex);
    assert_int_equal(vb_tagger_new(&w.t, w.m, &err), VB_OK);
    assert_int_equal(vb_agg_new(&w.a, w.m, &err), VB_OK);
    for (size_t i = 0; i < 4; i++) {
        const vb_doc *doc;
        assert_int_equal(vb_tagger_run(w.t, docs[i], strlen(docs[i]), &doc, &err), VB_OK);
        assert_int_equal(vb_agg_add(w.a, doc), VB_OK);
    }
    return w;
}

static void unmake(world *w)
{
    vb_agg_free(w->a);
    vb_tagger_free(w->t);
    vb_matcher_free(w->m);
}

static char *render(const vb_agg *a, const vb_report_opts *o)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    vb_error err;
    assert_int_equal(vb_report_write(f, a, o, &err), VB_OK);
    fclose(f);
    return buf;
}

static void csv_themes(void **state)
{
    (void)state;
    world w = make();
    vb_report_opts o;
    vb_report_opts_init(&o);
    o.format = VB_FORMAT_CSV;
    char *out = render(w.a, &o);
    /* tree order: top level by documents, children under their parent; ties by lexicon order */
    assert_string_equal(out, "theme,label,parent,depth,docs,share,hits,docs_negated,"
                             "docs_affirmed,hits_negated\n"
                             "wait,Wait time,,0,2,0.5000,2,0,2,0\n"
                             "staff,\"Staff, people\",,0,2,0.5000,3,0,2,0\n"
                             "staff/rude,,staff,1,2,0.5000,2,0,2,0\n"
                             "price,,,0,1,0.2500,1,0,1,0\n");
    free(out);
    o.csv_table = 1;
    out = render(w.a, &o);
    /* wait,price: lift 2, PMI log2(2) = 1, NPMI 1 / -log2(1/4) = 0.5; Fisher p = 1 */
    assert_string_equal(out, "theme_a,theme_b,both,docs_a,docs_b,jaccard,lift,pmi,npmi,p\n"
                             "wait,price,1,2,1,0.5000,2.0000,1.0000,0.5000,1\n"
                             "wait,staff,1,2,2,0.3333,1.0000,0.0000,0.0000,1\n"
                             "wait,staff/rude,1,2,2,0.3333,1.0000,0.0000,0.0000,1\n");
    free(out);
    unmake(&w);
}

static void json_report_parses(void **state)
{
    (void)state;
    world w = make();
    vb_report_opts o;
    vb_report_opts_init(&o);
    o.format = VB_FORMAT_JSON;
    o.title = "in \"quotes\"\n";
    vb_agg_note_rejected(w.a, 3);
    char *out = render(w.a, &o);
    json_error_t jerr;
    json_t *root = json_loads(out, 0, &jerr);
    if (!root)
        fail_msg("invalid JSON at %d:%d: %s\n%s", jerr.line, jerr.column, jerr.text, out);
    assert_string_equal(json_string_value(json_object_get(root, "title")), "in \"quotes\"\n");
    assert_int_equal(json_integer_value(json_object_get(root, "documents")), 4);
    assert_int_equal(json_integer_value(json_object_get(root, "matched")), 3);
    assert_int_equal(json_integer_value(json_object_get(root, "rejected")), 3);
    json_t *themes = json_object_get(root, "themes");
    assert_int_equal(json_array_size(themes), 4);
    json_t *rude = json_array_get(themes, 2);
    assert_string_equal(json_string_value(json_object_get(rude, "theme")), "staff/rude");
    assert_string_equal(json_string_value(json_object_get(rude, "parent")), "staff");
    assert_true(json_is_null(json_object_get(json_array_get(themes, 0), "parent")));
    assert_int_equal(json_array_size(json_object_get(root, "cooccurrence")), 3);
    json_decref(root);
    free(out);
    unmake(&w);
}

static void table_has_counts_and_pairs(void **state)
{
    (void)state;
    world w = make();
    vb_report_opts o;
    vb_report_opts_init(&o);
    o.title = "x.csv";
    o.min_pair = 1;
    char *out = render(w.a, &o);
    assert_non_null(strstr(out, "Themes: x.csv\n4 documents, 3 with at least one theme (75.0%)"));
    assert_non_null(strstr(out, "\n  rude "));
    assert_non_null(strstr(out, "       2   50.0%        3        0\n")); /* staff: docs, share,
                                                                        hits, negated */
    assert_non_null(strstr(out, "wait     price"));
    assert_null(strstr(out, "\033[")); /* no color unless asked */
    free(out);
    o.max_depth = 0;
    out = render(w.a, &o);
    assert_null(strstr(out, "rude"));
    free(out);
    unmake(&w);
}

static void json_strings_are_always_valid(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    const char s[] = "a\"b\\c\n\t\x01\xFF\xC3\xA9\xE2\x82"; /* quote, controls, bad UTF-8 */
    vb_json_write_string(f, s, sizeof s - 1);
    fclose(f);
    assert_string_equal(buf, "\"a\\\"b\\\\c\\n\\t\\u0001\\ufffd\xC3\xA9\\ufffd\"");
    json_t *v = json_loads(buf, JSON_DECODE_ANY, NULL);
    assert_non_null(v);
    json_decref(v);
    free(buf);
}

static void doc_jsonl_has_evidence(void **state)
{
    (void)state;
    world w = make();
    const char text[] = "Rude staff.";
    const vb_doc *doc;
    vb_error err;
    assert_int_equal(vb_tagger_run(w.t, text, sizeof text - 1, &doc, &err), VB_OK);
    vb_record rec;
    memset(&rec, 0, sizeof rec);
    rec.id.ptr = "R1";
    rec.id.len = 2;
    rec.source = "x.csv";
    rec.line = 7;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_int_equal(vb_doc_write_jsonl(f, w.m, &rec, text, sizeof text - 1, doc, &err), VB_OK);
    fclose(f);
    assert_string_equal(
        buf, "{\"id\":\"R1\",\"source\":\"x.csv\",\"line\":7,\"themes\":[{\"theme\":\"staff\","
             "\"hits\":2,\"negated\":0,\"score\":2},{\"theme\":\"staff/rude\",\"hits\":1,"
             "\"negated\":0,\"score\":1}],"
             "\"evidence\":[{\"theme\":\"staff/rude\",\"entry\":\"rude\",\"kind\":\"word\","
             "\"lexicon\":\"t.lex:6\",\"start\":0,\"end\":4,\"negated\":false,\"weight\":1,"
             "\"text\":\"Rude\"},"
             "{\"theme\":\"staff\",\"entry\":\"staff\",\"kind\":\"word\",\"lexicon\":\"t.lex:4\","
             "\"start\":5,\"end\":10,\"negated\":false,\"weight\":1,\"text\":\"staff\"}]}\n");
    free(buf);
    unmake(&w);
}

static void write_error_is_reported(void **state)
{
    (void)state;
    world w = make();
    FILE *f = fopen("/dev/full", "w");
    if (!f)
        skip();
    vb_error err;
    vb_report_opts o;
    vb_report_opts_init(&o);
    assert_int_equal(vb_report_write(f, w.a, &o, &err), VB_EIO);
    fclose(f);
    unmake(&w);
}

static char *render_html(const vb_agg *a, const char *title)
{
    vb_report_opts o;
    vb_report_opts_init(&o);
    o.format = VB_FORMAT_HTML;
    o.title = title;
    return render(a, &o);
}

static void html_without_periods_or_segments(void **state)
{
    (void)state;
    world w = make();
    char *out = render_html(w.a, NULL);
    assert_int_equal(strncmp(out, "<!doctype html>\n", 16), 0);
    assert_non_null(strstr(out, "<meta name=\"viewport\""));
    assert_non_null(strstr(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-themes\""));
    assert_non_null(strstr(out, "id=\"chart-cooc\""));
    assert_non_null(strstr(out, "role=\"img\" aria-label=\""));
    assert_null(strstr(out, "chart-trends")); /* no --by, no --segment, no score */
    assert_null(strstr(out, "chart-segments"));
    assert_null(strstr(out, "chart-drivers"));
    assert_non_null(strstr(out, "50.0%")); /* shares as the table writes them */
    assert_null(strstr(out, "<script"));
    assert_string_equal(out + strlen(out) - 8, "</html>\n");
    free(out);
    unmake(&w);
}

/* Periods, a segment and a score: every chart; text from data escaped; same bytes twice. */
static void html_has_every_chart_and_escapes(void **state)
{
    (void)state;
    static const char lex_src[] = "[wait] <script>alert(1)</script> & 'co'\nwait*\n"
                                  "[staff] Staff\nstaff\n[price] Price\nexpensive\n";
    static const struct {
        const char *text, *date, *region;
        double nps;
    } recs[] = {
        { "long wait <b>again</b>", "2024-01-03", "North", 2 },
        { "wait and rude staff", "2024-01-20", "South", 4 },
        { "expensive", "2024-02-02", "North", 9 },
        { "staff were great", "2024-02-11", "South", 10 },
        { "wait, expensive \xFF", "2024-03-05", "North", 6 },
        { "n/a", "2024-03-09", "South", 8 },
    };
    vb_lexicon *lex;
    vb_matcher *m;
    vb_tagger *t;
    vb_agg *a;
    vb_error err;
    assert_int_equal(vb_lexicon_parse(&lex, lex_src, sizeof lex_src - 1, "t.lex", 0, 0, &err),
                     0);
    assert_int_equal(vb_matcher_compile(&m, lex, NULL, NULL, NULL, &err), VB_OK);
    vb_lexicon_free(lex);
    assert_int_equal(vb_tagger_new(&t, m, &err), VB_OK);
    vb_agg_opts ao;
    vb_agg_opts_init(&ao);
    ao.period = VB_PERIOD_MONTH;
    ao.nsegments = 1;
    ao.segment_names[0] = "region";
    ao.score = VB_SCORE_NPS;
    ao.score_name = "nps";
    assert_int_equal(vb_agg_new_with(&a, m, &ao, &err), VB_OK);
    for (size_t i = 0; i < sizeof recs / sizeof recs[0]; i++) {
        const vb_doc *doc;
        vb_agg_meta meta;
        memset(&meta, 0, sizeof meta);
        char id[8];
        snprintf(id, sizeof id, "r%zu", i);
        meta.id = id;
        meta.id_len = strlen(id);
        meta.text = recs[i].text;
        meta.text_len = strlen(recs[i].text);
        meta.dated = 1;
        assert_int_equal(vb_date_parse(recs[i].date, 10, NULL, 0, &meta.day), VB_OK);
        meta.segment[0] = recs[i].region;
        meta.segment_len[0] = strlen(recs[i].region);
        meta.has_score = 1;
        meta.score = recs[i].nps;
        assert_int_equal(vb_tagger_run(t, meta.text, meta.text_len, &doc, &err), VB_OK);
        assert_int_equal(vb_agg_add_record(a, &meta, doc), VB_OK);
    }
    char *out = render_html(a, "Q1 <draft> & \"final\" \xC3");
    assert_int_equal(strncmp(out, "<!doctype html>\n", 16), 0);
    const char *ids[] = { "chart-themes", "chart-cooc", "chart-trends", "chart-segments",
                          "chart-drivers" };
    for (size_t i = 0; i < 5; i++) {
        char want[64];
        snprintf(want, sizeof want, "id=\"%s\"", ids[i]);
        if (!strstr(out, want))
            fail_msg("no %s in the page", want);
    }
    assert_non_null(strstr(out, "class=\"chart chart-trend\""));
    assert_non_null(strstr(out, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;co&#39;"));
    assert_null(strstr(out, "<script"));
    assert_non_null(strstr(out, "<title>Themes: Q1 &lt;draft&gt; &amp; &quot;final&quot; "
                                "\xEF\xBF\xBD</title>"));
    assert_non_null(strstr(out, "long <mark>wait</mark> &lt;b&gt;again&lt;/b&gt;"));
    assert_non_null(strstr(out, "<mark>expensive</mark> \xEF\xBF\xBD")); /* invalid UTF-8 */
    assert_null(strstr(out, "\xFF"));
    char *again = render_html(a, "Q1 <draft> & \"final\" \xC3");
    assert_string_equal(out, again);
    free(again);
    free(out);
    vb_agg_free(a);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(csv_themes),
        cmocka_unit_test(json_report_parses),
        cmocka_unit_test(table_has_counts_and_pairs),
        cmocka_unit_test(json_strings_are_always_valid),
        cmocka_unit_test(doc_jsonl_has_evidence),
        cmocka_unit_test(write_error_is_reported),
        cmocka_unit_test(html_without_periods_or_segments),
        cmocka_unit_test(html_has_every_chart_and_escapes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
