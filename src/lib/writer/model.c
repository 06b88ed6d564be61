/* The report model: theme order, pairs, trend series with their tests, segment cells,
 * score drivers. Every list has a total order (ties broken by theme index, segment bytes,
 * period), so equal aggregates give equal reports. */
#define _GNU_SOURCE /* qsort_r */
#include "model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define Z95 1.959963984540054

static double share(uint64_t part, uint64_t whole)
{
    return whole ? (double)part / (double)whole : 0.0;
}

/* ---- themes in tree order ---- */

static int by_docs(const void *x, const void *y, void *payload)
{
    const vb_agg *a = payload;
    size_t i = *(const size_t *)x, j = *(const size_t *)y;
    uint64_t di = vb_agg_theme_docs(a, i), dj = vb_agg_theme_docs(a, j);
    if (di != dj)
        return di > dj ? -1 : 1;
    return (i > j) - (i < j);
}

/* Top-level themes by documents (descending), each followed by its children in the same
 * order; at most max_depth deep. Linear after the sort: children are bucketed once. */
static int tree_order(vb_model *m, int max_depth)
{
    size_t n = m->nthemes, cap = n ? n : 1;
    size_t *all = malloc(cap * sizeof *all), *stack = malloc(cap * sizeof *stack);
    size_t *first = calloc(n + 2, sizeof *first), *fill = calloc(n + 1, sizeof *fill);
    size_t *kids = malloc(cap * sizeof *kids);
    m->order = malloc(cap * sizeof *m->order);
    int rc = VB_ENOMEM;
    if (!all || !stack || !first || !fill || !kids || !m->order)
        goto done;
    for (size_t i = 0; i < n; i++)
        all[i] = i;
    qsort_r(all, n, sizeof *all, by_docs, (void *)m->a); /* reentrant: writers run in threads */
    /* bucket k + 1 holds the children of theme k; bucket 0 the top-level themes */
    for (size_t i = 0; i < n; i++)
        first[(size_t)(m->lex->themes[i].parent + 1) + 1]++;
    for (size_t b = 1; b <= n + 1; b++)
        first[b] += first[b - 1];
    for (size_t r = 0; r < n; r++) {
        size_t bucket = (size_t)(m->lex->themes[all[r]].parent + 1);
        kids[first[bucket] + fill[bucket]++] = all[r];
    }
    size_t k = 0, sp = 0;
    for (size_t r = first[1]; r-- > first[0];)
        stack[sp++] = kids[r];
    while (sp) {
        size_t t = stack[--sp];
        if (max_depth >= 0 && m->lex->themes[t].depth > max_depth)
            continue;
        m->order[k++] = t;
        for (size_t r = first[t + 2]; r-- > first[t + 1];)
            stack[sp++] = kids[r];
    }
    m->norder = k;
    rc = 0;
done:
    free(all), free(stack), free(first), free(fill), free(kids);
    return rc;
}

/* ---- pairs ---- */

static int by_pair(const void *x, const void *y)
{
    const vb_pair_stats *p = x, *q = y;
    if (p->both != q->both)
        return p->both > q->both ? -1 : 1;
    if (p->lift != q->lift)
        return p->lift > q->lift ? -1 : 1;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return (p->b > q->b) - (p->b < q->b);
}

/* Pairs of themes that are not ancestor and descendant, with at least min documents. */
static int pairs(vb_model *m, int max_depth, size_t min)
{
    size_t cap = 64, k = 0, nlive = 0;
    m->pairs = malloc(cap * sizeof *m->pairs);
    size_t *live = malloc((m->nthemes ? m->nthemes : 1) * sizeof *live);
    if (!m->pairs || !live) {
        free(live);
        return VB_ENOMEM;
    }
    /* only themes some document has can be in a pair */
    for (size_t i = 0; vb_agg_has_pairs(m->a) && i < m->nthemes; i++) {
        uint64_t units;
        if (vb_agg_pair_units(m->a, i, i, &units) &&
            (max_depth < 0 || m->lex->themes[i].depth <= max_depth))
            live[nlive++] = i;
    }
    for (size_t x = 0; x < nlive; x++) {
        size_t i = live[x];
        for (size_t y = x + 1; y < nlive; y++) {
            size_t j = live[y];
            if (vb__theme_is_ancestor(m->lex, (int)i, (int)j) ||
                vb__theme_is_ancestor(m->lex, (int)j, (int)i))
                continue;
            vb_pair_stats ps;
            vb_agg_pair_stats(m->a, i, j, &ps);
            if (ps.both < min || ps.both == 0)
                continue;
            if (k == cap) {
                vb_pair_stats *np = realloc(m->pairs, 2 * cap * sizeof *np);
                if (!np) {
                    free(live);
                    return VB_ENOMEM;
                }
                m->pairs = np;
                cap *= 2;
            }
            m->pairs[k++] = ps;
        }
    }
    free(live);
    if (k > 1)
        qsort(m->pairs, k, sizeof *m->pairs, by_pair);
    m->npairs = k;
    return 0;
}

