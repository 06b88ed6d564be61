/* JSON Lines (one value per line) and JSON arrays, parsed with jansson.
 * A JSON array is split into its elements by a small scanner so that it streams and every
 * element keeps the line and byte column it starts on.
 *
 * Fields are found by path (review.body, items.0): see vb__json_lookup. An object is a
 * record; any other value is a record too (a string or an array of strings is its text;
 * other values give a record with empty text), so every valid JSON text is accepted. */
#include "reader_int.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "verbatim/analyzer.h" /* vb_utf8_invalid: where jansson's "unable to decode" is */

/* What separates the strings of an array used as text: a line feed is a paragraph break in
 * UAX #29, so each element ends its sentence and the words of two elements never run
 * together (negation and sentence co-occurrence stay inside an element). */
#define TEXT_JOIN '\n'

/* Values a lookup may visit beyond one per part of the path: backtracking over keys that
 * hold dots is bounded, a plain path of any depth is not. */
#define LOOKUP_BUDGET 256
/* Up to this many dots in what is left of a path, the keys it may start with are probed in
 * the hash; beyond, the object's keys are compared in one pass (a key from the data may
 * hold thousands of dots, and each probe hashes the path). */
#define PROBE_DOTS 16

enum { ROLE_TEXT, ROLE_ID, ROLE_DATE, ROLE_SEGMENT, ROLE_SEGMENT2, ROLE_SCORE, NROLES };
static const char *const role_names[NROLES] = { "text",    "id",             "date",
                                                "segment", "second segment", "score" };

void vb__json_free(vb_reader *r)
{
    if (r->json)
        json_decref((json_t *)r->json);
    r->json = NULL;
}

/* vb__rd_getc, keeping the byte column of a JSON array's elements */
static int jgetc(vb_reader *r)
{
    int c = vb__rd_getc(r);
    if (c == '\n' || c == '\r')
        r->json_col = 0;
    else if (c >= 0)
        r->json_col++;
    return c;
}

int vb__json_open(vb_reader *r, vb_error *err)
{
    if (r->kind == VB_INPUT_JSON) {
        int c;
        while ((c = jgetc(r)) == ' ' || c == '\t' || c == '\n' || c == '\r')
            ;
        if (c < 0)
            return VB_OK; /* empty: no records */
        if (c != '[')
            return vb__error_set(err, VB_EINVAL, r->name, r->line, r->json_col,
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
    while ((c = jgetc(r)) == ' ' || c == '\t' || c == '\n' || c == '\r')
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
            size_t line = r->line, col = r->json_col;
            while (vb__rd_getc(r) >= 0)
                ;
            r->index++;
            return vb__error_set(err, VB_EREJECT, r->name, line, col,
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
            return vb__error_set(err, VB_EREJECT, r->name, r->line, r->json_col, "%s", what);
        }
        /* a missing comma: the element is read, then rejected below */
        bad_sep = what;
    }
    r->json_started = 3;
    *line_out = r->line;
    *col_out = r->json_col; /* c, the element's first byte, is read: 1-based */
    int depth = 0, in_str = 0, esc = 0, too_long = 0;
    for (; c >= 0; c = jgetc(r)) {
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
        return vb__error_set(err, VB_EREJECT, r->name, *line_out, *col_out,
                             "the JSON array ends inside this element: the file is truncated");
    }
    if (too_long) {
        r->index++;
        vb__rd_rejected(r, r->data.ptr, r->data.len, 1);
        return vb__error_set(err, VB_EREJECT, r->name, *line_out, *col_out,
                             "element longer than the %zu-byte limit (--max-record)",
                             r->opts.max_record_bytes);
    }
    if (bad_sep) {
        r->index++;
        return vb__error_set(err, VB_EREJECT, r->name, *line_out, *col_out, "%s", bad_sep);
    }
    return VB_OK;
}

/* ---- field paths ---- */

/* An array element by a decimal index (no sign, no leading zero). */
static json_t *array_at(json_t *a, const char *s, size_t n)
{
    if (n == 0 || n > 18 || (s[0] == '0' && n > 1))
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return NULL;
        k = k * 10 + (size_t)(s[i] - '0');
    }
    return json_array_get(a, k);
}

