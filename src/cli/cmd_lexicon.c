/* verbatim lexicon: work on a lexicon itself. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include "cli.h"

static const char usage[] =
    "Usage: verbatim lexicon check [--lang L] [--strip-accents] LEXICON...\n"
    "       verbatim lexicon import [--format F] [-o OUT.lex] DICTIONARY\n"
    "       verbatim lexicon show [--format F] LEXICON\n"
    "\n"
    "import: read a dictionary in another format and write it as a native lexicon (to\n"
    "OUT.lex, or standard output). Categories become themes (lowercase, other characters\n"
    "'_', nesting as a/b; the original name is the label). Entries the native format cannot\n"
    "say (a wildcard in a phrase, a symbol) are skipped with a warning at file:line:column.\n"
    "show: any lexicon or dictionary, written as native text on standard output.\n"
    "  --format F         liwc (.dic), wordstat (.cat), yaml (.yml, .yaml), scores\n"
    "                     (.txt, .tsv: word<TAB>score; scores are not kept), native (.lex);\n"
    "                     default: by the file's extension. -l FILE of report and tag\n"
    "                     reads these formats too.\n"
    "\n"
    "check: syntax and entries first (errors, with file:line:column: exit 2), then\n"
    "what probably does not count what was meant (warnings: exit 0):\n"
    "  - an entry repeated in its theme;\n"
    "  - an entry shadowed by another of its theme that matches the same words (the same\n"
    "    stem: 'leader' and 'leaders');\n"
    "  - a word that a wildcard of its theme already covers ('lead*' and 'leader');\n"
    "  - the same entry in two themes that are not parent and child (a hit counts for both).\n"
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

int cmd_lexicon(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? CLI_EXIT_USAGE : CLI_EXIT_OK;
    }
    if (!strcmp(argv[1], "check"))
        return check(argc - 1, argv + 1);
    if (!strcmp(argv[1], "import") || !strcmp(argv[1], "show"))
        return convert(argc - 1, argv + 1, argv[1][0] == 'i');
    cli_error("unknown lexicon command '%s' (check, import, show)", argv[1]);
    fputs(usage, stderr);
    return CLI_EXIT_USAGE;
}
