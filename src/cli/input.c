/* Shared CLI plumbing: input options, the read loop with record accounting, the run
 * summary, default lexicon lookup and safe output files. */
#define _GNU_SOURCE
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void vsay(const char *fmt, va_list ap)
{
    fputs("verbatim: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsay(fmt, ap);
    va_end(ap);
}

void cli_note(const cli_input *in, const char *fmt, ...)
{
    if (in && in->quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsay(fmt, ap);
    va_end(ap);
}

void cli_vberror(const vb_error *err)
{
    char buf[800];
    cli_error("%s", vb_error_format(err, buf, sizeof buf));
}

void cli_input_init(cli_input *in)
{
    memset(in, 0, sizeof *in);
    vb_reader_opts_init(&in->ropts);
    vb_files_opts_init(&in->fopts);
    in->fopts.include = in->include;
    in->fopts.exclude = in->exclude;
}

/* --include, --exclude, --hidden, --front-matter: the folder walk's options. */
static int files_option(cli_input *in, int opt, const char *arg)
{
    in->files_opts_given |= opt == 1043 ? 2 : 1; /* 2: front matter, only --input files */
    switch (opt) {
    case 1040:
    case 1041: {
        size_t *n = opt == 1040 ? &in->fopts.ninclude : &in->fopts.nexclude;
        const char **list = opt == 1040 ? in->include : in->exclude;
        if (*n == sizeof in->include / sizeof *in->include) {
            cli_error("at most %zu --%s patterns", *n, opt == 1040 ? "include" : "exclude");
            return -1;
        }
        if (!*arg) {
            cli_error("--%s takes a pattern such as '*.md' or 'drafts/**'",
                      opt == 1040 ? "include" : "exclude");
            return -1;
        }
        list[(*n)++] = arg;
        return 1;
    }
    case 1042: in->fopts.hidden = 1; return 1;
    default: {
        static const char *const modes[] = { "auto", "yaml", "mail", "none" };
        for (int i = 0; i < 4; i++)
            if (!strcmp(arg, modes[i])) {
                in->fopts.front_matter = (vb_front_matter)i;
                return 1;
            }
        cli_error("--front-matter takes auto, yaml, mail or none, not '%s'", arg);
        return -1;
    }
    }
}

static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s)
        return -1;
    unsigned long long mul = 1;
    if (*end == 'k' || *end == 'K')
        mul = 1ULL << 10, end++;
    else if (*end == 'm' || *end == 'M')
        mul = 1ULL << 20, end++;
    else if (*end == 'g' || *end == 'G')
        mul = 1ULL << 30, end++;
    if (*end || v == 0 || v > SIZE_MAX / mul)
        return -1;
    *out = (size_t)(v * mul);
    return 0;
}

