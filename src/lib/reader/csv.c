/* CSV and TSV (RFC 4180 plus what real exports do): quoted fields with doubled quotes and
 * embedded line breaks, LF/CRLF/CR line ends, a BOM, a header row, and lines of console
 * noise before the header (detected as a preamble and reported).
 *
 * A malformed row never takes its neighbours with it: when a rejected row spans several
 * lines (typically an unclosed quote), only its first line is rejected and the lines after
 * it are parsed again. */
#include "reader_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LOOKAHEAD 64 /* rows read before deciding on the header and the text column */
#define SNIFF_BYTES 65536 /* read ahead to guess the delimiter... */
#define SNIFF_ROWS 50     /* ...from at most this many rows */

enum { ST_START, ST_UNQUOTED, ST_QUOTED, ST_AFTER_QUOTE };

/* Turn the current quoted field back into literal text: '"' + content + '"'. */
static int literal_quotes(vb_reader *r)
{
    size_t start = r->offsets[r->noffsets];
    if (vb__buf_reserve(&r->data, 3) != 0)
        return VB_ENOMEM;
    memmove(r->data.ptr + start + 1, r->data.ptr + start, r->data.len - start);
    r->data.ptr[start] = '"';
    r->data.len++;
    r->data.ptr[r->data.len++] = '"';
    return 0;
}

/* Copy the rest of a field's run at once (no quote, delimiter or line end in it) from the
 * source buffer into raw and data: most bytes of a CSV file go this way. Nothing happens
 * near the size limit or while bytes given back are being re-read: the byte loop handles
 * those. */
static void fast_forward(vb_reader *r, int quoted, char delim, size_t max, size_t *col,
                         int *prev)
{
    if (r->pbpos < r->pushback.len)
        return;
    const unsigned char *p;
    size_t avail, n = 0;
    if (r->mem) {
        p = r->mem + r->mempos;
        avail = r->memlen - r->mempos;
    } else {
        p = r->buf + r->bufpos;
        avail = r->buflen - r->bufpos;
    }
    unsigned char stop = quoted ? '"' : (unsigned char)delim;
    while (n < avail && p[n] != stop && p[n] != '\n' && p[n] != '\r')
        n++;
    if (n == 0 || r->raw.len + n > max || vb__buf_reserve(&r->raw, n + 1) != 0 ||
        vb__buf_reserve(&r->data, n + 1) != 0)
        return;
    memcpy(r->raw.ptr + r->raw.len, p, n);
    r->raw.len += n;
    memcpy(r->data.ptr + r->data.len, p, n);
    r->data.len += n;
    if (r->mem)
        r->mempos += n;
    else
        r->bufpos += n;
    r->prev_cr = 0;
    *col += n;
    *prev = p[n - 1];
}

/* The bytes of the row just parsed (r->raw) without the line end that closed it; its first
 * line only when first_line_only. */
static size_t row_len(const vb_reader *r, int first_line_only)
{
    const char *p = r->raw.ptr;
    size_t n = r->raw.len;
    if (first_line_only) {
        size_t i = 0;
        while (i < n && p[i] != '\n' && p[i] != '\r')
            i++;
        return i;
    }
    if (n && p[n - 1] == '\n')
        n--;
    if (n && p[n - 1] == '\r')
        n--;
    return n;
}

