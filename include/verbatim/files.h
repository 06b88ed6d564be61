/* verbatim — folders of documents: one record per file (--input files). */
#ifndef VERBATIM_FILES_H
#define VERBATIM_FILES_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"
#include "reader.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How the top of a file is read for a header of fields (dates, authors...). */
typedef enum vb_front_matter {
    VB_FRONT_AUTO = 0, /* YAML-style or mail-style, whichever the first line shows */
    VB_FRONT_YAML,     /* only "---" / key: value lines / "---" (or "...") */
    VB_FRONT_MAIL,     /* only Key: value lines up to a blank line */
    VB_FRONT_NONE      /* the whole file is the text */
} vb_front_matter;

/**
 * Options of a VB_INPUT_FILES reader (vb_reader_opts.files; NULL: the defaults).
 * Patterns are matched against the path relative to the folder: one without a '/' against
 * the file (or folder) name at any depth, one with a '/' against the whole relative path,
 * where '*', '?' and [...] stay within one folder and a "**" part matches any number of
 * folders (vb_glob_match).
 */
typedef struct vb_files_opts {
    const char *const *include; /* files matching none of them are skipped; none: all */
    size_t ninclude;
    const char *const *exclude; /* files and folders matching one are skipped */
    size_t nexclude;
    int hidden;                 /* 1: also read files and folders whose name starts with '.' */
    vb_front_matter front_matter;
} vb_files_opts;

VB_API void vb_files_opts_init(vb_files_opts *opts);

/** What a folder walk read and skipped, by reason. */
typedef struct vb_files_stats {
    uint64_t folders;      /* folders walked (the top one included) */
    uint64_t files;        /* files read (an archive counts once) */
    uint64_t hidden;       /* files and folders skipped: the name starts with '.' */
    uint64_t excluded;     /* ... matched an exclude pattern */
    uint64_t not_included; /* ... files that matched no include pattern */
    uint64_t loops;        /* ... links to a folder that contains them */
    uint64_t special;      /* ... devices, FIFOs, sockets */
    uint64_t broken;       /* ... symbolic links to nothing */
} vb_files_stats;

/**
 * The counts of a VB_INPUT_FILES reader so far.
 * @return 1 when r reads files (stats filled), 0 otherwise (stats zeroed).
 */
VB_API int vb_reader_files_stats(const vb_reader *r, vb_files_stats *stats);

/**
 * Match a relative path ("2024/q1/a.md") against a pattern as vb_files_opts describes.
 * @return 1 on a match, 0 otherwise.
 */
VB_API int vb_glob_match(const char *pattern, const char *path);

#ifdef __cplusplus
}
#endif
#endif
