/* The native lexicon format (docs/lexicon.md): theme headers and one entry per line.
 * Parsing checks syntax only; entries are analyzed when the matcher is compiled, with the
 * language of the text they will meet. Every error of a file is reported, each with its
 * file:line:column, so an analyst fixes a typo-ridden lexicon in one pass. */
#include "lexicon_int.h"
#include "verbatim/analyzer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_ERRORS 100
#define MAX_DEPTH 32      /* theme nesting: deeper trees are typos, and reports indent by it */
#define MAX_WILDCARD 256  /* wildcard length: matching costs pattern x word length */
#define MAX_DISTANCE 1000 /* NEAR/N, BEFORE/N: within a sentence, more means "anywhere" */
#define MAX_WINDOW 1000   /* -/N "...": the same */
#define MAX_WEIGHT 1e6
#define WEIGHT_DECIMALS 6 /* so a weight is written back exactly as it reads */

typedef struct parser {
    vb_lexicon *lex;
    void (*diag)(const vb_error *, void *);
    void *payload;
    vb_error *err;
    size_t nerrors;
    int nomem;
} parser;

static void syntax(parser *p, size_t line, size_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void syntax(parser *p, size_t line, size_t col, const char *fmt, ...)
{
    vb_error e;
    char msg[sizeof e.msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vb__error_set(&e, VB_ESYNTAX, p->lex->name, line, col, "%s", msg);
    if (p->nerrors == 0 && p->err)
        *p->err = e;
    if (p->nerrors < MAX_ERRORS && p->diag)
        p->diag(&e, p->payload);
    p->nerrors++;
}

static int find_theme(const vb_lexicon *lex, const char *path, size_t n)
{
    uint32_t v;
    if (vb__strmap_get(&lex->theme_index, path, n, vb__hash(path, n), &v))
        return (int)v;
    return -1;
}

int vb__lexicon_add_theme(vb_lexicon *lex, const char *path, size_t n, size_t line)
{
    int t = find_theme(lex, path, n);
    if (t >= 0)
        return t;
    int parent = -1, depth = 0;
    for (size_t i = n; i-- > 0;)
        if (path[i] == '/') {
            parent = vb__lexicon_add_theme(lex, path, i, 0);
            if (parent < 0)
                return -1;
            depth = lex->themes[parent].depth + 1;
            break;
        }
    if (vb__grow((void **)&lex->themes, &lex->themes_cap, lex->nthemes + 1, sizeof *lex->themes))
        return -1;
    vb_theme *th = &lex->themes[lex->nthemes];
    th->path = vb__arena_strndup(&lex->arena, path, n);
    th->label = "";
    th->parent = parent;
    th->depth = depth;
    th->line = line;
    th->overlap = VB_OVERLAP_ALL;
    th->overlap_line = 0;
    if (!th->path ||
        vb__strmap_put(&lex->theme_index, th->path, n, vb__hash(path, n), (uint32_t)lex->nthemes))
        return -1;
    return (int)lex->nthemes++;
}

int vb__lexicon_add_entry(vb_lexicon *lex, const char *text, size_t n, int kind, int theme,
                          size_t line, size_t column)
{
    if (vb__grow((void **)&lex->entries, &lex->entries_cap, lex->nentries + 1,
                 sizeof *lex->entries))
        return VB_ENOMEM;
    vb_entry *e = &lex->entries[lex->nentries];
    memset(e, 0, sizeof *e);
    e->text = vb__arena_strndup(&lex->arena, text, n);
    if (!e->text)
        return VB_ENOMEM;
    e->kind = kind;
    e->theme = theme;
    e->line = line;
    e->column = column;
    e->weight = 1;
    lex->nentries++;
    return VB_OK;
}

vb_lexicon *vb__lexicon_new(const char *name)
{
    vb_lexicon *lex = calloc(1, sizeof *lex);
    if (lex)
        snprintf(lex->name, sizeof lex->name, "%s", name ? name : "<lexicon>");
    return lex;
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t';
}

static void parse_header(parser *p, const char *s, size_t n, size_t line, size_t col0,
                         int *current)
{
    /* s[0] == '[' */
    size_t close = 1;
    while (close < n && s[close] != ']')
        close++;
    if (close == n) {
        syntax(p, line, col0, "unterminated theme header: missing ']'");
        return;
    }
    const char *path = s + 1;
    size_t plen = close - 1;
    if (plen == 0) {
        syntax(p, line, col0 + 1, "empty theme name");
        return;
    }
    int ok = 1;
    for (size_t i = 0; i < plen; i++) {
        unsigned char c = (unsigned char)path[i];
        if (c == '/') {
            if (i == 0 || i + 1 == plen || path[i + 1] == '/') {
                syntax(p, line, col0 + 1 + i, "empty theme name in a path");
                ok = 0;
                break;
            }
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
            if (c >= 'A' && c <= 'Z')
                syntax(p, line, col0 + 1 + i,
                       "theme names are lowercase: '%c' (use a-z, 0-9, _ and -)", c);
            else if (c >= 0x20 && c < 0x7F)
                syntax(p, line, col0 + 1 + i,
                       "invalid character '%c' in a theme name (use a-z, 0-9, _ and -)", c);
            else
                syntax(p, line, col0 + 1 + i,
                       "invalid character in a theme name (use a-z, 0-9, _ and -)");
            ok = 0;
            break;
        }
    }
    if (!ok)
        return;
    size_t levels = 1;
    for (size_t i = 0; i < plen; i++)
        levels += path[i] == '/';
    if (levels > MAX_DEPTH) {
        syntax(p, line, col0 + 1, "themes nest at most %d levels deep; this path has %zu",
               MAX_DEPTH, levels);
        return;
    }
    int t = vb__lexicon_add_theme(p->lex, path, plen, line);
    if (t < 0) {
        p->nomem = 1;
        return;
    }
    vb_theme *th = &p->lex->themes[t];
    if (th->line == 0)
        th->line = line;
    const char *label = s + close + 1;
    size_t llen = n - close - 1;
    while (llen && is_ws(*label))
        label++, llen--;
    if (llen && !th->label[0]) {
        th->label = vb__arena_strndup(&p->lex->arena, label, llen);
        if (!th->label)
            p->nomem = 1;
    } else if (llen && (strlen(th->label) != llen || memcmp(th->label, label, llen) != 0)) {
        /* two labels for one theme: one would be lost without a word */
        syntax(p, line, col0 + (size_t)(label - s),
               "[%.*s] is already labelled '%s': a theme has one label (reopen it with its "
               "header alone)", (int)plen, path, th->label);
    }
    *current = t;
}

/* Check the words of an unquoted entry or operand, as written: '=' makes it exact, '*' a
 * wildcard, white space a phrase. 0 and *kind, or -1 after reporting the error. */
static int check_words(parser *p, const char *s, size_t n, size_t line, size_t col0,
                       const char **text, size_t *tlen, size_t *tcol, int *kind)
{
    *kind = VB_ENTRY_WORD;
    *text = s;
    *tlen = n;
    *tcol = col0;
    if (s[0] == '=') {
        *kind = VB_ENTRY_EXACT;
        *text = s + 1;
        *tlen = n - 1;
        *tcol = col0 + 1;
        if (*tlen == 0 || is_ws(**text)) {
            syntax(p, line, col0, "'=' must be followed by a word (no space)");
            return -1;
        }
    }
    for (size_t i = 0; i < *tlen; i++) {
        char c = (*text)[i];
        if (c == '*' && *kind != VB_ENTRY_WORD && *kind != VB_ENTRY_WILDCARD) {
            syntax(p, line, *tcol + i, "%s",
                   *kind == VB_ENTRY_EXACT ? "'=' and '*' cannot be combined"
                                           : "a wildcard cannot be part of a phrase");
            return -1;
        }
        if (c == '*')
            *kind = VB_ENTRY_WILDCARD;
        if (c == '*' && *tlen > MAX_WILDCARD) {
            syntax(p, line, *tcol, "a wildcard entry has at most %d bytes", MAX_WILDCARD);
            return -1;
        }
        if (c == '"') {
            syntax(p, line, *tcol + i, "stray quote: quote the whole phrase");
            return -1;
        }
    }
    for (size_t i = 0; i < *tlen; i++)
        if (is_ws((*text)[i])) {
            if (*kind == VB_ENTRY_EXACT) {
                syntax(p, line, *tcol + i, "an exact entry is one word");
                return -1;
            }
            if (*kind == VB_ENTRY_WILDCARD) {
                syntax(p, line, *tcol + i, "a wildcard cannot be part of a phrase");
                return -1;
            }
            *kind = VB_ENTRY_PHRASE;
        }
    if (!vb__has_alnum(*text, *tlen)) {
        syntax(p, line, *tcol, "the entry has no letters or digits");
        return -1;
    }
    return 0;
}

/* A quoted phrase s[0..n) (quotes included, closed). */
static int check_quoted(parser *p, const char *s, size_t n, size_t line, size_t col0,
                        const char **text, size_t *tlen, size_t *tcol)
{
    *text = s + 1;
    *tlen = n - 2;
    *tcol = col0 + 1;
    while (*tlen && is_ws(**text))
        ++*text, --*tlen, ++*tcol;
    while (*tlen && is_ws((*text)[*tlen - 1]))
        --*tlen;
    if (*tlen == 0) {
        syntax(p, line, col0, "empty phrase");
        return -1;
    }
    for (size_t i = 0; i < *tlen; i++)
        if ((*text)[i] == '*') {
            syntax(p, line, *tcol + i, "a wildcard cannot be part of a phrase");
            return -1;
        }
    if (!vb__has_alnum(*text, *tlen)) {
        syntax(p, line, *tcol, "the entry has no letters or digits");
        return -1;
    }
    return 0;
}

/* The end of the quoted text that starts at s[i] == '"', past the closing quote; 0: none. */
static size_t quote_end(const char *s, size_t n, size_t i)
{
    for (size_t j = i + 1; j < n; j++)
        if (s[j] == '"')
            return j + 1;
    return 0;
}

/* Decimal digits s[0..n) as a number up to max: its value, or -1 (not all digits, too big). */
static long small_number(const char *s, size_t n, long max)
{
    long v = 0;
    if (n == 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
        if (v > max)
            return -1;
    }
    return v;
}

/* "^W": digits with at most WEIGHT_DECIMALS decimals, 0 to MAX_WEIGHT. */
static int parse_weight(parser *p, const char *s, size_t n, size_t line, size_t col,
                        double *out)
{
    size_t i = 0, digits = 0, decimals = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++, digits++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++, decimals++;
    }
    if (i != n || digits + decimals == 0) {
        if (n && s[0] == '-')
            syntax(p, line, col, "a weight cannot be negative");
        else if (n >= 3 && (!strncasecmp(s, "inf", 3) || !strncasecmp(s, "nan", 3)))
            syntax(p, line, col, "a weight must be a finite number");
        else
            syntax(p, line, col, "a weight is a decimal number after '^' (^2.5)");
        return -1;
    }
    if (decimals > WEIGHT_DECIMALS) {
        syntax(p, line, col, "a weight has at most %d decimals", WEIGHT_DECIMALS);
        return -1;
    }
    char buf[64];
    if (n >= sizeof buf) {
        syntax(p, line, col, "a weight is at most %g", MAX_WEIGHT);
        return -1;
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
    *out = strtod(buf, NULL);
    if (*out > MAX_WEIGHT) {
        syntax(p, line, col, "a weight is at most %g", MAX_WEIGHT);
        return -1;
    }
    return 0;
}

/* Validate a pattern as the matcher will compile it, so a typo is reported with the
 * lexicon's other errors, at the column PCRE2 points at. */
static int check_regex(parser *p, const char *pat, size_t n, size_t line, size_t col)
{
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, n, VB__REGEX_OPTIONS, &code, &off, NULL);
    if (re) {
        pcre2_code_free(re);
        return 0;
    }
    if (code == PCRE2_ERROR_NOMEMORY) {
        p->nomem = 1;
        return -1;
    }
    PCRE2_UCHAR msg[160];
    if (pcre2_get_error_message(code, msg, sizeof msg) < 0)
        snprintf((char *)msg, sizeof msg, "error %d", code);
    syntax(p, line, col + off, "invalid regular expression: %s", (const char *)msg);
    return -1;
}

typedef struct piece {
    size_t start, end; /* offsets in the entry */
} piece;

#define MAX_PIECES 128 /* words of an unquoted entry: phrases have at most 64 */
#define MAX_EXCLUSIONS 32

/* "NEAR/N" or "BEFORE/N": the kind, and the distance in *dist (-1: a bad number). */
static int operator_kind(const char *s, size_t n, long *dist)
{
    size_t k = 0;
    int kind = -1;
    if (n > 5 && !memcmp(s, "NEAR/", 5))
        kind = VB_ENTRY_NEAR, k = 5;
    else if (n > 7 && !memcmp(s, "BEFORE/", 7))
        kind = VB_ENTRY_BEFORE, k = 7;
    else if ((n == 4 && !memcmp(s, "NEAR", 4)) || (n == 6 && !memcmp(s, "BEFORE", 6)) ||
             (n == 5 && !memcmp(s, "NEAR/", 5)) || (n == 7 && !memcmp(s, "BEFORE/", 7))) {
        *dist = -1;
        return s[0] == 'N' ? VB_ENTRY_NEAR : VB_ENTRY_BEFORE;
    }
    if (kind >= 0)
        *dist = small_number(s + k, n - k, MAX_DISTANCE);
    return kind;
}

/* One side of NEAR/BEFORE: a word, =word, wildcard or quoted phrase. */
static int parse_operand(parser *p, const char *s, size_t n, size_t line, size_t col0,
                         vb_operand *op)
{
    const char *text;
    size_t tlen, tcol;
    if (s[0] == '"') {
        if (n < 2 || s[n - 1] != '"') {
            syntax(p, line, col0, "unterminated quote");
            return -1;
        }
        if (check_quoted(p, s, n, line, col0, &text, &tlen, &tcol))
            return -1;
        op->kind = VB_ENTRY_PHRASE;
    } else if (check_words(p, s, n, line, col0, &text, &tlen, &tcol, &op->kind)) {
        return -1;
    }
    op->text = vb__arena_strndup(&p->lex->arena, text, tlen);
    op->column = tcol;
    if (!op->text)
        p->nomem = 1;
    return op->text ? 0 : -1;
}

/* An entry line: the entry (words, =word, wildcard, "phrase", /regex/ or A NEAR/N B), then
 * its rules: exclusions -"..." and -/N "...", and one weight ^W. */
static void parse_entry(parser *p, const char *s, size_t n, size_t line, size_t col0,
                        int current)
{
    vb_entry e = { 0 };
    vb_operand side[2] = { { 0 }, { 0 } };
    e.weight = 1;
    const char *text = s;
    size_t tlen = 0, tcol = col0, rules_at;
    vb_exclusion excl[MAX_EXCLUSIONS];
    size_t nexcl = 0;
    int has_weight = 0;
    vb_buf near = { 0 };
    if (s[0] == '/') {
        size_t i = 1;
        while (i < n && s[i] != '/')
            i += s[i] == '\\' && i + 1 < n ? 2 : 1;
        if (i >= n) {
            syntax(p, line, col0, "unterminated regular expression: missing the closing '/'");
            return;
        }
        if (i == 1) {
            syntax(p, line, col0, "empty regular expression");
            return;
        }
        if (i + 1 < n && !is_ws(s[i + 1])) {
            syntax(p, line, col0 + i + 1, "unexpected text after the closing '/'");
            return;
        }
        if (check_regex(p, s + 1, i - 1, line, col0 + 1))
            return;
        e.kind = VB_ENTRY_REGEX;
        text = s + 1;
        tlen = i - 1;
        tcol = col0 + 1;
        rules_at = i + 1;
    } else {
        /* the entry's pieces, up to the first rule */
        piece pc[MAX_PIECES];
        size_t np = 0, i = 0;
        long dist = 0;
        int op = -1;
        size_t op_at = 0;
        while (i < n) {
            while (i < n && is_ws(s[i]))
                i++;
            if (i == n || (s[i] == '-' && i + 1 < n && (s[i + 1] == '"' || s[i + 1] == '/')) ||
                s[i] == '^')
                break;
            if (np == MAX_PIECES) {
                syntax(p, line, col0 + i, "an entry has at most %d words", MAX_PIECES);
                return;
            }
            size_t st = i;
            if (s[i] == '"' && (np == 0 || op >= 0)) {
                i = quote_end(s, n, i);
                if (!i) {
                    syntax(p, line, col0 + st, "unterminated quote");
                    return;
                }
                if (i < n && !is_ws(s[i])) {
                    syntax(p, line, col0 + i, "unexpected text after the closing quote");
                    return;
                }
            } else {
                while (i < n && !is_ws(s[i]))
                    i++;
                int k = operator_kind(s + st, i - st, &dist);
                if (k >= 0) {
                    if (op >= 0 || np != 1) {
                        syntax(p, line, col0 + st,
                               "%.*s joins two operands: a word, =word, wildcard or "
                               "\"quoted phrase\" on each side",
                               (int)(i - st), s + st);
                        return;
                    }
                    if (dist < 1) {
                        syntax(p, line, col0 + st,
                               "%s needs a distance of 1 to %d words (%s/5)",
                               k == VB_ENTRY_NEAR ? "NEAR" : "BEFORE", MAX_DISTANCE,
                               k == VB_ENTRY_NEAR ? "NEAR" : "BEFORE");
                        return;
                    }
                    op = k;
                    op_at = np;
                }
            }
            pc[np++] = (piece){ st, i };
        }
        rules_at = i;
        if (np == 0) {
            syntax(p, line, col0, "a rule needs an entry before it");
            return;
        }
        if (op >= 0) {
            if (np != 3 || op_at != 1) {
                size_t at = np < 3 ? pc[np - 1].start : pc[3].start;
                syntax(p, line, col0 + at,
                       "%s joins two operands: a word, =word, wildcard or \"quoted phrase\" "
                       "on each side",
                       op == VB_ENTRY_NEAR ? "NEAR" : "BEFORE");
                return;
            }
            if (parse_operand(p, s + pc[0].start, pc[0].end - pc[0].start, line,
                              col0 + pc[0].start, &side[0]) ||
                parse_operand(p, s + pc[2].start, pc[2].end - pc[2].start, line,
                              col0 + pc[2].start, &side[1]))
                return;
            e.side = side;
            e.kind = op;
            e.distance = (unsigned)dist;
            tcol = col0;
        } else if (s[0] == '"') {
            if (np > 1) {
                syntax(p, line, col0 + pc[1].start, "unexpected text after the closing quote");
                return;
            }
            if (check_quoted(p, s, pc[0].end, line, col0, &text, &tlen, &tcol))
                return;
            e.kind = VB_ENTRY_PHRASE;
        } else if (check_words(p, s, pc[np - 1].end, line, col0, &text, &tlen, &tcol,
                               &e.kind)) {
            return;
        }
    }
    /* the rules */
    size_t i = rules_at;
    while (i < n) {
        while (i < n && is_ws(s[i]))
            i++;
        if (i == n)
            break;
        size_t st = i;
        if (s[i] == '^') {
            while (i < n && !is_ws(s[i]))
                i++;
            if (has_weight) {
                syntax(p, line, col0 + st, "an entry has one weight");
                return;
            }
            if (parse_weight(p, s + st + 1, i - st - 1, line, col0 + st + 1, &e.weight))
                return;
            has_weight = 1;
        } else if (s[i] == '-' && i + 1 < n && (s[i + 1] == '"' || s[i + 1] == '/')) {
            int window = -1;
            i++;
            if (s[i] == '/') {
                size_t d = ++i;
                while (i < n && s[i] >= '0' && s[i] <= '9')
                    i++;
                long w = small_number(s + d, i - d, MAX_WINDOW);
                if (w < 0) {
                    syntax(p, line, col0 + st,
                           "'-/' needs a number of words from 0 to %d: -/3 \"on purpose\"",
                           MAX_WINDOW);
                    return;
                }
                window = (int)w;
                while (i < n && is_ws(s[i]))
                    i++;
            }
            if (i == n || s[i] != '"') {
                syntax(p, line, col0 + (i < n ? i : st),
                       "an exclusion is a quoted word or phrase: -\"on purpose\"");
                return;
            }
            size_t q = i;
            i = quote_end(s, n, q);
            if (!i) {
                syntax(p, line, col0 + q, "unterminated quote");
                return;
            }
            if (i < n && !is_ws(s[i])) {
                syntax(p, line, col0 + i, "unexpected text after the closing quote");
                return;
            }
            if (nexcl == MAX_EXCLUSIONS) {
                syntax(p, line, col0 + st, "an entry has at most %d exclusions", MAX_EXCLUSIONS);
                return;
            }
            const char *in = s + q + 1;
            size_t inl = i - q - 2, incol = col0 + q + 1;
            while (inl && is_ws(*in))
                in++, inl--, incol++;
            while (inl && is_ws(in[inl - 1]))
                inl--;
            if (inl == 0) {
                syntax(p, line, col0 + q, "empty phrase");
                return;
            }
            vb_exclusion *x = &excl[nexcl];
            const char *xt;
            size_t xl;
            if (check_words(p, in, inl, line, incol, &xt, &xl, &x->op.column, &x->op.kind))
                return;
            x->op.text = vb__arena_strndup(&p->lex->arena, xt, xl);
            if (!x->op.text) {
                p->nomem = 1;
                return;
            }
            x->window = window;
            nexcl++;
        } else {
            while (i < n && !is_ws(s[i]))
                i++;
            syntax(p, line, col0 + st,
                   "unexpected '%.*s' among the rules: the entry comes first, then "
                   "-\"...\" exclusions and a ^weight",
                   (int)(i - st), s + st);
            return;
        }
    }
    if (current < 0) {
        syntax(p, line, col0, "entry before the first theme header: start a theme with [name]");
        return;
    }
    if (e.kind == VB_ENTRY_NEAR || e.kind == VB_ENTRY_BEFORE) {
        /* the text is the native form: "a NEAR/5 b", operands written as they parse */
        vb_entry tmp = e;
        tmp.nexcl = 0;
        tmp.weight = 1;
        tmp.text = "";
        if (vb__entry_render(&tmp, &near)) {
            p->nomem = 1;
            vb__buf_free(&near);
            return;
        }
        text = near.ptr;
        tlen = near.len;
    }
    if (vb__lexicon_add_entry(p->lex, text, tlen, e.kind, current, line, tcol)) {
        p->nomem = 1;
        vb__buf_free(&near);
        return;
    }
    vb__buf_free(&near);
    vb_entry *d = &p->lex->entries[p->lex->nentries - 1];
    d->weight = e.weight;
    d->distance = e.distance;
    if (e.side) {
        d->side = vb__arena_alloc(&p->lex->arena, 2 * sizeof *d->side);
        if (!d->side) {
            p->nomem = 1;
            return;
        }
        d->side[0] = side[0];
        d->side[1] = side[1];
    }
    if (nexcl) {
        d->excl = vb__arena_alloc(&p->lex->arena, nexcl * sizeof *d->excl);
        if (!d->excl) {
            p->nomem = 1;
            return;
        }
        memcpy(d->excl, excl, nexcl * sizeof *excl);
        d->nexcl = (uint32_t)nexcl;
    }
}

/* "@overlap POLICY" under a theme header. */
static void parse_directive(parser *p, const char *s, size_t n, size_t line, size_t col0,
                            int current)
{
    size_t i = 1;
    while (i < n && !is_ws(s[i]))
        i++;
    if (i != 8 || memcmp(s, "@overlap", 8) != 0) {
        syntax(p, line, col0, "unknown directive '%.*s' (known: @overlap)", (int)i, s);
        return;
    }
    while (i < n && is_ws(s[i]))
        i++;
    const char *v = s + i;
    size_t vl = n - i, vcol = col0 + i;
    int policy = -1;
    for (int k = VB_OVERLAP_ALL; k <= VB_OVERLAP_FIRST; k++)
        if (vl == strlen(vb_overlap_name(k)) && !memcmp(v, vb_overlap_name(k), vl))
            policy = k;
    if (policy < 0) {
        syntax(p, line, vl ? vcol : col0, "@overlap takes all, longest or first");
        return;
    }
    if (current < 0) {
        syntax(p, line, col0, "@overlap applies to a theme: put it under a [theme] header");
        return;
    }
    vb_theme *th = &p->lex->themes[current];
    if (th->overlap_line && th->overlap != policy) {
        syntax(p, line, vcol, "[%s] already has @overlap %s (line %zu)", th->path,
               vb_overlap_name(th->overlap), th->overlap_line);
        return;
    }
    th->overlap = policy;
    th->overlap_line = line;
}

static void parse_line(parser *p, const char *s, size_t n, size_t line, int *current)
{
    size_t i = 0;
    while (i < n && is_ws(s[i]))
        i++;
    /* cut the comment: '#' outside quotes and a leading /regex/, at the start or after
     * white space */
    size_t end = n, from = i;
    if (i < n && s[i] == '/') {
        from = i + 1;
        while (from < n && s[from] != '/')
            from += s[from] == '\\' && from + 1 < n ? 2 : 1;
    }
    int quoted = 0;
    for (size_t j = from; j < n; j++) {
        if (s[j] == '"')
            quoted = !quoted;
        else if (s[j] == '#' && !quoted && (j == i || is_ws(s[j - 1]))) {
            end = j;
            break;
        }
    }
    while (end > i && is_ws(s[end - 1]))
        end--;
    if (end == i)
        return;
    if (s[i] == '[')
        parse_header(p, s + i, end - i, line, i + 1, current);
    else if (s[i] == '@')
        parse_directive(p, s + i, end - i, line, i + 1, *current);
    else
        parse_entry(p, s + i, end - i, line, i + 1, *current);
}

int vb_lexicon_parse(vb_lexicon **out, const char *src, size_t len, const char *name,
                     void (*diag)(const vb_error *e, void *payload), void *payload,
                     vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    *out = NULL;
    vb_lexicon *lex = vb__lexicon_new(name);
    if (!lex)
        return vb__error_set(err, VB_ENOMEM, name, 0, 0, "out of memory");
    lex->source = vb__arena_strndup(&lex->arena, src, len);
    lex->source_len = len;
    if (!lex->source) {
        vb_lexicon_free(lex);
        return vb__error_set(err, VB_ENOMEM, name, 0, 0, "out of memory");
    }
    parser p = { lex, diag, payload, err, 0, 0 };
    size_t i = 0, line = 1;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    int current = -1;
    while (i < len && !p.nomem) {
        size_t start = i;
        while (i < len && src[i] != '\n' && src[i] != '\r')
            i++;
        size_t bad_at;
        if (memchr(src + start, '\0', i - start))
            syntax(&p, line, 0, "NUL byte in the lexicon");
        else if (vb_utf8_invalid(src + start, i - start, &bad_at))
            syntax(&p, line, bad_at + 1, "invalid UTF-8 (a lexicon is a UTF-8 text file)");
        else
            parse_line(&p, src + start, i - start, line, &current);
        if (i < len && src[i] == '\r' && i + 1 < len && src[i + 1] == '\n')
            i++;
        i++;
        line++;
    }
    if (p.nomem) {
        vb_lexicon_free(lex);
        return vb__error_set(err, VB_ENOMEM, name, 0, 0, "out of memory");
    }
    if (p.nerrors) {
        if (p.nerrors > 1 && err) {
            size_t l = strlen(err->msg);
            snprintf(err->msg + l, sizeof err->msg - l, " (and %zu more error%s)",
                     p.nerrors - 1, p.nerrors == 2 ? "" : "s");
        }
        vb_lexicon_free(lex);
        return VB_ESYNTAX;
    }
    if (lex->nentries == 0) {
        vb__error_set(err, VB_ESYNTAX, lex->name, 0, 0, "the lexicon has no entries");
        if (diag)
            diag(err, payload);
        vb_lexicon_free(lex);
        return VB_ESYNTAX;
    }
    *out = lex;
    return VB_OK;
}

int vb_lexicon_load_as(vb_lexicon **out, const char *path, const char *name,
                       void (*diag)(const vb_error *e, void *payload), void *payload,
                       vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    *out = NULL;
    char *data;
    size_t len;
    int rc = vb__read_file(path, &data, &len, err);
    if (rc != VB_OK)
        return rc;
    rc = vb_lexicon_parse(out, data, len, name ? name : path, diag, payload, err);
    free(data);
    return rc;
}

int vb_lexicon_load(vb_lexicon **out, const char *path,
                    void (*diag)(const vb_error *e, void *payload), void *payload,
                    vb_error *err)
{
    return vb_lexicon_load_as(out, path, path, diag, payload, err);
}

void vb_lexicon_free(vb_lexicon *lex)
{
    if (!lex)
        return;
    free(lex->themes);
    free(lex->entries);
    vb__strmap_free(&lex->theme_index);
    vb__arena_free(&lex->arena);
    free(lex);
}

int vb__lexicon_clone(vb_lexicon **out, const vb_lexicon *src)
{
    *out = NULL;
    vb_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex)
        return VB_ENOMEM;
    memcpy(lex->name, src->name, sizeof lex->name);
    lex->source = vb__arena_strndup(&lex->arena, src->source, src->source_len);
    lex->source_len = src->source_len;
    lex->skipped = src->skipped;
    if (!lex->source)
        goto fail;
    lex->themes = malloc((src->nthemes ? src->nthemes : 1) * sizeof *lex->themes);
    lex->entries = malloc((src->nentries ? src->nentries : 1) * sizeof *lex->entries);
    if (!lex->themes || !lex->entries)
        goto fail;
    lex->themes_cap = src->nthemes;
    lex->entries_cap = src->nentries;
    for (size_t i = 0; i < src->nthemes; i++) {
        vb_theme t = src->themes[i];
        t.path = vb__arena_strndup(&lex->arena, t.path, strlen(t.path));
        t.label = vb__arena_strndup(&lex->arena, t.label, strlen(t.label));
        if (!t.path || !t.label)
            goto fail;
        lex->themes[lex->nthemes++] = t;
        size_t n = strlen(t.path);
        if (vb__strmap_put(&lex->theme_index, t.path, n, vb__hash(t.path, n), (uint32_t)i))
            goto fail;
    }
    for (size_t i = 0; i < src->nentries; i++) {
        vb_entry e = src->entries[i];
        e.text = vb__arena_strndup(&lex->arena, e.text, strlen(e.text));
        if (!e.text)
            goto fail;
        if (e.side) {
            e.side = vb__arena_alloc(&lex->arena, 2 * sizeof *e.side);
            if (!e.side)
                goto fail;
            for (int k = 0; k < 2; k++) {
                e.side[k] = src->entries[i].side[k];
                const char *t = e.side[k].text;
                if (!(e.side[k].text = vb__arena_strndup(&lex->arena, t, strlen(t))))
                    goto fail;
            }
        }
        if (e.nexcl) {
            e.excl = vb__arena_alloc(&lex->arena, e.nexcl * sizeof *e.excl);
            if (!e.excl)
                goto fail;
            for (size_t k = 0; k < e.nexcl; k++) {
                e.excl[k] = src->entries[i].excl[k];
                const char *t = e.excl[k].op.text;
                if (!(e.excl[k].op.text = vb__arena_strndup(&lex->arena, t, strlen(t))))
                    goto fail;
            }
        }
        lex->entries[lex->nentries++] = e;
    }
    *out = lex;
    return VB_OK;
fail:
    vb_lexicon_free(lex);
    return VB_ENOMEM;
}

