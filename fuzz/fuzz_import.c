/* (f) arbitrary dictionary text through the importers; the first byte picks the format
 * (LIWC .dic, WordStat .cat, quanteda YAML, score list). An import either fails with an
 * error at a location or gives a lexicon whose native text parses back to the same entries
 * and compiles. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verbatim/lexicon.h"

#include "fuzz_checks.h"

static size_t nerr;
static void diag(const vb_error *e, void *p)
{
    (void)p;
    CHECK(e->code == VB_ESYNTAX || e->code == VB_OK); /* an error, or a skipped entry */
    CHECK(strlen(e->msg) < sizeof e->msg);
    nerr += e->code != VB_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int formats[] = { VB_LEXFMT_LIWC, VB_LEXFMT_WORDSTAT, VB_LEXFMT_YAML,
                                   VB_LEXFMT_SCORES };
    if (size == 0)
        return 0;
    int format = formats[data[0] % 4];
    size_t n = size - 1;
    char *src = malloc(n ? n : 1);
    memcpy(src, data + 1, n);
    vb_lexicon *lex = NULL;
    vb_error err;
    vb_error_clear(&err);
    nerr = 0;
    int rc = vb_lexicon_import_mem(&lex, src, n, "fuzz.dic", format, diag, NULL, &err);
    if (rc != VB_OK) {
        CHECK(lex == NULL);
        CHECK(rc == VB_ESYNTAX);
        free(src);
        return 0;
    }
    CHECK(nerr == 0);
    size_t ne = vb_lexicon_entry_count(lex), nt = vb_lexicon_theme_count(lex);
    vb_lexicon *back = reparse_native(lex);
    for (size_t i = 0; i < ne; i++) {
        vb_entry_info a, b;
        vb_lexicon_entry(lex, i, &a);
        vb_lexicon_entry(back, i, &b);
        CHECK(strcmp(a.text, b.text) == 0 && a.kind == b.kind && a.theme == b.theme);
    }
    vb_matcher *m = NULL;
    rc = vb_matcher_compile(&m, lex, NULL, NULL, NULL, &err);
    CHECK(rc == VB_OK || rc == VB_ESYNTAX); /* an imported word may still hold a symbol */
    vb_matcher_free(m);
    vb_lexicon_free(back);
    vb_lexicon_free(lex);
    free(src);
    return 0;
}