int cli_input_option(cli_input *in, int opt, const char *arg)
{
    switch (opt) {
    case 1000: {
        int k = vb_input_kind_parse(arg);
        if (k < 0) {
            cli_error("unknown input kind '%s' (auto, csv, tsv, jsonl, json, lines, doc, files)",
                      arg);
            return -1;
        }
        in->ropts.kind = (vb_input_kind)k;
        return 1;
    }
    case 1001: in->ropts.text_col = arg; return 1;
    case 1002: in->ropts.id_col = arg; return 1;
    case 1003: in->ropts.date_col = arg; return 1;
    case 1004: { /* one column, or two: "region,product" */
        snprintf(in->segbuf, sizeof in->segbuf, "%s", arg);
        char *comma = strchr(in->segbuf, ',');
        if (comma) {
            *comma = '\0';
            if (!*in->segbuf || !comma[1] || strchr(comma + 1, ',')) {
                cli_error("--segment takes one column or two separated by a comma, not '%s'",
                          arg);
                return -1;
            }
        }
        in->ropts.segment_col = in->segbuf;
        in->ropts.segment2_col = comma ? comma + 1 : NULL;
        return 1;
    }
    case 1005:
        if (strcmp(arg, "\\t") == 0 || strcmp(arg, "tab") == 0)
            arg = "\t";
        if (strlen(arg) != 1 || arg[0] == '"' || arg[0] == '\n' || arg[0] == '\r') {
            cli_error("--delimiter takes one character (or 'tab'), not '%s'", arg);
            return -1;
        }
        in->ropts.delimiter = arg[0];
        return 1;
    case 1006:
        if (parse_size(arg, &in->ropts.max_record_bytes) != 0) {
            cli_error("--max-record takes a size such as 1048576, 512k or 64M, not '%s'", arg);
            return -1;
        }
        return 1;
    case 1007:
        if (!vb_lang_resolve(arg)) {
            cli_error("unknown language '%s' (see 'verbatim tokens --list-langs')", arg);
            return -1;
        }
        in->lang = arg;
        return 1;
    case 1010: {
        size_t v;
        if (parse_size(arg, &v) != 0) {
            cli_error("--max-expand takes a size such as 1048576, 512M or 64G, not '%s'", arg);
            return -1;
        }
        in->ropts.max_expand_bytes = v;
        return 1;
    }
    case 1011: {
        char *end;
        double v = strtod(arg, &end);
        if (end == arg || *end || !(v >= 1 && v <= 1e12)) {
            cli_error("--max-ratio takes a number from 1 to 1e12, not '%s'", arg);
            return -1;
        }
        in->ropts.max_expand_ratio = v;
        return 1;
    }
    case 1030: {
        int e = vb_encoding_parse(arg);
        if (e < 0) {
            cli_error("unknown encoding '%s' (utf-8, latin1, cp1252)", arg);
            return -1;
        }
        in->ropts.encoding = (vb_encoding)e;
        return 1;
    }
    case 1031:
        if (!*arg || strcmp(arg, "-") == 0) {
            cli_error("--rejects takes a file name (standard output carries the results)");
            return -1;
        }
        in->rejects_path = arg;
        return 1;
    case 1008: in->strict = 1; return 1;
    case 1009: in->analyze_flags |= VB_ANALYZE_STRIP_ACCENTS; return 1;
    case 1020:
        in->analyze_flags &= ~(unsigned)(VB_MATCH_NEGATION_OFF | VB_MATCH_NEGATION_DROP);
        if (!strcmp(arg, "off"))
            in->analyze_flags |= VB_MATCH_NEGATION_OFF;
        else if (!strcmp(arg, "drop"))
            in->analyze_flags |= VB_MATCH_NEGATION_DROP;
        else if (strcmp(arg, "mark") != 0) {
            cli_error("--negation takes mark, drop or off, not '%s'", arg);
            return -1;
        }
        return 1;
    case 'q': in->quiet = 1; return 1;
    case 'l': in->lexicon = arg; return 1;
    case 1040:
    case 1041:
    case 1042:
    case 1043: return files_option(in, opt, arg);
    default: return 0;
    }
}

/* Does a FILE argument name a folder, or is there a list (whose paths may)? */
static int names_folder(const cli_input *in)
{
    for (int i = 0; i < in->nfiles; i++) {
        struct stat st;
        if (in->files[i][0] == '@' || (stat(in->files[i], &st) == 0 && S_ISDIR(st.st_mode)))
            return 1;
    }
    return 0;
}

int cli_next_option(cli_input *in, int argc, char **argv, const struct option *longopts,
                    const char *usage, int *code)
{
    int opt;
    while ((opt = getopt_long(argc, argv, "hql:o:", longopts, NULL)) != -1) {
        int k = cli_input_option(in, opt, optarg);
        if (k > 0)
            continue;
        if (k < 0) {
            *code = CLI_EXIT_USAGE;
            return -1;
        }
        if (opt == 'h') {
            fputs(usage, stdout);
            *code = CLI_EXIT_OK;
            return -1;
        }
        if (opt == '?' || opt == ':') { /* getopt has said what was wrong */
            fputs(usage, stderr);
            *code = CLI_EXIT_USAGE;
            return -1;
        }
        return opt;
    }
    in->files = argv + optind;
    in->nfiles = argc - optind;
    if ((in->files_opts_given & 2) && in->ropts.kind != VB_INPUT_FILES) {
        cli_error("--front-matter applies to files read as documents: give --input files");
        *code = CLI_EXIT_USAGE;
        return -1;
    }
    if ((in->files_opts_given & 1) && in->ropts.kind != VB_INPUT_FILES && !names_folder(in)) {
        cli_error("--include, --exclude and --hidden apply to folders, and no FILE is one");
        *code = CLI_EXIT_USAGE;
        return -1;
    }
    in->ropts.files = &in->fopts;
    return 0;
}

