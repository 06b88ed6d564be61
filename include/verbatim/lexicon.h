/* verbatim — lexicons (themes and their entries) and the compiled matcher. */
#ifndef VERBATIM_LEXICON_H
#define VERBATIM_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "analyzer.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum vb_entry_kind {
    VB_ENTRY_WORD = 0, /* one token, matched on its stem */
    VB_ENTRY_EXACT,    /* one token, matched on its normalized form */
    VB_ENTRY_WILDCARD, /* one token, glob over the normalized form */
    VB_ENTRY_PHRASE,   /* consecutive stems */
    VB_ENTRY_REGEX,    /* a PCRE2 pattern over a sentence's normalized text */
    VB_ENTRY_NEAR,     /* two operands at most `distance` words apart, in either order */
    VB_ENTRY_BEFORE    /* the same, the first operand before the second */
} vb_entry_kind;

/** Which of a theme's own overlapping hits count (`@overlap` under its header). */
typedef enum vb_overlap {
    VB_OVERLAP_ALL = 0, /* every hit, overlapping and nested ones too */
    VB_OVERLAP_LONGEST, /* the longest hit wins; of equally long ones the leftmost */
    VB_OVERLAP_FIRST    /* the leftmost hit wins (the longer of two that start together) */
} vb_overlap;

typedef struct vb_theme_info {
    const char *path;  /* "relationships/customers" */
    const char *label; /* "" when none */
    int parent;        /* index of the parent theme, -1 for a top-level theme */
    int depth;         /* 0 for top level */
    size_t line;       /* where it was first declared (0: created implicitly) */
    int overlap;       /* vb_overlap */
} vb_theme_info;

typedef struct vb_entry_info {
    const char *text; /* as written (without '=' and quotes; a regex without its slashes;
                         NEAR and BEFORE: "a NEAR/5 b") */
    int kind;         /* vb_entry_kind as written (see vb_matcher_entry_kind) */
    int theme;
    size_t line, column;
    double weight;      /* 1 unless the entry says "^W" */
    unsigned distance;  /* NEAR and BEFORE: at most this many words apart; else 0 */
    size_t nexclusions; /* -"..." rules: see vb_lexicon_entry_exclusion() */
} vb_entry_info;

/** A parsed lexicon: themes and entries as written. Immutable after parsing. */
typedef struct vb_lexicon vb_lexicon;

/**
 * Parse the native format (docs/lexicon.md), rules included: /regex/ (checked with PCRE2:
 * an error is located at the pattern's error offset), A NEAR/N B, A BEFORE/N B, -"..."
 * and -/N "..." exclusions, ^W weights, @overlap under a theme header.
 * @param name  used in error locations.
 * @param out   free with vb_lexicon_free(); NULL on error.
 * @param diag  optional: called for every error (the first 100 of them); err holds the
 *              first, with the count of the others. payload is passed through.
 * @return VB_OK, VB_ESYNTAX (err: file:line:column) or VB_ENOMEM.
 */
VB_API int vb_lexicon_parse(vb_lexicon **out, const char *src, size_t len, const char *name,
                            void (*diag)(const vb_error *e, void *payload), void *payload,
                            vb_error *err);

/** Read and parse a file. @return as vb_lexicon_parse(), or VB_EIO. */
VB_API int vb_lexicon_load(vb_lexicon **out, const char *path,
                           void (*diag)(const vb_error *e, void *payload), void *payload,
                           vb_error *err);
/** The same, naming the lexicon `name` in locations and evidence (NULL: the path). */
VB_API int vb_lexicon_load_as(vb_lexicon **out, const char *path, const char *name,
                              void (*diag)(const vb_error *e, void *payload), void *payload,
                              vb_error *err);
VB_API void vb_lexicon_free(vb_lexicon *lex);

VB_API const char *vb_lexicon_name(const vb_lexicon *lex);
VB_API size_t vb_lexicon_theme_count(const vb_lexicon *lex);
VB_API void vb_lexicon_theme(const vb_lexicon *lex, size_t i, vb_theme_info *out);
VB_API size_t vb_lexicon_entry_count(const vb_lexicon *lex);
VB_API void vb_lexicon_entry(const vb_lexicon *lex, size_t i, vb_entry_info *out);
VB_API const char *vb_entry_kind_name(int kind);
/**
 * Exclusion k of an entry: *text is the excluded word or phrase as written inside the
 * quotes; *window is -1 (anywhere in the sentence) or the number of words N of "-/N".
 */
VB_API void vb_lexicon_entry_exclusion(const vb_lexicon *lex, size_t entry, size_t k,
                                       const char **text, int *window);
/**
 * An entry in native syntax, with its exclusions and weight (purpose -"on purpose" ^2),
 * NUL-terminated and cut to fit size. @return the length it needs (as snprintf).
 */
