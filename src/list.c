/* list.c — Python's list: a growable array of values.
 *
 *     List: | header | length | capacity | items --> [ v0 | v1 | ... | (spare) ]
 *
 * items is a separate gc_realloc'd buffer that grows by about 1/8 plus a
 * little (CPython's over-allocation), so append is amortised O(1). Only the
 * first `length` slots are live; gc_mark marks exactly those.
 *
 * Any operation that calls back into Python (comparisons, __eq__, __index__,
 * the key function of sort) may mutate the list it is working on, so loops
 * re-read `length` and `items` after every such call instead of caching them.
 *
 * sort is a stable merge sort. As in CPython, the items are moved out of the
 * list while sorting (so a key function that looks at the list sees it
 * empty, and "list modified during sort" is reported if it changed), and a
 * reverse sort reverses before and after a stable ascending sort, so equal
 * items keep their original order.
 */
#include <string.h>

#include "list.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "range.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"

/* memcpy that accepts empty (possibly NULL) arrays. */
static void list_copy_values(Value *target, const Value *source, int64_t count) {
    if (count > 0) memcpy(target, source, (size_t)count * sizeof(Value));
}

/* ---- storage ----------------------------------------------------------- */

static bool list_check(Value v) { return is_object(v) && type_is_subtype(v.as.object->type, &type_list); }

/* Make room for at least [needed] items. */
static bool list_reserve(List *list, int64_t needed) {
    if (needed <= list->capacity) return true;
    int64_t capacity = needed + (needed >> 3) + (needed < 9 ? 3 : 6);
    Value *items = gc_realloc(list->items, (size_t)list->capacity * sizeof(Value), (size_t)capacity * sizeof(Value));
    if (!items) return false;
    list->items = items;
    list->capacity = capacity;
    return true;
}

static List *list_alloc(Type *type, int64_t capacity) {
    size_t size = type->instance_size < sizeof(List) ? sizeof(List) : type->instance_size;
    List *list = (List *)gc_alloc(type, size);
    if (!list) return NULL;
    if (capacity > 0 && !list_reserve(list, capacity)) return NULL;
    return list;
}

/* An empty list with room for [capacity] items. May raise MemoryError. */
List *list_new(int64_t capacity) { return list_alloc(&type_list, capacity); }

/* A new list holding a copy of [items]. */
List *list_from_values(const Value *items, int64_t count) {
    List *list = list_new(count);
    if (!list) return NULL;
    list_copy_values(list->items, items, count);
    list->length = count;
    return list;
}

/* Append [item]; false on MemoryError. */
bool list_append(List *list, Value item) {
    if (list->length >= list->capacity && !list_reserve(list, list->length + 1)) return false;
    list->items[list->length++] = item;
    return true;
}

/* Append every item of [iterable] (list.extend). Runs Python code for
 * generic iterables; [list] must be reachable by the caller. */
bool list_extend(List *list, Value iterable) {
    if (list_check(iterable) || is_tuple(iterable)) {
        bool is_a_list = list_check(iterable);
        int64_t count = is_a_list ? as_list(iterable)->length : as_tuple(iterable)->length;
        if (!list_reserve(list, list->length + count)) return false;
        /* Re-read the source after reserving: it may be [list] itself. */
        const Value *source = is_a_list ? as_list(iterable)->items : as_tuple(iterable)->items;
        if (count > 0) memmove(list->items + list->length, source, (size_t)count * sizeof(Value));
        list->length += count;
        return true;
    }
    Value iterator = obj_iter(iterable);
    if (is_null(iterator)) return false;
    gc_push_root(iterator);
    bool ok = true;
    for (;;) {
        Value item = obj_next(iterator);
        if (is_null(item)) { ok = !error_pending(); break; }
        if (!list_append(list, item)) { ok = false; break; }
    }
    gc_pop_roots(1);
    return ok;
}

/* list(iterable): a new list. */
List *list_from_iterable(Value iterable) {
    List *list = list_new(0);
    if (!list) return NULL;
    gc_push_root(value_object(list));
    bool ok = list_extend(list, iterable);
    gc_pop_roots(1);
    return ok ? list : NULL;
}

static Value list_new_slot(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    List *list = list_alloc(cls, 0);
    return list ? value_object(list) : value_null();
}

