/* The compiled matcher and the per-thread tagger.
 *
 * Compiling analyzes every entry with the text's analyzer and files it under a key:
 * word entries under their stem, exact entries under their normalized form, phrases under
 * the stem of their first word; wildcards stay a list of globs. The matcher is immutable
 * and shared by every thread.
 *
 * The tagger caches, per distinct word of its analyzer, the single-word entries that match
 * it and the phrases that may start at it: a word's lookups (hash probes, glob tests) are
 * paid once per distinct word, not once per occurrence. */
#include "../lexicon/lexicon_int.h"
#include "../analyzer/analyzer_int.h"
#include "matcher_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct idlist {
    uint32_t *ids;
    size_t n, cap;
} idlist;

typedef struct phrase {
    uint32_t entry;
    uint32_t n;            /* number of stems */
    uint32_t *stems;       /* ids in the matcher's phrase_stems (arena) */
} phrase;

typedef struct glob {
    uint32_t entry;
    const char *pat; /* normalized, '*' kept */
} glob;

struct vb_matcher {
    vb_lexicon *lex;
    vb_analyzer_opts opts;
    char lang[32];
    int *kind;             /* compiled kind per entry */
    /* wildcards: the prefix ones ("lead*") filed by prefix and tried with one probe per
     * prefix length present; the others ("*lead", "l*d") tried one by one */
    vb_strmap prefix_globs;
    uint8_t prefix_len[257]; /* 1: some prefix wildcard has this many bytes */
    uint32_t *other_globs;
    size_t nother_globs;
    int negators;          /* 0: none for this language; 1: a list; 2: English (n't too) */
    vb_strmap negator_words;
    const char **key;      /* per entry: what it matches on (stem, norm, stems, glob) */
    vb_strmap stems;       /* stem -> list */
    vb_strmap exact;       /* norm -> list */
    vb_strmap phrase_first;/* first stem -> list of phrase indices */
    vb_strmap phrase_stems;/* every stem used in a phrase -> its id: phrases compare integers */
    size_t nphrase_stems;
    idlist *lists;
    size_t nlists, lists_cap;
    phrase *phrases;
    size_t nphrases, phrases_cap;
    glob *globs;
    size_t nglobs, globs_cap;
    vb_arena arena;
};

static int list_add(vb_matcher *m, vb_strmap *map, const char *key, size_t n, uint32_t id)
{
    uint64_t h = vb__hash(key, n);
    uint32_t li;
    if (!vb__strmap_get(map, key, n, h, &li)) {
        if (vb__grow((void **)&m->lists, &m->lists_cap, m->nlists + 1, sizeof *m->lists))
            return VB_ENOMEM;
        li = (uint32_t)m->nlists++;
        memset(&m->lists[li], 0, sizeof m->lists[li]);
        char *k = vb__arena_strndup(&m->arena, key, n);
        if (!k || vb__strmap_put(map, k, n, h, li))
            return VB_ENOMEM;
    }
    idlist *l = &m->lists[li];
    if (l->n && l->ids[l->n - 1] == id)
        return 0;
    if (vb__grow((void **)&l->ids, &l->cap, l->n + 1, sizeof *l->ids))
        return VB_ENOMEM;
    l->ids[l->n++] = id;
    return 0;
}

static const idlist *list_get(const vb_matcher *m, const vb_strmap *map, const char *key,
                              size_t n)
{
    uint32_t li;
    if (vb__strmap_get(map, key, n, vb__hash(key, n), &li))
        return &m->lists[li];
    return NULL;
}

/* Glob over bytes: '*' is zero or more characters. Iterative with one backtrack point. */
static int glob_match(const char *p, const char *s, size_t n)
{
    const char *star = NULL;
    size_t si = 0, star_si = 0;
    while (si < n) {
        if (*p == '*') {
            star = ++p;
            star_si = si;
        } else if (*p && *p == s[si]) {
            p++;
            si++;
        } else if (star) {
            p = star;
            si = ++star_si;
        } else {
            return 0;
        }
    }
    while (*p == '*')
        p++;
    return *p == '\0';
}

/* What entries match: words, numbers, and hashtags by their words ("#refund"). */
static int is_content(const vb_token *t)
{
    return t->type == VB_TOKEN_WORD || t->type == VB_TOKEN_NUMBER ||
           t->type == VB_TOKEN_HASHTAG;
}

