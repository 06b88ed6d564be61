/* Internal to the matcher and the lexicon linter. */
#ifndef VB_MATCHER_INT_H
#define VB_MATCHER_INT_H

#include "verbatim/lexicon.h"
#include <stdint.h>

/* What a compiled entry matches on: a word's stem, an exact entry's normal form, a phrase's
 * stems joined by spaces, a wildcard's normalized pattern, a regex in slashes; followed by
 * its rules' operands ("stem -/-1 stem") when it has some. */
const char *vb__matcher_entry_key(const vb_matcher *m, size_t entry);
/* What a unit itself matches on, without its rules: an entry (as above, when it has none) or
 * an operand of a rule. */
const char *vb__matcher_unit_key(const vb_matcher *m, size_t unit);
/* The operands of rules (units numbered after the entries): an exclusion's
 * units and windows (-1: the sentence); the count. */
size_t vb__matcher_exclusions(const vb_matcher *m, size_t entry, const uint32_t **units,
                              const int32_t **windows);
/* 1 when a phrase entry is made of stopwords only. */
int vb__matcher_stop_only(const vb_matcher *m, size_t entry);
/* 1 when a regex entry can match an empty string (PCRE2's minimum length is 0). */
int vb__matcher_regex_empty(const vb_matcher *m, size_t entry);
/* 1 when the wildcard pattern matches all of s. */
int vb__matcher_glob(const char *pat, const char *s);

#endif
