/* Unit tests of folders of documents (src/lib/reader/files.c): glob patterns, front matter,
 * and the walk over real folders made in a temporary directory (order, hidden files,
 * include/exclude, links, loops, FIFOs, modification times, unreadable files). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "reader/reader_int.h"
#include "verbatim/files.h"

static char tmp[64];

/* ---- helpers ---- */

static void write_file(const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmp, rel);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static void make_dir(const char *rel)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmp, rel);
    assert_int_equal(mkdir(path, 0755), 0);
}

static void make_link(const char *target, const char *rel)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmp, rel);
    assert_int_equal(symlink(target, path), 0);
}

typedef struct notes {
    int n;
    char text[16][1024];
} notes;

static void on_note(const vb_error *e, void *payload)
{
    notes *ns = payload;
    if (ns->n < 16)
        snprintf(ns->text[ns->n++], sizeof ns->text[0], "%s: %s", e->source, e->msg);
}

/* Read every record of the folder `rel` (under tmp); ids joined by '|' into ids. */
static int walk(const char *rel, const vb_files_opts *fo, notes *ns, char *ids, size_t size,
                vb_files_stats *st, vb_error *err)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmp, rel);
    vb_reader_opts o;
    vb_reader_opts_init(&o);
    o.kind = VB_INPUT_FILES;
    o.files = fo;
    o.note = on_note;
    o.note_payload = ns;
    vb_reader *r = NULL;
    ids[0] = '\0';
    int rc = vb_reader_open(&r, path, &o, err);
    if (rc != VB_OK)
        return rc;
    const vb_record *rec;
    while ((rc = vb_reader_next(r, &rec, err)) == VB_OK) {
        size_t n = strlen(ids);
        snprintf(ids + n, size - n, "%s%.*s", n ? "|" : "", (int)rec->id.len, rec->id.ptr);
    }
    vb_reader_files_stats(r, st);
    vb_reader_free(r);
    return rc;
}

/* ---- glob patterns ---- */

static void glob_name_patterns_match_at_any_depth(void **state)
{
    (void)state;
    assert_true(vb_glob_match("*.md", "a.md"));
    assert_true(vb_glob_match("*.md", "2024/q1/a.md"));
    assert_false(vb_glob_match("*.md", "a.md.txt"));
    assert_true(vb_glob_match("drafts", "x/drafts"));
    assert_true(vb_glob_match("[ab]?.txt", "dir/b1.txt"));
    assert_false(vb_glob_match("[!ab]?.txt", "dir/b1.txt"));
}

static void glob_path_patterns_star_stays_in_a_folder(void **state)
{
    (void)state;
    assert_true(vb_glob_match("2024/*.md", "2024/a.md"));
    assert_false(vb_glob_match("2024/*.md", "2024/q1/a.md"));
    assert_false(vb_glob_match("2024/*.md", "x/2024/a.md")); /* anchored at the folder */
    assert_true(vb_glob_match("*/a.md", "2024/a.md"));
    assert_true(vb_glob_match("/2024/a.md", "2024/a.md")); /* a leading '/' changes nothing */
}

static void glob_double_star_spans_folders(void **state)
{
    (void)state;
    assert_true(vb_glob_match("**/a.md", "a.md")); /* zero folders */
    assert_true(vb_glob_match("**/a.md", "x/y/z/a.md"));
    assert_true(vb_glob_match("drafts/**", "drafts"));
    assert_true(vb_glob_match("drafts/**", "drafts/2024/x.md"));
    assert_false(vb_glob_match("drafts/**", "final/drafts.md"));
    assert_true(vb_glob_match("2024/**/q*/*.md", "2024/a/b/q3/x.md"));
    assert_false(vb_glob_match("2024/**/q*/*.md", "2024/a/b/x.md"));
    /* many "**" parts against a deep path: linear work, not backtracking */
    assert_false(vb_glob_match("**/**/**/**/**/**/**/**/**/**/**/**/nomatch",
                               "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z"));
}

/* ---- front matter ---- */

static void kv_is(const vb__kv *kv, size_t i, const char *k, const char *v)
{
    assert_true(i < kv->n);
    assert_string_equal(kv->buf.ptr + kv->off[2 * i], k);
    assert_string_equal(kv->buf.ptr + kv->off[2 * i + 1], v);
}

