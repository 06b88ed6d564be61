/* Importers (docs/lexicon.md, "Importing dictionaries"): LIWC .dic, WordStat .cat,
 * quanteda YAML and word<TAB>score lists become a lexicon whose native text parses back to
 * the same themes and entries. What the native grammar cannot say is skipped with a
 * warning at its file:line:column and counted, never dropped silently; what breaks the
 * source format itself is an error, all of them reported as the native parser does. */
#include "lexicon_int.h"
#include "verbatim/analyzer.h"

#include <stdarg.h>
#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#define MAX_DIAG 100      /* errors, and warnings, passed to diag */
#define MAX_DEPTH 32      /* as the native parser: themes nest at most 32 levels */
#define MAX_WILDCARD 256  /* as the native parser */
#define MAX_YAML_NODES 1000000 /* aliases may repeat subtrees: bound the walk */

typedef struct importer {
    vb_lexicon *lex;
    void (*diag)(const vb_error *, void *);
    void *payload;
    vb_error *err;
    size_t nerrors, nwarnings, yaml_visits;
    int nomem;
    vb_analyzer *an; /* the symbol check; made at the first entry that needs it */
} importer;

static void report(importer *im, int code, size_t line, size_t col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* code VB_ESYNTAX: an error; VB_OK: a warning about a skipped entry. */
static void report(importer *im, int code, size_t line, size_t col, const char *fmt, ...)
{
    vb_error e;
    char msg[sizeof e.msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vb__error_set(&e, code, im->lex->name, line, col, "%s", msg);
    size_t *n = code == VB_OK ? &im->nwarnings : &im->nerrors;
    if (code != VB_OK && *n == 0)
        *im->err = e;
    if (*n < MAX_DIAG && im->diag)
        im->diag(&e, im->payload);
    ++*n;
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t';
}

/* Lines ending in LF, CRLF or CR (old Mac files such as MFD 2.0). */
typedef struct lines {
    const char *s;
    size_t len, pos, no;
} lines;

static int next_line(lines *L, const char **p, size_t *n)
{
    if (L->pos >= L->len)
        return 0;
    size_t start = L->pos;
    while (L->pos < L->len && L->s[L->pos] != '\n' && L->s[L->pos] != '\r')
        L->pos++;
    *p = L->s + start;
    *n = L->pos - start;
    if (L->pos + 1 < L->len && L->s[L->pos] == '\r' && L->s[L->pos + 1] == '\n')
        L->pos++;
    L->pos++;
    L->no++;
    return 1;
}

/* Trim spaces and tabs; *col (1-based) follows the start. */
static void trim(const char **p, size_t *n, size_t *col)
{
    while (*n && is_ws(**p))
        (*p)++, (*n)--, (*col)++;
    while (*n && is_ws((*p)[*n - 1]))
        (*n)--;
}

/* A theme for the category `orig` under parent: the name lowercased, every other character
 * '_', a repeated path suffixed _2, _3...; the original kept as the label. -1: reported. */
static int import_theme(importer *im, int parent, const char *orig, size_t n, size_t line,
                        size_t col)
{
    vb_lexicon *lex = im->lex;
    if (parent >= 0 && lex->themes[parent].depth + 1 >= MAX_DEPTH) {
        report(im, VB_ESYNTAX, line, col, "categories nest at most %d levels deep", MAX_DEPTH);
        return -1;
    }
    vb_buf path = { 0 }, label = { 0 };
    int t = -1;
    if (parent >= 0) {
        const char *pp = lex->themes[parent].path;
        if (vb__buf_append(&path, pp, strlen(pp)) || vb__buf_putc(&path, '/'))
            goto nomem;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)orig[i];
        if ((c & 0xC0) == 0x80) /* one '_' per UTF-8 character */
            continue;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            c = '_';
        if (vb__buf_putc(&path, (char)c))
            goto nomem;
    }
    size_t base = path.len;
    uint32_t v;
    for (unsigned k = 2; vb__strmap_get(&lex->theme_index, path.ptr, path.len,
                                        vb__hash(path.ptr, path.len), &v); k++) {
        char suffix[16];
        path.len = base;
        snprintf(suffix, sizeof suffix, "_%u", k);
        if (vb__buf_append(&path, suffix, strlen(suffix)))
            goto nomem;
    }
    /* The label on one header line: controls become spaces, and a '#' after white space
     * (a comment in the native format) becomes '_'. */
    for (size_t i = 0; i < n; i++) {
        char c = (unsigned char)orig[i] < 0x20 ? ' ' : orig[i];
        if (c == '#' && label.len && is_ws(label.ptr[label.len - 1]))
            c = '_';
        if (vb__buf_putc(&label, c))
            goto nomem;
    }
    const char *lp = label.ptr ? label.ptr : "";
    size_t ll = label.len, lcol = 0;
    trim(&lp, &ll, &lcol);
    t = vb__lexicon_add_theme(lex, path.ptr, path.len, line);
    if (t < 0 || !(lex->themes[t].label = vb__arena_strndup(&lex->arena, lp, ll)))
        goto nomem;
    vb__buf_free(&path);
    vb__buf_free(&label);
    return t;
nomem:
    im->nomem = 1;
    vb__buf_free(&path);
    vb__buf_free(&label);
    return -1;
}

/* Why an entry that needs analysis cannot be written natively, or NULL. The analyzer
 * decides what a symbol is, as the matcher will. */
static const char *symbol_problem(importer *im, const char *text, size_t n, char *why,
                                  size_t size, int wildcard)
{
    if (!im->an) {
        vb_error e;
        if (vb_analyzer_new(&im->an, NULL, &e) != VB_OK) {
            im->nomem = 1;
            return NULL;
        }
    }
    const vb_tokens *toks;
    vb_error e;
    if (vb_analyzer_run(im->an, text, n, &toks, &e) != VB_OK) {
        im->nomem = 1;
        return NULL;
    }
    if (wildcard) {
        /* A wildcard is matched against one word: "co-operative*" never meets one. */
        if (toks->n > 1) {
            snprintf(why, size, "a wildcard matches one word, and '%.*s' is %zu tokens once "
                     "analyzed", (int)n, text, toks->n);
            return why;
        }
        return NULL;
    }
    for (size_t i = 0; i < toks->n; i++) {
        const vb_token *tk = &toks->tok[i];
        int content = tk->type == VB_TOKEN_WORD || tk->type == VB_TOKEN_NUMBER ||
                      tk->type == VB_TOKEN_HASHTAG;
        if (!content && !(tk->norm_len == 1 && strchr("-/'&.", tk->norm[0]))) {
            snprintf(why, size, "'%.*s' is a symbol, and entries match words and numbers only",
                     (int)(tk->end - tk->start), text + tk->start);
            return why;
        }
    }
    return NULL;
}

/* An entry the native entries cannot say — a wildcard that spans words ("South African*",
 * "re-examin*") or a symbol ("c++") — as the regex that means the same over a sentence's
 * normalized text: the words as written (regexes are caseless), one space between words,
 * '*' any word characters, everything else escaped, and a word boundary where a word starts
 * or ends. */
static int wildcard_regex(const char *t, size_t n, vb_buf *re)
{
    int word_char = n && ((unsigned char)t[0] >= 0x80 || isalnum((unsigned char)t[0]));
    if (word_char && vb__buf_append(re, "\\b", 2))
        return -1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        int rc;
        if (c == '*')
            rc = vb__buf_append(re, "\\w*", 3);
        else if (c >= 0x80 || c == ' ' || c == '_' || isalnum(c))
            rc = vb__buf_putc(re, (char)c);
        else /* PCRE2 takes any other ASCII character escaped as itself ('/' must be) */
            rc = vb__buf_putc(re, '\\') || vb__buf_putc(re, (char)c);
        if (rc)
            return -1;
    }
    unsigned char last = n ? (unsigned char)t[n - 1] : 0;
    if (last && last != '*' && (last >= 0x80 || isalnum(last)))
        return vb__buf_append(re, "\\b", 2);
    return 0;
}

