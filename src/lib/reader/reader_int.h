/* Internal to the reader stage: the byte source shared by the CSV, JSON and line readers. */
#ifndef VB_READER_INT_H
#define VB_READER_INT_H

#include <stdio.h>
#include "../util/util.h"
#include "verbatim/reader.h"

#define VB_RD_BLOCK 65536 /* bytes read from a file (or decompressed) at a time */
/* The block buffer: converted from Latin-1 or cp1252, a block grows up to 3-fold (the euro
 * sign, 0x80, is 3 bytes in UTF-8). */
#define VB_RD_BUFSIZE(r) ((r)->user_opts.encoding ? 3 * VB_RD_BLOCK : VB_RD_BLOCK)

/* A record held back while the reader looks ahead to find the header and text column. */
typedef struct vb_pending {
    char *data;       /* field bytes, each field NUL-terminated */
    size_t *offsets;  /* start of each field in data */
    size_t nfields, line;
    vb_error err;     /* code VB_EREJECT when the record was rejected */
    char *raw;        /* the row as read, for vb_reader_reject_raw (NULL: none kept) */
    size_t raw_len;
    int raw_cut;
} vb_pending;

struct vb_reader {
    vb_reader_opts opts;
    char name[256];
    vb_input_kind kind;
    int kind_guessed;

    /* byte source: pushback first, then memory or file */
    FILE *file;
    int own_file;
    const unsigned char *mem;
    size_t memlen, mempos;
    const unsigned char *cmem; /* memory to convert (--encoding): read in blocks as a file */
    size_t cmem_len, cmem_pos;
    unsigned char *buf;
    size_t bufpos, buflen;
    int at_eof;
    vb_buf pushback;
    size_t pbpos;
    size_t line;  /* line of the next byte */
    int prev_cr;
    int io_errno; /* set when fread failed */

    /* libarchive (archive.c): a compressed stream or an archive, read member by member */
    void *ar;                 /* struct archive *; NULL for plain input */
    unsigned char *arbuf;     /* compressed bytes handed to libarchive */
    size_t arbuf_len;         /* bytes read ahead to recognize the input, not yet handed */
    const unsigned char *armem; /* or the compressed bytes in memory */
    size_t armem_len, armem_pos;
    int ar_mode;              /* what vb__ar_detect said */
    int ar_raw;               /* a single compressed stream, not an archive */
    int need_member;          /* the next vb_reader_next opens the next member */
    int ar_done;              /* no member comes after the current one */
    size_t member;            /* members opened so far */
    char path[256];           /* the file as given: members are named path:member */
    uint64_t member_raw0, member_out; /* compressed bytes read before the member; its output */
    vb_reader_opts user_opts; /* as given: each member starts from them again */
    vb_error src_err;         /* the source stopped (cut, corrupt, bomb): not yet told */
    size_t fail_pending;      /* look-ahead records complete when the source stopped */

    /* current record */
    vb_buf raw;         /* CSV: bytes of the record as read, for recovery */
    vb_buf data;        /* field bytes, NUL-separated */
    size_t *offsets;    /* field starts in data */
    const char *rej;    /* the bytes of the record just rejected (vb_reader_reject_raw) */
    size_t rej_len;
    int rej_cut;
    size_t noffsets, offsets_cap;
    vb_field *fields;
    size_t fields_cap;
    vb_record rec;
    char idbuf[32];    /* the record number as an id: digits end before the last byte */
    size_t id_num;     /* the number idbuf holds (0: none yet) */
    size_t id_at;      /* where its digits start in idbuf */
    size_t index;

    /* columns */
    char **columns;
    size_t ncolumns;
    int text_col, id_col, date_col, segment_col, segment2_col, score_col; /* -1: none */
    char *text_name, *id_name;                   /* JSON field names */
    int text_guessed;
    size_t preamble;

    /* look-ahead queue */
    vb_pending *pending;
    size_t npending, pending_pos;

    /* folders (files.c): the walk and the document reader of the current file */
    void *files;

    /* JSON */
    void *json;         /* json_t of the current record */
    int json_started;   /* JSON array: '[' consumed */
    int guessed;        /* JSON: the id field chosen (from the first object) */
    size_t json_col;    /* JSON array: bytes read so far on the current line */
    size_t json_objects;  /* objects read in this input */
    unsigned json_seen;   /* bit per path named in the options: found in some object */
    int json_checked;     /* the end-of-input check of the named paths is done */
    char *json_first;     /* the first object's field paths, for that check's message */

    int delim_guessed;  /* CSV: the delimiter was chosen from the first rows */

    /* vb_reader_info_serial: counted up wherever what vb_reader_get_info says may change (a
     * new input, a JSON column guessed; files.c: a new file, or its reader's count moved) */
    uint64_t info_serial;
};

int vb__rd_getc(vb_reader *r);
int vb__rd_peek(vb_reader *r);
/* Append the bytes up to the next line end to dst (storing at most max in it; *too_long
 * when more came) and consume the line end. Returns the line end ('\n' or '\r'), -1 at the
 * end of the input, -2 when out of memory; *any is set once a byte or line end was read.
 * Whole runs are copied at once: this is the fast path of line-based readers. */
int vb__rd_line(vb_reader *r, vb_buf *dst, size_t max, int *too_long, int *any);
/* Re-read bytes before what is left of the source; the line counter restarts at `line`. */
int vb__rd_unread(vb_reader *r, const char *p, size_t n, size_t line);

