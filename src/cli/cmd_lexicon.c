/* verbatim lexicon: work on a lexicon itself. */
#include <getopt.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "cli.h"

static const char usage[] =
    "Usage: verbatim lexicon check [--lang L] [--strip-accents] LEXICON...\n"
    "       verbatim lexicon diff OLD NEW [input options] [FILE...]\n"
    "       verbatim lexicon coverage [-l LEXICON] [report options] [FILE...]\n"
    "       verbatim lexicon import [--format F] [-o OUT.lex] DICTIONARY\n"
    "       verbatim lexicon show [--format F] LEXICON\n"
    "\n"
    "import: read a dictionary in another format and write it as a native lexicon (to\n"
    "OUT.lex, or standard output). Categories become themes (lowercase, other characters\n"
    "'_', nesting as a/b; the original name is the label). A wildcard in a phrase or an\n"
    "entry with a symbol becomes a regex entry ('South African*': /\\bSouth African\\w*/);\n"
    "entries the native format cannot say at all are skipped with a warning at\n"
    "file:line:column.\n"
    "show: any lexicon or dictionary, written as native text on standard output (regexes,\n"
    "NEAR/BEFORE entries, exclusions, weights and @overlap included).\n"
    "  --format F         liwc (.dic), wordstat (.cat), yaml (.yml, .yaml), scores\n"
    "                     (.txt, .tsv: word<TAB>score; scores are not kept), native (.lex);\n"
    "                     default: by the file's extension. -l FILE of report and tag\n"
    "                     reads these formats too.\n"
    "\n"
    "diff: what a lexicon change does. The entries added, removed and moved to another\n"
    "theme; then, with input, the documents whose themes change, with the entries behind\n"
    "each change, and the documents per theme before and after (themes by path).\n"
    "Input options as for report (--text, --input, --lang...).\n"
    "\n"
    "coverage: what the lexicon (-l, default cx.lex) covers of the input: documents per\n"
    "entry, the entries that never matched, the share of documents no entry matched, and\n"
    "the words and phrases of those documents, ranked by log-likelihood against the\n"
    "others (what the lexicon misses). The same as 'report --coverage --only coverage';\n"
    "every report and input option applies (--format csv --table coverage|misses, json).\n"
    "\n"
    "check: syntax and entries first (errors, with file:line:column: exit 2), then\n"
    "what probably does not count what was meant (warnings: exit 0):\n"
    "  - an entry repeated in its theme;\n"
    "  - an entry shadowed by another of its theme that matches the same words (the same\n"
    "    stem: 'leader' and 'leaders');\n"
    "  - a word that a wildcard of its theme already covers ('lead*' and 'leader');\n"
    "  - the same entry in two themes that are not parent and child (a hit counts for both);\n"
    "  - a phrase of stopwords only ('of the': it matches in most texts);\n"
    "  - a regex that can match an empty string (empty matches are never hits);\n"
    "  - an exclusion that is part of every hit (the entry never counts), a -/0 exclusion\n"
    "    that shares no word with its entry (it never applies), a repeated exclusion.\n"
    "Entries are compared after analysis, in the language given (--lang, default english).\n"
    "\n"
    "  --lang L           the language the lexicon will be used with\n"
    "  --strip-accents    compare without accents, as report --strip-accents matches\n";

static void print_finding(const vb_error *e, void *payload)
{
    size_t *n = payload;
    printf("%s:%zu:%zu: warning: %s\n", e->source, e->line, e->column, e->msg);
    ++*n;
}

