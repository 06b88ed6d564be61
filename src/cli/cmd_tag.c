/* verbatim tag: per-document themes and evidence. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

static const char usage[] =
    "Usage: verbatim tag [-l LEXICON] [options] [FILE...]\n"
    "Tag every record with the lexicon's themes and show the evidence: for each hit, the\n"
    "theme, the entry and its lexicon line, the byte span in the text and the matched text.\n"
    "\n"
    "  -l, --lexicon FILE  the lexicon (default: the bundled CX lexicon, cx.lex)\n"
    "  --format jsonl|csv  jsonl (default): one JSON object per record, each theme with its\n"
    "                      hits and score (the hits' entry weights, ^W, added up) and each\n"
    "                      hit with its weight; csv: id, source, line, themes\n"
    "                      (';'-separated), hits\n"
    "  --matched           only records with at least one theme\n"
    "  --sentiment FILE    a polarity list (word<TAB>score) or 'default' (the bundled\n"
    "                      English list): each record's compound sentiment, -1..+1\n"
    "                      (jsonl: \"sentiment\" and \"sentences\", one per sentence; csv:\n"
    "                      a sentiment column); negated words count reversed\n"
    "  -o, --output FILE   write there instead of standard output\n"
    "\n" CLI_INPUT_HELP;

typedef struct run {
    cli_input *in;
    vb_tagger *tagger;
    const vb_matcher *m;
    FILE *out;
    int csv, matched_only;
    const vb_sentiment *sentiment; /* --sentiment, or NULL */
    uint64_t seq;
    cli_limits limits;
} run;

static int on_record(const vb_record *rec, void *payload)
{
    run *r = payload;
    const vb_doc *doc;
    vb_error err;
    if (vb_tagger_run(r->tagger, rec->text.ptr, rec->text.len, &doc, &err) != VB_OK) {
        cli_vberror(&err);
        return CLI_EXIT_IO;
    }
    cli_note_replacements(r->in, rec, doc->tokens->replacements);
    r->seq++;
    if (doc->nlimited && cli_limits_note(&r->limits, doc, rec, r->seq)) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    if (r->matched_only && doc->nthemes == 0)
        return 0;
    if (!r->csv) {
        /* a failed write is told once, with its reason, when the output is closed */
        int wrc = vb_doc_write_jsonl_ex(r->out, r->m, rec, rec->text.ptr, rec->text.len, doc,
                                        r->sentiment, &err);
        if (wrc == VB_ENOMEM)
            cli_vberror(&err);
        if (wrc)
            return CLI_EXIT_IO;
        return 0;
    }
    const vb_lexicon *lex = vb_matcher_lexicon(r->m);
    vb_csv_write_field(r->out, rec->id.ptr, rec->id.len);
    putc(',', r->out);
    vb_csv_write_field(r->out, rec->source, strlen(rec->source));
    fprintf(r->out, ",%zu,", rec->line);
    for (size_t i = 0; i < doc->nthemes; i++) {
        vb_theme_info th;
        vb_lexicon_theme(lex, doc->themes[i].theme, &th);
        if (i)
            putc(';', r->out);
        vb_csv_write_field(r->out, th.path, strlen(th.path));
    }
    fprintf(r->out, ",%zu", doc->nhits);
    if (r->sentiment)
        fprintf(r->out, ",%.4f", vb_sentiment_score(r->sentiment, doc, NULL));
    putc('\n', r->out);
    return ferror(r->out) ? CLI_EXIT_IO : 0;
}

int cmd_tag(int argc, char **argv)
{
    static const struct option longopts[] = {
        CLI_INPUT_LONGOPTS,
        { "format", required_argument, 0, 2000 },
        { "matched", no_argument, 0, 2001 },
        { "sentiment", required_argument, 0, 2002 },
        { "output", required_argument, 0, 'o' },
        { 0, 0, 0, 0 },
    };
    cli_input in;
    cli_input_init(&in);
    run r = { &in, NULL, NULL, NULL, 0, 0, NULL, 0, { NULL, 0, 0 } };
    const char *output = NULL, *sentiment_path = NULL;
    int opt, code;
    while ((opt = cli_next_option(&in, argc, argv, longopts, usage, &code)) > 0) {
        switch (opt) {
        case 'o': output = optarg; break;
        case 2000:
            if (strcmp(optarg, "jsonl") == 0)
                r.csv = 0;
            else if (strcmp(optarg, "csv") == 0)
                r.csv = 1;
            else {
                cli_error("unknown format '%s' for tag (jsonl, csv)", optarg);
                return CLI_EXIT_USAGE;
            }
            break;
        case 2001: r.matched_only = 1; break;
        case 2002: sentiment_path = optarg; break;
        }
    }
    if (opt < 0)
        return code;
    vb_matcher *m = NULL;
    int rc = cli_open_tagger(&in, &m, &r.tagger);
    if (rc)
        return rc;
    r.m = m;
    vb_sentiment *sentiment = NULL;
    if (sentiment_path && (rc = cli_load_sentiment(sentiment_path, m, &sentiment)) != 0) {
        vb_tagger_free(r.tagger);
        vb_matcher_free(m);
        return rc;
    }
    r.sentiment = sentiment;
    cli_output out;
    rc = cli_output_open(&out, output);
    if (rc == CLI_EXIT_OK) {
        r.out = out.f;
        if (r.csv)
            fputs(sentiment ? "id,source,line,themes,hits,sentiment\n"
                            : "id,source,line,themes,hits\n", r.out);
        rc = cli_each_record(&in, on_record, &r);
        int wrc = cli_output_close(&out, rc == CLI_EXIT_OK);
        if (rc == CLI_EXIT_OK)
            rc = wrc;
    }
    cli_limits_print(&r.limits, m);
    cli_limits_free(&r.limits);
    vb_sentiment_free(sentiment);
    vb_tagger_free(r.tagger);
    vb_matcher_free(m);
    cli_summary(&in);
    return cli_exit_code(&in, rc);
}
