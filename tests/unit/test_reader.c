/* Unit tests of the readers (CSV, TSV, JSON Lines, JSON arrays, lines, documents) through
 * the public API: vb_reader_open_mem() mostly, vb_reader_open() for real files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>

#include "verbatim/reader.h"

/* ---- helpers ---- */

static vb_reader *open_opts_(const char *name, const char *data, size_t len,
                             const vb_reader_opts *opts, int line)
{
    vb_reader *r = NULL;
    vb_error err;
    vb_error_clear(&err);
    int rc = vb_reader_open_mem(&r, name, data, len, opts, &err);
    if (rc != VB_OK)
        fail_msg("line %d: opening %s failed with %d: %s", line, name, rc, err.msg);
    assert_non_null(r);
    return r;
}
#define open_opts(name, data, opts) open_opts_((name), (data), strlen(data), (opts), __LINE__)

static vb_reader *open_kind_(const char *name, const char *data, vb_input_kind kind, int line)
{
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = kind;
    return open_opts_(name, data, strlen(data), &opts, line);
}
#define open_kind(name, data, kind) open_kind_((name), (data), (kind), __LINE__)

static const vb_record *next_ok_(vb_reader *r, int line)
{
    const vb_record *rec = NULL;
    vb_error err;
    vb_error_clear(&err);
    int rc = vb_reader_next(r, &rec, &err);
    if (rc != VB_OK)
        fail_msg("line %d: expected a record, got %d (%s) at %zu:%zu: %s", line, rc,
                 vb_strerror(rc), err.line, err.column, err.msg);
    assert_non_null(rec);
    return rec;
}
#define next_ok(r) next_ok_((r), __LINE__)

/* Expect one rejected record; returns the error for the caller to inspect. */
static vb_error next_reject_(vb_reader *r, int line)
{
    const vb_record *rec = NULL;
    vb_error err;
    vb_error_clear(&err);
    int rc = vb_reader_next(r, &rec, &err);
    if (rc != VB_EREJECT)
        fail_msg("line %d: expected VB_EREJECT, got %d (%s)%s%.*s", line, rc, vb_strerror(rc),
                 rc == VB_OK ? ": a record with text " : "", rc == VB_OK ? (int)rec->text.len : 0,
                 rc == VB_OK ? rec->text.ptr : "");
    assert_int_equal(err.code, VB_EREJECT);
    assert_true(err.msg[0] != '\0');
    return err;
}
#define next_reject(r) next_reject_((r), __LINE__)

static void next_eof_(vb_reader *r, int line)
{
    const vb_record *rec = NULL;
    vb_error err;
    vb_error_clear(&err);
    int rc = vb_reader_next(r, &rec, &err);
    if (rc != VB_EOF)
        fail_msg("line %d: expected VB_EOF, got %d (%s) %s%.*s", line, rc, vb_strerror(rc),
                 rc == VB_OK ? "a record with text " : err.msg,
                 rc == VB_OK ? (int)rec->text.len : 0, rc == VB_OK ? rec->text.ptr : "");
    assert_int_equal(err.code, VB_OK); /* the end is not an error */
}
#define next_eof(r) next_eof_((r), __LINE__)

static void field_is_(vb_field f, const char *want, size_t len, int line)
{
    if (!f.ptr)
        fail_msg("line %d: field absent, expected \"%.*s\"", line, (int)len, want);
    if (f.len != len || memcmp(f.ptr, want, len) != 0)
        fail_msg("line %d: expected \"%.*s\" (%zu bytes), got \"%.*s\" (%zu bytes)", line, (int)len,
                 want, len, (int)f.len, f.ptr, f.len);
}
/* A field equal to a string literal (embedded NULs allowed). */
#define assert_field(f, lit) field_is_((f), (lit), sizeof(lit) - 1, __LINE__)
/* A field equal to a NUL-terminated string. */
#define assert_field_str(f, s) field_is_((f), (s), strlen(s), __LINE__)

static int contains(const char *hay, const char *needle)
{
    return strstr(hay, needle) != NULL;
}
#define assert_contains(hay, needle)                                                               \
    do {                                                                                           \
        if (!contains((hay), (needle)))                                                            \
            fail_msg("\"%s\" does not contain \"%s\"", (hay), (needle));                           \
    } while (0)

static vb_reader_info info_of(const vb_reader *r)
{
    vb_reader_info info;
    vb_reader_get_info(r, &info);
    return info;
}

/* A growable string for generated inputs. */
typedef struct sbuf {
    char *p;
    size_t len, cap;
} sbuf;

static void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    assert_true(n >= 0);
    if (b->len + (size_t)n + 1 > b->cap) {
        b->cap = (b->len + (size_t)n + 1) * 2;
        b->p = realloc(b->p, b->cap);
        assert_non_null(b->p);
    }
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* ---- CSV: header and field access ---- */

static void csv_header_and_named_columns(void **state)
{
    (void)state;
    const char *csv = "id,date,region,comment\n"
                      "A1,2024-01-01,North,Great service\n"
                      "A2,2024-01-02,South,Slow to answer\n";
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.text_col = "comment";
    opts.id_col = "id";
    opts.date_col = "date";
    opts.segment_col = "region";
    vb_reader *r = open_opts("survey.csv", csv, &opts);

    vb_reader_info info = info_of(r);
    assert_int_equal(info.kind, VB_INPUT_CSV);
    assert_int_equal(info.kind_guessed, 0);
    assert_int_equal(info.ncolumns, 4);
    assert_string_equal(info.columns[0], "id");
    assert_string_equal(info.columns[1], "date");
    assert_string_equal(info.columns[2], "region");
    assert_string_equal(info.columns[3], "comment");
    assert_string_equal(info.text_col, "comment");
    assert_int_equal(info.text_guessed, 0);
    assert_string_equal(info.id_col, "id");
    assert_int_equal(info.preamble_lines, 0);

    const vb_record *rec = next_ok(r);
    assert_int_equal(rec->nfields, 4);
    assert_field(rec->fields[0], "A1");
    assert_field(rec->fields[1], "2024-01-01");
    assert_field(rec->fields[2], "North");
    assert_field(rec->fields[3], "Great service");
    assert_field(rec->text, "Great service");
    assert_field(rec->id, "A1");
    assert_field(rec->date, "2024-01-01");
    assert_field(rec->segment, "North");
    assert_string_equal(rec->source, "survey.csv");
    assert_int_equal(rec->line, 2);
    assert_int_equal(rec->index, 1);

    rec = next_ok(r);
    assert_field(rec->text, "Slow to answer");
    assert_field(rec->id, "A2");
    assert_field(rec->date, "2024-01-02");
    assert_field(rec->segment, "South");
    assert_int_equal(rec->line, 3);
    assert_int_equal(rec->index, 2);
    next_eof(r);
    next_eof(r); /* and stays there */
    vb_reader_free(r);
}

static void csv_columns_by_number(void **state)
{
    (void)state;
    const char *csv = "id,date,region,comment\n"
                      "A1,2024-01-01,North,Great service\n";
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.text_col = "4";
    opts.id_col = "1";
    opts.date_col = "2";
    opts.segment_col = "3";
    vb_reader *r = open_opts("n.csv", csv, &opts);
    vb_reader_info info = info_of(r);
    assert_string_equal(info.text_col, "comment");
    assert_int_equal(info.text_guessed, 0);
    assert_string_equal(info.id_col, "id");
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "Great service");
    assert_field(rec->id, "A1");
    assert_field(rec->date, "2024-01-01");
    assert_field(rec->segment, "North");
    next_eof(r);
    vb_reader_free(r);

    /* A name is matched exactly first, then without regard to case. */
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.text_col = "COMMENT";
    opts.segment_col = "Region";
    r = open_opts("n.csv", csv, &opts);
    info = info_of(r);
    assert_string_equal(info.text_col, "comment");
    rec = next_ok(r);
    assert_field(rec->text, "Great service");
    assert_field(rec->segment, "North");
    vb_reader_free(r);
}

static void csv_absent_columns_and_record_number_ids(void **state)
{
    (void)state;
    vb_reader *r = open_kind("a.csv", "score,comment\n9,fine\n3,\"not, fine\"\n", VB_INPUT_CSV);
    vb_reader_info info = info_of(r);
    assert_null(info.id_col);
    assert_string_equal(info.text_col, "comment");
    const vb_record *rec = next_ok(r);
    assert_null(rec->date.ptr);
    assert_int_equal(rec->date.len, 0);
    assert_null(rec->segment.ptr);
    assert_field(rec->id, "1");
    assert_field(rec->text, "fine");
    rec = next_ok(r);
    assert_field(rec->id, "2");
    assert_field(rec->text, "not, fine");
    next_eof(r);
    vb_reader_free(r);

    /* An empty id falls back to the record number. */
    r = open_kind("a.csv", "id,text\n,hello\nX9,bye\n", VB_INPUT_CSV);
    rec = next_ok(r);
    assert_field(rec->id, "1");
    rec = next_ok(r);
    assert_field(rec->id, "X9");
    vb_reader_free(r);
}

/* ---- CSV: quoting and line ends ---- */

static void csv_quoted_fields(void **state)
{
    (void)state;
    const char *csv = "a,b\n"
                      "1,\"He said \"\"hi\"\", then left\"\n" /* line 2 */
                      "2,\"one, two\"\n"                      /* line 3 */
                      "3,\"line one\nline two\"\n"            /* lines 4-5 */
                      "4,\"crlf one\r\ncrlf two\"\n"          /* lines 6-7 */
                      "5,\"\"\n"                              /* line 8 */
                      "6,\"\"\"\"\n"                          /* line 9 */
                      "7,\"\"\"quoted\"\" start\"\n"          /* line 10 */
                      "8,a \"b\" c\n"                         /* line 11 */
                      "\"9\",\"\"\n";                         /* line 12 */
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.text_col = "b";
    vb_reader *r = open_opts("q.csv", csv, &opts);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "He said \"hi\", then left");
    assert_int_equal(rec->line, 2);
    rec = next_ok(r);
    assert_field(rec->text, "one, two");
    assert_int_equal(rec->nfields, 2);
    assert_int_equal(rec->line, 3);
    rec = next_ok(r);
    assert_field(rec->text, "line one\nline two");
    assert_int_equal(rec->line, 4);
    rec = next_ok(r);
    assert_field(rec->text, "crlf one\r\ncrlf two");
    assert_int_equal(rec->line, 6);
    rec = next_ok(r);
    assert_field(rec->text, "");
    assert_non_null(rec->text.ptr);
    assert_int_equal(rec->line, 8);
    rec = next_ok(r);
    assert_field(rec->text, "\"");
    assert_int_equal(rec->line, 9);
    rec = next_ok(r);
    assert_field(rec->text, "\"quoted\" start");
    assert_int_equal(rec->line, 10);
    rec = next_ok(r);
    assert_field(rec->text, "a \"b\" c"); /* a quote inside an unquoted field is kept */
    assert_int_equal(rec->line, 11);
    rec = next_ok(r);
    assert_field(rec->fields[0], "9");
    assert_field(rec->text, "");
    assert_int_equal(rec->line, 12);
    assert_int_equal(rec->index, 9);
    next_eof(r);
    vb_reader_free(r);
}

static void csv_crlf_line_ends(void **state)
{
    (void)state;
    const char *csv = "id,text\r\n1,first\r\n2,\"two\r\nlines\"\r\n3,third\r\n";
    vb_reader *r = open_kind("w.csv", csv, VB_INPUT_CSV);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.ncolumns, 2);
    assert_string_equal(info.columns[1], "text"); /* no CR left on the last name */
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "first");
    assert_field(rec->id, "1");
    assert_int_equal(rec->line, 2);
    rec = next_ok(r);
    assert_field(rec->text, "two\r\nlines");
    assert_int_equal(rec->line, 3);
    rec = next_ok(r);
    assert_field(rec->text, "third");
    assert_int_equal(rec->line, 5);
    next_eof(r);
    vb_reader_free(r);
}

static void csv_lone_cr_line_ends(void **state)
{
    (void)state;
    /* old Mac line ends, and no line end at the very end */
    const char *csv = "id,text\r1,first\r2,\"a\rb\"\r3,third";
    vb_reader *r = open_kind("mac.csv", csv, VB_INPUT_CSV);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.ncolumns, 2);
    assert_string_equal(info.columns[0], "id");
    assert_string_equal(info.columns[1], "text");
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "first");
    assert_int_equal(rec->line, 2);
    rec = next_ok(r);
    assert_field(rec->text, "a\rb");
    assert_int_equal(rec->line, 3);
    rec = next_ok(r);
    assert_field(rec->text, "third");
    assert_field(rec->id, "3");
    assert_int_equal(rec->line, 5);
    next_eof(r);
    vb_reader_free(r);
}

static void csv_bom_stripped(void **state)
{
    (void)state;
    vb_reader *r = open_kind("bom.csv", "\xEF\xBB\xBFid,text\n7,hello\n", VB_INPUT_CSV);
    vb_reader_info info = info_of(r);
    assert_string_equal(info.columns[0], "id");
    assert_int_equal(strlen(info.columns[0]), 2);
    assert_string_equal(info.id_col, "id");
    const vb_record *rec = next_ok(r);
    assert_field(rec->id, "7");
    assert_field(rec->text, "hello");
    assert_int_equal(rec->line, 2);
    vb_reader_free(r);

    /* Two bytes of a BOM are not a BOM: they stay in the first name. */
    r = open_kind("nobom.csv", "\xEF\xBBx,y\n1,2\n", VB_INPUT_CSV);
    info = info_of(r);
    assert_string_equal(info.columns[0], "\xEF\xBBx");
    assert_string_equal(info.columns[1], "y");
    rec = next_ok(r);
    assert_field(rec->fields[0], "1");
    vb_reader_free(r);
}

static void csv_blank_lines_skipped(void **state)
{
    (void)state;
    vb_reader *r = open_kind("b.csv", "a,b\n\n1,x\n\r\n\n2,y\n\n\n", VB_INPUT_CSV);
    const vb_record *rec = next_ok(r);
    assert_field(rec->fields[0], "1");
    assert_field(rec->fields[1], "x");
    assert_int_equal(rec->line, 3);
    assert_int_equal(rec->index, 1);
    rec = next_ok(r);
    assert_field(rec->fields[0], "2");
    assert_int_equal(rec->line, 6);
    assert_int_equal(rec->index, 2);
    next_eof(r);
    vb_reader_free(r);
}

static void csv_line_numbers_after_multiline_records(void **state)
{
    (void)state;
    const char *csv = "a,b\n1,\"x\ny\nz\"\n2,w\n3,\"p\r\nq\"\n4,e\n";
    vb_reader *r = open_kind("m.csv", csv, VB_INPUT_CSV);
    const size_t lines[] = {2, 5, 6, 8};
    for (size_t i = 0; i < 4; i++) {
        const vb_record *rec = next_ok(r);
        assert_int_equal(rec->line, lines[i]);
        assert_int_equal(rec->index, i + 1);
    }
    next_eof(r);
    vb_reader_free(r);

    /* The same far past the look-ahead window (the reader buffers the first 64 rows). */
    sbuf b = {0};
    size_t expect[200], line = 2;
    sb_printf(&b, "id,text\n");
    for (int i = 1; i <= 200; i++) {
        expect[i - 1] = line;
        if (i % 7 == 0) {
            sb_printf(&b, "%d,\"first\nsecond\r\nthird\"\n", i);
            line += 3;
        } else {
            sb_printf(&b, "%d,plain %d\n", i, i);
            line += 1;
        }
    }
    r = open_kind("big.csv", b.p, VB_INPUT_CSV);
    for (int i = 1; i <= 200; i++) {
        const vb_record *rec = next_ok(r);
        char id[16];
        snprintf(id, sizeof id, "%d", i);
        assert_field_str(rec->id, id);
        assert_int_equal(rec->line, expect[i - 1]);
        if (i % 7 == 0)
            assert_field(rec->text, "first\nsecond\r\nthird");
    }
    next_eof(r);
    vb_reader_free(r);
    free(b.p);
}

/* ---- CSV: preamble and column guessing ---- */

static void csv_preamble_detected(void **state)
{
    (void)state;
    /* unzip's console output captured in front of the CFPB export */
    const char *csv = "Archive:  complaints.csv.zip\n"
                      "  inflating: complaints.csv          \n"
                      "Date received,Product,Consumer complaint narrative,Complaint ID\n"
                      "2024-01-01,Mortgage,They lost my payment twice.,101\n"
                      "2024-01-02,Card,\"Fee not refunded, again.\",102\n";
    vb_reader *r = open_kind("complaints.csv", csv, VB_INPUT_AUTO);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.kind, VB_INPUT_CSV);
    assert_int_equal(info.kind_guessed, 1);
    assert_int_equal(info.preamble_lines, 2);
    assert_int_equal(info.ncolumns, 4);
    assert_string_equal(info.columns[0], "Date received");
    assert_string_equal(info.columns[3], "Complaint ID");
    assert_string_equal(info.text_col, "Consumer complaint narrative");
    assert_int_equal(info.text_guessed, 1);
    assert_string_equal(info.id_col, "Complaint ID");
    const vb_record *rec = next_ok(r);
    assert_int_equal(rec->line, 4);
    assert_int_equal(rec->index, 1);
    assert_field(rec->text, "They lost my payment twice.");
    assert_field(rec->id, "101");
    rec = next_ok(r);
    assert_int_equal(rec->line, 5);
    assert_field(rec->text, "Fee not refunded, again.");
    assert_field(rec->id, "102");
    next_eof(r);
    vb_reader_free(r);
}

