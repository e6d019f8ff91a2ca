/* tuple.c — Python's tuple: a fixed-length, immutable array of values.
 *
 * The items live inline, right after the header, so a tuple is one
 * allocation (tuple.h). Immutability buys two things: a tuple of hashable
 * items is hashable (the hash is CPython 3.11's xxHash-based tuplehash, so
 * hash((1, 2)) prints the same number as CPython), and there is only ever
 * one empty tuple, shared by everyone (a GC root).
 *
 * This file also holds the small argument-count checkers that every
 * container method uses (tuple_args_*), because CPython words those
 * messages in three different styles and all containers need them.
 */
#include <stdarg.h>
#include <string.h>

#include "tuple.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "types_init.h"

/* memcpy that accepts empty (possibly NULL) arrays. */
static void tuple_copy_values(Value *target, const Value *source, int64_t count) {
    if (count > 0) memcpy(target, source, (size_t)count * sizeof(Value));
}

/* ---- argument checks shared by the container methods ------------------- */

static bool tuple_no_keywords(const char *qualname, Tuple *kwnames) {
    if (kwnames && kwnames->length > 0) {
        raise_error(&type_type_error, "%s() takes no keyword arguments", qualname);
        return false;
    }
    return true;
}

/* "list.clear() takes no arguments (1 given)"; [given] excludes self. */
bool tuple_args_none(const char *qualname, int given, Tuple *kwnames) {
    if (!tuple_no_keywords(qualname, kwnames)) return false;
    if (given != 0) {
        raise_error(&type_type_error, "%s() takes no arguments (%d given)", qualname, given);
        return false;
    }
    return true;
}

/* "list.append() takes exactly one argument (0 given)". */
bool tuple_args_one(const char *qualname, int given, Tuple *kwnames) {
    if (!tuple_no_keywords(qualname, kwnames)) return false;
    if (given != 1) {
        raise_error(&type_type_error, "%s() takes exactly one argument (%d given)", qualname, given);
        return false;
    }
    return true;
}

/* "pop expected at most 1 argument, got 2": the short name is the part of
 * [qualname] after the dot. */
bool tuple_args_range(const char *qualname, int given, int min, int max, Tuple *kwnames) {
    if (!tuple_no_keywords(qualname, kwnames)) return false;
    const char *dot = strchr(qualname, '.');
    const char *name = dot ? dot + 1 : qualname;
    if (min == max && given != min) {
        raise_error(&type_type_error, "%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s", given);
        return false;
    }
    if (given < min) {
        raise_error(&type_type_error, "%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", given);
        return false;
    }
    if (given > max) {
        raise_error(&type_type_error, "%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", given);
        return false;
    }
    return true;
}

/* ---- construction ------------------------------------------------------ */

static Tuple *tuple_empty_singleton;

static Tuple *tuple_alloc(Type *type, int64_t length) {
    size_t header = type == &type_tuple ? sizeof(Tuple) : type->instance_size;
    if (header < sizeof(Tuple)) header = sizeof(Tuple);
    Tuple *tuple = (Tuple *)gc_alloc(type, header + (size_t)length * sizeof(Value));
    if (!tuple) return NULL;
    tuple->length = length;
    for (int64_t i = 0; i < length; i++) tuple->items[i] = value_none();
    return tuple;
}

/* A new tuple of [length] Nones for the caller to fill. May raise MemoryError. */
Tuple *tuple_new(int64_t length) {
    if (length == 0 && tuple_empty_singleton) return tuple_empty_singleton;
    return tuple_alloc(&type_tuple, length);
}

/* A tuple holding a copy of [items]. */
Tuple *tuple_from_values(const Value *items, int64_t count) {
    Tuple *tuple = tuple_new(count);
    if (!tuple) return NULL;
    tuple_copy_values(tuple->items, items, count);
    return tuple;
}

/* tuple_pack(2, a, b) is (a, b). */
Tuple *tuple_pack(int count, ...) {
    Tuple *tuple = tuple_new(count);
    if (!tuple) return NULL;
    va_list arguments;
    va_start(arguments, count);
    for (int i = 0; i < count; i++) tuple->items[i] = va_arg(arguments, Value);
    va_end(arguments);
    return tuple;
}

/* tuple(iterable): collects through a list (which is rooted while the
 * iterable runs Python code). */
Tuple *tuple_from_iterable(Value iterable) {
    if (is_tuple(iterable)) return as_tuple(iterable);
    if (is_list(iterable)) return tuple_from_values(as_list(iterable)->items, as_list(iterable)->length);
    List *list = list_from_iterable(iterable);
    if (!list) return NULL;
    return tuple_from_values(list->items, list->length);
}