/* Add an entry as the source wrote it: a word, a wildcard (one word with '*') or a phrase
 * (several words); a wildcard that spans words or an entry with a symbol becomes a regex; an
 * entry the native format cannot say otherwise is skipped with a warning. */
static void import_entry(importer *im, const char *raw, size_t n, int theme, size_t line,
                         size_t col)
{
    vb_buf b = { 0 };
    for (size_t i = 0; i < n; i++) { /* white space (and controls) collapse to one space */
        int space = (unsigned char)raw[i] < 0x20 || raw[i] == ' ';
        if (space && (b.len == 0 || b.ptr[b.len - 1] == ' '))
            continue;
        if (vb__buf_putc(&b, space ? ' ' : raw[i])) {
            im->nomem = 1;
            return;
        }
    }
    while (b.len && b.ptr[b.len - 1] == ' ')
        b.len--;
    const char *t = b.ptr ? b.ptr : "";
    int kind = memchr(t, ' ', b.len) ? VB_ENTRY_PHRASE : VB_ENTRY_WORD;
    int star = memchr(t, '*', b.len) != NULL;
    char why[200];
    const char *problem = NULL;
    if (!vb__has_alnum(t, b.len))
        problem = "it has no letters or digits";
    else if (memchr(t, '"', b.len))
        problem = "a double quote cannot be part of an entry";
    else if (t[0] == '=' || t[0] == '[' || t[0] == '#')
        problem = t[0] == '=' ? "a leading '=' would make it an exact entry"
                  : t[0] == '[' ? "a leading '[' would make it a theme header"
                                : "a leading '#' would make it a comment";
    else if (kind != VB_ENTRY_PHRASE && (t[0] == '/' || t[0] == '^' || t[0] == '@' ||
                                         (t[0] == '-' && t[1] == '/')))
        /* written bare (phrases are quoted), it would read as a rule of the native format */
        problem = t[0] == '/'   ? "a leading '/' would make it a regex"
                  : t[0] == '^' ? "a leading '^' would make it a weight"
                  : t[0] == '@' ? "a leading '@' would make it a directive"
                                : "a leading '-/' would make it an exclusion";
    else if (kind != VB_ENTRY_PHRASE &&
             ((b.len >= 4 && !memcmp(t, "NEAR", 4) && (b.len == 4 || t[4] == '/')) ||
              (b.len >= 6 && !memcmp(t, "BEFORE", 6) && (b.len == 6 || t[6] == '/'))))
        problem = "NEAR and BEFORE are proximity operators in the native format";
    else if (star && kind == VB_ENTRY_PHRASE)
        kind = VB_ENTRY_REGEX; /* "South African*" */
    else if (star && b.len > MAX_WILDCARD)
        problem = "a wildcard has at most 256 bytes";
    else if (star) {
        vb_buf bare = { 0 }; /* the word without its stars */
        for (size_t i = 0; i < b.len; i++)
            if (t[i] != '*' && vb__buf_putc(&bare, t[i]))
                im->nomem = 1;
        if (!im->nomem)
            problem = symbol_problem(im, bare.ptr ? bare.ptr : "", bare.len, why, sizeof why, 1);
        vb__buf_free(&bare);
        kind = VB_ENTRY_WILDCARD;
        if (problem == why) /* several tokens: "re-examin*" */
            kind = VB_ENTRY_REGEX, problem = NULL;
    } else if ((problem = symbol_problem(im, t, b.len, why, sizeof why, 0)) == why) {
        kind = VB_ENTRY_REGEX; /* "c++", "at&t's": the written form, as a regex */
        problem = NULL;
    }
    if (im->nomem) {
        vb__buf_free(&b);
        return;
    }
    vb_buf re = { 0 };
    if (!problem && kind == VB_ENTRY_REGEX) {
        if (wildcard_regex(t, b.len, &re)) {
            im->nomem = 1;
            vb__buf_free(&b);
            return;
        }
        t = re.ptr;
        b.len = re.len;
    }
    if (problem)
        report(im, VB_OK, line, col, "skipped '%.*s': %s", (int)(b.len > 60 ? 60 : b.len), t,
               problem);
    else if (vb__lexicon_add_entry(im->lex, t, b.len, kind, theme, line, col))
        im->nomem = 1;
    vb__buf_free(&re);
    vb__buf_free(&b);
}

