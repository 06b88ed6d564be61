/* JSON Lines (one object per line) and JSON arrays of objects, parsed with jansson.
 * A JSON array is split into its elements by a small scanner so that it streams and every
 * element keeps the line it starts on. */
#include "reader_int.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

void vb__json_free(vb_reader *r)
{
    if (r->json)
        json_decref((json_t *)r->json);
    r->json = NULL;
}

int vb__json_open(vb_reader *r, vb_error *err)
{
    if (r->kind == VB_INPUT_JSON) {
        int c;
        while ((c = vb__rd_getc(r)) == ' ' || c == '\t' || c == '\n' || c == '\r')
            ;
        if (c < 0)
            return VB_OK; /* empty: no records */
        if (c != '[')
            return vb__error_set(err, VB_EINVAL, r->name, r->line, 0,
                                 "expected a JSON array of objects ('[' first); use --input "
                                 "jsonl for one object per line");
        r->json_started = 1;
    }
    if (r->opts.text_col)
        r->text_name = strdup(r->opts.text_col);
    if (r->opts.id_col)
        r->id_name = strdup(r->opts.id_col);
    if ((r->opts.text_col && !r->text_name) || (r->opts.id_col && !r->id_name))
        return VB_REC_NOMEM(r, err, 0);
    return VB_OK;
}

/* Read one line of JSON Lines into r->data; skips blank lines. */
static int read_line(vb_reader *r, size_t *line_out, vb_error *err)
{
    for (;;) {
        if (vb__rec_reset(r) != 0)
            return VB_REC_NOMEM(r, err, r->line);
        size_t line = r->line;
        int blank = 1, too_long = 0, any = 0;
        int c = vb__rd_line(r, &r->data, r->opts.max_record_bytes, &too_long, &any);
        if (c == -2)
            return VB_REC_NOMEM(r, err, line);
        if (!any)
            return VB_EOF;
        for (size_t i = 0; blank && i < r->data.len; i++)
            blank = r->data.ptr[i] == ' ' || r->data.ptr[i] == '\t';
        if (too_long)
            blank = 0; /* an over-long line is rejected, whatever it holds */
        if (c == '\r' && vb__rd_peek(r) == '\n')
            vb__rd_getc(r);
        *line_out = line;
        if (too_long) {
            r->index++;
            vb__rd_rejected(r, r->data.ptr, r->data.len, 1);
            return vb__error_set(err, VB_EREJECT, r->name, line, 0,
                                 "line longer than the %zu-byte limit (--max-record)",
                                 r->opts.max_record_bytes);
        }
        if (!blank)
            return VB_OK;
    }
}

static int next_significant(vb_reader *r)
{
    int c;
    while ((c = vb__rd_getc(r)) == ' ' || c == '\t' || c == '\n' || c == '\r')
        ;
    return c;
}

/* Read one element of a JSON array into r->data. The separators are checked strictly: one
 * ',' between elements, nothing after the closing ']'. */
