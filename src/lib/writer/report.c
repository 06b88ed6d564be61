/* Report writers: the theme table and the co-occurrence list, as an aligned terminal
 * table, CSV or JSON. Themes are listed as a tree: top-level themes by documents
 * (descending), each followed by its children in the same order. */
#define _GNU_SOURCE /* qsort_r */
#include "writer_int.h"
#include "../lexicon/lexicon_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void vb_report_opts_init(vb_report_opts *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->max_depth = -1;
    opts->pair_depth = -1;
}

int vb_format_parse(const char *name)
{
    if (!strcasecmp(name, "table"))
        return VB_FORMAT_TABLE;
    if (!strcasecmp(name, "csv"))
        return VB_FORMAT_CSV;
    if (!strcasecmp(name, "json"))
        return VB_FORMAT_JSON;
    return -1;
}

typedef struct ctx {
    const vb_agg *a;
    const vb_lexicon *lex;
    size_t n;
} ctx;

static int by_docs(const void *x, const void *y, void *payload)
{
    const ctx *c = payload;
    size_t i = *(const size_t *)x, j = *(const size_t *)y;
    uint64_t di = vb_agg_theme_docs(c->a, i), dj = vb_agg_theme_docs(c->a, j);
    if (di != dj)
        return di > dj ? -1 : 1;
    return (i > j) - (i < j);
}

/* Themes in tree order; *count gets how many (at most max_depth deep). Linear after the
 * sort: children are bucketed under their parent once. */
static size_t *tree_order(const ctx *c, int max_depth, size_t *count)
{
    size_t n = c->n, m = n ? n : 1;
    size_t *all = malloc(m * sizeof *all), *out = malloc(m * sizeof *out);
    size_t *stack = malloc(m * sizeof *stack), *first = calloc(n + 2, sizeof *first);
    size_t *kids = malloc(m * sizeof *kids);
    if (!all || !out || !stack || !first || !kids) {
        free(all), free(out), free(stack), free(first), free(kids);
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        all[i] = i;
    qsort_r(all, n, sizeof *all, by_docs, (void *)c); /* reentrant: writers run in threads */
    /* bucket k + 1 holds the children of theme k; bucket 0 the top-level themes */
    for (size_t i = 0; i < n; i++) {
        vb_theme_info th;
        vb_lexicon_theme(c->lex, i, &th);
        first[(size_t)(th.parent + 1) + 1]++;
    }
    for (size_t b = 1; b <= n + 1; b++)
        first[b] += first[b - 1];
    size_t *fill = calloc(n + 1, sizeof *fill);
    if (!fill) {
        free(all), free(out), free(stack), free(first), free(kids);
        return NULL;
    }
    for (size_t r = 0; r < n; r++) {
        vb_theme_info th;
        vb_lexicon_theme(c->lex, all[r], &th);
        size_t bucket = (size_t)(th.parent + 1);
        kids[first[bucket] + fill[bucket]++] = all[r];
    }
    size_t k = 0, sp = 0;
    for (size_t r = first[1]; r-- > first[0];)
        stack[sp++] = kids[r];
    while (sp) {
        size_t t = stack[--sp];
        vb_theme_info th;
        vb_lexicon_theme(c->lex, t, &th);
        if (max_depth >= 0 && th.depth > max_depth)
            continue;
        out[k++] = t;
        for (size_t r = first[t + 2]; r-- > first[t + 1];)
            stack[sp++] = kids[r];
    }
    free(all), free(stack), free(first), free(kids), free(fill);
    *count = k;
    return out;
}

static int by_pair(const void *x, const void *y)
{
    const vb_pair_stats *p = x, *q = y;
    if (p->both != q->both)
        return p->both > q->both ? -1 : 1;
    if (p->lift != q->lift)
        return p->lift > q->lift ? -1 : 1;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return (p->b > q->b) - (p->b < q->b);
}

/* Pairs of themes that are not ancestor and descendant, with at least min documents. */
static vb_pair_stats *pairs(const ctx *c, int max_depth, size_t min, size_t *count)
{
    size_t cap = 64, k = 0, nlive = 0;
    vb_pair_stats *out = malloc(cap * sizeof *out);
    size_t *live = malloc((c->n ? c->n : 1) * sizeof *live);
    if (!out || !live) {
        free(out);
        free(live);
        return NULL;
    }
    /* only themes some document has can be in a pair */
    for (size_t i = 0; vb_agg_has_pairs(c->a) && i < c->n; i++) {
        vb_theme_info ti;
        vb_lexicon_theme(c->lex, i, &ti);
        if (vb_agg_theme_docs(c->a, i) && (max_depth < 0 || ti.depth <= max_depth))
            live[nlive++] = i;
    }
    for (size_t x = 0; x < nlive; x++) {
        size_t i = live[x];
        for (size_t y = x + 1; y < nlive; y++) {
            size_t j = live[y];
            if (vb__theme_is_ancestor(c->lex, (int)i, (int)j) ||
                vb__theme_is_ancestor(c->lex, (int)j, (int)i))
                continue;
            vb_pair_stats ps;
            vb_agg_pair_stats(c->a, i, j, &ps);
            if (ps.both < min || ps.both == 0)
                continue;
            if (k == cap) {
                vb_pair_stats *np = realloc(out, 2 * cap * sizeof *out);
                if (!np) {
                    free(out);
                    free(live);
                    return NULL;
                }
                out = np;
                cap *= 2;
            }
            out[k++] = ps;
        }
    }
    free(live);
    if (k > 1)
        qsort(out, k, sizeof *out, by_pair);
    *count = k;
    return out;
}

static double share(uint64_t part, uint64_t whole)
{
    return whole ? (double)part / (double)whole : 0.0;
}

void vb_csv_write_field(FILE *f, const char *s, size_t len)
{
    int quote = 0;
    for (size_t i = 0; i < len && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
    if (!quote) {
        fwrite(s, 1, len, f);
        return;
    }
    putc('"', f);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            putc('"', f);
        putc(s[i], f);
    }
    putc('"', f);
}

static void csv_cell(FILE *f, const char *s)
{
    vb_csv_write_field(f, s, strlen(s));
}

static size_t utf8_width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80; /* count code points, not bytes */
    return w;
}

