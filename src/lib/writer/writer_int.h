/* Internal to the writers. */
#ifndef VB_WRITER_INT_H
#define VB_WRITER_INT_H

#include <stdio.h>
#include "../util/util.h"
#include "verbatim/report.h"

void vb__json_str(FILE *f, const char *s);
int vb__check_write(FILE *f, vb_error *err);

#endif
