/* dict.c — Python's dict: an insertion-ordered hash table (dict.h).
 *
 * Two arrays, CPython's "compact dict":
 *
 *   indices[index_size]  int32 slots: DICT_EMPTY, DICT_DUMMY (a deleted
 *                        entry used to be here: keep probing), or the
 *                        position of an entry;
 *   entries[...]         (hash, key, value) in insertion order; a deleted
 *                        entry keeps its place with a VAL_NULL key.
 *
 * Probing is CPython's: slot = hash & mask, then
 * slot = (slot * 5 + perturb + 1) & mask with perturb >>= 5 each step, so
 * every slot is eventually visited. The table is rebuilt (and deleted entries
 * squeezed out) when the entries array is full; entries_capacity is 2/3 of
 * index_size, so the index table is never more than 2/3 full.
 *
 * A key comparison may run a user __eq__ that changes the dict. After each
 * such call the lookup checks that the entry it was looking at is still
 * there and starts over if not (CPython does the same).
 *
 * This file also defines the views (d.keys(), d.values(), d.items()) and
 * the iterators over dicts and views.
 */
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"

enum { DICT_EMPTY = -1, DICT_DUMMY = -2, DICT_MIN_SIZE = 8, DICT_PERTURB_SHIFT = 5 };

static bool dict_check(Value v) { return is_object(v) && type_is_subtype(v.as.object->type, &type_dict); }

/* ---- the table --------------------------------------------------------- */

/* Build index and entry arrays of [index_size] slots holding the live
 * entries of [dict] (in order), replacing the old ones. */
static bool dict_rebuild(Dict *dict, int64_t index_size) {
    int64_t capacity = index_size * 2 / 3;
    int32_t *indices = gc_realloc(NULL, 0, (size_t)index_size * sizeof(int32_t));
    if (!indices) return false;
    DictEntry *entries = gc_realloc(NULL, 0, (size_t)capacity * sizeof(DictEntry));
    if (!entries) { gc_free_buffer(indices, (size_t)index_size * sizeof(int32_t)); return false; }
    memset(indices, 0xff, (size_t)index_size * sizeof(int32_t)); /* all DICT_EMPTY */
    uint64_t mask = (uint64_t)index_size - 1;
    int64_t used = 0;
    for (int64_t i = 0; i < dict->entries_used; i++) {
        DictEntry *entry = &dict->entries[i];
        if (is_null(entry->key)) continue;
        uint64_t perturb = (uint64_t)entry->hash, slot = perturb & mask;
        while (indices[slot] != DICT_EMPTY) {
            perturb >>= DICT_PERTURB_SHIFT;
            slot = (slot * 5 + perturb + 1) & mask;
        }
        indices[slot] = (int32_t)used;
        entries[used++] = *entry;
    }
    gc_free_buffer(dict->indices, (size_t)dict->index_size * sizeof(int32_t));
    gc_free_buffer(dict->entries, (size_t)dict->entries_capacity * sizeof(DictEntry));
    dict->indices = indices;
    dict->index_size = index_size;
    dict->entries = entries;
    dict->entries_capacity = capacity;
    dict->entries_used = used;
    dict->version++;
    return true;
}

/* Make room for one more entry. */
static bool dict_make_room(Dict *dict) {
    if (dict->entries_used < dict->entries_capacity) return true;
    int64_t size = DICT_MIN_SIZE;
    while (size * 2 / 3 <= dict->count * 2 + 1) size <<= 1;
    return dict_rebuild(dict, size);
}

/* An empty dict. May raise MemoryError. */
Dict *dict_new(void) { return (Dict *)gc_alloc(&type_dict, sizeof(Dict)); }

static Dict *dict_alloc(Type *type) {
    size_t size = type->instance_size < sizeof(Dict) ? sizeof(Dict) : type->instance_size;
    return (Dict *)gc_alloc(type, size);
}

/* Find [key] with [hash]: returns the entry position or -1 (absent) or -2
 * (error); *slot_out gets its index slot (or the first empty slot). */
static int64_t dict_lookup(Dict *dict, Value key, int64_t hash, uint64_t *slot_out) {
restart:
    if (dict->index_size == 0) return -1;
    uint64_t mask = (uint64_t)dict->index_size - 1;
    uint64_t perturb = (uint64_t)hash, slot = perturb & mask;
    for (;;) {
        int32_t position = dict->indices[slot];
        if (position == DICT_EMPTY) { *slot_out = slot; return -1; }
        if (position >= 0) {
            DictEntry *entry = &dict->entries[position];
            if (value_is_same(entry->key, key)) { *slot_out = slot; return position; }
            if (entry->hash == hash) {
                if (is_str(entry->key) && is_str(key)) {
                    if (str_equal(as_str(entry->key), as_str(key))) { *slot_out = slot; return position; }
                } else {
                    Value start_key = entry->key;
                    DictEntry *start_entries = dict->entries;
                    int equal = obj_equal(start_key, key);
                    if (equal < 0) return -2;
                    if (dict->entries != start_entries || !value_is_same(dict->entries[position].key, start_key))
                        goto restart;
                    if (equal) { *slot_out = slot; return position; }
                }
            }
        }
        perturb >>= DICT_PERTURB_SHIFT;
        slot = (slot * 5 + perturb + 1) & mask;
    }
}

