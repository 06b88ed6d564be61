/* Folders of documents (VB_INPUT_FILES): a folder tree walked in a stable order, one record
 * per file, with an optional front matter header read into fields.
 *
 * The walk lists one folder at a time (names and stat results, then closed: a deep tree
 * never holds more than one folder open) and sorts the entries with a folder's name taken
 * as "name/", so the files come in the byte order of their relative paths whatever order
 * readdir gives. Symbolic links are followed; the folders on the current path are kept by
 * device and inode, so a link back to one of them is noticed and skipped, never followed
 * for ever. Each file is read by a document reader of its own (reader.c), so compressed
 * files and archives go through libarchive as anywhere else.
 *
 * Files and folders are opened relative to their folder's descriptor, never by their whole
 * path, so a tree deeper than PATH_MAX is read too. Only the top folder's descriptor and the
 * current folder's stay open: going back up, the parent is reached by "..", checked by
 * device and inode (a folder entered through a link has another parent), else again from
 * the top folder down by name. */
#include "reader_int.h"
#include "verbatim/files.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void vb_files_opts_init(vb_files_opts *opts)
{
    memset(opts, 0, sizeof *opts);
}

/* ---- glob patterns ---- */

/* Split s at '/' in place into parts (empty parts dropped); the number of parts. */
static size_t split_parts(char *s, char **parts)
{
    size_t n = 0;
    for (char *p = s;;) {
        char *slash = strchr(p, '/');
        if (slash)
            *slash = '\0';
        if (*p)
            parts[n++] = p;
        if (!slash)
            return n;
        p = slash + 1;
    }
}

int vb_glob_match(const char *pattern, const char *path)
{
    if (!strchr(pattern, '/')) { /* a name pattern: the last part of the path, at any depth */
        const char *base = strrchr(path, '/');
        return fnmatch(pattern, base ? base + 1 : path, 0) == 0;
    }
    size_t plen = strlen(pattern), slen = strlen(path);
    char *pc = malloc(plen + 1), *sc = malloc(slen + 1);
    char **pp = malloc((plen / 2 + 2) * sizeof *pp), **sp = malloc((slen / 2 + 2) * sizeof *sp);
    unsigned char *cur = malloc(slen + 2), *next = malloc(slen + 2);
    int match = 0;
    if (pc && sc && pp && sp && cur && next) {
        memcpy(pc, pattern, plen + 1);
        memcpy(sc, path, slen + 1);
        size_t np = split_parts(pc, pp), ns = split_parts(sc, sp);
        /* next[j]: pattern parts i+1.. match path parts j..; filled from the last part back,
         * so "**" costs O(parts) instead of backtracking */
        for (size_t j = 0; j <= ns; j++)
            next[j] = j == ns;
        for (size_t i = np; i-- > 0;) {
            int any = strcmp(pp[i], "**") == 0;
            for (size_t j = ns + 1; j-- > 0;) {
                if (any)
                    cur[j] = next[j] || (j < ns && cur[j + 1]);
                else
                    cur[j] = j < ns && next[j + 1] && fnmatch(pp[i], sp[j], 0) == 0;
            }
            unsigned char *t = cur;
            cur = next;
            next = t;
        }
        match = next[0];
    }
    free(pc);
    free(sc);
    free(pp);
    free(sp);
    free(cur);
    free(next);
    return match;
}

static int any_match(const char *const *pats, size_t n, const char *rel)
{
    for (size_t i = 0; i < n; i++)
        if (pats[i] && vb_glob_match(pats[i], rel))
            return 1;
    return 0;
}

/* ---- front matter ---- */

/* One line of text[pos..len): its end (without the line break) and where the next starts.
 * Line breaks are LF, CRLF and CR, as the reader counts lines. */
static size_t line_end(const char *t, size_t len, size_t pos, size_t *next)
{
    size_t end = pos;
    while (end < len && t[end] != '\n' && t[end] != '\r')
        end++;
    *next = end;
    if (end < len)
        *next += t[end] == '\r' && end + 1 < len && t[end + 1] == '\n' ? 2 : 1;
    return end;
}

