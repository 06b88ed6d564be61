/* (c) arbitrary lexicon text: parse, write back as native text and parse again (the same
 * entries), compile (English), lint, tag a fixed text. Seeds hold every entry kind and
 * rule: regexes, NEAR/BEFORE, exclusions, weights, @overlap. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verbatim/lexicon.h"
#include "verbatim/report.h"

#include "fuzz_checks.h"

static const char text[] =
    "The wait time was too long: I waited 45 minutes on hold, then the agent hung up!\n"
    "Refunds? Never got my refund. Staff were rude, the manager didn't care. Follow-up "
    "email never came... Price is $9.99 - too expensive. Café naïve ﬁne ÉTÉ don’t ⓘ 😀👍🏽.\n"
    "On purpose, the manager did not listen; the customer service desk team waited for 2 "
    "hours. aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab";

static size_t ndiag;
static void finding(const vb_error *e, void *p)
{
    (void)p;
    CHECK(e->code == VB_OK && e->line > 0);
    CHECK(strlen(e->msg) < sizeof e->msg);
}

static void diag(const vb_error *e, void *p)
{
    (void)p;
    CHECK(e->code == VB_ESYNTAX);
    CHECK(strlen(e->msg) < sizeof e->msg);
    ndiag++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *src = malloc(size ? size : 1);
    memcpy(src, data, size);
    vb_lexicon *lex = NULL;
    vb_error err;
    vb_error_clear(&err);
    ndiag = 0;
    int rc = vb_lexicon_parse(&lex, src, size, "fuzz.lex", diag, NULL, &err);
    if (rc != VB_OK) {
        CHECK(lex == NULL);
        CHECK(rc == VB_ESYNTAX);
        CHECK(ndiag >= 1);
        free(src);
        return 0;
    }
    size_t nt = vb_lexicon_theme_count(lex), ne = vb_lexicon_entry_count(lex);
    CHECK(ne > 0 && nt > 0);
    for (size_t i = 0; i < nt; i++) {
        vb_theme_info th;
        vb_lexicon_theme(lex, i, &th);
        CHECK(th.path && th.label);
        CHECK(th.parent < (int)nt);
        if (th.parent >= 0) {
            vb_theme_info p;
            vb_lexicon_theme(lex, (size_t)th.parent, &p);
            CHECK(th.depth == p.depth + 1);
            CHECK(strncmp(th.path, p.path, strlen(p.path)) == 0);
        } else
            CHECK(th.depth == 0);
    }
    for (size_t i = 0; i < ne; i++) {
        vb_entry_info e;
        vb_lexicon_entry(lex, i, &e);
        CHECK(e.theme >= 0 && (size_t)e.theme < nt);
        CHECK(e.text && e.kind >= 0 && e.kind <= VB_ENTRY_BEFORE);
        CHECK(e.weight >= 0 && e.weight <= 1e6);
        CHECK((e.kind == VB_ENTRY_NEAR || e.kind == VB_ENTRY_BEFORE) == (e.distance > 0));
    }
    /* the native text reads back as the same lexicon */
    vb_lexicon *back = reparse_native(lex);
    /* the native text writes a re-opened theme's entries in one block: theme by theme */
    size_t k = 0;
    for (size_t th = 0; th < nt; th++)
        for (size_t i = 0; i < ne; i++) {
            vb_entry_info e;
            vb_lexicon_entry(lex, i, &e);
            if ((size_t)e.theme != th)
                continue;
            char a[2048], b[2048];
            vb_lexicon_entry_format(lex, i, a, sizeof a);
            vb_lexicon_entry_format(back, k++, b, sizeof b);
            CHECK(strcmp(a, b) == 0);
        }
    for (size_t i = 0; i < nt; i++) {
        vb_theme_info x, y;
        vb_lexicon_theme(lex, i, &x);
        vb_lexicon_theme(back, i, &y);
        CHECK(strcmp(x.path, y.path) == 0 && x.overlap == y.overlap);
    }
    vb_lexicon_free(back);
    vb_matcher *m = NULL;
    vb_analyzer_opts ao;
    vb_analyzer_opts_init(&ao);
    rc = vb_matcher_compile(&m, lex, &ao, diag, NULL, &err);
    vb_lexicon_free(lex);
    if (rc != VB_OK) {
        CHECK(m == NULL);
        if (rc == VB_ENOMEM) {
            fprintf(stderr, "compile says out of memory: %s\n", err.msg);
            abort();
        }
        CHECK(rc == VB_ESYNTAX || rc == VB_EINVAL);
        free(src);
        return 0;
    }
    CHECK(vb_lexicon_lint(m, finding, NULL) >= 0);
    vb_tagger *t;
    CHECK(vb_tagger_new(&t, m, &err) == VB_OK);
    vb_agg *a;
    CHECK(vb_agg_new(&a, m, &err) == VB_OK);
    for (int round = 0; round < 2; round++) {
        const vb_doc *d;
        size_t len = sizeof text - 1;
        CHECK(vb_tagger_run(t, text, len, &d, &err) == VB_OK);
        check_doc(d, len, ne, nt);
        for (size_t i = 0; i < d->nlimited; i++)
            CHECK(d->limited[i] < ne && (!i || d->limited[i - 1] < d->limited[i]));
        for (size_t i = 0; i < d->nthemes; i++)
            CHECK(d->themes[i].score >= 0);
        CHECK(vb_agg_add(a, d) == VB_OK);
    }
    FILE *f = fopen("/dev/null", "w");
    vb_report_opts ro;
    vb_report_opts_init(&ro);
    for (int fmt = 0; fmt < 3; fmt++) {
        ro.format = (vb_format)fmt;
        ro.all_themes = 1;
        CHECK(vb_report_write(f, a, &ro, &err) == VB_OK);
    }
    fclose(f);
    vb_agg_free(a);
    vb_tagger_free(t);
    vb_matcher_free(m);
    free(src);
    return 0;
}
