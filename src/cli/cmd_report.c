/* verbatim report: theme frequencies, co-occurrence, trends by period and segment, score
 * drivers and example verbatims for a whole input. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "pool.h"
#include "report_opts.h"

static const char usage[] =
    "Usage: verbatim report [-l LEXICON] [options] [FILE...]\n"
    "Count the lexicon's themes over every record: documents and share of documents per\n"
    "theme (a hit on a sub-theme counts for its parents), hits, and which themes occur in\n"
    "the same documents (count, Jaccard, lift, NPMI, p-value). With --by, the share of each\n"
    "theme per period and its change against the period before, tested (Fisher exact or\n"
    "G-test) with a Benjamini-Hochberg correction over every test; with --segment, the\n"
    "same per segment value; with --score or --nps, what each theme does to the score;\n"
    "and for every theme, example comments with the matched words marked.\n"
    "\n"
    "  -l, --lexicon FILE    the lexicon (default: the bundled CX lexicon, cx.lex)\n"
    "  --by PERIOD           trend by day, week (ISO), month, quarter or year; needs --date\n"
    "  --date-format FMT     strptime(3) format of the dates (default: the common export\n"
    "                        formats: 2024-01-31, 2024-01-31T10:00:00Z, 01/31/2024,\n"
    "                        31.01.2024, 31-Jan-24, Wed Jan 31 10:00:00 +0000 2024,\n"
    "                        Unix seconds...); a record whose date does not parse is\n"
    "                        counted as undated and reported, never dropped\n"
    "  --tz ZONE             the report's time zone for dates with a zone: UTC (default),\n"
    "                        +01:00, -0800\n"
    "  --nps COL             a 0-10 likelihood-to-recommend column: adds the NPS band\n"
    "                        (promoter 9-10, passive 7-8, detractor 0-6) as a segment and\n"
    "                        drives the NPS drivers table\n"
    "  --score COL           a numeric score column (CSAT 1-5...): the mean-score drivers\n"
    "  --cooc LEVEL          what makes two themes travel together: document (default),\n"
    "                        sentence, or window:N (matches at most N tokens apart)\n"
    "  --examples K          example comments per theme (default 3; 0: none)\n"
    "  --coverage            how many documents each entry matched, the entries that never\n"
    "                        did, and the words and phrases of the documents no entry\n"
    "                        matched (what the lexicon misses); implies --terms\n"
    "  --sentiment FILE      a polarity list (word<TAB>score) or 'default' (the bundled\n"
    "                        English list): the mean sentiment of each theme's documents\n"
    "                        and sentences, from -1 to +1; negated words count reversed\n"
    "  --skip-empty          leave empty records (blank text) out of every count and share\n"
    "                        (they are still read, counted apart and reported)\n"
    "  --cell-examples K     also K examples per theme in each period and each segment\n"
    "                        (in JSON, and CSV --table cell_examples)\n"
    "  --terms               also count every word, stem and 2- and 3-word phrase (exact;\n"
    "                        memory grows with the vocabulary): the frequent ones are\n"
    "                        listed, all of them kept in --save-state\n"
    "  --threads N           analyze with N threads (default: the cores, at most 8); the\n"
    "                        report is the same for any N\n"
    "\n" CLI_REPORT_HELP "\n" CLI_INPUT_HELP;

/* One worker's state (one per thread); the notes it collects are folded at the end, the
 * first of each kind chosen by reading order so the messages do not depend on threads. */
typedef struct run {
    const cli_input *in;
    const char *date_format, *nps_col;
    int tz, nps_dim, score_col, pooled;
    vb_tagger *tagger;
    vb_agg *agg;
    uint64_t seq; /* records seen, when not pooled */
    uint64_t undated, bad_scores, replacements, replaced, noseg;
    uint64_t latin1_letters, latin1_c1; /* cli_latin1_count */
    uint64_t undated_seq, bad_seq, replaced_seq, noseg_seq; /* the first of each, by order */
    char first_undated[300], first_bad_score[300], first_replaced[300], first_noseg[300];
    cli_limits limits; /* regex entries that hit a PCRE2 limit */
} run;

