/* Worker threads fed with batches of copied records (report --threads). */
#ifndef VB_POOL_H
#define VB_POOL_H

#include "cli.h"

typedef struct cli_pool cli_pool;

/* Start nthreads workers; worker i calls fn(record, payloads[i]). 0 or -1. */
int cli_pool_new(cli_pool **out, int nthreads, cli_record_fn fn, void **payloads);
/* Copy a record into the current batch (its index becomes its number in reading order).
 * Returns 0, or the first nonzero code a worker's fn returned. */
int cli_pool_push(cli_pool *p, const vb_record *rec);
/* Hand over the last batch and wait for the workers. Returns the first nonzero fn code. */
int cli_pool_finish(cli_pool *p);
void cli_pool_free(cli_pool *p);

#endif
