/* verbatim tokens: what the analyzer sees. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

static const char usage[] =
    "Usage: verbatim tokens [options] [FILE...]\n"
    "Show the analyzer's tokens of every record: type, byte span, surface, normalized\n"
    "form, stem, stopword flag and sentence number.\n"
    "\n"
    "  --format tsv|jsonl|count  output format (default tsv, with a header line); count:\n"
    "                      only the number of records and tokens (to time the analyzer)\n"
    "  --stats             print token and word-cache counts to standard error\n"
    "  --list-langs        list the analyzer languages and exit\n"
    "\n" CLI_INPUT_HELP;

typedef struct run {
    cli_input *in;
    vb_analyzer *an;
    int jsonl; /* 0 tsv, 1 jsonl, 2 count */
    uint64_t tokens;
    int failed;
} run;

static void tsv_field(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\t')
            fputs("\\t", stdout);
        else if (c == '\n')
            fputs("\\n", stdout);
        else if (c == '\r')
            fputs("\\r", stdout);
        else if (c == '\\')
            fputs("\\\\", stdout);
        else
            putchar(c);
    }
}

static int on_record(const vb_record *rec, void *payload)
{
    run *r = payload;
    const vb_tokens *toks;
    vb_error err;
    if (vb_analyzer_run(r->an, rec->text.ptr, rec->text.len, &toks, &err) != VB_OK) {
        cli_vberror(&err);
        return CLI_EXIT_IO;
    }
    cli_note_replacements(r->in, rec, toks->replacements);
    r->tokens += toks->n;
    if (r->jsonl == 2)
        return 0;
    for (size_t i = 0; i < toks->n; i++) {
        const vb_token *t = &toks->tok[i];
        const char *surface = rec->text.ptr + t->start;
        size_t slen = t->end - t->start;
        if (r->jsonl) {
            fputs("{\"id\":", stdout);
            vb_json_write_string(stdout, rec->id.ptr, rec->id.len);
            printf(",\"i\":%zu,\"type\":\"%s\",\"start\":%zu,\"end\":%zu,\"surface\":", i,
                   vb_token_type_name(t->type), t->start, t->end);
            vb_json_write_string(stdout, surface, slen);
            fputs(",\"norm\":", stdout);
            vb_json_write_string(stdout, t->norm, t->norm_len);
            fputs(",\"stem\":", stdout);
            vb_json_write_string(stdout, t->stem, t->stem_len);
            printf(",\"stopword\":%s,\"sentence\":%u}\n",
                   t->flags & VB_TOKEN_STOPWORD ? "true" : "false", t->sentence);
        } else {
            tsv_field(rec->id.ptr, rec->id.len);
            printf("\t%zu\t%s\t%zu\t%zu\t", i, vb_token_type_name(t->type), t->start, t->end);
            tsv_field(surface, slen);
            putchar('\t');
            tsv_field(t->norm, t->norm_len);
            putchar('\t');
            tsv_field(t->stem, t->stem_len);
            printf("\t%d\t%u\n", t->flags & VB_TOKEN_STOPWORD ? 1 : 0, t->sentence);
        }
    }
    return ferror(stdout) ? CLI_EXIT_IO : 0; /* told when the output is closed */
}

int cmd_tokens(int argc, char **argv)
{
    static const struct option longopts[] = {
        CLI_INPUT_LONGOPTS,
        { "format", required_argument, 0, 2000 },
        { "stats", no_argument, 0, 2001 },
        { "list-langs", no_argument, 0, 2002 },
        { 0, 0, 0, 0 },
    };
    cli_input in;
    cli_input_init(&in);
    run r = { &in, NULL, 0, 0, 0 };
    int stats = 0, opt, code;
    while ((opt = cli_next_option(&in, argc, argv, longopts, usage, &code)) > 0) {
        switch (opt) {
        case 2000:
            if (strcmp(optarg, "tsv") == 0)
                r.jsonl = 0;
            else if (strcmp(optarg, "jsonl") == 0)
                r.jsonl = 1;
            else if (strcmp(optarg, "count") == 0)
                r.jsonl = 2;
            else {
                cli_error("unknown format '%s' for tokens (tsv, jsonl, count)", optarg);
                return CLI_EXIT_USAGE;
            }
            break;
        case 2001: stats = 1; break;
        case 2002:
            for (const char **l = vb_lang_list(); *l; l++)
                puts(*l);
            return CLI_EXIT_OK;
        default: /* -o and -l mean nothing here */
            cli_error("tokens takes no -%c option", opt);
            return CLI_EXIT_USAGE;
        }
    }
    if (opt < 0)
        return code;
    vb_analyzer_opts aopts;
    vb_analyzer_opts_init(&aopts);
    aopts.lang = in.lang;
    aopts.flags = in.analyze_flags;
    vb_error err;
    if (vb_analyzer_new(&r.an, &aopts, &err) != VB_OK) {
        cli_vberror(&err);
        return CLI_EXIT_USAGE;
    }
    cli_output out;
    cli_output_open(&out, NULL);
    if (r.jsonl == 0)
        puts("id\ti\ttype\tstart\tend\tsurface\tnorm\tstem\tstopword\tsentence");
    int rc = cli_each_record(&in, on_record, &r);
    if (stats) {
        size_t words, hits, lookups;
        vb_analyzer_stats(r.an, &words, &hits, &lookups);
        fprintf(stderr,
                "verbatim: %llu tokens, %zu distinct normalized words, word cache hit rate "
                "%.1f%% (%zu of %zu)\n",
                (unsigned long long)r.tokens, words,
                lookups ? 100.0 * (double)hits / (double)lookups : 0.0, hits, lookups);
    }
    if (r.jsonl == 2)
        printf("%llu records\t%llu tokens\n", (unsigned long long)in.processed,
               (unsigned long long)r.tokens);
    int wrc = cli_output_close(&out, rc == CLI_EXIT_OK);
    if (rc == CLI_EXIT_OK || ferror(stdout))
        rc = wrc;
    vb_analyzer_free(r.an);
    cli_summary(&in);
    return cli_exit_code(&in, rc);
}
