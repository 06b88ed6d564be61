/* Significance for 2x2 tables of document counts, and the Benjamini-Hochberg correction.
 *
 * A table is [[a, b], [c, d]]: a documents of group 1 with the theme, b without; c and d
 * the same for group 2. Small tables get Fisher's exact test (two-sided: the sum of the
 * probabilities of every table with the same margins that is no more likely than the one
 * seen); large ones the G-test (log-likelihood ratio, chi-square with one degree of
 * freedom), which is accurate there and costs O(1) instead of O(margin). */
#include "agg_int.h"

#include <math.h>
#include <stdlib.h>

#define FISHER_MAX_MARGIN 2000 /* above this the G-test is used */

static double log_choose(double n, double k)
{
    return lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1);
}

static double fisher(double a, double b, double c, double d)
{
    double r1 = a + b, c1 = a + c, n = a + b + c + d;
    double lo = c1 - (n - r1) > 0 ? c1 - (n - r1) : 0, hi = r1 < c1 ? r1 : c1;
    double denom = log_choose(n, c1);
    double seen = log_choose(r1, a) + log_choose(n - r1, c1 - a) - denom;
    double p = 0;
    /* an integer count of steps: lo + k stays exact, and the loop ends however the
     * doubles round */
    for (uint64_t k = 0, steps = (uint64_t)(hi - lo); k <= steps && k <= FISHER_MAX_MARGIN; k++) {
        double x = lo + (double)k;
        double lp = log_choose(r1, x) + log_choose(n - r1, c1 - x) - denom;
        if (lp <= seen + 1e-7) /* relative tolerance: ties in exact arithmetic */
            p += exp(lp);
    }
    return p > 1 ? 1 : p;
}

static double g_term(double o, double e)
{
    return o > 0 ? o * log(o / e) : 0;
}

static double gtest(double a, double b, double c, double d)
{
    double n = a + b + c + d, r1 = a + b, r2 = c + d, c1 = a + c, c2 = b + d;
    double g = 2 * (g_term(a, r1 * c1 / n) + g_term(b, r1 * c2 / n) + g_term(c, r2 * c1 / n) +
                    g_term(d, r2 * c2 / n));
    return g > 0 ? erfc(sqrt(g / 2)) : 1.0; /* chi-square, 1 df, upper tail */
}

double vb__p_2x2(uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
    uint64_t r1 = a + b, r2 = c + d, c1 = a + c, c2 = b + d;
    if (!r1 || !r2 || !c1 || !c2)
        return 1.0; /* a margin of zero: nothing to compare */
    uint64_t m = r1;
    if (r2 < m)
        m = r2;
    if (c1 < m)
        m = c1;
    if (c2 < m)
        m = c2;
    if (m <= FISHER_MAX_MARGIN)
        return fisher((double)a, (double)b, (double)c, (double)d);
    return gtest((double)a, (double)b, (double)c, (double)d);
}

typedef struct ranked {
    double p;
    size_t i;
} ranked;

static int by_p(const void *x, const void *y)
{
    const ranked *r = x, *s = y;
    if (r->p != s->p)
        return r->p < s->p ? -1 : 1;
    return (r->i > s->i) - (r->i < s->i);
}

int vb__bh(const double *p, size_t n, double *q)
{
    if (!n)
        return 0;
    ranked *r = malloc(n * sizeof *r);
    if (!r)
        return VB_ENOMEM;
    for (size_t i = 0; i < n; i++)
        r[i].p = p[i], r[i].i = i;
    qsort(r, n, sizeof *r, by_p);
    double min = 1.0;
    for (size_t k = n; k-- > 0;) { /* q = min over larger ranks of p * n / rank */
        double v = r[k].p * (double)n / (double)(k + 1);
        if (v < min)
            min = v;
        q[r[k].i] = min;
    }
    free(r);
    return 0;
}
