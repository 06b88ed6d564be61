/* Options that shape a report, shared by `verbatim report` and `verbatim merge`. */
#ifndef VB_REPORT_OPTS_H
#define VB_REPORT_OPTS_H

#include "cli.h"

typedef struct cli_report {
    vb_report_opts ro;
    const char *output, *save_state;
    int no_color, pair_depth, format_given;
    cli_output out, state;
    int out_open, state_open;
} cli_report;

#define CLI_REPORT_LONGOPTS                                                                   \
    { "format", required_argument, 0, 2000 }, { "table", required_argument, 0, 2001 },        \
        { "depth", required_argument, 0, 2002 }, { "min-pair", required_argument, 0, 2003 },  \
        { "top", required_argument, 0, 2004 }, { "no-color", no_argument, 0, 2005 },          \
        { "pair-depth", required_argument, 0, 2006 }, { "all-themes", no_argument, 0, 2007 }, \
        { "max-segments", required_argument, 0, 2008 },                                      \
        { "max-periods", required_argument, 0, 2009 }, { "alpha", required_argument, 0, 2010 }, \
        { "rising", no_argument, 0, 2011 }, { "title", required_argument, 0, 2012 },          \
        { "save-state", required_argument, 0, 2013 }, { "output", required_argument, 0, 'o' }, \
        { "top-terms", required_argument, 0, 2014 }, { "only", required_argument, 0, 2015 }

#define CLI_REPORT_HELP                                                                       \
    "Report options:\n"                                                                       \
    "  --format F            table (default), csv, json, jsonl, md, html\n"                   \
    "  --table NAME          CSV: which table: themes (default), cooc, trends, segments,\n"   \
    "                        drivers, examples, terms, theme_words, cell_examples, matrix,\n" \
    "                        coverage, misses\n"                                              \
    "  --top-terms N         terms listed per kind (default 15 in the table, 200 elsewhere;\n" \
    "                        0: all)\n"                                                        \
    "  -o, --output FILE     write there (complete or not at all) instead of standard output\n" \
    "  --title TEXT          a heading for the report\n"                                       \
    "  --only LIST           table and md: only these sections (comma-separated): themes,\n"  \
    "                        cooc, trends, segments, drivers, terms, coverage, examples\n"    \
    "  --depth N             only themes up to N levels deep (0: top level only)\n"           \
    "  --all-themes          the table also lists themes no document has\n"                   \
    "  --min-pair N          leave out pairs with fewer than N documents (default: 2 in\n"    \
    "                        the table, 1 elsewhere)\n"                                       \
    "  --top N               pairs shown in the table (default 20)\n"                         \
    "  --pair-depth N        pairs among themes up to N levels deep (default: 0 in the\n"     \
    "                        table, every level elsewhere)\n"                                 \
    "  --max-segments N      segment values shown, the largest first (default 20)\n"          \
    "  --max-periods N       periods shown, the latest (default 400)\n"                       \
    "  --alpha A             significance level of the q-values (default 0.05)\n"             \
    "  --rising              lead with every significant change, rises first\n"               \
    "  --save-state FILE     also write the counts as a state file for 'verbatim merge'\n"    \
    "  --no-color            no colour (also when NO_COLOR is set or not on a terminal)\n"

void cli_report_init(cli_report *r);
/* 1: handled; 0: not a report option; -1: bad value (message printed). */
int cli_report_option(cli_report *r, int opt, const char *arg);
/* Settle defaults that depend on other options and on the terminal. */
void cli_report_finish(cli_report *r);
/* Open the output (-o or stdout) and the state file (--save-state) before any reading, so
 * an unwritable path fails at once. Returns an exit code. */
int cli_report_open(cli_report *r);
/* Write the state and the report of `a` and close both; a NULL (a failed run) removes
 * what was opened instead. Returns an exit code. */
int cli_report_close(cli_report *r, vb_agg *a);
/* A number option from 0 to INT_MAX; -1 with a message when it is not. */
int cli_parse_count(const char *s, const char *what, long *out);
/* The same, also from lo to hi (hi INT_MAX: no upper bound but the count's own). */
int cli_parse_range(const char *s, const char *what, long lo, long hi, long *out);

#endif
