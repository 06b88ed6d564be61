/* Worker threads fed with batches of records. The reading thread copies each record into
 * the current batch; full batches go through a bounded queue (so memory stays flat however
 * large the input) to the workers, each of which calls the record function with its own
 * payload. Records are numbered in reading order (vb_record.index) so workers can tell
 * which came first. */
#include "pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define BATCH_RECORDS 256
#define BATCH_BYTES ((size_t)1 << 20)

typedef struct item {
    size_t off[7], len[7]; /* id, text, date, segment, segment2, score, source */
    unsigned present;      /* bit k: field k is present */
    size_t line;
    uint64_t seq;
} item;

typedef struct batch {
    char *data;
    size_t len, cap;
    item *items;
    size_t n;
} batch;

struct cli_pool {
    pthread_mutex_t mu;
    pthread_cond_t not_empty, not_full;
    batch **queue; /* ring of full batches */
    size_t qcap, qhead, qlen;
    batch **spare; /* emptied batches, reused */
    size_t nspare;
    int done, failed;
    batch *cur;
    uint64_t seq;
    cli_record_fn fn;
    void **payloads;
    pthread_t *threads;
    int nthreads, started, inited;
};

typedef struct worker_arg {
    cli_pool *p;
    void *payload;
} worker_arg;

static batch *batch_new(void)
{
    batch *b = calloc(1, sizeof *b);
    if (b && !(b->items = malloc(BATCH_RECORDS * sizeof *b->items))) {
        free(b);
        return NULL;
    }
    return b;
}

static void batch_free(batch *b)
{
    if (b) {
        free(b->data);
        free(b->items);
        free(b);
    }
}

static void run_batch(cli_pool *p, batch *b, void *payload)
{
    for (size_t i = 0; i < b->n; i++) {
        const item *it = &b->items[i];
        vb_field f[7];
        for (int k = 0; k < 7; k++) {
            f[k].ptr = it->present & (1u << k) ? b->data + it->off[k] : NULL;
            f[k].len = it->len[k];
        }
        vb_record rec;
        memset(&rec, 0, sizeof rec);
        rec.id = f[0], rec.text = f[1], rec.date = f[2], rec.segment = f[3];
        rec.segment2 = f[4], rec.score = f[5];
        rec.source = f[6].ptr;
        rec.line = it->line;
        rec.index = (size_t)it->seq;
        int rc = p->fn(&rec, payload);
        if (rc) {
            pthread_mutex_lock(&p->mu);
            if (!p->failed)
                p->failed = rc;
            pthread_mutex_unlock(&p->mu);
            return;
        }
    }
}

static void *worker(void *arg)
{
    worker_arg *w = arg;
    cli_pool *p = w->p;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (!p->qlen && !p->done)
            pthread_cond_wait(&p->not_empty, &p->mu);
        if (!p->qlen) {
            pthread_mutex_unlock(&p->mu);
            break;
        }
        batch *b = p->queue[p->qhead];
        p->qhead = (p->qhead + 1) % p->qcap;
        p->qlen--;
        int failed = p->failed;
        pthread_cond_signal(&p->not_full);
        pthread_mutex_unlock(&p->mu);
        if (!failed) /* after a failure the rest is drained, not processed */
            run_batch(p, b, w->payload);
        b->n = b->len = 0;
        pthread_mutex_lock(&p->mu);
        p->spare[p->nspare++] = b;
        pthread_mutex_unlock(&p->mu);
    }
    free(w);
    return NULL;
}

int cli_pool_new(cli_pool **out, int nthreads, cli_record_fn fn, void **payloads)
{
    cli_pool *p = calloc(1, sizeof *p);
    if (!p)
        return -1;
    p->fn = fn;
    p->payloads = payloads;
    p->nthreads = nthreads;
    p->qcap = 2 * (size_t)nthreads;
    p->queue = calloc(p->qcap, sizeof *p->queue);
    p->spare = calloc(p->qcap + (size_t)nthreads + 2, sizeof *p->spare);
    p->threads = calloc((size_t)nthreads, sizeof *p->threads);
    if (!p->queue || !p->spare || !p->threads) {
        cli_pool_free(p);
        return -1;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->not_empty, NULL);
    pthread_cond_init(&p->not_full, NULL);
    p->inited = 1;
    for (int i = 0; i < nthreads; i++) {
        worker_arg *w = malloc(sizeof *w);
        if (!w || (w->p = p, w->payload = payloads[i],
                   pthread_create(&p->threads[i], NULL, worker, w) != 0)) {
            free(w);
            cli_pool_finish(p);
            cli_pool_free(p);
            return -1;
        }
        p->started++;
    }
    *out = p;
    return 0;
}

/* Hand the current batch to the workers (waiting while the queue is full). */
static int flush(cli_pool *p)
{
    batch *b = p->cur;
    if (!b || !b->n)
        return 0;
    pthread_mutex_lock(&p->mu);
    while (p->qlen == p->qcap)
        pthread_cond_wait(&p->not_full, &p->mu);
    p->queue[(p->qhead + p->qlen) % p->qcap] = b;
    p->qlen++;
    p->cur = p->nspare ? p->spare[--p->nspare] : NULL;
    pthread_cond_signal(&p->not_empty);
    pthread_mutex_unlock(&p->mu);
    return 0;
}

static int put(batch *b, const char *s, size_t n, size_t *off)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : BATCH_BYTES;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d)
            return -1;
        b->data = d;
        b->cap = cap;
    }
    *off = b->len;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->data[b->len + n] = '\0';
    b->len += n + 1;
    return 0;
}

int cli_pool_push(cli_pool *p, const vb_record *rec)
{
    pthread_mutex_lock(&p->mu);
    int failed = p->failed;
    pthread_mutex_unlock(&p->mu);
    if (failed)
        return failed;
    if (!p->cur && !(p->cur = batch_new()))
        return CLI_EXIT_IO;
    batch *b = p->cur;
    item *it = &b->items[b->n];
    const vb_field f[6] = { rec->id, rec->text, rec->date, rec->segment, rec->segment2,
                            rec->score };
    it->present = 0;
    for (int k = 0; k < 6; k++) {
        it->len[k] = f[k].len;
        if (f[k].ptr) {
            if (put(b, f[k].ptr, f[k].len, &it->off[k]))
                return CLI_EXIT_IO;
            it->present |= 1u << k;
        }
    }
    it->len[6] = strlen(rec->source);
    if (put(b, rec->source, it->len[6], &it->off[6]))
        return CLI_EXIT_IO;
    it->present |= 1u << 6;
    it->line = rec->line;
    it->seq = ++p->seq;
    b->n++;
    if (b->n == BATCH_RECORDS || b->len >= BATCH_BYTES)
        return flush(p);
    return 0;
}

int cli_pool_finish(cli_pool *p)
{
    flush(p);
    pthread_mutex_lock(&p->mu);
    p->done = 1;
    pthread_cond_broadcast(&p->not_empty);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->started; i++)
        pthread_join(p->threads[i], NULL);
    p->started = 0;
    return p->failed;
}

void cli_pool_free(cli_pool *p)
{
    if (!p)
        return;
    batch_free(p->cur);
    for (size_t i = 0; i < p->nspare; i++)
        batch_free(p->spare[i]);
    for (size_t i = 0; i < p->qlen; i++)
        batch_free(p->queue[(p->qhead + i) % p->qcap]);
    if (p->inited) {
        pthread_mutex_destroy(&p->mu);
        pthread_cond_destroy(&p->not_empty);
        pthread_cond_destroy(&p->not_full);
    }
    free(p->queue);
    free(p->spare);
    free(p->threads);
    free(p);
}
