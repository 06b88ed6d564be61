/* verbatim — readers: bytes in, records out. */
#ifndef VERBATIM_READER_H
#define VERBATIM_READER_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum vb_input_kind {
    VB_INPUT_AUTO = 0, /* guess from the file name, then from the content */
    VB_INPUT_LINES,    /* one record per line */
    VB_INPUT_CSV,      /* RFC 4180, comma-separated, header row */
    VB_INPUT_TSV,      /* the same with tabs */
    VB_INPUT_JSONL,    /* one JSON object per line */
    VB_INPUT_JSON,     /* one JSON array of objects */
    VB_INPUT_DOC,      /* the whole file is one record; its id is the file name */
    VB_INPUT_FILES     /* a folder, walked: one record per file (verbatim/files.h) */
} vb_input_kind;

struct vb_files_opts;

/** How the input's bytes are encoded. Other encodings are converted to UTF-8 as they are
 * read, before any parsing: locations, fields and rejected bytes are all UTF-8. */
typedef enum vb_encoding {
    VB_ENCODING_UTF8 = 0, /* as is (invalid sequences are the analyzer's business) */
    VB_ENCODING_LATIN1,   /* ISO-8859-1: every byte is the code point of its value */
    VB_ENCODING_CP1252    /* Windows-1252: Latin-1 with 0x80-0x9F as typographic quotes,
                           * dashes, the euro sign...; its five unassigned bytes map to the
                           * C1 controls, as web browsers do */
} vb_encoding;

typedef struct vb_reader_opts {
    vb_input_kind kind;
    /* Columns (CSV/TSV: header name or 1-based number; JSON: a field name or a dotted path
     * into nested objects and arrays, "review.body", "items.0", the longest key first at
     * each level). NULL: text is guessed, id is the record number, date and segment are
     * absent. */
    const char *text_col, *id_col, *date_col, *segment_col;
    const char *segment2_col, *score_col; /* a second segment column; a numeric score */
    /* 0: a TSV reads tabs; a CSV guesses among ',' ';' '\t' '|' from its first rows (the
     * candidate that splits the most of them into the same number of fields, quotes
     * respected; ',' when none splits any) */
    char delimiter;
    size_t max_record_bytes; /* a longer record is rejected; 0: 64 MiB */
    /* Compressed input and archive members (gzip, zstd, bzip2, xz; zip, tar, 7z...): one
     * that expands beyond either limit is rejected where it gets there (a zip bomb). The
     * ratio is to the compressed bytes read so far plus 64 KiB (what is read ahead). */
    uint64_t max_expand_bytes; /* 0: 64 GiB */
    double max_expand_ratio;   /* 0: 1000 */
    vb_encoding encoding;      /* of the input (and of every archive member) */
    /* Optional: told what the reader skipped or noticed in an archive (a symbolic link
     * skipped, a member name with "..", a member without records); note->source names the
     * archive or the member. */
    void (*note)(const vb_error *note, void *payload);
    void *note_payload;
    const struct vb_files_opts *files; /* VB_INPUT_FILES: the walk; NULL: the defaults */
} vb_reader_opts;

VB_API void vb_reader_opts_init(vb_reader_opts *opts);

typedef struct vb_field {
    const char *ptr;
    size_t len;
} vb_field;

/** One record. Every pointer is borrowed from the reader until its next call. */
typedef struct vb_record {
    vb_field id, text, date, segment;  /* date/segment: ptr NULL when absent */
    vb_field segment2, score;          /* ptr NULL when absent */
    const vb_field *fields;           /* every field of a CSV row; the top-level values of
                                       * a JSON object (or the one value that is not one) */
    size_t nfields;
    const char *source; /* file name, "<stdin>", or "archive.zip:member.csv" */
    size_t line;        /* line where the record starts (1-based) */
    size_t index;       /* 1-based number of the record among those read */
} vb_record;

typedef struct vb_reader vb_reader;

/** What the reader decided on its own, for the caller to tell the user. */
typedef struct vb_reader_info {
    const char *source;       /* the input being read: the file, or archive:member */
    size_t member;            /* archives: 1-based number of the current member; else 0 */
    vb_input_kind kind;
    int kind_guessed;         /* 1: from the name or content */
    const char *text_col;     /* name of the text column or field */
    int text_guessed;         /* 0: given; 1: by a common name; 2: by longest values */
    size_t preamble_lines;    /* lines skipped before the CSV header */
    const char *id_col;       /* NULL: ids are record numbers */
    size_t ncolumns;          /* header columns (CSV) */
    const char *const *columns;
    char delimiter;           /* CSV/TSV: the field separator */
    int delimiter_guessed;    /* 1: chosen from the first rows (opts.delimiter was 0) */
} vb_reader_info;

