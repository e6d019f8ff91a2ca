/* range.h — range objects and slices.
 *
 * range(start, stop, step) is a lazy arithmetic sequence: its iterator counts
 * with machine ints (the common `for i in range(n)` allocates nothing per
 * step). slice(start, stop, step) holds the three parts of a[i:j:k];
 * slice_indices resolves them against a length, as CPython's
 * PySlice_GetIndicesEx does.
 */
#ifndef PYCO_RANGE_H
#define PYCO_RANGE_H

#include "object.h"

typedef struct Range {
    Object base;
    int64_t start, stop, step, length;
} Range;

typedef struct RangeIterator {
    Object base;
    int64_t next, step, remaining;
} RangeIterator;

typedef struct Slice {
    Object base;
    Value start, stop, step; /* None when omitted */
} Slice;

extern Type type_range_iterator;
static inline bool is_range(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_range; }
static inline bool is_slice(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_slice; }
Value range_new_values(int64_t start, int64_t stop, int64_t step);
Slice *slice_new(Value start, Value stop, Value step);
/* Resolve a slice for a sequence of [length]: *count elements starting at
 * *start advancing by *step. False (exception) for a zero step or bad types. */
bool slice_indices(Slice *slice, int64_t length, int64_t *start, int64_t *stop,
                   int64_t *step, int64_t *count);
/* Turn an index value (int or __index__) into int64, normalising negatives
 * against [length]; no bounds check. */
bool index_from_value(Value index, int64_t *out);

#endif