/* The one shared empty tuple. */
Tuple *tuple_empty(void) {
    if (!tuple_empty_singleton) {
        tuple_empty_singleton = tuple_alloc(&type_tuple, 0);
        gc_add_global_object_root((Object **)&tuple_empty_singleton);
    }
    return tuple_empty_singleton;
}

static bool tuple_check(Value v) { return is_object(v) && type_is_subtype(v.as.object->type, &type_tuple); }

static Value tuple_new_slot(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_no_keywords("tuple", kwnames)) return value_null();
    if (nargs > 1) return raise_error(&type_type_error, "tuple expected at most 1 argument, got %d", nargs);
    if (cls == &type_tuple) {
        if (nargs == 0) return value_object(tuple_empty());
        Tuple *tuple = tuple_from_iterable(args[0]);
        return tuple ? value_object(tuple) : value_null();
    }
    Tuple *items = nargs == 0 ? tuple_empty() : tuple_from_iterable(args[0]);
    if (!items) return value_null();
    gc_push_root(value_object(items));
    Tuple *tuple = tuple_alloc(cls, items->length);
    gc_pop_roots(1);
    if (!tuple) return value_null();
    tuple_copy_values(tuple->items, items->items, items->length);
    return value_object(tuple);
}

/* ---- repr, hash, compare ----------------------------------------------- */

/* Nested tuples recurse in C: bound the depth like CPython's recursion check. */
static int tuple_repr_depth;

static bool tuple_repr_items(Tuple *tuple, StrBuilder *sb) {
    for (int64_t i = 0; i < tuple->length; i++) {
        if (i > 0) sb_append_cstr(sb, ", ");
        Value text = obj_repr(tuple->items[i]);
        if (is_null(text)) return false;
        sb_append_str(sb, as_str(text));
    }
    return true;
}

static Value tuple_repr(Value self) {
    Tuple *tuple = as_tuple(self);
    if (tuple->length == 0) return str_value(str_intern("()"));
    if (tuple_repr_depth >= 1000)
        return raise_error(&type_recursion_error, "maximum recursion depth exceeded while getting the repr of an object");
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '(');
    tuple_repr_depth++;
    bool ok = tuple_repr_items(tuple, &sb);
    tuple_repr_depth--;
    if (!ok) { sb_free(&sb); return value_null(); }
    if (tuple->length == 1) sb_append_char(&sb, ',');
    sb_append_char(&sb, ')');
    return str_value(sb_finish(&sb));
}

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)

/* CPython 3.11's tuplehash: an xxHash64-style mix of the items' hashes. */
static bool tuple_hash(Value self, int64_t *out) {
    Tuple *tuple = as_tuple(self);
    uint64_t accumulator = XXPRIME_5;
    for (int64_t i = 0; i < tuple->length; i++) {
        int64_t lane;
        if (!obj_hash(tuple->items[i], &lane)) return false;
        accumulator += (uint64_t)lane * XXPRIME_2;
        accumulator = (accumulator << 31) | (accumulator >> 33);
        accumulator *= XXPRIME_1;
    }
    accumulator += (uint64_t)tuple->length ^ (XXPRIME_5 ^ 3527539UL);
    if (accumulator == (uint64_t)-1) accumulator = 1546275796;
    *out = (int64_t)accumulator;
    return true;
}

/* Lexicographic comparison of two item arrays, as CPython's list and tuple
 * richcompare: find the first differing pair, then compare it (or the
 * lengths when one is a prefix of the other). Shared with list.c. */
Value tuple_compare_items(const Value *left, int64_t left_length, const Value *right,
                          int64_t right_length, CompareOp op) {
    if ((op == COMPARE_EQ || op == COMPARE_NE) && left_length != right_length)
        return value_bool(op == COMPARE_NE);
    int64_t i = 0;
    for (; i < left_length && i < right_length; i++) {
        int equal = obj_equal(left[i], right[i]);
        if (equal < 0) return value_null();
        if (!equal) break;
    }
    if (i >= left_length || i >= right_length) {
        bool result = false;
        switch (op) {
        case COMPARE_LT: result = left_length < right_length; break;
        case COMPARE_LE: result = left_length <= right_length; break;
        case COMPARE_EQ: result = left_length == right_length; break;
        case COMPARE_NE: result = left_length != right_length; break;
        case COMPARE_GT: result = left_length > right_length; break;
        case COMPARE_GE: result = left_length >= right_length; break;
        }
        return value_bool(result);
    }
    if (op == COMPARE_EQ) return value_bool(false);
    if (op == COMPARE_NE) return value_bool(true);
    return obj_compare(left[i], right[i], op);
}

