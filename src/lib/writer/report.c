/* Report writers: the model (model.c) as an aligned terminal table, CSV (one table at a
 * time), JSON (docs/report-json.md), JSON Lines (one object per row of every table) and
 * Markdown. The HTML page is html.c. */
#include "model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void vb_report_opts_init(vb_report_opts *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->max_depth = -1;
    opts->pair_depth = -1;
}

static const char *const format_names[] = { "table", "csv", "json", "jsonl", "md", "html" };
static const char *const table_names[] = { "themes",   "cooc",        "trends",
                                            "segments", "drivers",     "examples",
                                            "terms",    "theme_words", "cell_examples",
                                            "matrix",   "coverage",    "misses" };

int vb_format_parse(const char *name)
{
    for (int i = 0; i < 6; i++)
        if (!strcasecmp(name, format_names[i]))
            return i;
    if (!strcasecmp(name, "markdown"))
        return VB_FORMAT_MD;
    return -1;
}

int vb_table_parse(const char *name)
{
    for (int i = 0; i < 12; i++)
        if (!strcasecmp(name, table_names[i]))
            return i;
    return -1;
}

const char *vb_table_name(vb_table t)
{
    return (unsigned)t < 12 ? table_names[t] : "?";
}

static const char *const section_names[] = { "themes",  "cooc",  "trends",   "segments",
                                              "drivers", "terms", "coverage", "examples" };

unsigned vb_sections_parse(const char *list)
{
    unsigned mask = 0;
    const char *p = list;
    for (;;) {
        size_t n = strcspn(p, ",");
        size_t i = 0;
        while (i < 8 && !(strlen(section_names[i]) == n && !strncasecmp(p, section_names[i], n)))
            i++;
        if (i == 8)
            return 0; /* unknown or empty */
        mask |= 1u << i;
        if (!p[n])
            return mask;
        p += n + 1;
    }
}

