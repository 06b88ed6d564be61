/* The HTML report: one self-contained page (inline CSS, charts as inline SVG drawn here, no
 * script, nothing fetched), readable on a phone and printable. It says what the table says,
 * with the same numbers and wording; equal models give equal bytes. */
#include "model.h"

#include <math.h>
#include <string.h>

#define TREND_THEMES 12 /* small multiples: the largest themes, plus any with a marked change */
#define COOC_THEMES 20  /* heatmap rows and columns */
#define DRIVER_BARS 15
#define DRIVER_ROWS 25  /* as the table writer */
#define MOVER_ROWS 30

/* ---- text ---- */

/* Text or an attribute value: markup characters escaped; invalid UTF-8 and control
 * characters (which HTML forbids) become U+FFFD. */
static void esc(FILE *f, const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        int32_t cp;
        size_t n = vb__utf8_decode(p + i, len - i, &cp);
        if (cp < 0 || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
            (cp >= 0x7F && cp < 0xA0))
            fputs("\xEF\xBF\xBD", f);
        else if (cp == '&')
            fputs("&amp;", f);
        else if (cp == '<')
            fputs("&lt;", f);
        else if (cp == '>')
            fputs("&gt;", f);
        else if (cp == '"')
            fputs("&quot;", f);
        else if (cp == '\'')
            fputs("&#39;", f);
        else
            fwrite(p + i, 1, n, f);
        i += n;
    }
}

static void esc_str(FILE *f, const char *s)
{
    esc(f, s, strlen(s));
}

static const vb_theme *theme(const vb_model *m, size_t t)
{
    return &m->lex->themes[t];
}

/* What a chart calls a theme: its label, else its path. */
static const char *theme_name(const vb_model *m, size_t t)
{
    const vb_theme *th = theme(m, t);
    return *th->label ? th->label : th->path;
}

/* A label clipped to `width` code points, escaped. */
static void esc_clip(FILE *f, const char *s, size_t width)
{
    char buf[256];
    vb__clip(buf, sizeof buf, s, width);
    esc_str(f, buf);
}

/* "path — label", for tooltips and headings */
static void esc_theme(FILE *f, const vb_model *m, size_t t)
{
    const vb_theme *th = theme(m, t);
    esc_str(f, th->path);
    if (*th->label) {
        fputs(" \xE2\x80\x94 ", f);
        esc_str(f, th->label);
    }
}

static double frac(uint64_t part, uint64_t whole)
{
    return whole ? (double)part / (double)whole : 0.0;
}

/* ---- charts ---- */

/* A round step for about `ticks` intervals over [0, range]: 1, 2 or 5 times a power of 10. */
static double nice_step(double range, int ticks)
{
    if (!(range > 0))
        return 1;
    double raw = range / ticks, p = pow(10, floor(log10(raw)));
    double r = raw / p;
    return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * p;
}

/* Grid lines after the first from lo to hi: counted, not stepped to, so rounding can
 * neither add a line nor loop for ever; at most 20. */
static int ticks(double lo, double hi, double step)
{
    if (!(step > 0) || !(hi >= lo))
        return 0;
    double n = floor((hi - lo) / step + 0.5);
    return n > 20 ? 20 : n < 0 ? 0 : (int)n;
}

/* A share axis label: 0%, 5%, 0.5% */
static void axis_pct(char *buf, size_t size, double v)
{
    snprintf(buf, size, "%g%%", round(v * 1e6) / 1e4);
}

/* Colour at t in [0, 1] between two colours. */
static void mix(char out[8], const unsigned char a[3], const unsigned char b[3], double t)
{
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    unsigned c[3];
    for (int i = 0; i < 3; i++)
        c[i] = (unsigned)lround(a[i] + (b[i] - a[i]) * t);
    snprintf(out, 8, "#%02x%02x%02x", c[0], c[1], c[2]);
}

static const unsigned char WHITE[3] = { 247, 248, 250 }, BLUE[3] = { 22, 78, 140 },
                           RED[3] = { 176, 42, 48 };

/* Sequential (0..1): pale to blue. Diverging (-1..1): blue, pale, red. */
static void seq_colour(char out[8], double t)
{
    mix(out, WHITE, BLUE, t);
}

static void div_colour(char out[8], double t)
{
    if (t < 0)
        mix(out, WHITE, BLUE, -t);
    else
        mix(out, WHITE, RED, t);
}

/* Text on a coloured cell stays readable. */
static const char *ink(double t)
{
    return fabs(t) > 0.55 ? "#fff" : "#1f2933";
}

static void svg_open(FILE *f, const char *id, const char *cls, double w, double h, double minw,
                     const char *label)
{
    fputs("<svg xmlns=\"http://www.w3.org/2000/svg\"", f);
    if (id)
        fprintf(f, " id=\"%s\"", id);
    fprintf(f, " class=\"chart%s%s\" viewBox=\"0 0 %.0f %.0f\" style=\"max-width:%.0fpx", cls ? " " : "",
            cls ? cls : "", w, h, w * 1.25);
    if (minw > 0)
        fprintf(f, ";min-width:%.0fpx", minw);
    fputs("\" role=\"img\" aria-label=\"", f);
    esc_str(f, label);
    fputs("\">\n", f);
}

/* ---- header ---- */

