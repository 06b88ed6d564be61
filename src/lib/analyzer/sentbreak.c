/* UAX #29 sentence boundaries. Like wordbreak.c: the text is decoded once into properties,
 * then each position between characters is decided by the rules in order; SB5's "ignore
 * Extend and Format" is done by looking past them. */
#include "sentbreak.h"

#include <pthread.h>
#include <string.h>

#include "../util/util.h"

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

/* The rules read the property of character j as m[p[j]]: p holds the properties themselves
 * (m is the identity) or, for ASCII, the bytes of the text (m maps a byte to its property). */

/* The character before i that the rules see (SB5), or -1 at the start. */
static long before(const uint8_t *p, const uint8_t *m, long i)
{
    long j = i - 1;
    while (j >= 0 && ignorable(m[p[j]])) {
        if (j == 0 || parasep(m[p[j - 1]]))
            return j; /* Extend after sot or a paragraph separator stands for itself */
        j--;
    }
    return j;
}

static int breaks_between(const uint8_t *p, const uint8_t *m, long n, long i)
{
    int a = m[p[i - 1]], b = m[p[i]];
    if (a == SB_CR && b == SB_LF)
        return 0; /* SB3 */
    if (parasep(a))
        return 1; /* SB4 */
    if (ignorable(b))
        return 0; /* SB5 */
    long l = before(p, m, i);
    int pa = m[p[l]];
    if (pa == SB_ATerm && b == SB_Numeric)
        return 0; /* SB6 */
    if (pa == SB_ATerm && b == SB_Upper && l > 0) {
        long l2 = before(p, m, l);
        if (l2 >= 0 && (m[p[l2]] == SB_Upper || m[p[l2]] == SB_Lower))
            return 0; /* SB7 */
    }
    /* SB8-SB11 look back over SATerm Close* Sp* */
    long j = l;
    int spaces = 0;
    while (j >= 0 && m[p[j]] == SB_Sp) {
        spaces = 1;
        j = j > 0 ? before(p, m, j) : -1;
    }
    while (j >= 0 && m[p[j]] == SB_Close)
        j = j > 0 ? before(p, m, j) : -1;
    if (j < 0 || !saterm(m[p[j]]))
        return 0; /* SB998 */
    if (m[p[j]] == SB_ATerm) { /* SB8: ... × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower */
        for (long k = i; k < n; k++) {
            int q = m[p[k]];
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

/* Every rule that can break (SB4, SB11) needs a paragraph separator just before, or a
 * terminator followed only by Close, Sp, Extend or Format: elsewhere SB998 holds and the rules
 * need not run. walk() runs them after the terminator or separator at t, up to where the
 * next one takes over, and returns the boundary found (-1: none). There is one at most: a
 * boundary inside the walk is SB11's before a Close that follows Sp, and no later position's
 * look-back gets past that Sp to the terminator. */
static long walk(const uint8_t *p, const uint8_t *m, long n, long t)
{
    for (long i = t + 1; i < n; i++) {
        if (breaks_between(p, m, n, i))
            return i;
        int b = m[p[i]];
        if (parasep(m[p[t]]) || !(b == SB_Close || b == SB_Sp || ignorable(b)))
            break;
    }
    return -1;
}

static uint8_t identity[16], ascii_prop[256], trigger[16];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init(void)
{
    for (int p = 0; p < 16; p++) {
        identity[p] = (uint8_t)p;
        trigger[p] = (uint8_t)(saterm(p) || parasep(p));
    }
    for (int ch = 0; ch < 128; ch++)
        ascii_prop[ch] = (uint8_t)vb__sb_prop(ch);
}

void vb__sentencebreaks(size_t len, const vb_wb_char *chars, size_t n, uint8_t *props,
                        uint8_t *breaks)
{
    pthread_once(&once, init);
    for (size_t c = 0; c < n; c++)
        props[c] = chars[c].sprop;
    memset(breaks, 0, len + 1);
    breaks[0] = breaks[len] = 1; /* SB1, SB2 */
    for (long t = 0; t + 1 < (long)n; t++) {
        long at = trigger[props[t]] ? walk(props, identity, (long)n, t) : -1;
        if (at > 0)
            breaks[chars[at].start] = 1;
    }
}

int vb__sb_ascii_trigger(unsigned char c)
{
    pthread_once(&once, init);
    return c < 0x80 && trigger[ascii_prop[c]];
}

size_t vb__sb_after_ascii(const char *text, size_t len, size_t t)
{
    pthread_once(&once, init);
    long at = walk((const uint8_t *)text, ascii_prop, (long)len, (long)t);
    return at > 0 ? (size_t)at : 0;
}