/* The length of the longest key of object v shorter than `below` that is the start of the
 * path up to one of its dots, or 0 when there is none. */
static size_t next_key(json_t *v, const char *path, size_t below, size_t dots)
{
    if (dots <= PROBE_DOTS) {
        for (size_t cut = below; cut-- > 1;)
            if (path[cut] == '.' && json_object_getn(v, path, cut))
                return cut;
        return 0;
    }
    size_t best = 0, klen;
    const char *key;
    json_t *w;
    json_object_keylen_foreach(v, key, klen, w)
    {
        if (klen > best && klen < below && path[klen] == '.' && !memcmp(key, path, klen))
            best = klen;
    }
    return best;
}

/* The longest key first: "a.b.c" tries the key "a.b.c", then "a.b" with the path "c" in its
 * value, then "a" with "b.c". Returns the first that resolves. */
static json_t *lookup(json_t *v, const char *path, size_t len, int *budget)
{
    if (--*budget < 0)
        return NULL;
    if (json_is_array(v)) { /* an index holds no dot */
        const char *dot = memchr(path, '.', len);
        size_t cut = dot ? (size_t)(dot - path) : len;
        json_t *child = array_at(v, path, cut);
        return child && dot ? lookup(child, path + cut + 1, len - cut - 1, budget) : child;
    }
    if (!json_is_object(v))
        return NULL;
    json_t *child = json_object_getn(v, path, len);
    if (child)
        return child;
    size_t dots = 0;
    for (size_t i = 0; i < len; i++)
        dots += path[i] == '.';
    for (size_t cut = len; dots && (cut = next_key(v, path, cut, dots)) > 0;) {
        json_t *found = lookup(json_object_getn(v, path, cut), path + cut + 1, len - cut - 1,
                               budget);
        if (found || *budget < 0)
            return found;
    }
    return NULL;
}

void *vb__json_lookup(void *value, const char *path)
{
    if (!value || !path)
        return NULL;
    size_t len = strlen(path);
    int budget = LOOKUP_BUDGET + 1;
    for (size_t i = 0; i < len; i++)
        budget += path[i] == '.';
    return lookup(value, path, len, &budget);
}

static const char *type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    default: return "null";
    }
}

/* Text-like: a string, null, or an array of strings and nulls. */
static int is_textual(const json_t *v)
{
    if (json_is_string(v) || json_is_null(v))
        return 1;
    if (!json_is_array(v))
        return 0;
    size_t i;
    json_t *e;
    json_array_foreach(v, i, e) if (!json_is_string(e) && !json_is_null(e)) return 0;
    return 1;
}

/* Bytes of text in a text-like value, to find the longest. */
static size_t text_length(const json_t *v)
{
    if (json_is_string(v))
        return json_string_length(v);
    size_t n = 0, i;
    json_t *e;
    if (json_is_array(v))
        json_array_foreach(v, i, e) if (json_is_string(e)) n += json_string_length(e) + 1;
    return n;
}

/* ---- guessing ---- */

typedef struct candidate {
    char *path;       /* "body" or "review.body" */
    const char *leaf; /* the last key, matched against the common names */
    const json_t *value;
} candidate;

static int add_candidate(candidate **c, size_t *n, size_t *cap, const char *parent,
                         const char *key, const json_t *v)
{
    if (vb__grow((void **)c, cap, *n + 1, sizeof **c))
        return VB_ENOMEM;
    size_t plen = parent ? strlen(parent) + 1 : 0, klen = strlen(key);
    char *path = malloc(plen + klen + 1);
    if (!path)
        return VB_ENOMEM;
    if (parent) {
        memcpy(path, parent, plen - 1);
        path[plen - 1] = '.';
    }
    memcpy(path + plen, key, klen + 1);
    (*c)[*n].path = path;
    (*c)[*n].leaf = path + plen;
    (*c)[*n].value = v;
    (*n)++;
    return VB_OK;
}

/* By name among the candidates [from, to): the index, or -1. */
static int by_name(const candidate *c, size_t from, size_t to)
{
    if (to <= from)
        return -1;
    const char **names = malloc((to - from) * sizeof *names);
    if (!names)
        return -1;
    for (size_t i = from; i < to; i++)
        names[i - from] = c[i].leaf;
    int how = 0, k = vb__guess_text_column(names, to - from, NULL, &how);
    free(names);
    return k >= 0 && how == 1 ? (int)from + k : -1;
}