static void csv_text_guessed_by_name(void **state)
{
    (void)state;
    static const struct {
        const char *csv, *text, *id;
    } cases[] = {
        {"Date received,Product,Consumer complaint narrative,Complaint ID\n"
         "2024-01-01,Card,Lost card,1\n2024-01-02,Loan,Slow,2\n",
         "Consumer complaint narrative", "Complaint ID"},
        {"tweet_id,airline_sentiment,airline,text\n"
         "570306133677760513,neutral,Virgin America,@VirginAmerica What @dhepburn said.\n"
         "570301130888122368,positive,Virgin America,plus you've added commercials\n",
         "text", "tweet_id"},
        {"ID,Open End,score\nr1,loved it,9\nr2,meh,5\n", "Open End", "ID"},
        {"respondent,Q7 - Comments (verbatim)\n1,fine\n2,ok\n", "Q7 - Comments (verbatim)", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        vb_reader *r = open_kind("g.csv", cases[i].csv, VB_INPUT_CSV);
        vb_reader_info info = info_of(r);
        assert_string_equal(info.text_col, cases[i].text);
        assert_int_equal(info.text_guessed, 1);
        if (cases[i].id)
            assert_string_equal(info.id_col, cases[i].id);
        else
            assert_null(info.id_col);
        vb_reader_free(r);
    }
}

/* The Amazon Alexa reviews export: "verified_reviews" holds the text, "feedback" is a 0/1
 * flag. A name-based guess must not take a column of single digits for the text. */
static void csv_text_guessed_verified_reviews_not_feedback_flag(void **state)
{
    (void)state;
    const char *tsv = "rating\tdate\tvariation\tverified_reviews\tfeedback\n"
                      "5\t31-Jul-18\tCharcoal Fabric \tLove my Echo!\t1\n"
                      "3\t31-Jul-18\tWalnut Finish \tSometimes while playing a game, you can "
                      "answer a question correctly but Alexa says you got it wrong.\t1\n"
                      "2\t30-Jul-18\tBlack\tNot great\t0\n";
    vb_reader *r = open_kind("amazon_alexa.tsv", tsv, VB_INPUT_AUTO);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.kind, VB_INPUT_TSV);
    assert_string_equal(info.text_col, "verified_reviews");
    assert_int_equal(info.text_guessed, 1);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "Love my Echo!");
    vb_reader_free(r);
}

static void csv_text_guessed_by_longest_values(void **state)
{
    (void)state;
    const char *csv = "k,v1,v2\n"
                      "1,short,a rather long free text value\n"
                      "2,tiny,another long free text value here\n";
    vb_reader *r = open_kind("l.csv", csv, VB_INPUT_CSV);
    vb_reader_info info = info_of(r);
    assert_string_equal(info.text_col, "v2");
    assert_int_equal(info.text_guessed, 2);
    assert_null(info.id_col);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "a rather long free text value");
    rec = next_ok(r);
    assert_field(rec->text, "another long free text value here");
    vb_reader_free(r);
}

static void csv_id_column_guessed(void **state)
{
    (void)state;
    vb_reader *r = open_kind("t.csv",
                             "airline_sentiment,tweet_id,text\n"
                             "neutral,570306133677760513,What @dhepburn said.\n",
                             VB_INPUT_CSV);
    vb_reader_info info = info_of(r);
    assert_string_equal(info.id_col, "tweet_id");
    const vb_record *rec = next_ok(r);
    assert_field(rec->id, "570306133677760513");
    assert_field(rec->text, "What @dhepburn said.");
    vb_reader_free(r);

    /* "id" itself wins over a "*_id" column, wherever it is */
    r = open_kind("t.csv", "user_id,comment,id\nu1,hello,c1\n", VB_INPUT_CSV);
    info = info_of(r);
    assert_string_equal(info.id_col, "id");
    rec = next_ok(r);
    assert_field(rec->id, "c1");
    vb_reader_free(r);
}

/* ---- CSV: bad options ---- */

static void csv_missing_text_column_is_einval(void **state)
{
    (void)state;
    const char *csv = "id,comment,score\n1,x,3\n";
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.text_col = "narrative";
    vb_reader *r = (vb_reader *)&opts; /* must be reset to NULL */
    vb_error err;
    vb_error_clear(&err);
    assert_int_equal(vb_reader_open_mem(&r, "x.csv", csv, strlen(csv), &opts, &err), VB_EINVAL);
    assert_null(r);
    assert_int_equal(err.code, VB_EINVAL);
    assert_string_equal(err.source, "x.csv");
    assert_contains(err.msg, "'narrative'");
    assert_contains(err.msg, "id, comment, score");

    opts.text_col = NULL;
    opts.id_col = "user";
    vb_error_clear(&err);
    assert_int_equal(vb_reader_open_mem(&r, "x.csv", csv, strlen(csv), &opts, &err), VB_EINVAL);
    assert_null(r);
    assert_contains(err.msg, "id column named 'user'");
}

static void csv_column_number_out_of_range(void **state)
{
    (void)state;
    const char *csv = "id,comment,score\n1,x,3\n";
    static const char *const bad[] = {"4", "0", "-1", "99"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        vb_reader_opts opts;
        vb_reader_opts_init(&opts);
        opts.kind = VB_INPUT_CSV;
        opts.text_col = bad[i];
        vb_reader *r = NULL;
        vb_error err;
        vb_error_clear(&err);
        assert_int_equal(vb_reader_open_mem(&r, "x.csv", csv, strlen(csv), &opts, &err), VB_EINVAL);
        assert_null(r);
        assert_contains(err.msg, "out of range");
        assert_contains(err.msg, "3 columns");
    }
}

/* ---- CSV: malformed rows ---- */

/* The key property: a malformed row does not take its neighbours with it. */
static void csv_unclosed_quote_keeps_neighbours(void **state)
{
    (void)state;
    static const char *const inputs[] = {
        "id,text\n1,before\n2,\"never closed\n3,after\n4,last\n",
        "id,text\r\n1,before\r\n2,\"never closed\r\n3,after\r\n4,last\r\n",
        "id,text\r1,before\r2,\"never closed\r3,after\r4,last\r",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        vb_reader *r = open_kind("q.csv", inputs[i], VB_INPUT_CSV);
        const vb_record *rec = next_ok(r);
        assert_field(rec->id, "1");
        assert_field(rec->text, "before");
        assert_int_equal(rec->line, 2);

        vb_error err = next_reject(r);
        assert_int_equal(err.line, 3);
        assert_int_equal(err.column, 3); /* the opening quote */
        assert_string_equal(err.source, "q.csv");
        assert_contains(err.msg, "unclosed quote");

        rec = next_ok(r);
        assert_field(rec->id, "3");
        assert_field(rec->text, "after");
        assert_int_equal(rec->line, 4);
        assert_int_equal(rec->index, 3);
        rec = next_ok(r);
        assert_field(rec->id, "4");
        assert_field(rec->text, "last");
        assert_int_equal(rec->line, 5);
        next_eof(r);
        vb_reader_free(r);
    }
}

/* The same after the look-ahead window, where rows are parsed as they stream. */
static void csv_unclosed_quote_past_lookahead(void **state)
{
    (void)state;
    sbuf b = {0};
    sb_printf(&b, "id,text\n");
    for (int i = 1; i <= 100; i++) {
        if (i == 80)
            sb_printf(&b, "80,\"broken\n");
        else
            sb_printf(&b, "%d,row %d\n", i, i);
    }
    vb_reader *r = open_kind("s.csv", b.p, VB_INPUT_CSV);
    for (int i = 1; i <= 100; i++) {
        if (i == 80) {
            vb_error err = next_reject(r);
            assert_int_equal(err.line, 81);
            assert_int_equal(err.column, 4);
            assert_contains(err.msg, "unclosed quote");
            continue;
        }
        const vb_record *rec = next_ok(r);
        char want[32];
        snprintf(want, sizeof want, "row %d", i);
        assert_field_str(rec->text, want);
        assert_int_equal(rec->line, (size_t)i + 1);
        assert_int_equal(rec->index, (size_t)i);
    }
    next_eof(r);
    vb_reader_free(r);
    free(b.p);
}

/* An unclosed quote whose field runs into the quoted field of a later row: the reject is
 * about the line that is rejected (where the quote opens), and that later row is read. */
static void csv_unclosed_quote_before_quoted_row(void **state)
{
    (void)state;
    const char *csv = "id,text\n1,before\n2,\"oops\n3,\"fine\"\n4,last\n";
    vb_reader *r = open_kind("q.csv", csv, VB_INPUT_CSV);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "before");
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 3);
    rec = next_ok(r);
    assert_field(rec->id, "3");
    assert_field(rec->text, "fine");
    assert_int_equal(rec->line, 4);
    rec = next_ok(r);
    assert_field(rec->text, "last");
    assert_int_equal(rec->line, 5);
    next_eof(r);
    vb_reader_free(r);
}

static void csv_wrong_field_counts_rejected(void **state)
{
    (void)state;
    const char *csv = "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\nlonely\n13,14,15\n";
    vb_reader *r = open_kind("w.csv", csv, VB_INPUT_CSV);
    const vb_record *rec = next_ok(r);
    assert_int_equal(rec->line, 2);
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 3);
    assert_string_equal(err.source, "w.csv");
    assert_string_equal(err.msg, "row has 2 fields, the header has 3");
    err = next_reject(r);
    assert_int_equal(err.line, 4);
    assert_string_equal(err.msg, "row has 4 fields, the header has 3");
    rec = next_ok(r);
    assert_int_equal(rec->nfields, 3);
    assert_field(rec->fields[0], "10");
    assert_field(rec->fields[1], "11");
    assert_field(rec->fields[2], "12");
    assert_int_equal(rec->line, 5);
    assert_int_equal(rec->index, 4);
    err = next_reject(r);
    assert_int_equal(err.line, 6);
    assert_string_equal(err.msg, "row has 1 field, the header has 3");
    rec = next_ok(r);
    assert_field(rec->fields[0], "13");
    assert_int_equal(rec->line, 7);
    assert_int_equal(rec->index, 6);
    next_eof(r);
    vb_reader_free(r);
}

/* Outcome of reading one input: the codes, lines and first fields, as a comparable string. */
static char *outcomes(vb_reader *r, size_t line_offset)
{
    sbuf b = {0};
    sb_printf(&b, "%s", "");
    for (;;) {
        const vb_record *rec;
        vb_error err;
        vb_error_clear(&err);
        int rc = vb_reader_next(r, &rec, &err);
        if (rc == VB_EOF)
            break;
        if (rc == VB_OK)
            sb_printf(&b, "ok@%zu[%.*s] ", rec->line > line_offset ? rec->line - line_offset : 0,
                      (int)rec->fields[0].len, rec->fields[0].ptr);
        else if (rc == VB_EREJECT)
            sb_printf(&b, "reject@%zu ", err.line > line_offset ? err.line - line_offset : 0);
        else
            fail_msg("unexpected %d: %s", rc, err.msg);
    }
    return b.p;
}

/* A row of the wrong width that spans lines is one rejected record, whether it is among the
 * first rows (read ahead to find the header) or further down: rejected once, at the line
 * where it starts, and the row after it is read. */
static void csv_multiline_wrong_width_same_in_and_past_lookahead(void **state)
{
    (void)state;
    const char *bad = "x,\"two\nlines\"\ny,z,w\n"; /* 2 fields of 3, then a good row */
    sbuf early = {0}, late = {0};
    sb_printf(&early, "a,b,c\n%s", bad);
    sb_printf(&late, "a,b,c\n");
    for (int i = 1; i <= 100; i++)
        sb_printf(&late, "%d,2,3\n", i);
    sb_printf(&late, "%s", bad);

    vb_reader *r = open_kind("e.csv", early.p, VB_INPUT_CSV);
    char *got_early = outcomes(r, 0);
    vb_reader_free(r);
    r = open_kind("l.csv", late.p, VB_INPUT_CSV);
    char *got_late = outcomes(r, 100);
    vb_reader_free(r);
    /* in the late file, skip the 100 good rows before the bad one */
    const char *tail = got_late;
    for (int i = 0; i < 100; i++) {
        assert_memory_equal(tail, "ok@", 3);
        tail = strchr(tail, ' ');
        assert_non_null(tail);
        tail++;
    }
    assert_string_equal(got_early, "reject@2 ok@4[y] ");
    assert_string_equal(tail, got_early);
    free(got_early);
    free(got_late);
    free(early.p);
    free(late.p);
}

static void csv_text_after_closing_quote_rejected(void **state)
{
    (void)state;
    const char *csv = "a,b\n1,\"x\"y\n2,z\n3,\"w\"  \n";
    vb_reader *r = open_kind("s.csv", csv, VB_INPUT_CSV);
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 6);
    assert_contains(err.msg, "after a closing quote");
    const vb_record *rec = next_ok(r);
    assert_field(rec->fields[0], "2");
    assert_field(rec->fields[1], "z");
    assert_int_equal(rec->line, 3);
    assert_int_equal(rec->index, 2);
    rec = next_ok(r); /* spaces after a closing quote are harmless */
    assert_field(rec->fields[1], "w");
    assert_int_equal(rec->line, 4);
    next_eof(r);
    vb_reader_free(r);
}

static void csv_record_over_max_bytes_rejected(void **state)
{
    (void)state;
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.max_record_bytes = 20;
    const char *csv = "a,b\n1,short\n2,this line is far longer than twenty bytes\n3,ok\n";
    vb_reader *r = open_opts("m.csv", csv, &opts);
    const vb_record *rec = next_ok(r);
    assert_field(rec->fields[1], "short");
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 3);
    assert_contains(err.msg, "limit");
    rec = next_ok(r);
    assert_field(rec->fields[0], "3");
    assert_field(rec->fields[1], "ok");
    assert_int_equal(rec->line, 4);
    assert_int_equal(rec->index, 3);
    next_eof(r);
    vb_reader_free(r);
}

/* The same with the long value quoted: the rest of that row must not come back as a row. */
static void csv_quoted_record_over_max_bytes_rejected(void **state)
{
    (void)state;
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.max_record_bytes = 20;
    /* the limit falls inside the quoted field; what is left of it, "is long, ok\"", would
     * make a row of the right width on its own */
    const char *csv = "a,b\n1,short\n2,\"this quoted field is long, ok\"\n3,ok\n";
    vb_reader *r = open_opts("m.csv", csv, &opts);
    const vb_record *rec = next_ok(r);
    assert_field(rec->fields[1], "short");
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 3);
    rec = next_ok(r);
    assert_field(rec->fields[0], "3");
    assert_field(rec->fields[1], "ok");
    assert_int_equal(rec->line, 4);
    next_eof(r);
    vb_reader_free(r);
}

/* ---- CSV: degenerate inputs, TSV, other delimiters ---- */

static void csv_empty_input_is_eof(void **state)
{
    (void)state;
    static const char *const inputs[] = {"", "\n", "\r\n\n\r"};
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        vb_reader *r = open_kind("e.csv", inputs[i], VB_INPUT_CSV);
        vb_reader_info info = info_of(r);
        assert_int_equal(info.kind, VB_INPUT_CSV);
        assert_int_equal(info.ncolumns, 0);
        next_eof(r);
        vb_reader_free(r);
    }
    vb_reader *r = NULL;
    vb_error err;
    vb_error_clear(&err);
    assert_int_equal(vb_reader_open_mem(&r, "e.csv", NULL, 0, NULL, &err), VB_OK);
    next_eof(r);
    vb_reader_free(r);
}

static void csv_header_only_is_eof(void **state)
{
    (void)state;
    static const char *const inputs[] = {"a,b,c\n", "a,b,c"};
    for (size_t i = 0; i < 2; i++) {
        vb_reader *r = open_kind("h.csv", inputs[i], VB_INPUT_CSV);
        vb_reader_info info = info_of(r);
        assert_int_equal(info.ncolumns, 3);
        assert_string_equal(info.columns[2], "c");
        next_eof(r);
        vb_reader_free(r);
    }
}

