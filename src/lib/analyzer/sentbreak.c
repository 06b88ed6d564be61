/* UAX #29 sentence boundaries. Like wordbreak.c: the text is decoded once into properties,
 * then each position between characters is decided by the rules in order; SB5's "ignore
 * Extend and Format" is done by looking past them. */
#include "sentbreak.h"

#include <pthread.h>

#include "../util/util.h"

static uint8_t ascii_prop[128];

static void init_ascii(void)
{
    for (int ch = 0; ch < 128; ch++)
        ascii_prop[ch] = (uint8_t)vb__sb_prop(ch);
}

int vb__sb_prop(int32_t cp)
{
    if (cp < 0)
        return SB_Other;
    unsigned lo = 0, hi = vb__sb_nranges;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        const vb_sb_range *r = &vb__sb_ranges[mid];
        if ((uint32_t)cp < r->first)
            hi = mid;
        else if ((uint32_t)cp > r->last)
            lo = mid + 1;
        else
            return r->prop;
    }
    return SB_Other;
}

static int parasep(int p)
{
    return p == SB_Sep || p == SB_CR || p == SB_LF;
}

static int ignorable(int p)
{
    return p == SB_Extend || p == SB_Format;
}

static int saterm(int p)
{
    return p == SB_STerm || p == SB_ATerm;
}

/* The character before i that the rules see (SB5), or -1 at the start. */
static long before(const uint8_t *p, long i)
{
    long j = i - 1;
    while (j >= 0 && ignorable(p[j])) {
        if (j == 0 || parasep(p[j - 1]))
            return j; /* Extend after sot or a paragraph separator stands for itself */
        j--;
    }
    return j;
}

static int breaks_between(const uint8_t *p, long n, long i)
{
    int a = p[i - 1], b = p[i];
    if (a == SB_CR && b == SB_LF)
        return 0; /* SB3 */
    if (parasep(a))
        return 1; /* SB4 */
    if (ignorable(b))
        return 0; /* SB5 */
    long l = before(p, i);
    int pa = p[l];
    if (pa == SB_ATerm && b == SB_Numeric)
        return 0; /* SB6 */
    if (pa == SB_ATerm && b == SB_Upper && l > 0) {
        long l2 = before(p, l);
        if (l2 >= 0 && (p[l2] == SB_Upper || p[l2] == SB_Lower))
            return 0; /* SB7 */
    }
    /* SB8-SB11 look back over SATerm Close* Sp* */
    long j = l;
    int spaces = 0;
    while (j >= 0 && p[j] == SB_Sp) {
        spaces = 1;
        j = j > 0 ? before(p, j) : -1;
    }
    while (j >= 0 && p[j] == SB_Close)
        j = j > 0 ? before(p, j) : -1;
    if (j < 0 || !saterm(p[j]))
        return 0; /* SB998 */
    if (p[j] == SB_ATerm) { /* SB8: ... × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower */
        for (long k = i; k < n; k++) {
            int q = p[k];
            if (ignorable(q))
                continue;
            if (q == SB_Lower)
                return 0;
            if (q == SB_OLetter || q == SB_Upper || parasep(q) || saterm(q))
                break;
        }
    }
    if (b == SB_SContinue || saterm(b))
        return 0; /* SB8a */
    if (!spaces && (b == SB_Close || b == SB_Sp || parasep(b)))
        return 0; /* SB9 */
    if (b == SB_Sp || parasep(b))
        return 0; /* SB10 */
    return 1;     /* SB11 */
}

void vb__sentencebreaks(size_t len, const vb_wb_char *chars, size_t n, uint8_t *props,
                        uint8_t *breaks)
{
    for (size_t c = 0; c < n; c++)
        props[c] = chars[c].sprop;
    vb__sb_apply(props, n, chars, len, breaks);
}

void vb__sentencebreaks_ascii(const char *text, size_t len, uint8_t *props, uint8_t *breaks)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_ascii);
    for (size_t i = 0; i < len; i++)
        props[i] = ascii_prop[(unsigned char)text[i]];
    vb__sb_apply(props, len, NULL, len, breaks);
}

void vb__sb_apply(const uint8_t *props, size_t n, const vb_wb_char *chars, size_t len,
                  uint8_t *breaks)
{
    for (size_t i = 0; i <= len; i++)
        breaks[i] = 0;
    breaks[0] = breaks[len] = 1; /* SB1, SB2 */
    /* Every rule that can break (SB4, SB11) needs a paragraph separator just before, or a
     * terminator followed only by Close, Sp, Extend or Format: elsewhere SB998 holds and
     * the rules need not run. */
    int armed = 0;
    for (long i = 1; i < (long)n; i++) {
        int a = props[i - 1];
        if (saterm(a))
            armed = 1;
        else if (!(a == SB_Close || a == SB_Sp || ignorable(a)))
            armed = 0;
        if ((armed || parasep(a)) && breaks_between(props, (long)n, i))
            breaks[chars ? chars[i].start : (size_t)i] = 1;
    }
}
