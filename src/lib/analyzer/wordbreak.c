/* UAX #29 word boundaries. The text is decoded once into (offset, property) pairs; each
 * position between two characters is then decided by the rules in order, WB4's "ignore
 * Extend, Format and ZWJ" being done by looking past them to the neighbours that count. */
#include "wordbreak.h"

#include <pthread.h>
#if defined(__SSE2__)
#include <emmintrin.h> /* SSE2 is part of x86-64; other machines take the portable code */
#endif
#include <string.h>

#include "../util/util.h"
#include "charprops.h"
#include "sentbreak.h"

int vb__wb_prop(int32_t cp, int *pict)
{
    *pict = 0;
    if (cp < 0)
        return WB_Other;
    unsigned lo = 0, hi = vb__wb_nranges;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        const vb_wb_range *r = &vb__wb_ranges[mid];
        if ((uint32_t)cp < r->first)
            hi = mid;
        else if ((uint32_t)cp > r->last)
            lo = mid + 1;
        else {
            *pict = r->pict;
            return r->prop;
        }
    }
    return WB_Other;
}

static int ignorable(int p)
{
    return p == WB_Extend || p == WB_Format || p == WB_ZWJ;
}

static int newline(int p)
{
    return p == WB_Newline || p == WB_CR || p == WB_LF;
}

static int ahletter(int p)
{
    return p == WB_ALetter || p == WB_Hebrew_Letter;
}

static int midnumletq(int p)
{
    return p == WB_MidNumLet || p == WB_Single_Quote;
}

/* The character before i that the rules see (WB4), or -1 at the start. */
static long before(const vb_wb_char *c, long i)
{
    long j = i - 1;
    while (j >= 0 && ignorable(c[j].prop)) {
        if (j == 0 || newline(c[j - 1].prop))
            return j; /* Extend after sot or a line break stands for itself */
        j--;
    }
    return j;
}

/* The character from i on that the rules see, or n at the end. */
static long after(const vb_wb_char *c, long n, long i)
{
    while (i < n && ignorable(c[i].prop))
        i++;
    return i;
}

/* ri_run: regional indicators in a row (WB4 applied) ending just before position i. */
static int breaks_between(const vb_wb_char *c, long n, long i, size_t ri_run)
{
    int a = c[i - 1].prop, b = c[i].prop;
    if (a == WB_CR && b == WB_LF)
        return 0; /* WB3 */
    if (newline(a) || newline(b))
        return 1; /* WB3a, WB3b */
    if (a == WB_ZWJ && c[i].pict)
        return 0; /* WB3c */
    if (a == WB_WSegSpace && b == WB_WSegSpace)
        return 0; /* WB3d */
    if (ignorable(b))
        return 0; /* WB4 */
    long l = ignorable(a) ? before(c, i) : i - 1;
    int pa = c[l].prop;
    if (ahletter(pa) && ahletter(b))
        return 0; /* WB5, the common case: decided before any look-around */
    if (pa == WB_Numeric && b == WB_Numeric)
        return 0; /* WB8 */
    /* the neighbours beyond: after b, and before pa (WB4 applied) */
#define RIGHT() (r2 = after(c, n, i + 1), r2 < n ? c[r2].prop : -1)
#define LEFT() (l2 = l > 0 ? before(c, l) : -1, l2 >= 0 ? c[l2].prop : -1)
    long r2, l2;
    if (ahletter(pa) && (b == WB_MidLetter || midnumletq(b)) && ahletter(RIGHT()))
        return 0; /* WB6 */
    if ((pa == WB_MidLetter || midnumletq(pa)) && ahletter(b) && ahletter(LEFT()))
        return 0; /* WB7 */
    if (pa == WB_Hebrew_Letter && b == WB_Single_Quote)
        return 0; /* WB7a */
    if (pa == WB_Hebrew_Letter && b == WB_Double_Quote && RIGHT() == WB_Hebrew_Letter)
        return 0; /* WB7b */
    if (pa == WB_Double_Quote && b == WB_Hebrew_Letter && LEFT() == WB_Hebrew_Letter)
        return 0; /* WB7c */
    if (ahletter(pa) && b == WB_Numeric)
        return 0; /* WB9 */
    if (pa == WB_Numeric && ahletter(b))
        return 0; /* WB10 */
    if ((pa == WB_MidNum || midnumletq(pa)) && b == WB_Numeric && LEFT() == WB_Numeric)
        return 0; /* WB11 */
    if (pa == WB_Numeric && (b == WB_MidNum || midnumletq(b)) && RIGHT() == WB_Numeric)
        return 0; /* WB12 */
#undef RIGHT
#undef LEFT
    if (pa == WB_Katakana && b == WB_Katakana)
        return 0; /* WB13 */
    if ((ahletter(pa) || pa == WB_Numeric || pa == WB_Katakana || pa == WB_ExtendNumLet) &&
        b == WB_ExtendNumLet)
        return 0; /* WB13a */
    if (pa == WB_ExtendNumLet && (ahletter(b) || b == WB_Numeric || b == WB_Katakana))
        return 0; /* WB13b */
    if (pa == WB_Regional_Indicator && b == WB_Regional_Indicator) {
        /* WB15, WB16: pairs of regional indicators (counted as the text is scanned: a
         * count by looking back would be quadratic in a long run of flags) */
        size_t count = ri_run;
        return count % 2 == 0;
    }
    return 1; /* WB999 */
}