static void tsv_and_other_delimiters(void **state)
{
    (void)state;
    const char *tsv = "id\ttext\n1\thello, world\n2\t\"quoted\ttab\"\n";
    vb_reader *r = open_kind("x.data", tsv, VB_INPUT_TSV);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.kind, VB_INPUT_TSV);
    assert_int_equal(info.ncolumns, 2);
    const vb_record *rec = next_ok(r);
    assert_int_equal(rec->nfields, 2);
    assert_field(rec->text, "hello, world");
    rec = next_ok(r);
    assert_field(rec->text, "quoted\ttab");
    assert_field(rec->id, "2");
    next_eof(r);
    vb_reader_free(r);

    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.delimiter = ';';
    r = open_opts("semi.csv", "id;comment\n1;un, deux\n2;\"a;b\"\n", &opts);
    rec = next_ok(r);
    assert_field(rec->text, "un, deux");
    rec = next_ok(r);
    assert_field(rec->text, "a;b");
    next_eof(r);
    vb_reader_free(r);
}

/* ---- JSON Lines ---- */

static void jsonl_objects_and_value_types(void **state)
{
    (void)state;
    const char *jsonl = "{\"id\":\"a1\",\"text\":\"hello\",\"score\":5,\"ratio\":0.5,\"flag\":true,"
                        "\"none\":null,\"tags\":[\"x\",\"y\"]}\n"
                        "{\"text\":\"caf\\u00e9\\nline \\\"q\\\"\",\"nul\":\"a\\u0000b\"}\n"
                        "{\"id\":7,\"text\":42}\n";
    vb_reader *r = open_kind("r.jsonl", jsonl, VB_INPUT_JSONL);
    const vb_record *rec = next_ok(r);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.kind, VB_INPUT_JSONL);
    assert_string_equal(info.text_col, "text");
    assert_int_equal(info.text_guessed, 1);
    assert_string_equal(info.id_col, "id");
    assert_int_equal(rec->nfields, 7);
    assert_field(rec->fields[0], "a1");
    assert_field(rec->fields[1], "hello");
    assert_field(rec->fields[2], "5");
    assert_field(rec->fields[3], "0.5");
    assert_field(rec->fields[4], "true");
    assert_field(rec->fields[5], "");
    assert_field(rec->fields[6], "[\"x\",\"y\"]");
    assert_field(rec->text, "hello");
    assert_field(rec->id, "a1");
    assert_int_equal(rec->line, 1);
    assert_int_equal(rec->index, 1);

    rec = next_ok(r);
    assert_field(rec->text, "caf\xC3\xA9\nline \"q\"");
    assert_int_equal(rec->nfields, 2);
    assert_field(rec->fields[1], "a\0b");
    assert_field(rec->id, "2"); /* no id field: the record number */
    assert_int_equal(rec->line, 2);

    rec = next_ok(r);
    assert_field(rec->text, "42");
    assert_field(rec->id, "7");
    assert_int_equal(rec->line, 3);
    assert_int_equal(rec->index, 3);
    next_eof(r);
    vb_reader_free(r);
}

static void jsonl_named_fields(void **state)
{
    (void)state;
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_JSONL;
    opts.text_col = "body";
    opts.id_col = "key";
    opts.date_col = "created";
    opts.segment_col = "channel";
    const char *jsonl = "{\"key\":\"k1\",\"created\":\"2024-05-01\",\"channel\":\"web\","
                        "\"body\":\"first\",\"text\":\"not this\"}\n"
                        "{\"body\":\"second\",\"key\":\"k2\"}\n";
    vb_reader *r = open_opts("n.jsonl", jsonl, &opts);
    vb_reader_info info = info_of(r);
    assert_string_equal(info.text_col, "body");
    assert_int_equal(info.text_guessed, 0);
    assert_string_equal(info.id_col, "key");
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "first");
    assert_field(rec->id, "k1");
    assert_field(rec->date, "2024-05-01");
    assert_field(rec->segment, "web");
    rec = next_ok(r); /* field positions differ from object to object */
    assert_field(rec->text, "second");
    assert_field(rec->id, "k2");
    assert_null(rec->date.ptr);
    assert_null(rec->segment.ptr);
    next_eof(r);
    vb_reader_free(r);
}

static void jsonl_broken_line_rejected_next_read(void **state)
{
    (void)state;
    const char *jsonl = "{\"text\":\"one\"}\n{\"text\": \"two\"\n{\"text\":\"three\"}\n";
    vb_reader *r = open_kind("b.jsonl", jsonl, VB_INPUT_JSONL);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "one");
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 2);
    assert_true(err.column > 0);
    assert_string_equal(err.source, "b.jsonl");
    assert_contains(err.msg, "invalid JSON");
    rec = next_ok(r);
    assert_field(rec->text, "three");
    assert_int_equal(rec->line, 3);
    assert_int_equal(rec->index, 3);
    next_eof(r);
    vb_reader_free(r);
}

/* A line that is valid JSON but not an object is a record: a string or an array of
 * strings is its text, anything else gives empty text (its one field holds the JSON). */
static void jsonl_non_objects_are_records(void **state)
{
    (void)state;
    const char *jsonl = "{\"text\":\"a\"}\n[\"x\",null,\"y\"]\n42\n\"just text\"\n"
                        "[1,\"z\"]\nnull\ntrue\n{\"text\":\"b\"}\n";
    vb_reader *r = open_kind("n.jsonl", jsonl, VB_INPUT_JSONL);
    assert_field(next_ok(r)->text, "a");
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "x\ny");
    assert_int_equal(rec->nfields, 1);
    assert_field(rec->fields[0], "[\"x\",null,\"y\"]");
    assert_field(rec->id, "2");
    assert_null(rec->segment.ptr);
    rec = next_ok(r);
    assert_field(rec->text, "");
    assert_field(rec->fields[0], "42");
    assert_int_equal(rec->line, 3);
    assert_field(next_ok(r)->text, "just text");
    rec = next_ok(r);
    assert_field(rec->text, "");
    assert_field(rec->fields[0], "[1,\"z\"]");
    assert_field(next_ok(r)->text, "");
    assert_field(next_ok(r)->text, "");
    rec = next_ok(r);
    assert_field(rec->text, "b");
    assert_int_equal(rec->line, 8);
    assert_int_equal(rec->index, 8);
    next_eof(r);
    vb_reader_free(r);
}

static void jsonl_missing_text_field_rejected(void **state)
{
    (void)state;
    vb_reader *r = open_kind("m.jsonl", "{\"text\":\"a\"}\n{\"body\":\"b\"}\n{\"text\":\"c\"}\n",
                             VB_INPUT_JSONL);
    assert_field(next_ok(r)->text, "a");
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 2);
    assert_string_equal(err.msg, "no field 'text' in this object");
    assert_field(next_ok(r)->text, "c");
    next_eof(r);
    vb_reader_free(r);

    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_JSONL;
    opts.text_col = "review";
    r = open_opts("m.jsonl", "{\"title\":\"t\"}\n{\"review\":\"r\"}\n", &opts);
    err = next_reject(r);
    assert_int_equal(err.line, 1);
    assert_string_equal(err.msg, "no field 'review' in this object");
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "r");
    assert_int_equal(rec->index, 2);
    vb_reader_free(r);
}

static void jsonl_blank_lines_skipped(void **state)
{
    (void)state;
    const char *jsonl = "\n{\"text\":\"a\"}\n\n  \t \n{\"text\":\"b\"}\r\n{\"text\":\"c\"}";
    vb_reader *r = open_kind("b.jsonl", jsonl, VB_INPUT_JSONL);
    const size_t lines[] = {2, 5, 6};
    const char *texts[] = {"a", "b", "c"};
    for (size_t i = 0; i < 3; i++) {
        const vb_record *rec = next_ok(r);
        assert_field_str(rec->text, texts[i]);
        assert_int_equal(rec->line, lines[i]);
        assert_int_equal(rec->index, i + 1);
    }
    next_eof(r);
    vb_reader_free(r);
}

static void jsonl_text_field_guessed(void **state)
{
    (void)state;
    vb_reader *r = open_kind(
        "g.jsonl", "{\"user_id\":\"u1\",\"stars\":5,\"review_text\":\"Great\"}\n", VB_INPUT_JSONL);
    vb_reader_info info = info_of(r);
    assert_null(info.text_col); /* decided on the first object */
    const vb_record *rec = next_ok(r);
    info = info_of(r);
    assert_string_equal(info.text_col, "review_text");
    assert_int_equal(info.text_guessed, 1);
    assert_string_equal(info.id_col, "user_id");
    assert_field(rec->text, "Great");
    assert_field(rec->id, "u1");
    vb_reader_free(r);

    r = open_kind("g.jsonl",
                  "{\"a\":\"short\",\"b\":\"a much longer value\",\"n\":123456789012345}\n",
                  VB_INPUT_JSONL);
    rec = next_ok(r);
    info = info_of(r);
    assert_string_equal(info.text_col, "b");
    assert_int_equal(info.text_guessed, 2);
    assert_field(rec->text, "a much longer value");
    vb_reader_free(r);
}

static void jsonl_record_over_max_bytes_rejected(void **state)
{
    (void)state;
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_JSONL;
    opts.max_record_bytes = 24;
    vb_reader *r = open_opts("m.jsonl",
                             "{\"text\":\"ok\"}\n{\"text\":\"far too long for the limit\"}\n"
                             "{\"text\":\"ok2\"}\n",
                             &opts);
    assert_field(next_ok(r)->text, "ok");
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 2);
    assert_contains(err.msg, "limit");
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "ok2");
    assert_int_equal(rec->line, 3);
    assert_int_equal(rec->index, 3);
    next_eof(r);
    vb_reader_free(r);
}

/* ---- JSON arrays ---- */

static void json_array_of_objects(void **state)
{
    (void)state;
    const char *json = "[\n"
                       "  {\"id\": 1, \"text\": \"first\"},\n"
                       "  {\"id\": 2,\n"
                       "   \"text\": \"second, with ] and } inside\"},\n"
                       "  {\"id\": 3, \"text\": \"third \\\"quoted\\\"\"}\n"
                       "]\n";
    vb_reader *r = open_kind("export.json", json, VB_INPUT_AUTO);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.kind, VB_INPUT_JSON);
    assert_int_equal(info.kind_guessed, 1);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "first");
    assert_field(rec->id, "1");
    assert_int_equal(rec->line, 2);
    rec = next_ok(r);
    assert_field(rec->text, "second, with ] and } inside");
    assert_field(rec->id, "2");
    assert_int_equal(rec->line, 3);
    rec = next_ok(r);
    assert_field(rec->text, "third \"quoted\"");
    assert_field(rec->id, "3");
    assert_int_equal(rec->line, 5);
    assert_int_equal(rec->index, 3);
    next_eof(r);
    next_eof(r);
    vb_reader_free(r);

    /* one bad element does not end the array; a number is a record with empty text */
    r = open_kind("x.json", "[{\"text\":\"a\"}, 42, {\"text\": nope}, {\"text\":\"b\"}]",
                  VB_INPUT_JSON);
    assert_field(next_ok(r)->text, "a");
    rec = next_ok(r);
    assert_field(rec->text, "");
    assert_field(rec->fields[0], "42");
    vb_error err = next_reject(r);
    assert_contains(err.msg, "invalid JSON");
    assert_int_equal(err.line, 1);
    assert_int_equal(err.column, 29); /* the n of nope: a byte column in the line */
    rec = next_ok(r);
    assert_field(rec->text, "b");
    assert_int_equal(rec->index, 4);
    next_eof(r);
    vb_reader_free(r);

    r = open_kind("e.json", "  [ ]  ", VB_INPUT_JSON);
    next_eof(r);
    vb_reader_free(r);
}

static void json_truncated_array(void **state)
{
    (void)state;
    /* cut inside an element: that element is rejected, then the end */
    vb_reader *r = open_kind("t.json", "[\n{\"text\":\"a\"},\n{\"text\":\"b", VB_INPUT_JSON);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "a");
    assert_int_equal(rec->line, 2);
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 3);
    assert_contains(err.msg, "truncated");
    next_eof(r);
    vb_reader_free(r);

    /* cut after a whole element: every element is read, then the missing ']' is a reject
     * (the records were all read: the run completes with exit 1, not an I/O error) */
    r = open_kind("t.json", "[\n{\"text\":\"a\"},\n", VB_INPUT_JSON);
    assert_field(next_ok(r)->text, "a");
    err = next_reject(r);
    assert_contains(err.msg, "not closed");
    next_eof(r);
    vb_reader_free(r);

    /* not an array at all */
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_JSON;
    r = NULL;
    vb_error_clear(&err);
    assert_int_equal(vb_reader_open_mem(&r, "t.json", "\"text\"", 6, &opts, &err), VB_EINVAL);
    assert_null(r);
    assert_contains(err.msg, "JSON array");
}

/* ---- kinds ---- */

static void kind_guessed_from_name_and_content(void **state)
{
    (void)state;
    static const struct {
        const char *name, *data;
        vb_input_kind kind;
    } cases[] = {
        {"a.csv", "a,b\n1,2\n", VB_INPUT_CSV},
        {"A.CSV", "a,b\n1,2\n", VB_INPUT_CSV},
        {"a.tsv", "a\tb\n1\t2\n", VB_INPUT_TSV},
        {"a.tab", "a\tb\n1\t2\n", VB_INPUT_TSV},
        {"a.jsonl", "{\"text\":\"x\"}\n", VB_INPUT_JSONL},
        {"a.ndjson", "{\"text\":\"x\"}\n", VB_INPUT_JSONL},
        {"a.json", "\n  {\"text\":\"x\"}\n{\"text\":\"y\"}\n", VB_INPUT_JSONL},
        {"a.json", "\n [{\"text\":\"x\"}]", VB_INPUT_JSON},
        {"a.json", "\xEF\xBB\xBF[{\"text\":\"x\"}]", VB_INPUT_JSON},
        {"a.txt", "hello, world\n", VB_INPUT_LINES},
        {"a.log", "{\"looks\":\"like json\"}\n", VB_INPUT_LINES},
        {"noext", "[{\"text\":\"x\"}]", VB_INPUT_JSON},
        {"noext", "{\"text\":\"x\"}", VB_INPUT_JSONL},
        {"noext", "a,b\n1,2\n", VB_INPUT_LINES},
        {"dir.v2/noext", "hello\n", VB_INPUT_LINES},
        {"<stdin>", "plain text", VB_INPUT_LINES},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        vb_reader *r = open_kind(cases[i].name, cases[i].data, VB_INPUT_AUTO);
        vb_reader_info info = info_of(r);
        if (info.kind != cases[i].kind)
            fail_msg("case %zu (%s): kind %s, expected %s", i, cases[i].name,
                     vb_input_kind_name(info.kind), vb_input_kind_name(cases[i].kind));
        assert_int_equal(info.kind_guessed, 1);
        const vb_record *rec = next_ok(r); /* and it reads */
        assert_true(rec->text.len > 0);
        vb_reader_free(r);
    }
    /* a kind given is not a guess */
    vb_reader *r = open_kind("a.csv", "hello\n", VB_INPUT_LINES);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.kind, VB_INPUT_LINES);
    assert_int_equal(info.kind_guessed, 0);
    vb_reader_free(r);
}

static void kind_names_parse(void **state)
{
    (void)state;
    for (int k = VB_INPUT_AUTO; k <= VB_INPUT_DOC; k++)
        assert_int_equal(vb_input_kind_parse(vb_input_kind_name((vb_input_kind)k)), k);
    assert_string_equal(vb_input_kind_name(VB_INPUT_JSONL), "jsonl");
    assert_int_equal(vb_input_kind_parse("CSV"), VB_INPUT_CSV);
    assert_int_equal(vb_input_kind_parse("ndjson"), VB_INPUT_JSONL);
    assert_int_equal(vb_input_kind_parse("txt"), VB_INPUT_LINES);
    assert_int_equal(vb_input_kind_parse("text"), VB_INPUT_LINES);
    assert_int_equal(vb_input_kind_parse("xml"), -1);
    assert_int_equal(vb_input_kind_parse(""), -1);
}

/* ---- lines and documents ---- */

static void lines_crlf_and_cr(void **state)
{
    (void)state;
    vb_reader *r = open_kind("l.txt", "first\r\nsecond\r\nthird", VB_INPUT_LINES);
    const char *texts[] = {"first", "second", "third"};
    for (size_t i = 0; i < 3; i++) {
        const vb_record *rec = next_ok(r);
        assert_field_str(rec->text, texts[i]);
        assert_int_equal(rec->nfields, 1);
        assert_field_str(rec->fields[0], texts[i]);
        char id[8];
        snprintf(id, sizeof id, "%zu", i + 1);
        assert_field_str(rec->id, id);
        assert_int_equal(rec->line, i + 1);
        assert_int_equal(rec->index, i + 1);
        assert_null(rec->date.ptr);
    }
    next_eof(r);
    vb_reader_free(r);

    r = open_kind("l.txt", "a\rb\r", VB_INPUT_LINES);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "a");
    assert_int_equal(rec->line, 1);
    rec = next_ok(r);
    assert_field(rec->text, "b");
    assert_int_equal(rec->line, 2);
    next_eof(r);
    vb_reader_free(r);

    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_LINES;
    opts.max_record_bytes = 8;
    r = open_opts("l.txt", "short\nthis is too long\nok\n", &opts);
    assert_field(next_ok(r)->text, "short");
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 2);
    assert_contains(err.msg, "limit");
    rec = next_ok(r);
    assert_field(rec->text, "ok");
    assert_int_equal(rec->line, 3);
    assert_int_equal(rec->index, 3);
    next_eof(r);
    vb_reader_free(r);
}

