/* Readers: the byte source, input-kind guessing, column guessing, and the two simplest
 * kinds (one record per line; one record per file). CSV and JSON live in csv.c, json.c.
 *
 * The source reads in 64 KiB blocks and keeps a pushback buffer so the CSV reader can
 * re-read the lines after a row whose quote never closed instead of losing them. */
#include "reader_int.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#if defined(__SSE2__)
#include <emmintrin.h> /* SSE2 is part of x86-64; other machines take the portable loop */
#endif

void vb_reader_opts_init(vb_reader_opts *opts)
{
    memset(opts, 0, sizeof *opts);
}

const char *vb_input_kind_name(vb_input_kind kind)
{
    switch (kind) {
    case VB_INPUT_LINES: return "lines";
    case VB_INPUT_CSV: return "csv";
    case VB_INPUT_TSV: return "tsv";
    case VB_INPUT_JSONL: return "jsonl";
    case VB_INPUT_JSON: return "json";
    case VB_INPUT_DOC: return "doc";
    case VB_INPUT_FILES: return "files";
    default: return "auto";
    }
}

int vb_input_kind_parse(const char *name)
{
    static const char *names[] = { "auto", "lines", "csv", "tsv", "jsonl", "json", "doc",
                                   "files" };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcasecmp(name, names[i]) == 0)
            return (int)i;
    if (strcasecmp(name, "ndjson") == 0)
        return VB_INPUT_JSONL;
    if (strcasecmp(name, "txt") == 0 || strcasecmp(name, "text") == 0)
        return VB_INPUT_LINES;
    return -1;
}

int vb_encoding_parse(const char *name)
{
    if (!strcasecmp(name, "utf-8") || !strcasecmp(name, "utf8"))
        return VB_ENCODING_UTF8;
    if (!strcasecmp(name, "latin1") || !strcasecmp(name, "latin-1") ||
        !strcasecmp(name, "iso-8859-1") || !strcasecmp(name, "iso8859-1"))
        return VB_ENCODING_LATIN1;
    if (!strcasecmp(name, "cp1252") || !strcasecmp(name, "windows-1252"))
        return VB_ENCODING_CP1252;
    return -1;
}

const char *vb_encoding_name(vb_encoding enc)
{
    switch (enc) {
    case VB_ENCODING_LATIN1: return "latin1";
    case VB_ENCODING_CP1252: return "cp1252";
    default: return "utf-8";
    }
}

/* ---- byte source ---- */

static int fill(vb_reader *r)
{
    if (r->at_eof)
        return 0;
    if (r->mem) {
        r->at_eof = 1; /* memory is served directly, see vb__rd_getc */
        return 0;
    }
    size_t n;
    if (r->ar) {
        n = vb__ar_read(r);
    } else if (r->cmem) {
        n = r->cmem_len - r->cmem_pos < VB_RD_BLOCK ? r->cmem_len - r->cmem_pos : VB_RD_BLOCK;
        memcpy(r->buf, r->cmem + r->cmem_pos, n);
        r->cmem_pos += n;
    } else {
        n = fread(r->buf, 1, VB_RD_BLOCK, r->file);
    }
    if (n == 0) {
        if (!r->ar && !r->cmem && ferror(r->file))
            r->io_errno = errno ? errno : EIO;
        r->at_eof = 1;
        return 0;
    }
    r->bufpos = 0;
    r->buflen = vb__rd_convert(r, n);
    return 1;
}

