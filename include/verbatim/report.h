/* verbatim — aggregators (theme frequency, co-occurrence) and writers. */
#ifndef VERBATIM_REPORT_H
#define VERBATIM_REPORT_H

#include <stdint.h>
#include <stdio.h>
#include "lexicon.h"
#include "reader.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- dates and periods ---- */

typedef enum vb_period {
    VB_PERIOD_NONE = 0,
    VB_PERIOD_DAY,
    VB_PERIOD_WEEK, /* ISO 8601 weeks, Monday to Sunday, labelled 2024-W01 */
    VB_PERIOD_MONTH,
    VB_PERIOD_QUARTER,
    VB_PERIOD_YEAR
} vb_period;

/** "day", "week", "month", "quarter", "year"; -1 when unknown. */
VB_API int vb_period_parse(const char *name);
VB_API const char *vb_period_name(vb_period p);

/**
 * Parse a date into a day number (days since 1970-01-01) in the report's time zone.
 * fmt NULL: the common export formats (docs/reports.md); otherwise a strptime(3) format.
 * A time with a zone (Z, +01:00, -0800, GMT) is moved into the report's zone, given as
 * minutes east of UTC; a time without a zone is taken as written.
 * @return VB_OK or VB_EINVAL.
 */
VB_API int vb_date_parse(const char *s, size_t len, const char *fmt, int tz_minutes,
                         int32_t *day);
/** Parse "UTC", "+05:30", "-0800", "+01" into minutes east of UTC. @return VB_OK or VB_EINVAL. */
VB_API int vb_tz_parse(const char *s, int *minutes);
/** The first day of the period holding `day`, the first day of the next one, its label. */
VB_API int32_t vb_period_start(vb_period p, int32_t day);
VB_API int32_t vb_period_next(vb_period p, int32_t start);
VB_API void vb_period_label(vb_period p, int32_t start, char *buf, size_t size);

/* ---- aggregates ---- */

/**
 * Everything counted over a set of documents: theme frequencies, co-occurrence, counts per
 * period and segment, score drivers and example verbatims. Mergeable: merging the
 * aggregates of any split of an input gives the aggregate of the whole, exactly (all sums
 * are integers; examples are the bottom K by a hash of the record id).
 */
typedef struct vb_agg vb_agg;

typedef enum vb_score_kind {
    VB_SCORE_NONE = 0,
    VB_SCORE_MEAN, /* any number: mean score */
    VB_SCORE_NPS   /* 0-10 likelihood to recommend: NPS and mean */
} vb_score_kind;

typedef enum vb_cooc_level {
    VB_COOC_DOCUMENT = 0, /* themes in the same document */
    VB_COOC_SENTENCE,     /* in the same sentence */
    VB_COOC_WINDOW        /* matches at most `window` tokens apart */
} vb_cooc_level;

typedef struct vb_agg_opts {
    vb_period period;            /* VB_PERIOD_NONE: no trend */
    vb_cooc_level cooc;          /* the unit of co-occurrence */
    unsigned window;             /* VB_COOC_WINDOW: tokens between two matches, at most */
    int tz_minutes;              /* the report's time zone (recorded for merges) */
    int nsegments;               /* segment dimensions: 0, 1 or 2 */
    const char *segment_names[2];/* what they are called in the report */
    vb_score_kind score;
    const char *score_name;
    int terms;                   /* 1: count words, stems, 2- and 3-word phrases (exact) */
    int skip_empty;              /* 1: empty documents (no token) are counted apart only */
    int coverage;                /* 1: documents per entry, and the words of the documents
                                    no entry matched (what the lexicon misses) */
    const vb_sentiment *sentiment; /* a polarity lexicon: mean sentiment per theme (must
                                    outlive the aggregate's additions) */
    size_t examples;             /* example verbatims kept per theme; default 3 */
    size_t cell_examples;        /* and per theme in each period x segment cell (0: none) */
    size_t snippet_bytes;        /* longest example text kept; default 320 */
} vb_agg_opts;

VB_API void vb_agg_opts_init(vb_agg_opts *opts);

/** What a record brings besides its text. Zeroed: no id, undated, no segment or score. */
typedef struct vb_agg_meta {
    const char *id, *text; /* id and text: for the examples */
    size_t id_len, text_len;
    int dated;             /* 1: day is set */
    int32_t day;           /* vb_date_parse() */
    const char *segment[2];/* NULL: the record has no value */
    size_t segment_len[2];
    int has_score;
    double score;
} vb_agg_meta;