static void trim(const char *t, size_t *a, size_t *b)
{
    while (*a < *b && (t[*a] == ' ' || t[*a] == '\t'))
        ++*a;
    while (*b > *a && (t[*b - 1] == ' ' || t[*b - 1] == '\t'))
        --*b;
}

static int is_blank(const char *t, size_t a, size_t b)
{
    trim(t, &a, &b);
    return a == b;
}

static int kv_add(vb__kv *kv, const char *k, size_t kl, const char *v, size_t vl)
{
    if (vb__grow((void **)&kv->off, &kv->cap, 2 * (kv->n + 1), sizeof *kv->off))
        return VB_ENOMEM;
    kv->off[2 * kv->n] = kv->buf.len;
    if (vb__buf_append(&kv->buf, k, kl) || vb__buf_putc(&kv->buf, '\0'))
        return VB_ENOMEM;
    kv->off[2 * kv->n + 1] = kv->buf.len;
    if (vb__buf_append(&kv->buf, v, vl) || vb__buf_putc(&kv->buf, '\0'))
        return VB_ENOMEM;
    kv->n++;
    return VB_OK;
}

/* A mail-style continuation: " more" appended to the last value. */
static int kv_continue(vb__kv *kv, const char *v, size_t vl)
{
    kv->buf.len--; /* over the last value's NUL */
    if (vb__buf_putc(&kv->buf, ' ') || vb__buf_append(&kv->buf, v, vl) ||
        vb__buf_putc(&kv->buf, '\0'))
        return VB_ENOMEM;
    return VB_OK;
}

/* "Key: value" with a key of letters, digits, '-' and '_' right before the colon, as in mail
 * headers; the value's span. */
static int mail_header(const char *t, size_t a, size_t b, size_t *colon)
{
    size_t i = a;
    while (i < b && (isalnum((unsigned char)t[i]) || t[i] == '-' || t[i] == '_'))
        i++;
    if (i == a || i >= b || t[i] != ':' || !isalnum((unsigned char)t[a]))
        return 0;
    if (i + 1 < b && t[i + 1] != ' ' && t[i + 1] != '\t')
        return 0; /* "http://..." or "10:30" is text, not a header */
    *colon = i;
    return 1;
}

static int yaml_block(vb__kv *kv, const char *t, size_t len, size_t *body, size_t *body_line,
                      int *unclosed)
{
    size_t pos, line = 2;
    line_end(t, len, 0, &pos);
    while (pos < len) {
        size_t next, end = line_end(t, len, pos, &next);
        size_t a = pos, b = end;
        trim(t, &a, &b);
        if (pos == a && ((b - a == 3 && (!memcmp(t + a, "---", 3) || !memcmp(t + a, "...", 3))))) {
            *body = next;
            *body_line = end < len ? line + 1 : line; /* the last line: no next */
            return VB_OK;
        }
        /* only top-level "key: value": nested maps, list items and comments are passed over */
        const char *colon = pos == a && a < b && t[a] != '#' && t[a] != '-'
                                ? memchr(t + a, ':', b - a)
                                : NULL;
        if (colon && ((size_t)(colon - t) + 1 == b || colon[1] == ' ' || colon[1] == '\t')) {
            size_t ka = a, kb = (size_t)(colon - t), va = kb + 1, vb = b;
            trim(t, &ka, &kb);
            trim(t, &va, &vb);
            if (vb - va >= 2 && (t[va] == '"' || t[va] == '\'') && t[vb - 1] == t[va])
                va++, vb--;
            if (kb > ka && kv_add(kv, t + ka, kb - ka, t + va, vb - va))
                return VB_ENOMEM;
        }
        pos = next;
        line++;
    }
    /* no closing line: the file is text after all */
    kv->n = 0;
    kv->buf.len = 0;
    *unclosed = 1;
    return VB_OK;
}

