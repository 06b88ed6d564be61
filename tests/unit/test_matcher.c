/* Matcher and tagger: each entry kind, phrase boundaries, roll-up, evidence spans. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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


/* ---- rules ---- */

static void regex_matches_the_normalized_sentence(void **state)
{
    (void)state;
    fixture f = compile("[wait]\n/\\bwait(ed|ing)? (for )?\\d+ (min|hour)s?\\b/\n"
                        "[price]\n/\\$ ?\\d+/\n[x]\n/WAIT/\n",
                        NULL);
    /* the regex sees "i waited  for 45 min..." as "i waited for 45 min": tokens normalized
     * (case folded), one space where the text had any gap; a match counts the tokens it
     * touches, so its span is theirs in the original text */
    const char *text = "I WAITED   for 45 mins, then waiting 2 hours. It cost $ 30!";
    const vb_doc *doc = tag(&f, text);
    /* by start, longer spans first: [wait] and [x] both match */
    assert_string_equal(evidence(doc, text),
                        "WAITED   for 45 mins|WAITED|waiting 2 hours|waiting|$ 30");
    assert_int_equal(doc->nlimited, 0);
    /* the sentence ends the match: nothing spans "hours. It" */
    release(&f);
    f = compile("[a]\n/wait/\n", NULL);
    text = "Waiting. Awaited: wait!";
    doc = tag(&f, text);
    assert_string_equal(evidence(doc, text), "Waiting|Awaited|wait"); /* widened to tokens */
    release(&f);
}

static void regex_limit_is_reported_and_the_rest_counts(void **state)
{
    (void)state;
    fixture f = compile("[a]\n/(a|aa)+$/\n/(x|xx)+y/\nfoo\n", NULL);
    char text[200];
    memset(text, 'a', 80);
    strcpy(text + 80, "b foo. xxxxy foo");
    const vb_doc *doc = tag(&f, text);
    assert_int_equal(doc->nlimited, 1);
    assert_int_equal(doc->limited[0], 0);
    assert_string_equal(evidence(doc, text), "foo|xxxxy|foo");
    /* the next document starts clean */
    doc = tag(&f, "foo xy");
    assert_int_equal(doc->nlimited, 0);
    assert_int_equal(doc->nhits, 2);
    release(&f);
}

static void exclusions(void **state)
{
    (void)state;
    fixture f = compile("[p]\npurpose -\"on purpose\"\n[q]\npurpose -/0 \"on purpose\"\n"
                        "[r]\npurpose -/2 \"lack\"\n[s]\nservic* -\"=services\"\n",
                        NULL);
    const char *text = "On purpose I chose it for its purpose. Its purpose was clear.";
    const vb_doc *doc = tag(&f, text);
    /* p: the first sentence has "on purpose": both of its hits go; the second stays.
     * q: only the hit inside "on purpose" goes. r: no "lack" */
    assert_int_equal(doc->nthemes, 3);
    assert_int_equal(doc->themes[0].hits, 1);
    assert_int_equal(doc->themes[1].hits, 2);
    assert_int_equal(doc->themes[2].hits, 3);
    text = "A lack of real purpose. Purpose, we lack it badly. Purpose is what we lack.";
    doc = tag(&f, text);
    /* r: "lack of real purpose" (2 words between: distance 3) stays; "Purpose, we lack" is
     * 2 words away (distance 2): excluded; "Purpose is what we lack": distance 4 */
    assert_int_equal(doc->nthemes, 3);
    assert_int_equal(doc->themes[2].theme, 2);
    assert_int_equal(doc->themes[2].hits, 2);
    /* anywhere in the sentence: "services" excludes both hits of its sentence */
    text = "Great service. The service desk has services.";
    doc = tag(&f, text);
    assert_int_equal(doc->nthemes, 1);
    assert_int_equal(doc->themes[0].hits, 1);
    release(&f);
}