/* Parse one row into r->data/offsets. *line_out: the line it starts on. */
static int parse_row(vb_reader *r, size_t *line_out, vb_error *err)
{
    const char delim = r->opts.delimiter;
    const size_t max = r->opts.max_record_bytes;
    for (;;) {
        if (vb__rec_reset(r) != 0)
            return VB_REC_NOMEM(r, err, r->line);
        size_t line = r->line, col = 0;
        size_t quote_line = 0, quote_col = 0;
        int state = ST_START, too_long = 0, prev = -1, close_prev = -1, give_back = 1;
        int overflow = 0; /* a multi-line quoted field passed the limit */
        const char *bad = NULL;
        char bad_buf[320];
        size_t bad_line = 0, bad_col = 0;
        *line_out = line;

        int c = vb__rd_getc(r);
        if (c < 0)
            return VB_EOF;
        if (c == '\n' || c == '\r') { /* a blank line is not a record */
            if (c == '\r' && vb__rd_peek(r) == '\n')
                vb__rd_getc(r);
            continue;
        }
        for (;; c = vb__rd_getc(r)) {
            col++;
            if (c >= 0 && !too_long && vb__buf_putc(&r->raw, (char)c) != 0)
                return VB_REC_NOMEM(r, err, line);
            if (c >= 0 && r->raw.len > max && !too_long) {
                too_long = 1; /* from here on nothing is stored: memory stays bounded */
                if (state == ST_QUOTED) { /* most likely a quote that never closes */
                    bad_line = quote_line;
                    bad_col = quote_col;
                    if (r->line == line) {
                        /* still on the row's first line: reject the rest of that line;
                         * nothing is given back. Scanned, not stored: linear in its size. */
                        int quotes = 0;
                        while (c >= 0 && c != '\n' && c != '\r') {
                            quotes |= c == '"';
                            c = vb__rd_getc(r);
                        }
                        if (c == '\r' && vb__rd_peek(r) == '\n')
                            vb__rd_getc(r);
                        snprintf(bad_buf, sizeof bad_buf,
                                 "quoted field longer than the %zu-byte limit (--max-record)%s",
                                 max, quotes ? "" : ": unclosed quote?");
                        bad = bad_buf;
                        give_back = 0;
                        break;
                    }
                    /* Several lines already: go on scanning without storing. A quote that
                     * closes normally makes one rejected row; an unclosed one gives back
                     * the lines kept (up to the limit). */
                    bad = NULL;
                    overflow = 1;
                }
            }
            int eol = c == '\n' || c == '\r';
            if (state == ST_QUOTED) {
                if (c < 0) {
                    bad = "unclosed quote";
                    bad_line = quote_line;
                    bad_col = quote_col;
                    break;
                }
                if (c == '"') {
                    state = ST_AFTER_QUOTE;
                    close_prev = prev;
                } else if (!too_long && vb__buf_putc(&r->data, (char)c) != 0)
                    return VB_REC_NOMEM(r, err, line);
                if (eol)
                    col = 0;
                prev = c;
                if (state == ST_QUOTED && !too_long)
                    fast_forward(r, 1, delim, max, &col, &prev);
                continue;
            }
            if (state == ST_AFTER_QUOTE && c == '"') { /* doubled quote */
                state = ST_QUOTED;
                if (!too_long && vb__buf_putc(&r->data, '"') != 0)
                    return VB_REC_NOMEM(r, err, line);
                continue;
            }
            if (c < 0 || eol || c == delim) {
                if (vb__rec_field_end(r) != 0)
                    return VB_REC_NOMEM(r, err, line);
                if (c == delim) {
                    state = ST_START;
                    continue;
                }
                if (c == '\r' && vb__rd_peek(r) == '\n') {
                    /* kept in raw too: a CR alone given back would end up in a quoted
                     * field read again ("a\r\nb" read as "a\rb") */
                    vb__rd_getc(r);
                    if (!too_long && vb__buf_putc(&r->raw, '\n') != 0)
                        return VB_REC_NOMEM(r, err, line);
                }
                break;
            }
            if (state == ST_START && c == '=' && vb__rd_peek(r) == '"') {
                /* Excel's ="00123" keeps leading zeros: the value is what is quoted */
                c = vb__rd_getc(r);
                col++;
                if (!too_long && vb__buf_putc(&r->raw, (char)c) != 0)
                    return VB_REC_NOMEM(r, err, line);
            }
            if (state == ST_START && c == '"') {
                state = ST_QUOTED;
                quote_line = r->line;
                quote_col = col;
                continue;
            }
            if (state == ST_AFTER_QUOTE) {
                if ((c == ' ' || c == '\t') && delim != '\t')
                    continue; /* spaces after a closing quote are harmless (not in TSV) */
                if (delim == '\t' && r->line == quote_line) {
                    /* TSV exports rarely quote: "Great" service is text, not an error */
                    if (literal_quotes(r) != 0)
                        return VB_REC_NOMEM(r, err, line);
                } else if (!bad) {
                    int opened_field = close_prev == delim || close_prev == '\n' ||
                                       close_prev == '\r';
                    if (r->line != quote_line && opened_field) {
                        /* The quote most likely never closed: it swallowed line breaks
                         * and met the next row's opening quote; blame where it opened.
                         * The lines after the first are read again. */
                        snprintf(bad_buf, sizeof bad_buf,
                                 "unclosed quote? the quoted field opened here runs to line "
                                 "%zu and is followed by other text there", r->line);
                        bad = bad_buf;
                        bad_line = quote_line;
                        bad_col = quote_col;
                    } else {
                        /* a quoted field that did close, with text after it: the whole
                         * row is rejected; nothing of it is read again */
                        snprintf(bad_buf, sizeof bad_buf,
                                 "unexpected character after a closing quote (the field "
                                 "opened on line %zu)", quote_line);
                        bad = bad_buf;
                        bad_line = r->line;
                        bad_col = col;
                        give_back = 0;
                    }
                }
                state = ST_UNQUOTED;
            } else {
                state = ST_UNQUOTED; /* a quote inside an unquoted field is kept as is */
            }
            if (!too_long && vb__buf_putc(&r->data, (char)c) != 0)
                return VB_REC_NOMEM(r, err, line);
            prev = c;
            if (state == ST_UNQUOTED && !too_long)
                fast_forward(r, 0, delim, max, &col, &prev);
        }
        if (!bad && too_long) {
            if (overflow) {
                snprintf(bad_buf, sizeof bad_buf,
                         "quoted field longer than the %zu-byte limit (--max-record): "
                         "the whole row, lines %zu-%zu, is rejected", max, line,
                         r->line > line + 1 ? r->line - 1 : line);
                bad = bad_buf;
                bad_line = quote_line;
                bad_col = quote_col;
            } else {
                snprintf(bad_buf, sizeof bad_buf,
                         "row longer than the %zu-byte limit (--max-record)", max);
                bad = bad_buf;
                bad_line = line;
            }
            give_back = 0; /* the row was read to its end: nothing to read again */
        }
        const char *nul = bad || !r->raw.len ? NULL : memchr(r->raw.ptr, 0, r->raw.len);
        if (nul) { /* binary data past the first 8 KiB (vb__open_input looked at those) */
            bad_line = line;
            bad_col = 1;
            for (const char *q = r->raw.ptr; q < nul; q++) {
                bad_col++;
                if (*q == '\n' || (*q == '\r' && q[1] != '\n')) {
                    bad_line++;
                    bad_col = 1;
                }
            }
            bad = "a NUL byte: binary data, not text";
            give_back = 0;
        }
        if (bad && give_back && overflow) {
            /* Only whole lines are given back; those past the limit cannot be: say so. */
            size_t keep = r->raw.len, breaks = 0;
            while (keep && r->raw.ptr[keep - 1] != '\n' && r->raw.ptr[keep - 1] != '\r')
                keep--;
            r->raw.len = keep;
            for (size_t i = 0; i < keep; i++)
                breaks += r->raw.ptr[i] == '\n' ||
                          (r->raw.ptr[i] == '\r' && (i + 1 == keep || r->raw.ptr[i + 1] != '\n'));
            size_t l = strlen(bad);
            if (bad != bad_buf) {
                snprintf(bad_buf, sizeof bad_buf, "%s", bad);
                bad = bad_buf;
            }
            snprintf(bad_buf + l, sizeof bad_buf - l,
                     "; lines %zu-%zu are past --max-record and are not read again",
                     line + breaks, prev == '\n' || prev == '\r' ? r->line - 1 : r->line);
        }
        if (bad) /* the first line when the others are read again */
            vb__rd_rejected(r, r->raw.ptr, row_len(r, give_back), too_long && !give_back);
        if (bad && !give_back)
            r->raw.len = 0;
        if (bad) {
            r->index++;
            vb__error_set(err, VB_EREJECT, r->name, bad_line, bad_col, "%s", bad);
            /* Give back every line after the first so the next rows are not lost. */
            const char *p = r->raw.ptr, *end = p + r->raw.len;
            while (p < end && *p != '\n' && *p != '\r')
                p++;
            if (p < end && *p == '\r' && p + 1 < end && p[1] == '\n')
                p++;
            if (p < end) {
                p++;
                if (vb__rd_unread(r, p, (size_t)(end - p), line + 1) != 0)
                    return VB_REC_NOMEM(r, err, line);
            }
            return VB_EREJECT;
        }
        return VB_OK;
    }
}