int vb__theme_is_ancestor(const vb_lexicon *lex, int a, int b)
{
    for (int t = b; t >= 0; t = lex->themes[t].parent)
        if (t == a)
            return 1;
    return 0;
}

const char *vb_lexicon_name(const vb_lexicon *lex)
{
    return lex->name;
}

size_t vb_lexicon_theme_count(const vb_lexicon *lex)
{
    return lex->nthemes;
}

void vb_lexicon_theme(const vb_lexicon *lex, size_t i, vb_theme_info *out)
{
    const vb_theme *t = &lex->themes[i];
    out->path = t->path;
    out->label = t->label;
    out->parent = t->parent;
    out->depth = t->depth;
    out->line = t->line;
    out->overlap = t->overlap;
}

size_t vb_lexicon_entry_count(const vb_lexicon *lex)
{
    return lex->nentries;
}

void vb_lexicon_entry(const vb_lexicon *lex, size_t i, vb_entry_info *out)
{
    const vb_entry *e = &lex->entries[i];
    out->text = e->text;
    out->kind = e->kind;
    out->theme = e->theme;
    out->line = e->line;
    out->column = e->column;
    out->weight = e->weight;
    out->distance = e->distance;
    out->nexclusions = e->nexcl;
}

void vb_lexicon_entry_exclusion(const vb_lexicon *lex, size_t entry, size_t k,
                                const char **text, int *window)
{
    const vb_exclusion *x = &lex->entries[entry].excl[k];
    *text = x->op.text;
    *window = x->window;
}

