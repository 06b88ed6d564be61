/* Compressed streams and archives through libarchive. The reader's byte source pulls
 * decompressed blocks from here instead of the file; an archive is read member by member,
 * each member set up as a new input (reader.c: vb__open_input). Nothing is ever written:
 * member names are only used in locations. */
#include "reader_int.h"

#include <archive.h>
#include <archive_entry.h>
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* libarchive is loaded when the first compressed stream or archive is met, not with the
 * program: it brings a dozen libraries (libxml2, ICU, libstdc++, nettle...) whose loading
 * took about 4 ms of every run, and most runs read no archive. */
#define ARLIB_FUNCTIONS(X) \
    X(archive_entry_filetype) \
    X(archive_entry_hardlink) \
    X(archive_entry_is_encrypted) \
    X(archive_entry_pathname) \
    X(archive_error_string) \
    X(archive_filter_bytes) \
    X(archive_filter_count) \
    X(archive_format) \
    X(archive_read_data) \
    X(archive_read_free) \
    X(archive_read_new) \
    X(archive_read_next_header) \
    X(archive_read_open) \
    X(archive_read_support_filter_bzip2) \
    X(archive_read_support_filter_compress) \
    X(archive_read_support_filter_gzip) \
    X(archive_read_support_filter_lz4) \
    X(archive_read_support_filter_lzip) \
    X(archive_read_support_filter_lzma) \
    X(archive_read_support_filter_xz) \
    X(archive_read_support_filter_zstd) \
    X(archive_read_support_format_7zip) \
    X(archive_read_support_format_cab) \
    X(archive_read_support_format_empty) \
    X(archive_read_support_format_rar) \
    X(archive_read_support_format_rar5) \
    X(archive_read_support_format_raw) \
    X(archive_read_support_format_tar) \
    X(archive_read_support_format_xar) \
    X(archive_read_support_format_zip) \
    X(archive_set_error)

static struct {
#define ARLIB_POINTER(f) __typeof__(f) *f;
    ARLIB_FUNCTIONS(ARLIB_POINTER)
#undef ARLIB_POINTER
} arlib;
static const char *arlib_failed; /* why it could not be loaded, or NULL */
static char arlib_why[256];
static pthread_once_t arlib_once = PTHREAD_ONCE_INIT;