/* ---- LIWC .dic ---- */

typedef struct liwc_cat {
    const char *id;
    size_t n;
    int theme;
} liwc_cat;

static void import_liwc(importer *im, const char *s, size_t len)
{
    lines L = { s, len, 0, 0 };
    liwc_cat *cats = NULL;
    size_t ncats = 0, cap = 0;
    int state = 0; /* 0: before the first '%', 1: categories, 2: entries */
    const char *p;
    size_t n;
    while (next_line(&L, &p, &n) && !im->nomem) {
        size_t col = 1;
        trim(&p, &n, &col);
        if (n == 0)
            continue;
        if (state == 0) {
            if (n != 1 || p[0] != '%') {
                report(im, VB_ESYNTAX, L.no, col,
                       "a LIWC dictionary starts with a '%%' line, then its categories");
                break;
            }
            state = 1;
            continue;
        }
        if (state == 1) {
            if (n == 1 && p[0] == '%') {
                state = 2;
                continue;
            }
            size_t idn = 0;
            while (idn < n && !is_ws(p[idn]))
                idn++;
            const char *name = p + idn;
            size_t nn = n - idn, ncol = col + idn;
            trim(&name, &nn, &ncol);
            if (nn == 0) {
                report(im, VB_ESYNTAX, L.no, col, "category '%.*s' has no name", (int)idn, p);
                continue;
            }
            int dup = 0;
            for (size_t i = 0; i < ncats; i++)
                dup |= cats[i].n == idn && !memcmp(cats[i].id, p, idn);
            if (dup) {
                report(im, VB_ESYNTAX, L.no, col, "category id '%.*s' is declared twice",
                       (int)idn, p);
                continue;
            }
            int t = import_theme(im, -1, name, nn, L.no, ncol);
            if (t < 0)
                continue;
            if (vb__grow((void **)&cats, &cap, ncats + 1, sizeof *cats)) {
                im->nomem = 1;
                break;
            }
            cats[ncats++] = (liwc_cat){ p, idn, t };
            continue;
        }
        /* "word<TAB>id id..." (a phrase before the tab may hold spaces); without a tab,
         * the first word is the entry */
        size_t tn = 0;
        const char *tab = memchr(p, '\t', n);
        if (tab)
            tn = (size_t)(tab - p);
        else
            while (tn < n && !is_ws(p[tn]))
                tn++;
        size_t entry_len = tn;
        while (entry_len && is_ws(p[entry_len - 1]))
            entry_len--;
        size_t i = tn, nids = 0;
        while (i < n) {
            while (i < n && is_ws(p[i]))
                i++;
            size_t st = i;
            while (i < n && !is_ws(p[i]))
                i++;
            if (i == st)
                break;
            int theme = -1;
            for (size_t c = 0; c < ncats && theme < 0; c++)
                if (cats[c].n == i - st && !memcmp(cats[c].id, p + st, i - st))
                    theme = cats[c].theme;
            nids++;
            if (theme < 0)
                report(im, VB_ESYNTAX, L.no, col + st,
                       "unknown category id '%.*s' (not declared between the '%%' lines)",
                       (int)(i - st), p + st);
            else
                import_entry(im, p, entry_len, theme, L.no, col);
        }
        if (nids == 0)
            report(im, VB_ESYNTAX, L.no, col + n, "'%.*s' has no category id",
                   (int)entry_len, p);
    }
    if (state == 0 && !im->nerrors)
        report(im, VB_ESYNTAX, L.no ? L.no : 1, 0, "no '%%' line: this is not a LIWC dictionary");
    else if (state == 1)
        report(im, VB_ESYNTAX, L.no, 0,
               "the categories are not closed by a '%%' line (no entries follow)");
    free(cats);
}