static bool list_init(Value self, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length > 0 && self.as.object->type == &type_list) {
        raise_error(&type_type_error, "list() takes no keyword arguments");
        return false;
    }
    if (nargs > 1) {
        raise_error(&type_type_error, "list expected at most 1 argument, got %d", nargs);
        return false;
    }
    List *list = as_list(self);
    list->length = 0;
    return nargs == 0 || list_extend(list, args[0]);
}

/* ---- repr -------------------------------------------------------------- */

/* Lists whose repr is being built, innermost last: a list met again while
 * its own repr is in progress prints as [...]. */
static List *list_repr_stack[1000]; /* nesting deeper than this is a RecursionError */
static int list_repr_depth;

static bool list_repr_in_progress(List *list) {
    for (int i = 0; i < list_repr_depth; i++)
        if (list_repr_stack[i] == list) return true;
    return false;
}

static bool list_repr_items(List *list, StrBuilder *sb) {
    for (int64_t i = 0; i < list->length; i++) {
        if (i > 0) sb_append_cstr(sb, ", ");
        Value text = obj_repr(list->items[i]);
        if (is_null(text)) return false;
        sb_append_str(sb, as_str(text));
    }
    return true;
}

static Value list_repr(Value self) {
    List *list = as_list(self);
    if (list->length == 0) return str_value(str_intern("[]"));
    if (list_repr_in_progress(list)) return str_value(str_intern("[...]"));
    if (list_repr_depth >= (int)(sizeof list_repr_stack / sizeof list_repr_stack[0]))
        return raise_error(&type_recursion_error, "maximum recursion depth exceeded while getting the repr of an object");
    list_repr_stack[list_repr_depth++] = list;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '[');
    bool ok = list_repr_items(list, &sb);
    list_repr_depth--;
    if (!ok) { sb_free(&sb); return value_null(); }
    sb_append_char(&sb, ']');
    return str_value(sb_finish(&sb));
}

/* ---- compare and operators --------------------------------------------- */

static Value list_compare(Value a, Value b, CompareOp op) {
    if (!list_check(a) || !list_check(b)) return value_not_implemented();
    /* Compare on snapshots: a user __eq__ may change either list. */
    List *left = list_from_values(as_list(a)->items, as_list(a)->length);
    if (!left) return value_null();
    gc_push_root(value_object(left));
    List *right = list_from_values(as_list(b)->items, as_list(b)->length);
    if (!right) { gc_pop_roots(1); return value_null(); }
    gc_push_root(value_object(right));
    Value result = tuple_compare_items(left->items, left->length, right->items, right->length, op);
    gc_pop_roots(2);
    return result;
}

static Value list_concat(List *left, Value right) {
    if (!list_check(right)) {
        if (value_type(right)->flags & TYPE_HEAPTYPE) return value_not_implemented();
        return raise_error(&type_type_error, "can only concatenate list (not \"%s\") to list", value_type_name(right));
    }
    List *other = as_list(right);
    List *result = list_new(left->length + other->length);
    if (!result) return value_null();
    list_copy_values(result->items, left->items, left->length);
    list_copy_values(result->items + left->length, other->items, other->length);
    result->length = left->length + other->length;
    return value_object(result);
}

/* Fill [target] (already holding one copy of [count] items) by doubling. */
static bool list_repeat_into(List *target, int64_t unit, int64_t times) {
    if (unit == 0 || times <= 0) { target->length = 0; return true; }
    if (times > INT64_MAX / 16 / unit) { raise_memory_error(); return false; }
    if (!list_reserve(target, unit * times)) return false;
    for (int64_t i = 1; i < times; i++)
        list_copy_values(target->items + i * unit, target->items, unit);
    target->length = unit * times;
    return true;
}

static Value list_repeat(List *list, Value count_value, bool in_place) {
    int64_t times;
    if (!tuple_repeat_count(count_value, &times)) return value_null();
    List *target = in_place ? list : list_from_values(list->items, list->length);
    if (!target) return value_null();
    if (!list_repeat_into(target, target->length, times)) return value_null();
    return value_object(target);
}

static bool list_is_repeat_count(Value v) {
    return is_int_like(v) || (is_object(v) && type_lookup_cstr(value_type(v), "__index__").tag != VAL_NULL);
}

