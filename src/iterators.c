/* iterators.c — the lazy iterators behind enumerate, zip, map, filter,
 * reversed and iter(callable, sentinel).
 *
 * Each is a small object holding the iterator(s) it draws from and, when
 * asked for the next item, pulls exactly what it needs: nothing is computed
 * ahead, so `map(print, xs)` prints only as it is consumed, as in Python.
 *
 * Like every pyco iterator, the next slot returns VAL_NULL with no exception
 * pending when the iterator is exhausted; no StopIteration object is made.
 * An exhausted iterator drops its sources (sets them to NULL) so that it
 * stays exhausted and the sources can be collected.
 *
 * GC note: obj_next and obj_call may run Python code and so reach a safe
 * point; items already pulled in the same step are held only in C locals
 * and are protected with gc_push_root while that happens.
 */
#include <stdlib.h>

#include "builtins.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

typedef struct Enumerate {
    Object base;
    Value iterator; /* VAL_NULL once exhausted */
    Value count;    /* the next index: a small or big int */
} Enumerate;

typedef struct Zip {
    Object base;
    Tuple *iterators; /* NULL once exhausted */
    bool strict;
} Zip;

typedef struct Map {
    Object base;
    Value function;
    Tuple *iterators; /* NULL once exhausted */
} Map;

typedef struct Filter {
    Object base;
    Value function; /* None: keep the truthy items */
    Value iterator; /* VAL_NULL once exhausted */
} Filter;

typedef struct Reversed {
    Object base;
    Value sequence; /* VAL_NULL once exhausted */
    int64_t index;  /* the next index to read, counting down */
} Reversed;

typedef struct CallableIterator {
    Object base;
    Value callable; /* VAL_NULL once the sentinel was seen */
    Value sentinel;
} CallableIterator;

static Value iterators_self(Value self) { return self; }

/* The constructors run in new; an init that accepts the same arguments
 * keeps object.__init__ from objecting to them. */
static bool iterators_init_accept(Value self, Value *args, int nargs, Tuple *kwnames) { return true; }

/* Turn each of [values] into an iterator: a tuple of iterators. */
static Tuple *iterators_from_iterables(Value *values, int count) {
    Tuple *result = tuple_new(count);
    if (!result) return NULL;
    gc_push_root(value_object(result)); /* a user __iter__ may run Python code */
    for (int i = 0; i < count; i++) {
        Value iterator = obj_iter(values[i]);
        if (is_null(iterator)) {
            gc_pop_roots(1);
            return NULL;
        }
        result->items[i] = iterator;
    }
    gc_pop_roots(1);
    return result;
}

/* ---- enumerate ----------------------------------------------------- */

static Value enumerate_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    int keyword_count = kwnames ? (int)kwnames->length : 0;
    if (nargs + keyword_count > 2) {
        return raise_error(&type_type_error, "enumerate() takes at most 2 arguments (%d given)",
                           nargs + keyword_count);
    }
    Value iterable = nargs > 0 ? args[0] : value_null();
    Value start = nargs > 1 ? args[1] : value_null();
    for (int i = 0; i < keyword_count; i++) {
        Str *key = as_str(kwnames->items[i]);
        if (str_equal_cstr(key, "iterable")) iterable = args[nargs + i];
        else if (str_equal_cstr(key, "start")) start = args[nargs + i];
        else return raise_error(&type_type_error, "'%s' is an invalid keyword argument for enumerate()", str_cstr(key));
    }
    if (is_null(iterable)) return raise_error(&type_type_error, "enumerate() missing required argument 'iterable'");
    if (is_null(start)) {
        start = value_int(0);
    } else if (is_bool(start)) {
        start = value_int(start.as.boolean);
    } else if (!is_int_like(start)) {
        return raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(start));
    }
    Value iterator = obj_iter(iterable);
    if (is_null(iterator)) return iterator;
    Enumerate *enumerator = (Enumerate *)gc_alloc(cls, sizeof(Enumerate));
    if (!enumerator) return value_null();
    enumerator->iterator = iterator;
    enumerator->count = start;
    return value_object(enumerator);
}

