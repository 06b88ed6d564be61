/* The analyzer: segment, normalize, stem, mark stopwords.
 *
 * Comment vocabularies are Zipfian, so the work is done once per distinct surface form:
 * a surface table sends the exact bytes of a segment to a word id whose normalized form,
 * stem and flags are cached (interned in an arena, so pointers stay valid for the
 * analyzer's life). A repeated word costs a compare in the front cache (up to 8 bytes) or
 * one hash and one slot, then its word record; the segments are looked up in batches
 * whose slots are prefetched, so that with a large vocabulary the cache misses of a batch
 * overlap instead of queueing. */
#include "analyzer_int.h"

#include <libstemmer.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL /* the surface hash, inline: it is computed for most segments */
#include <xxhash.h>

typedef struct word {
    const char *norm, *stem;
    uint32_t norm_len, stem_len;
    uint8_t flags;
    uint8_t analyzed; /* stem and stopword flag computed (done for words only) */
} word;

/* What a token needs of its word, as the front caches and the surface table keep it. */
typedef struct front_val {
    const char *norm, *stem; /* norm NULL: not kept (see front_val_of) */
    uint64_t packed; /* norm_len (16 bits), stem_len (15), the stopword flag (1), the id (32) */
} front_val;

/* A slot of the surface table, one cache line: keys of up to 20 bytes live in the slot
 * itself, and so do the token's fields, so that a hit reads that line only (not the word
 * record too: with a large vocabulary both are cache misses). The fields are current when
 * the slot's epoch is the analyzer's: completing a word (a form met first as a symbol, then
 * as a word) starts a new epoch, and a slot of an older one is refreshed when next hit. */
typedef struct surface {
    uint64_t hash;
    uint32_t len;
    uint32_t id1; /* word id + 1; 0: an empty slot */
    front_val v;
    uint32_t epoch;
    char key[20]; /* the bytes (10 Cyrillic or Greek letters fit), or a longer key's pointer
                     into the arena */
} surface;


/* The front caches, before the surface table: segments of up to 8 bytes (most tokens) by
 * their bytes as one integer, and of 9 to 16 bytes as two, direct-mapped, with what their
 * tokens need, so that a frequent word costs a multiply, a compare and a copy (no hash, no
 * probe, no word record). Segments hold no NUL byte (only visible characters), so the key
 * gives the length too. */
typedef struct front {
    uint64_t key; /* the bytes, the first in the low byte, zero beyond the length; 0: empty */
    front_val v;
} front;

typedef struct front16 {
    uint64_t key[2]; /* bytes 0-7 and 8-15, as front's key */
    front_val v;
} front16;

/* SURFACE_FIRST: the surface table's first size, 1 MiB (one huge page, touched as it fills):
 * the smaller ones it would grow through cost a clearing, a rehash and page faults each. */
enum { SURFACE_INLINE = 20, BATCH = 64, FRONT_BITS = 15, FRONT16_BITS = 13,
       SURFACE_FIRST = 16384 };
#define FRONT_BYTES                                                                         \
    (((size_t)1 << FRONT_BITS) * sizeof(front) + ((size_t)1 << FRONT16_BITS) * sizeof(front16))

struct vb_analyzer {
    char lang[32];
    unsigned flags; /* VB_ANALYZE_* */
    struct sb_stemmer *stemmer;
    vb_strmap stop;    /* normalized stopword -> 1 */
    surface *surf;     /* raw bytes -> word id: open addressing, power-of-two size */
    size_t surf_cap, surf_count;
    front *front;      /* 1 << FRONT_BITS entries */
    front16 *front16;  /* 1 << FRONT16_BITS entries */
    vb_strmap norms;   /* normalized form -> word id */
    word *words;
    size_t nwords, words_cap;
    vb_arena arena;
    vb_segs segs;
    vb_buf norm;
    vb_tokens out;
    size_t hits, lookups;
    int completed; /* a word was completed (analyze_word on a known form) since reset */
    uint32_t epoch; /* of the surface slots' fields (see surface) */
};

