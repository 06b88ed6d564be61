/* Internal to the matcher and the lexicon linter. */
#ifndef VB_MATCHER_INT_H
#define VB_MATCHER_INT_H

#include "verbatim/lexicon.h"

/* What a compiled entry matches on: a word's stem, an exact entry's normal form, a phrase's
 * stems joined by spaces, a wildcard's normalized pattern. */
const char *vb__matcher_entry_key(const vb_matcher *m, size_t entry);
/* 1 when the wildcard pattern matches all of s. */
int vb__matcher_glob(const char *pat, const char *s);

#endif
