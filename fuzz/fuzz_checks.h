/* Checks shared by the fuzz targets. */
#ifndef VB_FUZZ_CHECKS_H
#define VB_FUZZ_CHECKS_H

#include <stdio.h>
#include <stdlib.h>
#include "verbatim/lexicon.h"

#define CHECK(c)                                                                           \
    do {                                                                                   \
        if (!(c)) {                                                                        \
            fprintf(stderr, "CHECK failed: %s (line %d)\n", #c, __LINE__);                 \
            abort();                                                                       \
        }                                                                                  \
    } while (0)

/* The lexicon written as native text and parsed back: the same number of entries and
 * themes (the caller compares them one by one, and frees the lexicon). */
static inline vb_lexicon *reparse_native(const vb_lexicon *lex)
{
    char *nat = NULL;
    size_t natlen = 0;
    FILE *mf = open_memstream(&nat, &natlen);
    CHECK(mf && vb_lexicon_write_native(mf, lex) == VB_OK);
    fclose(mf);
    vb_lexicon *back = NULL;
    vb_error err;
    CHECK(vb_lexicon_parse(&back, nat, natlen, "back.lex", NULL, NULL, &err) == VB_OK);
    CHECK(vb_lexicon_entry_count(back) == vb_lexicon_entry_count(lex) &&
          vb_lexicon_theme_count(back) == vb_lexicon_theme_count(lex));
    free(nat);
    return back;
}

/* A tagged document of a text of len bytes, for a lexicon of ne entries and nt themes:
 * hits inside the text, on their tokens, in order; themes known, counted, in order. */
static inline void check_doc(const vb_doc *d, size_t len, size_t ne, size_t nt)
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
        if (i)
            CHECK(d->hits[i - 1].start <= h->start);
    }
    for (size_t i = 0; i < d->nthemes; i++) {
        CHECK(d->themes[i].theme < nt && d->themes[i].hits > 0);
        if (i)
            CHECK(d->themes[i - 1].theme < d->themes[i].theme);
    }
}

#endif