static int mail_block(vb__kv *kv, const char *t, size_t len, size_t *body, size_t *body_line)
{
    size_t pos = 0, line = 1;
    while (pos < len) {
        size_t next, end = line_end(t, len, pos, &next), colon;
        if (is_blank(t, pos, end)) {
            if (kv->n) {
                *body = next;
                *body_line = end < len ? line + 1 : line;
                return VB_OK;
            }
            break;
        }
        int rc = VB_OK;
        if ((t[pos] == ' ' || t[pos] == '\t') && kv->n) {
            size_t a = pos, b = end;
            trim(t, &a, &b);
            rc = kv_continue(kv, t + a, b - a);
        } else if (mail_header(t, pos, end, &colon)) {
            size_t va = colon + 1, vb = end;
            trim(t, &va, &vb);
            rc = kv_add(kv, t + pos, colon - pos, t + va, vb - va);
        } else {
            break; /* a line that is no header: there was none */
        }
        if (rc)
            return rc;
        pos = next;
        line++;
    }
    kv->n = 0; /* no blank line after the headers (or none at all): text */
    kv->buf.len = 0;
    return VB_OK;
}

int vb__front_matter(vb__kv *kv, const char *text, size_t len, int mode, size_t *body,
                     size_t *body_line, int *unclosed)
{
    kv->n = 0;
    kv->buf.len = 0;
    *body = 0;
    *body_line = 1;
    *unclosed = 0;
    if (mode == VB_FRONT_NONE || len == 0)
        return VB_OK;
    size_t next, end = line_end(text, len, 0, &next), a = 0, b = end;
    trim(text, &a, &b);
    if (a == 0 && b == 3 && memcmp(text, "---", 3) == 0) {
        if (mode == VB_FRONT_AUTO || mode == VB_FRONT_YAML)
            return yaml_block(kv, text, len, body, body_line, unclosed);
        return VB_OK;
    }
    if (mode == VB_FRONT_AUTO || mode == VB_FRONT_MAIL)
        return mail_block(kv, text, len, body, body_line);
    return VB_OK;
}

/* ---- the walk ---- */

enum { E_FILE, E_DIR, E_SPECIAL, E_BROKEN, E_ERROR };

typedef struct entry {
    char *name;
    int type, err; /* err: errno of E_ERROR and E_BROKEN */
    const char *what; /* E_SPECIAL: "a FIFO"... */
    dev_t dev;
    ino_t ino;
    time_t mtime;
} entry;

typedef struct frame {
    entry *e;
    size_t n, pos;
    size_t pathlen;   /* the folder's path length in f->path */
    const char *name; /* its name in its parent's entries; NULL for the top folder */
    dev_t dev;
    ino_t ino;
} frame;

/* Paths in messages and in a document reader's name: a longer one keeps its end (which
 * tells the files of a deep folder apart), as vb_error.source holds 255 bytes and an
 * archive member's name follows. */
#define SHOWN_MAX 200

typedef struct vb_files {
    vb_files_opts fo;
    vb_reader_opts inner_opts;
    vb_buf path;     /* the current entry's path, NUL-terminated */
    size_t rootlen;  /* where the relative path starts in it */
    frame *stack;
    size_t depth, cap;
    int rootfd;       /* the top folder, open for the whole walk; -1: none */
    int fd;           /* the folder of frame fd_frame, or -1 (may be rootfd) */
    size_t fd_frame;
    int single;      /* a file or standard input, not a folder: one document */
    int records;     /* a folder read with another kind: each file's records as they are */
    const char *mem; /* single over memory */
    size_t memlen;
    vb_reader *inner; /* the document being read */
    uint64_t inner_serial; /* its vb_reader_info_serial, last seen */
    char *cur;        /* its path (as opened) */
    char shown[SHOWN_MAX + 1]; /* the name the document reader was given */
    const char *cur_rel;
    time_t cur_mtime;
    int has_mtime;
    vb__kv kv;
    vb_field *fields;
    size_t fields_cap;
    vb_buf id;
    char datebuf[32];
    vb_files_stats st;
} vb_files;

static const char *shown(const char *path, char *buf)
{
    size_t n = strlen(path);
    if (n <= SHOWN_MAX)
        return path;
    const char *tail = path + n - (SHOWN_MAX - 3);
    while (((unsigned char)*tail & 0xC0) == 0x80) /* not inside a UTF-8 sequence */
        tail++;
    snprintf(buf, SHOWN_MAX + 1, "...%s", tail);
    return buf;
}

