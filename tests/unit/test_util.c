/* Internal helpers: UTF-8 decoding (maximal subparts) and encoding, buffers, arrays, the
 * arena, the string map, error formatting and whole-file reading. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "util/util.h"
#include "verbatim/analyzer.h"

/* ---- UTF-8 decoding ---- */

/* Decode `len` bytes of `s` completely and compare the sequence of (length, code point)
 * pairs with the expected ones (code point -1: invalid). */
static void expect_decode(const char *s, size_t len, const size_t *lens, const int32_t *cps,
                          size_t count)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, k = 0;
    while (i < len) {
        int32_t cp = 12345;
        size_t n = vb__utf8_decode(u + i, len - i, &cp);
        if (k >= count)
            fail_msg("more pieces than expected at byte %zu", i);
        if (n != lens[k] || cp != cps[k])
            fail_msg("piece %zu at byte %zu: got length %zu cp %d, want length %zu cp %d", k,
                     i, n, (int)cp, lens[k], (int)cps[k]);
        assert_true(n >= 1);
        i += n;
        k++;
    }
    assert_int_equal(i, len);
    assert_int_equal(k, count);
}

static void decode_valid(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        int32_t cp;
    } cases[] = {
        { "\x00", 0 },          { "A", 'A' },           { "\x7F", 0x7F },
        { "\xC2\x80", 0x80 },   { "\xC3\xA9", 0xE9 },   { "\xDF\xBF", 0x7FF },
        { "\xE0\xA0\x80", 0x800 }, { "\xE2\x82\xAC", 0x20AC },
        { "\xED\x9F\xBF", 0xD7FF }, { "\xEE\x80\x80", 0xE000 },
        { "\xEF\xBF\xBD", 0xFFFD }, { "\xEF\xBF\xBF", 0xFFFF },
        { "\xF0\x90\x80\x80", 0x10000 }, { "\xF0\x9F\x91\x8D", 0x1F44D },
        { "\xF3\xBF\xBF\xBF", 0xFFFFF }, { "\xF4\x8F\xBF\xBF", 0x10FFFF },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t len = cases[i].cp == 0 ? 1 : strlen(cases[i].s);
        int32_t cp = -2;
        size_t n = vb__utf8_decode((const unsigned char *)cases[i].s, len, &cp);
        assert_int_equal(n, len);
        assert_int_equal(cp, cases[i].cp);
    }
    /* trailing bytes after the sequence are not consumed */
    int32_t cp;
    assert_int_equal(vb__utf8_decode((const unsigned char *)"\xC3\xA9xyz", 5, &cp), 2);
    assert_int_equal(cp, 0xE9);
    assert_int_equal(vb__utf8_decode((const unsigned char *)"ab", 2, &cp), 1);
    assert_int_equal(cp, 'a');
}

#define PIECES(...) (const size_t[]){ __VA_ARGS__ }
#define CPS(...) (const int32_t[]){ __VA_ARGS__ }
#define EXPECT(str, lens, cps, count) expect_decode(str, sizeof str - 1, lens, cps, count)

