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

/* -o FILE: written to FILE.tmp and renamed when complete, so a failed run never leaves a
 * partial report that looks whole. A device or FIFO (/dev/null) is written in place. */
typedef struct cli_output {
    FILE *f;
    const char *path;
    char tmp[4096];
    int direct; /* a device or FIFO (/dev/null, /dev/stdout): written in place */
    int werr;   /* errno of a write that failed before closing (told then), or 0 */
} cli_output;
int cli_output_open(cli_output *o, const char *path);
int cli_output_close(cli_output *o, int ok);

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
    /* --input files: the walk's options (--include, --exclude, --hidden, --front-matter) */
    vb_files_opts fopts;
    const char *include[32], *exclude[32];
    int files_opts_given;
    vb_files_stats fstats; /* summed over the folders read */
    /* accounting */
    uint64_t read, processed, rejected, empty, replaced_records, replacements;
    uint64_t latin1_letters, latin1_c1; /* of the replacements: see cli_latin1_count */
    const char *rejects_path; /* --rejects */
    cli_output rejects;
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
        { "include", required_argument, 0, 1040 }, { "exclude", required_argument, 0, 1041 },   \
        { "hidden", no_argument, 0, 1042 }, { "front-matter", required_argument, 0, 1043 },    \
        { "encoding", required_argument, 0, 1030 }, { "rejects", required_argument, 0, 1031 }, \
        { "lexicon", required_argument, 0, 'l' }, { "help", no_argument, 0, 'h' }

#define CLI_INPUT_HELP                                                                        \
    "Input options:\n"                                                                        \
    "  --input KIND       auto (default: by file name, then content), csv, tsv, jsonl,\n"      \
    "                     json (an array of objects), lines, doc (a whole file is one record),\n"\
    "                     files (each FILE may be a folder: every file in it, one record\n"    \
    "                     each, id = its path inside the folder; see Folders below)\n"        \
    "  --text COL         the text column or field (name or 1-based number); default: a\n"    \
    "                     column named text, comment, verbatim, feedback, review, body,\n"     \
    "                     message, narrative... (JSON: also one level down, review.body)\n"  \
    "                     else the one with the longest values\n"                             \
    "  --id COL           the record id (default: a column named id or *_id, else the\n"       \
    "                     record number)\n"                                                    \
    "  --date COL         the date column (report --by)\n"                                \
    "  --segment COL[,COL2]   one or two segment columns (report: themes by segment)\n"    \
    "  JSON: COL is a field name or a dotted path into nested objects and arrays\n"         \
    "                     (review.body, meta.region, items.0; a key that holds a dot is\n"    \
    "                     matched as it is first); a text that is an array of strings is\n"  \
    "                     joined, one line each; numbers and true/false are used as\n"       \
    "                     written, null is no value; a path no object has is an error\n"     \
    "  --delimiter C      CSV field separator (default: tab for tsv; for csv the one of\n"  \
    "                     , ; tab | that splits the first rows evenly, ',' on a tie)\n"       \
    "  --encoding ENC     utf-8 (default), latin1 or cp1252 (Windows-1252): converted to\n"  \
    "                     UTF-8 as it is read\n"                                               \
    "  --rejects FILE     write every rejected record to FILE as JSON Lines: source, line,\n"\
    "                     column, reason, raw (see docs/input.md)\n"                         \
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
    "@LIST reads the paths listed in the file LIST, one a line, in order (blank lines and\n"  \
    "lines starting with '#' skipped; a relative path is relative to LIST's folder); @-\n"    \
    "reads the list from standard input.\n"                                                 \
    "Compressed files (gzip, zstd, bzip2, xz) are recognized by their content and read\n"     \
    "as their inner name says (a.csv.gz: CSV); archives (zip, tar, tar.gz, 7z...) are read\n"\
    "member by member, each by its own name (a.zip:b.jsonl). Input that is not text (a NUL\n" \
    "byte in its first 8 KiB, a PDF, UTF-16) is refused (exit 3; a member is rejected).\n" \
    "A folder is walked in the byte order of its paths and each file read by its own kind\n" \
    "(a.csv as CSV, b.jsonl.gz as JSON Lines) or the --input given; --include, --exclude\n"   \
    "and --hidden choose the files.\n"                                                         \
    "Folders (--input files): walked in the byte order of the paths; links are followed (a\n"\
    "link to a folder that contains it is skipped with a note, as are devices, FIFOs,\n"     \
    "sockets and broken links); a compressed file is one document, an archive one per\n"     \
    "member. A header at the top of a file is read as fields and is not part of the text:\n" \
    "'---' / key: value lines / '---', or Key: value lines up to a blank line. --date,\n"    \
    "--segment, --id, --score name its keys; --date mtime is the file's modification time.\n"\
    "  --include GLOB     read only files matching GLOB (repeatable); a GLOB without '/'\n"  \
    "                     matches the file name at any depth, one with '/' the path inside\n"\
    "                     the folder ('*' stays within a folder, '**' spans folders)\n"      \
    "  --exclude GLOB     skip files and folders matching GLOB (repeatable)\n"               \
    "  --hidden           also read files and folders whose name starts with '.'\n"         \
    "  --front-matter M   auto (default), yaml ('---' blocks only), mail (Key: value lines\n"\
    "                     only) or none (the whole file is the text)\n"

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

/* What to read, from the FILE arguments: a path, or each path an @LIST names (sources.c). */
typedef struct cli_source {
    char *path;
    const char *list; /* the list that named it, or NULL */
    size_t line;      /* its line there */
} cli_source;
/* Expand @LIST arguments in order; no arguments: standard input. Prints errors; returns an
 * exit code. Free with cli_sources_free() (also after an error). */
int cli_sources(char **args, int nargs, cli_source **out, size_t *n);
void cli_sources_free(cli_source *src, size_t n);

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

/* A polarity list (--sentiment FILE, or 'default': the bundled English list), analyzed as the
 * matcher analyzes text. Prints errors; returns an exit code. */
int cli_load_sentiment(const char *arg, const vb_matcher *m, vb_sentiment **out);

/* "verbatim: " + message on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_note(const cli_input *in, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cli_vberror(const vb_error *err);

/* --rejects FILE (rejects.c): opened before the first record, every rejected record written
 * as a JSON Lines object, closed (renamed into place) when the reading ends. */
int cli_rejects_open(cli_input *in);
void cli_rejects_write(cli_input *in, const vb_error *err, const char *raw, size_t len,
                       int cut);
int cli_rejects_close(cli_input *in);

/* Invalid UTF-8 that looks like Latin-1 or cp1252 in p: accented letters (0xA0-0xFF) right
 * after an ASCII letter, and cp1252 punctuation (0x80-0x9F) that no UTF-8 lead byte
 * explains. Added to the counters; the summary suggests --encoding from them. */
void cli_latin1_count(const char *p, size_t n, uint64_t *letters, uint64_t *c1);

#endif