void vb_agg_pair_stats(const vb_agg *a, size_t i, size_t j, vb_pair_stats *out)
{
    memset(out, 0, sizeof *out);
    out->a = i;
    out->b = j;
    uint64_t n;
    out->both = vb_agg_pair_units(a, i, j, &n);
    uint64_t na = vb_agg_pair_units(a, i, i, &n), nb = vb_agg_pair_units(a, j, j, &n);
    uint64_t any = na + nb - out->both;
    if (any)
        out->jaccard = (double)out->both / (double)any;
    if (na && nb)
        out->lift = (double)out->both * (double)n / ((double)na * (double)nb);
    if (out->both && out->lift > 0) {
        out->pmi = log2(out->lift);
        double pb = (double)out->both / (double)n;
        out->npmi = pb < 1 ? out->pmi / -log2(pb) : 1.0;
    }
    out->p = n ? vb__p_2x2(out->both, na - out->both, nb - out->both, n - na - nb + out->both)
               : 1.0;
}

/* ---- periods and segment combinations ---- */

static int by_combo(const void *x, const void *y, void *payload)
{
    const vb_model *m = payload;
    const vb_combo *p = x, *q = y;
    if (p->docs != q->docs)
        return p->docs > q->docs ? -1 : 1;
    for (int d = 0; d < 2; d++) {
        uint32_t s = p->seg[d], t = q->seg[d];
        if (s == t)
            continue;
        if (!s || !t) /* "no value" after every value */
            return s ? -1 : 1;
        return strcmp(m->a->segvals[d][s - 1], m->a->segvals[d][t - 1]);
    }
    return 0;
}

/* Index of a cell's period, or -1 (undated, or before the periods shown). */
static long period_index(const vb_model *m, int32_t period)
{
    if (period == VB_UNDATED || !m->nperiods || period < m->periods[0])
        return -1;
    size_t lo = 0, hi = m->nperiods;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (m->periods[mid] < period)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < m->nperiods && m->periods[lo] == period ? (long)lo : -1;
}

static int build_periods(vb_model *m)
{
    const vb_agg *a = m->a;
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    for (size_t c = 0; c < a->ncells; c++) {
        int32_t p = a->cells[c].period;
        if (p == VB_UNDATED) {
            m->undated += a->cells[c].docs;
            continue;
        }
        lo = p < lo ? p : lo;
        hi = p > hi ? p : hi;
    }
    if (lo > hi)
        return 0;
    size_t max = m->o.max_periods, n = 0;
    for (int32_t p = lo; p <= hi && n <= 100000; p = vb_period_next(a->opts.period, p))
        n++;
    /* keep the latest `max` periods: walk from the end */
    size_t keep = n < max ? n : max;
    m->periods = malloc(keep * sizeof *m->periods);
    if (!m->periods)
        return VB_ENOMEM;
    int32_t *all = malloc(n * sizeof *all);
    if (!all)
        return VB_ENOMEM;
    size_t k = 0;
    for (int32_t p = lo; k < n; p = vb_period_next(a->opts.period, p))
        all[k++] = p;
    memcpy(m->periods, all + (n - keep), keep * sizeof *all);
    m->nperiods = keep;
    free(all);
    for (size_t c = 0; c < a->ncells; c++)
        if (a->cells[c].period != VB_UNDATED && a->cells[c].period < m->periods[0])
            m->before += a->cells[c].docs;
    return 0;
}

static int build_combos(vb_model *m)
{
    const vb_agg *a = m->a;
    if (!a->opts.nsegments)
        return 0;
    /* the distinct (seg0, seg1) of the cells, with their documents */
    vb_combo *all = malloc((a->ncells ? a->ncells : 1) * sizeof *all);
    if (!all)
        return VB_ENOMEM;
    size_t n = 0;
    vb_strmap seen = { 0 };
    for (size_t c = 0; c < a->ncells; c++) {
        const vb_cell *cl = &a->cells[c];
        for (int d = 0; d < a->opts.nsegments; d++)
            if (!cl->seg[d])
                m->seg_missing[d] += cl->docs;
        uint32_t key[2] = { cl->seg[0], cl->seg[1] };
        uint32_t v;
        uint64_t h = vb__hash(key, sizeof key);
        if (vb__strmap_get(&seen, (const char *)&a->cells[c].seg, sizeof key, h, &v)) {
            all[v].docs += cl->docs;
            continue;
        }
        if (vb__strmap_put(&seen, (const char *)&a->cells[c].seg, sizeof key, h, (uint32_t)n)) {
            vb__strmap_free(&seen);
            free(all);
            return VB_ENOMEM;
        }
        all[n].seg[0] = cl->seg[0];
        all[n].seg[1] = cl->seg[1];
        all[n].docs = cl->docs;
        n++;
    }
    vb__strmap_free(&seen);
    qsort_r(all, n, sizeof *all, by_combo, m);
    m->combos_total = n;
    m->ncombos = n < m->o.max_segments ? n : m->o.max_segments;
    for (size_t c = m->ncombos; c < n; c++)
        m->combos_hidden_docs += all[c].docs;
    m->combos = all;
    return 0;
}

