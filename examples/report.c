/* The smallest complete use of libverbatim: a theme report for one file.
 * Usage: report LEXICON FILE      (cc report.c $(pkg-config --cflags --libs verbatim)) */
#include <stdio.h>
#include <verbatim.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s LEXICON FILE\n", argv[0]);
        return 2;
    }
    vb_lexicon *lex = NULL;
    vb_matcher *m = NULL;
    vb_tagger *t = NULL;
    vb_agg *agg = NULL;
    vb_reader *r = NULL;
    vb_error err;
    char msg[800];
    int status = 3;
    if (vb_lexicon_load(&lex, argv[1], NULL, NULL, &err) != VB_OK ||
        vb_matcher_compile(&m, lex, NULL, NULL, NULL, &err) != VB_OK || /* shared, immutable */
        vb_tagger_new(&t, m, &err) != VB_OK ||                          /* one per thread */
        vb_agg_new(&agg, m, &err) != VB_OK || vb_reader_open(&r, argv[2], NULL, &err) != VB_OK)
        goto done;
    const vb_record *rec;
    const vb_doc *doc;
    size_t rejected = 0;
    int rc;
    while ((rc = vb_reader_next(r, &rec, &err)) != VB_EOF) {
        if (rc == VB_EREJECT) { /* err says why and where; the reader goes on */
            fprintf(stderr, "rejected %s\n", vb_error_format(&err, msg, sizeof msg));
            rejected++;
            continue;
        }
        if (rc != VB_OK || vb_tagger_run(t, rec->text.ptr, rec->text.len, &doc, &err) != VB_OK)
            goto done;
        vb_agg_add(agg, doc); /* aggregates merge with vb_agg_merge: one per thread */
    }
    vb_report_opts opts;
    vb_report_opts_init(&opts);
    opts.title = argv[2];
    vb_agg_note_rejected(agg, rejected);
    if (vb_report_write(stdout, agg, &opts, &err) == VB_OK)
        status = rejected ? 1 : 0;
done:
    if (status == 3)
        fprintf(stderr, "%s\n", vb_error_format(&err, msg, sizeof msg));
    vb_reader_free(r);
    vb_agg_free(agg);
    vb_tagger_free(t);
    vb_matcher_free(m);
    vb_lexicon_free(lex);
    return status;
}