static Value enumerate_next(Value self) {
    Enumerate *enumerator = (Enumerate *)self.as.object;
    if (is_null(enumerator->iterator)) return value_null();
    Value item = obj_next(enumerator->iterator);
    if (is_null(item)) {
        if (!error_pending()) enumerator->iterator = value_null();
        return item;
    }
    Value index = enumerator->count;
    Value next_count;
    if (is_small_int(index) && index.as.integer < INT64_MAX) {
        next_count = value_int(index.as.integer + 1);
    } else {
        gc_push_root(item);
        next_count = obj_binary(BINARY_ADD, index, value_int(1));
        gc_pop_roots(1);
        if (is_null(next_count)) return next_count;
    }
    enumerator->count = next_count;
    Tuple *pair = tuple_pack(2, index, item);
    return pair ? value_object(pair) : value_null();
}

static void enumerate_mark(Object *self) {
    Enumerate *enumerator = (Enumerate *)self;
    gc_mark_value(enumerator->iterator);
    gc_mark_value(enumerator->count);
}

Type type_enumerate = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "enumerate",
    .module_name = "builtins",
    .base_type = &type_object,
    .instance_size = sizeof(Enumerate),
    .new = enumerate_new,
    .init = iterators_init_accept,
    .iter = iterators_self,
    .next = enumerate_next,
    .gc_mark = enumerate_mark,
};

/* ---- zip ----------------------------------------------------------- */

static Value zip_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    bool strict = false;
    for (int64_t i = 0; kwnames && i < kwnames->length; i++) {
        Str *key = as_str(kwnames->items[i]);
        if (!str_equal_cstr(key, "strict"))
            return raise_error(&type_type_error, "'%s' is an invalid keyword argument for zip()", str_cstr(key));
        int truth = obj_truthy(args[nargs + i]);
        if (truth < 0) return value_null();
        strict = truth;
    }
    Tuple *iterators = iterators_from_iterables(args, nargs);
    if (!iterators) return value_null();
    Zip *zipper = (Zip *)gc_alloc(cls, sizeof(Zip));
    if (!zipper) return value_null();
    zipper->iterators = iterators;
    zipper->strict = strict;
    return value_object(zipper);
}

/* strict=True and iterator [index] ran out first (index > 0) or later
 * than the first: raise CPython's ValueError. */
static Value zip_strict_failure(Zip *zipper, int64_t index) {
    Tuple *iterators = zipper->iterators;
    zipper->iterators = NULL;
    if (index > 0) {
        return raise_error(&type_value_error, "zip() argument %lld is shorter than argument%s%lld",
                           (long long)index + 1, index == 1 ? " " : "s 1-", (long long)index);
    }
    for (int64_t i = 1; i < iterators->length; i++) {
        Value extra = obj_next(iterators->items[i]);
        if (is_null(extra)) {
            if (error_pending()) return extra;
            continue;
        }
        return raise_error(&type_value_error, "zip() argument %lld is longer than argument%s%lld",
                           (long long)i + 1, i == 1 ? " " : "s 1-", (long long)i);
    }
    return value_null();
}

static Value zip_next(Value self) {
    Zip *zipper = (Zip *)self.as.object;
    if (!zipper->iterators || zipper->iterators->length == 0) return value_null();
    int64_t count = zipper->iterators->length;
    Tuple *result = tuple_new(count);
    if (!result) return value_null();
    gc_push_root(value_object(result));
    for (int64_t i = 0; i < count; i++) {
        Value item = obj_next(zipper->iterators->items[i]);
        if (is_null(item)) {
            gc_pop_roots(1);
            if (error_pending()) return item;
            if (zipper->strict) return zip_strict_failure(zipper, i);
            zipper->iterators = NULL;
            return item;
        }
        result->items[i] = item;
    }
    gc_pop_roots(1);
    return value_object(result);
}

static void zip_mark(Object *self) { gc_mark_object((Object *)((Zip *)self)->iterators); }

Type type_zip = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "zip",
    .module_name = "builtins",
    .base_type = &type_object,
    .instance_size = sizeof(Zip),
    .new = zip_new,
    .init = iterators_init_accept,
    .iter = iterators_self,
    .next = zip_next,
    .gc_mark = zip_mark,
};