static const struct {
    const char *code, *name;
} iso_codes[] = {
    { "ar", "arabic" }, { "hy", "armenian" }, { "eu", "basque" }, { "ca", "catalan" },
    { "da", "danish" }, { "nl", "dutch" }, { "en", "english" }, { "fi", "finnish" },
    { "fr", "french" }, { "de", "german" }, { "el", "greek" }, { "hi", "hindi" },
    { "hu", "hungarian" }, { "id", "indonesian" }, { "ga", "irish" }, { "it", "italian" },
    { "lt", "lithuanian" }, { "ne", "nepali" }, { "no", "norwegian" }, { "nb", "norwegian" },
    { "pt", "portuguese" }, { "ro", "romanian" }, { "ru", "russian" }, { "sr", "serbian" },
    { "es", "spanish" }, { "sv", "swedish" }, { "ta", "tamil" }, { "tr", "turkish" },
    { "yi", "yiddish" },
};

const char **vb_lang_list(void)
{
    return sb_stemmer_list();
}

const char *vb_lang_resolve(const char *name)
{
    if (!name)
        return "english";
    if (strcmp(name, "none") == 0)
        return "none";
    const char *want = name;
    for (size_t i = 0; i < sizeof iso_codes / sizeof *iso_codes; i++)
        if (strcmp(name, iso_codes[i].code) == 0)
            want = iso_codes[i].name;
    for (const char **l = sb_stemmer_list(); *l; l++)
        if (strcmp(*l, want) == 0)
            return *l;
    return NULL;
}

void vb_analyzer_opts_init(vb_analyzer_opts *opts)
{
    memset(opts, 0, sizeof *opts);
}

const char *vb_token_type_name(int type)
{
    switch (type) {
    case VB_TOKEN_WORD: return "word";
    case VB_TOKEN_NUMBER: return "number";
    case VB_TOKEN_SYMBOL: return "symbol";
    case VB_TOKEN_URL: return "url";
    case VB_TOKEN_EMAIL: return "email";
    case VB_TOKEN_MENTION: return "mention";
    case VB_TOKEN_HASHTAG: return "hashtag";
    case VB_TOKEN_EMOJI: return "emoji";
    case VB_TOKEN_EMOTICON: return "emoticon";
    default: return "?";
    }
}

int vb_analyzer_new(vb_analyzer **out, const vb_analyzer_opts *opts, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    *out = NULL;
    const char *want = opts ? opts->lang : NULL;
    const char *lang = vb_lang_resolve(want);
    if (!lang)
        return vb__error_set(err, VB_EINVAL, "", 0, 0,
                             "unknown language '%s' (see 'verbatim tokens --list-langs')",
                             want);
    vb_analyzer *an = calloc(1, sizeof *an);
    if (!an)
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    snprintf(an->lang, sizeof an->lang, "%s", lang);
    an->flags = opts ? opts->flags : 0;
    /* both front caches in one table (huge pages: a few page faults to fill, instead of a
     * read fault and then a copy-on-write fault for each 4 KiB) */
    an->front = vb__table_alloc(FRONT_BYTES);
    an->front16 = an->front ? (front16 *)(void *)(an->front + ((size_t)1 << FRONT_BITS)) : NULL;
    if (!an->front) {
        free(an);
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    }
    if (strcmp(lang, "none") != 0) {
        an->stemmer = sb_stemmer_new(lang, "UTF_8");
        if (!an->stemmer) {
            vb__table_free(an->front, FRONT_BYTES);
            free(an);
            return vb__error_set(err, VB_ENOMEM, "", 0, 0, "cannot create the %s stemmer",
                                 lang);
        }
    }
    const char *const *stop = vb__stopwords(lang);
    for (; stop && *stop; stop++) {
        size_t n = strlen(*stop);
        uint64_t h = vb__hash(*stop, n);
        uint32_t v;
        if (!vb__strmap_get(&an->stop, *stop, n, h, &v) &&
            vb__strmap_put(&an->stop, *stop, n, h, 1) != 0) {
            vb_analyzer_free(an);
            return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
        }
    }
    *out = an;
    return VB_OK;
}

