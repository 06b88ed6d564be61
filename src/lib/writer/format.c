/* Text and number formats shared by the writers, so that every format prints a share, a
 * change or a q-value the same way. */
#include "model.h"

#include <math.h>
#include <string.h>

size_t vb__utf8_width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80; /* count code points, not bytes */
    return w;
}

void vb__clip(char *out, size_t size, const char *s, size_t width)
{
    size_t n = 0, w = 0, total = vb__utf8_width(s);
    size_t keep = total <= width ? width : width > 3 ? width - 3 : 0;
    for (; s[n] && n + 8 < size; n++) {
        if (((unsigned char)s[n] & 0xC0) != 0x80 && w++ == keep)
            break;
    }
    memcpy(out, s, n);
    if (total > width && n + 4 <= size)
        memcpy(out + n, "...", 3), n += 3;
    out[n] = '\0';
}

void vb__fmt_pct(char *buf, size_t size, double v)
{
    if (isnan(v))
        snprintf(buf, size, "-");
    else
        snprintf(buf, size, "%.1f%%", 100.0 * v);
}

void vb__fmt_pts(char *buf, size_t size, double v)
{
    if (isnan(v))
        snprintf(buf, size, "-");
    else
        snprintf(buf, size, "%+.1f pt", v);
}

void vb__fmt_q(char *buf, size_t size, double q)
{
    if (isnan(q))
        snprintf(buf, size, "-");
    else if (q < 0.001)
        snprintf(buf, size, "<0.001");
    else
        snprintf(buf, size, "%.3f", q);
}

void vb__date_label(int32_t day, char *buf, size_t size)
{
    if (day == VB_UNDATED)
        snprintf(buf, size, "undated");
    else
        vb_period_label(VB_PERIOD_DAY, day, buf, size);
}

const char *vb__metric_name(const vb_model *m)
{
    return m->a->opts.score == VB_SCORE_NPS ? "NPS" : "mean";
}

int vb__theme_shown(const vb_model *m, size_t k)
{
    int depth = m->o.max_depth >= 0 ? m->o.max_depth : 0;
    size_t t = m->order[k];
    return m->a->theme_docs[t] && m->lex->themes[t].depth <= depth;
}

void vb__write_marked(FILE *f, const vb_example *e, void (*put)(FILE *, const char *, size_t),
                      const char *open, const char *close)
{
    uint32_t at = 0;
    for (uint32_t s = 0; s < e->nspans; s++) {
        put(f, e->text + at, e->spans[2 * s] - at);
        fputs(open, f);
        put(f, e->text + e->spans[2 * s], e->spans[2 * s + 1] - e->spans[2 * s]);
        fputs(close, f);
        at = e->spans[2 * s + 1];
    }
    put(f, e->text + at, e->text_len - at);
}