static int check(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "lang", required_argument, 0, 1007 },
        { "strip-accents", no_argument, 0, 1009 },
        { "help", no_argument, 0, 'h' },
        { 0, 0, 0, 0 },
    };
    cli_input in;
    cli_input_init(&in);
    int opt;
    while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        if (opt == 'h') {
            fputs(usage, stdout);
            return CLI_EXIT_OK;
        }
        if (opt == '?') {
            fputs(usage, stderr);
            return CLI_EXIT_USAGE;
        }
        if (cli_input_option(&in, opt, optarg) < 0)
            return CLI_EXIT_USAGE;
    }
    if (optind >= argc) {
        cli_error("lexicon check needs a lexicon file");
        fputs(usage, stderr);
        return CLI_EXIT_USAGE;
    }
    int rc = CLI_EXIT_OK;
    for (int i = optind; i < argc; i++) {
        in.lexicon = argv[i];
        vb_matcher *m;
        int lrc = cli_load_matcher(&in, &m);
        if (lrc) { /* the errors are printed; go on with the other lexicons */
            rc = lrc;
            continue;
        }
        const vb_lexicon *lex = vb_matcher_lexicon(m);
        size_t nwarn = 0, top = 0, nt = vb_lexicon_theme_count(lex);
        for (size_t t = 0; t < nt; t++) {
            vb_theme_info th;
            vb_lexicon_theme(lex, t, &th);
            top += th.parent < 0;
        }
        long n = vb_lexicon_lint(m, print_finding, &nwarn);
        if (n < 0) {
            cli_error("out of memory");
            vb_matcher_free(m);
            return CLI_EXIT_IO;
        }
        size_t ne = vb_lexicon_entry_count(lex);
        printf("%s: %zu top-level theme%s, %zu theme%s, %zu entr%s: no errors, %zu warning%s\n",
               argv[i], top, top == 1 ? "" : "s", nt, nt == 1 ? "" : "s", ne,
               ne == 1 ? "y" : "ies", nwarn, nwarn == 1 ? "" : "s");
        vb_matcher_free(m);
    }
    return rc;
}

/* lexicon import (import != 0: with -o and a summary) and lexicon show: native text. */
static int convert(int argc, char **argv, int import)
{
    static const struct option longopts[] = {
        { "format", required_argument, 0, 'f' },
        { "output", required_argument, 0, 'o' },
        { "help", no_argument, 0, 'h' },
        { 0, 0, 0, 0 },
    };
    int format = VB_LEXFMT_AUTO, opt;
    const char *out_path = NULL;
    while ((opt = getopt_long(argc, argv, import ? "ho:" : "h", longopts, NULL)) != -1) {
        if (opt == 'h') {
            fputs(usage, stdout);
            return CLI_EXIT_OK;
        }
        if (opt == 'f') {
            format = vb_lexicon_format_from_name(optarg);
            if (format < 0) {
                cli_error("unknown --format '%s' (liwc, wordstat, yaml, scores, native)", optarg);
                return CLI_EXIT_USAGE;
            }
            continue;
        }
        if (opt == 'o' && import) {
            out_path = optarg;
            continue;
        }
        fputs(usage, stderr);
        return CLI_EXIT_USAGE;
    }
    if (optind + 1 != argc) {
        cli_error("lexicon %s needs one dictionary file", import ? "import" : "show");
        fputs(usage, stderr);
        return CLI_EXIT_USAGE;
    }
    const char *path = argv[optind];
    vb_lexicon *lex;
    int rc = cli_load_lexicon(path, path, format, &lex);
    if (rc)
        return rc;
    cli_output out;
    rc = cli_output_open(&out, out_path);
    if (rc == CLI_EXIT_OK) {
        int wrc = vb_lexicon_write_native(out.f, lex);
        rc = cli_output_close(&out, wrc == VB_OK);
        if (wrc == VB_ENOMEM) {
            cli_error("out of memory");
            rc = CLI_EXIT_IO;
        }
    }
    if (rc == CLI_EXIT_OK && import) {
        size_t nt = vb_lexicon_theme_count(lex), ne = vb_lexicon_entry_count(lex);
        size_t skipped = vb_lexicon_skipped(lex);
        fprintf(stderr, "verbatim: %s: %zu theme%s, %zu entr%s imported, %zu skipped\n", path,
                nt, nt == 1 ? "" : "s", ne, ne == 1 ? "y" : "ies", skipped);
    }
    vb_lexicon_free(lex);
    return rc;
}

/* ---- diff ---- */

typedef struct side {
    vb_matcher *m;
    vb_tagger *t;
    const vb_lexicon *lex;
} side;

typedef struct diff_run {
    side s[2];
    uint64_t docs, changed, *count[2]; /* documents per theme of each lexicon */
    size_t shown;
} diff_run;

/* An entry's identity across lexicons: its theme path, kind and native text (with its
 * exclusions and weight: a changed weight is a changed entry). */
static void entry_key(const vb_lexicon *lex, size_t i, char *buf, size_t size)
{
    vb_entry_info e;
    vb_theme_info th;
    char text[1000];
    vb_lexicon_entry(lex, i, &e);
    vb_lexicon_theme(lex, (size_t)e.theme, &th);
    vb_lexicon_entry_format(lex, i, text, sizeof text);
    snprintf(buf, size, "%s\t%d\t%s", th.path, e.kind, text);
}

