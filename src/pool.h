/* pool.h — the small-object allocator under gc_alloc (see pool.c).
 *
 * pool_alloc(size) returns [size] zeroed bytes; pool_free(p, size) gives them
 * back, and the same [size] must be passed to both. Objects larger than
 * POOL_LARGEST come from malloc. NULL means out of memory.
 */
#ifndef PYCO_POOL_H
#define PYCO_POOL_H

#include <stddef.h>

enum { POOL_LARGEST = 512 };

void *pool_alloc(size_t size);
void pool_free(void *pointer, size_t size);

#endif