static void front_matter_yaml(void **state)
{
    (void)state;
    const char t[] = "---\r\ntitle: \"A: b\"\r\ndate: 2024-01-15 \r\ntags:\r\n  - x\r\n"
                     "# note\r\nauthor: 'Ana'\r\nurl:http://x\r\n---\r\nBody\r\n";
    vb__kv kv = { 0 };
    size_t body, line;
    int unclosed;
    assert_int_equal(vb__front_matter(&kv, t, sizeof t - 1, VB_FRONT_AUTO, &body, &line,
                                      &unclosed), 0);
    assert_int_equal(unclosed, 0);
    assert_int_equal(kv.n, 4); /* list items, comments and "key:value" without a space: out */
    kv_is(&kv, 0, "title", "A: b");
    kv_is(&kv, 1, "date", "2024-01-15");
    kv_is(&kv, 2, "tags", "");
    kv_is(&kv, 3, "author", "Ana");
    assert_string_equal(t + body, "Body\r\n");
    assert_int_equal(line, 10);
    /* a block that ends the file: the (empty) text is on its last line, not after it */
    assert_int_equal(vb__front_matter(&kv, "---\na: b\n---", 12, VB_FRONT_AUTO, &body, &line,
                                      &unclosed), 0);
    assert_int_equal(body, 12);
    assert_int_equal(line, 3);
    /* mail mode does not read a YAML block */
    assert_int_equal(vb__front_matter(&kv, t, sizeof t - 1, VB_FRONT_MAIL, &body, &line,
                                      &unclosed), 0);
    assert_int_equal(body, 0);
    assert_int_equal(kv.n, 0);
    vb__buf_free(&kv.buf);
    free(kv.off);
}

static void front_matter_yaml_unclosed_is_text(void **state)
{
    (void)state;
    const char t[] = "---\ntitle: x\nno end here\n";
    vb__kv kv = { 0 };
    size_t body, line;
    int unclosed;
    assert_int_equal(vb__front_matter(&kv, t, sizeof t - 1, VB_FRONT_AUTO, &body, &line,
                                      &unclosed), 0);
    assert_int_equal(unclosed, 1);
    assert_int_equal(body, 0);
    assert_int_equal(line, 1);
    assert_int_equal(kv.n, 0);
    vb__buf_free(&kv.buf);
    free(kv.off);
}

static void front_matter_mail(void **state)
{
    (void)state;
    const char t[] = "From: a reader\nDate: 2024-03-04\nSubject: long\n  and folded\n\nHi.\n";
    vb__kv kv = { 0 };
    size_t body, line;
    int unclosed;
    assert_int_equal(vb__front_matter(&kv, t, sizeof t - 1, VB_FRONT_AUTO, &body, &line,
                                      &unclosed), 0);
    assert_int_equal(kv.n, 3);
    kv_is(&kv, 0, "From", "a reader");
    kv_is(&kv, 1, "Date", "2024-03-04");
    kv_is(&kv, 2, "Subject", "long and folded");
    assert_string_equal(t + body, "Hi.\n");
    assert_int_equal(line, 6);
    /* none: all text */
    assert_int_equal(vb__front_matter(&kv, t, sizeof t - 1, VB_FRONT_NONE, &body, &line,
                                      &unclosed), 0);
    assert_int_equal(body, 0);
    assert_int_equal(kv.n, 0);
    vb__buf_free(&kv.buf);
    free(kv.off);
}

/* Line ends as the reader counts them (LF, CRLF, CR): a file with CR line ends has its
 * header read, and a CR inside a header counts a line, so the text's line is the reader's. */
