/* The compiled matcher and the per-thread tagger.
 *
 * Compiling analyzes every entry with the text's analyzer and files it under a key:
 * word entries under their stem, exact entries under their normalized form, phrases under
 * the stem of their first word; wildcards stay a list of globs. The matcher is immutable
 * and shared by every thread.
 *
 * The tagger caches, per distinct word of its analyzer, the single-word entries that match
 * it and the phrases that may start at it: a word's lookups (hash probes, glob tests) are
 * paid once per distinct word, not once per occurrence.
 *
 * Rules (docs/lexicon.md) are built on the same index: the operands of NEAR/BEFORE entries
 * and of exclusions are compiled as extra "units" numbered after the entries, so the word and
 * phrase pass finds their occurrences along with the hits, at no cost to a lexicon without
 * rules. Regex entries are PCRE2 patterns, JIT-compiled once and shared (read-only) by every
 * tagger; each tagger has its own match data and limits. */
#include "../lexicon/lexicon_int.h"
#include "../analyzer/analyzer_int.h"
#include "matcher_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* PCRE2 limits per match of a regex entry on one sentence (docs/lexicon.md): a pattern that
 * backtracks without end gives up after this much work instead of hanging the run. */
#define VB_REGEX_MATCH_LIMIT 1000000
#define VB_REGEX_DEPTH_LIMIT 10000
#define VB_REGEX_HEAP_LIMIT 20480 /* KiB */

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

typedef struct regex {
    uint32_t entry;
    pcre2_code *code; /* JIT-compiled when the platform allows */
} regex;

/* An entry's rules, by unit number. */
typedef struct entry_rules {
    uint32_t side[2]; /* NEAR, BEFORE: the operands' units */
    uint32_t nexcl;
    uint32_t *excl;   /* exclusions: their units (arena) */
    int32_t *window;  /* -1: the sentence; N: within N words */
} entry_rules;