/* Choose the text field from an object: a text-like field with a common name
 * (vb__guess_text_column), at the top level first, then one level down (review.body); else
 * the longest string. Leaves r->text_name NULL when the object holds no text at all: the
 * next object is asked. */
static int guess_text(vb_reader *r, json_t *obj)
{
    candidate *c = NULL;
    size_t n = 0, cap = 0, ntop;
    const char *key, *sub;
    json_t *v, *w;
    int rc = VB_OK;
    json_object_foreach(obj, key, v) if (is_textual(v) && rc == VB_OK) rc =
        add_candidate(&c, &n, &cap, NULL, key, v);
    ntop = n;
    json_object_foreach(obj, key, v) if (json_is_object(v)) json_object_foreach(v, sub, w)
        if (is_textual(w) && rc == VB_OK) rc = add_candidate(&c, &n, &cap, key, sub, w);
    int best = -1;
    if (rc == VB_OK) {
        best = by_name(c, 0, ntop);
        if (best < 0)
            best = by_name(c, ntop, n);
        if (best >= 0) {
            r->text_guessed = 1;
        } else {
            /* among equals the last top-level field wins (as before nesting was looked
             * at), and a nested one only when it is longer */
            size_t best_len = 0;
            for (size_t i = 0; i < n; i++)
                if (!json_is_null(c[i].value) &&
                    (text_length(c[i].value) > best_len ||
                     (i < ntop && text_length(c[i].value) == best_len))) {
                    best = (int)i;
                    best_len = text_length(c[i].value);
                }
            if (best >= 0)
                r->text_guessed = 2;
        }
        if (best >= 0) {
            r->text_name = c[best].path;
            c[best].path = NULL;
            r->info_serial++;
        }
    }
    for (size_t i = 0; i < n; i++)
        free(c[i].path);
    free(c);
    return rc;
}

/* The id field by name, from the first object. */
static int guess_id(vb_reader *r, json_t *obj)
{
    const char *key;
    json_t *v;
    size_t nkeys = json_object_size(obj), i = 0;
    const char **keys = calloc(nkeys ? nkeys : 1, sizeof *keys);
    if (!keys)
        return VB_ENOMEM;
    json_object_foreach(obj, key, v) keys[i++] = key;
    int id = vb__guess_id_column(keys, nkeys), rc = VB_OK;
    if (id >= 0 && (!r->text_name || strcmp(keys[id], r->text_name) != 0)) {
        if (!(r->id_name = strdup(keys[id])))
            rc = VB_ENOMEM;
        r->info_serial++;
    }
    free(keys);
    return rc;
}

/* The field paths of an object, two levels deep, for a message: "id, review.body, tags". */
static void list_paths(vb_buf *b, const json_t *obj, const char *prefix, size_t plen, int depth)
{
    const char *key;
    json_t *v;
    json_object_foreach((json_t *)obj, key, v)
    {
        if (b->len > 120)
            return;
        if (json_is_object(v) && json_object_size(v) && depth < 2) {
            char p[128];
            int k = snprintf(p, sizeof p, "%.*s%s%s", (int)plen, prefix, plen ? "." : "", key);
            list_paths(b, v, p, k > 0 && (size_t)k < sizeof p ? (size_t)k : sizeof p - 1,
                       depth + 1);
            continue;
        }
        if (b->len && vb__buf_append(b, ", ", 2))
            return;
        if ((plen && (vb__buf_append(b, prefix, plen) || vb__buf_putc(b, '.'))) ||
            vb__buf_append(b, key, strlen(key)))
            return;
    }
}

static void remember_first(vb_reader *r, const json_t *obj)
{
    vb_buf b = { 0 };
    list_paths(&b, obj, "", 0, 0);
    if (b.len > 120) {
        b.len = 120;
        vb__buf_append(&b, "...", 3);
    }
    if (!b.len)
        vb__buf_append(&b, "none", 4);
    if (vb__buf_putc(&b, '\0') == 0)
        r->json_first = b.ptr;
    else
        vb__buf_free(&b);
}

/* ---- records ---- */

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

