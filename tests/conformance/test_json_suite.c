/* Conformance: JSONTestSuite's test_parsing/ (https://github.com/nst/JSONTestSuite) against
 * the JSON Lines reader.
 *
 *     test_json_suite DIR
 *
 * One cmocka test per file, then a summary that prints and checks the counts:
 *   y_  valid JSON: accepted, i.e. it makes a record (an object, or a value that is not one:
 *       a string or an array of strings is its text, anything else a record with empty text);
 *   n_  invalid: rejected as invalid JSON, at a line of the file and a byte column within it;
 *   i_  either way (each outcome is listed), and never a crash (the ASan build runs it too).
 *
 * How a file is fed "as one JSON Lines record": a file may hold newlines that are JSON white
 * space (y_object_with_newlines.json), which the JSON Lines reader would take for the end of
 * its record. So every file is given whole to vb__json_record(), the function the reader
 * calls for each line (and for each element of a JSON array), with the bytes as they are:
 * the same parse, the same record and the same reject message. A file without any line
 * break is in addition read by the public reader (vb_reader_open_mem, --input jsonl), which
 * must say the same; the reader's two documented liberties are allowed for: it skips a UTF-8
 * byte order mark at the start of an input, and it skips a blank line (so an empty or
 * all-space file gives no record at all instead of a reject). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader/reader_int.h"

typedef struct suite_file {
    char name[128];
    char path[1024];
    int outcome; /* VB_OK or VB_EREJECT, once run */
    int kind;    /* y_ records: what the value was (enum below) */
} suite_file;

enum { K_OBJECT, K_STRING, K_STRINGS, K_OTHER, NKINDS };
static const char *const kind_names[NKINDS] = {
    "objects", "strings (the text)", "arrays of strings (the text)",
    "other values (empty text)"
};

static suite_file *files;
static size_t nfiles;

/* Lines as the reader counts them (LF, CRLF, CR), and the byte length of line `line`. */
static size_t count_lines(const char *p, size_t n, size_t line, size_t *line_len)
{
    size_t lines = 1, start = 0;
    *line_len = 0;
    for (size_t i = 0; i <= n; i++) {
        int end = i == n || p[i] == '\n' || (p[i] == '\r' && !(i + 1 < n && p[i + 1] == '\n'));
        if (!end)
            continue;
        if (lines == line)
            *line_len = i - start;
        if (i == n)
            break;
        lines++;
        start = i + 1;
    }
    return lines;
}

static int blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t')
            return 0;
    return 1;
}

/* A fresh JSON Lines reader over nothing, to hand vb__json_record() a whole file. */
static vb_reader *empty_reader(const char *name)
{
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_JSONL;
    vb_reader *r = NULL;
    vb_error err;
    assert_int_equal(vb_reader_open_mem(&r, name, "", 0, &opts, &err), VB_OK);
    return r;
}

/* The public reader over a file without line breaks must agree with the whole-file verdict
 * (`rc`, `rec_text`, `err`), given its two liberties. */