size_t vb_lexicon_entry_format(const vb_lexicon *lex, size_t entry, char *buf, size_t size)
{
    vb_buf b = { 0 };
    size_t n = 0;
    if (vb__entry_render(&lex->entries[entry], &b) == VB_OK)
        n = b.len;
    if (size)
        snprintf(buf, size, "%.*s", (int)b.len, b.ptr ? b.ptr : "");
    vb__buf_free(&b);
    return n;
}

const char *vb_overlap_name(int overlap)
{
    switch (overlap) {
    case VB_OVERLAP_ALL: return "all";
    case VB_OVERLAP_LONGEST: return "longest";
    case VB_OVERLAP_FIRST: return "first";
    default: return "?";
    }
}

const char *vb_entry_kind_name(int kind)
{
    switch (kind) {
    case VB_ENTRY_WORD: return "word";
    case VB_ENTRY_EXACT: return "exact";
    case VB_ENTRY_WILDCARD: return "wildcard";
    case VB_ENTRY_PHRASE: return "phrase";
    case VB_ENTRY_REGEX: return "regex";
    case VB_ENTRY_NEAR: return "near";
    case VB_ENTRY_BEFORE: return "before";
    default: return "?";
    }
}

static int put(vb_buf *b, const char *s)
{
    return vb__buf_append(b, s, strlen(s));
}

