/* Segmentation by UAX #29: word boundaries (wordbreak.c) and sentence boundaries
 * (sentbreak.c), from tables generated out of the UCD. Each word segment is typed by what
 * it holds (letters: word; digits only: number; other visible characters: symbol, an emoji
 * sequence being one symbol); white space is dropped. Like ICU (CLDR), the analyzer does not
 * treat ':' as MidLetter (UAX #29 does, for Swedish): "price:high" is two words. UAX #29
 * keeps "great staff. slow delivery" as one sentence (a period before a lowercase word,
 * SB8), as ICU does. */
#include "analyzer_int.h"
#include "charprops.h"
#include "sentbreak.h"
#include "wordbreak.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h> /* SSE2 is part of x86-64; other machines take the portable code */
#endif

/* What the ASCII path needs to know of a byte (bits of ascii_bits). */
enum {
    A_ALETTER = 1,  /* WB ALetter */
    A_NUMERIC = 2,  /* WB Numeric */
    A_EXTNUM = 4,   /* WB ExtendNumLet */
    A_MIDLET = 8,   /* joins letters: MidLetter, MidNumLet, Single_Quote (WB6/7) */
    A_MIDNUM = 16,  /* joins digits: MidNum, MidNumLet, Single_Quote (WB11/12) */
    A_SPACE = 32,   /* invisible: white space, control characters */
    A_SENTEND = 64, /* a terminator or paragraph separator: a sentence may end after it */
    A_LETTER = 128, /* a letter to the segment type (C_LETTER: ALetter and '_') */
    A_WORD = A_ALETTER | A_NUMERIC | A_EXTNUM
};

static uint16_t ascii_bits[256]; /* 0 for the bytes of other characters */
static int ascii_fast_path_ok = 1; /* ASCII holds no property of the hard kinds */
static int sse2_ok = 1;            /* block_sse2's sets are the table's */

static int fixed_bits(int c);
static void init_more(void);
static void init_simd(void);
static void init_wide(void);
static pthread_once_t ascii_once = PTHREAD_ONCE_INIT; /* analyzers run in many threads */

static void init_ascii(void)
{
    init_more();
    for (int c = 0; c < 128; c++) {
        unsigned props = vb__cp_props(c);
        int p = (int)VB_CP_WB(props), sp = (int)VB_CP_SB(props), cls = (int)VB_CP_CLASS(props);
        if (p == WB_MidLetter && vb__wb_is_colon(c))
            p = WB_Other; /* the analyzer's tailoring, as in vb__segment */
        if (VB_CP_PICT(props) || p == WB_Extend || p == WB_Format || p == WB_ZWJ ||
            p == WB_Regional_Indicator || p == WB_Hebrew_Letter || p == WB_Katakana ||
            sp == SB_Extend || sp == SB_Format)
            ascii_fast_path_ok = 0;
        int mid_letter = p == WB_MidLetter || p == WB_MidNumLet || p == WB_Single_Quote;
        int mid_num = p == WB_MidNum || p == WB_MidNumLet || p == WB_Single_Quote;
        ascii_bits[c] = (uint16_t)((p == WB_ALetter ? A_ALETTER : 0) |
                                   (p == WB_Numeric ? A_NUMERIC : 0) |
                                   (p == WB_ExtendNumLet ? A_EXTNUM : 0) |
                                   (mid_letter ? A_MIDLET : 0) | (mid_num ? A_MIDNUM : 0) |
                                   (cls == C_SPACE || cls == C_BREAK ? A_SPACE : 0) |
                                   (vb__sb_ascii_trigger((unsigned char)c) ? A_SENTEND : 0) |
                                   (cls == C_LETTER ? A_LETTER : 0));
        /* the scanner relies on these: a digit is no letter, a word byte is visible */
        if (((ascii_bits[c] & A_NUMERIC) && cls != C_DIGIT) ||
            ((ascii_bits[c] & A_WORD) && cls != C_LETTER && cls != C_DIGIT) ||
            ((ascii_bits[c] & A_WORD) && (ascii_bits[c] & (A_SENTEND | A_SPACE))) ||
            !(ascii_bits[c] & A_LETTER) != !(ascii_bits[c] & (A_ALETTER | A_EXTNUM)))
            ascii_fast_path_ok = 0;
        unsigned sets = A_ALETTER | A_NUMERIC | A_EXTNUM | A_MIDLET | A_MIDNUM | A_SPACE |
                        A_SENTEND;
        if ((unsigned)fixed_bits(c) != (ascii_bits[c] & sets))
            sse2_ok = 0;
    }
    init_simd();
    init_wide();
}

/* Characters beyond ASCII that the scanner takes as well, in texts of their own (most of
 * the other texts of comments: accented letters, Cyrillic, Greek, typographic quotes and
 * dashes, emoji standing alone): those whose word rules are those of an ASCII letter,
 * space or symbol, and U+2018/U+2019, which join letters or digits as '\'' does. None is a
 * sentence trigger (the sentence rules run after the triggers, which are then ASCII). A
 * pictograph is a symbol like any other while no ZWJ, variation selector or skin tone (all
 * Extend or ZWJ, which are not taken) comes near it. Any other character sends a text to
 * the general path. */
enum { W_OTHER, W_LETTER, W_SPACE, W_SYMBOL, W_QUOTE };
static uint8_t wide2[30][64]; /* two bytes (leads C2-DF), by the second byte's low bits */
static uint8_t wide3[64][64]; /* lead E2 (U+2000-U+2FFF: punctuation, currency, arrows,
                                 maths...), by the low bits of the second and third bytes */
static uint8_t wide4[64][64]; /* F0 9F (U+1F000-U+1FFFF: emoji), by the last two bytes */
static int wide_ok;           /* the tables are filled (ASCII itself takes the fast path) */

static int wide_class(int32_t cp)
{
    unsigned props = vb__cp_props(cp);
    int wb = (int)VB_CP_WB(props), sb = (int)VB_CP_SB(props), cls = (int)VB_CP_CLASS(props);
    if ((VB_SB_TRIGGERS >> sb & 1) || sb == SB_Extend || sb == SB_Format)
        return W_OTHER;
    if (wb == WB_Other && (cls == C_OTHER || cls == C_TERM))
        return W_SYMBOL; /* pictographs too: WB3c (after ZWJ) is their only rule */
    if (VB_CP_PICT(props))
        return W_OTHER;
    if (wb == WB_ALetter && cls == C_LETTER)
        return W_LETTER;
    if (wb == WB_MidNumLet && cls == C_OTHER && !vb__wb_is_colon(cp))
        return W_QUOTE;
    if ((wb == WB_Other || wb == WB_WSegSpace) && cls == C_SPACE)
        return W_SPACE;
    return W_OTHER;
}

static void init_wide(void)
{
    if (!ascii_fast_path_ok)
        return;
    for (int lead = 0xC2; lead <= 0xDF; lead++)
        for (int c = 0; c < 64; c++) {
            int k = wide_class((lead & 0x1F) << 6 | c);
            wide2[lead - 0xC2][c] = (uint8_t)(k == W_QUOTE ? W_OTHER : k); /* joiners: 3 bytes */
        }
    for (int b = 0; b < 64; b++)
        for (int c = 0; c < 64; c++)
            wide3[b][c] = (uint8_t)wide_class(0x2000 | b << 6 | c);
    for (int b = 0; b < 64; b++)
        for (int c = 0; c < 64; c++) {
            int k = wide_class(0x1F000 | b << 6 | c);
            wide4[b][c] = (uint8_t)(k == W_SYMBOL ? k : W_OTHER); /* (symbols only) */
        }
    wide_ok = 1;
}

/* ---- token types above the word level: URLs, e-mail addresses, mentions, hashtags,
 * emoji, emoticons, percentages. Adjacent word segments are merged; nothing else moves. */

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int starts_with_ci(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (lower((unsigned char)s[i]) != p[i])
            return 0;
    return 1;
}

static int ascii_alnum(int c)
{
    return (c >= '0' && c <= '9') || (lower(c) >= 'a' && lower(c) <= 'z');
}