/* A lexicon's entry keys, sorted twice: whole (the same entry) and from the kind on (the
 * same entry in any theme); equal keys in entry order, so a lookup finds the first. */
typedef struct entry_keys {
    char **key;       /* by entry */
    size_t *whole, *rest, n;
} entry_keys;

static const char *after_theme(const char *key)
{
    return strchr(key, '\t');
}

static const entry_keys *sorting; /* qsort has no payload */

static int by_whole(const void *x, const void *y)
{
    size_t i = *(const size_t *)x, j = *(const size_t *)y;
    int c = strcmp(sorting->key[i], sorting->key[j]);
    return c ? c : (i > j) - (i < j);
}

static int by_rest(const void *x, const void *y)
{
    size_t i = *(const size_t *)x, j = *(const size_t *)y;
    int c = strcmp(after_theme(sorting->key[i]), after_theme(sorting->key[j]));
    return c ? c : (i > j) - (i < j);
}

static void entry_keys_free(entry_keys *k)
{
    for (size_t i = 0; k->key && i < k->n; i++)
        free(k->key[i]);
    free(k->key);
    free(k->whole);
    free(k->rest);
}

static int entry_keys_make(entry_keys *k, const vb_lexicon *lex)
{
    k->n = vb_lexicon_entry_count(lex);
    k->key = calloc(k->n ? k->n : 1, sizeof *k->key);
    k->whole = malloc((k->n ? k->n : 1) * sizeof *k->whole);
    k->rest = malloc((k->n ? k->n : 1) * sizeof *k->rest);
    if (!k->key || !k->whole || !k->rest)
        return -1;
    char buf[1200];
    for (size_t i = 0; i < k->n; i++) {
        entry_key(lex, i, buf, sizeof buf);
        if (!(k->key[i] = strdup(buf)))
            return -1;
        k->whole[i] = k->rest[i] = i;
    }
    sorting = k;
    qsort(k->whole, k->n, sizeof *k->whole, by_whole);
    qsort(k->rest, k->n, sizeof *k->rest, by_rest);
    return 0;
}

/* The first entry of k whose key (any_theme: from the kind on) is key's. */
static int has_entry(const entry_keys *k, const char *key, int any_theme, size_t *at)
{
    const size_t *order = any_theme ? k->rest : k->whole;
    const char *want = any_theme ? after_theme(key) : key;
    size_t lo = 0, hi = k->n;
    while (lo < hi) { /* the lowest position whose key is not below want */
        size_t mid = lo + (hi - lo) / 2;
        const char *have = k->key[order[mid]];
        if (strcmp(any_theme ? after_theme(have) : have, want) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == k->n)
        return 0;
    const char *have = k->key[order[lo]];
    if (strcmp(any_theme ? after_theme(have) : have, want) != 0)
        return 0;
    *at = order[lo];
    return 1;
}

static void print_entry(const char *mark, const vb_lexicon *lex, size_t i, const char *extra)
{
    vb_entry_info e;
    vb_theme_info th;
    char text[1000];
    vb_lexicon_entry(lex, i, &e);
    vb_lexicon_theme(lex, (size_t)e.theme, &th);
    vb_lexicon_entry_format(lex, i, text, sizeof text);
    printf("  %s [%s] %s (%s:%zu)%s\n", mark, th.path, text, vb_lexicon_name(lex), e.line, extra);
}

/* Entries added, removed, and moved from one theme to another. */
static int diff_entries(const vb_lexicon *old, const vb_lexicon *new_)
{
    entry_keys keys[2] = { { 0 }, { 0 } }; /* old, new */
    if (entry_keys_make(&keys[0], old) || entry_keys_make(&keys[1], new_)) {
        entry_keys_free(&keys[0]);
        entry_keys_free(&keys[1]);
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    size_t at, added = 0, removed = 0, moved = 0;
    for (int pass = 0; pass < 2; pass++) {
        const vb_lexicon *a = pass ? old : new_, *b = pass ? new_ : old;
        const entry_keys *ka = &keys[pass ? 0 : 1], *kb = &keys[pass ? 1 : 0];
        for (size_t i = 0; i < vb_lexicon_entry_count(a); i++) {
            const char *key = ka->key[i];
            if (has_entry(kb, key, 0, &at))
                continue;
            if (has_entry(kb, key, 1, &at)) { /* the same entry in another theme */
                if (pass)
                    continue; /* reported once, from the new side */
                vb_entry_info e;
                vb_theme_info th;
                vb_lexicon_entry(b, at, &e);
                vb_lexicon_theme(b, (size_t)e.theme, &th);
                char extra[400];
                snprintf(extra, sizeof extra, ", was in [%s]", th.path);
                print_entry("~", a, i, extra);
                moved++;
            } else {
                print_entry(pass ? "-" : "+", a, i, "");
                *(pass ? &removed : &added) += 1;
            }
        }
    }
    printf("Entries: %zu added, %zu removed, %zu moved to another theme\n", added, removed,
           moved);
    entry_keys_free(&keys[0]);
    entry_keys_free(&keys[1]);
    return CLI_EXIT_OK;
}

/* A theme's path in one lexicon is found among the other document's themes by path. */
static int doc_has_path(const vb_lexicon *lex, const vb_doc *doc, const char *path)
{
    for (size_t i = 0; i < doc->nthemes; i++) {
        vb_theme_info th;
        vb_lexicon_theme(lex, doc->themes[i].theme, &th);
        if (!strcmp(th.path, path))
            return 1;
    }
    return 0;
}

/* The evidence of a theme in a document: its entries, as written. */
static void evidence(const vb_lexicon *lex, const vb_doc *doc, size_t theme, char *buf,
                     size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t h = 0; h < doc->nhits && n + 1 < size; h++) {
        int t = (int)doc->hits[h].theme;
        while (t >= 0 && (size_t)t != theme) {
            vb_theme_info th;
            vb_lexicon_theme(lex, (size_t)t, &th);
            t = th.parent;
        }
        if (t < 0)
            continue;
        vb_entry_info e;
        vb_lexicon_entry(lex, doc->hits[h].entry, &e);
        n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? ", " : "", e.text);
    }
}