static long combo_index(const vb_model *m, const vb_cell *cl)
{
    for (size_t c = 0; c < m->ncombos; c++) /* a few dozen at most */
        if (m->combos[c].seg[0] == cl->seg[0] && m->combos[c].seg[1] == cl->seg[1])
            return (long)c;
    return -1;
}

/* ---- trends ---- */

static int build_trend(vb_model *m)
{
    const vb_agg *a = m->a;
    if (!m->nperiods)
        return 0;
    m->nseries = 1 + m->ncombos;
    size_t cells = m->nseries * m->norder * m->nperiods;
    m->trend = calloc(cells ? cells : 1, sizeof *m->trend);
    uint64_t *docs = calloc(m->nseries * m->nperiods, sizeof *docs);
    long *kof = malloc((m->nthemes ? m->nthemes : 1) * sizeof *kof);
    if (!m->trend || !docs || !kof) {
        free(docs);
        free(kof);
        return VB_ENOMEM;
    }
    for (size_t t = 0; t < m->nthemes; t++)
        kof[t] = -1;
    for (size_t k = 0; k < m->norder; k++)
        kof[m->order[k]] = (long)k;
    for (size_t c = 0; c < a->ncells; c++) {
        const vb_cell *cl = &a->cells[c];
        long p = period_index(m, cl->period);
        if (p < 0)
            continue;
        long combo = combo_index(m, cl);
        docs[(size_t)p] += cl->docs;
        if (combo >= 0)
            docs[(size_t)(1 + combo) * m->nperiods + (size_t)p] += cl->docs;
    }
    for (size_t j = 0; j < a->ct_cap; j++) {
        if (!a->ct_keys[j])
            continue;
        uint64_t key = a->ct_keys[j] - 1;
        const vb_cell *cl = &a->cells[key >> 32];
        long k = kof[key & 0xFFFFFFFFu], p = period_index(m, cl->period);
        if (k < 0 || p < 0)
            continue;
        vb__trend_at(m, 0, (size_t)k, (size_t)p)->theme_docs += a->ct_vals[j];
        long combo = combo_index(m, cl);
        if (combo >= 0)
            vb__trend_at(m, (size_t)(1 + combo), (size_t)k, (size_t)p)->theme_docs +=
                a->ct_vals[j];
    }
    free(kof);
    size_t ntests = 0;
    for (size_t s = 0; s < m->nseries; s++)
        for (size_t k = 0; k < m->norder; k++)
            for (size_t p = 0; p < m->nperiods; p++) {
                vb_trend_point *pt = vb__trend_at(m, s, k, p);
                pt->docs = docs[s * m->nperiods + p];
                pt->share = share(pt->theme_docs, pt->docs);
                pt->change = pt->p = pt->q = NAN;
                if (p == 0)
                    continue;
                const vb_trend_point *prev = vb__trend_at(m, s, k, p - 1);
                if (!pt->docs || !prev->docs)
                    continue;
                pt->change = 100.0 * (pt->share - prev->share);
                pt->p = vb__p_2x2(pt->theme_docs, pt->docs - pt->theme_docs, prev->theme_docs,
                                  prev->docs - prev->theme_docs);
                ntests++;
            }
    free(docs);
    /* Benjamini-Hochberg over every test of every series, theme and period */
    double *p = malloc((ntests ? ntests : 1) * sizeof *p), *q = malloc((ntests ? ntests : 1) * sizeof *q);
    if (!p || !q) {
        free(p);
        free(q);
        return VB_ENOMEM;
    }
    size_t n = 0, total = m->nseries * m->norder * m->nperiods;
    for (size_t i = 0; i < total; i++)
        if (!isnan(m->trend[i].p))
            p[n++] = m->trend[i].p;
    if (vb__bh(p, n, q)) {
        free(p);
        free(q);
        return VB_ENOMEM;
    }
    n = 0;
    size_t nsig = 0;
    for (size_t i = 0; i < total; i++)
        if (!isnan(m->trend[i].p)) {
            m->trend[i].q = q[n++];
            nsig += m->trend[i].q < m->o.alpha;
        }
    free(p);
    free(q);
    m->ntests = ntests;
    m->movers = malloc((nsig ? nsig : 1) * sizeof *m->movers);
    if (!m->movers)
        return VB_ENOMEM;
    for (size_t s = 0; s < m->nseries; s++)
        for (size_t k = 0; k < m->norder; k++)
            for (size_t pi = 0; pi < m->nperiods; pi++)
                if (vb__trend_at(m, s, k, pi)->q < m->o.alpha) {
                    vb_mover *mv = &m->movers[m->nmovers++];
                    mv->theme = k;
                    mv->combo = (long)s - 1;
                    mv->period = pi;
                }
    return 0;
}