/* End of a URL starting at i: up to white space or a quote/bracket, without the trailing
 * punctuation that ends the sentence around it. */
static size_t url_end(const char *s, size_t len, size_t i)
{
    size_t e = i;
#if defined(__SSE2__)
    /* 16 bytes at a time up to the first that may end it: white space, a control, a quote,
     * a bracket, DEL, or a byte of another character (negative as a signed byte) */
    for (; e + 16 <= len; e += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + e));
        __m128i stop = _mm_or_si128(
            _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x21)),
                         _mm_cmpeq_epi8(x, _mm_set1_epi8('"'))),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('<')),
                                      _mm_cmpeq_epi8(x, _mm_set1_epi8('>'))),
                         _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F))));
        unsigned mask = (unsigned)_mm_movemask_epi8(stop);
        if (mask) {
            e += (size_t)__builtin_ctz(mask);
            break;
        }
    }
#endif
    while (e < len) {
        unsigned char c = (unsigned char)s[e];
        if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == 0x7F)
            break;
        if (c >= 0x80) { /* stop at non-ASCII white space or an ellipsis */
            int32_t cp;
            size_t k = vb__utf8_decode((const unsigned char *)s + e, len - e, &cp);
            unsigned cls = VB_CP_CLASS(vb__cp_props(cp));
            if (cls == C_SPACE || cls == C_BREAK || cls == C_INVALID || cls == C_TERM)
                break;
            e += k;
            continue;
        }
        e++;
    }
    while (e > i && strchr(".,;:!?)]}'", s[e - 1]))
        e--;
    return e;
}

static const char *const emoticons[] = {
    ":-))", ":-((", ":'-(", ":'(", ":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ":-|", ":-O",
    ":-o", ";-)", ":)", ":(", ":D", ":P", ":p", ":/", ":|", ":O", ":o", ";)", "=)", "=(",
    "<3", "</3", "^_^", "^^", NULL
};

static int is_pict_start(const char *s, size_t n)
{
    int32_t cp;
    vb__utf8_decode((const unsigned char *)s, n, &cp);
    unsigned props = vb__cp_props(cp);
    if (VB_CP_PICT(props) || VB_CP_WB(props) == WB_Regional_Indicator)
        return 1;
    /* a keycap: [0-9#*] FE0F? 20E3 */
    if (n >= 4 && (ascii_alnum((unsigned char)s[0]) || s[0] == '#' || s[0] == '*')) {
        const char *q = s + 1;
        if (n >= 7 && !memcmp(q, "\xEF\xB8\x8F", 3))
            q += 3;
        return (size_t)(q - s) + 3 <= n && !memcmp(q, "\xE2\x83\xA3", 3);
    }
    return 0;
}

static int is_ascii(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 32 <= len; i += 32) { /* the high bits of 32 bytes at once */
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 16));
        if (_mm_movemask_epi8(_mm_or_si128(a, b)))
            return 0;
    }
#endif
    for (; i + 8 <= len; i += 8)
        if (vb__load_le64(s + i) & 0x8080808080808080ULL)
            return 0;
    for (; i < len; i++)
        if (s[i] >= 0x80)
            return 0;
    return 1;
}

/* The first eight bytes of a string as vb__load_le64 reads them. */
#define LE8(a, b, c, d, e, f, g, h)                                                        \
    ((uint64_t)(a) | (uint64_t)(b) << 8 | (uint64_t)(c) << 16 | (uint64_t)(d) << 24 |        \
     (uint64_t)(e) << 32 | (uint64_t)(f) << 40 | (uint64_t)(g) << 48 | (uint64_t)(h) << 56)

/* Whether a word at p (rest bytes to the end of the text) starts a URL. Most words have
 * eight bytes ahead: one load, the letters compared without case (x | 0x20 is a lowercase
 * letter only for that letter and its capital), the rest exactly. */
static int url_start(const char *p, size_t rest)
{
    if (rest >= 8) {
        uint64_t x = vb__load_le64((const unsigned char *)p);
        return ((x | 0x20202020ULL) & 0xFFFFFFFFFFFFFFULL) ==
                   LE8('h', 't', 't', 'p', ':', '/', '/', 0) ||
               (x | 0x2020202020ULL) == LE8('h', 't', 't', 'p', 's', ':', '/', '/') ||
               (((x | 0x202020ULL) & 0xFFFFFFFFULL) == LE8('w', 'w', 'w', '.', 0, 0, 0, 0) &&
                ascii_alnum((unsigned char)p[4]));
    }
    return starts_with_ci(p, rest, "http://") || starts_with_ci(p, rest, "https://") ||
           (starts_with_ci(p, rest, "www.") && rest > 4 && ascii_alnum((unsigned char)p[4]));
}

/* Whether g can start none of the types above (most segments): a word that begins no URL
 * and no address, a number without '%', a one-byte symbol that begins no mention, hashtag
 * or emoticon. */
static inline int plain(const char *s, size_t len, const vb_seg *g)
{
    int first = (unsigned char)s[g->start], next = g->end < len ? s[g->end] : 0;
    switch (g->type) {
    case VB_TOKEN_WORD:
        return next != '@' && ((lower(first) != 'h' && lower(first) != 'w') ||
                               !url_start(s + g->start, len - g->start));
    case VB_TOKEN_NUMBER:
        return next != '%';
    default:
        break;
    }
    if (g->end - g->start > 1)
        return 0;
    switch (first) {
    case '@': case '#': case ':': case ';': case '=': case '<': case '^':
        return 0;
    default:
        return first < 0x80;
    }
}

/* Add a segment of the rules' scanner, with whether it is known to start no type of
 * retype's (asked now, so that retype can stop at the last one that may). */
static int push(vb_segs *out, const char *text, size_t len, size_t start, size_t end, int type,
                int ascii)
{
    if (out->n == out->cap &&
        vb__grow((void **)&out->seg, &out->cap, out->n + 1, sizeof *out->seg) != 0)
        return VB_ENOMEM;
    vb_seg *g = &out->seg[out->n++];
    g->start = start;
    g->end = end;
    g->type = (uint8_t)type;
    g->ascii = (uint8_t)ascii;
    g->sentence = 0;
    g->plain = (uint8_t)plain(text, len, g);
    out->unknown += !g->plain;
    return 0;
}

