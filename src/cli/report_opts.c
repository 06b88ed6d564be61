/* Report options and output, shared by `verbatim report` and `verbatim merge`. */
#include "report_opts.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

void cli_report_init(cli_report *r)
{
    memset(r, 0, sizeof *r);
    vb_report_opts_init(&r->ro);
    r->no_color = getenv("NO_COLOR") != NULL;
    r->pair_depth = -2;
}

int cli_parse_count(const char *s, const char *what, long *out)
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

int cli_parse_range(const char *s, const char *what, long lo, long hi, long *out)
{
    if (cli_parse_count(s, what, out))
        return -1;
    if (*out < lo || *out > hi) {
        if (hi == INT_MAX)
            cli_error("%s takes a number from %ld", what, lo);
        else
            cli_error("%s takes a number from %ld to %ld", what, lo, hi);
        return -1;
    }
    return 0;
}

int cli_report_option(cli_report *r, int opt, const char *arg)
{
    long v;
    int k;
    switch (opt) {
    case 'o': r->output = arg; return 1;
    case 2000:
        if ((k = vb_format_parse(arg)) < 0) {
            cli_error("unknown format '%s' (table, csv, json, jsonl, md, html)", arg);
            return -1;
        }
        r->ro.format = (vb_format)k;
        r->format_given = 1;
        return 1;
    case 2001:
        if ((k = vb_table_parse(arg)) < 0) {
            cli_error("--table takes themes, cooc, trends, segments, drivers, examples, terms, "
                      "theme_words, cell_examples, matrix, coverage or misses, not '%s'",
                      arg);
            return -1;
        }
        r->ro.csv_table = k;
        return 1;
    case 2002:
        if (cli_parse_count(arg, "--depth", &v))
            return -1;
        r->ro.max_depth = (int)v;
        return 1;
    case 2003:
        if (cli_parse_count(arg, "--min-pair", &v))
            return -1;
        r->ro.min_pair = (size_t)v;
        return 1;
    case 2004:
        if (cli_parse_count(arg, "--top", &v))
            return -1;
        r->ro.top_pairs = (size_t)v;
        return 1;
    case 2005: r->no_color = 1; return 1;
    case 2006:
        if (cli_parse_count(arg, "--pair-depth", &v))
            return -1;
        r->pair_depth = (int)v;
        return 1;
    case 2007: r->ro.all_themes = 1; return 1;
    case 2008:
        if (cli_parse_range(arg, "--max-segments", 1, INT_MAX, &v))
            return -1;
        r->ro.max_segments = (size_t)v;
        return 1;
    case 2009:
        if (cli_parse_range(arg, "--max-periods", 1, INT_MAX, &v))
            return -1;
        r->ro.max_periods = (size_t)v;
        return 1;
    case 2010: {
        char *end;
        double a = strtod(arg, &end);
        if (!*arg || *end || !(a > 0 && a < 1)) {
            cli_error("--alpha takes a number between 0 and 1, such as 0.05, not '%s'", arg);
            return -1;
        }
        r->ro.alpha = a;
        return 1;
    }
    case 2011: r->ro.rising = 1; return 1;
    case 2012: r->ro.title = arg; return 1;
    case 2013: r->save_state = arg; return 1;
    case 2014:
        if (cli_parse_count(arg, "--top-terms", &v))
            return -1;
        r->ro.top_terms = v ? (size_t)v : SIZE_MAX;
        return 1;
    case 2015:
        if (!(r->ro.sections = vb_sections_parse(arg))) {
            cli_error("--only takes sections separated by commas: themes, cooc, trends, "
                      "segments, drivers, terms, coverage, examples; not '%s'", arg);
            return -1;
        }
        return 1;
    default: return 0;
    }
}

void cli_report_finish(cli_report *r)
{
    r->ro.pair_depth = r->pair_depth != -2 ? r->pair_depth
                       : r->ro.format == VB_FORMAT_TABLE ? 0
                                                         : -1;
    int tty = !r->output && isatty(STDOUT_FILENO);
    r->ro.color = !r->no_color && tty;
    struct winsize ws;
    const char *cols = getenv("COLUMNS");
    if (tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
        r->ro.width = ws.ws_col;
    else if (cols && atoi(cols) >= 40)
        r->ro.width = (size_t)atoi(cols);
    else
        r->ro.width = 100; /* a file or a pipe: the same on every machine */
}

int cli_report_open(cli_report *r)
{
    int rc = cli_output_open(&r->out, r->output);
    if (rc)
        return rc;
    r->out_open = 1;
    if (r->save_state) {
        if ((rc = cli_output_open(&r->state, r->save_state)) != 0)
            return rc;
        r->state_open = 1;
    }
    return CLI_EXIT_OK;
}

int cli_report_close(cli_report *r, vb_agg *a)
{
    vb_error err;
    int rc = CLI_EXIT_OK;
    if (a && r->state_open && vb_agg_save(a, r->state.f, &err) != VB_OK) {
        cli_error("%s: %s", r->save_state, err.msg);
        rc = CLI_EXIT_IO;
    }
    if (a && rc == CLI_EXIT_OK && r->out_open &&
        vb_report_write(r->out.f, a, &r->ro, &err) != VB_OK) {
        if (ferror(r->out.f)) /* told with its reason when the output is closed */
            r->out.werr = errno;
        else
            cli_vberror(&err);
        rc = CLI_EXIT_IO;
    }
    /* neither file is left behind unless both are complete */
    int ok = a && rc == CLI_EXIT_OK;
    if (r->state_open) {
        int wrc = cli_output_close(&r->state, ok);
        if (ok && wrc)
            rc = wrc, ok = 0;
    }
    if (r->out_open) {
        int wrc = cli_output_close(&r->out, ok);
        if (ok && wrc)
            rc = wrc;
    }
    r->state_open = r->out_open = 0;
    return rc;
}