/* Windows-1252's 0x80-0x9F (WHATWG's table: the five unassigned bytes stay C1 controls). */
static const uint16_t cp1252_c1[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

size_t vb__rd_convert(vb_reader *r, size_t n)
{
    vb_encoding enc = r->user_opts.encoding;
    if (enc == VB_ENCODING_UTF8 || n == 0)
        return n;
    /* Both encodings are one byte per character, so blocks convert on their own. The raw
     * bytes move to the end of the buffer and the output is written from its start: with
     * at most 3 output bytes per input byte and room for 3 blocks, the output never
     * overtakes the input still to be read. */
    unsigned char *in = r->buf + 3 * VB_RD_BLOCK - n, *out = r->buf;
    memmove(in, r->buf, n);
    for (size_t i = 0; i < n; i++) {
        unsigned c = in[i];
        if (c < 0x80) {
            *out++ = (unsigned char)c;
            continue;
        }
        if (enc == VB_ENCODING_CP1252 && c < 0xA0)
            c = cp1252_c1[c - 0x80];
        if (c < 0x800) {
            *out++ = (unsigned char)(0xC0 | c >> 6);
            *out++ = (unsigned char)(0x80 | (c & 0x3F));
        } else {
            *out++ = (unsigned char)(0xE0 | c >> 12);
            *out++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            *out++ = (unsigned char)(0x80 | (c & 0x3F));
        }
    }
    return (size_t)(out - r->buf);
}

static inline int raw_getc(vb_reader *r)
{
    if (r->pbpos < r->pushback.len)
        return (unsigned char)r->pushback.ptr[r->pbpos++];
    if (r->mem) {
        if (r->mempos < r->memlen)
            return r->mem[r->mempos++];
        return -1;
    }
    if (r->bufpos < r->buflen)
        return r->buf[r->bufpos++];
    if (!fill(r))
        return -1;
    return r->buf[r->bufpos++];
}

int vb__rd_getc(vb_reader *r)
{
    int c = raw_getc(r);
    /* Count LF, CRLF and a lone CR each as one line end. */
    if (c == '\n') {
        if (!r->prev_cr)
            r->line++;
        r->prev_cr = 0;
    } else if (c == '\r') {
        r->line++;
        r->prev_cr = 1;
    } else {
        r->prev_cr = 0;
    }
    return c;
}

int vb__rd_peek(vb_reader *r)
{
    if (r->pbpos < r->pushback.len)
        return (unsigned char)r->pushback.ptr[r->pbpos];
    if (r->mem)
        return r->mempos < r->memlen ? r->mem[r->mempos] : -1;
    if (r->bufpos < r->buflen)
        return r->buf[r->bufpos];
    if (!fill(r))
        return -1;
    return r->buf[r->bufpos];
}

/* Whether c ends a line or is a NUL byte. */
static inline int is_eol_or_nul(unsigned c)
{
    return c <= '\r' && ((1u << '\n' | 1u << '\r' | 1u << 0) >> c & 1);
}

/* The offset of the first '\n', '\r' or NUL in p[0..n), or n. One pass for the three: a
 * line used to take a memchr for each, one of them over a copy. */
static size_t eol_or_nul(const unsigned char *p, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    /* 32 bytes at a time, and one compare per 16 for all three: min(x, '\r') == x finds the
     * bytes up to '\r' (0x0D), the other controls among them (mostly tabs) passed over one
     * by one. */
    const __m128i top = _mm_set1_epi8('\r');
    for (; i + 32 <= n; i += 32) {
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 16));
        __m128i la = _mm_cmpeq_epi8(_mm_min_epu8(a, top), a);
        __m128i lb = _mm_cmpeq_epi8(_mm_min_epu8(b, top), b);
        if (!_mm_movemask_epi8(_mm_or_si128(la, lb)))
            continue;
        unsigned bits = (unsigned)_mm_movemask_epi8(la) | (unsigned)_mm_movemask_epi8(lb) << 16;
        for (; bits; bits &= bits - 1) {
            size_t k = i + (size_t)__builtin_ctz(bits);
            if (is_eol_or_nul(p[k]))
                return k;
        }
    }
#endif
    for (; i < n; i++)
        if (is_eol_or_nul(p[i]))
            return i;
    return n;
}

/* The offset of the first '\n' or '\r' in p[0..n), or n. */
static size_t eol(const unsigned char *p, size_t n)
{
    size_t i = eol_or_nul(p, n);
    while (i < n && p[i] == '\0')
        i += 1 + eol_or_nul(p + i + 1, n - i - 1);
    return i;
}

int vb__rd_line(vb_reader *r, vb_buf *dst, size_t max, int *too_long, int *any)
{
    for (;;) {
        if (r->pbpos < r->pushback.len) { /* bytes given back: one at a time */
            int c = vb__rd_getc(r);
            if (c < 0)
                return -1;
            *any = 1;
            if (c == '\n' || c == '\r')
                return c;
            if (dst->len >= max)
                *too_long = 1;
            else if (vb__buf_putc(dst, (char)c) != 0)
                return -2;
            continue;
        }
        const unsigned char *p;
        size_t avail;
        if (r->mem) {
            p = r->mem + r->mempos;
            avail = r->memlen - r->mempos;
        } else {
            if (r->bufpos >= r->buflen && !fill(r))
                return -1;
            p = r->buf + r->bufpos;
            avail = r->buflen - r->bufpos;
        }
        if (avail == 0)
            return -1;
        *any = 1;
        /* the whole run up to the line end at once */
        size_t upto = eol(p, avail);
        size_t keep = dst->len >= max ? 0 : max - dst->len;
        if (upto > keep)
            *too_long = 1;
        if (vb__buf_append(dst, p, upto < keep ? upto : keep) != 0)
            return -2;
        if (r->mem)
            r->mempos += upto;
        else
            r->bufpos += upto;
        if (upto)
            r->prev_cr = 0;
        if (upto < avail)
            return vb__rd_getc(r); /* the line end, counted */
    }
}

int vb__rd_unread(vb_reader *r, const char *p, size_t n, size_t line)
{
    vb_buf nb = { 0 };
    if (vb__buf_append(&nb, p, n) != 0 ||
        (r->pbpos < r->pushback.len &&
         vb__buf_append(&nb, r->pushback.ptr + r->pbpos, r->pushback.len - r->pbpos) != 0)) {
        vb__buf_free(&nb);
        return VB_ENOMEM;
    }
    vb__buf_free(&r->pushback);
    r->pushback = nb;
    r->pbpos = 0;
    r->line = line;
    r->prev_cr = 0;
    return 0;
}

