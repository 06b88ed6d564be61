/* The lexicon linter: findings that do not stop a lexicon from working but make it count
 * something other than what its author meant. It works on the compiled matcher, so two
 * entries are compared by what they match (stems, normal forms), not by how they are
 * written. */
#include "../lexicon/lexicon_int.h"
#include "matcher_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct ref {
    const char *key;
    int kind, theme;
    size_t entry;
} ref;

static int by_key(const void *x, const void *y)
{
    const ref *a = x, *b = y;
    int c = strcmp(a->key, b->key);
    if (c)
        return c;
    if (a->kind != b->kind)
        return a->kind - b->kind;
    return (a->entry > b->entry) - (a->entry < b->entry);
}

typedef struct finding {
    size_t entry; /* reported at this entry's location */
    char msg[256];
} finding;

typedef struct findings {
    finding *f;
    size_t n, cap;
} findings;

static int add(findings *fs, size_t entry, const char *msg)
{
    if (vb__grow((void **)&fs->f, &fs->cap, fs->n + 1, sizeof *fs->f))
        return -1;
    fs->f[fs->n].entry = entry;
    snprintf(fs->f[fs->n].msg, sizeof fs->f[fs->n].msg, "%s", msg);
    fs->n++;
    return 0;
}

static int by_entry(const void *x, const void *y)
{
    const finding *a = x, *b = y;
    if (a->entry != b->entry)
        return (a->entry > b->entry) - (a->entry < b->entry);
    return strcmp(a->msg, b->msg); /* qsort is not stable: the same order everywhere */
}

/* 1 when the words of a ("stem stem") are a run of the words of b; keys are stems joined by
 * single spaces. */
static int words_within(const char *a, const char *b)
{
    size_t al = strlen(a), bl = strlen(b);
    for (size_t i = 0; i + al <= bl; i++)
        if ((i == 0 || b[i - 1] == ' ') && !memcmp(b + i, a, al) &&
            (i + al == bl || b[i + al] == ' '))
            return 1;
    return 0;
}

/* 1 when the two keys have a word in common. */
static int shares_word(const char *a, const char *b)
{
    while (*a) {
        const char *e = strchr(a, ' ');
        size_t n = e ? (size_t)(e - a) : strlen(a);
        char w[256];
        if (n < sizeof w) {
            memcpy(w, a, n);
            w[n] = '\0';
            if (words_within(w, b))
                return 1;
        }
        a += n;
        while (*a == ' ')
            a++;
    }
    return 0;
}

