/* Aggregators: theme frequency (documents, hits), document-level theme x theme
 * co-occurrence, documents per period x segment cell, score sums per theme, and example
 * verbatims. Every part is integer counts or a bottom-K sample under a total order, so
 * merging is exact: merged parts equal the whole, whatever the split. */
#include "agg_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#define MAX_PAIR_THEMES 4096 /* above this the pair triangle would pass 64 MiB */

static size_t tri(size_t n, size_t i, size_t j)
{
    return i * n - i * (i + 1) / 2 + (j - i - 1);
}

void vb_agg_opts_init(vb_agg_opts *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->examples = 3;
    opts->snippet_bytes = 320;
}

int vb__agg_create(vb_agg **out, const vb_lexicon *lex, const char *lang, unsigned aflags,
                   const vb_agg_opts *opts, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    *out = NULL;
    vb_agg *a = calloc(1, sizeof *a);
    if (!a)
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    a->lex = lex;
    snprintf(a->lang, sizeof a->lang, "%s", lang ? lang : "");
    a->aflags = aflags;
    if (opts)
        a->opts = *opts;
    else
        vb_agg_opts_init(&a->opts);
    if (a->opts.nsegments < 0 || a->opts.nsegments > 2 || (unsigned)a->opts.period > 5 ||
        (unsigned)a->opts.score > 2) {
        free(a);
        return vb__error_set(err, VB_EINVAL, "", 0, 0, "invalid aggregate options");
    }
    if ((unsigned)a->opts.cooc > 2 ||
        (a->opts.cooc == VB_COOC_WINDOW && (a->opts.window < 1 || a->opts.window > 10000))) {
        free(a);
        return vb__error_set(err, VB_EINVAL, "", 0, 0, "invalid co-occurrence level");
    }
    if (a->opts.cooc != VB_COOC_WINDOW)
        a->opts.window = 0; /* so that settings compare equal */
    a->opts.coverage = !!a->opts.coverage;
    a->opts.terms = a->opts.terms || a->opts.coverage; /* coverage compares terms */
    a->opts.skip_empty = !!a->opts.skip_empty;
    if (a->opts.snippet_bytes < 16)
        a->opts.snippet_bytes = 16;
    if (a->opts.examples > 1000)
        a->opts.examples = 1000;
    if (a->opts.cell_examples > 100)
        a->opts.cell_examples = 100;
    /* keep copies of the names: the caller's strings need not outlive the aggregate */
    for (int d = 0; d < 2; d++) {
        const char *n = d < a->opts.nsegments ? a->opts.segment_names[d] : NULL;
        snprintf(a->segment_names[d], sizeof a->segment_names[d], "%s", n ? n : "");
        a->opts.segment_names[d] = a->segment_names[d];
    }
    snprintf(a->score_name, sizeof a->score_name, "%s",
             a->opts.score && a->opts.score_name ? a->opts.score_name : "");
    a->opts.score_name = a->score_name;
    a->nthemes = vb_lexicon_theme_count(lex);
    size_t n = a->nthemes ? a->nthemes : 1;
    a->theme_docs = calloc(n, sizeof *a->theme_docs);
    a->theme_hits = calloc(n, sizeof *a->theme_hits);
    a->theme_neg_docs = calloc(n, sizeof *a->theme_neg_docs);
    a->theme_aff_docs = calloc(n, sizeof *a->theme_aff_docs);
    a->theme_neg_hits = calloc(n, sizeof *a->theme_neg_hits);
    a->th_sent_sum = calloc(n, sizeof *a->th_sent_sum);
    a->th_ssent_sum = calloc(n, sizeof *a->th_ssent_sum);
    a->th_sent_n = calloc(n, sizeof *a->th_sent_n);
    a->th_ssent_n = calloc(n, sizeof *a->th_ssent_n);
    if (a->opts.sentiment) {
        a->sent_fp = vb__sentiment_fingerprint(a->opts.sentiment);
        snprintf(a->sent_name, sizeof a->sent_name, "%s", vb__sentiment_name(a->opts.sentiment));
    }
    a->score_theme = calloc(n, sizeof *a->score_theme);
    a->examples = calloc(n, sizeof *a->examples);
    a->nentries = vb_lexicon_entry_count(lex);
    if (a->opts.coverage) {
        a->entry_docs = calloc(a->nentries ? a->nentries : 1, sizeof *a->entry_docs);
        a->entry_last = calloc(a->nentries ? a->nentries : 1, sizeof *a->entry_last);
        if (!a->entry_docs || !a->entry_last) {
            vb_agg_free(a);
            return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
        }
    }
    int want_pairs = a->nthemes >= 2 && a->nthemes <= MAX_PAIR_THEMES;
    size_t npairs = want_pairs ? a->nthemes * (a->nthemes - 1) / 2 : 0;
    if (want_pairs)
        a->pairs = calloc(npairs, sizeof *a->pairs);
    int levels = a->opts.cooc != VB_COOC_DOCUMENT;
    if (levels) {
        a->unit_themes = calloc(n, sizeof *a->unit_themes);
        if (want_pairs)
            a->unit_pairs = calloc(npairs, sizeof *a->unit_pairs);
    }
    if (!a->theme_docs || !a->theme_hits || !a->score_theme || !a->examples ||
        !a->theme_neg_docs || !a->theme_aff_docs || !a->theme_neg_hits || !a->th_sent_sum ||
        !a->th_ssent_sum || !a->th_sent_n || !a->th_ssent_n ||
        (want_pairs && !a->pairs) || (levels && !a->unit_themes) ||
        (levels && want_pairs && !a->unit_pairs)) {
        vb_agg_free(a);
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    }
    *out = a;
    return VB_OK;
}

