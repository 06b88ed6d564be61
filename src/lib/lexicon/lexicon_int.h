/* Internal to the lexicon and matcher stages. */
#ifndef VB_LEXICON_INT_H
#define VB_LEXICON_INT_H

#include "../util/util.h"
#include "verbatim/lexicon.h"

typedef struct vb_theme {
    const char *path, *label;
    int parent, depth;
    size_t line;
} vb_theme;

typedef struct vb_entry {
    const char *text;
    int kind; /* as written: word (maybe several tokens), exact, wildcard, phrase (quoted) */
    int theme;
    size_t line, column;
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