/* A row whose field count differs from the header's. The whole row is rejected, even when
 * a quoted field made it span lines: the same decision whether or not the row was read
 * while looking ahead for the header. */
static int reject_width(vb_reader *r, size_t line, vb_error *err)
{
    if (!r->rej) /* read now, not looked ahead: the row is in raw */
        vb__rd_rejected(r, r->raw.ptr, row_len(r, 0), 0);
    size_t n = r->noffsets;
    r->index++;
    return vb__error_set(err, VB_EREJECT, r->name, line, 0,
                         "row has %zu field%s, the header has %zu", n, n == 1 ? "" : "s",
                         r->ncolumns);
}

/* Exports that end every data row with a delimiter (but not the header) are common: one
 * extra empty last field is dropped. */
static void drop_trailing_empty(vb_reader *r)
{
    size_t n = r->noffsets;
    if (r->ncolumns && n == r->ncolumns + 1 && r->offsets[n] - r->offsets[n - 1] == 1)
        r->noffsets--;
}

static int pending_push(vb_reader *r, size_t line, const vb_error *e)
{
    vb_pending *np = realloc(r->pending, (r->npending + 1) * sizeof *np);
    if (!np)
        return VB_ENOMEM;
    r->pending = np;
    vb_pending *p = &r->pending[r->npending];
    memset(p, 0, sizeof *p);
    p->line = line;
    /* the row's bytes, in case it is rejected (now, or later for its width) */
    const char *raw = e ? r->rej : r->raw.ptr;
    size_t raw_len = e ? r->rej_len : row_len(r, 0);
    if (raw && (p->raw = malloc(raw_len + 1)) == NULL)
        return VB_ENOMEM;
    if (raw) {
        memcpy(p->raw, raw, raw_len);
        p->raw_len = raw_len;
        p->raw_cut = e ? r->rej_cut : 0;
    }
    if (e) {
        p->err = *e;
    } else {
        p->data = malloc(r->data.len + 1);
        p->offsets = malloc((r->noffsets + 1) * sizeof *p->offsets);
        if (!p->data || !p->offsets) {
            free(p->data);
            free(p->offsets);
            free(p->raw);
            return VB_ENOMEM;
        }
        memcpy(p->data, r->data.ptr ? r->data.ptr : "", r->data.len);
        memcpy(p->offsets, r->offsets, (r->noffsets + 1) * sizeof *p->offsets);
        p->nfields = r->noffsets;
    }
    r->npending++;
    return 0;
}