static int by_mover(const void *x, const void *y, void *payload)
{
    const vb_model *m = payload;
    const vb_mover *p = x, *q = y;
    const vb_trend_point *a = vb__trend_at(m, (size_t)(p->combo + 1), p->theme, p->period);
    const vb_trend_point *b = vb__trend_at(m, (size_t)(q->combo + 1), q->theme, q->period);
    int ra = a->change > 0, rb = b->change > 0;
    if (ra != rb) /* rises first */
        return ra ? -1 : 1;
    if (p->period != q->period) /* the latest first */
        return p->period > q->period ? -1 : 1;
    if (a->q != b->q)
        return a->q < b->q ? -1 : 1;
    if (p->combo != q->combo)
        return p->combo < q->combo ? -1 : 1;
    return (p->theme > q->theme) - (p->theme < q->theme);
}

/* ---- segments ---- */

static int build_segments(vb_model *m)
{
    const vb_agg *a = m->a;
    if (!m->ncombos)
        return 0;
    size_t cells = m->ncombos * m->norder;
    m->seg = calloc(cells, sizeof *m->seg);
    long *kof = malloc((m->nthemes ? m->nthemes : 1) * sizeof *kof);
    if (!m->seg || !kof) {
        free(kof);
        return VB_ENOMEM;
    }
    for (size_t t = 0; t < m->nthemes; t++)
        kof[t] = -1;
    for (size_t k = 0; k < m->norder; k++)
        kof[m->order[k]] = (long)k;
    for (size_t j = 0; j < a->ct_cap; j++) {
        if (!a->ct_keys[j])
            continue;
        uint64_t key = a->ct_keys[j] - 1;
        long k = kof[key & 0xFFFFFFFFu], c = combo_index(m, &a->cells[key >> 32]);
        if (k >= 0 && c >= 0)
            m->seg[(size_t)c * m->norder + (size_t)k].theme_docs += a->ct_vals[j];
    }
    free(kof);
    double *p = malloc(cells * sizeof *p), *q = malloc(cells * sizeof *q);
    if (!p || !q) {
        free(p);
        free(q);
        return VB_ENOMEM;
    }
    size_t n = 0;
    for (size_t c = 0; c < m->ncombos; c++)
        for (size_t k = 0; k < m->norder; k++) {
            vb_segment_cell *sc = &m->seg[c * m->norder + k];
            uint64_t all = vb_agg_theme_docs(a, m->order[k]);
            uint64_t rest = a->docs - m->combos[c].docs, rest_theme = all - sc->theme_docs;
            sc->docs = m->combos[c].docs;
            sc->share = share(sc->theme_docs, sc->docs);
            sc->rest_share = share(rest_theme, rest);
            sc->diff = rest ? 100.0 * (sc->share - sc->rest_share) : NAN;
            sc->p = sc->q = NAN;
            if (rest && sc->docs) {
                sc->p = vb__p_2x2(sc->theme_docs, sc->docs - sc->theme_docs, rest_theme,
                                  rest - rest_theme);
                p[n++] = sc->p;
            }
        }
    if (vb__bh(p, n, q)) {
        free(p);
        free(q);
        return VB_ENOMEM;
    }
    m->nseg_tests = n;
    n = 0;
    for (size_t i = 0; i < cells; i++)
        if (!isnan(m->seg[i].p))
            m->seg[i].q = q[n++];
    free(p);
    free(q);
    return 0;
}

/* ---- drivers ---- */

typedef struct moments {
    double n, metric, mean, var_metric, var_mean;
} moments;

static moments moments_of(const vb_score_stats *s, vb_score_kind kind)
{
    moments r = { (double)s->n, NAN, NAN, NAN, NAN };
    if (!s->n)
        return r;
    double n = (double)s->n, sc = VB_SCORE_SCALE;
    r.mean = (double)s->sum / n / sc;
    double ss = (double)s->sumsq / (sc * sc);
    r.var_mean = s->n > 1 ? (ss - n * r.mean * r.mean) / (n - 1) : NAN;
    if (r.var_mean < 0)
        r.var_mean = 0;
    if (kind == VB_SCORE_NPS) {
        double pp = (double)s->promoters / n, pd = (double)s->detractors / n;
        r.metric = 100.0 * (pp - pd);
        r.var_metric = 10000.0 * (pp + pd - (pp - pd) * (pp - pd)); /* per respondent */
    } else {
        r.metric = r.mean;
        r.var_metric = r.var_mean;
    }
    return r;
}

