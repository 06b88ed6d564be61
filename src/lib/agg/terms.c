/* Term frequency, exact: every word, stem and 2- and 3-word phrase with its hits and the
 * documents it occurs in, and every word with every theme of the documents it occurs in. Phrases are runs of words (numbers and hashtags included) within
 * one sentence, with no punctuation or emoji inside, that neither start nor end with a
 * stopword: "on hold" is not a phrase, "waited on hold" is. Memory grows with the
 * vocabulary: this is what --terms costs. */
#include "agg_int.h"

#include <string.h>

static int find_or_add(vb_agg *a, const char *key, size_t len, vb_term **out)
{
    uint64_t h = vb__hash(key, len);
    uint32_t v;
    if (vb__strmap_get(&a->termmap, key, len, h, &v)) {
        *out = &a->terms[v];
        return 0;
    }
    char *copy = vb__arena_strndup(&a->arena, key, len);
    if (!copy || len > UINT32_MAX || a->nterms >= UINT32_MAX ||
        vb__grow((void **)&a->terms, &a->terms_cap, a->nterms + 1, sizeof *a->terms) ||
        vb__strmap_put(&a->termmap, copy, len, h, (uint32_t)a->nterms))
        return VB_ENOMEM;
    vb_term *t = &a->terms[a->nterms++];
    memset(t, 0, sizeof *t);
    t->key = copy;
    t->len = (uint32_t)len;
    *out = t;
    return 0;
}

int vb__term_add(vb_agg *a, const char *key, size_t len, uint64_t hits, uint64_t docs)
{
    vb_term *t;
    if (find_or_add(a, key, len, &t))
        return VB_ENOMEM;
    t->hits += hits;
    t->docs += docs;
    return 0;
}

/* One occurrence in document a->docs. */
static int bump(vb_agg *a)
{
    vb_term *t;
    if (find_or_add(a, a->termkey.ptr, a->termkey.len, &t))
        return VB_ENOMEM;
    t->hits++;
    if (t->last != a->docs) {
        t->last = a->docs;
        t->docs++;
    }
    return 0;
}

static int key_start(vb_agg *a, char kind)
{
    a->termkey.len = 0;
    return vb__buf_putc(&a->termkey, kind);
}

static int phrasal(const vb_token *t)
{
    return t->type == VB_TOKEN_WORD || t->type == VB_TOKEN_NUMBER || t->type == VB_TOKEN_HASHTAG;
}

static int phrase(vb_agg *a, char kind, const vb_token *tok, size_t first, size_t n)
{
    if ((tok[first].flags & VB_TOKEN_STOPWORD) || (tok[first + n - 1].flags & VB_TOKEN_STOPWORD))
        return 0;
    if (key_start(a, kind))
        return VB_ENOMEM;
    for (size_t k = 0; k < n; k++)
        if ((k && vb__buf_putc(&a->termkey, ' ')) ||
            vb__buf_append(&a->termkey, tok[first + k].norm, tok[first + k].norm_len))
            return VB_ENOMEM;
    return bump(a);
}

/* Word x theme: a word no entry matched, once per theme of the document ('x', theme index in 4 bytes,
 * little-endian, then the word), so each key's documents are the documents that have both. */
static int word_themes(vb_agg *a, const vb_doc *doc, const vb_token *t)
{
    for (size_t i = 0; i < doc->nthemes; i++) {
        uint32_t th = doc->themes[i].theme;
        unsigned char b[5] = { 'x', (unsigned char)th, (unsigned char)(th >> 8),
                               (unsigned char)(th >> 16), (unsigned char)(th >> 24) };
        a->termkey.len = 0;
        if (vb__buf_append(&a->termkey, b, 5) ||
            vb__buf_append(&a->termkey, t->norm, t->norm_len) || bump(a))
            return VB_ENOMEM;
    }
    return 0;
}

int vb__terms_add(vb_agg *a, const vb_doc *doc)
{
    const vb_token *tok = doc->tokens->tok;
    size_t run = 0; /* phrasal tokens in a row, in this sentence */
    /* the tokens some lexicon entry matched: a theme's own entries say nothing new about
     * it, so word x theme counts only the other words */
    if (vb__grow((void **)&a->matched_tok, &a->matched_tok_cap, doc->tokens->n + 1, 1))
        return VB_ENOMEM;
    memset(a->matched_tok, 0, doc->tokens->n);
    for (size_t h = 0; h < doc->nhits; h++)
        for (uint32_t k = doc->hits[h].tok_first; k <= doc->hits[h].tok_last && k < doc->tokens->n; k++)
            a->matched_tok[k] = 1;
    int unmatched = a->opts.coverage && !doc->nhits; /* what the lexicon misses */
    for (size_t i = 0; i < doc->tokens->n; i++) {
        const vb_token *t = &tok[i];
        if (!phrasal(t) || (i && t->sentence != tok[i - 1].sentence)) {
            run = phrasal(t) ? 1 : 0;
        } else {
            run++;
        }
        if (!phrasal(t))
            continue;
        if ((t->type == VB_TOKEN_WORD || t->type == VB_TOKEN_HASHTAG) &&
            !(t->flags & VB_TOKEN_STOPWORD)) {
            if (key_start(a, 'w') || vb__buf_append(&a->termkey, t->norm, t->norm_len) ||
                bump(a) || key_start(a, 's') ||
                vb__buf_append(&a->termkey, t->stem, t->stem_len) || bump(a) ||
                (!a->matched_tok[i] && word_themes(a, doc, t)))
                return VB_ENOMEM;
            if (unmatched && (key_start(a, 'u') ||
                              vb__buf_append(&a->termkey, t->norm, t->norm_len) || bump(a)))
                return VB_ENOMEM;
        }
        if (run >= 2 && (phrase(a, '2', tok, i - 1, 2) ||
                         (unmatched && phrase(a, 'v', tok, i - 1, 2))))
            return VB_ENOMEM;
        if (run >= 3 && (phrase(a, '3', tok, i - 2, 3) ||
                         (unmatched && phrase(a, 'y', tok, i - 2, 3))))
            return VB_ENOMEM;
    }
    return 0;
}