static void write_head(FILE *f, const vb_model *m)
{
    fputs("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"verbatim " VB_VERSION "\">\n<title>Themes",
          f);
    if (m->o.title) {
        fputs(": ", f);
        esc_str(f, m->o.title);
    }
    fputs("</title>\n<style>\n"
          ":root{--fg:#1f2933;--muted:#5f6b7a;--line:#dde3ea;--soft:#f4f6f9;--accent:#2f6fb2;"
          "--rise:#c4410c;--fall:#6a3fc8}\n"
          "*{box-sizing:border-box}\n"
          "body{margin:0;color:var(--fg);background:#fff;font:15px/1.5 system-ui,-apple-system,"
          "\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif}\n"
          "main{max-width:1040px;margin:0 auto;padding:20px 16px 40px}\n"
          "h1{font-size:1.7em;line-height:1.2;margin:0 0 .2em}\n"
          "h2{font-size:1.3em;margin:0 0 .4em;padding-bottom:.2em;border-bottom:2px solid "
          "var(--line)}\n"
          "h3{font-size:1.05em;margin:1.2em 0 .4em}\n"
          "section{margin:36px 0 0;page-break-inside:avoid;break-inside:avoid}\n"
          "p{margin:.4em 0}\n"
          ".sub,.note,figcaption{color:var(--muted)}\n"
          ".note{font-size:.88em;max-width:75ch}\n"
          ".facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;"
          "margin:16px 0}\n"
          ".facts div{background:var(--soft);border-radius:8px;padding:10px 14px}\n"
          ".facts b{display:block;font-size:1.45em;line-height:1.2;"
          "font-variant-numeric:tabular-nums;overflow-wrap:anywhere}\n"
          ".facts span{color:var(--muted);font-size:.85em}\n"
          "nav{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.9em;margin:8px 0 0}\n"
          "a{color:var(--accent)}\n"
          "nav a{text-decoration:none;white-space:nowrap}\n"
          ".scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:8px 0}\n"
          "table{border-collapse:collapse;font-size:.88em;min-width:100%}\n"
          "th,td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:left;"
          "white-space:nowrap;vertical-align:top}\n"
          "th{font-weight:600;background:var(--soft)}\n"
          ".n{text-align:right;font-variant-numeric:tabular-nums}\n"
          "td.wrap{white-space:normal;min-width:12em}\n"
          ".d1 td:first-child{padding-left:28px}.d2 td:first-child{padding-left:46px}\n"
          ".top td{font-weight:600}\n"
          ".path{color:var(--muted);font-weight:normal;font-size:.9em}\n"
          "svg.chart{display:block;width:100%;height:auto;margin:8px 0;"
          "page-break-inside:avoid;break-inside:avoid}\n"
          "svg text{font-size:12px;fill:var(--fg)}\n"
          "svg .lab{font-size:13px}svg .small{font-size:10.5px;fill:var(--muted)}\n"
          "svg .grid{stroke:var(--line);stroke-width:1}\n"
          "svg .bar{fill:var(--accent)}svg .line{fill:none;stroke:#3b5b7a;stroke-width:2;"
          "stroke-linejoin:round}\n"
          "svg .pt{fill:#3b5b7a}svg .rise,svg .fall{stroke:#fff;stroke-width:1}"
          "svg .rise{fill:var(--rise)}svg .fall{fill:var(--fall)}\n"
          "svg .neg{fill:var(--rise)}svg .pos{fill:#2b8a3e}"
          "svg .whisker{stroke:#1f2933;stroke-width:1.5}\n"
          "svg .sig{stroke:#111;stroke-width:2}\n"
          ".multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(290px,1fr));"
          "gap:12px;margin:12px 0}\n"
          ".multiples figure{margin:0;border:1px solid var(--line);border-radius:8px;"
          "padding:8px 10px 2px;page-break-inside:avoid;break-inside:avoid}\n"
          ".cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:1em}\n"
          "caption{text-align:left;font-weight:600;padding:.3em 0}\n"
          "td.wrap{white-space:normal}\n"
          ".multiples figcaption{font-size:.9em;color:var(--fg)}\n"
          ".multiples figcaption span{color:var(--muted)}\n"
          ".key-rise{color:var(--rise)}.key-fall{color:var(--fall)}\n"
          "ul.examples{list-style:none;padding:0;margin:0}\n"
          "ul.examples li{margin:0 0 10px;padding:8px 12px;border-left:3px solid var(--line);"
          "background:var(--soft);border-radius:0 6px 6px 0;overflow-wrap:anywhere}\n"
          ".id{display:block;color:var(--muted);font-size:.8em}\n"
          "mark{background:#ffe08a;color:inherit;border-radius:2px;padding:0 1px}\n"
          "dl.terms dt{font-weight:600;margin-top:.6em}dl.terms dd{margin:0 0 0 1.2em;"
          "max-width:75ch}\n"
          "footer{margin-top:40px;color:var(--muted);font-size:.8em}\n"
          "@media (max-width:600px){body{font-size:14px}main{padding:14px 10px 30px}"
          "h1{font-size:1.4em}}\n"
          "@media print{body{font-size:10.5pt}main{max-width:none;padding:0}nav{display:none}"
          ".scroll{overflow:visible}svg.chart{min-width:0!important}"
          ".facts div,ul.examples li,th{background:none}"
          "ul.examples li{border-left:2px solid #999}"
          "mark{background:none;font-weight:700;text-decoration:underline}"
          "h2,h3{page-break-after:avoid;break-after:avoid}tr{page-break-inside:avoid}}\n"
          "</style>\n</head>\n<body>\n<main>\n",
          f);
}

static void write_header(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    char buf[64], buf2[64];
    fputs("<header>\n<h1>Themes", f);
    if (m->o.title) {
        fputs(": ", f);
        esc_str(f, m->o.title);
    }
    fputs("</h1>\n<p class=\"sub\">Lexicon ", f);
    esc_str(f, vb_lexicon_name(m->lex));
    fputs("</p>\n<div class=\"facts\">\n", f);
    fprintf(f, "<div><b>%llu</b><span>documents</span></div>\n", (unsigned long long)a->docs);
    vb__fmt_pct(buf, sizeof buf, frac(a->matched, a->docs));
    fprintf(f, "<div><b>%s</b><span>with at least one theme (%llu)</span></div>\n", buf,
            (unsigned long long)a->matched);
    fprintf(f, "<div><b>%llu</b><span>rejected records, not counted</span></div>\n",
            (unsigned long long)a->rejected);
    if (a->empty)
        fprintf(f, "<div><b>%llu</b><span>empty, %s</span></div>\n",
                (unsigned long long)a->empty,
                a->opts.skip_empty ? "not counted (--skip-empty)" : "in the counts");
    if (m->nperiods) {
        vb__period_label(m, 0, buf, sizeof buf);
        vb__period_label(m, m->nperiods - 1, buf2, sizeof buf2);
        fprintf(f, "<div><b>%zu</b><span>%s%s from %s to %s</span></div>\n", m->nperiods,
                vb_period_name(a->opts.period), m->nperiods == 1 ? "" : "s", buf, buf2);
    }
    if (a->opts.score != VB_SCORE_NONE && !isnan(m->overall)) {
        fprintf(f, a->opts.score == VB_SCORE_NPS ? "<div><b>%+.1f</b>" : "<div><b>%.2f</b>",
                m->overall);
        fputs("<span>", f);
        if (a->opts.score == VB_SCORE_NPS) {
            fputs("NPS", f);
        } else {
            fputs("mean ", f);
            esc_str(f, a->score_name);
        }
        fprintf(f, " of %llu scored documents</span></div>\n", (unsigned long long)a->score_all.n);
    }
    fputs("</div>\n", f);
    if (!a->docs) {
        fputs("</header>\n", f);
        return;
    }
    fputs("<nav><a href=\"#themes\">Themes</a><a href=\"#cooc\">Together</a>", f);
    if (a->opts.period != VB_PERIOD_NONE)
        fputs("<a href=\"#trends\">Trends</a>", f);
    if (m->ncombos)
        fputs("<a href=\"#segments\">Segments</a>", f);
    if (a->opts.score != VB_SCORE_NONE)
        fputs("<a href=\"#drivers\">Drivers</a>", f);
    if (a->opts.terms)
        fputs("<a href=\"#terms\">Words</a>", f);
    if (a->opts.coverage)
        fputs("<a href=\"#coverage\">Coverage</a>", f);
    if (a->opts.examples)
        fputs("<a href=\"#examples\">Examples</a>", f);
    fputs("<a href=\"#all-themes\">All themes</a><a href=\"#notes\">Reading the numbers</a>"
          "</nav>\n</header>\n", f);
}

