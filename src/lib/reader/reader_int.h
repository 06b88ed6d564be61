/* Internal to the reader stage: the byte source shared by the CSV, JSON and line readers. */
#ifndef VB_READER_INT_H
#define VB_READER_INT_H

#include <stdio.h>
#include "../util/util.h"
#include "verbatim/reader.h"

/* A record held back while the reader looks ahead to find the header and text column. */
typedef struct vb_pending {
    char *data;       /* field bytes, each field NUL-terminated */
    size_t *offsets;  /* start of each field in data */
    size_t nfields, line;
    vb_error err;     /* code VB_EREJECT when the record was rejected */
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
    unsigned char *buf;
    size_t bufpos, buflen;
    int at_eof;
    vb_buf pushback;
    size_t pbpos;
    size_t line;  /* line of the next byte */
    int prev_cr;
    int io_errno; /* set when fread failed */

    /* current record */
    vb_buf raw;         /* CSV: bytes of the record as read, for recovery */
    vb_buf data;        /* field bytes, NUL-separated */
    size_t *offsets;    /* field starts in data */
    size_t noffsets, offsets_cap;
    vb_field *fields;
    size_t fields_cap;
    vb_record rec;
    char idbuf[32];
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

    /* JSON */
    void *json;         /* json_t of the current record */
    int json_started;   /* JSON array: '[' consumed */
    int guessed;        /* JSON: text and id fields chosen (from the first object) */
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

int vb__csv_open(vb_reader *r, vb_error *err);
int vb__csv_next(vb_reader *r, vb_error *err);
int vb__json_open(vb_reader *r, vb_error *err);
int vb__json_next(vb_reader *r, vb_error *err);
void vb__json_free(vb_reader *r);

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
