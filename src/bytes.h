/* bytes.h — Python's bytes: an immutable sequence of small ints 0..255. */
#ifndef PYCO_BYTES_H
#define PYCO_BYTES_H

#include "object.h"

typedef struct Bytes {
    Object base;
    int64_t length;
    int64_t hash; /* -1 until computed */
    unsigned char data[]; /* length bytes + NUL */
} Bytes;

Bytes *bytes_new(const void *data, int64_t length);
static inline bool is_bytes(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_bytes; }
Value bytes_repr(Bytes *b); /* b'...' as CPython writes it */

#endif