static void front_matter_cr_line_ends(void **state)
{
    (void)state;
    vb__kv kv = { 0 };
    size_t body, line;
    int unclosed;
    const char y[] = "---\rdate: 2024-03-01\rauthor: ann\r---\rthe text\r";
    assert_int_equal(vb__front_matter(&kv, y, sizeof y - 1, VB_FRONT_AUTO, &body, &line,
                                      &unclosed), 0);
    assert_int_equal(unclosed, 0);
    assert_int_equal(kv.n, 2);
    kv_is(&kv, 0, "date", "2024-03-01");
    kv_is(&kv, 1, "author", "ann");
    assert_string_equal(y + body, "the text\r");
    assert_int_equal(line, 5);

    const char m[] = "From: a reader\rSubject: x\r\rHi.\r";
    assert_int_equal(vb__front_matter(&kv, m, sizeof m - 1, VB_FRONT_AUTO, &body, &line,
                                      &unclosed), 0);
    assert_int_equal(kv.n, 2);
    kv_is(&kv, 1, "Subject", "x");
    assert_string_equal(m + body, "Hi.\r");
    assert_int_equal(line, 4);

    /* a lone CR ends a line: "b" is a line of its own (passed over), the text is on line 6 */
    const char c[] = "---\ndate: 2024-03-01\nnote: a\rb\n---\ntext\n";
    assert_int_equal(vb__front_matter(&kv, c, sizeof c - 1, VB_FRONT_AUTO, &body, &line,
                                      &unclosed), 0);
    assert_int_equal(kv.n, 2);
    kv_is(&kv, 1, "note", "a");
    assert_string_equal(c + body, "text\n");
    assert_int_equal(line, 6);

    /* a block that ends the file with CR LF: the text is after it, on the next line */
    assert_int_equal(vb__front_matter(&kv, "---\r\na: b\r\n---\r\n", 16, VB_FRONT_AUTO, &body,
                                      &line, &unclosed), 0);
    assert_int_equal(body, 16);
    assert_int_equal(line, 4);
    vb__buf_free(&kv.buf);
    free(kv.off);
}

static void front_matter_mail_needs_headers_then_a_blank_line(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Note: the whole text is one line",         /* no blank line after it */
        "Note: first\nthen a sentence\n\nmore\n",   /* a line that is no header */
        "Visit http://example.com\n\ntext\n",       /* no "Key: " at the start */
        "10:30 meeting\n\ntext\n",                  /* "10:30" is no header */
        "Title : spaced\n\ntext\n",                 /* a space before the colon */
        "\nFrom: x\n\ntext\n",                      /* a blank first line */
    };
    vb__kv kv = { 0 };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        size_t body, line;
        int unclosed;
        assert_int_equal(vb__front_matter(&kv, texts[i], strlen(texts[i]), VB_FRONT_AUTO, &body,
                                          &line, &unclosed), 0);
        if (body != 0 || kv.n != 0)
            fail_msg("text %zu was taken for a header", i);
    }
    vb__buf_free(&kv.buf);
    free(kv.off);
}

static void files_kind_over_memory_reads_front_matter(void **state)
{
    (void)state;
    const char t[] = "---\ndate: 2024-01-15\nauthor: Ana\nslug: first\n---\nThe text.\n";
    vb_reader_opts o;
    vb_reader_opts_init(&o);
    o.kind = VB_INPUT_FILES;
    o.date_col = "Date"; /* keys match without case */
    o.segment_col = "author";
    o.segment2_col = "missing";
    o.id_col = "slug";
    vb_reader *r;
    vb_error err;
    assert_int_equal(vb_reader_open_mem(&r, "a.md", t, sizeof t - 1, &o, &err), VB_OK);
    const vb_record *rec;
    assert_int_equal(vb_reader_next(r, &rec, &err), VB_OK);
    assert_int_equal(rec->text.len, strlen("The text.\n"));
    assert_memory_equal(rec->text.ptr, "The text.\n", rec->text.len);
    assert_int_equal(rec->line, 6);
    assert_int_equal(rec->date.len, 10);
    assert_memory_equal(rec->date.ptr, "2024-01-15", 10);
    assert_memory_equal(rec->segment.ptr, "Ana", 3);
    assert_null(rec->segment2.ptr); /* absent: the report counts it as "(none)" */
    assert_memory_equal(rec->id.ptr, "first", 5);
    assert_int_equal(rec->nfields, 3);
    assert_int_equal(vb_reader_next(r, &rec, &err), VB_EOF);
    vb_files_stats st;
    assert_int_equal(vb_reader_files_stats(r, &st), 1);
    vb_reader_free(r);
}

static void files_kind_refuses_a_text_column(void **state)
{
    (void)state;
    vb_reader_opts o;
    vb_reader_opts_init(&o);
    o.kind = VB_INPUT_FILES;
    o.text_col = "body";
    vb_reader *r;
    vb_error err;
    assert_int_equal(vb_reader_open_mem(&r, "a.md", "x", 1, &o, &err), VB_EINVAL);
    assert_null(r);
}

/* ---- walks ---- */

