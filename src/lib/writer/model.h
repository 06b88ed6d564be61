/* The report as data: everything the writers print, computed once from an aggregate so
 * that the table, CSV, JSON, Markdown and HTML say the same thing. */
#ifndef VB_MODEL_H
#define VB_MODEL_H

#include "../agg/agg_int.h"
#include "writer_int.h"

/* A segment value combination (one value per dimension; 0: no value). */
typedef struct vb_combo {
    uint32_t seg[2];
    uint64_t docs;
} vb_combo;

/* One theme in one series (all documents, or one combo) in one period. */
typedef struct vb_trend_point {
    uint64_t docs, theme_docs;
    double share;
    double change; /* in points against the previous period; NaN for the first or empty */
    double p, q;   /* NaN when there is nothing to test */
} vb_trend_point;

typedef struct vb_segment_cell {
    uint64_t docs, theme_docs;
    double share, rest_share, diff; /* diff: share - rest_share, in points */
    double p, q;
} vb_segment_cell;

typedef struct vb_driver {
    size_t theme;
    uint64_t n_with, n_without;
    double with, without; /* NPS (-100..100) or mean score */
    double mean_with, mean_without;
    double impact, lo, hi; /* overall minus without; 95% interval; NaN when undefined */
} vb_driver;

/* A significant change, for the movers list. */
typedef struct vb_mover {
    size_t theme;
    long combo;   /* -1: all documents */
    size_t period; /* index into periods: the later of the two */
} vb_mover;

#define VB_THEME_WORDS 10 /* words listed per theme */

/* A word against a theme: documents with both, and how much more often than chance. */
typedef struct vb_theme_word {
    const char *word;
    size_t len;
    uint64_t both, word_docs;
    double lift, npmi, g2, p; /* g2: log-likelihood ratio (keyness); p of independence */
} vb_theme_word;

/* A word or phrase of the documents no entry matched, against the matched ones. */
typedef struct vb_miss {
    const char *text;
    size_t len;
    uint64_t unmatched, matched; /* documents of each kind that use it */
    double g2;                   /* log-likelihood ratio (keyness) */
} vb_miss;

#define VB_MISSES 25 /* listed per kind */

typedef struct vb_cx_group {
    size_t theme;      /* index into order */
    long period, combo; /* one of them is -1 */
    size_t first, n;
} vb_cx_group;

typedef struct vb_model {
    const vb_agg *a;
    const vb_lexicon *lex;
    vb_report_opts o;
    size_t nthemes;
    size_t *order; /* themes in tree order, depth-filtered */
    size_t norder;
    vb_pair_stats *pairs;
    size_t npairs;

    /* periods: every period from the first to the last dated one */
    int32_t *periods;
    size_t nperiods;
    uint64_t undated, before; /* before: documents in periods cut off by max_periods */
    /* combos: shown (capped), and what the cap hid */
    vb_combo *combos;
    size_t ncombos, combos_total;
    uint64_t combos_hidden_docs, seg_missing[2];

    /* trend[(series * norder + k) * nperiods + p]; series 0: all documents, 1 + c: combo c */
    vb_trend_point *trend;
    size_t nseries, ntests;
    vb_mover *movers;
    size_t nmovers;
    /* seg[c * norder + k] */
    vb_segment_cell *seg;
    size_t nseg_tests;
    vb_driver *drivers;
    size_t ndrivers;
    /* terms by kind (0 words, 1 stems, 2 two-word and 3 three-word phrases), the most
     * frequent first, at most top_terms; and how many there are of each kind */
    const vb_term **terms[4];
    size_t nterms[4], terms_total[4];
    /* per theme in order: the words that mark it most (--terms), best first */
    struct vb_theme_word *theme_words;
    size_t *ntheme_words; /* [norder]; the words of theme k start at k * VB_THEME_WORDS */
    /* --cell-examples: the sample of each theme in each period and each segment shown;
     * group g's examples are cx_items[cx[g].first .. + cx[g].n) */
    struct vb_cx_group *cx;
    size_t ncx;
    const vb_example **cx_items;
    /* --coverage: entries by documents (most first), those never matched, and what the
     * documents without a match say (0 words, 1 phrases), most characteristic first */
    size_t *entry_order;
    size_t nentries, entries_never;
    vb_miss *misses[2];
    size_t nmisses[2];
    vb_score_stats score_all;
    double overall, overall_mean; /* NPS or mean of all scored documents */
} vb_model;

int vb__model_build(vb_model *m, const vb_agg *a, const vb_report_opts *o);
void vb__model_free(vb_model *m);

/* A combo's label: "North", "North / promoter", "(none)". */
void vb__combo_label(const vb_model *m, const vb_combo *c, char *buf, size_t size);
/* The label of period index p, or "undated". */
void vb__period_label(const vb_model *m, size_t p, char *buf, size_t size);
static inline vb_trend_point *vb__trend_at(const vb_model *m, size_t series, size_t k, size_t p)
{
    return &m->trend[(series * m->norder + k) * m->nperiods + p];
}

/* "NPS" or "mean" (format.c). */
const char *vb__metric_name(const vb_model *m);
/* Themes shown in the trend, segment and example tables: those with documents, at most
 * one level deep unless --depth says otherwise (format.c). */
int vb__theme_shown(const vb_model *m, size_t k);

/* What a co-occurrence count counts: "documents", "sentences"; and the phrase for a pair:
 * "documents with both", "sentences with both", "documents with both within 5 tokens". */
const char *vb__cooc_unit(const vb_model *m);
void vb__cooc_phrase(const vb_model *m, char *buf, size_t size);

/* The kind names of the term lists: "words", "stems", "phrases2", "phrases3". */
extern const char *const vb__term_kinds[4];

/* 1 when negated hits are counted and marked (the --negation default). */
static inline int vb__negation_marked(const vb_agg *a)
{
    return !(a->aflags & (VB_MATCH_NEGATION_OFF | VB_MATCH_NEGATION_DROP));
}

/* An example's text with its matched spans between open and close; put writes each piece
 * of text as the format needs it (escaped or not). */
void vb__write_marked(FILE *f, const vb_example *e, void (*put)(FILE *, const char *, size_t),
                      const char *open, const char *close);

/* The HTML page (html.c). */
void vb__write_html(FILE *f, const vb_model *m);

#endif