/* Copy at most `width` code points of s (ending in "..." when cut), never splitting one. */
static void clip(char *out, size_t size, const char *s, size_t width)
{
    size_t n = 0, w = 0, total = utf8_width(s);
    size_t keep = total <= width ? width : width - 3;
    for (; s[n] && n + 8 < size; n++) {
        if (((unsigned char)s[n] & 0xC0) != 0x80 && w++ == keep)
            break;
    }
    memcpy(out, s, n);
    if (total > width && n + 4 <= size)
        memcpy(out + n, "...", 3), n += 3;
    out[n] = '\0';
}

static void pad(FILE *f, const char *s, size_t width)
{
    fputs(s, f);
    for (size_t w = utf8_width(s); w < width; w++)
        putc(' ', f);
}

static void write_table(FILE *f, const ctx *c, const vb_report_opts *o, const size_t *order,
                        size_t norder, size_t *order_keep, const vb_pair_stats *ps, size_t nps)
{
    const char *b = o->color ? "\033[1m" : "", *e = o->color ? "\033[0m" : "";
    uint64_t docs = vb_agg_docs(c->a), matched = vb_agg_docs_matched(c->a);
    fprintf(f, "%sThemes%s%s%s\n", b, o->title ? " in " : "", o->title ? o->title : "", e);
    fprintf(f, "%llu documents, %llu with at least one theme (%.1f%%)", (unsigned long long)docs,
            (unsigned long long)matched, 100.0 * share(matched, docs));
    if (o->rejected)
        fprintf(f, "; %llu rejected records not counted", (unsigned long long)o->rejected);
    fputs("\n\n", f);
    if (docs == 0) {
        fputs("Nothing to report: no documents.\n", f);
        return;
    }
    size_t hidden = 0;
    if (!o->all_themes) { /* the table lists what the data has; CSV and JSON list all */
        size_t k = 0;
        for (size_t i = 0; i < norder; i++) {
            if (vb_agg_theme_docs(c->a, order[i]) == 0)
                hidden++;
            else
                order_keep[k++] = order[i];
        }
        order = order_keep;
        norder = k;
    }

    size_t wname = 5, wlabel = 5;
    char name[512];
    for (size_t k = 0; k < norder; k++) {
        vb_theme_info th;
        vb_lexicon_theme(c->lex, order[k], &th);
        const char *leaf = strrchr(th.path, '/');
        size_t w = 2 * (size_t)th.depth + utf8_width(leaf ? leaf + 1 : th.path);
        if (w > wname)
            wname = w;
        if (utf8_width(th.label) > wlabel)
            wlabel = utf8_width(th.label);
    }
    if (wlabel > 40)
        wlabel = 40;
    fprintf(f, "%s", b);
    pad(f, "THEME", wname + 2);
    pad(f, "LABEL", wlabel + 2);
    fprintf(f, "%8s %7s %8s%s\n", "DOCS", "SHARE", "HITS", e);
    for (size_t k = 0; k < norder; k++) {
        vb_theme_info th;
        vb_lexicon_theme(c->lex, order[k], &th);
        const char *leaf = strrchr(th.path, '/');
        snprintf(name, sizeof name, "%*s%s", 2 * th.depth, "", leaf ? leaf + 1 : th.path);
        pad(f, name, wname + 2);
        char label[256];
        clip(label, sizeof label, th.label, wlabel);
        pad(f, label, wlabel + 2);
        uint64_t d = vb_agg_theme_docs(c->a, order[k]);
        fprintf(f, "%8llu %6.1f%% %8llu\n", (unsigned long long)d, 100.0 * share(d, docs),
                (unsigned long long)vb_agg_theme_hits(c->a, order[k]));
    }
    if (hidden)
        fprintf(f, "(%zu theme%s with no documents not shown; --all-themes lists them)\n",
                hidden, hidden == 1 ? "" : "s");
    size_t top = o->top_pairs ? o->top_pairs : 20;
    fprintf(f, "\n%sThemes that travel together%s (documents with both; top %zu",
            b, e, top < nps ? top : nps);
    fprintf(f, " of %zu pairs with at least %zu%s)\n\n", nps, o->min_pair ? o->min_pair : 2,
            o->pair_depth == 0 ? ", top-level themes" : "");
    if (!vb_agg_has_pairs(c->a)) {
        fputs("(too many themes for pair counts)\n", f);
        return;
    }
    if (nps == 0) {
        fputs("(none)\n", f);
        return;
    }
    size_t wa = 7, wb = 7; /* the width of the headings */
    for (size_t k = 0; k < nps && k < top; k++) {
        vb_theme_info ta, tb;
        vb_lexicon_theme(c->lex, ps[k].a, &ta);
        vb_lexicon_theme(c->lex, ps[k].b, &tb);
        if (utf8_width(ta.path) > wa)
            wa = utf8_width(ta.path);
        if (utf8_width(tb.path) > wb)
            wb = utf8_width(tb.path);
    }
    fprintf(f, "%s", b);
    pad(f, "THEME A", wa + 2);
    pad(f, "THEME B", wb + 2);
    fprintf(f, "%6s %8s %6s%s\n", "BOTH", "JACCARD", "LIFT", e);
    for (size_t k = 0; k < nps && k < top; k++) {
        vb_theme_info ta, tb;
        vb_lexicon_theme(c->lex, ps[k].a, &ta);
        vb_lexicon_theme(c->lex, ps[k].b, &tb);
        pad(f, ta.path, wa + 2);
        pad(f, tb.path, wb + 2);
        fprintf(f, "%6llu %8.3f %6.2f\n", (unsigned long long)ps[k].both, ps[k].jaccard,
                ps[k].lift);
    }
}

