/* range.c — range objects, their iterators, and slice objects.
 *
 * range(start, stop, step) stores three int64s and its length; it never
 * materialises its elements. Item i is start + i * step, so indexing,
 * `in` for ints and len() are O(1). Its iterator counts down a
 * `remaining` counter, adding step to `next` — `for i in range(n)`
 * allocates nothing per step. pyco's ranges are limited to int64 bounds
 * (CPython allows any int); a bigger bound raises OverflowError.
 *
 * A slice is the value of `a:b:c` inside brackets. slice_indices resolves it
 * against a sequence length exactly as CPython's PySlice_Unpack +
 * PySlice_AdjustIndices do (clamping, negative steps, None defaults), and
 * every sequence type uses it, so a[::-1] behaves the same everywhere.
 */
#include <string.h>

#include "range.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"

/* ---- indices ----------------------------------------------------------- */

/* Convert an int, bool or __index__ object to int64. TypeError "'str'
 * object cannot be interpreted as an integer"; OverflowError if too big. */
bool index_from_value(Value index, int64_t *out) {
    if (index.tag == VAL_INT) { *out = index.as.integer; return true; }
    if (index.tag == VAL_BOOL) { *out = index.as.boolean; return true; }
    if (is_big_int(index)) return int_as_int64(index, out);
    if (is_object(index) && type_lookup_cstr(value_type(index), "__index__").tag != VAL_NULL) {
        Value result = obj_call_method(index, "__index__", NULL, 0);
        if (is_null(result)) return false;
        if (!is_int_like(result)) {
            raise_error(&type_type_error, "__index__ returned non-int (type %s)", value_type_name(result));
            return false;
        }
        return index_from_value(result, out);
    }
    raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(index));
    return false;
}

/* One part of a slice: None gives [fallback]; ints beyond int64 clamp
 * (as CPython's _PyEval_SliceIndex clamps to Py_ssize_t). */
static bool slice_part(Value part, int64_t fallback, int64_t *out) {
    if (is_none(part)) { *out = fallback; return true; }
    if (is_big_int(part)) {
        *out = int_sign(part) < 0 ? INT64_MIN : INT64_MAX;
        return true;
    }
    if (!is_int_like(part) && !(is_object(part) && type_lookup_cstr(value_type(part), "__index__").tag != VAL_NULL)) {
        raise_error(&type_type_error, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return index_from_value(part, out);
}

/* PySlice_AdjustIndices: clamp start/stop into the sequence, count items. */
static int64_t slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

/* Resolve [slice] against [length]: *count items from *start by *step.
 * ValueError "slice step cannot be zero"; TypeError for non-int parts. */
bool slice_indices(Slice *slice, int64_t length, int64_t *start, int64_t *stop,
                   int64_t *step, int64_t *count) {
    if (!slice_part(slice->step, 1, step)) return false;
    if (*step == 0) {
        raise_error(&type_value_error, "slice step cannot be zero");
        return false;
    }
    if (*step < -INT64_MAX) *step = -INT64_MAX;
    if (!slice_part(slice->start, *step < 0 ? INT64_MAX : 0, start)) return false;
    if (!slice_part(slice->stop, *step < 0 ? INT64_MIN : INT64_MAX, stop)) return false;
    *count = slice_adjust(length, start, stop, *step);
    return true;
}

/* ---- range ------------------------------------------------------------- */

static bool range_compute_length(int64_t start, int64_t stop, int64_t step, int64_t *out) {
    __int128 length = 0;
    if (step > 0 && start < stop) length = ((__int128)stop - start - 1) / step + 1;
    else if (step < 0 && start > stop) length = ((__int128)start - stop - 1) / -(__int128)step + 1;
    if (length > INT64_MAX) {
        raise_error(&type_overflow_error, "Python int too large to convert to C ssize_t");
        return false;
    }
    *out = (int64_t)length;
    return true;
}

/* range(start, stop, step) with int64 bounds; step must not be zero. */
Value range_new_values(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) return raise_error(&type_value_error, "range() arg 3 must not be zero");
    int64_t length;
    if (!range_compute_length(start, stop, step, &length)) return value_null();
    Range *range = (Range *)gc_alloc(&type_range, sizeof(Range));
    if (!range) return value_null();
    range->start = start;
    range->stop = stop;
    range->step = step;
    range->length = length;
    return value_object(range);
}

/* A range bound: any int (big ones refused), bool or __index__ object. */
static bool range_argument(Value value, int64_t *out) {
    if (is_big_int(value)) {
        raise_error(&type_overflow_error, "range() bounds must fit in 64 bits in pyco");
        return false;
    }
    return index_from_value(value, out);
}

static Value range_new_slot(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length > 0) return raise_error(&type_type_error, "range() takes no keyword arguments");
    if (nargs < 1) return raise_error(&type_type_error, "range expected at least 1 argument, got %d", nargs);
    if (nargs > 3) return raise_error(&type_type_error, "range expected at most 3 arguments, got %d", nargs);
    int64_t start = 0, stop = 0, step = 1;
    if (nargs == 1) {
        if (!range_argument(args[0], &stop)) return value_null();
    } else {
        if (!range_argument(args[0], &start) || !range_argument(args[1], &stop)) return value_null();
        if (nargs == 3 && !range_argument(args[2], &step)) return value_null();
    }
    return range_new_values(start, stop, step);
}