static void walk_sorted_by_path_hidden_skipped(void **state)
{
    (void)state;
    make_dir("w1");
    /* made in an order unlike the sorted one */
    make_dir("w1/a");
    write_file("w1/z.txt", "z");
    write_file("w1/a.txt", "a.txt");
    write_file("w1/a/b.txt", "inside");
    write_file("w1/a!.txt", "bang"); /* '!' sorts before '/': a!.txt comes before a/b.txt */
    write_file("w1/.hidden.txt", "h");
    make_dir("w1/.git");
    write_file("w1/.git/config", "c");
    write_file("w1/B.txt", "upper case first in byte order");
    char ids[1024];
    notes ns = { 0 };
    vb_files_stats st;
    vb_error err;
    vb_files_opts fo;
    vb_files_opts_init(&fo);
    assert_int_equal(walk("w1", &fo, &ns, ids, sizeof ids, &st, &err), VB_EOF);
    assert_string_equal(ids, "B.txt|a!.txt|a.txt|a/b.txt|z.txt");
    assert_int_equal(st.files, 5);
    assert_int_equal(st.folders, 2);
    assert_int_equal(st.hidden, 2);
    assert_int_equal(ns.n, 0);
    fo.hidden = 1;
    assert_int_equal(walk("w1/", &fo, &ns, ids, sizeof ids, &st, &err), VB_EOF);
    assert_string_equal(ids, ".git/config|.hidden.txt|B.txt|a!.txt|a.txt|a/b.txt|z.txt");
    assert_int_equal(st.hidden, 0);
}

static void walk_include_exclude(void **state)
{
    (void)state;
    make_dir("w2");
    make_dir("w2/drafts");
    make_dir("w2/2024");
    write_file("w2/drafts/x.md", "x");
    write_file("w2/2024/a.md", "a");
    write_file("w2/2024/b.txt", "b");
    write_file("w2/c.md", "c");
    const char *inc[] = { "*.md" }, *exc[] = { "drafts" };
    vb_files_opts fo;
    vb_files_opts_init(&fo);
    fo.include = inc;
    fo.ninclude = 1;
    fo.exclude = exc;
    fo.nexclude = 1;
    char ids[1024];
    notes ns = { 0 };
    vb_files_stats st;
    vb_error err;
    assert_int_equal(walk("w2", &fo, &ns, ids, sizeof ids, &st, &err), VB_EOF);
    assert_string_equal(ids, "2024/a.md|c.md");
    assert_int_equal(st.excluded, 1); /* the folder, once: its files are never looked at */
    assert_int_equal(st.not_included, 1);
    const char *exc2[] = { "2024/**" };
    fo.exclude = exc2;
    fo.ninclude = 0;
    assert_int_equal(walk("w2", &fo, &ns, ids, sizeof ids, &st, &err), VB_EOF);
    assert_string_equal(ids, "c.md|drafts/x.md");
}

static void walk_links_loops_and_special_files(void **state)
{
    (void)state;
    make_dir("w3");
    make_dir("w3/sub");
    write_file("w3/sub/doc.txt", "doc");
    make_link("..", "w3/sub/up");             /* back to w3: a loop */
    make_link("../sub", "w3/sub/self");       /* to its own folder: a loop */
    make_link("sub/doc.txt", "w3/link.txt");  /* to a file: followed */
    make_link("nowhere", "w3/dead.txt");      /* broken */
    make_link("loopy", "w3/loopy");           /* a link to itself */
    char fifo[512];
    snprintf(fifo, sizeof fifo, "%s/w3/pipe", tmp);
    assert_int_equal(mkfifo(fifo, 0644), 0);
    char ids[1024];
    notes ns = { 0 };
    vb_files_stats st;
    vb_error err;
    vb_files_opts fo;
    vb_files_opts_init(&fo);
    assert_int_equal(walk("w3", &fo, &ns, ids, sizeof ids, &st, &err), VB_EOF);
    assert_string_equal(ids, "link.txt|sub/doc.txt");
    assert_int_equal(st.loops, 2);
    assert_int_equal(st.broken, 2);
    assert_int_equal(st.special, 1);
    assert_int_equal(ns.n, 5);
    char want[600];
    snprintf(want, sizeof want, "%s/w3/dead.txt: skipped: a symbolic link to nothing", tmp);
    assert_string_equal(ns.text[0], want);
    snprintf(want, sizeof want, "%s/w3/loopy: skipped: a loop of symbolic links", tmp);
    assert_string_equal(ns.text[1], want);
    snprintf(want, sizeof want, "%s/w3/pipe: skipped: a FIFO", tmp);
    assert_string_equal(ns.text[2], want);
    snprintf(want, sizeof want,
             "%s/w3/sub/self: skipped: a link to a folder that contains it (a loop)", tmp);
    assert_string_equal(ns.text[3], want);
}