static void decode_maximal_subparts(void **state)
{
    (void)state;
    /* overlong two-byte forms: C0 and C1 never start a sequence */
    EXPECT("\xC0\x80", PIECES(1, 1), CPS(-1, -1), 2);
    EXPECT("\xC1\xBF", PIECES(1, 1), CPS(-1, -1), 2);
    /* overlong three-byte form: E0 needs A0..BF next */
    EXPECT("\xE0\x80\x80", PIECES(1, 1, 1), CPS(-1, -1, -1), 3);
    EXPECT("\xE0\x80", PIECES(1, 1), CPS(-1, -1), 2);
    EXPECT("\xE0\x9F\xBF", PIECES(1, 1, 1), CPS(-1, -1, -1), 3);
    /* surrogates: ED needs 80..9F next */
    EXPECT("\xED\xA0\x80", PIECES(1, 1, 1), CPS(-1, -1, -1), 3);
    EXPECT("\xED\xBF\xBF", PIECES(1, 1, 1), CPS(-1, -1, -1), 3);
    /* overlong four-byte form and beyond U+10FFFF */
    EXPECT("\xF0\x80\x80\x80", PIECES(1, 1, 1, 1), CPS(-1, -1, -1, -1), 4);
    EXPECT("\xF4\x90\x80\x80", PIECES(1, 1, 1, 1), CPS(-1, -1, -1, -1), 4);
    /* bytes that never start a sequence */
    EXPECT("\xF5", PIECES(1), CPS(-1), 1);
    EXPECT("\xF8\x88\x80\x80\x80", PIECES(1, 1, 1, 1, 1), CPS(-1, -1, -1, -1, -1), 5);
    EXPECT("\xFE", PIECES(1), CPS(-1), 1);
    EXPECT("\xFF", PIECES(1), CPS(-1), 1);
    /* lone continuation bytes */
    EXPECT("\x80", PIECES(1), CPS(-1), 1);
    EXPECT("\xBF\x80", PIECES(1, 1), CPS(-1, -1), 2);
    /* truncated sequences: the valid prefix is one maximal subpart */
    EXPECT("\xE2\x82", PIECES(2), CPS(-1), 1);
    EXPECT("\xE2", PIECES(1), CPS(-1), 1);
    EXPECT("\xC3", PIECES(1), CPS(-1), 1);
    EXPECT("\xF0\x9F\x91", PIECES(3), CPS(-1), 1);
    EXPECT("\xF0\x9F", PIECES(2), CPS(-1), 1);
    EXPECT("\xF4\x8F\xBF", PIECES(3), CPS(-1), 1);
    /* truncated then followed by another character */
    EXPECT("\xE2\x82" "A", PIECES(2, 1), CPS(-1, 'A'), 2);
    EXPECT("\xF1\x80\x80" "A", PIECES(3, 1), CPS(-1, 'A'), 2);
    EXPECT("\xC3" "A", PIECES(1, 1), CPS(-1, 'A'), 2);
    EXPECT("\xE2\x82\xE2\x82\xAC", PIECES(2, 3), CPS(-1, 0x20AC), 2);
}

/* Unicode ch. 3, table 3-8: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64 is
 * a, <F1 80 80>, <E1 80>, <C2>, b, <80>, c, <80>, <BF>, d. */
static void decode_table_3_8(void **state)
{
    (void)state;
    EXPECT("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
           PIECES(1, 3, 2, 1, 1, 1, 1, 1, 1, 1),
           CPS('a', -1, -1, -1, 'b', -1, 'c', -1, -1, 'd'), 10);
}

static void decode_respects_length(void **state)
{
    (void)state;
    /* a valid sequence cut by n is invalid, and the decoder never reads past n */
    const unsigned char euro[] = { 0xE2, 0x82, 0xAC };
    int32_t cp;
    assert_int_equal(vb__utf8_decode(euro, 1, &cp), 1);
    assert_int_equal(cp, -1);
    assert_int_equal(vb__utf8_decode(euro, 2, &cp), 2);
    assert_int_equal(cp, -1);
    assert_int_equal(vb__utf8_decode(euro, 3, &cp), 3);
    assert_int_equal(cp, 0x20AC);
    /* heap copy so a sanitizer catches an over-read */
    unsigned char *p = malloc(2);
    assert_non_null(p);
    p[0] = 0xF0;
    p[1] = 0x9F;
    assert_int_equal(vb__utf8_decode(p, 2, &cp), 2);
    assert_int_equal(cp, -1);
    free(p);
}