/* ---- themes ---- */

static void write_themes(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    size_t top[4096], n = 0;
    double max = 0;
    for (size_t k = 0; k < m->norder && n < 4096; k++) {
        size_t t = m->order[k];
        if (theme(m, t)->depth == 0 && a->theme_docs[t]) {
            top[n++] = t;
            max = fmax(max, frac(a->theme_docs[t], a->docs));
        }
    }
    fprintf(f, "<section id=\"themes\">\n<h2>Themes</h2>\n<p class=\"note\">Share of the %llu "
               "documents that mention each top-level theme; a mention of a sub-theme counts "
               "for its parent, and a document counts once per theme.</p>\n",
            (unsigned long long)a->docs);
    if (n) {
        const double lw = 150, bw = 200, row = 26, top_pad = 24, w = lw + bw + 84;
        double h = top_pad + row * (double)n + 8, step = nice_step(max, 4);
        double xmax = ceil(max / step - 1e-9) * step, scale = bw / xmax;
        char label[128], buf[32];
        snprintf(label, sizeof label, "Bar chart: share of documents for %zu top-level theme%s",
                 n, n == 1 ? "" : "s");
        svg_open(f, "chart-themes", NULL, w, h, 0, label);
        for (int k = 0, nk = ticks(0, xmax, step); k <= nk; k++) {
            double v = k * step, x = lw + v * scale;
            axis_pct(buf, sizeof buf, v);
            fprintf(f, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                       "<text class=\"small\" x=\"%.1f\" y=\"14\" text-anchor=\"middle\">%s</text>\n",
                    x, top_pad - 4, x, h - 4, x, buf);
        }
        for (size_t i = 0; i < n; i++) {
            size_t t = top[i];
            double s = frac(a->theme_docs[t], a->docs), y = top_pad + row * (double)i;
            vb__fmt_pct(buf, sizeof buf, s);
            fputs("<g><title>", f);
            esc_theme(f, m, t);
            fprintf(f, ": %llu documents (%s), %llu mentions</title>\n",
                    (unsigned long long)a->theme_docs[t], buf,
                    (unsigned long long)a->theme_hits[t]);
            fprintf(f, "<text class=\"lab\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", lw - 8,
                    y + row / 2 + 4.5);
            esc_clip(f, theme_name(m, t), 20);
            fprintf(f, "</text><rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                       "height=\"%.1f\" rx=\"2\"/>",
                    lw, y + 5, fmax(s * scale, 1), row - 10);
            fprintf(f, "<text x=\"%.1f\" y=\"%.1f\">%s <tspan class=\"small\">%llu</tspan>"
                       "</text></g>\n",
                    lw + s * scale + 6, y + row / 2 + 4.5, buf,
                    (unsigned long long)a->theme_docs[t]);
        }
        fputs("</svg>\n", f);
    } else {
        fputs("<p>No document mentions a theme.</p>\n", f);
    }
    fputs("<p class=\"note\">Every theme and sub-theme: <a href=\"#all-themes\">All "
          "themes</a>.</p>\n</section>\n", f);
}

/* Every theme, sub-themes under their parents, as the table writer lists them. */
static void write_all_themes(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    fputs("<section id=\"all-themes\">\n<h2>All themes</h2>\n<div class=\"scroll\"><table>\n"
          "<thead><tr><th>Theme</th>"
          "<th>Label</th><th class=\"n\">Docs</th><th class=\"n\">Share</th>"
          "<th class=\"n\">Mentions</th></tr></thead>\n<tbody>\n",
          f);
    size_t hidden = 0;
    for (size_t k = 0; k < m->norder; k++) {
        size_t t = m->order[k];
        const vb_theme *th = theme(m, t);
        if (!m->o.all_themes && !a->theme_docs[t]) {
            hidden++;
            continue;
        }
        char buf[32];
        const char *leaf = strrchr(th->path, '/');
        vb__fmt_pct(buf, sizeof buf, frac(a->theme_docs[t], a->docs));
        fprintf(f, "<tr class=\"%s\"><td>", th->depth == 0 ? "top" : th->depth == 1 ? "d1" : "d2");
        esc_str(f, leaf ? leaf + 1 : th->path);
        fputs("</td><td>", f);
        esc_str(f, th->label);
        fprintf(f, "</td><td class=\"n\">%llu</td><td class=\"n\">%s</td><td class=\"n\">%llu"
                   "</td></tr>\n",
                (unsigned long long)a->theme_docs[t], buf, (unsigned long long)a->theme_hits[t]);
    }
    fputs("</tbody></table></div>\n", f);
    if (hidden)
        fprintf(f, "<p class=\"note\">%zu theme%s with no documents not shown (--all-themes "
                   "lists them).</p>\n",
                hidden, hidden == 1 ? "" : "s");
    fputs("</section>\n", f);
}

/* ---- terms ---- */

