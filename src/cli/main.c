/* verbatim: one binary, subcommands. */
#include <jansson.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>
#include "cli.h"

static const struct cli_cmd {
    const char *name;
    int (*run)(int, char **);
    const char *what;
} commands[] = {
    { "report", cmd_report, "themes: counts, co-occurrence, trends, segments, drivers, examples" },
    { "merge", cmd_merge, "combine the state files of shards into one report" },
    { "lexicon", cmd_lexicon, "lexicons: check, diff (what a change does), import, show" },
    { "tag", cmd_tag, "themes and evidence per record (JSON Lines or CSV)" },
    { "tokens", cmd_tokens, "what the analyzer sees: tokens, normal forms, stems" },
};

static void help(FILE *f)
{
    fputs("Usage: verbatim COMMAND [options] [FILE...]\n"
          "Turn free text (survey comments, tickets, reviews, articles) into theme counts.\n"
          "\n"
          "Commands:\n", f);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].what);
    fputs("\n"
          "  verbatim report comments.csv     the bundled CX lexicon on a CSV export\n"
          "  verbatim report --date date --by month --segment region comments.csv\n"
          "  verbatim report --save-state a.state part1.csv; verbatim merge a.state b.state\n"
          "  verbatim tag -l my.lex data.jsonl\n"
          "  verbatim COMMAND --help          the options of a command\n"
          "\n"
          "Input: CSV/TSV (header row), JSON Lines, JSON arrays, plain lines, whole files,\n"
          "compressed (gz, zst, bz2, xz) or in archives (zip, tar); the kind and the text\n"
          "column are guessed when not given.\n"
          "Exit codes: 0 ok; 1 some records were rejected (the run completed, see the\n"
          "summary); 2 usage or lexicon error; 3 I/O error.\n", f);
}

static void version(void)
{
    printf("verbatim %s\n", vb_version());
    printf("  utf8proc %s (Unicode %s)\n", utf8proc_version(), utf8proc_unicode_version());
    int n = 0;
    for (const char **l = vb_lang_list(); *l; l++)
        n++;
    printf("  libstemmer (Snowball, %d algorithms)\n", n);
    printf("  jansson %s\n", jansson_version_str());
    unsigned x = XXH_versionNumber();
    printf("  xxHash %u.%u.%u\n", x / 10000, x / 100 % 100, x % 100);
    char pv[64] = "";
    uint32_t jit = 0;
    pcre2_config(PCRE2_CONFIG_VERSION, pv);
    pcre2_config(PCRE2_CONFIG_JIT, &jit);
    printf("  PCRE2 %s (JIT %s)\n", pv, jit ? "on" : "off");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        help(stderr);
        return CLI_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        if (argc > 2 && strcmp(cmd, "help") == 0)
            for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
                if (!strcmp(argv[2], commands[i].name)) {
                    char *args[] = { argv[2], "--help", NULL };
                    return commands[i].run(2, args);
                }
        help(stdout);
        return CLI_EXIT_OK;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
        version();
        return CLI_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(cmd, commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "verbatim: unknown command '%s'\n\n", cmd);
    help(stderr);
    return CLI_EXIT_USAGE;
}
