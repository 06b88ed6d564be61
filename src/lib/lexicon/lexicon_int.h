/* Internal to the lexicon and matcher stages. */
#ifndef VB_LEXICON_INT_H
#define VB_LEXICON_INT_H

#include "../util/util.h"
#include "verbatim/lexicon.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* How regex entries are compiled, by the parser (to report errors) and the matcher: UTF-8,
 * Unicode classes (\w, \b and \d know accents and scripts), case ignored (the text is case
 * folded; a pattern written with capitals still matches). */
#define VB__REGEX_OPTIONS (PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS)

typedef struct vb_theme {
    const char *path, *label;
    int parent, depth;
    size_t line;
    int overlap;         /* vb_overlap: which of the theme's own overlapping hits count */
    size_t overlap_line; /* where "@overlap" set it (0: the default) */
} vb_theme;

/* A word, exact word, wildcard or phrase inside a rule: a proximity side or an exclusion. */
typedef struct vb_operand {
    const char *text; /* as written, without '=' and quotes */
    int kind;         /* VB_ENTRY_WORD (maybe several tokens), EXACT, WILDCARD, PHRASE */
    size_t column;
} vb_operand;

typedef struct vb_exclusion {
    vb_operand op;
    int window; /* -1: anywhere in the sentence; N: within N words of the hit */
} vb_exclusion;

typedef struct vb_entry {
    const char *text; /* regex: the pattern; proximity: "a NEAR/5 b" in native syntax */
    int kind; /* as written: word (maybe several tokens), exact, wildcard, phrase (quoted),
                 regex, near, before */
    int theme;
    size_t line, column;
    double weight;          /* 1 unless "^W" */
    vb_operand *side;       /* NEAR and BEFORE: the two operands (arena); else NULL */
    vb_exclusion *excl;     /* in the lexicon's arena */
    uint32_t nexcl;
    uint32_t distance;      /* NEAR and BEFORE: at most this many words apart */
} vb_entry;

struct vb_lexicon {
    char name[256];
    vb_theme *themes;
    size_t nthemes, themes_cap;
    vb_entry *entries;
    size_t nentries, entries_cap;
    vb_strmap theme_index; /* path -> theme */
    const char *source;    /* the text it was parsed from: state files carry it */
    size_t source_len;
    size_t skipped;        /* entries an importer could not express */
    vb_arena arena;
};

/* An empty lexicon named name (NULL: "<lexicon>"), for the importers; NULL: no memory. */
vb_lexicon *vb__lexicon_new(const char *name);
/* Find or create the theme at path[0..n), creating missing ancestors: its index or -1. */
int vb__lexicon_add_theme(vb_lexicon *lex, const char *path, size_t n, size_t line);
/* Append an entry (text copied). 0 or VB_ENOMEM. */
int vb__lexicon_add_entry(vb_lexicon *lex, const char *text, size_t n, int kind, int theme,
                          size_t line, size_t column);
/* Render one entry (and its rules) in native syntax into b. 0 or VB_ENOMEM. */
int vb__entry_render(const vb_entry *e, vb_buf *b);
/* The native text of a lexicon (vb_lexicon_write_native) into b. 0 or VB_ENOMEM. */
int vb__lexicon_render(const vb_lexicon *lex, vb_buf *b);

/* 1 when s has a letter or digit (any non-ASCII byte counts): an entry needs one. */
static inline int vb__has_alnum(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'))
            return 1;
    }
    return 0;
}

/* A sentiment list's identity (never 0) and name, for state files. */
uint64_t vb__sentiment_fingerprint(const vb_sentiment *s);
const char *vb__sentiment_name(const vb_sentiment *s);

/* Deep copy (the matcher keeps one). 0 or VB_ENOMEM. */
int vb__lexicon_clone(vb_lexicon **out, const vb_lexicon *lex);
/* 1 when a is b or an ancestor of b. */
int vb__theme_is_ancestor(const vb_lexicon *lex, int a, int b);

#endif