/* The strings of a text-like array as one field, joined by TEXT_JOIN; nulls are skipped. */
static int put_joined(vb_reader *r, json_t *a)
{
    size_t i, k = 0;
    json_t *e;
    json_array_foreach(a, i, e)
    {
        if (!json_is_string(e))
            continue;
        if ((k++ && vb__buf_putc(&r->data, TEXT_JOIN)) ||
            vb__buf_append(&r->data, json_string_value(e), json_string_length(e)))
            return VB_ENOMEM;
    }
    return vb__rec_field_end(r) ? VB_ENOMEM : VB_OK;
}

/* Why a value cannot be text, or NULL when it can: an object, or an array holding anything
 * but strings and nulls. */
static const char *not_text(json_t *v, char *why, size_t size)
{
    if (json_is_object(v)) {
        /* name a text field inside: by a common name, else the first */
        const char *key, *inside = NULL, *names[64];
        size_t n = 0;
        json_t *w;
        json_object_foreach(v, key, w) if (is_textual(w) && n < 64) names[n++] = key;
        int how = 0, k = vb__guess_text_column(names, n, NULL, &how);
        if (n)
            inside = names[k >= 0 && how == 1 ? k : 0];
        if (inside)
            snprintf(why, size, "is an object, not text (a text field inside it: '%.40s')",
                     inside);
        else
            snprintf(why, size, "is an object, not text");
        return why;
    }
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) if (!json_is_string(e) && !json_is_null(e))
        {
            snprintf(why, size, "is an array holding %s (element %zu), not only strings",
                     type_name(e), i);
            return why;
        }
    }
    return NULL;
}

static const char *role_path(const vb_reader *r, int role)
{
    switch (role) {
    case ROLE_TEXT: return r->text_name;
    case ROLE_ID: return r->id_name;
    case ROLE_DATE: return r->opts.date_col;
    case ROLE_SEGMENT: return r->opts.segment_col;
    case ROLE_SEGMENT2: return r->opts.segment2_col;
    default: return r->opts.score_col;
    }
}

/* The path as the options named it (NULL when guessed or not asked for). */
static const char *role_given(const vb_reader *r, int role)
{
    switch (role) {
    case ROLE_TEXT: return r->opts.text_col;
    case ROLE_ID: return r->opts.id_col;
    default: return role_path(r, role);
    }
}

static void set_cols(vb_reader *r, const int *col)
{
    r->text_col = col[ROLE_TEXT];
    r->id_col = col[ROLE_ID];
    r->date_col = col[ROLE_DATE];
    r->segment_col = col[ROLE_SEGMENT];
    r->segment2_col = col[ROLE_SEGMENT2];
    r->score_col = col[ROLE_SCORE];
}

/* A record from a value that is not an object: a string or an array of strings is its text;
 * a number, a boolean, null or another array gives a record with empty text (its one field
 * holds the value's JSON). No field paths apply; the id is the record number. */
static int value_record(vb_reader *r, json_t *v, size_t line, vb_error *err)
{
    int col[NROLES] = { -1, -1, -1, -1, -1, -1 };
    if (vb__rec_reset(r) != 0 || put_value(r, v) != 0)
        return VB_REC_NOMEM(r, err, line);
    if (json_is_string(v))
        col[ROLE_TEXT] = 0;
    else if (json_is_array(v) && is_textual(v)) {
        if (put_joined(r, v) != VB_OK)
            return VB_REC_NOMEM(r, err, line);
        col[ROLE_TEXT] = 1;
    }
    set_cols(r, col);
    if (vb__rec_finish(r, line) != 0)
        return VB_REC_NOMEM(r, err, line);
    r->rec.nfields = 1;
    r->text_col = -1;
    return VB_OK;
}

/* A record from an object: every top-level value is a field (in the object's order); the
 * values at the field paths are found by lookup, and those that are not top-level fields as
 * they are (nested values, and a text that is an array) are added after them. */
