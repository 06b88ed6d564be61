/* Internal helpers shared by every stage: growable buffers, an arena, a string map,
 * UTF-8 decoding and error filling. Not part of the public API. */
#ifndef VB_UTIL_H
#define VB_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "verbatim/error.h"

/* ---- errors ---- */
int vb__error_set(vb_error *err, int code, const char *source, size_t line, size_t column,
                  const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* ---- growable byte buffer ---- */
typedef struct vb_buf {
    char *ptr;
    size_t len, cap;
} vb_buf;

int vb__buf_reserve(vb_buf *b, size_t extra); /* 0 or VB_ENOMEM */
int vb__buf_append(vb_buf *b, const void *p, size_t n);
static inline int vb__buf_putc(vb_buf *b, char c)
{
    if (b->len + 1 >= b->cap && vb__buf_reserve(b, 1) != 0)
        return -1;
    b->ptr[b->len++] = c;
    return 0;
}
void vb__buf_free(vb_buf *b);

/* Grow an array of `size`-byte items to hold at least `need` items. The test that it is
 * large enough already is inline: the analyzer asks it several times a text. */
int vb__grow_to(void **arr, size_t *cap, size_t need, size_t size);
static inline int vb__grow(void **arr, size_t *cap, size_t need, size_t size)
{
    return need <= *cap ? 0 : vb__grow_to(arr, cap, need, size);
}

/* ---- arena: stable pointers, freed all at once ---- */
typedef struct vb_arena_block vb_arena_block;
typedef struct vb_arena {
    vb_arena_block *head;
    size_t used, size;
} vb_arena;

void *vb__arena_alloc(vb_arena *a, size_t n);
char *vb__arena_strndup(vb_arena *a, const char *s, size_t n); /* NUL-terminated copy */
void vb__arena_free(vb_arena *a);

/* ---- hashing and ordering ---- */
uint64_t vb__hash(const void *p, size_t n);

/* Byte strings in lexicographic order, a prefix before the longer string. */
static inline int vb__bytes_cmp(const char *a, size_t an, const char *b, size_t bn)
{
    int c = an && bn ? memcmp(a, b, an < bn ? an : bn) : 0;
    return c ? c : (an > bn) - (an < bn);
}

/* ---- tables that may grow large ---- */
/* Zeroed memory for a hash table. From 1 MiB on it is mapped on its own, aligned to 2 MiB
 * and marked for huge pages, so that filling it costs a few page faults rather than one per
 * 4 KiB (several microseconds each in a virtual machine). NULL when out of memory. Free with
 * vb__table_free and the same size. */
void *vb__table_alloc(size_t bytes);
void vb__table_free(void *p, size_t bytes);

/* ---- string -> uint32 map (open addressing; keys borrowed, must stay valid) ---- */
typedef struct vb_strmap_slot {
    const char *key;
    uint32_t len, value;
    uint64_t hash;
} vb_strmap_slot;

typedef struct vb_strmap {
    vb_strmap_slot *slots;
    size_t cap, count; /* cap: power of two */
} vb_strmap;

/* Found: 1 and *value set; not found: 0. */
int vb__strmap_get(const vb_strmap *m, const char *key, size_t len, uint64_t hash,
                   uint32_t *value);
/* Insert a key known to be absent. 0 or VB_ENOMEM. */
int vb__strmap_put(vb_strmap *m, const char *key, size_t len, uint64_t hash, uint32_t value);
void vb__strmap_free(vb_strmap *m);

/* ---- UTF-8 ---- */
/* Decode one code point at s[0..n). Returns its length (>= 1). On an invalid sequence sets
 * *cp = -1 and returns the length of the maximal subpart (Unicode ch. 3, U+FFFD rule).
 * Inline: the segmenters decode every character. */
static inline size_t vb__utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    size_t need;
    int32_t v;
    unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0; /* no overlongs */
        else if (c == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F; /* nothing above U+10FFFF */
    } else {
        *cp = -1; /* 0x80..0xC1, 0xF5..0xFF can never start a sequence */
        return 1;
    }
    size_t i = 1;
    for (; i <= need; i++) {
        if (i >= n) {
            *cp = -1;
            return i;
        }
        unsigned b = s[i];
        if (b < lo || b > hi) {
            *cp = -1;
            return i; /* the maximal subpart ends before the offending byte */
        }
        lo = 0x80;
        hi = 0xBF;
        v = (v << 6) | (int32_t)(b & 0x3F);
    }
    *cp = v;
    return need + 1;
}

/* Eight bytes at s as an integer, the first in the low byte. One load: GCC at -O2 does not
 * merge a byte-by-byte loop into one, and this runs for every word. */
static inline uint64_t vb__load_le64(const unsigned char *s)
{
    uint64_t x;
    memcpy(&x, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    return x;
}

/* Encode cp into out (4 bytes room). Returns the length. */
size_t vb__utf8_encode(int32_t cp, char *out);

/* ---- files ---- */
/* Read a whole file ("-": stdin). 0, VB_EIO or VB_ENOMEM. *out is NUL-terminated. */
int vb__read_file(const char *path, char **out, size_t *len, vb_error *err);

#endif