/* The value for [key], or VAL_NULL (exception pending only if hashing or
 * comparing raised). */
Value dict_get(Dict *dict, Value key) {
    int64_t hash;
    if (!obj_hash(key, &hash)) return value_null();
    uint64_t slot;
    int64_t position = dict_lookup(dict, key, hash, &slot);
    return position >= 0 ? dict->entries[position].value : value_null();
}

/* Fast lookup for a str key: interned strs match by pointer, others by
 * bytes; non-str keys with the same hash take the generic path. */
Value dict_get_str(Dict *dict, Str *key) {
    if (dict->index_size == 0) return value_null();
    int64_t hash = str_hash(key);
    uint64_t mask = (uint64_t)dict->index_size - 1;
    uint64_t perturb = (uint64_t)hash, slot = perturb & mask;
    for (;;) {
        int32_t position = dict->indices[slot];
        if (position == DICT_EMPTY) return value_null();
        if (position >= 0) {
            DictEntry *entry = &dict->entries[position];
            if (entry->key.tag == VAL_OBJ && entry->key.as.object == (Object *)key) return entry->value;
            if (entry->hash == hash) {
                if (!is_str(entry->key)) return dict_get(dict, value_object(key));
                if (str_equal(as_str(entry->key), key)) return entry->value;
            }
        }
        perturb >>= DICT_PERTURB_SHIFT;
        slot = (slot * 5 + perturb + 1) & mask;
    }
}

Value dict_get_cstr(Dict *dict, const char *key) { return dict_get_str(dict, str_intern(key)); }

/* Insert or replace with a known hash. */
static bool dict_set_hashed(Dict *dict, Value key, int64_t hash, Value value) {
    uint64_t slot;
    int64_t position = dict_lookup(dict, key, hash, &slot);
    if (position == -2) return false;
    if (position >= 0) {
        dict->entries[position].value = value;
        return true;
    }
    if (dict->entries_used >= dict->entries_capacity) {
        if (!dict_make_room(dict)) return false;
        position = dict_lookup(dict, key, hash, &slot); /* the empty slot moved */
    }
    position = dict->entries_used++;
    dict->entries[position] = (DictEntry){hash, key, value};
    dict->indices[slot] = (int32_t)position;
    dict->count++;
    dict->version++;
    return true;
}

/* dict[key] = value. TypeError for unhashable keys. */
bool dict_set(Dict *dict, Value key, Value value) {
    int64_t hash;
    if (!obj_hash(key, &hash)) return false;
    return dict_set_hashed(dict, key, hash, value);
}

bool dict_set_str(Dict *dict, Str *key, Value value) { return dict_set_hashed(dict, value_object(key), str_hash(key), value); }

bool dict_set_cstr(Dict *dict, const char *key, Value value) { return dict_set_str(dict, str_intern(key), value); }

static void dict_remove_at(Dict *dict, uint64_t slot, int64_t position) {
    dict->indices[slot] = DICT_DUMMY;
    dict->entries[position].key = value_null();
    dict->entries[position].value = value_null();
    dict->count--;
    dict->version++;
}

/* The index slot that points at entry [position] (found by probing its
 * hash, without comparing keys). */
static uint64_t dict_slot_of(Dict *dict, int64_t position) {
    uint64_t mask = (uint64_t)dict->index_size - 1;
    uint64_t perturb = (uint64_t)dict->entries[position].hash, slot = perturb & mask;
    while (dict->indices[slot] != position) {
        perturb >>= DICT_PERTURB_SHIFT;
        slot = (slot * 5 + perturb + 1) & mask;
    }
    return slot;
}

/* del dict[key]: 1 deleted, 0 absent, -1 error. */
int dict_delete(Dict *dict, Value key) {
    int64_t hash;
    if (!obj_hash(key, &hash)) return -1;
    uint64_t slot;
    int64_t position = dict_lookup(dict, key, hash, &slot);
    if (position == -2) return -1;
    if (position < 0) return 0;
    dict_remove_at(dict, slot, position);
    return 1;
}