int vb_agg_new_with(vb_agg **out, const vb_matcher *m, const vb_agg_opts *opts, vb_error *err)
{
    vb_analyzer_opts ao;
    vb_matcher_analyzer_opts(m, &ao);
    return vb__agg_create(out, vb_matcher_lexicon(m), ao.lang, ao.flags, opts, err);
}

int vb_agg_new(vb_agg **out, const vb_matcher *m, vb_error *err)
{
    vb_agg_opts o;
    vb_agg_opts_init(&o);
    o.examples = 0;
    return vb_agg_new_with(out, m, &o, err);
}

static void examples_free(vb_examples *e)
{
    for (size_t k = 0; k < e->n; k++) {
        free(e->ex[k].id);
        free(e->ex[k].text);
    }
    free(e->ex);
}

void vb_agg_free(vb_agg *a)
{
    if (!a)
        return;
    free(a->theme_docs);
    free(a->theme_hits);
    free(a->theme_neg_docs);
    free(a->theme_aff_docs);
    free(a->theme_neg_hits);
    free(a->th_sent_sum);
    free(a->th_ssent_sum);
    free(a->th_sent_n);
    free(a->th_ssent_n);
    free(a->sent_scratch);
    free(a->pairs);
    free(a->unit_themes);
    free(a->unit_pairs);
    free(a->seen);
    free(a->st);
    for (int d = 0; d < 2; d++) {
        vb__strmap_free(&a->segmap[d]);
        free(a->segvals[d]);
    }
    free(a->cells);
    free(a->cell_slots);
    for (size_t j = 0; a->ct_ex && j < a->ct_cap; j++)
        examples_free(&a->ct_ex[j]);
    free(a->ct_ex);
    free(a->ct_keys);
    free(a->ct_vals);
    free(a->score_theme);
    for (size_t t = 0; a->examples && t < a->nthemes; t++)
        examples_free(&a->examples[t]);
    free(a->examples);
    vb__strmap_free(&a->termmap);
    free(a->terms);
    vb__buf_free(&a->termkey);
    free(a->matched_tok);
    free(a->entry_docs);
    free(a->entry_last);
    vb__arena_free(&a->arena);
    vb_lexicon_free(a->owned_lex);
    free(a);
}

/* ---- segments and cells ---- */

uint32_t vb__agg_segment(vb_agg *a, int dim, const char *s, size_t len)
{
    const char *nul = memchr(s, '\0', len);
    if (nul) /* values are strings everywhere after this: they end at a NUL */
        len = (size_t)(nul - s);
    uint64_t h = vb__hash(s, len);
    uint32_t v;
    if (vb__strmap_get(&a->segmap[dim], s, len, h, &v))
        return v + 1;
    char *copy = vb__arena_strndup(&a->arena, s, len);
    if (!copy || len > UINT32_MAX ||
        vb__grow((void **)&a->segvals[dim], &a->segvals_cap[dim], a->nsegvals[dim] + 1,
                 sizeof *a->segvals[dim]))
        return 0;
    v = (uint32_t)a->nsegvals[dim];
    if (vb__strmap_put(&a->segmap[dim], copy, len, h, v))
        return 0;
    a->segvals[dim][a->nsegvals[dim]++] = copy;
    return v + 1;
}

static uint64_t cell_hash(int32_t period, uint32_t s0, uint32_t s1)
{
    uint32_t k[3] = { (uint32_t)period, s0, s1 };
    return vb__hash(k, sizeof k);
}

static int cells_rehash(vb_agg *a, size_t cap)
{
    uint32_t *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return VB_ENOMEM;
    for (size_t c = 0; c < a->ncells; c++) {
        const vb_cell *cl = &a->cells[c];
        size_t i = cell_hash(cl->period, cl->seg[0], cl->seg[1]) & (cap - 1);
        while (slots[i])
            i = (i + 1) & (cap - 1);
        slots[i] = (uint32_t)c + 1;
    }
    free(a->cell_slots);
    a->cell_slots = slots;
    a->cell_slots_cap = cap;
    return 0;
}