void vb_analyzer_free(vb_analyzer *an)
{
    if (!an)
        return;
    if (an->stemmer)
        sb_stemmer_delete(an->stemmer);
    vb__strmap_free(&an->stop);
    vb__table_free(an->surf, an->surf_cap * sizeof *an->surf);
    vb__table_free(an->front, FRONT_BYTES);
    vb__strmap_free(&an->norms);
    free(an->words);
    vb__arena_free(&an->arena);
    vb__segs_free(&an->segs);
    vb__buf_free(&an->norm);
    free(an);
}

int vb_analyzer_stem(vb_analyzer *an, const char *w, size_t len, const char **out,
                     size_t *out_len)
{
    if (!an->stemmer || len > INT32_MAX) {
        *out = w;
        *out_len = len;
        return VB_OK;
    }
    const sb_symbol *st = sb_stemmer_stem(an->stemmer, (const sb_symbol *)w, (int)len);
    if (!st)
        return VB_ENOMEM;
    *out = (const char *)st;
    *out_len = (size_t)sb_stemmer_length(an->stemmer);
    return VB_OK;
}

const char *vb_analyzer_lang(const vb_analyzer *an)
{
    return an->lang;
}

void vb_analyzer_stats(const vb_analyzer *an, size_t *words, size_t *hits, size_t *lookups)
{
    if (words)
        *words = an->nwords;
    if (hits)
        *hits = an->hits;
    if (lookups)
        *lookups = an->lookups;
}

/* Stem and flag a normalized form met as a word. A form first met as a symbol or number
 * ("Ⓘ" normalizes to "i") is completed when it is met as a word, so a word's stem and flags
 * never depend on what came before. A hashtag is stemmed without its '#' ("#RipOffs" has
 * the stem of "ripoffs"): its words are what it is about. 0 or -1. */
static int analyze_word(vb_analyzer *an, word *w, int hashtag, uint64_t norm_hash)
{
    const char *text = w->norm + hashtag;
    uint32_t len = w->norm_len - (uint32_t)hashtag, one;
    uint64_t h = hashtag ? vb__hash(text, len) : norm_hash; /* the norm's own, when whole */
    if (vb__strmap_get(&an->stop, text, len, h, &one))
        w->flags |= VB_TOKEN_STOPWORD;
    if (hashtag) {
        w->stem = text;
        w->stem_len = len;
    }
    if (an->stemmer) {
        const sb_symbol *st = sb_stemmer_stem(an->stemmer, (const sb_symbol *)text, (int)len);
        if (!st)
            return -1;
        int slen = sb_stemmer_length(an->stemmer);
        if ((size_t)slen != len || memcmp(st, text, len) != 0) {
            w->stem = vb__arena_strndup(&an->arena, (const char *)st, (size_t)slen);
            if (!w->stem)
                return -1;
            w->stem_len = (uint32_t)slen;
        }
    }
    w->analyzed = 1;
    return 0;
}

/* Normalize, stem and intern a segment seen for the first time. Returns the id or -1. */
static int64_t intern(vb_analyzer *an, const char *s, size_t n, const vb_seg *g)
{
    if (vb__normalize(s, n, g->ascii, an->flags, &an->norm) != 0)
        return -1;
    const char *norm = an->norm.ptr;
    size_t nlen = an->norm.len;
    uint64_t h = vb__hash(norm, nlen);
    uint32_t id;
    if (vb__strmap_get(&an->norms, norm, nlen, h, &id)) {
        word *w = &an->words[id];
        if (g->type == VB_TOKEN_WORD && !w->analyzed) {
            if (analyze_word(an, w, 0, h) != 0)
                return -1;
            an->completed = 1; /* the front cache may hold its old stem and flags */
        }
        return id;
    }
    if (vb__grow((void **)&an->words, &an->words_cap, an->nwords + 1, sizeof *an->words))
        return -1;
    word *w = &an->words[an->nwords];
    w->norm = vb__arena_strndup(&an->arena, norm, nlen);
    if (!w->norm)
        return -1;
    w->norm_len = (uint32_t)nlen;
    w->stem = w->norm;
    w->stem_len = w->norm_len;
    w->flags = 0;
    w->analyzed = 0;
    if ((g->type == VB_TOKEN_WORD || g->type == VB_TOKEN_HASHTAG) &&
        analyze_word(an, w, g->type == VB_TOKEN_HASHTAG, h) != 0)
        return -1;
    if (vb__strmap_put(&an->norms, w->norm, nlen, h, (uint32_t)an->nwords) != 0)
        return -1;
    return (int64_t)an->nwords++;
}