static void encode_round_trip(void **state)
{
    (void)state;
    size_t counts[5] = { 0 };
    for (int32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char out[8];
        memset(out, 0x55, sizeof out);
        size_t n = vb__utf8_encode(cp, out);
        size_t want = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (n != want)
            fail_msg("U+%04X encodes to %zu bytes, want %zu", (unsigned)cp, n, want);
        assert_int_equal((unsigned char)out[n], 0x55); /* nothing written past the length */
        int32_t back = -2;
        size_t m = vb__utf8_decode((const unsigned char *)out, n, &back);
        if (m != n || back != cp)
            fail_msg("U+%04X round trip: length %zu cp %d", (unsigned)cp, m, (int)back);
        counts[n]++;
    }
    assert_int_equal(counts[1], 0x80);
    assert_int_equal(counts[2], 0x800 - 0x80);
    assert_int_equal(counts[3], 0x10000 - 0x800 - 0x800);
    assert_int_equal(counts[4], 0x110000 - 0x10000);
    /* known encodings */
    char out[4];
    assert_int_equal(vb__utf8_encode(0xE9, out), 2);
    assert_memory_equal(out, "\xC3\xA9", 2);
    assert_int_equal(vb__utf8_encode(0x20AC, out), 3);
    assert_memory_equal(out, "\xE2\x82\xAC", 3);
    assert_int_equal(vb__utf8_encode(0x1F44D, out), 4);
    assert_memory_equal(out, "\xF0\x9F\x91\x8D", 4);
}

/* ---- buffers and arrays ---- */

static void buf_append_and_putc(void **state)
{
    (void)state;
    vb_buf b = { 0 };
    assert_int_equal(vb__buf_append(&b, "", 0), 0);
    assert_non_null(b.ptr);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.ptr, "");
    assert_int_equal(vb__buf_append(&b, "hello", 5), 0);
    assert_int_equal(b.len, 5);
    assert_string_equal(b.ptr, "hello"); /* append keeps a NUL after the data */
    assert_int_equal(vb__buf_putc(&b, ','), 0);
    assert_int_equal(vb__buf_putc(&b, ' '), 0);
    assert_int_equal(b.len, 7);
    assert_int_equal(vb__buf_append(&b, "world", 5), 0);
    assert_int_equal(b.len, 12);
    assert_string_equal(b.ptr, "hello, world");
    assert_true(b.cap > b.len);

    /* embedded NUL bytes are data */
    assert_int_equal(vb__buf_append(&b, "\0x", 2), 0);
    assert_int_equal(b.len, 14);
    assert_memory_equal(b.ptr, "hello, world\0x", 15);

    /* grow far past the first capacity, byte by byte and in chunks */
    b.len = 0;
    for (size_t i = 0; i < 100000; i++)
        assert_int_equal(vb__buf_putc(&b, (char)('a' + i % 26)), 0);
    assert_int_equal(b.len, 100000);
    assert_true(b.cap > b.len);
    for (size_t i = 0; i < 100000; i++)
        if (b.ptr[i] != (char)('a' + i % 26))
            fail_msg("byte %zu changed", i);
    char chunk[1000];
    memset(chunk, 'z', sizeof chunk);
    for (int i = 0; i < 300; i++)
        assert_int_equal(vb__buf_append(&b, chunk, sizeof chunk), 0);
    assert_int_equal(b.len, 400000);
    assert_int_equal(b.ptr[b.len], '\0');
    assert_int_equal(b.ptr[99999], (char)('a' + 99999 % 26));
    assert_int_equal(b.ptr[100000], 'z');
    assert_int_equal(b.ptr[399999], 'z');

    /* reserve guarantees room for `extra` more bytes */
    assert_int_equal(vb__buf_reserve(&b, 5000000), 0);
    assert_true(b.cap >= b.len + 5000000);

    vb__buf_free(&b);
    assert_null(b.ptr);
    assert_int_equal(b.len, 0);
    assert_int_equal(b.cap, 0);
    vb__buf_free(&b); /* twice is harmless */
}