/* A symbol that ends a phrase's run of adjacent words: clause punctuation, not hyphens,
 * quotes or emoji ("follow-up" matches the phrase "follow up"; "wait, time" does not match
 * "wait time"). */
static int breaks_phrase(const vb_token *t)
{
    return t->norm_len == 1 && strchr(",;:()[]{}.!?|", t->norm[0]) != NULL;
}

static int compile_entry(vb_matcher *m, vb_analyzer *an, uint32_t id, vb_error *err)
{
    const vb_entry *e = &m->lex->entries[id];
    const char *name = m->lex->name;
    if (e->kind == VB_ENTRY_WILDCARD) {
        vb_buf b = { 0 };
        int ascii = 1;
        for (const char *c = e->text; *c; c++)
            if ((unsigned char)*c >= 0x80)
                ascii = 0;
        if (vb__normalize(e->text, strlen(e->text), ascii, m->opts.flags, &b) != 0) {
            vb__buf_free(&b);
            return vb__error_set(err, VB_ENOMEM, name, e->line, e->column, "out of memory");
        }
        if (vb__grow((void **)&m->globs, &m->globs_cap, m->nglobs + 1, sizeof *m->globs)) {
            vb__buf_free(&b);
            return vb__error_set(err, VB_ENOMEM, name, e->line, e->column, "out of memory");
        }
        m->globs[m->nglobs].entry = id;
        m->globs[m->nglobs].pat = vb__arena_strndup(&m->arena, b.ptr, b.len);
        vb__buf_free(&b);
        if (!m->globs[m->nglobs++].pat)
            return vb__error_set(err, VB_ENOMEM, name, e->line, e->column, "out of memory");
        m->kind[id] = VB_ENTRY_WILDCARD;
        m->key[id] = m->globs[m->nglobs - 1].pat;
        return VB_OK;
    }
    const vb_tokens *toks;
    int rc = vb_analyzer_run(an, e->text, strlen(e->text), &toks, err);
    if (rc)
        return rc;
    const vb_token *content[64];
    size_t nc = 0;
    for (size_t i = 0; i < toks->n; i++) {
        const vb_token *tk = &toks->tok[i];
        /* Symbols are not matched: an entry must not rely on one ("A+" would become the
         * stopword "a"). Joiners inside words ("e-mail", "24/7", "AT&T", "Dr.") are fine. */
        if (!is_content(tk) &&
            !(tk->norm_len == 1 && strchr("-/'&.", tk->norm[0]) != NULL))
            return vb__error_set(err, VB_ESYNTAX, name, e->line, e->column + tk->start,
                                 "'%.*s' is not matched (entries match words and numbers, "
                                 "not symbols); remove it",
                                 (int)(tk->end - tk->start), e->text + tk->start);
        if (is_content(tk)) {
            if (nc == 64)
                return vb__error_set(err, VB_ESYNTAX, name, e->line, e->column,
                                     "a phrase has at most 64 words");
            content[nc++] = tk;
        }
    }
    if (nc == 0)
        return vb__error_set(err, VB_ESYNTAX, name, e->line, e->column,
                             "'%s' has no words after analysis", e->text);
    if (e->kind == VB_ENTRY_EXACT) {
        if (nc != 1)
            return vb__error_set(err, VB_ESYNTAX, name, e->line, e->column,
                                 "an exact entry is one word; '%s' is %zu words", e->text, nc);
        m->kind[id] = VB_ENTRY_EXACT;
        m->key[id] = vb__arena_strndup(&m->arena, content[0]->norm, content[0]->norm_len);
        if (!m->key[id] || list_add(m, &m->exact, content[0]->norm, content[0]->norm_len, id))
            return vb__error_set(err, VB_ENOMEM, name, e->line, e->column, "out of memory");
        return VB_OK;
    }
    if (nc == 1) {
        m->kind[id] = VB_ENTRY_WORD;
        m->key[id] = vb__arena_strndup(&m->arena, content[0]->stem, content[0]->stem_len);
        if (!m->key[id] || list_add(m, &m->stems, content[0]->stem, content[0]->stem_len, id))
            return vb__error_set(err, VB_ENOMEM, name, e->line, e->column, "out of memory");
        return VB_OK;
    }
    m->kind[id] = VB_ENTRY_PHRASE;
    vb_buf kb = { 0 };
    for (size_t i = 0; i < nc; i++)
        if ((i && vb__buf_putc(&kb, ' ')) ||
            vb__buf_append(&kb, content[i]->stem, content[i]->stem_len)) {
            vb__buf_free(&kb);
            return vb__error_set(err, VB_ENOMEM, name, e->line, e->column, "out of memory");
        }
    m->key[id] = vb__arena_strndup(&m->arena, kb.ptr ? kb.ptr : "", kb.len);
    vb__buf_free(&kb);
    if (!m->key[id])
        return vb__error_set(err, VB_ENOMEM, name, e->line, e->column, "out of memory");
    if (vb__grow((void **)&m->phrases, &m->phrases_cap, m->nphrases + 1, sizeof *m->phrases))
        return vb__error_set(err, VB_ENOMEM, name, e->line, e->column, "out of memory");
    phrase *ph = &m->phrases[m->nphrases];
    ph->entry = id;
    ph->n = (uint32_t)nc;
    ph->stems = vb__arena_alloc(&m->arena, nc * sizeof *ph->stems);
    if (!ph->stems)
        return vb__error_set(err, VB_ENOMEM, name, e->line, e->column, "out of memory");
    for (size_t i = 0; i < nc; i++) {
        const char *st = content[i]->stem;
        size_t sl = content[i]->stem_len;
        uint64_t h = vb__hash(st, sl);
        uint32_t sid;
        if (!vb__strmap_get(&m->phrase_stems, st, sl, h, &sid)) {
            char *k = vb__arena_strndup(&m->arena, st, sl);
            sid = (uint32_t)m->nphrase_stems++;
            if (!k || vb__strmap_put(&m->phrase_stems, k, sl, h, sid))
                return vb__error_set(err, VB_ENOMEM, name, e->line, e->column, "out of memory");
        }
        ph->stems[i] = sid;
    }
    if (list_add(m, &m->phrase_first, content[0]->stem, content[0]->stem_len,
                 (uint32_t)m->nphrases))
        return vb__error_set(err, VB_ENOMEM, name, e->line, e->column, "out of memory");
    m->nphrases++;
    return VB_OK;
}