int vb__wb_is_colon(int32_t cp)
{
    return cp == ':' || cp == 0xFE55 || cp == 0xFF1A;
}

static vb_wb_char ascii_chars[2][128]; /* untailored, tailored */
static pthread_once_t ascii_once = PTHREAD_ONCE_INIT;
static int sse2_triggers_ok; /* the ASCII terminators and separators are the five below */

/* Bit k: s[k] is an ASCII terminator or paragraph separator (VB_SB_TRIGGERS). */
static inline unsigned ascii_triggers8(const unsigned char *s)
{
#if defined(__SSE2__)
    if (sse2_triggers_ok) {
        __m128i x = _mm_loadl_epi64((const __m128i *)(const void *)s);
        __m128i m = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
                         _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('?')),
                         _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')),
                                      _mm_cmpeq_epi8(x, _mm_set1_epi8('\r')))));
        return (unsigned)_mm_movemask_epi8(m) & 0xFF;
    }
#endif
    unsigned m = 0;
    for (unsigned k = 0; k < 8; k++)
        m |= (VB_SB_TRIGGERS >> ascii_chars[0][s[k]].sprop & 1) << k;
    return m;
}

/* Character c, at byte offset i, is code point cp (-1: an invalid sequence). */
static inline void set_char(vb_wb_char *c, size_t i, int32_t cp, unsigned tailoring)
{
    unsigned p = vb__cp_props(cp);
    c->start = (uint32_t)i;
    c->prop = (uint8_t)VB_CP_WB(p);
    c->pict = (uint8_t)VB_CP_PICT(p);
    c->sprop = (uint8_t)VB_CP_SB(p);
    c->cls = (uint8_t)VB_CP_CLASS(p);
    if ((tailoring & VB_WB_COLON_BREAKS) && c->prop == WB_MidLetter && vb__wb_is_colon(cp))
        c->prop = WB_Other;
}

static void init_ascii(void)
{
    for (int t = 0; t < 2; t++)
        for (int32_t cp = 0; cp < 128; cp++)
            set_char(&ascii_chars[t][cp], 0, cp, t ? VB_WB_COLON_BREAKS : 0);
    sse2_triggers_ok = 1;
    for (int ch = 0; ch < 128; ch++) /* the tables decide; a new Unicode may differ */
        if ((VB_SB_TRIGGERS >> ascii_chars[0][ch].sprop & 1) !=
            (ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == '\r'))
            sse2_triggers_ok = 0;
}

/* vb__wb_decode, and with trig the sentence triggers (specialized both ways). */
static inline __attribute__((always_inline)) size_t
decode(const char *text, size_t from, size_t to, vb_wb_char *chars, unsigned tailoring,
       uint32_t *trig, size_t *ntrig)
{
    pthread_once(&ascii_once, init_ascii);
    const vb_wb_char *ascii = ascii_chars[(tailoring & VB_WB_COLON_BREAKS) != 0];
    const unsigned char *s = (const unsigned char *)text;
    size_t n = 0, nt = 0;
    for (size_t i = from; i < to;) {
        /* most characters, even in a text with others, are ASCII: eight at a time */
        while (i + 8 <= to && !(vb__load_le64(s + i) & 0x8080808080808080ULL)) {
#pragma GCC unroll 8
            for (size_t k = 0; k < 8; k++) {
                chars[n + k] = ascii[s[i + k]];
                chars[n + k].start = (uint32_t)(i + k);
            }
            if (trig)
                for (unsigned m = ascii_triggers8(s + i); m; m &= m - 1)
                    trig[nt++] = (uint32_t)(n + (size_t)__builtin_ctz(m));
            n += 8;
            i += 8;
        }
        if (i == to)
            break;
        vb_wb_char *c = &chars[n++];
        if (s[i] < 0x80) {
            *c = ascii[s[i]];
            c->start = (uint32_t)i++;
        } else {
            int32_t cp;
            size_t k = vb__utf8_decode(s + i, to - i, &cp);
            set_char(c, i, cp, tailoring);
            i += k;
        }
        if (trig && (VB_SB_TRIGGERS >> c->sprop & 1))
            trig[nt++] = (uint32_t)(n - 1);
    }
    if (ntrig)
        *ntrig = nt;
    return n;
}

size_t vb__wb_decode(const char *text, size_t len, vb_wb_char *chars, unsigned tailoring)
{
    return decode(text, 0, len, chars, tailoring, NULL, NULL);
}