/* Iterate live entries: start with *position = 0. */
bool dict_next(Dict *dict, int64_t *position, Value *key, Value *value) {
    while (*position < dict->entries_used) {
        DictEntry *entry = &dict->entries[(*position)++];
        if (is_null(entry->key)) continue;
        if (key) *key = entry->key;
        if (value) *value = entry->value;
        return true;
    }
    return false;
}

static void dict_clear(Dict *dict) {
    gc_free_buffer(dict->indices, (size_t)dict->index_size * sizeof(int32_t));
    gc_free_buffer(dict->entries, (size_t)dict->entries_capacity * sizeof(DictEntry));
    dict->indices = NULL;
    dict->entries = NULL;
    dict->index_size = dict->entries_capacity = dict->entries_used = dict->count = 0;
    dict->version++;
}

/* A shallow copy (always an exact dict). */
Dict *dict_copy(Dict *dict) {
    Dict *copy = dict_new();
    if (!copy) return NULL;
    for (int64_t i = 0; i < dict->entries_used; i++) {
        DictEntry *entry = &dict->entries[i];
        if (is_null(entry->key)) continue;
        if (!dict_make_room(copy)) return NULL;
        uint64_t slot;
        dict_lookup(copy, entry->key, entry->hash, &slot); /* keys are distinct: no __eq__ runs */
        copy->entries[copy->entries_used] = *entry;
        copy->indices[slot] = (int32_t)copy->entries_used++;
        copy->count++;
    }
    return copy;
}

/* ---- update ------------------------------------------------------------ */

static bool dict_merge_dict(Dict *dict, Dict *other) {
    if (dict == other) return true;
    for (int64_t i = 0; i < other->entries_used; i++) {
        DictEntry entry = other->entries[i];
        if (is_null(entry.key)) continue;
        if (!dict_set_hashed(dict, entry.key, entry.hash, entry.value)) return false;
    }
    return true;
}

/* update from an object with keys(): for k in other.keys(): d[k] = other[k]. */
static bool dict_merge_mapping(Dict *dict, Value other) {
    Value keys = obj_call_method(other, "keys", NULL, 0);
    if (is_null(keys)) return false;
    gc_push_root(keys);
    Value iterator = obj_iter(keys);
    gc_pop_roots(1);
    if (is_null(iterator)) return false;
    gc_push_root(iterator);
    bool ok = true;
    for (;;) {
        Value key = obj_next(iterator);
        if (is_null(key)) { ok = !error_pending(); break; }
        gc_push_root(key);
        Value value = obj_getitem(other, key);
        gc_push_root(value);
        ok = !is_null(value) && dict_set(dict, key, value);
        gc_pop_roots(2);
        if (!ok) break;
    }
    gc_pop_roots(1);
    return ok;
}

/* One element of an update sequence: must be an iterable of length 2. */
static bool dict_merge_pair(Dict *dict, Value item, int64_t index) {
    Type *type = value_type(item);
    if (!type->iter && !type->getitem) {
        raise_error(&type_type_error, "cannot convert dictionary update sequence element #%lld to a sequence",
                    (long long)index);
        return false;
    }
    gc_push_root(item);
    List *pair = list_from_iterable(item);
    gc_pop_roots(1);
    if (!pair) return false;
    if (pair->length != 2) {
        raise_error(&type_value_error, "dictionary update sequence element #%lld has length %lld; 2 is required",
                    (long long)index, (long long)pair->length);
        return false;
    }
    gc_push_root(value_object(pair));
    bool ok = dict_set(dict, pair->items[0], pair->items[1]);
    gc_pop_roots(1);
    return ok;
}

static bool dict_merge_pairs(Dict *dict, Value other) {
    Value iterator = obj_iter(other);
    if (is_null(iterator)) return false;
    gc_push_root(iterator);
    bool ok = true;
    for (int64_t index = 0;; index++) {
        Value item = obj_next(iterator);
        if (is_null(item)) { ok = !error_pending(); break; }
        if (!dict_merge_pair(dict, item, index)) { ok = false; break; }
    }
    gc_pop_roots(1);
    return ok;
}

/* dict.update(other): from a dict, from anything with keys(), or from an
 * iterable of pairs. May call back into Python. */
bool dict_update(Dict *dict, Value other) {
    if (dict_check(other) && value_type(other)->iter == type_dict.iter) return dict_merge_dict(dict, as_dict(other));
    Value keys = obj_lookup_attr(other, str_intern("keys"));
    if (is_null(keys) && error_pending()) return false;
    if (!is_null(keys)) return dict_merge_mapping(dict, other);
    return dict_merge_pairs(dict, other);
}