static void write_csv(FILE *f, const ctx *c, const vb_report_opts *o, const size_t *order,
                      size_t norder, const vb_pair_stats *ps, size_t nps)
{
    uint64_t docs = vb_agg_docs(c->a);
    if (o->csv_table == 1) {
        fputs("theme_a,theme_b,both,docs_a,docs_b,jaccard,lift\n", f);
        for (size_t k = 0; k < nps; k++) {
            vb_theme_info ta, tb;
            vb_lexicon_theme(c->lex, ps[k].a, &ta);
            vb_lexicon_theme(c->lex, ps[k].b, &tb);
            csv_cell(f, ta.path);
            putc(',', f);
            csv_cell(f, tb.path);
            fprintf(f, ",%llu,%llu,%llu,%.4f,%.4f\n", (unsigned long long)ps[k].both,
                    (unsigned long long)vb_agg_theme_docs(c->a, ps[k].a),
                    (unsigned long long)vb_agg_theme_docs(c->a, ps[k].b), ps[k].jaccard,
                    ps[k].lift);
        }
        return;
    }
    fputs("theme,label,parent,depth,docs,share,hits\n", f);
    for (size_t k = 0; k < norder; k++) {
        vb_theme_info th;
        vb_lexicon_theme(c->lex, order[k], &th);
        csv_cell(f, th.path);
        putc(',', f);
        csv_cell(f, th.label);
        putc(',', f);
        if (th.parent >= 0) {
            vb_theme_info p;
            vb_lexicon_theme(c->lex, (size_t)th.parent, &p);
            csv_cell(f, p.path);
        }
        uint64_t d = vb_agg_theme_docs(c->a, order[k]);
        fprintf(f, ",%d,%llu,%.4f,%llu\n", th.depth, (unsigned long long)d, share(d, docs),
                (unsigned long long)vb_agg_theme_hits(c->a, order[k]));
    }
}

