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
    vb_arena arena;
};

/* Deep copy (the matcher keeps one). 0 or VB_ENOMEM. */
int vb__lexicon_clone(vb_lexicon **out, const vb_lexicon *lex);
/* 1 when a is b or an ancestor of b. */
int vb__theme_is_ancestor(const vb_lexicon *lex, int a, int b);

#endif