static void grow_arrays(void **state)
{
    (void)state;
    uint64_t *arr = NULL;
    size_t cap = 0;
    assert_int_equal(vb__grow((void **)&arr, &cap, 0, sizeof *arr), 0);
    assert_int_equal(cap, 0);
    assert_null(arr);
    assert_int_equal(vb__grow((void **)&arr, &cap, 1, sizeof *arr), 0);
    assert_non_null(arr);
    assert_true(cap >= 1);
    size_t n = 0;
    for (uint64_t i = 0; i < 200000; i++) {
        assert_int_equal(vb__grow((void **)&arr, &cap, n + 1, sizeof *arr), 0);
        assert_true(cap >= n + 1);
        arr[n++] = i * 2654435761u;
    }
    for (uint64_t i = 0; i < 200000; i++)
        if (arr[i] != i * 2654435761u)
            fail_msg("item %llu lost after growth", (unsigned long long)i);
    /* a request already satisfied leaves the array alone */
    uint64_t *before = arr;
    size_t cap_before = cap;
    assert_int_equal(vb__grow((void **)&arr, &cap, 10, sizeof *arr), 0);
    assert_ptr_equal(arr, before);
    assert_int_equal(cap, cap_before);
    /* a jump straight to a large size */
    assert_int_equal(vb__grow((void **)&arr, &cap, 3000000, sizeof *arr), 0);
    assert_true(cap >= 3000000);
    arr[2999999] = 7;
    assert_int_equal(arr[199999], (uint64_t)199999 * 2654435761u);
    free(arr);

    /* a size overflow is refused, not wrapped */
    char *big = NULL;
    size_t bcap = 0;
    assert_int_equal(vb__grow((void **)&big, &bcap, SIZE_MAX / 4, 64), VB_ENOMEM);
    assert_null(big);
    assert_int_equal(bcap, 0);
}

/* ---- arena ---- */

static void arena_strndup_stable(void **state)
{
    (void)state;
    enum { N = 50000 };
    vb_arena a = { 0 };
    char **ptrs = calloc(N, sizeof *ptrs);
    assert_non_null(ptrs);
    char src[64];
    for (int i = 0; i < N; i++) {
        int len = snprintf(src, sizeof src, "word-%d-%.*s", i, i % 40,
                           "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP");
        ptrs[i] = vb__arena_strndup(&a, src, (size_t)len);
        assert_non_null(ptrs[i]);
        assert_true(((uintptr_t)ptrs[i] & 15) == 0); /* 16-byte aligned */
        memset(src, '#', sizeof src);                  /* the copy owns its bytes */
    }
    /* a few allocations larger than a block */
    char *large = vb__arena_alloc(&a, 200000);
    assert_non_null(large);
    memset(large, 'L', 200000);
    char *big_copy;
    {
        char *tmp = malloc(100001);
        assert_non_null(tmp);
        memset(tmp, 'B', 100000);
        tmp[100000] = 'X'; /* not copied: n stops before it */
        big_copy = vb__arena_strndup(&a, tmp, 100000);
        free(tmp);
    }
    assert_non_null(big_copy);
    char *after = vb__arena_strndup(&a, "after", 5);
    assert_string_equal(after, "after");
    /* an empty copy and a copy that stops at n */
    char *empty = vb__arena_strndup(&a, "", 0);
    assert_string_equal(empty, "");
    char *cut = vb__arena_strndup(&a, "abcdef", 3);
    assert_string_equal(cut, "abc");

    /* every earlier pointer still holds its string */
    for (int i = 0; i < N; i++) {
        int len = snprintf(src, sizeof src, "word-%d-%.*s", i, i % 40,
                           "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP");
        if (strlen(ptrs[i]) != (size_t)len || memcmp(ptrs[i], src, (size_t)len) != 0)
            fail_msg("string %d damaged: '%s'", i, ptrs[i]);
    }
    for (int i = 0; i < 200000; i++)
        if (large[i] != 'L')
            fail_msg("large block damaged at %d", i);
    assert_int_equal(strlen(big_copy), 100000);
    assert_int_equal(big_copy[99999], 'B');
    /* distinct allocations never overlap */
    for (int i = 1; i < N; i++)
        assert_ptr_not_equal(ptrs[i], ptrs[i - 1]);
    vb__arena_free(&a);
    assert_null(a.head);
    vb__arena_free(&a);
    /* the arena is reusable after a free */
    char *again = vb__arena_strndup(&a, "again", 5);
    assert_string_equal(again, "again");
    vb__arena_free(&a);
    free(ptrs);
}

