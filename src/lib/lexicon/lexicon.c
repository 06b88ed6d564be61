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

#define MAX_ERRORS 100
#define MAX_DEPTH 32      /* theme nesting: deeper trees are typos, and reports indent by it */
#define MAX_WILDCARD 256  /* wildcard length: matching costs pattern x word length */

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
    e->text = vb__arena_strndup(&lex->arena, text, n);
    if (!e->text)
        return VB_ENOMEM;
    e->kind = kind;
    e->theme = theme;
    e->line = line;
    e->column = column;
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
    }
    *current = t;
}

static void parse_entry(parser *p, const char *s, size_t n, size_t line, size_t col0,
                        int current)
{
    int kind = VB_ENTRY_WORD;
    const char *text = s;
    size_t tlen = n, tcol = col0;
    if (s[0] == '"') {
        size_t close = 1;
        while (close < n && s[close] != '"')
            close++;
        if (close == n) {
            syntax(p, line, col0, "unterminated quote");
            return;
        }
        for (size_t i = close + 1; i < n; i++)
            if (!is_ws(s[i])) {
                syntax(p, line, col0 + i, "unexpected text after the closing quote");
                return;
            }
        kind = VB_ENTRY_PHRASE;
        text = s + 1;
        tlen = close - 1;
        tcol = col0 + 1;
        while (tlen && is_ws(*text))
            text++, tlen--, tcol++;
        while (tlen && is_ws(text[tlen - 1]))
            tlen--;
        if (tlen == 0) {
            syntax(p, line, col0, "empty phrase");
            return;
        }
    } else if (s[0] == '=') {
        kind = VB_ENTRY_EXACT;
        text = s + 1;
        tlen = n - 1;
        tcol = col0 + 1;
        if (tlen == 0 || is_ws(*text)) {
            syntax(p, line, col0, "'=' must be followed by a word (no space)");
            return;
        }
    }
    for (size_t i = 0; i < tlen; i++) {
        char c = text[i];
        if (c == '*' && kind != VB_ENTRY_WORD && kind != VB_ENTRY_WILDCARD) {
            syntax(p, line, tcol + i,
                   "%s", kind == VB_ENTRY_EXACT ? "'=' and '*' cannot be combined"
                                                : "a wildcard cannot be part of a phrase");
            return;
        }
        if (c == '*')
            kind = VB_ENTRY_WILDCARD;
        if (c == '*' && tlen > MAX_WILDCARD) {
            syntax(p, line, tcol, "a wildcard entry has at most %d bytes", MAX_WILDCARD);
            return;
        }
        if (c == '"') {
            syntax(p, line, tcol + i, "stray quote: quote the whole phrase");
            return;
        }
    }
    for (size_t i = 0; i < tlen; i++)
        if (is_ws(text[i])) {
            if (kind == VB_ENTRY_EXACT) {
                syntax(p, line, tcol + i, "an exact entry is one word");
                return;
            }
            if (kind == VB_ENTRY_WILDCARD) {
                syntax(p, line, tcol + i, "a wildcard cannot be part of a phrase");
                return;
            }
            kind = VB_ENTRY_PHRASE;
        }
    if (!vb__has_alnum(text, tlen)) {
        syntax(p, line, tcol, "the entry has no letters or digits");
        return;
    }
    if (current < 0) {
        syntax(p, line, col0, "entry before the first theme header: start a theme with [name]");
        return;
    }
    if (vb__lexicon_add_entry(p->lex, text, tlen, kind, current, line, tcol))
        p->nomem = 1;
}

static void parse_line(parser *p, const char *s, size_t n, size_t line, int *current)
{
    size_t i = 0;
    while (i < n && is_ws(s[i]))
        i++;
    /* cut the comment: '#' outside quotes, at the start or after white space */
    size_t end = n;
    int quoted = 0;
    for (size_t j = i; j < n; j++) {
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
}

const char *vb_entry_kind_name(int kind)
{
    switch (kind) {
    case VB_ENTRY_WORD: return "word";
    case VB_ENTRY_EXACT: return "exact";
    case VB_ENTRY_WILDCARD: return "wildcard";
    case VB_ENTRY_PHRASE: return "phrase";
    default: return "?";
    }
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
        for (; k < start[t]; k++) {
            const vb_entry *e = &lex->entries[order[k]];
            const char *pre = e->kind == VB_ENTRY_EXACT ? "=" : e->kind == VB_ENTRY_PHRASE ? "\"" : "";
            if (vb__buf_append(b, pre, strlen(pre)) ||
                vb__buf_append(b, e->text, strlen(e->text)) ||
                (e->kind == VB_ENTRY_PHRASE && vb__buf_putc(b, '"')) || vb__buf_putc(b, '\n'))
                goto done;
        }
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
