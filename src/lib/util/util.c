#include "util.h"
#include "verbatim/analyzer.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <xxhash.h>

int vb__error_set(vb_error *err, int code, const char *source, size_t line, size_t column,
                  const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    snprintf(err->source, sizeof err->source, "%s", source ? source : "");
    err->line = line;
    err->column = column;
    return code;
}

void vb_error_clear(vb_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

const char *vb_error_format(const vb_error *err, char *buf, size_t size)
{
    if (!err->source[0])
        snprintf(buf, size, "%s", err->msg);
    else if (err->line == 0)
        snprintf(buf, size, "%s: %s", err->source, err->msg);
    else if (err->column == 0)
        snprintf(buf, size, "%s:%zu: %s", err->source, err->line, err->msg);
    else
        snprintf(buf, size, "%s:%zu:%zu: %s", err->source, err->line, err->column, err->msg);
    return buf;
}

const char *vb_strerror(int code)
{
    switch (code) {
    case VB_OK: return "ok";
    case VB_EOF: return "end of input";
    case VB_ENOMEM: return "out of memory";
    case VB_EIO: return "I/O error";
    case VB_ESYNTAX: return "syntax error";
    case VB_EINVAL: return "invalid argument";
    case VB_EREJECT: return "record rejected";
    case VB_EUTF8: return "invalid UTF-8";
    case VB_ELIMIT: return "limit exceeded";
    default: return "unknown error";
    }
}

const char *vb_version(void)
{
    return VB_VERSION;
}

int vb__buf_reserve(vb_buf *b, size_t extra)
{
    if (b->len + extra < b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap <= b->len + extra) {
        if (cap > SIZE_MAX / 2)
            return VB_ENOMEM;
        cap *= 2;
    }
    char *p = realloc(b->ptr, cap);
    if (!p)
        return VB_ENOMEM;
    b->ptr = p;
    b->cap = cap;
    return 0;
}

int vb__buf_append(vb_buf *b, const void *p, size_t n)
{
    if (vb__buf_reserve(b, n + 1) != 0)
        return VB_ENOMEM;
    if (n)
        memcpy(b->ptr + b->len, p, n);
    b->len += n;
    b->ptr[b->len] = '\0';
    return 0;
}

void vb__buf_free(vb_buf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}

int vb__grow_to(void **arr, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 16;
    while (c < need)
        c *= 2;
    if (c > SIZE_MAX / size)
        return VB_ENOMEM;
    void *p = realloc(*arr, c * size);
    if (!p)
        return VB_ENOMEM;
    *arr = p;
    *cap = c;
    return 0;
}

struct vb_arena_block {
    vb_arena_block *next;
    max_align_t data[];
};

void *vb__arena_alloc(vb_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!a->head || a->used + n > a->size) {
        size_t size = n > 65536 ? n : 65536;
        vb_arena_block *b = malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->next = a->head;
        a->head = b;
        a->used = 0;
        a->size = size;
    }
    void *p = (char *)a->head->data + a->used;
    a->used += n;
    return p;
}

