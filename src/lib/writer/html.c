/* The HTML report: one self-contained page. */
#include "model.h"

void vb__write_html(FILE *f, const vb_model *m)
{
    (void)m;
    fputs("<!doctype html><title>verbatim report</title><p>The HTML report is not built yet.</p>\n", f);
}
