/* (e) arbitrary state file payloads: load (with a valid header and checksum put around the
 * bytes, so the fuzzer reaches the parser), and for what loads: save again to the same
 * bytes, merge with itself, and write every report format. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include "verbatim/report.h"

#include "fuzz_checks.h"

static void le(unsigned char *p, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *file = malloc(32 + size);
    memcpy(file, "VBSTATE\n", 8);
    le(file + 8, 1, 4);
    le(file + 12, 0, 4);
    le(file + 16, size, 8);
    le(file + 24, XXH64(data, size, 0), 8);
    memcpy(file + 32, data, size);
    vb_agg *a = NULL;
    vb_error err;
    int rc = vb_agg_load(&a, (const char *)file, 32 + size, "fuzz.state", &err);
    if (rc != VB_OK) {
        CHECK(a == NULL);
        CHECK(rc == VB_ESYNTAX || rc == VB_ENOMEM);
        free(file);
        return 0;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK(vb_agg_save(a, f, &err) == VB_OK);
    fclose(f);
    /* a state that loads is canonical or is made canonical by one save */
    vb_agg *b = NULL;
    CHECK(vb_agg_load(&b, buf, len, "again.state", &err) == VB_OK);
    char *buf2 = NULL;
    size_t len2 = 0;
    f = open_memstream(&buf2, &len2);
    CHECK(vb_agg_save(b, f, &err) == VB_OK);
    fclose(f);
    CHECK(len == len2 && memcmp(buf, buf2, len) == 0);
    CHECK(vb_agg_merge(b, a, &err) == VB_OK);
    for (int fmt = VB_FORMAT_TABLE; fmt <= VB_FORMAT_HTML; fmt++) {
        char *out = NULL;
        size_t olen = 0;
        FILE *o = open_memstream(&out, &olen);
        vb_report_opts ro;
        vb_report_opts_init(&ro);
        ro.format = (vb_format)fmt;
        ro.csv_table = fmt == VB_FORMAT_CSV ? (int)(size % 6) : 0;
        CHECK(vb_report_write(o, b, &ro, &err) == VB_OK);
        fclose(o);
        free(out);
    }
    vb_agg_free(a);
    vb_agg_free(b);
    free(buf);
    free(buf2);
    free(file);
    return 0;
}