static void doc_whole_text_one_record(void **state)
{
    (void)state;
    const char *doc = "Para one.\n\nPara two, with \"quotes\".\r\n";
    vb_reader *r = open_kind("notes/report.txt", doc, VB_INPUT_DOC);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.kind, VB_INPUT_DOC);
    const vb_record *rec = next_ok(r);
    assert_field_str(rec->text, doc);
    assert_field(rec->id, "notes/report.txt");
    assert_int_equal(rec->line, 1);
    assert_int_equal(rec->index, 1);
    assert_int_equal(rec->nfields, 1);
    next_eof(r);
    vb_reader_free(r);
}

/* ---- record numbering and the reject invariant ---- */

/* rec->index numbers every record read, rejected ones included, in input order. */
static int expect_indexes(const char *name, const char *data, const char *want, int line)
{
    vb_reader *r = open_kind_(name, data, VB_INPUT_AUTO, line);
    sbuf b = {0};
    sb_printf(&b, "%s", "");
    size_t rejects = 0;
    for (;;) {
        const vb_record *rec;
        vb_error err;
        vb_error_clear(&err);
        int rc = vb_reader_next(r, &rec, &err);
        if (rc == VB_EOF)
            break;
        if (rc == VB_OK)
            sb_printf(&b, "%zu:%.*s ", rec->index, (int)rec->id.len, rec->id.ptr);
        else if (rc == VB_EREJECT)
            sb_printf(&b, "R%zu ", ++rejects);
        else
            fail_msg("line %d: unexpected %d: %s", line, rc, err.msg);
    }
    int ok = strcmp(b.p, want) == 0;
    if (!ok)
        print_error("line %d: %s: indexes \"%s\", expected \"%s\"\n", line, name, b.p, want);
    free(b.p);
    vb_reader_free(r);
    return ok;
}

static void index_counts_rejected_records(void **state)
{
    (void)state;
    /* "index:id" of each record, R for a reject; ids are record numbers (no id column).
     * Every case is run, then the test fails if any was wrong. */
    int ok = 1;
    ok &= expect_indexes("i.csv", "a,b\n1,x\n2\n3,y\n", "1:1 R1 3:3 ", __LINE__);
    ok &= expect_indexes("i.jsonl", "{\"text\":\"a\"}\nbad\n{\"text\":\"c\"}\n", "1:1 R1 3:3 ",
                         __LINE__);
    ok &= expect_indexes("i.txt", "ok\nok\n", "1:1 2:2 ", __LINE__);
    /* faults found while the first rows are read ahead to find the header: an unclosed
     * quote, text after a closing quote */
    ok &= expect_indexes("i.csv", "a,b\n1,x\n2,\"open\n3,y\n", "1:1 R1 3:3 ", __LINE__);
    ok &= expect_indexes("i.csv", "a,b\n1,x\n2,\"q\"z\n3,y\n", "1:1 R1 3:3 ", __LINE__);
    /* a rejected line of the preamble is not a record: numbering starts at 1 after it */
    ok &= expect_indexes("i.csv", "Archive:  x.zip\n\"Export\" of survey 7\nk,text\n1,x\n2,y\n",
                         "1:1 2:2 ", __LINE__);
    /* the same past the look-ahead window */
    sbuf b = {0};
    sb_printf(&b, "a,b\n");
    for (int i = 1; i <= 70; i++)
        sb_printf(&b, "%d,x\n", i);
    sb_printf(&b, "71,\"open\n72,y\n");
    char want[1024] = "";
    for (int i = 1; i <= 70; i++)
        snprintf(want + strlen(want), sizeof want - strlen(want), "%d:%d ", i, i);
    strcat(want, "R1 72:72 ");
    ok &= expect_indexes("i.csv", b.p, want, __LINE__);
    free(b.p);

    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.max_record_bytes = 12;
    vb_reader *r = open_opts("i.csv", "a,b\n1,x\n2,far too long here\n3,y\n", &opts);
    const vb_record *rec = next_ok(r);
    if (rec->index != 1) {
        print_error("line %d: record before a row over the limit: index %zu, expected 1\n",
                    __LINE__, rec->index);
        ok = 0;
    }
    next_reject(r);
    assert_int_equal(next_ok(r)->index, 3);
    vb_reader_free(r);
    assert_true(ok);
}

/* N records of which K are malformed (every kind of CSV fault, in the look-ahead window and
 * past it, among good multi-line records): exactly N - K records and K rejects, each where
 * it belongs. */
static void csv_ok_plus_rejects_equals_records(void **state)
{
    (void)state;
    enum { N = 160 };
    static const int bad_at[] = {5, 20, 33, 40, 63, 64, 70, 90, 101, 120, 140, 159};
    const size_t K = sizeof bad_at / sizeof *bad_at;
    sbuf b = {0};
    size_t first_line[N + 1];
    int is_bad[N + 1] = {0};
    size_t line = 2;
    sb_printf(&b, "id,text,n\n");
    for (size_t k = 0; k < K; k++)
        is_bad[bad_at[k]] = (int)(k % 4) + 1;
    for (int i = 1; i <= N; i++) {
        first_line[i] = line;
        switch (is_bad[i]) {
        case 1:
            sb_printf(&b, "%d,\"unclosed quote,%d\n", i, i);
            break;
        case 2:
            sb_printf(&b, "%d,too few\n", i);
            break;
        case 3:
            sb_printf(&b, "%d,too,many,%d\n", i, i);
            break;
        case 4:
            sb_printf(&b, "%d,\"stray\" text,%d\n", i, i);
            break;
        default:
            if (i % 9 == 0) {
                sb_printf(&b, "%d,\"multi, \"\"line\"\"\nrecord\",%d\n", i, i);
                line++;
            } else {
                sb_printf(&b, "%d,good %d,%d\n", i, i, i);
            }
        }
        line++;
    }
    vb_reader *r = open_kind("inv.csv", b.p, VB_INPUT_CSV);
    size_t nok = 0, nrej = 0;
    for (int i = 1; i <= N; i++) {
        if (is_bad[i]) {
            vb_error err = next_reject(r);
            if (err.line != first_line[i])
                fail_msg("record %d (fault %d): rejected at line %zu, expected %zu", i, is_bad[i],
                         err.line, first_line[i]);
            nrej++;
            continue;
        }
        const vb_record *rec = next_ok(r);
        char id[16];
        snprintf(id, sizeof id, "%d", i);
        assert_field_str(rec->id, id);
        assert_field_str(rec->fields[2], id);
        assert_int_equal(rec->line, first_line[i]);
        nok++;
    }
    next_eof(r);
    assert_int_equal(nok, N - K);
    assert_int_equal(nrej, K);
    assert_int_equal(nok + nrej, N);
    vb_reader_free(r);
    free(b.p);
}

/* ---- files ---- */

static void file_survey_comments(void **state)
{
    (void)state;
    vb_reader *r = NULL;
    vb_error err;
    vb_error_clear(&err);
    const char *path = VB_SOURCE_DIR "/corpora/survey_comments.csv";
    assert_int_equal(vb_reader_open(&r, path, NULL, &err), VB_OK);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.kind, VB_INPUT_CSV);
    assert_int_equal(info.kind_guessed, 1);
    assert_int_equal(info.ncolumns, 6);
    assert_string_equal(info.columns[5], "comment");
    assert_string_equal(info.text_col, "comment");
    assert_int_equal(info.text_guessed, 1);
    assert_string_equal(info.id_col, "id");

    const vb_record *rec;
    size_t n = 0, empty = 0, multiline = 0;
    int rc;
    while ((rc = vb_reader_next(r, &rec, &err)) == VB_OK) {
        n++;
        assert_int_equal(rec->index, n);
        assert_int_equal(rec->nfields, 6);
        assert_string_equal(rec->source, path);
        char id[8];
        snprintf(id, sizeof id, "R%04zu", n);
        assert_field_str(rec->id, id);
        empty += rec->text.len == 0;
        multiline += memchr(rec->text.ptr, '\n', rec->text.len) != NULL;
        if (n == 1) {
            assert_int_equal(rec->line, 2);
            assert_null(rec->date.ptr); /* no --date given */
            assert_field(rec->fields[1], "2024-01-03");
            assert_true(rec->text.len > 20);
            assert_memory_equal(rec->text.ptr, "The technician, Bj\xC3\xB6rn, was", 27);
        }
        if (n == 29) {
            assert_int_equal(rec->line, 30);
            assert_field(rec->text, "Complaint ref 88213\nStill not resolved after 6 weeks.\n"
                                    "Do not contact me again with surveys until it is.");
        }
        if (n == 30)
            assert_int_equal(rec->line, 33);
        if (n == 323)
            assert_int_equal(rec->line, 351);
    }
    assert_int_equal(rc, VB_EOF);
    assert_int_equal(n, 323);
    assert_int_equal(empty, 3);
    assert_int_equal(multiline, 8);
    vb_reader_free(r);
}

static void file_cfpb_sample_with_preamble(void **state)
{
    (void)state;
    vb_reader *r = NULL;
    vb_error err;
    vb_error_clear(&err);
    const char *path =
        VB_SHARED_DIR "/corpora/cfpb_consumer_complaints_sample/complaints_sample.csv";
    assert_int_equal(vb_reader_open(&r, path, NULL, &err), VB_OK);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.preamble_lines, 2);
    assert_int_equal(info.ncolumns, 18);
    assert_string_equal(info.columns[0], "Date received");
    assert_string_equal(info.text_col, "Consumer complaint narrative");
    assert_int_equal(info.text_guessed, 1);
    assert_string_equal(info.id_col, "Complaint ID");
    const vb_record *rec;
    size_t n = 0;
    int rc;
    while ((rc = vb_reader_next(r, &rec, &err)) == VB_OK) {
        if (++n == 1) {
            assert_int_equal(rec->line, 4);
            assert_field(rec->fields[0], "2020-03-18");
            assert_field(rec->id, "3571115");
        }
    }
    if (rc != VB_EOF)
        fail_msg("%zu:%zu: %s", err.line, err.column, err.msg);
    assert_int_equal(n, 6623);
    vb_reader_free(r);
}

static char tmpdir[64];