size_t vb__wb_decode_triggers(const char *text, size_t len, vb_wb_char *chars,
                              unsigned tailoring, uint32_t *trig, size_t *ntrig)
{
    return decode(text, 0, len, chars, tailoring, trig, ntrig);
}

size_t vb__wb_decode_range(const char *text, size_t from, size_t to, vb_wb_char *chars,
                           unsigned tailoring, uint32_t *other, size_t *nother)
{
    pthread_once(&ascii_once, init_ascii);
    const vb_wb_char *ascii = ascii_chars[(tailoring & VB_WB_COLON_BREAKS) != 0];
    const unsigned char *s = (const unsigned char *)text;
    size_t n = 0, no = 0;
    for (size_t i = from; i < to;) {
        if (s[i] < 0x80 && i + 8 <= to) {
            /* the ASCII bytes up to the next other character, up to eight at once: all
             * eight are stored (chars has room: a character has a byte at least), those
             * past it are overwritten next */
            uint64_t high = vb__load_le64(s + i) & 0x8080808080808080ULL;
            size_t k = high ? (size_t)__builtin_ctzll(high) / 8 : 8;
#pragma GCC unroll 8
            for (size_t j = 0; j < 8; j++) {
                chars[n + j] = ascii[s[i + j] & 0x7F];
                chars[n + j].start = (uint32_t)(i + j);
            }
            n += k;
            i += k;
            continue;
        }
        vb_wb_char *c = &chars[n++];
        if (s[i] < 0x80) {
            *c = ascii[s[i]];
            c->start = (uint32_t)i++;
            continue;
        }
        /* the sequences of two bytes (Latin, Greek, Cyrillic...) and of three from E1 to EF
         * but ED (punctuation, most of the BMP) take any continuation bytes: decoded here,
         * the rest by vb__utf8_decode */
        int32_t cp;
        size_t k;
        unsigned lead = s[i];
        if (lead >= 0xC2 && lead <= 0xDF && i + 1 < to && (s[i + 1] ^ 0x80) < 0x40) {
            cp = (int32_t)((lead & 0x1F) << 6 | (s[i + 1] & 0x3F));
            k = 2;
        } else if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < to &&
                   (s[i + 1] ^ 0x80) < 0x40 && (s[i + 2] ^ 0x80) < 0x40) {
            cp = (int32_t)((lead & 0x0F) << 12 | (s[i + 1] & 0x3Fu) << 6 | (s[i + 2] & 0x3F));
            k = 3;
        } else {
            k = vb__utf8_decode(s + i, to - i, &cp);
        }
        set_char(c, i, cp, tailoring);
        if (other && (VB_SB_TRIGGERS >> c->sprop & 1))
            other[no++] = (uint32_t)i;
        i += k;
    }
    if (nother)
        *nother = no;
    return n;
}

/* vb__wb_rules, or with by_char vb__wb_rules_chars (specialized both ways). */
static inline __attribute__((always_inline)) void
rules(const vb_wb_char *chars, size_t count, uint8_t *breaks, int by_char)
{
    long n = (long)count;
    size_t ri_run = 0;
    if (by_char)
        breaks[0] = breaks[count] = 1;
    for (long i = 1; i < n; i++) {
        int a = chars[i - 1].prop, b = chars[i].prop, brk;
        if (a == WB_Regional_Indicator)
            ri_run++;
        else if (!ignorable(a) || i - 1 == 0 || newline(chars[i - 2].prop))
            ri_run = 0; /* WB4 lets Extend, Format and ZWJ through, except at a start */
        if (ahletter(a) && ahletter(b))
            brk = 0; /* WB5 inside a word: the common case, decided without the rules */
        else if (!ignorable(a) && !ignorable(b) && !(a == WB_WSegSpace && b == WB_WSegSpace) &&
                 (a == WB_Other || a == WB_WSegSpace || b == WB_Other || b == WB_WSegSpace))
            brk = 1; /* beside Other or a space only WB3d, WB4 join */
        else
            brk = breaks_between(chars, n, i, ri_run);
        if (by_char)
            breaks[i] = (uint8_t)brk;
        else if (brk)
            breaks[chars[i].start] = 1;
    }
}

void vb__wb_rules(const vb_wb_char *chars, size_t count, uint8_t *breaks)
{
    rules(chars, count, breaks, 0);
}

void vb__wb_rules_chars(const vb_wb_char *chars, size_t count, uint8_t *breaks)
{
    rules(chars, count, breaks, 1);
}

size_t vb__wordbreaks(const char *text, size_t len, vb_wb_char *chars, uint8_t *breaks,
                      unsigned tailoring)
{
    size_t n = vb__wb_decode(text, len, chars, tailoring);
    memset(breaks, 0, len + 1);
    breaks[0] = breaks[len] = 1; /* WB1, WB2 */
    vb__wb_rules(chars, n, breaks);
    return n;
}
