/* Matcher and tagger: each entry kind, phrase boundaries, roll-up, evidence spans. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "verbatim.h"

typedef struct fixture {
    vb_matcher *m;
    vb_tagger *t;
} fixture;

static fixture compile(const char *src, const char *lang)
{
    fixture f = { 0 };
    vb_lexicon *lex = NULL;
    vb_error err;
    if (vb_lexicon_parse(&lex, src, strlen(src), "t.lex", NULL, NULL, &err) != VB_OK)
        fail_msg("lexicon: %zu:%zu: %s", err.line, err.column, err.msg);
    vb_analyzer_opts o;
    vb_analyzer_opts_init(&o);
    o.lang = lang;
    if (vb_matcher_compile(&f.m, lex, &o, NULL, NULL, &err) != VB_OK)
        fail_msg("compile: %s", err.msg);
    vb_lexicon_free(lex); /* the matcher keeps its own copy */
    assert_int_equal(vb_tagger_new(&f.t, f.m, &err), VB_OK);
    return f;
}

static void release(fixture *f)
{
    vb_tagger_free(f->t);
    vb_matcher_free(f->m);
}

static const vb_doc *tag(fixture *f, const char *text)
{
    const vb_doc *doc;
    vb_error err;
    assert_int_equal(vb_tagger_run(f->t, text, strlen(text), &doc, &err), VB_OK);
    return doc;
}

/* The matched texts of a document, joined by '|'. */
static const char *evidence(const vb_doc *doc, const char *text)
{
    static char buf[1024];
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < doc->nhits && n + 64 < sizeof buf; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%.*s", i ? "|" : "",
                              (int)(doc->hits[i].end - doc->hits[i].start),
                              text + doc->hits[i].start);
    return buf;
}

static void word_entries_match_by_stem(void **state)
{
    (void)state;
    fixture f = compile("[lead]\nleader\n", NULL);
    const char *text = "Our Leaders listen; the leader's door is open. Leadership? No.";
    const vb_doc *doc = tag(&f, text);
    assert_string_equal(evidence(doc, text), "Leaders|leader's");
    assert_int_equal(doc->hits[0].start, 4);
    assert_int_equal(doc->hits[0].end, 11);
    assert_int_equal(doc->nthemes, 1);
    assert_int_equal(doc->themes[0].hits, 2);
    release(&f);
}

static void exact_entries_ignore_stems(void **state)
{
    (void)state;
    fixture f = compile("[exec]\n=CEO\n", NULL);
    const char *text = "The ceo and the CEO met two CEOs.";
    assert_string_equal(evidence(tag(&f, text), text), "ceo|CEO");
    release(&f);
}

static void wildcards(void **state)
{
    (void)state;
    fixture f = compile("[w]\nmanag*\n*ware\norgani*ation\n", NULL);
    const char *text = "Management managed software; organisation and organization. manor";
    assert_string_equal(evidence(tag(&f, text), text),
                        "Management|managed|software|organisation|organization");
    release(&f);
}

static void phrases(void **state)
{
    (void)state;
    fixture f = compile("[hold]\n\"on hold\"\nfollow up\nwait time\n", NULL);
    const char *text = "I was ON HOLD, then a follow-up. Waiting times are long.";
    assert_string_equal(evidence(tag(&f, text), text), "ON HOLD|follow-up|Waiting times");
    /* not across a comma, a sentence end or a line break */
    const char *apart = "I had to wait, time passed. Wait. Time. Wait\ntime";
    assert_int_equal(tag(&f, apart)->nhits, 0);
    release(&f);
}

static void overlapping_phrases_all_count(void **state)
{
    (void)state;
    fixture f = compile("[a]\n\"customer service\"\n\"service team\"\nservice\n", NULL);
    const char *text = "customer service team";
    const vb_doc *doc = tag(&f, text);
    /* sorted by start, longer first at the same start */
    assert_string_equal(evidence(doc, text), "customer service|service team|service");
    assert_int_equal(doc->themes[0].hits, 3);
    release(&f);
}

static void hits_roll_up_to_parents(void **state)
{
    (void)state;
    fixture f = compile("[rel] Relationships\nrapport\n"
                        "[rel/customers] Customers\naccount manager\n"
                        "[rel/customers/vip]\n=vip\n"
                        "[other]\nprice\n",
                        NULL);
    const char *text = "My account manager built rapport with VIP clients.";
    const vb_doc *doc = tag(&f, text);
    assert_int_equal(doc->nhits, 3);
    assert_int_equal(doc->nthemes, 3); /* rel, rel/customers, rel/customers/vip */
    assert_int_equal(doc->themes[0].theme, 0);
    assert_int_equal(doc->themes[0].hits, 3);
    assert_int_equal(doc->themes[1].hits, 2);
    assert_int_equal(doc->themes[2].hits, 1);
    release(&f);
}