/**
 * Open a file ("-" or NULL: standard input). An input that is not text (a NUL byte in its
 * first 8 KiB, a PDF, a UTF-16 byte order mark) is refused with VB_EIO, saying what it looks
 * like; an archive member that is not text is rejected (VB_EREJECT) and the next one read. A compressed stream (recognized by its first
 * bytes) is decompressed as it is read and read by the kind its inner name implies
 * (data.csv.gz: CSV). An archive is read member by member, each regular file as its own
 * input named "archive:member" (records say which); directories are passed over and other
 * members skipped with a note. Archives open their first member on the first
 * vb_reader_next(), so a missing column may be reported there (VB_EINVAL).
 * With VB_INPUT_FILES, path may be a folder: its files are read one record each, in the
 * byte order of their relative paths (verbatim/files.h). With any other kind a folder is
 * walked the same way and each file read as its own input, by that kind (AUTO: by its name,
 * then content), as an archive's members are; vb_reader_get_info() then describes the
 * current file (member: the number of files opened so far).
 * @param out  free with vb_reader_free().
 * @return VB_OK, VB_EIO (file cannot be opened), VB_EINVAL (a named column is not in the
 *         header, or there is no header) or VB_ENOMEM.
 */
VB_API int vb_reader_open(vb_reader **out, const char *path, const vb_reader_opts *opts,
                          vb_error *err);

/** The same over memory; `name` is used in locations. The data must outlive the reader. */
VB_API int vb_reader_open_mem(vb_reader **out, const char *name, const char *data, size_t len,
                              const vb_reader_opts *opts, vb_error *err);

/**
 * Next record.
 * @return VB_OK (*out set), VB_EOF, VB_EREJECT (one record rejected: err says why and where;
 *         call again to go on; also an encrypted archive member or one that expands beyond
 *         the limits), VB_EINVAL (an archive member lacks a named column; at the end of a
 *         JSON input, a named field path that no object had; the next call goes on) or VB_EIO /
 *         VB_ENOMEM (fatal; a compressed stream or archive that is cut short or corrupt is
 *         VB_EIO, and the record it cut is not returned).
 */
VB_API int vb_reader_next(vb_reader *r, const vb_record **out, vb_error *err);

/**
 * The bytes of the record the last vb_reader_next() rejected, as read (after --encoding
 * conversion) and without the line end that closed it: a whole CSV row (all its lines), a
 * JSON Lines line, a JSON array element, a line. When the lines after a row's first are
 * read again (an unclosed quote), only that first line. Never more than max_record_bytes.
 * @param len  set to the byte count.
 * @param cut  optional; set to 1 when the record was longer and only its start is kept.
 * @return borrowed until the next call; NULL when the last call rejected no record or the
 *         rejection has no bytes (an encrypted or damaged archive member, a stray ',' in a
 *         JSON array).
 */
VB_API const char *vb_reader_reject_raw(const vb_reader *r, size_t *len, int *cut);

VB_API void vb_reader_get_info(const vb_reader *r, vb_reader_info *info);
/**
 * A number that changes whenever what vb_reader_get_info() tells may have changed: a new
 * input was opened (an archive member, a file of a folder) or a column was guessed from the
 * records read. A caller that tells the user about the info compares it after each
 * vb_reader_next() instead of asking for the info every time; it costs a load.
 */
VB_API uint64_t vb_reader_info_serial(const vb_reader *r);
VB_API const char *vb_input_kind_name(vb_input_kind kind);
/** Parse "csv", "tsv", "jsonl", "json", "lines", "doc", "files" or "auto"; -1 when unknown. */
VB_API int vb_input_kind_parse(const char *name);
/** Parse "utf-8" (or "utf8"), "latin1" (or "latin-1", "iso-8859-1") or "cp1252" (or
 * "windows-1252"); -1 when unknown. */
VB_API int vb_encoding_parse(const char *name);
VB_API const char *vb_encoding_name(vb_encoding enc);
VB_API void vb_reader_free(vb_reader *r);

#ifdef __cplusplus
}
#endif
#endif