static int pending_nfields(const vb_pending *p)
{
    return p->err.code ? -1 : (int)p->nfields;
}

/* Resolve a column given by name or 1-based number. */
static int resolve_col(vb_reader *r, const char *spec, const char *what, int *out, vb_error *err)
{
    *out = -1;
    if (!spec)
        return VB_OK;
    for (size_t i = 0; i < r->ncolumns; i++)
        if (strcmp(r->columns[i], spec) == 0) {
            *out = (int)i;
            return VB_OK;
        }
    char *end;
    long n = strtol(spec, &end, 10);
    if (*spec && *end == '\0') {
        if (n >= 1 && (size_t)n <= r->ncolumns) {
            *out = (int)(n - 1);
            return VB_OK;
        }
        return vb__error_set(err, VB_EINVAL, r->name, 0, 0,
                             "%s column %ld is out of range: the file has %zu columns", what,
                             n, r->ncolumns);
    }
    for (size_t i = 0; i < r->ncolumns; i++) /* forgive case */
        if (strcasecmp(r->columns[i], spec) == 0) {
            *out = (int)i;
            return VB_OK;
        }
    char list[160] = "";
    size_t used = 0;
    for (size_t i = 0; i < r->ncolumns && used + 4 < sizeof list; i++) {
        int k = snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "", r->columns[i]);
        if (k < 0)
            break;
        used += (size_t)k;
    }
    if (used >= sizeof list)
        strcpy(list + sizeof list - 5, "...");
    return vb__error_set(err, VB_EINVAL, r->name, 0, 0,
                         "no %s column named '%s' (columns: %s)", what, spec, list);
}

/* The number of fields in each of the first rows of p[0..n) split by d, quotes respected
 * (and Excel's ="..."); blank lines are not rows. The last row counts only when the sample
 * holds the whole input (complete): otherwise it may be cut. */