/* ---- string map ---- */

static void strmap_many_keys(void **state)
{
    (void)state;
    enum { N = 100000 };
    vb_arena keys = { 0 };
    vb_strmap m = { 0 };
    uint32_t v = 77;
    /* an empty map finds nothing */
    assert_int_equal(vb__strmap_get(&m, "x", 1, vb__hash("x", 1), &v), 0);
    assert_int_equal(v, 77);
    char k[32];
    for (uint32_t i = 0; i < N; i++) {
        int len = snprintf(k, sizeof k, "key%u", i);
        char *key = vb__arena_strndup(&keys, k, (size_t)len);
        assert_non_null(key);
        assert_int_equal(vb__strmap_put(&m, key, (size_t)len, vb__hash(key, (size_t)len),
                                         i * 3 + 1),
                         0);
    }
    assert_int_equal(m.count, N);
    assert_true((m.cap & (m.cap - 1)) == 0); /* a power of two */
    assert_true(m.count * 4 <= m.cap * 3);   /* load kept under 3/4 */
    for (uint32_t i = 0; i < N; i++) {
        int len = snprintf(k, sizeof k, "key%u", i); /* a different buffer than the keys */
        v = 0;
        if (!vb__strmap_get(&m, k, (size_t)len, vb__hash(k, (size_t)len), &v))
            fail_msg("key %s missing", k);
        if (v != i * 3 + 1)
            fail_msg("key %s: value %u, want %u", k, v, i * 3 + 1);
    }
    /* absent keys: other numbers, prefixes, a key with a trailing byte, the empty key */
    for (uint32_t i = N; i < N + 20000; i++) {
        int len = snprintf(k, sizeof k, "key%u", i);
        assert_int_equal(vb__strmap_get(&m, k, (size_t)len, vb__hash(k, (size_t)len), &v), 0);
    }
    assert_int_equal(vb__strmap_get(&m, "key", 3, vb__hash("key", 3), &v), 0);
    assert_int_equal(vb__strmap_get(&m, "key1\0", 5, vb__hash("key1\0", 5), &v), 0);
    assert_int_equal(vb__strmap_get(&m, "", 0, vb__hash("", 0), &v), 0);
    assert_int_equal(vb__strmap_get(&m, "KEY1", 4, vb__hash("KEY1", 4), &v), 0);
    /* the length is part of the key: "key12" vs the first 4 bytes */
    assert_int_equal(vb__strmap_get(&m, "key12", 4, vb__hash("key12", 4), &v), 1);
    assert_int_equal(v, 1 * 3 + 1);

    /* the empty key and keys with NUL bytes can be stored */
    assert_int_equal(vb__strmap_put(&m, "", 0, vb__hash("", 0), 5), 0);
    assert_int_equal(vb__strmap_put(&m, "a\0b", 3, vb__hash("a\0b", 3), 6), 0);
    assert_int_equal(vb__strmap_get(&m, "", 0, vb__hash("", 0), &v), 1);
    assert_int_equal(v, 5);
    assert_int_equal(vb__strmap_get(&m, "a\0b", 3, vb__hash("a\0b", 3), &v), 1);
    assert_int_equal(v, 6);
    assert_int_equal(vb__strmap_get(&m, "a\0c", 3, vb__hash("a\0c", 3), &v), 0);
    assert_int_equal(m.count, N + 2);

    vb__strmap_free(&m);
    assert_null(m.slots);
    assert_int_equal(m.count, 0);
    assert_int_equal(vb__strmap_get(&m, "key1", 4, vb__hash("key1", 4), &v), 0);
    vb__arena_free(&keys);
}

