/* (d) arbitrary text through the bundled cx.lex: hits within the text, well ordered; the
 * JSON Lines evidence writer runs on every document. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verbatim/lexicon.h"
#include "verbatim/report.h"

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "CHECK failed: %s (line %d)\n", #c, __LINE__); abort(); } } while (0)

static vb_matcher *m;
static size_t nt, ne;
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
    devnull = fopen("/dev/null", "w");
    return 0;
}

static void check(const vb_doc *d, size_t len)
{
    for (size_t i = 0; i < d->nhits; i++) {
        const vb_hit *h = &d->hits[i];
        if (!(h->start < h->end && h->end <= len)) {
            fprintf(stderr, "hit %zu [%zu,%zu) len %zu\n", i, h->start, h->end, len);
            abort();
        }
        CHECK(h->entry < ne && h->theme < nt);
        CHECK(h->tok_first <= h->tok_last && h->tok_last < d->tokens->n);
        CHECK(d->tokens->tok[h->tok_first].start == h->start);
        CHECK(d->tokens->tok[h->tok_last].end == h->end);
        if (i) CHECK(d->hits[i - 1].start <= h->start);
    }
    for (size_t i = 0; i < d->nthemes; i++) {
        CHECK(d->themes[i].theme < nt && d->themes[i].hits > 0);
        if (i) CHECK(d->themes[i - 1].theme < d->themes[i].theme);
    }
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
    check(d, size);
    size_t nh = d->nhits, nth = d->nthemes;
    vb_record rec;
    memset(&rec, 0, sizeof rec);
    rec.id.ptr = "1"; rec.id.len = 1; rec.source = "fuzz"; rec.line = 1; rec.index = 1;
    rec.text.ptr = text; rec.text.len = size;
    CHECK(vb_doc_write_jsonl(devnull, m, &rec, text, size, d, &err) == VB_OK);
    CHECK(vb_tagger_run(t, text, size, &d, &err) == VB_OK); /* from the caches */
    check(d, size);
    CHECK(d->nhits == nh && d->nthemes == nth);
    vb_tagger_free(t);
    free(text);
    return 0;
}