/* The keyword arguments of dict(**kw) / update(**kw). */
static bool dict_update_keywords(Dict *dict, Value *args, int nargs, Tuple *kwnames) {
    int64_t count = kwnames ? kwnames->length : 0;
    for (int64_t i = 0; i < count; i++)
        if (!dict_set(dict, kwnames->items[i], args[nargs + i])) return false;
    return true;
}

/* ---- construction, repr, compare --------------------------------------- */

static Value dict_new_slot(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    Dict *dict = dict_alloc(cls);
    return dict ? value_object(dict) : value_null();
}

static bool dict_init(Value self, Value *args, int nargs, Tuple *kwnames) {
    if (nargs > 1) {
        raise_error(&type_type_error, "dict expected at most 1 argument, got %d", nargs);
        return false;
    }
    if (nargs == 1 && !dict_update(as_dict(self), args[0])) return false;
    return dict_update_keywords(as_dict(self), args, nargs, kwnames);
}

static Dict *dict_repr_stack[1000]; /* nesting deeper than this is a RecursionError */
static int dict_repr_depth;

static bool dict_repr_entries(Dict *dict, StrBuilder *sb) {
    bool first = true;
    for (int64_t i = 0; i < dict->entries_used; i++) {
        DictEntry entry = dict->entries[i];
        if (is_null(entry.key)) continue;
        if (!first) sb_append_cstr(sb, ", ");
        first = false;
        Value text = obj_repr(entry.key);
        if (is_null(text)) return false;
        sb_append_str(sb, as_str(text));
        sb_append_cstr(sb, ": ");
        text = obj_repr(entry.value);
        if (is_null(text)) return false;
        sb_append_str(sb, as_str(text));
    }
    return true;
}

static Value dict_repr(Value self) {
    Dict *dict = as_dict(self);
    if (dict->count == 0) return str_value(str_intern("{}"));
    for (int i = 0; i < dict_repr_depth; i++)
        if (dict_repr_stack[i] == dict) return str_value(str_intern("{...}"));
    if (dict_repr_depth >= (int)(sizeof dict_repr_stack / sizeof dict_repr_stack[0]))
        return raise_error(&type_recursion_error, "maximum recursion depth exceeded while getting the repr of an object");
    dict_repr_stack[dict_repr_depth++] = dict;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_char(&sb, '{');
    bool ok = dict_repr_entries(dict, &sb);
    dict_repr_depth--;
    if (!ok) { sb_free(&sb); return value_null(); }
    sb_append_char(&sb, '}');
    return str_value(sb_finish(&sb));
}

/* a == b: same size and every key of a maps to an equal value in b. */
static int dict_equal(Dict *a, Dict *b) {
    if (a->count != b->count) return 0;
    for (int64_t i = 0; i < a->entries_used; i++) {
        DictEntry entry = a->entries[i];
        if (is_null(entry.key)) continue;
        uint64_t slot;
        int64_t position = dict_lookup(b, entry.key, entry.hash, &slot);
        if (position == -2) return -1;
        if (position < 0) return 0;
        Value other_value = b->entries[position].value;
        gc_push_root(entry.key);
        gc_push_root(entry.value);
        gc_push_root(other_value);
        int equal = obj_equal(entry.value, other_value);
        gc_pop_roots(3);
        if (equal <= 0) return equal;
        if (i >= a->entries_used) break;
    }
    return 1;
}

static Value dict_compare(Value a, Value b, CompareOp op) {
    if (!dict_check(a) || !dict_check(b) || (op != COMPARE_EQ && op != COMPARE_NE)) return value_not_implemented();
    int equal = dict_equal(as_dict(a), as_dict(b));
    if (equal < 0) return value_null();
    return value_bool(op == COMPARE_EQ ? equal : !equal);
}

static Value dict_binary(BinaryOp op, Value left, Value right) {
    if (op == BINARY_OR) {
        if (!dict_check(left) || !dict_check(right)) return value_not_implemented();
        Dict *result = dict_copy(as_dict(left));
        if (!result) return value_null();
        gc_push_root(value_object(result));
        bool ok = dict_merge_dict(result, as_dict(right));
        gc_pop_roots(1);
        return ok ? value_object(result) : value_null();
    }
    if (op == BINARY_INPLACE_OR && dict_check(left))
        return dict_update(as_dict(left), right) ? left : value_null();
    return value_not_implemented();
}

/* ---- item access ------------------------------------------------------- */

static int64_t dict_length(Value self) { return as_dict(self)->count; }