int vb__rd_sample(vb_reader *r, size_t max, vb_buf *tmp, const unsigned char **p, size_t *n)
{
    if (r->mem) {
        *p = r->mem + r->mempos;
        *n = r->memlen - r->mempos < max ? r->memlen - r->mempos : max;
        return 0;
    }
    tmp->len = 0;
    int c;
    while (tmp->len < max && (c = raw_getc(r)) >= 0)
        if (vb__buf_putc(tmp, (char)c) != 0)
            break;
    *p = (const unsigned char *)(tmp->ptr ? tmp->ptr : "");
    *n = tmp->len;
    return vb__rd_unread(r, tmp->ptr ? tmp->ptr : "", tmp->len, r->line);
}

void vb__rd_rejected(vb_reader *r, const char *p, size_t n, int cut)
{
    if (n > r->opts.max_record_bytes) {
        n = r->opts.max_record_bytes;
        cut = 1;
    }
    r->rej = p; /* NULL: no bytes kept */
    r->rej_len = n;
    r->rej_cut = cut;
}

/* ---- record assembly ---- */

int vb__rec_reset(vb_reader *r)
{
    r->data.len = 0;
    r->noffsets = 0;
    r->raw.len = 0;
    if (vb__grow((void **)&r->offsets, &r->offsets_cap, 2, sizeof *r->offsets))
        return VB_ENOMEM;
    r->offsets[0] = 0; /* the first field starts at the start of data */
    return 0;
}

/* Close the current field: NUL-terminate it and remember where the next one starts. */
int vb__rec_field_end(vb_reader *r)
{
    if (vb__grow((void **)&r->offsets, &r->offsets_cap, r->noffsets + 2, sizeof *r->offsets))
        return VB_ENOMEM;
    if (vb__buf_putc(&r->data, '\0') != 0)
        return VB_ENOMEM;
    r->offsets[++r->noffsets] = r->data.len;
    return 0;
}

static vb_field col_field(vb_reader *r, int col)
{
    vb_field f = { NULL, 0 };
    if (col >= 0 && (size_t)col < r->rec.nfields)
        f = r->rec.fields[col];
    return f;
}

/* The record number n written anew into idbuf (NUL-terminated), ending before its last byte. */
static vb_field index_id_new(vb_reader *r, size_t n)
{
    char *end = r->idbuf + sizeof r->idbuf - 1; /* 20 digits at most fit before */
    char *d = end;
    *d = '\0';
    size_t k = n;
    do {
        *--d = (char)('0' + k % 10);
        k /= 10;
    } while (k);
    r->id_at = (size_t)(d - r->idbuf);
    r->id_num = n;
    return (vb_field){ d, (size_t)(end - d) };
}

/* The record number n as its id. Numbers mostly come one after the other, so the previous
 * number's digits are counted up in place instead of written anew: snprintf cost as much as
 * reading a short record, and every record without an id column needs it. */
static inline vb_field index_id(vb_reader *r, size_t n)
{
    char *last = r->idbuf + sizeof r->idbuf - 2;
    if (n != r->id_num + 1 || !r->id_num)
        return index_id_new(r, n);
    if (*last != '9') { /* nine times in ten: no carry */
        ++*last;
    } else {
        char *first = r->idbuf + r->id_at, *d = last;
        while (d >= first && *d == '9')
            *d-- = '0';
        if (d < first) { /* one digit more */
            *d = '1';
            r->id_at--;
        } else {
            ++*d;
        }
    }
    r->id_num = n;
    return (vb_field){ r->idbuf + r->id_at, (size_t)(last + 1 - r->idbuf) - r->id_at };
}

/* Expose the fields collected in data/offsets as r->rec. */
int vb__rec_finish(vb_reader *r, size_t line)
{
    if (vb__grow((void **)&r->fields, &r->fields_cap, r->noffsets + 1, sizeof *r->fields))
        return VB_ENOMEM;
    for (size_t i = 0; i < r->noffsets; i++) {
        r->fields[i].ptr = r->data.ptr + r->offsets[i];
        r->fields[i].len = r->offsets[i + 1] - r->offsets[i] - 1;
    }
    memset(&r->rec, 0, sizeof r->rec);
    r->rec.fields = r->fields;
    r->rec.nfields = r->noffsets;
    r->rec.source = r->name;
    r->rec.line = line;
    r->rec.index = ++r->index;
    r->rec.text = col_field(r, r->text_col);
    if (!r->rec.text.ptr)
        r->rec.text.ptr = "";
    r->rec.date = col_field(r, r->date_col);
    r->rec.segment = col_field(r, r->segment_col);
    r->rec.segment2 = col_field(r, r->segment2_col);
    r->rec.score = col_field(r, r->score_col);
    r->rec.id = col_field(r, r->id_col);
    if (!r->rec.id.ptr || r->rec.id.len == 0)
        r->rec.id = index_id(r, r->rec.index);
    return 0;
}

/* ---- column guessing ---- */

/* Names that analysts' exports give the free-text column, most specific first. */
static const char *const text_names[] = {
    "text", "comment", "comments", "verbatim", "verbatims", "feedback", "review",
    "reviews", "review_text", "body", "message", "narrative", "response", "answer",
    "open_end", "openend", "description", "content", "remarks", "notes", NULL
};
static const char *const text_words[] = {
    "comment", "verbatim", "feedback", "review", "narrative", "text", "message", "body",
    "response", "answer", "description", NULL
};