static void write_terms(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    static const char *const titles[4] = { "Words", "Stems", "Two-word phrases",
                                           "Three-word phrases" };
    fputs("<section id=\"terms\">\n<h2>Frequent words and phrases</h2>\n<p class=\"note\">"
          "Documents that use each word (stopwords left out) and each phrase of two or three "
          "words within a sentence; exact counts.</p>\n<div class=\"cols\">\n",
          f);
    for (int k = 0; k < 4; k++) {
        if (k == 1)
            continue; /* the stems repeat the words; they are in CSV and JSON */
        fprintf(f, "<div class=\"scroll\"><table><caption>%s (%zu of %zu)</caption>\n"
                   "<thead><tr><th>Term</th><th class=\"n\">Docs</th><th class=\"n\">Share"
                   "</th></tr></thead>\n<tbody>\n",
                titles[k], m->nterms[k], m->terms_total[k]);
        for (size_t i = 0; i < m->nterms[k]; i++) {
            const vb_term *t = m->terms[k][i];
            char buf[32];
            vb__fmt_pct(buf, sizeof buf, frac(t->docs, a->docs));
            fputs("<tr><td>", f);
            esc(f, t->key + 1, t->len - 1);
            fprintf(f, "</td><td class=\"n\">%llu</td><td class=\"n\">%s</td></tr>\n",
                    (unsigned long long)t->docs, buf);
        }
        fputs("</tbody></table></div>\n", f);
    }
    fputs("</div>\n<h3>Words that come with each theme</h3>\n<p class=\"note\">Words no "
          "entry matched, in at least 3 of the theme's documents and more often than "
          "elsewhere, strongest first (log-likelihood); &times; lift. They show what people "
          "say around a theme, and what the lexicon may miss.</p>\n<div class=\"scroll\">"
          "<table>\n<thead><tr><th>Theme</th><th>Words</th></tr></thead>\n<tbody>\n",
          f);
    for (size_t k = 0; k < m->norder; k++) {
        if (!vb__theme_shown(m, k) || !m->ntheme_words[k])
            continue;
        fputs("<tr><td>", f);
        esc_theme(f, m, m->order[k]);
        fputs("</td><td class=\"wrap\">", f);
        for (size_t i = 0; i < m->ntheme_words[k]; i++) {
            const vb_theme_word *tw = &m->theme_words[k * VB_THEME_WORDS + i];
            fputs(i ? ", " : "", f);
            esc(f, tw->word, tw->len);
            fprintf(f, " <small>&times;%.1f</small>", tw->lift);
        }
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody></table></div>\n</section>\n", f);
}

/* ---- coverage ---- */

static void write_coverage(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    char buf[32];
    vb__fmt_pct(buf, sizeof buf, frac(a->docs - a->matched, a->docs));
    fprintf(f, "<section id=\"coverage\">\n<h2>Coverage</h2>\n<p>%zu of %zu entries matched at "
               "least one document; %zu never did. %llu documents (%s) matched no entry.</p>\n",
            m->nentries - m->entries_never, m->nentries, m->entries_never,
            (unsigned long long)(a->docs - a->matched), buf);
    fputs("<p class=\"note\">What the lexicon misses: the words and phrases of the documents no "
          "entry matched that are more common there than in the others (in 3 documents or "
          "more, strongest first by log-likelihood). Candidates for new entries or themes.</p>\n"
          "<div class=\"cols\">\n",
          f);
    static const char *const titles[2] = { "Words", "Phrases" };
    for (int k = 0; k < 2; k++) {
        fprintf(f, "<div class=\"scroll\"><table><caption>%s</caption>\n<thead><tr><th>Term</th>"
                   "<th class=\"n\">Unmatched docs</th><th class=\"n\">Matched docs</th></tr>"
                   "</thead>\n<tbody>\n",
                titles[k]);
        for (size_t i = 0; i < m->nmisses[k]; i++) {
            const vb_miss *ms = &m->misses[k][i];
            fputs("<tr><td>", f);
            esc(f, ms->text, ms->len);
            fprintf(f, "</td><td class=\"n\">%llu</td><td class=\"n\">%llu</td></tr>\n",
                    (unsigned long long)ms->unmatched, (unsigned long long)ms->matched);
        }
        fputs("</tbody></table></div>\n", f);
    }
    fputs("</div>\n</section>\n", f);
}

/* ---- co-occurrence ---- */

static void write_cooc(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    size_t top[COOC_THEMES], n = 0, ntop = 0;
    for (size_t k = 0; k < m->norder; k++) {
        size_t t = m->order[k];
        if (theme(m, t)->depth == 0 && a->theme_docs[t] && ntop++ < COOC_THEMES)
            top[n++] = t;
    }
    fputs("<section id=\"cooc\">\n<h2>Themes that travel together</h2>\n", f);
    if (!vb_agg_has_pairs(a)) {
        fputs("<p>Too many themes for pair counts.</p>\n</section>\n", f);
        return;
    }
    if (n >= 2) {
        char phrase[96];
        vb__cooc_phrase(m, phrase, sizeof phrase);
        fprintf(f, "<p class=\"note\">Each cell: the %s (on the diagonal, the theme's own "
                   "%s). Colour: NPMI, from blue (together less often than chance would have "
                   "it) through pale (unrelated) to red (more often); faded when the pair could "
                   "be chance (p &ge; %g). Each cell's tooltip has its lift and p-value.",
                phrase, vb__cooc_unit(m), m->o.alpha);
        if (ntop > n)
            fprintf(f, " The %zu largest of %zu top-level themes.", n, ntop);
        fputs("</p>\n", f);
        /* the colour scale spans the pairs that are not chance: a pair of two rare themes
         * reaches an extreme NPMI from a single document */
        double scale = 0, scale_all = 0.05;
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++) {
                vb_pair_stats ps;
                vb_agg_pair_stats(a, top[i], top[j], &ps);
                if (ps.both && ps.p < m->o.alpha)
                    scale = fmax(scale, fabs(ps.npmi));
                if (ps.both)
                    scale_all = fmax(scale_all, fabs(ps.npmi));
            }
        scale = scale > 0.05 ? scale : scale_all;
        const double lw = 150, th = 112, c = 34;
        double w = lw + c * (double)n + 64, h = th + c * (double)n + 52;
        char label[128], col[8], pbuf[32];
        snprintf(label, sizeof label,
                 "Heatmap: %s mentioning both of two themes, %zu x %zu themes, coloured "
                 "by NPMI", vb__cooc_unit(m), n, n);
        svg_open(f, "chart-cooc", NULL, w, h, 0.8 * w, label);
        for (size_t j = 0; j < n; j++) {
            double x = lw + c * (double)j + c / 2 + 4;
            fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" transform=\"rotate(-60 %.1f %.1f)\">", x,
                    th - 6, x, th - 6);
            esc_clip(f, theme_name(m, top[j]), 18);
            fputs("</text>\n", f);
        }
        for (size_t i = 0; i < n; i++) {
            double y = th + c * (double)i;
            fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", lw - 8, y + c / 2 + 4);
            esc_clip(f, theme_name(m, top[i]), 20);
            fputs("</text>\n", f);
            for (size_t j = 0; j < n; j++) {
                double x = lw + c * (double)j, t = 0;
                vb_pair_stats ps = { 0 };
                fputs("<g><title>", f);
                if (i == j) {
                    esc_str(f, theme_name(m, top[i]));
                    fprintf(f, ": %llu documents</title>", (unsigned long long)a->theme_docs[top[i]]);
                    snprintf(col, sizeof col, "#e3e7ec");
                } else {
                    vb_agg_pair_stats(a, top[i], top[j], &ps);
                    esc_str(f, theme_name(m, top[i]));
                    fputs(" and ", f);
                    esc_str(f, theme_name(m, top[j]));
                    vb__fmt_q(pbuf, sizeof pbuf, ps.p);
                    if (ps.both)
                        fprintf(f, ": %llu %s mention both; Jaccard %.3f, lift %.2f, "
                                   "NPMI %.2f, p %s</title>",
                                (unsigned long long)ps.both, vb__cooc_unit(m), ps.jaccard,
                                ps.lift, ps.npmi, pbuf);
                    else
                        fprintf(f, ": no %s mentions both</title>",
                                m->a->opts.cooc == VB_COOC_SENTENCE ? "sentence" : "document");
                    t = ps.both ? fmax(-1, fmin(1, ps.npmi / scale)) : 0;
                    t *= ps.p < m->o.alpha ? 1 : 0.35;
                    div_colour(col, t);
                }
                fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                           "fill=\"%s\"/>",
                        x + 1, y + 1, c - 2, c - 2, col);
                uint64_t units, v = i == j ? vb_agg_pair_units(a, top[i], top[i], &units)
                                           : ps.both;
                if (v)
                    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                               "style=\"font-size:%s;fill:%s\">%llu</text>",
                            x + c / 2, y + c / 2 + 4, v >= 10000 ? "9px" : "10.5px",
                            i == j ? "#1f2933" : ink(t), (unsigned long long)v);
                fputs("</g>\n", f);
            }
        }
        /* the colour key */
        double ky = th + c * (double)n + 16, kx = lw;
        for (int s = -4; s <= 4; s++) {
            div_colour(col, s / 4.0);
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"22\" height=\"12\" fill=\"%s\"/>",
                    kx + 22 * (s + 4), ky, col);
        }
        fprintf(f, "\n<text class=\"small\" x=\"%.1f\" y=\"%.1f\">%+.2f</text>"
                   "<text class=\"small\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">0</text>"
                   "<text class=\"small\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%+.2f</text>"
                   "<text class=\"small\" x=\"%.1f\" y=\"%.1f\">NPMI: less often &#8592; "
                   "&#8594; more often than chance</text>\n",
                kx, ky + 26, -scale, kx + 99, ky + 26, kx + 198, ky + 26, scale, kx + 210,
                ky + 10);
        fputs("</svg>\n", f);
    } else {
        fputs("<p>Fewer than two themes have documents: no pairs.</p>\n", f);
    }
    size_t shown = m->o.top_pairs ? m->o.top_pairs : 20;
    shown = shown < m->npairs ? shown : m->npairs;
    if (!shown) {
        fputs("</section>\n", f);
        return;
    }
    fprintf(f, "<h3>The %zu largest pairs</h3>\n<div class=\"scroll\"><table>\n<thead><tr>"
               "<th>Theme A</th><th>Theme B</th><th class=\"n\">Both</th>"
               "<th class=\"n\">Jaccard</th><th class=\"n\">Lift</th><th class=\"n\">NPMI</th>"
               "<th class=\"n\">p</th></tr></thead>\n<tbody>\n",
            shown);
    for (size_t k = 0; k < shown; k++) {
        const vb_pair_stats *p = &m->pairs[k];
        char q[32];
        vb__fmt_q(q, sizeof q, p->p);
        fputs("<tr><td>", f);
        esc_str(f, theme(m, p->a)->path);
        fputs("</td><td>", f);
        esc_str(f, theme(m, p->b)->path);
        fprintf(f, "</td><td class=\"n\">%llu</td><td class=\"n\">%.3f</td><td class=\"n\">%.2f"
                   "</td><td class=\"n\">%.2f</td><td class=\"n\">%s</td></tr>\n",
                (unsigned long long)p->both, p->jaccard, p->lift, p->npmi, q);
    }
    fprintf(f, "</tbody></table></div>\n<p class=\"note\">Of %zu pairs with at least one "
               "document; every pair is in --format csv --table cooc.</p>\n</section>\n",
            m->npairs);
}