static size_t row_widths(const unsigned char *p, size_t n, int complete, char d,
                         size_t *widths)
{
    size_t rows = 0, fields = 1, bytes = 0;
    int state = ST_START;
    for (size_t i = 0; i < n && rows < SNIFF_ROWS; i++) {
        unsigned char c = p[i];
        bytes++;
        if (state == ST_QUOTED) {
            if (c == '"')
                state = ST_AFTER_QUOTE;
            continue;
        }
        if (state == ST_AFTER_QUOTE && c == '"') {
            state = ST_QUOTED;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < n && p[i + 1] == '\n')
                i++;
            if (bytes > 1)
                widths[rows++] = fields;
            fields = 1;
            bytes = 0;
            state = ST_START;
        } else if (c == (unsigned char)d) {
            fields++;
            state = ST_START;
        } else if (state == ST_START && (c == '"' || (c == '=' && i + 1 < n && p[i + 1] == '"'))) {
            i += c == '=';
            state = ST_QUOTED;
        } else {
            state = ST_UNQUOTED;
        }
    }
    if (complete && bytes && rows < SNIFF_ROWS)
        widths[rows++] = fields;
    return rows;
}

/* The delimiter that splits the most of the first rows into the same number (> 1) of
 * fields; ',' on a tie or when none splits any. Counting rows of one width (not delimiters)
 * is what tells "1;Fast, friendly;5" from a comma-separated row. */
static char guess_delimiter(const unsigned char *p, size_t n, int complete)
{
    static const char candidates[] = { ',', ';', '\t', '|' };
    size_t widths[SNIFF_ROWS], best_rows = 0;
    char best = ',';
    for (size_t k = 0; k < sizeof candidates; k++) {
        size_t rows = row_widths(p, n, complete, candidates[k], widths), most = 0;
        for (size_t i = 0; i < rows; i++) {
            if (widths[i] < 2)
                continue;
            size_t same = 0;
            for (size_t j = 0; j < rows; j++)
                same += widths[j] == widths[i];
            if (same > most)
                most = same;
        }
        if (most > best_rows) {
            best_rows = most;
            best = candidates[k];
        }
    }
    return best;
}