static int name_eq(const char *a, const char *b)
{
    /* case-insensitive, ' ', '-' and '_' alike */
    for (; *a && *b; a++, b++) {
        int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);
        if (ca == ' ' || ca == '-')
            ca = '_';
        if (cb == ' ' || cb == '-')
            cb = '_';
        if (ca != cb)
            return 0;
    }
    return *a == *b;
}

static int name_has(const char *name, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = name; *p; p++)
        if (strncasecmp(p, word, n) == 0)
            return 1;
    return 0;
}

/* A column named like text but holding short codes (Amazon's "feedback" is 0/1 next to
 * "verified_reviews") is not the text: its values must be at least a quarter as long as
 * the longest column's. */
static int looks_like_text(const double *mean_len, double longest, size_t i)
{
    return !mean_len || mean_len[i] >= longest / 4;
}

/* how: 1 by a common name, 2 by the longest values. -1 when nothing fits. */
int vb__guess_text_column(const char *const *names, size_t n, const double *mean_len, int *how)
{
    double longest = 0;
    for (size_t j = 0; mean_len && j < n; j++)
        if (mean_len[j] > longest)
            longest = mean_len[j];
    for (size_t k = 0; text_names[k]; k++)
        for (size_t i = 0; i < n; i++)
            if (name_eq(names[i], text_names[k]) && looks_like_text(mean_len, longest, i)) {
                *how = 1;
                return (int)i;
            }
    for (size_t k = 0; text_words[k]; k++) {
        int best = -1;
        for (size_t i = 0; i < n; i++)
            if (name_has(names[i], text_words[k]) && looks_like_text(mean_len, longest, i) &&
                (best < 0 || (mean_len && mean_len[i] > mean_len[best])))
                best = (int)i;
        if (best >= 0) {
            *how = 1;
            return best;
        }
    }
    int best = -1;
    for (size_t i = 0; mean_len && i < n; i++)
        if (best < 0 || mean_len[i] > mean_len[best])
            best = (int)i;
    *how = 2;
    return best;
}

int vb__guess_id_column(const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (name_eq(names[i], "id"))
            return (int)i;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(names[i]);
        if (len > 3 && (name_eq(names[i] + len - 3, "_id")))
            return (int)i;
    }
    return -1;
}

/* ---- lines and whole documents ---- */

/* Make the line at the read position the record without the general path, when it lies
 * whole in the block buffer (or in memory): one scan finds its end and any NUL byte. In the
 * block buffer the text stays where it is and its line end is overwritten with the NUL that
 * ends the field: the buffer is refilled only by the next call, and nothing reads consumed
 * bytes again (vb__rd_unread copies). Memory is read-only, so there the line is copied.
 * 1: the record is made; 0: the general path must read the line (bytes given back, a line
 * that runs past the buffer's end or whose CR ends it, a NUL byte, a line over the limit,
 * the LF of a CR already counted); -1: out of memory. */
static int line_direct(vb_reader *r)
{
    const unsigned char *p;
    size_t avail;
    if (r->pbpos < r->pushback.len)
        return 0;
    if (r->mem) {
        p = r->mem + r->mempos;
        avail = r->memlen - r->mempos;
    } else {
        if (r->bufpos >= r->buflen && !fill(r))
            return 0;
        p = r->buf + r->bufpos;
        avail = r->buflen - r->bufpos;
    }
    size_t len = eol_or_nul(p, avail);
    if (len == avail || p[len] == '\0' || len > r->opts.max_record_bytes ||
        (r->prev_cr && p[0] == '\n'))
        return 0;
    size_t used = len + 1;
    if (p[len] == '\r') {
        if (used < avail) {
            if (p[used] == '\n')
                used++;
        } else if (!r->mem) {
            return 0; /* only the next block says whether an LF follows */
        }
    }
    const char *text;
    if (r->mem) {
        r->data.len = 0;
        if (vb__buf_append(&r->data, p, len) != 0) /* NUL-terminated */
            return -1;
        text = r->data.ptr;
        r->mempos += used;
    } else {
        r->buf[r->bufpos + len] = '\0';
        text = (const char *)p;
        r->bufpos += used;
    }
    if (r->fields_cap < 1 && vb__grow((void **)&r->fields, &r->fields_cap, 1, sizeof *r->fields))
        return -1;
    size_t line = r->line++;
    r->prev_cr = p[used - 1] == '\r';
    /* every member set, none twice (no clearing first) */
    vb_record *rec = &r->rec;
    vb_field none = { NULL, 0 };
    r->fields[0].ptr = text;
    r->fields[0].len = len;
    rec->text = r->fields[0];
    rec->date = rec->segment = rec->segment2 = rec->score = none;
    rec->fields = r->fields;
    rec->nfields = 1;
    rec->source = r->name;
    rec->line = line;
    rec->index = ++r->index;
    rec->id = index_id(r, rec->index);
    return 1;
}