static void check_reader_agrees(suite_file *sf, const char *buf, size_t len)
{
    size_t skip = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    int want = VB_EOF;
    vb_error want_err;
    vb_error_clear(&want_err);
    vb_buf want_text = { 0 };
    if (!blank(buf + skip, len - skip)) {
        vb_reader *w = empty_reader(sf->name);
        want = vb__json_record(w, buf + skip, len - skip, 1, 1 + skip, &want_err);
        if (want == VB_OK)
            assert_int_equal(vb__buf_append(&want_text, w->rec.text.ptr, w->rec.text.len), 0);
        vb_reader_free(w);
    }
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_JSONL;
    vb_reader *r = NULL;
    vb_error err;
    vb_error_clear(&err);
    int orc = vb_reader_open_mem(&r, sf->name, buf, len, &opts, &err);
    if (orc == VB_EIO) {
        /* the third liberty: input that is not text (a NUL byte, a UTF-16 byte order mark)
         * is refused whole at the open, with its location; only what the parse rejects too
         * (or an i_ file) may be refused so */
        vb__buf_free(&want_text);
        assert_true(strstr(err.msg, "not text") || strstr(err.msg, "UTF-16"));
        assert_true(err.line >= 1);
        if (want != VB_EREJECT && sf->name[0] != 'i')
            fail_msg("%s: refused as not text (%s) but the parse says %d", sf->name, err.msg,
                     want);
        return;
    }
    assert_int_equal(orc, VB_OK);
    const vb_record *rec = NULL;
    int rc = vb_reader_next(r, &rec, &err);
    if (rc != want)
        fail_msg("%s: the reader says %d (%s), the whole-file parse %d", sf->name, rc, err.msg,
                 want);
    if (rc == VB_OK) {
        assert_int_equal(rec->text.len, want_text.len);
        assert_memory_equal(rec->text.ptr, want_text.ptr ? want_text.ptr : "", want_text.len);
        assert_int_equal(rec->line, 1);
    } else if (rc == VB_EREJECT) {
        assert_string_equal(err.msg, want_err.msg);
        assert_int_equal(err.line, want_err.line);
        assert_int_equal(err.column, want_err.column);
    }
    if (rc != VB_EOF)
        assert_int_equal(vb_reader_next(r, &rec, &err), VB_EOF);
    vb_reader_free(r);
    vb__buf_free(&want_text);
}

/* An array of strings and nulls ([] too): the reader's text-like array. */
static int all_strings(json_t *v)
{
    size_t i;
    json_t *e;
    if (!json_is_array(v))
        return 0;
    json_array_foreach(v, i, e) if (!json_is_string(e) && !json_is_null(e)) return 0;
    return 1;
}

static void one_file(void **state)
{
    suite_file *sf = *state;
    size_t len = 0;
    char *buf = NULL;
    vb_error rerr;
    if (vb__read_file(sf->path, &buf, &len, &rerr) != VB_OK)
        fail_msg("cannot read %s", sf->path);
    vb_reader *r = empty_reader(sf->name);
    vb_error err;
    vb_error_clear(&err);
    int rc = vb__json_record(r, buf, len, 1, 1, &err);
    sf->outcome = rc;
    char expect = sf->name[0];

    if (rc == VB_OK) {
        const vb_record *rec = &r->rec;
        assert_non_null(rec->text.ptr);
        assert_int_equal(rec->line, 1);
        assert_int_equal(rec->index, 1);
        json_t *v = r->json;
        sf->kind = json_is_object(v) ? K_OBJECT : json_is_string(v) ? K_STRING
                   : all_strings(v)    ? K_STRINGS
                                       : K_OTHER;
        if (json_is_string(v)) { /* a lone string is the text, byte for byte */
            assert_int_equal(rec->text.len, json_string_length(v));
            assert_memory_equal(rec->text.ptr, json_string_value(v), rec->text.len);
        }
        if (sf->kind == K_OTHER)
            assert_int_equal(rec->text.len, 0);
        if (expect == 'n')
            fail_msg("%s: invalid JSON accepted", sf->name);
    } else {
        assert_int_equal(rc, VB_EREJECT);
        assert_int_equal(err.code, VB_EREJECT);
        assert_string_equal(err.source, sf->name);
        size_t line_len;
        size_t lines = count_lines(buf, len, err.line, &line_len);
        if (err.line < 1 || err.line > lines || err.column < 1 || err.column > line_len + 1)
            fail_msg("%s: rejected at %zu:%zu, outside the file (%zu lines; that one has %zu "
                     "bytes): %s",
                     sf->name, err.line, err.column, lines, line_len, err.msg);
        if (strncmp(err.msg, "invalid JSON: ", 14) != 0)
            fail_msg("%s: rejected, but not as invalid JSON: %s", sf->name, err.msg);
        if (expect == 'y')
            fail_msg("%s: valid JSON rejected at %zu:%zu: %s", sf->name, err.line, err.column,
                     err.msg);
    }
    vb_reader_free(r);
    if (!memchr(buf, '\n', len) && !memchr(buf, '\r', len))
        check_reader_agrees(sf, buf, len);
    free(buf);
}