/* ---- trends ---- */

/* One small multiple: a theme's share per period, significant changes marked. */
static void trend_chart(FILE *f, const vb_model *m, size_t k)
{
    const double w = 300, h = 150, x0 = 46, x1 = w - 28, y0 = 10, y1 = h - 26;
    size_t np = m->nperiods, nsig = 0;
    double max = 0;
    for (size_t p = 0; p < np; p++) {
        const vb_trend_point *pt = vb__trend_at(m, 0, k, p);
        max = fmax(max, pt->docs ? pt->share : 0);
        nsig += pt->q < m->o.alpha;
    }
    double step = nice_step(max > 0 ? max : 0.01, 3);
    double ymax = ceil((max > 0 ? max : 0.01) / step - 1e-9) * step;
#define PX(p) (np == 1 ? (x0 + x1) / 2 : x0 + (x1 - x0) * (double)(p) / (double)(np - 1))
#define PY(v) (y1 - (y1 - y0) * (v) / ymax)
    char label[512], buf[64], buf2[64], buf3[32];
    vb__period_label(m, 0, buf, sizeof buf);
    vb__period_label(m, np - 1, buf2, sizeof buf2);
    snprintf(label, sizeof label,
             "Line chart: share of documents mentioning %s per %s, %s to %s; %zu significant "
             "change%s",
             theme_name(m, m->order[k]), vb_period_name(m->a->opts.period), buf, buf2, nsig,
             nsig == 1 ? "" : "s");
    svg_open(f, NULL, "chart-trend", w, h, 0, label);
    for (int g = 0, ng = ticks(0, ymax, step); g <= ng; g++) {
        double v = g * step;
        axis_pct(buf, sizeof buf, v);
        fprintf(f, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                   "<text class=\"small\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                x0, PY(v), x1, PY(v), x0 - 6, PY(v) + 3.5, buf);
    }
    /* x labels counted back from the latest period, as far apart as a label is wide */
    double lab_w = 6.2 * (double)strlen(buf2) + 14, dx = np > 1 ? (x1 - x0) / (double)(np - 1) : 1;
    size_t stride = (size_t)ceil(lab_w / dx);
    for (size_t p = np; p-- > 0;) {
        if ((np - 1 - p) % stride)
            continue;
        vb__period_label(m, p, buf, sizeof buf);
        fprintf(f, "<text class=\"small\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s"
                   "</text>\n",
                PX(p), h - 8, buf);
    }
    /* the line breaks over periods without documents */
    fputs("<path class=\"line\" d=\"", f);
    int pen = 0;
    for (size_t p = 0; p < np; p++) {
        const vb_trend_point *pt = vb__trend_at(m, 0, k, p);
        if (!pt->docs) {
            pen = 0;
            continue;
        }
        fprintf(f, "%s%.1f %.1f", pen ? " L" : (p ? " M" : "M"), PX(p), PY(pt->share));
        pen = 1;
    }
    fputs("\"/>\n", f);
    for (size_t p = 0; p < np; p++) {
        const vb_trend_point *pt = vb__trend_at(m, 0, k, p);
        int sig = pt->q < m->o.alpha;
        if (!pt->docs || (!sig && np > 60))
            continue;
        double x = PX(p), y = PY(pt->share);
        vb__period_label(m, p, buf, sizeof buf);
        vb__fmt_pct(buf2, sizeof buf2, pt->share);
        fprintf(f, "<g><title>%s: %s (%llu of %llu documents)", buf, buf2,
                (unsigned long long)pt->theme_docs, (unsigned long long)pt->docs);
        if (!isnan(pt->change)) {
            vb__fmt_pts(buf2, sizeof buf2, pt->change);
            vb__fmt_q(buf3, sizeof buf3, pt->q);
            fprintf(f, "; %s against the period before, q %s%s", buf2, buf3,
                    sig ? ", significant" : "");
        }
        fputs("</title>", f);
        if (!sig)
            fprintf(f, "<circle class=\"pt\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\"/>", x, y);
        else if (pt->change > 0)
            fprintf(f, "<path class=\"rise\" d=\"M%.1f %.1fl7.5 13h-15z\"/>", x, y - 8.5);
        else
            fprintf(f, "<path class=\"fall\" d=\"M%.1f %.1fl7.5 -13h-15z\"/>", x, y + 8.5);
        fputs("</g>\n", f);
    }
#undef PX
#undef PY
    fputs("</svg>\n", f);
}

static void write_movers(FILE *f, const vb_model *m)
{
    if (!m->nmovers) {
        fprintf(f, "<p>No significant change (q &lt; %g over %zu tests).</p>\n", m->o.alpha,
                m->ntests);
        return;
    }
    size_t shown = m->nmovers < MOVER_ROWS ? m->nmovers : MOVER_ROWS;
    fprintf(f, "<h3>Significant changes</h3>\n<p class=\"note\">%zu change%s with q &lt; %g "
               "(Benjamini-Hochberg over %zu tests: each theme, period and segment against "
               "the period before); rises first, the latest first.</p>\n",
            m->nmovers, m->nmovers == 1 ? "" : "s", m->o.alpha, m->ntests);
    fputs("<div class=\"scroll\"><table>\n<thead><tr><th>Theme</th>", f);
    if (m->ncombos)
        fputs("<th>Segment</th>", f);
    fputs("<th>Period</th><th class=\"n\">Before</th><th class=\"n\">Share</th>"
          "<th class=\"n\">Change</th><th class=\"n\">q</th></tr></thead>\n<tbody>\n",
          f);
    char seg[300], per[32], prev[32], cur[32], chg[32], q[32];
    for (size_t i = 0; i < shown; i++) {
        const vb_mover *mv = &m->movers[i];
        size_t s = (size_t)(mv->combo + 1);
        const vb_trend_point *pt = vb__trend_at(m, s, mv->theme, mv->period);
        const vb_trend_point *pv = vb__trend_at(m, s, mv->theme, mv->period - 1);
        fputs("<tr><td>", f);
        esc_str(f, theme(m, m->order[mv->theme])->path);
        fputs("</td>", f);
        if (m->ncombos) {
            if (mv->combo >= 0)
                vb__combo_label(m, &m->combos[mv->combo], seg, sizeof seg);
            else
                snprintf(seg, sizeof seg, "(all)");
            fputs("<td>", f);
            esc_str(f, seg);
            fputs("</td>", f);
        }
        vb__period_label(m, mv->period, per, sizeof per);
        vb__fmt_pct(prev, sizeof prev, pv->share);
        vb__fmt_pct(cur, sizeof cur, pt->share);
        vb__fmt_pts(chg, sizeof chg, pt->change);
        vb__fmt_q(q, sizeof q, pt->q);
        fprintf(f, "<td>%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td>"
                   "<td class=\"n %s\">%s</td><td class=\"n\">%s</td></tr>\n",
                per, prev, cur, pt->change > 0 ? "key-rise" : "key-fall", chg, q);
    }
    fputs("</tbody></table></div>\n", f);
    if (shown < m->nmovers)
        fprintf(f, "<p class=\"note\">%zu more in --format csv --table trends.</p>\n",
                m->nmovers - shown);
}

static void write_trends(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    fprintf(f, "<section id=\"trends\">\n<h2>Trend by %s</h2>\n", vb_period_name(a->opts.period));
    if (!m->nperiods) {
        fputs("<p>No document has a usable date.</p>\n</section>\n", f);
        return;
    }
    char buf[64], buf2[64], pct[32];
    vb__period_label(m, 0, buf, sizeof buf);
    vb__period_label(m, m->nperiods - 1, buf2, sizeof buf2);
    fprintf(f, "<p class=\"note\">%s to %s (%zu period%s): the share of each period's documents "
               "that mention the theme; each chart has its own scale. "
               "<span class=\"key-rise\">&#9650; a significant rise</span>, "
               "<span class=\"key-fall\">&#9660; a significant fall</span> against the period "
               "before (q &lt; %g).",
            buf, buf2, m->nperiods, m->nperiods == 1 ? "" : "s", m->o.alpha);
    if (m->undated)
        fprintf(f, " %llu undated document%s not in the trend.", (unsigned long long)m->undated,
                m->undated == 1 ? "" : "s");
    if (m->before)
        fprintf(f, " %llu document%s before %s not shown (--max-periods).",
                (unsigned long long)m->before, m->before == 1 ? "" : "s", buf);
    fputs("</p>\n<div id=\"chart-trends\" class=\"multiples\">\n", f);
    size_t drawn = 0;
    for (size_t k = 0; k < m->norder; k++) {
        if (!vb__theme_shown(m, k))
            continue;
        int marked = 0;
        for (size_t p = 0; p < m->nperiods && !marked; p++)
            marked = vb__trend_at(m, 0, k, p)->q < m->o.alpha;
        if (drawn >= TREND_THEMES && !marked)
            continue;
        drawn++;
        const vb_trend_point *last = vb__trend_at(m, 0, k, m->nperiods - 1);
        fputs("<figure><figcaption><b>", f);
        esc_str(f, theme_name(m, m->order[k]));
        vb__fmt_pct(pct, sizeof pct, last->share);
        fprintf(f, "</b> <span>%s in %s</span></figcaption>\n", last->docs ? pct : "-", buf2);
        trend_chart(f, m, k);
        fputs("</figure>\n", f);
    }
    fputs("</div>\n", f);
    write_movers(f, m);
    fputs("</section>\n", f);
}

/* ---- segments ---- */

static void write_segments(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    fputs("<section id=\"segments\">\n<h2>Themes by ", f);
    esc_str(f, a->segment_names[0]);
    if (a->opts.nsegments > 1) {
        fputs(" x ", f);
        esc_str(f, a->segment_names[1]);
    }
    fprintf(f, "</h2>\n<p class=\"note\">The share of each segment's documents that mention the "
               "theme; darker is more. * and a dark outline: differs from the other segments "
               "at q &lt; %g (Benjamini-Hochberg over %zu tests).</p>\n",
            m->o.alpha, m->nseg_tests);
    size_t rows[4096], n = 0;
    double max = 0;
    for (size_t k = 0; k < m->norder && n < 4096; k++)
        if (vb__theme_shown(m, k)) {
            rows[n++] = k;
            for (size_t c = 0; c < m->ncombos; c++)
                max = fmax(max, m->seg[c * m->norder + k].share);
        }
    if (!(max > 0))
        max = 1;
    const double lw = 160, th = 100, cw = 56, ch = 24;
    double w = lw + cw * (double)m->ncombos + 96, h = th + ch * (double)n + 30;
    char label[160], buf[300], col[8], pct[32], rest[32], diff[32], q[32];
    snprintf(label, sizeof label,
             "Heatmap: share of documents per theme (%zu rows) and segment (%zu columns)", n,
             m->ncombos);
    svg_open(f, "chart-segments", NULL, w, h, 0.8 * w, label);
    for (size_t c = 0; c < m->ncombos; c++) {
        double x = lw + cw * (double)c + cw / 2 + 4;
        vb__combo_label(m, &m->combos[c], buf, sizeof buf);
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" transform=\"rotate(-45 %.1f %.1f)\"><title>", x,
                th - 6, x, th - 6);
        esc_str(f, buf);
        fputs("</title>", f);
        esc_clip(f, buf, 20);
        fputs("</text>\n", f);
    }
    for (size_t r = 0; r < n; r++) {
        size_t k = rows[r], t = m->order[k];
        double y = th + ch * (double)r;
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", lw - 8, y + ch / 2 + 4);
        esc_clip(f, theme_name(m, t), 22);
        fputs("</text>\n", f);
        for (size_t c = 0; c < m->ncombos; c++) {
            const vb_segment_cell *sc = &m->seg[c * m->norder + k];
            double x = lw + cw * (double)c, v = sc->share / max;
            int sig = sc->q < m->o.alpha;
            vb__combo_label(m, &m->combos[c], buf, sizeof buf);
            vb__fmt_pct(pct, sizeof pct, sc->share);
            vb__fmt_pct(rest, sizeof rest, sc->rest_share);
            vb__fmt_pts(diff, sizeof diff, sc->diff);
            vb__fmt_q(q, sizeof q, sc->q);
            fputs("<g><title>", f);
            esc_str(f, theme_name(m, t));
            fputs(" in ", f);
            esc_str(f, buf);
            fprintf(f, ": %s of %llu documents; %s in the other segments (%s), q %s%s</title>",
                    pct, (unsigned long long)sc->docs, rest, diff, q, sig ? ", significant" : "");
            seq_colour(col, v);
            fprintf(f, "<rect%s x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                       "fill=\"%s\"/>",
                    sig ? " class=\"sig\"" : "", x + 1.5, y + 1.5, cw - 3, ch - 3, col);
            fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                       "style=\"font-size:11px;fill:%s\">%s%s</text></g>\n",
                    x + cw / 2, y + ch / 2 + 4, ink(v), pct, sig ? "*" : "");
        }
    }
    double y = th + ch * (double)n + 18;
    fprintf(f, "<text class=\"small\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">documents"
               "</text>",
            lw - 8, y);
    for (size_t c = 0; c < m->ncombos; c++)
        fprintf(f, "<text class=\"small\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%llu"
                   "</text>",
                lw + cw * (double)c + cw / 2, y, (unsigned long long)m->combos[c].docs);
    fputs("\n</svg>\n", f);
    if (m->combos_total > m->ncombos)
        fprintf(f, "<p class=\"note\">%zu smaller segment value%s with %llu documents not "
                   "reported; --max-segments N reports more.</p>\n",
                m->combos_total - m->ncombos, m->combos_total - m->ncombos == 1 ? "" : "s",
                (unsigned long long)m->combos_hidden_docs);
    for (int d = 0; d < a->opts.nsegments; d++)
        if (m->seg_missing[d]) {
            fprintf(f, "<p class=\"note\">%llu document%s without a ",
                    (unsigned long long)m->seg_missing[d], m->seg_missing[d] == 1 ? "" : "s");
            esc_str(f, a->segment_names[d]);
            fputs(" value, counted as \"(none)\".</p>\n", f);
        }
    fputs("</section>\n", f);
}

