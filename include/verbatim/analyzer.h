/* verbatim — the analyzer: text in, tokens out. One analyzer per thread. */
#ifndef VERBATIM_ANALYZER_H
#define VERBATIM_ANALYZER_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum vb_token_type {
    VB_TOKEN_WORD = 0, /* letters (with marks, digits, inner apostrophes) */
    VB_TOKEN_NUMBER,   /* digits, with inner '.' or ',' between digits, and a final '%' */
    VB_TOKEN_SYMBOL,   /* any other visible character: punctuation, signs */
    VB_TOKEN_URL,      /* http://..., https://..., www.... */
    VB_TOKEN_EMAIL,    /* name@example.com */
    VB_TOKEN_MENTION,  /* @name */
    VB_TOKEN_HASHTAG,  /* #tag (at least one letter) */
    VB_TOKEN_EMOJI,    /* an emoji with its modifiers, ZWJ sequences, flags, keycaps */
    VB_TOKEN_EMOTICON  /* :) :-( ;) :D <3 and the like */
} vb_token_type;

enum {
    VB_TOKEN_STOPWORD = 1 /* in the language's stopword list */
};

typedef struct vb_token {
    size_t start, end;   /* byte span in the original text */
    const char *norm;    /* NFKC + case folded; borrowed from the analyzer, NUL-terminated */
    const char *stem;    /* stem of norm (norm itself without stemming or for non-words) */
    uint32_t norm_len, stem_len;
    uint32_t word;       /* the analyzer's id for norm: equal ids, equal norms */
    uint32_t sentence;   /* 0-based sentence number in the text */
    uint8_t type;        /* vb_token_type */
    uint8_t flags;       /* VB_TOKEN_STOPWORD */
} vb_token;

typedef struct vb_tokens {
    const vb_token *tok;
    size_t n;
    size_t sentences;    /* number of sentences */
    size_t replacements; /* invalid UTF-8 sequences seen (each counts as one U+FFFD) */
} vb_tokens;

enum {
    VB_ANALYZE_STRIP_ACCENTS = 1 /* remove combining marks after NFKC: "café" -> "cafe" */
};

typedef struct vb_analyzer_opts {
    const char *lang; /* Snowball name or ISO 639-1 code ("english", "en"); NULL: "english";
                         "none": no stemming */
    unsigned flags;   /* VB_ANALYZE_* */
} vb_analyzer_opts;

typedef struct vb_analyzer vb_analyzer;

VB_API void vb_analyzer_opts_init(vb_analyzer_opts *opts);

/** @return VB_OK, VB_EINVAL (unknown language) or VB_ENOMEM. */
VB_API int vb_analyzer_new(vb_analyzer **out, const vb_analyzer_opts *opts, vb_error *err);
VB_API void vb_analyzer_free(vb_analyzer *an);

/**
 * Analyze one text. Invalid UTF-8 never fails: each maximal invalid subpart counts as one
 * replacement and separates tokens.
 * @param out  borrowed from the analyzer until its next call.
 * @return VB_OK or VB_ENOMEM.
 */
VB_API int vb_analyzer_run(vb_analyzer *an, const char *text, size_t len, const vb_tokens **out,
                           vb_error *err);

/**
 * Stem one word as it is (no normalization: pass a normalized form). The stem is borrowed
 * from the analyzer until its next call. Without stemming ("none") the word is returned.
 * @return VB_OK or VB_ENOMEM.
 */
VB_API int vb_analyzer_stem(vb_analyzer *an, const char *word, size_t len, const char **out,
                            size_t *out_len);

/** The Snowball algorithm in use ("english"), or "none". */
VB_API const char *vb_analyzer_lang(const vb_analyzer *an);

/** Distinct normalized words seen so far, and cache hits/lookups of the word cache. */
VB_API void vb_analyzer_stats(const vb_analyzer *an, size_t *words, size_t *hits,
                              size_t *lookups);

/** Resolve a language name or ISO code to a Snowball algorithm name; NULL if unknown. */
VB_API const char *vb_lang_resolve(const char *name);

/** Snowball algorithms available, NULL-terminated. */
VB_API const char **vb_lang_list(void);

VB_API const char *vb_token_type_name(int type);

/**
 * Count the invalid UTF-8 sequences of s (maximal subparts, each one U+FFFD when
 * analyzed). first: optional, the byte offset of the first one (len when none).
 */
VB_API size_t vb_utf8_invalid(const char *s, size_t len, size_t *first);

#ifdef __cplusplus
}
#endif
#endif