/* ---- WordStat .cat ---- */

/* The length of a term without its "(weight)", or n when the line has none (a category). */
static size_t strip_weight(const char *p, size_t n)
{
    if (n < 3 || p[n - 1] != ')')
        return n;
    size_t i = n - 1;
    while (i > 0 && p[i - 1] != '(')
        i--;
    if (i == 0 || i == n - 1)
        return n;
    char num[32];
    size_t nl = n - 1 - i;
    if (nl >= sizeof num)
        return n;
    memcpy(num, p + i, nl);
    num[nl] = '\0';
    char *end;
    strtod(num, &end);
    if (end == num || *end != '\0')
        return n;
    i--; /* the '(' */
    while (i && is_ws(p[i - 1]))
        i--;
    return i;
}

static void import_wordstat(importer *im, const char *s, size_t len)
{
    lines L = { s, len, 0, 0 };
    int stack[MAX_DEPTH]; /* the open category at each level */
    size_t depth = 0;
    const char *p;
    size_t n;
    while (next_line(&L, &p, &n) && !im->nomem) {
        /* levels are tabs; spaces before them are ignored (quanteda's issue-459.cat) */
        size_t i = 0, level = 0;
        while (i < n && p[i] == ' ')
            i++;
        while (i < n && p[i] == '\t')
            level++, i++;
        const char *t = p + i;
        size_t tn = n - i, col = i + 1;
        trim(&t, &tn, &col);
        if (tn == 0)
            continue;
        if (col != i + 1) {
            report(im, VB_ESYNTAX, L.no, i + 1,
                   "inconsistent indentation: a space after the tabs (levels are tabs)");
            continue;
        }
        size_t term = strip_weight(t, tn);
        if (term < tn) {
            if (level == 0)
                report(im, VB_ESYNTAX, L.no, col, "a term outside any category");
            else if (level > depth)
                report(im, VB_ESYNTAX, L.no, col,
                       "inconsistent indentation: a term at level %zu, but the category "
                       "above it is at level %zu", level, depth ? depth - 1 : 0);
            else {
                depth = level; /* a term closes the deeper categories */
                import_entry(im, t, term, stack[level - 1], L.no, col);
            }
            continue;
        }
        if (level > depth) {
            report(im, VB_ESYNTAX, L.no, col,
                   "inconsistent indentation: a category at level %zu under one at level %zu",
                   level, depth ? depth - 1 : 0);
            continue;
        }
        if (level >= MAX_DEPTH) {
            report(im, VB_ESYNTAX, L.no, col, "categories nest at most %d levels deep",
                   MAX_DEPTH);
            continue;
        }
        int th = import_theme(im, level ? stack[level - 1] : -1, t, tn, L.no, col);
        if (th < 0)
            continue;
        stack[level] = th;
        depth = level + 1;
    }
}