static int object_record(vb_reader *r, json_t *obj, size_t line, vb_error *err)
{
    if (!r->json_objects++)
        remember_first(r, obj);
    if (!r->text_name && guess_text(r, obj) != VB_OK)
        return VB_REC_NOMEM(r, err, line);
    if (!r->guessed) {
        if (!r->id_name && guess_id(r, obj) != VB_OK)
            return VB_REC_NOMEM(r, err, line);
        r->guessed = 1;
    }
    json_t *val[NROLES];
    for (int k = 0; k < NROLES; k++) {
        val[k] = vb__json_lookup(obj, role_path(r, k));
        if (val[k] && role_given(r, k))
            r->json_seen |= 1u << k;
    }
    json_t *text = val[ROLE_TEXT];
    if (r->text_name && !text) {
        r->index++;
        return vb__error_set(err, VB_EREJECT, r->name, line, 0, "no field '%.100s' in this object",
                             r->text_name);
    }
    char why[128];
    if (text && not_text(text, why, sizeof why)) {
        r->index++;
        return vb__error_set(err, VB_EREJECT, r->name, line, 0, "the text field '%.80s' %s",
                             r->text_name, why);
    }
    for (int k = ROLE_ID; k < NROLES; k++)
        if (val[k] && json_is_null(val[k]))
            val[k] = NULL; /* null is absent */

    if (vb__rec_reset(r) != 0)
        return VB_REC_NOMEM(r, err, line);
    int col[NROLES] = { -1, -1, -1, -1, -1, -1 };
    const char *key;
    json_t *v;
    int i = 0;
    /* A top-level value serves a path by identity. true, false and null are shared by
     * jansson, so another key's may be taken: its field holds the same bytes. */
    json_object_foreach(obj, key, v)
    {
        if (put_value(r, v) != 0)
            return VB_REC_NOMEM(r, err, line);
        for (int k = 0; k < NROLES; k++)
            if (col[k] < 0 && val[k] == v && !(k == ROLE_TEXT && json_is_array(v)))
                col[k] = i;
        i++;
    }
    size_t ntop = (size_t)i;
    for (int k = 0; k < NROLES; k++) {
        if (!val[k] || col[k] >= 0)
            continue;
        int rc = k == ROLE_TEXT && json_is_array(val[k]) ? put_joined(r, val[k])
                                                          : put_value(r, val[k]);
        if (rc != 0)
            return VB_REC_NOMEM(r, err, line);
        col[k] = i++;
    }
    set_cols(r, col);
    if (vb__rec_finish(r, line) != 0)
        return VB_REC_NOMEM(r, err, line);
    r->rec.nfields = ntop; /* the values added for paths are not fields of the object */
    r->text_col = -1;      /* positions differ from object to object */
    return VB_OK;
}

/* Line and byte column of byte `at` of a text whose first byte is at line:col. Line ends
 * are counted as the reader counts them (LF, CRLF, CR). */
static void locate(const char *p, size_t n, size_t at, size_t *line, size_t *col)
{
    size_t start = 0;
    for (size_t i = 0; i < at && i < n; i++)
        if (p[i] == '\n' || (p[i] == '\r' && !(i + 1 < n && p[i + 1] == '\n'))) {
            ++*line;
            *col = 1;
            start = i + 1;
        }
    *col += at - start;
}

/* A copy of a JSON text whose "\u0000" escapes inside object keys are "\uFFFD": jansson
 * cannot hold a NUL in a key (its keys are C strings). The text has the same length. */
static char *nul_keys_replaced(const char *p, size_t n)
{
    char *q = malloc(n ? n : 1);
    if (!q)
        return NULL;
    memcpy(q, p, n);
    for (size_t i = 0; i < n; i++) {
        if (q[i] != '"')
            continue;
        size_t nul[8], nnul = 0;
        i++;
        for (; i < n && q[i] != '"'; i++)
            if (q[i] == '\\' && i + 1 < n) {
                if (i + 5 < n && memcmp(q + i + 1, "u0000", 5) == 0 && nnul < 8)
                    nul[nnul++] = i;
                i++;
            }
        size_t j = i + 1;
        while (j < n && (q[j] == ' ' || q[j] == '\t' || q[j] == '\n' || q[j] == '\r'))
            j++;
        if (j < n && q[j] == ':')
            for (size_t k = 0; k < nnul; k++)
                memcpy(q + nul[k] + 2, "FFFD", 4);
    }
    return q;
}

/* jansson's position is past the token it names ("... near 'nope'"): the column is that
 * token's first byte when the bytes before the position are the token, else `at`. */
