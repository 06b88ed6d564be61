/* verbatim lexicon: work on a lexicon itself. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include "cli.h"

static const char usage[] =
    "Usage: verbatim lexicon check [--lang L] [--strip-accents] LEXICON...\n"
    "Check lexicons: syntax and entries first (errors, with file:line:column: exit 2), then\n"
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

int cmd_lexicon(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? CLI_EXIT_USAGE : CLI_EXIT_OK;
    }
    if (!strcmp(argv[1], "check"))
        return check(argc - 1, argv + 1);
    cli_error("unknown lexicon command '%s' (check)", argv[1]);
    fputs(usage, stderr);
    return CLI_EXIT_USAGE;
}