/* ---- drivers ---- */

static void driver_chart(FILE *f, const vb_model *m)
{
    const vb_driver *d[DRIVER_BARS];
    size_t n = 0;
    double lo = 0, hi = 0;
    for (size_t i = 0; i < m->ndrivers && n < DRIVER_BARS; i++) {
        const vb_driver *x = &m->drivers[i];
        if (isnan(x->impact))
            continue;
        d[n++] = x;
        lo = fmin(lo, isnan(x->lo) ? x->impact : x->lo);
        hi = fmax(hi, isnan(x->hi) ? x->impact : x->hi);
    }
    if (!n)
        return;
    double step = nice_step(hi - lo > 0 ? hi - lo : 1, 4);
    lo = floor(lo / step + 1e-9) * step;
    hi = ceil(hi / step - 1e-9) * step;
    if (hi - lo < step)
        hi = lo + step;
    const double lw = 150, pw = 220, row = 26, top = 24;
    double w = lw + pw + 60, h = top + row * (double)n + 8, scale = pw / (hi - lo);
#define DX(v) (lw + ((v) - lo) * scale)
    char label[256];
    snprintf(label, sizeof label,
             "Bar chart: impact of %zu themes on the %s of %s, with 95%% intervals", n,
             vb__metric_name(m), m->a->score_name);
    svg_open(f, "chart-drivers", NULL, w, h, 0, label);
    for (int k = 0, nk = ticks(lo, hi, step); k <= nk; k++) {
        double v = lo + k * step;
        double r = fabs(v) < step / 1e6 ? 0 : v; /* no "-0" */
        fprintf(f, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"%s/>"
                   "<text class=\"small\" x=\"%.1f\" y=\"14\" text-anchor=\"middle\">%g</text>\n",
                DX(r), top - 4, DX(r), h - 4, r == 0 ? " style=\"stroke:#8a96a3\"" : "", DX(r),
                r);
    }
    for (size_t i = 0; i < n; i++) {
        double y = top + row * (double)i, mid = y + row / 2;
        double x0 = DX(fmin(0, d[i]->impact)), x1 = DX(fmax(0, d[i]->impact));
        fputs("<g><title>", f);
        esc_theme(f, m, d[i]->theme);
        fprintf(f, ": impact %+.2f", d[i]->impact);
        if (!isnan(d[i]->lo))
            fprintf(f, ", 95%% interval %+.2f to %+.2f", d[i]->lo, d[i]->hi);
        fprintf(f, " (%llu documents)</title>\n", (unsigned long long)d[i]->n_with);
        fprintf(f, "<text class=\"lab\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", lw - 8,
                mid + 4.5);
        esc_clip(f, theme_name(m, d[i]->theme), 20);
        fprintf(f, "</text><rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                   "height=\"%.1f\" rx=\"2\"/>",
                d[i]->impact < 0 ? "neg" : "pos", x0, y + 6, fmax(x1 - x0, 1), row - 12);
        if (!isnan(d[i]->lo))
            fprintf(f, "<path class=\"whisker\" d=\"M%.1f %.1fH%.1fM%.1f %.1fv8M%.1f %.1fv8\"/>",
                    DX(d[i]->lo), mid, DX(d[i]->hi), DX(d[i]->lo), mid - 4, DX(d[i]->hi),
                    mid - 4);
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\">%+.2f</text></g>\n", lw + pw + 10, mid + 4,
                d[i]->impact);
    }