static vb_score_stats minus(const vb_score_stats *x, const vb_score_stats *y)
{
    vb_score_stats r;
    r.n = x->n - y->n;
    r.promoters = x->promoters - y->promoters;
    r.detractors = x->detractors - y->detractors;
    r.sum = (int64_t)((uint64_t)x->sum - (uint64_t)y->sum); /* wraps, never undefined */
    r.sumsq = x->sumsq - y->sumsq;
    return r;
}

static int by_impact(const void *x, const void *y)
{
    const vb_driver *p = x, *q = y;
    double a = fabs(p->impact), b = fabs(q->impact);
    if (isnan(a) != isnan(b))
        return isnan(a) ? 1 : -1;
    if (a != b && !isnan(a))
        return a > b ? -1 : 1;
    return (p->theme > q->theme) - (p->theme < q->theme);
}

static int build_drivers(vb_model *m)
{
    const vb_agg *a = m->a;
    vb_score_kind kind = a->opts.score;
    if (kind == VB_SCORE_NONE)
        return 0;
    m->score_all = a->score_all;
    moments all = moments_of(&a->score_all, kind);
    m->overall = all.metric;
    m->overall_mean = all.mean;
    m->drivers = calloc(m->norder ? m->norder : 1, sizeof *m->drivers);
    if (!m->drivers)
        return VB_ENOMEM;
    for (size_t k = 0; k < m->norder; k++) {
        size_t t = m->order[k];
        const vb_score_stats *w = &a->score_theme[t];
        if (!w->n)
            continue;
        vb_score_stats wo = minus(&a->score_all, w);
        moments mw = moments_of(w, kind), mo = moments_of(&wo, kind);
        vb_driver *d = &m->drivers[m->ndrivers++];
        d->theme = t;
        d->n_with = w->n;
        d->n_without = wo.n;
        d->with = mw.metric;
        d->without = mo.metric;
        d->mean_with = mw.mean;
        d->mean_without = mo.mean;
        d->impact = d->lo = d->hi = NAN;
        if (!wo.n)
            continue;
        /* overall = share * with + (1 - share) * without, so removing the theme's
         * documents moves the overall by share * (with - without) */
        double frac = (double)w->n / (double)a->score_all.n;
        d->impact = frac * (mw.metric - mo.metric);
        if (w->n > 1 && wo.n > 1) {
            double se = frac * sqrt(mw.var_metric / mw.n + mo.var_metric / mo.n);
            d->lo = d->impact - Z95 * se;
            d->hi = d->impact + Z95 * se;
        }
    }
    qsort(m->drivers, m->ndrivers, sizeof *m->drivers, by_impact);
    return 0;
}

/* ---- terms ---- */

const char *const vb__term_kinds[4] = { "words", "stems", "phrases2", "phrases3" };

static int by_freq(const void *x, const void *y)
{
    const vb_term *p = *(const vb_term *const *)x, *q = *(const vb_term *const *)y;
    if (p->docs != q->docs)
        return p->docs > q->docs ? -1 : 1;
    if (p->hits != q->hits)
        return p->hits > q->hits ? -1 : 1;
    return vb__bytes_cmp(p->key, p->len, q->key, q->len);
}

static int build_terms(vb_model *m)
{
    const vb_agg *a = m->a;
    if (!a->opts.terms)
        return 0;
    size_t top = m->o.top_terms ? m->o.top_terms
                 : m->o.format == VB_FORMAT_TABLE ? 15
                                                  : 200;
    for (int k = 0; k < 4; k++) {
        m->terms[k] = malloc((a->nterms ? a->nterms : 1) * sizeof *m->terms[k]);
        if (!m->terms[k])
            return VB_ENOMEM;
    }
    for (size_t i = 0; i < a->nterms; i++) {
        const vb_term *t = &a->terms[i];
        if (!strchr("ws23", t->key[0]))
            continue; /* word x theme, coverage: build_theme_words(), build_misses() */
        int k = t->key[0] == 'w' ? 0 : t->key[0] == 's' ? 1 : t->key[0] == '2' ? 2 : 3;
        m->terms[k][m->terms_total[k]++] = t;
    }
    for (int k = 0; k < 4; k++) {
        qsort(m->terms[k], m->terms_total[k], sizeof *m->terms[k], by_freq);
        m->nterms[k] = m->terms_total[k] < top ? m->terms_total[k] : top;
    }
    return 0;
}

static double g_term(double o, double e)
{
    return o > 0 && e > 0 ? o * log(o / e) : 0;
}

static int by_g2(const void *x, const void *y)
{
    const vb_theme_word *p = x, *q = y;
    if (p->g2 != q->g2)
        return p->g2 > q->g2 ? -1 : 1;
    return vb__bytes_cmp(p->word, p->len, q->word, q->len);
}

/* For each theme, the words found more often in its documents than elsewhere, ranked by
 * log-likelihood (G2): frequent and strongly associated words first. At least 3 documents
 * with both, so a word seen once does not lead. */
