/* verbatim merge: combine the state files of shards into one report. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "report_opts.h"

static const char usage[] =
    "Usage: verbatim merge [report options] STATE...\n"
    "Combine state files written by 'verbatim report --save-state' (one per shard of an\n"
    "input, made on any machine) and write the report of them all. The report is byte for\n"
    "byte the one a single run over the whole input would write, whatever the split.\n"
    "States made with different lexicons or options are refused (exit 2), saying what\n"
    "differs; a corrupt, truncated or other-version state file is refused (exit 3).\n"
    "--save-state writes the merged state, so merges can be merged again.\n"
    "\n" CLI_REPORT_HELP;

static int load(const char *path, vb_agg **out)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_error("%s: cannot open: %s", path, strerror(errno));
        return CLI_EXIT_IO;
    }
    char *data = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            size_t ncap = cap ? 2 * cap : 1 << 16;
            char *nd = realloc(data, ncap);
            if (!nd) {
                free(data);
                fclose(f);
                cli_error("%s: out of memory", path);
                return CLI_EXIT_IO;
            }
            data = nd;
            cap = ncap;
        }
        size_t n = fread(data + len, 1, cap - len, f);
        len += n;
        if (n == 0)
            break;
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        free(data);
        cli_error("%s: cannot read: %s", path, strerror(errno));
        return CLI_EXIT_IO;
    }
    vb_error err;
    int rc = vb_agg_load(out, data, len, path, &err);
    free(data);
    if (rc != VB_OK) {
        cli_vberror(&err);
        return CLI_EXIT_IO;
    }
    return CLI_EXIT_OK;
}

int cmd_merge(int argc, char **argv)
{
    static const struct option longopts[] = {
        CLI_REPORT_LONGOPTS,
        { "help", no_argument, 0, 'h' },
        { 0, 0, 0, 0 },
    };
    cli_report rep;
    cli_report_init(&rep);
    int opt, k;
    while ((opt = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
        if (opt == 'h') {
            fputs(usage, stdout);
            return CLI_EXIT_OK;
        }
        if ((k = cli_report_option(&rep, opt, optarg)) < 0)
            return CLI_EXIT_USAGE;
        if (k == 0) {
            fputs(usage, stderr);
            return CLI_EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_error("merge needs at least one state file (made by report --save-state)");
        fputs(usage, stderr);
        return CLI_EXIT_USAGE;
    }
    cli_report_finish(&rep);
    vb_agg *all = NULL;
    int rc = CLI_EXIT_OK;
    for (int i = optind; i < argc && rc == CLI_EXIT_OK; i++) {
        vb_agg *a;
        if ((rc = load(argv[i], &a)) != CLI_EXIT_OK)
            break;
        if (!all) {
            all = a;
            continue;
        }
        vb_error err;
        int mrc = vb_agg_merge(all, a, &err);
        if (mrc != VB_OK) {
            cli_error("%s and %s: %s", argv[optind], argv[i], err.msg);
            rc = mrc == VB_EINVAL ? CLI_EXIT_USAGE : CLI_EXIT_IO;
        }
        vb_agg_free(a);
    }
    if (rc == CLI_EXIT_OK && (rc = cli_report_open(&rep)) == CLI_EXIT_OK)
        rc = cli_report_close(&rep, all);
    vb_agg_free(all);
    return rc;
}