static Value list_binary(BinaryOp op, Value left, Value right) {
    switch (op) {
    case BINARY_ADD:
        return list_check(left) ? list_concat(as_list(left), right) : value_not_implemented();
    case BINARY_INPLACE_ADD:
        if (!list_check(left)) return value_not_implemented();
        return list_extend(as_list(left), right) ? left : value_null();
    case BINARY_MULTIPLY:
    case BINARY_INPLACE_MULTIPLY: {
        bool in_place = op == BINARY_INPLACE_MULTIPLY;
        if (list_check(left) && !list_check(right)) {
            if ((value_type(right)->flags & TYPE_HEAPTYPE) && !list_is_repeat_count(right)) return value_not_implemented();
            return list_repeat(as_list(left), right, in_place);
        }
        if (!in_place && list_check(right) && !list_check(left) && list_is_repeat_count(left))
            return list_repeat(as_list(right), left, false);
        if (list_check(left) && list_check(right))
            return raise_error(&type_type_error, "can't multiply sequence by non-int of type '%s'", value_type_name(right));
        return value_not_implemented();
    }
    default:
        return value_not_implemented();
    }
}

/* ---- item access ------------------------------------------------------- */

static int64_t list_length(Value self) { return as_list(self)->length; }

/* Resolve an integer subscript; false with the right error otherwise. */
static bool list_index_key(Value key, int64_t *index) {
    if (!tuple_is_index(key)) {
        raise_error(&type_type_error, "list indices must be integers or slices, not %s", value_type_name(key));
        return false;
    }
    if (is_big_int(key)) {
        raise_error(&type_index_error, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    return index_from_value(key, index);
}

static Value list_getitem(Value self, Value key) {
    List *list = as_list(self);
    if (key.tag == VAL_INT) {
        int64_t index = key.as.integer < 0 ? key.as.integer + list->length : key.as.integer;
        if (index < 0 || index >= list->length) return raise_error(&type_index_error, "list index out of range");
        return list->items[index];
    }
    if (is_slice(key)) {
        int64_t start, stop, step, count;
        if (!slice_indices((Slice *)key.as.object, list->length, &start, &stop, &step, &count)) return value_null();
        List *result = list_new(count);
        if (!result) return value_null();
        for (int64_t i = 0; i < count; i++) result->items[i] = list->items[start + i * step];
        result->length = count;
        return value_object(result);
    }
    int64_t index;
    if (!list_index_key(key, &index)) return value_null();
    if (index < 0) index += list->length;
    if (index < 0 || index >= list->length) return raise_error(&type_index_error, "list index out of range");
    return list->items[index];
}

/* Replace items [low, high) by [count] new [values] (a simple slice). */
static bool list_replace_range(List *list, int64_t low, int64_t high, const Value *values, int64_t count) {
    int64_t delta = count - (high - low);
    if (delta > 0 && !list_reserve(list, list->length + delta)) return false;
    if (list->length > high)
        memmove(list->items + high + delta, list->items + high, (size_t)(list->length - high) * sizeof(Value));
    list_copy_values(list->items + low, values, count);
    list->length += delta;
    return true;
}

/* del list[slice] with any step. */
static void list_delete_extended(List *list, int64_t start, int64_t step, int64_t count) {
    if (count == 0) return;
    if (step < 0) {
        start = start + step * (count - 1);
        step = -step;
    }
    int64_t write = start;
    for (int64_t read = start; read < list->length; read++) {
        bool deleted = read < start + step * count && (read - start) % step == 0;
        if (!deleted) list->items[write++] = list->items[read];
    }
    list->length = write;
}

/* The items of the right-hand side of a slice assignment, as a fresh list. */
static List *list_assigned_items(Value value) {
    if (!list_check(value) && !is_tuple(value) && !value_type(value)->iter && !value_type(value)->getitem) {
        raise_error(&type_type_error, "can only assign an iterable");
        return NULL;
    }
    return list_from_iterable(value);
}

static bool list_assign_slice(List *list, Slice *slice, Value value) {
    int64_t start, stop, step, count;
    if (!slice_indices(slice, list->length, &start, &stop, &step, &count)) return false;
    if (is_null(value)) {
        if (step == 1) return list_replace_range(list, start, start + count, NULL, 0);
        list_delete_extended(list, start, step, count);
        return true;
    }
    List *items = list_assigned_items(value);
    if (!items) return false;
    /* The iterable may have changed the list: resolve the slice again. */
    if (!slice_indices(slice, list->length, &start, &stop, &step, &count)) return false;
    if (step == 1) {
        if (stop < start) stop = start;
        return list_replace_range(list, start, stop, items->items, items->length);
    }
    if (items->length != count) {
        raise_error(&type_value_error, "attempt to assign sequence of size %lld to extended slice of size %lld",
                    (long long)items->length, (long long)count);
        return false;
    }
    for (int64_t i = 0; i < count; i++) list->items[start + i * step] = items->items[i];
    return true;
}

static bool list_setitem(Value self, Value key, Value value) {
    List *list = as_list(self);
    if (is_slice(key)) return list_assign_slice(list, (Slice *)key.as.object, value);
    int64_t index;
    if (!list_index_key(key, &index)) return false;
    if (index < 0) index += list->length;
    if (index < 0 || index >= list->length) {
        raise_error(&type_index_error, "list assignment index out of range");
        return false;
    }
    if (is_null(value)) return list_replace_range(list, index, index + 1, NULL, 0);
    list->items[index] = value;
    return true;
}

static int list_contains(Value self, Value item) {
    List *list = as_list(self);
    for (int64_t i = 0; i < list->length; i++) {
        int equal = obj_equal(list->items[i], item);
        if (equal != 0) return equal;
    }
    return 0;
}

/* ---- iterators --------------------------------------------------------- */

typedef struct ListIterator {
    Object base;
    List *list;    /* NULL once exhausted */
    int64_t index; /* next position (counting down for the reverse iterator) */
} ListIterator;

static Value list_iterator_make(Type *type, List *list, int64_t index) {
    ListIterator *iterator = (ListIterator *)gc_alloc(type, sizeof(ListIterator));
    if (!iterator) return value_null();
    iterator->list = list;
    iterator->index = index;
    return value_object(iterator);
}

static Value list_iter(Value self) { return list_iterator_make(&type_list_iterator, as_list(self), 0); }

static Value list_iterator_next(Value self) {
    ListIterator *iterator = (ListIterator *)self.as.object;
    if (!iterator->list) return value_null();
    if (iterator->index >= iterator->list->length) {
        iterator->list = NULL;
        return value_null();
    }
    return iterator->list->items[iterator->index++];
}

static Value list_reverse_iterator_next(Value self) {
    ListIterator *iterator = (ListIterator *)self.as.object;
    if (!iterator->list) return value_null();
    if (iterator->index < 0 || iterator->index >= iterator->list->length) {
        iterator->list = NULL;
        return value_null();
    }
    return iterator->list->items[iterator->index--];
}

static Value list_iterator_self(Value self) { return self; }

static void list_iterator_mark(Object *self) { gc_mark_object((Object *)((ListIterator *)self)->list); }

static Value list_iterator_length_hint(Value *args, int nargs, Tuple *kwnames) {
    ListIterator *iterator = (ListIterator *)args[0].as.object;
    if (!iterator->list) return value_int(0);
    int64_t left = args[0].as.object->type == &type_list_iterator ? iterator->list->length - iterator->index
                                                                   : iterator->index + 1;
    return value_int(left < 0 ? 0 : left);
}

static const MethodDef list_iterator_methods[] = {
    {"__length_hint__", list_iterator_length_hint, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_list_iterator = {
    .name = "list_iterator",
    .instance_size = sizeof(ListIterator),
    .methods = list_iterator_methods,
    .iter = list_iterator_self,
    .next = list_iterator_next,
    .gc_mark = list_iterator_mark,
};

Type type_list_reverse_iterator = {
    .name = "list_reverseiterator",
    .instance_size = sizeof(ListIterator),
    .methods = list_iterator_methods,
    .iter = list_iterator_self,
    .next = list_reverse_iterator_next,
    .gc_mark = list_iterator_mark,
};

/* ---- sorting ----------------------------------------------------------- */

static void list_reverse_items(Value *items, int64_t count) {
    for (int64_t low = 0, high = count - 1; low < high; low++, high--) {
        Value swap = items[low];
        items[low] = items[high];
        items[high] = swap;
    }
}

/* -1 error, 1 when key_b < key_a (b must go first), else 0. */
static int list_sort_before(Value key_b, Value key_a) {
    Value result = obj_compare(key_b, key_a, COMPARE_LT);
    if (is_null(result)) return -1;
    if (is_bool(result)) return result.as.boolean;
    return obj_truthy(result);
}

/* Stable merge sort of keys[0..count) carrying values along; [scratch_keys]
 * and [scratch_values] have room for count items. */
static bool list_merge_sort(Value *keys, Value *values, int64_t count, Value *scratch_keys, Value *scratch_values) {
    if (count < 2) return true;
    int64_t half = count / 2;
    if (!list_merge_sort(keys, values, half, scratch_keys, scratch_values)) return false;
    if (!list_merge_sort(keys + half, values + half, count - half, scratch_keys, scratch_values)) return false;
    int64_t left = 0, right = half, out = 0;
    while (left < half && right < count) {
        int before = list_sort_before(keys[right], keys[left]);
        if (before < 0) return false;
        int64_t from = before ? right++ : left++;
        scratch_keys[out] = keys[from];
        scratch_values[out++] = values[from];
    }
    while (left < half) { scratch_keys[out] = keys[left]; scratch_values[out++] = values[left++]; }
    while (right < count) { scratch_keys[out] = keys[right]; scratch_values[out++] = values[right++]; }
    list_copy_values(keys, scratch_keys, count);
    list_copy_values(values, scratch_values, count);
    return true;
}


/* CPython's count_run: the length of the run at the start of keys[0..count),
 * reversing it in place if strictly descending. -1 on error. */
static int64_t list_count_run(Value *keys, Value *values, int64_t count) {
    if (count < 2) return count;
    int before = list_sort_before(keys[1], keys[0]);
    if (before < 0) return -1;
    int64_t run = 2;
    for (; run < count; run++) {
        int less = list_sort_before(keys[run], keys[run - 1]);
        if (less < 0) return -1;
        if (less != before) break;
    }
    if (before) {
        list_reverse_items(keys, run);
        list_reverse_items(values, run);
    }
    return run;
}

/* CPython's binarysort: keys[0..start) are sorted; insert the rest one by
 * one at the place a binary search finds (after equal keys: stable). */
static bool list_binary_insertion_sort(Value *keys, Value *values, int64_t count, int64_t start) {
    for (; start < count; start++) {
        Value pivot_key = keys[start], pivot_value = values[start];
        int64_t low = 0, high = start;
        do {
            int64_t middle = low + ((high - low) >> 1);
            int less = list_sort_before(pivot_key, keys[middle]);
            if (less < 0) return false;
            if (less) high = middle;
            else low = middle + 1;
        } while (low < high);
        memmove(keys + low + 1, keys + low, (size_t)(start - low) * sizeof(Value));
        memmove(values + low + 1, values + low, (size_t)(start - low) * sizeof(Value));
        keys[low] = pivot_key;
        values[low] = pivot_value;
    }
    return true;
}

/* Sort keys/values: short lists exactly as CPython's timsort does them (one
 * run plus binary insertion, so the same comparisons happen in the same
 * order), longer ones by merge sort. */
static bool list_sort_keys(Value *keys, Value *values, int64_t count, Value *scratch_keys, Value *scratch_values) {
    if (count < 64) {
        int64_t run = list_count_run(keys, values, count);
        return run >= 0 && list_binary_insertion_sort(keys, values, count, run);
    }
    return list_merge_sort(keys, values, count, scratch_keys, scratch_values);
}

/* Sort [work] (the detached items) with keys held in [keys]; both lists
 * are rooted by the caller. */
static bool list_sort_work(List *work, List *keys, Value key, bool reverse) {
    int64_t count = work->length;
    for (int64_t i = 0; i < count; i++) {
        Value item_key = work->items[i];
        if (!is_null(key) && !is_none(key)) {
            item_key = obj_call(key, &work->items[i], 1, NULL);
            if (is_null(item_key)) return false; /* items untouched, as in CPython */
        }
        if (!list_append(keys, item_key)) return false;
    }
    if (reverse) {
        list_reverse_items(keys->items, count);
        list_reverse_items(work->items, count);
    }
    List *scratch = list_new(2 * count);
    bool ok = scratch != NULL;
    if (ok) {
        gc_push_root(value_object(scratch));
        ok = list_sort_keys(keys->items, work->items, count, scratch->items, scratch->items + count);
        gc_pop_roots(1);
    }
    /* CPython reverses back even when a comparison failed. */
    if (reverse) list_reverse_items(work->items, count);
    return ok;
}

/* Sort [list] in place, stably. [key] may be VAL_NULL or None. Calls back
 * into Python; exceptions from key or comparisons propagate (the list is
 * then left in some permutation of its items, as in CPython). */
bool list_sort(List *list, Value key, bool reverse) {
    List *work = list_new(0);
    List *keys = work ? list_new(list->length) : NULL;
    if (!keys) return false;
    work->items = list->items;
    work->length = list->length;
    work->capacity = list->capacity;
    list->items = NULL;
    list->length = list->capacity = 0;
    gc_push_root(value_object(work));
    gc_push_root(value_object(keys));
    bool ok = list_sort_work(work, keys, key, reverse);
    gc_pop_roots(2);
    bool modified = list->items != NULL || list->length != 0;
    if (list->items) gc_free_buffer(list->items, (size_t)list->capacity * sizeof(Value));
    list->items = work->items;
    list->length = work->length;
    list->capacity = work->capacity;
    work->items = NULL;
    work->length = work->capacity = 0;
    if (ok && modified) {
        raise_error(&type_value_error, "list modified during sort");
        return false;
    }
    return ok;
}

/* ---- methods ----------------------------------------------------------- */

static Value list_method_append(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("list.append", nargs - 1, kwnames)) return value_null();
    return list_append(as_list(args[0]), args[1]) ? value_none() : value_null();
}

static Value list_method_extend(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("list.extend", nargs - 1, kwnames)) return value_null();
    return list_extend(as_list(args[0]), args[1]) ? value_none() : value_null();
}

static Value list_method_insert(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_range("list.insert", nargs - 1, 2, 2, kwnames)) return value_null();
    List *list = as_list(args[0]);
    int64_t index;
    if (!index_from_value(args[1], &index)) return value_null();
    if (index < 0) { index += list->length; if (index < 0) index = 0; }
    if (index > list->length) index = list->length;
    return list_replace_range(list, index, index, &args[2], 1) ? value_none() : value_null();
}

static Value list_method_pop(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_range("list.pop", nargs - 1, 0, 1, kwnames)) return value_null();
    List *list = as_list(args[0]);
    int64_t index = -1;
    if (nargs > 1 && !index_from_value(args[1], &index)) return value_null();
    if (list->length == 0) return raise_error(&type_index_error, "pop from empty list");
    if (index < 0) index += list->length;
    if (index < 0 || index >= list->length) return raise_error(&type_index_error, "pop index out of range");
    Value item = list->items[index];
    list_replace_range(list, index, index + 1, NULL, 0);
    return item;
}

