/* Regex entries that hit a PCRE2 limit: counted per pattern while the run goes on, and
 * reported once per pattern at the end with the first record it happened in (by reading
 * order, so the message does not depend on the thread count). */
#include <stdlib.h>
#include <string.h>
#include "cli.h"

static cli_limit *find(cli_limits *ls, uint32_t entry)
{
    for (size_t i = 0; i < ls->n; i++)
        if (ls->l[i].entry == entry)
            return &ls->l[i];
    if (ls->n == ls->cap) {
        size_t cap = ls->cap ? 2 * ls->cap : 4;
        cli_limit *l = realloc(ls->l, cap * sizeof *l);
        if (!l)
            return NULL;
        ls->l = l;
        ls->cap = cap;
    }
    cli_limit *l = &ls->l[ls->n++];
    memset(l, 0, sizeof *l);
    l->entry = entry;
    return l;
}

int cli_limits_note(cli_limits *ls, const vb_doc *doc, const vb_record *rec, uint64_t seq)
{
    for (size_t i = 0; i < doc->nlimited; i++) {
        cli_limit *l = find(ls, doc->limited[i]);
        if (!l)
            return -1;
        if (!l->records++ || seq < l->seq) {
            l->seq = seq;
            snprintf(l->first, sizeof l->first, "%s:%zu", rec->source, rec->line);
        }
    }
    return 0;
}

int cli_limits_fold(cli_limits *into, const cli_limits *from)
{
    for (size_t i = 0; i < from->n; i++) {
        const cli_limit *f = &from->l[i];
        cli_limit *l = find(into, f->entry);
        if (!l)
            return -1;
        if (!l->records || f->seq < l->seq) {
            l->seq = f->seq;
            memcpy(l->first, f->first, sizeof l->first);
        }
        l->records += f->records;
    }
    return 0;
}

static int by_entry(const void *a, const void *b)
{
    const cli_limit *x = a, *y = b;
    return (x->entry > y->entry) - (x->entry < y->entry);
}

void cli_limits_print(cli_limits *ls, const vb_matcher *m)
{
    const vb_lexicon *lex = vb_matcher_lexicon(m);
    if (ls->n > 1)
        qsort(ls->l, ls->n, sizeof *ls->l, by_entry);
    for (size_t i = 0; i < ls->n; i++) {
        vb_entry_info e;
        vb_lexicon_entry(lex, ls->l[i].entry, &e);
        cli_error("warning: %s:%zu: the regex /%.60s%s/ hit its match limit in %llu record%s "
                  "(first: %s): its matches in those sentences are not counted; simplify "
                  "the pattern",
                  vb_lexicon_name(lex), e.line, e.text, strlen(e.text) > 60 ? "..." : "",
                  (unsigned long long)ls->l[i].records, ls->l[i].records == 1 ? "" : "s",
                  ls->l[i].first);
    }
}

void cli_limits_free(cli_limits *ls)
{
    free(ls->l);
    memset(ls, 0, sizeof *ls);
}
