/* JSON output helpers and the per-document JSON Lines writer of `verbatim tag`. */
#include "writer_int.h"

#include <stdlib.h>
#include <string.h>

void vb_json_write_string(FILE *f, const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    putc('"', f);
    size_t i = 0;
    while (i < len) {
        unsigned char c = p[i];
        if (c >= 0x80) {
            int32_t cp;
            size_t n = vb__utf8_decode(p + i, len - i, &cp);
            if (cp < 0)
                fputs("\\ufffd", f); /* invalid UTF-8 is never copied into JSON */
            else
                fwrite(p + i, 1, n, f);
            i += n;
            continue;
        }
        switch (c) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (c < 0x20 || c == 0x7F)
                fprintf(f, "\\u%04x", c);
            else
                putc(c, f);
        }
        i++;
    }
    putc('"', f);
}

void vb__json_str(FILE *f, const char *s)
{
    vb_json_write_string(f, s, strlen(s));
}

int vb__check_write(FILE *f, vb_error *err)
{
    if (ferror(f))
        return vb__error_set(err, VB_EIO, "", 0, 0, "cannot write the output");
    return VB_OK;
}

/* A weight or score: at most 6 decimals (a weight's own precision), trailing zeros cut. */
static void put_decimal(FILE *f, double v)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.6f", v);
    char *dot = strchr(buf, '.');
    if (dot) {
        char *e = buf + strlen(buf);
        while (e > dot + 1 && e[-1] == '0')
            e--;
        if (e == dot + 1)
            e = dot;
        *e = '\0';
    }
    fputs(strcmp(buf, "-0") ? buf : "0", f);
}

int vb_doc_write_jsonl(FILE *f, const vb_matcher *m, const vb_record *rec, const char *text,
                       size_t len, const vb_doc *doc, vb_error *err)
{
    return vb_doc_write_jsonl_ex(f, m, rec, text, len, doc, NULL, err);
}

/* "sentiment" and "sentences": the compound scores of the document and of each sentence. */
static int put_sentiment(FILE *f, const vb_sentiment *s, const vb_doc *doc)
{
    size_t n = doc->tokens->sentences;
    double one, *sent = n > 1 ? malloc(n * sizeof *sent) : &one;
    if (!sent)
        return -1;
    double score = vb_sentiment_score(s, doc, n ? sent : NULL);
    fprintf(f, ",\"sentiment\":%.4f,\"sentences\":[", score);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%s%.4f", i ? "," : "", sent[i]);
    putc(']', f);
    if (sent != &one)
        free(sent);
    return 0;
}

int vb_doc_write_jsonl_ex(FILE *f, const vb_matcher *m, const vb_record *rec, const char *text,
                          size_t len, const vb_doc *doc, const vb_sentiment *sentiment,
                          vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    const vb_lexicon *lex = vb_matcher_lexicon(m);
    fputs("{\"id\":", f);
    vb_json_write_string(f, rec->id.ptr, rec->id.len);
    fputs(",\"source\":", f);
    vb__json_str(f, rec->source);
    fprintf(f, ",\"line\":%zu", rec->line);
    if (sentiment && put_sentiment(f, sentiment, doc) != 0)
        return vb__error_set(err, VB_ENOMEM, "", 0, 0, "out of memory");
    fputs(",\"themes\":[", f);
    for (size_t i = 0; i < doc->nthemes; i++) {
        vb_theme_info th;
        vb_lexicon_theme(lex, doc->themes[i].theme, &th);
        fputs(i ? ",{\"theme\":" : "{\"theme\":", f);
        vb__json_str(f, th.path);
        fprintf(f, ",\"hits\":%u,\"negated\":%u,\"score\":", doc->themes[i].hits,
                doc->themes[i].negated);
        put_decimal(f, doc->themes[i].score);
        putc('}', f);
    }
    fputs("],\"evidence\":[", f);
    for (size_t i = 0; i < doc->nhits; i++) {
        const vb_hit *h = &doc->hits[i];
        vb_theme_info th;
        vb_entry_info e;
        vb_lexicon_theme(lex, h->theme, &th);
        vb_lexicon_entry(lex, h->entry, &e);
        fputs(i ? ",{\"theme\":" : "{\"theme\":", f);
        vb__json_str(f, th.path);
        fputs(",\"entry\":", f);
        vb__json_str(f, e.text);
        fprintf(f, ",\"kind\":\"%s\",\"lexicon\":",
                vb_entry_kind_name(vb_matcher_entry_kind(m, h->entry)));
        char loc[300];
        snprintf(loc, sizeof loc, "%s:%zu", vb_lexicon_name(lex), e.line);
        vb__json_str(f, loc);
        fprintf(f, ",\"start\":%zu,\"end\":%zu,\"negated\":%s,\"weight\":", h->start, h->end,
                h->negated ? "true" : "false");
        put_decimal(f, e.weight);
        fputs(",\"text\":", f);
        vb_json_write_string(f, text + h->start, h->end - h->start);
        putc('}', f);
    }
    (void)len;
    fputs("]}\n", f);
    return vb__check_write(f, err);
}
