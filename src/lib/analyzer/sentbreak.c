/* UAX #29 sentence boundaries. The rules read the properties that vb__wordbreaks decoded
 * (or, in ASCII, the bytes); each position between characters is decided by the rules in
 * order, SB5's "ignore Extend and Format" being done by looking past them. */
#include "sentbreak.h"

#include <pthread.h>

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

/* The characters as the rules see them: character j's property is m[p[j * stride]], p being
 * the properties of the decoded characters (&chars[0].sprop; m is the identity) or, for
 * ASCII, the bytes of the text (stride 1; m maps a byte to its property). lo, hi: the
 * lowest and highest index the rules have read, so that a caller who gave them a window of
 * a text can tell whether the window's edges (or its bytes beyond ASCII) counted. */
typedef struct seq {
    const uint8_t *p;
    size_t stride;
    const uint8_t *m;
    long lo, hi;
} seq;

static inline int prop_at(seq *q, long j)
{
    q->lo = j < q->lo ? j : q->lo;
    q->hi = j > q->hi ? j : q->hi;
    return q->m[q->p[(size_t)j * q->stride]];
}

#define P(q, j) prop_at(q, j)

/* The character before i that the rules see (SB5), or -1 at the start. */
static inline __attribute__((always_inline)) long before(seq *q, long i)
{
    long j = i - 1;
    while (j >= 0 && ignorable(P(q, j))) {
        if (j == 0 || parasep(P(q, j - 1)))
            return j; /* Extend after sot or a paragraph separator stands for itself */
        j--;
    }
    return j;
}

static inline __attribute__((always_inline)) int breaks_between(seq *q, long n, long i)
{
    int a = P(q, i - 1), b = P(q, i);
    if (a == SB_CR && b == SB_LF)
        return 0; /* SB3 */
    if (parasep(a))
        return 1; /* SB4 */
    if (ignorable(b))
        return 0; /* SB5 */
    long l = before(q, i);
    int pa = P(q, l);
    if (pa == SB_ATerm && b == SB_Numeric)
        return 0; /* SB6 */
    if (pa == SB_ATerm && b == SB_Upper && l > 0) {
        long l2 = before(q, l);
        if (l2 >= 0 && (P(q, l2) == SB_Upper || P(q, l2) == SB_Lower))
            return 0; /* SB7 */
    }
    /* SB8-SB11 look back over SATerm Close* Sp* */
    long j = l;
    int spaces = 0;
    while (j >= 0 && P(q, j) == SB_Sp) {
        spaces = 1;
        j = j > 0 ? before(q, j) : -1;
    }
    while (j >= 0 && P(q, j) == SB_Close)
        j = j > 0 ? before(q, j) : -1;
    if (j < 0 || !saterm(P(q, j)))
        return 0; /* SB998 */
    if (P(q, j) == SB_ATerm) { /* SB8: ... × (¬(OLetter|Upper|Lower|ParaSep|SATerm))* Lower */
        for (long k = i; k < n; k++) {
            int c = P(q, k);
            if (ignorable(c))
                continue;
            if (c == SB_Lower)
                return 0;
            if (c == SB_OLetter || c == SB_Upper || parasep(c) || saterm(c))
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
static inline __attribute__((always_inline)) long walk(seq *q, long n, long t)
{
    for (long i = t + 1; i < n; i++) {
        if (breaks_between(q, n, i))
            return i;
        int b = P(q, i);
        if (parasep(P(q, t)) || !(b == SB_Close || b == SB_Sp || ignorable(b)))
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
        trigger[p] = (uint8_t)(saterm(p) || parasep(p)); /* VB_SB_TRIGGERS */
    }
    for (int ch = 0; ch < 128; ch++)
        ascii_prop[ch] = (uint8_t)vb__sb_prop(ch);
}

size_t vb__sentencebreaks(const vb_wb_char *chars, size_t n, uint32_t *at)
{
    pthread_once(&once, init);
    seq q = { n ? &chars[0].sprop : NULL, sizeof *chars, identity, 0, 0 };
    size_t found = 0;
    for (long t = 0; t + 1 < (long)n; t++) {
        long b = trigger[chars[t].sprop] ? walk(&q, (long)n, t) : -1;
        if (b > 0)
            at[found++] = chars[b].start;
    }
    return found;
}

size_t vb__sentencebreaks_at(const vb_wb_char *chars, size_t n, const uint32_t *trig,
                             size_t ntrig, uint32_t *at)
{
    pthread_once(&once, init);
    seq q = { n ? &chars[0].sprop : NULL, sizeof *chars, identity, 0, 0 };
    size_t found = 0;
    for (size_t k = 0; k < ntrig && trig[k] + 1 < n; k++) {
        long b = walk(&q, (long)n, (long)trig[k]);
        if (b > 0)
            at[found++] = chars[b].start;
    }
    return found;
}

int vb__sb_ascii_trigger(unsigned char c)
{
    pthread_once(&once, init);
    return c < 0x80 && trigger[ascii_prop[c]];
}

long vb__sb_after_char(const vb_wb_char *chars, size_t n, size_t t, size_t *lo, size_t *hi)
{
    pthread_once(&once, init);
    seq q = { &chars[0].sprop, sizeof *chars, identity, (long)t, (long)t };
    long b = walk(&q, (long)n, (long)t);
    *lo = (size_t)q.lo;
    *hi = (size_t)q.hi;
    return b;
}

/* vb__sb_after_bytes, inlined in vb__sb_after_ascii too, where the unused *lo and *hi cost
 * nothing. */
static inline __attribute__((always_inline)) size_t after_bytes(const char *text, size_t len,
                                                                size_t t, size_t *lo,
                                                                size_t *hi)
{
    pthread_once(&once, init);
    /* Most sentences end as "word. Next" or "word! next": a terminator, one space, a
     * letter. There SB9 and SB10 keep the terminator and the space together, and the
     * letter decides: SB11 breaks before it, unless SB8 keeps a lowercase word after a
     * period ("etc. and"). */
    *lo = *hi = t;
    if (t + 1 >= len)
        return 0; /* the text's end (SB2) */
    int term = ascii_prop[(unsigned char)text[t]];
    if (t + 2 < len && text[t + 1] == ' ') {
        int next = ascii_prop[(unsigned char)text[t + 2]];
        *hi = t + 2;
        if (saterm(term) && (next == SB_Upper || (next == SB_Lower && term == SB_STerm)))
            return t + 2;
        if (term == SB_ATerm && next == SB_Lower)
            return 0;
    }
    /* Most other periods are followed at once by a lowercase letter or a digit
     * ("example.com", "1.5"; SB8, SB6), and terminators by terminators ("...", "?!"; SB8a):
     * no boundary there, and the walk ends. */
    int next = ascii_prop[(unsigned char)text[t + 1]];
    *hi = t + 1;
    if (saterm(term) &&
        (saterm(next) || (term == SB_ATerm && (next == SB_Lower || next == SB_Numeric))))
        return 0;
    seq q = { (const uint8_t *)text, 1, ascii_prop, (long)t, (long)t };
    long at = walk(&q, (long)len, (long)t);
    *lo = (size_t)q.lo;
    *hi = (size_t)q.hi;
    return at > 0 ? (size_t)at : 0;
}

size_t vb__sb_after_bytes(const char *text, size_t len, size_t t, size_t *lo, size_t *hi)
{
    return after_bytes(text, len, t, lo, hi);
}

size_t vb__sb_after_ascii(const char *text, size_t len, size_t t)
{
    size_t lo, hi;
    return after_bytes(text, len, t, &lo, &hi);
}