static Range *as_range(Value v) { return (Range *)v.as.object; }

static Value range_repr(Value self) {
    Range *range = as_range(self);
    if (range->step == 1)
        return str_value(str_from_format("range(%lld, %lld)", (long long)range->start, (long long)range->stop));
    return str_value(str_from_format("range(%lld, %lld, %lld)", (long long)range->start, (long long)range->stop,
                                     (long long)range->step));
}

static int64_t range_length(Value self) { return as_range(self)->length; }

static int range_truthy(Value self) { return as_range(self)->length > 0; }

/* Equal ranges are the same sequence: CPython's range_equals. */
static bool range_same_sequence(Range *a, Range *b) {
    if (a == b) return true;
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    return a->length == 1 || a->step == b->step;
}

static Value range_compare(Value a, Value b, CompareOp op) {
    if (!is_range(a) || !is_range(b) || (op != COMPARE_EQ && op != COMPARE_NE)) return value_not_implemented();
    bool same = range_same_sequence(as_range(a), as_range(b));
    return value_bool(op == COMPARE_EQ ? same : !same);
}

/* hash((len, start, step)) with None for the parts that do not matter. */
static bool range_hash(Value self, int64_t *out) {
    Range *range = as_range(self);
    Value start = range->length == 0 ? value_none() : value_int(range->start);
    Value step = range->length <= 1 ? value_none() : value_int(range->step);
    Tuple *key = tuple_pack(3, value_int(range->length), start, step);
    if (!key) return false;
    return obj_hash(value_object(key), out);
}

/* Item [index] (already in 0..length-1). */
static int64_t range_item(Range *range, int64_t index) { return range->start + index * range->step; }

static Value range_slice(Range *range, Slice *slice) {
    int64_t start, stop, step, count;
    if (!slice_indices(slice, range->length, &start, &stop, &step, &count)) return value_null();
    __int128 new_start = (__int128)range->start + (__int128)start * range->step;
    __int128 new_stop = (__int128)range->start + (__int128)stop * range->step;
    __int128 new_step = (__int128)step * range->step;
    if (new_start > INT64_MAX || new_start < INT64_MIN || new_stop > INT64_MAX || new_stop < INT64_MIN ||
        new_step > INT64_MAX || new_step < INT64_MIN)
        return raise_error(&type_overflow_error, "range() bounds must fit in 64 bits in pyco");
    return range_new_values((int64_t)new_start, (int64_t)new_stop, (int64_t)new_step);
}

static Value range_getitem(Value self, Value key) {
    Range *range = as_range(self);
    if (is_slice(key)) return range_slice(range, (Slice *)key.as.object);
    if (!tuple_is_index(key))
        return raise_error(&type_type_error, "range indices must be integers or slices, not %s", value_type_name(key));
    int64_t index;
    if (is_big_int(key)) return raise_error(&type_index_error, "range object index out of range");
    if (!index_from_value(key, &index)) return value_null();
    if (index < 0) index += range->length;
    if (index < 0 || index >= range->length) return raise_error(&type_index_error, "range object index out of range");
    return value_int(range_item(range, index));
}

/* The position of int [value] in the range, or -1. */
static int64_t range_position(Range *range, int64_t value) {
    if (range->length == 0) return -1;
    if (range->step > 0 ? (value < range->start || value >= range->stop)
                        : (value > range->start || value <= range->stop))
        return -1;
    __int128 offset = (__int128)value - range->start;
    if (offset % range->step != 0) return -1;
    return (int64_t)(offset / range->step);
}

