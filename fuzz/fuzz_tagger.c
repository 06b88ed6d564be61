/* (d) arbitrary text through the bundled cx.lex and through a lexicon of rules (regexes, a
 * backtracking one included, NEAR/BEFORE, exclusions, weights, @overlap): hits within the
 * text, well ordered; the JSON Lines evidence writer runs on every document. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verbatim/lexicon.h"
#include "verbatim/report.h"

#include "fuzz_checks.h"

static vb_matcher *m, *rm;
static size_t nt, ne, rnt, rne;

static const char rules[] =
    "[wait]\n@overlap longest\n/\\bwait(ed|ing)? (for )?\\d+ (min|hour)s?\\b/ ^2\n"
    "/(a|aa)+$/\n/[^ ]+ [^ ]+/\nwait* -/1 \"no\"\n\"wait time\"\n"
    "[people]\n@overlap first\nmanager NEAR/3 listen*\n\"team lead\" BEFORE/2 =heard ^0.5\n"
    "staff -\"staff room\" -/0 \"=staffs\"\n\"staff room\"\n/.+/\n";
static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    vb_lexicon *lex;
    vb_error err;
    if (vb_lexicon_load(&lex, VB_SOURCE_DIR "/lexicons/cx.lex", NULL, NULL, &err) != VB_OK) abort();
    if (vb_matcher_compile(&m, lex, NULL, NULL, NULL, &err) != VB_OK) abort();
    nt = vb_lexicon_theme_count(lex);
    ne = vb_lexicon_entry_count(lex);
    vb_lexicon_free(lex);
    if (vb_lexicon_parse(&lex, rules, sizeof rules - 1, "rules.lex", NULL, NULL, &err) != VB_OK)
        abort();
    if (vb_matcher_compile(&rm, lex, NULL, NULL, NULL, &err) != VB_OK) abort();
    rnt = vb_lexicon_theme_count(lex);
    rne = vb_lexicon_entry_count(lex);
    vb_lexicon_free(lex);
    devnull = fopen("/dev/null", "w");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size ? size : 1);
    memcpy(text, data, size);
    vb_tagger *t;
    vb_error err;
    CHECK(vb_tagger_new(&t, m, &err) == VB_OK);
    const vb_doc *d;
    CHECK(vb_tagger_run(t, text, size, &d, &err) == VB_OK);
    check_doc(d, size, ne, nt);
    size_t nh = d->nhits, nth = d->nthemes;
    vb_record rec;
    memset(&rec, 0, sizeof rec);
    rec.id.ptr = "1"; rec.id.len = 1; rec.source = "fuzz"; rec.line = 1; rec.index = 1;
    rec.text.ptr = text; rec.text.len = size;
    CHECK(vb_doc_write_jsonl(devnull, m, &rec, text, size, d, &err) == VB_OK);
    CHECK(vb_tagger_run(t, text, size, &d, &err) == VB_OK); /* from the caches */
    check_doc(d, size, ne, nt);
    CHECK(d->nhits == nh && d->nthemes == nth);
    vb_tagger_free(t);
    CHECK(vb_tagger_new(&t, rm, &err) == VB_OK);
    CHECK(vb_tagger_run(t, text, size, &d, &err) == VB_OK);
    check_doc(d, size, rne, rnt);
    nh = d->nhits;
    CHECK(vb_doc_write_jsonl(devnull, rm, &rec, text, size, d, &err) == VB_OK);
    CHECK(vb_tagger_run(t, text, size, &d, &err) == VB_OK);
    CHECK(d->nhits == nh);
    vb_tagger_free(t);
    free(text);
    return 0;
}