static void retype(const char *s, size_t len, vb_segs *out, int all_ascii)
{
    vb_seg *g = out->seg;
    size_t n = out->n, k = 0;
    size_t left = out->unknown; /* segments not known to be plain, still ahead */
    int swallowed = 0;          /* a merged token took in a sentence's first segment */
    if (!left)
        return;
    while (g[k].plain)
        k++; /* nothing moves before the first segment not known to be plain (one exists) */
    size_t w = k;
    for (; k < n; k++) {
        if (!left) { /* nothing ahead can start a merged type (most texts, at once) */
            if (w != k)
                memmove(g + w, g + k, (n - k) * sizeof *g);
            w += n - k;
            break;
        }
        if (g[k].plain) { /* a run of them, up to the next not known to be (one exists) */
            size_t u = k + 1;
            while (g[u].plain)
                u++;
            if (w != k) /* only after a merge */
                memmove(g + w, g + k, (u - k) * sizeof *g);
            w += u - k;
            k = u - 1;
            continue;
        }
        left--;
        if (plain(s, len, &g[k])) {
            if (w != k)
                g[w] = g[k];
            w++;
            continue;
        }
        vb_seg cur = g[k];
        size_t end = cur.end, last = k; /* the merged token ends at end, after seg last */
        int type = cur.type;
        const char *p = s + cur.start;
        size_t rest = len - cur.start;
        int joined_before = w > 0 && g[w - 1].end == cur.start;
        int first = (unsigned char)*p;
        if (cur.type == VB_TOKEN_WORD && (lower(first) == 'h' || lower(first) == 'w') &&
            url_start(p, rest)) {
            end = url_end(s, len, cur.start);
            type = VB_TOKEN_URL;
        } else if (cur.type == VB_TOKEN_SYMBOL && cur.end - cur.start == 1 &&
                   (*p == '@' || *p == '#') && k + 1 < n && g[k + 1].start == cur.end &&
                   (g[k + 1].type == VB_TOKEN_WORD ||
                    (*p == '@' && g[k + 1].type == VB_TOKEN_NUMBER)) &&
                   !(joined_before && (g[w - 1].type == VB_TOKEN_WORD ||
                                       g[w - 1].type == VB_TOKEN_NUMBER))) {
            end = g[k + 1].end;
            type = *p == '@' ? VB_TOKEN_MENTION : VB_TOKEN_HASHTAG;
        } else if (cur.type == VB_TOKEN_WORD && k + 2 < n && g[k + 1].start == cur.end &&
                   g[k + 1].end == cur.end + 1 && s[cur.end] == '@' &&
                   g[k + 2].start == g[k + 1].end && g[k + 2].type == VB_TOKEN_WORD &&
                   memchr(s + g[k + 2].start, '.', g[k + 2].end - g[k + 2].start)) {
            end = g[k + 2].end; /* name@example.com: the domain is one word by UAX #29 */
            type = VB_TOKEN_EMAIL;
        } else if (cur.type == VB_TOKEN_NUMBER && cur.end < len && s[cur.end] == '%') {
            end = cur.end + 1;
        } else if (cur.type == VB_TOKEN_SYMBOL &&
                   (first >= 0x80 || cur.end - cur.start > 1) &&
                   is_pict_start(p, cur.end - cur.start)) {
            type = VB_TOKEN_EMOJI;
        } else if (cur.type == VB_TOKEN_SYMBOL && strchr(":;=<^", first) && first) {
            int after_word = joined_before && g[w - 1].type == VB_TOKEN_WORD;
            for (const char *const *e = emoticons; *e; e++) {
                if (rest < 2 || (*e)[1] != p[1] || (*e)[0] != p[0])
                    continue; /* every emoticon has two bytes at least */
                size_t el = strlen(*e);
                /* "thanks:)" is one; "Note:D" is not: after a word, no letter faces */
                if (after_word && ascii_alnum((unsigned char)(*e)[el - 1]))
                    continue;
                if (rest >= el && !memcmp(p, *e, el) &&
                    (cur.start + el == len || !ascii_alnum((unsigned char)s[cur.start + el]))) {
                    end = cur.start + el;
                    type = VB_TOKEN_EMOTICON;
                    break;
                }
            }
        }
        /* absorb the segments the token now covers; a segment cut in the middle ends the
         * token at its own end instead (URLs stop at segment boundaries they reach) */
        while (last + 1 < n && g[last + 1].start < end)
            left -= !g[++last].plain;
        swallowed |= g[last].sentence != cur.sentence; /* (a URL over "?Q") */
        if (end < g[last].end)
            end = g[last].end;
        if (end != cur.end) { /* merged: the ASCII flag covers the whole token */
            cur.end = end;
            cur.ascii = (uint8_t)(all_ascii || is_ascii(s + cur.start, cur.end - cur.start));
        }
        cur.type = (uint8_t)type;
        g[w++] = cur;
        k = last;
    }
    out->n = w;
    if (swallowed) /* dense again */
        for (size_t j = 0, prev = 0, sentence = 0; j < w; j++) {
            size_t was = g[j].sentence;
            sentence += j != 0 && was != prev;
            prev = was;
            g[j].sentence = (uint32_t)sentence;
        }
}

/* Pure-ASCII text (most comments) takes a direct path: no character has the properties
 * that make UAX #29 hard (Extend, Format, ZWJ, regional indicators, Hebrew, Katakana), so
 * a word is a run of letters, digits and '_' (WB5, WB8-WB10, WB13a/b) joined across a
 * MidLetter/MidNumLet/Single_Quote between letters (WB6/7) or a MidNum/MidNumLet/
 * Single_Quote between digits (WB11/12); anything else visible is a one-byte segment.
 * The one pass also meets every terminator and paragraph separator, after which alone
 * the sentence rules can set a boundary. test_ascii_path proves both paths equal. */

/* The sentence boundaries of an all-ASCII or a wide text, found block by block before the
 * block's segments are numbered: ascending byte offsets, with a sentinel after the last. */
typedef struct sentences {
    uint32_t *at; /* the segments' scratch (vb_segs.sbreaks, kept here in a local) */
    size_t n;
} sentences;

static int sentence_after(const char *text, size_t len, size_t t, vb_segs *out, size_t *b);

/* Note the boundary that the terminator or separator at t sets (if any). They come in
 * ascending order: a boundary is no later than the first character after its walk, and so
 * than the next terminator. In a wide text the rules see the characters around t when they
 * read beyond ASCII (sentence_after). 0 or VB_ENOMEM. */
static inline int sentence_end(sentences *st, vb_segs *out, const char *text, size_t len,
                               size_t t, int wide)
{
    size_t b;
    if (!wide)
        b = vb__sb_after_ascii(text, len, t);
    else if (sentence_after(text, len, t, out, &b))
        return VB_ENOMEM;
    if (!b)
        return 0;
    if (vb__grow((void **)&out->sbreaks, &out->sbreaks_cap, st->n + 2, sizeof *st->at))
        return VB_ENOMEM;
    st->at = out->sbreaks;
    st->at[st->n++] = (uint32_t)b;
    st->at[st->n] = UINT32_MAX;
    return 0;
}

/* What a block of 64 bytes of ASCII holds, one bit per byte (bit k: byte k): the sets the
 * word rules need, then the bytes that may make a segment not plain (retype's types). */
typedef struct block {
    uint64_t alpha;    /* WB ALetter: A-Z, a-z */
    uint64_t digit;    /* WB Numeric: 0-9 */
    uint64_t under;    /* WB ExtendNumLet: '_' (a letter to the segment type) */
    uint64_t midlet;   /* A_MIDLET: '.', '\'' */
    uint64_t midnum;   /* A_MIDNUM: ',', '.', ';', '\'' */
    uint64_t space;    /* A_SPACE: up to ' ', DEL */
    uint64_t sentend;  /* A_SENTEND: '\n', '\r', '!', '.', '?' */
    uint64_t at, pct;  /* '@' (after a word: an address), '%' (after a number) */
    uint64_t h, t, w;  /* h/H, t/T, w/W: "ht" and "ww" may start a URL */
    uint64_t merge;    /* @ # : ; = < ^: may start a mention, hashtag or emoticon */
    uint64_t hash;     /* '#' */
    uint64_t hi;       /* the bytes of other characters (0x80 and up) */
} block;

/* The second byte table: the bytes of block's last seven sets (aligned: its first 128 bytes
 * are also a VBMI permutation table). */
enum { M_AT = 1, M_PCT = 2, M_H = 4, M_T = 8, M_W = 16, M_MERGE = 32, M_HASH = 64 };
static uint8_t ascii_more[256] __attribute__((aligned(64)));

static void init_more(void)
{
    for (int c = 1; c < 128; c++)
        ascii_more[c] = (uint8_t)((c == '@' ? M_AT : 0) | (c == '%' ? M_PCT : 0) |
                                  ((c | 32) == 'h' ? M_H : 0) | ((c | 32) == 't' ? M_T : 0) |
                                  ((c | 32) == 'w' ? M_W : 0) |
                                  (strchr("@#:;=<^", c) ? M_MERGE : 0) |
                                  (c == '#' ? M_HASH : 0));
}

/* The block masks from the byte tables: the portable way, and the reference for the
 * others (test_ascii_path runs every one the machine has). */