VB_API size_t vb_lexicon_entry_format(const vb_lexicon *lex, size_t entry, char *buf,
                                      size_t size);
VB_API const char *vb_overlap_name(int overlap);

/** Dictionary formats vb_lexicon_import() reads (docs/lexicon.md, "Importing dictionaries"). */
typedef enum vb_lexicon_format {
    VB_LEXFMT_AUTO = 0, /* by the file name's extension (vb_lexicon_format_of) */
    VB_LEXFMT_NATIVE,   /* .lex (and any other extension) */
    VB_LEXFMT_LIWC,     /* .dic: a % block of "id<TAB>category", then "word<TAB>id id..." */
    VB_LEXFMT_WORDSTAT, /* .cat: tab-indented categories, terms "WORD (1)" */
    VB_LEXFMT_YAML,     /* .yml .yaml: quanteda's nested maps of sequences */
    VB_LEXFMT_SCORES    /* .txt .tsv: "word<TAB>score" lines, one theme named after the file */
} vb_lexicon_format;

/** The format a file name's extension says (case-insensitive); VB_LEXFMT_NATIVE otherwise. */
VB_API int vb_lexicon_format_of(const char *path);
/** "native", "liwc", "wordstat", "yaml", "scores" -> the format; -1 when unknown. */
VB_API int vb_lexicon_format_from_name(const char *name);
VB_API const char *vb_lexicon_format_name(int format);

/**
 * Read a dictionary in another format as a lexicon. Category names become theme names
 * (lowercase, other characters '_', nesting as a/b, repeats suffixed _2, _3...) with the
 * original name as the label. An entry the native format cannot express is skipped and
 * reported through diag as a warning (code VB_OK, file:line:column); vb_lexicon_skipped()
 * counts them. The lexicon's source is its native text (vb_lexicon_write_native), so
 * parsing that text gives the same themes and entries.
 * @param format  a vb_lexicon_format; AUTO: by the extension.
 * @param diag    optional: every error (code VB_ESYNTAX) and warning, at most 100 of each;
 *                err holds the first error.
 * @return VB_OK, VB_ESYNTAX, VB_EIO, VB_EINVAL (unknown format) or VB_ENOMEM.
 */
VB_API int vb_lexicon_import(vb_lexicon **out, const char *path, int format,
                             void (*diag)(const vb_error *e, void *payload), void *payload,
                             vb_error *err);
/** The same from memory; name is used in locations (and names a scores list's theme). */
VB_API int vb_lexicon_import_mem(vb_lexicon **out, const char *src, size_t len,
                                 const char *name, int format,
                                 void (*diag)(const vb_error *e, void *payload),
                                 void *payload, vb_error *err);
/** Entries skipped on import (0 for a native lexicon). */
VB_API size_t vb_lexicon_skipped(const vb_lexicon *lex);

/**
 * Write a lexicon in the native format: each theme header ("[path] label") followed by its
 * entries, themes in order. @return VB_OK, VB_EIO or VB_ENOMEM.
 */
VB_API int vb_lexicon_write_native(FILE *f, const vb_lexicon *lex);

/** A lexicon compiled for one language: immutable, shared by every thread. */
typedef struct vb_matcher vb_matcher;

/**
 * Compile: every entry is analyzed with the given analyzer options (NULL: English).
 * The matcher keeps its own copy of what it needs; lex may be freed after.
 * @param diag  optional: called for every entry error (at most 100); err holds the first.
 * @return VB_OK, VB_ESYNTAX (an entry that analyzes to no words, or relies on a symbol),
 *         VB_EINVAL (unknown language) or VB_ENOMEM.
 */
VB_API int vb_matcher_compile(vb_matcher **out, const vb_lexicon *lex,
                              const vb_analyzer_opts *opts,
                              void (*diag)(const vb_error *e, void *payload), void *payload,
                              vb_error *err);
VB_API void vb_matcher_free(vb_matcher *m);
VB_API const vb_lexicon *vb_matcher_lexicon(const vb_matcher *m);
/** The analyzer options it was compiled with (lang: the Snowball name); valid while m is. */
VB_API void vb_matcher_analyzer_opts(const vb_matcher *m, vb_analyzer_opts *out);
/** The kind an entry was compiled to: a word entry of several tokens becomes a phrase. */
VB_API int vb_matcher_entry_kind(const vb_matcher *m, size_t entry);

/**
 * Lint a compiled lexicon (`verbatim lexicon check`): every finding is a warning — the
 * lexicon works, but probably not as meant:
 *  - an entry repeated in its theme;
 *  - an entry shadowed by another of its theme that matches the same words (same stem:
 *    "leader" and "leaders");
 *  - a word or exact entry that a wildcard of its theme already covers ("lead*", "leader");
 *  - the same entry in two themes that are not ancestor and descendant (a hit counts for
 *    both: sometimes meant, often not);
 *  - a phrase of stopwords only; a regex that can match an empty string;
 *  - an exclusion that is part of every hit (the entry never counts), a -/0 exclusion that
 *    shares no word with its entry (it never applies), a repeated exclusion.
 * @param diag  called for each finding, in lexicon order, with its location and message.
 * @return the number of findings (or -1: out of memory).
 */
