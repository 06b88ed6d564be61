/* Internal to the writers. */
#ifndef VB_WRITER_INT_H
#define VB_WRITER_INT_H

#include <stdio.h>
#include "../util/util.h"
#include "verbatim/report.h"

void vb__json_str(FILE *f, const char *s);
int vb__check_write(FILE *f, vb_error *err);

/* format.c: what every writer prints the same way */
size_t vb__utf8_width(const char *s); /* code points */
/* Copy at most `width` code points of s (ending in "..." when cut), never splitting one. */
void vb__clip(char *out, size_t size, const char *s, size_t width);
void vb__fmt_pct(char *buf, size_t size, double v); /* a share: "12.3%"; NaN: "-" */
void vb__fmt_pts(char *buf, size_t size, double v); /* a change in points: "+1.2 pt" */
void vb__fmt_q(char *buf, size_t size, double q);   /* "<0.001", "0.012" */
void vb__date_label(int32_t day, char *buf, size_t size); /* "2024-01-31" or "undated" */

#endif