long vb__agg_cell(vb_agg *a, int32_t period, uint32_t seg0, uint32_t seg1)
{
    if (a->cell_slots_cap == 0 && cells_rehash(a, 64))
        return -1;
    size_t mask = a->cell_slots_cap - 1, i = cell_hash(period, seg0, seg1) & mask;
    for (; a->cell_slots[i]; i = (i + 1) & mask) {
        const vb_cell *cl = &a->cells[a->cell_slots[i] - 1];
        if (cl->period == period && cl->seg[0] == seg0 && cl->seg[1] == seg1)
            return (long)a->cell_slots[i] - 1;
    }
    if (a->ncells >= UINT32_MAX - 1 ||
        vb__grow((void **)&a->cells, &a->cells_cap, a->ncells + 1, sizeof *a->cells))
        return -1;
    vb_cell *cl = &a->cells[a->ncells];
    memset(cl, 0, sizeof *cl);
    cl->period = period;
    cl->seg[0] = seg0;
    cl->seg[1] = seg1;
    a->cell_slots[i] = (uint32_t)++a->ncells;
    if (a->ncells * 2 > a->cell_slots_cap && cells_rehash(a, a->cell_slots_cap * 2))
        return -1;
    return (long)a->ncells - 1;
}

static int ct_rehash(vb_agg *a, size_t cap)
{
    uint64_t *keys = calloc(cap, sizeof *keys), *vals = calloc(cap, sizeof *vals);
    vb_examples *ex = a->opts.cell_examples ? calloc(cap, sizeof *ex) : NULL;
    if (!keys || !vals || (a->opts.cell_examples && !ex)) {
        free(keys);
        free(vals);
        free(ex);
        return VB_ENOMEM;
    }
    for (size_t j = 0; j < a->ct_cap; j++) {
        if (!a->ct_keys[j])
            continue;
        size_t i = XXH3_64bits(&a->ct_keys[j], 8) & (cap - 1);
        while (keys[i])
            i = (i + 1) & (cap - 1);
        keys[i] = a->ct_keys[j];
        vals[i] = a->ct_vals[j];
        if (ex)
            ex[i] = a->ct_ex[j];
    }
    free(a->ct_keys);
    free(a->ct_vals);
    free(a->ct_ex);
    a->ct_keys = keys;
    a->ct_vals = vals;
    a->ct_ex = ex;
    a->ct_cap = cap;
    return 0;
}