static void proximity(void **state)
{
    (void)state;
    fixture f = compile("[n]\nmanager NEAR/3 listen\n[b]\nmanager BEFORE/3 listen\n"
                        "[p]\n\"senior leader\" NEAR/2 visib*\n",
                        NULL);
    const char *text = "The manager did not listen. They listen to no manager. "
                       "A manager, then many words, and finally listen. Manager listen.";
    const vb_doc *doc = tag(&f, text);
    assert_string_equal(evidence(doc, text),
                        "manager did not listen|manager did not listen|listen to no manager|"
                        "Manager listen|Manager listen");
    assert_int_equal(doc->themes[0].hits, 3); /* n */
    assert_int_equal(doc->themes[1].hits, 2); /* b: only manager before listen */
    text = "Our senior leaders were visible. Visibility of senior leaders: none. Visibility "
           "of our senior leader? No.";
    doc = tag(&f, text);
    assert_string_equal(evidence(doc, text), "senior leaders were visible|"
                                             "Visibility of senior leaders");
    /* not across sentences */
    doc = tag(&f, "The manager left. Listen!");
    assert_int_equal(doc->nhits, 0);
    release(&f);
}

static void weights_make_a_score(void **state)
{
    (void)state;
    fixture f = compile("[lead]\nleader ^2.5\nboss\n[lead/exec]\n=ceo ^0.5\n", NULL);
    const vb_doc *doc = tag(&f, "The leader, the boss, the CEO and another leader.");
    assert_int_equal(doc->nthemes, 2);
    assert_int_equal(doc->themes[0].hits, 4);
    assert_true(doc->themes[0].score == 2.5 + 1 + 0.5 + 2.5); /* rolled up like hits */
    assert_int_equal(doc->themes[1].hits, 1);
    assert_true(doc->themes[1].score == 0.5);
    release(&f);
}

static const char *overlap_lex[2] = {
    "[svc]\n@overlap longest\n\"customer service\"\n\"service desk team\"\nservice\n"
    "[first]\n@overlap first\n\"customer service\"\n\"service desk team\"\nservice\n"
    "[all]\n\"customer service\"\nservice\n",
    /* the same entries in another order: the same hits */
    "[all]\nservice\n\"customer service\"\n"
    "[first]\n@overlap first\nservice\n\"service desk team\"\n\"customer service\"\n"
    "[svc]\n@overlap longest\nservice\n\"service desk team\"\n\"customer service\"\n",
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(a, b);
}

static void overlap_policies(void **state)
{
    (void)state;
    const char *text = "The customer service desk team was great; customer service is fine.";
    char got[2][1024];
    char items[2][16][64];
    for (int k = 0; k < 2; k++) {
        fixture f = compile(overlap_lex[k], NULL);
        const vb_doc *doc = tag(&f, text);
        size_t n = 0;
        got[k][0] = '\0';
        const vb_lexicon *lex = vb_matcher_lexicon(f.m);
        assert_true(doc->nhits <= 16);
        /* hits of equal spans are listed by entry number: compare them as a set */
        for (size_t i = 0; i < doc->nhits; i++) {
            vb_theme_info th;
            vb_lexicon_theme(lex, doc->hits[i].theme, &th);
            snprintf(items[k][i], sizeof items[k][i], "%zu %s:%.*s;", doc->hits[i].start,
                     th.path, (int)(doc->hits[i].end - doc->hits[i].start),
                     text + doc->hits[i].start);
        }
        qsort(items[k], doc->nhits, sizeof items[k][0], cmp_str);
        for (size_t i = 0; i < doc->nhits; i++)
            n += (size_t)snprintf(got[k] + n, sizeof got[k] - n, "%s", items[k][i]);
        release(&f);
    }
    /* longest: "service desk team" (3 words) beats "customer service"; first: the leftmost
     * "customer service" wins; all: every hit */
    assert_string_equal(got[0], got[1]);
    const char *want_svc = "svc:service desk team;";
    assert_non_null(strstr(got[0], want_svc));
    assert_non_null(strstr(got[0], "first:customer service;"));
    assert_null(strstr(got[0], "first:service desk team;"));
    assert_null(strstr(got[0], "4 svc:customer service;"));
    assert_non_null(strstr(got[0], "all:customer service;"));
    /* each theme: one hit per mention in the second clause too */
    fixture f = compile(overlap_lex[0], NULL);
    const vb_doc *doc = tag(&f, text);
    assert_int_equal(doc->nthemes, 3);
    assert_int_equal(doc->themes[0].hits, 2); /* svc: "service desk team", "customer service" */
    assert_int_equal(doc->themes[1].hits, 2); /* first */
    assert_int_equal(doc->themes[2].hits, 4); /* all: 2 phrases + 2 words */
    release(&f);
}

