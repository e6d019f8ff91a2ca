/* set.h — Python's set and frozenset.
 *
 * A set is a hash table of keys laid out exactly as CPython's setobject.c
 * lays it out (table size, linear probing then perturbation, growth rule),
 * so that iterating over a set — and so printing it — gives the same order
 * as CPython: print({3, 1, 2}) shows {1, 2, 3}.
 */
#ifndef PYCO_SET_H
#define PYCO_SET_H

#include "object.h"

typedef struct SetEntry {
    int64_t hash;
    Value key;   /* VAL_NULL = empty slot; a dummy marks a deleted one */
} SetEntry;

typedef struct Set {
    Object base;
    int64_t fill;   /* active + dummy */
    int64_t used;   /* active */
    int64_t mask;   /* table size - 1 */
    SetEntry *table;
    int64_t hash;   /* frozenset's cached hash, -1 */
    int64_t finger; /* for pop() */
} Set;

Set *set_new(Type *type);     /* &type_set or &type_frozenset */
static inline bool is_set(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_set; }
static inline bool is_frozenset(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_frozenset; }
static inline bool is_anyset(Value v) { return is_set(v) || is_frozenset(v); }
bool set_add(Set *set, Value key);
int set_contains(Set *set, Value key);      /* -1 on error */
int set_discard(Set *set, Value key);       /* 1 removed, 0 absent, -1 error */
bool set_update(Set *set, Value iterable);
/* Iterate: start with *position = 0. */
bool set_next(Set *set, int64_t *position, Value *key);
extern Type type_set_iterator;
/* The frozenset CPython 3.11's compiler makes for a constant set display
 * such as {10, 20, 5, 100} (3 or more constant items): BUILD_SET then
 * SET_UPDATE of this constant. CPython builds it twice (frozenset(items),
 * then again from that set's iteration order, in merge_consts_recursive),
 * which changes the order it prints in: {10, 5, 100, 20}. */
Set *set_constant_frozenset(const Value *items, int64_t count);

#endif