static int render_operand(const vb_operand *op, int quote, vb_buf *b)
{
    quote = quote || op->kind == VB_ENTRY_PHRASE;
    return (quote && vb__buf_putc(b, '"')) ||
           (op->kind == VB_ENTRY_EXACT && vb__buf_putc(b, '=')) || put(b, op->text) ||
           (quote && vb__buf_putc(b, '"'));
}

/* The shortest decimal that reads back as w (weights have at most 6 decimals). */
static void format_weight(double w, char *buf, size_t size)
{
    for (int d = 0; d <= 17; d++) {
        snprintf(buf, size, "%.*f", d, w);
        if (strtod(buf, NULL) == w)
            return;
    }
}

int vb__entry_render(const vb_entry *e, vb_buf *b)
{
    int rc = 0;
    char num[64];
    switch (e->kind) {
    case VB_ENTRY_EXACT: rc = vb__buf_putc(b, '=') || put(b, e->text); break;
    case VB_ENTRY_PHRASE: rc = vb__buf_putc(b, '"') || put(b, e->text) || vb__buf_putc(b, '"'); break;
    case VB_ENTRY_REGEX: rc = vb__buf_putc(b, '/') || put(b, e->text) || vb__buf_putc(b, '/'); break;
    case VB_ENTRY_NEAR:
    case VB_ENTRY_BEFORE:
        snprintf(num, sizeof num, " %s/%u ", e->kind == VB_ENTRY_NEAR ? "NEAR" : "BEFORE",
                 e->distance);
        rc = render_operand(&e->side[0], 0, b) || put(b, num) || render_operand(&e->side[1], 0, b);
        break;
    default: rc = put(b, e->text); break;
    }
    for (size_t k = 0; !rc && k < e->nexcl; k++) {
        if (e->excl[k].window >= 0)
            snprintf(num, sizeof num, " -/%d ", e->excl[k].window);
        else
            snprintf(num, sizeof num, " -");
        rc = put(b, num) || render_operand(&e->excl[k].op, 1, b);
    }
    if (!rc && e->weight != 1) {
        format_weight(e->weight, num, sizeof num);
        rc = vb__buf_putc(b, ' ') || vb__buf_putc(b, '^') || put(b, num);
    }
    return rc ? VB_ENOMEM : VB_OK;
}