/* Tables come zeroed and aligned to a cache line (and the big ones to 2 MiB), whatever
 * their size; each byte can be written and the memory given back. */
static void table_alloc_sizes(void **state)
{
    (void)state;
    static const size_t sizes[] = { 0, 1, 64, 1000, (1 << 20) - 64, 1 << 20, (3 << 20) + 5,
                                    8 << 20 };
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        size_t n = sizes[k];
        unsigned char *p = vb__table_alloc(n);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 64, 0);
        if (n >= 1 << 20)
            assert_int_equal((uintptr_t)p % (2 << 20), 0);
        for (size_t i = 0; i < n; i += 4093)
            assert_int_equal(p[i], 0);
        if (n) {
            assert_int_equal(p[n - 1], 0);
            memset(p, 0xAB, n);
        }
        vb__table_free(p, n);
    }
    vb__table_free(NULL, 1 << 20); /* nothing to give back */
}

static void strmap_same_hash_different_keys(void **state)
{
    (void)state;
    /* Colliding hashes cannot be forced with xxh3, but the map must compare keys, not only
     * hashes: store keys under one deliberately shared hash value. */
    vb_strmap m = { 0 };
    static const char *const keys[] = { "alpha", "beta", "gamma", "delta", "epsilon" };
    for (uint32_t i = 0; i < 5; i++)
        assert_int_equal(vb__strmap_put(&m, keys[i], strlen(keys[i]), 42, i + 10), 0);
    for (uint32_t i = 0; i < 5; i++) {
        uint32_t v = 0;
        assert_int_equal(vb__strmap_get(&m, keys[i], strlen(keys[i]), 42, &v), 1);
        assert_int_equal(v, i + 10);
    }
    uint32_t v;
    assert_int_equal(vb__strmap_get(&m, "zeta", 4, 42, &v), 0);
    /* same key, other hash: not found (the caller always hashes the same way) */
    assert_int_equal(vb__strmap_get(&m, "alpha", 5, 43, &v), 0);
    vb__strmap_free(&m);
}

static void hash_is_deterministic(void **state)
{
    (void)state;
    assert_true(vb__hash("abc", 3) == vb__hash("abc", 3));
    assert_true(vb__hash("abc", 3) != vb__hash("abd", 3));
    assert_true(vb__hash("abc", 3) != vb__hash("abc", 2));
    char copy[4] = "abc";
    assert_true(vb__hash(copy, 3) == vb__hash("abc", 3));
}

/* ---- errors ---- */