VB_API long vb_lexicon_lint(const vb_matcher *m, void (*diag)(const vb_error *e, void *payload),
                            void *payload);

/**
 * Negation, given to vb_matcher_compile() in vb_analyzer_opts.flags beside the analyzer's
 * own flags. By default a hit inside the scope of a negator ("not", "never", "no",
 * "don't", "without"...: up to 5 words after it in the same clause) is counted and marked
 * negated; OFF looks for no negators; DROP leaves negated hits out of the document.
 * Languages with negators: english, german, french, spanish, italian, portuguese, dutch.
 */
enum {
    VB_MATCH_NEGATION_OFF = 0x100,
    VB_MATCH_NEGATION_DROP = 0x200
};

/** One hit: an entry matched tokens [tok_first, tok_last] at bytes [start, end). */
typedef struct vb_hit {
    uint32_t entry, theme;
    uint32_t tok_first, tok_last;
    size_t start, end;
    uint32_t negated; /* 1: in the scope of a negator */
} vb_hit;

/** Per document and theme: own hits and hits rolled up from descendants. */
typedef struct vb_theme_hits {
    uint32_t theme;
    uint32_t hits;    /* own + descendants */
    uint32_t negated; /* of those, negated ones */
    double score;     /* the hits' entry weights added up (= hits when no entry has one) */
} vb_theme_hits;

typedef struct vb_doc {
    const vb_tokens *tokens;
    const vb_hit *hits; /* in text order: by start, longer spans first, then by entry */
    size_t nhits;
    const vb_theme_hits *themes; /* themes with at least one hit, in theme order */
    size_t nthemes;
    size_t dropped; /* negated hits left out (VB_MATCH_NEGATION_DROP) */
    const uint8_t *negated_tokens; /* per token: in a negator's scope; NULL when off */
    const uint32_t *limited; /* regex entries that hit a PCRE2 limit in this document (their
                                other matches are missing): ascending, distinct */
    size_t nlimited;
} vb_doc;

/**
 * A polarity lexicon: one word and a score per line (`word<TAB>score`, -5 to +5 by
 * convention; '#' comments). Words are matched on their stem, with the analyzer options
 * the text is analyzed with; a word in a negator's scope counts with the opposite sign.
 */
typedef struct vb_sentiment vb_sentiment;

/** @return VB_OK, VB_ESYNTAX (err and diag: file:line:column), VB_EIO or VB_ENOMEM. */
VB_API int vb_sentiment_load(vb_sentiment **out, const char *path, const vb_analyzer_opts *opts,
                             void (*diag)(const vb_error *e, void *payload), void *payload,
                             vb_error *err);
/** The same, naming the list `name` in messages and reports (NULL: the path). */
VB_API int vb_sentiment_load_as(vb_sentiment **out, const char *path, const char *name,
                                const vb_analyzer_opts *opts,
                                void (*diag)(const vb_error *e, void *payload), void *payload,
                                vb_error *err);
VB_API int vb_sentiment_parse(vb_sentiment **out, const char *src, size_t len, const char *name,
                              const vb_analyzer_opts *opts,
                              void (*diag)(const vb_error *e, void *payload), void *payload,
                              vb_error *err);
VB_API void vb_sentiment_free(vb_sentiment *s);
VB_API size_t vb_sentiment_count(const vb_sentiment *s);
/**
 * Score a tagged document (from a tagger with the same analyzer options): the compound
 * score of the whole document, x / sqrt(x^2 + 15) for x the sum of its words' scores, in
 * -1..1. sentences: optional, gets the compound of each sentence (doc->tokens->sentences
 * values).
 */
VB_API double vb_sentiment_score(const vb_sentiment *s, const vb_doc *doc, double *sentences);

/**
 * Per thread: an analyzer plus the matcher's caches, and for regex entries its own PCRE2
 * match data with match, depth and heap limits (docs/lexicon.md, "Regex entries").
 */
typedef struct vb_tagger vb_tagger;

VB_API int vb_tagger_new(vb_tagger **out, const vb_matcher *m, vb_error *err);
VB_API void vb_tagger_free(vb_tagger *t);

/**
 * Analyze and match one text.
 * @param out  borrowed from the tagger until its next call.
 * @return VB_OK or VB_ENOMEM.
 */
VB_API int vb_tagger_run(vb_tagger *t, const char *text, size_t len, const vb_doc **out,
                         vb_error *err);
VB_API vb_analyzer *vb_tagger_analyzer(vb_tagger *t);

#ifdef __cplusplus
}
#endif
#endif