static Value dict_getitem(Value self, Value key) {
    Value value = dict_get(as_dict(self), key);
    if (!is_null(value) || error_pending()) return value;
    if (self.as.object->type != &type_dict &&
        type_lookup_cstr(self.as.object->type, "__missing__").tag != VAL_NULL)
        return obj_call_method(self, "__missing__", &key, 1);
    return raise_with_value(&type_key_error, key);
}

static bool dict_setitem(Value self, Value key, Value value) {
    if (!is_null(value)) return dict_set(as_dict(self), key, value);
    int deleted = dict_delete(as_dict(self), key);
    if (deleted == 0) raise_with_value(&type_key_error, key);
    return deleted == 1;
}

static int dict_contains(Value self, Value key) {
    Value value = dict_get(as_dict(self), key);
    if (is_null(value)) return error_pending() ? -1 : 0;
    return 1;
}

/* ---- iterators --------------------------------------------------------- */

typedef enum DictIterKind { DICT_ITER_KEYS, DICT_ITER_VALUES, DICT_ITER_ITEMS } DictIterKind;

typedef struct DictIterator {
    Object base;
    Dict *dict;         /* NULL once exhausted */
    int64_t position;   /* next entry (reverse: the one before it) */
    int64_t count;      /* dict size when iteration began */
    int64_t remaining;  /* items still expected: more means keys changed */
    DictIterKind kind;
    bool reverse;
} DictIterator;

static Type type_dict_value_iterator, type_dict_item_iterator, type_dict_reverse_key_iterator,
    type_dict_reverse_value_iterator, type_dict_reverse_item_iterator;

static Value dict_iterator_make(Dict *dict, DictIterKind kind, bool reverse) {
    static Type *const forward[] = {&type_dict_iterator, &type_dict_value_iterator, &type_dict_item_iterator};
    static Type *const backward[] = {&type_dict_reverse_key_iterator, &type_dict_reverse_value_iterator,
                                     &type_dict_reverse_item_iterator};
    DictIterator *iterator = (DictIterator *)gc_alloc(reverse ? backward[kind] : forward[kind], sizeof(DictIterator));
    if (!iterator) return value_null();
    iterator->dict = dict;
    iterator->kind = kind;
    iterator->reverse = reverse;
    iterator->count = dict->count;
    iterator->remaining = dict->count;
    iterator->position = reverse ? dict->entries_used - 1 : 0;
    return value_object(iterator);
}

static Value dict_iter(Value self) { return dict_iterator_make(as_dict(self), DICT_ITER_KEYS, false); }

/* The next live entry, or NULL at the end. */
static DictEntry *dict_iterator_advance(DictIterator *iterator) {
    Dict *dict = iterator->dict;
    if (iterator->reverse) {
        if (iterator->position >= dict->entries_used) iterator->position = dict->entries_used - 1;
        while (iterator->position >= 0) {
            DictEntry *entry = &dict->entries[iterator->position--];
            if (!is_null(entry->key)) return entry;
        }
        return NULL;
    }
    while (iterator->position < dict->entries_used) {
        DictEntry *entry = &dict->entries[iterator->position++];
        if (!is_null(entry->key)) return entry;
    }
    return NULL;
}

static Value dict_iterator_next(Value self) {
    DictIterator *iterator = (DictIterator *)self.as.object;
    if (!iterator->dict) return value_null();
    if (iterator->dict->count != iterator->count) {
        iterator->count = -1; /* stays broken, as in CPython */
        return raise_error(&type_runtime_error, "dictionary changed size during iteration");
    }
    DictEntry *entry = dict_iterator_advance(iterator);
    if (!entry) {
        iterator->dict = NULL;
        return value_null();
    }
    if (iterator->remaining-- <= 0) {
        iterator->remaining = 0;
        return raise_error(&type_runtime_error, "dictionary keys changed during iteration");
    }
    if (iterator->kind == DICT_ITER_KEYS) return entry->key;
    if (iterator->kind == DICT_ITER_VALUES) return entry->value;
    Tuple *pair = tuple_pack(2, entry->key, entry->value);
    return pair ? value_object(pair) : value_null();
}

static Value dict_iterator_self(Value self) { return self; }

static void dict_iterator_mark(Object *self) { gc_mark_object((Object *)((DictIterator *)self)->dict); }

#define DICT_ITERATOR_TYPE(variable, type_name)                                                   \
    variable = {.name = type_name, .instance_size = sizeof(DictIterator), .iter = dict_iterator_self, \
                .next = dict_iterator_next, .gc_mark = dict_iterator_mark}