/* Themes in order, each header followed by its entries (bucketed by theme, so a theme
 * re-opened further down a hand-written file is written in one block). */
int vb__lexicon_render(const vb_lexicon *lex, vb_buf *b)
{
    size_t *start = calloc(lex->nthemes + 1, sizeof *start);
    size_t *order = malloc((lex->nentries ? lex->nentries : 1) * sizeof *order);
    int rc = VB_ENOMEM;
    if (!start || !order)
        goto done;
    for (size_t i = 0; i < lex->nentries; i++)
        start[lex->entries[i].theme + 1]++;
    for (size_t t = 0; t < lex->nthemes; t++)
        start[t + 1] += start[t];
    for (size_t i = 0; i < lex->nentries; i++)
        order[start[lex->entries[i].theme]++] = i;
    size_t k = 0;
    for (size_t t = 0; t < lex->nthemes; t++) {
        const vb_theme *th = &lex->themes[t];
        if ((t && vb__buf_putc(b, '\n')) || vb__buf_putc(b, '[') ||
            vb__buf_append(b, th->path, strlen(th->path)) || vb__buf_putc(b, ']'))
            goto done;
        if (th->label[0] &&
            (vb__buf_putc(b, ' ') || vb__buf_append(b, th->label, strlen(th->label))))
            goto done;
        if (vb__buf_putc(b, '\n'))
            goto done;
        if (th->overlap != VB_OVERLAP_ALL &&
            (vb__buf_append(b, "@overlap ", 9) ||
             vb__buf_append(b, vb_overlap_name(th->overlap), strlen(vb_overlap_name(th->overlap))) ||
             vb__buf_putc(b, '\n')))
            goto done;
        for (; k < start[t]; k++)
            if (vb__entry_render(&lex->entries[order[k]], b) || vb__buf_putc(b, '\n'))
                goto done;
    }
    rc = VB_OK;
done:
    free(start);
    free(order);
    return rc;
}

int vb_lexicon_write_native(FILE *f, const vb_lexicon *lex)
{
    vb_buf b = { 0 };
    int rc = vb__lexicon_render(lex, &b);
    if (rc == VB_OK && b.len && fwrite(b.ptr, 1, b.len, f) != b.len)
        rc = VB_EIO;
    vb__buf_free(&b);
    return rc;
}