#undef DX
    fputs("</svg>\n", f);
}

static void write_drivers(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    const char *mn = vb__metric_name(m);
    fputs("<section id=\"drivers\">\n<h2>Drivers of ", f);
    esc_str(f, a->score_name);
    fprintf(f, "</h2>\n<p class=\"note\">%s of %llu documents with a score: ", mn,
            (unsigned long long)a->score_all.n);
    if (isnan(m->overall))
        fputs("-", f);
    else
        fprintf(f, a->opts.score == VB_SCORE_NPS ? "%+.1f" : "%.2f", m->overall);
    if (a->score_missing)
        fprintf(f, "; %llu without a usable score", (unsigned long long)a->score_missing);
    fprintf(f, ". Impact: how far the overall %s would move if the theme's documents were "
               "removed, negated: negative pulls it down. Bars: the impact; whiskers: its 95%% "
               "interval. Largest first.</p>\n",
            mn);
    if (!m->ndrivers) {
        fputs("<p>No scored document has a theme.</p>\n</section>\n", f);
        return;
    }
    driver_chart(f, m);
    fprintf(f, "<div class=\"scroll\"><table>\n<thead><tr><th>Theme</th><th class=\"n\">Docs"
               "</th><th class=\"n\">%s with</th><th class=\"n\">without</th>"
               "<th class=\"n\">Impact</th><th class=\"n\">95%% interval</th></tr></thead>\n"
               "<tbody>\n",
            mn);
    const char *nf = a->opts.score == VB_SCORE_NPS ? "%+.1f" : "%.2f";
    size_t shown = m->ndrivers < DRIVER_ROWS ? m->ndrivers : DRIVER_ROWS;
    for (size_t i = 0; i < shown; i++) {
        const vb_driver *d = &m->drivers[i];
        fputs("<tr><td>", f);
        esc_str(f, theme(m, d->theme)->path);
        fprintf(f, "</td><td class=\"n\">%llu</td><td class=\"n\">", (unsigned long long)d->n_with);
        fprintf(f, nf, d->with);
        fputs("</td><td class=\"n\">", f);
        if (isnan(d->without))
            fputs("-", f);
        else
            fprintf(f, nf, d->without);
        if (isnan(d->impact))
            fputs("</td><td class=\"n\">-</td><td class=\"n\">-</td></tr>\n", f);
        else if (isnan(d->lo))
            fprintf(f, "</td><td class=\"n\">%+.2f</td><td class=\"n\">-</td></tr>\n", d->impact);
        else
            fprintf(f, "</td><td class=\"n\">%+.2f</td><td class=\"n\">%+.2f to %+.2f</td></tr>\n",
                    d->impact, d->lo, d->hi);
    }
    fputs("</tbody></table></div>\n", f);
    if (shown < m->ndrivers)
        fprintf(f, "<p class=\"note\">%zu more in --format csv --table drivers.</p>\n",
                m->ndrivers - shown);
    fputs("</section>\n", f);
}

