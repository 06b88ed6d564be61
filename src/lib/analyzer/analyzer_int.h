/* Internal to the analyzer stage. */
#ifndef VB_ANALYZER_INT_H
#define VB_ANALYZER_INT_H

#include <stddef.h>

#include "../util/util.h"
#include "verbatim/analyzer.h"

/* A segment found by the segmenter, before normalization: laid out as the token the
 * analyzer makes of it in place (tok), its own two flags in the token's padding. Segments
 * are numbered densely by sentence from 0 (a sentence without segments has no number). */
typedef union vb_seg {
    vb_token tok;
    struct {
        size_t start, end;
        const char *norm, *stem; /* the analyzer's: tok's fields */
        uint32_t norm_len, stem_len, word;
        uint32_t sentence;
        uint8_t type;  /* vb_token_type */
        uint8_t flags; /* the analyzer's */
        uint8_t ascii; /* every byte < 0x80: the normalizer's fast path applies */
        uint8_t plain; /* known to start no URL, address, mention, hashtag or emoticon */
    };
} vb_seg;

_Static_assert(sizeof(vb_seg) == sizeof(vb_token) &&
                   offsetof(vb_seg, start) == offsetof(vb_token, start) &&
                   offsetof(vb_seg, end) == offsetof(vb_token, end) &&
                   offsetof(vb_seg, norm) == offsetof(vb_token, norm) &&
                   offsetof(vb_seg, stem) == offsetof(vb_token, stem) &&
                   offsetof(vb_seg, norm_len) == offsetof(vb_token, norm_len) &&
                   offsetof(vb_seg, stem_len) == offsetof(vb_token, stem_len) &&
                   offsetof(vb_seg, word) == offsetof(vb_token, word) &&
                   offsetof(vb_seg, sentence) == offsetof(vb_token, sentence) &&
                   offsetof(vb_seg, type) == offsetof(vb_token, type) &&
                   offsetof(vb_seg, flags) == offsetof(vb_token, flags),
               "a segment is its token");

typedef struct vb_wb_char vb_wb_char;

typedef struct vb_segs {
    vb_seg *seg;
    size_t n, cap;
    size_t unknown; /* segments not known to be plain (retype looks at them) */
    size_t sentences, replacements;
    vb_wb_char *chars; /* scratch for the rules */
    uint8_t *breaks;
    uint32_t *sbreaks; /* sentence boundaries (byte offsets) */
    uint32_t *trig;    /* characters after which a sentence may end (their indices) */
    size_t chars_cap, breaks_cap, sbreaks_cap, trig_cap;
    int general_only; /* tests: never take the ASCII fast path */
    int portable;     /* tests: the ASCII scanner's portable block classifier */
    int simd;         /* tests: this classifier (1 SSE2, 2 AVX-512 VBMI; 0: the best) */
    size_t window;    /* tests: the sentence rules' first window (bytes either side; 0: 16) */
    int path;         /* tests: the path the last text took (VB_SEG_PATH_*) */
} vb_segs;

enum { VB_SEG_PATH_ASCII, VB_SEG_PATH_WIDE, VB_SEG_PATH_GENERAL };

/* Word and sentence segmentation by UAX #29 (wordbreak.c, sentbreak.c), each word segment
 * typed by what it holds. 0 or VB_ENOMEM. */
int vb__segment(const char *text, size_t len, vb_segs *out);

/* Free what vb__segment allocated in g (g itself is the caller's). */
void vb__segs_free(vb_segs *g);

/* The best block classifier of the ASCII scanner on this machine: 0 portable, 1 SSE2,
 * 2 AVX-512 VBMI (tests run each up to it through vb_segs.simd). */
int vb__segment_simd_best(void);

/* The sentence boundaries of text[0..len) as vb__segment finds them in a text with other
 * characters than ASCII (the rules run on a window around each terminator and separator),
 * into out->sbreaks, their number in *n: for tests. 0 or VB_ENOMEM. */
int vb__sentence_ends(const char *text, size_t len, vb_segs *out, size_t *n);

/* NFKC + case folding (+ apostrophe and dash folding) of one segment into out, which is
 * reset first. ascii: the bytes are all below 0x80. 0 or VB_ENOMEM. */
int vb__normalize(const char *s, size_t n, int ascii, unsigned flags, vb_buf *out);

/* Stopword lists of stopwords_data.c (docs/stopwords.md). */
extern const char *const vb__stopwords_danish[];
extern const char *const vb__stopwords_dutch[];
extern const char *const vb__stopwords_finnish[];
extern const char *const vb__stopwords_french[];
extern const char *const vb__stopwords_german[];
extern const char *const vb__stopwords_hungarian[];
extern const char *const vb__stopwords_italian[];
extern const char *const vb__stopwords_norwegian[];
extern const char *const vb__stopwords_portuguese[];
extern const char *const vb__stopwords_russian[];
extern const char *const vb__stopwords_spanish[];
extern const char *const vb__stopwords_swedish[];
/* ... and of stopwords_data2.c */
extern const char *const vb__stopwords_arabic[];
extern const char *const vb__stopwords_armenian[];
extern const char *const vb__stopwords_basque[];
extern const char *const vb__stopwords_catalan[];
extern const char *const vb__stopwords_greek[];
extern const char *const vb__stopwords_hindi[];
extern const char *const vb__stopwords_indonesian[];
extern const char *const vb__stopwords_irish[];
extern const char *const vb__stopwords_lithuanian[];
extern const char *const vb__stopwords_nepali[];
extern const char *const vb__stopwords_romanian[];
extern const char *const vb__stopwords_serbian[];
extern const char *const vb__stopwords_tamil[];
extern const char *const vb__stopwords_turkish[];
extern const char *const vb__stopwords_yiddish[];

/* Stopword lists: NULL-terminated, normalized; NULL when the language has none yet. */
const char *const *vb__stopwords(const char *lang);

#endif