static void lint_rules(void **state)
{
    (void)state;
    static const char src[] = "[a]\n\"of the\"\n/a*/\n/wait(ed)?/\npurpose -\"purpose\"\n"
                              "purpose -/0 \"on time\"\npurpose -/0 \"on purpose\"\n"
                              "leader -\"bad\" -\"bad\"\n\"on purpose\" -\"purpose\"\n";
    vb_lexicon *lex;
    vb_matcher *m;
    vb_error err;
    assert_int_equal(vb_lexicon_parse(&lex, src, sizeof src - 1, "l.lex", 0, 0, &err), VB_OK);
    assert_int_equal(vb_matcher_compile(&m, lex, NULL, NULL, NULL, &err), VB_OK);
    vb_lexicon_free(lex);
    size_t lines[16], n = 0;
    assert_int_equal(vb_lexicon_lint(m, collect_line, &(struct lines){ lines, &n }), 6);
    /* stopwords only (2), empty regex (3), excluded by itself (5), -/0 that never applies
     * (6), repeated exclusion (8), a phrase excluding its own word (9) */
    size_t want[] = { 2, 3, 5, 6, 8, 9 };
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(lines[i], want[i]);
    vb_matcher_free(m);
}

typedef struct thread_arg {
    const vb_matcher *m;
    char out[4096];
} thread_arg;

static void *tag_many(void *p)
{
    thread_arg *a = p;
    vb_tagger *t;
    vb_error err;
    if (vb_tagger_new(&t, a->m, &err) != VB_OK)
        return NULL;
    size_t n = 0;
    for (int i = 0; i < 2000; i++) {
        char text[200];
        snprintf(text, sizeof text, "I waited %d minutes; the manager did not listen. On "
                                    "purpose? purpose %d",
                 i, i);
        const vb_doc *doc;
        if (vb_tagger_run(t, text, strlen(text), &doc, &err) != VB_OK)
            break;
        if (i % 400 == 0)
            n += (size_t)snprintf(a->out + n, sizeof a->out - n, "%zu/%zu/%g ", doc->nhits,
                                  doc->nthemes, doc->nthemes ? doc->themes[0].score : 0.0);
    }
    vb_tagger_free(t);
    return NULL;
}

static void rules_are_thread_safe(void **state)
{
    (void)state;
    fixture f = compile("[w]\n/waited \\d+ min/ ^2\n[m]\nmanager NEAR/3 listen\n"
                        "[p]\n@overlap longest\npurpose -\"on purpose\"\n\"on purpose\"\n",
                        NULL);
    thread_arg a[3] = { { f.m, "" }, { f.m, "" }, { f.m, "" } };
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        assert_int_equal(pthread_create(&th[i], NULL, tag_many, &a[i]), 0);
    tag_many(&a[2]);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    assert_string_equal(a[0].out, a[2].out);
    assert_string_equal(a[1].out, a[2].out);
    assert_non_null(strstr(a[2].out, "4/3/2 "));
    release(&f);
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
        cmocka_unit_test(regex_matches_the_normalized_sentence),
        cmocka_unit_test(regex_limit_is_reported_and_the_rest_counts),
        cmocka_unit_test(exclusions),
        cmocka_unit_test(proximity),
        cmocka_unit_test(weights_make_a_score),
        cmocka_unit_test(overlap_policies),
        cmocka_unit_test(lint_rules),
        cmocka_unit_test(rules_are_thread_safe),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