static int build_theme_words(vb_model *m)
{
    const vb_agg *a = m->a;
    if (!a->opts.terms || !m->norder)
        return 0;
    long *kof = malloc(m->nthemes * sizeof *kof);
    size_t *count = calloc(m->norder, sizeof *count), *fill = calloc(m->norder, sizeof *fill);
    m->ntheme_words = calloc(m->norder, sizeof *m->ntheme_words);
    m->theme_words = calloc(m->norder * VB_THEME_WORDS, sizeof *m->theme_words);
    vb_buf key = { NULL, 0, 0 };
    vb_theme_word *cand = NULL;
    size_t *start = calloc(m->norder + 1, sizeof *start);
    int rc = VB_ENOMEM;
    if (!kof || !count || !fill || !m->ntheme_words || !m->theme_words || !start)
        goto done;
    for (size_t t = 0; t < m->nthemes; t++)
        kof[t] = -1;
    for (size_t k = 0; k < m->norder; k++)
        kof[m->order[k]] = (long)k;
    /* bucket the candidates by theme */
    size_t ncand = 0;
    for (size_t i = 0; i < a->nterms; i++) {
        const vb_term *x = &a->terms[i];
        if (x->key[0] != 'x' || x->docs < 3)
            continue;
        uint32_t th = (uint32_t)(unsigned char)x->key[1] | (uint32_t)(unsigned char)x->key[2] << 8 |
                      (uint32_t)(unsigned char)x->key[3] << 16 |
                      (uint32_t)(unsigned char)x->key[4] << 24;
        if (th < m->nthemes && kof[th] >= 0) {
            count[kof[th]]++;
            ncand++;
        }
    }
    for (size_t k = 0; k < m->norder; k++)
        start[k + 1] = start[k] + count[k];
    cand = malloc((ncand ? ncand : 1) * sizeof *cand);
    if (!cand)
        goto done;
    double n = (double)a->docs;
    for (size_t i = 0; i < a->nterms; i++) {
        const vb_term *x = &a->terms[i];
        if (x->key[0] != 'x' || x->docs < 3)
            continue;
        uint32_t th = (uint32_t)(unsigned char)x->key[1] | (uint32_t)(unsigned char)x->key[2] << 8 |
                      (uint32_t)(unsigned char)x->key[3] << 16 |
                      (uint32_t)(unsigned char)x->key[4] << 24;
        if (th >= m->nthemes || kof[th] < 0)
            continue;
        key.len = 0;
        if (vb__buf_putc(&key, 'w') || vb__buf_append(&key, x->key + 5, x->len - 5))
            goto done;
        uint32_t wi;
        if (!vb__strmap_get(&a->termmap, key.ptr, key.len, vb__hash(key.ptr, key.len), &wi))
            continue;
        vb_theme_word w = { x->key + 5, x->len - 5, x->docs, a->terms[wi].docs, 0, 0, 0, 1 };
        double both = (double)w.both, nw = (double)w.word_docs, nt = (double)a->theme_docs[th];
        w.lift = both * n / (nw * nt);
        double pb = both / n;
        w.npmi = pb < 1 ? log2(w.lift) / -log2(pb) : 1;
        double cells[4] = { both, nt - both, nw - both, n - nt - nw + both };
        double exp4[4] = { nt * nw / n, nt * (n - nw) / n, (n - nt) * nw / n,
                           (n - nt) * (n - nw) / n };
        for (int c = 0; c < 4; c++)
            w.g2 += 2 * g_term(cells[c], exp4[c]);
        if (w.lift <= 1)
            continue; /* only the words that mark the theme */
        w.p = vb__p_2x2(w.both, a->theme_docs[th] - w.both, w.word_docs - w.both,
                        a->docs - a->theme_docs[th] - w.word_docs + w.both);
        size_t k = (size_t)kof[th];
        cand[start[k] + fill[k]++] = w;
    }
    for (size_t k = 0; k < m->norder; k++) {
        qsort(cand + start[k], fill[k], sizeof *cand, by_g2);
        size_t keep = fill[k] < VB_THEME_WORDS ? fill[k] : VB_THEME_WORDS;
        memcpy(m->theme_words + k * VB_THEME_WORDS, cand + start[k], keep * sizeof *cand);
        m->ntheme_words[k] = keep;
    }
    rc = 0;
done:
    free(kof);
    free(count);
    free(fill);
    free(start);
    free(cand);
    vb__buf_free(&key);
    return rc;
}

/* ---- examples per period and per segment ---- */

typedef struct cx_item {
    size_t k;
    int kind;  /* 0: by period, 1: by segment */
    long group;
    const vb_example *ex;
} cx_item;

static int by_cx(const void *x, const void *y)
{
    const cx_item *p = x, *q = y;
    if (p->k != q->k)
        return p->k < q->k ? -1 : 1;
    if (p->kind != q->kind)
        return p->kind - q->kind;
    if (p->group != q->group)
        return p->group < q->group ? -1 : 1;
    return vb__agg_examples_cmp(p->ex, q->ex);
}