int cli_open_tagger(const cli_input *in, vb_matcher **m, vb_tagger **t)
{
    *t = NULL;
    int rc = cli_load_matcher(in, m);
    if (rc)
        return rc;
    vb_error err;
    if (vb_tagger_new(t, *m, &err) != VB_OK) {
        cli_vberror(&err);
        vb_matcher_free(*m);
        *m = NULL;
        return CLI_EXIT_IO;
    }
    return CLI_EXIT_OK;
}

static void keep_reject(cli_input *in, const vb_error *err)
{
    if (in->rejected <= sizeof in->first_rejects / sizeof *in->first_rejects) {
        char buf[800];
        snprintf(in->first_rejects[in->rejected - 1], sizeof in->first_rejects[0], "%s",
                 vb_error_format(err, buf, sizeof buf));
    }
}

void cli_latin1_count(const char *s, size_t n, uint64_t *letters, uint64_t *c1)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 1; i < n; i++) {
        if (p[i] < 0x80 || p[i - 1] >= 0x80)
            continue;
        /* after an ASCII byte no UTF-8 sequence is under way: a continuation byte (or a
         * lead byte without one after it) is invalid here */
        int lead_ok = p[i] >= 0xC2 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80;
        if (p[i] >= 0xA0 && !lead_ok && ((p[i - 1] | 0x20) >= 'a' && (p[i - 1] | 0x20) <= 'z'))
            ++*letters;
        else if (p[i] < 0xA0)
            ++*c1;
    }
}

void cli_note_replacements(cli_input *in, const vb_record *rec, size_t n)
{
    if (!n)
        return;
    cli_latin1_count(rec->text.ptr, rec->text.len, &in->latin1_letters, &in->latin1_c1);
    if (!in->replaced_records)
        snprintf(in->first_replacement, sizeof in->first_replacement, "%s:%zu", rec->source,
                 rec->line);
    in->replaced_records++;
    in->replacements += n;
}

static void error_at(vb_error *err, const vb_record *rec, size_t at)
{
    vb_error_clear(err);
    err->code = VB_EUTF8;
    snprintf(err->source, sizeof err->source, "%s", rec->source);
    err->line = rec->line;
    snprintf(err->msg, sizeof err->msg, "invalid UTF-8 at byte %zu of the text of record %.*s",
             at, (int)(rec->id.len < 64 ? rec->id.len : 64), rec->id.ptr);
}

static const char *how_text(int how)
{
    return how == 1 ? "by its name" : "as the column with the longest values";
}

/* What the reader noticed in an archive (a skipped link, a member name with "..", a member
 * without records). */
static void reader_note(const vb_error *e, void *payload)
{
    char buf[800];
    cli_note(payload, "%s", vb_error_format(e, buf, sizeof buf));
}

static void tell_text(cli_input *in, const vb_reader_info *info, const char *name)
{
    cli_note(in, "%s: %s, text from '%s' (chosen %s; set --text to change)", name,
             vb_input_kind_name(info->kind), info->text_col, how_text(info->text_guessed));
}

/* The notes about an input, once its first record was asked for. */
static void tell_input(cli_input *in, const vb_reader_info *info, const char *name)
{
    if (info->text_guessed && info->text_col)
        tell_text(in, info, name);
    if (info->delimiter_guessed && info->delimiter != ',')
        cli_note(in, "%s: fields separated by %s (guessed from the first rows; set --delimiter "
                     "to change)", name, info->delimiter == '\t' ? "tabs" : info->delimiter == ';'
                                                                  ? "';'" : "'|'");
    if (info->preamble_lines)
        cli_note(in, "%s: skipped %zu line%s before the header (not CSV)", name,
                 info->preamble_lines, info->preamble_lines == 1 ? "" : "s");
}