static void block_portable(const unsigned char *s, block *m)
{
    memset(m, 0, sizeof *m);
    for (unsigned k = 0; k < 64; k++) {
        unsigned b = ascii_bits[s[k]], x = ascii_more[s[k]];
        uint64_t bit = 1ULL << k;
        m->alpha |= b & A_ALETTER ? bit : 0;
        m->digit |= b & A_NUMERIC ? bit : 0;
        m->under |= b & A_EXTNUM ? bit : 0;
        m->midlet |= b & A_MIDLET ? bit : 0;
        m->midnum |= b & A_MIDNUM ? bit : 0;
        m->space |= b & A_SPACE ? bit : 0;
        m->sentend |= b & A_SENTEND ? bit : 0;
        m->at |= x & M_AT ? bit : 0;
        m->pct |= x & M_PCT ? bit : 0;
        m->h |= x & M_H ? bit : 0;
        m->t |= x & M_T ? bit : 0;
        m->w |= x & M_W ? bit : 0;
        m->merge |= x & M_MERGE ? bit : 0;
        m->hash |= x & M_HASH ? bit : 0;
        m->hi |= s[k] >= 0x80 ? bit : 0;
    }
}

/* The bytes of each set that block_sse2 compares with; init_ascii checks that they are
 * the table's (else block_portable is used). */
static int fixed_bits(int c)
{
    int lower = c | 0x20;
    return (lower >= 'a' && lower <= 'z' ? A_ALETTER : 0) |
           (c >= '0' && c <= '9' ? A_NUMERIC : 0) | (c == '_' ? A_EXTNUM : 0) |
           (c == '.' || c == '\'' ? A_MIDLET : 0) |
           (c == ',' || c == '.' || c == ';' || c == '\'' ? A_MIDNUM : 0) |
           (c <= ' ' || c == 0x7F ? A_SPACE : 0) |
           (c == '\n' || c == '\r' || c == '!' || c == '.' || c == '?' ? A_SENTEND : 0);
}

enum { SIMD_PORTABLE, SIMD_SSE2, SIMD_VBMI };
static int simd_best = SIMD_PORTABLE; /* what this machine and the tables allow */

#if defined(__SSE2__)
#define HAVE_SSE2 1

static inline __m128i eq8(__m128i x, char c)
{
    return _mm_cmpeq_epi8(x, _mm_set1_epi8(c));
}

static void block_sse2(const unsigned char *s, block *m)
{
    memset(m, 0, sizeof *m);
    const __m128i b20 = _mm_set1_epi8(0x20);
    for (unsigned k = 0; k < 4; k++) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + 16 * k));
        __m128i y = _mm_or_si128(x, b20); /* A-Z to a-z; nothing else lands in a-z */
        /* signed compares: bytes of other characters are negative, and are in no set
         * (the scanner sees ASCII only) */
        __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(y, _mm_set1_epi8('a' - 1)),
                                      _mm_cmplt_epi8(y, _mm_set1_epi8('z' + 1)));
        __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
        __m128i dot = eq8(x, '.');
        __m128i midlet = _mm_or_si128(dot, eq8(x, '\''));
        __m128i midnum = _mm_or_si128(_mm_or_si128(midlet, eq8(x, ',')), eq8(x, ';'));
        __m128i space = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(' ' + 1)), eq8(x, 0x7F));
        __m128i term = _mm_or_si128(_mm_or_si128(dot, eq8(x, '!')), eq8(x, '?'));
        __m128i nl = _mm_or_si128(eq8(x, '\n'), eq8(x, '\r'));
        __m128i at = eq8(x, '@'), hash = eq8(x, '#');
        __m128i merge = _mm_or_si128(_mm_or_si128(_mm_or_si128(at, hash),
                                                  _mm_or_si128(eq8(x, ':'), eq8(x, ';'))),
                                     _mm_or_si128(_mm_or_si128(eq8(x, '='), eq8(x, '<')),
                                                  eq8(x, '^')));
        unsigned sh = 16 * k;
#define MASK(v) ((uint64_t)(unsigned)_mm_movemask_epi8(v) << sh)
        m->alpha |= MASK(alpha);
        m->digit |= MASK(digit);
        m->under |= MASK(eq8(x, '_'));
        m->midlet |= MASK(midlet);
        m->midnum |= MASK(midnum);
        m->space |= MASK(space);
        m->sentend |= MASK(_mm_or_si128(term, nl));
        m->at |= MASK(at);
        m->pct |= MASK(eq8(x, '%'));
        m->h |= MASK(eq8(y, 'h'));
        m->t |= MASK(eq8(y, 't'));
        m->w |= MASK(eq8(y, 'w'));
        m->merge |= MASK(merge);
        m->hash |= MASK(hash);
        m->hi |= MASK(x);
#undef MASK
    }
}
#else
#define HAVE_SSE2 0
#endif

#if defined(__x86_64__) && defined(__GNUC__)
#define HAVE_VBMI 1
#include <immintrin.h>

/* The byte tables as 128-byte permutation tables (ASCII only): one vpermi2b looks up 64
 * bytes at once, and each set is one test of a bit. ascii_more serves as it is;
 * ascii_bits has 16-bit entries, whose low byte is copied. */
static uint8_t vbmi_bits[128] __attribute__((aligned(64)));

__attribute__((target("avx512f,avx512bw,avx512vbmi"))) static inline void
block_vbmi(const unsigned char *s, block *m)
{
    __m512i x = _mm512_loadu_si512((const void *)s);
    __mmask64 ascii = ~_mm512_movepi8_mask(x); /* other characters' bytes are in no set */
    __m512i b = _mm512_maskz_permutex2var_epi8(ascii, _mm512_load_si512(vbmi_bits), x,
                                               _mm512_load_si512(vbmi_bits + 64));
    __m512i o = _mm512_maskz_permutex2var_epi8(ascii, _mm512_load_si512(ascii_more), x,
                                               _mm512_load_si512(ascii_more + 64));
#define SET(v, bit) _mm512_test_epi8_mask(v, _mm512_set1_epi8((char)(bit)))
    m->alpha = SET(b, A_ALETTER);
    m->digit = SET(b, A_NUMERIC);
    m->under = SET(b, A_EXTNUM);
    m->midlet = SET(b, A_MIDLET);
    m->midnum = SET(b, A_MIDNUM);
    m->space = SET(b, A_SPACE);
    m->sentend = SET(b, A_SENTEND);
    m->at = SET(o, M_AT);
    m->pct = SET(o, M_PCT);
    m->h = SET(o, M_H);
    m->t = SET(o, M_T);
    m->w = SET(o, M_W);
    m->merge = SET(o, M_MERGE);
    m->hash = SET(o, M_HASH);
    m->hi = ~ascii;
#undef SET
}

#else
#define HAVE_VBMI 0
#endif

/* The best block classifier the machine has (the tables built). */
static void init_simd(void)
{
    simd_best = HAVE_SSE2 && sse2_ok ? SIMD_SSE2 : SIMD_PORTABLE;
#if HAVE_VBMI
    for (int c = 0; c < 128; c++)
        vbmi_bits[c] = (uint8_t)(ascii_bits[c] & 0x7F); /* A_ALETTER ... A_SENTEND */
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vbmi") &&
        __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2"))
        simd_best = SIMD_VBMI;
#endif
}

int vb__segment_simd_best(void)
{
    pthread_once(&ascii_once, init_ascii);
    return simd_best;
}

static inline __attribute__((always_inline)) void classify(const unsigned char *p, block *m,
                                                           int simd)
{
#if HAVE_VBMI
    if (simd == SIMD_VBMI) {
        block_vbmi(p, m);
        return;
    }
#endif
#if HAVE_SSE2
    if (simd == SIMD_SSE2) {
        block_sse2(p, m);
        return;
    }
#endif
    (void)simd;
    block_portable(p, m);
}

/* The scanner's segment of text[start..end), of a run or one symbol; unknown: it may start
 * one of retype's types, or be followed by the '@' of an address or a '%'. Returns
 * unknown (0 or 1), for the count of such segments. */
static inline int put_seg(vb_seg *g, size_t start, size_t end, int type, int unknown,
                          uint32_t sentence, int ascii)
{
    g->start = start;
    g->end = end;
    g->sentence = sentence;
    g->type = (uint8_t)type;
    g->ascii = (uint8_t)ascii;
    g->plain = (uint8_t)!unknown;
    return unknown;
}

/* What the scanner returns for a text with a character it leaves to the general path. */
enum { SCAN_OTHER = 1 };