Type DICT_ITERATOR_TYPE(type_dict_iterator, "dict_keyiterator");
static Type DICT_ITERATOR_TYPE(type_dict_value_iterator, "dict_valueiterator");
static Type DICT_ITERATOR_TYPE(type_dict_item_iterator, "dict_itemiterator");
static Type DICT_ITERATOR_TYPE(type_dict_reverse_key_iterator, "dict_reversekeyiterator");
static Type DICT_ITERATOR_TYPE(type_dict_reverse_value_iterator, "dict_reversevalueiterator");
static Type DICT_ITERATOR_TYPE(type_dict_reverse_item_iterator, "dict_reverseitemiterator");

/* ---- views ------------------------------------------------------------- */

typedef struct DictView {
    Object base;
    Dict *dict;
} DictView;

static DictIterKind dict_view_kind(Value view) {
    Type *type = view.as.object->type;
    return type == &type_dict_keys ? DICT_ITER_KEYS : type == &type_dict_values ? DICT_ITER_VALUES : DICT_ITER_ITEMS;
}

static Value dict_view_make(Type *type, Dict *dict) {
    DictView *view = (DictView *)gc_alloc(type, sizeof(DictView));
    if (!view) return value_null();
    view->dict = dict;
    return value_object(view);
}

static Dict *view_dict(Value view) { return ((DictView *)view.as.object)->dict; }

static int64_t dict_view_length(Value self) { return view_dict(self)->count; }

static Value dict_view_iter(Value self) { return dict_iterator_make(view_dict(self), dict_view_kind(self), false); }

static Value dict_view_reversed(Value *args, int nargs, Tuple *kwnames) {
    return dict_iterator_make(view_dict(args[0]), dict_view_kind(args[0]), true);
}

static Value dict_view_repr(Value self) {
    List *items = list_from_iterable(self);
    if (!items) return value_null();
    gc_push_root(value_object(items));
    Value inner = obj_repr(value_object(items));
    gc_pop_roots(1);
    if (is_null(inner)) return inner;
    return str_value(str_from_format("%s(%s)", self.as.object->type->name, str_cstr(as_str(inner))));
}

static int dict_view_contains(Value self, Value item) {
    Dict *dict = view_dict(self);
    if (self.as.object->type == &type_dict_keys) return dict_contains(value_object(dict), item);
    if (self.as.object->type == &type_dict_values) {
        for (int64_t i = 0; i < dict->entries_used; i++) {
            if (is_null(dict->entries[i].key)) continue;
            int equal = obj_equal(dict->entries[i].value, item);
            if (equal != 0) return equal;
        }
        return 0;
    }
    if (!is_tuple(item) || as_tuple(item)->length != 2) return 0;
    Value value = dict_get(dict, as_tuple(item)->items[0]);
    if (is_null(value)) return error_pending() ? -1 : 0;
    return obj_equal(value, as_tuple(item)->items[1]);
}

/* set(value): a fresh set of the items of any iterable. */
static Value dict_view_to_set(Value value) {
    Set *set = set_new(&type_set);
    if (!set) return value_null();
    gc_push_root(value_object(set));
    bool ok = set_update(set, value);
    gc_pop_roots(1);
    return ok ? value_object(set) : value_null();
}

static bool dict_view_is_setlike(Value v) {
    return is_anyset(v) || is_object_of(v, &type_dict_keys) || is_object_of(v, &type_dict_items);
}

/* keys and items views are set-like: & | - ^ give sets, as in CPython. */
static Value dict_view_binary(BinaryOp op, Value left, Value right) {
    static const char *const in_place_methods[] = {
        [BINARY_AND] = "intersection_update", [BINARY_OR] = "update",
        [BINARY_SUBTRACT] = "difference_update", [BINARY_XOR] = "symmetric_difference_update"};
    if (op >= BINARY_INPLACE_OFFSET) return value_not_implemented();
    if (op != BINARY_AND && op != BINARY_OR && op != BINARY_SUBTRACT && op != BINARY_XOR) return value_not_implemented();
    Value result = dict_view_to_set(left);
    if (is_null(result)) return result;
    gc_push_root(result);
    Value done = obj_call_method(result, in_place_methods[op], &right, 1);
    gc_pop_roots(1);
    return is_null(done) ? done : result;
}

static Value dict_view_compare(Value a, Value b, CompareOp op) {
    if (!dict_view_is_setlike(a) || !dict_view_is_setlike(b)) return value_not_implemented();
    Value left = dict_view_to_set(a);
    if (is_null(left)) return left;
    gc_push_root(left);
    Value right = dict_view_to_set(b);
    gc_push_root(right);
    Value result = is_null(right) ? right : obj_compare(left, right, op);
    gc_pop_roots(2);
    return result;
}