/* ---- quanteda YAML ---- */

static void yaml_value(importer *im, yaml_document_t *doc, yaml_node_t *node, int theme,
                       int level);

static void yaml_entry(importer *im, yaml_node_t *node, int theme)
{
    const char *v = (const char *)node->data.scalar.value;
    size_t n = node->data.scalar.length;
    if (node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
        (n == 0 || (n == 1 && v[0] == '~')))
        return; /* "key:" with no value: an empty category */
    import_entry(im, v, n, theme, node->start_mark.line + 1, node->start_mark.column + 1);
}

static void yaml_map(importer *im, yaml_document_t *doc, yaml_node_t *map, int parent,
                     int level)
{
    for (yaml_node_pair_t *pr = map->data.mapping.pairs.start;
         pr < map->data.mapping.pairs.top && !im->nomem; pr++) {
        yaml_node_t *key = yaml_document_get_node(doc, pr->key);
        yaml_node_t *val = yaml_document_get_node(doc, pr->value);
        size_t line = key->start_mark.line + 1, col = key->start_mark.column + 1;
        if (key->type != YAML_SCALAR_NODE) {
            report(im, VB_ESYNTAX, line, col, "a category name must be a plain value");
            continue;
        }
        int t = parent;
        /* '' (quanteda's newsmap2.yml): the values belong to the enclosing category */
        if (key->data.scalar.length == 0 && parent < 0) {
            report(im, VB_ESYNTAX, line, col, "an empty category name at the top level");
            continue;
        }
        if (key->data.scalar.length)
            t = import_theme(im, parent, (const char *)key->data.scalar.value,
                             key->data.scalar.length, line, col);
        if (t >= 0)
            yaml_value(im, doc, val, t, level + 1);
    }
}

static void yaml_value(importer *im, yaml_document_t *doc, yaml_node_t *node, int theme,
                       int level)
{
    size_t line = node->start_mark.line + 1, col = node->start_mark.column + 1;
    if (++im->yaml_visits > MAX_YAML_NODES || level > 2 * MAX_DEPTH) {
        if (im->yaml_visits == MAX_YAML_NODES + 1 || level == 2 * MAX_DEPTH + 1)
            report(im, VB_ESYNTAX, line, col,
                   "the dictionary is too large or too deep (aliases that repeat themselves?)");
        return;
    }
    if (node->type == YAML_MAPPING_NODE) {
        yaml_map(im, doc, node, theme, level);
    } else if (node->type == YAML_SEQUENCE_NODE) {
        for (yaml_node_item_t *it = node->data.sequence.items.start;
             it < node->data.sequence.items.top && !im->nomem; it++) {
            yaml_node_t *item = yaml_document_get_node(doc, *it);
            if (item->type == YAML_SCALAR_NODE)
                yaml_entry(im, item, theme);
            else
                report(im, VB_ESYNTAX, item->start_mark.line + 1, item->start_mark.column + 1,
                       "a list of values holds words and phrases, not lists or maps");
        }
    } else {
        yaml_entry(im, node, theme);
    }
}