static int make_tmpdir(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/vb_test_reader.XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_tmpdir(void **state)
{
    (void)state;
    return rmdir(tmpdir);
}

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

/* Everything a reader returns, as a string, to compare two readers. */
static char *transcript(vb_reader *r)
{
    sbuf b = {0};
    sb_printf(&b, "%s", "");
    for (;;) {
        const vb_record *rec;
        vb_error err;
        vb_error_clear(&err);
        int rc = vb_reader_next(r, &rec, &err);
        if (rc == VB_EOF)
            break;
        if (rc == VB_OK) {
            sb_printf(&b, "ok %zu %zu %.*s", rec->line, rec->index, (int)rec->id.len, rec->id.ptr);
            for (size_t i = 0; i < rec->nfields; i++)
                sb_printf(&b, "|%.*s", (int)rec->fields[i].len, rec->fields[i].ptr);
            sb_printf(&b, "\n");
        } else if (rc == VB_EREJECT) {
            sb_printf(&b, "reject %zu:%zu %s\n", err.line, err.column, err.msg);
        } else {
            fail_msg("unexpected %d: %s", rc, err.msg);
        }
    }
    return b.p;
}


/* ---- compressed input and archives (made here with libarchive's writer) ---- */

typedef struct member {
    const char *name, *data;
    unsigned type; /* AE_IFREG (0 too), AE_IFDIR, AE_IFLNK */
} member;

/* Pack members into a malloc'd buffer: format "raw" (one member) is a single compressed
 * stream; filter "none", "gzip", "zstd", "xz", "bzip2"... */
static char *pack(const char *format, const char *filter, const member *m, size_t n,
                  size_t *len)
{
    size_t cap = 1 << 20;
    for (size_t i = 0; i < n; i++)
        cap += strlen(m[i].data ? m[i].data : "") * 2;
    char *buf = malloc(cap);
    assert_non_null(buf);
    struct archive *a = archive_write_new();
    assert_int_equal(archive_write_set_format_by_name(a, format), ARCHIVE_OK);
    if (strcmp(filter, "none") != 0)
        assert_int_equal(archive_write_add_filter_by_name(a, filter), ARCHIVE_OK);
    archive_write_set_bytes_in_last_block(a, 1);
    assert_int_equal(archive_write_open_memory(a, buf, cap, len), ARCHIVE_OK);
    for (size_t i = 0; i < n; i++) {
        struct archive_entry *e = archive_entry_new();
        size_t dl = m[i].data ? strlen(m[i].data) : 0;
        archive_entry_set_pathname(e, m[i].name);
        archive_entry_set_filetype(e, m[i].type ? m[i].type : AE_IFREG);
        archive_entry_set_perm(e, 0644);
        if (m[i].type == AE_IFLNK)
            archive_entry_set_symlink(e, "elsewhere");
        else if (!m[i].type)
            archive_entry_set_size(e, (la_int64_t)dl);
        assert_int_equal(archive_write_header(a, e), ARCHIVE_OK);
        if (!m[i].type)
            assert_int_equal(archive_write_data(a, m[i].data, dl), (la_ssize_t)dl);
        archive_entry_free(e);
    }
    assert_int_equal(archive_write_close(a), ARCHIVE_OK);
    archive_write_free(a);
    return buf;
}

static char *compress1(const char *filter, const char *data, size_t *len)
{
    member m = { "data", data, 0 };
    return pack("raw", filter, &m, 1, len);
}

static const char survey_csv[] = "id,comment\n7,too expensive\n8,\"kind, helpful\"\n9,slow\n";

/* What a plain CSV gives, its compressed forms give too, named as given and by the kind
 * the inner name says; from memory and from a file. */
static void compressed_streams_read_like_plain(void **state)
{
    (void)state;
    vb_reader *plain = open_opts("s.csv", survey_csv, NULL);
    char *want = transcript(plain);
    vb_reader_free(plain);
    const char *filters[] = { "gzip", "zstd", "xz", "bzip2" };
    const char *names[] = { "s.csv.gz", "s.csv.zst", "s.csv.xz", "s.csv.bz2" };
    for (size_t i = 0; i < 4; i++) {
        size_t len;
        char *z = compress1(filters[i], survey_csv, &len);
        vb_reader *r = open_opts_(names[i], z, len, NULL, __LINE__);
        const vb_record *rec = next_ok(r);
        assert_string_equal(rec->source, names[i]);
        assert_int_equal(rec->line, 2);
        assert_int_equal(info_of(r).kind, VB_INPUT_CSV);
        assert_int_equal(info_of(r).member, 0);
        vb_reader_free(r);

        char path[128];
        snprintf(path, sizeof path, "%s/%s", tmpdir, names[i]);
        write_file(path, z, len);
        vb_reader *rf = NULL;
        vb_error err;
        assert_int_equal(vb_reader_open(&rf, path, NULL, &err), VB_OK);
        char *got = transcript(rf);
        assert_string_equal(got, want);
        free(got);
        vb_reader_free(rf);
        assert_int_equal(unlink(path), 0);
        free(z);
    }
    free(want);
}

/* Recognized by content: no telling name (standard input), then the content decides the
 * kind as for plain input. */
static void compressed_stream_by_content(void **state)
{
    (void)state;
    size_t len;
    char *z = compress1("gzip", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", &len);
    vb_reader *r = open_opts_("<stdin>", z, len, NULL, __LINE__);
    assert_field(next_ok(r)->text, "a");
    assert_int_equal(info_of(r).kind, VB_INPUT_JSONL);
    assert_field(next_ok(r)->text, "b");
    next_eof(r);
    vb_reader_free(r);
    free(z);
}

/* Many blocks of decompressed data, with a pushback (unclosed quote) on the way. */
static void compressed_stream_across_blocks(void **state)
{
    (void)state;
    sbuf b = {0};
    sb_printf(&b, "id,text\n");
    for (int i = 1; b.len < 400000; i++)
        sb_printf(&b, i % 1001 == 0 ? "%d,\"never closed %d\n" : "%d,row %d with padding\n", i,
                  i);
    vb_reader *plain = open_opts_("big.csv", b.p, b.len, NULL, __LINE__);
    char *want = transcript(plain);
    vb_reader_free(plain);
    size_t len;
    char *z = compress1("zstd", b.p, &len);
    vb_reader *r = open_opts_("big.csv.zst", z, len, NULL, __LINE__);
    char *got = transcript(r);
    assert_string_equal(got, want);
    free(got);
    free(want);
    vb_reader_free(r);
    free(z);
    free(b.p);
}

/* Each member by its own kind and name; directories passed over, a link skipped with a
 * note, a name with ".." read with a note. */
static void notes_collect(const vb_error *e, void *payload)
{
    sbuf *b = payload;
    sb_printf(b, "%s: %s\n", e->source, e->msg);
}

static void archive_members_each_by_kind(void **state)
{
    (void)state;
    const member m[] = {
        { "dir", NULL, AE_IFDIR },
        { "dir/a.csv", "id,text\n1,alpha\n2,beta\n", 0 },
        { "link", NULL, AE_IFLNK },
        { "b.jsonl", "{\"text\":\"gamma\"}\n", 0 },
        { "../up.txt", "delta\n", 0 },
    };
    const char *formats[][2] = { { "zip", "none" }, { "pax", "gzip" }, { "gnutar", "zstd" } };
    for (size_t f = 0; f < 3; f++) {
        size_t len;
        char *z = pack(formats[f][0], formats[f][1], m, 5, &len);
        sbuf notes = {0};
        sb_printf(&notes, "%s", "");
        vb_reader_opts o;
        vb_reader_opts_init(&o);
        o.note = notes_collect;
        o.note_payload = &notes;
        vb_reader *r = open_opts_("x.arc", z, len, &o, __LINE__);
        const vb_record *rec = next_ok(r);
        assert_string_equal(rec->source, "x.arc:dir/a.csv");
        assert_field(rec->text, "alpha");
        assert_int_equal(rec->line, 2);
        assert_int_equal(info_of(r).kind, VB_INPUT_CSV);
        assert_int_equal(info_of(r).member, 1);
        assert_field(next_ok(r)->text, "beta");
        int is_zip = f == 0;
        if (is_zip) { /* read as a stream, a zip does not say a member is a link */
            rec = next_ok(r);
            assert_string_equal(rec->source, "x.arc:link");
            assert_field(rec->text, "elsewhere");
        }
        rec = next_ok(r);
        assert_string_equal(rec->source, "x.arc:b.jsonl");
        assert_field(rec->text, "gamma");
        assert_int_equal(rec->index, 1);
        assert_int_equal(info_of(r).kind, VB_INPUT_JSONL);
        assert_int_equal(info_of(r).member, 2 + is_zip);
        rec = next_ok(r);
        assert_string_equal(rec->source, "x.arc:../up.txt");
        assert_field(rec->text, "delta");
        next_eof(r);
        next_eof(r);
        const char *leaves = "x.arc: member name leaves the archive: ../up.txt (read as "
                             "data; nothing is written)\n";
        const char *skipped = "x.arc: skipped member link: a symbolic link\n";
        assert_true(strncmp(notes.p, skipped, is_zip ? 0 : strlen(skipped)) == 0);
        assert_string_equal(notes.p + (is_zip ? 0 : strlen(skipped)), leaves);
        free(notes.p);
        vb_reader_free(r);
        free(z);
    }
}

/* vb_reader_info_serial moves whenever vb_reader_get_info may say something new (a member
 * of an archive, a JSON text field guessed from a later object), and only then. */
static void info_serial_moves_with_the_info(void **state)
{
    (void)state;
    vb_reader *r = open_kind("l.txt", "a\nb\nc\n", VB_INPUT_LINES);
    uint64_t s = vb_reader_info_serial(r);
    for (int i = 0; i < 3; i++) {
        next_ok(r);
        assert_true(vb_reader_info_serial(r) == s);
    }
    next_eof(r);
    assert_true(vb_reader_info_serial(r) == s);
    vb_reader_free(r);

    /* the first objects have no text to guess from: the third one tells */
    r = open_kind("j.jsonl",
                  "{\"n\":1}\n{\"n\":2}\n{\"n\":3,\"comment\":\"slow\"}\n"
                  "{\"n\":4,\"comment\":\"ok\"}\n",
                  VB_INPUT_JSONL);
    next_ok(r);
    s = vb_reader_info_serial(r);
    assert_null(info_of(r).text_col);
    next_ok(r);
    assert_true(vb_reader_info_serial(r) == s);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "slow");
    assert_true(vb_reader_info_serial(r) != s);
    assert_string_equal(info_of(r).text_col, "comment");
    s = vb_reader_info_serial(r);
    next_ok(r);
    assert_true(vb_reader_info_serial(r) == s);
    vb_reader_free(r);

    const member m[] = { { "a.csv", "id,text\n1,alpha\n2,beta\n", 0 },
                         { "b.txt", "gamma\ndelta\n", 0 } };
    size_t len;
    char *z = pack("zip", "none", m, 2, &len);
    r = open_opts_("x.zip", z, len, NULL, __LINE__);
    uint64_t seen[4];
    for (int i = 0; i < 4; i++) {
        next_ok(r);
        seen[i] = vb_reader_info_serial(r);
        assert_int_equal(info_of(r).member, i < 2 ? 1 : 2);
    }
    assert_true(seen[1] == seen[0] && seen[2] != seen[1] && seen[3] == seen[2]);
    next_eof(r);
    vb_reader_free(r);
    free(z);
}

/* --input applies to every member. */
static void archive_members_forced_kind(void **state)
{
    (void)state;
    const member m[] = { { "a.csv", "x,y\n", 0 }, { "b.txt", "z\n", 0 } };
    size_t len;
    char *z = pack("zip", "none", m, 2, &len);
    vb_reader_opts o;
    vb_reader_opts_init(&o);
    o.kind = VB_INPUT_LINES;
    vb_reader *r = open_opts_("a.zip", z, len, &o, __LINE__);
    assert_field(next_ok(r)->text, "x,y");
    assert_field(next_ok(r)->text, "z");
    next_eof(r);
    vb_reader_free(r);
    free(z);
}

/* Cut short: the records before are kept, the one cut is not returned, the error names
 * the line, and it stays. */
static void compressed_stream_cut_is_eio(void **state)
{
    (void)state;
    sbuf b = {0};
    sb_printf(&b, "id,text\n");
    for (int i = 1; b.len < 1000000; i++)
        sb_printf(&b, "%d,row %d: some words that compress well enough\n", i, i * 7919 % 10007);
    size_t len;
    char *z = compress1("gzip", b.p, &len);
    vb_reader *r = open_opts_("cut.csv.gz", z, len / 2, NULL, __LINE__);
    const vb_record *rec;
    vb_error err;
    size_t n = 0, last_line = 0;
    int rc;
    while ((rc = vb_reader_next(r, &rec, &err)) == VB_OK) {
        n++;
        last_line = rec->line;
        assert_true(rec->text.len > 0);
    }
    assert_int_equal(rc, VB_EIO);
    assert_true(n > 1000);
    assert_string_equal(err.source, "cut.csv.gz");
    assert_int_equal(err.line, last_line + 1);
    assert_contains(err.msg, "truncated gzip input");
    assert_int_equal(vb_reader_next(r, &rec, &err), VB_EIO);
    vb_reader_free(r);
    free(z);
    free(b.p);
}

/* A bomb is rejected where it crosses the limit; the archive goes on after it. */
static void archive_bomb_member_rejected(void **state)
{
    (void)state;
    size_t big = 8 << 20;
    char *zeros = malloc(big + 1);
    assert_non_null(zeros);
    memset(zeros, 'a', big);
    zeros[big] = '\0';
    const member m[] = { { "a.txt", "one\n", 0 }, { "bomb.txt", zeros, 0 },
                         { "c.txt", "two\n", 0 } };
    size_t len;
    char *z = pack("zip", "none", m, 3, &len);
    vb_reader_opts o;
    vb_reader_opts_init(&o);
    o.max_expand_ratio = 20;
    vb_reader *r = open_opts_("b.zip", z, len, &o, __LINE__);
    assert_field(next_ok(r)->text, "one");
    vb_error e = next_reject(r);
    assert_string_equal(e.source, "b.zip:bomb.txt");
    assert_contains(e.msg, "expands more than 20-fold");
    assert_field(next_ok(r)->text, "two");
    next_eof(r);
    vb_reader_free(r);

    vb_reader_opts_init(&o);
    o.max_expand_bytes = 1000;
    r = open_opts_("b.zip", z, len, &o, __LINE__);
    assert_field(next_ok(r)->text, "one");
    e = next_reject(r);
    assert_contains(e.msg, "expands beyond 1000 bytes");
    assert_field(next_ok(r)->text, "two");
    next_eof(r);
    vb_reader_free(r);
    free(z);

    /* in a compressed tar the members after the bomb are behind it: they are not read */
    z = pack("gnutar", "gzip", m, 3, &len);
    vb_reader_opts_init(&o);
    o.max_expand_bytes = 1000;
    r = open_opts_("b.tgz", z, len, &o, __LINE__);
    assert_field(next_ok(r)->text, "one");
    e = next_reject(r);
    assert_contains(e.msg, "nor the members after it");
    next_eof(r);
    vb_reader_free(r);
    free(z);

    /* a single stream: rejected, and the rest of it is not inflated to get to its end */
    z = compress1("xz", zeros, &len);
    vb_reader_opts_init(&o);
    o.max_expand_ratio = 20;
    r = open_opts_("bomb.txt.xz", z, len, &o, __LINE__);
    e = next_reject(r);
    assert_string_equal(e.source, "bomb.txt.xz");
    assert_contains(e.msg, "(--max-ratio)");
    next_eof(r);
    vb_reader_free(r);
    free(z);
    free(zeros);
}

/* A member without the named column is an error, as a file without it is. */
static void archive_member_missing_column_is_einval(void **state)
{
    (void)state;
    const member m[] = { { "a.csv", "id,text\n1,x\n", 0 }, { "b.csv", "id,body\n1,y\n", 0 } };
    size_t len;
    char *z = pack("zip", "none", m, 2, &len);
    vb_reader_opts o;
    vb_reader_opts_init(&o);
    o.text_col = "text";
    vb_reader *r = open_opts_("m.zip", z, len, &o, __LINE__);
    assert_field(next_ok(r)->text, "x");
    const vb_record *rec;
    vb_error err;
    assert_int_equal(vb_reader_next(r, &rec, &err), VB_EINVAL);
    assert_string_equal(err.source, "m.zip:b.csv");
    vb_reader_free(r);
    free(z);
}

/* A name that promises an archive but bytes that are not one: an I/O error, not text. */
static void damaged_archive_is_eio(void **state)
{
    (void)state;
    vb_reader *r = NULL;
    vb_error err;
    const char junk[] = "PK\x03\x04 not really a zip file, just some text";
    int rc = vb_reader_open_mem(&r, "j.zip", junk, sizeof junk - 1, NULL, &err);
    const vb_record *rec;
    if (rc == VB_OK)
        rc = vb_reader_next(r, &rec, &err);
    assert_int_equal(rc, VB_EIO);
    assert_string_equal(err.source, "j.zip");
    assert_contains(err.msg, "cannot read the archive");
    vb_reader_free(r);
}

/* A file over several 64 KiB blocks, with quoted fields and a pushback (an unclosed quote)
 * across block boundaries, reads exactly as the same bytes in memory. */
static void file_reads_like_memory_across_blocks(void **state)
{
    (void)state;
    sbuf b = {0};
    sb_printf(&b, "\xEF\xBB\xBFid,text\r\n");
    int nbad = 0;
    for (int i = 1; b.len < 300000; i++) {
        if (i % 997 == 0) {
            sb_printf(&b, "%d,\"never closed %d\r\n", i, i);
            nbad++;
        } else if (i % 13 == 0) {
            sb_printf(&b, "%d,\"quoted, \"\"with\"\"\r\nline break %d\"\r\n", i, i);
        } else {
            sb_printf(&b, "%d,plain text for row %d with some padding to fill blocks\r\n", i, i);
        }
    }
    assert_true(nbad >= 2);
    char path[128];
    snprintf(path, sizeof path, "%s/big.csv", tmpdir);
    write_file(path, b.p, b.len);

    vb_reader *rf = NULL, *rm = NULL;
    vb_error err;
    assert_int_equal(vb_reader_open(&rf, path, NULL, &err), VB_OK);
    rm = open_opts_(path, b.p, b.len, NULL, __LINE__);
    vb_reader_info fi = info_of(rf), mi = info_of(rm);
    assert_int_equal(fi.kind, VB_INPUT_CSV);
    assert_int_equal(mi.kind, VB_INPUT_CSV);
    assert_string_equal(fi.columns[0], "id");
    char *tf = transcript(rf), *tm = transcript(rm);
    assert_string_equal(tf, tm);
    size_t rejects = 0;
    for (const char *p = tf; (p = strstr(p, "reject ")) != NULL; p++)
        rejects++;
    assert_int_equal(rejects, (size_t)nbad);
    free(tf);
    free(tm);
    vb_reader_free(rf);
    vb_reader_free(rm);
    assert_int_equal(unlink(path), 0);
    free(b.p);
}

/* What a lines reader must give for data (UTF-8, after any conversion), in transcript()'s
 * form, worked out byte by byte: LF, CRLF and a lone CR end a line; a line longer than max
 * or holding a NUL byte is rejected. */
static char *lines_expected(const char *p, size_t n, size_t max)
{
    sbuf b = {0};
    sb_printf(&b, "%s", "");
    size_t line = 1, index = 0, i = 0;
    while (i < n) {
        size_t start = i;
        while (i < n && p[i] != '\n' && p[i] != '\r')
            i++;
        size_t len = i - start;
        if (i < n)
            i += p[i] == '\r' && i + 1 < n && p[i + 1] == '\n' ? 2 : 1;
        index++;
        const char *nul = memchr(p + start, '\0', len);
        if (len > max)
            sb_printf(&b, "reject %zu:0 line longer than the %zu-byte limit (--max-record)\n",
                      line, max);
        else if (nul)
            sb_printf(&b, "reject %zu:%zu a NUL byte: binary data, not text\n", line,
                      (size_t)(nul - (p + start)) + 1);
        else
            sb_printf(&b, "ok %zu %zu %zu|%.*s\n", line, index, index, (int)len, p + start);
        line++;
    }
    return b.p;
}

static char *latin1_to_utf8(const char *p, size_t n, size_t *outlen)
{
    char *out = malloc(2 * n + 1);
    assert_non_null(out);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x80) {
            out[k++] = (char)c;
        } else {
            out[k++] = (char)(0xC0 | c >> 6);
            out[k++] = (char)(0x80 | (c & 0x3F));
        }
    }
    *outlen = k;
    return out;
}

static void expect_lines_file(const char *path, const vb_reader_opts *opts, const char *want,
                              const char *what)
{
    vb_reader *r = NULL;
    vb_error err;
    vb_error_clear(&err);
    if (vb_reader_open(&r, path, opts, &err) != VB_OK)
        fail_msg("%s: %s", what, err.msg);
    char *got = transcript(r);
    if (strcmp(got, want) != 0) {
        size_t i = 0;
        while (got[i] && got[i] == want[i])
            i++;
        size_t from = i > 80 ? i - 80 : 0;
        fail_msg("%s: differs at byte %zu:\n got: ...%.160s\nwant: ...%.160s", what, i,
                 got + from, want + from);
    }
    free(got);
    vb_reader_free(r);
}

/* Lines read from a file are handed out where they lie in the reader's 64 KiB block
 * (VB_RD_BLOCK) when they lie in it whole; a line at a block's edge takes the general path.
 * Each case puts its bytes across the first edge, shifted by -2..+2, and the records (text,
 * line, number, id; rejects with line and column) must be those worked out byte by byte:
 * from a file, from a Latin-1 file converted as read, gzip'ed, and from memory. */