static void note(vb_reader *r, const char *source, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void note(vb_reader *r, const char *source, const char *fmt, ...)
{
    if (!r->user_opts.note)
        return;
    vb_error e;
    char buf[SHOWN_MAX + 1];
    vb_error_clear(&e);
    snprintf(e.source, sizeof e.source, "%s", shown(source, buf));
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.msg, sizeof e.msg, fmt, ap);
    va_end(ap);
    r->user_opts.note(&e, r->user_opts.note_payload);
}

/* Folders sort as "name/": then the walk's order is the byte order of whole paths. */
static int key_at(const entry *e, size_t i, size_t len)
{
    if (i < len)
        return (unsigned char)e->name[i];
    return i == len && e->type == E_DIR ? '/' : -1;
}

static int entry_cmp(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    size_t la = strlen(a->name), lb = strlen(b->name);
    for (size_t i = 0;; i++) {
        int ca = key_at(a, i, la), cb = key_at(b, i, lb);
        if (ca != cb)
            return ca < cb ? -1 : 1;
        if (ca < 0)
            return 0;
    }
}

static const char *special_what(mode_t m)
{
    if (S_ISFIFO(m))
        return "a FIFO";
    if (S_ISSOCK(m))
        return "a socket";
    if (S_ISCHR(m))
        return "a character device";
    if (S_ISBLK(m))
        return "a block device";
    return "not a regular file";
}

static void classify(entry *e, const struct stat *st)
{
    e->type = S_ISREG(st->st_mode) ? E_FILE : S_ISDIR(st->st_mode) ? E_DIR : E_SPECIAL;
    e->what = e->type == E_SPECIAL ? special_what(st->st_mode) : NULL;
    e->dev = st->st_dev;
    e->ino = st->st_ino;
    e->mtime = st->st_mtime;
}

static void frame_free(frame *fr)
{
    for (size_t i = 0; i < fr->n; i++)
        free(fr->e[i].name);
    free(fr->e);
    fr->e = NULL;
    fr->n = fr->pos = 0;
}

/* The walk's descriptor moves to the folder of frame i (fd: open, or -1). */
static void set_fd(vb_files *f, int fd, size_t i)
{
    if (f->fd >= 0 && f->fd != f->rootfd && f->fd != fd)
        close(f->fd);
    f->fd = fd;
    f->fd_frame = i;
}

static int same_folder(int fd, const frame *fr)
{
    struct stat st;
    return fstat(fd, &st) == 0 && st.st_dev == fr->dev && st.st_ino == fr->ino;
}

/* List the folder open at fd (f->path names it) into a new frame on the stack; the frame's
 * folder becomes the walk's descriptor. fd is closed on failure (unless it is rootfd). */
