/* Polarity lexicons and document sentiment. A word's score is looked up by its stem, so
 * the list needs one form per word; a negated word ("not helpful") counts with the
 * opposite sign. The compound x / sqrt(x^2 + 15) maps a sum of scores into -1..1, gently:
 * one "good" (+2) is 0.46, three are 0.84. */
#include "../lexicon/lexicon_int.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vb_sentiment {
    char name[256];
    uint64_t fingerprint; /* of the source: states scored with different lists do not merge */
    vb_strmap stems; /* stem -> index into scores */
    double *scores;
    size_t n, cap;
    vb_arena arena;
};

void vb_sentiment_free(vb_sentiment *s)
{
    if (!s)
        return;
    vb__strmap_free(&s->stems);
    free(s->scores);
    vb__arena_free(&s->arena);
    free(s);
}

uint64_t vb__sentiment_fingerprint(const vb_sentiment *s)
{
    return s->fingerprint;
}

const char *vb__sentiment_name(const vb_sentiment *s)
{
    return s->name;
}

size_t vb_sentiment_count(const vb_sentiment *s)
{
    return s->n;
}

int vb_sentiment_parse(vb_sentiment **out, const char *src, size_t len, const char *name,
                       const vb_analyzer_opts *opts,
                       void (*diag)(const vb_error *e, void *payload), void *payload,
                       vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    *out = NULL;
    if (!name)
        name = "<sentiment>";
    vb_sentiment *s = calloc(1, sizeof *s);
    vb_analyzer *an = NULL;
    if (!s)
        return vb__error_set(err, VB_ENOMEM, name, 0, 0, "out of memory");
    snprintf(s->name, sizeof s->name, "%s", name);
    s->fingerprint = vb__hash(src, len) | 1; /* never 0: 0 is "no sentiment" */
    int rc = vb_analyzer_new(&an, opts, err);
    if (rc) {
        vb_sentiment_free(s);
        return rc;
    }
    size_t nerrors = 0, line = 0, i = 0;
    vb_error e;
#define FAIL_LINE(col, ...)                                                                   \
    do {                                                                                      \
        vb__error_set(&e, VB_ESYNTAX, name, line, (col), __VA_ARGS__);                        \
        if (nerrors++ == 0)                                                                   \
            *err = e;                                                                         \
        if (diag && nerrors <= 100)                                                           \
            diag(&e, payload);                                                                \
    } while (0)
    while (i < len) {
        size_t st = i;
        while (i < len && src[i] != '\n' && src[i] != '\r')
            i++;
        size_t end = i;
        if (i < len && src[i] == '\r' && i + 1 < len && src[i + 1] == '\n')
            i++;
        i++;
        line++;
        size_t a = st;
        while (a < end && (src[a] == ' ' || src[a] == '\t'))
            a++;
        if (a == end || src[a] == '#')
            continue;
        /* the score is the last field: after the last tab or space */
        size_t b = end;
        while (b > a && (src[b - 1] == ' ' || src[b - 1] == '\t'))
            b--;
        size_t sp = b;
        while (sp > a && src[sp - 1] != ' ' && src[sp - 1] != '\t')
            sp--;
        if (sp == a) {
            FAIL_LINE(a - st + 1, "expected a word, a tab and a score");
            continue;
        }
        char num[64];
        size_t nl = b - sp < sizeof num - 1 ? b - sp : sizeof num - 1;
        memcpy(num, src + sp, nl);
        num[nl] = '\0';
        char *ep;
        errno = 0;
        double score = strtod(num, &ep);
        if (*ep || errno || !isfinite(score) || fabs(score) > 100) {
            FAIL_LINE(sp - st + 1, "'%s' is not a score (a number, such as -2 or 3.5)", num);
            continue;
        }
        size_t we = sp;
        while (we > a && (src[we - 1] == ' ' || src[we - 1] == '\t'))
            we--;
        const vb_tokens *toks;
        if (vb_analyzer_run(an, src + a, we - a, &toks, err) != VB_OK)
            goto nomem;
        const vb_token *w = NULL;
        size_t words = 0;
        for (size_t k = 0; k < toks->n; k++)
            if (toks->tok[k].type == VB_TOKEN_WORD)
                w = &toks->tok[k], words++;
        if (words != 1) {
            FAIL_LINE(a - st + 1, "'%.*s': one word per line", (int)(we - a), src + a);
            continue;
        }
        uint64_t h = vb__hash(w->stem, w->stem_len);
        uint32_t v;
        if (vb__strmap_get(&s->stems, w->stem, w->stem_len, h, &v)) {
            if (s->scores[v] != score)
                FAIL_LINE(a - st + 1, "'%.*s' has the stem '%s' of an earlier word with "
                                      "another score",
                          (int)(we - a), src + a, w->stem);
            continue;
        }
        char *key = vb__arena_strndup(&s->arena, w->stem, w->stem_len);
        if (!key || vb__grow((void **)&s->scores, &s->cap, s->n + 1, sizeof *s->scores) ||
            vb__strmap_put(&s->stems, key, w->stem_len, h, (uint32_t)s->n))
            goto nomem;
        s->scores[s->n++] = score;
    }
#undef FAIL_LINE
    vb_analyzer_free(an);
    if (nerrors) {
        vb_sentiment_free(s);
        return VB_ESYNTAX;
    }
    *out = s;
    return VB_OK;
nomem:
    vb_analyzer_free(an);
    vb_sentiment_free(s);
    return vb__error_set(err, VB_ENOMEM, name, line, 0, "out of memory");
}

int vb_sentiment_load(vb_sentiment **out, const char *path, const vb_analyzer_opts *opts,
                      void (*diag)(const vb_error *e, void *payload), void *payload,
                      vb_error *err)
{
    return vb_sentiment_load_as(out, path, NULL, opts, diag, payload, err);
}

int vb_sentiment_load_as(vb_sentiment **out, const char *path, const char *name,
                         const vb_analyzer_opts *opts,
                         void (*diag)(const vb_error *e, void *payload), void *payload,
                         vb_error *err)
{
    char *data;
    size_t len;
    vb_error local_err;
    if (!err)
        err = &local_err;
    *out = NULL;
    if (vb__read_file(path, &data, &len, err) != 0)
        return err->code ? err->code : VB_EIO;
    int rc = vb_sentiment_parse(out, data, len, name ? name : path, opts, diag, payload, err);
    free(data);
    return rc;
}

static double compound(double x)
{
    return x / sqrt(x * x + 15.0);
}

double vb_sentiment_score(const vb_sentiment *s, const vb_doc *doc, double *sentences)
{
    const vb_tokens *toks = doc->tokens;
    double total = 0;
    for (size_t i = 0; sentences && i < toks->sentences; i++)
        sentences[i] = 0;
    for (size_t i = 0; i < toks->n; i++) {
        const vb_token *t = &toks->tok[i];
        uint32_t v;
        if (t->type != VB_TOKEN_WORD ||
            !vb__strmap_get(&s->stems, t->stem, t->stem_len, vb__hash(t->stem, t->stem_len), &v))
            continue;
        double x = s->scores[v];
        if (doc->negated_tokens && doc->negated_tokens[i])
            x = -x;
        total += x;
        if (sentences && t->sentence < toks->sentences)
            sentences[t->sentence] += x;
    }
    for (size_t i = 0; sentences && i < toks->sentences; i++)
        sentences[i] = compound(sentences[i]);
    return compound(total);
}