static int lines_next(vb_reader *r, vb_error *err)
{
    size_t max = r->opts.max_record_bytes;
    int direct = line_direct(r);
    if (direct)
        return direct > 0 ? VB_OK : VB_REC_NOMEM(r, err, r->line);
    for (;;) {
        if (vb__rec_reset(r) != 0)
            return VB_REC_NOMEM(r, err, r->line);
        size_t line = r->line;
        int too_long = 0, any = 0; /* past the limit the line is read to its end, unstored */
        int c = vb__rd_line(r, &r->data, max, &too_long, &any);
        if (c == -2)
            return VB_REC_NOMEM(r, err, line);
        if (!any)
            return VB_EOF;
        if (c == '\r' && vb__rd_peek(r) == '\n')
            vb__rd_getc(r);
        if (too_long) {
            r->index++;
            vb__rd_rejected(r, r->data.ptr, r->data.len, 1);
            return vb__error_set(err, VB_EREJECT, r->name, line, 0,
                                 "line longer than the %zu-byte limit (--max-record)", max);
        }
        const char *nul = r->data.len ? memchr(r->data.ptr, 0, r->data.len) : NULL;
        if (nul) {
            r->index++;
            vb__rd_rejected(r, r->data.ptr, r->data.len, 0);
            return vb__error_set(err, VB_EREJECT, r->name, line, (size_t)(nul - r->data.ptr) + 1,
                                 "a NUL byte: binary data, not text");
        }
        if (vb__rec_field_end(r) != 0 || vb__rec_finish(r, line) != 0)
            return VB_REC_NOMEM(r, err, line);
        return VB_OK;
    }
}

static int doc_next(vb_reader *r, vb_error *err)
{
    if (r->index > 0)
        return VB_EOF;
    if (vb__rec_reset(r) != 0)
        return VB_REC_NOMEM(r, err, r->line);
    int c;
    int too_long = 0;
    while ((c = raw_getc(r)) >= 0) {
        if (r->data.len >= r->opts.max_record_bytes)
            too_long = 1;
        else if (vb__buf_putc(&r->data, (char)c) != 0)
            return VB_REC_NOMEM(r, err, 1);
    }
    if (too_long) {
        r->index++;
        vb__rd_rejected(r, r->data.ptr, r->data.len, 1);
        return vb__error_set(err, VB_EREJECT, r->name, 1, 0,
                             "document longer than the %zu-byte limit (--max-record)",
                             r->opts.max_record_bytes);
    }
    const char *nul = r->data.len ? memchr(r->data.ptr, 0, r->data.len) : NULL;
    if (nul) { /* past the first 8 KiB (vb__open_input looked at those) */
        size_t line = 1, col = 1;
        for (const char *q = r->data.ptr; q < nul; q++) {
            col++;
            if (*q == '\n' || (*q == '\r' && q[1] != '\n')) {
                line++;
                col = 1;
            }
        }
        r->index++;
        vb__rd_rejected(r, r->data.ptr, r->data.len, 0);
        return vb__error_set(err, VB_EREJECT, r->name, line, col,
                             "a NUL byte: binary data, not text");
    }
    if (vb__rec_field_end(r) != 0 || vb__rec_finish(r, 1) != 0)
        return VB_REC_NOMEM(r, err, 1);
    r->rec.id.ptr = r->name;
    r->rec.id.len = strlen(r->name);
    return VB_OK;
}

/* ---- opening ---- */

static vb_input_kind kind_from_name(const char *name)
{
    const char *dot = strrchr(name, '.');
    const char *slash = strrchr(name, '/');
    if (!dot || (slash && dot < slash))
        return VB_INPUT_AUTO;
    dot++;
    if (!strcasecmp(dot, "csv"))
        return VB_INPUT_CSV;
    if (!strcasecmp(dot, "tsv") || !strcasecmp(dot, "tab"))
        return VB_INPUT_TSV;
    if (!strcasecmp(dot, "jsonl") || !strcasecmp(dot, "ndjson"))
        return VB_INPUT_JSONL;
    if (!strcasecmp(dot, "json"))
        return VB_INPUT_JSON; /* refined by content: '{' first means JSON Lines */
    if (!strcasecmp(dot, "txt") || !strcasecmp(dot, "text") || !strcasecmp(dot, "log"))
        return VB_INPUT_LINES;
    return VB_INPUT_AUTO;
}

/* Skip a UTF-8 byte order mark: exports from Excel and Windows tools start with one. */
static void skip_bom(vb_reader *r)
{
    if (vb__rd_peek(r) != 0xEF)
        return;
    unsigned char b[3];
    size_t n = 0;
    while (n < 3) {
        int c = raw_getc(r);
        if (c < 0)
            break;
        b[n++] = (unsigned char)c;
        if (b[n - 1] != (const unsigned char[]){ 0xEF, 0xBB, 0xBF }[n - 1])
            break;
    }
    if (!(n == 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF))
        vb__rd_unread(r, (const char *)b, n, r->line);
}

/* The first byte that is not white space, without consuming anything. */
static int first_significant(vb_reader *r)
{
    if (r->mem) {
        for (size_t i = r->mempos; i < r->memlen; i++)
            if (!isspace(r->mem[i]))
                return r->mem[i];
        return -1;
    }
    /* read ahead through the pushback buffer */
    vb_buf seen = { 0 };
    int c, result = -1;
    while ((c = raw_getc(r)) >= 0) {
        if (vb__buf_putc(&seen, (char)c) != 0)
            break;
        if (!isspace(c)) {
            result = c;
            break;
        }
    }
    vb__rd_unread(r, seen.ptr ? seen.ptr : "", seen.len, r->line);
    vb__buf_free(&seen);
    return result;
}