long vb_lexicon_lint(const vb_matcher *m, void (*diag)(const vb_error *e, void *payload),
                     void *payload)
{
    const vb_lexicon *lex = vb_matcher_lexicon(m);
    size_t n = lex->nentries;
    ref *refs = malloc((n ? n : 1) * sizeof *refs);
    findings fs = { NULL, 0, 0 };
    char msg[256];
    long rc = -1;
    if (!refs)
        return -1;
    for (size_t i = 0; i < n; i++)
        refs[i] = (ref){ vb__matcher_entry_key(m, i), vb_matcher_entry_kind(m, i),
                         lex->entries[i].theme, i };
    qsort(refs, n, sizeof *refs, by_key);
    /* entries with the same key and kind: repeated, shadowed, or in two themes */
    for (size_t g = 0; g < n;) {
        size_t e = g;
        while (e < n && !strcmp(refs[e].key, refs[g].key) && refs[e].kind == refs[g].kind)
            e++;
        for (size_t i = g + 1; i < e; i++) {
            const vb_entry *x = &lex->entries[refs[i].entry];
            for (size_t j = g; j < i; j++) {
                const vb_entry *y = &lex->entries[refs[j].entry];
                const char *kname = vb_entry_kind_name(refs[i].kind);
                if (x->theme == y->theme && !strcmp(x->text, y->text))
                    snprintf(msg, sizeof msg, "'%s' repeats line %zu in [%s]", x->text, y->line,
                             lex->themes[x->theme].path);
                else if (x->theme == y->theme)
                    snprintf(msg, sizeof msg,
                             "'%s' matches what '%s' (line %zu) already matches: both %s %s "
                             "'%s'",
                             x->text, y->text, y->line,
                             refs[i].kind == VB_ENTRY_PHRASE ? "are the phrase" : "have the",
                             refs[i].kind == VB_ENTRY_WORD     ? "stem"
                             : refs[i].kind == VB_ENTRY_EXACT  ? "form"
                             : refs[i].kind == VB_ENTRY_PHRASE ? "of stems"
                                                               : kname,
                             refs[i].key);
                else if (!vb__theme_is_ancestor(lex, x->theme, y->theme) &&
                         !vb__theme_is_ancestor(lex, y->theme, x->theme))
                    snprintf(msg, sizeof msg,
                             "'%s' is also in [%s] (line %zu): a hit counts for both themes",
                             x->text, lex->themes[y->theme].path, y->line);
                else
                    continue;
                if (add(&fs, refs[i].entry, msg))
                    goto done;
                break; /* one finding per entry and group */
            }
        }
        g = e;
    }
    /* word and exact entries a wildcard of the same theme already covers */
    for (size_t w = 0; w < n; w++) {
        if (vb_matcher_entry_kind(m, w) != VB_ENTRY_WILDCARD)
            continue;
        const char *pat = vb__matcher_entry_key(m, w);
        for (size_t i = 0; i < n; i++) {
            int k = vb_matcher_entry_kind(m, i);
            if ((k != VB_ENTRY_WORD && k != VB_ENTRY_EXACT) ||
                lex->entries[i].theme != lex->entries[w].theme ||
                !vb__matcher_glob(pat, vb__matcher_entry_key(m, i)))
                continue;
            snprintf(msg, sizeof msg, "'%s' is already matched by the wildcard '%s' (line %zu)",
                     lex->entries[i].text, lex->entries[w].text, lex->entries[w].line);
            if (add(&fs, i, msg))
                goto done;
        }
    }
    /* the rules: stopword phrases, empty regexes, exclusions that never or always apply */
    for (size_t i = 0; i < n; i++) {
        const vb_entry *x = &lex->entries[i];
        int k = vb_matcher_entry_kind(m, i);
        msg[0] = '\0';
        if (k == VB_ENTRY_PHRASE && vb__matcher_stop_only(m, i))
            snprintf(msg, sizeof msg,
                     "'%s' is made of stopwords only: it matches in most texts", x->text);
        else if (k == VB_ENTRY_REGEX && vb__matcher_regex_empty(m, i))
            snprintf(msg, sizeof msg,
                     "the regex /%.80s/ can match an empty string; empty matches are never "
                     "hits (a '*' or '?' where '+' was meant?)",
                     x->text);
        if (msg[0] && add(&fs, i, msg))
            goto done;
        const uint32_t *units;
        const int32_t *windows;
        size_t nx = vb__matcher_exclusions(m, i, &units, &windows);
        for (size_t j = 0; j < nx; j++) {
            const char *xt = lex->entries[i].excl[j].op.text;
            int xk = vb_matcher_entry_kind(m, units[j]);
            int always = -1;
            if ((k == VB_ENTRY_WORD || k == VB_ENTRY_PHRASE) &&
                (xk == VB_ENTRY_WORD || xk == VB_ENTRY_PHRASE))
                always = words_within(vb__matcher_unit_key(m, units[j]),
                                      vb__matcher_unit_key(m, i));
            if (always == 1)
                snprintf(msg, sizeof msg,
                         "the exclusion \"%s\" is part of every hit of '%s': the entry never "
                         "counts",
                         xt, x->text);
            else if (always == 0 && windows[j] == 0 &&
                     !shares_word(vb__matcher_unit_key(m, units[j]), vb__matcher_unit_key(m, i)))
                snprintf(msg, sizeof msg,
                         "the exclusion -/0 \"%s\" never applies: it would have to overlap a "
                         "hit of '%s', and they share no word (-\"...\" looks in the whole "
                         "sentence)",
                         xt, x->text);
            else
                continue;
            if (add(&fs, i, msg))
                goto done;
        }
        for (size_t j = 0; j < nx; j++)
            for (size_t l = 0; l < j; l++)
                if (!strcmp(vb__matcher_unit_key(m, units[j]), vb__matcher_unit_key(m, units[l])) &&
                    vb_matcher_entry_kind(m, units[j]) == vb_matcher_entry_kind(m, units[l]) &&
                    windows[j] == windows[l]) {
                    snprintf(msg, sizeof msg, "the exclusion \"%s\" is repeated",
                             lex->entries[i].excl[j].op.text);
                    if (add(&fs, i, msg))
                        goto done;
                    break;
                }
    }
    if (fs.n > 1) /* findings in lexicon order */
        qsort(fs.f, fs.n, sizeof *fs.f, by_entry);
    for (size_t i = 0; i < fs.n; i++) {
        const vb_entry *x = &lex->entries[fs.f[i].entry];
        vb_error e;
        vb_error_clear(&e);
        e.code = VB_OK;
        snprintf(e.source, sizeof e.source, "%s", lex->name);
        e.line = x->line;
        e.column = x->column;
        memcpy(e.msg, fs.f[i].msg, sizeof e.msg);
        if (diag)
            diag(&e, payload);
    }
    rc = (long)fs.n;
done:
    free(refs);
    free(fs.f);
    return rc;
}