/* Convert the n bytes just read into r->buf to UTF-8 (--encoding), in place; the new
 * length. The buffer holds VB_RD_BUFSIZE(r) bytes. */
size_t vb__rd_convert(vb_reader *r, size_t n);
/* Up to max bytes ahead, without consuming them: from memory directly, else copied into
 * tmp (given back through the pushback buffer). */
int vb__rd_sample(vb_reader *r, size_t max, vb_buf *tmp, const unsigned char **p, size_t *n);
/* Remember the bytes of a rejected record (at most max_record_bytes; cut: it was longer). */
void vb__rd_rejected(vb_reader *r, const char *p, size_t n, int cut);
/* vb_reader_open over a file the caller opened (the reader closes it, also on failure);
 * name is what messages and records say and what the kind is guessed from. */
int vb__reader_open_file(vb_reader **out, const char *name, FILE *file,
                         const vb_reader_opts *opts, vb_error *err);

/* Set up the input kind and columns of a new input (a file or an archive member); the
 * kind is guessed from kind_name. */
int vb__open_input(vb_reader *r, const char *kind_name, vb_error *err);
/* Forget what the previous member set up (columns, look-ahead, JSON state, counters). */
void vb__input_reset(vb_reader *r);

/* archive.c. What the first bytes (and the name) say: 0 plain, 1 a compressed stream (or an
 * archive inside one), 2 an archive or a name that promises one. */
int vb__ar_detect(const unsigned char *p, size_t n, const char *name);
/* Read through libarchive: from r->file after the n bytes already in r->buf, or from
 * memory. mode: from vb__ar_detect. */
int vb__ar_open(vb_reader *r, int mode, size_t n, const void *mem, size_t memlen,
                vb_error *err);
/* Decompressed bytes into r->buf; 0 at the member's end or when it stopped (r->src_err). */
size_t vb__ar_read(vb_reader *r);
/* Open the next regular member: VB_OK, VB_EOF, VB_EREJECT (encrypted: skipped, err says
 * why) or an error. */
int vb__ar_next_member(vb_reader *r, vb_error *err);
/* The current member has ended: the next call opens the next one. A member without
 * records is noted, as the caller warns about a file without any. */
void vb__ar_member_done(vb_reader *r);
/* Hand over the error that stopped the source (r->src_err): a rejected member ends it and
 * lets the archive go on; other errors stay and are returned again. */
int vb__ar_take_error(vb_reader *r, vb_error *err);
void vb__ar_free(vb_reader *r);

int vb__csv_open(vb_reader *r, vb_error *err);
int vb__csv_next(vb_reader *r, vb_error *err);
int vb__json_open(vb_reader *r, vb_error *err);
int vb__json_next(vb_reader *r, vb_error *err);
/* Parse one JSON text (a JSON Lines line, an element of a JSON array) whose first byte is at
 * line:col of the input and make it the current record r->rec: VB_OK, VB_EREJECT (err says
 * why and where: line and byte column) or VB_ENOMEM. p may point into r->data. */
int vb__json_record(vb_reader *r, const char *p, size_t n, size_t line, size_t col,
                    vb_error *err);
/* The value at a field path in a parsed JSON value (json_t *), or NULL. A path is keys
 * joined by dots, with array indexes (items.0); at each level the longest key that matches
 * is tried first, so a key holding a dot ("a.b") is found as it is. */
void *vb__json_lookup(void *value, const char *path);
void vb__json_free(vb_reader *r);

/* files.c. A VB_INPUT_FILES reader over a folder (walked), a file, standard input ("-") or
 * memory (mem != NULL): one record per file, its front matter read into fields. */
int vb__files_open(vb_reader *r, const char *path, const char *mem, size_t memlen,
                   vb_error *err);
int vb__files_next(vb_reader *r, const vb_record **out, vb_error *err);
/* A folder read file by file (a kind other than files): the current file's reader info,
 * with member = the number of files opened so far; 0 when r is not such a folder. */
int vb__files_info(const vb_reader *r, vb_reader_info *info);
void vb__files_free(vb_reader *r);

/* Front matter fields: key and value of pair i at buf.ptr + off[2i] and off[2i + 1]. */
typedef struct vb__kv {
    vb_buf buf;
    size_t *off;
    size_t n, cap;
} vb__kv;
/* Read the front matter at the top of text (mode: vb_front_matter) into kv. *body: where
 * the text after it starts (0: there is none); *body_line: its line; *unclosed: a "---"
 * block without its end (read as text). 0 or VB_ENOMEM. */
int vb__front_matter(vb__kv *kv, const char *text, size_t len, int mode, size_t *body,
                     size_t *body_line, int *unclosed);

/* Record assembly helpers (reader.c). */
int vb__rec_reset(vb_reader *r); /* 0 or VB_ENOMEM */
int vb__rec_field_end(vb_reader *r);
int vb__rec_finish(vb_reader *r, size_t line);
int vb__guess_text_column(const char *const *names, size_t n, const double *mean_len,
                          int *how);
int vb__guess_id_column(const char *const *names, size_t n);

#define VB_REC_NOMEM(r, err, line) \
    vb__error_set((err), VB_ENOMEM, (r)->name, (line), 0, "out of memory")

#endif