char *vb__arena_strndup(vb_arena *a, const char *s, size_t n)
{
    char *p = vb__arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void vb__arena_free(vb_arena *a)
{
    vb_arena_block *b = a->head;
    while (b) {
        vb_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used = a->size = 0;
}

uint64_t vb__hash(const void *p, size_t n)
{
    return XXH3_64bits(p, n);
}

int vb__strmap_get(const vb_strmap *m, const char *key, size_t len, uint64_t hash,
                   uint32_t *value)
{
    if (!m->cap)
        return 0;
    size_t mask = m->cap - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const vb_strmap_slot *s = &m->slots[i];
        if (!s->key)
            return 0;
        if (s->hash == hash && s->len == len && memcmp(s->key, key, len) == 0) {
            *value = s->value;
            return 1;
        }
    }
}

enum { TABLE_BIG = 1 << 20, HUGE_PAGE = 2 << 20 };

/* A big table's mapping: its size in whole huge pages (0 when that overflows) */
static size_t huge_size(size_t bytes)
{
    size_t size = (bytes + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
    return size < bytes ? 0 : size;
}

void *vb__table_alloc(size_t bytes)
{
    if (bytes < TABLE_BIG) { /* slots of 32 or 64 bytes stay within cache lines */
        size_t size = bytes ? (bytes + 63) & ~(size_t)63 : 64;
        void *p = aligned_alloc(64, size);
        return p ? memset(p, 0, size) : NULL;
    }
    size_t size = huge_size(bytes);
    if (!size || size > SIZE_MAX - HUGE_PAGE)
        return NULL;
    /* map one huge page more, then give back what lies outside the aligned span */
    char *raw = mmap(NULL, size + HUGE_PAGE, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return NULL;
    char *p = (char *)(((uintptr_t)raw + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    if (p > raw)
        munmap(raw, (size_t)(p - raw));
    if (p + size < raw + size + HUGE_PAGE)
        munmap(p + size, (size_t)(raw + size + HUGE_PAGE - (p + size)));
#ifdef MADV_HUGEPAGE
    madvise(p, size, MADV_HUGEPAGE); /* a hint: without it, 4 KiB pages */
#endif
    return p;
}

void vb__table_free(void *p, size_t bytes)
{
    if (!p)
        return;
    if (bytes < TABLE_BIG) {
        free(p);
        return;
    }
    munmap(p, huge_size(bytes));
}

static void strmap_place(vb_strmap_slot *slots, size_t cap, const vb_strmap_slot *src)
{
    size_t mask = cap - 1;
    size_t i = src->hash & mask;
    while (slots[i].key)
        i = (i + 1) & mask;
    slots[i] = *src;
}

int vb__strmap_put(vb_strmap *m, const char *key, size_t len, uint64_t hash, uint32_t value)
{
    if ((m->count + 1) * 4 > m->cap * 3) { /* keep the load under 3/4 */
        size_t cap = m->cap ? m->cap * 2 : 64;
        if (cap > SIZE_MAX / sizeof *m->slots)
            return VB_ENOMEM;
        vb_strmap_slot *slots = vb__table_alloc(cap * sizeof *slots);
        if (!slots)
            return VB_ENOMEM;
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].key)
                strmap_place(slots, cap, &m->slots[i]);
        vb__table_free(m->slots, m->cap * sizeof *m->slots);
        m->slots = slots;
        m->cap = cap;
    }
    vb_strmap_slot s = { key, (uint32_t)len, value, hash };
    strmap_place(m->slots, m->cap, &s);
    m->count++;
    return 0;
}

void vb__strmap_free(vb_strmap *m)
{
    vb__table_free(m->slots, m->cap * sizeof *m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}

size_t vb__utf8_encode(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int vb__read_file(const char *path, char **out, size_t *len, vb_error *err)
{
    int is_stdin = !path || strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return vb__error_set(err, VB_EIO, name, 0, 0, "cannot open: %s", strerror(errno));
    vb_buf b = { 0 };
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (vb__buf_append(&b, chunk, n) != 0) {
            if (!is_stdin)
                fclose(f);
            vb__buf_free(&b);
            return vb__error_set(err, VB_ENOMEM, name, 0, 0, "out of memory");
        }
    }
    int failed = ferror(f);
    int saved = errno;
    if (!is_stdin)
        fclose(f);
    if (failed) {
        vb__buf_free(&b);
        return vb__error_set(err, VB_EIO, name, 0, 0, "read error: %s", strerror(saved));
    }
    if (vb__buf_append(&b, "", 0) != 0) {
        vb__buf_free(&b);
        return vb__error_set(err, VB_ENOMEM, name, 0, 0, "out of memory");
    }
    *out = b.ptr;
    *len = b.len;
    return VB_OK;
}

size_t vb_utf8_invalid(const char *s, size_t len, size_t *first)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0, i = 0;
    if (first)
        *first = len;
    while (i < len) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        size_t k = vb__utf8_decode(p + i, len - i, &cp);
        if (cp < 0 && n++ == 0 && first)
            *first = i;
        i += k;
    }
    return n;
}