/* ---- examples ---- */

static void write_examples(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    fprintf(f, "<section id=\"examples\">\n<h2>Examples</h2>\n<p class=\"note\">Up to %zu per "
               "theme, the same whatever the order or split of the input (the smallest hash of "
               "the record id); the matched words are <mark>marked</mark>.</p>\n",
            a->opts.examples);
    char date[32];
    for (size_t k = 0; k < m->norder; k++) {
        size_t t = m->order[k];
        const vb_examples *ex = &a->examples[t];
        if (!vb__theme_shown(m, k) || !ex->n)
            continue;
        fputs("<h3>", f);
        esc_str(f, theme_name(m, t));
        fputs(" <span class=\"path\">", f);
        if (*theme(m, t)->label) {
            esc_str(f, theme(m, t)->path);
            fputs(", ", f);
        }
        fprintf(f, "%llu documents</span></h3>\n<ul class=\"examples\">\n",
                (unsigned long long)a->theme_docs[t]);
        for (size_t i = 0; i < ex->n; i++) {
            const vb_example *e = &ex->ex[i];
            fputs("<li><span class=\"id\">", f);
            esc(f, e->id, e->id_len);
            if (e->day != VB_UNDATED) {
                vb__date_label(e->day, date, sizeof date);
                fprintf(f, " &middot; %s", date);
            }
            fputs("</span>", f);
            if (e->flags & 1)
                fputs("&hellip;", f);
            vb__write_marked(f, e, esc, "<mark>", "</mark>");
            fputs(e->flags & 2 ? "&hellip;</li>\n" : "</li>\n", f);
        }
        fputs("</ul>\n", f);
    }
    fputs("</section>\n", f);
}

/* ---- what the numbers mean ---- */

static void write_notes(FILE *f, const vb_model *m)
{
    fprintf(f,
            "<section id=\"notes\">\n<h2>Reading the numbers</h2>\n<dl class=\"terms\">\n"
            "<dt>Share</dt><dd>The documents that mention a theme, out of all documents (or "
            "out of a period's or a segment's). A document counts once per theme however often "
            "it mentions it, and a mention of a sub-theme counts for its parent.</dd>\n"
            "<dt>Points (pt)</dt><dd>A difference between two shares: from 10.0%% to 12.5%% is "
            "+2.5 pt.</dd>\n"
            "<dt>Jaccard, lift, NPMI</dt><dd>How two themes go together. Jaccard: the documents "
            "with both out of those with either. Lift: how many times more often they meet "
            "than if they were unrelated (1: unrelated). NPMI: the same idea on a scale from "
            "-1 (never together) through 0 (unrelated) to +1 (always together).</dd>\n"
            "<dt>p-value</dt><dd>How surprising a difference would be if there were none: "
            "Fisher's exact test when a count is small, otherwise the G-test (a likelihood "
            "ratio test). Small means unlikely to be chance alone.</dd>\n"
            "<dt>q-value</dt><dd>A p-value corrected for looking at many numbers at once "
            "(Benjamini-Hochberg): among the results marked at q &lt; %g, about %g%% are "
            "expected to be false alarms. Trends and segments are each corrected over all "
            "of their tests.</dd>\n",
            m->o.alpha, 100 * m->o.alpha);
    if (m->a->opts.score != VB_SCORE_NONE)
        fputs("<dt>Impact and 95% interval</dt><dd>How much the theme's documents move the "
              "overall score: the overall minus the score without them. The interval is where "
              "the true impact lies with 95% confidence; one that spans 0 is uncertain.</dd>\n",
              f);
    fputs("</dl>\n</section>\n", f);
}

void vb__write_html(FILE *f, const vb_model *m)
{
    const vb_agg *a = m->a;
    write_head(f, m);
    write_header(f, m);
    if (!a->docs) {
        fputs("<p>Nothing to report: no documents.</p>\n", f);
    } else {
        write_themes(f, m);
        write_cooc(f, m);
        if (a->opts.period != VB_PERIOD_NONE)
            write_trends(f, m);
        if (m->ncombos)
            write_segments(f, m);
        if (a->opts.score != VB_SCORE_NONE)
            write_drivers(f, m);
        if (a->opts.terms)
            write_terms(f, m);
        if (a->opts.coverage)
            write_coverage(f, m);
        if (a->opts.examples)
            write_examples(f, m);
        write_all_themes(f, m);
        write_notes(f, m);
    }
    fputs("<footer>Made with verbatim " VB_VERSION "; lexicon ", f);
    esc_str(f, vb_lexicon_name(m->lex));
    fputs(".</footer>\n</main>\n</body>\n</html>\n", f);
}