static void walk_mtime_as_date(void **state)
{
    (void)state;
    make_dir("w4");
    write_file("w4/a.txt", "Subject: x\n\nbody\n");
    char path[512];
    snprintf(path, sizeof path, "%s/w4/a.txt", tmp);
    struct timeval tv[2] = { { 1614834367, 0 }, { 1614834367, 0 } }; /* 2021-03-04 05:06:07 */
    assert_int_equal(utimes(path, tv), 0);
    vb_reader_opts o;
    vb_reader_opts_init(&o);
    o.kind = VB_INPUT_FILES;
    o.date_col = "mtime";
    o.segment_col = "subject";
    snprintf(path, sizeof path, "%s/w4", tmp);
    vb_reader *r;
    vb_error err;
    assert_int_equal(vb_reader_open(&r, path, &o, &err), VB_OK);
    const vb_record *rec;
    assert_int_equal(vb_reader_next(r, &rec, &err), VB_OK);
    assert_int_equal(rec->date.len, 20);
    assert_memory_equal(rec->date.ptr, "2021-03-04T05:06:07Z", 20);
    assert_memory_equal(rec->segment.ptr, "x", 1);
    assert_int_equal(rec->text.len, 5);
    assert_int_equal(rec->line, 3);
    vb_reader_free(r);
}

static void walk_unreadable_file_is_eio(void **state)
{
    (void)state;
    make_dir("w5");
    write_file("w5/a.txt", "a");
    write_file("w5/b.txt", "b");
    char path[512];
    snprintf(path, sizeof path, "%s/w5/b.txt", tmp);
    assert_int_equal(chmod(path, 0), 0);
    if (geteuid() == 0) { /* root reads it anyway: nothing to prove here */
        chmod(path, 0644);
        skip();
    }
    char ids[1024];
    notes ns = { 0 };
    vb_files_stats st;
    vb_error err;
    vb_files_opts fo;
    vb_files_opts_init(&fo);
    assert_int_equal(walk("w5", &fo, &ns, ids, sizeof ids, &st, &err), VB_EIO);
    assert_string_equal(ids, "a.txt"); /* what came before was read */
    assert_string_equal(err.source, path);
    assert_string_equal(err.msg, "cannot open: Permission denied");
    chmod(path, 0644);
}

/* A folder read with another kind than files: each file by its own kind (a CSV as CSV, a
 * JSON Lines file as JSON Lines), records numbered across the walk, rejects with their
 * file's location and bytes. */