static void error_format(void **state)
{
    (void)state;
    vb_error err;
    char buf[600];

    vb_error_clear(&err);
    assert_int_equal(err.code, VB_OK);
    assert_string_equal(err.msg, "");
    assert_string_equal(err.source, "");
    assert_int_equal(err.line, 0);
    assert_int_equal(err.column, 0);

    assert_int_equal(vb__error_set(&err, VB_ESYNTAX, NULL, 0, 0, "bad %s", "thing"),
                     VB_ESYNTAX);
    assert_int_equal(err.code, VB_ESYNTAX);
    assert_string_equal(err.source, "");
    assert_ptr_equal(vb_error_format(&err, buf, sizeof buf), buf);
    assert_string_equal(buf, "bad thing");

    vb__error_set(&err, VB_EIO, "in.csv", 0, 0, "cannot open");
    assert_string_equal(vb_error_format(&err, buf, sizeof buf), "in.csv: cannot open");

    vb__error_set(&err, VB_EREJECT, "in.csv", 12, 0, "row has %d fields", 3);
    assert_string_equal(vb_error_format(&err, buf, sizeof buf), "in.csv:12: row has 3 fields");

    vb__error_set(&err, VB_ESYNTAX, "t.lex", 2, 7, "unclosed '('");
    assert_string_equal(vb_error_format(&err, buf, sizeof buf), "t.lex:2:7: unclosed '('");
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 7);

    vb__error_set(&err, VB_EREJECT, "<stdin>", 1, 1, "x");
    assert_string_equal(vb_error_format(&err, buf, sizeof buf), "<stdin>:1:1: x");

    /* a small buffer truncates and stays NUL-terminated */
    char small[8];
    memset(small, 'Q', sizeof small);
    vb__error_set(&err, VB_ESYNTAX, "t.lex", 2, 7, "unclosed");
    vb_error_format(&err, small, sizeof small);
    assert_string_equal(small, "t.lex:2");

    /* an overlong message or source is truncated to the fields, not overflowed */
    char longsrc[1000];
    memset(longsrc, 's', sizeof longsrc - 1);
    longsrc[sizeof longsrc - 1] = '\0';
    vb__error_set(&err, VB_EIO, longsrc, 0, 0, "%s", longsrc);
    assert_int_equal(strlen(err.source), sizeof err.source - 1);
    assert_int_equal(strlen(err.msg), sizeof err.msg - 1);
    vb_error_format(&err, buf, sizeof buf);
    assert_int_equal(strlen(buf), 255 + 2 + 255);

    /* a NULL error is accepted and the code still returned */
    assert_int_equal(vb__error_set(NULL, VB_ENOMEM, "x", 1, 1, "y"), VB_ENOMEM);
    vb_error_clear(NULL);
}

static void strerror_every_code(void **state)
{
    (void)state;
    static const struct {
        int code;
        const char *name;
    } codes[] = {
        { VB_OK, "ok" },
        { VB_EOF, "end of input" },
        { VB_ENOMEM, "out of memory" },
        { VB_EIO, "I/O error" },
        { VB_ESYNTAX, "syntax error" },
        { VB_EINVAL, "invalid argument" },
        { VB_EREJECT, "record rejected" },
        { VB_EUTF8, "invalid UTF-8" },
        { VB_ELIMIT, "limit exceeded" },
    };
    size_t n = sizeof codes / sizeof *codes;
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(vb_strerror(codes[i].code), codes[i].name);
        for (size_t j = 0; j < i; j++) /* every name is distinct */
            assert_string_not_equal(vb_strerror(codes[i].code), vb_strerror(codes[j].code));
    }
    assert_string_equal(vb_strerror(-8), "unknown error");
    assert_string_equal(vb_strerror(2), "unknown error");
    assert_string_equal(vb_strerror(-1000), "unknown error");
    assert_string_equal(vb_strerror(1000), "unknown error");
    /* errors are negative, the two non-errors are not */
    for (size_t i = 2; i < n; i++)
        assert_true(codes[i].code < 0);
    assert_non_null(vb_version());
    assert_true(strlen(vb_version()) > 0);
}

/* ---- files ---- */