/* The themes of d[k] that d[1 - k] has not, as " +path (entries)" or " -path (entries)". */
static int gained(const diff_run *r, const vb_doc *const d[2], int k, char *line, size_t size,
                  size_t *len)
{
    int any = 0;
    for (size_t i = 0; i < d[k]->nthemes; i++) {
        vb_theme_info th;
        vb_lexicon_theme(r->s[k].lex, d[k]->themes[i].theme, &th);
        if (doc_has_path(r->s[1 - k].lex, d[1 - k], th.path))
            continue;
        any = 1;
        char ev[200];
        evidence(r->s[k].lex, d[k], d[k]->themes[i].theme, ev, sizeof ev);
        if (*len < size)
            *len += (size_t)snprintf(line + *len, size - *len, " %c%s (%s)", k ? '+' : '-',
                                     th.path, ev);
    }
    return any;
}

static int diff_record(const vb_record *rec, void *payload)
{
    diff_run *r = payload;
    const vb_doc *d[2];
    vb_error err;
    for (int k = 0; k < 2; k++) { /* two taggers: both documents stay valid */
        if (vb_tagger_run(r->s[k].t, rec->text.ptr, rec->text.len, &d[k], &err) != VB_OK)
            return CLI_EXIT_IO;
        for (size_t i = 0; i < d[k]->nthemes; i++)
            r->count[k][d[k]->themes[i].theme]++;
    }
    r->docs++;
    char line[4096];
    size_t len = 0;
    int changed = gained(r, d, 1, line, sizeof line, &len);
    changed |= gained(r, d, 0, line, sizeof line, &len);
    if (changed) {
        r->changed++;
        if (r->shown++ < 20)
            printf("  %.*s (%s:%zu):%.*s\n", (int)rec->id.len, rec->id.ptr, rec->source,
                   rec->line, (int)(len < sizeof line ? len : sizeof line - 1), line);
    }
    return 0;
}