static void folder_of_exports_reads_each_file_by_kind(void **state)
{
    (void)state;
    make_dir("exports");
    make_dir("exports/2024");
    write_file("exports/2024/a.csv", "id,text\nr1,hello\nr2,world\n");
    write_file("exports/b.jsonl", "{\"text\":\"x\"}\n{bad}\n{\"text\":\"y\"}\n");
    char path[512];
    snprintf(path, sizeof path, "%s/exports", tmp);
    vb_reader *r;
    vb_error err;
    assert_int_equal(vb_reader_open(&r, path, NULL, &err), VB_OK);
    const vb_record *rec;
    static const char *const texts[] = { "hello", "world", "x", NULL, "y" };
    uint64_t serial[5];
    for (size_t i = 0; i < 5; i++) {
        int rc = vb_reader_next(r, &rec, &err);
        serial[i] = vb_reader_info_serial(r);
        if (!texts[i]) { /* {bad}: rejected where it is, its bytes kept */
            assert_int_equal(rc, VB_EREJECT);
            assert_int_equal(err.line, 2);
            assert_true(strstr(err.source, "exports/b.jsonl") != NULL);
            size_t len;
            const char *raw = vb_reader_reject_raw(r, &len, NULL);
            assert_non_null(raw);
            assert_int_equal(len, 5);
            assert_memory_equal(raw, "{bad}", 5);
            continue;
        }
        assert_int_equal(rc, VB_OK);
        assert_int_equal(rec->index, i + 1);
        assert_int_equal(rec->text.len, strlen(texts[i]));
        assert_memory_equal(rec->text.ptr, texts[i], rec->text.len);
        /* byte order: "2024/" sorts before "b.jsonl" */
        assert_non_null(strstr(rec->source, i < 2 ? "exports/2024/a.csv" : "exports/b.jsonl"));
        vb_reader_info info;
        vb_reader_get_info(r, &info);
        assert_int_equal(info.member, i < 2 ? 1 : 2);
        assert_int_equal(info.kind, i < 2 ? VB_INPUT_CSV : VB_INPUT_JSONL);
    }
    /* the info's serial moves with the file read (and the JSON text guessed), not between
     * records of one file */
    assert_true(serial[1] == serial[0]);
    assert_true(serial[2] != serial[1]);
    assert_true(serial[4] == serial[3] && serial[3] == serial[2]);
    assert_int_equal(vb_reader_next(r, &rec, &err), VB_EOF);
    vb_files_stats st;
    assert_int_equal(vb_reader_files_stats(r, &st), 1);
    assert_int_equal(st.files, 2);
    assert_int_equal(st.folders, 2);
    vb_reader_free(r);

    vb_reader_opts o;
    vb_reader_opts_init(&o);
    o.kind = VB_INPUT_FILES;
    snprintf(path, sizeof path, "%s/nosuch", tmp);
    assert_int_equal(vb_reader_open(&r, path, &o, &err), VB_EIO);
    assert_string_equal(err.msg, "cannot open: No such file or directory");
}

/* A tree deeper than PATH_MAX: every file is read, its id is its whole relative path and
 * its source the whole path (folders and files are opened by their folder's descriptor). */