/* The size of a character whose lead byte is one of wide_class's tables' (0: none). */
static inline unsigned wide_size(unsigned lead)
{
    return lead - 0xC2u < 30u ? 2 : lead == 0xE2 ? 3 : lead == 0xF0 ? 4 : 0;
}

/* The class (W_*) of the character of size bytes at p, by its table (W_OTHER for an
 * invalid sequence). */
static inline unsigned wide_char(const unsigned char *p, unsigned size)
{
    if ((p[1] & 0xC0) != 0x80)
        return W_OTHER;
    if (size == 2)
        return wide2[p[0] - 0xC2][p[1] & 0x3F];
    if ((p[2] & 0xC0) != 0x80)
        return W_OTHER;
    if (size == 3)
        return wide3[p[1] & 0x3F][p[2] & 0x3F];
    if (p[1] != 0x9F || (p[3] & 0xC0) != 0x80)
        return W_OTHER;
    return wide4[p[2] & 0x3F][p[3] & 0x3F];
}

/* The characters beyond ASCII in a block of a text that has them (see wide_class), into
 * its masks: a letter's bytes into alpha, a space's into space; a symbol's are in no set,
 * and so make a symbol. *quote gets the first bytes of U+2018/U+2019, *tail the bytes after
 * the first of each character. *n is cut to the start of a character that crosses the
 * block's end, so that a block holds whole characters. 0, or SCAN_OTHER: a character or
 * byte (an invalid one) that the scanner leaves to the general path. */
static inline int wide_block(const unsigned char *p, size_t avail, unsigned *n, block *m,
                             uint64_t *quote, uint64_t *tail)
{
    uint64_t h = m->hi & (*n == 64 ? ~0ULL : (1ULL << *n) - 1), q = 0, t = 0;
    m->space &= ~m->hi; /* SSE2's signed compare has them below ' ' */
    while (h) {
        unsigned k = (unsigned)__builtin_ctzll(h), size = wide_size(p[k]);
        if (!size)
            return SCAN_OTHER;
        if (k + size > *n) {
            if (k + size > avail)
                return SCAN_OTHER; /* cut short by the text's end */
            *n = k;
            break;
        }
        unsigned cls = wide_char(p + k, size);
        uint64_t bits = ((1ULL << size) - 1) << k;
        if (cls == W_LETTER)
            m->alpha |= bits;
        else if (cls == W_SPACE)
            m->space |= bits;
        else if (cls == W_QUOTE)
            q |= 1ULL << k;
        else if (cls != W_SYMBOL) /* (W_OTHER: not taken, or invalid) */
            return SCAN_OTHER;
        t |= bits & bits << 1;
        h &= ~bits;
    }
    *quote = q;
    *tail = t;
    return 0;
}

/* Whether the character at s[i] is one of wide_class's letters. */
static inline int wide_letter(const unsigned char *s, size_t i, size_t len)
{
    unsigned size = wide_size(s[i]);
    return size && size <= len - i && wide_char(s + i, size) == W_LETTER;
}

/* Segments of text[from..to), all ASCII, with white space or an end of the text on both
 * sides, 64 bytes at a time: each block's bytes are classified at once into bit masks
 * (AVX-512 VBMI or SSE2 where the machine has them), the joiners between two letters or
 * two digits are added to the word bytes (WB6/7, WB11/12), and the segments are read off
 * the masks: a run of word bytes is one, any other visible byte is one of its own; their
 * starts and ends pair up in order. Whether a segment may be one of retype's types is
 * read off the masks too (a word starting "ht" or "ww", a symbol of @#:;=<^, a word or
 * number before '@' or '%'); a few plain ones are marked unknown, which retype checks
 * again. st: the sentences of an all-ASCII text, its terminators and separators handled
 * before the segments of their block are numbered; NULL in a text with other characters,
 * whose sentences are counted afterwards. */