/* Why the first bytes of an input are not text, in msg (0 when they may be), and where
 * (*line, *col: 1 and 0 for the whole input): reading a PNG or a PDF as CSV would only report
 * its garbage. Text never holds a NUL byte (git looks at the first 8000 bytes the same way). */
static int not_text(const unsigned char *p, size_t n, char *msg, size_t size, size_t *line,
                    size_t *col)
{
    *line = 1;
    *col = 0;
    static const struct {
        const char *magic;
        size_t len;
        const char *what;
    } magics[] = {
        { "\x89PNG", 4, "a PNG image" },   { "\xff\xd8\xff", 3, "a JPEG image" },
        { "GIF8", 4, "a GIF image" },      { "%PDF-", 5, "a PDF document" },
        { "\x7f" "ELF", 4, "a program" },  { "\xd0\xcf\x11\xe0", 4, "an old Office document" },
        { "SQLite format 3", 15, "an SQLite database" },
    };
    const char *utf16 = NULL;
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        utf16 = "UTF-16LE text (a byte order mark)";
    else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        utf16 = "UTF-16BE text (a byte order mark)";
    const unsigned char *nul = memchr(p, 0, n);
    if (!utf16 && nul && n >= 4 && p[1] == 0 && p[3] == 0 && p[0] && p[2])
        utf16 = "UTF-16LE text (every other byte is NUL)";
    else if (!utf16 && nul && n >= 4 && p[0] == 0 && p[2] == 0 && p[1] && p[3])
        utf16 = "UTF-16BE text (every other byte is NUL)";
    if (utf16) {
        snprintf(msg, size, "%s, not UTF-8; nothing was read from it: convert it first, e.g. "
                 "iconv -f UTF-16 -t UTF-8", utf16);
        return 1;
    }
    for (size_t i = 0; i < sizeof magics / sizeof *magics; i++)
        if (n >= magics[i].len && memcmp(p, magics[i].magic, magics[i].len) == 0 &&
            (nul || !strcmp(magics[i].what, "a PDF document"))) {
            snprintf(msg, size, "not text but %s; nothing was read from it", magics[i].what);
            return 1;
        }
    if (!nul)
        return 0;
    *col = 1;
    for (const unsigned char *q = p; q < nul; q++) {
        ++*col;
        if (*q == '\n' || (*q == '\r' && q[1] != '\n')) {
            ++*line;
            *col = 1;
        }
    }
    snprintf(msg, size, "not text: a NUL byte (binary data?); nothing was read from it");
    return 1;
}

/* Refuse an input that is not text: a file stops the run (VB_EIO), an archive member is
 * rejected and the archive goes on. */
static int check_text(vb_reader *r, vb_error *err)
{
    vb_buf tmp = { 0 };
    const unsigned char *p;
    size_t n;
    if (vb__rd_sample(r, 8192, &tmp, &p, &n) != 0) {
        vb__buf_free(&tmp);
        return VB_REC_NOMEM(r, err, 0);
    }
    char msg[200];
    size_t line, col;
    int rc = VB_OK;
    if (not_text(p, n, msg, sizeof msg, &line, &col))
        rc = vb__error_set(err, r->ar && !r->ar_raw ? VB_EREJECT : VB_EIO, r->name, line, col,
                           "%s", msg);
    vb__buf_free(&tmp);
    return rc;
}

int vb__open_input(vb_reader *r, const char *kind_name, vb_error *err)
{
    r->info_serial++; /* everything vb_reader_get_info says is decided anew */
    r->opts = r->user_opts;
    if (r->opts.max_record_bytes == 0)
        r->opts.max_record_bytes = (size_t)64 << 20;
    if (r->opts.max_expand_bytes == 0)
        r->opts.max_expand_bytes = (uint64_t)64 << 30;
    if (!(r->opts.max_expand_ratio > 0))
        r->opts.max_expand_ratio = 1000;
    r->line = 1;
    r->text_col = r->id_col = r->date_col = r->segment_col = r->segment2_col = r->score_col = -1;
    int rc = check_text(r, err);
    if (rc != VB_OK)
        return rc;
    skip_bom(r);

    r->kind = r->opts.kind;
    if (r->kind == VB_INPUT_AUTO || r->kind == VB_INPUT_JSON) {
        vb_input_kind k = r->kind == VB_INPUT_AUTO ? kind_from_name(kind_name) : r->kind;
        r->kind_guessed = r->kind == VB_INPUT_AUTO;
        if (k == VB_INPUT_JSON || k == VB_INPUT_AUTO) {
            int c = first_significant(r);
            if (c == '{')
                k = VB_INPUT_JSONL;
            else if (c == '[')
                k = VB_INPUT_JSON;
            else if (k == VB_INPUT_AUTO)
                k = VB_INPUT_LINES;
        }
        r->kind = k;
    }
    switch (r->kind) {
    case VB_INPUT_CSV:
    case VB_INPUT_TSV:
        if (!r->opts.delimiter && r->kind == VB_INPUT_TSV)
            r->opts.delimiter = '\t'; /* a CSV's is guessed by vb__csv_open */
        return vb__csv_open(r, err);
    case VB_INPUT_JSONL:
    case VB_INPUT_JSON:
        return vb__json_open(r, err);
    default:
        r->text_col = 0; /* the line or the whole file is the text */
        return VB_OK;
    }
}