/* Membership by iteration for non-int values (1.0 in range(3) is True). */
static int range_contains_slow(Range *range, Value item) {
    for (int64_t i = 0; i < range->length; i++) {
        int equal = obj_equal(value_int(range_item(range, i)), item);
        if (equal != 0) return equal;
    }
    return 0;
}

static int range_contains(Value self, Value item) {
    Range *range = as_range(self);
    if (item.tag == VAL_INT) return range_position(range, item.as.integer) >= 0;
    if (item.tag == VAL_BOOL) return range_position(range, item.as.boolean) >= 0;
    if (is_big_int(item)) return 0;
    return range_contains_slow(range, item);
}

/* ---- range iterator ---------------------------------------------------- */

static Value range_iterator_make(int64_t first, int64_t step, int64_t count) {
    RangeIterator *iterator = (RangeIterator *)gc_alloc(&type_range_iterator, sizeof(RangeIterator));
    if (!iterator) return value_null();
    iterator->next = first;
    iterator->step = step;
    iterator->remaining = count;
    return value_object(iterator);
}

static Value range_iter(Value self) {
    Range *range = as_range(self);
    return range_iterator_make(range->start, range->step, range->length);
}

static Value range_iterator_next(Value self) {
    RangeIterator *iterator = (RangeIterator *)self.as.object;
    if (iterator->remaining <= 0) return value_null();
    int64_t value = iterator->next;
    iterator->remaining--;
    /* The step past the last item may overflow; it is never read. */
    if (iterator->remaining > 0) iterator->next += iterator->step;
    return value_int(value);
}

static Value range_iterator_self(Value self) { return self; }

static Value range_iterator_length_hint(Value *args, int nargs, Tuple *kwnames) {
    return value_int(((RangeIterator *)args[0].as.object)->remaining);
}

static const MethodDef range_iterator_methods[] = {
    {"__length_hint__", range_iterator_length_hint, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_range_iterator = {
    .name = "range_iterator",
    .instance_size = sizeof(RangeIterator),
    .methods = range_iterator_methods,
    .iter = range_iterator_self,
    .next = range_iterator_next,
};

/* ---- range methods and attributes --------------------------------------- */

static Value range_method_reversed(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("range.__reversed__", nargs - 1, kwnames)) return value_null();
    Range *range = as_range(args[0]);
    if (range->length == 0) return range_iterator_make(0, 1, 0);
    return range_iterator_make(range_item(range, range->length - 1), -range->step, range->length);
}

static Value range_method_index(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("range.index", nargs - 1, kwnames)) return value_null();
    Range *range = as_range(args[0]);
    Value item = args[1];
    if (item.tag == VAL_INT || item.tag == VAL_BOOL) {
        int64_t position = range_position(range, item.tag == VAL_INT ? item.as.integer : item.as.boolean);
        if (position >= 0) return value_int(position);
    } else if (!is_big_int(item)) {
        for (int64_t i = 0; i < range->length; i++) {
            int equal = obj_equal(value_int(range_item(range, i)), item);
            if (equal < 0) return value_null();
            if (equal) return value_int(i);
        }
    }
    Value text = obj_repr(item);
    if (is_null(text)) return text;
    return raise_error(&type_value_error, "%s is not in range", str_cstr(as_str(text)));
}

static Value range_method_count(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("range.count", nargs - 1, kwnames)) return value_null();
    Range *range = as_range(args[0]);
    Value item = args[1];
    if (item.tag == VAL_INT) return value_int(range_position(range, item.as.integer) >= 0);
    if (item.tag == VAL_BOOL) return value_int(range_position(range, item.as.boolean) >= 0);
    if (is_big_int(item)) return value_int(0);
    int64_t count = 0;
    for (int64_t i = 0; i < range->length; i++) {
        int equal = obj_equal(value_int(range_item(range, i)), item);
        if (equal < 0) return value_null();
        count += equal;
    }
    return value_int(count);
}

static Value range_get_start(Value self) { return value_int(as_range(self)->start); }
static Value range_get_stop(Value self) { return value_int(as_range(self)->stop); }
static Value range_get_step(Value self) { return value_int(as_range(self)->step); }