static void lines_at_block_edges(void **state)
{
    (void)state;
    const size_t block = 65536, max = 200;
    char longline[302];
    memset(longline, 'L', 300);
    longline[300] = '\n';
    longline[301] = '\0';
    static const struct {
        const char *bytes;
        size_t len, at; /* at: the byte of bytes put at the edge */
    } cases[] = {
        { "ab\ncd\n", 6, 2 },           /* LF as a block's last byte or the next's first */
        { "ab\r\ncd\n", 7, 2 },         /* CRLF split between blocks */
        { "ab\rcd\n", 6, 2 },           /* a lone CR at a block's end */
        { "ab\r\r\ncd\r", 8, 3 },       /* CR, then CRLF, a CR last */
        { "\n\n\r\n\r\r\n", 7, 3 },     /* empty lines */
        { "ab\0cd\n", 6, 2 },           /* a NUL byte: rejected with its column */
        { "x\0\nyz\n", 6, 1 },          /* a NUL byte right before the LF */
        { NULL, 301, 150 },             /* a line over the limit across the edge */
        { NULL, 301, 300 },             /* ... ending at the edge */
    };
    char path[128], gzpath[128];
    snprintf(path, sizeof path, "%s/edge.txt", tmpdir);
    snprintf(gzpath, sizeof gzpath, "%s/edge.txt.gz", tmpdir);
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_LINES;
    opts.max_record_bytes = max;
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++)
        for (int delta = -2; delta <= 2; delta++) {
            const char *bytes = cases[c].bytes ? cases[c].bytes : longline;
            /* filler lines (with Latin-1 bytes), the last one cut to put byte `at` of the case
             * at block + delta: delta -1 is the first block's last byte */
            size_t edge = (size_t)((long)block + delta), target = edge - cases[c].at;
            sbuf b = {0};
            sb_printf(&b, "%s", "");
            for (int i = 1; b.len + 60 < target; i++)
                sb_printf(&b, "filler line %d caf\xe9%.*s\n", i, i % 23, "tttttttttttttttttttttttttt");
            while (b.len + 1 < target)
                sb_printf(&b, "x");
            sb_printf(&b, "\n");
            assert_int_equal(b.len, target);
            size_t len = b.len + cases[c].len;
            char *data = malloc(len + 64);
            assert_non_null(data);
            memcpy(data, b.p, b.len);
            memcpy(data + b.len, bytes, cases[c].len);
            assert_true(data[edge] == bytes[cases[c].at]);
            memcpy(data + len, "tail one\ntail two", 17); /* the last line without its end */
            len += 17;
            free(b.p);

            char what[64];
            snprintf(what, sizeof what, "case %zu, edge %+d", c, delta);
            write_file(path, data, len);
            size_t ulen;
            char *utf8 = latin1_to_utf8(data, len, &ulen);
            char *want_raw = lines_expected(data, len, max);
            char *want_utf8 = lines_expected(utf8, ulen, max);
            expect_lines_file(path, &opts, want_raw, what);

            opts.encoding = VB_ENCODING_LATIN1;
            snprintf(what, sizeof what, "case %zu, edge %+d, latin1", c, delta);
            expect_lines_file(path, &opts, want_utf8, what);
            opts.encoding = VB_ENCODING_UTF8;

            if (!memchr(data, '\0', len)) { /* compress1 takes a string */
                data[len] = '\0';
                size_t zlen;
                char *z = compress1("gzip", data, &zlen);
                write_file(gzpath, z, zlen);
                free(z);
                snprintf(what, sizeof what, "case %zu, edge %+d, gzip", c, delta);
                expect_lines_file(gzpath, &opts, want_raw, what);
            }

            vb_reader *rm = open_opts_("edge.txt", data, len, &opts, __LINE__);
            char *got = transcript(rm);
            assert_string_equal(got, want_raw);
            free(got);
            vb_reader_free(rm);

            free(want_raw);
            free(want_utf8);
            free(utf8);
            free(data);
        }
    assert_int_equal(unlink(path), 0);
    assert_int_equal(unlink(gzpath), 0);
}

static void file_json_kind_by_content(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/data.json", tmpdir);
    const char *arr = "\xEF\xBB\xBF  \n[{\"text\":\"a\"},\n {\"text\":\"b\"}]\n";
    write_file(path, arr, strlen(arr));
    vb_reader *r = NULL;
    vb_error err;
    assert_int_equal(vb_reader_open(&r, path, NULL, &err), VB_OK);
    assert_int_equal(info_of(r).kind, VB_INPUT_JSON);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "a");
    assert_int_equal(rec->line, 2);
    rec = next_ok(r);
    assert_field(rec->text, "b");
    assert_int_equal(rec->line, 3);
    next_eof(r);
    vb_reader_free(r);

    const char *lines = "{\"text\":\"a\"}\n{\"text\":\"b\"}\n";
    write_file(path, lines, strlen(lines));
    assert_int_equal(vb_reader_open(&r, path, NULL, &err), VB_OK);
    assert_int_equal(info_of(r).kind, VB_INPUT_JSONL);
    assert_field(next_ok(r)->text, "a");
    rec = next_ok(r);
    assert_field(rec->text, "b");
    assert_int_equal(rec->line, 2);
    next_eof(r);
    vb_reader_free(r);
    assert_int_equal(unlink(path), 0);
}

static void file_missing_is_eio(void **state)
{
    (void)state;
    vb_reader *r = (vb_reader *)&r;
    vb_error err;
    vb_error_clear(&err);
    char path[128];
    snprintf(path, sizeof path, "%s/no-such-file.csv", tmpdir);
    assert_int_equal(vb_reader_open(&r, path, NULL, &err), VB_EIO);
    assert_null(r);
    assert_int_equal(err.code, VB_EIO);
    assert_string_equal(err.source, path);
    assert_contains(err.msg, "cannot open");
}

/* Regressions from the review of the first version. */

static void csv_trailing_delimiter_rows(void **state)
{
    (void)state;
    /* data rows end with ',' but the header does not: the first row is still the header,
     * and the one extra empty field is dropped */
    vb_reader *r = open_kind("t.csv", "id,comment\n1,hello there,\n2,world,\n", VB_INPUT_CSV);
    vb_reader_info info;
    const vb_record *rec = next_ok(r);
    vb_reader_get_info(r, &info);
    assert_int_equal(info.preamble_lines, 0);
    assert_string_equal(info.text_col, "comment");
    assert_field(rec->text, "hello there");
    assert_int_equal(rec->nfields, 2);
    assert_field(next_ok(r)->id, "2");
    next_eof(r);
    vb_reader_free(r);
}

static void csv_closed_quote_with_text_after_is_one_reject(void **state)
{
    (void)state;
    /* a multi-line field that did close, followed by text: one reject, no phantom rows */
    vb_reader *r = open_kind("e.csv", "id,text\n1,\"first line\nsecond, line\" (edited)\n2,fine\n",
                             VB_INPUT_CSV);
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 3);
    assert_contains(err.msg, "after a closing quote");
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "fine");
    assert_int_equal(rec->line, 4);
    next_eof(r);
    vb_reader_free(r);
}

static void tsv_quotes_in_text_are_literal(void **state)
{
    (void)state;
    vb_reader *r = open_kind("t.tsv", "id\ttext\n1\t\"Great\" service, hello\n2\t\"a\tb\"\n",
                             VB_INPUT_TSV);
    assert_field(next_ok(r)->text, "\"Great\" service, hello");
    assert_field(next_ok(r)->text, "a\tb"); /* a real quoted field still works */
    next_eof(r);
    vb_reader_free(r);
}

static void csv_unclosed_quote_over_limit_gives_lines_back(void **state)
{
    (void)state;
    char csv[4096] = "id,text\n1,\"oops\n";
    for (int i = 2; i <= 30; i++)
        snprintf(csv + strlen(csv), sizeof csv - strlen(csv), "%d,good row %d\n", i, i);
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.max_record_bytes = 100;
    vb_reader *r = open_opts("u.csv", csv, &opts);
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 2);
    assert_contains(err.msg, "unclosed quote");
    /* the lines kept within the limit are read again; those past it are named in the
     * message: together they are every one of the 29 good rows */
    const char *at = strstr(err.msg, "; lines ");
    assert_non_null(at);
    unsigned long from, to;
    assert_int_equal(sscanf(at, "; lines %lu-%lu are past", &from, &to), 2);
    size_t n = 0;
    const vb_record *rec;
    vb_error e2;
    while (vb_reader_next(r, &rec, &e2) == VB_OK) {
        assert_int_equal(rec->line, n + 3);
        n++;
    }
    assert_true(n >= 5);
    assert_int_equal(from, n + 3);
    assert_int_equal(to, 31);
    assert_int_equal(n + (to - from + 1), 29);
    vb_reader_free(r);
}

static void csv_long_quoted_field_is_one_reject(void **state)
{
    (void)state;
    char csv[8192] = "id,text\n1,\"start\n";
    for (int i = 0; i < 500; i++)
        strcat(csv, "x\n");
    strcat(csv, "end\"\n2,fine\n");
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.max_record_bytes = 100;
    vb_reader *r = open_opts("q.csv", csv, &opts);
    vb_error err = next_reject(r);
    assert_contains(err.msg, "the whole row, lines 2-503, is rejected");
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "fine");
    assert_int_equal(rec->line, 504);
    next_eof(r);
    vb_reader_free(r);
}

static void json_array_separators(void **state)
{
    (void)state;
    vb_reader *r = open_kind("j.json", "[,{\"text\":\"a\"},,{\"text\":\"b\"} {\"text\":\"c\"},]x",
                             VB_INPUT_JSON);
    assert_contains(next_reject(r).msg, "unexpected ','");
    assert_field(next_ok(r)->text, "a");
    assert_contains(next_reject(r).msg, "unexpected ','");
    assert_field(next_ok(r)->text, "b");
    assert_contains(next_reject(r).msg, "missing ','"); /* c is rejected */
    assert_contains(next_reject(r).msg, "',' before ']'");
    next_eof(r);
    vb_reader_free(r);
    r = open_kind("j.json", "[{\"text\":\"a\"}]  xyz", VB_INPUT_JSON);
    assert_field(next_ok(r)->text, "a");
    assert_contains(next_reject(r).msg, "after the end");
    next_eof(r);
    vb_reader_free(r);
}

static void json_id_guessed_when_text_given(void **state)
{
    (void)state;
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_JSONL;
    opts.text_col = "comment";
    vb_reader *r = open_opts("t.jsonl", "{\"id\":\"r1\",\"comment\":\"hello\"}\n", &opts);
    assert_field(next_ok(r)->id, "r1");
    vb_reader_free(r);
}

/* ---- JSON field paths ---- */

static vb_reader *open_paths(const char *data, const char *text, const char *id,
                             const char *date, const char *seg, const char *seg2,
                             const char *score)
{
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_JSONL;
    opts.text_col = text;
    opts.id_col = id;
    opts.date_col = date;
    opts.segment_col = seg;
    opts.segment2_col = seg2;
    opts.score_col = score;
    return open_opts("p.jsonl", data, &opts);
}

static void json_paths_nested(void **state)
{
    (void)state;
    const char *jsonl =
        "{\"review\":{\"body\":\"Great staff\",\"stars\":4.5},\"meta\":{\"ts\":\"2024-05-01\","
        "\"id\":1234,\"vip\":true},\"items\":[\"first\",\"second\"]}\n"
        "{\"review\":{\"body\":\"Slow\"},\"meta\":{\"ts\":null,\"id\":\"x7\",\"vip\":false},"
        "\"items\":[]}\n";
    vb_reader *r = open_paths(jsonl, "review.body", "meta.id", "meta.ts", "meta.vip", "items.0",
                              "review.stars");
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "Great staff");
    assert_field(rec->id, "1234"); /* a number as its JSON text */
    assert_field(rec->date, "2024-05-01");
    assert_field(rec->segment, "true");
    assert_field(rec->segment2, "first");
    assert_field(rec->score, "4.5");
    /* the fields are the object's own (top-level) values, as before */
    assert_int_equal(rec->nfields, 3);
    assert_field(rec->fields[2], "[\"first\",\"second\"]");
    vb_reader_info info = info_of(r);
    assert_string_equal(info.text_col, "review.body");
    assert_int_equal(info.text_guessed, 0);
    assert_string_equal(info.id_col, "meta.id");

    rec = next_ok(r);
    assert_field(rec->text, "Slow");
    assert_field(rec->id, "x7");
    assert_null(rec->date.ptr);   /* null: absent */
    assert_field(rec->segment, "false");
    assert_null(rec->segment2.ptr); /* no element 0 */
    assert_null(rec->score.ptr);  /* missing here */
    next_eof(r);
    vb_reader_free(r);
}

static void json_paths_dotted_keys(void **state)
{
    (void)state;
    /* a key holding a dot is found as it is (the longest key first); when it leads nowhere
     * the shorter keys are tried */
    const char *jsonl = "{\"a.b\":\"literal\",\"a\":{\"b\":\"nested\"},\"t\":\"x\"}\n"
                        "{\"a\":{\"b\":\"only nested\"},\"t\":\"y\"}\n"
                        "{\"m\":{\"k.v\":{\"z\":\"deep\"}},\"m.k\":{\"q\":1},\"t\":\"z\"}\n";
    vb_reader *r = open_paths(jsonl, "t", NULL, NULL, "a.b", "m.k.v.z", NULL);
    const vb_record *rec = next_ok(r);
    assert_field(rec->segment, "literal");
    rec = next_ok(r);
    assert_field(rec->segment, "only nested");
    assert_null(rec->segment2.ptr);
    rec = next_ok(r);
    assert_null(rec->segment.ptr);
    assert_field(rec->segment2, "deep"); /* "m.k" has no "v.z": back to "m" then "k.v" */
    next_eof(r);
    vb_reader_free(r);

    /* indexes into arrays, and paths that do not fit the value */
    jsonl = "{\"t\":\"x\",\"l\":[{\"n\":\"zero\"},{\"n\":\"one\"}],\"s\":\"str\"}\n";
    r = open_paths(jsonl, "t", NULL, "l.01", "l.1.n", "s.0", NULL);
    rec = next_ok(r);
    assert_null(rec->date.ptr); /* no leading zeros */
    assert_field(rec->segment, "one");
    assert_null(rec->segment2.ptr); /* a string has no elements */
    vb_error err;
    vb_error_clear(&err);
    assert_int_equal(vb_reader_next(r, &rec, &err), VB_EINVAL); /* no object had them */
    assert_contains(err.msg, "date field 'l.01'");
    vb_reader_free(r);
}

/* A path is found whatever its depth (a 40-level path used to run out of the lookup budget
 * after 22 levels and read as missing), and a key holding many dots costs one pass over the
 * keys, not a probe at every dot. */
static void json_paths_deep_and_many_dots(void **state)
{
    (void)state;
    /* {"l0":{"l1":...{"l39":"deep"}...},"t":"x"} with --text l0.l1...l39 */
    char line[4096], path[1024];
    size_t n = 0, pn = 0;
    for (int i = 0; i < 40; i++) {
        n += (size_t)snprintf(line + n, sizeof line - n, "{\"l%d\":", i);
        pn += (size_t)snprintf(path + pn, sizeof path - pn, "%sl%d", i ? "." : "", i);
    }
    n += (size_t)snprintf(line + n, sizeof line - n, "\"deep\"");
    for (int i = 0; i < 40; i++)
        line[n++] = '}';
    snprintf(line + n, sizeof line - n, "\n");
    vb_reader *r = open_paths(line, path, NULL, NULL, NULL, NULL, NULL);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "deep");
    next_eof(r);
    vb_reader_free(r);

    /* {"x":{"k.k...k" (41 parts):{"z":"in"},"k":{"k":"short"}},"t":"x"}: the dotted key is
     * found as it is, and the path that stops inside it by the short keys */
    n = (size_t)snprintf(line, sizeof line, "{\"x\":{\"");
    pn = (size_t)snprintf(path, sizeof path, "x.");
    for (int i = 0; i < 41; i++) {
        n += (size_t)snprintf(line + n, sizeof line - n, "%sk", i ? "." : "");
        pn += (size_t)snprintf(path + pn, sizeof path - pn, "%sk", i ? "." : "");
    }
    snprintf(line + n, sizeof line - n,
             "\":{\"z\":\"in\"},\"k\":{\"k\":\"short\"}},\"t\":\"x\"}\n");
    snprintf(path + pn, sizeof path - pn, ".z");
    r = open_paths(line, "t", NULL, NULL, path, "x.k.k", "x.k.k.k");
    rec = next_ok(r);
    assert_field(rec->segment, "in");
    assert_field(rec->segment2, "short");
    assert_null(rec->score.ptr);
    vb_reader_free(r);
}

static void json_text_arrays_and_non_text(void **state)
{
    (void)state;
    const char *jsonl =
        "{\"t\":[\"Slow delivery.\",null,\"Rude staff\"]}\n"
        "{\"t\":[]}\n"
        "{\"t\":[\"ok\",3]}\n"
        "{\"t\":{\"body\":\"inside\",\"n\":1}}\n"
        "{\"t\":{\"n\":1}}\n"
        "{\"t\":null}\n"
        "{\"t\":7.25}\n";
    vb_reader *r = open_paths(jsonl, "t", NULL, NULL, NULL, NULL, NULL);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "Slow delivery.\nRude staff"); /* joined by a line feed */
    assert_field(rec->fields[0], "[\"Slow delivery.\",null,\"Rude staff\"]");
    assert_field(next_ok(r)->text, "");
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 3);
    assert_string_equal(err.msg,
                        "the text field 't' is an array holding a number (element 1), not "
                        "only strings");
    err = next_reject(r);
    assert_string_equal(err.msg, "the text field 't' is an object, not text (a text field "
                                 "inside it: 'body')");
    err = next_reject(r);
    assert_string_equal(err.msg, "the text field 't' is an object, not text");
    assert_field(next_ok(r)->text, ""); /* null: empty text, as before */
    rec = next_ok(r);
    assert_field(rec->text, "7.25");
    assert_int_equal(rec->index, 7);
    next_eof(r);
    vb_reader_free(r);
}