static Value dict_view_isdisjoint(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("isdisjoint", nargs - 1, kwnames)) return value_null();
    Value iterator = obj_iter(args[1]);
    if (is_null(iterator)) return iterator;
    gc_push_root(iterator);
    Value result = value_bool(true);
    for (;;) {
        Value item = obj_next(iterator);
        if (is_null(item)) { if (error_pending()) result = item; break; }
        int contained = dict_view_contains(args[0], item);
        if (contained != 0) { result = contained < 0 ? value_null() : value_bool(false); break; }
    }
    gc_pop_roots(1);
    return result;
}

static void dict_view_mark(Object *self) { gc_mark_object((Object *)((DictView *)self)->dict); }

static const MethodDef dict_setlike_view_methods[] = {
    {"__reversed__", dict_view_reversed, METHOD_INSTANCE, NULL},
    {"isdisjoint", dict_view_isdisjoint, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef dict_values_view_methods[] = {
    {"__reversed__", dict_view_reversed, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_dict_keys = {
    .name = "dict_keys", .instance_size = sizeof(DictView), .methods = dict_setlike_view_methods,
    .repr = dict_view_repr, .compare = dict_view_compare, .binary = dict_view_binary,
    .length = dict_view_length, .contains = dict_view_contains, .iter = dict_view_iter,
    .gc_mark = dict_view_mark,
};

Type type_dict_items = {
    .name = "dict_items", .instance_size = sizeof(DictView), .methods = dict_setlike_view_methods,
    .repr = dict_view_repr, .compare = dict_view_compare, .binary = dict_view_binary,
    .length = dict_view_length, .contains = dict_view_contains, .iter = dict_view_iter,
    .gc_mark = dict_view_mark,
};

Type type_dict_values = {
    .name = "dict_values", .instance_size = sizeof(DictView), .methods = dict_values_view_methods,
    .repr = dict_view_repr, .length = dict_view_length, .contains = dict_view_contains,
    .iter = dict_view_iter, .gc_mark = dict_view_mark,
};

/* ---- methods ----------------------------------------------------------- */

static Value dict_method_keys(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("dict.keys", nargs - 1, kwnames)) return value_null();
    return dict_view_make(&type_dict_keys, as_dict(args[0]));
}

static Value dict_method_values(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("dict.values", nargs - 1, kwnames)) return value_null();
    return dict_view_make(&type_dict_values, as_dict(args[0]));
}

static Value dict_method_items(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("dict.items", nargs - 1, kwnames)) return value_null();
    return dict_view_make(&type_dict_items, as_dict(args[0]));
}

static Value dict_method_get(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_range("dict.get", nargs - 1, 1, 2, kwnames)) return value_null();
    Value value = dict_get(as_dict(args[0]), args[1]);
    if (!is_null(value) || error_pending()) return value;
    return nargs > 2 ? args[2] : value_none();
}

static Value dict_method_setdefault(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_range("dict.setdefault", nargs - 1, 1, 2, kwnames)) return value_null();
    Value value = dict_get(as_dict(args[0]), args[1]);
    if (!is_null(value) || error_pending()) return value;
    Value fallback = nargs > 2 ? args[2] : value_none();
    return dict_set(as_dict(args[0]), args[1], fallback) ? fallback : value_null();
}

static Value dict_method_pop(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_range("dict.pop", nargs - 1, 1, 2, kwnames)) return value_null();
    Dict *dict = as_dict(args[0]);
    int64_t hash;
    if (!obj_hash(args[1], &hash)) return value_null();
    uint64_t slot;
    int64_t position = dict_lookup(dict, args[1], hash, &slot);
    if (position == -2) return value_null();
    if (position < 0) return nargs > 2 ? args[2] : raise_with_value(&type_key_error, args[1]);
    Value value = dict->entries[position].value;
    dict_remove_at(dict, slot, position);
    return value;
}

static Value dict_method_popitem(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("dict.popitem", nargs - 1, kwnames)) return value_null();
    Dict *dict = as_dict(args[0]);
    if (dict->count == 0) return raise_with_value(&type_key_error, str_value(str_from_cstr("popitem(): dictionary is empty")));
    int64_t position = dict->entries_used - 1;
    while (is_null(dict->entries[position].key)) position--;
    DictEntry entry = dict->entries[position];
    Tuple *pair = tuple_pack(2, entry.key, entry.value);
    if (!pair) return value_null();
    dict_remove_at(dict, dict_slot_of(dict, position), position);
    return value_object(pair);
}

static Value dict_method_update(Value *args, int nargs, Tuple *kwnames) {
    if (nargs > 2) return raise_error(&type_type_error, "update expected at most 1 argument, got %d", nargs - 1);
    if (nargs == 2 && !dict_update(as_dict(args[0]), args[1])) return value_null();
    return dict_update_keywords(as_dict(args[0]), args, nargs, kwnames) ? value_none() : value_null();
}