static void entries_are_analyzed_like_text(void **state)
{
    (void)state;
    /* typographic apostrophes, case and NFKC in the entry all meet the text's forms */
    fixture f = compile("[a]\n\"DON’T CARE\"\n=ﬁx\n", NULL);
    const char *text = "they don't care, no FIX";
    assert_string_equal(evidence(tag(&f, text), text), "don't care|FIX");
    release(&f);
}

static void german_entries_use_german_stems(void **state)
{
    (void)state;
    fixture f = compile("[kaffee]\nKaffee\n\"guter Geschmack\"\n", "de");
    const char *text = "Die Kaffees haben einen guten Geschmack.";
    assert_string_equal(evidence(tag(&f, text), text), "Kaffees|guten Geschmack");
    release(&f);
}

static void entry_without_words_is_an_error(void **state)
{
    (void)state;
    const char src[] = "[a]\nok\n\xE2\x80\x8D\xC2\xAD\n"; /* ZWJ + soft hyphen: ignorable */
    vb_lexicon *lex = NULL;
    vb_matcher *m = NULL;
    vb_error err;
    assert_int_equal(vb_lexicon_parse(&lex, src, sizeof src - 1, "t.lex", NULL, NULL, &err),
                     VB_OK);
    assert_int_equal(vb_matcher_compile(&m, lex, NULL, NULL, NULL, &err), VB_ESYNTAX);
    assert_null(m);
    assert_int_equal(err.line, 3);
    assert_string_equal(err.source, "t.lex");
    vb_lexicon_free(lex);
}

static void compiled_kinds(void **state)
{
    (void)state;
    fixture f = compile("[a]\nword\nfollow-up\n=x\nx*\n\"y z\"\n", NULL);
    assert_int_equal(vb_matcher_entry_kind(f.m, 0), VB_ENTRY_WORD);
    assert_int_equal(vb_matcher_entry_kind(f.m, 1), VB_ENTRY_PHRASE); /* two tokens */
    assert_int_equal(vb_matcher_entry_kind(f.m, 2), VB_ENTRY_EXACT);
    assert_int_equal(vb_matcher_entry_kind(f.m, 3), VB_ENTRY_WILDCARD);
    assert_int_equal(vb_matcher_entry_kind(f.m, 4), VB_ENTRY_PHRASE);
    release(&f);
}

static void same_results_whatever_the_order(void **state)
{
    (void)state;
    /* the cache must not make a document's result depend on what was tagged before */
    fixture f = compile("[a]\nwait*\n\"long wait\"\n[b]\nstaff\n", NULL);
    const char *x = "A long wait for staff.", *y = "Staff waited; waiting staff.";
    char first[1024];
    snprintf(first, sizeof first, "%s", evidence(tag(&f, x), x));
    tag(&f, y);
    assert_string_equal(evidence(tag(&f, x), x), first);
    assert_string_equal(first, "long wait|wait|staff");
    release(&f);
}

static void count_diag(const vb_error *e, void *payload)
{
    (void)e;
    ++*(size_t *)payload;
}

static void symbols_in_entries_are_errors_all_reported(void **state)
{
    (void)state;
    const char src[] = "[a]\nA+\n=c++\ne-mail\n24/7\nAT&T\n\xF0\x9F\x98\x80\nok\n";
    vb_lexicon *lex = NULL;
    vb_matcher *m = NULL;
    vb_error err;
    size_t n = 0;
    assert_int_equal(vb_lexicon_parse(&lex, src, sizeof src - 1, "t.lex", NULL, NULL, &err),
                     VB_OK);
    assert_int_equal(vb_matcher_compile(&m, lex, NULL, count_diag, &n, &err), VB_ESYNTAX);
    assert_null(m);
    assert_int_equal(n, 3); /* A+, c++ and the emoji; e-mail, 24/7 and AT&T are fine */
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 2);
    assert_non_null(strstr(err.msg, "'+' is not matched"));
    assert_non_null(strstr(err.msg, "and 2 more errors"));
    vb_lexicon_free(lex);
}

struct lines {
    size_t *at, *n;
};

static void collect_line(const vb_error *e, void *payload)
{
    struct lines *l = payload;
    l->at[(*l->n)++] = e->line;
}