static void json_named_path_in_no_object(void **state)
{
    (void)state;
    /* a segment no object has: the records are read, then the end is a usage error (as a
     * CSV header without the column) */
    vb_reader *r = open_paths("{\"t\":\"a\",\"meta\":{\"region\":\"N\"}}\n{\"t\":\"b\"}\n", NULL,
                              NULL, NULL, "meta.regoin", NULL, NULL);
    next_ok(r);
    next_ok(r);
    const vb_record *rec;
    vb_error err;
    vb_error_clear(&err);
    assert_int_equal(vb_reader_next(r, &rec, &err), VB_EINVAL);
    assert_string_equal(err.msg, "no object has a segment field 'meta.regoin' (fields of the "
                                 "first object: t, meta.region)");
    next_eof(r); /* said once */
    vb_reader_free(r);

    /* found in one object: no error */
    r = open_paths("{\"t\":\"a\"}\n{\"t\":\"b\",\"d\":\"2024-01-01\"}\n", NULL, NULL, "d", NULL,
                   NULL, NULL);
    assert_null(next_ok(r)->date.ptr);
    assert_field(next_ok(r)->date, "2024-01-01");
    next_eof(r);
    vb_reader_free(r);

    /* a text path no object has: every object is rejected, then the usage error */
    r = open_paths("{\"review\":{\"body\":\"x\"}}\n{\"review\":{\"body\":\"y\"}}\n", "review.bdy",
                   NULL, NULL, NULL, NULL, NULL);
    assert_string_equal(next_reject(r).msg, "no field 'review.bdy' in this object");
    next_reject(r);
    vb_error_clear(&err);
    assert_int_equal(vb_reader_next(r, &rec, &err), VB_EINVAL);
    assert_contains(err.msg, "text field 'review.bdy'");
    assert_contains(err.msg, "review.body");
    vb_reader_free(r);

    /* no objects at all: nothing to judge */
    r = open_paths("\"a\"\n", NULL, NULL, NULL, "region", NULL, NULL);
    next_ok(r);
    next_eof(r);
    vb_reader_free(r);
}

static void json_text_guessed_nested(void **state)
{
    (void)state;
    /* "review" is an object: its "body" is the text (by name, one level down) */
    vb_reader *r = open_kind("g.jsonl",
                             "{\"id\":\"r1\",\"review\":{\"title\":\"Hm\",\"body\":\"Staff were "
                             "great\"},\"stars\":5}\n",
                             VB_INPUT_JSONL);
    const vb_record *rec = next_ok(r);
    vb_reader_info info = info_of(r);
    assert_string_equal(info.text_col, "review.body");
    assert_int_equal(info.text_guessed, 1);
    assert_field(rec->text, "Staff were great");
    assert_field(rec->id, "r1");
    vb_reader_free(r);

    /* a top-level name wins over a nested one; a name-matched field that is not text
     * ("feedback": 0) is passed over */
    r = open_kind("g.jsonl",
                  "{\"feedback\":0,\"m\":{\"comment\":\"nested\"},\"text\":\"top\"}\n",
                  VB_INPUT_JSONL);
    assert_field(next_ok(r)->text, "top");
    vb_reader_free(r);
    r = open_kind("g.jsonl", "{\"feedback\":0,\"m\":{\"comment\":\"nested\"}}\n", VB_INPUT_JSONL);
    assert_field(next_ok(r)->text, "nested");
    assert_string_equal(info_of(r).text_col, "m.comment");
    vb_reader_free(r);

    /* the longest text, arrays of strings included */
    r = open_kind("g.jsonl", "{\"a\":\"short one\",\"m\":{\"lines\":[\"a longer\",\"text\"]}}\n",
                  VB_INPUT_JSONL);
    rec = next_ok(r);
    assert_string_equal(info_of(r).text_col, "m.lines");
    assert_int_equal(info_of(r).text_guessed, 2);
    assert_field(rec->text, "a longer\ntext");
    vb_reader_free(r);

    /* an object without any text: empty text, and the next object is asked */
    r = open_kind("g.jsonl", "{\"id\":1,\"nps\":9}\n{\"id\":2,\"nps\":3,\"note\":\"Too slow\"}\n"
                             "{\"id\":3}\n",
                  VB_INPUT_JSONL);
    rec = next_ok(r);
    assert_field(rec->text, "");
    assert_field(rec->id, "1");
    assert_null(info_of(r).text_col);
    rec = next_ok(r);
    assert_field(rec->text, "Too slow");
    assert_string_equal(info_of(r).text_col, "note");
    assert_string_equal(next_reject(r).msg, "no field 'note' in this object");
    next_eof(r);
    vb_reader_free(r);
}

static void json_big_numbers_and_nul_keys(void **state)
{
    (void)state;
    /* integers beyond 64 bits are read as doubles; a NUL in a key becomes U+FFFD */
    const char *jsonl = "{\"id\":123456789012345678901234,\"text\":\"big\"}\n"
                        "{\"id\":-9223372036854775808,\"text\":\"min\"}\n"
                        "{\"k\\u0000ey\":\"v\",\"text\":\"nul\",\"s\":\"a\\u0000b\"}\n";
    vb_reader *r = open_kind("b.jsonl", jsonl, VB_INPUT_JSONL);
    const vb_record *rec = next_ok(r);
    assert_field(rec->id, "1.2345678901234569e23"); /* jansson's %.17g, trimmed */
    assert_field(rec->text, "big");
    rec = next_ok(r);
    assert_field(rec->id, "-9223372036854775808"); /* still an exact integer */
    rec = next_ok(r);
    assert_field(rec->text, "nul");
    assert_field(rec->fields[2], "a\0b"); /* in a value the NUL is kept */
    next_eof(r);
    vb_reader_free(r);
}

static void jsonl_broken_line_byte_column(void **state)
{
    (void)state;
    /* "é" is two bytes: the column counts bytes, not characters */
    vb_reader *r = open_kind("c.jsonl",
                             "{\"text\":\"ok\"}\n{\"text\":\"\xC3\xA9\xC3\xA9\" \"x\"}\n"
                             "{\"text\":\"a\xFF\"}\n",
                             VB_INPUT_JSONL);
    assert_field(next_ok(r)->text, "ok");
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 16); /* the token jansson names: "x" */
    assert_contains(err.msg, "invalid JSON");
    err = next_reject(r); /* invalid UTF-8: the bad byte itself */
    assert_int_equal(err.line, 3);
    assert_int_equal(err.column, 11);
    assert_contains(err.msg, "0xff");
    next_eof(r);
    vb_reader_free(r);

    /* a raw NUL byte after a value: jansson would stop there; it is rejected where it is
     * (past the first 8 KiB, where a NUL byte refuses the whole input as not text) */
    static const char head[] = "{\"text\":\"";
    static const char tail[] = "\"}\n{\"text\":\"b\"}\0\n{\"text\":\"c\"}\n";
    size_t pad = 9000, nlen = sizeof head - 1 + pad + sizeof tail - 1;
    char *nul = malloc(nlen);
    assert_non_null(nul);
    memcpy(nul, head, sizeof head - 1);
    memset(nul + sizeof head - 1, 'a', pad);
    memcpy(nul + sizeof head - 1 + pad, tail, sizeof tail - 1);
    r = open_opts_("z.jsonl", nul, nlen, NULL, __LINE__);
    next_ok(r);
    err = next_reject(r);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 13);
    assert_contains(err.msg, "NUL byte");
    assert_field(next_ok(r)->text, "c");
    next_eof(r);
    vb_reader_free(r);
    free(nul);
}

static void null_err_is_allowed(void **state)
{
    (void)state;
    vb_reader *r = NULL;
    const char csv[] = "id,text\n1,\"oops\n2,fine\n";
    assert_int_equal(vb_reader_open_mem(&r, "n.csv", csv, sizeof csv - 1, NULL, NULL), VB_OK);
    const vb_record *rec;
    assert_int_equal(vb_reader_next(r, &rec, NULL), VB_EREJECT);
    assert_int_equal(vb_reader_next(r, &rec, NULL), VB_OK);
    assert_int_equal(vb_reader_next(r, &rec, NULL), VB_EOF);
    vb_reader_free(r);
}

/* ---- delimiters, Excel's ="...", rejected bytes, encodings, binary input ---- */

/* The lines after an unclosed quote are read again byte for byte: a CRLF that ended the
 * scan inside the next row's quoted field stays CRLF (it once came back as a lone CR). */
static void csv_unclosed_quote_given_back_keeps_crlf(void **state)
{
    (void)state;
    const char *csv = "id,text\r\n4,\"never closed\r\n5,\"multi\r\nline\"\r\n6,end\r\n";
    vb_reader *r = open_kind("crlf.csv", csv, VB_INPUT_CSV);
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 2);
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "multi\r\nline");
    assert_int_equal(rec->line, 3);
    assert_field(next_ok(r)->text, "end");
    next_eof(r);
    vb_reader_free(r);
}

static vb_reader *open_csv_guessing(const char *name, const char *data)
{
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV; /* no delimiter: guessed */
    return open_opts_(name, data, strlen(data), &opts, __LINE__);
}

/* European exports: ';' between fields, ',' inside the text (quoted or not) and in numbers. */
static void csv_delimiter_guessed_semicolon(void **state)
{
    (void)state;
    const char *csv = "id;comment;score\n"
                      "1;\"Friendly, fast, cheap\";4,5\n"
                      "2;Slow, rude staff;1,0\n"
                      "3;\"Said \"\"ok\"\", left\";3\n";
    vb_reader *r = open_csv_guessing("eu.csv", csv);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.delimiter, ';');
    assert_int_equal(info.delimiter_guessed, 1);
    assert_int_equal(info.ncolumns, 3);
    assert_string_equal(info.text_col, "comment");
    assert_field(next_ok(r)->text, "Friendly, fast, cheap");
    const vb_record *rec = next_ok(r);
    assert_field(rec->text, "Slow, rude staff");
    assert_field(rec->fields[2], "1,0");
    assert_field(next_ok(r)->text, "Said \"ok\", left");
    next_eof(r);
    vb_reader_free(r);
}

/* Commas inside quoted text outnumber the ';' of each row: the quotes are respected. */
static void csv_delimiter_guessed_with_commas_in_quotes(void **state)
{
    (void)state;
    const char *csv = "id;comment\n"
                      "1;\"one, two, three, four\"\n"
                      "2;\"a, b, c\"\n"
                      "3;\"x, y\"\n";
    vb_reader *r = open_csv_guessing("q.csv", csv);
    assert_int_equal(info_of(r).delimiter, ';');
    assert_field(next_ok(r)->text, "one, two, three, four");
    assert_field(next_ok(r)->text, "a, b, c");
    assert_field(next_ok(r)->text, "x, y");
    next_eof(r);
    vb_reader_free(r);
}

static void csv_delimiter_guessed_pipe_and_tab(void **state)
{
    (void)state;
    vb_reader *r = open_csv_guessing("p.csv", "id|comment|date\n1|slow, again|2024-01-02\n"
                                              "2|ok; fine|2024-01-03\n");
    assert_int_equal(info_of(r).delimiter, '|');
    assert_field(next_ok(r)->text, "slow, again");
    assert_field(next_ok(r)->text, "ok; fine");
    next_eof(r);
    vb_reader_free(r);

    /* a tab-separated file named .csv */
    r = open_csv_guessing("t.csv", "id\tcomment\n1\tslow, again\n2\tfine\n");
    assert_int_equal(info_of(r).delimiter, '\t');
    assert_field(next_ok(r)->text, "slow, again");
    vb_reader_free(r);
}

/* ',' stays when it splits as many rows as another candidate, or when none splits any;
 * a given delimiter is not second-guessed, and .tsv means tab. */
static void csv_delimiter_defaults_and_overrides(void **state)
{
    (void)state;
    vb_reader *r = open_csv_guessing("c.csv", "id,comment\n1,a;b\n2,\"c;d;e\"\n3,f\n");
    assert_int_equal(info_of(r).delimiter, ',');
    assert_int_equal(info_of(r).delimiter_guessed, 1);
    assert_field(next_ok(r)->text, "a;b");
    vb_reader_free(r);

    r = open_csv_guessing("one.csv", "comment\nslow\nfine\n");
    assert_int_equal(info_of(r).delimiter, ',');
    assert_field(next_ok(r)->text, "slow");
    vb_reader_free(r);

    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.delimiter = ',';
    r = open_opts("eu.csv", "id;comment\n1;slow\n2;fine\n", &opts);
    assert_int_equal(info_of(r).delimiter, ',');
    assert_int_equal(info_of(r).delimiter_guessed, 0);
    assert_int_equal(info_of(r).ncolumns, 1);
    assert_field(next_ok(r)->text, "1;slow");
    vb_reader_free(r);

    r = open_kind("x.tsv", "id\tcomment;x\n1\ta;b\n2\tc;d\n", VB_INPUT_AUTO);
    assert_int_equal(info_of(r).kind, VB_INPUT_TSV);
    assert_int_equal(info_of(r).delimiter, '\t');
    assert_int_equal(info_of(r).delimiter_guessed, 0);
    vb_reader_free(r);
}

/* Excel writes ="00123" to keep leading zeros: the value is what is quoted. */
static void csv_excel_formula_fields(void **state)
{
    (void)state;
    const char *csv = "id,zip,comment\n=\"00123\",=\"01000\",\"fine\"\n"
                      "=\"\",=\"a,b\",=1+2\n";
    vb_reader *r = open_kind("x.csv", csv, VB_INPUT_CSV);
    const vb_record *rec = next_ok(r);
    assert_field(rec->id, "00123");
    assert_field(rec->fields[1], "01000");
    rec = next_ok(r);
    assert_field(rec->fields[0], "");
    assert_field(rec->fields[1], "a,b");
    assert_field(rec->fields[2], "=1+2"); /* not quoted: kept as is */
    next_eof(r);
    vb_reader_free(r);
}

/* What Excel saves as "CSV (semicolon)" on a European machine: a BOM, CRLF, ';', ="...",
 * quoted line breaks. */
static void csv_excel_export_all_at_once(void **state)
{
    (void)state;
    const char *csv = "\xEF\xBB\xBFid;comment;date\r\n"
                      "=\"007\";\"Two\r\nlines, really\";01.02.2024\r\n"
                      "=\"008\";Short;02.02.2024\r\n";
    vb_reader *r = open_csv_guessing("export.csv", csv);
    vb_reader_info info = info_of(r);
    assert_int_equal(info.delimiter, ';');
    assert_string_equal(info.columns[0], "id");
    const vb_record *rec = next_ok(r);
    assert_field(rec->id, "007");
    assert_field(rec->text, "Two\r\nlines, really");
    assert_int_equal(rec->line, 2);
    rec = next_ok(r);
    assert_field(rec->id, "008");
    assert_int_equal(rec->line, 4);
    next_eof(r);
    vb_reader_free(r);
}

static void raw_is_(vb_reader *r, const char *want, int want_cut, int line)
{
    size_t len;
    int cut = -1;
    const char *p = vb_reader_reject_raw(r, &len, &cut);
    if (!want) {
        if (p)
            fail_msg("line %d: expected no raw bytes, got \"%.*s\"", line, (int)len, p);
        return;
    }
    if (!p)
        fail_msg("line %d: expected raw bytes \"%s\", got none", line, want);
    if (len != strlen(want) || memcmp(p, want, len) != 0)
        fail_msg("line %d: expected raw \"%s\", got \"%.*s\"", line, want, (int)len, p);
    if (cut != want_cut)
        fail_msg("line %d: cut %d, expected %d", line, cut, want_cut);
}
#define assert_raw(r, want, cut) raw_is_((r), (want), (cut), __LINE__)

/* Every rejected CSV row comes with its bytes, looked ahead or not. */
static void csv_rejected_rows_keep_their_bytes(void **state)
{
    (void)state;
    sbuf b = {0};
    sb_printf(&b, "id,text\r\n1,ok\r\n2,x,extra\r\n3,\"text\" after\r\n4,\"never closed\r\n5,fine\r\n"
                  "6,\"two\r\nlines\",too,wide\r\n");
    for (int i = 7; i < 80; i++) /* past the look-ahead */
        sb_printf(&b, "%d,row\r\n", i);
    sb_printf(&b, "80,x,extra\r\n81,\"text\" after\r\n82,\"never closed\r\n83,fine\r\n");
    vb_reader *r = open_kind("raw.csv", b.p, VB_INPUT_CSV);
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 0)
            next_ok(r);
        assert_raw(r, NULL, 0); /* a record was read: no rejected bytes */
        next_reject(r);
        assert_raw(r, pass ? "80,x,extra" : "2,x,extra", 0);
        next_reject(r);
        assert_raw(r, pass ? "81,\"text\" after" : "3,\"text\" after", 0);
        next_reject(r); /* the unclosed quote: its first line only, the next are read again */
        assert_raw(r, pass ? "82,\"never closed" : "4,\"never closed", 0);
        assert_field(next_ok(r)->text, "fine");
        if (pass == 0) {
            next_reject(r);
            assert_raw(r, "6,\"two\r\nlines\",too,wide", 0);
            for (int i = 7; i < 80; i++)
                next_ok(r);
        }
    }
    next_eof(r);
    assert_raw(r, NULL, 0);
    vb_reader_free(r);
    free(b.p);
}