static size_t token_start(const char *p, size_t n, const json_error_t *jerr, size_t at)
{
    const char *near = strstr(jerr->text, " near '");
    size_t end = (size_t)jerr->position, tlen = strlen(jerr->text);
    if (!near || tlen < 2 || jerr->text[tlen - 1] != '\'' || end > n)
        return at;
    const char *tok = near + 7;
    size_t len = (size_t)(jerr->text + tlen - 1 - tok);
    if (len == 0 || len > end || memcmp(p + end - len, tok, len) != 0)
        return at;
    return end - len;
}

static json_t *parse(const char *p, size_t n, json_error_t *jerr)
{
    size_t flags = JSON_ALLOW_NUL | JSON_DECODE_ANY;
    json_t *v = json_loadb(p, n, flags, jerr);
    if (v)
        return v;
    /* Integers beyond 64 bits are valid JSON: they are read as doubles (17 digits kept). */
    if (json_error_code(jerr) == json_error_numeric_overflow && strstr(jerr->text, "integer")) {
        json_error_t again;
        if ((v = json_loadb(p, n, flags | JSON_DECODE_INT_AS_REAL, &again)) != NULL)
            return v;
        *jerr = again;
    }
    if (json_error_code(jerr) == json_error_null_byte_in_key) {
        char *q = nul_keys_replaced(p, n);
        json_error_t again;
        if (q && (v = json_loadb(q, n, flags | JSON_DECODE_INT_AS_REAL, &again)) != NULL) {
            free(q);
            return v;
        }
        free(q);
    }
    return NULL;
}

int vb__json_record(vb_reader *r, const char *p, size_t n, size_t line, size_t col,
                    vb_error *err)
{
    vb__json_free(r);
    json_error_t jerr;
    json_t *v = NULL;
    /* jansson stops at a raw NUL byte as at the end of the text ("1\0" would be 1); JSON has
     * none outside "\u0000" escapes */
    const char *nul = memchr(p, '\0', n);
    if (!nul && !(v = parse(p, n, &jerr))) {
        size_t at = jerr.position > 0 ? (size_t)jerr.position - 1 : 0, bad;
        if (json_error_code(&jerr) == json_error_invalid_utf8 && vb_utf8_invalid(p, n, &bad))
            at = bad; /* the byte itself: jansson's position stops before it */
        else
            at = token_start(p, n, &jerr, at);
        if (n && at >= n)
            at = n - 1;
        locate(p, n, at, &line, &col);
        r->index++;
        return vb__error_set(err, VB_EREJECT, r->name, line, col, "invalid JSON: %s",
                             jerr.text);
    }
    if (nul) {
        locate(p, n, (size_t)(nul - p), &line, &col);
        r->index++;
        return vb__error_set(err, VB_EREJECT, r->name, line, col,
                             "invalid JSON: a NUL byte (write it as \\u0000 in a string)");
    }
    r->json = v;
    return json_is_object(v) ? object_record(r, v, line, err) : value_record(r, v, line, err);
}

/* At the end of an input: a path named in the options that no object had is a usage
 * error, as a named column missing from a CSV header is. */
static int end_of_input(vb_reader *r, vb_error *err)
{
    if (r->json_checked || !r->json_objects)
        return VB_EOF;
    r->json_checked = 1;
    for (int k = 0; k < NROLES; k++)
        if (role_given(r, k) && !(r->json_seen & (1u << k)))
            return vb__error_set(err, VB_EINVAL, r->name, 0, 0,
                                 "no object has a %s field '%.60s' (fields of the first object: "
                                 "%s)",
                                 role_names[k], role_given(r, k),
                                 r->json_first ? r->json_first : "?");
    return VB_EOF;
}

int vb__json_next(vb_reader *r, vb_error *err)
{
    size_t line = 0, col = 1;
    int rc;
    if (r->kind == VB_INPUT_JSON) {
        if (r->json_started == 2 || r->json_started == 0)
            return end_of_input(r, err);
        rc = read_element(r, &line, &col, err);
    } else {
        rc = read_line(r, &line, err);
    }
    if (rc == VB_EOF)
        return end_of_input(r, err);
    if (rc != VB_OK)
        return rc;
    return vb__json_record(r, r->data.ptr, r->data.len, line, col, err);
}