/* Negators per language, in normal form (case folded; apostrophes as '). */
static const struct {
    const char *lang;
    const char *const *words;
} negator_lists[] = {
    { "english", (const char *const[]){ "not", "no", "never", "nothing", "nobody", "none",
                                         "neither", "nor", "without", "hardly", "barely",
                                         "scarcely", "cannot", "dont", "didnt", "doesnt",
                                         "isnt", "wasnt", "arent", "werent", "cant",
                                         "couldnt", "wont", "wouldnt", "shouldnt", "havent",
                                         "hasnt", "hadnt", "aint", "lack", "lacking",
                                         "lacks", "nowhere", NULL } },
    { "german", (const char *const[]){ "nicht", "kein", "keine", "keinen", "keinem",
                                        "keiner", "keines", "nie", "niemals", "nichts",
                                        "ohne", "weder", "kaum", NULL } },
    { "french", (const char *const[]){ "ne", "n'", "pas", "jamais", "rien", "aucun",
                                        "aucune", "sans", "ni", "personne", "guère", NULL } },
    { "spanish", (const char *const[]){ "no", "nunca", "jamás", "nada", "nadie", "ningún",
                                         "ninguno", "ninguna", "sin", "ni", "tampoco", NULL } },
    { "italian", (const char *const[]){ "non", "mai", "niente", "nulla", "nessuno",
                                         "nessuna", "nessun", "senza", "né", NULL } },
    { "portuguese", (const char *const[]){ "não", "nunca", "jamais", "nada", "ninguém",
                                            "nenhum", "nenhuma", "sem", "nem", NULL } },
    { "dutch", (const char *const[]){ "niet", "geen", "nooit", "niets", "niemand",
                                       "zonder", "noch", "nergens", NULL } },
};

static int load_negators(vb_matcher *m)
{
    for (size_t l = 0; l < sizeof negator_lists / sizeof *negator_lists; l++) {
        if (strcmp(negator_lists[l].lang, m->lang) != 0)
            continue;
        for (const char *const *w = negator_lists[l].words; *w; w++)
            if (vb__strmap_put(&m->negator_words, *w, strlen(*w), vb__hash(*w, strlen(*w)), 0))
                return VB_ENOMEM;
        m->negators = l == 0 ? 2 : 1;
    }
    return 0;
}