/** Theme counts only (no periods, segments, scores or examples). */
VB_API int vb_agg_new(vb_agg **out, const vb_matcher *m, vb_error *err);
/** @param opts NULL: as vb_agg_opts_init(). */
VB_API int vb_agg_new_with(vb_agg **out, const vb_matcher *m, const vb_agg_opts *opts,
                           vb_error *err);
VB_API void vb_agg_free(vb_agg *a);
/** Count one document. @return VB_OK or VB_ENOMEM. */
VB_API int vb_agg_add(vb_agg *a, const vb_doc *doc);
/** Count one document with its date, segments, score and id. @return VB_OK or VB_ENOMEM. */
VB_API int vb_agg_add_record(vb_agg *a, const vb_agg_meta *meta, const vb_doc *doc);
/** Records the readers rejected, to report beside the counts (they merge too). */
VB_API void vb_agg_note_rejected(vb_agg *a, uint64_t n);
/**
 * Add b's state into a. They must count the same way: same lexicon (by content), language,
 * analyzer flags, period, time zone, segment dimensions, score and example settings.
 * @return VB_OK, VB_EINVAL (err names what differs) or VB_ENOMEM.
 */
VB_API int vb_agg_merge(vb_agg *a, const vb_agg *b, vb_error *err);

/**
 * Write the whole state (docs/state-format.md): versioned, checksummed, little-endian
 * whatever the host. Equal states give equal bytes. @return VB_OK or VB_EIO.
 */
VB_API int vb_agg_save(const vb_agg *a, FILE *f, vb_error *err);
/**
 * Read a state written by vb_agg_save(). The aggregate owns the lexicon the state carries.
 * @return VB_OK, VB_ESYNTAX (not a state file, corrupt, truncated, or another version:
 *         err says which) or VB_ENOMEM.
 */
VB_API int vb_agg_load(vb_agg **out, const char *data, size_t len, const char *name,
                       vb_error *err);
VB_API const vb_lexicon *vb_agg_lexicon(const vb_agg *a);
VB_API void vb_agg_get_opts(const vb_agg *a, vb_agg_opts *out);

VB_API uint64_t vb_agg_docs(const vb_agg *a);         /* documents counted */
VB_API uint64_t vb_agg_docs_matched(const vb_agg *a); /* documents with at least one theme */
/** Empty documents: blank text, no token (counted in vb_agg_docs() unless skip_empty says otherwise). */
VB_API uint64_t vb_agg_docs_empty(const vb_agg *a);
VB_API uint64_t vb_agg_theme_docs(const vb_agg *a, size_t theme);
VB_API uint64_t vb_agg_theme_hits(const vb_agg *a, size_t theme);
/** Documents that have both themes (symmetric; i == j gives the theme's documents). */
VB_API uint64_t vb_agg_pair_docs(const vb_agg *a, size_t i, size_t j);
/**
 * Co-occurrence at the aggregate's level: units (documents or sentences) with both themes;
 * i == j: units with the theme. For VB_COOC_WINDOW the unit is a document and a pair counts
 * when a match of each theme lies within the window. *units gets the number of units.
 */
VB_API uint64_t vb_agg_pair_units(const vb_agg *a, size_t i, size_t j, uint64_t *units);
/** "document", "sentence", "window:N" into level and window; -1 when not one of those. */
VB_API int vb_cooc_parse(const char *s, vb_cooc_level *level, unsigned *window);

/** 0 when the lexicon has too many themes (over 4096) for pair counts. */
VB_API int vb_agg_has_pairs(const vb_agg *a);

/** A pair's association measures; jaccard, lift, pmi and npmi are 0 when undefined. */
typedef struct vb_pair_stats {
    size_t a, b;
    uint64_t both;
    double jaccard, lift;
    double pmi, npmi; /* log2 lift; pmi / -log2 P(both) */
    double p;         /* two-sided p-value of independence (Fisher exact or G-test) */
} vb_pair_stats;

VB_API void vb_agg_pair_stats(const vb_agg *a, size_t i, size_t j, vb_pair_stats *out);

typedef enum vb_format {
    VB_FORMAT_TABLE = 0, /* aligned text for a terminal */
    VB_FORMAT_CSV,
    VB_FORMAT_JSON,
    VB_FORMAT_JSONL,     /* one JSON object per row of every table */
    VB_FORMAT_MD,        /* Markdown */
    VB_FORMAT_HTML       /* one self-contained page: inline CSS and SVG */
} vb_format;

/** Parse "table", "csv", "json", "jsonl", "md", "html"; -1 when unknown. */
VB_API int vb_format_parse(const char *name);

