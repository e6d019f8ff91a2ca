/* value.h — what a Python value looks like inside pyco.
 *
 * Every value the VM handles is a small struct: a tag saying what kind of
 * value it is, and a union holding the payload.
 *
 *     +--------+--------------------------------------+
 *     |  tag   |  int64 | double | bool | Object *     |   16 bytes
 *     +--------+--------------------------------------+
 *
 * None, booleans, small ints and floats live inside the struct, so
 * arithmetic on them allocates nothing (the "fast paths" of the VM).
 * Everything else — strings, lists, big ints, functions, classes — is a heap
 * Object reached through the pointer; its header (object.h) names its type.
 *
 * An int that no longer fits in 64 bits becomes a BigInt object (int.h); both
 * forms are Python's `int`. Results that fit int64 again are always turned
 * back into the small form, so equal ints have one representation.
 *
 * VAL_NULL is not a Python value. It means "nothing here": an unbound local
 * variable, an absent optional argument, or — as a function result — "an
 * exception was raised and is waiting in vm.exception" (see vm.h).
 */
#ifndef PYCO_VALUE_H
#define PYCO_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Object Object;

typedef enum ValueTag {
    VAL_NULL = 0, /* no value / error marker; never seen by Python code */
    VAL_NONE,
    VAL_BOOL,
    VAL_INT,   /* small int: fits in int64_t */
    VAL_FLOAT,
    VAL_OBJ,   /* any heap object, big ints included */
} ValueTag;

typedef struct Value {
    ValueTag tag;
    union {
        bool boolean;
        int64_t integer;
        double number;
        Object *object;
    } as;
} Value;

static inline Value value_null(void) { Value v = {VAL_NULL, {.integer = 0}}; return v; }
static inline Value value_none(void) { Value v = {VAL_NONE, {.integer = 0}}; return v; }
static inline Value value_bool(bool b) { Value v = {VAL_BOOL, {.integer = 0}}; v.as.boolean = b; return v; }
static inline Value value_int(int64_t i) { Value v = {VAL_INT, {.integer = i}}; return v; }
static inline Value value_float(double d) { Value v = {VAL_FLOAT, {.number = d}}; return v; }
static inline Value value_object(void *o) { Value v = {VAL_OBJ, {.object = (Object *)o}}; return v; }

static inline bool is_null(Value v) { return v.tag == VAL_NULL; }
static inline bool is_none(Value v) { return v.tag == VAL_NONE; }
static inline bool is_bool(Value v) { return v.tag == VAL_BOOL; }
static inline bool is_small_int(Value v) { return v.tag == VAL_INT; }
static inline bool is_float(Value v) { return v.tag == VAL_FLOAT; }
static inline bool is_object(Value v) { return v.tag == VAL_OBJ; }

/* Two values are the same Python object (the `is` operator). */
static inline bool value_is_same(Value a, Value b) {
    if (a.tag != b.tag) return false;
    switch (a.tag) {
    case VAL_NULL:
    case VAL_NONE: return true;
    case VAL_BOOL: return a.as.boolean == b.as.boolean;
    case VAL_INT: return a.as.integer == b.as.integer;
    case VAL_FLOAT: return a.as.number == b.as.number || (a.as.number != a.as.number && b.as.number != b.as.number);
    case VAL_OBJ: return a.as.object == b.as.object;
    }
    return false;
}

#endif