/* File "prefix*" wildcards by prefix; keep the others in a list. */
static int index_globs(vb_matcher *m)
{
    m->other_globs = malloc((m->nglobs ? m->nglobs : 1) * sizeof *m->other_globs);
    if (!m->other_globs)
        return VB_ENOMEM;
    for (size_t i = 0; i < m->nglobs; i++) {
        const char *pat = m->globs[i].pat, *star = strchr(pat, '*');
        size_t len = strlen(pat);
        if (star && star == pat + len - 1 && len - 1 <= 256) {
            if (list_add(m, &m->prefix_globs, pat, len - 1, m->globs[i].entry))
                return VB_ENOMEM;
            m->prefix_len[len - 1] = 1;
        } else {
            m->other_globs[m->nother_globs++] = (uint32_t)i;
        }
    }
    return 0;
}

int vb_matcher_compile(vb_matcher **out, const vb_lexicon *lex, const vb_analyzer_opts *opts,
                       void (*diag)(const vb_error *e, void *payload), void *payload,
                       vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    *out = NULL;
    vb_matcher *m = calloc(1, sizeof *m);
    if (!m)
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    if (opts)
        m->opts = *opts;
    const char *lang = vb_lang_resolve(m->opts.lang);
    snprintf(m->lang, sizeof m->lang, "%s", lang ? lang : "");
    m->opts.lang = m->lang;
    vb_analyzer *an = NULL;
    size_t nerrors = 0;
    int rc = vb__lexicon_clone(&m->lex, lex);
    if (!rc)
        rc = load_negators(m);
    if (rc) {
        rc = vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
        goto fail;
    }
    rc = vb_analyzer_new(&an, opts, err);
    if (rc)
        goto fail;
    m->kind = calloc(lex->nentries ? lex->nentries : 1, sizeof *m->kind);
    m->key = calloc(lex->nentries ? lex->nentries : 1, sizeof *m->key);
    if (!m->kind || !m->key) {
        rc = vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
        goto fail;
    }
    /* every entry is checked, so all of a lexicon's errors are reported in one pass */
    for (size_t i = 0; i < lex->nentries; i++) {
        vb_error e;
        rc = compile_entry(m, an, (uint32_t)i, &e);
        if (rc == VB_ESYNTAX) {
            if (nerrors++ == 0)
                *err = e;
            if (diag && nerrors <= 100)
                diag(&e, payload);
            continue;
        }
        if (rc != VB_OK) {
            *err = e;
            goto fail;
        }
    }
    if (nerrors) {
        if (nerrors > 1) {
            size_t l = strlen(err->msg);
            snprintf(err->msg + l, sizeof err->msg - l, " (and %zu more error%s)", nerrors - 1,
                     nerrors == 2 ? "" : "s");
        }
        rc = VB_ESYNTAX;
        goto fail;
    }
    if (index_globs(m)) {
        rc = vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
        goto fail;
    }
    vb_analyzer_free(an);
    *out = m;
    return VB_OK;
fail:
    vb_analyzer_free(an);
    vb_matcher_free(m);
    return rc;
}

void vb_matcher_free(vb_matcher *m)
{
    if (!m)
        return;
    vb_lexicon_free(m->lex);
    free(m->kind);
    free(m->key);
    vb__strmap_free(&m->stems);
    vb__strmap_free(&m->negator_words);
    vb__strmap_free(&m->prefix_globs);
    free(m->other_globs);
    vb__strmap_free(&m->exact);
    vb__strmap_free(&m->phrase_first);
    vb__strmap_free(&m->phrase_stems);
    for (size_t i = 0; i < m->nlists; i++)
        free(m->lists[i].ids);
    free(m->lists);
    free(m->phrases);
    free(m->globs);
    vb__arena_free(&m->arena);
    free(m);
}

const vb_lexicon *vb_matcher_lexicon(const vb_matcher *m)
{
    return m->lex;
}

void vb_matcher_analyzer_opts(const vb_matcher *m, vb_analyzer_opts *out)
{
    *out = m->opts;
}

const char *vb__matcher_entry_key(const vb_matcher *m, size_t entry)
{
    return m->key[entry];
}

int vb__matcher_glob(const char *pat, const char *s)
{
    return glob_match(pat, s, strlen(s));
}