static int push_folder(vb_files *f, const vb_reader *r, int fd, const char *name, vb_error *err)
{
    char buf[SHOWN_MAX + 1];
    const char *dir = shown(f->path.len ? f->path.ptr : "/", buf); /* "/" is kept as "" */
    struct stat dst;
    int lfd = -1, rc = VB_OK;
    DIR *d = NULL;
    if (vb__grow((void **)&f->stack, &f->cap, f->depth + 1, sizeof *f->stack))
        rc = VB_REC_NOMEM(r, err, 0);
    else if (fstat(fd, &dst) != 0 || (lfd = dup(fd)) < 0 || !(d = fdopendir(lfd)))
        rc = vb__error_set(err, VB_EIO, dir, 0, 0, "cannot open: %s", strerror(errno));
    if (rc != VB_OK) {
        if (lfd >= 0)
            close(lfd);
        if (fd != f->rootfd)
            close(fd);
        return rc;
    }
    /* the listing has its own descriptor: it is closed once read, fd stays for openat */
    frame fr = { NULL, 0, 0, f->path.len, name, dst.st_dev, dst.st_ino };
    size_t cap = 0;
    struct dirent *de;
    for (;;) {
        errno = 0;
        if (!(de = readdir(d))) {
            if (errno)
                rc = vb__error_set(err, VB_EIO, dir, 0, 0, "cannot read the folder: %s",
                                   strerror(errno));
            break;
        }
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        if (vb__grow((void **)&fr.e, &cap, fr.n + 1, sizeof *fr.e) ||
            !(fr.e[fr.n].name = strdup(de->d_name))) {
            rc = VB_REC_NOMEM(r, err, 0);
            break;
        }
        entry *e = &fr.e[fr.n++];
        e->err = 0;
        struct stat st;
        if (fstatat(fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            e->type = E_ERROR; /* gone since it was listed, most likely: told when reached */
            e->err = errno;
        } else if (S_ISLNK(st.st_mode) && fstatat(fd, de->d_name, &st, 0) != 0) {
            e->err = errno;
            e->type = errno == ENOENT || errno == ELOOP || errno == ENOTDIR ? E_BROKEN
                                                                             : E_ERROR;
        } else {
            classify(e, &st);
        }
    }
    closedir(d);
    if (rc != VB_OK) {
        frame_free(&fr);
        if (fd != f->rootfd)
            close(fd);
        return rc;
    }
    qsort(fr.e, fr.n, sizeof *fr.e, entry_cmp);
    f->stack[f->depth++] = fr;
    f->st.folders++;
    set_fd(f, fd, f->depth - 1);
    return VB_OK;
}

/* Frame f->depth was left: the walk's descriptor goes up to its parent by "..", when that
 * is the parent the walk came from; else it is found again when needed (top_fd). */
static void went_up(vb_files *f)
{
    if (!f->depth) {
        set_fd(f, -1, 0);
        return;
    }
    size_t top = f->depth - 1;
    if (top == 0) {
        set_fd(f, f->rootfd, 0);
        return;
    }
    int up = -1;
    if (f->fd >= 0 && f->fd_frame == f->depth) {
        up = openat(f->fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (up >= 0 && !same_folder(up, &f->stack[top])) {
            close(up);
            up = -1;
        }
    }
    set_fd(f, up, top);
}

/* The descriptor of the top frame's folder (-1 with err set). */
static int top_fd(vb_files *f, vb_error *err)
{
    size_t top = f->depth - 1;
    if (f->fd >= 0 && f->fd_frame == top)
        return f->fd;
    /* from the top folder down, by the names the walk took */
    char buf[SHOWN_MAX + 1];
    int fd = f->rootfd;
    for (size_t i = 1; i <= top; i++) {
        int next = openat(fd, f->stack[i].name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        int e = errno;
        if (fd != f->rootfd)
            close(fd);
        if (next < 0) {
            f->path.ptr[f->stack[top].pathlen] = '\0';
            vb__error_set(err, VB_EIO, shown(f->path.ptr, buf), 0, 0, "cannot open: %s",
                          strerror(e));
            return -1;
        }
        fd = next;
    }
    if (!same_folder(fd, &f->stack[top])) {
        if (fd != f->rootfd)
            close(fd);
        f->path.ptr[f->stack[top].pathlen] = '\0';
        vb__error_set(err, VB_EIO, shown(f->path.ptr, buf), 0, 0,
                      "the folder was moved or replaced while it was read");
        return -1;
    }
    set_fd(f, fd, top);
    return fd;
}

static int set_path(vb_files *f, size_t at, const char *name)
{
    f->path.len = at;
    if (vb__buf_putc(&f->path, '/') || vb__buf_append(&f->path, name, strlen(name)) ||
        vb__buf_putc(&f->path, '\0'))
        return VB_ENOMEM;
    f->path.len--; /* the NUL stays, outside the length */
    return VB_OK;
}

/* Read the document at path: from memory, from file (opened: closed here), else standard
 * input. */
static int open_inner(vb_files *f, vb_reader *r, const char *path, FILE *file, vb_error *err)
{
    r->info_serial++; /* the info is the new file's */
    free(f->cur);
    if (!(f->cur = strdup(path))) {
        if (file)
            fclose(file);
        return VB_REC_NOMEM(r, err, 0);
    }
    char buf[SHOWN_MAX + 1];
    snprintf(f->shown, sizeof f->shown, "%s", shown(path, buf));
    if (f->mem)
        return vb_reader_open_mem(&f->inner, f->shown, f->mem, f->memlen, &f->inner_opts, err);
    if (file)
        return vb__reader_open_file(&f->inner, f->shown, file, &f->inner_opts, err);
    return vb_reader_open(&f->inner, path, &f->inner_opts, err);
}

/* A file of the walk, by its folder's descriptor. */
static int open_entry(vb_files *f, vb_reader *r, const entry *e, const char *path,
                      vb_error *err)
{
    int dfd = top_fd(f, err);
    if (dfd < 0)
        return err->code;
    int fd = openat(dfd, e->name, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    FILE *file = fd >= 0 ? fdopen(fd, "rb") : NULL;
    if (!file) {
        char buf[SHOWN_MAX + 1];
        int saved = errno;
        if (fd >= 0)
            close(fd);
        return vb__error_set(err, VB_EIO, shown(path, buf), 0, 0, "cannot open: %s",
                             strerror(saved));
    }
    return open_inner(f, r, path, file, err);
}

/* Open the next file of the walk: VB_OK, VB_EOF or an error. */
static int next_file(vb_files *f, vb_reader *r, vb_error *err)
{
    while (f->depth) {
        frame *fr = &f->stack[f->depth - 1];
        if (fr->pos == fr->n) {
            frame_free(fr);
            f->depth--;
            went_up(f);
            continue;
        }
        entry *e = &fr->e[fr->pos++];
        if (set_path(f, fr->pathlen, e->name))
            return VB_REC_NOMEM(r, err, 0);
        const char *path = f->path.ptr, *rel = path + f->rootlen;
        char buf[SHOWN_MAX + 1];
        if (e->name[0] == '.' && !f->fo.hidden) {
            f->st.hidden++;
            continue;
        }
        switch (e->type) {
        case E_ERROR:
            return vb__error_set(err, VB_EIO, shown(path, buf), 0, 0, "cannot open: %s",
                                 strerror(e->err));
        case E_BROKEN:
            note(r, path, "skipped: %s", e->err == ELOOP ? "a loop of symbolic links"
                                                         : "a symbolic link to nothing");
            f->st.broken++;
            continue;
        case E_SPECIAL:
            note(r, path, "skipped: %s", e->what);
            f->st.special++;
            continue;
        case E_DIR: {
            if (any_match(f->fo.exclude, f->fo.nexclude, rel)) {
                f->st.excluded++;
                continue;
            }
            int loop = 0;
            for (size_t i = 0; i < f->depth && !loop; i++)
                loop = f->stack[i].dev == e->dev && f->stack[i].ino == e->ino;
            if (loop) {
                note(r, path, "skipped: a link to a folder that contains it (a loop)");
                f->st.loops++;
                continue;
            }
            int dfd = top_fd(f, err);
            if (dfd < 0)
                return err->code;
            int fd = openat(dfd, e->name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (fd < 0)
                return vb__error_set(err, VB_EIO, shown(path, buf), 0, 0, "cannot open: %s",
                                     strerror(errno));
            int rc = push_folder(f, r, fd, e->name, err);
            if (rc != VB_OK)
                return rc;
            continue;
        }
        default:
            if (any_match(f->fo.exclude, f->fo.nexclude, rel)) {
                f->st.excluded++;
                continue;
            }
            if (f->fo.ninclude && !any_match(f->fo.include, f->fo.ninclude, rel)) {
                f->st.not_included++;
                continue;
            }
            f->cur_mtime = e->mtime;
            f->has_mtime = 1;
            int rc = open_entry(f, r, e, path, err);
            if (rc != VB_OK)
                return rc;
            f->cur_rel = f->cur + f->rootlen;
            f->st.files++;
            return VB_OK;
        }
    }
    return VB_EOF;
}

static int vb__files_walk(vb_files *f, vb_reader *r, const char *path, vb_error *err);

int vb__files_open(vb_reader *r, const char *path, const char *mem, size_t memlen,
                   vb_error *err)
{
    vb_files *f = calloc(1, sizeof *f);
    if (!f)
        return VB_REC_NOMEM(r, err, 0);
    r->files = f;
    r->kind = VB_INPUT_FILES;
    f->rootfd = f->fd = -1;
    if (r->user_opts.files)
        f->fo = *r->user_opts.files;
    else
        vb_files_opts_init(&f->fo);
    const vb_reader_opts *uo = &r->user_opts;
    f->records = uo->kind != VB_INPUT_FILES;
    if (uo->text_col && !f->records)
        return vb__error_set(err, VB_EINVAL, r->name, 0, 0,
                             "files have no text column: the text is each file's content "
                             "after its front matter");
    f->inner_opts = *uo;
    f->inner_opts.files = NULL;
    if (f->records) /* every file by its kind (auto: its name, then its content), columns
                     * and all */
        return vb__files_walk(f, r, path, err);
    f->inner_opts.kind = VB_INPUT_DOC;
    f->inner_opts.text_col = f->inner_opts.id_col = f->inner_opts.date_col = NULL;
    f->inner_opts.segment_col = f->inner_opts.segment2_col = f->inner_opts.score_col = NULL;
    f->inner_opts.files = NULL;
    f->mem = mem;
    f->memlen = memlen;
    int is_stdin = !mem && (!path || strcmp(path, "-") == 0);
    struct stat st;
    if (mem || is_stdin) {
        f->single = 1;
        return open_inner(f, r, mem ? path : "-", NULL, err);
    }
    if (stat(path, &st) != 0)
        return vb__error_set(err, VB_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    if (!S_ISDIR(st.st_mode)) {
        if (!S_ISREG(st.st_mode))
            note(r, path, "%s, read as one document", special_what(st.st_mode));
        f->single = 1;
        f->cur_mtime = st.st_mtime;
        f->has_mtime = 1;
        FILE *file = fopen(path, "rb");
        if (!file)
            return vb__error_set(err, VB_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
        int rc = open_inner(f, r, path, file, err);
        if (rc == VB_OK)
            f->st.files++;
        return rc;
    }
    return vb__files_walk(f, r, path, err);
}

/* Start walking the folder path. */
static int vb__files_walk(vb_files *f, vb_reader *r, const char *path, vb_error *err)
{
    /* the root without its trailing slashes; relative paths start after root + '/' */
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/')
        n--;
    if (n == 1 && path[0] == '/')
        n = 0; /* "/": its entries are "/" + name */
    if (vb__buf_append(&f->path, path, n) || vb__buf_putc(&f->path, '\0'))
        return VB_REC_NOMEM(r, err, 0);
    f->path.len--;
    f->rootlen = n + 1;
    if ((f->rootfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
        return vb__error_set(err, VB_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    return push_folder(f, r, f->rootfd, NULL, err);
}

/* A front matter field, or the file's modification time for "mtime". */
static vb_field lookup(vb_files *f, const char *name)
{
    vb_field v = { NULL, 0 };
    if (!name)
        return v;
    if (!strcasecmp(name, "mtime")) {
        struct tm tm;
        if (f->has_mtime && gmtime_r(&f->cur_mtime, &tm)) {
            v.len = strftime(f->datebuf, sizeof f->datebuf, "%Y-%m-%dT%H:%M:%SZ", &tm);
            v.ptr = f->datebuf;
        }
        return v;
    }
    for (size_t i = 0; i < f->kv.n; i++)
        if (!strcasecmp(f->kv.buf.ptr + f->kv.off[2 * i], name)) {
            v.ptr = f->kv.buf.ptr + f->kv.off[2 * i + 1];
            v.len = strlen(v.ptr);
            return v;
        }
    return v;
}

int vb__files_next(vb_reader *r, const vb_record **out, vb_error *err)
{
    vb_files *f = r->files;
    const vb_record *in;
    int rc;
    for (;;) {
        if (!f->inner) {
            if (f->single)
                return VB_EOF;
            if ((rc = next_file(f, r, err)) != VB_OK)
                return rc;
        }
        rc = vb_reader_next(f->inner, &in, err);
        if (f->inner->info_serial != f->inner_serial) { /* its info is ours */
            f->inner_serial = f->inner->info_serial;
            r->info_serial++;
        }
        if (rc == VB_OK)
            break;
        if (rc != VB_EOF) {
            if (rc == VB_EREJECT) {
                r->index++;
                r->rej = f->inner->rej; /* the rejected bytes, for vb_reader_reject_raw */
                r->rej_len = f->inner->rej_len;
                r->rej_cut = f->inner->rej_cut;
            }
            return rc;
        }
        vb_reader_free(f->inner);
        f->inner = NULL;
        r->info_serial++;
        if (f->single)
            return VB_EOF;
    }
    /* the source: the whole path, which the file's reader's name may not hold (archive
     * members keep their ":member") */
    size_t shownlen = strlen(f->shown);
    const char *after = !strncmp(in->source, f->shown, shownlen) ? in->source + shownlen : NULL;
    const char *source = after && !*after && strcmp(f->cur, "-") ? f->cur : in->source;
    if (f->records) { /* as the file's reader made it, numbered in the walk */
        r->rec = *in;
        r->rec.index = ++r->index;
        r->rec.source = source;
        *out = &r->rec;
        return VB_OK;
    }
    size_t body, body_line;
    int unclosed;
    if (vb__front_matter(&f->kv, in->text.ptr, in->text.len, f->fo.front_matter, &body,
                         &body_line, &unclosed) != VB_OK)
        return VB_REC_NOMEM(r, err, in->line);
    if (unclosed)
        note(r, in->source, "the front matter opened by '---' on line 1 is not closed: the "
                            "whole file is read as text");
    /* the id: the path inside the folder (archive members keep their ":member") */
    const char *rel = f->single ? source : f->cur_rel;
    const char *member = !f->single && after ? after : "";
    f->id.len = 0;
    if (vb__buf_append(&f->id, rel, strlen(rel)) ||
        vb__buf_append(&f->id, member, strlen(member)) || vb__buf_putc(&f->id, '\0') ||
        vb__grow((void **)&f->fields, &f->fields_cap, f->kv.n + 1, sizeof *f->fields))
        return VB_REC_NOMEM(r, err, in->line);
    f->id.len--;
    for (size_t i = 0; i < f->kv.n; i++) {
        f->fields[i].ptr = f->kv.buf.ptr + f->kv.off[2 * i + 1];
        f->fields[i].len = strlen(f->fields[i].ptr);
    }
    vb_record *rec = &r->rec;
    memset(rec, 0, sizeof *rec);
    rec->text.ptr = in->text.ptr + body;
    rec->text.len = in->text.len - body;
    rec->fields = f->fields;
    rec->nfields = f->kv.n;
    rec->source = source;
    rec->line = body_line;
    rec->index = ++r->index;
    const vb_reader_opts *uo = &r->user_opts;
    rec->date = lookup(f, uo->date_col);
    rec->segment = lookup(f, uo->segment_col);
    rec->segment2 = lookup(f, uo->segment2_col);
    rec->score = lookup(f, uo->score_col);
    rec->id = lookup(f, uo->id_col);
    if (!rec->id.ptr || !rec->id.len) {
        rec->id.ptr = f->id.ptr;
        rec->id.len = f->id.len;
    }
    *out = rec;
    return VB_OK;
}

int vb__files_info(const vb_reader *r, vb_reader_info *info)
{
    const vb_files *f = r->files;
    if (!f || !f->records)
        return 0;
    if (f->inner)
        vb_reader_get_info(f->inner, info);
    else
        memset(info, 0, sizeof *info);
    info->source = f->inner ? f->cur : r->name;
    info->member = (size_t)f->st.files;
    return 1;
}

int vb_reader_files_stats(const vb_reader *r, vb_files_stats *stats)
{
    memset(stats, 0, sizeof *stats);
    if (!r || !r->files)
        return 0;
    *stats = ((const vb_files *)r->files)->st;
    return 1;
}

void vb__files_free(vb_reader *r)
{
    vb_files *f = r->files;
    if (!f)
        return;
    vb_reader_free(f->inner);
    while (f->depth)
        frame_free(&f->stack[--f->depth]);
    set_fd(f, -1, 0);
    if (f->rootfd >= 0)
        close(f->rootfd);
    free(f->stack);
    free(f->cur);
    vb__buf_free(&f->path);
    vb__buf_free(&f->kv.buf);
    free(f->kv.off);
    free(f->fields);
    vb__buf_free(&f->id);
    free(f);
    r->files = NULL;
}