/* ---- map ----------------------------------------------------------- */

static Value map_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length > 0) return raise_error(&type_type_error, "map() takes no keyword arguments");
    if (nargs < 2) return raise_error(&type_type_error, "map() must have at least two arguments.");
    Tuple *iterators = iterators_from_iterables(args + 1, nargs - 1);
    if (!iterators) return value_null();
    Map *mapper = (Map *)gc_alloc(cls, sizeof(Map));
    if (!mapper) return value_null();
    mapper->function = args[0];
    mapper->iterators = iterators;
    return value_object(mapper);
}

static Value map_next(Value self) {
    Map *mapper = (Map *)self.as.object;
    if (!mapper->iterators) return value_null();
    int64_t count = mapper->iterators->length;
    Tuple *items = tuple_new(count);
    if (!items) return value_null();
    gc_push_root(value_object(items));
    for (int64_t i = 0; i < count; i++) {
        Value item = obj_next(mapper->iterators->items[i]);
        if (is_null(item)) {
            gc_pop_roots(1);
            if (!error_pending()) mapper->iterators = NULL;
            return item;
        }
        items->items[i] = item;
    }
    Value result = obj_call(mapper->function, items->items, (int)count, NULL);
    gc_pop_roots(1);
    return result;
}

static void map_mark(Object *self) {
    Map *mapper = (Map *)self;
    gc_mark_value(mapper->function);
    gc_mark_object((Object *)mapper->iterators);
}

Type type_map = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "map",
    .module_name = "builtins",
    .base_type = &type_object,
    .instance_size = sizeof(Map),
    .new = map_new,
    .init = iterators_init_accept,
    .iter = iterators_self,
    .next = map_next,
    .gc_mark = map_mark,
};

/* ---- filter -------------------------------------------------------- */

static Value filter_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length > 0) return raise_error(&type_type_error, "filter() takes no keyword arguments");
    if (nargs != 2) return raise_error(&type_type_error, "filter expected 2 arguments, got %d", nargs);
    Value iterator = obj_iter(args[1]);
    if (is_null(iterator)) return iterator;
    Filter *filterer = (Filter *)gc_alloc(cls, sizeof(Filter));
    if (!filterer) return value_null();
    filterer->function = args[0];
    filterer->iterator = iterator;
    return value_object(filterer);
}

static Value filter_next(Value self) {
    Filter *filterer = (Filter *)self.as.object;
    while (!is_null(filterer->iterator)) {
        Value item = obj_next(filterer->iterator);
        if (is_null(item)) {
            if (!error_pending()) filterer->iterator = value_null();
            return item;
        }
        int keep;
        if (is_none(filterer->function) || value_is_same(filterer->function, value_object(&type_bool))) {
            keep = obj_truthy(item);
        } else {
            gc_push_root(item);
            Value verdict = obj_call(filterer->function, &item, 1, NULL);
            keep = is_null(verdict) ? -1 : obj_truthy(verdict);
            gc_pop_roots(1);
        }
        if (keep < 0) return value_null();
        if (keep) return item;
    }
    return value_null();
}

static void filter_mark(Object *self) {
    Filter *filterer = (Filter *)self;
    gc_mark_value(filterer->function);
    gc_mark_value(filterer->iterator);
}

Type type_filter = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "filter",
    .module_name = "builtins",
    .base_type = &type_object,
    .instance_size = sizeof(Filter),
    .new = filter_new,
    .init = iterators_init_accept,
    .iter = iterators_self,
    .next = filter_next,
    .gc_mark = filter_mark,
};

/* ---- reversed ------------------------------------------------------ */

/* reversed(seq): seq.__reversed__() if the type has one, else the
 * sequence protocol (__len__ and __getitem__ from the end). */