void vb__input_reset(vb_reader *r)
{
    r->info_serial++;
    for (size_t i = 0; i < r->ncolumns; i++)
        free(r->columns[i]);
    free(r->columns);
    r->columns = NULL;
    r->ncolumns = 0;
    for (size_t i = 0; i < r->npending; i++) {
        free(r->pending[i].data);
        free(r->pending[i].offsets);
        free(r->pending[i].raw);
    }
    free(r->pending);
    r->pending = NULL;
    r->npending = r->pending_pos = 0;
    vb__json_free(r);
    r->json_started = r->guessed = r->json_checked = 0;
    r->json_col = r->json_objects = 0;
    r->json_seen = 0;
    free(r->json_first);
    r->json_first = NULL;
    free(r->text_name);
    free(r->id_name);
    r->text_name = r->id_name = NULL;
    r->text_guessed = r->kind_guessed = r->delim_guessed = 0;
    r->preamble = r->index = 0;
    r->pushback.len = r->pbpos = 0;
    r->bufpos = r->buflen = 0;
    r->at_eof = r->prev_cr = 0;
}

static int reader_alloc(vb_reader **out, const char *name, const vb_reader_opts *opts,
                        vb_error *err)
{
    vb_reader *r = calloc(1, sizeof *r);
    if (!r)
        return vb__error_set(err, VB_ENOMEM, name, 0, 0, "out of memory");
    snprintf(r->name, sizeof r->name, "%s", name);
    snprintf(r->path, sizeof r->path, "%s", name);
    if (opts)
        r->user_opts = *opts;
    else
        vb_reader_opts_init(&r->user_opts);
    *out = r;
    return VB_OK;
}

static int open_stream(vb_reader **out, vb_reader *r, const char *name, vb_error *err);