static void read_file_contents(void **state)
{
    (void)state;
    char path[] = "/tmp/vb_test_util_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    /* more than one 64 KiB chunk, with NUL bytes and invalid UTF-8 */
    size_t want_len = 200000;
    char *data = malloc(want_len);
    assert_non_null(data);
    for (size_t i = 0; i < want_len; i++)
        data[i] = (char)(i * 7 + i / 251);
    data[5] = '\0';
    data[6] = (char)0xFF;
    FILE *f = fdopen(fd, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, want_len, f), want_len);
    assert_int_equal(fclose(f), 0);

    char *out = NULL;
    size_t len = 0;
    vb_error err;
    vb_error_clear(&err);
    assert_int_equal(vb__read_file(path, &out, &len, &err), VB_OK);
    assert_non_null(out);
    assert_int_equal(len, want_len);
    assert_memory_equal(out, data, want_len);
    assert_int_equal(out[len], '\0');
    free(out);

    /* an empty file reads as an empty, NUL-terminated string */
    f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fclose(f), 0);
    out = NULL;
    len = 99;
    assert_int_equal(vb__read_file(path, &out, &len, &err), VB_OK);
    assert_non_null(out);
    assert_int_equal(len, 0);
    assert_string_equal(out, "");
    free(out);

    /* small text */
    f = fopen(path, "wb");
    assert_non_null(f);
    fputs("line one\nline two\n", f);
    assert_int_equal(fclose(f), 0);
    assert_int_equal(vb__read_file(path, &out, &len, &err), VB_OK);
    assert_int_equal(len, 18);
    assert_string_equal(out, "line one\nline two\n");
    free(out);

    assert_int_equal(unlink(path), 0);
    free(data);
}

static void read_file_missing(void **state)
{
    (void)state;
    const char *path = "/tmp/vb_test_util_no_such_dir/missing-file.txt";
    char *out = (char *)"untouched";
    size_t len = 12345;
    vb_error err;
    vb_error_clear(&err);
    assert_int_equal(vb__read_file(path, &out, &len, &err), VB_EIO);
    assert_int_equal(err.code, VB_EIO);
    assert_string_equal(err.source, path);
    assert_non_null(strstr(err.msg, "cannot open"));
    assert_non_null(strstr(err.msg, "No such file"));
    assert_int_equal(err.line, 0);
    assert_string_equal(out, "untouched"); /* outputs untouched on failure */
    assert_int_equal(len, 12345);
    char buf[600];
    vb_error_format(&err, buf, sizeof buf);
    assert_true(strncmp(buf, path, strlen(path)) == 0);
    assert_non_null(strstr(buf, ": cannot open"));

    /* a directory opens but cannot be read */
    vb_error_clear(&err);
    out = NULL;
    int rc = vb__read_file("/tmp", &out, &len, &err);
    assert_int_equal(rc, VB_EIO);
    assert_null(out);
    assert_string_equal(err.source, "/tmp");

    /* without an error struct the code is still returned */
    assert_int_equal(vb__read_file(path, &out, &len, NULL), VB_EIO);
}

static void utf8_invalid_counts_like_the_analyzer(void **state)
{
    (void)state;
    size_t first;
    assert_int_equal(vb_utf8_invalid("plain", 5, &first), 0);
    assert_int_equal(first, 5);
    assert_int_equal(vb_utf8_invalid("Caf\xC3\xA9", 5, &first), 0);
    /* C0 AF: two; ED A0 80: three (surrogate); a truncated E2 82 at the end: one */
    const char bad[] = "ok \xC0\xAF \xED\xA0\x80 \xE2\x82";
    assert_int_equal(vb_utf8_invalid(bad, sizeof bad - 1, &first), 6);
    assert_int_equal(first, 3);
    assert_int_equal(vb_utf8_invalid(bad, sizeof bad - 1, NULL), 6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_invalid_counts_like_the_analyzer),
        cmocka_unit_test(decode_valid),
        cmocka_unit_test(decode_maximal_subparts),
        cmocka_unit_test(decode_table_3_8),
        cmocka_unit_test(decode_respects_length),
        cmocka_unit_test(encode_round_trip),
        cmocka_unit_test(buf_append_and_putc),
        cmocka_unit_test(grow_arrays),
        cmocka_unit_test(arena_strndup_stable),
        cmocka_unit_test(strmap_many_keys),
        cmocka_unit_test(table_alloc_sizes),
        cmocka_unit_test(strmap_same_hash_different_keys),
        cmocka_unit_test(hash_is_deterministic),
        cmocka_unit_test(error_format),
        cmocka_unit_test(strerror_every_code),
        cmocka_unit_test(read_file_contents),
        cmocka_unit_test(read_file_missing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