/* A rejected record: counted, its reason kept for the summary, written to --rejects. */
static void reject(cli_input *in, const vb_error *err, const char *raw, size_t len, int cut)
{
    in->read++;
    in->rejected++;
    keep_reject(in, err);
    cli_rejects_write(in, err, raw, len, cut);
}

static int each_record_of(cli_input *in, const cli_source *src, cli_record_fn fn,
                          void *payload);

static int each_record(cli_input *in, cli_record_fn fn, void *payload)
{
    cli_source *src;
    size_t nsrc;
    int rc = cli_sources(in->files, in->nfiles, &src, &nsrc);
    for (size_t i = 0; rc == CLI_EXIT_OK && i < nsrc; i++)
        rc = each_record_of(in, &src[i], fn, payload);
    cli_sources_free(src, nsrc);
    return rc;
}

/* A folder's counts join the run's; the reader is freed. */
static void reader_done(cli_input *in, vb_reader *r)
{
    vb_files_stats st;
    if (vb_reader_files_stats(r, &st)) {
        in->fstats.folders += st.folders;
        in->fstats.files += st.files;
        in->fstats.hidden += st.hidden;
        in->fstats.excluded += st.excluded;
        in->fstats.not_included += st.not_included;
        in->fstats.loops += st.loops;
        in->fstats.special += st.special;
        in->fstats.broken += st.broken;
    }
    vb_reader_free(r);
}

static int each_record_of(cli_input *in, const cli_source *src, cli_record_fn fn,
                          void *payload)
{
    in->ropts.note = reader_note;
    in->ropts.note_payload = in;
    {
        vb_reader *r;
        vb_error err;
        vb_error_clear(&err);
        int rc = vb_reader_open(&r, src->path, &in->ropts, &err);
        if (rc != VB_OK) {
            char buf[800];
            vb_error_format(&err, buf, sizeof buf);
            if (src->list) /* where the path came from: the list may be what is wrong */
                cli_error("%s (listed in %s:%zu)", buf, src->list, src->line);
            else
                cli_error("%s", buf);
            return rc == VB_EINVAL ? CLI_EXIT_USAGE : CLI_EXIT_IO;
        }
        vb_reader_info info;
        const char *name = !strcmp(src->path, "-") ? "<stdin>" : src->path;
        uint64_t before = in->read;
        int told = 0, told_text = 0;
        size_t told_member = 0;
        uint64_t serial = 0;
        for (;;) {
            const vb_record *rec; /* err needs no clearing: a failing reader sets it all */
            rc = vb_reader_next(r, &rec, &err);
            /* after the first record of each input: JSON readers guess from it; in an
             * archive each member is an input of its own. The info is asked for only when
             * it may have changed (asking after every record cost 0.5% of a tokens run). */
            uint64_t now = vb_reader_info_serial(r);
            if (rc != VB_OK || !told || now != serial) {
                serial = now;
                vb_reader_get_info(r, &info);
                if (!told || info.member != told_member) {
                    told = 1;
                    told_member = info.member;
                    told_text = info.text_guessed && info.text_col;
                    tell_input(in, &info, info.member ? info.source : name);
                } else if (!told_text && info.text_guessed && info.text_col) {
                    /* JSON: the first records held no text to guess from */
                    told_text = 1;
                    tell_text(in, &info, info.member ? info.source : name);
                }
            }
            if (rc == VB_EOF)
                break;
            if (rc == VB_EREJECT) {
                size_t len;
                int cut;
                const char *raw = vb_reader_reject_raw(r, &len, &cut);
                reject(in, &err, raw, len, cut);
                if (in->strict) {
                    cli_vberror(&err);
                    cli_error("stopped at the first rejected record (--strict)");
                    reader_done(in, r);
                    return CLI_EXIT_REJECTED;
                }
                continue;
            }
            if (rc != VB_OK) { /* an archive member without a named column is a usage error,
                                * as a file without it is */
                cli_vberror(&err);
                reader_done(in, r);
                return rc == VB_EINVAL ? CLI_EXIT_USAGE : CLI_EXIT_IO;
            }
            size_t bad_at;
            if (in->strict && vb_utf8_invalid(rec->text.ptr, rec->text.len, &bad_at)) {
                /* --strict: invalid UTF-8 rejects the record instead of being replaced (its
                 * text is what --rejects keeps) */
                error_at(&err, rec, bad_at);
                reject(in, &err, rec->text.ptr, rec->text.len, 0);
                cli_vberror(&err);
                cli_error("stopped at the first rejected record (--strict)");
                reader_done(in, r);
                return CLI_EXIT_REJECTED;
            }
            in->read++;
            in->processed++;
            if (rec->text.len == 0)
                in->empty++;
            int stop = fn(rec, payload);
            if (stop) {
                reader_done(in, r);
                return stop;
            }
        }
        if (in->read == before) {
            vb_reader_get_info(r, &info);
            if (info.kind == VB_INPUT_FILES)
                cli_note(in, "warning: %s: no files to read", name);
            else if (info.ncolumns)
                cli_note(in, "warning: %s: only a header, no records", name);
            else
                cli_note(in, "warning: %s: empty input, no records", name);
        }
        reader_done(in, r);
    }
    return CLI_EXIT_OK;
}