/* Is the section asked for (table and Markdown)? */
static int want(const vb_model *m, unsigned section)
{
    return !m->o.sections || (m->o.sections & section);
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

/* ---- small helpers ---- */

static double share(uint64_t part, uint64_t whole)
{
    return whole ? (double)part / (double)whole : 0.0;
}

static void csv_cell(FILE *f, const char *s)
{
    vb_csv_write_field(f, s, strlen(s));
}

/* A number for CSV (empty when undefined) or JSON (null). */
static void num(FILE *f, double v, const char *fmt, int json)
{
    if (isnan(v) || isinf(v))
        fputs(json ? "null" : "", f);
    else
        fprintf(f, fmt, v);
}

static void pad(FILE *f, const char *s, size_t width)
{
    fputs(s, f);
    for (size_t w = vb__utf8_width(s); w < width; w++)
        putc(' ', f);
}

static void rpad(FILE *f, const char *s, size_t width)
{
    for (size_t w = vb__utf8_width(s); w < width; w++)
        putc(' ', f);
    fputs(s, f);
}

static const vb_theme *theme(const vb_model *m, size_t t)
{
    return &m->lex->themes[t];
}

static const char *leaf(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* "; 12 empty (in the counts)" or "; 12 empty (not counted: --skip-empty)" */
static void empty_note(FILE *f, const vb_agg *a)
{
    if (a->empty)
        fprintf(f, "; %llu empty (%s)", (unsigned long long)a->empty,
                a->opts.skip_empty ? "not counted: --skip-empty" : "in the counts");
}

/* The end of a tested cell: change (points), p, q and whether q < alpha. CSV: the fields
 * and the end of the row; JSON: the values after the change's key and the closing brace. */
static void tested(FILE *f, double change, double p, double q, double alpha, int json)
{
    num(f, change, "%.2f", json);
    fputs(json ? ", \"p\": " : ",", f);
    num(f, p, "%.4g", json);
    fputs(json ? ", \"q\": " : ",", f);
    num(f, q, "%.4g", json);
    if (json)
        fprintf(f, ", \"significant\": %s}", q < alpha ? "true" : "false");
    else
        fprintf(f, ",%d\n", q < alpha);
}

/* ---- table ---- */

typedef struct style {
    const char *b, *e, *hl, *hle; /* bold; highlight */
} style;

static void table_themes(FILE *f, const vb_model *m, const style *st)
{
    const vb_agg *a = m->a;
    size_t wname = 5, wlabel = 5, hidden = 0;
    for (size_t k = 0; k < m->norder; k++) {
        const vb_theme *th = theme(m, m->order[k]);
        if (!m->o.all_themes && !a->theme_docs[m->order[k]])
            continue;
        size_t w = 2 * (size_t)th->depth + vb__utf8_width(leaf(th->path));
        wname = w > wname ? w : wname;
        wlabel = vb__utf8_width(th->label) > wlabel ? vb__utf8_width(th->label) : wlabel;
    }
    /* the label gives way on a narrow terminal: name, counts (26 or 35 columns) and gaps
     * first */
    int neg = vb__negation_marked(a), sent = a->sent_fp != 0;
    size_t counts = (neg ? 35 : 26) + (sent ? 7 : 0);
    size_t room = m->o.width > wname + 2 + counts + 2 + 10 ? m->o.width - wname - 2 - counts - 2
                                                           : 10;
    if (wlabel > 40)
        wlabel = 40;
    if (wlabel > room)
        wlabel = room;
    fputs(st->b, f);
    pad(f, "THEME", wname + 2);
    pad(f, "LABEL", wlabel + 2);
    fprintf(f, "%8s %7s %8s", "DOCS", "SHARE", "HITS");
    if (neg)
        fprintf(f, " %8s", "NEGATED");
    if (sent)
        fprintf(f, " %6s", "SENT");
    fprintf(f, "%s\n", st->e);
    char name[512], label[256];
    for (size_t k = 0; k < m->norder; k++) {
        size_t t = m->order[k];
        const vb_theme *th = theme(m, t);
        if (!m->o.all_themes && !a->theme_docs[t]) { /* the table lists what the data has */
            hidden++;
            continue;
        }
        snprintf(name, sizeof name, "%*s%s", 2 * th->depth, "", leaf(th->path));
        pad(f, name, wname + 2);
        vb__clip(label, sizeof label, th->label, wlabel);
        pad(f, label, wlabel + 2);
        fprintf(f, "%8llu %6.1f%% %8llu", (unsigned long long)a->theme_docs[t],
                100.0 * share(a->theme_docs[t], a->docs), (unsigned long long)a->theme_hits[t]);
        if (neg)
            fprintf(f, " %8llu", (unsigned long long)a->theme_neg_docs[t]);
        if (sent && a->th_sent_n[t])
            fprintf(f, " %+6.2f", (double)a->th_sent_sum[t] / 1000.0 / (double)a->th_sent_n[t]);
        else if (sent)
            fprintf(f, " %6s", "-");
        putc('\n', f);
    }
    if (hidden)
        fprintf(f, "(%zu theme%s with no documents not shown; --all-themes lists them)\n",
                hidden, hidden == 1 ? "" : "s");
    if (sent)
        fprintf(f, "(SENT: the mean sentiment of the theme's documents, -1 to +1, by %s; all "
                   "documents: %+.2f)\n",
                a->sent_name, a->sent_docs ? (double)a->sent_sum / 1000.0 / (double)a->sent_docs
                                           : 0.0);
    if (neg)
        fputs("(NEGATED: documents where the theme is mentioned in the scope of a negator, "
              "\"not helpful\"; they are in DOCS; --negation drop leaves them out)\n",
              f);
    else if (a->dropped)
        fprintf(f, "(%llu negated mention%s left out: --negation drop)\n",
                (unsigned long long)a->dropped, a->dropped == 1 ? "" : "s");
}

static void table_pairs(FILE *f, const vb_model *m, const style *st)
{
    size_t top = m->o.top_pairs ? m->o.top_pairs : 20, nps = m->npairs;
    char phrase[96];
    vb__cooc_phrase(m, phrase, sizeof phrase);
    fprintf(f, "\n%sThemes that travel together%s (%s; top %zu", st->b, st->e, phrase,
            top < nps ? top : nps);
    fprintf(f, " of %zu pairs with at least %zu%s)\n\n", nps, m->o.min_pair ? m->o.min_pair : 2,
            m->o.pair_depth == 0 ? ", top-level themes" : "");
    if (!vb_agg_has_pairs(m->a)) {
        fputs("(too many themes for pair counts)\n", f);
        return;
    }
    if (nps == 0) {
        fputs("(none)\n", f);
        return;
    }
    size_t wa = 7, wb = 7; /* the width of the headings */
    for (size_t k = 0; k < nps && k < top; k++) {
        size_t x = vb__utf8_width(theme(m, m->pairs[k].a)->path);
        size_t y = vb__utf8_width(theme(m, m->pairs[k].b)->path);
        wa = x > wa ? x : wa;
        wb = y > wb ? y : wb;
    }
    fputs(st->b, f);
    pad(f, "THEME A", wa + 2);
    pad(f, "THEME B", wb + 2);
    int full = wa + wb + 4 + 38 <= m->o.width; /* NPMI and P give way on a narrow terminal */
    fprintf(f, "%6s %8s %6s", "BOTH", "JACCARD", "LIFT");
    if (full)
        fprintf(f, " %6s %7s", "NPMI", "P");
    fprintf(f, "%s\n", st->e);
    for (size_t k = 0; k < nps && k < top; k++) {
        const vb_pair_stats *p = &m->pairs[k];
        char q[32];
        pad(f, theme(m, p->a)->path, wa + 2);
        pad(f, theme(m, p->b)->path, wb + 2);
        vb__fmt_q(q, sizeof q, p->p);
        fprintf(f, "%6llu %8.3f %6.2f", (unsigned long long)p->both, p->jaccard, p->lift);
        if (full)
            fprintf(f, " %6.2f %7s", p->npmi, q);
        putc('\n', f);
    }
}

static size_t name_width(const vb_model *m)
{
    size_t w = 5;
    for (size_t k = 0; k < m->norder; k++)
        if (vb__theme_shown(m, k)) {
            const vb_theme *th = theme(m, m->order[k]);
            size_t x = 2 * (size_t)th->depth + vb__utf8_width(leaf(th->path));
            w = x > w ? x : w;
        }
    return w;
}

/* all: every mover (--rising, at the top of the report), else the first 15 after the trend */
static void table_movers(FILE *f, const vb_model *m, const style *st, int all)
{
    fprintf(f, "%s%sSignificant changes%s (q < %g, Benjamini-Hochberg over %zu tests: each "
               "theme, period and segment against the period before)\n\n",
            all ? "" : "\n", st->b, st->e, m->o.alpha, m->ntests);
    if (!m->nmovers) {
        fputs("(none)\n", f);
        return;
    }
    size_t shown = all ? m->nmovers : (m->nmovers < 15 ? m->nmovers : 15);
    size_t wt = 5, ws = 7;
    char seg[300], per[32], prev[32], cur[32], chg[32], q[32];
    for (size_t i = 0; i < shown; i++) {
        const vb_mover *mv = &m->movers[i];
        size_t x = vb__utf8_width(theme(m, m->order[mv->theme])->path);
        wt = x > wt ? x : wt;
        if (mv->combo >= 0) {
            vb__combo_label(m, &m->combos[mv->combo], seg, sizeof seg);
            ws = vb__utf8_width(seg) > ws ? vb__utf8_width(seg) : ws;
        }
    }
    ws = ws > 30 ? 30 : ws;
    fputs(st->b, f);
    pad(f, "THEME", wt + 2);
    if (m->ncombos)
        pad(f, "SEGMENT", ws + 2);
    fprintf(f, "%-10s %7s %7s %9s %7s%s\n", "PERIOD", "BEFORE", "SHARE", "CHANGE", "Q", st->e);
    for (size_t i = 0; i < shown; i++) {
        const vb_mover *mv = &m->movers[i];
        const vb_trend_point *pt = vb__trend_at(m, (size_t)(mv->combo + 1), mv->theme, mv->period);
        const vb_trend_point *pv =
            vb__trend_at(m, (size_t)(mv->combo + 1), mv->theme, mv->period - 1);
        pad(f, theme(m, m->order[mv->theme])->path, wt + 2);
        if (m->ncombos) {
            if (mv->combo >= 0)
                vb__combo_label(m, &m->combos[mv->combo], seg, sizeof seg);
            else
                snprintf(seg, sizeof seg, "(all)");
            char clipped[128];
            vb__clip(clipped, sizeof clipped, seg, ws);
            pad(f, clipped, ws + 2);
        }
        vb__period_label(m, mv->period, per, sizeof per);
        vb__fmt_pct(prev, sizeof prev, pv->share);
        vb__fmt_pct(cur, sizeof cur, pt->share);
        vb__fmt_pts(chg, sizeof chg, pt->change);
        vb__fmt_q(q, sizeof q, pt->q);
        fprintf(f, "%-10s %7s %7s %9s %7s\n", per, prev, cur, chg, q);
    }
    if (shown < m->nmovers)
        fprintf(f, "(%zu more; --rising lists them all, --format csv --table trends has every "
                   "test)\n",
                m->nmovers - shown);
}

static void table_trend(FILE *f, const vb_model *m, const style *st)
{
    const vb_agg *a = m->a;
    char buf[64], buf2[64];
    vb__period_label(m, 0, buf, sizeof buf);
    vb__period_label(m, m->nperiods - 1, buf2, sizeof buf2);
    fprintf(f, "\n%sTrend by %s%s: %s to %s (%zu period%s)", st->b, vb_period_name(a->opts.period),
            st->e, buf, buf2, m->nperiods, m->nperiods == 1 ? "" : "s");
    if (m->undated)
        fprintf(f, "; %llu undated document%s not in the trend", (unsigned long long)m->undated,
                m->undated == 1 ? "" : "s");
    if (m->before)
        fprintf(f, "; %llu document%s before %s not shown (--max-periods)",
                (unsigned long long)m->before, m->before == 1 ? "" : "s", buf);
    fputs("\n\n", f);
    size_t wname = name_width(m);
    /* the latest periods that fit beside the name, change and q columns */
    size_t room = m->o.width > wname + 2 + 18 ? m->o.width - wname - 2 - 18 : 8;
    size_t ncols = room / 9 ? room / 9 : 1;
    if (ncols > m->nperiods)
        ncols = m->nperiods;
    size_t p0 = m->nperiods - ncols, last = m->nperiods - 1;
    fputs(st->b, f);
    pad(f, "THEME", wname + 2);
    for (size_t p = p0; p < m->nperiods; p++) {
        vb__period_label(m, p, buf, sizeof buf);
        rpad(f, buf, 9);
    }
    fprintf(f, " %9s %7s%s\n", "CHANGE", "Q", st->e);
    char name[512];
    for (size_t k = 0; k < m->norder; k++) {
        if (!vb__theme_shown(m, k))
            continue;
        const vb_theme *th = theme(m, m->order[k]);
        snprintf(name, sizeof name, "%*s%s", 2 * th->depth, "", leaf(th->path));
        pad(f, name, wname + 2);
        for (size_t p = p0; p < m->nperiods; p++) {
            const vb_trend_point *pt = vb__trend_at(m, 0, k, p);
            if (pt->docs)
                vb__fmt_pct(buf, sizeof buf, pt->share);
            else
                snprintf(buf, sizeof buf, "-");
            rpad(f, buf, 9);
        }
        const vb_trend_point *pt = vb__trend_at(m, 0, k, last);
        vb__fmt_pts(buf, sizeof buf, pt->change);
        vb__fmt_q(buf2, sizeof buf2, pt->q);
        fprintf(f, " %9s %7s%s\n", buf, buf2, pt->q < m->o.alpha ? " *" : "");
    }
    pad(f, "(documents)", wname + 2);
    for (size_t p = p0; p < m->nperiods; p++) {
        snprintf(buf, sizeof buf, "%llu", (unsigned long long)vb__trend_at(m, 0, 0, p)->docs);
        rpad(f, buf, 9);
    }
    fputs("\n", f);
    fprintf(f, "(share of each period's documents; CHANGE and Q: the last period against the "
               "one before; * q < %g%s)\n",
            m->o.alpha, ncols < m->nperiods ? "; earlier periods in --format csv/json" : "");
}

static void table_segments(FILE *f, const vb_model *m, const style *st)
{
    const vb_agg *a = m->a;
    fprintf(f, "\n%sThemes by %s%s%s%s (share of each segment's documents; * differs from the "
               "other segments at q < %g)\n\n",
            st->b, a->segment_names[0], a->opts.nsegments > 1 ? " x " : "",
            a->opts.nsegments > 1 ? a->segment_names[1] : "", st->e, m->o.alpha);
    size_t wname = name_width(m);
    char buf[300], cell[64];
    /* columns as wide as their labels (7 to 18), as many as fit */
    size_t widths[64], ncols = 0, used = wname + 2;
    for (size_t c = 0; c < m->ncombos && c < 64; c++) {
        vb__combo_label(m, &m->combos[c], buf, sizeof buf);
        size_t w = vb__utf8_width(buf);
        w = w < 7 ? 7 : w > 18 ? 18 : w;
        if (ncols && used + w + 2 > m->o.width)
            break;
        widths[ncols++] = w;
        used += w + 2;
    }
    fputs(st->b, f);
    pad(f, "THEME", wname + 2);
    for (size_t c = 0; c < ncols; c++) {
        vb__combo_label(m, &m->combos[c], buf, sizeof buf);
        vb__clip(cell, sizeof cell, buf, widths[c]);
        rpad(f, cell, widths[c] + 2);
    }
    fprintf(f, "%s\n", st->e);
    char name[512];
    for (size_t k = 0; k < m->norder; k++) {
        if (!vb__theme_shown(m, k))
            continue;
        const vb_theme *th = theme(m, m->order[k]);
        snprintf(name, sizeof name, "%*s%s", 2 * th->depth, "", leaf(th->path));
        pad(f, name, wname + 2);
        for (size_t c = 0; c < ncols; c++) {
            const vb_segment_cell *sc = &m->seg[c * m->norder + k];
            vb__fmt_pct(buf, sizeof buf, sc->share);
            strcat(buf, sc->q < m->o.alpha ? "*" : " ");
            rpad(f, buf, widths[c] + 2);
        }
        fputs("\n", f);
    }
    pad(f, "(documents)", wname + 2);
    for (size_t c = 0; c < ncols; c++) {
        snprintf(buf, sizeof buf, "%llu ", (unsigned long long)m->combos[c].docs);
        rpad(f, buf, widths[c] + 2);
    }
    fputs("\n", f);
    if (ncols < m->ncombos) {
        uint64_t docs = 0;
        for (size_t c = ncols; c < m->ncombos; c++)
            docs += m->combos[c].docs;
        fprintf(f, "(%zu more segment value%s with %llu documents: wider terminal, or "
                   "--format csv --table segments)\n",
                m->ncombos - ncols, m->ncombos - ncols == 1 ? "" : "s",
                (unsigned long long)docs);
    }
    if (m->combos_total > m->ncombos)
        fprintf(f, "(%zu smaller segment value%s with %llu documents not reported; "
                   "--max-segments N reports more)\n",
                m->combos_total - m->ncombos, m->combos_total - m->ncombos == 1 ? "" : "s",
                (unsigned long long)m->combos_hidden_docs);
    for (int d = 0; d < a->opts.nsegments; d++)
        if (m->seg_missing[d])
            fprintf(f, "(%llu document%s without a %s value, counted as \"(none)\")\n",
                    (unsigned long long)m->seg_missing[d], m->seg_missing[d] == 1 ? "" : "s",
                    a->segment_names[d]);
}

static void table_drivers(FILE *f, const vb_model *m, const style *st)
{
    const vb_agg *a = m->a;
    const char *mn = vb__metric_name(m);
    fprintf(f, "\n%sDrivers of %s%s (%s of %llu documents with a score: ", st->b, a->score_name,
            st->e, mn, (unsigned long long)a->score_all.n);
    if (isnan(m->overall))
        fputs("-", f);
    else
        fprintf(f, a->opts.score == VB_SCORE_NPS ? "%+.1f" : "%.2f", m->overall);
    if (a->score_missing)
        fprintf(f, "; %llu without a usable score", (unsigned long long)a->score_missing);
    fputs(")\n\n", f);
    if (!m->ndrivers) {
        fputs("(no scored document has a theme)\n", f);
        return;
    }
    size_t wt = 5;
    for (size_t i = 0; i < m->ndrivers; i++) {
        size_t x = vb__utf8_width(theme(m, m->drivers[i].theme)->path);
        wt = x > wt ? x : wt;
    }
    char w1[32], w2[32];
    snprintf(w1, sizeof w1, "%s WITH", mn);
    snprintf(w2, sizeof w2, "WITHOUT");
    for (char *p = w1; *p; p++)
        *p = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
    fputs(st->b, f);
    pad(f, "THEME", wt + 2);
    fprintf(f, "%7s %9s %9s %8s  %-17s%s\n", "DOCS", w1, w2, "IMPACT", "95% INTERVAL", st->e);
    const char *nf = a->opts.score == VB_SCORE_NPS ? "%+9.1f" : "%9.2f";
    size_t shown = m->ndrivers < 25 ? m->ndrivers : 25;
    for (size_t i = 0; i < shown; i++) {
        const vb_driver *d = &m->drivers[i];
        pad(f, theme(m, d->theme)->path, wt + 2);
        fprintf(f, "%7llu ", (unsigned long long)d->n_with);
        fprintf(f, nf, d->with);
        putc(' ', f);
        if (isnan(d->without))
            fprintf(f, "%9s", "-");
        else
            fprintf(f, nf, d->without);
        if (isnan(d->impact))
            fprintf(f, " %8s  %s\n", "-", "-");
        else if (isnan(d->lo))
            fprintf(f, " %+8.2f  %s\n", d->impact, "-");
        else
            fprintf(f, " %+8.2f  [%+.2f, %+.2f]\n", d->impact, d->lo, d->hi);
    }
    if (shown < m->ndrivers)
        fprintf(f, "(%zu more in --format csv --table drivers)\n", m->ndrivers - shown);
    fprintf(f, "(IMPACT: how far the overall %s would move if the theme's documents were "
               "removed, negated: negative pulls it down; largest first)\n",
            mn);
}

static void put_raw(FILE *f, const char *s, size_t len)
{
    fwrite(s, 1, len, f);
}

static void example_text(FILE *f, const vb_example *e, const style *st)
{
    if (e->flags & 1)
        fputs("...", f);
    vb__write_marked(f, e, put_raw, st->hl, st->hle);
    if (e->flags & 2)
        fputs("...", f);
}

static void table_examples(FILE *f, const vb_model *m, const style *st)
{
    const vb_agg *a = m->a;
    fprintf(f, "\n%sExamples%s (up to %zu per theme, the same whatever the order or split of "
               "the input: smallest hash of the record id; matched words in %s)\n",
            st->b, st->e, a->opts.examples, *st->hl == '[' ? "[brackets]" : "colour");
    char date[32];
    for (size_t k = 0; k < m->norder; k++) {
        if (!vb__theme_shown(m, k))
            continue;
        size_t t = m->order[k];
        const vb_examples *ex = &a->examples[t];
        if (!ex->n)
            continue;
        const vb_theme *th = theme(m, t);
        fprintf(f, "\n%s%s%s%s%s (%llu document%s)\n", st->b, th->path,
                *th->label ? " - " : "", th->label, st->e, (unsigned long long)a->theme_docs[t],
                a->theme_docs[t] == 1 ? "" : "s");
        for (size_t i = 0; i < ex->n; i++) {
            const vb_example *e = &ex->ex[i];
            fputs("  ", f);
            fwrite(e->id, 1, e->id_len, f);
            if (e->day != VB_UNDATED) {
                vb__date_label(e->day, date, sizeof date);
                fprintf(f, " (%s)", date);
            }
            fputs(": ", f);
            example_text(f, e, st);
            fputs("\n", f);
        }
    }
}

static const char *const term_titles[4] = { "Frequent words", "Frequent stems",
                                             "Frequent two-word phrases",
                                             "Frequent three-word phrases" };

static void table_terms(FILE *f, const vb_model *m, const style *st)
{
    const vb_agg *a = m->a;
    for (int k = 0; k < 4; k++) {
        if (k == 1)
            continue; /* stems are in CSV and JSON; words read better here */
        fprintf(f, "\n%s%s%s (documents that use them; top %zu of %zu)\n\n", st->b,
                term_titles[k], st->e, m->nterms[k], m->terms_total[k]);
        if (!m->nterms[k]) {
            fputs("(none)\n", f);
            continue;
        }
        size_t w = 4;
        for (size_t i = 0; i < m->nterms[k]; i++) {
            size_t x = vb__utf8_width(m->terms[k][i]->key + 1);
            w = x > w ? x : w;
        }
        w = w > 40 ? 40 : w;
        fputs(st->b, f);
        pad(f, k >= 2 ? "PHRASE" : "WORD", w + 2);
        fprintf(f, "%8s %7s %8s%s\n", "DOCS", "SHARE", "HITS", st->e);
        char buf[256];
        for (size_t i = 0; i < m->nterms[k]; i++) {
            const vb_term *t = m->terms[k][i];
            vb__clip(buf, sizeof buf, t->key + 1, w);
            pad(f, buf, w + 2);
            fprintf(f, "%8llu %6.1f%% %8llu\n", (unsigned long long)t->docs,
                    100.0 * share(t->docs, a->docs), (unsigned long long)t->hits);
        }
    }
}

static void table_theme_words(FILE *f, const vb_model *m, const style *st)
{
    fprintf(f, "\n%sWords that come with each theme%s (words no entry matched, in at least 3 "
               "of the theme's documents and more often than elsewhere; by log-likelihood; "
               "x lift)\n\n",
            st->b, st->e);
    size_t w = 5, shown = 0;
    for (size_t k = 0; k < m->norder; k++)
        if (vb__theme_shown(m, k) && m->ntheme_words[k]) {
            size_t x = vb__utf8_width(theme(m, m->order[k])->path);
            w = x > w ? x : w;
        }
    for (size_t k = 0; k < m->norder; k++) {
        if (!vb__theme_shown(m, k) || !m->ntheme_words[k])
            continue;
        pad(f, theme(m, m->order[k])->path, w + 2);
        size_t col = w + 2;
        for (size_t i = 0; i < m->ntheme_words[k]; i++) {
            const vb_theme_word *tw = &m->theme_words[k * VB_THEME_WORDS + i];
            char item[200];
            int n = snprintf(item, sizeof item, "%s%.*s x%.1f", i ? ", " : "",
                             (int)(tw->len > 60 ? 60 : tw->len), tw->word, tw->lift);
            if (i && col + vb__utf8_width(item) > m->o.width)
                break; /* one line per theme; the rest is in CSV and JSON */
            fputs(item, f);
            col += vb__utf8_width(item);
            (void)n;
        }
        fputs("\n", f);
        shown++;
    }
    if (!shown)
        fputs("(none)\n", f);
}

static void table_coverage(FILE *f, const vb_model *m, const style *st)
{
    const vb_agg *a = m->a;
    uint64_t un = a->docs - a->matched;
    fprintf(f, "\n%sCoverage%s: %zu of %zu entries matched at least one document; %llu document%s "
               "(%.1f%%) matched no entry\n",
            st->b, st->e, m->nentries - m->entries_never, m->nentries, (unsigned long long)un,
            un == 1 ? "" : "s", 100.0 * share(un, a->docs));
    size_t top = m->nentries < 10 ? m->nentries : 10;
    fputs("\nMost matched: ", f);
    for (size_t i = 0; i < top && a->entry_docs[m->entry_order[i]]; i++) {
        const vb_entry *e = &m->lex->entries[m->entry_order[i]];
        fprintf(f, "%s%s (%llu)", i ? ", " : "", e->text,
                (unsigned long long)a->entry_docs[m->entry_order[i]]);
    }
    fprintf(f, "\nNever matched: %zu entr%s", m->entries_never, m->entries_never == 1 ? "y" : "ies");
    if (m->entries_never)
        fputs(" (--format csv --table coverage lists them with their lines)", f);
    fputs("\n", f);
    static const char *const kinds[2] = { "Words", "Phrases" };
    for (int k = 0; k < 2; k++) {
        fprintf(f, "\n%sWhat the lexicon misses: %s%s of the documents no entry matched, more "
                   "common there than in the others (log-likelihood)\n\n",
                st->b, k ? "phrases" : "words", st->e);
        if (!m->nmisses[k]) {
            fputs("(none in 3 documents or more)\n", f);
            continue;
        }
        size_t w = 5;
        for (size_t i = 0; i < m->nmisses[k]; i++) {
            char buf[256];
            snprintf(buf, sizeof buf, "%.*s", (int)m->misses[k][i].len, m->misses[k][i].text);
            w = vb__utf8_width(buf) > w ? vb__utf8_width(buf) : w;
        }
        w = w > 40 ? 40 : w;
        fputs(st->b, f);
        pad(f, kinds[k], w + 2);
        fprintf(f, "%10s %10s %9s%s\n", "UNMATCHED", "MATCHED", "G2", st->e);
        for (size_t i = 0; i < m->nmisses[k]; i++) {
            const vb_miss *ms = &m->misses[k][i];
            char buf[256], cut[256];
            snprintf(buf, sizeof buf, "%.*s", (int)ms->len, ms->text);
            vb__clip(cut, sizeof cut, buf, w);
            pad(f, cut, w + 2);
            fprintf(f, "%10llu %10llu %9.1f\n", (unsigned long long)ms->unmatched,
                    (unsigned long long)ms->matched, ms->g2);
        }
    }
}

static void write_table(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    style st = { "", "", "[", "]" };
    if (m->o.color)
        st = (style){ "\033[1m", "\033[0m", "\033[1;33m", "\033[0m" };
    fprintf(f, "%sThemes%s%s%s\n", st.b, m->o.title ? ": " : "", m->o.title ? m->o.title : "",
            st.e);
    fprintf(f, "%llu documents, %llu with at least one theme (%.1f%%)",
            (unsigned long long)a->docs, (unsigned long long)a->matched,
            100.0 * share(a->matched, a->docs));
    if (a->rejected)
        fprintf(f, "; %llu rejected records not counted", (unsigned long long)a->rejected);
    empty_note(f, a);
    fputs("\n", f);
    if (a->docs == 0) {
        fputs("\nNothing to report: no documents.\n", f);
        return;
    }
    if (m->o.rising && m->nperiods && want(m, VB_SECTION_TRENDS)) {
        fputs("\n", f);
        table_movers(f, m, &st, 1);
    }
    if (want(m, VB_SECTION_THEMES)) {
        fputs("\n", f);
        table_themes(f, m, &st);
    }
    if (want(m, VB_SECTION_COOC))
        table_pairs(f, m, &st);
    if (a->opts.period != VB_PERIOD_NONE && want(m, VB_SECTION_TRENDS)) {
        if (m->nperiods) {
            table_trend(f, m, &st);
            if (!m->o.rising)
                table_movers(f, m, &st, 0);
        } else {
            fprintf(f, "\n%sTrend by %s%s: no document has a usable date\n", st.b,
                    vb_period_name(a->opts.period), st.e);
        }
    }
    if (m->ncombos && want(m, VB_SECTION_SEGMENTS))
        table_segments(f, m, &st);
    if (a->opts.score != VB_SCORE_NONE && want(m, VB_SECTION_DRIVERS))
        table_drivers(f, m, &st);
    if (a->opts.terms && want(m, VB_SECTION_TERMS)) {
        table_terms(f, m, &st);
        table_theme_words(f, m, &st);
    }
    if (a->opts.coverage && want(m, VB_SECTION_COVERAGE))
        table_coverage(f, m, &st);
    if (a->opts.examples && want(m, VB_SECTION_EXAMPLES))
        table_examples(f, m, &st);
}

/* ---- rows shared by CSV and JSON Lines ---- */

/* The segment columns of a combo (-1: all documents). */
static void csv_segments(FILE *f, const vb_model *m, long combo)
{
    for (int d = 0; d < m->a->opts.nsegments; d++) {
        if (combo < 0)
            fputs("(all)", f);
        else {
            uint32_t s = m->combos[combo].seg[d];
            csv_cell(f, s ? m->a->segvals[d][s - 1] : "(none)");
        }
        putc(',', f);
    }
}

/* rank,id,date,text,highlights and the end of the row */
static void csv_example(FILE *f, const vb_example *e, size_t rank)
{
    char date[32];
    fprintf(f, "%zu,", rank);
    vb_csv_write_field(f, e->id, e->id_len);
    vb__date_label(e->day, date, sizeof date);
    fprintf(f, ",%s,", e->day == VB_UNDATED ? "" : date);
    vb_csv_write_field(f, e->text, e->text_len);
    putc(',', f);
    for (uint32_t s = 0; s < e->nspans; s++)
        fprintf(f, "%s%u-%u", s ? ";" : "", e->spans[2 * s], e->spans[2 * s + 1]);
    putc('\n', f);
}

static void write_csv(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    switch (m->o.csv_table) {
    case VB_TABLE_COOC:
        fprintf(f, "theme_a,theme_b,both,%s_a,%s_b,jaccard,lift,pmi,npmi,p\n",
                a->opts.cooc == VB_COOC_SENTENCE ? "sentences" : "docs",
                a->opts.cooc == VB_COOC_SENTENCE ? "sentences" : "docs");
        for (size_t k = 0; k < m->npairs; k++) {
            const vb_pair_stats *p = &m->pairs[k];
            uint64_t units;
            csv_cell(f, theme(m, p->a)->path);
            putc(',', f);
            csv_cell(f, theme(m, p->b)->path);
            fprintf(f, ",%llu,%llu,", (unsigned long long)p->both,
                    (unsigned long long)vb_agg_pair_units(a, p->a, p->a, &units));
            fprintf(f, "%llu,%.4f,%.4f,%.4f,%.4f,%.4g\n",
                    (unsigned long long)vb_agg_pair_units(a, p->b, p->b, &units), p->jaccard,
                    p->lift, p->pmi, p->npmi, p->p);
        }
        return;
    case VB_TABLE_TRENDS:
        for (int d = 0; d < a->opts.nsegments; d++) {
            csv_cell(f, a->segment_names[d]);
            putc(',', f);
        }
        fputs("period,theme,docs,theme_docs,share,change_pts,p,q,significant\n", f);
        for (size_t s = 0; s < m->nseries; s++)
            for (size_t k = 0; k < m->norder; k++)
                for (size_t p = 0; p < m->nperiods; p++) {
                    const vb_trend_point *pt = vb__trend_at(m, s, k, p);
                    char per[32];
                    csv_segments(f, m, (long)s - 1);
                    vb__period_label(m, p, per, sizeof per);
                    fprintf(f, "%s,", per);
                    csv_cell(f, theme(m, m->order[k])->path);
                    fprintf(f, ",%llu,%llu,%.4f,", (unsigned long long)pt->docs,
                            (unsigned long long)pt->theme_docs, pt->share);
                    tested(f, pt->change, pt->p, pt->q, m->o.alpha, 0);
                }
        return;
    case VB_TABLE_SEGMENTS:
        for (int d = 0; d < a->opts.nsegments; d++) {
            csv_cell(f, a->segment_names[d]);
            putc(',', f);
        }
        fputs("theme,docs,theme_docs,share,rest_share,diff_pts,p,q,significant\n", f);
        for (size_t c = 0; c < m->ncombos; c++)
            for (size_t k = 0; k < m->norder; k++) {
                const vb_segment_cell *sc = &m->seg[c * m->norder + k];
                csv_segments(f, m, (long)c);
                csv_cell(f, theme(m, m->order[k])->path);
                fprintf(f, ",%llu,%llu,%.4f,%.4f,", (unsigned long long)sc->docs,
                        (unsigned long long)sc->theme_docs, sc->share, sc->rest_share);
                tested(f, sc->diff, sc->p, sc->q, m->o.alpha, 0);
            }
        return;
    case VB_TABLE_DRIVERS:
        fputs("theme,docs_with,docs_without,with,without,mean_with,mean_without,impact,"
              "ci_low,ci_high\n",
              f);
        for (size_t i = 0; i < m->ndrivers; i++) {
            const vb_driver *d = &m->drivers[i];
            csv_cell(f, theme(m, d->theme)->path);
            fprintf(f, ",%llu,%llu,", (unsigned long long)d->n_with,
                    (unsigned long long)d->n_without);
            double v[] = { d->with, d->without, d->mean_with, d->mean_without, d->impact,
                           d->lo, d->hi };
            for (size_t j = 0; j < 7; j++) {
                num(f, v[j], "%.4f", 0);
                putc(j < 6 ? ',' : '\n', f);
            }
        }
        return;
    case VB_TABLE_TERMS:
        fputs("kind,term,docs,share,hits\n", f);
        for (int k = 0; k < 4; k++)
            for (size_t i = 0; i < m->nterms[k]; i++) {
                const vb_term *t = m->terms[k][i];
                fprintf(f, "%s,", vb__term_kinds[k]);
                vb_csv_write_field(f, t->key + 1, t->len - 1);
                fprintf(f, ",%llu,%.4f,%llu\n", (unsigned long long)t->docs,
                        share(t->docs, a->docs), (unsigned long long)t->hits);
            }
        return;
    case VB_TABLE_THEME_WORDS:
        fputs("theme,word,both,word_docs,theme_docs,lift,npmi,g2,p\n", f);
        for (size_t k = 0; k < m->norder; k++)
            for (size_t i = 0; i < m->ntheme_words[k]; i++) {
                const vb_theme_word *tw = &m->theme_words[k * VB_THEME_WORDS + i];
                csv_cell(f, theme(m, m->order[k])->path);
                putc(',', f);
                vb_csv_write_field(f, tw->word, tw->len);
                fprintf(f, ",%llu,%llu,%llu,%.4f,%.4f,%.2f,%.4g\n", (unsigned long long)tw->both,
                        (unsigned long long)tw->word_docs,
                        (unsigned long long)a->theme_docs[m->order[k]], tw->lift, tw->npmi,
                        tw->g2, tw->p);
            }
        return;
    case VB_TABLE_MATRIX: {
        /* every theme up to --pair-depth (default: all), in tree order; the diagonal holds
         * each theme's own units */
        int pd = m->o.pair_depth;
        fputs("theme", f);
        for (size_t k = 0; k < m->norder; k++)
            if (pd < 0 || theme(m, m->order[k])->depth <= pd) {
                putc(',', f);
                csv_cell(f, theme(m, m->order[k])->path);
            }
        putc('\n', f);
        for (size_t i = 0; i < m->norder; i++) {
            if (pd >= 0 && theme(m, m->order[i])->depth > pd)
                continue;
            csv_cell(f, theme(m, m->order[i])->path);
            for (size_t j = 0; j < m->norder; j++) {
                if (pd >= 0 && theme(m, m->order[j])->depth > pd)
                    continue;
                uint64_t units;
                fprintf(f, ",%llu",
                        (unsigned long long)vb_agg_pair_units(a, m->order[i], m->order[j], &units));
            }
            putc('\n', f);
        }
        return;
    }
    case VB_TABLE_COVERAGE:
        fputs("theme,entry,kind,line,docs\n", f);
        for (size_t i = 0; i < m->nentries; i++) {
            size_t e = m->entry_order[i];
            const vb_entry *en = &m->lex->entries[e];
            csv_cell(f, theme(m, (size_t)en->theme)->path);
            putc(',', f);
            csv_cell(f, en->text);
            fprintf(f, ",%s,%zu,%llu\n", vb_entry_kind_name(en->kind), en->line,
                    (unsigned long long)a->entry_docs[e]);
        }
        return;
    case VB_TABLE_MISSES:
        fputs("kind,term,unmatched_docs,matched_docs,g2\n", f);
        for (int k = 0; k < 2; k++)
            for (size_t i = 0; i < m->nmisses[k]; i++) {
                const vb_miss *ms = &m->misses[k][i];
                fputs(k ? "phrase," : "word,", f);
                vb_csv_write_field(f, ms->text, ms->len);
                fprintf(f, ",%llu,%llu,%.2f\n", (unsigned long long)ms->unmatched,
                        (unsigned long long)ms->matched, ms->g2);
            }
        return;
    case VB_TABLE_CELL_EXAMPLES:
        fputs("theme,period,", f);
        for (int d = 0; d < a->opts.nsegments; d++) {
            csv_cell(f, a->segment_names[d]);
            putc(',', f);
        }
        fputs("rank,id,date,text,highlights\n", f);
        for (size_t g = 0; g < m->ncx; g++) {
            const vb_cx_group *cg = &m->cx[g];
            for (size_t i = 0; i < cg->n; i++) {
                const vb_example *e = m->cx_items[cg->first + i];
                char per[32] = "";
                csv_cell(f, theme(m, m->order[cg->theme])->path);
                if (cg->period >= 0)
                    vb__period_label(m, (size_t)cg->period, per, sizeof per);
                fprintf(f, ",%s,", per);
                for (int d = 0; d < a->opts.nsegments; d++) {
                    if (cg->combo >= 0) {
                        uint32_t sv = m->combos[cg->combo].seg[d];
                        csv_cell(f, sv ? a->segvals[d][sv - 1] : "(none)");
                    }
                    putc(',', f);
                }
                csv_example(f, e, i + 1);
            }
        }
        return;
    case VB_TABLE_EXAMPLES:
        fputs("theme,rank,id,date,text,highlights\n", f);
        for (size_t k = 0; k < m->norder; k++) {
            size_t t = m->order[k];
            for (size_t i = 0; i < a->examples[t].n; i++) {
                csv_cell(f, theme(m, t)->path);
                putc(',', f);
                csv_example(f, &a->examples[t].ex[i], i + 1);
            }
        }
        return;
    default:
        fputs("theme,label,parent,depth,docs,share,hits,docs_negated,docs_affirmed,"
              "hits_negated\n",
              f);
        for (size_t k = 0; k < m->norder; k++) {
            size_t t = m->order[k];
            const vb_theme *th = theme(m, t);
            csv_cell(f, th->path);
            putc(',', f);
            csv_cell(f, th->label);
            putc(',', f);
            if (th->parent >= 0)
                csv_cell(f, theme(m, (size_t)th->parent)->path);
            fprintf(f, ",%d,%llu,%.4f,%llu,%llu,%llu,%llu\n", th->depth,
                    (unsigned long long)a->theme_docs[t], share(a->theme_docs[t], a->docs),
                    (unsigned long long)a->theme_hits[t], (unsigned long long)a->theme_neg_docs[t],
                    (unsigned long long)a->theme_aff_docs[t],
                    (unsigned long long)a->theme_neg_hits[t]);
        }
    }
}

/* ---- JSON and JSON Lines ---- */

static void json_segment(FILE *f, const vb_model *m, long combo)
{
    if (combo < 0) {
        fputs("null", f);
        return;
    }
    putc('[', f);
    for (int d = 0; d < m->a->opts.nsegments; d++) {
        uint32_t s = m->combos[combo].seg[d];
        if (d)
            putc(',', f);
        if (s)
            vb__json_str(f, m->a->segvals[d][s - 1]);
        else
            fputs("null", f);
    }
    putc(']', f);
}

static void json_theme(FILE *f, const vb_model *m, size_t k, int nl)
{
    size_t t = m->order[k];
    const vb_theme *th = theme(m, t);
    fputs("{\"theme\": ", f);
    vb__json_str(f, th->path);
    fputs(", \"label\": ", f);
    vb__json_str(f, th->label);
    fputs(", \"parent\": ", f);
    if (th->parent >= 0)
        vb__json_str(f, theme(m, (size_t)th->parent)->path);
    else
        fputs("null", f);
    fprintf(f, ", \"depth\": %d, \"docs\": %llu, \"share\": %.4f, \"hits\": %llu, "
               "\"docs_negated\": %llu, \"docs_affirmed\": %llu, \"hits_negated\": %llu%s",
            th->depth, (unsigned long long)m->a->theme_docs[t],
            share(m->a->theme_docs[t], m->a->docs), (unsigned long long)m->a->theme_hits[t],
            (unsigned long long)m->a->theme_neg_docs[t], (unsigned long long)m->a->theme_aff_docs[t],
            (unsigned long long)m->a->theme_neg_hits[t], "");
    if (m->a->sent_fp) {
        fputs(", \"sentiment\": ", f);
        num(f, m->a->th_sent_n[t] ? (double)m->a->th_sent_sum[t] / 1000.0 / (double)m->a->th_sent_n[t]
                                 : NAN,
            "%.4f", 1);
        fputs(", \"sentence_sentiment\": ", f);
        num(f, m->a->th_ssent_n[t]
                   ? (double)m->a->th_ssent_sum[t] / 1000.0 / (double)m->a->th_ssent_n[t]
                   : NAN,
            "%.4f", 1);
    }
    fputs(nl ? "}\n" : "}", f);
}

static void json_pair(FILE *f, const vb_model *m, const vb_pair_stats *p)
{
    fputs("{\"a\": ", f);
    vb__json_str(f, theme(m, p->a)->path);
    fputs(", \"b\": ", f);
    vb__json_str(f, theme(m, p->b)->path);
    fprintf(f, ", \"both\": %llu, \"jaccard\": %.4f, \"lift\": %.4f, \"pmi\": %.4f, "
               "\"npmi\": %.4f, \"p\": %.4g}",
            (unsigned long long)p->both, p->jaccard, p->lift, p->pmi, p->npmi, p->p);
}

static void json_point(FILE *f, const vb_model *m, const vb_trend_point *pt, size_t p)
{
    char per[32];
    vb__period_label(m, p, per, sizeof per);
    fprintf(f, "{\"period\": \"%s\", \"docs\": %llu, \"theme_docs\": %llu, \"share\": %.4f, "
               "\"change\": ",
            per, (unsigned long long)pt->docs, (unsigned long long)pt->theme_docs, pt->share);
    tested(f, pt->change, pt->p, pt->q, m->o.alpha, 1);
}

static void json_segcell(FILE *f, const vb_model *m, size_t c, size_t k)
{
    const vb_segment_cell *sc = &m->seg[c * m->norder + k];
    fputs("{\"theme\": ", f);
    vb__json_str(f, theme(m, m->order[k])->path);
    fprintf(f, ", \"docs\": %llu, \"theme_docs\": %llu, \"share\": %.4f, \"rest_share\": %.4f, "
               "\"diff\": ",
            (unsigned long long)sc->docs, (unsigned long long)sc->theme_docs, sc->share,
            sc->rest_share);
    tested(f, sc->diff, sc->p, sc->q, m->o.alpha, 1);
}

static void json_driver(FILE *f, const vb_model *m, const vb_driver *d)
{
    fputs("{\"theme\": ", f);
    vb__json_str(f, theme(m, d->theme)->path);
    fprintf(f, ", \"docs_with\": %llu, \"docs_without\": %llu", (unsigned long long)d->n_with,
            (unsigned long long)d->n_without);
    const char *names[] = { "with", "without", "mean_with", "mean_without", "impact", "ci_low",
                            "ci_high" };
    double v[] = { d->with, d->without, d->mean_with, d->mean_without, d->impact, d->lo, d->hi };
    for (size_t j = 0; j < 7; j++) {
        fprintf(f, ", \"%s\": ", names[j]);
        num(f, v[j], "%.4f", 1);
    }
    putc('}', f);
}

static void json_example(FILE *f, const vb_example *e)
{
    fputs("{\"id\": ", f);
    vb_json_write_string(f, e->id, e->id_len);
    fputs(", \"date\": ", f);
    if (e->day == VB_UNDATED)
        fputs("null", f);
    else {
        char date[32];
        vb__date_label(e->day, date, sizeof date);
        fprintf(f, "\"%s\"", date);
    }
    fputs(", \"text\": ", f);
    vb_json_write_string(f, e->text, e->text_len);
    fprintf(f, ", \"cut_left\": %s, \"cut_right\": %s, \"highlights\": [",
            e->flags & 1 ? "true" : "false", e->flags & 2 ? "true" : "false");
    for (uint32_t s = 0; s < e->nspans; s++)
        fprintf(f, "%s[%u, %u]", s ? ", " : "", e->spans[2 * s], e->spans[2 * s + 1]);
    fputs("]}", f);
}

static void json_term(FILE *f, const vb_model *m, const vb_term *t)
{
    fputs("{\"term\": ", f);
    vb_json_write_string(f, t->key + 1, t->len - 1);
    fprintf(f, ", \"docs\": %llu, \"share\": %.4f, \"hits\": %llu}",
            (unsigned long long)t->docs, share(t->docs, m->a->docs),
            (unsigned long long)t->hits);
}

static void json_theme_word(FILE *f, const vb_theme_word *tw)
{
    fputs("{\"word\": ", f);
    vb_json_write_string(f, tw->word, tw->len);
    fprintf(f, ", \"both\": %llu, \"word_docs\": %llu, \"lift\": %.4f, \"npmi\": %.4f, "
               "\"g2\": %.2f, \"p\": %.4g}",
            (unsigned long long)tw->both, (unsigned long long)tw->word_docs, tw->lift, tw->npmi,
            tw->g2, tw->p);
}

static void write_json(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    fputs("{\n  \"title\": ", f);
    if (m->o.title)
        vb__json_str(f, m->o.title);
    else
        fputs("null", f);
    fputs(",\n  \"lexicon\": ", f);
    vb__json_str(f, vb_lexicon_name(m->lex));
    fprintf(f, ",\n  \"documents\": %llu,\n  \"matched\": %llu,\n  \"matched_share\": %.4f,\n"
               "  \"rejected\": %llu,\n  \"empty\": %llu,\n  \"empty_counted\": %s,\n",
            (unsigned long long)a->docs, (unsigned long long)a->matched,
            share(a->matched, a->docs), (unsigned long long)a->rejected,
            (unsigned long long)a->empty, a->opts.skip_empty ? "false" : "true");
    fprintf(f, "  \"negation\": \"%s\",\n  \"negated_dropped\": %llu,\n",
            a->aflags & VB_MATCH_NEGATION_OFF    ? "off"
            : a->aflags & VB_MATCH_NEGATION_DROP ? "drop"
                                                 : "mark",
            (unsigned long long)a->dropped);
    if (a->sent_fp) {
        fputs("  \"sentiment\": {\"list\": ", f);
        vb__json_str(f, a->sent_name);
        fprintf(f, ", \"documents\": %llu, \"mean\": ", (unsigned long long)a->sent_docs);
        num(f, a->sent_docs ? (double)a->sent_sum / 1000.0 / (double)a->sent_docs : NAN, "%.4f",
            1);
        fputs("},\n", f);
    } else {
        fputs("  \"sentiment\": null,\n", f);
    }
    fputs("  \"themes\": [", f);
    for (size_t k = 0; k < m->norder; k++) {
        fputs(k ? ",\n    " : "\n    ", f);
        json_theme(f, m, k, 0);
    }
    fputs(m->norder ? "\n  ],\n" : "],\n", f);
    if (a->opts.cooc == VB_COOC_WINDOW)
        fprintf(f, "  \"cooc_level\": \"window:%u\",\n", a->opts.window);
    else
        fprintf(f, "  \"cooc_level\": \"%s\",\n",
                a->opts.cooc == VB_COOC_SENTENCE ? "sentence" : "document");
    fputs("  \"cooccurrence\": [", f);
    for (size_t k = 0; k < m->npairs; k++) {
        fputs(k ? ",\n    " : "\n    ", f);
        json_pair(f, m, &m->pairs[k]);
    }
    fputs(m->npairs ? "\n  ]" : "]", f);
    if (a->opts.period != VB_PERIOD_NONE) {
        fprintf(f, ",\n  \"trend\": {\n    \"period\": \"%s\",\n    \"periods\": [",
                vb_period_name(a->opts.period));
        for (size_t p = 0; p < m->nperiods; p++) {
            char per[32];
            vb__period_label(m, p, per, sizeof per);
            fprintf(f, "%s\"%s\"", p ? ", " : "", per);
        }
        fprintf(f, "],\n    \"undated\": %llu,\n    \"before\": %llu,\n    \"tests\": %zu,\n"
                   "    \"alpha\": %g,\n    \"series\": [",
                (unsigned long long)m->undated, (unsigned long long)m->before, m->ntests,
                m->o.alpha);
        size_t n = 0;
        for (size_t s = 0; s < m->nseries; s++)
            for (size_t k = 0; k < m->norder; k++) {
                fputs(n++ ? ",\n      {\"segment\": " : "\n      {\"segment\": ", f);
                json_segment(f, m, (long)s - 1);
                fputs(", \"theme\": ", f);
                vb__json_str(f, theme(m, m->order[k])->path);
                fputs(", \"points\": [", f);
                for (size_t p = 0; p < m->nperiods; p++) {
                    fputs(p ? ",\n        " : "\n        ", f);
                    json_point(f, m, vb__trend_at(m, s, k, p), p);
                }
                fputs("]}", f);
            }
        fputs(n ? "\n    ],\n    \"movers\": [" : "],\n    \"movers\": [", f);
        for (size_t i = 0; i < m->nmovers; i++) {
            const vb_mover *mv = &m->movers[i];
            fputs(i ? ",\n      {\"segment\": " : "\n      {\"segment\": ", f);
            json_segment(f, m, mv->combo);
            fputs(", \"theme\": ", f);
            vb__json_str(f, theme(m, m->order[mv->theme])->path);
            fputs(", \"point\": ", f);
            json_point(f, m, vb__trend_at(m, (size_t)(mv->combo + 1), mv->theme, mv->period),
                       mv->period);
            putc('}', f);
        }
        fputs(m->nmovers ? "\n    ]\n  }" : "]\n  }", f);
    }
    if (a->opts.nsegments) {
        fputs(",\n  \"segments\": {\n    \"dimensions\": [", f);
        for (int d = 0; d < a->opts.nsegments; d++) {
            fputs(d ? ", " : "", f);
            vb__json_str(f, a->segment_names[d]);
        }
        fprintf(f, "],\n    \"values\": %zu,\n    \"shown\": %zu,\n    \"hidden_docs\": %llu,\n"
                   "    \"missing\": [",
                m->combos_total, m->ncombos, (unsigned long long)m->combos_hidden_docs);
        for (int d = 0; d < a->opts.nsegments; d++)
            fprintf(f, "%s%llu", d ? ", " : "", (unsigned long long)m->seg_missing[d]);
        fprintf(f, "],\n    \"tests\": %zu,\n    \"cells\": [", m->nseg_tests);
        for (size_t c = 0; c < m->ncombos; c++) {
            fputs(c ? ",\n      {\"segment\": " : "\n      {\"segment\": ", f);
            json_segment(f, m, (long)c);
            fprintf(f, ", \"docs\": %llu, \"themes\": [", (unsigned long long)m->combos[c].docs);
            for (size_t k = 0; k < m->norder; k++) {
                fputs(k ? ",\n        " : "\n        ", f);
                json_segcell(f, m, c, k);
            }
            fputs("]}", f);
        }
        fputs(m->ncombos ? "\n    ]\n  }" : "]\n  }", f);
    }
    if (a->opts.score != VB_SCORE_NONE) {
        fputs(",\n  \"drivers\": {\n    \"score\": ", f);
        vb__json_str(f, a->score_name);
        fprintf(f, ",\n    \"metric\": \"%s\",\n    \"documents\": %llu,\n    \"missing\": %llu,\n"
                   "    \"overall\": ",
                a->opts.score == VB_SCORE_NPS ? "nps" : "mean",
                (unsigned long long)a->score_all.n, (unsigned long long)a->score_missing);
        num(f, m->overall, "%.4f", 1);
        fputs(",\n    \"overall_mean\": ", f);
        num(f, m->overall_mean, "%.4f", 1);
        fputs(",\n    \"themes\": [", f);
        for (size_t i = 0; i < m->ndrivers; i++) {
            fputs(i ? ",\n      " : "\n      ", f);
            json_driver(f, m, &m->drivers[i]);
        }
        fputs(m->ndrivers ? "\n    ]\n  }" : "]\n  }", f);
    }
    if (a->opts.terms) {
        fputs(",\n  \"terms\": {", f);
        for (int k = 0; k < 4; k++) {
            fprintf(f, "%s\n    \"%s\": {\"total\": %zu, \"top\": [", k ? "," : "",
                    vb__term_kinds[k], m->terms_total[k]);
            for (size_t i = 0; i < m->nterms[k]; i++) {
                fputs(i ? ",\n      " : "\n      ", f);
                json_term(f, m, m->terms[k][i]);
            }
            fputs(m->nterms[k] ? "\n    ]}" : "]}", f);
        }
        fputs("\n  },\n  \"theme_words\": [", f);
        size_t n = 0;
        for (size_t k = 0; k < m->norder; k++) {
            if (!m->ntheme_words[k])
                continue;
            fputs(n++ ? ",\n    {\"theme\": " : "\n    {\"theme\": ", f);
            vb__json_str(f, theme(m, m->order[k])->path);
            fputs(", \"words\": [", f);
            for (size_t i = 0; i < m->ntheme_words[k]; i++) {
                fputs(i ? ", " : "", f);
                json_theme_word(f, &m->theme_words[k * VB_THEME_WORDS + i]);
            }
            fputs("]}", f);
        }
        fputs(n ? "\n  ]" : "]", f);
    }
    if (a->opts.examples) {
        fputs(",\n  \"examples\": [", f);
        size_t n = 0;
        for (size_t k = 0; k < m->norder; k++) {
            size_t t = m->order[k];
            if (!a->examples[t].n)
                continue;
            fputs(n++ ? ",\n    {\"theme\": " : "\n    {\"theme\": ", f);
            vb__json_str(f, theme(m, t)->path);
            fputs(", \"items\": [", f);
            for (size_t i = 0; i < a->examples[t].n; i++) {
                fputs(i ? ",\n      " : "\n      ", f);
                json_example(f, &a->examples[t].ex[i]);
            }
            fputs("]}", f);
        }
        fputs(n ? "\n  ]" : "]", f);
    }
    if (a->opts.coverage) {
        fprintf(f, ",\n  \"coverage\": {\n    \"entries\": %zu,\n    \"never_matched\": %zu,\n"
                   "    \"unmatched_docs\": %llu,\n    \"by_entry\": [",
                m->nentries, m->entries_never, (unsigned long long)(a->docs - a->matched));
        for (size_t i = 0; i < m->nentries; i++) {
            size_t e = m->entry_order[i];
            const vb_entry *en = &m->lex->entries[e];
            fputs(i ? ",\n      {\"theme\": " : "\n      {\"theme\": ", f);
            vb__json_str(f, theme(m, (size_t)en->theme)->path);
            fputs(", \"entry\": ", f);
            vb__json_str(f, en->text);
            fprintf(f, ", \"kind\": \"%s\", \"line\": %zu, \"docs\": %llu}",
                    vb_entry_kind_name(en->kind), en->line, (unsigned long long)a->entry_docs[e]);
        }
        fputs(m->nentries ? "\n    ],\n    \"misses\": {" : "],\n    \"misses\": {", f);
        for (int k = 0; k < 2; k++) {
            fprintf(f, "%s\"%s\": [", k ? ", " : "", k ? "phrases" : "words");
            for (size_t i = 0; i < m->nmisses[k]; i++) {
                const vb_miss *ms = &m->misses[k][i];
                fputs(i ? ", {\"term\": " : "{\"term\": ", f);
                vb_json_write_string(f, ms->text, ms->len);
                fprintf(f, ", \"unmatched_docs\": %llu, \"matched_docs\": %llu, \"g2\": %.2f}",
                        (unsigned long long)ms->unmatched, (unsigned long long)ms->matched,
                        ms->g2);
            }
            fputs("]", f);
        }
        fputs("}\n  }", f);
    }
    if (a->opts.cell_examples) {
        fputs(",\n  \"cell_examples\": [", f);
        for (size_t g = 0; g < m->ncx; g++) {
            const vb_cx_group *cg = &m->cx[g];
            fputs(g ? ",\n    {\"theme\": " : "\n    {\"theme\": ", f);
            vb__json_str(f, theme(m, m->order[cg->theme])->path);
            fputs(", \"period\": ", f);
            if (cg->period >= 0) {
                char per[32];
                vb__period_label(m, (size_t)cg->period, per, sizeof per);
                fprintf(f, "\"%s\"", per);
            } else {
                fputs("null", f);
            }
            fputs(", \"segment\": ", f);
            json_segment(f, m, cg->combo);
            fputs(", \"items\": [", f);
            for (size_t i = 0; i < cg->n; i++) {
                fputs(i ? ",\n      " : "\n      ", f);
                json_example(f, m->cx_items[cg->first + i]);
            }
            fputs("]}", f);
        }
        fputs(m->ncx ? "\n  ]" : "]", f);
    }
    fputs("\n}\n", f);
}

static void write_jsonl(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    fprintf(f, "{\"table\": \"summary\", \"lexicon\": ");
    vb__json_str(f, vb_lexicon_name(m->lex));
    fprintf(f, ", \"documents\": %llu, \"matched\": %llu, \"rejected\": %llu, \"empty\": %llu}\n",
            (unsigned long long)a->docs, (unsigned long long)a->matched,
            (unsigned long long)a->rejected, (unsigned long long)a->empty);
    for (size_t k = 0; k < m->norder; k++) {
        fputs("{\"table\": \"themes\", \"row\": ", f);
        json_theme(f, m, k, 0);
        fputs("}\n", f);
    }
    for (size_t k = 0; k < m->npairs; k++) {
        fputs("{\"table\": \"cooc\", \"row\": ", f);
        json_pair(f, m, &m->pairs[k]);
        fputs("}\n", f);
    }
    for (size_t s = 0; s < m->nseries; s++)
        for (size_t k = 0; k < m->norder; k++)
            for (size_t p = 0; p < m->nperiods; p++) {
                fputs("{\"table\": \"trends\", \"segment\": ", f);
                json_segment(f, m, (long)s - 1);
                fputs(", \"theme\": ", f);
                vb__json_str(f, theme(m, m->order[k])->path);
                fputs(", \"row\": ", f);
                json_point(f, m, vb__trend_at(m, s, k, p), p);
                fputs("}\n", f);
            }
    for (size_t c = 0; c < m->ncombos; c++)
        for (size_t k = 0; k < m->norder; k++) {
            fputs("{\"table\": \"segments\", \"segment\": ", f);
            json_segment(f, m, (long)c);
            fputs(", \"row\": ", f);
            json_segcell(f, m, c, k);
            fputs("}\n", f);
        }
    for (size_t i = 0; i < m->ndrivers; i++) {
        fputs("{\"table\": \"drivers\", \"row\": ", f);
        json_driver(f, m, &m->drivers[i]);
        fputs("}\n", f);
    }
    for (int k = 0; k < 4; k++)
        for (size_t i = 0; i < m->nterms[k]; i++) {
            fprintf(f, "{\"table\": \"terms\", \"kind\": \"%s\", \"row\": ", vb__term_kinds[k]);
            json_term(f, m, m->terms[k][i]);
            fputs("}\n", f);
        }
    for (size_t k = 0; a->opts.terms && k < m->norder; k++)
        for (size_t i = 0; i < m->ntheme_words[k]; i++) {
            fputs("{\"table\": \"theme_words\", \"theme\": ", f);
            vb__json_str(f, theme(m, m->order[k])->path);
            fputs(", \"row\": ", f);
            json_theme_word(f, &m->theme_words[k * VB_THEME_WORDS + i]);
            fputs("}\n", f);
        }
    for (size_t k = 0; k < m->norder; k++)
        for (size_t i = 0; i < a->examples[m->order[k]].n; i++) {
            fputs("{\"table\": \"examples\", \"theme\": ", f);
            vb__json_str(f, theme(m, m->order[k])->path);
            fputs(", \"row\": ", f);
            json_example(f, &a->examples[m->order[k]].ex[i]);
            fputs("}\n", f);
        }
}

/* ---- Markdown ---- */

/* Text in a Markdown table cell: pipes escaped, emphasis characters neutralised. */
static void md_text(FILE *f, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (strchr("|*_`[]<>\\", s[i]))
            putc('\\', f);
        putc(s[i], f);
    }
}

static void md_cstr(FILE *f, const char *s)
{
    md_text(f, s, strlen(s));
}

/* Markdown: the themes table. */
static void md_themes(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    fputs("\n| Theme | Label | Docs | Share | Hits |\n|---|---|--:|--:|--:|\n", f);
    for (size_t k = 0; k < m->norder; k++) {
        size_t t = m->order[k];
        if (!a->theme_docs[t] && !m->o.all_themes)
            continue;
        const vb_theme *th = theme(m, t);
        fputs("| ", f);
        for (int d = 0; d < th->depth; d++)
            fputs("&nbsp;&nbsp;", f);
        md_cstr(f, leaf(th->path));
        fputs(" | ", f);
        md_cstr(f, th->label);
        fprintf(f, " | %llu | %.1f%% | %llu |\n", (unsigned long long)a->theme_docs[t],
                100.0 * share(a->theme_docs[t], a->docs), (unsigned long long)a->theme_hits[t]);
    }
}

/* Markdown: themes that travel together. */
static void md_pairs(FILE *f, const vb_model *m)
{
    size_t top = m->o.top_pairs ? m->o.top_pairs : 20;
    char phrase[96];
    vb__cooc_phrase(m, phrase, sizeof phrase);
    fprintf(f, "\n## Themes that travel together\n\nCounted as %s.\n\n", phrase);
    if (!m->npairs)
        fputs("(none)\n", f);
    else
        fputs("| Theme A | Theme B | Both | Jaccard | Lift | NPMI | p |\n"
              "|---|---|--:|--:|--:|--:|--:|\n",
              f);
    for (size_t k = 0; k < m->npairs && k < top; k++) {
        const vb_pair_stats *p = &m->pairs[k];
        char q[32];
        vb__fmt_q(q, sizeof q, p->p);
        fputs("| ", f);
        md_cstr(f, theme(m, p->a)->path);
        fputs(" | ", f);
        md_cstr(f, theme(m, p->b)->path);
        fprintf(f, " | %llu | %.3f | %.2f | %.2f | %s |\n", (unsigned long long)p->both,
                p->jaccard, p->lift, p->npmi, q);
    }
}

/* Markdown: the trend table and the count of significant changes. */
static void md_trend(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    if (m->nperiods) {
        size_t p0 = m->nperiods > 12 ? m->nperiods - 12 : 0;
        char buf[64], buf2[64];
        fprintf(f, "\n## Trend by %s\n\n| Theme |", vb_period_name(a->opts.period));
        for (size_t p = p0; p < m->nperiods; p++) {
            vb__period_label(m, p, buf, sizeof buf);
            fprintf(f, " %s |", buf);
        }
        fputs(" Change | q |\n|---|", f);
        for (size_t p = p0; p < m->nperiods; p++)
            fputs("--:|", f);
        fputs("--:|--:|\n", f);
        for (size_t k = 0; k < m->norder; k++) {
            if (!vb__theme_shown(m, k))
                continue;
            fputs("| ", f);
            md_cstr(f, theme(m, m->order[k])->path);
            fputs(" |", f);
            for (size_t p = p0; p < m->nperiods; p++) {
                vb__fmt_pct(buf, sizeof buf, vb__trend_at(m, 0, k, p)->share);
                fprintf(f, " %s |", buf);
            }
            const vb_trend_point *pt = vb__trend_at(m, 0, k, m->nperiods - 1);
            vb__fmt_pts(buf, sizeof buf, pt->change);
            vb__fmt_q(buf2, sizeof buf2, pt->q);
            fprintf(f, " %s | %s%s |\n", buf, buf2, pt->q < m->o.alpha ? " \\*" : "");
        }
        fprintf(f, "\n%zu significant change%s (q < %g over %zu tests).\n", m->nmovers,
                m->nmovers == 1 ? "" : "s", m->o.alpha, m->ntests);
    }
}

/* Markdown: themes by segment. */
static void md_segments(FILE *f, const vb_model *m)
{
    if (m->ncombos) {
        char buf[300];
        fputs("\n## Themes by segment\n\n| Theme |", f);
        for (size_t c = 0; c < m->ncombos; c++) {
            vb__combo_label(m, &m->combos[c], buf, sizeof buf);
            putc(' ', f);
            md_cstr(f, buf);
            fputs(" |", f);
        }
        fputs("\n|---|", f);
        for (size_t c = 0; c < m->ncombos; c++)
            fputs("--:|", f);
        fputs("\n", f);
        for (size_t k = 0; k < m->norder; k++) {
            if (!vb__theme_shown(m, k))
                continue;
            fputs("| ", f);
            md_cstr(f, theme(m, m->order[k])->path);
            fputs(" |", f);
            for (size_t c = 0; c < m->ncombos; c++) {
                const vb_segment_cell *sc = &m->seg[c * m->norder + k];
                vb__fmt_pct(buf, sizeof buf, sc->share);
                fprintf(f, " %s%s |", buf, sc->q < m->o.alpha ? "\\*" : "");
            }
            fputs("\n", f);
        }
    }
}

/* Markdown: drivers of the score. */
static void md_drivers(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    if (m->ndrivers) {
        fprintf(f, "\n## Drivers of ");
        md_cstr(f, a->score_name);
        fprintf(f, "\n\n| Theme | Docs | %s with | without | Impact | 95%% interval |\n"
                   "|---|--:|--:|--:|--:|---|\n",
                vb__metric_name(m));
        for (size_t i = 0; i < m->ndrivers; i++) {
            const vb_driver *d = &m->drivers[i];
            fputs("| ", f);
            md_cstr(f, theme(m, d->theme)->path);
            fprintf(f, " | %llu | %.2f | ", (unsigned long long)d->n_with, d->with);
            if (isnan(d->without))
                fputs("- | ", f);
            else
                fprintf(f, "%.2f | ", d->without);
            if (isnan(d->impact))
                fputs("- | - |\n", f);
            else if (isnan(d->lo))
                fprintf(f, "%+.2f | - |\n", d->impact);
            else
                fprintf(f, "%+.2f | %+.2f to %+.2f |\n", d->impact, d->lo, d->hi);
        }
    }
}

/* Markdown: frequent terms and the words that come with each theme. */
static void md_terms(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    for (int k = 0; a->opts.terms && k < 4; k++) {
        if (k == 1)
            continue;
        fprintf(f, "\n## %s\n\n", term_titles[k]);
        if (!m->nterms[k]) {
            fputs("(none)\n", f);
            continue;
        }
        fputs("| Term | Docs | Share | Hits |\n|---|--:|--:|--:|\n", f);
        for (size_t i = 0; i < m->nterms[k]; i++) {
            const vb_term *t = m->terms[k][i];
            fputs("| ", f);
            md_text(f, t->key + 1, t->len - 1);
            fprintf(f, " | %llu | %.1f%% | %llu |\n", (unsigned long long)t->docs,
                    100.0 * share(t->docs, a->docs), (unsigned long long)t->hits);
        }
    }
    if (a->opts.terms) {
        fputs("\n## Words that come with each theme\n\nWords no entry matched, in at least 3 of "
              "the theme's documents and more often than elsewhere.\n\n"
              "| Theme | Words (x lift) |\n|---|---|\n",
              f);
        for (size_t k = 0; k < m->norder; k++) {
            if (!vb__theme_shown(m, k) || !m->ntheme_words[k])
                continue;
            fputs("| ", f);
            md_cstr(f, theme(m, m->order[k])->path);
            fputs(" | ", f);
            for (size_t i = 0; i < m->ntheme_words[k]; i++) {
                const vb_theme_word *tw = &m->theme_words[k * VB_THEME_WORDS + i];
                fputs(i ? ", " : "", f);
                md_text(f, tw->word, tw->len);
                fprintf(f, " x%.1f", tw->lift);
            }
            fputs(" |\n", f);
        }
    }
}

/* Markdown: how much of the lexicon matched, and what it misses. */
static void md_coverage(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    uint64_t un = a->docs - a->matched;
    fprintf(f, "\n## Coverage\n\n%zu of %zu entries matched at least one document; %llu "
               "document%s (%.1f%%) matched no entry.\n",
            m->nentries - m->entries_never, m->nentries, (unsigned long long)un,
            un == 1 ? "" : "s", 100.0 * share(un, a->docs));
    if (m->entries_never) {
        fputs("\nNever matched: ", f);
        for (size_t i = 0, shown = 0; i < m->nentries; i++) {
            size_t e = m->entry_order[i];
            if (a->entry_docs[e])
                continue;
            const vb_entry *en = &m->lex->entries[e];
            fputs(shown++ ? ", " : "", f);
            md_cstr(f, en->text);
            fprintf(f, " (line %zu)", en->line);
        }
        fputs(".\n", f);
    }
    static const char *const kinds[2] = { "words", "phrases" };
    for (int k = 0; k < 2; k++) {
        fprintf(f, "\n## What the lexicon misses: %s\n\nMore common in the documents no entry "
                   "matched than in the others (log-likelihood G2).\n\n", kinds[k]);
        if (!m->nmisses[k]) {
            fputs("(none in 3 documents or more)\n", f);
            continue;
        }
        fputs("| Term | Unmatched docs | Matched docs | G2 |\n|---|--:|--:|--:|\n", f);
        for (size_t i = 0; i < m->nmisses[k]; i++) {
            const vb_miss *ms = &m->misses[k][i];
            fputs("| ", f);
            md_text(f, ms->text, ms->len);
            fprintf(f, " | %llu | %llu | %.1f |\n", (unsigned long long)ms->unmatched,
                    (unsigned long long)ms->matched, ms->g2);
        }
    }
}

/* Markdown: examples per theme, matched words in bold. */
static void md_examples(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    if (a->opts.examples) {
        fputs("\n## Examples\n", f);
        for (size_t k = 0; k < m->norder; k++) {
            size_t t = m->order[k];
            if (!vb__theme_shown(m, k) || !a->examples[t].n)
                continue;
            fputs("\n### ", f);
            md_cstr(f, theme(m, t)->path);
            fputs("\n\n", f);
            for (size_t i = 0; i < a->examples[t].n; i++) {
                const vb_example *e = &a->examples[t].ex[i];
                fputs("- `", f);
                for (uint32_t j = 0; j < e->id_len; j++)
                    putc(e->id[j] == '`' ? '\'' : e->id[j], f);
                fputs("`: ", f);
                vb__write_marked(f, e, md_text, "**", "**");
                fputs("\n", f);
            }
        }
    }
}

static void write_md(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    fputs("# Themes", f);
    if (m->o.title) {
        fputs(": ", f);
        md_cstr(f, m->o.title);
    }
    fprintf(f, "\n\n%llu documents, %llu with at least one theme (%.1f%%)",
            (unsigned long long)a->docs, (unsigned long long)a->matched,
            100.0 * share(a->matched, a->docs));
    if (a->rejected)
        fprintf(f, "; %llu rejected records not counted", (unsigned long long)a->rejected);
    empty_note(f, a);
    fputs(". Lexicon: ", f);
    md_cstr(f, vb_lexicon_name(m->lex));
    fputs(".\n", f);
    if (want(m, VB_SECTION_THEMES))
        md_themes(f, m);
    if (want(m, VB_SECTION_COOC))
        md_pairs(f, m);
    if (want(m, VB_SECTION_TRENDS))
        md_trend(f, m);
    if (want(m, VB_SECTION_SEGMENTS))
        md_segments(f, m);
    if (want(m, VB_SECTION_DRIVERS))
        md_drivers(f, m);
    if (want(m, VB_SECTION_TERMS))
        md_terms(f, m);
    if (a->opts.coverage && want(m, VB_SECTION_COVERAGE))
        md_coverage(f, m);
    if (want(m, VB_SECTION_EXAMPLES))
        md_examples(f, m);
}

int vb_report_write(FILE *f, const vb_agg *a, const vb_report_opts *opts, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    vb_model m;
    if (vb__model_build(&m, a, opts) != 0)
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    switch (m.o.format) {
    case VB_FORMAT_CSV: write_csv(f, &m); break;
    case VB_FORMAT_JSON: write_json(f, &m); break;
    case VB_FORMAT_JSONL: write_jsonl(f, &m); break;
    case VB_FORMAT_MD: write_md(f, &m); break;
    case VB_FORMAT_HTML: vb__write_html(f, &m); break;
    default: write_table(f, &m); break;
    }
    vb__model_free(&m);
    fflush(f);
    return vb__check_write(f, err);
}