static Value reversed_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length > 0) return raise_error(&type_type_error, "reversed() takes no keyword arguments");
    if (nargs != 1) return raise_error(&type_type_error, "reversed expected 1 argument, got %d", nargs);
    Value sequence = args[0];
    Type *type = value_type(sequence);
    Value method = type_lookup_cstr(type, "__reversed__");
    if (!is_null(method)) {
        if (is_none(method)) return raise_error(&type_type_error, "'%s' object is not reversible", type->name);
        return obj_call_method(sequence, "__reversed__", NULL, 0);
    }
    bool has_getitem = type->getitem != NULL || !is_null(type_lookup_cstr(type, "__getitem__"));
    bool has_length = type->length != NULL || !is_null(type_lookup_cstr(type, "__len__"));
    if (!has_getitem || !has_length)
        return raise_error(&type_type_error, "'%s' object is not reversible", type->name);
    int64_t length = obj_length(sequence);
    if (length < 0) return value_null();
    Reversed *reverser = (Reversed *)gc_alloc(cls, sizeof(Reversed));
    if (!reverser) return value_null();
    reverser->sequence = sequence;
    reverser->index = length - 1;
    return value_object(reverser);
}

static Value reversed_next(Value self) {
    Reversed *reverser = (Reversed *)self.as.object;
    if (is_null(reverser->sequence) || reverser->index < 0) {
        reverser->sequence = value_null();
        return value_null();
    }
    Value item = obj_getitem(reverser->sequence, value_int(reverser->index));
    if (is_null(item)) {
        /* a sequence that shrank: IndexError/StopIteration end the iteration */
        if (error_matches(&type_index_error) || error_matches(&type_stop_iteration)) error_clear();
        reverser->sequence = value_null();
        return item;
    }
    reverser->index--;
    return item;
}

static Value reversed_length_hint(Value *args, int nargs, Tuple *kwnames) {
    Reversed *reverser = (Reversed *)args[0].as.object;
    return value_int(is_null(reverser->sequence) ? 0 : reverser->index + 1);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, METHOD_INSTANCE, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static void reversed_mark(Object *self) { gc_mark_value(((Reversed *)self)->sequence); }

Type type_reversed = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "reversed",
    .module_name = "builtins",
    .base_type = &type_object,
    .instance_size = sizeof(Reversed),
    .methods = reversed_methods,
    .new = reversed_new,
    .init = iterators_init_accept,
    .iter = iterators_self,
    .next = reversed_next,
    .gc_mark = reversed_mark,
};

/* ---- iter(callable, sentinel) -------------------------------------- */

/* Contract: a callable_iterator calling [callable] with no arguments until
 * it returns something equal to [sentinel]. Allocates. */
Value iterators_callable_new(Value callable, Value sentinel) {
    CallableIterator *caller = (CallableIterator *)gc_alloc(&type_callable_iterator, sizeof(CallableIterator));
    if (!caller) return value_null();
    caller->callable = callable;
    caller->sentinel = sentinel;
    return value_object(caller);
}

static Value callable_iterator_next(Value self) {
    CallableIterator *caller = (CallableIterator *)self.as.object;
    if (is_null(caller->callable)) return value_null();
    Value result = obj_call(caller->callable, NULL, 0, NULL);
    if (is_null(result)) {
        if (error_matches(&type_stop_iteration)) {
            error_clear();
            caller->callable = value_null();
        }
        return result;
    }
    gc_push_root(result);
    int equal = obj_equal(result, caller->sentinel);
    gc_pop_roots(1);
    if (equal < 0) return value_null();
    if (equal) {
        caller->callable = value_null();
        return value_null();
    }
    return result;
}

static void callable_iterator_mark(Object *self) {
    CallableIterator *caller = (CallableIterator *)self;
    gc_mark_value(caller->callable);
    gc_mark_value(caller->sentinel);
}

Type type_callable_iterator = {
    .base = {.type = &type_type, .flags = OBJECT_STATIC},
    .name = "callable_iterator",
    .module_name = "builtins",
    .base_type = &type_object,
    .instance_size = sizeof(CallableIterator),
    .flags = TYPE_ABSTRACT_NEW,
    .iter = iterators_self,
    .next = callable_iterator_next,
    .gc_mark = callable_iterator_mark,
};

/* Contract: ready the iterator types (called from builtins_init). */
void iterators_types_init(void) {
    type_ready(&type_enumerate);
    type_ready(&type_zip);
    type_ready(&type_map);
    type_ready(&type_filter);
    type_ready(&type_reversed);
    type_ready(&type_callable_iterator);
}