int vb_matcher_entry_kind(const vb_matcher *m, size_t entry)
{
    return m->kind[entry];
}

/* ---- tagger ---- */

typedef struct wcache {
    uint32_t off, n;  /* single-word entries matching this word: ids[off .. off+n) */
    int32_t phrases;  /* list of phrases starting with this word's stem, or -1 */
    int32_t stem_id;  /* the stem's id among phrase stems, or -1 */
    uint8_t known;
    uint8_t negator;  /* the word is a negator of the language ("not", "don't") */
    uint8_t contrast; /* the word ends a negator's reach ("but") */
} wcache;

struct vb_tagger {
    const vb_matcher *m;
    vb_analyzer *an;
    wcache *cache;
    size_t cache_cap;
    uint32_t *ids;
    size_t nids, ids_cap;
    uint32_t *content; /* token index of each content token */
    uint8_t *gap;      /* 1: a phrase may not continue from the previous content token */
    size_t content_cap, gap_cap;
    vb_hit *hits;
    size_t nhits, hits_cap;
    uint32_t *theme_count, *theme_neg;
    uint8_t *negated; /* per token: in the scope of a negator */
    size_t negated_cap;
    vb_theme_hits *themes;
    vb_doc doc;
};

int vb_tagger_new(vb_tagger **out, const vb_matcher *m, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    *out = NULL;
    vb_tagger *t = calloc(1, sizeof *t);
    if (!t)
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    t->m = m;
    size_t nt = m->lex->nthemes ? m->lex->nthemes : 1;
    t->theme_count = calloc(nt, sizeof *t->theme_count);
    t->theme_neg = calloc(nt, sizeof *t->theme_neg);
    t->themes = calloc(nt, sizeof *t->themes);
    int rc = vb_analyzer_new(&t->an, &m->opts, err);
    if (rc || !t->theme_count || !t->theme_neg || !t->themes) {
        vb_tagger_free(t);
        return rc ? rc : vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    }
    *out = t;
    return VB_OK;
}

void vb_tagger_free(vb_tagger *t)
{
    if (!t)
        return;
    vb_analyzer_free(t->an);
    free(t->theme_neg);
    free(t->negated);
    free(t->cache);
    free(t->ids);
    free(t->content);
    free(t->gap);
    free(t->hits);
    free(t->theme_count);
    free(t->themes);
    free(t);
}

vb_analyzer *vb_tagger_analyzer(vb_tagger *t)
{
    return t->an;
}

