/* State files (docs/state-format.md): an aggregate written so that another process, on any
 * host, reads it back and merges it. Little-endian integers, length-prefixed strings, an
 * XXH64 checksum over the payload, and a canonical order (segment values sorted by their
 * bytes, cells by period then segments, entries by theme), so equal states are equal
 * bytes: the merged state of shards is the state of the whole, byte for byte. */
#include "agg_int.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#define MAGIC "VBSTATE\n"
#define FORMAT_VERSION 1
#define HEADER_BYTES 32

/* ---- writing ---- */

typedef struct sink {
    vb_buf b;
    int nomem;
} sink;

static void put(sink *o, const void *p, size_t n)
{
    if (!o->nomem && vb__buf_append(&o->b, p, n) != 0)
        o->nomem = 1;
}

static void u32(sink *o, uint32_t v)
{
    unsigned char x[4] = { (unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                           (unsigned char)(v >> 24) };
    put(o, x, 4);
}

static void u64(sink *o, uint64_t v)
{
    u32(o, (uint32_t)v);
    u32(o, (uint32_t)(v >> 32));
}

static void str(sink *o, const char *s, size_t n)
{
    u32(o, (uint32_t)n);
    put(o, s, n);
}

static void cstr(sink *o, const char *s)
{
    str(o, s, strlen(s));
}

static void score(sink *o, const vb_score_stats *s)
{
    u64(o, s->n);
    u64(o, s->promoters);
    u64(o, s->detractors);
    u64(o, (uint64_t)s->sum);
    u64(o, (uint64_t)(s->sumsq >> 64));
    u64(o, (uint64_t)s->sumsq);
}

static int by_string(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

typedef struct cell_ref {
    const vb_cell *c;
    size_t index;
    uint32_t seg[2]; /* canonical */
} cell_ref;

static int by_cell(const void *x, const void *y)
{
    const cell_ref *p = x, *q = y;
    if (p->c->period != q->c->period)
        return p->c->period < q->c->period ? -1 : 1;
    for (int d = 0; d < 2; d++)
        if (p->seg[d] != q->seg[d])
            return p->seg[d] < q->seg[d] ? -1 : 1;
    return 0;
}

static int by_term(const void *x, const void *y)
{
    const vb_term *p = *(const vb_term *const *)x, *q = *(const vb_term *const *)y;
    return vb__bytes_cmp(p->key, p->len, q->key, q->len);
}

static int by_u64(const void *x, const void *y)
{
    uint64_t p = *(const uint64_t *)x, q = *(const uint64_t *)y;
    return (p > q) - (p < q);
}

static void put_examples(sink *o, const vb_examples *ex)
{
    u32(o, (uint32_t)ex->n);
    for (size_t k = 0; k < ex->n; k++) {
        const vb_example *e = &ex->ex[k];
        u64(o, e->hash);
        str(o, e->id, e->id_len);
        str(o, e->text, e->text_len);
        u32(o, (uint32_t)e->day);
        u32(o, e->flags);
        u32(o, e->nspans);
        for (uint32_t s = 0; s < 2 * e->nspans; s++)
            u32(o, e->spans[s]);
    }
}

/* A pair triangle, sparse: how many cells are not zero, then each one's index and value. */
static void put_pairs(sink *o, const uint64_t *pairs, size_t npairs)
{
    size_t nz = 0;
    for (size_t i = 0; i < npairs; i++)
        nz += pairs[i] != 0;
    u64(o, nz);
    for (size_t i = 0; i < npairs; i++)
        if (pairs[i]) {
            u64(o, i);
            u64(o, pairs[i]);
        }
}

static int build(const vb_agg *a, sink *o)
{
    const vb_lexicon *lex = a->lex;
    cstr(o, "verbatim " VB_VERSION);
    cstr(o, vb_lexicon_name(lex));
    str(o, lex->source, lex->source_len);
    cstr(o, a->lang);
    u32(o, a->aflags);
    u32(o, (uint32_t)a->opts.period);
    u32(o, (uint32_t)a->opts.tz_minutes);
    u32(o, (uint32_t)a->opts.nsegments);
    cstr(o, a->segment_names[0]);
    cstr(o, a->segment_names[1]);
    u32(o, (uint32_t)a->opts.score);
    cstr(o, a->score_name);
    u32(o, (uint32_t)a->opts.examples);
    u32(o, (uint32_t)a->opts.snippet_bytes);
    u32(o, (uint32_t)a->opts.cooc);
    u32(o, a->opts.window);
    u32(o, (uint32_t)a->opts.terms);
    u32(o, (uint32_t)a->opts.cell_examples);
    u32(o, (uint32_t)a->opts.skip_empty);
    u32(o, (uint32_t)a->opts.coverage);
    u64(o, a->sent_fp);
    cstr(o, a->sent_name);

    u64(o, a->docs);
    u64(o, a->matched);
    u64(o, a->rejected);
    u64(o, a->empty);
    u32(o, (uint32_t)a->nthemes);
    for (size_t t = 0; t < a->nthemes; t++) {
        u64(o, a->theme_docs[t]);
        u64(o, a->theme_hits[t]);
        u64(o, a->theme_neg_docs[t]);
        u64(o, a->theme_aff_docs[t]);
        u64(o, a->theme_neg_hits[t]);
    }
    u64(o, a->dropped);
    size_t npairs = a->pairs ? a->nthemes * (a->nthemes - 1) / 2 : 0;
    put_pairs(o, a->pairs, npairs);

    if (a->opts.cooc != VB_COOC_DOCUMENT) { /* co-occurrence by sentence or window */
        u64(o, a->units);
        for (size_t t = 0; t < a->nthemes; t++)
            u64(o, a->unit_themes[t]);
        put_pairs(o, a->unit_pairs, npairs);
    }

    /* segment values in byte order; rank maps an index + 1 to its canonical index + 1 */
    uint32_t *rank[2] = { NULL, NULL };
    char **sorted[2] = { NULL, NULL };
    cell_ref *refs = NULL;
    uint64_t *keys = NULL;
    const vb_term **tsorted = NULL;
    int rc = VB_ENOMEM;
    for (int d = 0; d < 2; d++) {
        size_t n = a->nsegvals[d];
        rank[d] = calloc(n + 1, sizeof *rank[d]);
        sorted[d] = malloc((n ? n : 1) * sizeof *sorted[d]);
        if (!rank[d] || !sorted[d])
            goto done;
        if (n)
            memcpy(sorted[d], a->segvals[d], n * sizeof *sorted[d]);
        qsort(sorted[d], n, sizeof *sorted[d], by_string);
        u32(o, (uint32_t)n);
        for (size_t i = 0; i < n; i++) {
            cstr(o, sorted[d][i]);
            uint32_t v;
            size_t len = strlen(sorted[d][i]);
            vb__strmap_get(&a->segmap[d], sorted[d][i], len, vb__hash(sorted[d][i], len), &v);
            rank[d][v + 1] = (uint32_t)i + 1;
        }
    }
    refs = malloc((a->ncells ? a->ncells : 1) * sizeof *refs);
    size_t *order = NULL;
    if (!refs)
        goto done;
    for (size_t c = 0; c < a->ncells; c++) {
        refs[c].c = &a->cells[c];
        refs[c].index = c;
        for (int d = 0; d < 2; d++)
            refs[c].seg[d] = rank[d][a->cells[c].seg[d]];
    }
    qsort(refs, a->ncells, sizeof *refs, by_cell);
    /* theme counts of every cell, keyed by canonical cell position */
    order = malloc((a->ncells ? a->ncells : 1) * sizeof *order);
    keys = malloc((a->ct_count ? a->ct_count : 1) * 2 * sizeof *keys);
    if (!order || !keys) {
        free(order);
        goto done;
    }
    for (size_t c = 0; c < a->ncells; c++)
        order[refs[c].index] = c;
    size_t nk = 0;
    for (size_t j = 0; j < a->ct_cap; j++)
        if (a->ct_keys[j]) {
            uint64_t key = a->ct_keys[j] - 1;
            keys[2 * nk] = (uint64_t)order[key >> 32] << 32 | (key & 0xFFFFFFFFu);
            keys[2 * nk + 1] = a->ct_vals[j];
            nk++;
        }
    free(order);
    qsort(keys, nk, 2 * sizeof *keys, by_u64);
    u64(o, a->ncells);
    for (size_t c = 0, k = 0; c < a->ncells; c++) {
        const vb_cell *cl = refs[c].c;
        u32(o, (uint32_t)cl->period);
        u32(o, refs[c].seg[0]);
        u32(o, refs[c].seg[1]);
        u64(o, cl->docs);
        u64(o, cl->matched);
        size_t k0 = k;
        while (k < nk && keys[2 * k] >> 32 == c)
            k++;
        u32(o, (uint32_t)(k - k0));
        for (size_t j = k0; j < k; j++) {
            u32(o, (uint32_t)(keys[2 * j] & 0xFFFFFFFFu));
            u64(o, keys[2 * j + 1]);
            if (a->opts.cell_examples)
                put_examples(o, vb__agg_cell_examples(a, refs[c].index,
                                                      keys[2 * j] & 0xFFFFFFFFu));
        }
    }
    score(o, &a->score_all);
    u64(o, a->score_missing);
    for (size_t t = 0; t < a->nthemes; t++)
        score(o, &a->score_theme[t]);
    for (size_t t = 0; t < a->nthemes; t++)
        put_examples(o, &a->examples[t]);
    for (size_t e = 0; a->entry_docs && e < a->nentries; e++) /* coverage */
        u64(o, a->entry_docs[e]);
    if (a->sent_fp) {
        u64(o, a->sent_docs);
        u64(o, (uint64_t)a->sent_sum);
        for (size_t t = 0; t < a->nthemes; t++) {
            u64(o, a->th_sent_n[t]);
            u64(o, (uint64_t)a->th_sent_sum[t]);
            u64(o, a->th_ssent_n[t]);
            u64(o, (uint64_t)a->th_ssent_sum[t]);
        }
    }
    /* terms, sorted by key bytes */
    if (a->opts.terms) {
        tsorted = malloc((a->nterms ? a->nterms : 1) * sizeof *tsorted);
        if (!tsorted)
            goto done;
        for (size_t k = 0; k < a->nterms; k++)
            tsorted[k] = &a->terms[k];
        qsort(tsorted, a->nterms, sizeof *tsorted, by_term);
        u64(o, a->nterms);
        for (size_t k = 0; k < a->nterms; k++) {
            str(o, tsorted[k]->key, tsorted[k]->len);
            u64(o, tsorted[k]->hits);
            u64(o, tsorted[k]->docs);
        }
    }
    rc = o->nomem ? VB_ENOMEM : 0;
done:
    free(tsorted);
    for (int d = 0; d < 2; d++) {
        free(rank[d]);
        free(sorted[d]);
    }
    free(refs);
    free(keys);
    return rc;
}

int vb_agg_save(const vb_agg *a, FILE *f, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    sink o = { { NULL, 0, 0 }, 0 };
    if (build(a, &o) != 0) {
        vb__buf_free(&o.b);
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    }
    sink h = { { NULL, 0, 0 }, 0 };
    put(&h, MAGIC, 8);
    u32(&h, FORMAT_VERSION);
    u32(&h, 0);
    u64(&h, o.b.len);
    u64(&h, XXH64(o.b.ptr, o.b.len, 0));
    int ok = !h.nomem && fwrite(h.b.ptr, 1, h.b.len, f) == h.b.len &&
             fwrite(o.b.ptr, 1, o.b.len, f) == o.b.len;
    vb__buf_free(&h.b);
    vb__buf_free(&o.b);
    if (!ok)
        return vb__error_set(err, VB_EIO, "", 0, 0, "cannot write the state");
    return VB_OK;
}

/* ---- reading ---- */

typedef struct in {
    const unsigned char *p;
    size_t len, pos;
    int bad;
} in;

static const unsigned char *take(in *i, size_t n)
{
    if (i->bad || n > i->len - i->pos) {
        i->bad = 1;
        return NULL;
    }
    const unsigned char *p = i->p + i->pos;
    i->pos += n;
    return p;
}

static uint32_t get32(in *i)
{
    const unsigned char *p = take(i, 4);
    return p ? (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24
             : 0;
}

static uint64_t get64(in *i)
{
    uint64_t lo = get32(i);
    return lo | (uint64_t)get32(i) << 32;
}

/* A string: pointer into the data and its length (not NUL-terminated). */
static const char *getstr(in *i, size_t *n)
{
    *n = get32(i);
    const unsigned char *p = take(i, *n);
    if (!p)
        *n = 0;
    return p ? (const char *)p : "";
}

/* A string copied into buf (NUL-terminated); bad when it does not fit. */
static void getcstr(in *i, char *buf, size_t size)
{
    size_t n;
    const char *s = getstr(i, &n);
    if (n >= size || memchr(s, '\0', n)) {
        i->bad = 1;
        n = 0;
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
}

static void getscore(in *i, vb_score_stats *s)
{
    s->n = get64(i);
    s->promoters = get64(i);
    s->detractors = get64(i);
    s->sum = (int64_t)get64(i);
    uint64_t hi = get64(i), lo = get64(i);
    s->sumsq = (unsigned __int128)hi << 64 | lo;
}

/* Read a sample into e (at most k): 0, 1 when it is corrupt, -1 when out of memory. */
static int get_examples(in *i, vb_examples *ex, size_t k)
{
    uint32_t n = get32(i);
    if (n > k)
        return 1;
    for (uint32_t j = 0; j < n && !i->bad; j++) {
        vb_example e;
        memset(&e, 0, sizeof e);
        size_t idl, tl;
        e.hash = get64(i);
        e.id = (char *)getstr(i, &idl);
        e.text = (char *)getstr(i, &tl);
        e.id_len = (uint32_t)idl;
        e.text_len = (uint32_t)tl;
        e.day = (int32_t)get32(i);
        e.flags = get32(i);
        e.nspans = get32(i);
        if (e.nspans > VB_MAX_SPANS || tl > 4096 ||
            (e.day != VB_UNDATED && (e.day < vb__days_from_civil(1, 1, 1) ||
                                     e.day > vb__days_from_civil(9999, 12, 31))))
            return 1;
        for (uint32_t s = 0; s < 2 * e.nspans; s++)
            e.spans[s] = get32(i);
        /* spans in order, apart, inside the text: the writers mark them in one pass */
        for (uint32_t s = 0; s < e.nspans; s++)
            if (e.spans[2 * s] > e.spans[2 * s + 1] || e.spans[2 * s + 1] > e.text_len ||
                (s && e.spans[2 * s] < e.spans[2 * s - 1]))
                return 1;
        if (i->bad)
            return 0; /* the caller reports the truncation */
        if (vb__examples_offer(ex, k, &e))
            return -1;
    }
    return 0;
}

/* A pair triangle written by put_pairs(): 0, or 1 when an index is out of range. */
static int get_pairs(in *i, uint64_t *pairs, uint64_t npairs)
{
    uint64_t nz = get64(i);
    if (nz > npairs)
        return 1;
    for (uint64_t k = 0; k < nz && !i->bad; k++) {
        uint64_t idx = get64(i), v = get64(i);
        if (idx >= npairs)
            return 1;
        pairs[idx] = v;
    }
    return 0;
}

static int corrupt(vb_error *err, const char *name, const char *what)
{
    return vb__error_set(err, VB_ESYNTAX, name, 0, 0, "%s", what);
}

/* |sum| <= 1000 * n, in 128 bits so that no count can overflow the check */
static int within(int64_t sum, uint64_t n)
{
    __int128 lim = (__int128)n * 1000;
    return (__int128)sum <= lim && (__int128)sum >= -lim;
}

/* Counts that a real run can make: parts never exceed their wholes. A state that passes
 * its checksum but not this was made by something else. */
static int consistent(const vb_agg *a)
{
    if (a->matched > a->docs || a->score_all.n > a->docs ||
        (!a->opts.skip_empty && a->empty > a->docs) ||
        a->score_all.promoters + a->score_all.detractors > a->score_all.n ||
        a->score_all.promoters > a->score_all.n)
        return 0;
    for (size_t t = 0; t < a->nthemes; t++) {
        const vb_score_stats *s = &a->score_theme[t];
        if (a->theme_docs[t] > a->matched || a->theme_hits[t] < a->theme_docs[t] ||
            a->theme_neg_docs[t] > a->theme_docs[t] || a->theme_aff_docs[t] > a->theme_docs[t] ||
            a->theme_neg_docs[t] + a->theme_aff_docs[t] < a->theme_docs[t] ||
            a->theme_neg_hits[t] > a->theme_hits[t] ||
            s->n > a->theme_docs[t] || s->promoters > s->n || s->detractors > s->n ||
            s->promoters + s->detractors > s->n || a->examples[t].n > a->theme_docs[t])
            return 0;
    }
    for (size_t t = 0; a->pairs && t < a->nthemes; t++)
        for (size_t u = t + 1; u < a->nthemes; u++) {
            uint64_t both = vb_agg_pair_docs(a, t, u);
            if (both > a->theme_docs[t] || both > a->theme_docs[u])
                return 0;
        }
    for (size_t t = 0; a->unit_themes && t < a->nthemes; t++)
        if (a->unit_themes[t] > a->units)
            return 0;
    /* compound scores lie in -1..1: sums in thousandths are bounded by their counts */
    if (a->sent_docs > a->docs || !within(a->sent_sum, a->sent_docs))
        return 0;
    for (size_t t = 0; t < a->nthemes; t++)
        if (a->th_sent_n[t] > a->theme_docs[t] || !within(a->th_sent_sum[t], a->th_sent_n[t]) ||
            !within(a->th_ssent_sum[t], a->th_ssent_n[t]))
            return 0;
    for (size_t t = 0; a->unit_pairs && t < a->nthemes; t++)
        for (size_t u = t + 1; u < a->nthemes; u++) {
            uint64_t units, both = vb_agg_pair_units(a, t, u, &units);
            if (both > a->unit_themes[t] || both > a->unit_themes[u])
                return 0;
        }
    uint64_t sum = 0;
    for (size_t c = 0; c < a->ncells; c++) {
        if (a->cells[c].matched > a->cells[c].docs || a->cells[c].docs > a->docs)
            return 0;
        sum += a->cells[c].docs;
    }
    if (a->ncells && sum != a->docs)
        return 0;
    for (size_t j = 0; j < a->ct_cap; j++)
        if (a->ct_keys[j]) {
            uint64_t key = a->ct_keys[j] - 1;
            if (a->ct_vals[j] > a->cells[key >> 32].docs ||
                (a->ct_ex && a->ct_ex[j].n > a->ct_vals[j]))
                return 0;
        }
    return 1;
}

/* A cell's period: 0 without --by, else undated or the first day of a period within the
 * years dates can have (1 to 9999). */
static int valid_period(const vb_agg *a, int32_t p)
{
    if (a->opts.period == VB_PERIOD_NONE)
        return p == 0;
    if (p == VB_UNDATED)
        return 1;
    return p >= vb__days_from_civil(1, 1, 1) && p <= vb__days_from_civil(9999, 12, 31) &&
           vb_period_start(a->opts.period, p) == p;
}

static int parse(vb_agg **out, in *i, const char *name, vb_error *err)
{
    char producer[64], lexname[256], lang[32], segn[2][128], scoren[128];
    getcstr(i, producer, sizeof producer);
    getcstr(i, lexname, sizeof lexname);
    size_t srclen;
    const char *src = getstr(i, &srclen);
    getcstr(i, lang, sizeof lang);
    unsigned aflags = get32(i);
    vb_agg_opts o;
    vb_agg_opts_init(&o);
    o.period = (vb_period)get32(i);
    o.tz_minutes = (int32_t)get32(i);
    o.nsegments = (int)get32(i);
    getcstr(i, segn[0], sizeof segn[0]);
    getcstr(i, segn[1], sizeof segn[1]);
    o.score = (vb_score_kind)get32(i);
    getcstr(i, scoren, sizeof scoren);
    o.examples = get32(i);
    o.snippet_bytes = get32(i);
    o.cooc = (vb_cooc_level)get32(i);
    o.window = get32(i);
    uint32_t terms = get32(i);
    o.terms = (int)terms;
    o.cell_examples = get32(i);
    uint32_t skip_empty = get32(i), coverage = get32(i);
    uint64_t sent_fp = get64(i);
    char sent_name[256];
    getcstr(i, sent_name, sizeof sent_name);
    o.skip_empty = (int)skip_empty;
    o.coverage = (int)coverage;
    o.segment_names[0] = segn[0];
    o.segment_names[1] = segn[1];
    o.score_name = scoren;
    if (i->bad)
        return corrupt(err, name, "the state file is truncated");
    if ((unsigned)o.period > 5 || (unsigned)o.nsegments > 2 || (unsigned)o.score > 2 ||
        o.examples > 1000 || o.snippet_bytes > 4096 || (unsigned)o.cooc > 2 || terms > 1 ||
        o.cell_examples > 100 || skip_empty > 1 || coverage > 1 || (coverage && !terms) ||
        (o.cooc == VB_COOC_WINDOW ? o.window < 1 || o.window > 10000 : o.window != 0))
        return corrupt(err, name, "the state file is corrupt (bad settings)");
    vb_lexicon *lex;
    vb_error lerr;
    if (vb_lexicon_parse(&lex, src, srclen, lexname, NULL, NULL, &lerr) != VB_OK)
        return corrupt(err, name, "the state file is corrupt (its lexicon does not parse)");
    vb_agg *a;
    int rc = vb__agg_create(&a, lex, lang, aflags, &o, err);
    if (rc != VB_OK) {
        vb_lexicon_free(lex);
        return rc;
    }
    a->owned_lex = lex;
    a->sent_fp = sent_fp;
    memcpy(a->sent_name, sent_name, sizeof sent_name);
    const char *why = "the state file is corrupt";
    a->docs = get64(i);
    a->matched = get64(i);
    a->rejected = get64(i);
    a->empty = get64(i);
    if (get32(i) != a->nthemes) {
        why = "the state file is corrupt (theme count)";
        goto bad;
    }
    for (size_t t = 0; t < a->nthemes; t++) {
        a->theme_docs[t] = get64(i);
        a->theme_hits[t] = get64(i);
        a->theme_neg_docs[t] = get64(i);
        a->theme_aff_docs[t] = get64(i);
        a->theme_neg_hits[t] = get64(i);
    }
    a->dropped = get64(i);
    uint64_t npairs = a->pairs ? a->nthemes * (a->nthemes - 1) / 2 : 0;
    if (get_pairs(i, a->pairs, npairs))
        goto bad;
    if (a->opts.cooc != VB_COOC_DOCUMENT) {
        a->units = get64(i);
        for (size_t t = 0; t < a->nthemes; t++)
            a->unit_themes[t] = get64(i);
        if (get_pairs(i, a->unit_pairs, npairs))
            goto bad;
    }
    for (int d = 0; d < 2 && !i->bad; d++) {
        uint32_t n = get32(i);
        if (n > i->len - i->pos) /* every value takes at least 4 bytes */
            goto bad;
        for (uint32_t k = 0; k < n && !i->bad; k++) {
            size_t len;
            const char *s = getstr(i, &len);
            if (i->bad)
                break;
            if (vb__agg_segment(a, d, s, len) != k + 1) { /* duplicates are corrupt */
                why = "the state file is corrupt (segment values)";
                goto bad;
            }
        }
    }
    uint64_t ncells = get64(i);
    if (ncells > i->len - i->pos)
        goto bad;
    for (uint64_t c = 0; c < ncells && !i->bad; c++) {
        int32_t period = (int32_t)get32(i);
        uint32_t s0 = get32(i), s1 = get32(i);
        if (s0 > a->nsegvals[0] || s1 > a->nsegvals[1] || !valid_period(a, period)) {
            why = "the state file is corrupt (cells)";
            goto bad;
        }
        long cell = vb__agg_cell(a, period, s0, s1);
        if (cell < 0)
            goto nomem;
        if ((uint64_t)cell != c) { /* a repeated cell */
            why = "the state file is corrupt (cells)";
            goto bad;
        }
        a->cells[cell].docs = get64(i);
        a->cells[cell].matched = get64(i);
        uint32_t n = get32(i);
        for (uint32_t k = 0; k < n && !i->bad; k++) {
            uint32_t t = get32(i);
            uint64_t v = get64(i);
            if (t >= a->nthemes)
                goto bad;
            if (vb__agg_cell_theme_add(a, (size_t)cell, t, v))
                goto nomem;
            if (a->opts.cell_examples) {
                int erc = get_examples(i, vb__agg_cell_examples(a, (size_t)cell, t),
                                       a->opts.cell_examples);
                if (erc > 0)
                    goto bad;
                if (erc < 0)
                    goto nomem;
            }
        }
    }
    getscore(i, &a->score_all);
    a->score_missing = get64(i);
    for (size_t t = 0; t < a->nthemes; t++)
        getscore(i, &a->score_theme[t]);
    for (size_t t = 0; t < a->nthemes && !i->bad; t++) {
        int erc = get_examples(i, &a->examples[t], a->opts.examples);
        if (erc > 0)
            goto bad;
        if (erc < 0)
            goto nomem;
    }
    for (size_t e = 0; a->entry_docs && e < a->nentries; e++) {
        a->entry_docs[e] = get64(i);
        if (a->entry_docs[e] > a->matched) {
            why = "the state file is corrupt (coverage)";
            goto bad;
        }
    }
    if (a->sent_fp) {
        a->sent_docs = get64(i);
        a->sent_sum = (int64_t)get64(i);
        for (size_t t = 0; t < a->nthemes; t++) {
            a->th_sent_n[t] = get64(i);
            a->th_sent_sum[t] = (int64_t)get64(i);
            a->th_ssent_n[t] = get64(i);
            a->th_ssent_sum[t] = (int64_t)get64(i);
        }
    }
    if (a->opts.terms && !i->bad) {
        uint64_t n = get64(i);
        if (n > i->len - i->pos)
            goto bad;
        for (uint64_t k = 0; k < n && !i->bad; k++) {
            size_t len;
            const char *key = getstr(i, &len);
            uint64_t hits = get64(i), docs = get64(i);
            if (i->bad)
                break;
            int bad_theme = key[0] == 'x' &&
                            (len < 6 || ((uint32_t)(unsigned char)key[1] |
                                         (uint32_t)(unsigned char)key[2] << 8 |
                                         (uint32_t)(unsigned char)key[3] << 16 |
                                         (uint32_t)(unsigned char)key[4] << 24) >= a->nthemes);
            if (len < 2 || !key[0] || !strchr("ws23xuvy", key[0]) || bad_theme || docs > hits ||
                docs > a->docs) {
                why = "the state file is corrupt (terms)";
                goto bad;
            }
            if (vb__term_add(a, key, len, hits, docs))
                goto nomem;
            if (a->nterms != k + 1) { /* a repeated term */
                why = "the state file is corrupt (terms)";
                goto bad;
            }
        }
    }
    if (i->bad) {
        why = "the state file is truncated";
        goto bad;
    }
    if (i->pos != i->len) {
        why = "the state file is corrupt (bytes after the end)";
        goto bad;
    }
    if (!consistent(a)) {
        why = "the state file is corrupt (its counts do not add up)";
        goto bad;
    }
    *out = a;
    return VB_OK;
bad:
    vb_agg_free(a);
    return corrupt(err, name, why);
nomem:
    vb_agg_free(a);
    return vb__error_set(err, VB_ENOMEM, name, 0, 0, "out of memory");
}

int vb_agg_load(vb_agg **out, const char *data, size_t len, const char *name, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    *out = NULL;
    if (!name)
        name = "<state>";
    if (len < 8 || memcmp(data, MAGIC, 8) != 0)
        return corrupt(err, name, "not a verbatim state file (made by --save-state)");
    if (len < HEADER_BYTES)
        return corrupt(err, name, "the state file is truncated");
    in h = { (const unsigned char *)data, HEADER_BYTES, 8, 0 };
    uint32_t version = get32(&h), flags = get32(&h);
    uint64_t plen = get64(&h), sum = get64(&h);
    if (version != FORMAT_VERSION)
        return vb__error_set(err, VB_ESYNTAX, name, 0, 0,
                             "state format version %u; this verbatim reads version %d "
                             "(make the states again with the same verbatim)",
                             version, FORMAT_VERSION);
    if (flags != 0)
        return corrupt(err, name, "the state file is corrupt (unknown header flags)");
    if (plen > len - HEADER_BYTES)
        return corrupt(err, name, "the state file is truncated");
    if (plen < len - HEADER_BYTES)
        return corrupt(err, name, "the state file is corrupt (bytes after the end)");
    if (XXH64(data + HEADER_BYTES, plen, 0) != sum)
        return corrupt(err, name, "the state file is corrupt (checksum mismatch)");
    in i = { (const unsigned char *)data + HEADER_BYTES, plen, 0, 0 };
    return parse(out, &i, name, err);
}