static void arlib_load(void)
{
    void *lib = dlopen(VB_LIBARCHIVE_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        const char *why = dlerror();
        snprintf(arlib_why, sizeof arlib_why, "%s", why ? why : "not found");
        arlib_failed = arlib_why;
        return;
    }
#define ARLIB_SYMBOL(f)                                                                       \
    {                                                                                      \
        void *sym = dlsym(lib, #f);                                                        \
        if (!sym) {                                                                        \
            arlib_failed = "a function is missing (" #f ")";                                 \
            dlclose(lib);                                                                  \
            return;                                                                        \
        }                                                                                  \
        memcpy(&arlib.f, &sym, sizeof sym); /* POSIX: a function's address as a void * */     \
    }
    ARLIB_FUNCTIONS(ARLIB_SYMBOL)
#undef ARLIB_SYMBOL
}

static int has_suffix(const char *name, const char *const *list)
{
    const char *dot = strrchr(name, '.');
    const char *slash = strrchr(name, '/');
    if (!dot || (slash && dot < slash))
        return 0;
    for (size_t i = 0; list[i]; i++)
        if (strcasecmp(dot + 1, list[i]) == 0)
            return 1;
    return 0;
}

static const char *const compressed_ext[] = { "gz", "zst", "bz2", "xz", "lz4", "lz", "lzma", "z",
                                              NULL };
static const char *const archive_ext[] = { "zip", "tar", "tgz", "tzst", "tbz", "tbz2", "txz",
                                           "7z", "rar", "xar", "cab", NULL };

int vb__ar_detect(const unsigned char *p, size_t n, const char *name)
{
    static const struct {
        const char *magic;
        size_t len;
        int mode;
    } magics[] = {
        { "\x1f\x8b", 2, 1 },                     /* gzip */
        { "\x28\xb5\x2f\xfd", 4, 1 },             /* zstd */
        { "\xfd" "7zXZ\0", 6, 1 },                /* xz */
        { "\x04\x22\x4d\x18", 4, 1 },             /* lz4 */
        { "\x1f\x9d", 2, 1 },                     /* compress (.Z) */
        { "PK\x03\x04", 4, 2 },                   /* zip */
        { "PK\x05\x06", 4, 2 },                   /* empty zip */
        { "7z\xbc\xaf\x27\x1c", 6, 2 },           /* 7-Zip */
        { "Rar!\x1a\x07", 6, 2 },                 /* RAR */
        { "xar!", 4, 2 },
    };
    for (size_t i = 0; i < sizeof magics / sizeof *magics; i++)
        if (n >= magics[i].len && memcmp(p, magics[i].magic, magics[i].len) == 0)
            return magics[i].mode;
    /* bzip2 and lzip start with letters: their next bytes must agree too */
    if (n >= 10 && memcmp(p, "BZh", 3) == 0 && p[3] >= '1' && p[3] <= '9' &&
        (memcmp(p + 4, "1AY&SY", 6) == 0 || memcmp(p + 4, "\x17\x72\x45\x38\x50\x90", 6) == 0))
        return 1;
    if (n >= 5 && memcmp(p, "LZIP", 4) == 0 && p[4] <= 1)
        return 1;
    if (n >= 262 && memcmp(p + 257, "ustar", 5) == 0)
        return 2;
    /* A name that promises an archive goes to libarchive even if its start is damaged, so
     * the damage is reported instead of the bytes being read as text. */
    if (name && (has_suffix(name, compressed_ext) || has_suffix(name, archive_ext)))
        return 2;
    return 0;
}

/* Blocks of at most VB_RD_BLOCK, from memory too: how far libarchive has read is then at
 * most a block ahead of what it used, which the expansion ratio allows for. */
static la_ssize_t on_read(struct archive *a, void *client, const void **out)
{
    vb_reader *r = client;
    if (r->armem) {
        size_t n = r->armem_len - r->armem_pos < VB_RD_BLOCK ? r->armem_len - r->armem_pos
                                                              : VB_RD_BLOCK;
        *out = r->armem + r->armem_pos;
        r->armem_pos += n;
        return (la_ssize_t)n;
    }
    size_t n = r->arbuf_len;
    r->arbuf_len = 0; /* the block read to recognize the input goes first */
    if (n == 0) {
        n = fread(r->arbuf, 1, VB_RD_BLOCK, r->file);
        if (n == 0 && ferror(r->file)) {
            arlib.archive_set_error(a, errno ? errno : EIO, "read error: %s",
                              strerror(errno ? errno : EIO));
            return -1;
        }
    }
    *out = r->arbuf;
    return (la_ssize_t)n;
}

/* The input is damaged before its first byte of data (libarchive decompresses in blocks:
 * a short stream cut off fails here as a whole). */
static int cannot_read(vb_reader *r, vb_error *err)
{
    const char *why = arlib.archive_error_string(r->ar);
    return vb__error_set(err, VB_EIO, r->path, 0, 0, "cannot %s: %s",
                         r->ar_mode == 1 ? "decompress" : "read the archive",
                         why ? why : "damaged or not an archive");
}

int vb__ar_open(vb_reader *r, int mode, size_t n, const void *mem, size_t memlen,
                vb_error *err)
{
    pthread_once(&arlib_once, arlib_load);
    if (arlib_failed)
        return vb__error_set(err, VB_EIO, r->path, 0, 0,
                             "cannot load %s, which reads compressed files and archives: %s",
                             VB_LIBARCHIVE_SONAME, arlib_failed);
    struct archive *a = arlib.archive_read_new();
    if (!a)
        return vb__error_set(err, VB_ENOMEM, r->path, 0, 0, "out of memory");
    r->ar = a;
    /* not filter_all: it would run external programs (lrzip, lzop, grzip) and uudecode's
     * bid reads far ahead */
    arlib.archive_read_support_filter_gzip(a);
    arlib.archive_read_support_filter_bzip2(a);
    arlib.archive_read_support_filter_xz(a);
    arlib.archive_read_support_filter_lzma(a);
    arlib.archive_read_support_filter_zstd(a);
    arlib.archive_read_support_filter_lz4(a);
    arlib.archive_read_support_filter_lzip(a);
    arlib.archive_read_support_filter_compress(a);
    /* not format_all: mtree would claim plain text, and iso9660 reads 48 KiB ahead to
     * recognize itself, so a short stream cut off would lose all its records */
    arlib.archive_read_support_format_tar(a);
    arlib.archive_read_support_format_zip(a);
    arlib.archive_read_support_format_7zip(a);
    arlib.archive_read_support_format_rar(a);
    arlib.archive_read_support_format_rar5(a);
    arlib.archive_read_support_format_xar(a);
    arlib.archive_read_support_format_cab(a);
    arlib.archive_read_support_format_empty(a);
    r->ar_mode = mode;
    if (mode == 1) /* only a compression filter can vouch for a stream without a format */
        arlib.archive_read_support_format_raw(a);
    if (mem) {
        r->armem = mem;
        r->armem_len = memlen;
    } else {
        r->arbuf = r->buf; /* the block read ahead becomes the first compressed block */
        r->arbuf_len = n;
        r->buf = malloc(VB_RD_BUFSIZE(r));
        if (!r->buf)
            return vb__error_set(err, VB_ENOMEM, r->path, 0, 0, "out of memory");
    }
    if (arlib.archive_read_open(a, r, NULL, on_read, NULL) != ARCHIVE_OK)
        return cannot_read(r, err);
    r->need_member = 1;
    return VB_OK;
}

static void stop(vb_reader *r, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void stop(vb_reader *r, int code, const char *fmt, ...)
{
    char msg[sizeof r->src_err.msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vb__error_set(&r->src_err, code, r->name, r->line, 0, "%s", msg);
    r->fail_pending = r->npending;
}

size_t vb__ar_read(vb_reader *r)
{
    if (r->need_member || r->src_err.code)
        return 0;
    struct archive *a = r->ar;
    la_ssize_t n = arlib.archive_read_data(a, r->buf, VB_RD_BLOCK);
    if (n < 0) {
        stop(r, VB_EIO, "%s: the data stops in this line; the records before it were read",
             arlib.archive_error_string(a) ? arlib.archive_error_string(a) : "damaged data");
        return 0;
    }
    r->member_out += (uint64_t)n;
    uint64_t in = (uint64_t)arlib.archive_filter_bytes(a, -1) - r->member_raw0;
    /* a member after a bomb in a compressed tar can only be reached by inflating the bomb */
    const char *after = !r->ar_raw && arlib.archive_filter_count(a) > 1
                            ? ", nor the members after it in the compressed stream" : "";
    if (r->member_out > r->opts.max_expand_bytes) {
        stop(r, VB_EREJECT, "expands beyond %llu bytes: not read further%s (--max-expand)",
             (unsigned long long)r->opts.max_expand_bytes, after);
        r->ar_done |= *after != '\0';
        return 0;
    }
    if ((double)r->member_out > r->opts.max_expand_ratio * (double)(in + VB_RD_BLOCK)) {
        stop(r, VB_EREJECT, "expands more than %g-fold (a zip bomb?): not read further%s "
                            "(--max-ratio)", r->opts.max_expand_ratio, after);
        r->ar_done |= *after != '\0';
        return 0;
    }
    return (size_t)n;
}

static void note(vb_reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note(vb_reader *r, const char *fmt, ...)
{
    if (!r->user_opts.note)
        return;
    vb_error e;
    vb_error_clear(&e);
    snprintf(e.source, sizeof e.source, "%s", r->path);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.msg, sizeof e.msg, fmt, ap);
    va_end(ap);
    r->user_opts.note(&e, r->user_opts.note_payload);
}

/* An absolute name or one with a ".." part would land outside a folder it was unpacked in. */
static int leaves_archive(const char *name)
{
    if (name[0] == '/')
        return 1;
    for (const char *p = name; *p;) {
        size_t n = strcspn(p, "/");
        if (n == 2 && p[0] == '.' && p[1] == '.')
            return 1;
        p += n;
        p += *p == '/';
    }
    return 0;
}

static const char *not_regular(struct archive_entry *e)
{
    if (arlib.archive_entry_hardlink(e))
        return "a hard link";
    switch (arlib.archive_entry_filetype(e)) {
    case AE_IFREG: return NULL;
    case AE_IFLNK: return "a symbolic link";
    case AE_IFCHR: return "a character device";
    case AE_IFBLK: return "a block device";
    case AE_IFIFO: return "a FIFO";
    case AE_IFSOCK: return "a socket";
    default: return "not a regular file";
    }
}

/* "archive:member" in locations, cut to fit */
static void member_name(char *dst, size_t size, const char *path, const char *member)
{
    int n = snprintf(dst, size, "%s:", path);
    if (n >= 0 && (size_t)n < size)
        snprintf(dst + n, size - (size_t)n, "%s", member);
}

int vb__ar_next_member(vb_reader *r, vb_error *err)
{
    struct archive *a = r->ar;
    while (!r->ar_done) {
        struct archive_entry *e;
        int rc = arlib.archive_read_next_header(a, &e);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN) {
            r->ar_done = 1;
            return cannot_read(r, err);
        }
        vb__input_reset(r);
        const char *kind_name = r->path;
        char stripped[sizeof r->path];
        r->ar_raw = arlib.archive_format(a) == ARCHIVE_FORMAT_RAW;
        if (r->ar_raw) { /* one stream: named as given, its kind by the name inside */
            snprintf(r->name, sizeof r->name, "%s", r->path);
            snprintf(stripped, sizeof stripped, "%s", r->path);
            char *dot = strrchr(stripped, '.');
            if (dot && has_suffix(stripped, compressed_ext))
                *dot = '\0';
            kind_name = stripped;
            r->ar_done = 1; /* whatever follows the stream is not read */
        } else {
            const char *member = arlib.archive_entry_pathname(e);
            if (!member)
                member = "(unnamed)";
            if (arlib.archive_entry_filetype(e) == AE_IFDIR)
                continue;
            const char *what = not_regular(e);
            if (what) {
                note(r, "skipped member %s: %s", member, what);
                continue;
            }
            member_name(r->name, sizeof r->name, r->path, member);
            if (arlib.archive_entry_is_encrypted(e))
                return vb__error_set(err, VB_EREJECT, r->name, 0, 0,
                                     "encrypted member: not read (verbatim reads no passwords)");
            if (leaves_archive(member))
                note(r, "member name leaves the archive: %s (read as data; nothing is "
                        "written)", member);
            kind_name = member;
        }
        r->member++;
        r->member_raw0 = (uint64_t)arlib.archive_filter_bytes(a, -1);
        r->member_out = 0;
        r->need_member = 0;
        rc = vb__open_input(r, kind_name, err);
        if (rc != VB_OK && r->src_err.code)
            return vb__ar_take_error(r, err);
        r->need_member = rc != VB_OK; /* called again, the reader goes on with the next */
        return rc;
    }
    r->ar_done = 1;
    return VB_EOF;
}

void vb__ar_member_done(vb_reader *r)
{
    r->need_member = 1;
    if (!r->ar_raw && r->index == 0) { /* a file would get this warning from the caller */
        vb_error e;
        vb_error_clear(&e);
        snprintf(e.source, sizeof e.source, "%s", r->name);
        snprintf(e.msg, sizeof e.msg, "warning: %s", r->ncolumns ? "only a header, no records"
                                                                : "empty member, no records");
        if (r->user_opts.note)
            r->user_opts.note(&e, r->user_opts.note_payload);
    }
}

int vb__ar_take_error(vb_reader *r, vb_error *err)
{
    *err = r->src_err;
    if (r->src_err.code == VB_EREJECT) { /* the member is over; the archive may go on */
        vb_error_clear(&r->src_err);
        r->need_member = 1;
        return VB_EREJECT;
    }
    return err->code;
}

void vb__ar_free(vb_reader *r)
{
    if (r->ar)
        arlib.archive_read_free(r->ar);
    r->ar = NULL;
    free(r->arbuf);
    r->arbuf = NULL;
}