static inline __attribute__((always_inline)) int
scan_ascii_body(const char *text, size_t len, size_t from, size_t to, vb_segs *out,
                sentences *st, int simd, int wide)
{
    const unsigned char *s = (const unsigned char *)text;
    uint64_t carry_alpha = 0, carry_digit = 0, carry_run = 0; /* the previous block's last */
    uint64_t carry_pct = 0;
    size_t run_start = 0; /* of a run still open at a block's end */
    int run_letter = 0, run_unknown = 0, run_hi = 0; /* run_hi: it holds a byte >= 0x80 */
    size_t ns = out->n, unknowns = 0; /* in locals: stores to segments cannot change them */
    vb_seg *seg = out->seg;
    uint32_t sentence = 0, next = UINT32_MAX; /* next: the boundary not passed yet */
    size_t passed = 0;
    if (st) {
        if (vb__grow((void **)&out->sbreaks, &out->sbreaks_cap, 16, sizeof *out->sbreaks))
            return VB_ENOMEM;
        *st = (sentences){ out->sbreaks, 0 };
        st->at[0] = UINT32_MAX; /* the sentinel */
    }
/* one number more past any boundaries since the last segment (none before the first) */
#define NUMBER_SENTENCE(start)                                                             \
    if ((start) >= next) {                                                                 \
        sentence += ns != 0;                                                               \
        while ((start) >= (next = st->at[++passed]))                                       \
            ;                                                                              \
    }
    unsigned n; /* the block's bytes: 64 but at the end (and in a wide text, see below) */
    for (size_t i = from; i < to; i += n) {
        if (out->cap - ns < 65) {
            if (vb__grow((void **)&out->seg, &out->cap, ns + 65, sizeof *out->seg) != 0)
                return VB_ENOMEM;
            seg = out->seg;
        }
        block m;
        n = to - i < 64 ? (unsigned)(to - i) : 64;
        const unsigned char *p = s + i;
        unsigned char pad[64];
        if (i + 64 > len) { /* the end of the text: no reading past it */
            memset(pad, ' ', sizeof pad);
            memcpy(pad, p, len - i);
            p = pad;
        }
        classify(p, &m, simd);
        /* a wide text (characters beyond ASCII, from 0 to len): a block ends where a
         * character does, at its last byte top; ASCII: 64 bytes, top 63 */
        uint64_t quote = 0, tail = 0;
        if (wide && (m.hi & (n == 64 ? ~0ULL : (1ULL << n) - 1)) &&
            wide_block(p, len - i, &n, &m, &quote, &tail))
            return SCAN_OTHER;
        const unsigned top = wide ? n - 1 : 63;
        uint64_t valid = n == 64 ? ~0ULL : (1ULL << n) - 1;
        uint64_t alpha = m.alpha & valid, digit = m.digit & valid;
        size_t next_at = wide ? i + n : i + 64; /* the next block's first */
        unsigned after = next_at < len ? s[next_at] : 0;
        unsigned after_bits = ascii_bits[after], after_more = ascii_more[after];
        uint64_t after_alpha = !!(after_bits & A_ALETTER), after_digit = !!(after_bits & A_NUMERIC);
        if (wide && after >= 0x80)
            after_alpha = (uint64_t)wide_letter(s, next_at, len);
        uint64_t join = (m.midlet & (alpha << 1 | carry_alpha) & (alpha >> 1 | after_alpha << top)) |
                        (m.midnum & (digit << 1 | carry_digit) & (digit >> 1 | after_digit << top));
        if (wide && quote) { /* three bytes between two letters or two digits (top >= 2) */
            uint64_t q = quote & (((alpha << 1 | carry_alpha) &
                                   (alpha >> 3 | after_alpha << (top - 2))) |
                                  ((digit << 1 | carry_digit) &
                                   (digit >> 3 | after_digit << (top - 2))));
            join |= q | q << 1 | q << 2;
        }
        uint64_t letter = alpha | (m.under & valid);
        uint64_t run = letter | digit | (join & valid);
        uint64_t sym = valid & ~run & ~m.space;
        uint64_t starts = run & ~(run << 1 | carry_run) & valid;
        uint64_t ends = run & ~(run >> 1) & ~(1ULL << top); /* a run at top may go on */
        /* unknown: at a segment's first byte (URL, mention...), or its last ('@', '%') */
        uint64_t t_next = m.t >> 1 | (uint64_t)!!(after_more & M_T) << top;
        uint64_t w_next = m.w >> 1 | (uint64_t)!!(after_more & M_W) << top;
        uint64_t ap_next =
            (m.at | m.pct) >> 1 | (uint64_t)!!(after_more & (M_AT | M_PCT)) << top;
        /* a wide text's segments with no byte beyond ASCII, at their last byte: a symbol's
         * own, a run's by the carry of an addition as below (a run begun in an earlier
         * block: run_hi) */
        uint64_t hi = wide ? m.hi & valid : 0, lo = run & ~hi;
        uint64_t ascii = wide ? (sym & ~hi) | (((lo + (starts & lo)) & ~run) >> 1) : ~0ULL;
        /* Per segment everything is read at its last byte: an addition carries a bit at a
         * run's start over the run to the byte after it. So a run begun here that starts
         * "ht" or "ww" is marked at its end, as is a run that holds no letter (a number:
         * the carry over its non-letters reaches past it, where a letter would stop it). */
        uint64_t url_start_bits = starts & ((m.h & t_next) | (m.w & w_next));
        uint64_t nonletter = run & ~letter;
        uint64_t number = ((nonletter + (starts & nonletter)) & ~run) >> 1;
        uint64_t unknown = (((run + url_start_bits) & ~run) >> 1) | (sym & m.merge) |
                           (ends & ap_next) | (sym & hi); /* retype: an emoji? */
        /* A mention or hashtag is made here, as retype would: '@' or '#' with a run right
         * after it and no word or number (nor a '%' that could end one) right before; the
         * run must end in this block, and after '#' hold a letter (checked at its end). */
        uint64_t tagged = sym & (m.at | m.hash) & (starts >> 1) & ~(run << 1 | carry_run) &
                          ~(m.pct << 1 | carry_pct);
        if (st) {
            for (uint64_t se = m.sentend & valid; se; se &= se - 1)
                if (sentence_end(st, out, text, len, i + (size_t)__builtin_ctzll(se), wide))
                    return VB_ENOMEM;
            next = st->at[passed]; /* the sentinel may have moved */
        }
        /* a symbol is a character: of one byte, or several (tail) in a wide text */
        uint64_t bs = starts | (sym & ~tail), es = ends | (sym & ~(tail >> 1));
        if (carry_run) {
            if (!(run & 1)) { /* the open run ended with the last block */
                int more = ascii_more[s[i]]; /* the byte after it (valid: i < to) */
                if (st)
                    NUMBER_SENTENCE(run_start);
                unknowns += put_seg(&seg[ns++], run_start, i,
                                    run_letter ? VB_TOKEN_WORD : VB_TOKEN_NUMBER,
                                    run_unknown || (more & (M_AT | M_PCT)), sentence,
                                    !run_hi);
            } else if (es) { /* the open run ends in this block: its end comes first */
                unsigned k = (unsigned)__builtin_ctzll(es);
                es &= es - 1;
                if (st)
                    NUMBER_SENTENCE(run_start);
                unknowns += put_seg(&seg[ns++], run_start, i + k + 1,
                                    run_letter || (letter & ((2ULL << k) - 1))
                                        ? VB_TOKEN_WORD
                                        : VB_TOKEN_NUMBER,
                                    run_unknown || (int)(ap_next >> k & 1), sentence,
                                    !run_hi && !(hi & ((2ULL << k) - 1)));
            }
        }
        for (; es; es &= es - 1, bs &= bs - 1) {
            unsigned k = (unsigned)__builtin_ctzll(es), b = (unsigned)__builtin_ctzll(bs);
            uint64_t after_k = es & (es - 1); /* the run after a tag ends there, if here */
            if (__builtin_expect(tagged != 0, 0) && (tagged >> k & 1) && after_k) {
                unsigned k2 = (unsigned)__builtin_ctzll(after_k);
                if ((m.at >> k & 1) || !(number >> k2 & 1)) {
                    if (st)
                        NUMBER_SENTENCE(i + k);
                    put_seg(&seg[ns++], i + k, i + k2 + 1,
                            m.at >> k & 1 ? VB_TOKEN_MENTION : VB_TOKEN_HASHTAG, 0, sentence,
                            wide ? (int)(ascii >> k2 & 1) : 1);
                    es = after_k; /* the loop takes the run's end and start */
                    bs &= bs - 1;
                    continue;
                }
            }
            size_t start = i + b;
            int type = (int)(number >> k & 1) + (int)(sym >> k & 1) * VB_TOKEN_SYMBOL;
            if (st)
                NUMBER_SENTENCE(start);
            unknowns += put_seg(&seg[ns++], start, i + k + 1, type, (int)(unknown >> k & 1),
                                sentence, wide ? (int)(ascii >> k & 1) : 1);
        }
        if (run >> top & 1) { /* a run open at the block's end: bs holds its start, if here */
            if (bs) {
                unsigned b = (unsigned)__builtin_ctzll(bs);
                run_start = i + b;
                run_letter = (letter >> b) != 0;
                run_unknown = (int)(url_start_bits >> b & 1);
                run_hi = (hi >> b) != 0;
            } else if (carry_run) { /* the whole block is in a run begun before */
                run_letter |= letter != 0;
                run_hi |= hi != 0;
            }
        }
        carry_run = run >> top & 1;
        carry_pct = m.pct >> top & 1;
        carry_alpha = alpha >> top & 1;
        carry_digit = digit >> top & 1;
    }
    if (carry_run) { /* a run up to to */
        int more = to < len ? ascii_more[s[to]] : 0;
        if (st)
            NUMBER_SENTENCE(run_start);
        unknowns += put_seg(&seg[ns++], run_start, to,
                            run_letter ? VB_TOKEN_WORD : VB_TOKEN_NUMBER,
                            run_unknown || (more & (M_AT | M_PCT)), sentence, !run_hi);
    }
#undef NUMBER_SENTENCE
    out->unknown += unknowns;
    out->n = ns;
    return 0;
}

#if HAVE_VBMI
/* The scanner for machines with AVX-512 VBMI, and BMI1/BMI2 (checked too), which shift by
 * a register and count zeros in one instruction each. */
__attribute__((target("avx512f,avx512bw,avx512vbmi,bmi,bmi2"))) static int
scan_ascii_vbmi(const char *text, size_t len, size_t from, size_t to, vb_segs *out,
                sentences *st, int wide)
{
    return wide ? scan_ascii_body(text, len, from, to, out, st, SIMD_VBMI, 1)
           : st ? scan_ascii_body(text, len, from, to, out, st, SIMD_VBMI, 0)
                : scan_ascii_body(text, len, from, to, out, NULL, SIMD_VBMI, 0);
}
#endif

/* The scanner compiled for each case, so that each copy keeps its loop in registers: with
 * sentences (an all-ASCII text), without (the ASCII stretches of other texts), and wide (a
 * whole text with characters beyond ASCII, see wide_class; SCAN_OTHER if it has others). */
static int scan_ascii(const char *text, size_t len, size_t from, size_t to, vb_segs *out,
                      sentences *st, int wide)
{
    int simd = out->portable ? SIMD_PORTABLE : out->simd ? out->simd : simd_best;
#if HAVE_VBMI
    if (simd == SIMD_VBMI)
        return scan_ascii_vbmi(text, len, from, to, out, st, wide);
#endif
    return wide ? scan_ascii_body(text, len, from, to, out, st, simd, 1)
           : st ? scan_ascii_body(text, len, from, to, out, st, simd, 0)
                : scan_ascii_body(text, len, from, to, out, NULL, simd, 0);
}

/* Segments of chars[0..n), which has white space or an end of the text on both sides and
 * ends at byte end, by the rules (sentences are counted afterwards). An invalid sequence, a
 * control character or a space stands alone (WB4 would attach a following mark or ZWJ to
 * it): segments hold valid, visible UTF-8 only. */