static void import_yaml(importer *im, const char *s, size_t len)
{
    yaml_parser_t parser;
    yaml_document_t doc;
    if (!yaml_parser_initialize(&parser)) {
        im->nomem = 1;
        return;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)s, len);
    if (!yaml_parser_load(&parser, &doc)) {
        if (parser.error == YAML_MEMORY_ERROR)
            im->nomem = 1;
        else
            report(im, VB_ESYNTAX, parser.problem_mark.line + 1, parser.problem_mark.column + 1,
                   "YAML: %s%s%s", parser.problem ? parser.problem : "syntax error",
                   parser.context ? " " : "", parser.context ? parser.context : "");
        yaml_parser_delete(&parser);
        return;
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (!root)
        report(im, VB_ESYNTAX, 1, 0, "the YAML file holds no document");
    else if (root->type != YAML_MAPPING_NODE)
        report(im, VB_ESYNTAX, root->start_mark.line + 1, root->start_mark.column + 1,
               "a YAML dictionary is a map of categories (name: [values])");
    else
        yaml_map(im, &doc, root, -1, 0);
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
}

/* ---- word<TAB>score lists ---- */

static void import_scores(importer *im, const char *s, size_t len)
{
    /* one theme named after the file, without its folders and extension */
    const char *base = strrchr(im->lex->name, '/');
    base = base ? base + 1 : im->lex->name;
    const char *dot = strrchr(base, '.');
    size_t bn = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    int theme = import_theme(im, -1, base, bn, 1, 0);
    if (theme < 0)
        return;
    lines L = { s, len, 0, 0 };
    const char *p;
    size_t n;
    while (next_line(&L, &p, &n) && !im->nomem) {
        size_t col = 1;
        trim(&p, &n, &col);
        if (n == 0)
            continue;
        /* the score is after the last tab (or, without tabs, the last space) */
        size_t sep = n;
        while (sep > 0 && p[sep - 1] != '\t')
            sep--;
        if (sep == 0)
            for (sep = n; sep > 0 && p[sep - 1] != ' ';)
                sep--;
        char num[64];
        size_t nl = n - sep;
        char *end = num;
        if (sep > 0 && nl && nl < sizeof num) {
            memcpy(num, p + sep, nl);
            num[nl] = '\0';
            strtod(num, &end);
        }
        if (sep == 0 || end == num || *end != '\0') {
            report(im, VB_ESYNTAX, L.no, col + sep,
                   "expected 'word<TAB>score' (a number after the last tab)");
            continue;
        }
        import_entry(im, p, sep - 1, theme, L.no, col);
    }
}

/* ---- the entry points ---- */

int vb_lexicon_format_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash : path, '.');
    if (!dot)
        return VB_LEXFMT_NATIVE;
    static const struct { const char *ext; int format; } map[] = {
        { ".dic", VB_LEXFMT_LIWC },  { ".cat", VB_LEXFMT_WORDSTAT }, { ".yml", VB_LEXFMT_YAML },
        { ".yaml", VB_LEXFMT_YAML }, { ".txt", VB_LEXFMT_SCORES },   { ".tsv", VB_LEXFMT_SCORES },
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcasecmp(dot, map[i].ext))
            return map[i].format;
    return VB_LEXFMT_NATIVE;
}

static const char *const format_names[] = { "auto", "native", "liwc", "wordstat", "yaml",
                                            "scores" };

int vb_lexicon_format_from_name(const char *name)
{
    for (size_t i = 0; i < sizeof format_names / sizeof *format_names; i++)
        if (!strcmp(name, format_names[i]))
            return (int)i;
    return -1;
}

const char *vb_lexicon_format_name(int format)
{
    if (format < 0 || (size_t)format >= sizeof format_names / sizeof *format_names)
        return "?";
    return format_names[format];
}

/* Entries grouped by theme, in their order within it (a LIWC word with three categories
 * lands in three themes): the order the native text lists them in. */
static int group_by_theme(vb_lexicon *lex)
{
    size_t *start = calloc(lex->nthemes + 1, sizeof *start);
    vb_entry *sorted = malloc((lex->nentries ? lex->nentries : 1) * sizeof *sorted);
    if (!start || !sorted) {
        free(start);
        free(sorted);
        return VB_ENOMEM;
    }
    for (size_t i = 0; i < lex->nentries; i++)
        start[lex->entries[i].theme + 1]++;
    for (size_t t = 0; t < lex->nthemes; t++)
        start[t + 1] += start[t];
    for (size_t i = 0; i < lex->nentries; i++)
        sorted[start[lex->entries[i].theme]++] = lex->entries[i];
    free(start);
    free(lex->entries);
    lex->entries = sorted;
    lex->entries_cap = lex->nentries ? lex->nentries : 1;
    return VB_OK;
}

