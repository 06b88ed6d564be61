/* The inputs of a run: FILE arguments, with @LIST expanded into the paths it lists. A list
 * is read whole before any input is opened, so a run never stops halfway through its inputs
 * because the list itself was unreadable. */
#define _GNU_SOURCE
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int add(cli_source **src, size_t *n, size_t *cap, char *path, const char *list,
               size_t line)
{
    if (!path)
        return -1;
    if (*n == *cap) {
        size_t nc = *cap ? 2 * *cap : 16;
        cli_source *ns = realloc(*src, nc * sizeof *ns);
        if (!ns) {
            free(path);
            return -1;
        }
        *src = ns;
        *cap = nc;
    }
    (*src)[(*n)++] = (cli_source){ path, list, line };
    return 0;
}

/* A listed path: relative ones are relative to the list's folder, so a list travels with
 * the files it names. */
static char *listed_path(const char *list, const char *p, size_t len)
{
    const char *slash = list ? strrchr(list, '/') : NULL;
    size_t dir = p[0] == '/' || !slash ? 0 : (size_t)(slash - list) + 1;
    char *s = malloc(dir + len + 1);
    if (s) {
        if (dir)
            memcpy(s, list, dir);
        memcpy(s + dir, p, len);
        s[dir + len] = '\0';
    }
    return s;
}

static int read_list(const char *arg, cli_source **src, size_t *n, size_t *cap)
{
    int is_stdin = strcmp(arg, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : arg;
    FILE *f = is_stdin ? stdin : fopen(arg, "r");
    if (!f) {
        cli_error("%s: cannot open: %s", arg, strerror(errno));
        return CLI_EXIT_IO;
    }
    char *line = NULL;
    size_t lcap = 0, lineno = 0, before = *n;
    ssize_t len;
    int rc = CLI_EXIT_OK;
    while ((errno = 0, len = getline(&line, &lcap, f)) >= 0) {
        lineno++;
        char *p = line, *e = line + len;
        while (e > p && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
            e--;
        while (p < e && (*p == ' ' || *p == '\t'))
            p++;
        if (p == e || *p == '#')
            continue;
        if (memchr(p, '\0', (size_t)(e - p))) {
            cli_error("%s:%zu: a NUL byte in a path", name, lineno);
            rc = CLI_EXIT_USAGE;
            break;
        }
        if (add(src, n, cap, listed_path(is_stdin ? NULL : arg, p, (size_t)(e - p)), name,
                lineno)) {
            cli_error("out of memory");
            rc = CLI_EXIT_IO;
            break;
        }
    }
    /* getline says -1 at the end, on a read error and when out of memory: only the first
     * ends the list */
    if (rc == CLI_EXIT_OK && (ferror(f) || errno == ENOMEM)) {
        cli_error("%s:%zu: cannot read: %s", name, lineno + 1, strerror(errno ? errno : EIO));
        rc = CLI_EXIT_IO;
    }
    free(line);
    if (!is_stdin)
        fclose(f);
    if (rc == CLI_EXIT_OK && *n == before)
        cli_error("warning: %s: the list names no files", name);
    return rc;
}

int cli_sources(char **args, int nargs, cli_source **out, size_t *n)
{
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    char *stdin_only[] = { "-" };
    if (nargs == 0) {
        args = stdin_only;
        nargs = 1;
    }
    for (int i = 0; i < nargs; i++) {
        int rc = CLI_EXIT_OK;
        if (args[i][0] == '@' && args[i][1])
            rc = read_list(args[i] + 1, out, n, &cap);
        else if (add(out, n, &cap, strdup(args[i]), NULL, 0)) {
            cli_error("out of memory");
            rc = CLI_EXIT_IO;
        }
        if (rc)
            return rc;
    }
    return CLI_EXIT_OK;
}

void cli_sources_free(cli_source *src, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(src[i].path);
    free(src);
}
