/* Aggregators: theme frequency (documents, hits) and document-level theme x theme
 * co-occurrence. State is plain counts, so merging is addition: merged halves equal the
 * whole, whatever the split. */
#include "../lexicon/lexicon_int.h"
#include "verbatim/report.h"

#include <stdlib.h>
#include <string.h>

#define MAX_PAIR_THEMES 4096 /* above this the pair triangle would pass 64 MiB */

struct vb_agg {
    const vb_matcher *m;
    size_t nthemes;
    uint64_t docs, matched;
    uint64_t *theme_docs, *theme_hits;
    uint64_t *pairs; /* strict upper triangle, row-major; NULL when there are too many themes */
};

static size_t tri(size_t n, size_t i, size_t j)
{
    return i * n - i * (i + 1) / 2 + (j - i - 1);
}

int vb_agg_new(vb_agg **out, const vb_matcher *m, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    *out = NULL;
    vb_agg *a = calloc(1, sizeof *a);
    if (!a)
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    a->m = m;
    a->nthemes = vb_lexicon_theme_count(vb_matcher_lexicon(m));
    size_t n = a->nthemes ? a->nthemes : 1;
    a->theme_docs = calloc(n, sizeof *a->theme_docs);
    a->theme_hits = calloc(n, sizeof *a->theme_hits);
    if (a->nthemes >= 2 && a->nthemes <= MAX_PAIR_THEMES)
        a->pairs = calloc(a->nthemes * (a->nthemes - 1) / 2, sizeof *a->pairs);
    if (!a->theme_docs || !a->theme_hits ||
        (a->nthemes >= 2 && a->nthemes <= MAX_PAIR_THEMES && !a->pairs)) {
        vb_agg_free(a);
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    }
    *out = a;
    return VB_OK;
}

void vb_agg_free(vb_agg *a)
{
    if (!a)
        return;
    free(a->theme_docs);
    free(a->theme_hits);
    free(a->pairs);
    free(a);
}

int vb_agg_add(vb_agg *a, const vb_doc *doc)
{
    a->docs++;
    if (doc->nthemes)
        a->matched++;
    for (size_t i = 0; i < doc->nthemes; i++) {
        size_t ti = doc->themes[i].theme;
        a->theme_docs[ti]++;
        a->theme_hits[ti] += doc->themes[i].hits;
        if (!a->pairs)
            continue;
        for (size_t j = i + 1; j < doc->nthemes; j++)
            a->pairs[tri(a->nthemes, ti, doc->themes[j].theme)]++; /* themes are sorted */
    }
    return VB_OK;
}

int vb_agg_merge(vb_agg *a, const vb_agg *b, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    if (a->m != b->m || a->nthemes != b->nthemes)
        return vb__error_set(err, VB_EINVAL, "", 0, 0,
                             "cannot merge counts made with different lexicons");
    a->docs += b->docs;
    a->matched += b->matched;
    for (size_t i = 0; i < a->nthemes; i++) {
        a->theme_docs[i] += b->theme_docs[i];
        a->theme_hits[i] += b->theme_hits[i];
    }
    if (a->pairs)
        for (size_t i = 0, n = a->nthemes * (a->nthemes - 1) / 2; i < n; i++)
            a->pairs[i] += b->pairs[i];
    return VB_OK;
}

const vb_matcher *vb_agg_matcher(const vb_agg *a)
{
    return a->m;
}

uint64_t vb_agg_docs(const vb_agg *a)
{
    return a->docs;
}

uint64_t vb_agg_docs_matched(const vb_agg *a)
{
    return a->matched;
}

uint64_t vb_agg_theme_docs(const vb_agg *a, size_t theme)
{
    return theme < a->nthemes ? a->theme_docs[theme] : 0;
}

uint64_t vb_agg_theme_hits(const vb_agg *a, size_t theme)
{
    return theme < a->nthemes ? a->theme_hits[theme] : 0;
}

uint64_t vb_agg_pair_docs(const vb_agg *a, size_t i, size_t j)
{
    if (i >= a->nthemes || j >= a->nthemes)
        return 0;
    if (i == j)
        return a->theme_docs[i];
    if (!a->pairs)
        return 0;
    return i < j ? a->pairs[tri(a->nthemes, i, j)] : a->pairs[tri(a->nthemes, j, i)];
}

int vb_agg_has_pairs(const vb_agg *a)
{
    return a->pairs != NULL || a->nthemes < 2;
}

void vb_agg_pair_stats(const vb_agg *a, size_t i, size_t j, vb_pair_stats *out)
{
    memset(out, 0, sizeof *out);
    out->a = i;
    out->b = j;
    out->both = vb_agg_pair_docs(a, i, j);
    uint64_t na = vb_agg_theme_docs(a, i), nb = vb_agg_theme_docs(a, j);
    uint64_t any = na + nb - out->both;
    if (any)
        out->jaccard = (double)out->both / (double)any;
    if (na && nb)
        out->lift = (double)out->both * (double)a->docs / ((double)na * (double)nb);
}
