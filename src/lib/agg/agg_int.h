/* Internal to the aggregators, the state files and the report writers. */
#ifndef VB_AGG_INT_H
#define VB_AGG_INT_H

#include "../lexicon/lexicon_int.h"
#include "verbatim/report.h"

#define VB_UNDATED INT32_MIN /* the period of records without a usable date */
#define VB_MAX_SPANS 8       /* highlighted spans kept per example */
#define VB_SCORE_SCALE 1000  /* scores are kept as integer thousandths: sums stay exact */

int32_t vb__days_from_civil(int y, int m, int d);
void vb__civil_from_days(int32_t z, int *y, int *m, int *d);

/* Score sums, exact: thousandths in 64 bits, their squares in 128. */
typedef struct vb_score_stats {
    uint64_t n, promoters, detractors;
    int64_t sum;
    unsigned __int128 sumsq;
} vb_score_stats;

/* A period x segment cell. seg: 0 for a record without a value, else 1 + value index. */
typedef struct vb_cell {
    int32_t period; /* first day of the period; VB_UNDATED; 0 without --by */
    uint32_t seg[2];
    uint64_t docs, matched;
} vb_cell;

typedef struct vb_example {
    uint64_t hash; /* XXH64 of the id: the sample is the K smallest */
    char *id, *text;
    uint32_t id_len, text_len;
    int32_t day;   /* VB_UNDATED when none */
    uint32_t flags; /* 1: text cut on the left, 2: cut on the right */
    uint32_t nspans;
    uint32_t spans[2 * VB_MAX_SPANS]; /* matched words: [start, end) in text */
} vb_example;

typedef struct vb_examples {
    vb_example *ex; /* ascending by (hash, id, text); at most opts.examples */
    size_t n;
} vb_examples;

/* A counted term. key: a kind byte ('w' word, 's' stem, '2' and '3' phrases of 2 and 3
 * words; 'u', 'v' and 'y': a word, a 2- and a 3-word phrase in documents no entry matched,
 * for --coverage) then the text; or 'x', a theme index (4 bytes, little-endian) and a word: the
 * word in documents with the theme. In the aggregate's arena. */
typedef struct vb_term {
    const char *key;
    uint32_t len;
    uint64_t hits, docs;
    uint64_t last; /* the document that last counted it (not saved) */
} vb_term;

struct vb_agg {
    const vb_lexicon *lex;
    vb_lexicon *owned_lex; /* a loaded state's own copy */
    char lang[32];
    unsigned aflags;
    vb_agg_opts opts;
    char segment_names[2][128], score_name[128];
    size_t nthemes;

    uint64_t docs, matched, rejected, empty;
    uint64_t *theme_docs, *theme_hits;
    /* negation: documents with a negated hit of the theme, documents with a hit that is not
     * negated, negated hits; hits left out under VB_MATCH_NEGATION_DROP */
    uint64_t *theme_neg_docs, *theme_aff_docs, *theme_neg_hits, dropped;
    uint64_t *pairs; /* strict upper triangle, row-major; NULL when there are too many themes */
    /* co-occurrence at the sentence or window level (NULL at the document level) */
    uint64_t units, *unit_themes, *unit_pairs;
    uint32_t *seen;        /* per document: pair indices counted, cleared after */
    size_t nseen, seen_cap;
    uint64_t *st;          /* per document: (sentence << 32 | theme), sentence_themes() */
    size_t st_cap;

    /* segment values: strmap value -> index; strings in the arena */
    vb_strmap segmap[2];
    char **segvals[2];
    size_t nsegvals[2], segvals_cap[2];

    /* cells and their theme documents: key (cell << 32 | theme) + 1 -> documents */
    vb_cell *cells;
    size_t ncells, cells_cap;
    uint32_t *cell_slots; /* open addressing: cell index + 1 */
    size_t cell_slots_cap;
    uint64_t *ct_keys, *ct_vals;
    vb_examples *ct_ex; /* opts.cell_examples: the sample of each (cell, theme) */
    size_t ct_cap, ct_count;

    /* scores */
    vb_score_stats score_all, *score_theme;
    uint64_t score_missing; /* records without a usable score */

    vb_examples *examples; /* per theme */

    /* terms (opts.terms): kind byte + text -> index into terms */
    vb_strmap termmap;
    struct vb_term *terms;
    size_t nterms, terms_cap;
    vb_buf termkey;
    unsigned char *matched_tok; /* per token of the current document: matched by an entry */
    size_t matched_tok_cap;

    /* sentiment: the list's fingerprint (0: none); compound scores in thousandths: of
     * every document, and per theme of its documents and of the sentences carrying it */
    uint64_t sent_fp;
    char sent_name[256];
    int64_t sent_sum, *th_sent_sum, *th_ssent_sum;
    uint64_t sent_docs, *th_sent_n, *th_ssent_n;
    double *sent_scratch;
    size_t sent_scratch_cap;

    /* coverage: documents per entry (and the last document that counted each) */
    size_t nentries;
    uint64_t *entry_docs, *entry_last;
    vb_arena arena;
};

/* Documents of theme t in cell c. */
uint64_t vb__agg_cell_theme(const vb_agg *a, size_t cell, size_t theme);
/* Find or add a cell; -1 when out of memory. */
long vb__agg_cell(vb_agg *a, int32_t period, uint32_t seg0, uint32_t seg1);
/* Index + 1 of a segment value (added when new); 0 when out of memory. */
uint32_t vb__agg_segment(vb_agg *a, int dim, const char *s, size_t len);
/* Add one to the documents of theme t in cell c. 0 or VB_ENOMEM. */
int vb__agg_cell_theme_add(vb_agg *a, size_t cell, size_t theme, uint64_t n);
/* Offer an example to a theme's sample, or to any sample of k; the k smallest stay.
 * 0 or VB_ENOMEM. */
int vb__agg_example_offer(vb_agg *a, size_t theme, const vb_example *ex);
int vb__examples_offer(vb_examples *e, size_t k, const vb_example *ex);
/* The sample of (cell, theme); NULL without cell examples or when the pair has no count. */
vb_examples *vb__agg_cell_examples(const vb_agg *a, size_t cell, size_t theme);
/* An empty aggregate for a lexicon the caller keeps alive. */
int vb__agg_create(vb_agg **out, const vb_lexicon *lex, const char *lang, unsigned aflags,
                   const vb_agg_opts *opts, vb_error *err);
/* Two-sided p-value of a 2x2 table (Fisher exact when a margin is small, else G-test). */
double vb__p_2x2(uint64_t a, uint64_t b, uint64_t c, uint64_t d);
/* Benjamini-Hochberg adjusted p-values (q) of n p-values. 0 or VB_ENOMEM. */
int vb__bh(const double *p, size_t n, double *q);
/* Count the terms of one document (the aggregate's document number a->docs): with --terms
 * every kind, with --coverage alone the words everywhere and the words and phrases of
 * documents without a theme. */
int vb__terms_add(vb_agg *a, const vb_doc *doc);
/* Add to a term, creating it. 0 or VB_ENOMEM. */
int vb__term_add(vb_agg *a, const char *key, size_t len, uint64_t hits, uint64_t docs);
int vb__agg_examples_cmp(const vb_example *x, const vb_example *y);

#endif