int vb__csv_open(vb_reader *r, vb_error *err)
{
    if (!r->opts.delimiter) {
        vb_buf tmp = { 0 };
        const unsigned char *p;
        size_t n;
        if (vb__rd_sample(r, SNIFF_BYTES, &tmp, &p, &n) != 0) {
            vb__buf_free(&tmp);
            return VB_REC_NOMEM(r, err, 0);
        }
        r->opts.delimiter = guess_delimiter(p, n, n < SNIFF_BYTES);
        r->delim_guessed = 1;
        vb__buf_free(&tmp);
    }
    /* Read ahead: the header is the first row with the most common field count (the lines
     * before it are a preamble, like unzip's output captured in the CFPB export). */
    vb_error e;
    while (r->npending < LOOKAHEAD) {
        size_t line;
        int rc = parse_row(r, &line, &e);
        if (rc == VB_EOF)
            break;
        if (rc == VB_ENOMEM) {
            *err = e;
            return rc;
        }
        if (pending_push(r, line, rc == VB_EREJECT ? &e : NULL) != 0)
            return VB_REC_NOMEM(r, err, line);
    }
    if (r->npending == 0)
        return VB_OK; /* empty file: no header, no records */

    size_t best_count = 0, best_n = 0;
    for (size_t i = 0; i < r->npending; i++) {
        int w = pending_nfields(&r->pending[i]);
        if (w < 2)
            continue;
        size_t n = 0;
        for (size_t j = 0; j < r->npending; j++)
            n += pending_nfields(&r->pending[j]) == w;
        if (n > best_n) {
            best_n = n;
            best_count = (size_t)w;
        }
    }
    /* Only one-field lines (console noise such as unzip's "Archive: ...") may precede the
     * header: a row with several fields before it means the data rows have a different
     * width (a trailing delimiter), and then the first row is the header after all. */
    size_t h = 0;
    if (best_n >= 2) {
        while (h < r->npending && h < 10 && pending_nfields(&r->pending[h]) <= 1)
            h++; /* one field, or a line that is not even valid CSV */
        if (h == r->npending || h == 10 || (size_t)pending_nfields(&r->pending[h]) != best_count)
            h = 0;
    }
    if (r->pending[h].err.code) {
        *err = r->pending[h].err;
        err->code = VB_EINVAL;
        snprintf(err->msg, sizeof err->msg, "the header row is malformed");
        return VB_EINVAL;
    }
    vb_pending *hp = &r->pending[h];
    r->preamble = hp->line - 1;
    r->columns = calloc(hp->nfields ? hp->nfields : 1, sizeof *r->columns);
    if (!r->columns)
        return VB_REC_NOMEM(r, err, hp->line);
    r->ncolumns = hp->nfields;
    for (size_t i = 0; i < hp->nfields; i++) {
        r->columns[i] = strdup(hp->data + hp->offsets[i]);
        if (!r->columns[i])
            return VB_REC_NOMEM(r, err, hp->line);
    }
    r->pending_pos = h + 1;
    r->index = 0; /* records are numbered as they are handed out, not as read ahead */

    int rc;
    if ((rc = resolve_col(r, r->opts.text_col, "text", &r->text_col, err)) ||
        (rc = resolve_col(r, r->opts.id_col, "id", &r->id_col, err)) ||
        (rc = resolve_col(r, r->opts.date_col, "date", &r->date_col, err)) ||
        (rc = resolve_col(r, r->opts.segment_col, "segment", &r->segment_col, err)) ||
        (rc = resolve_col(r, r->opts.segment2_col, "segment", &r->segment2_col, err)) ||
        (rc = resolve_col(r, r->opts.score_col, "score", &r->score_col, err)))
        return rc;
    if (!r->opts.text_col) {
        double *mean = calloc(r->ncolumns, sizeof *mean);
        if (!mean)
            return VB_REC_NOMEM(r, err, hp->line);
        size_t rows = 0;
        for (size_t i = h + 1; i < r->npending; i++) {
            const vb_pending *p = &r->pending[i];
            if (p->err.code || p->nfields != r->ncolumns)
                continue;
            rows++;
            for (size_t c = 0; c < p->nfields; c++)
                mean[c] += (double)(p->offsets[c + 1] - p->offsets[c] - 1);
        }
        for (size_t c = 0; rows && c < r->ncolumns; c++)
            mean[c] /= (double)rows;
        r->text_col = vb__guess_text_column((const char *const *)r->columns, r->ncolumns, mean,
                                            &r->text_guessed);
        free(mean);
    }
    if (!r->opts.id_col)
        r->id_col = vb__guess_id_column((const char *const *)r->columns, r->ncolumns);
    if (r->id_col == r->text_col)
        r->id_col = -1;
    return VB_OK;
}

int vb__csv_next(vb_reader *r, vb_error *err)
{
    for (;;) {
        size_t line;
        int rc;
        if (r->pending_pos < r->npending) {
            vb_pending *p = &r->pending[r->pending_pos++];
            vb__rd_rejected(r, p->raw, p->raw_len, p->raw_cut); /* in case it is rejected */
            if (p->err.code) {
                *err = p->err;
                r->index++;
                return VB_EREJECT;
            }
            if (vb__rec_reset(r) != 0)
                return VB_REC_NOMEM(r, err, r->line);
            if (vb__buf_append(&r->data, p->data, p->offsets[p->nfields]) != 0 ||
                vb__grow((void **)&r->offsets, &r->offsets_cap, p->nfields + 1,
                         sizeof *r->offsets))
                return VB_REC_NOMEM(r, err, p->line);
            memcpy(r->offsets, p->offsets, (p->nfields + 1) * sizeof *r->offsets);
            r->noffsets = p->nfields;
            line = p->line;
            drop_trailing_empty(r);
            if (r->noffsets != r->ncolumns)
                return reject_width(r, line, err);
        } else {
            rc = parse_row(r, &line, err);
            if (rc != VB_OK)
                return rc;
            r->rej = NULL;
            drop_trailing_empty(r);
            if (r->noffsets != r->ncolumns)
                return reject_width(r, line, err);
        }
        if (vb__rec_finish(r, line) != 0)
            return VB_REC_NOMEM(r, err, line);
        return VB_OK;
    }
}