/* The first index in [start, stop) whose item equals [item]; -1 absent,
 * -2 error. */
static int64_t list_find(List *list, Value item, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < list->length; i++) {
        int equal = obj_equal(list->items[i], item);
        if (equal < 0) return -2;
        if (equal) return i;
    }
    return -1;
}

static Value list_method_remove(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("list.remove", nargs - 1, kwnames)) return value_null();
    List *list = as_list(args[0]);
    int64_t index = list_find(list, args[1], 0, list->length);
    if (index == -2) return value_null();
    if (index == -1) return raise_error(&type_value_error, "list.remove(x): x not in list");
    list_replace_range(list, index, index + 1, NULL, 0);
    return value_none();
}

static Value list_method_index(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_range("list.index", nargs - 1, 1, 3, kwnames)) return value_null();
    List *list = as_list(args[0]);
    int64_t start, stop;
    if (!tuple_index_bounds(args, nargs, list->length, &start, &stop)) return value_null();
    int64_t index = list_find(list, args[1], start, stop);
    if (index == -2) return value_null();
    if (index >= 0) return value_int(index);
    Value text = obj_repr(args[1]);
    if (is_null(text)) return text;
    return raise_error(&type_value_error, "%s is not in list", str_cstr(as_str(text)));
}

static Value list_method_count(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("list.count", nargs - 1, kwnames)) return value_null();
    List *list = as_list(args[0]);
    int64_t count = 0;
    for (int64_t i = 0; i < list->length; i++) {
        int equal = obj_equal(list->items[i], args[1]);
        if (equal < 0) return value_null();
        count += equal;
    }
    return value_int(count);
}