static const MethodDef range_methods[] = {
    {"__reversed__", range_method_reversed, METHOD_INSTANCE, "Return a reverse iterator."},
    {"index", range_method_index, METHOD_INSTANCE, "Return index of value."},
    {"count", range_method_count, METHOD_INSTANCE, "Return number of occurrences of value."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

Type type_range = {
    .name = "range",
    .instance_size = sizeof(Range),
    .methods = range_methods,
    .getsets = range_getsets,
    .new = range_new_slot,
    .repr = range_repr,
    .hash = range_hash,
    .compare = range_compare,
    .truthy = range_truthy,
    .length = range_length,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
};

/* ---- slice ------------------------------------------------------------- */

/* slice(start, stop, step); pass None for omitted parts. */
Slice *slice_new(Value start, Value stop, Value step) {
    Slice *slice = (Slice *)gc_alloc(&type_slice, sizeof(Slice));
    if (!slice) return NULL;
    slice->start = is_null(start) ? value_none() : start;
    slice->stop = is_null(stop) ? value_none() : stop;
    slice->step = is_null(step) ? value_none() : step;
    return slice;
}

static Slice *as_slice(Value v) { return (Slice *)v.as.object; }

static Value slice_new_slot(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length > 0) return raise_error(&type_type_error, "slice() takes no keyword arguments");
    if (nargs < 1) return raise_error(&type_type_error, "slice expected at least 1 argument, got %d", nargs);
    if (nargs > 3) return raise_error(&type_type_error, "slice expected at most 3 arguments, got %d", nargs);
    Slice *slice = nargs == 1 ? slice_new(value_none(), args[0], value_none())
                              : slice_new(args[0], args[1], nargs == 3 ? args[2] : value_none());
    return slice ? value_object(slice) : value_null();
}

static Value slice_repr(Value self) {
    Slice *slice = as_slice(self);
    Value parts[3] = {slice->start, slice->stop, slice->step};
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "slice(");
    for (int i = 0; i < 3; i++) {
        if (i > 0) sb_append_cstr(&sb, ", ");
        Value text = obj_repr(parts[i]);
        if (is_null(text)) { sb_free(&sb); return text; }
        sb_append_str(&sb, as_str(text));
    }
    sb_append_char(&sb, ')');
    return str_value(sb_finish(&sb));
}

/* Slices compare as the tuples (start, stop, step). */
static Value slice_compare(Value a, Value b, CompareOp op) {
    if (!is_slice(a) || !is_slice(b)) return value_not_implemented();
    Slice *left = as_slice(a), *right = as_slice(b);
    Value left_parts[3] = {left->start, left->stop, left->step};
    Value right_parts[3] = {right->start, right->stop, right->step};
    return tuple_compare_items(left_parts, 3, right_parts, 3, op);
}

/* slice.indices(length): the (start, stop, step) a sequence of that length
 * would use. */
static Value slice_method_indices(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("slice.indices", nargs - 1, kwnames)) return value_null();
    int64_t length;
    if (!index_from_value(args[1], &length)) return value_null();
    if (length < 0) return raise_error(&type_value_error, "length should not be negative");
    int64_t start, stop, step, count;
    if (!slice_indices(as_slice(args[0]), length, &start, &stop, &step, &count)) return value_null();
    Tuple *result = tuple_pack(3, value_int(start), value_int(stop), value_int(step));
    return result ? value_object(result) : value_null();
}

static Value slice_get_start(Value self) { return as_slice(self)->start; }
static Value slice_get_stop(Value self) { return as_slice(self)->stop; }
static Value slice_get_step(Value self) { return as_slice(self)->step; }

static void slice_mark(Object *self) {
    Slice *slice = (Slice *)self;
    gc_mark_value(slice->start);
    gc_mark_value(slice->stop);
    gc_mark_value(slice->step);
}

static const MethodDef slice_methods[] = {
    {"indices", slice_method_indices, METHOD_INSTANCE, "S.indices(len) -> (start, stop, stride)"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

Type type_slice = {
    .name = "slice",
    .instance_size = sizeof(Slice),
    .methods = slice_methods,
    .getsets = slice_getsets,
    .new = slice_new_slot,
    .repr = slice_repr,
    .compare = slice_compare,
    .gc_mark = slice_mark,
};

/* Ready range, its iterator and slice. */
void range_types_init(void) {
    type_ready(&type_range);
    type_ready(&type_range_iterator);
    type_ready(&type_slice);
}