static inline uint64_t load64(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint32_t load32(const char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* a[0..n) == b[0..n): short keys (most words) by overlapping loads, not a call */
static inline int same_bytes(const char *a, const char *b, size_t n)
{
    if (n > 24) /* up to 24 bytes below */
        return memcmp(a, b, n) == 0;
    if (n > 16)
        return load64(a) == load64(b) && load64(a + 8) == load64(b + 8) &&
               load64(a + n - 8) == load64(b + n - 8);
    if (n >= 8)
        return load64(a) == load64(b) && load64(a + n - 8) == load64(b + n - 8);
    if (n >= 4)
        return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

/* A slot's key: its bytes, or where they are */
static inline const char *surface_key(const surface *e)
{
    const char *p;
    if (e->len <= SURFACE_INLINE)
        return e->key;
    memcpy(&p, e->key, sizeof p);
    return p;
}

static surface *surface_find(const vb_analyzer *an, const char *s, size_t n, uint64_t h)
{
    size_t mask = an->surf_cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        surface *e = &an->surf[i];
        if (!e->id1)
            return NULL;
        if (e->hash == h && e->len == n && same_bytes(surface_key(e), s, n))
            return e;
    }
}

static void surface_place(surface *slots, size_t cap, const surface *e)
{
    size_t mask = cap - 1, i = e->hash & mask;
    while (slots[i].id1)
        i = (i + 1) & mask;
    slots[i] = *e;
}

static inline int front_val_of(front_val *v, const word *w, uint32_t id);

/* Add a surface known to be absent. 0 or -1. */
static int surface_add(vb_analyzer *an, const char *s, size_t n, uint64_t h, uint32_t id)
{
    if ((an->surf_count + 1) * 4 > an->surf_cap * 3) { /* keep the load under 3/4 */
        size_t cap = an->surf_cap ? an->surf_cap * 2 : SURFACE_FIRST;
        surface *slots = vb__table_alloc(cap * sizeof *slots); /* slots in lines */
        if (!slots)
            return -1;
        for (size_t i = 0; i < an->surf_cap; i++)
            if (an->surf[i].id1)
                surface_place(slots, cap, &an->surf[i]);
        vb__table_free(an->surf, an->surf_cap * sizeof *an->surf);
        an->surf = slots;
        an->surf_cap = cap;
    }
    surface e = { .hash = h, .len = (uint32_t)n, .id1 = id + 1, .epoch = an->epoch };
    if (!front_val_of(&e.v, &an->words[id], id))
        e.v.norm = NULL;
    if (n <= SURFACE_INLINE) {
        memcpy(e.key, s, n);
    } else {
        const char *p = vb__arena_strndup(&an->arena, s, n);
        if (!p)
            return -1;
        memcpy(e.key, &p, sizeof p);
    }
    surface_place(an->surf, an->surf_cap, &e);
    an->surf_count++;
    return 0;
}

/* The word id of segment g, and in *v what its token needs (v->norm NULL: read the word
 * record): from the surface table, or interned now. -1: out of memory. */
static int64_t lookup(vb_analyzer *an, const char *text, const vb_seg *g, uint64_t h,
                      front_val *v)
{
    const char *s = text + g->start;
    size_t n = g->end - g->start;
    an->lookups++;
    surface *e = an->surf_cap ? surface_find(an, s, n, h) : NULL;
    if (e) {
        an->hits++;
        uint32_t id = e->id1 - 1;
        if (e->epoch != an->epoch) { /* a word was completed since: made again */
            if (!front_val_of(&e->v, &an->words[id], id))
                e->v.norm = NULL;
            e->epoch = an->epoch;
        }
        *v = e->v;
        return id;
    }
    int64_t id = intern(an, s, n, g);
    if (id < 0 || surface_add(an, s, n, h, (uint32_t)id) != 0)
        return -1;
    v->norm = NULL;
    return id;
}

/* The front cache's key of a segment of 1 to 8 bytes at s (rest bytes to the end of the
 * text): its bytes as one integer. */
static inline uint64_t front_key(const char *s, size_t n, size_t rest)
{
    if (rest >= 8)
        return vb__load_le64((const unsigned char *)s) & (~0ULL >> (64 - 8 * n));
    unsigned char b[8] = { 0 }; /* the end of the text: no reading past it */
    memcpy(b, s, n);
    return vb__load_le64(b);
}

static inline front *front_slot(const vb_analyzer *an, uint64_t key)
{
    return &an->front[(key * 0x9E3779B97F4A7C15ULL) >> (64 - FRONT_BITS)];
}

static inline front16 *front16_slot(const vb_analyzer *an, uint64_t k0, uint64_t k1)
{
    uint64_t h = (k0 ^ (k1 << 29 | k1 >> 35)) * 0x9E3779B97F4A7C15ULL;
    return &an->front16[h >> (64 - FRONT16_BITS)];
}

/* A token's word fields from word record id. */
static inline void token_word(vb_token *t, const word *w, uint32_t id)
{
    t->norm = w->norm;
    t->norm_len = w->norm_len;
    t->stem = w->stem;
    t->stem_len = w->stem_len;
    t->flags = w->flags;
    t->word = id;
}

static inline void token_front(vb_token *t, const front_val *v)
{
    t->norm = v->norm;
    t->stem = v->stem;
    uint64_t x = v->packed;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* norm_len and stem_len side by side, as one store */
    uint64_t lens = (x & 0xFFFFu) | ((x << 16) & 0x00007FFF00000000ULL);
    memcpy(&t->norm_len, &lens, sizeof lens);
#else
    t->norm_len = (uint32_t)(x & 0xFFFFu);
    t->stem_len = (uint32_t)(x >> 16 & 0x7FFFu);
#endif
    t->word = (uint32_t)(x >> 32);
    t->flags = (uint8_t)(x >> 31 & 1);
}

_Static_assert(offsetof(vb_token, stem_len) == offsetof(vb_token, norm_len) + 4,
               "token_front stores norm_len and stem_len at once");
_Static_assert(sizeof(surface) == 64, "a surface slot is one cache line");

/* What the front caches keep of word record id; 0 when it does not fit (a normal form of
 * 64 KiB, a flag besides the stopword one) or is dropped (no normal form: the front's hits
 * are never dropped). */
static inline int front_val_of(front_val *v, const word *w, uint32_t id)
{
    if (w->norm_len == 0 || w->norm_len > UINT16_MAX || w->stem_len >= 0x8000u ||
        (w->flags & ~VB_TOKEN_STOPWORD))
        return 0;
    *v = (front_val){ w->norm, w->stem,
                      (uint64_t)w->norm_len | (uint64_t)w->stem_len << 16 |
                          (uint64_t)(w->flags & VB_TOKEN_STOPWORD) << 31 | (uint64_t)id << 32 };
    return 1;
}

int vb_analyzer_run(vb_analyzer *an, const char *text, size_t len, const vb_tokens **out,
                    vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    if (len >= UINT32_MAX)
        return vb__error_set(err, VB_ELIMIT, "", 0, 0, "a text of 4 GiB or more");
    if (vb__segment(text, len, &an->segs) != 0)
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    /* Each segment becomes its token in place (a segment is laid out as its token), with
     * its span, type and sentence already set. Each batch: the front caches' hits are
     * written at once; the others are hashed and their slots prefetched, then looked up
     * (so that their cache misses overlap), then written. Segments come numbered densely by
     * sentence from 0, which the tokens keep until one is dropped (only ignorable
     * characters: a lone ZWJ, a soft hyphen); from its batch on, the kept tokens are moved
     * up and numbered again (densely: a sentence left without tokens has no number). */
    size_t nt = 0, nseg = an->segs.n;
    vb_seg *segs = an->segs.seg;
    int renumber = 0;
    uint32_t sentence = 0, last_seg_sentence = 0; /* of the last token kept, when renumbering */
    for (size_t b = 0; b < nseg; b += BATCH) {
        size_t m = nseg - b < BATCH ? nseg - b : BATCH, nmiss = 0;
        vb_seg *bs = segs + b; /* segment j of the batch at bs[j] */
        uint8_t miss[BATCH];
        uint64_t keys[BATCH]; /* the hashes of the batch's misses */
        int dropped = 0;
        for (size_t j = 0; j < m; j++) {
            vb_seg *g = &bs[j];
            size_t n = g->end - g->start;
            const char *p = text + g->start;
            size_t rest = len - g->start;
            if (n <= 8) {
                uint64_t k0 = front_key(p, n, rest);
                const front *f = front_slot(an, k0);
                if (f->key == k0) {
                    token_front(&g->tok, &f->v);
                    continue;
                }
            } else if (n <= 16) {
                uint64_t k0 = vb__load_le64((const unsigned char *)p);
                uint64_t k1 = front_key(p + 8, n - 8, rest - 8);
                const front16 *f = front16_slot(an, k0, k1);
                if (f->key[0] == k0 && f->key[1] == k1) {
                    token_front(&g->tok, &f->v);
                    continue;
                }
            }
            /* a miss: hashed and its slot prefetched at once, so that the cache misses of
             * the batch's lookups overlap with the rest of the batch and each other */
            keys[nmiss] = XXH3_64bits(p, n);
            if (an->surf_cap)
                __builtin_prefetch(&an->surf[keys[nmiss] & (an->surf_cap - 1)]);
            miss[nmiss++] = (uint8_t)j;
        }
        an->lookups += m - nmiss;
        an->hits += m - nmiss;
        for (size_t k = 0; k < nmiss; k++) {
            vb_seg *g = &bs[miss[k]];
            front_val v;
            int64_t id = lookup(an, text, g, keys[k], &v);
            if (id < 0)
                return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
            if (!v.norm) { /* a new surface, or a word whose fields do not fit */
                const word *w = &an->words[id];
                token_word(&g->tok, w, (uint32_t)id);
                dropped |= w->norm_len == 0;
                if (!front_val_of(&v, w, (uint32_t)id))
                    continue;
            } else {
                token_front(&g->tok, &v);
            }
            const char *p = text + g->start;
            size_t n = g->end - g->start, rest = len - g->start;
            if (n - 1 >= 16)
                continue;
            if (n <= 8) {
                uint64_t k0 = front_key(p, n, rest);
                *front_slot(an, k0) = (front){ k0, v };
            } else {
                uint64_t k0 = vb__load_le64((const unsigned char *)p);
                uint64_t k1 = front_key(p + 8, n - 8, rest - 8);
                *front16_slot(an, k0, k1) = (front16){ { k0, k1 }, v };
            }
        }
        if (an->completed) { /* rare: a form met before as a symbol, now as a word */
            an->completed = 0;
            an->epoch++;
            memset(an->front, 0, FRONT_BYTES);
            for (size_t j = 0; j < m; j++)
                token_word(&bs[j].tok, &an->words[bs[j].word], bs[j].word);
        }
        if (!dropped && !renumber) {
            nt += m;
            continue;
        }
        if (!renumber && nt > 0) /* the first drop: number on from the last token */
            sentence = last_seg_sentence = segs[nt - 1].sentence;
        renumber = 1;
        for (size_t j = 0; j < m; j++) {
            if (bs[j].norm_len == 0)
                continue; /* only ignorable characters */
            uint32_t s = bs[j].sentence; /* the segment's (read before nt may reach it) */
            if (nt > 0 && s != last_seg_sentence)
                sentence++;
            last_seg_sentence = s;
            vb_seg *t = &segs[nt++];
            if (t != &bs[j])
                *t = bs[j];
            t->sentence = sentence;
        }
    }
    static const vb_token no_tokens[1];
    an->out.tok = segs ? &segs[0].tok : no_tokens;
    an->out.n = nt;
    an->out.sentences = nt ? segs[nt - 1].sentence + 1 : 0;
    an->out.replacements = an->segs.replacements;
    *out = &an->out;
    return VB_OK;
}