static size_t ct_slot(const vb_agg *a, uint64_t key)
{
    size_t mask = a->ct_cap - 1, i = XXH3_64bits(&key, 8) & mask;
    while (a->ct_keys[i] && a->ct_keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

int vb__agg_cell_theme_add(vb_agg *a, size_t cell, size_t theme, uint64_t n)
{
    if ((a->ct_count + 1) * 2 > a->ct_cap && ct_rehash(a, a->ct_cap ? a->ct_cap * 2 : 256))
        return VB_ENOMEM;
    uint64_t key = ((uint64_t)cell << 32 | theme) + 1;
    size_t i = ct_slot(a, key);
    if (!a->ct_keys[i]) {
        a->ct_keys[i] = key;
        a->ct_count++;
    }
    a->ct_vals[i] += n;
    return 0;
}

vb_examples *vb__agg_cell_examples(const vb_agg *a, size_t cell, size_t theme)
{
    if (!a->ct_cap || !a->ct_ex)
        return NULL;
    size_t i = ct_slot(a, ((uint64_t)cell << 32 | theme) + 1);
    return a->ct_keys[i] ? &a->ct_ex[i] : NULL;
}

uint64_t vb__agg_cell_theme(const vb_agg *a, size_t cell, size_t theme)
{
    if (!a->ct_cap)
        return 0;
    size_t i = ct_slot(a, ((uint64_t)cell << 32 | theme) + 1);
    return a->ct_keys[i] ? a->ct_vals[i] : 0;
}

/* ---- examples ---- */

int vb__agg_examples_cmp(const vb_example *x, const vb_example *y)
{
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    int c = vb__bytes_cmp(x->id, x->id_len, y->id, y->id_len);
    if (!c)
        c = vb__bytes_cmp(x->text, x->text_len, y->text, y->text_len);
    if (c)
        return c;
    if (x->day != y->day)
        return x->day < y->day ? -1 : 1;
    return 0;
}

/* Would a sample of k keep ex? (checked before its snippet is built) */
static int example_wanted(const vb_examples *e, size_t k, const vb_example *ex)
{
    return k && (e->n < k || vb__agg_examples_cmp(ex, &e->ex[e->n - 1]) < 0);
}

int vb__agg_example_offer(vb_agg *a, size_t theme, const vb_example *ex)
{
    return vb__examples_offer(&a->examples[theme], a->opts.examples, ex);
}

int vb__examples_offer(vb_examples *e, size_t k, const vb_example *ex)
{
    if (!example_wanted(e, k, ex))
        return 0;
    size_t pos = 0;
    while (pos < e->n && vb__agg_examples_cmp(&e->ex[pos], ex) < 0)
        pos++;
    if (pos < e->n && vb__agg_examples_cmp(&e->ex[pos], ex) == 0)
        return 0; /* the same record seen twice: one example */
    if (!e->ex && !(e->ex = calloc(k, sizeof *e->ex)))
        return VB_ENOMEM;
    vb_example copy = *ex;
    copy.id = malloc(ex->id_len + 1);
    copy.text = malloc(ex->text_len + 1);
    if (!copy.id || !copy.text) {
        free(copy.id);
        free(copy.text);
        return VB_ENOMEM;
    }
    memcpy(copy.id, ex->id, ex->id_len);
    copy.id[ex->id_len] = '\0';
    memcpy(copy.text, ex->text, ex->text_len);
    copy.text[ex->text_len] = '\0';
    if (e->n == k) { /* drop the largest */
        free(e->ex[k - 1].id);
        free(e->ex[k - 1].text);
        e->n--;
    }
    memmove(&e->ex[pos + 1], &e->ex[pos], (e->n - pos) * sizeof *e->ex);
    e->ex[pos] = copy;
    e->n++;
    return 0;
}

static size_t utf8_back(const char *s, size_t i)
{
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* The part of the text an example keeps: all of it when short, else a window that starts
 * a little before the first matched word, on a word boundary when one is near. */
static void snippet(const vb_agg *a, const char *text, size_t len, size_t first,
                    size_t *start, size_t *end)
{
    size_t max = a->opts.snippet_bytes;
    if (len <= max) {
        *start = 0, *end = len;
        return;
    }
    size_t s = first > max / 4 ? first - max / 4 : 0;
    s = utf8_back(text, s);
    for (size_t j = s; s && j < s + 30 && j < first; j++)
        if (text[j] == ' ') {
            s = j + 1;
            break;
        }
    size_t e = s + max < len ? utf8_back(text, s + max) : len;
    *start = s, *end = e;
}

/* cell: the document's cell, -1 when there are none. */
static int add_examples(vb_agg *a, const vb_agg_meta *meta, const vb_doc *doc, long cell)
{
    vb_example ex;
    memset(&ex, 0, sizeof ex);
    ex.hash = XXH64(meta->id, meta->id_len, 0);
    ex.id = (char *)meta->id;
    ex.id_len = (uint32_t)(meta->id_len > 1000 ? 1000 : meta->id_len);
    ex.day = meta->dated ? meta->day : VB_UNDATED;
    for (size_t i = 0; i < doc->nthemes; i++) {
        size_t t = doc->themes[i].theme;
        /* the text is unknown yet; compare on hash and id, which decide almost always */
        ex.text = "";
        ex.text_len = 0;
        vb_examples *ce = cell >= 0 ? vb__agg_cell_examples(a, (size_t)cell, t) : NULL;
        int global = example_wanted(&a->examples[t], a->opts.examples, &ex);
        if (!global && !(ce && example_wanted(ce, a->opts.cell_examples, &ex)))
            continue;
        size_t first = meta->text_len;
        for (size_t h = 0; h < doc->nhits; h++)
            if (vb__theme_is_ancestor(a->lex, (int)t, (int)doc->hits[h].theme)) {
                first = doc->hits[h].start;
                break;
            }
        size_t s, e;
        snippet(a, meta->text, meta->text_len, first < meta->text_len ? first : 0, &s, &e);
        char buf[4096];
        size_t n = e - s < sizeof buf ? e - s : sizeof buf;
        memcpy(buf, meta->text + s, n);
        for (size_t j = 0; j < n; j++) /* one line per example, offsets unchanged */
            if (buf[j] == '\n' || buf[j] == '\r' || buf[j] == '\t')
                buf[j] = ' ';
        ex.text = buf;
        ex.text_len = (uint32_t)n;
        ex.flags = (s > 0 ? 1u : 0u) | (s + n < meta->text_len ? 2u : 0u);
        ex.nspans = 0;
        for (size_t h = 0; h < doc->nhits && ex.nspans < VB_MAX_SPANS; h++) {
            const vb_hit *hit = &doc->hits[h];
            if (!vb__theme_is_ancestor(a->lex, (int)t, (int)hit->theme) || hit->end <= s ||
                hit->start >= s + n)
                continue;
            uint32_t hs = (uint32_t)(hit->start > s ? hit->start - s : 0);
            uint32_t he = (uint32_t)(hit->end - s < n ? hit->end - s : n);
            if (ex.nspans && hs < ex.spans[2 * ex.nspans - 1])
                continue; /* overlapping hits: the first one is highlighted */
            ex.spans[2 * ex.nspans] = hs;
            ex.spans[2 * ex.nspans + 1] = he;
            ex.nspans++;
        }
        if ((global && vb__agg_example_offer(a, t, &ex)) ||
            (ce && vb__examples_offer(ce, a->opts.cell_examples, &ex)))
            return VB_ENOMEM;
    }
    return 0;
}

/* ---- co-occurrence by sentence or window ---- */

static int by_u64(const void *x, const void *y)
{
    uint64_t p = *(const uint64_t *)x, q = *(const uint64_t *)y;
    return (p > q) - (p < q);
}

static int by_u32(const void *x, const void *y)
{
    uint32_t p = *(const uint32_t *)x, q = *(const uint32_t *)y;
    return (p > q) - (p < q);
}

static int seen_put(vb_agg *a, uint32_t v)
{
    if (vb__grow((void **)&a->seen, &a->seen_cap, a->nseen + 1, sizeof *a->seen))
        return VB_ENOMEM;
    a->seen[a->nseen++] = v;
    return 0;
}

/* Sort and count each distinct pair index once. */
static void seen_count_pairs(vb_agg *a)
{
    if (!a->nseen)
        return;
    qsort(a->seen, a->nseen, sizeof *a->seen, by_u32);
    for (size_t i = 0; i < a->nseen; i++)
        if (!i || a->seen[i] != a->seen[i - 1])
            a->unit_pairs[a->seen[i]]++;
    a->nseen = 0;
}

/* Every pair of a theme (or an ancestor) of hit x with one of hit y. */
static int mark_pairs(vb_agg *a, uint32_t x, uint32_t y)
{
    for (int s = (int)x; s >= 0; s = a->lex->themes[s].parent)
        for (int t = (int)y; t >= 0; t = a->lex->themes[t].parent) {
            if (s == t)
                continue;
            size_t i = (size_t)(s < t ? s : t), j = (size_t)(s < t ? t : s);
            if (seen_put(a, (uint32_t)tri(a->nthemes, i, j)))
                return VB_ENOMEM;
        }
    return 0;
}

/* The distinct (sentence << 32 | theme) pairs of a document's hits, ancestors included,
 * sorted, into a->st: what sentence co-occurrence and sentence sentiment both count.
 * Returns how many, or -1 when out of memory. */
static long sentence_themes(vb_agg *a, const vb_doc *doc)
{
    const vb_token *tok = doc->tokens->tok;
    size_t n = 0;
    for (size_t h = 0; h < doc->nhits; h++) {
        uint64_t sentence = tok[doc->hits[h].tok_first].sentence;
        for (int t = (int)doc->hits[h].theme; t >= 0; t = a->lex->themes[t].parent) {
            if (vb__grow((void **)&a->st, &a->st_cap, n + 1, sizeof *a->st))
                return -1;
            a->st[n++] = sentence << 32 | (uint32_t)t;
        }
    }
    if (n > 1)
        qsort(a->st, n, sizeof *a->st, by_u64);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!i || a->st[i] != a->st[i - 1])
            a->st[k++] = a->st[i];
    return (long)k;
}

/* nst: sentence_themes() of the document (sentence level only) */
static int add_levels(vb_agg *a, const vb_doc *doc, long nst)
{
    if (a->opts.cooc == VB_COOC_WINDOW) {
        a->units++;
        for (size_t i = 0; i < doc->nthemes; i++)
            a->unit_themes[doc->themes[i].theme]++;
        if (!a->unit_pairs)
            return 0;
        for (size_t x = 0; x < doc->nhits; x++)
            for (size_t y = x + 1; y < doc->nhits; y++) { /* hits are in text order */
                const vb_hit *h = &doc->hits[x], *k = &doc->hits[y];
                if (k->tok_first > h->tok_last && k->tok_first - h->tok_last > a->opts.window)
                    break;
                if (mark_pairs(a, h->theme, k->theme))
                    return VB_ENOMEM;
            }
        seen_count_pairs(a);
        return 0;
    }
    /* sentences: a->st holds the document's (sentence, theme) pairs, grouped by sentence */
    a->units += doc->tokens->sentences;
    const uint64_t *st = a->st;
    size_t k = (size_t)nst;
    for (size_t g = 0; g < k;) {
        size_t e = g;
        while (e < k && st[e] >> 32 == st[g] >> 32)
            e++;
        for (size_t i = g; i < e; i++) {
            size_t ti = st[i] & 0xFFFFFFFFu;
            a->unit_themes[ti]++;
            for (size_t j = i + 1; a->unit_pairs && j < e; j++)
                a->unit_pairs[tri(a->nthemes, ti, st[j] & 0xFFFFFFFFu)]++;
        }
        g = e;
    }
    return 0;
}

/* ---- sentiment ---- */

/* nst: sentence_themes() of the document */
static int add_sentiment(vb_agg *a, const vb_doc *doc, long nst)
{
    size_t ns = doc->tokens->sentences;
    if (vb__grow((void **)&a->sent_scratch, &a->sent_scratch_cap, ns + 1,
                 sizeof *a->sent_scratch))
        return VB_ENOMEM;
    int64_t c = llround(1000.0 * vb_sentiment_score(a->opts.sentiment, doc, a->sent_scratch));
    a->sent_docs++;
    a->sent_sum += c;
    for (size_t i = 0; i < doc->nthemes; i++) {
        a->th_sent_n[doc->themes[i].theme]++;
        a->th_sent_sum[doc->themes[i].theme] += c;
    }
    /* each (sentence, theme) once, ancestors included: a->st */
    for (long i = 0; i < nst; i++) {
        size_t t = a->st[i] & 0xFFFFFFFFu, sn = a->st[i] >> 32;
        a->th_ssent_n[t]++;
        a->th_ssent_sum[t] += sn < ns ? llround(1000.0 * a->sent_scratch[sn]) : 0;
    }
    return 0;
}

/* ---- adding ---- */

/* Sums that only a crafted state file can overflow (real scores, at most a million in
 * thousandths, and sentiments never get near): wrapped, never undefined. */
static int64_t add_wrap(int64_t x, int64_t y)
{
    return (int64_t)((uint64_t)x + (uint64_t)y);
}

static void score_add(vb_score_stats *st, int64_t v, vb_score_kind kind)
{
    st->n++;
    st->sum = add_wrap(st->sum, v);
    st->sumsq += (unsigned __int128)((__int128)v * v);
    if (kind == VB_SCORE_NPS) {
        st->promoters += v >= 9 * VB_SCORE_SCALE;
        st->detractors += v <= 6 * VB_SCORE_SCALE;
    }
}

int vb_agg_add_record(vb_agg *a, const vb_agg_meta *meta, const vb_doc *doc)
{
    static const vb_agg_meta none;
    if (!meta)
        meta = &none;
    if (!doc->tokens->n) {
        a->empty++;
        if (a->opts.skip_empty)
            return VB_OK;
    }
    a->docs++;
    a->dropped += doc->dropped;
    if (doc->nthemes)
        a->matched++;
    for (size_t i = 0; i < doc->nthemes; i++) {
        size_t ti = doc->themes[i].theme;
        a->theme_docs[ti]++;
        a->theme_hits[ti] += doc->themes[i].hits;
        a->theme_neg_hits[ti] += doc->themes[i].negated;
        a->theme_neg_docs[ti] += doc->themes[i].negated > 0;
        a->theme_aff_docs[ti] += doc->themes[i].hits > doc->themes[i].negated;
        if (!a->pairs)
            continue;
        for (size_t j = i + 1; j < doc->nthemes; j++)
            a->pairs[tri(a->nthemes, ti, doc->themes[j].theme)]++; /* themes are sorted */
    }
    long nst = 0; /* computed once for the two counts that need it */
    if ((a->opts.cooc == VB_COOC_SENTENCE || a->opts.sentiment) &&
        (nst = sentence_themes(a, doc)) < 0)
        return VB_ENOMEM;
    if (a->opts.cooc != VB_COOC_DOCUMENT && add_levels(a, doc, nst))
        return VB_ENOMEM;
    if (a->opts.terms && vb__terms_add(a, doc))
        return VB_ENOMEM;
    if (a->opts.sentiment && add_sentiment(a, doc, nst))
        return VB_ENOMEM;
    for (size_t h = 0; a->entry_docs && h < doc->nhits; h++) { /* once per document */
        uint32_t e = doc->hits[h].entry;
        if (e < a->nentries && a->entry_last[e] != a->docs) {
            a->entry_last[e] = a->docs;
            a->entry_docs[e]++;
        }
    }
    long c = -1;
    if (a->opts.period != VB_PERIOD_NONE || a->opts.nsegments > 0) {
        int32_t period = 0;
        if (a->opts.period != VB_PERIOD_NONE)
            period = meta->dated ? vb_period_start(a->opts.period, meta->day) : VB_UNDATED;
        uint32_t seg[2] = { 0, 0 };
        for (int d = 0; d < a->opts.nsegments; d++)
            if (meta->segment[d] && meta->segment_len[d] &&
                !(seg[d] = vb__agg_segment(a, d, meta->segment[d], meta->segment_len[d])))
                return VB_ENOMEM;
        c = vb__agg_cell(a, period, seg[0], seg[1]);
        if (c < 0)
            return VB_ENOMEM;
        a->cells[c].docs++;
        a->cells[c].matched += doc->nthemes > 0;
        for (size_t i = 0; i < doc->nthemes; i++)
            if (vb__agg_cell_theme_add(a, (size_t)c, doc->themes[i].theme, 1))
                return VB_ENOMEM;
    }
    if (a->opts.score != VB_SCORE_NONE) {
        double s = meta->score;
        int usable = meta->has_score && isfinite(s) && fabs(s) <= 1e6 &&
                     (a->opts.score != VB_SCORE_NPS || (s >= 0 && s <= 10));
        if (!usable) {
            a->score_missing++;
        } else {
            int64_t v = llround(s * VB_SCORE_SCALE);
            score_add(&a->score_all, v, a->opts.score);
            for (size_t i = 0; i < doc->nthemes; i++)
                score_add(&a->score_theme[doc->themes[i].theme], v, a->opts.score);
        }
    }
    if ((a->opts.examples || (a->opts.cell_examples && c >= 0)) && doc->nthemes && meta->id &&
        meta->text && add_examples(a, meta, doc, c))
        return VB_ENOMEM;
    return VB_OK;
}

int vb_agg_add(vb_agg *a, const vb_doc *doc)
{
    return vb_agg_add_record(a, NULL, doc);
}

void vb_agg_note_rejected(vb_agg *a, uint64_t n)
{
    a->rejected += n;
}

/* ---- merging ---- */

/* Which setting differs, or NULL when a and b count the same way. */
static const char *mismatch(const vb_agg *a, const vb_agg *b, char *buf, size_t size)
{
    const vb_agg_opts *x = &a->opts, *y = &b->opts;
    if (a->lex->source_len != b->lex->source_len ||
        memcmp(a->lex->source, b->lex->source, a->lex->source_len) != 0)
        snprintf(buf, size, "the lexicons differ (%s and %s)", vb_lexicon_name(a->lex),
                 vb_lexicon_name(b->lex));
    else if (strcmp(a->lang, b->lang) != 0)
        snprintf(buf, size, "the languages differ (%s and %s)", a->lang, b->lang);
    else if ((a->aflags ^ b->aflags) & VB_ANALYZE_STRIP_ACCENTS)
        snprintf(buf, size, "--strip-accents was used for one and not the other");
    else if (a->aflags != b->aflags)
        snprintf(buf, size, "the negation settings differ (--negation)");
    else if (x->period != y->period)
        snprintf(buf, size, "the periods differ (--by %s and --by %s)", vb_period_name(x->period),
                 vb_period_name(y->period));
    else if (x->tz_minutes != y->tz_minutes)
        snprintf(buf, size, "the time zones differ (--tz)");
    else if (x->nsegments != y->nsegments || strcmp(a->segment_names[0], b->segment_names[0]) ||
             strcmp(a->segment_names[1], b->segment_names[1]))
        snprintf(buf, size, "the segments differ ('%s%s%s' and '%s%s%s')", a->segment_names[0],
                 x->nsegments > 1 ? "," : "", a->segment_names[1], b->segment_names[0],
                 y->nsegments > 1 ? "," : "", b->segment_names[1]);
    else if (x->score != y->score || strcmp(a->score_name, b->score_name))
        snprintf(buf, size, "the scores differ ('%s' and '%s')", a->score_name, b->score_name);
    else if (x->cooc != y->cooc || x->window != y->window)
        snprintf(buf, size, "the co-occurrence levels differ (--cooc)");
    else if (a->sent_fp != b->sent_fp)
        snprintf(buf, size, "the sentiment lists differ ('%s' and '%s')", a->sent_name,
                 b->sent_name);
    else if (x->coverage != y->coverage)
        snprintf(buf, size, "--coverage was used for one and not the other");
    else if (x->skip_empty != y->skip_empty)
        snprintf(buf, size, "--skip-empty was used for one and not the other");
    else if (!x->terms != !y->terms)
        snprintf(buf, size, "--terms was used for one and not the other");
    else if (x->examples != y->examples || x->snippet_bytes != y->snippet_bytes ||
             x->cell_examples != y->cell_examples)
        snprintf(buf, size, "the example settings differ (--examples %zu and %zu)",
                 x->examples, y->examples);
    else
        return NULL;
    return buf;
}

static void score_merge(vb_score_stats *x, const vb_score_stats *y)
{
    x->n += y->n;
    x->promoters += y->promoters;
    x->detractors += y->detractors;
    x->sum = add_wrap(x->sum, y->sum);
    x->sumsq += y->sumsq;
}

int vb_agg_merge(vb_agg *a, const vb_agg *b, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    char why[600];
    if (mismatch(a, b, why, sizeof why))
        return vb__error_set(err, VB_EINVAL, "", 0, 0, "cannot merge: %s", why);
    a->docs += b->docs;
    a->matched += b->matched;
    a->rejected += b->rejected;
    a->empty += b->empty;
    a->dropped += b->dropped;
    a->sent_docs += b->sent_docs;
    a->sent_sum = add_wrap(a->sent_sum, b->sent_sum);
    for (size_t t = 0; t < a->nthemes; t++) {
        a->th_sent_n[t] += b->th_sent_n[t];
        a->th_sent_sum[t] = add_wrap(a->th_sent_sum[t], b->th_sent_sum[t]);
        a->th_ssent_n[t] += b->th_ssent_n[t];
        a->th_ssent_sum[t] = add_wrap(a->th_ssent_sum[t], b->th_ssent_sum[t]);
    }
    for (size_t e = 0; a->entry_docs && e < a->nentries; e++)
        a->entry_docs[e] += b->entry_docs[e];
    for (size_t i = 0; i < a->nthemes; i++) {
        a->theme_docs[i] += b->theme_docs[i];
        a->theme_hits[i] += b->theme_hits[i];
        a->theme_neg_docs[i] += b->theme_neg_docs[i];
        a->theme_aff_docs[i] += b->theme_aff_docs[i];
        a->theme_neg_hits[i] += b->theme_neg_hits[i];
        score_merge(&a->score_theme[i], &b->score_theme[i]);
    }
    if (a->pairs)
        for (size_t i = 0, n = a->nthemes * (a->nthemes - 1) / 2; i < n; i++)
            a->pairs[i] += b->pairs[i];
    a->units += b->units;
    for (size_t i = 0; a->unit_themes && i < a->nthemes; i++)
        a->unit_themes[i] += b->unit_themes[i];
    if (a->unit_pairs)
        for (size_t i = 0, n = a->nthemes * (a->nthemes - 1) / 2; i < n; i++)
            a->unit_pairs[i] += b->unit_pairs[i];
    score_merge(&a->score_all, &b->score_all);
    a->score_missing += b->score_missing;
    /* cells: b's segment indices are b's own; map them through the values */
    long *cmap = malloc((b->ncells ? b->ncells : 1) * sizeof *cmap);
    if (!cmap)
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    for (size_t c = 0; c < b->ncells; c++) {
        const vb_cell *bc = &b->cells[c];
        uint32_t seg[2] = { 0, 0 };
        for (int d = 0; d < 2; d++)
            if (bc->seg[d]) {
                const char *v = b->segvals[d][bc->seg[d] - 1];
                if (!(seg[d] = vb__agg_segment(a, d, v, strlen(v))))
                    goto nomem;
            }
        long ac = vb__agg_cell(a, bc->period, seg[0], seg[1]);
        if (ac < 0)
            goto nomem;
        a->cells[ac].docs += bc->docs;
        a->cells[ac].matched += bc->matched;
        cmap[c] = ac;
    }
    for (size_t j = 0; j < b->ct_cap; j++) {
        if (!b->ct_keys[j])
            continue;
        uint64_t key = b->ct_keys[j] - 1;
        size_t cell = (size_t)cmap[key >> 32], theme = (size_t)(key & 0xFFFFFFFFu);
        if (vb__agg_cell_theme_add(a, cell, theme, b->ct_vals[j]))
            goto nomem;
        vb_examples *ce = vb__agg_cell_examples(a, cell, theme);
        for (size_t k = 0; ce && k < b->ct_ex[j].n; k++)
            if (vb__examples_offer(ce, a->opts.cell_examples, &b->ct_ex[j].ex[k]))
                goto nomem;
    }
    free(cmap);
    for (size_t k = 0; k < b->nterms; k++)
        if (vb__term_add(a, b->terms[k].key, b->terms[k].len, b->terms[k].hits,
                         b->terms[k].docs))
            return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    for (size_t t = 0; t < a->nthemes; t++)
        for (size_t k = 0; k < b->examples[t].n; k++)
            if (vb__agg_example_offer(a, t, &b->examples[t].ex[k]))
                return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    return VB_OK;
nomem:
    free(cmap);
    return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
}

/* ---- reading ---- */

const vb_lexicon *vb_agg_lexicon(const vb_agg *a)
{
    return a->lex;
}

void vb_agg_get_opts(const vb_agg *a, vb_agg_opts *out)
{
    *out = a->opts;
}

uint64_t vb_agg_docs(const vb_agg *a)
{
    return a->docs;
}

uint64_t vb_agg_docs_matched(const vb_agg *a)
{
    return a->matched;
}

uint64_t vb_agg_docs_empty(const vb_agg *a)
{
    return a->empty;
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

uint64_t vb_agg_pair_units(const vb_agg *a, size_t i, size_t j, uint64_t *units)
{
    if (a->opts.cooc == VB_COOC_DOCUMENT) {
        *units = a->docs;
        return vb_agg_pair_docs(a, i, j);
    }
    *units = a->units;
    if (i >= a->nthemes || j >= a->nthemes)
        return 0;
    if (i == j)
        return a->unit_themes[i];
    if (!a->unit_pairs)
        return 0;
    return i < j ? a->unit_pairs[tri(a->nthemes, i, j)] : a->unit_pairs[tri(a->nthemes, j, i)];
}

int vb_cooc_parse(const char *s, vb_cooc_level *level, unsigned *window)
{
    *window = 0;
    if (!strcmp(s, "document") || !strcmp(s, "doc")) {
        *level = VB_COOC_DOCUMENT;
        return 0;
    }
    if (!strcmp(s, "sentence")) {
        *level = VB_COOC_SENTENCE;
        return 0;
    }
    if (!strncmp(s, "window:", 7)) {
        char *end;
        long n = strtol(s + 7, &end, 10);
        if (s[7] && !*end && n >= 1 && n <= 10000) {
            *level = VB_COOC_WINDOW;
            *window = (unsigned)n;
            return 0;
        }
    }
    return -1;
}