static int add_id(vb_tagger *t, uint32_t id)
{
    if (vb__grow((void **)&t->ids, &t->ids_cap, t->nids + 1, sizeof *t->ids))
        return VB_ENOMEM;
    t->ids[t->nids++] = id;
    return 0;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Fill the cache for a word seen for the first time. */
static int is_negator(const vb_matcher *m, const vb_token *tok);
static int contrast(const vb_token *tok);

static int learn(vb_tagger *t, const vb_token *tok, wcache *c)
{
    const vb_matcher *m = t->m;
    c->off = (uint32_t)t->nids;
    const idlist *l = list_get(m, &m->stems, tok->stem, tok->stem_len);
    for (size_t i = 0; l && i < l->n; i++)
        if (add_id(t, l->ids[i]))
            return VB_ENOMEM;
    /* exact and wildcard entries see a hashtag's word, without the '#' */
    int skip = tok->type == VB_TOKEN_HASHTAG;
    l = list_get(m, &m->exact, tok->norm + skip, tok->norm_len - (size_t)skip);
    for (size_t i = 0; l && i < l->n; i++)
        if (add_id(t, l->ids[i]))
            return VB_ENOMEM;
    /* A "word" over 1 KiB is a run of junk (a hash, a base64 blob): no wildcard is tried on
     * it, which keeps matching linear. */
    const char *w = tok->norm + skip;
    size_t wl = tok->norm_len - (size_t)skip;
    for (size_t p = 0; wl <= 1024 && p <= wl && p <= 256; p++) {
        if (!m->prefix_len[p])
            continue;
        l = list_get(m, &m->prefix_globs, w, p);
        for (size_t i = 0; l && i < l->n; i++)
            if (add_id(t, l->ids[i]))
                return VB_ENOMEM;
    }
    for (size_t i = 0; wl <= 1024 && i < m->nother_globs; i++) {
        const glob *g = &m->globs[m->other_globs[i]];
        if (glob_match(g->pat, w, wl) && add_id(t, g->entry))
            return VB_ENOMEM;
    }
    c->n = (uint32_t)(t->nids - c->off);
    if (c->n > 1) /* qsort must not see the NULL of an empty array */
        qsort(t->ids + c->off, c->n, sizeof *t->ids, cmp_u32);
    uint32_t li;
    c->phrases = -1;
    c->stem_id = -1;
    if (vb__strmap_get(&m->phrase_stems, tok->stem, tok->stem_len,
                       vb__hash(tok->stem, tok->stem_len), &li))
        c->stem_id = (int32_t)li;
    if (vb__strmap_get(&m->phrase_first, tok->stem, tok->stem_len,
                       vb__hash(tok->stem, tok->stem_len), &li))
        c->phrases = (int32_t)li;
    c->negator = (uint8_t)(m->negators && is_negator(m, tok));
    c->contrast = (uint8_t)(m->negators && contrast(tok));
    c->known = 1;
    return 0;
}

static int add_hit(vb_tagger *t, uint32_t entry, const vb_tokens *toks, size_t first,
                   size_t last)
{
    if (vb__grow((void **)&t->hits, &t->hits_cap, t->nhits + 1, sizeof *t->hits))
        return VB_ENOMEM;
    vb_hit *h = &t->hits[t->nhits++];
    h->entry = entry;
    h->theme = (uint32_t)t->m->lex->entries[entry].theme;
    h->tok_first = (uint32_t)first;
    h->tok_last = (uint32_t)last;
    h->negated = 0;
    h->start = toks->tok[first].start;
    h->end = toks->tok[last].end;
    return 0;
}

static int cmp_hit(const void *a, const void *b)
{
    const vb_hit *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1; /* longer first */
    return (x->entry > y->entry) - (x->entry < y->entry);
}

#define NEGATION_SCOPE 5 /* words after a negator that it reaches */

/* Words that end a negator's reach before the clause does ("not cheap but good"). */
static int contrast(const vb_token *tok)
{
    static const char *const words[] = { "but", "however", "although", "though", "yet",
                                         "aber", "mais", "pero", "ma", "mas", "maar" };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tok->norm_len == strlen(words[i]) && !memcmp(tok->norm, words[i], tok->norm_len))
            return 1;
    return 0;
}

static int is_negator(const vb_matcher *m, const vb_token *tok)
{
    uint32_t v;
    if (vb__strmap_get(&m->negator_words, tok->norm, tok->norm_len,
                       vb__hash(tok->norm, tok->norm_len), &v))
        return 1;
    /* English contractions: don't, isn't, can't, wouldn't... */
    return m->negators == 2 && tok->norm_len > 3 &&
           !memcmp(tok->norm + tok->norm_len - 3, "n't", 3);
}

/* Mark every hit whose first word lies within NEGATION_SCOPE words after a negator, in the
 * same sentence and clause. */
static int mark_negated(vb_tagger *t, const vb_tokens *toks)
{
    if (vb__grow((void **)&t->negated, &t->negated_cap, toks->n + 1, 1))
        return VB_ENOMEM;
    int left = 0;
    for (size_t i = 0; i < toks->n; i++) {
        const vb_token *tok = &toks->tok[i];
        t->negated[i] = 0;
        if (i && tok->sentence != toks->tok[i - 1].sentence)
            left = 0;
        if (!is_content(tok)) {
            if (breaks_phrase(tok))
                left = 0;
            continue;
        }
        if (t->cache[tok->word].negator) { /* every content word is in the cache by now */
            left = NEGATION_SCOPE;
        } else if (t->cache[tok->word].contrast) {
            left = 0;
        } else if (left > 0) {
            t->negated[i] = 1;
            left--;
        }
    }
    for (size_t i = 0; i < t->nhits; i++)
        t->hits[i].negated = t->negated[t->hits[i].tok_first];
    return 0;
}