static int diff(int argc, char **argv)
{
    static const struct option longopts[] = { CLI_INPUT_LONGOPTS, { 0, 0, 0, 0 } };
    cli_input in;
    cli_input_init(&in);
    int opt, code;
    while ((opt = cli_next_option(&in, argc, argv, longopts, usage, &code)) > 0)
        ;
    if (opt < 0)
        return code;
    if (in.nfiles < 2) {
        cli_error("lexicon diff needs the old and the new lexicon");
        fputs(usage, stderr);
        return CLI_EXIT_USAGE;
    }
    diff_run r;
    memset(&r, 0, sizeof r);
    int rc = CLI_EXIT_OK;
    for (int k = 0; k < 2 && rc == CLI_EXIT_OK; k++) {
        in.lexicon = in.files[k];
        if ((rc = cli_load_matcher(&in, &r.s[k].m)) != CLI_EXIT_OK)
            break;
        vb_error err;
        r.s[k].lex = vb_matcher_lexicon(r.s[k].m);
        size_t nt = vb_lexicon_theme_count(r.s[k].lex);
        r.count[k] = calloc(nt ? nt : 1, sizeof *r.count[k]);
        if (!r.count[k] || vb_tagger_new(&r.s[k].t, r.s[k].m, &err) != VB_OK) {
            cli_error("out of memory");
            rc = CLI_EXIT_IO;
        }
    }
    if (rc == CLI_EXIT_OK) {
        printf("Lexicon %s -> %s\n", in.files[0], in.files[1]);
        rc = diff_entries(r.s[0].lex, r.s[1].lex);
        in.files += 2;
        in.nfiles -= 2;
        if (in.nfiles > 0 && rc == CLI_EXIT_OK) {
            printf("\nDocuments whose themes change (first 20; + a theme gained, with its "
                   "entries; - a theme lost):\n");
            rc = cli_each_record(&in, diff_record, &r);
            if (rc == CLI_EXIT_OK) {
                printf("%llu of %llu documents change their themes\n",
                       (unsigned long long)r.changed, (unsigned long long)r.docs);
                printf("\nDocuments per theme (themes whose count changes):\n");
                printf("  %-40s %8s %8s %8s\n", "THEME", "OLD", "NEW", "CHANGE");
                /* every theme of either lexicon, by path */
                for (int k = 0; k < 2; k++)
                    for (size_t t = 0; t < vb_lexicon_theme_count(r.s[k].lex); t++) {
                        vb_theme_info th, o;
                        vb_lexicon_theme(r.s[k].lex, t, &th);
                        uint64_t c[2] = { 0, 0 };
                        c[k] = r.count[k][t];
                        int in_other = 0;
                        for (size_t u = 0; u < vb_lexicon_theme_count(r.s[1 - k].lex); u++) {
                            vb_lexicon_theme(r.s[1 - k].lex, u, &o);
                            if (!strcmp(o.path, th.path)) {
                                c[1 - k] = r.count[1 - k][u];
                                in_other = 1;
                                break;
                            }
                        }
                        if ((k == 1 && in_other) || c[0] == c[1])
                            continue; /* each theme once; unchanged ones left out */
                        printf("  %-40s %8llu %8llu %+8lld\n", th.path, (unsigned long long)c[0],
                               (unsigned long long)c[1], (long long)c[1] - (long long)c[0]);
                    }
            }
        }
    }
    for (int k = 0; k < 2; k++) {
        vb_tagger_free(r.s[k].t);
        vb_matcher_free(r.s[k].m);
        free(r.count[k]);
    }
    if (in.nfiles > 0 || rc != CLI_EXIT_OK)
        cli_summary(&in);
    return cli_exit_code(&in, rc);
}

/* `lexicon coverage` is the coverage part of a report: the same options, the same
 * numbers, so the two can never disagree. */
static int coverage(int argc, char **argv)
{
    static const char *const pre[] = { "report", "--coverage", "--only", "coverage",
                                       "--examples", "0", "--table", "coverage" };
    size_t npre = sizeof pre / sizeof *pre;
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(usage, stdout);
            return CLI_EXIT_OK;
        }
    char **args = calloc(npre + (size_t)argc, sizeof *args);
    if (!args) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    for (size_t i = 0; i < npre; i++)
        args[i] = (char *)pre[i];
    for (int i = 1; i < argc; i++) /* the user's options come later, so they win */
        args[npre + (size_t)i - 1] = argv[i];
    int rc = cmd_report((int)npre + argc - 1, args);
    free(args);
    return rc;
}

int cmd_lexicon(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? CLI_EXIT_USAGE : CLI_EXIT_OK;
    }
    if (!strcmp(argv[1], "check"))
        return check(argc - 1, argv + 1);
    if (!strcmp(argv[1], "diff"))
        return diff(argc - 1, argv + 1);
    if (!strcmp(argv[1], "coverage"))
        return coverage(argc - 1, argv + 1);
    if (!strcmp(argv[1], "import") || !strcmp(argv[1], "show"))
        return convert(argc - 1, argv + 1, argv[1][0] == 'i');
    cli_error("unknown lexicon command '%s' (check, diff, coverage, import, show)", argv[1]);
    fputs(usage, stderr);
    return CLI_EXIT_USAGE;
}