/* The sample of a group of cells is the bottom K of their samples put together: the same
 * as if the group had been sampled directly. */
static int build_cell_examples(vb_model *m)
{
    const vb_agg *a = m->a;
    size_t K = a->opts.cell_examples;
    if (!K || !a->ct_ex)
        return 0;
    long *kof = malloc((m->nthemes ? m->nthemes : 1) * sizeof *kof);
    size_t n = 0, cap = 0;
    cx_item *items = NULL;
    int rc = VB_ENOMEM;
    if (!kof)
        goto done;
    for (size_t t = 0; t < m->nthemes; t++)
        kof[t] = -1;
    for (size_t k = 0; k < m->norder; k++)
        kof[m->order[k]] = (long)k;
    for (size_t j = 0; j < a->ct_cap; j++) {
        if (!a->ct_keys[j] || !a->ct_ex[j].n)
            continue;
        uint64_t key = a->ct_keys[j] - 1;
        const vb_cell *cl = &a->cells[key >> 32];
        long k = kof[key & 0xFFFFFFFFu];
        if (k < 0)
            continue;
        long groups[2] = { a->opts.period != VB_PERIOD_NONE ? period_index(m, cl->period) : -1,
                           combo_index(m, cl) };
        for (int kind = 0; kind < 2; kind++) {
            if (groups[kind] < 0)
                continue;
            for (size_t e = 0; e < a->ct_ex[j].n; e++) {
                if (vb__grow((void **)&items, &cap, n + 1, sizeof *items))
                    goto done;
                items[n++] = (cx_item){ (size_t)k, kind, groups[kind], &a->ct_ex[j].ex[e] };
            }
        }
    }
    if (n > 1)
        qsort(items, n, sizeof *items, by_cx);
    m->cx_items = malloc((n ? n : 1) * sizeof *m->cx_items);
    m->cx = malloc((n ? n : 1) * sizeof *m->cx);
    if (!m->cx_items || !m->cx)
        goto done;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        int same = i && items[i].k == items[i - 1].k && items[i].kind == items[i - 1].kind &&
                   items[i].group == items[i - 1].group;
        if (!same) {
            vb_cx_group *g = &m->cx[m->ncx++];
            g->theme = items[i].k;
            g->period = items[i].kind == 0 ? items[i].group : -1;
            g->combo = items[i].kind == 1 ? items[i].group : -1;
            g->first = kept;
            g->n = 0;
        }
        vb_cx_group *g = &m->cx[m->ncx - 1];
        if (g->n == K || (same && vb__agg_examples_cmp(items[i].ex, items[i - 1].ex) == 0))
            continue;
        m->cx_items[kept++] = items[i].ex;
        g->n++;
    }
    rc = 0;
done:
    free(kof);
    free(items);
    return rc;
}

/* ---- coverage ---- */

static int by_entry_docs(const void *x, const void *y, void *payload)
{
    const vb_agg *a = payload;
    size_t i = *(const size_t *)x, j = *(const size_t *)y;
    if (a->entry_docs[i] != a->entry_docs[j])
        return a->entry_docs[i] > a->entry_docs[j] ? -1 : 1;
    return (i > j) - (i < j);
}

static int by_keyness(const void *x, const void *y)
{
    const vb_miss *p = x, *q = y;
    if (p->g2 != q->g2)
        return p->g2 > q->g2 ? -1 : 1;
    return vb__bytes_cmp(p->text, p->len, q->text, q->len);
}