static Value list_method_clear(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("list.clear", nargs - 1, kwnames)) return value_null();
    as_list(args[0])->length = 0;
    return value_none();
}

static Value list_method_copy(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("list.copy", nargs - 1, kwnames)) return value_null();
    List *copy = list_from_values(as_list(args[0])->items, as_list(args[0])->length);
    return copy ? value_object(copy) : value_null();
}

static Value list_method_reverse(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("list.reverse", nargs - 1, kwnames)) return value_null();
    list_reverse_items(as_list(args[0])->items, as_list(args[0])->length);
    return value_none();
}

static Value list_method_reversed(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("list.__reversed__", nargs - 1, kwnames)) return value_null();
    List *list = as_list(args[0]);
    return list_iterator_make(&type_list_reverse_iterator, list, list->length - 1);
}

/* sort(*, key=None, reverse=False) */
static Value list_method_sort(Value *args, int nargs, Tuple *kwnames) {
    if (nargs > 1) return raise_error(&type_type_error, "sort() takes no positional arguments");
    Value key = value_none();
    int reverse = 0;
    int64_t keyword_count = kwnames ? kwnames->length : 0;
    for (int64_t i = 0; i < keyword_count; i++) {
        Str *name = as_str(kwnames->items[i]);
        Value value = args[nargs + i];
        if (str_equal_cstr(name, "key")) {
            key = value;
        } else if (str_equal_cstr(name, "reverse")) {
            reverse = obj_truthy(value);
            if (reverse < 0) return value_null();
        } else {
            return raise_error(&type_type_error, "'%s' is an invalid keyword argument for sort()", str_cstr(name));
        }
    }
    return list_sort(as_list(args[0]), key, reverse) ? value_none() : value_null();
}