int vb_tagger_run(vb_tagger *t, const char *text, size_t len, const vb_doc **out, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    const vb_matcher *m = t->m;
    const vb_tokens *toks;
    int rc = vb_analyzer_run(t->an, text, len, &toks, err);
    if (rc)
        return rc;
    t->nhits = 0;
    if (vb__grow((void **)&t->content, &t->content_cap, toks->n + 1, sizeof *t->content))
        goto nomem;
    if (vb__grow((void **)&t->gap, &t->gap_cap, toks->n + 1, sizeof *t->gap))
        goto nomem;
    size_t nc = 0;
    int pending_gap = 1;
    uint32_t sentence = 0;
    for (size_t i = 0; i < toks->n; i++) {
        const vb_token *tok = &toks->tok[i];
        if (!is_content(tok)) {
            if (breaks_phrase(tok))
                pending_gap = 1;
            continue;
        }
        t->gap[nc] = (uint8_t)(pending_gap || tok->sentence != sentence);
        sentence = tok->sentence;
        pending_gap = 0;
        t->content[nc++] = (uint32_t)i;
    }
    /* Pass 1: every distinct word of the document in the cache (growing it may move it). */
    for (size_t k = 0; k < nc; k++) {
        const vb_token *tok = &toks->tok[t->content[k]];
        if (tok->word >= t->cache_cap) {
            size_t old = t->cache_cap;
            if (vb__grow((void **)&t->cache, &t->cache_cap, tok->word + 1, sizeof *t->cache))
                goto nomem;
            memset(t->cache + old, 0, (t->cache_cap - old) * sizeof *t->cache);
        }
        if (!t->cache[tok->word].known && learn(t, tok, &t->cache[tok->word]))
            goto nomem;
    }
    /* Pass 2: hits. Phrases compare the cached stem ids of the following words. */
    for (size_t k = 0; k < nc; k++) {
        const wcache *c = &t->cache[toks->tok[t->content[k]].word];
        for (uint32_t j = 0; j < c->n; j++)
            if (add_hit(t, t->ids[c->off + j], toks, t->content[k], t->content[k]))
                goto nomem;
        if (c->phrases < 0)
            continue;
        const idlist *pl = &m->lists[c->phrases];
        for (size_t p = 0; p < pl->n; p++) {
            const phrase *ph = &m->phrases[pl->ids[p]];
            if (k + ph->n > nc)
                continue;
            size_t w = 1;
            for (; w < ph->n; w++) {
                const wcache *cw = &t->cache[toks->tok[t->content[k + w]].word];
                if (t->gap[k + w] || cw->stem_id != (int32_t)ph->stems[w])
                    break;
            }
            if (w == ph->n && add_hit(t, ph->entry, toks, t->content[k], t->content[k + w - 1]))
                goto nomem;
        }
    }
    if (t->nhits > 1)
        qsort(t->hits, t->nhits, sizeof *t->hits, cmp_hit);
    t->doc.dropped = 0;
    t->doc.negated_tokens = NULL;
    /* also without hits: a sentiment lexicon reads the negated words */
    if (m->negators && !(m->opts.flags & VB_MATCH_NEGATION_OFF)) {
        if (mark_negated(t, toks))
            goto nomem;
        t->doc.negated_tokens = t->negated;
        if (m->opts.flags & VB_MATCH_NEGATION_DROP) { /* keep the others, in order */
            size_t k = 0;
            for (size_t i = 0; i < t->nhits; i++)
                if (!t->hits[i].negated)
                    t->hits[k++] = t->hits[i];
            t->doc.dropped = t->nhits - k;
            t->nhits = k;
        }
    }

    /* themes, with hits rolled up to every ancestor; only the touched ones are visited */
    size_t nthemes = 0;
    for (size_t i = 0; i < t->nhits; i++)
        for (int th = (int)t->hits[i].theme; th >= 0; th = m->lex->themes[th].parent) {
            if (t->theme_count[th]++ == 0)
                t->themes[nthemes++].theme = (uint32_t)th;
            t->theme_neg[th] += t->hits[i].negated;
        }
    if (nthemes > 1) /* theme is the first member */
        qsort(t->themes, nthemes, sizeof *t->themes, cmp_u32);
    for (size_t i = 0; i < nthemes; i++) {
        t->themes[i].hits = t->theme_count[t->themes[i].theme];
        t->themes[i].negated = t->theme_neg[t->themes[i].theme];
        t->theme_count[t->themes[i].theme] = 0;
        t->theme_neg[t->themes[i].theme] = 0;
    }
    t->doc.tokens = toks;
    t->doc.hits = t->hits;
    t->doc.nhits = t->nhits;
    t->doc.themes = t->themes;
    t->doc.nthemes = nthemes;
    *out = &t->doc;
    return VB_OK;
nomem:
    return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
}