int vb_lexicon_import_mem(vb_lexicon **out, const char *src, size_t len, const char *name,
                          int format, void (*diag)(const vb_error *e, void *payload),
                          void *payload, vb_error *err)
{
    vb_error local_err;
    if (!err)
        err = &local_err;
    *out = NULL;
    if (!name)
        name = "<lexicon>";
    if (format == VB_LEXFMT_AUTO)
        format = vb_lexicon_format_of(name);
    if (format == VB_LEXFMT_NATIVE)
        return vb_lexicon_parse(out, src, len, name, diag, payload, err);
    if (format < VB_LEXFMT_LIWC || format > VB_LEXFMT_SCORES)
        return vb__error_set(err, VB_EINVAL, name, 0, 0, "unknown dictionary format %d", format);
    vb_lexicon *lex = vb__lexicon_new(name);
    if (!lex)
        return vb__error_set(err, VB_ENOMEM, name, 0, 0, "out of memory");
    importer im = { .lex = lex, .diag = diag, .payload = payload, .err = err };
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        src += 3, len -= 3;
    /* every format is UTF-8 text: check it once, with line numbers */
    lines L = { src, len, 0, 0 };
    const char *p;
    size_t n, bad, blank = 1;
    while (next_line(&L, &p, &n)) {
        if (memchr(p, '\0', n))
            report(&im, VB_ESYNTAX, L.no, 0, "NUL byte in the dictionary");
        else if (vb_utf8_invalid(p, n, &bad))
            report(&im, VB_ESYNTAX, L.no, bad + 1, "invalid UTF-8 (a dictionary is UTF-8 text)");
        for (size_t i = 0; i < n && blank; i++)
            blank = is_ws(p[i]);
    }
    if (blank)
        report(&im, VB_ESYNTAX, 1, 0, "the file is empty");
    if (!im.nerrors) {
        if (format == VB_LEXFMT_LIWC)
            import_liwc(&im, src, len);
        else if (format == VB_LEXFMT_WORDSTAT)
            import_wordstat(&im, src, len);
        else if (format == VB_LEXFMT_YAML)
            import_yaml(&im, src, len);
        else
            import_scores(&im, src, len);
    }
    vb_analyzer_free(im.an);
    if (!im.nomem && !im.nerrors && lex->nentries == 0)
        report(&im, VB_ESYNTAX, 0, 0, "no entries to import%s",
               im.nwarnings ? " (all were skipped)" : "");
    vb_buf text = { 0 };
    if (!im.nomem && !im.nerrors &&
        (group_by_theme(lex) || vb__lexicon_render(lex, &text) ||
         !(lex->source = vb__arena_strndup(&lex->arena, text.ptr, text.len))))
        im.nomem = 1;
    vb__buf_free(&text);
    if (im.nomem) {
        vb_lexicon_free(lex);
        return vb__error_set(err, VB_ENOMEM, name, 0, 0, "out of memory");
    }
    if (im.nerrors) {
        if (im.nerrors > 1) {
            size_t l = strlen(err->msg);
            snprintf(err->msg + l, sizeof err->msg - l, " (and %zu more error%s)",
                     im.nerrors - 1, im.nerrors == 2 ? "" : "s");
        }
        vb_lexicon_free(lex);
        return VB_ESYNTAX;
    }
    lex->source_len = strlen(lex->source);
    lex->skipped = im.nwarnings;
    *out = lex;
    return VB_OK;
}

int vb_lexicon_import(vb_lexicon **out, const char *path, int format,
                      void (*diag)(const vb_error *e, void *payload), void *payload,
                      vb_error *err)
{
    vb_error local_err;
    if (!err)
        err = &local_err;
    *out = NULL;
    char *data;
    size_t len;
    int rc = vb__read_file(path, &data, &len, err);
    if (rc != VB_OK)
        return rc;
    rc = vb_lexicon_import_mem(out, data, len, path, format, diag, payload, err);
    free(data);
    return rc;
}

size_t vb_lexicon_skipped(const vb_lexicon *lex)
{
    return lex->skipped;
}