static void write_json(FILE *f, const ctx *c, const vb_report_opts *o, const size_t *order,
                       size_t norder, const vb_pair_stats *ps, size_t nps)
{
    uint64_t docs = vb_agg_docs(c->a), matched = vb_agg_docs_matched(c->a);
    fputs("{\n  \"input\": ", f);
    vb__json_str(f, o->title ? o->title : "");
    fputs(",\n  \"lexicon\": ", f);
    vb__json_str(f, vb_lexicon_name(c->lex));
    fprintf(f, ",\n  \"documents\": %llu,\n  \"matched\": %llu,\n  \"matched_share\": %.4f,\n"
               "  \"rejected\": %llu,\n  \"themes\": [",
            (unsigned long long)docs, (unsigned long long)matched, share(matched, docs),
            (unsigned long long)o->rejected);
    for (size_t k = 0; k < norder; k++) {
        vb_theme_info th;
        vb_lexicon_theme(c->lex, order[k], &th);
        fputs(k ? ",\n    {\"theme\": " : "\n    {\"theme\": ", f);
        vb__json_str(f, th.path);
        fputs(", \"label\": ", f);
        vb__json_str(f, th.label);
        fputs(", \"parent\": ", f);
        if (th.parent >= 0) {
            vb_theme_info p;
            vb_lexicon_theme(c->lex, (size_t)th.parent, &p);
            vb__json_str(f, p.path);
        } else {
            fputs("null", f);
        }
        uint64_t d = vb_agg_theme_docs(c->a, order[k]);
        fprintf(f, ", \"depth\": %d, \"docs\": %llu, \"share\": %.4f, \"hits\": %llu}", th.depth,
                (unsigned long long)d, share(d, docs),
                (unsigned long long)vb_agg_theme_hits(c->a, order[k]));
    }
    fputs(norder ? "\n  ],\n  \"cooccurrence\": [" : "],\n  \"cooccurrence\": [", f);
    for (size_t k = 0; k < nps; k++) {
        vb_theme_info ta, tb;
        vb_lexicon_theme(c->lex, ps[k].a, &ta);
        vb_lexicon_theme(c->lex, ps[k].b, &tb);
        fputs(k ? ",\n    {\"a\": " : "\n    {\"a\": ", f);
        vb__json_str(f, ta.path);
        fputs(", \"b\": ", f);
        vb__json_str(f, tb.path);
        fprintf(f, ", \"both\": %llu, \"jaccard\": %.4f, \"lift\": %.4f}",
                (unsigned long long)ps[k].both, ps[k].jaccard, ps[k].lift);
    }
    fputs(nps ? "\n  ]\n}\n" : "]\n}\n", f);
}

int vb_report_write(FILE *f, const vb_agg *a, const vb_report_opts *opts, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    vb_report_opts o;
    if (opts)
        o = *opts;
    else
        vb_report_opts_init(&o);
    ctx c = { a, vb_agg_lexicon(a), 0 };
    c.n = vb_lexicon_theme_count(c.lex);
    size_t norder = 0, nps = 0;
    size_t min = o.min_pair ? o.min_pair : (o.format == VB_FORMAT_TABLE ? 2 : 1);
    size_t *order = tree_order(&c, o.max_depth, &norder);
    int pd = o.pair_depth;
    if (o.max_depth >= 0 && (pd < 0 || pd > o.max_depth))
        pd = o.max_depth;
    vb_pair_stats *ps = pairs(&c, pd, min, &nps);
    if (!order || !ps) {
        free(order);
        free(ps);
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    }
    switch (o.format) {
    case VB_FORMAT_CSV: write_csv(f, &c, &o, order, norder, ps, nps); break;
    case VB_FORMAT_JSON: write_json(f, &c, &o, order, norder, ps, nps); break;
    default: {
        size_t *keep = malloc((norder ? norder : 1) * sizeof *keep);
        if (!keep) {
            free(order);
            free(ps);
            return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
        }
        write_table(f, &c, &o, order, norder, keep, ps, nps);
        free(keep);
        break;
    }
    }
    free(order);
    free(ps);
    fflush(f);
    return vb__check_write(f, err);
}