int cli_each_record(cli_input *in, cli_record_fn fn, void *payload)
{
    int rc = cli_rejects_open(in); /* an unwritable --rejects stops before any reading */
    if (rc != CLI_EXIT_OK)
        return rc;
    rc = each_record(in, fn, payload);
    int wrc = cli_rejects_close(in);
    return rc != CLI_EXIT_OK ? rc : wrc;
}

void cli_summary(const cli_input *in)
{
    fprintf(stderr, "verbatim: %llu record%s read: %llu processed, %llu rejected",
            (unsigned long long)in->read, in->read == 1 ? "" : "s",
            (unsigned long long)in->processed, (unsigned long long)in->rejected);
    if (in->empty)
        fprintf(stderr, " (%llu processed with empty text)", (unsigned long long)in->empty);
    fputc('\n', stderr);
    size_t shown = sizeof in->first_rejects / sizeof *in->first_rejects;
    for (uint64_t i = 0; i < in->rejected && i < shown; i++)
        fprintf(stderr, "verbatim:   rejected %s\n", in->first_rejects[i]);
    if (in->rejected > shown)
        fprintf(stderr, "verbatim:   ... and %llu more rejected\n",
                (unsigned long long)(in->rejected - shown));
    const vb_files_stats *fs = &in->fstats;
    if (fs->folders) {
        uint64_t skipped = fs->hidden + fs->excluded + fs->not_included + fs->loops +
                           fs->special + fs->broken;
        fprintf(stderr, "verbatim: %llu file%s read in %llu folder%s, %llu skipped",
                (unsigned long long)fs->files, fs->files == 1 ? "" : "s",
                (unsigned long long)fs->folders, fs->folders == 1 ? "" : "s",
                (unsigned long long)skipped);
        const struct {
            uint64_t n;
            const char *one, *more;
        } why[] = { { fs->hidden, "hidden (--hidden reads them)", NULL },
                    { fs->excluded, "excluded (--exclude)", NULL },
                    { fs->not_included, "not included (--include)", NULL },
                    { fs->loops, "link loop", "link loops" },
                    { fs->special, "device, FIFO or socket", "devices, FIFOs or sockets" },
                    { fs->broken, "broken link", "broken links" } };
        const char *sep = ": ";
        for (size_t i = 0; i < sizeof why / sizeof *why; i++)
            if (why[i].n) {
                fprintf(stderr, "%s%llu %s", sep, (unsigned long long)why[i].n,
                        why[i].n > 1 && why[i].more ? why[i].more : why[i].one);
                sep = ", ";
            }
        fputc('\n', stderr);
    }
    if (in->replacements)
        fprintf(stderr,
                "verbatim: %llu invalid UTF-8 sequence%s replaced by U+FFFD in %llu record%s "
                "(first at %s)\n",
                (unsigned long long)in->replacements, in->replacements == 1 ? "" : "s",
                (unsigned long long)in->replaced_records, in->replaced_records == 1 ? "" : "s",
                in->first_replacement);
    /* most of them accented letters inside words: a Latin-1 or Windows-1252 export */
    if (in->replacements && in->ropts.encoding == VB_ENCODING_UTF8 &&
        2 * (in->latin1_letters + in->latin1_c1) >= in->replacements &&
        in->latin1_letters + in->latin1_c1)
        fprintf(stderr,
                "verbatim:   they look like %s as single bytes): try --encoding %s\n",
                in->latin1_c1 ? "Windows-1252 text (quotes, dashes or accented letters"
                              : "Latin-1 text (accented letters",
                in->latin1_c1 ? "cp1252" : "latin1");
    if (in->rejects_path && in->rejected)
        fprintf(stderr, "verbatim:   %llu rejected record%s written to %s\n",
                (unsigned long long)in->rejected, in->rejected == 1 ? "" : "s",
                in->rejects_path);
}