static int read_element(vb_reader *r, size_t *line_out, size_t *col_out, vb_error *err)
{
    int c;
    const char *bad_sep = NULL;
    if (vb__rec_reset(r) != 0)
        return VB_REC_NOMEM(r, err, r->line);
    /* json_started: 1 before the first element, 3 after an element, 2 when done */
    int comma = 0;
    for (;;) {
        c = next_significant(r);
        if (c == ',' && r->json_started == 3 && !comma) {
            comma = 1;
            continue;
        }
        break;
    }
    if (c < 0) {
        r->json_started = 2;
        r->index++;
        return vb__error_set(err, VB_EREJECT, r->name, r->line, 0,
                             "the JSON array is not closed: the file is truncated");
    }
    if (c == ']' && !comma) {
        r->json_started = 2;
        while ((c = next_significant(r)) >= 0 && c == ']')
            ;
        if (c >= 0) {
            size_t line = r->line;
            while (vb__rd_getc(r) >= 0)
                ;
            r->index++;
            return vb__error_set(err, VB_EREJECT, r->name, line, 0,
                                 "text after the end of the JSON array is ignored");
        }
        return VB_EOF;
    }
    if (c == ',' || c == ']' || (r->json_started == 3 && !comma)) {
        const char *what = c == ',' ? "unexpected ',' in the JSON array"
                           : c == ']' ? "a ',' before ']' in the JSON array"
                                      : "missing ',' before this element of the JSON array";
        /* after a stray ',' a value is expected again, as after a good one */
        r->json_started = c == ']' ? 2 : 1;
        if (c == ',' || c == ']') {
            r->index++;
            return vb__error_set(err, VB_EREJECT, r->name, r->line, 0, "%s", what);
        }
        /* a missing comma: the element is read, then rejected below */
        bad_sep = what;
    }
    r->json_started = 3;
    *line_out = r->line;
    *col_out = 0;
    int depth = 0, in_str = 0, esc = 0, too_long = 0;
    for (; c >= 0; c = vb__rd_getc(r)) {
        if (r->data.len >= r->opts.max_record_bytes)
            too_long = 1;
        else if (vb__buf_putc(&r->data, (char)c) != 0)
            return VB_REC_NOMEM(r, err, *line_out);
        if (in_str) {
            if (esc)
                esc = 0;
            else if (c == '\\')
                esc = 1;
            else if (c == '"')
                in_str = 0;
            if (!in_str && depth == 0)
                break;
            continue;
        }
        if (c == '"')
            in_str = 1;
        else if (c == '{' || c == '[')
            depth++;
        else if (c == '}' || c == ']') {
            if (--depth <= 0)
                break;
        }
        int next = vb__rd_peek(r);
        if (depth == 0 && !in_str && (next == ',' || next == ']' || next < 0))
            break;
    }
    if (c < 0 && (depth > 0 || in_str)) {
        r->index++;
        r->json_started = 2;
        return vb__error_set(err, VB_EREJECT, r->name, *line_out, 0,
                             "the JSON array ends inside this element: the file is truncated");
    }
    if (too_long) {
        r->index++;
        vb__rd_rejected(r, r->data.ptr, r->data.len, 1);
        return vb__error_set(err, VB_EREJECT, r->name, *line_out, 0,
                             "element longer than the %zu-byte limit (--max-record)",
                             r->opts.max_record_bytes);
    }
    if (bad_sep) {
        r->index++;
        return vb__error_set(err, VB_EREJECT, r->name, *line_out, 0, "%s", bad_sep);
    }
    return VB_OK;
}

/* Choose the text and id fields from the first object: the text by the common names
 * (vb__guess_text_column), else the longest string; the id by name. */
static int guess_fields(vb_reader *r, json_t *obj)
{
    const char *key;
    json_t *v;
    size_t nkeys = json_object_size(obj), i = 0;
    const char **keys = calloc(nkeys ? nkeys : 1, sizeof *keys);
    if (!keys)
        return VB_ENOMEM;
    json_object_foreach(obj, key, v) keys[i++] = key;
    int rc = VB_OK;
    if (!r->text_name) {
        int how = 0, k = vb__guess_text_column(keys, nkeys, NULL, &how);
        const char *best = NULL;
        if (k >= 0 && how == 1) {
            best = keys[k];
            r->text_guessed = 1;
        } else {
            size_t best_len = 0;
            json_object_foreach(obj, key, v) if (json_is_string(v) &&
                                                 json_string_length(v) >= best_len)
            {
                best = key;
                best_len = json_string_length(v);
            }
            r->text_guessed = 2;
        }
        if (best && !(r->text_name = strdup(best)))
            rc = VB_ENOMEM;
    }
    if (rc == VB_OK && !r->id_name) {
        int id = vb__guess_id_column(keys, nkeys);
        if (id >= 0 && (!r->text_name || strcmp(keys[id], r->text_name) != 0) &&
            !(r->id_name = strdup(keys[id])))
            rc = VB_ENOMEM;
    }
    free(keys);
    if (rc == VB_OK)
        r->guessed = 1;
    return rc;
}