static int scan_chars(const char *text, size_t len, const vb_wb_char *chars, size_t n,
                      size_t end, vb_segs *out)
{
    const uint8_t *brk = out->breaks; /* by character */
    const unsigned alone = 1u << C_SPACE | 1u << C_BREAK | 1u << C_INVALID;
    vb__wb_rules_chars(chars, n, out->breaks);
    for (size_t c = 0; c < n;) {
        unsigned k = chars[c].cls;
        if (alone >> k & 1) {
            out->replacements += k == C_INVALID;
            c++;
            continue;
        }
        size_t c0 = c, start = chars[c].start;
        unsigned seen = 0; /* the classes the segment holds, which type it */
        do {
            seen |= 1u << k;
            if (++c == n || brk[c])
                break;
            k = chars[c].cls;
        } while (!(alone >> k & 1));
        size_t stop = c < n ? chars[c].start : end;
        int type = seen >> C_LETTER & 1  ? VB_TOKEN_WORD
                   : seen >> C_DIGIT & 1 ? VB_TOKEN_NUMBER
                                         : VB_TOKEN_SYMBOL;
        /* all ASCII: a byte per character */
        if (push(out, text, len, start, stop, type, stop - start == c - c0))
            return VB_ENOMEM;
    }
    return 0;
}

#define ONES 0x0101010101010101ULL
#define HIGH 0x8080808080808080ULL

/* The first byte of another character than ASCII from i on, or len. */
static size_t other_byte(const unsigned char *s, size_t i, size_t len)
{
    for (; i + 8 <= len; i += 8) {
        uint64_t high = vb__load_le64(s + i) & HIGH;
        if (high)
            return i + (size_t)__builtin_ctzll(high) / 8;
    }
    while (i < len && s[i] < 0x80)
        i++;
    return i;
}

/* The end of the stretch from i: the first ASCII white space byte from i on (A_SPACE: up to
 * ' ' and DEL), or len. Eight bytes at a time; the masks may be wrong above their first
 * hit, never below it. */
static size_t stretch_end(const unsigned char *s, size_t i, size_t len)
{
    for (; i + 8 <= len; i += 8) {
        uint64_t x = vb__load_le64(s + i), del = x ^ 0x7F * ONES;
        uint64_t space = ((x - 0x21 * ONES) & ~x & HIGH) | ((del - ONES) & ~del & HIGH);
        if (space)
            return i + (size_t)__builtin_ctzll(space) / 8;
    }
    while (i < len && !(ascii_bits[s[i]] & A_SPACE))
        i++;
    return i;
}

/* The start of the stretch that holds the byte other: after the last ASCII white space
 * before it, and at i at most (which is white space, or 0). Eight bytes at a time, with
 * masks exact in every byte (the last hit counts): a byte beyond ASCII is none. */
static size_t stretch_start(const unsigned char *s, size_t i, size_t other)
{
    size_t p = other;
    for (; p >= 8 && p > i; p -= 8) {
        uint64_t x = vb__load_le64(s + p - 8), del = x ^ 0x7F * ONES;
        uint64_t low = ~((x & ~HIGH) + (0x80 - 0x21) * ONES) & ~x & HIGH; /* up to ' ' */
        uint64_t space = low | (~(((del & ~HIGH) + ~HIGH) | del) & HIGH);
        if (space) {
            size_t at = p - 8 + (size_t)(63 - __builtin_clzll(space)) / 8 + 1;
            return at > i ? at : i;
        }
    }
    while (p > i && !(ascii_bits[s[p - 1]] & A_SPACE))
        p--;
    return p;
}

/* A whole text decoded: the rules on every character (the reference path, which tests
 * compare the others with; and the one for tables where ASCII has the hard properties). */
static int segment_decoded(const char *text, size_t len, vb_segs *out, size_t *nbreaks)
{
    if (vb__grow((void **)&out->chars, &out->chars_cap, len + 1, sizeof *out->chars) ||
        vb__grow((void **)&out->breaks, &out->breaks_cap, len + 1, 1) ||
        vb__grow((void **)&out->sbreaks, &out->sbreaks_cap, len + 1, sizeof *out->sbreaks) ||
        vb__grow((void **)&out->trig, &out->trig_cap, len + 1, sizeof *out->trig))
        return VB_ENOMEM;
    size_t ntrig;
    size_t n = vb__wb_decode_triggers(text, len, out->chars, VB_WB_COLON_BREAKS, out->trig,
                                      &ntrig);
    if (n && scan_chars(text, len, out->chars, n, len, out))
        return VB_ENOMEM;
    *nbreaks = vb__sentencebreaks_at(out->chars, n, out->trig, ntrig, out->sbreaks);
    return 0;
}

static int continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* The boundary that the terminator or separator at byte t sets (0: none), in *b. The rules
 * run on a window of the text around t, which is widened until they did not read its
 * edges: first the bytes as they are (the answer holds if the rules read ASCII only), then
 * the characters of out->window bytes either side (16 unless a test says), then four times
 * as many, and so on. A window starts and ends at character starts, where decoding it
 * alone gives the whole text's characters. */
static int sentence_after(const char *text, size_t len, size_t t, vb_segs *out, size_t *b)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t lo, hi;
    if (s[t] < 0x80) {
        size_t at = vb__sb_after_bytes(text, len, t, &lo, &hi);
        int ascii;
        if (hi - lo < 8 && lo + 8 <= len) { /* the usual few bytes: one load, no loop */
            uint64_t keep = hi - lo == 7 ? ~0ULL : (1ULL << 8 * (hi - lo + 1)) - 1;
            ascii = !(vb__load_le64(s + lo) & keep & HIGH);
        } else {
            while (lo <= hi && s[lo] < 0x80)
                lo++;
            ascii = lo > hi;
        }
        if (ascii) {
            *b = at;
            return 0;
        }
    }
    for (size_t w = out->window ? out->window : 16;; w *= 4) {
        size_t from = t > w ? t - w : 0, to = len - t > w ? t + w : len;
        while (from > 0 && continuation(s[from]))
            from--;
        while (to < len && continuation(s[to]))
            to++;
        if (vb__grow((void **)&out->chars, &out->chars_cap, to - from + 1, sizeof *out->chars))
            return VB_ENOMEM;
        const vb_wb_char *chars = out->chars;
        size_t n = vb__wb_decode_range(text, from, to, out->chars, 0, NULL, NULL);
        size_t c = 0, e = n; /* the character that starts at t */
        while (c < e) {
            size_t mid = (c + e) / 2;
            if (chars[mid].start < t)
                c = mid + 1;
            else
                e = mid;
        }
        long at = vb__sb_after_char(chars, n, c, &lo, &hi);
        if ((lo > 0 || from == 0) && (hi + 1 < n || to == len)) {
            *b = at > 0 ? chars[at].start : 0;
            return 0;
        }
    }
}

/* The offsets of the ASCII terminators and separators of text[0..len) into at (room for
 * len), ascending; returns their number. SSE2 compares 32 bytes with the five at once. */
static size_t ascii_triggers(const unsigned char *s, size_t len, uint32_t *at, int portable)
{
    size_t n = 0, i = 0;
#if HAVE_SSE2
    if (!portable && sse2_ok) {
        unsigned char pad[32] = { 0 }; /* the last bytes, as a block of their own */
        const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'),
                      ask = _mm_set1_epi8('?'), lf = _mm_set1_epi8('\n'),
                      cr = _mm_set1_epi8('\r');
        for (const unsigned char *p = s; i < len; i += 32, p += 32) {
            if (i + 32 > len) {
                memcpy(pad, s + i, len - i);
                p = pad;
            }
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
            __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(p + 16));
#define TRIGGERS(v)                                                                        \
    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),            \
                 _mm_or_si128(_mm_cmpeq_epi8(v, ask),                                      \
                              _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr))))
            uint32_t m = (uint32_t)_mm_movemask_epi8(TRIGGERS(x)) |
                         (uint32_t)_mm_movemask_epi8(TRIGGERS(y)) << 16;