static Value tuple_compare(Value a, Value b, CompareOp op) {
    if (!tuple_check(a) || !tuple_check(b)) return value_not_implemented();
    return tuple_compare_items(as_tuple(a)->items, as_tuple(a)->length, as_tuple(b)->items,
                               as_tuple(b)->length, op);
}

/* ---- operators --------------------------------------------------------- */

/* The repeat count of `seq * n`: false with the CPython error otherwise. */
bool tuple_repeat_count(Value count, int64_t *out) {
    if (count.tag == VAL_INT) { *out = count.as.integer; return true; }
    if (count.tag == VAL_BOOL) { *out = count.as.boolean; return true; }
    if (is_big_int(count)) {
        raise_error(&type_overflow_error, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    if (type_lookup_cstr(value_type(count), "__index__").tag != VAL_NULL) return index_from_value(count, out);
    raise_error(&type_type_error, "can't multiply sequence by non-int of type '%s'", value_type_name(count));
    return false;
}

static Value tuple_concat(Tuple *left, Value right) {
    if (!tuple_check(right)) {
        if (value_type(right)->flags & TYPE_HEAPTYPE) return value_not_implemented();
        return raise_error(&type_type_error, "can only concatenate tuple (not \"%s\") to tuple", value_type_name(right));
    }
    Tuple *other = as_tuple(right);
    if (other->length == 0 && left->base.type == &type_tuple) return value_object(left);
    Tuple *result = tuple_new(left->length + other->length);
    if (!result) return value_null();
    tuple_copy_values(result->items, left->items, left->length);
    tuple_copy_values(result->items + left->length, other->items, other->length);
    return value_object(result);
}

static Value tuple_repeat(Tuple *tuple, Value count_value) {
    int64_t count;
    if (!tuple_repeat_count(count_value, &count)) return value_null();
    if (count <= 0 || tuple->length == 0) return value_object(tuple_empty());
    if (count == 1 && tuple->base.type == &type_tuple) return value_object(tuple);
    if (count > INT64_MAX / 16 / tuple->length) return raise_memory_error();
    Tuple *result = tuple_new(tuple->length * count);
    if (!result) return value_null();
    for (int64_t i = 0; i < count; i++)
        tuple_copy_values(result->items + i * tuple->length, tuple->items, tuple->length);
    return value_object(result);
}

static Value tuple_binary(BinaryOp op, Value left, Value right) {
    if (op >= BINARY_INPLACE_OFFSET) return value_not_implemented();
    if (op == BINARY_ADD && tuple_check(left)) return tuple_concat(as_tuple(left), right);
    if (op == BINARY_MULTIPLY) {
        if (tuple_check(left) && !tuple_check(right)) {
            if (value_type(right)->flags & TYPE_HEAPTYPE && type_lookup_cstr(value_type(right), "__index__").tag == VAL_NULL)
                return value_not_implemented();
            return tuple_repeat(as_tuple(left), right);
        }
        if (tuple_check(right) && !tuple_check(left)) {
            if (!is_int_like(left) && type_lookup_cstr(value_type(left), "__index__").tag == VAL_NULL)
                return value_not_implemented();
            return tuple_repeat(as_tuple(right), left);
        }
    }
    return value_not_implemented();
}

/* ---- sequence slots ---------------------------------------------------- */

static int64_t tuple_length(Value self) { return as_tuple(self)->length; }

/* Whether [key] can serve as a sequence index (int, bool, __index__). */
bool tuple_is_index(Value key) {
    return is_int_like(key) || (is_object(key) && type_lookup_cstr(value_type(key), "__index__").tag != VAL_NULL);
}

static Value tuple_getitem(Value self, Value key) {
    Tuple *tuple = as_tuple(self);
    if (is_slice(key)) {
        int64_t start, stop, step, count;
        if (!slice_indices((Slice *)key.as.object, tuple->length, &start, &stop, &step, &count)) return value_null();
        if (step == 1 && count == tuple->length && tuple->base.type == &type_tuple) return self;
        Tuple *result = tuple_new(count);
        if (!result) return value_null();
        for (int64_t i = 0; i < count; i++) result->items[i] = tuple->items[start + i * step];
        return value_object(result);
    }
    if (!tuple_is_index(key))
        return raise_error(&type_type_error, "tuple indices must be integers or slices, not %s", value_type_name(key));
    int64_t index;
    if (is_big_int(key)) return raise_error(&type_index_error, "cannot fit 'int' into an index-sized integer");
    if (!index_from_value(key, &index)) return value_null();
    if (index < 0) index += tuple->length;
    if (index < 0 || index >= tuple->length) return raise_error(&type_index_error, "tuple index out of range");
    return tuple->items[index];
}

static int tuple_contains(Value self, Value item) {
    Tuple *tuple = as_tuple(self);
    for (int64_t i = 0; i < tuple->length; i++) {
        int equal = obj_equal(tuple->items[i], item);
        if (equal != 0) return equal;
    }
    return 0;
}

/* ---- iterator ---------------------------------------------------------- */

typedef struct TupleIterator {
    Object base;
    Tuple *tuple; /* NULL once exhausted */
    int64_t index;
} TupleIterator;

static Value tuple_iter(Value self) {
    TupleIterator *iterator = (TupleIterator *)gc_alloc(&type_tuple_iterator, sizeof(TupleIterator));
    if (!iterator) return value_null();
    iterator->tuple = as_tuple(self);
    return value_object(iterator);
}

static Value tuple_iterator_next(Value self) {
    TupleIterator *iterator = (TupleIterator *)self.as.object;
    if (!iterator->tuple) return value_null();
    if (iterator->index >= iterator->tuple->length) {
        iterator->tuple = NULL;
        return value_null();
    }
    return iterator->tuple->items[iterator->index++];
}

static Value tuple_iterator_self(Value self) { return self; }

static void tuple_iterator_mark(Object *self) { gc_mark_object((Object *)((TupleIterator *)self)->tuple); }

Type type_tuple_iterator = {
    .name = "tuple_iterator",
    .instance_size = sizeof(TupleIterator),
    .iter = tuple_iterator_self,
    .next = tuple_iterator_next,
    .gc_mark = tuple_iterator_mark,
};

/* ---- methods ----------------------------------------------------------- */

/* Resolve the optional start/stop of index(x, start, stop) against
 * [length], clamping as CPython does. Shared with list.c. */
bool tuple_index_bounds(Value *args, int nargs, int64_t length, int64_t *start, int64_t *stop) {
    *start = 0;
    *stop = length;
    if (nargs > 2 && !index_from_value(args[2], start)) return false;
    if (nargs > 3 && !index_from_value(args[3], stop)) return false;
    if (*start < 0) { *start += length; if (*start < 0) *start = 0; }
    if (*stop < 0) { *stop += length; if (*stop < 0) *stop = 0; }
    return true;
}

static Value tuple_method_index(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_range("tuple.index", nargs - 1, 1, 3, kwnames)) return value_null();
    Tuple *tuple = as_tuple(args[0]);
    int64_t start, stop;
    if (!tuple_index_bounds(args, nargs, tuple->length, &start, &stop)) return value_null();
    for (int64_t i = start; i < stop && i < tuple->length; i++) {
        int equal = obj_equal(tuple->items[i], args[1]);
        if (equal < 0) return value_null();
        if (equal) return value_int(i);
    }
    return raise_error(&type_value_error, "tuple.index(x): x not in tuple");
}

static Value tuple_method_count(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("tuple.count", nargs - 1, kwnames)) return value_null();
    Tuple *tuple = as_tuple(args[0]);
    int64_t count = 0;
    for (int64_t i = 0; i < tuple->length; i++) {
        int equal = obj_equal(tuple->items[i], args[1]);
        if (equal < 0) return value_null();
        count += equal;
    }
    return value_int(count);
}

static Value tuple_method_getnewargs(Value *args, int nargs, Tuple *kwnames) {
    Tuple *tuple = as_tuple(args[0]);
    Tuple *copy = tuple_from_values(tuple->items, tuple->length);
    if (!copy) return value_null();
    Tuple *result = tuple_pack(1, value_object(copy));
    return result ? value_object(result) : value_null();
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_method_index, METHOD_INSTANCE, "Return first index of value."},
    {"count", tuple_method_count, METHOD_INSTANCE, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_method_getnewargs, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static void tuple_mark(Object *self) {
    Tuple *tuple = (Tuple *)self;
    gc_mark_values(tuple->items, (size_t)tuple->length);
}

Type type_tuple = {
    .name = "tuple",
    .instance_size = sizeof(Tuple),
    .flags = TYPE_BASETYPE,
    .methods = tuple_methods,
    .new = tuple_new_slot,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .compare = tuple_compare,
    .binary = tuple_binary,
    .length = tuple_length,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .gc_mark = tuple_mark,
};

/* Ready tuple and its iterator, and make the shared empty tuple. */
void tuple_types_init(void) {
    type_ready(&type_tuple);
    type_ready(&type_tuple_iterator);
    tuple_empty();
}