int vb_reader_open(vb_reader **out, const char *path, const vb_reader_opts *opts, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    *out = NULL;
    int is_stdin = !path || strcmp(path, "-") == 0;
    vb_reader *r = NULL;
    int rc = reader_alloc(&r, is_stdin ? "<stdin>" : path, opts, err);
    if (rc)
        return rc;
    /* --input files, or a folder of exports (each file read by its own kind, as an
     * archive's members are): a walk */
    struct stat st;
    if (r->user_opts.kind == VB_INPUT_FILES ||
        (!is_stdin && stat(path, &st) == 0 && S_ISDIR(st.st_mode))) {
        rc = vb__files_open(r, path, NULL, 0, err);
        if (rc != VB_OK) {
            vb_reader_free(r);
            return rc;
        }
        *out = r;
        return VB_OK;
    }
    if (is_stdin) {
        r->file = stdin;
    } else {
        r->file = fopen(path, "rb");
        if (!r->file) {
            rc = vb__error_set(err, VB_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
            free(r);
            return rc;
        }
        r->own_file = 1;
    }
    return open_stream(out, r, is_stdin ? NULL : path, err);
}

int vb__reader_open_file(vb_reader **out, const char *name, FILE *file,
                         const vb_reader_opts *opts, vb_error *err)
{
    *out = NULL;
    vb_reader *r = NULL;
    int rc = reader_alloc(&r, name, opts, err);
    if (rc) {
        fclose(file);
        return rc;
    }
    r->file = file;
    r->own_file = 1;
    return open_stream(out, r, name, err);
}

/* Read r->file, opened: name (NULL: none) helps to recognize a compressed file. */
static int open_stream(vb_reader **out, vb_reader *r, const char *name, vb_error *err)
{
    int rc;
    r->buf = malloc(VB_RD_BUFSIZE(r));
    if (!r->buf) {
        rc = vb__error_set(err, VB_ENOMEM, r->name, 0, 0, "out of memory");
        vb_reader_free(r);
        return rc;
    }
    /* The first block says whether the input is compressed or an archive: by content, so
     * standard input and misnamed files are recognized too. */
    r->buflen = fread(r->buf, 1, VB_RD_BLOCK, r->file);
    if (r->buflen == 0 && ferror(r->file)) {
        r->io_errno = errno ? errno : EIO;
        r->at_eof = 1;
    }
    int mode = vb__ar_detect(r->buf, r->buflen, name);
    if (mode) {
        rc = vb__ar_open(r, mode, r->buflen, NULL, 0, err);
    } else {
        r->buflen = vb__rd_convert(r, r->buflen); /* the block read to recognize the input */
        rc = vb__open_input(r, r->name, err);
    }
    if (rc != VB_OK) {
        vb_reader_free(r);
        return rc;
    }
    *out = r;
    return VB_OK;
}

int vb_reader_open_mem(vb_reader **out, const char *name, const char *data, size_t len,
                       const vb_reader_opts *opts, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    *out = NULL;
    vb_reader *r = NULL;
    int rc = reader_alloc(&r, name ? name : "<memory>", opts, err);
    if (rc)
        return rc;
    int mode = data ? vb__ar_detect((const unsigned char *)data, len, name) : 0;
    if (r->user_opts.kind == VB_INPUT_FILES) {
        rc = vb__files_open(r, r->name, data ? data : "", len, err);
    } else if (mode) {
        r->buf = malloc(VB_RD_BUFSIZE(r));
        rc = r->buf ? vb__ar_open(r, mode, 0, data, len, err)
                    : vb__error_set(err, VB_ENOMEM, r->name, 0, 0, "out of memory");
    } else if (r->user_opts.encoding != VB_ENCODING_UTF8) {
        /* converted block by block, as a file is */
        r->cmem = (const unsigned char *)(data ? data : "");
        r->cmem_len = len;
        r->buf = malloc(VB_RD_BUFSIZE(r));
        rc = r->buf ? vb__open_input(r, r->name, err)
                    : vb__error_set(err, VB_ENOMEM, r->name, 0, 0, "out of memory");
    } else {
        r->mem = (const unsigned char *)(data ? data : "");
        r->memlen = len;
        rc = vb__open_input(r, r->name, err);
    }
    if (rc != VB_OK) {
        vb_reader_free(r);
        return rc;
    }
    *out = r;
    return VB_OK;
}

int vb_reader_next(vb_reader *r, const vb_record **out, vb_error *err)
{
    vb_error local_err;
    if (!err) /* optional: errors still need somewhere to go */
        err = &local_err;
    int rc;
    r->rej = NULL;
    if (r->files)
        return vb__files_next(r, out, err);
    for (;;) {
        if (r->need_member && (rc = vb__ar_next_member(r, err)) != VB_OK)
            return rc;
        size_t pp = r->pending_pos;
        switch (r->kind) {
        case VB_INPUT_CSV:
        case VB_INPUT_TSV: rc = vb__csv_next(r, err); break;
        case VB_INPUT_JSONL:
        case VB_INPUT_JSON: rc = vb__json_next(r, err); break;
        case VB_INPUT_DOC: rc = doc_next(r, err); break;
        default: rc = lines_next(r, err); break;
        }
        /* Once the source stopped, only records looked ahead before are whole: what the
         * stop cut short is replaced by the reason. */
        if (r->src_err.code && !(r->pending_pos > pp && pp < r->fail_pending)) {
            r->rej = NULL; /* the member stopped: no record's bytes are whole */
            return vb__ar_take_error(r, err);
        }
        /* JSON readers reject with the line or element still in data */
        if (rc == VB_EREJECT && !r->rej && r->data.len &&
            (r->kind == VB_INPUT_JSONL || r->kind == VB_INPUT_JSON))
            vb__rd_rejected(r, r->data.ptr, r->data.len, 0);
        if (rc == VB_EOF && r->ar) {
            vb__ar_member_done(r);
            continue;
        }
        break;
    }
    if (rc == VB_EOF && r->io_errno)
        return vb__error_set(err, VB_EIO, r->name, r->line, 0, "read error: %s",
                             strerror(r->io_errno));
    if (rc != VB_EREJECT)
        r->rej = NULL;
    if (rc == VB_OK)
        *out = &r->rec;
    return rc;
}

const char *vb_reader_reject_raw(const vb_reader *r, size_t *len, int *cut)
{
    *len = r->rej ? r->rej_len : 0;
    if (cut)
        *cut = r->rej ? r->rej_cut : 0;
    return r->rej;
}

uint64_t vb_reader_info_serial(const vb_reader *r)
{
    return r->info_serial;
}

void vb_reader_get_info(const vb_reader *r, vb_reader_info *info)
{
    if (vb__files_info(r, info))
        return; /* a folder read file by file: the current file's */
    memset(info, 0, sizeof *info);
    info->source = r->name;
    info->member = r->ar && !r->ar_raw ? r->member : 0;
    info->kind = r->kind;
    info->kind_guessed = r->kind_guessed;
    if (r->text_col >= 0 && (size_t)r->text_col < r->ncolumns)
        info->text_col = r->columns[r->text_col];
    else if (r->text_name)
        info->text_col = r->text_name;
    info->text_guessed = r->text_guessed;
    info->preamble_lines = r->preamble;
    if (r->kind == VB_INPUT_CSV || r->kind == VB_INPUT_TSV) {
        info->delimiter = r->opts.delimiter;
        info->delimiter_guessed = r->delim_guessed;
    }
    info->ncolumns = r->ncolumns;
    info->columns = (const char *const *)r->columns;
    if (r->id_col >= 0 && (size_t)r->id_col < r->ncolumns)
        info->id_col = r->columns[r->id_col];
    else if (r->id_name)
        info->id_col = r->id_name;
}

void vb_reader_free(vb_reader *r)
{
    if (!r)
        return;
    vb__files_free(r);
    vb__input_reset(r);
    vb__ar_free(r);
    if (r->own_file && r->file)
        fclose(r->file);
    free(r->buf);
    vb__buf_free(&r->pushback);
    vb__buf_free(&r->raw);
    vb__buf_free(&r->data);
    free(r->offsets);
    free(r->fields);
    free(r);
}
