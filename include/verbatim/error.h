/* verbatim — errors shared by every stage. */
#ifndef VERBATIM_ERROR_H
#define VERBATIM_ERROR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(VB_BUILDING_LIBRARY) && defined(__GNUC__)
#define VB_API __attribute__((visibility("default")))
#else
#define VB_API
#endif

/** Return codes. VB_OK and VB_EOF are not errors; every error is negative. */
enum {
    VB_OK = 0,
    VB_EOF = 1,        /* a reader has no more records */
    VB_ENOMEM = -1,    /* out of memory */
    VB_EIO = -2,       /* a file could not be opened, read or written */
    VB_ESYNTAX = -3,   /* a lexicon could not be parsed */
    VB_EINVAL = -4,    /* a bad argument or option (unknown language, missing column) */
    VB_EREJECT = -5,   /* one input record was rejected; the reader can go on */
    VB_EUTF8 = -6,     /* invalid UTF-8 where it is not allowed */
    VB_ELIMIT = -7     /* a configured size limit was exceeded */
};

/**
 * What went wrong and where. Filled by the library when the caller passes one;
 * nothing is ever printed by the library. No need to free.
 */
typedef struct vb_error {
    int code;            /* one of the VB_E* codes */
    char msg[256];       /* human-readable, without the location */
    char source[256];    /* file name, "<stdin>", or "" when unknown */
    size_t line, column; /* 1-based; 0 when unknown */
} vb_error;

/** Clear an error (code VB_OK, empty message and location). */
VB_API void vb_error_clear(vb_error *err);

/**
 * Format "source:line:column: msg" (omitting the unknown parts) into buf.
 * @return buf.
 */
VB_API const char *vb_error_format(const vb_error *err, char *buf, size_t size);

/** A short name for a code ("I/O error", "syntax error"...). */
VB_API const char *vb_strerror(int code);

/** The library version, e.g. "0.1.0". */
VB_API const char *vb_version(void);

#ifdef __cplusplus
}
#endif
#endif
