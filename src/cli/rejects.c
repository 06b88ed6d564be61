/* --rejects FILE: every rejected record as one JSON Lines object, so a run's rejects can be
 * inspected, fixed and fed again. The file is written through cli_output (a temporary file
 * renamed when the reading ends, whatever the outcome), so it is never seen half-written and
 * always holds exactly the records the summary counts as rejected:
 *
 *   {"source":"a.csv","line":12,"column":7,"reason":"unclosed quote","raw":"3,\"oops"}
 *
 * "column" only when known; "line" null when unknown (an archive member); "raw" the bytes
 * read (after --encoding), null when none were kept; when they are not valid UTF-8,
 * "raw_base64" replaces "raw"; "raw_truncated": true when only the first --max-record
 * bytes were kept. */
#include "cli.h"

#include <string.h>

int cli_rejects_open(cli_input *in)
{
    if (!in->rejects_path || in->rejects.f)
        return CLI_EXIT_OK;
    return cli_output_open(&in->rejects, in->rejects_path);
}

static void write_base64(FILE *f, const unsigned char *p, size_t n)
{
    static const char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    putc('"', f);
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16;
        if (i + 1 < n)
            v |= (unsigned)p[i + 1] << 8;
        if (i + 2 < n)
            v |= p[i + 2];
        putc(digits[v >> 18], f);
        putc(digits[(v >> 12) & 63], f);
        putc(i + 1 < n ? digits[(v >> 6) & 63] : '=', f);
        putc(i + 2 < n ? digits[v & 63] : '=', f);
    }
    putc('"', f);
}

void cli_rejects_write(cli_input *in, const vb_error *err, const char *raw, size_t len, int cut)
{
    FILE *f = in->rejects.f;
    if (!f)
        return;
    fputs("{\"source\":", f);
    vb_json_write_string(f, err->source, strlen(err->source));
    if (err->line)
        fprintf(f, ",\"line\":%zu", err->line);
    else
        fputs(",\"line\":null", f);
    if (err->column)
        fprintf(f, ",\"column\":%zu", err->column);
    fputs(",\"reason\":", f);
    vb_json_write_string(f, err->msg, strlen(err->msg));
    if (!raw) {
        fputs(",\"raw\":null", f);
    } else if (vb_utf8_invalid(raw, len, NULL)) {
        /* JSON strings hold text only: bytes that are not UTF-8 go as base64, unchanged */
        fputs(",\"raw_base64\":", f);
        write_base64(f, (const unsigned char *)raw, len);
    } else {
        fputs(",\"raw\":", f);
        vb_json_write_string(f, raw, len);
    }
    if (cut)
        fputs(",\"raw_truncated\":true", f);
    fputs("}\n", f);
}

int cli_rejects_close(cli_input *in)
{
    if (!in->rejects.f)
        return CLI_EXIT_OK;
    int rc = cli_output_close(&in->rejects, 1);
    in->rejects.f = NULL;
    if (rc != CLI_EXIT_OK)
        in->rejects_path = NULL; /* the summary must not say they were written */
    return rc;
}