int cli_exit_code(const cli_input *in, int rc)
{
    if (rc != CLI_EXIT_OK)
        return rc;
    return in->rejected ? CLI_EXIT_REJECTED : CLI_EXIT_OK;
}

void cli_lexicon_diag(const vb_error *e, void *payload)
{
    (void)payload;
    if (e->code == VB_OK) { /* an importer's warning: an entry it skipped */
        char buf[800];
        cli_error("warning: %s", vb_error_format(e, buf, sizeof buf));
        return;
    }
    cli_vberror(e);
}

int cli_load_lexicon(const char *path, const char *name, int format, vb_lexicon **lex)
{
    vb_error err;
    vb_error_clear(&err);
    int rc;
    /* any dictionary format by its extension; a native lexicon as it always was */
    if (format == VB_LEXFMT_AUTO)
        format = vb_lexicon_format_of(path);
    if (format == VB_LEXFMT_NATIVE)
        rc = vb_lexicon_load_as(lex, path, name, cli_lexicon_diag, NULL, &err);
    else
        rc = vb_lexicon_import(lex, path, format, cli_lexicon_diag, NULL, &err);
    if (rc == VB_EIO) {
        cli_vberror(&err);
        return CLI_EXIT_USAGE;
    }
    if (rc != VB_OK) {
        if (rc != VB_ESYNTAX)
            cli_vberror(&err);
        cli_error("%s: the lexicon has errors; nothing was read", path);
        return CLI_EXIT_USAGE;
    }
    size_t skipped = vb_lexicon_skipped(*lex);
    if (skipped)
        cli_error("%s: %zu entr%s skipped (see the warnings): the native format cannot say "
                  "them", path, skipped, skipped == 1 ? "y" : "ies");
    return CLI_EXIT_OK;
}

static int exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The default lexicon: next to the binary (build tree), then the installed data directory. */
static const char *default_file(const char *file, char *buf, size_t size);

static const char *default_lexicon(char *buf, size_t size)
{
    return default_file("cx.lex", buf, size);
}

const char *cli_default_data(const char *file, char *buf, size_t size)
{
    return default_file(file, buf, size);
}

/* A bundled file: next to the binary (build tree), then the installed data directory. */
static const char *default_file(const char *file, char *buf, size_t size)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            snprintf(buf, size, "%s/lexicons/%s", exe, file);
            if (exists(buf))
                return buf;
            snprintf(buf, size, "%s/../share/verbatim/lexicons/%s", exe, file);
            if (exists(buf))
                return buf;
        }
    }
    snprintf(buf, size, "%s/lexicons/%s", VB_DATADIR, file);
    if (exists(buf))
        return buf;
    return NULL;
}

