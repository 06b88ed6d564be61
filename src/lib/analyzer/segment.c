/* First-version word and sentence segmentation, close to UAX #29 for the common cases:
 * a word is a run of letters, marks, digits and connectors, with an apostrophe or a period
 * kept between letters ("don't", "U.S") and a period or comma kept between digits ("3.5",
 * "1,000"); every other visible character is a symbol token, with an emoji's modifiers,
 * variation selectors and ZWJ-joined parts kept in one token. A sentence ends after . ! ?
 * (and their CJK and ellipsis forms) followed by a space, and at every line break.
 * The table-driven UAX #29 segmenter replaces this file (see the analyzer issue). */
#include "analyzer_int.h"

#include <pthread.h>
#include <utf8proc.h>

enum { C_SPACE, C_BREAK, C_LETTER, C_DIGIT, C_MARK, C_JOIN, C_MIDLET, C_MIDNUM, C_MIDBOTH,
       C_TERM, C_SYMBOL, C_INVALID };

static unsigned char ascii_class[128];

static void init_ascii(void)
{
    for (int c = 0; c < 128; c++) {
        unsigned char k = C_SYMBOL;
        if (c == '\n' || c == '\r' || c == '\v' || c == '\f')
            k = C_BREAK;
        else if (c <= ' ' || c == 127)
            k = C_SPACE;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
            k = C_LETTER;
        else if (c >= '0' && c <= '9')
            k = C_DIGIT;
        else if (c == '\'')
            k = C_MIDLET;
        else if (c == ',' || c == ';')
            k = C_MIDNUM;
        else if (c == '.')
            k = C_MIDBOTH;
        else if (c == '!' || c == '?')
            k = C_TERM;
        ascii_class[c] = k;
    }
    ascii_class[';'] = C_SYMBOL; /* ';' is MidNum in UAX #29 but rare in numbers here */
}

static int classify(int32_t cp)
{
    if (cp < 0)
        return C_INVALID;
    if (cp < 128)
        return ascii_class[cp];
    switch (cp) {
    case 0x85: case 0x2028: case 0x2029: return C_BREAK;
    case 0x2019: case 0x2018: case 0x02BC: case 0xFF07: return C_MIDLET;
    case 0x2024: case 0xFE52: case 0xFF0E: return C_MIDBOTH;
    case 0x2026: case 0x3002: case 0xFF01: case 0xFF1F: case 0x203C: case 0x2049:
        return C_TERM;
    case 0x200D: return C_JOIN;
    default: break;
    }
    if (cp >= 0xFE00 && cp <= 0xFE0F) /* variation selectors */
        return C_MARK;
    if (cp >= 0x1F3FB && cp <= 0x1F3FF) /* emoji skin tones */
        return C_MARK;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_PC:
        return C_LETTER;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return C_DIGIT;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return C_MARK;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CS:
        return C_SPACE;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        return C_BREAK;
    case UTF8PROC_CATEGORY_CF:
        return C_MARK; /* soft hyphen, bidi marks: part of what they sit in */
    default:
        return C_SYMBOL;
    }
}

typedef struct cursor {
    const unsigned char *s;
    size_t len;
} cursor;

/* Class and length of the character at i. */
static inline int char_at(const cursor *c, size_t i, size_t *n)
{
    unsigned char b = c->s[i];
    if (b < 0x80) {
        *n = 1;
        return ascii_class[b];
    }
    int32_t cp;
    *n = vb__utf8_decode(c->s + i, c->len - i, &cp);
    return classify(cp);
}

static int push(vb_segs *out, size_t start, size_t end, int type, int ascii, uint32_t sentence)
{
    if (out->n == out->cap &&
        vb__grow((void **)&out->seg, &out->cap, out->n + 1, sizeof *out->seg) != 0)
        return VB_ENOMEM;
    vb_seg *g = &out->seg[out->n++];
    g->start = start;
    g->end = end;
    g->type = (uint8_t)type;
    g->ascii = (uint8_t)ascii;
    g->sentence = sentence;
    return 0;
}