static void walk_deeper_than_path_max(void **state)
{
    (void)state;
    char name[201];
    memset(name, 'd', 200);
    name[200] = '\0';
    make_dir("deep");
    int fd = open(tmp, O_RDONLY | O_DIRECTORY);
    assert_true(fd >= 0);
    int dfd = openat(fd, "deep", O_RDONLY | O_DIRECTORY);
    close(fd);
    assert_true(dfd >= 0);
    /* 30 levels of 201 bytes: 6000 bytes of path; a file at each level, after the folder */
    for (int i = 0; i < 30; i++) {
        assert_int_equal(mkdirat(dfd, name, 0755), 0);
        int ffd = openat(dfd, "z.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
        assert_true(ffd >= 0);
        char text[32];
        int n = snprintf(text, sizeof text, "level %d", i);
        assert_int_equal(write(ffd, text, (size_t)n), n);
        close(ffd);
        int next = openat(dfd, name, O_RDONLY | O_DIRECTORY);
        assert_true(next >= 0);
        close(dfd);
        dfd = next;
    }
    int ffd = openat(dfd, "leaf.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    assert_true(ffd >= 0);
    assert_int_equal(write(ffd, "leaf", 4), 4);
    close(ffd);
    close(dfd);

    char path[512];
    snprintf(path, sizeof path, "%s/deep", tmp);
    vb_reader_opts o;
    vb_reader_opts_init(&o);
    o.kind = VB_INPUT_FILES;
    vb_reader *r = NULL;
    vb_error err;
    vb_error_clear(&err);
    assert_int_equal(vb_reader_open(&r, path, &o, &err), VB_OK);
    const vb_record *rec;
    int rc, n = 0;
    while ((rc = vb_reader_next(r, &rec, &err)) == VB_OK) {
        /* depth-first in path order: the leaf first, then z.txt from the bottom up */
        size_t levels = n == 0 ? 30 : (size_t)(30 - n);
        char want[32] = "leaf";
        if (n)
            snprintf(want, sizeof want, "level %d", 30 - n);
        assert_int_equal(rec->text.len, strlen(want));
        assert_memory_equal(rec->text.ptr, want, rec->text.len);
        size_t idlen = levels * 201 + (n == 0 ? 8 : 5);
        assert_int_equal(rec->id.len, idlen);
        assert_int_equal(strlen(rec->source), strlen(path) + 1 + idlen);
        assert_memory_equal(rec->source, path, strlen(path));
        assert_string_equal(rec->source + strlen(path) + 1, rec->id.ptr);
        n++;
    }
    if (rc != VB_EOF)
        fail_msg("%s: %s", err.source, err.msg);
    assert_int_equal(n, 31);
    vb_files_stats st;
    assert_int_equal(vb_reader_files_stats(r, &st), 1);
    assert_int_equal(st.folders, 31);
    assert_int_equal(st.files, 31);
    vb_reader_free(r);
}

/* Out of a folder entered through a link, ".." is not the folder the walk came from: the
 * walk goes on in the right one (found again from the top), and a folder the walk is in
 * that is replaced meanwhile is an error, not another folder's files. */
static void walk_back_up_from_a_linked_folder(void **state)
{
    (void)state;
    make_dir("w6");
    make_dir("w6/top");
    make_dir("w6/top/a");
    make_dir("w6/elsewhere");
    make_dir("w6/elsewhere/inner");
    write_file("w6/elsewhere/inner/x.txt", "x");
    make_link("../../elsewhere/inner", "w6/top/a/b-link");
    write_file("w6/top/a/c.txt", "c");       /* after the link, in a */
    write_file("w6/top/a/d.txt", "d");
    write_file("w6/top/z.txt", "z");
    char ids[1024];
    notes ns = { 0 };
    vb_files_stats st;
    vb_error err;
    vb_files_opts fo;
    vb_files_opts_init(&fo);
    assert_int_equal(walk("w6/top", &fo, &ns, ids, sizeof ids, &st, &err), VB_EOF);
    assert_string_equal(ids, "a/b-link/x.txt|a/c.txt|a/d.txt|z.txt");
    assert_int_equal(st.folders, 3);
    assert_int_equal(ns.n, 0);

    /* a is swapped for another folder while the walk is in b-link */
    char path[512], from[512], to[512];
    snprintf(path, sizeof path, "%s/w6/top", tmp);
    vb_reader_opts o;
    vb_reader_opts_init(&o);
    o.kind = VB_INPUT_FILES;
    vb_reader *r = NULL;
    const vb_record *rec;
    assert_int_equal(vb_reader_open(&r, path, &o, &err), VB_OK);
    assert_int_equal(vb_reader_next(r, &rec, &err), VB_OK);
    assert_string_equal(rec->id.ptr, "a/b-link/x.txt");
    snprintf(from, sizeof from, "%s/w6/top/a", tmp);
    snprintf(to, sizeof to, "%s/w6/top/a-old", tmp);
    assert_int_equal(rename(from, to), 0);
    make_dir("w6/top/a");
    write_file("w6/top/a/c.txt", "not the c.txt the walk listed");
    assert_int_equal(vb_reader_next(r, &rec, &err), VB_EIO);
    assert_string_equal(err.source, from);
    assert_string_equal(err.msg, "the folder was moved or replaced while it was read");
    vb_reader_free(r);
}

static int make_tmpdir(void **state)
{
    (void)state;
    snprintf(tmp, sizeof tmp, "/tmp/vb-files-XXXXXX");
    return mkdtemp(tmp) ? 0 : -1;
}

static int remove_tmpdir(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(glob_name_patterns_match_at_any_depth),
        cmocka_unit_test(glob_path_patterns_star_stays_in_a_folder),
        cmocka_unit_test(glob_double_star_spans_folders),
        cmocka_unit_test(front_matter_yaml),
        cmocka_unit_test(front_matter_yaml_unclosed_is_text),
        cmocka_unit_test(front_matter_mail),
        cmocka_unit_test(front_matter_mail_needs_headers_then_a_blank_line),
        cmocka_unit_test(front_matter_cr_line_ends),
        cmocka_unit_test(files_kind_over_memory_reads_front_matter),
        cmocka_unit_test(files_kind_refuses_a_text_column),
        cmocka_unit_test(walk_sorted_by_path_hidden_skipped),
        cmocka_unit_test(walk_include_exclude),
        cmocka_unit_test(walk_links_loops_and_special_files),
        cmocka_unit_test(walk_mtime_as_date),
        cmocka_unit_test(walk_unreadable_file_is_eio),
        cmocka_unit_test(folder_of_exports_reads_each_file_by_kind),
        cmocka_unit_test(walk_deeper_than_path_max),
        cmocka_unit_test(walk_back_up_from_a_linked_folder),
    };
    return cmocka_run_group_tests_name("files", tests, make_tmpdir, remove_tmpdir);
}
