/* The verbatim command line: a thin client of the public API. */
#ifndef VB_CLI_H
#define VB_CLI_H

#include <stdint.h>
#include <getopt.h>
#include <stdio.h>
#include "verbatim.h"

enum { CLI_EXIT_OK = 0, CLI_EXIT_REJECTED = 1, CLI_EXIT_USAGE = 2, CLI_EXIT_IO = 3 };

int cmd_tokens(int argc, char **argv);
int cmd_tag(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);

/* Input options shared by every command that reads records. */
typedef struct cli_input {
    vb_reader_opts ropts;
    const char *lang;
    unsigned analyze_flags; /* VB_ANALYZE_* */
    const char *lexicon; /* NULL: the default lexicon */
    int strict, quiet;
    char **files;
    int nfiles;
    char segbuf[512]; /* --segment A,B split in two */
    /* accounting */
    uint64_t read, processed, rejected, empty, replaced_records, replacements;
    char first_rejects[5][400];
    char first_replacement[300];
} cli_input;

/* Long options understood by cli_input_option(); commands append their own. */
#define CLI_INPUT_LONGOPTS                                                                    \
    { "input", required_argument, 0, 1000 }, { "text", required_argument, 0, 1001 },          \
        { "id", required_argument, 0, 1002 }, { "date", required_argument, 0, 1003 },         \
        { "segment", required_argument, 0, 1004 }, { "delimiter", required_argument, 0, 1005 }, \
        { "max-record", required_argument, 0, 1006 }, { "lang", required_argument, 0, 1007 },  \
        { "strict", no_argument, 0, 1008 }, { "quiet", no_argument, 0, 'q' },                 \
        { "strip-accents", no_argument, 0, 1009 }, { "negation", required_argument, 0, 1020 }, \
        { "max-expand", required_argument, 0, 1010 },                                         \
        { "max-ratio", required_argument, 0, 1011 },                                          \
        { "lexicon", required_argument, 0, 'l' }, { "help", no_argument, 0, 'h' }

#define CLI_INPUT_HELP                                                                        \
    "Input options:\n"                                                                        \
    "  --input KIND       auto (default: by file name, then content), csv, tsv, jsonl,\n"      \
    "                     json (an array of objects), lines, doc (a whole file is one record)\n" \
    "  --text COL         the text column or field (name or 1-based number); default: a\n"    \
    "                     column named text, comment, verbatim, feedback, review, body,\n"     \
    "                     message, narrative... else the one with the longest values\n"        \
    "  --id COL           the record id (default: a column named id or *_id, else the\n"       \
    "                     record number)\n"                                                    \
    "  --date COL         the date column (report --by)\n"                                \
    "  --segment COL[,COL2]   one or two segment columns (report: themes by segment)\n"    \
    "  --delimiter C      CSV field separator (default ',' or tab for tsv)\n"                 \
    "  --max-record N     reject records longer than N bytes (default 64M; k, M, G)\n"        \
    "  --max-expand N     reject a compressed file or archive member that expands beyond N\n" \
    "                     bytes (default 64G; k, M, G)\n"                                      \
    "  --max-ratio R      ... or beyond R times its compressed size (default 1000)\n"         \
    "  --lang L           analyzer language: Snowball name or ISO code (default english)\n"   \
    "  --strip-accents    match without accents: cafe = café (text and lexicon alike)\n"     \
    "  --negation MODE    mark (default): a mention in the scope of a negator ('not\n"      \
    "                     helpful') counts and is marked negated; drop: it does not count;\n" \
    "                     off: no negators are looked for\n"                              \
    "  --strict           stop at the first rejected record (exit 1); invalid UTF-8\n"    \
    "                     rejects a record instead of being replaced by U+FFFD\n"                        \
    "  -q, --quiet        no notes on standard error, only errors and the summary\n"          \
    "FILE may be '-' or absent for standard input; several files are read in order.\n"      \
    "Compressed files (gzip, zstd, bzip2, xz) are recognized by their content and read\n"     \
    "as their inner name says (a.csv.gz: CSV); archives (zip, tar, tar.gz, 7z...) are read\n"\
    "member by member, each by its own name (a.zip:b.jsonl).\n"

void cli_input_init(cli_input *in);

/* The next option that is the command's own (> 0). Input options are handled here; at the
 * end of the options (0) in->files is set. -1: stop and return *code (after --help: 0; after
 * a bad or unknown option: 2, with the message or the usage printed). */
int cli_next_option(cli_input *in, int argc, char **argv, const struct option *longopts,
                    const char *usage, int *code);

/* Print a lexicon diagnostic: an error, or an importer's warning (code VB_OK). */
void cli_lexicon_diag(const vb_error *e, void *payload);
/* Load a lexicon in any format (AUTO: by its extension), naming it `name` when native.
 * Prints errors and warnings; returns an exit code. */
int cli_load_lexicon(const char *path, const char *name, int format, vb_lexicon **lex);

/* Load the lexicon and make a tagger for it. Prints errors; returns an exit code. */
int cli_open_tagger(const cli_input *in, vb_matcher **m, vb_tagger **t);
/* Handle one getopt result; 1 if it was an input option, 0 if not, -1 on a bad value. */
int cli_input_option(cli_input *in, int opt, const char *arg);

typedef int (*cli_record_fn)(const vb_record *rec, void *payload);

/* Read every record of every file, calling fn on each processed one. Rejected records are
 * counted and their reasons kept. Returns a CLI exit code: 0 (even with rejects: see
 * cli_exit_code), CLI_EXIT_USAGE or CLI_EXIT_IO; fn returning nonzero stops with that code. */
int cli_each_record(cli_input *in, cli_record_fn fn, void *payload);
void cli_note_replacements(cli_input *in, const vb_record *rec, size_t n);
/* Print the run summary to standard error. */
void cli_summary(const cli_input *in);
int cli_exit_code(const cli_input *in, int rc);

/* A file bundled with verbatim (lexicons/FILE): its path in buf, or NULL. */
const char *cli_default_data(const char *file, char *buf, size_t size);

/* Load and compile the lexicon (-l or the default). Prints errors; returns an exit code. */
int cli_load_matcher(const cli_input *in, vb_matcher **out);

/* Regex entries that hit a PCRE2 limit (vb_doc.limited): per pattern, the records and the
 * first of them by reading order (seq). limits.c. */
typedef struct cli_limit {
    uint32_t entry;
    uint64_t records, seq;
    char first[300]; /* source:line */
} cli_limit;
typedef struct cli_limits {
    cli_limit *l;
    size_t n, cap;
} cli_limits;
int cli_limits_note(cli_limits *ls, const vb_doc *doc, const vb_record *rec, uint64_t seq);
int cli_limits_fold(cli_limits *into, const cli_limits *from);
/* One warning per pattern on standard error, in lexicon order. */
void cli_limits_print(cli_limits *ls, const vb_matcher *m);
void cli_limits_free(cli_limits *ls);

/* "verbatim: " + message on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_note(const cli_input *in, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cli_vberror(const vb_error *err);

/* -o FILE: written to FILE.tmp and renamed when complete, so a failed run never leaves a
 * partial report that looks whole. */
typedef struct cli_output {
    FILE *f;
    const char *path;
    char tmp[4096];
} cli_output;
int cli_output_open(cli_output *o, const char *path);
int cli_output_close(cli_output *o, int ok);

#endif
