/* End-to-end CLI tests. A case is a folder under tests/cli/cases/ holding:
 *   cmd              a shell snippet, run from the source tree with $VERBATIM (the binary),
 *                    $SHARED (the shared folder, relative) and $TMP (a fresh folder) set
 *   expected_exit    the exit status
 *   expected_stdout  optional: standard output, byte for byte
 *   expected_stderr  optional: standard error, byte for byte
 * With VB_REGEN=1 the run writes the expected files instead of comparing them
 * (scripts/regen-expected); review the result with git diff. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

static const char *bin, *src, *dir, *shared;

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    fclose(f);
    if (buf)
        buf[n < cap ? n : cap - 1] = '\0';
    *len = n;
    return buf;
}

static void spit(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

/* Show the first differing line, so a failure says what changed. */
static void compare(const char *what, const char *want, size_t wlen, const char *got,
                    size_t glen)
{
    if (wlen == glen && memcmp(want, got, wlen) == 0)
        return;
    size_t i = 0, line = 1, ls = 0;
    while (i < wlen && i < glen && want[i] == got[i]) {
        if (want[i] == '\n') {
            line++;
            ls = i + 1;
        }
        i++;
    }
    const char *we = memchr(want + ls, '\n', wlen - ls), *ge = memchr(got + ls, '\n', glen - ls);
    int wn = (int)((we ? (size_t)(we - want) : wlen) - ls);
    int gn = (int)((ge ? (size_t)(ge - got) : glen) - ls);
    fail_msg("%s differs at line %zu:\n  expected: %.*s\n  got:      %.*s\n"
             "(VB_REGEN=1 rewrites the expected files; review with git diff)",
             what, line, wn > 300 ? 300 : wn, want + ls, gn > 300 ? 300 : gn, got + ls);
}

/* The fresh folder's name changes from run to run: outputs say $TMP instead. */
static size_t untmp(char *s, size_t len, const char *tmp)
{
    size_t tl = strlen(tmp), o = 0;
    for (size_t i = 0; i < len;) {
        if (len - i >= tl && memcmp(s + i, tmp, tl) == 0) {
            memcpy(s + o, "$TMP", 4); /* never longer than the folder's name */
            o += 4;
            i += tl;
        } else {
            s[o++] = s[i++];
        }
    }
    return o;
}

static void run_case(void **state)
{
    (void)state;
    char path[4096], tmp[] = "/tmp/vb-cli-XXXXXX", cmd[16384];
    assert_non_null(mkdtemp(tmp));
    snprintf(path, sizeof path, "%s/cmd", dir);
    size_t clen;
    char *snippet = slurp(path, &clen);
    assert_non_null(snippet);
    snprintf(cmd, sizeof cmd,
             "cd '%s' && export VERBATIM='%s' SHARED='%s' TMP='%s' NO_COLOR=1 LC_ALL=C.UTF-8 "
             "&& ( %s ) >'%s/stdout' 2>'%s/stderr' </dev/null",
             src, bin, shared, tmp, snippet, tmp, tmp);
    free(snippet);
    int status = system(cmd);
    assert_true(WIFEXITED(status));
    int code = WEXITSTATUS(status);

    size_t olen, elen, xlen;
    char out_path[4200], err_path[4200];
    snprintf(out_path, sizeof out_path, "%s/stdout", tmp);
    snprintf(err_path, sizeof err_path, "%s/stderr", tmp);
    char *out = slurp(out_path, &olen), *err = slurp(err_path, &elen);
    assert_non_null(out);
    assert_non_null(err);
    olen = untmp(out, olen, tmp);
    elen = untmp(err, elen, tmp);

    snprintf(path, sizeof path, "%s/expected_exit", dir);
    char *want_exit = slurp(path, &xlen);
    int regen = getenv("VB_REGEN") && strcmp(getenv("VB_REGEN"), "1") == 0;
    if (regen) {
        char num[16];
        int n = snprintf(num, sizeof num, "%d\n", code);
        spit(path, num, (size_t)n);
        snprintf(path, sizeof path, "%s/expected_stdout", dir);
        if (access(path, F_OK) == 0 || !want_exit)
            spit(path, out, olen);
        snprintf(path, sizeof path, "%s/expected_stderr", dir);
        if (access(path, F_OK) == 0 || !want_exit)
            spit(path, err, elen);
    } else {
        assert_non_null(want_exit);
        if (atoi(want_exit) != code)
            fail_msg("exit status %d, expected %d; stderr:\n%.2000s", code, atoi(want_exit),
                     err);
        size_t wlen;
        snprintf(path, sizeof path, "%s/expected_stdout", dir);
        char *want = slurp(path, &wlen);
        if (want)
            compare("stdout", want, wlen, out, olen);
        free(want);
        snprintf(path, sizeof path, "%s/expected_stderr", dir);
        want = slurp(path, &wlen);
        if (want)
            compare("stderr", want, wlen, err, elen);
        free(want);
    }
    free(want_exit);
    free(out);
    free(err);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    assert_int_equal(system(cmd), 0);
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: %s VERBATIM SOURCE_DIR CASE_DIR SHARED_REL\n", argv[0]);
        return 2;
    }
    bin = argv[1];
    src = argv[2];
    dir = argv[3];
    shared = argv[4];
    const char *name = strrchr(dir, '/') ? strrchr(dir, '/') + 1 : dir;
    const struct CMUnitTest tests[] = { cmocka_unit_test(run_case) };
    cmocka_set_message_output(CM_OUTPUT_STDOUT);
    return _cmocka_run_group_tests(name, tests, 1, NULL, NULL);
}