static void lint_counts_what_it_should(void **state)
{
    (void)state;
    static const char src[] = "[a]\nleader\nleaders\nmanag*\nmanager\n=ceo\n=ceo\n"
                              "[a/b]\nmanager\n[c]\nleader\n\"wait time\"\n[d]\n\"waiting times\"\n";
    vb_lexicon *lex;
    vb_matcher *m;
    vb_error err;
    assert_int_equal(vb_lexicon_parse(&lex, src, sizeof src - 1, "l.lex", 0, 0, &err), VB_OK);
    assert_int_equal(vb_matcher_compile(&m, lex, NULL, NULL, NULL, &err), VB_OK);
    vb_lexicon_free(lex);
    size_t lines[16], n = 0;
    assert_int_equal(vb_lexicon_lint(m, collect_line, &(struct lines){ lines, &n }), 5);
    assert_int_equal(n, 5);
    /* leaders (3: same stem as leader), manager (5: under manag*), =ceo (7: repeated),
     * leader (11: also in [a]), "waiting times" (14: same stems as "wait time" in [c]);
     * manager in [a/b] is a sub-theme of [a]: no finding */
    size_t want[] = { 3, 5, 7, 11, 14 };
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(lines[i], want[i]);
    vb_matcher_free(m);
}

static const vb_doc *tag_with(vb_matcher **m, vb_tagger **t, unsigned flags, const char *src,
                              const char *text)
{
    vb_lexicon *lex;
    vb_error err;
    vb_analyzer_opts o;
    vb_analyzer_opts_init(&o);
    o.flags = flags;
    assert_int_equal(vb_lexicon_parse(&lex, src, strlen(src), "n.lex", 0, 0, &err), VB_OK);
    assert_int_equal(vb_matcher_compile(m, lex, &o, NULL, NULL, &err), VB_OK);
    vb_lexicon_free(lex);
    assert_int_equal(vb_tagger_new(t, *m, &err), VB_OK);
    const vb_doc *doc;
    assert_int_equal(vb_tagger_run(*t, text, strlen(text), &doc, &err), VB_OK);
    return doc;
}

static void negation_scope(void **state)
{
    (void)state;
    static const char lex[] = "[help]\nhelpful\n[staff]\nstaff\n[price]\nprice\n";
    /* negated: within 5 words after "not"/"n't"/"no", same clause; "but" and ',' end it */
    static const char text[] = "Staff were not very helpful, the price was fine. "
                               "I didn't find the staff helpful but the price was right. "
                               "No staff at all, price ok.";
    vb_matcher *m;
    vb_tagger *t;
    const vb_doc *d = tag_with(&m, &t, 0, lex, text);
    int want[] = { 0, 1, 0, 1, 1, 0, 1, 0 }; /* staff helpful price staff helpful price staff price */
    assert_int_equal(d->nhits, 8);
    for (size_t i = 0; i < 8; i++)
        assert_int_equal(d->hits[i].negated, want[i]);
    assert_int_equal(d->nthemes, 3);
    assert_int_equal(d->themes[0].negated, 2); /* help: both negated */
    assert_int_equal(d->themes[1].negated, 2); /* staff: the 2nd and 3rd */
    assert_int_equal(d->themes[2].negated, 0);
    vb_tagger_free(t);
    vb_matcher_free(m);
    d = tag_with(&m, &t, VB_MATCH_NEGATION_DROP, lex, text);
    assert_int_equal(d->nhits, 4);
    assert_int_equal(d->dropped, 4);
    assert_int_equal(d->nthemes, 2); /* help is gone: only negated mentions */
    vb_tagger_free(t);
    vb_matcher_free(m);
    d = tag_with(&m, &t, VB_MATCH_NEGATION_OFF, lex, text);
    assert_int_equal(d->nhits, 8);
    for (size_t i = 0; i < 8; i++)
        assert_int_equal(d->hits[i].negated, 0);
    vb_tagger_free(t);
    vb_matcher_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(negation_scope),
        cmocka_unit_test(lint_counts_what_it_should),
        cmocka_unit_test(word_entries_match_by_stem),
        cmocka_unit_test(exact_entries_ignore_stems),
        cmocka_unit_test(wildcards),
        cmocka_unit_test(phrases),
        cmocka_unit_test(overlapping_phrases_all_count),
        cmocka_unit_test(hits_roll_up_to_parents),
        cmocka_unit_test(entries_are_analyzed_like_text),
        cmocka_unit_test(german_entries_use_german_stems),
        cmocka_unit_test(entry_without_words_is_an_error),
        cmocka_unit_test(compiled_kinds),
        cmocka_unit_test(same_results_whatever_the_order),
        cmocka_unit_test(symbols_in_entries_are_errors_all_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