static int build_coverage(vb_model *m)
{
    const vb_agg *a = m->a;
    if (!a->opts.coverage)
        return 0;
    m->nentries = a->nentries;
    m->entry_order = malloc((a->nentries ? a->nentries : 1) * sizeof *m->entry_order);
    if (!m->entry_order)
        return VB_ENOMEM;
    for (size_t e = 0; e < a->nentries; e++) {
        m->entry_order[e] = e;
        m->entries_never += a->entry_docs[e] == 0;
    }
    qsort_r(m->entry_order, a->nentries, sizeof *m->entry_order, by_entry_docs, (void *)a);
    /* keyness of each word and phrase of the unmatched documents against the matched */
    double un = (double)(a->docs - a->matched), mn = (double)a->matched, n = un + mn;
    vb_buf key = { NULL, 0, 0 };
    for (int k = 0; k < 2; k++) {
        m->misses[k] = malloc((a->nterms ? a->nterms : 1) * sizeof *m->misses[k]);
        if (!m->misses[k]) {
            vb__buf_free(&key);
            return VB_ENOMEM;
        }
    }
    for (size_t i = 0; i < a->nterms; i++) {
        const vb_term *t = &a->terms[i];
        char kind = t->key[0];
        if (kind != 'u' && kind != 'v' && kind != 'y')
            continue;
        key.len = 0;
        if (vb__buf_putc(&key, kind == 'u' ? 'w' : kind == 'v' ? '2' : '3') ||
            vb__buf_append(&key, t->key + 1, t->len - 1)) {
            vb__buf_free(&key);
            return VB_ENOMEM;
        }
        uint32_t all;
        if (!vb__strmap_get(&a->termmap, key.ptr, key.len, vb__hash(key.ptr, key.len), &all))
            continue;
        vb_miss ms = { t->key + 1, t->len - 1, t->docs, a->terms[all].docs - t->docs, 0 };
        double u = (double)ms.unmatched, mt = (double)ms.matched;
        if (ms.unmatched < 3 || u * mn <= mt * un)
            continue; /* rare, or no more common where nothing matched */
        double tot = u + mt;
        double cells[4] = { u, un - u, mt, mn - mt };
        double exp4[4] = { tot * un / n, (n - tot) * un / n, tot * mn / n, (n - tot) * mn / n };
        for (int c = 0; c < 4; c++)
            ms.g2 += 2 * g_term(cells[c], exp4[c]);
        int k = kind == 'u' ? 0 : 1;
        m->misses[k][m->nmisses[k]++] = ms;
    }
    vb__buf_free(&key);
    for (int k = 0; k < 2; k++) {
        qsort(m->misses[k], m->nmisses[k], sizeof *m->misses[k], by_keyness);
        if (m->nmisses[k] > VB_MISSES)
            m->nmisses[k] = VB_MISSES;
    }
    return 0;
}

/* ---- the whole model ---- */

int vb__model_build(vb_model *m, const vb_agg *a, const vb_report_opts *o)
{
    memset(m, 0, sizeof *m);
    m->a = a;
    m->lex = a->lex;
    m->nthemes = a->nthemes;
    if (o)
        m->o = *o;
    else
        vb_report_opts_init(&m->o);
    if (!m->o.max_segments)
        m->o.max_segments = 20;
    if (!m->o.max_periods)
        m->o.max_periods = 400;
    if (!(m->o.alpha > 0 && m->o.alpha < 1))
        m->o.alpha = 0.05;
    if (!m->o.width)
        m->o.width = 100;
    size_t min = m->o.min_pair ? m->o.min_pair : (m->o.format == VB_FORMAT_TABLE ? 2 : 1);
    int pd = m->o.pair_depth;
    if (m->o.max_depth >= 0 && (pd < 0 || pd > m->o.max_depth))
        pd = m->o.max_depth;
    int rc;
    if ((rc = tree_order(m, m->o.max_depth)) || (rc = pairs(m, pd, min)) ||
        (a->opts.period != VB_PERIOD_NONE && (rc = build_periods(m))) ||
        (rc = build_combos(m)) || (rc = build_trend(m)) || (rc = build_segments(m)) ||
        (rc = build_drivers(m)) || (rc = build_terms(m)) || (rc = build_theme_words(m)) ||
        (rc = build_cell_examples(m)) || (rc = build_coverage(m))) {
        vb__model_free(m);
        return VB_ENOMEM;
    }
    if (m->nmovers > 1)
        qsort_r(m->movers, m->nmovers, sizeof *m->movers, by_mover, m);
    return 0;
}

void vb__model_free(vb_model *m)
{
    free(m->order);
    free(m->pairs);
    free(m->periods);
    free(m->combos);
    free(m->trend);
    free(m->movers);
    free(m->seg);
    free(m->drivers);
    for (int k = 0; k < 4; k++)
        free(m->terms[k]);
    free(m->theme_words);
    free(m->ntheme_words);
    free(m->cx);
    free(m->cx_items);
    free(m->entry_order);
    free(m->misses[0]);
    free(m->misses[1]);
    memset(m, 0, sizeof *m);
}

void vb__combo_label(const vb_model *m, const vb_combo *c, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (int d = 0; d < m->a->opts.nsegments && n < size; d++) {
        const char *v = c->seg[d] ? m->a->segvals[d][c->seg[d] - 1] : "(none)";
        n += (size_t)snprintf(buf + n, size - n, "%s%s", d ? " / " : "", v);
    }
}

void vb__period_label(const vb_model *m, size_t p, char *buf, size_t size)
{
    if (p >= m->nperiods)
        snprintf(buf, size, "undated");
    else
        vb_period_label(m->a->opts.period, m->periods[p], buf, size);
}

const char *vb__cooc_unit(const vb_model *m)
{
    return m->a->opts.cooc == VB_COOC_SENTENCE ? "sentences" : "documents";
}

void vb__cooc_phrase(const vb_model *m, char *buf, size_t size)
{
    if (m->a->opts.cooc == VB_COOC_WINDOW)
        snprintf(buf, size, "documents with both within %u tokens", m->a->opts.window);
    else
        snprintf(buf, size, "%s with both", vb__cooc_unit(m));
}
