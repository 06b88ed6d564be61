/* (b) the analyzer over arbitrary bytes. Byte 0 picks the language; the text is the rest.
 * The text is analyzed twice (the second time from the caches): same tokens both times.
 * The segmenter's fast paths (each block classifier of the ASCII scanner the machine has)
 * give the segments its general path gives. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verbatim/analyzer.h"

#include "analyzer/analyzer_int.h"
#include "fuzz_checks.h"

static const char *langs[] = { "english", "none", "german", "russian", "turkish", "greek",
                               "dutch", "french", "arabic", "tamil", "hindi", "finnish" };

static void check(const vb_tokens *t, size_t len)
{
    size_t prev_end = 0;
    uint32_t prev_sent = 0;
    for (size_t i = 0; i < t->n; i++) {
        const vb_token *k = &t->tok[i];
        if (!(k->start < k->end && k->end <= len && k->start >= prev_end)) {
            fprintf(stderr, "token %zu span [%zu,%zu) prev_end %zu len %zu\n", i, k->start, k->end, prev_end, len);
            abort();
        }
        prev_end = k->end;
        CHECK(k->sentence >= prev_sent);
        CHECK(i == 0 || k->sentence <= prev_sent + 1);
        prev_sent = k->sentence;
        CHECK(k->norm && k->stem);
        CHECK(strlen(k->norm) == k->norm_len);
        CHECK(strlen(k->stem) == k->stem_len);
        CHECK(k->norm_len > 0);
        CHECK(k->type <= VB_TOKEN_EMOTICON);
    }
    if (t->n) {
        CHECK(t->tok[0].sentence == 0);
        CHECK(t->sentences == (size_t)t->tok[t->n - 1].sentence + 1);
    } else
        CHECK(t->sentences == 0);
    CHECK(t->replacements <= len);
}

/* the fast paths against the general one */
static void segmenter_paths(const char *text, size_t len)
{
    vb_segs general = { 0 };
    general.general_only = 1;
    CHECK(vb__segment(text, len, &general) == 0);
    for (int simd = 0; simd <= vb__segment_simd_best(); simd++) {
        vb_segs fast = { 0 };
        fast.portable = simd == 0;
        fast.simd = simd;
        CHECK(vb__segment(text, len, &fast) == 0);
        CHECK(fast.n == general.n && fast.sentences == general.sentences &&
              fast.replacements == general.replacements);
        for (size_t i = 0; i < fast.n; i++) {
            const vb_seg *a = &fast.seg[i], *b = &general.seg[i];
            if (a->start != b->start || a->end != b->end || a->type != b->type ||
                a->sentence != b->sentence || a->ascii != b->ascii) {
                fprintf(stderr, "segment %zu: fast (classifier %d) [%zu,%zu) type %d sentence %u, "
                        "general [%zu,%zu) type %d sentence %u\n", i, simd, a->start, a->end,
                        a->type, a->sentence, b->start, b->end, b->type, b->sentence);
                abort();
            }
        }
        vb__segs_free(&fast);
    }
    vb__segs_free(&general);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    segmenter_paths((const char *)data + 1, size - 1);
    vb_analyzer_opts o;
    vb_analyzer_opts_init(&o);
    o.lang = langs[data[0] % (sizeof langs / sizeof *langs)];
    size_t len = size - 1;
    char *text = malloc(len ? len : 1);
    memcpy(text, data + 1, len);
    vb_analyzer *an;
    vb_error err;
    CHECK(vb_analyzer_new(&an, &o, &err) == VB_OK);
    const vb_tokens *t;
    CHECK(vb_analyzer_run(an, text, len, &t, &err) == VB_OK);
    check(t, len);
    size_t n = t->n, sent = t->sentences, repl = t->replacements;
    vb_token *copy = malloc((n ? n : 1) * sizeof *copy);
    memcpy(copy, t->tok, n * sizeof *copy);
    char **norms = malloc((n ? n : 1) * sizeof *norms), **stems = malloc((n ? n : 1) * sizeof *stems);
    for (size_t i = 0; i < n; i++) { norms[i] = strdup(t->tok[i].norm); stems[i] = strdup(t->tok[i].stem); }
    CHECK(vb_analyzer_run(an, text, len, &t, &err) == VB_OK);
    check(t, len);
    CHECK(t->n == n && t->sentences == sent && t->replacements == repl);
    for (size_t i = 0; i < n; i++) {
        const vb_token *k = &t->tok[i];
        CHECK(k->start == copy[i].start && k->end == copy[i].end && k->sentence == copy[i].sentence &&
              k->type == copy[i].type && k->flags == copy[i].flags && k->word == copy[i].word);
        CHECK(strcmp(k->norm, norms[i]) == 0);
        if (strcmp(k->stem, stems[i]) != 0) {
            fprintf(stderr, "token %zu '%s': stem '%s' then '%s'\n", i, norms[i], stems[i], k->stem);
            abort();
        }
        free(norms[i]); free(stems[i]);
    }
    /* a fresh analyzer on each token alone gives the same norm (the cache is by surface bytes) */
    free(norms); free(stems); free(copy);
    vb_analyzer_free(an);
    free(text);
    return 0;
}