/* A record over --max-record keeps its first max bytes, marked cut. */
static void rejected_bytes_bounded_by_max_record(void **state)
{
    (void)state;
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.max_record_bytes = 10;
    const char *kinds[][2] = {
        { "a.csv", "id,t\n1,aaaaaaaaaaaaaaaaaaaa\n2,ok\n" },
        { "q.csv", "id,t\n1,\"aaaaaaaaaaaaaaaaaaa\"\n2,ok\n" },
        { "a.jsonl", "{\"t\":\"aaaaaaaaaaaaaaaaaaaa\"}\n{\"t\":\"ok\"}\n" },
        { "a.txt", "1,aaaaaaaaaaaaaaaaaaaa\nok\n" },
    };
    const char *want[] = { "1,aaaaaaaa", "1,\"aaaaaaa", "{\"t\":\"aaaa", "1,aaaaaaaa" };
    for (size_t k = 0; k < 4; k++) {
        vb_reader *r = open_opts(kinds[k][0], kinds[k][1], &opts);
        vb_error err = next_reject(r);
        assert_contains(err.msg, "10-byte limit (--max-record)");
        assert_raw(r, want[k], 1);
        assert_field(next_ok(r)->text, "ok");
        next_eof(r);
        vb_reader_free(r);
    }
}

/* JSON Lines and JSON arrays: the line or element; nothing for a stray separator. */
static void json_rejected_bytes(void **state)
{
    (void)state;
    vb_reader *r = open_kind("a.jsonl", "{\"text\":\"ok\"}\n{\"text\": oops}\n[1]\n{\"x\":1}\n",
                             VB_INPUT_JSONL);
    next_ok(r);
    next_reject(r);
    assert_raw(r, "{\"text\": oops}", 0);
    next_ok(r); /* a value that is not an object is a record (with empty text) */
    assert_raw(r, NULL, 0);
    next_reject(r);
    assert_raw(r, "{\"x\":1}", 0);
    next_eof(r);
    vb_reader_free(r);

    r = open_kind("a.json", "[{\"text\":\"ok\"},,{\"text\":5 6}]", VB_INPUT_JSON);
    next_ok(r);
    next_reject(r);
    assert_raw(r, NULL, 0);
    next_reject(r);
    assert_raw(r, "{\"text\":5 6}", 0);
    next_eof(r);
    vb_reader_free(r);
}

static void open_fails_(const char *name, const char *data, size_t len, vb_input_kind kind,
                        const char *msg, int line)
{
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = kind;
    vb_reader *r = NULL;
    vb_error err;
    vb_error_clear(&err);
    int rc = vb_reader_open_mem(&r, name, data, len, &opts, &err);
    if (rc != VB_EIO)
        fail_msg("line %d: expected VB_EIO, got %d", line, rc);
    assert_null(r);
    if (!contains(err.msg, msg))
        fail_msg("line %d: \"%s\" does not contain \"%s\"", line, err.msg, msg);
    assert_string_equal(err.source, name);
}
#define open_fails(name, lit, kind, msg) \
    open_fails_((name), (lit), sizeof(lit) - 1, (kind), (msg), __LINE__)

/* Binary input is refused, whatever kind it is read as; NUL bytes later reject their record. */
static void binary_input_is_not_text(void **state)
{
    (void)state;
    open_fails("x.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", VB_INPUT_CSV,
               "not text but a PNG image; nothing was read from it");
    open_fails("x.csv", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", VB_INPUT_AUTO, "a PDF document");
    open_fails("x.bin", "id,text\n1,ab\0cd\n", VB_INPUT_LINES, "a NUL byte (binary data?)");
    {
        vb_reader_opts opts;
        vb_reader_opts_init(&opts);
        vb_reader *r = NULL;
        vb_error err;
        static const char bin[] = "id,text\n1,ab\0cd\n";
        assert_int_equal(vb_reader_open_mem(&r, "x.bin", bin, sizeof bin - 1, &opts, &err),
                         VB_EIO);
        assert_int_equal(err.line, 2); /* where the NUL byte is */
        assert_int_equal(err.column, 5);
    }
    open_fails("u.csv", "\xff\xfei\0d\0,\0t\0\n\0", VB_INPUT_CSV,
               "UTF-16LE text (a byte order mark), not UTF-8");
    open_fails("u.csv", "i\0d\0,\0t\0\n\0", VB_INPUT_CSV,
               "UTF-16LE text (every other byte is NUL)");
    open_fails("d.jsonl", "\0\0\0\0", VB_INPUT_JSONL, "not text: a NUL byte");

    /* past the first 8 KiB: the record with the NUL byte is rejected, its neighbours kept */
    sbuf b = {0};
    sb_printf(&b, "id,text\n");
    for (int i = 1; i <= 400; i++)
        sb_printf(&b, "%d,some text for row %d\n", i, i);
    size_t at = b.len;
    sb_printf(&b, "401,bad\n\"x\nbyte\"\n402,fine\n");
    b.p[at + 5] = '\0';
    vb_reader *r = open_opts_("late.csv", b.p, b.len, NULL, __LINE__);
    for (int i = 1; i <= 400; i++)
        next_ok(r);
    vb_error err = next_reject(r);
    assert_int_equal(err.line, 402);
    assert_int_equal(err.column, 6);
    assert_string_equal(err.msg, "a NUL byte: binary data, not text");
    next_reject(r); /* the rest: a quoted line break, one field */
    assert_field(next_ok(r)->text, "fine");
    next_eof(r);
    vb_reader_free(r);

    /* lines */
    memcpy(b.p + at, "401,bad\n", 8);
    b.p[at + 5] = '\0';
    r = open_opts_("late.txt", b.p, at + 8, NULL, __LINE__);
    for (int i = 0; i <= 400; i++)
        next_ok(r);
    err = next_reject(r);
    assert_int_equal(err.line, 402);
    assert_int_equal(err.column, 6);
    size_t len;
    assert_non_null(vb_reader_reject_raw(r, &len, NULL));
    assert_int_equal(len, 7);
    next_eof(r);
    vb_reader_free(r);
    free(b.p);
}

/* An archive member that is not text is rejected; the members after it are read. */
static void archive_member_not_text_rejected(void **state)
{
    (void)state;
    const member m[] = {
        { "a.csv", "id,text\n1,alpha\n", 0 },
        { "report.pdf", "%PDF-1.7\nstream\n", 0 },
        { "b.txt", "beta\n", 0 },
    };
    size_t len;
    char *z = pack("zip", "none", m, 3, &len);
    vb_reader *r = open_opts_("x.zip", z, len, NULL, __LINE__);
    assert_field(next_ok(r)->text, "alpha");
    vb_error err = next_reject(r);
    assert_string_equal(err.source, "x.zip:report.pdf");
    assert_string_equal(err.msg, "not text but a PDF document; nothing was read from it");
    assert_raw(r, NULL, 0);
    assert_field(next_ok(r)->text, "beta");
    next_eof(r);
    vb_reader_free(r);
    free(z);
}

static void encodings_parse(void **state)
{
    (void)state;
    assert_int_equal(vb_encoding_parse("utf-8"), VB_ENCODING_UTF8);
    assert_int_equal(vb_encoding_parse("UTF8"), VB_ENCODING_UTF8);
    assert_int_equal(vb_encoding_parse("latin1"), VB_ENCODING_LATIN1);
    assert_int_equal(vb_encoding_parse("ISO-8859-1"), VB_ENCODING_LATIN1);
    assert_int_equal(vb_encoding_parse("cp1252"), VB_ENCODING_CP1252);
    assert_int_equal(vb_encoding_parse("windows-1252"), VB_ENCODING_CP1252);
    assert_int_equal(vb_encoding_parse("utf-16"), -1);
    assert_string_equal(vb_encoding_name(VB_ENCODING_CP1252), "cp1252");
    assert_string_equal(vb_encoding_name(VB_ENCODING_LATIN1), "latin1");
}

/* Latin-1 and cp1252 bytes become UTF-8 before parsing: from memory, a file (across block
 * boundaries) and an archive member. */
static void encodings_converted_to_utf8(void **state)
{
    (void)state;
    vb_reader_opts opts;
    vb_reader_opts_init(&opts);
    opts.kind = VB_INPUT_CSV;
    opts.encoding = VB_ENCODING_LATIN1;
    const char *csv = "id;commentaire\n1;caf\xe9 \xe0 \xa3" "5, tr\xe8s bon\n2;\x93quoted\x94 \x80\n";
    vb_reader *r = open_opts("fr.csv", csv, &opts);
    assert_int_equal(info_of(r).delimiter, ';');
    assert_field(next_ok(r)->text, "caf\xc3\xa9 \xc3\xa0 \xc2\xa3" "5, tr\xc3\xa8s bon");
    /* Latin-1's 0x80-0x9F are C1 controls */
    assert_field(next_ok(r)->text, "\xc2\x93quoted\xc2\x94 \xc2\x80");
    vb_reader_free(r);

    opts.encoding = VB_ENCODING_CP1252;
    r = open_opts("fr.csv", csv, &opts);
    next_ok(r);
    /* cp1252: typographic quotes, the euro sign */
    assert_field(next_ok(r)->text, "\xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x82\xac");
    vb_reader_free(r);

    /* a file of euro signs (each 1 byte in, 3 out) across several blocks */
    sbuf b = {0};
    sb_printf(&b, "text\n");
    for (int i = 0; i < 5000; i++)
        sb_printf(&b, "\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80 %d \x8d\n", i);
    char path[128];
    snprintf(path, sizeof path, "%s/euro.csv", tmpdir);
    write_file(path, b.p, b.len);
    vb_error err;
    vb_reader *rf = NULL;
    assert_int_equal(vb_reader_open(&rf, path, &opts, &err), VB_OK);
    char want[128];
    for (int i = 0; i < 5000; i++) {
        const vb_record *rec = next_ok(rf);
        int n = 0;
        for (int k = 0; k < 14; k++)
            n += snprintf(want + n, sizeof want - (size_t)n, "\xe2\x82\xac");
        snprintf(want + n, sizeof want - (size_t)n, " %d \xc2\x8d", i);
        assert_field_str(rec->text, want);
        assert_int_equal(rec->line, (size_t)i + 2);
    }
    next_eof(rf);
    vb_reader_free(rf);
    assert_int_equal(unlink(path), 0);

    /* an archive member */
    const member m[] = { { "a.csv", "id,text\n1,na\xefve\n", 0 } };
    size_t len;
    char *z = pack("zip", "none", m, 1, &len);
    opts.kind = VB_INPUT_AUTO;
    opts.encoding = VB_ENCODING_LATIN1;
    r = open_opts_("x.zip", z, len, &opts, __LINE__);
    assert_field(next_ok(r)->text, "na\xc3\xafve");
    next_eof(r);
    vb_reader_free(r);
    free(z);
    free(b.p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(csv_header_and_named_columns),
        cmocka_unit_test(csv_columns_by_number),
        cmocka_unit_test(csv_absent_columns_and_record_number_ids),
        cmocka_unit_test(csv_quoted_fields),
        cmocka_unit_test(csv_crlf_line_ends),
        cmocka_unit_test(csv_lone_cr_line_ends),
        cmocka_unit_test(csv_bom_stripped),
        cmocka_unit_test(csv_blank_lines_skipped),
        cmocka_unit_test(csv_line_numbers_after_multiline_records),
        cmocka_unit_test(csv_preamble_detected),
        cmocka_unit_test(csv_text_guessed_by_name),
        cmocka_unit_test(csv_text_guessed_verified_reviews_not_feedback_flag),
        cmocka_unit_test(csv_text_guessed_by_longest_values),
        cmocka_unit_test(csv_id_column_guessed),
        cmocka_unit_test(csv_missing_text_column_is_einval),
        cmocka_unit_test(csv_column_number_out_of_range),
        cmocka_unit_test(csv_unclosed_quote_keeps_neighbours),
        cmocka_unit_test(csv_unclosed_quote_past_lookahead),
        cmocka_unit_test(csv_unclosed_quote_before_quoted_row),
        cmocka_unit_test(csv_wrong_field_counts_rejected),
        cmocka_unit_test(csv_multiline_wrong_width_same_in_and_past_lookahead),
        cmocka_unit_test(csv_text_after_closing_quote_rejected),
        cmocka_unit_test(csv_record_over_max_bytes_rejected),
        cmocka_unit_test(csv_quoted_record_over_max_bytes_rejected),
        cmocka_unit_test(csv_empty_input_is_eof),
        cmocka_unit_test(csv_header_only_is_eof),
        cmocka_unit_test(tsv_and_other_delimiters),
        cmocka_unit_test(jsonl_objects_and_value_types),
        cmocka_unit_test(jsonl_named_fields),
        cmocka_unit_test(jsonl_broken_line_rejected_next_read),
        cmocka_unit_test(jsonl_non_objects_are_records),
        cmocka_unit_test(jsonl_missing_text_field_rejected),
        cmocka_unit_test(jsonl_blank_lines_skipped),
        cmocka_unit_test(jsonl_text_field_guessed),
        cmocka_unit_test(jsonl_record_over_max_bytes_rejected),
        cmocka_unit_test(json_array_of_objects),
        cmocka_unit_test(json_truncated_array),
        cmocka_unit_test(kind_guessed_from_name_and_content),
        cmocka_unit_test(kind_names_parse),
        cmocka_unit_test(csv_trailing_delimiter_rows),
        cmocka_unit_test(csv_closed_quote_with_text_after_is_one_reject),
        cmocka_unit_test(tsv_quotes_in_text_are_literal),
        cmocka_unit_test(csv_unclosed_quote_over_limit_gives_lines_back),
        cmocka_unit_test(csv_long_quoted_field_is_one_reject),
        cmocka_unit_test(json_array_separators),
        cmocka_unit_test(json_id_guessed_when_text_given),
        cmocka_unit_test(jsonl_broken_line_byte_column),
        cmocka_unit_test(json_paths_nested),
        cmocka_unit_test(json_paths_dotted_keys),
        cmocka_unit_test(json_paths_deep_and_many_dots),
        cmocka_unit_test(json_text_arrays_and_non_text),
        cmocka_unit_test(json_named_path_in_no_object),
        cmocka_unit_test(json_text_guessed_nested),
        cmocka_unit_test(json_big_numbers_and_nul_keys),
        cmocka_unit_test(null_err_is_allowed),
        cmocka_unit_test(lines_crlf_and_cr),
        cmocka_unit_test(doc_whole_text_one_record),
        cmocka_unit_test(index_counts_rejected_records),
        cmocka_unit_test(csv_ok_plus_rejects_equals_records),
        cmocka_unit_test(file_survey_comments),
        cmocka_unit_test(file_cfpb_sample_with_preamble),
        cmocka_unit_test(file_reads_like_memory_across_blocks),
        cmocka_unit_test(lines_at_block_edges),
        cmocka_unit_test(file_json_kind_by_content),
        cmocka_unit_test(file_missing_is_eio),
        cmocka_unit_test(compressed_streams_read_like_plain),
        cmocka_unit_test(compressed_stream_by_content),
        cmocka_unit_test(compressed_stream_across_blocks),
        cmocka_unit_test(archive_members_each_by_kind),
        cmocka_unit_test(info_serial_moves_with_the_info),
        cmocka_unit_test(archive_members_forced_kind),
        cmocka_unit_test(compressed_stream_cut_is_eio),
        cmocka_unit_test(archive_bomb_member_rejected),
        cmocka_unit_test(archive_member_missing_column_is_einval),
        cmocka_unit_test(damaged_archive_is_eio),
        cmocka_unit_test(csv_delimiter_guessed_semicolon),
        cmocka_unit_test(csv_delimiter_guessed_with_commas_in_quotes),
        cmocka_unit_test(csv_delimiter_guessed_pipe_and_tab),
        cmocka_unit_test(csv_delimiter_defaults_and_overrides),
        cmocka_unit_test(csv_excel_formula_fields),
        cmocka_unit_test(csv_excel_export_all_at_once),
        cmocka_unit_test(csv_rejected_rows_keep_their_bytes),
        cmocka_unit_test(csv_unclosed_quote_given_back_keeps_crlf),
        cmocka_unit_test(rejected_bytes_bounded_by_max_record),
        cmocka_unit_test(json_rejected_bytes),
        cmocka_unit_test(binary_input_is_not_text),
        cmocka_unit_test(archive_member_not_text_rejected),
        cmocka_unit_test(encodings_parse),
        cmocka_unit_test(encodings_converted_to_utf8),
    };
    return cmocka_run_group_tests_name("reader", tests, make_tmpdir, remove_tmpdir);
}
