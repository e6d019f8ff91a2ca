/* tuple.h — Python's tuple: an immutable array of values, stored inline. */
#ifndef PYCO_TUPLE_H
#define PYCO_TUPLE_H

#include "object.h"

struct Tuple {
    Object base;
    int64_t length;
    Value items[];
};

Tuple *tuple_new(int64_t length);          /* items set to None; fill them in */
Tuple *tuple_from_values(const Value *items, int64_t count);
Tuple *tuple_pack(int count, ...);         /* tuple_pack(2, a, b): (a, b) */
Tuple *tuple_from_iterable(Value iterable);
Tuple *tuple_empty(void);                  /* the shared () */
static inline bool is_tuple(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_tuple; }
static inline Tuple *as_tuple(Value v) { return (Tuple *)v.as.object; }
extern Type type_tuple_iterator;

/* Instances of a tuple subclass (namedtuple) have a variable number of
 * items, so their __dict__ pointer cannot sit at a fixed offset after the
 * Tuple struct (that is where items[0] lives). tuple.c allocates them as
 * cls->instance_size + length * sizeof(Value) bytes: the room the subclass
 * adds beyond sizeof(Tuple) comes after the last item, and the dict
 * pointer lives there (CPython's negative tp_dictoffset). */
static inline Dict **tuple_subclass_dict_slot(Tuple *tuple) { return (Dict **)(void *)&tuple->items[tuple->length]; }

/* Shared by the container files (list, dict, set, range). */
/* Argument-count checks with CPython's three wordings; [given] excludes
 * self, [qualname] is "list.append":
 *   tuple_args_none:  "list.clear() takes no arguments (1 given)"
 *   tuple_args_one:   "list.append() takes exactly one argument (0 given)"
 *   tuple_args_range: "pop expected at most 1 argument, got 2"
 * All three refuse keywords: "list.pop() takes no keyword arguments". */
bool tuple_args_none(const char *qualname, int given, Tuple *kwnames);
bool tuple_args_one(const char *qualname, int given, Tuple *kwnames);
bool tuple_args_range(const char *qualname, int given, int min, int max, Tuple *kwnames);
/* Lexicographic rich comparison of two item arrays (list and tuple). May
 * call back into Python (__eq__, __lt__). */
Value tuple_compare_items(const Value *left, int64_t left_length, const Value *right,
                          int64_t right_length, CompareOp op);
/* The count n of `seq * n` (TypeError "can't multiply sequence by non-int
 * of type 'str'", OverflowError for big ints). */
bool tuple_repeat_count(Value count, int64_t *out);
/* Whether [key] is usable as an index: int, bool or has __index__. */
bool tuple_is_index(Value key);
/* The optional start/stop arguments args[2], args[3] of index(x, start,
 * stop), resolved against [length]. */
bool tuple_index_bounds(Value *args, int nargs, int64_t length, int64_t *start, int64_t *stop);

#endif
