/* Normalization: NFKC + case folding with utf8proc, plus folding of typographic apostrophes
 * and dashes so "don’t" and "don't" are one word. Pure-ASCII segments (most of a typical
 * comment) take a fast path that gives the same result: NFKC leaves ASCII alone and case
 * folding of ASCII is tolower. */
#include "analyzer_int.h"

#include <stdlib.h>
#include <utf8proc.h>

static utf8proc_int32_t fold_punct(utf8proc_int32_t cp, void *data)
{
    (void)data;
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: case 0xFF07:
        return '\'';
    case 0x201C: case 0x201D: case 0x201F: case 0x2033: case 0xFF02:
        return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        return '-';
    default:
        return cp;
    }
}

/* NFKC + case fold s[0..n) (valid UTF-8) and append it to out. */
static int map_piece(const char *s, size_t n, unsigned flags, vb_buf *out)
{
    utf8proc_uint8_t *dst = NULL;
    utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                             UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;
    if (flags & VB_ANALYZE_STRIP_ACCENTS)
        opts |= UTF8PROC_STRIPMARK;
    utf8proc_ssize_t r = utf8proc_map_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                             &dst, opts, fold_punct, NULL);
    if (r == UTF8PROC_ERROR_NOMEM)
        return VB_ENOMEM;
    if (r < 0) /* cannot happen: segments hold valid UTF-8 only; keep the bytes then */
        return vb__buf_append(out, s, n) ? VB_ENOMEM : 0;
    int rc = vb__buf_append(out, dst, (size_t)r);
    free(dst);
    return rc ? VB_ENOMEM : 0;
}

int vb__normalize(const char *s, size_t n, int ascii, unsigned flags, vb_buf *out)
{
    out->len = 0;
    if (vb__buf_reserve(out, n + 1) != 0)
        return VB_ENOMEM;
    if (ascii) {
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            out->ptr[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        out->len = n;
        out->ptr[n] = '\0';
        return 0;
    }
    /* Canonical ordering sorts each run of combining marks, which is quadratic in the run's
     * length: a run longer than 30 marks (Unicode's stream-safe limit, UAX #15) is
     * normalized in pieces of 30, which only differs from full NFKC on such abuse. */
    size_t start = 0, run = 0;
    if (n > 60) {
        for (size_t i = 0; i < n;) {
            int32_t cp;
            size_t k = vb__utf8_decode((const unsigned char *)s + i, n - i, &cp);
            if (cp >= 0 && utf8proc_get_property(cp)->combining_class != 0) {
                if (++run > 30) {
                    if (map_piece(s + start, i - start, flags, out) != 0)
                        return VB_ENOMEM;
                    start = i;
                    run = 1;
                }
            } else {
                run = 0;
            }
            i += k;
        }
    }
    return map_piece(s + start, n - start, flags, out);
}