static void summary(void **state)
{
    (void)state;
    size_t total[3] = { 0 }, ok[3] = { 0 }, rejected[3] = { 0 }, kinds[NKINDS] = { 0 };
    for (size_t i = 0; i < nfiles; i++) {
        int p = files[i].name[0] == 'y' ? 0 : files[i].name[0] == 'n' ? 1 : 2;
        total[p]++;
        if (files[i].outcome == VB_OK) {
            ok[p]++;
            if (p == 0)
                kinds[files[i].kind]++;
        } else if (files[i].outcome == VB_EREJECT) {
            rejected[p]++;
        }
    }
    printf("JSONTestSuite test_parsing: %zu files\n", nfiles);
    printf("  y_ accepted %zu / %zu:", ok[0], total[0]);
    for (int k = 0; k < NKINDS; k++)
        printf("%s %zu %s", k ? "," : "", kinds[k], kind_names[k]);
    printf("\n  n_ rejected %zu / %zu\n", rejected[1], total[1]);
    printf("  i_ survived %zu / %zu: %zu accepted, %zu rejected\n", ok[2] + rejected[2],
           total[2], ok[2], rejected[2]);
    for (int outcome = 0; outcome < 2; outcome++) {
        printf("  i_ %s:", outcome ? "rejected" : "accepted");
        for (size_t i = 0; i < nfiles; i++)
            if (files[i].name[0] == 'i' &&
                files[i].outcome == (outcome ? VB_EREJECT : VB_OK))
                printf(" %s", files[i].name);
        printf("\n");
    }
    assert_true(total[0] > 0 && total[1] > 0 && total[2] > 0);
    assert_int_equal(ok[0], total[0]);
    assert_int_equal(rejected[1], total[1]);
    assert_int_equal(ok[2] + rejected[2], total[2]);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const suite_file *)a)->name, ((const suite_file *)b)->name);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_json_suite DIR\n");
        return 2;
    }
    DIR *d = opendir(argv[1]);
    if (!d) {
        fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    size_t cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 7 || strcmp(e->d_name + n - 5, ".json") != 0 || e->d_name[1] != '_' ||
            !strchr("yni", e->d_name[0]) || n >= sizeof files->name)
            continue;
        if (nfiles == cap) {
            cap = cap ? 2 * cap : 512;
            files = realloc(files, cap * sizeof *files);
            if (!files)
                return 1;
        }
        suite_file *sf = &files[nfiles++];
        memset(sf, 0, sizeof *sf);
        size_t dlen = strlen(argv[1]);
        if (dlen + 1 + n >= sizeof sf->path) {
            fprintf(stderr, "path too long: %s/%s\n", argv[1], e->d_name);
            return 1;
        }
        memcpy(sf->name, e->d_name, n + 1);
        memcpy(sf->path, argv[1], dlen);
        sf->path[dlen] = '/';
        memcpy(sf->path + dlen + 1, e->d_name, n + 1);
        sf->outcome = -1;
    }
    closedir(d);
    if (!nfiles) {
        fprintf(stderr, "no y_/n_/i_ files in %s\n", argv[1]);
        return 1;
    }
    qsort(files, nfiles, sizeof *files, by_name);
    struct CMUnitTest *tests = calloc(nfiles + 1, sizeof *tests);
    if (!tests)
        return 1;
    for (size_t i = 0; i < nfiles; i++) {
        tests[i].name = files[i].name;
        tests[i].test_func = one_file;
        tests[i].initial_state = &files[i];
    }
    tests[nfiles].name = "summary";
    tests[nfiles].test_func = summary;
    int failed = _cmocka_run_group_tests("json_test_suite", tests, nfiles + 1, NULL, NULL);
    free(tests);
    free(files);
    return failed;
}