struct vb_matcher {
    vb_lexicon *lex;
    size_t nunits;         /* entries, then the operands of their rules */
    entry_rules *rules;    /* per entry; NULL when no entry has a rule */
    uint32_t *nears;       /* NEAR and BEFORE entries */
    size_t nnears;
    regex *regexes;
    size_t nregexes;
    size_t nexcl_entries;  /* entries with exclusions */
    int overlap;           /* some theme has an @overlap policy other than all */
    uint8_t *stop_only;    /* per unit: a phrase of stopwords only (lint) */
    vb_analyzer_opts opts;
    char lang[32];
    int *kind;             /* compiled kind per unit */
    /* wildcards: the prefix ones ("lead*") filed by prefix and tried with one probe per
     * prefix length present; the others ("*lead", "l*d") tried one by one */
    vb_strmap prefix_globs;
    uint8_t prefix_len[257]; /* 1: some prefix wildcard has this many bytes */
    uint32_t *other_globs;
    size_t nother_globs;
    int negators;          /* 0: none for this language; 1: a list; 2: English (n't too) */
    vb_strmap negator_words;
    const char **key;      /* per unit: what it matches on (stem, norm, stems, glob) */
    const char **full_key; /* per entry with rules: the key with its operands' (lint) */
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

/* A word, exact word, wildcard or phrase (an entry, or an operand of a rule) as unit id. */
static int compile_unit(vb_matcher *m, vb_analyzer *an, uint32_t id, const vb_operand *e,
                        size_t line, vb_error *err)
{
    const char *name = m->lex->name;
    size_t column = e->column;
    if (e->kind == VB_ENTRY_WILDCARD) {
        vb_buf b = { 0 };
        int ascii = 1;
        for (const char *c = e->text; *c; c++)
            if ((unsigned char)*c >= 0x80)
                ascii = 0;
        if (vb__normalize(e->text, strlen(e->text), ascii, m->opts.flags, &b) != 0) {
            vb__buf_free(&b);
            return vb__error_set(err, VB_ENOMEM, name, line, column, "out of memory");
        }
        if (vb__grow((void **)&m->globs, &m->globs_cap, m->nglobs + 1, sizeof *m->globs)) {
            vb__buf_free(&b);
            return vb__error_set(err, VB_ENOMEM, name, line, column, "out of memory");
        }
        m->globs[m->nglobs].entry = id;
        m->globs[m->nglobs].pat = vb__arena_strndup(&m->arena, b.ptr, b.len);
        vb__buf_free(&b);
        if (!m->globs[m->nglobs++].pat)
            return vb__error_set(err, VB_ENOMEM, name, line, column, "out of memory");
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
            return vb__error_set(err, VB_ESYNTAX, name, line, column + tk->start,
                                 "'%.*s' is not matched (entries match words and numbers, "
                                 "not symbols); remove it",
                                 (int)(tk->end - tk->start), e->text + tk->start);
        if (is_content(tk)) {
            if (nc == 64)
                return vb__error_set(err, VB_ESYNTAX, name, line, column,
                                     "a phrase has at most 64 words");
            content[nc++] = tk;
        }
    }
    if (nc == 0)
        return vb__error_set(err, VB_ESYNTAX, name, line, column,
                             "'%s' has no words after analysis", e->text);
    if (e->kind == VB_ENTRY_EXACT) {
        if (nc != 1)
            return vb__error_set(err, VB_ESYNTAX, name, line, column,
                                 "an exact entry is one word; '%s' is %zu words", e->text, nc);
        m->kind[id] = VB_ENTRY_EXACT;
        m->key[id] = vb__arena_strndup(&m->arena, content[0]->norm, content[0]->norm_len);
        if (!m->key[id] || list_add(m, &m->exact, content[0]->norm, content[0]->norm_len, id))
            return vb__error_set(err, VB_ENOMEM, name, line, column, "out of memory");
        return VB_OK;
    }
    if (nc == 1) {
        m->kind[id] = VB_ENTRY_WORD;
        m->key[id] = vb__arena_strndup(&m->arena, content[0]->stem, content[0]->stem_len);
        if (!m->key[id] || list_add(m, &m->stems, content[0]->stem, content[0]->stem_len, id))
            return vb__error_set(err, VB_ENOMEM, name, line, column, "out of memory");
        return VB_OK;
    }
    m->kind[id] = VB_ENTRY_PHRASE;
    m->stop_only[id] = 1;
    for (size_t i = 0; i < nc; i++)
        if (!(content[i]->flags & VB_TOKEN_STOPWORD))
            m->stop_only[id] = 0;
    vb_buf kb = { 0 };
    for (size_t i = 0; i < nc; i++)
        if ((i && vb__buf_putc(&kb, ' ')) ||
            vb__buf_append(&kb, content[i]->stem, content[i]->stem_len)) {
            vb__buf_free(&kb);
            return vb__error_set(err, VB_ENOMEM, name, line, column, "out of memory");
        }
    m->key[id] = vb__arena_strndup(&m->arena, kb.ptr ? kb.ptr : "", kb.len);
    vb__buf_free(&kb);
    if (!m->key[id])
        return vb__error_set(err, VB_ENOMEM, name, line, column, "out of memory");
    if (vb__grow((void **)&m->phrases, &m->phrases_cap, m->nphrases + 1, sizeof *m->phrases))
        return vb__error_set(err, VB_ENOMEM, name, line, column, "out of memory");
    phrase *ph = &m->phrases[m->nphrases];
    ph->entry = id;
    ph->n = (uint32_t)nc;
    ph->stems = vb__arena_alloc(&m->arena, nc * sizeof *ph->stems);
    if (!ph->stems)
        return vb__error_set(err, VB_ENOMEM, name, line, column, "out of memory");
    for (size_t i = 0; i < nc; i++) {
        const char *st = content[i]->stem;
        size_t sl = content[i]->stem_len;
        uint64_t h = vb__hash(st, sl);
        uint32_t sid;
        if (!vb__strmap_get(&m->phrase_stems, st, sl, h, &sid)) {
            char *k = vb__arena_strndup(&m->arena, st, sl);
            sid = (uint32_t)m->nphrase_stems++;
            if (!k || vb__strmap_put(&m->phrase_stems, k, sl, h, sid))
                return vb__error_set(err, VB_ENOMEM, name, line, column, "out of memory");
        }
        ph->stems[i] = sid;
    }
    if (list_add(m, &m->phrase_first, content[0]->stem, content[0]->stem_len,
                 (uint32_t)m->nphrases))
        return vb__error_set(err, VB_ENOMEM, name, line, column, "out of memory");
    m->nphrases++;
    return VB_OK;
}


/* Regex entries: compiled (the parser has checked them) and JIT-compiled once. */
static int add_regex(vb_matcher *m, uint32_t id, vb_error *err)
{
    const vb_entry *e = &m->lex->entries[id];
    int code;
    PCRE2_SIZE off;
    pcre2_code *re =
        pcre2_compile((PCRE2_SPTR)e->text, strlen(e->text), VB__REGEX_OPTIONS, &code, &off, NULL);
    if (!re) {
        PCRE2_UCHAR msg[160];
        if (pcre2_get_error_message(code, msg, sizeof msg) < 0)
            snprintf((char *)msg, sizeof msg, "error %d", code);
        return vb__error_set(err, code == PCRE2_ERROR_NOMEMORY ? VB_ENOMEM : VB_ESYNTAX,
                             m->lex->name, e->line, e->column + off,
                             "invalid regular expression: %s", (const char *)msg);
    }
    /* without JIT (an unsupported platform) the interpreter matches, more slowly */
    (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    m->regexes[m->nregexes].entry = id;
    m->regexes[m->nregexes++].code = re;
    m->kind[id] = VB_ENTRY_REGEX;
    size_t n = strlen(e->text);
    char *key = vb__arena_alloc(&m->arena, n + 3);
    if (!key)
        return vb__error_set(err, VB_ENOMEM, m->lex->name, e->line, e->column, "out of memory");
    key[0] = '/';
    memcpy(key + 1, e->text, n);
    key[n + 1] = '/';
    key[n + 2] = '\0';
    m->key[id] = key;
    return VB_OK;
}

/* An entry: its own unit, then the units of its rules from *next on. */
static int compile_entry(vb_matcher *m, vb_analyzer *an, uint32_t id, uint32_t *next,
                         vb_error *err)
{
    const vb_entry *e = &m->lex->entries[id];
    int rc;
    if (e->kind == VB_ENTRY_REGEX) {
        rc = add_regex(m, id, err);
    } else if (e->kind == VB_ENTRY_NEAR || e->kind == VB_ENTRY_BEFORE) {
        entry_rules *r = &m->rules[id];
        for (int k = 0; k < 2; k++) {
            r->side[k] = (*next)++;
            rc = compile_unit(m, an, r->side[k], &e->side[k], e->line, err);
            if (rc)
                return rc;
        }
        m->nears[m->nnears++] = id;
        m->kind[id] = e->kind;
        rc = VB_OK;
    } else {
        vb_operand op = { e->text, e->kind, e->column };
        rc = compile_unit(m, an, id, &op, e->line, err);
    }
    if (rc || !e->nexcl)
        return rc;
    entry_rules *r = &m->rules[id];
    r->nexcl = (uint32_t)e->nexcl;
    r->excl = vb__arena_alloc(&m->arena, e->nexcl * sizeof *r->excl);
    r->window = vb__arena_alloc(&m->arena, e->nexcl * sizeof *r->window);
    if (!r->excl || !r->window)
        return vb__error_set(err, VB_ENOMEM, m->lex->name, e->line, e->column, "out of memory");
    for (size_t k = 0; k < e->nexcl; k++) {
        r->excl[k] = (*next)++;
        r->window[k] = e->excl[k].window;
        rc = compile_unit(m, an, r->excl[k], &e->excl[k].op, e->line, err);
        if (rc)
            return rc;
    }
    m->nexcl_entries++;
    return VB_OK;
}

/* What lint compares: an entry's key with its operands' and exclusions' keys. */
static int full_keys(vb_matcher *m)
{
    const vb_lexicon *lex = m->lex;
    if (!m->rules)
        return 0;
    m->full_key = calloc(lex->nentries ? lex->nentries : 1, sizeof *m->full_key);
    if (!m->full_key)
        return VB_ENOMEM;
    for (size_t i = 0; i < lex->nentries; i++) {
        const vb_entry *e = &lex->entries[i];
        const entry_rules *r = &m->rules[i];
        if (!r->nexcl && e->kind != VB_ENTRY_NEAR && e->kind != VB_ENTRY_BEFORE)
            continue;
        vb_buf b = { 0 };
        char num[48];
        int bad = 0;
        if (e->kind == VB_ENTRY_NEAR || e->kind == VB_ENTRY_BEFORE) {
            snprintf(num, sizeof num, " %s/%u ", e->kind == VB_ENTRY_NEAR ? "NEAR" : "BEFORE",
                     e->distance);
            bad = vb__buf_append(&b, m->key[r->side[0]], strlen(m->key[r->side[0]])) ||
                  vb__buf_append(&b, num, strlen(num)) ||
                  vb__buf_append(&b, m->key[r->side[1]], strlen(m->key[r->side[1]]));
        } else {
            bad = vb__buf_append(&b, m->key[i], strlen(m->key[i]));
        }
        for (uint32_t k = 0; !bad && k < r->nexcl; k++) {
            snprintf(num, sizeof num, " -/%d ", (int)r->window[k]);
            bad = vb__buf_append(&b, num, strlen(num)) ||
                  vb__buf_append(&b, m->key[r->excl[k]], strlen(m->key[r->excl[k]]));
        }
        if (!bad)
            m->full_key[i] = vb__arena_strndup(&m->arena, b.ptr, b.len);
        vb__buf_free(&b);
        if (bad || !m->full_key[i])
            return VB_ENOMEM;
    }
    return 0;
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
    /* units: the entries, then the operands of NEAR/BEFORE and of exclusions */
    size_t nunits = lex->nentries, nregex = 0, nnear = 0;
    int rules = 0;
    for (size_t i = 0; i < lex->nentries; i++) {
        const vb_entry *e = &lex->entries[i];
        nregex += e->kind == VB_ENTRY_REGEX;
        nnear += e->kind == VB_ENTRY_NEAR || e->kind == VB_ENTRY_BEFORE;
        nunits += e->nexcl;
        rules |= e->nexcl > 0;
    }
    nunits += 2 * nnear;
    rules |= nnear > 0;
    for (size_t i = 0; i < lex->nthemes; i++)
        m->overlap |= lex->themes[i].overlap != VB_OVERLAP_ALL;
    m->nunits = nunits;
    m->kind = calloc(nunits ? nunits : 1, sizeof *m->kind);
    m->key = calloc(nunits ? nunits : 1, sizeof *m->key);
    m->stop_only = calloc(nunits ? nunits : 1, 1);
    m->regexes = calloc(nregex ? nregex : 1, sizeof *m->regexes);
    m->nears = calloc(nnear ? nnear : 1, sizeof *m->nears);
    if (rules)
        m->rules = calloc(lex->nentries ? lex->nentries : 1, sizeof *m->rules);
    if (!m->kind || !m->key || !m->stop_only || !m->regexes || !m->nears ||
        (rules && !m->rules)) {
        rc = vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
        goto fail;
    }
    /* every entry is checked, so all of a lexicon's errors are reported in one pass */
    uint32_t next = (uint32_t)lex->nentries;
    for (size_t i = 0; i < lex->nentries; i++) {
        vb_error e;
        rc = compile_entry(m, an, (uint32_t)i, &next, &e);
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
    if (index_globs(m) || full_keys(m)) {
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
    free(m->stop_only);
    free(m->full_key);
    free(m->rules);
    free(m->nears);
    for (size_t i = 0; m->regexes && i < m->nregexes; i++)
        pcre2_code_free(m->regexes[i].code);
    free(m->regexes);
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
    return m->full_key && m->full_key[entry] ? m->full_key[entry] : m->key[entry];
}

const char *vb__matcher_unit_key(const vb_matcher *m, size_t unit)
{
    return m->key[unit];
}

int vb__matcher_glob(const char *pat, const char *s)
{
    return glob_match(pat, s, strlen(s));
}

size_t vb__matcher_exclusions(const vb_matcher *m, size_t entry, const uint32_t **units,
                              const int32_t **windows)
{
    if (!m->rules)
        return 0;
    *units = m->rules[entry].excl;
    *windows = m->rules[entry].window;
    return m->rules[entry].nexcl;
}

int vb__matcher_stop_only(const vb_matcher *m, size_t entry)
{
    return m->stop_only[entry];
}

int vb__matcher_regex_empty(const vb_matcher *m, size_t entry)
{
    for (size_t i = 0; i < m->nregexes; i++)
        if (m->regexes[i].entry == entry) {
            uint32_t min = 1;
            pcre2_pattern_info(m->regexes[i].code, PCRE2_INFO_MINLENGTH, &min);
            return min == 0;
        }
    return 0;
}

int vb_matcher_entry_kind(const vb_matcher *m, size_t entry)
{
    return m->kind[entry];
}

/* ---- tagger ---- */

/* An occurrence of a rule's operand: unit, content positions [kf, kl]. */
typedef struct occ {
    uint32_t unit, kf, kl;
} occ;

/* A hit under a theme's overlap policy, with what orders it. */
typedef struct pick {
    uint32_t theme, policy, ntok, idx, entry, rank;
    size_t bytes, start;
    const char *text;
} pick;

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
    /* rules: only used when the lexicon has them */
    double *theme_score;
    occ *occ;          /* occurrences of the rules' operands */
    size_t nocc, occ_cap;
    uint32_t *cpos;    /* per token: its content index (a symbol: the next word's) */
    size_t cpos_cap;
    uint32_t *limited; /* regex entries that hit a limit in this document */
    size_t nlimited, limited_cap;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    vb_buf sent;       /* one sentence's normalized text */
    size_t *nstart, *nend; /* per token: its span in sent */
    size_t nstart_cap, nend_cap;
    pick *picks;       /* overlap policies */
    size_t picks_cap;
    uint32_t *taken;   /* per token: the stamp of the theme that kept a hit on it */
    size_t taken_cap;
    uint32_t stamp;
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
    t->theme_score = calloc(nt, sizeof *t->theme_score);
    if (m->nregexes) {
        t->md = pcre2_match_data_create(1, NULL);
        t->mctx = pcre2_match_context_create(NULL);
        if (t->mctx) { /* so a pattern that backtracks without end cannot hang a run */
            pcre2_set_match_limit(t->mctx, VB_REGEX_MATCH_LIMIT);
            pcre2_set_depth_limit(t->mctx, VB_REGEX_DEPTH_LIMIT);
            pcre2_set_heap_limit(t->mctx, VB_REGEX_HEAP_LIMIT);
        }
    }
    int rc = vb_analyzer_new(&t->an, &m->opts, err);
    if (rc || !t->theme_count || !t->theme_neg || !t->themes || !t->theme_score ||
        (m->nregexes && (!t->md || !t->mctx))) {
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
    free(t->theme_score);
    free(t->occ);
    free(t->cpos);
    free(t->limited);
    pcre2_match_data_free(t->md);
    pcre2_match_context_free(t->mctx);
    vb__buf_free(&t->sent);
    free(t->nstart);
    free(t->nend);
    free(t->picks);
    free(t->taken);
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


/* ---- rules: regex, NEAR/BEFORE, exclusions, overlap policies ---- */

static int add_occ(vb_tagger *t, uint32_t unit, size_t kf, size_t kl)
{
    if (vb__grow((void **)&t->occ, &t->occ_cap, t->nocc + 1, sizeof *t->occ))
        return VB_ENOMEM;
    t->occ[t->nocc++] = (occ){ unit, (uint32_t)kf, (uint32_t)kl };
    return 0;
}

static int cmp_occ(const void *a, const void *b)
{
    const occ *x = a, *y = b;
    if (x->unit != y->unit)
        return x->unit < y->unit ? -1 : 1;
    if (x->kf != y->kf)
        return x->kf < y->kf ? -1 : 1;
    return (x->kl > y->kl) - (x->kl < y->kl);
}

/* The first occurrence of unit at or after content position kf (occ sorted). */
static size_t occ_lower(const vb_tagger *t, uint32_t unit, uint32_t kf)
{
    size_t lo = 0, hi = t->nocc;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const occ *o = &t->occ[mid];
        if (o->unit < unit || (o->unit == unit && o->kf < kf))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static uint32_t ksent(const vb_tagger *t, const vb_tokens *toks, uint32_t k)
{
    return toks->tok[t->content[k]].sentence;
}

static int note_limited(vb_tagger *t, uint32_t entry)
{
    for (size_t i = 0; i < t->nlimited; i++)
        if (t->limited[i] == entry)
            return 0;
    if (vb__grow((void **)&t->limited, &t->limited_cap, t->nlimited + 1, sizeof *t->limited))
        return VB_ENOMEM;
    t->limited[t->nlimited++] = entry;
    return 0;
}

/* Regex entries: each sentence's text is the normalized form of its tokens, one space where
 * the original had anything between two tokens; a match counts the tokens it touches. */
static int regex_hits(vb_tagger *t, const vb_tokens *toks)
{
    const vb_matcher *m = t->m;
    if (vb__grow((void **)&t->nstart, &t->nstart_cap, toks->n + 1, sizeof *t->nstart) ||
        vb__grow((void **)&t->nend, &t->nend_cap, toks->n + 1, sizeof *t->nend))
        return VB_ENOMEM;
    for (size_t i = 0; i < toks->n;) {
        size_t a = i;
        uint32_t sn = toks->tok[i].sentence;
        t->sent.len = 0;
        for (; i < toks->n && toks->tok[i].sentence == sn; i++) {
            const vb_token *tk = &toks->tok[i];
            if (i > a && tk->start > toks->tok[i - 1].end && vb__buf_putc(&t->sent, ' '))
                return VB_ENOMEM;
            t->nstart[i] = t->sent.len;
            if (vb__buf_append(&t->sent, tk->norm, tk->norm_len))
                return VB_ENOMEM;
            t->nend[i] = t->sent.len;
        }
        const char *subj = t->sent.ptr ? t->sent.ptr : "";
        size_t len = t->sent.len;
        uint32_t opts = PCRE2_NOTEMPTY; /* an empty match is no hit */
        if (!vb_utf8_invalid(subj, len, NULL))
            opts |= PCRE2_NO_UTF_CHECK;
        for (size_t r = 0; r < m->nregexes; r++) {
            const regex *re = &m->regexes[r];
            size_t start = 0;
            while (start < len) {
                int rc = pcre2_match(re->code, (PCRE2_SPTR)subj, len, start, opts, t->md,
                                     t->mctx);
                if (rc == PCRE2_ERROR_NOMATCH)
                    break;
                if (rc < 0) { /* a limit (or another failure): the pattern's other matches
                                 in this sentence are lost; the caller is told */
                    if (note_limited(t, re->entry))
                        return VB_ENOMEM;
                    break;
                }
                const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(t->md);
                size_t ms = ov[0], me = ov[1];
                /* the tokens touched: first ending after ms, last starting before me */
                size_t lo = a, hi = i;
                while (lo < hi) {
                    size_t mid = lo + (hi - lo) / 2;
                    if (t->nend[mid] <= ms)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                size_t first = lo;
                lo = a, hi = i;
                while (lo < hi) {
                    size_t mid = lo + (hi - lo) / 2;
                    if (t->nstart[mid] < me)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                if (lo > first && add_hit(t, re->entry, toks, first, lo - 1))
                    return VB_ENOMEM;
                if (me > start) {
                    start = me;
                } else { /* no progress (\K): step one character */
                    start++;
                    while (start < len && ((unsigned char)subj[start] & 0xC0) == 0x80)
                        start++;
                }
            }
        }
    }
    return 0;
}

/* NEAR/BEFORE: one hit per occurrence of the first operand that has the second within the
 * distance in its sentence (the nearest one; of two as near, the earlier). */
static int near_hits(vb_tagger *t, const vb_tokens *toks)
{
    const vb_matcher *m = t->m;
    for (size_t n = 0; n < m->nnears; n++) {
        uint32_t id = m->nears[n];
        const entry_rules *r = &m->rules[id];
        uint32_t dist = m->lex->entries[id].distance;
        int ordered = m->kind[id] == VB_ENTRY_BEFORE;
        size_t a0 = occ_lower(t, r->side[0], 0), a1 = occ_lower(t, r->side[0] + 1, 0);
        size_t b1 = occ_lower(t, r->side[1] + 1, 0);
        for (size_t a = a0; a < a1; a++) {
            occ x = t->occ[a];
            uint32_t sx = ksent(t, toks, x.kf);
            /* an operand spans at most 64 words */
            uint32_t from = x.kf > dist + 64 ? x.kf - dist - 64 : 0;
            const occ *best = NULL;
            uint32_t bestd = 0;
            for (size_t b = occ_lower(t, r->side[1], from);
                 b < b1 && t->occ[b].kf <= x.kl + dist; b++) {
                const occ *y = &t->occ[b];
                if (y->kl >= x.kf && y->kf <= x.kl)
                    continue; /* overlapping: not two words near each other */
                if (ordered && y->kf < x.kf)
                    continue;
                uint32_t d = y->kf > x.kl ? y->kf - x.kl : x.kf - y->kl;
                if (d > dist || ksent(t, toks, y->kf) != sx)
                    continue;
                if (!best || d < bestd)
                    best = y, bestd = d;
            }
            if (best) {
                uint32_t kf = best->kf < x.kf ? best->kf : x.kf;
                uint32_t kl = best->kl > x.kl ? best->kl : x.kl;
                if (add_hit(t, id, toks, t->content[kf], t->content[kl]))
                    return VB_ENOMEM;
            }
        }
    }
    return 0;
}

/* 1 when an exclusion of the hit's entry occurs in its sentence (within its window). */
static int excluded(const vb_tagger *t, const vb_tokens *toks, const vb_hit *h,
                    const entry_rules *r, size_t nc)
{
    uint32_t hf = t->cpos[h->tok_first], hl = t->cpos[h->tok_last];
    if (hf >= nc) /* a regex hit on symbols after the last word */
        hf = (uint32_t)(nc ? nc - 1 : 0);
    if (hl >= nc || hl < hf)
        hl = hf;
    uint32_t s = toks->tok[h->tok_first].sentence;
    for (uint32_t k = 0; k < r->nexcl; k++) {
        int32_t w = r->window[k];
        uint32_t u = r->excl[k];
        uint32_t from = w >= 0 ? (hf > (uint32_t)w + 64 ? hf - (uint32_t)w - 64 : 0) : 0;
        size_t end = occ_lower(t, u + 1, 0);
        for (size_t i = occ_lower(t, u, from); i < end; i++) {
            const occ *y = &t->occ[i];
            if (w >= 0 && y->kf > hl + (uint32_t)w)
                break;
            uint32_t sy = ksent(t, toks, y->kf);
            if (sy > s)
                break;
            if (sy != s)
                continue;
            if (w < 0)
                return 1;
            uint32_t d = (y->kl >= hf && y->kf <= hl) ? 0
                         : y->kf > hl                 ? y->kf - hl
                                                      : hf - y->kl;
            if (d <= (uint32_t)w)
                return 1;
        }
    }
    return 0;
}

static int kind_rank(int kind)
{
    switch (kind) { /* the more specific first */
    case VB_ENTRY_PHRASE: return 0;
    case VB_ENTRY_EXACT: return 1;
    case VB_ENTRY_WORD: return 2;
    case VB_ENTRY_WILDCARD: return 3;
    case VB_ENTRY_NEAR: return 4;
    case VB_ENTRY_BEFORE: return 5;
    default: return 6;
    }
}

/* Nothing here depends on the order of entries in the file: equal spans are ordered by
 * kind, then by the entry's text. */
static int cmp_pick(const void *a, const void *b)
{
    const pick *x = a, *y = b;
    if (x->theme != y->theme)
        return x->theme < y->theme ? -1 : 1;
    if (x->policy == VB_OVERLAP_FIRST && x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->ntok != y->ntok)
        return x->ntok > y->ntok ? -1 : 1;
    if (x->bytes != y->bytes)
        return x->bytes > y->bytes ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    int c = strcmp(x->text, y->text);
    if (c)
        return c;
    return (x->entry > y->entry) - (x->entry < y->entry);
}

/* Themes with @overlap longest|first keep, of their own hits, only those that overlap no
 * hit kept before them in that order. */
static int apply_overlap(vb_tagger *t, const vb_tokens *toks)
{
    const vb_matcher *m = t->m;
    size_t np = 0;
    if (vb__grow((void **)&t->picks, &t->picks_cap, t->nhits + 1, sizeof *t->picks) ||
        vb__grow((void **)&t->taken, &t->taken_cap, toks->n + 1, sizeof *t->taken))
        return VB_ENOMEM;
    for (size_t i = 0; i < t->nhits; i++) {
        const vb_hit *h = &t->hits[i];
        int policy = m->lex->themes[h->theme].overlap;
        if (policy == VB_OVERLAP_ALL)
            continue;
        t->picks[np++] = (pick){ h->theme, (uint32_t)policy, h->tok_last - h->tok_first + 1,
                                 (uint32_t)i, h->entry, (uint32_t)kind_rank(m->kind[h->entry]),
                                 h->end - h->start, h->start, m->lex->entries[h->entry].text };
    }
    if (np == 0)
        return 0;
    qsort(t->picks, np, sizeof *t->picks, cmp_pick);
    memset(t->taken, 0, toks->n * sizeof *t->taken);
    uint32_t stamp = 0, theme = UINT32_MAX;
    for (size_t i = 0; i < np; i++) {
        pick *p = &t->picks[i];
        if (p->theme != theme) {
            theme = p->theme;
            stamp++;
        }
        vb_hit *h = &t->hits[p->idx];
        int free_ = 1;
        for (uint32_t k = h->tok_first; k <= h->tok_last && free_; k++)
            free_ = t->taken[k] != stamp;
        if (!free_) {
            h->entry = UINT32_MAX; /* dropped below */
            continue;
        }
        for (uint32_t k = h->tok_first; k <= h->tok_last; k++)
            t->taken[k] = stamp;
    }
    size_t k = 0;
    for (size_t i = 0; i < t->nhits; i++)
        if (t->hits[i].entry != UINT32_MAX)
            t->hits[k++] = t->hits[i];
    t->nhits = k;
    return 0;
}

/* After the word and phrase pass: regex and proximity hits, then exclusions, then the
 * themes' overlap policies. */
static int apply_rules(vb_tagger *t, const vb_tokens *toks, size_t nc)
{
    const vb_matcher *m = t->m;
    if (t->nocc > 1)
        qsort(t->occ, t->nocc, sizeof *t->occ, cmp_occ);
    if (m->nregexes && regex_hits(t, toks))
        return VB_ENOMEM;
    if (m->nnears && near_hits(t, toks))
        return VB_ENOMEM;
    if (m->nexcl_entries && t->nhits) {
        if (vb__grow((void **)&t->cpos, &t->cpos_cap, toks->n + 1, sizeof *t->cpos))
            return VB_ENOMEM;
        for (size_t i = 0, k = 0; i < toks->n; i++) {
            if (k < nc && t->content[k] < i)
                k++;
            t->cpos[i] = (uint32_t)k;
        }
        size_t k = 0;
        for (size_t i = 0; i < t->nhits; i++) {
            const entry_rules *r = &m->rules[t->hits[i].entry];
            if (r->nexcl && excluded(t, toks, &t->hits[i], r, nc))
                continue;
            t->hits[k++] = t->hits[i];
        }
        t->nhits = k;
    }
    if (m->overlap && t->nhits > 1 && apply_overlap(t, toks))
        return VB_ENOMEM;
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
    /* Pass 2: hits. Phrases compare the cached stem ids of the following words. The units
     * numbered after the entries are rule operands: occurrences, not hits. */
    const uint32_t ne = (uint32_t)m->lex->nentries;
    t->nocc = 0;
    t->nlimited = 0;
    for (size_t k = 0; k < nc; k++) {
        const wcache *c = &t->cache[toks->tok[t->content[k]].word];
        for (uint32_t j = 0; j < c->n; j++) {
            uint32_t id = t->ids[c->off + j];
            if (id < ne ? add_hit(t, id, toks, t->content[k], t->content[k])
                        : add_occ(t, id, k, k))
                goto nomem;
        }
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
            if (w == ph->n && (ph->entry < ne ? add_hit(t, ph->entry, toks, t->content[k],
                                                         t->content[k + w - 1])
                                              : add_occ(t, ph->entry, k, k + w - 1)))
                goto nomem;
        }
    }
    if ((m->nregexes || m->nnears || m->nexcl_entries || m->overlap) &&
        apply_rules(t, toks, nc))
        goto nomem;
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
            t->theme_score[th] += m->lex->entries[t->hits[i].entry].weight;
        }
    if (nthemes > 1) /* theme is the first member */
        qsort(t->themes, nthemes, sizeof *t->themes, cmp_u32);
    for (size_t i = 0; i < nthemes; i++) {
        t->themes[i].hits = t->theme_count[t->themes[i].theme];
        t->themes[i].negated = t->theme_neg[t->themes[i].theme];
        t->themes[i].score = t->theme_score[t->themes[i].theme];
        t->theme_count[t->themes[i].theme] = 0;
        t->theme_neg[t->themes[i].theme] = 0;
        t->theme_score[t->themes[i].theme] = 0;
    }
    t->doc.tokens = toks;
    t->doc.hits = t->hits;
    t->doc.nhits = t->nhits;
    t->doc.themes = t->themes;
    t->doc.nthemes = nthemes;
    if (t->nlimited > 1)
        qsort(t->limited, t->nlimited, sizeof *t->limited, cmp_u32);
    t->doc.limited = t->limited;
    t->doc.nlimited = t->nlimited;
    *out = &t->doc;
    return VB_OK;
nomem:
    return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
}