#undef TRIGGERS
            /* most blocks hold none or one: the first without a branch (stored in any
             * case: at has room, and a store past the last is overwritten or unused), a
             * loop for the rest (a branch mispredicted per block the less: 1.69 M -> 1.62 M
             * per 3 MB of text with other characters) */
            at[n] = (uint32_t)(i + (size_t)__builtin_ctz(m | 1u << 31));
            n += m != 0;
            for (m &= m - 1; m; m &= m - 1)
                at[n++] = (uint32_t)(i + (size_t)__builtin_ctz(m));
        }
    }
#else
    (void)portable;
#endif
    for (; i < len; i++) /* without SSE2 */
        if (ascii_bits[s[i]] & A_SENTEND)
            at[n++] = (uint32_t)i;
    return n;
}

/* The sentence boundaries of a text whose stretches with other characters are decoded
 * (their terminators and separators beyond ASCII in out->trig[0..nother), byte offsets),
 * into out->sbreaks, their number in *nbreaks. Every trigger is visited in order: the
 * ASCII ones, listed after the others, merged with them. */
static int sentences_of(const char *text, size_t len, size_t nother, vb_segs *out,
                        size_t *nbreaks)
{
    const uint32_t *other = out->trig, *ascii = out->trig + nother;
    size_t nascii = ascii_triggers((const unsigned char *)text, len, out->trig + nother,
                                   out->portable);
    size_t found = 0, b;
    for (size_t j = 0, k = 0; j < nascii || k < nother;) {
        size_t t = k == nother || (j < nascii && ascii[j] < other[k]) ? ascii[j++]
                                                                       : other[k++];
        if (t + 1 == len)
            break; /* nothing follows the last character */
        if (sentence_after(text, len, t, out, &b))
            return VB_ENOMEM;
        if (b)
            out->sbreaks[found++] = (uint32_t)b;
    }
    *nbreaks = found;
    return 0;
}

/* A stretch with other characters takes the next one along when at most this many bytes
 * lie between (white space and ASCII): 3 MB of the bench's lines with other characters
 * took 160.2 M instructions with none, 157.9 M with 8 and 157.6 M with 16 bytes (mixed
 * scripts: 160.7 M, 150.5 M, 149.6 M), 171.8 M with 64; 8 mispredicts the fewest
 * branches (cachegrind). */
enum { MERGE_GAP = 8 };

/* A text with other characters than ASCII: the word rules see the characters, but none
 * looks across white space, which stands alone, so only the stretches between white space
 * that hold other characters are decoded, and the rules run on those; the ASCII between
 * them takes the ASCII scanner. The sentence rules run after each terminator and
 * separator, on a window around it (sentence_after). */
static int segment_stretches(const char *text, size_t len, vb_segs *out, size_t *nbreaks)
{
    /* trig: the triggers, the ASCII ones after the others, one per character at most */
    if (vb__grow((void **)&out->chars, &out->chars_cap, len + 1, sizeof *out->chars) ||
        vb__grow((void **)&out->breaks, &out->breaks_cap, len + 1, 1) ||
        vb__grow((void **)&out->sbreaks, &out->sbreaks_cap, len + 1, sizeof *out->sbreaks) ||
        vb__grow((void **)&out->trig, &out->trig_cap, len + 1, sizeof *out->trig))
        return VB_ENOMEM;
    const unsigned char *s = (const unsigned char *)text;
    size_t nother = 0; /* triggers beyond ASCII, in out->trig as byte offsets */
    for (size_t i = 0, other = other_byte(s, 0, len); i < len;) {
        size_t from = other < len ? stretch_start(s, i, other) : len;
        if (from > i && scan_ascii(text, len, i, from, out, NULL, 0))
            return VB_ENOMEM;
        if (other == len)
            break;
        /* the stretch, and the next ones while a few bytes of ASCII only lie between (the
         * rules cost less on those than a call of the ASCII scanner) */
        i = stretch_end(s, other, len);
        while ((other = other_byte(s, i, len)) < len && other - i <= MERGE_GAP)
            i = stretch_end(s, other, len);
        size_t found, n = vb__wb_decode_range(text, from, i, out->chars, VB_WB_COLON_BREAKS,
                                              out->trig + nother, &found);
        nother += found;
        if (scan_chars(text, len, out->chars, n, i, out))
            return VB_ENOMEM;
    }
    return sentences_of(text, len, nother, out, nbreaks);
}

int vb__sentence_ends(const char *text, size_t len, vb_segs *out, size_t *n)
{
    pthread_once(&ascii_once, init_ascii);
    if (vb__grow((void **)&out->chars, &out->chars_cap, len + 1, sizeof *out->chars) ||
        vb__grow((void **)&out->sbreaks, &out->sbreaks_cap, len + 1, sizeof *out->sbreaks) ||
        vb__grow((void **)&out->trig, &out->trig_cap, len + 1, sizeof *out->trig))
        return VB_ENOMEM;
    size_t nother;
    vb__wb_decode_range(text, 0, len, out->chars, 0, out->trig, &nother);
    return sentences_of(text, len, nother, out, n);
}

/* Retype's types, then the count of sentences (numbered densely: the last one's + 1). */
static void finish(const char *text, size_t len, vb_segs *out, int all_ascii)
{
    retype(text, len, out, all_ascii);
    out->sentences = out->n ? out->seg[out->n - 1].sentence + 1 : 0;
}

/* The sentences of the segments of a text with other characters than ASCII, from its
 * nbreaks boundaries in out->sbreaks, and retype's types. */
static void finish_other(const char *text, size_t len, vb_segs *out, size_t nbreaks)
{
    /* a segment's sentence: one more than the segment before it when boundaries lie
     * between (dense, from 0). The scanners wrote 0, which holds up to the first boundary
     * (in a text of one sentence, everywhere) */
    vb_seg *g = out->seg;
    size_t b = 0;
    uint32_t sentence = 0;
    for (size_t k = 0; nbreaks && k < out->n; k++) {
        if (b < nbreaks && g[k].start >= out->sbreaks[b]) {
            sentence += k != 0;
            while (++b < nbreaks && g[k].start >= out->sbreaks[b])
                ;
        }
        g[k].sentence = sentence;
    }
    finish(text, len, out, 0);
}

static int segment_general(const char *text, size_t len, vb_segs *out)
{
    size_t nbreaks;
    if (out->general_only || !ascii_fast_path_ok ? segment_decoded(text, len, out, &nbreaks)
                                                 : segment_stretches(text, len, out, &nbreaks))
        return VB_ENOMEM;
    finish_other(text, len, out, nbreaks);
    return 0;
}

/* A text whose characters beyond ASCII are all of wide_class's kinds: the scanner takes it
 * whole, the sentence rules run after each trigger (all ASCII) as in other texts, on the
 * way. 0, VB_ENOMEM, or SCAN_OTHER (nothing kept). */
static int segment_wide(const char *text, size_t len, vb_segs *out)
{
    sentences st;
    int r = scan_ascii(text, len, 0, len, out, &st, 1);
    if (r == SCAN_OTHER) {
        out->n = 0;
        out->unknown = 0;
    }
    if (r)
        return r;
    finish(text, len, out, 0);
    return 0;
}

void vb__segs_free(vb_segs *g)
{
    free(g->seg);
    free(g->chars);
    free(g->breaks);
    free(g->sbreaks);
    free(g->trig);
}

int vb__segment(const char *text, size_t len, vb_segs *out)
{
    pthread_once(&ascii_once, init_ascii);
    out->n = 0;
    out->unknown = 0;
    out->replacements = 0;
    out->path = VB_SEG_PATH_GENERAL;
    if (out->general_only || !ascii_fast_path_ok)
        return segment_general(text, len, out);
    if (!is_ascii(text, len)) {
        out->path = VB_SEG_PATH_WIDE;
        int r = wide_ok ? segment_wide(text, len, out) : SCAN_OTHER;
        if (r != SCAN_OTHER)
            return r;
        out->path = VB_SEG_PATH_GENERAL;
        return segment_general(text, len, out);
    }
    out->path = VB_SEG_PATH_ASCII;
    sentences st;
    if (scan_ascii(text, len, 0, len, out, &st, 0))
        return VB_ENOMEM;
    finish(text, len, out, 1);
    return 0;
}