int cli_load_matcher(const cli_input *in, vb_matcher **out)
{
    char buf[PATH_MAX + 64];
    const char *path = in->lexicon;
    if (!path) {
        path = default_lexicon(buf, sizeof buf);
        if (!path) {
            cli_error("no lexicon given (-l FILE) and the default lexicon cx.lex was not found "
                      "next to the binary or in %s/lexicons", VB_DATADIR);
            return CLI_EXIT_USAGE;
        }
    }
    vb_lexicon *lex;
    vb_error err;
    vb_error_clear(&err);
    /* The default lexicon is named "cx.lex" in locations: the same on every machine. */
    int rc = cli_load_lexicon(path, in->lexicon ? path : "cx.lex", VB_LEXFMT_AUTO, &lex);
    if (rc)
        return rc;
    vb_analyzer_opts aopts;
    vb_analyzer_opts_init(&aopts);
    aopts.lang = in->lang;
    aopts.flags = in->analyze_flags;
    rc = vb_matcher_compile(out, lex, &aopts, cli_lexicon_diag, NULL, &err);
    vb_lexicon_free(lex);
    if (rc == VB_ESYNTAX) {
        cli_error("%s: the lexicon has errors; nothing was read", err.source[0] ? err.source : path);
        return CLI_EXIT_USAGE;
    }
    if (rc != VB_OK) {
        cli_vberror(&err);
        return CLI_EXIT_USAGE;
    }
    return CLI_EXIT_OK;
}

int cli_load_sentiment(const char *arg, const vb_matcher *m, vb_sentiment **out)
{
    char buf[4200];
    const char *path = arg;
    *out = NULL;
    if (!strcmp(arg, "default") && !(path = cli_default_data("sentiment-en.tsv", buf,
                                                             sizeof buf))) {
        cli_error("the bundled sentiment list sentiment-en.tsv was not found");
        return CLI_EXIT_USAGE;
    }
    vb_analyzer_opts sa;
    vb_matcher_analyzer_opts(m, &sa);
    vb_error err;
    vb_error_clear(&err);
    /* the bundled list is named the same on every machine */
    int rc = vb_sentiment_load_as(out, path, path == arg ? path : "sentiment-en.tsv", &sa,
                                  cli_lexicon_diag, NULL, &err);
    if (rc == VB_OK)
        return CLI_EXIT_OK;
    if (rc != VB_ESYNTAX)
        cli_vberror(&err);
    else
        cli_error("%s: the sentiment list has errors; nothing was read", path);
    return CLI_EXIT_USAGE;
}

int cli_output_open(cli_output *o, const char *path)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    if (!path || strcmp(path, "-") == 0) {
        o->f = stdout;
        o->path = NULL;
        return CLI_EXIT_OK;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        /* a device or FIFO is written in place: a temporary file renamed over /dev/full
         * would replace the device */
        o->direct = 1;
        o->f = fopen(path, "wb");
        if (!o->f) {
            cli_error("%s: cannot write: %s", path, strerror(errno));
            return CLI_EXIT_IO;
        }
        return CLI_EXIT_OK;
    }
    snprintf(o->tmp, sizeof o->tmp, "%s.tmp%ld", path, (long)getpid());
    o->f = fopen(o->tmp, "wb");
    if (!o->f) {
        cli_error("%s: cannot write: %s", path, strerror(errno));
        return CLI_EXIT_IO;
    }
    return CLI_EXIT_OK;
}

int cli_output_close(cli_output *o, int ok)
{
    errno = 0;
    if (!o->path) {
        if (fflush(stdout) != 0 || ferror(stdout)) {
            /* errno is that of the last write, which failed like the first (ENOSPC...) */
            int e = errno ? errno : o->werr ? o->werr : EIO;
            cli_error("standard output: cannot write: %s", strerror(e));
            return CLI_EXIT_IO;
        }
        return CLI_EXIT_OK;
    }
    int failed = fflush(o->f) != 0 || ferror(o->f);
    int saved = errno ? errno : o->werr ? o->werr : EIO;
    if (fclose(o->f) != 0 && !failed) {
        failed = 1;
        saved = errno;
    }
    if (o->direct) {
        if (failed) {
            cli_error("%s: cannot write: %s", o->path, strerror(saved));
            return CLI_EXIT_IO;
        }
        return CLI_EXIT_OK;
    }
    if (!ok || failed) {
        remove(o->tmp);
        if (failed) {
            cli_error("%s: cannot write: %s", o->path, strerror(saved));
            return CLI_EXIT_IO;
        }
        return CLI_EXIT_OK;
    }
    if (rename(o->tmp, o->path) != 0) {
        cli_error("%s: cannot write: %s", o->path, strerror(errno));
        remove(o->tmp);
        return CLI_EXIT_IO;
    }
    return CLI_EXIT_OK;
}