static int is_regional(const unsigned char *s, size_t n)
{
    int32_t cp;
    vb__utf8_decode(s, n, &cp);
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

int vb__segment(const char *text, size_t len, vb_segs *out)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_ascii); /* analyzers run in many threads at once */
    cursor c = { (const unsigned char *)text, len };
    out->n = 0;
    out->replacements = 0;
    uint32_t sentence = 0;
    int have_token = 0, after_term = 0; /* a terminator was seen in this sentence */
    size_t i = 0;
    while (i < len) {
        size_t n;
        int k = char_at(&c, i, &n);
        if (k == C_SPACE || k == C_BREAK || k == C_INVALID) {
            if (k == C_INVALID)
                out->replacements++;
            if (have_token && (k == C_BREAK || after_term)) {
                sentence++;
                have_token = after_term = 0;
            }
            i += n;
            continue;
        }
        if (after_term && k != C_TERM && k != C_MIDBOTH && k != C_SYMBOL) {
            /* "word.Word": no space after the terminator; still the same sentence */
            after_term = 0;
        }
        size_t start = i;
        int ascii = c.s[i] < 0x80;
        if (k == C_LETTER || k == C_DIGIT || k == C_MARK) {
            int all_digits = k == C_DIGIT;
            int prev = k;
            i += n;
            while (i < len) {
                size_t m;
                int k2 = char_at(&c, i, &m);
                if (k2 == C_LETTER || k2 == C_DIGIT || k2 == C_MARK || k2 == C_JOIN) {
                    if (k2 == C_LETTER)
                        all_digits = 0;
                    if (c.s[i] >= 0x80)
                        ascii = 0;
                    if (k2 != C_MARK && k2 != C_JOIN)
                        prev = k2;
                    i += m;
                    continue;
                }
                if (k2 == C_MIDLET || k2 == C_MIDNUM || k2 == C_MIDBOTH) {
                    /* keep the separator only between two letters or two digits */
                    if (i + m < len) {
                        size_t m2;
                        int k3 = char_at(&c, i + m, &m2);
                        int letters = prev == C_LETTER && k3 == C_LETTER &&
                                      (k2 == C_MIDLET || k2 == C_MIDBOTH);
                        int digits = prev == C_DIGIT && k3 == C_DIGIT &&
                                     (k2 == C_MIDNUM || k2 == C_MIDBOTH);
                        if (letters || digits) {
                            if (c.s[i] >= 0x80 || c.s[i + m] >= 0x80)
                                ascii = 0;
                            i += m + m2;
                            prev = k3;
                            continue;
                        }
                    }
                }
                break;
            }
            if (push(out, start, i, all_digits ? VB_TOKEN_NUMBER : VB_TOKEN_WORD, ascii,
                     sentence))
                return VB_ENOMEM;
            have_token = 1;
            continue;
        }
        /* a symbol: absorb marks, skin tones, ZWJ and what a ZWJ joins */
        int regional = !ascii && is_regional(c.s + i, len - i);
        i += n;
        while (i < len) {
            size_t m;
            int k2 = char_at(&c, i, &m);
            if (k2 == C_MARK) {
                ascii &= c.s[i] < 0x80;
                i += m;
                continue;
            }
            if (k2 == C_JOIN && i + m < len) {
                size_t m2;
                int k3 = char_at(&c, i + m, &m2);
                if (k3 == C_SYMBOL) {
                    ascii = 0;
                    i += m + m2;
                    continue;
                }
            }
            if (regional && k2 == C_SYMBOL && is_regional(c.s + i, len - i)) {
                i += m; /* a flag is a pair of regional indicators */
                regional = 0;
                continue;
            }
            break;
        }
        if (push(out, start, i, VB_TOKEN_SYMBOL, ascii, sentence))
            return VB_ENOMEM;
        have_token = 1;
        if (k == C_TERM || (k == C_MIDBOTH && i - start == 1))
            after_term = 1;
    }
    out->sentences = out->n ? sentence + 1 : 0;
    return 0;
}