/* A JSON value as the text of a field: strings as they are, null as empty, others as JSON. */
static int put_value(vb_reader *r, json_t *v)
{
    int rc = 0;
    if (json_is_string(v)) {
        rc = vb__buf_append(&r->data, json_string_value(v), json_string_length(v));
    } else if (!json_is_null(v)) {
        char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
        if (!s)
            return VB_ENOMEM;
        rc = vb__buf_append(&r->data, s, strlen(s));
        free(s);
    }
    if (rc)
        return VB_ENOMEM;
    return vb__rec_field_end(r);
}

int vb__json_next(vb_reader *r, vb_error *err)
{
    size_t line = 0, col = 0;
    int rc;
    if (r->kind == VB_INPUT_JSON) {
        if (r->json_started == 2 || r->json_started == 0)
            return VB_EOF;
        rc = read_element(r, &line, &col, err);
    } else {
        rc = read_line(r, &line, err);
    }
    if (rc != VB_OK)
        return rc;
    vb__json_free(r);
    json_error_t jerr;
    json_t *obj = json_loadb(r->data.ptr, r->data.len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &jerr);
    if (!obj) {
        r->index++;
        size_t jl = jerr.line > 1 ? (size_t)jerr.line - 1 : 0;
        size_t jc = jerr.column > 0 ? (size_t)jerr.column : 0;
        return vb__error_set(err, VB_EREJECT, r->name, line + jl, jc,
                             "invalid JSON: %s", jerr.text);
    }
    r->json = obj;
    if (!json_is_object(obj)) {
        r->index++;
        if (json_is_array(obj))
            return vb__error_set(err, VB_EREJECT, r->name, line, 1,
                                 "expected a JSON object, found an array");
        return vb__error_set(err, VB_EREJECT, r->name, line, 1,
                             "expected a JSON object, found %.*s",
                             (int)(r->data.len < 40 ? r->data.len : 40), r->data.ptr);
    }
    if (!r->guessed && guess_fields(r, obj) != VB_OK)
        return VB_REC_NOMEM(r, err, line);
    json_t *text = r->text_name ? json_object_get(obj, r->text_name) : NULL;
    if (!text) {
        r->index++;
        return vb__error_set(err, VB_EREJECT, r->name, line, 0, "no field '%s' in this object",
                             r->text_name ? r->text_name : "(text)");
    }
    /* fields: every value, then the chosen ones looked up by position */
    if (vb__rec_reset(r) != 0)
        return VB_REC_NOMEM(r, err, r->line);
    if (vb__grow((void **)&r->offsets, &r->offsets_cap, 2, sizeof *r->offsets))
        return VB_REC_NOMEM(r, err, line);
    r->offsets[0] = 0;
    const char *key;
    json_t *v;
    int i = 0;
    r->text_col = r->id_col = r->date_col = r->segment_col = r->segment2_col = r->score_col = -1;
    json_object_foreach(obj, key, v)
    {
        if (put_value(r, v) != 0)
            return VB_REC_NOMEM(r, err, line);
        if (v == text)
            r->text_col = i;
        if (r->id_name && strcmp(key, r->id_name) == 0)
            r->id_col = i;
        if (r->opts.date_col && strcmp(key, r->opts.date_col) == 0)
            r->date_col = i;
        if (r->opts.segment_col && strcmp(key, r->opts.segment_col) == 0)
            r->segment_col = i;
        if (r->opts.segment2_col && strcmp(key, r->opts.segment2_col) == 0)
            r->segment2_col = i;
        if (r->opts.score_col && strcmp(key, r->opts.score_col) == 0)
            r->score_col = i;
        i++;
    }
    if (vb__rec_finish(r, line) != 0)
        return VB_REC_NOMEM(r, err, line);
    r->text_col = -1; /* positions differ from object to object */
    return VB_OK;
}
