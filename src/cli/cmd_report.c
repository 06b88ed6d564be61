/* verbatim report: theme frequencies and co-occurrence for a whole input. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"

static const char usage[] =
    "Usage: verbatim report [-l LEXICON] [options] [FILE...]\n"
    "Count the lexicon's themes over every record: documents and share of documents per\n"
    "theme (a hit on a sub-theme counts for its parents), hits, and which themes occur in\n"
    "the same documents (count, Jaccard, lift).\n"
    "\n"
    "  -l, --lexicon FILE    the lexicon (default: the bundled CX lexicon, cx.lex)\n"
    "  --format table|csv|json   default: table\n"
    "  --table themes|cooc   CSV only: which table to write (default themes)\n"
    "  --depth N             only themes up to N levels deep (0: top level only)\n"
    "  --min-pair N          leave out pairs with fewer than N documents (default: 2 in\n"
    "                        the table, 1 in CSV and JSON)\n"
    "  --top N               pairs shown in the table (default 20)\n"
    "  --pair-depth N        pairs among themes up to N levels deep (default: 0, top-level\n"
    "                        themes, in the table; every level in CSV and JSON)\n"
    "  -o, --output FILE     write there (complete or not at all) instead of standard output\n"
    "  --all-themes          the table also lists themes no document has\n"
    "  --no-color            no bold headers (also when NO_COLOR is set)\n"
    "\n" CLI_INPUT_HELP;

typedef struct run {
    cli_input *in;
    vb_tagger *tagger;
    vb_agg *agg;
} run;

static int on_record(const vb_record *rec, void *payload)
{
    run *r = payload;
    const vb_doc *doc;
    vb_error err;
    if (vb_tagger_run(r->tagger, rec->text.ptr, rec->text.len, &doc, &err) != VB_OK ||
        vb_agg_add(r->agg, doc) != VB_OK) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    cli_note_replacements(r->in, rec, doc->tokens->replacements);
    return 0;
}

static int parse_count(const char *s, const char *what, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < 0 || v > INT_MAX || errno) {
        cli_error("%s takes a number from 0 to %d, not '%s'", what, INT_MAX, s);
        return -1;
    }
    *out = v;
    return 0;
}

int cmd_report(int argc, char **argv)
{
    static const struct option longopts[] = {
        CLI_INPUT_LONGOPTS,
        { "format", required_argument, 0, 2000 },
        { "table", required_argument, 0, 2001 },
        { "depth", required_argument, 0, 2002 },
        { "min-pair", required_argument, 0, 2003 },
        { "top", required_argument, 0, 2004 },
        { "no-color", no_argument, 0, 2005 },
        { "pair-depth", required_argument, 0, 2006 },
        { "all-themes", no_argument, 0, 2007 },
        { "output", required_argument, 0, 'o' },
        { 0, 0, 0, 0 },
    };
    cli_input in;
    cli_input_init(&in);
    vb_report_opts ro;
    vb_report_opts_init(&ro);
    const char *output = NULL;
    int no_color = getenv("NO_COLOR") != NULL, opt, code, k, pair_depth = -2;
    long v;
    while ((opt = cli_next_option(&in, argc, argv, longopts, usage, &code)) > 0) {
        switch (opt) {
        case 'o': output = optarg; break;
        case 2000:
            if ((k = vb_format_parse(optarg)) < 0) {
                cli_error("unknown format '%s' for report (table, csv, json)", optarg);
                return CLI_EXIT_USAGE;
            }
            ro.format = (vb_format)k;
            break;
        case 2001:
            if (strcmp(optarg, "themes") == 0)
                ro.csv_table = 0;
            else if (strcmp(optarg, "cooc") == 0)
                ro.csv_table = 1;
            else {
                cli_error("--table takes themes or cooc, not '%s'", optarg);
                return CLI_EXIT_USAGE;
            }
            break;
        case 2002:
            if (parse_count(optarg, "--depth", &v))
                return CLI_EXIT_USAGE;
            ro.max_depth = (int)v;
            break;
        case 2003:
            if (parse_count(optarg, "--min-pair", &v))
                return CLI_EXIT_USAGE;
            ro.min_pair = (size_t)v;
            break;
        case 2004:
            if (parse_count(optarg, "--top", &v))
                return CLI_EXIT_USAGE;
            ro.top_pairs = (size_t)v;
            break;
        case 2005: no_color = 1; break;
        case 2007: ro.all_themes = 1; break;
        case 2006:
            if (parse_count(optarg, "--pair-depth", &v))
                return CLI_EXIT_USAGE;
            pair_depth = (int)v;
            break;
        }
    }
    if (opt < 0)
        return code;
    ro.pair_depth = pair_depth != -2 ? pair_depth : ro.format == VB_FORMAT_TABLE ? 0 : -1;
    vb_matcher *m = NULL;
    run r = { &in, NULL, NULL };
    int rc = cli_open_tagger(&in, &m, &r.tagger);
    if (rc)
        return rc;
    vb_error err;
    if (vb_agg_new(&r.agg, m, &err) != VB_OK) {
        cli_vberror(&err);
        vb_tagger_free(r.tagger);
        vb_matcher_free(m);
        return CLI_EXIT_IO;
    }
    cli_output out;
    rc = cli_output_open(&out, output);
    if (rc == CLI_EXIT_OK) {
        rc = cli_each_record(&in, on_record, &r);
        if (rc == CLI_EXIT_OK) {
            char title[600] = "standard input";
            if (in.nfiles == 1 && strcmp(in.files[0], "-") != 0)
                snprintf(title, sizeof title, "%s", in.files[0]);
            else if (in.nfiles > 1)
                snprintf(title, sizeof title, "%s and %d more file%s", in.files[0],
                         in.nfiles - 1, in.nfiles == 2 ? "" : "s");
            ro.title = title;
            ro.rejected = in.rejected;
            ro.color = !no_color && !output && isatty(STDOUT_FILENO);
            if (vb_report_write(out.f, r.agg, &ro, &err) != VB_OK) {
                cli_vberror(&err);
                rc = CLI_EXIT_IO;
            }
        }
        int wrc = cli_output_close(&out, rc == CLI_EXIT_OK);
        if (rc == CLI_EXIT_OK)
            rc = wrc;
    }
    vb_agg_free(r.agg);
    vb_tagger_free(r.tagger);
    vb_matcher_free(m);
    cli_summary(&in);
    return cli_exit_code(&in, rc);
}
