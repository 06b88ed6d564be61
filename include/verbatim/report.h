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

/**
 * Theme counts for a set of documents. Mergeable: merging the aggregates of two halves of
 * an input gives the aggregate of the whole.
 */
typedef struct vb_agg vb_agg;

VB_API int vb_agg_new(vb_agg **out, const vb_matcher *m, vb_error *err);
VB_API void vb_agg_free(vb_agg *a);
/** Count one document. @return VB_OK or VB_ENOMEM. */
VB_API int vb_agg_add(vb_agg *a, const vb_doc *doc);
/** Add b's counts into a. Both must come from the same matcher. @return VB_OK or VB_EINVAL. */
VB_API int vb_agg_merge(vb_agg *a, const vb_agg *b, vb_error *err);

VB_API const vb_matcher *vb_agg_matcher(const vb_agg *a);
VB_API uint64_t vb_agg_docs(const vb_agg *a);         /* documents counted */
VB_API uint64_t vb_agg_docs_matched(const vb_agg *a); /* documents with at least one theme */
VB_API uint64_t vb_agg_theme_docs(const vb_agg *a, size_t theme);
VB_API uint64_t vb_agg_theme_hits(const vb_agg *a, size_t theme);
/** Documents that have both themes (symmetric; i == j gives the theme's documents). */
VB_API uint64_t vb_agg_pair_docs(const vb_agg *a, size_t i, size_t j);

/** 0 when the lexicon has too many themes (over 4096) for pair counts. */
VB_API int vb_agg_has_pairs(const vb_agg *a);

/** A pair's association measures; jaccard and lift are 0 when undefined. */
typedef struct vb_pair_stats {
    size_t a, b;
    uint64_t both;
    double jaccard, lift;
} vb_pair_stats;

VB_API void vb_agg_pair_stats(const vb_agg *a, size_t i, size_t j, vb_pair_stats *out);

typedef enum vb_format {
    VB_FORMAT_TABLE = 0, /* aligned text for a terminal */
    VB_FORMAT_CSV,
    VB_FORMAT_JSON
} vb_format;

/** Parse "table", "csv", "json"; -1 when unknown. */
VB_API int vb_format_parse(const char *name);

typedef struct vb_report_opts {
    vb_format format;
    int max_depth;      /* themes deeper than this are left out (-1: all) */
    int pair_depth;     /* co-occurrence among themes up to this depth (-1: all) */
    size_t min_pair;    /* pairs with fewer documents are left out; 0: 2 (table), 1 (others) */
    size_t top_pairs;   /* at most this many pairs in the table format; 0: 20 */
    int csv_table;      /* CSV: 0 themes, 1 co-occurrence pairs */
    int color;          /* table: ANSI bold headers */
    int all_themes;     /* table: also list themes no document has */
    const char *title;  /* the input's name */
    uint64_t rejected;  /* records rejected by the readers, to state next to the counts */
} vb_report_opts;

VB_API void vb_report_opts_init(vb_report_opts *opts);

/** Write the report. @return VB_OK or VB_EIO (err names the failure). */
VB_API int vb_report_write(FILE *f, const vb_agg *a, const vb_report_opts *opts, vb_error *err);

/**
 * Write one document as a JSON object on one line (`verbatim tag`): id, source, line,
 * themes (path, hits), evidence (theme, entry, kind, lexicon location, byte span, text).
 */
VB_API int vb_doc_write_jsonl(FILE *f, const vb_matcher *m, const vb_record *rec,
                              const char *text, size_t len, const vb_doc *doc, vb_error *err);

/** Write s as a CSV field: as is, or quoted (quotes doubled) when it holds , " CR or LF. */
VB_API void vb_csv_write_field(FILE *f, const char *s, size_t len);

/** Write s as a JSON string (quoted, escaped; invalid UTF-8 becomes U+FFFD). */
VB_API void vb_json_write_string(FILE *f, const char *s, size_t len);

#ifdef __cplusplus
}
#endif
#endif
