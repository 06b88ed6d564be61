/* (a) readers over arbitrary bytes. Byte 0: kind = b0 % 7, or files (one document with
 * front matter) when its top three bits are set; bit 3: tiny --max-record (24); bit 4: ';'
 * delimiter (else guessed for CSV); bit 5 (without the top three): named columns that are
 * JSON paths (review.body, items.0...; 0x20 is JSON Lines, 0x21 a JSON array). Byte 1: bit
 * 0: cp1252, bit 1: latin1 input; bit 2: NUL bytes become spaces (input with NULs is refused
 * as not text: this keeps the parsers under mutated inputs). The rest is the input. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verbatim/reader.h"

#include "fuzz_checks.h"

int vb__ar_detect(const unsigned char *p, size_t n, const char *name); /* src/lib/reader */

static volatile unsigned sink;
static void touch(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) sink += (unsigned char)p[i];
}

/* Everything vb_reader_get_info tells, as text (malloc'd). */
static char *info_text(const vb_reader *r)
{
    vb_reader_info in;
    vb_reader_get_info(r, &in);
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    CHECK(f);
    fprintf(f, "%s|%zu|%d|%d|%s|%d|%zu|%s|%d|%d|%zu", in.source ? in.source : "-", in.member,
            (int)in.kind, in.kind_guessed, in.text_col ? in.text_col : "-", in.text_guessed,
            in.preamble_lines, in.id_col ? in.id_col : "-", in.delimiter, in.delimiter_guessed,
            in.ncolumns);
    for (size_t i = 0; i < in.ncolumns; i++)
        fprintf(f, "|%s", in.columns[i]);
    fclose(f);
    return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) return 0;
    uint8_t b0 = data[0], b1 = data[1];
    const char *in = (const char *)data + 2;
    size_t len = size - 2;
    /* copy so ASan sees reads past the end */
    char *buf = malloc(len ? len : 1);
    memcpy(buf, in, len);
    if (b1 & 0x04)
        for (size_t i = 0; i < len; i++)
            if (!buf[i]) buf[i] = ' ';
    size_t nlines = 1;
    for (size_t i = 0; i < len; i++)
        if (buf[i] == '\n' || (buf[i] == '\r' && !(i + 1 < len && buf[i + 1] == '\n'))) nlines++;

    vb_reader_opts o;
    vb_reader_opts_init(&o);
    o.kind = (b0 & 0xE0) == 0xE0 ? VB_INPUT_FILES : (vb_input_kind)(b0 % 7);
    if (o.kind == VB_INPUT_FILES) { /* the fields a report asks for, from the front matter */
        o.date_col = "date";
        o.segment_col = "author";
        o.id_col = "id";
    }
    if (b0 & 0x08) o.max_record_bytes = 24;
    if (b0 & 0x10) o.delimiter = ';';
    int paths = (b0 & 0x20) && o.kind != VB_INPUT_FILES;
    if (paths) {
        o.text_col = "review.body";
        o.id_col = "meta.id";
        o.date_col = "meta.ts";
        o.segment_col = "meta.region";
        o.segment2_col = "items.0";
        o.score_col = "a.b.c";
    }
    if (b1 & 0x01) o.encoding = VB_ENCODING_CP1252;
    else if (b1 & 0x02) o.encoding = VB_ENCODING_LATIN1;
    /* Compressed or archived input goes through libarchive: members restart lines and
     * indexes, and text outgrows the input, so only the shape of its records is checked. */
    int packed = vb__ar_detect((const unsigned char *)buf, len, "fuzz") != 0;
    o.max_expand_bytes = 1 << 20;
    vb_reader *r = NULL;
    vb_error err;
    vb_error_clear(&err);
    int rc = vb_reader_open_mem(&r, "fuzz", buf, len, &o, &err);
    if (rc != VB_OK) {
        CHECK(r == NULL);
        CHECK(rc == VB_EINVAL || rc == VB_EIO || rc == VB_ENOMEM);
        free(buf);
        return 0;
    }
    vb_reader_info info;
    size_t ok = 0, rej = 0, iter = 0;
    uint64_t serial = vb_reader_info_serial(r);
    char *told = info_text(r);
    for (;;) {
        ++iter;
        CHECK(packed || iter <= 4 * len + 16); /* no endless loop */
        const vb_record *rec = NULL;
        vb_error_clear(&err);
        rc = vb_reader_next(r, &rec, &err);
        /* the info changes only with its serial (the CLI asks for it only then) */
        char *now = info_text(r);
        if (vb_reader_info_serial(r) == serial && strcmp(now, told) != 0) {
            fprintf(stderr, "info changed without its serial: %s -> %s\n", told, now);
            abort();
        }
        serial = vb_reader_info_serial(r);
        free(told);
        told = now;
        if (rc == VB_EOF) break;
        size_t raw_len;
        const char *raw = vb_reader_reject_raw(r, &raw_len, NULL);
        if (rc == VB_EREJECT) {
            rej++;
            CHECK(err.code == VB_EREJECT);
            /* the bytes of the rejected record: bounded by the limit, readable */
            CHECK(!raw || raw_len <= (o.max_record_bytes ? o.max_record_bytes : (size_t)64 << 20));
            if (raw) touch(raw, raw_len);
            CHECK(packed || err.line <= nlines + 1);
            continue;
        }
        if (rc != VB_OK) {
            /* a named column no record has: at the open (CSV) or at the end (JSON) */
            CHECK(rc == VB_EIO || rc == VB_ENOMEM || ((packed || paths) && rc == VB_EINVAL));
            CHECK(err.msg[0] != '\0');
            break;
        }
        ok++;
        CHECK(rec != NULL);
        CHECK(raw == NULL); /* only a rejected record has rejected bytes */
        if (!packed && rec->index != ok + rej) {
            fprintf(stderr, "index %zu, expected %zu (ok %zu rej %zu)\n", rec->index, ok + rej, ok, rej);
            abort();
        }
        CHECK(rec->line >= 1 && (packed || rec->line <= nlines));
        CHECK(rec->text.ptr != NULL);
        touch(rec->text.ptr, rec->text.len);
        CHECK(rec->id.ptr != NULL);
        touch(rec->id.ptr, rec->id.len);
        if (rec->date.ptr) touch(rec->date.ptr, rec->date.len);
        if (rec->segment.ptr) touch(rec->segment.ptr, rec->segment.len);
        if (rec->segment2.ptr) touch(rec->segment2.ptr, rec->segment2.len);
        if (rec->score.ptr) touch(rec->score.ptr, rec->score.len);
        for (size_t i = 0; i < rec->nfields; i++) {
            touch(rec->fields[i].ptr, rec->fields[i].len);
            CHECK(rec->fields[i].ptr[rec->fields[i].len] == '\0');
        }
        CHECK(packed || rec->text.len <= len * 6 + 16); /* JSON dumps may grow \u escapes */
        if (o.max_record_bytes && o.kind != VB_INPUT_JSON && o.kind != VB_INPUT_JSONL)
            CHECK(rec->text.len <= o.max_record_bytes + 1);
        vb_reader_get_info(r, &info);
    }
    free(told);
    vb_reader_get_info(r, &info);
    if (info.text_col) touch(info.text_col, strlen(info.text_col));
    for (size_t i = 0; i < info.ncolumns; i++) touch(info.columns[i], strlen(info.columns[i]));
    vb_reader_free(r);
    free(buf);
    return 0;
}