static Value dict_method_clear(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("dict.clear", nargs - 1, kwnames)) return value_null();
    dict_clear(as_dict(args[0]));
    return value_none();
}

static Value dict_method_copy(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("dict.copy", nargs - 1, kwnames)) return value_null();
    Dict *copy = dict_copy(as_dict(args[0]));
    return copy ? value_object(copy) : value_null();
}

static Value dict_method_reversed(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("dict.__reversed__", nargs - 1, kwnames)) return value_null();
    return dict_iterator_make(as_dict(args[0]), DICT_ITER_KEYS, true);
}

/* dict.fromkeys(iterable, value=None): a classmethod, so subclasses get
 * instances of themselves. */
static Value dict_method_fromkeys(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_range("dict.fromkeys", nargs - 1, 1, 2, kwnames)) return value_null();
    Value fill = nargs > 2 ? args[2] : value_none();
    Value result = obj_call(args[0], NULL, 0, NULL);
    if (is_null(result)) return result;
    gc_push_root(result);
    Value iterator = obj_iter(args[1]);
    bool ok = !is_null(iterator);
    if (ok) gc_push_root(iterator);
    while (ok) {
        Value key = obj_next(iterator);
        if (is_null(key)) { ok = !error_pending(); break; }
        ok = dict_check(result) && result.as.object->type == &type_dict ? dict_set(as_dict(result), key, fill)
                                                                          : obj_setitem(result, key, fill);
    }
    gc_pop_roots(is_null(iterator) ? 1 : 2);
    return ok ? result : value_null();
}

static Value dict_method_ior(Value *args, int nargs, Tuple *kwnames) {
    if (nargs != 2) return raise_error(&type_type_error, "expected 1 argument, got %d", nargs - 1);
    return dict_binary(BINARY_INPLACE_OR, args[0], args[1]);
}

static const MethodDef dict_methods[] = {
    {"keys", dict_method_keys, METHOD_INSTANCE, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", dict_method_values, METHOD_INSTANCE, "D.values() -> an object providing a view on D's values"},
    {"items", dict_method_items, METHOD_INSTANCE, "D.items() -> a set-like object providing a view on D's items"},
    {"get", dict_method_get, METHOD_INSTANCE, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_method_setdefault, METHOD_INSTANCE, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", dict_method_pop, METHOD_INSTANCE, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", dict_method_popitem, METHOD_INSTANCE, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", dict_method_update, METHOD_INSTANCE, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"clear", dict_method_clear, METHOD_INSTANCE, "D.clear() -> None.  Remove all items from D."},
    {"copy", dict_method_copy, METHOD_INSTANCE, "D.copy() -> a shallow copy of D"},
    {"fromkeys", dict_method_fromkeys, METHOD_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", dict_method_reversed, METHOD_INSTANCE, "Return a reverse iterator over the dict keys."},
    {"__ior__", dict_method_ior, METHOD_INSTANCE, "Return self|=value."},
    {NULL, NULL, 0, NULL},
};

/* ---- the type ---------------------------------------------------------- */

static void dict_mark(Object *self) {
    Dict *dict = (Dict *)self;
    for (int64_t i = 0; i < dict->entries_used; i++) {
        gc_mark_value(dict->entries[i].key);
        gc_mark_value(dict->entries[i].value);
    }
}

static void dict_free(Object *self) { dict_clear((Dict *)self); }

Type type_dict = {
    .name = "dict",
    .instance_size = sizeof(Dict),
    .flags = TYPE_BASETYPE,
    .methods = dict_methods,
    .new = dict_new_slot,
    .init = dict_init,
    .repr = dict_repr,
    .compare = dict_compare,
    .binary = dict_binary,
    .length = dict_length,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .gc_mark = dict_mark,
    .gc_free = dict_free,
};

/* Ready dict, its views and its iterators. */
void dict_types_init(void) {
    type_ready(&type_dict);
    type_ready(&type_dict_keys);
    type_ready(&type_dict_values);
    type_ready(&type_dict_items);
    type_ready(&type_dict_iterator);
    type_ready(&type_dict_value_iterator);
    type_ready(&type_dict_item_iterator);
    type_ready(&type_dict_reverse_key_iterator);
    type_ready(&type_dict_reverse_value_iterator);
    type_ready(&type_dict_reverse_item_iterator);
}

/* The entry index of str [key], or -1 when absent (LOAD_GLOBAL's cache). */
int64_t dict_find_position(Dict *dict, Str *key) {
    uint64_t slot;
    int64_t position = dict_lookup(dict, value_object(key), str_hash(key), &slot);
    return position >= 0 ? position : -1;
}