typedef enum vb_table {
    VB_TABLE_THEMES = 0,
    VB_TABLE_COOC,
    VB_TABLE_TRENDS,
    VB_TABLE_SEGMENTS,
    VB_TABLE_DRIVERS,
    VB_TABLE_EXAMPLES,
    VB_TABLE_TERMS,
    VB_TABLE_THEME_WORDS,
    VB_TABLE_CELL_EXAMPLES,
    VB_TABLE_MATRIX,      /* co-occurrence as a full theme x theme matrix */
    VB_TABLE_COVERAGE,    /* documents per entry */
    VB_TABLE_MISSES       /* words and phrases of the documents no entry matched */
} vb_table;

/** Parse "themes", "cooc", "trends", "segments", "drivers", "examples", "terms",
 * "theme_words", "cell_examples", "matrix", "coverage", "misses"; -1 when unknown. */
VB_API int vb_table_parse(const char *name);
VB_API const char *vb_table_name(vb_table t);

typedef struct vb_report_opts {
    vb_format format;
    int max_depth;      /* themes deeper than this are left out (-1: all) */
    int pair_depth;     /* co-occurrence among themes up to this depth (-1: all) */
    size_t min_pair;    /* pairs with fewer documents are left out; 0: 2 (table), 1 (others) */
    size_t top_pairs;   /* at most this many pairs in the table format; 0: 20 */
    int csv_table;      /* CSV: which table (vb_table) */
    int color;          /* table: ANSI bold headers */
    int all_themes;     /* table: also list themes no document has */
    const char *title;  /* a heading for the report (NULL: none; JSON "title") */
    size_t width;       /* table: the terminal's width; 0: 100 */
    size_t max_segments;/* segment value combinations shown; 0: 20 */
    size_t max_periods; /* periods shown (the latest); 0: 400 */
    double alpha;       /* significance level for q-values; 0: 0.05 */
    int rising;         /* trends: significant movers first (rises, then falls) */
    size_t top_terms;   /* terms listed per kind: 0: 15 in the table, 200 elsewhere;
                           SIZE_MAX: all */
    unsigned sections;  /* table and Markdown: the sections shown (VB_SECTION_*); 0: all */
} vb_report_opts;

/** Sections of the table and Markdown reports (the header line is always written). */
enum {
    VB_SECTION_THEMES = 1u << 0,
    VB_SECTION_COOC = 1u << 1,
    VB_SECTION_TRENDS = 1u << 2,   /* the trend table and the significant movers */
    VB_SECTION_SEGMENTS = 1u << 3,
    VB_SECTION_DRIVERS = 1u << 4,
    VB_SECTION_TERMS = 1u << 5,    /* frequent terms and the words that come with each theme */
    VB_SECTION_COVERAGE = 1u << 6, /* entries matched and what the lexicon misses */
    VB_SECTION_EXAMPLES = 1u << 7
};

/** Parse a comma-separated list of section names ("themes,trends"): themes, cooc, trends,
 * segments, drivers, terms, coverage, examples. @return the VB_SECTION_* mask, or 0 when a
 * name is unknown or the list is empty. */
VB_API unsigned vb_sections_parse(const char *list);

VB_API void vb_report_opts_init(vb_report_opts *opts);

/** Write the report. @return VB_OK or VB_EIO (err names the failure). */
VB_API int vb_report_write(FILE *f, const vb_agg *a, const vb_report_opts *opts, vb_error *err);

/**
 * Write one document as a JSON object on one line (`verbatim tag`): id, source, line,
 * themes (path, hits), evidence (theme, entry, kind, lexicon location, byte span, text).
 */
VB_API int vb_doc_write_jsonl(FILE *f, const vb_matcher *m, const vb_record *rec,
                              const char *text, size_t len, const vb_doc *doc, vb_error *err);

/**
 * The same, with the document's sentiment when `sentiment` is not NULL (a polarity list
 * loaded with the matcher's analyzer options): "sentiment" (the document's compound score,
 * -1..1) and "sentences" (each sentence's, in order) after "line".
 * @return VB_OK, VB_EIO or VB_ENOMEM.
 */
VB_API int vb_doc_write_jsonl_ex(FILE *f, const vb_matcher *m, const vb_record *rec,
                                 const char *text, size_t len, const vb_doc *doc,
                                 const vb_sentiment *sentiment, vb_error *err);

/** Write s as a CSV field: as is, or quoted (quotes doubled) when it holds , " CR or LF. */
VB_API void vb_csv_write_field(FILE *f, const char *s, size_t len);

/** Write s as a JSON string (quoted, escaped; invalid UTF-8 becomes U+FFFD). */
VB_API void vb_json_write_string(FILE *f, const char *s, size_t len);

#ifdef __cplusplus
}
#endif
#endif