/* `+=` and `*=` as methods (list.__iadd__), for explicit calls and super(). */
static Value list_method_iadd(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("list.__iadd__", nargs - 1, kwnames)) return value_null();
    return list_binary(BINARY_INPLACE_ADD, args[0], args[1]);
}

static Value list_method_imul(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("list.__imul__", nargs - 1, kwnames)) return value_null();
    return list_binary(BINARY_INPLACE_MULTIPLY, args[0], args[1]);
}

static const MethodDef list_methods[] = {
    {"append", list_method_append, METHOD_INSTANCE, "Append object to the end of the list."},
    {"extend", list_method_extend, METHOD_INSTANCE, "Extend list by appending elements from the iterable."},
    {"insert", list_method_insert, METHOD_INSTANCE, "Insert object before index."},
    {"pop", list_method_pop, METHOD_INSTANCE, "Remove and return item at index (default last)."},
    {"remove", list_method_remove, METHOD_INSTANCE, "Remove first occurrence of value."},
    {"index", list_method_index, METHOD_INSTANCE, "Return first index of value."},
    {"count", list_method_count, METHOD_INSTANCE, "Return number of occurrences of value."},
    {"clear", list_method_clear, METHOD_INSTANCE, "Remove all items from list."},
    {"copy", list_method_copy, METHOD_INSTANCE, "Return a shallow copy of the list."},
    {"reverse", list_method_reverse, METHOD_INSTANCE, "Reverse *IN PLACE*."},
    {"sort", list_method_sort, METHOD_INSTANCE, "Sort the list in ascending order and return None."},
    {"__reversed__", list_method_reversed, METHOD_INSTANCE, "Return a reverse iterator over the list."},
    {"__iadd__", list_method_iadd, METHOD_INSTANCE, "Implement self+=value."},
    {"__imul__", list_method_imul, METHOD_INSTANCE, "Implement self*=value."},
    {NULL, NULL, 0, NULL},
};

/* ---- the type ---------------------------------------------------------- */

static void list_mark(Object *self) {
    List *list = (List *)self;
    gc_mark_values(list->items, (size_t)list->length);
}

static void list_free(Object *self) {
    List *list = (List *)self;
    gc_free_buffer(list->items, (size_t)list->capacity * sizeof(Value));
    list->items = NULL;
    list->capacity = 0;
}

Type type_list = {
    .name = "list",
    .instance_size = sizeof(List),
    .flags = TYPE_BASETYPE,
    .methods = list_methods,
    .new = list_new_slot,
    .init = list_init,
    .repr = list_repr,
    .compare = list_compare,
    .binary = list_binary,
    .length = list_length,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .gc_mark = list_mark,
    .gc_free = list_free,
};

/* Ready list and its two iterators. */
void list_types_init(void) {
    type_ready(&type_list);
    type_ready(&type_list_iterator);
    type_ready(&type_list_reverse_iterator);
}