static void trim(const char **s, size_t *len)
{
    while (*len && (**s == ' ' || **s == '\t'))
        ++*s, --*len;
    while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'))
        --*len;
}

/* A number: "7", " 4.5 ", "4,5"; 0 when it is not one. */
static int parse_number(const char *s, size_t len, double *out)
{
    char buf[64];
    trim(&s, &len);
    if (!len || len >= sizeof buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    char *comma = strchr(buf, ',');
    if (comma && !strchr(buf, '.'))
        *comma = '.';
    char *end;
    errno = 0;
    *out = strtod(buf, &end);
    return *end == '\0' && errno == 0 && isfinite(*out);
}

/* Keep the location (and value) of the earliest record of a kind. */
static void remember(char *buf, size_t size, uint64_t *first, uint64_t seq,
                     const vb_record *rec, const vb_field *f)
{
    if (*first && *first < seq)
        return;
    *first = seq;
    if (f)
        snprintf(buf, size, "%s:%zu: '%.*s'", rec->source, rec->line,
                 (int)(f->ptr ? (f->len > 40 ? 40 : f->len) : 0), f->ptr ? f->ptr : "");
    else
        snprintf(buf, size, "%s:%zu", rec->source, rec->line);
}

static int on_record(const vb_record *rec, void *payload)
{
    run *r = payload;
    const vb_doc *doc;
    vb_error err;
    uint64_t seq = r->pooled ? rec->index : ++r->seq;
    vb_agg_meta meta;
    memset(&meta, 0, sizeof meta);
    meta.id = rec->id.ptr;
    meta.id_len = rec->id.len;
    meta.text = rec->text.ptr;
    meta.text_len = rec->text.len;
    if (r->in->ropts.date_col) {
        const char *d = rec->date.ptr;
        size_t dl = rec->date.len;
        if (d)
            trim(&d, &dl);
        if (d && dl && vb_date_parse(d, dl, r->date_format, r->tz, &meta.day) == VB_OK)
            meta.dated = 1;
        else
            r->undated++, remember(r->first_undated, sizeof r->first_undated, &r->undated_seq,
                                   seq, rec, &rec->date);
    }
    const vb_field *segs[2] = { &rec->segment, &rec->segment2 };
    int ncols = r->in->ropts.segment_col ? (r->in->ropts.segment2_col ? 2 : 1) : 0;
    int noseg = 0;
    for (int d = 0; d < ncols; d++) {
        if (segs[d]->ptr) {
            meta.segment[d] = segs[d]->ptr;
            meta.segment_len[d] = segs[d]->len;
            trim(&meta.segment[d], &meta.segment_len[d]);
        }
        noseg |= !meta.segment_len[d];
    }
    if (noseg)
        r->noseg++, remember(r->first_noseg, sizeof r->first_noseg, &r->noseg_seq, seq, rec,
                             NULL);
    const vb_field *score = &rec->score;
    if (r->score_col) {
        meta.has_score = score->ptr && parse_number(score->ptr, score->len, &meta.score);
        if (meta.has_score && r->nps_col && (meta.score < 0 || meta.score > 10))
            meta.has_score = 0;
        if (!meta.has_score)
            r->bad_scores++, remember(r->first_bad_score, sizeof r->first_bad_score,
                                      &r->bad_seq, seq, rec, score);
    }
    if (r->nps_dim >= 0 && meta.has_score) { /* the NPS band as a segment */
        static const char *const band[] = { "detractor", "passive", "promoter" };
        double v = meta.score;
        meta.segment[r->nps_dim] = band[v >= 9 ? 2 : v >= 7 ? 1 : 0];
        meta.segment_len[r->nps_dim] = strlen(meta.segment[r->nps_dim]);
    }
    if (vb_tagger_run(r->tagger, rec->text.ptr, rec->text.len, &doc, &err) != VB_OK ||
        vb_agg_add_record(r->agg, &meta, doc) != VB_OK) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    if (doc->nlimited && cli_limits_note(&r->limits, doc, rec, seq)) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    if (doc->tokens->replacements) {
        r->replacements += doc->tokens->replacements;
        r->replaced++;
        cli_latin1_count(rec->text.ptr, rec->text.len, &r->latin1_letters, &r->latin1_c1);
        remember(r->first_replaced, sizeof r->first_replaced, &r->replaced_seq, seq, rec, NULL);
    }
    return 0;
}

static int push_record(const vb_record *rec, void *payload)
{
    return cli_pool_push(payload, rec);
}

static int default_threads(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

/* Fold worker i's notes and counts into worker 0's. */
static int fold(run *into, run *from)
{
    vb_error err;
    if (vb_agg_merge(into->agg, from->agg, &err) != VB_OK) {
        cli_vberror(&err);
        return CLI_EXIT_IO;
    }
    struct {
        uint64_t *n, *seq, add, from_seq;
        char *buf;
        const char *from_buf;
    } notes[] = {
        { &into->undated, &into->undated_seq, from->undated, from->undated_seq,
          into->first_undated, from->first_undated },
        { &into->bad_scores, &into->bad_seq, from->bad_scores, from->bad_seq,
          into->first_bad_score, from->first_bad_score },
        { &into->replaced, &into->replaced_seq, from->replaced, from->replaced_seq,
          into->first_replaced, from->first_replaced },
        { &into->noseg, &into->noseg_seq, from->noseg, from->noseg_seq, into->first_noseg,
          from->first_noseg },
    };
    for (size_t i = 0; i < sizeof notes / sizeof *notes; i++) {
        if (notes[i].add && (!*notes[i].seq || notes[i].from_seq < *notes[i].seq)) {
            *notes[i].seq = notes[i].from_seq;
            memcpy(notes[i].buf, notes[i].from_buf, 300);
        }
        *notes[i].n += notes[i].add;
    }
    into->replacements += from->replacements;
    into->latin1_letters += from->latin1_letters;
    into->latin1_c1 += from->latin1_c1;
    if (cli_limits_fold(&into->limits, &from->limits)) {
        cli_error("out of memory");
        return CLI_EXIT_IO;
    }
    return CLI_EXIT_OK;
}

int cmd_report(int argc, char **argv)
{
    static const struct option longopts[] = {
        CLI_INPUT_LONGOPTS,
        CLI_REPORT_LONGOPTS,
        { "by", required_argument, 0, 3000 },
        { "date-format", required_argument, 0, 3001 },
        { "tz", required_argument, 0, 3002 },
        { "nps", required_argument, 0, 3003 },
        { "score", required_argument, 0, 3004 },
        { "examples", required_argument, 0, 3005 },
        { "threads", required_argument, 0, 3006 },
        { "cooc", required_argument, 0, 3007 },
        { "terms", no_argument, 0, 3008 },
        { "cell-examples", required_argument, 0, 3009 },
        { "skip-empty", no_argument, 0, 3010 },
        { "coverage", no_argument, 0, 3011 },
        { "sentiment", required_argument, 0, 3012 },
        { 0, 0, 0, 0 },
    };
    cli_input in;
    cli_input_init(&in);
    cli_report rep;
    cli_report_init(&rep);
    vb_agg_opts ao;
    vb_agg_opts_init(&ao);
    run r;
    memset(&r, 0, sizeof r);
    r.in = &in;
    r.nps_dim = -1;
    const char *score_col = NULL;
    int opt, code, k, nthreads = default_threads();
    const char *sentiment_path = NULL;
    long v;
    while ((opt = cli_next_option(&in, argc, argv, longopts, usage, &code)) > 0) {
        if ((k = cli_report_option(&rep, opt, optarg)) < 0)
            return CLI_EXIT_USAGE;
        if (k > 0)
            continue;
        switch (opt) {
        case 3000:
            if ((k = vb_period_parse(optarg)) < 0) {
                cli_error("--by takes day, week, month, quarter or year, not '%s'", optarg);
                return CLI_EXIT_USAGE;
            }
            ao.period = (vb_period)k;
            break;
        case 3001: r.date_format = optarg; break;
        case 3002:
            if (vb_tz_parse(optarg, &ao.tz_minutes) != VB_OK) {
                cli_error("--tz takes UTC or an offset such as +01:00 or -0800, not '%s'",
                          optarg);
                return CLI_EXIT_USAGE;
            }
            break;
        case 3003: r.nps_col = optarg; break;
        case 3004: score_col = optarg; break;
        case 3006:
            if (cli_parse_range(optarg, "--threads", 1, 256, &v))
                return CLI_EXIT_USAGE;
            nthreads = (int)v;
            break;
        case 3007:
            if (vb_cooc_parse(optarg, &ao.cooc, &ao.window) != 0) {
                cli_error("--cooc takes document, sentence or window:N (N from 1 to 10000), "
                          "not '%s'",
                          optarg);
                return CLI_EXIT_USAGE;
            }
            break;
        case 3008: ao.terms = 1; break;
        case 3010: ao.skip_empty = 1; break;
        case 3011: ao.coverage = 1; break;
        case 3012: sentiment_path = optarg; break;
        case 3009:
            if (cli_parse_range(optarg, "--cell-examples", 0, 100, &v))
                return CLI_EXIT_USAGE;
            ao.cell_examples = (size_t)v;
            break;
        case 3005:
            if (cli_parse_range(optarg, "--examples", 0, 1000, &v))
                return CLI_EXIT_USAGE;
            ao.examples = (size_t)v;
            break;
        }
    }
    if (opt < 0)
        return code;
    if (ao.period != VB_PERIOD_NONE && !in.ropts.date_col) {
        cli_error("--by %s needs --date COL: the column that holds the dates",
                  vb_period_name(ao.period));
        return CLI_EXIT_USAGE;
    }
    if (r.nps_col && score_col && strcmp(r.nps_col, score_col) != 0) {
        cli_error("--nps and --score name different columns; give one of them");
        return CLI_EXIT_USAGE;
    }
    if (r.nps_col && in.ropts.segment2_col) {
        cli_error("--nps adds the NPS band as a segment: give at most one --segment column "
                  "with it");
        return CLI_EXIT_USAGE;
    }
    /* segment dimensions: the columns, then the NPS band */
    char band_name[300];
    ao.segment_names[0] = in.ropts.segment_col;
    ao.nsegments = in.ropts.segment_col ? (in.ropts.segment2_col ? 2 : 1) : 0;
    if (in.ropts.segment2_col)
        ao.segment_names[1] = in.ropts.segment2_col;
    if (r.nps_col) {
        snprintf(band_name, sizeof band_name, "%s band", r.nps_col);
        r.nps_dim = ao.nsegments;
        ao.segment_names[ao.nsegments++] = band_name;
        ao.score = VB_SCORE_NPS;
        ao.score_name = r.nps_col;
        in.ropts.score_col = r.nps_col;
    } else if (score_col) {
        ao.score = VB_SCORE_MEAN;
        ao.score_name = score_col;
        in.ropts.score_col = score_col;
    }
    r.score_col = in.ropts.score_col != NULL;
    cli_report_finish(&rep);

    vb_matcher *m = NULL;
    vb_tagger *tagger0;
    int rc = cli_open_tagger(&in, &m, &tagger0);
    if (rc)
        return rc;
    vb_sentiment *sentiment = NULL;
    if (sentiment_path) {
        rc = cli_load_sentiment(sentiment_path, m, &sentiment);
        if (rc) {
            vb_tagger_free(tagger0);
            vb_matcher_free(m);
            return rc;
        }
        ao.sentiment = sentiment;
    }
    run *runs = calloc((size_t)nthreads, sizeof *runs);
    void **payloads = calloc((size_t)nthreads, sizeof *payloads);
    vb_error err;
    if (!runs || !payloads) {
        cli_error("out of memory");
        rc = CLI_EXIT_IO;
    }
    for (int i = 0; rc == CLI_EXIT_OK && i < nthreads; i++) {
        runs[i] = r;
        runs[i].pooled = nthreads > 1;
        payloads[i] = &runs[i];
        if ((i == 0 ? (runs[i].tagger = tagger0, VB_OK)
                    : vb_tagger_new(&runs[i].tagger, m, &err)) != VB_OK ||
            vb_agg_new_with(&runs[i].agg, m, &ao, &err) != VB_OK) {
            cli_vberror(&err);
            rc = CLI_EXIT_IO;
        }
    }
    if (rc == CLI_EXIT_OK)
        rc = cli_report_open(&rep);
    if (rc == CLI_EXIT_OK && nthreads == 1) {
        rc = cli_each_record(&in, on_record, &runs[0]);
    } else if (rc == CLI_EXIT_OK) {
        cli_pool *pool;
        if (cli_pool_new(&pool, nthreads, on_record, payloads) != 0) {
            cli_error("cannot start %d threads", nthreads);
            rc = CLI_EXIT_IO;
        } else {
            rc = cli_each_record(&in, push_record, pool);
            int prc = cli_pool_finish(pool);
            if (rc == CLI_EXIT_OK)
                rc = prc;
            cli_pool_free(pool);
        }
        for (int i = 1; rc == CLI_EXIT_OK && i < nthreads; i++)
            rc = fold(&runs[0], &runs[i]);
    }
    run *all = runs ? &runs[0] : NULL;
    if (rc == CLI_EXIT_OK) {
        in.replacements += all->replacements;
        in.replaced_records += all->replaced;
        in.latin1_letters += all->latin1_letters;
        in.latin1_c1 += all->latin1_c1;
        if (all->replaced)
            snprintf(in.first_replacement, sizeof in.first_replacement, "%s",
                     all->first_replaced);
        if (all->undated)
            cli_note(&in, "%llu record%s without a usable date in '%s' (first: %s): counted as "
                          "undated%s",
                     (unsigned long long)all->undated, all->undated == 1 ? "" : "s",
                     in.ropts.date_col, all->first_undated,
                     r.date_format ? "" : "; --date-format FMT reads other formats");
        if (all->noseg)
            cli_note(&in, "%llu record%s without a value in the segment column%s (first: %s): "
                          "counted as \"(none)\"",
                     (unsigned long long)all->noseg, all->noseg == 1 ? "" : "s",
                     in.ropts.segment2_col ? "s" : "", all->first_noseg);
        if (all->bad_scores)
            cli_note(&in, "%llu record%s without a usable %s in '%s' (first: %s): not in the "
                          "drivers",
                     (unsigned long long)all->bad_scores, all->bad_scores == 1 ? "" : "s",
                     r.nps_col ? "0-10 score" : "number", in.ropts.score_col,
                     all->first_bad_score);
        cli_limits_print(&all->limits, m);
        vb_agg_note_rejected(all->agg, in.rejected);
    }
    int wrc = cli_report_close(&rep, rc == CLI_EXIT_OK ? all->agg : NULL);
    if (rc == CLI_EXIT_OK)
        rc = wrc;
    for (int i = 0; runs && i < nthreads; i++) {
        vb_agg_free(runs[i].agg);
        vb_tagger_free(runs[i].tagger);
        cli_limits_free(&runs[i].limits);
    }
    if (!runs)
        vb_tagger_free(tagger0);
    free(runs);
    free(payloads);
    vb_sentiment_free(sentiment);
    vb_matcher_free(m);
    cli_summary(&in);
    return cli_exit_code(&in, rc);
}
