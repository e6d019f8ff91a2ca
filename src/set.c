/* set.c — Python's set and frozenset, laid out exactly as CPython 3.11's
 * Objects/setobject.c lays them out.
 *
 * Iterating over a set walks its hash table from slot 0 upwards, so the
 * order in which a set prints depends on where each key landed. To print
 * what CPython prints, pyco copies CPython's placement rules exactly:
 *
 *   - a fresh table has 8 slots (mask 7);
 *   - a key with hash h starts at slot h & mask and looks at up to
 *     LINEAR_PROBES (9) following slots (when they exist without wrapping),
 *     then jumps: perturb >>= 5; i = (i * 5 + 1 + perturb) & mask;
 *   - a deleted key leaves a dummy (key NULL, hash -1) that lookups step
 *     over and insertions reuse (the LAST dummy seen on the probe path
 *     before an empty slot, as CPython 3.11 does);
 *   - after an insertion into a never-used slot, when fill * 5 >= mask * 3
 *     the table is rebuilt with room for used * 4 keys (used * 2 above
 *     50000), the smallest power of two > that, re-inserting in slot order;
 *   - bulk operations (update from a set or dict, copy, union, ...) follow
 *     CPython's own strategies (pre-sizing, copying tables as they are).
 *
 * Slot states:   empty: key VAL_NULL, hash 0
 *                dummy: key VAL_NULL, hash -1   (a real hash is never -1)
 *                active: key set
 * `fill` counts active + dummy slots, `used` active ones.
 *
 * As in dict.c, a lookup that runs a user __eq__ re-checks the table
 * afterwards and starts over if the set changed under it.
 */
#include <string.h>

#include "set.h"
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"

enum { SET_MIN_SIZE = 8, SET_LINEAR_PROBES = 9, SET_PERTURB_SHIFT = 5 };

static bool set_check_any(Value v) {
    return is_object(v) && (type_is_subtype(v.as.object->type, &type_set) ||
                            type_is_subtype(v.as.object->type, &type_frozenset));
}
static bool set_check_mutable(Value v) { return is_object(v) && type_is_subtype(v.as.object->type, &type_set); }
static Set *as_set(Value v) { return (Set *)v.as.object; }

static bool set_slot_empty(SetEntry *entry) { return is_null(entry->key) && entry->hash == 0; }

/* ---- allocation -------------------------------------------------------- */

static SetEntry *set_table_alloc(int64_t size) {
    SetEntry *table = gc_realloc(NULL, 0, (size_t)size * sizeof(SetEntry));
    if (table) memset(table, 0, (size_t)size * sizeof(SetEntry));
    return table;
}

static void set_table_free(Set *set) {
    if (set->table) gc_free_buffer(set->table, (size_t)(set->mask + 1) * sizeof(SetEntry));
    set->table = NULL;
}

/* An empty set or frozenset of [type] (or a subclass of either). */
Set *set_new(Type *type) {
    size_t size = type->instance_size < sizeof(Set) ? sizeof(Set) : type->instance_size;
    Set *set = (Set *)gc_alloc(type, size);
    if (!set) return NULL;
    set->table = set_table_alloc(SET_MIN_SIZE);
    if (!set->table) return NULL;
    set->mask = SET_MIN_SIZE - 1;
    set->hash = -1;
    return set;
}

/* set or frozenset, whichever [type] derives from (CPython's
 * make_new_set_basetype: results of set operations are never subclasses). */
static Type *set_base_type(Type *type) {
    return type_is_subtype(type, &type_set) ? &type_set : &type_frozenset;
}

/* ---- the table --------------------------------------------------------- */

/* Insert a key known to be absent into a table with no dummies. */
static void set_insert_clean(SetEntry *table, uint64_t mask, Value key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (is_null(entry->key)) goto found;
        if (i + SET_LINEAR_PROBES <= mask) {
            for (int j = 0; j < SET_LINEAR_PROBES; j++) {
                entry++;
                if (is_null(entry->key)) goto found;
            }
        }
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

/* Rebuild the table with room for [min_used] keys (set_table_resize). */
static bool set_table_resize(Set *set, int64_t min_used) {
    int64_t new_size = SET_MIN_SIZE;
    while (new_size <= min_used) new_size <<= 1;
    SetEntry *new_table = set_table_alloc(new_size);
    if (!new_table) return false;
    SetEntry *old_table = set->table;
    int64_t old_size = set->mask + 1;
    set->table = new_table;
    set->mask = new_size - 1;
    set->fill = set->used;
    for (int64_t i = 0; i < old_size; i++)
        if (!is_null(old_table[i].key))
            set_insert_clean(new_table, (uint64_t)set->mask, old_table[i].key, old_table[i].hash);
    gc_free_buffer(old_table, (size_t)old_size * sizeof(SetEntry));
    return true;
}

/* Compare an active entry's key with [key]: 1 equal, 0 not, -1 error,
 * 2 the table changed during the comparison (restart). */
static int set_entry_matches(Set *set, SetEntry *entry, Value key, int64_t hash) {
    Value start_key = entry->key;
    if (value_is_same(start_key, key)) return 1;
    if (entry->hash != hash) return 0;
    if (is_str(start_key) && is_str(key)) return str_equal(as_str(start_key), as_str(key));
    SetEntry *table = set->table;
    int equal = obj_equal(start_key, key);
    if (equal < 0) return -1;
    if (table != set->table || !value_is_same(entry->key, start_key)) return 2;
    return equal;
}

/* Find the active entry for [key]: it, NULL (absent), or *failed on error. */
static SetEntry *set_lookkey(Set *set, Value key, int64_t hash, bool *failed) {
    *failed = false;
restart:;
    uint64_t mask = (uint64_t)set->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *entry = &set->table[i];
        int probes = (i + SET_LINEAR_PROBES <= mask) ? SET_LINEAR_PROBES : 0;
        do {
            if (set_slot_empty(entry)) return NULL;
            if (!is_null(entry->key)) {
                int match = set_entry_matches(set, entry, key, hash);
                if (match < 0) { *failed = true; return NULL; }
                if (match == 2) goto restart;
                if (match) return entry;
            }
            entry++;
        } while (probes--);
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* set_add_entry: add [key] with [hash] unless present. */
static bool set_add_entry(Set *set, Value key, int64_t hash) {
restart:;
    uint64_t mask = (uint64_t)set->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    SetEntry *free_slot = NULL, *entry;
    for (;;) {
        entry = &set->table[i];
        int probes = (i + SET_LINEAR_PROBES <= mask) ? SET_LINEAR_PROBES : 0;
        do {
            if (set_slot_empty(entry)) goto found_unused_or_dummy;
            if (!is_null(entry->key)) {
                int match = set_entry_matches(set, entry, key, hash);
                if (match < 0) return false;
                if (match == 2) goto restart;
                if (match) return true;
            } else {
                free_slot = entry; /* CPython 3.11 keeps the last dummy on the path */
            }
            entry++;
        } while (probes--);
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    set->hash = -1;
    if (free_slot) {
        set->used++;
        free_slot->key = key;
        free_slot->hash = hash;
        return true;
    }
    set->fill++;
    set->used++;
    entry->key = key;
    entry->hash = hash;
    if (set->fill * 5 < set->mask * 3) return true;
    return set_table_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
}

/* Add [key] (TypeError if unhashable). */
bool set_add(Set *set, Value key) {
    int64_t hash;
    if (!obj_hash(key, &hash)) return false;
    return set_add_entry(set, key, hash);
}

static int set_contains_entry(Set *set, Value key, int64_t hash) {
    bool failed;
    SetEntry *entry = set_lookkey(set, key, hash, &failed);
    return failed ? -1 : entry != NULL;
}

/* Remove the entry of [key] with [hash]: 1 removed, 0 absent, -1 error. */
static int set_discard_entry(Set *set, Value key, int64_t hash) {
    bool failed;
    SetEntry *entry = set_lookkey(set, key, hash, &failed);
    if (failed) return -1;
    if (!entry) return 0;
    entry->key = value_null();
    entry->hash = -1;
    set->used--;
    return 1;
}

/* `key in set`. -1 on error. */
int set_contains(Set *set, Value key) {
    int64_t hash;
    if (!obj_hash(key, &hash)) return -1;
    return set_contains_entry(set, key, hash);
}

/* Remove [key]: 1 removed, 0 absent, -1 error. */
int set_discard(Set *set, Value key) {
    int64_t hash;
    if (!obj_hash(key, &hash)) return -1;
    return set_discard_entry(set, key, hash);
}

/* Iterate the active keys in table order: start with *position = 0. */
bool set_next(Set *set, int64_t *position, Value *key) {
    while (*position <= set->mask) {
        SetEntry *entry = &set->table[(*position)++];
        if (!is_null(entry->key)) {
            if (key) *key = entry->key;
            return true;
        }
    }
    return false;
}

/* The same, also giving the stored hash. */
static bool set_next_entry(Set *set, int64_t *position, Value *key, int64_t *hash) {
    while (*position <= set->mask) {
        SetEntry *entry = &set->table[(*position)++];
        if (!is_null(entry->key)) {
            *key = entry->key;
            *hash = entry->hash;
            return true;
        }
    }
    return false;
}

static void set_clear_internal(Set *set) {
    set_table_free(set);
    set->table = set_table_alloc(SET_MIN_SIZE);
    set->mask = SET_MIN_SIZE - 1;
    set->fill = set->used = 0;
    set->hash = -1;
}

/* ---- bulk update (CPython's set_merge and set_update_internal) -------- */

static bool set_merge(Set *set, Set *other) {
    if (set == other || other->used == 0) return true;
    if ((set->fill + other->used) * 5 >= set->mask * 3 && !set_table_resize(set, (set->used + other->used) * 2))
        return false;
    if (set->fill == 0 && set->mask == other->mask && other->fill == other->used) {
        memcpy(set->table, other->table, (size_t)(other->mask + 1) * sizeof(SetEntry));
        set->fill = other->fill;
        set->used = other->used;
        return true;
    }
    if (set->fill == 0) {
        set->fill = set->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++)
            if (!is_null(other->table[i].key))
                set_insert_clean(set->table, (uint64_t)set->mask, other->table[i].key, other->table[i].hash);
        return true;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        SetEntry entry = other->table[i];
        if (!is_null(entry.key) && !set_add_entry(set, entry.key, entry.hash)) return false;
    }
    return true;
}

static bool set_update_from_dict(Set *set, Dict *dict) {
    if ((set->fill + dict->count) * 5 >= set->mask * 3 && !set_table_resize(set, (set->used + dict->count) * 2))
        return false;
    for (int64_t i = 0; i < dict->entries_used; i++) {
        DictEntry entry = dict->entries[i];
        if (!is_null(entry.key) && !set_add_entry(set, entry.key, entry.hash)) return false;
    }
    return true;
}

/* Add every item of [iterable] (set.update with one argument). */
bool set_update(Set *set, Value iterable) {
    if (set_check_any(iterable)) return set_merge(set, as_set(iterable));
    if (is_dict(iterable)) return set_update_from_dict(set, as_dict(iterable));
    Value iterator = obj_iter(iterable);
    if (is_null(iterator)) return false;
    gc_push_root(iterator);
    bool ok = true;
    for (;;) {
        Value key = obj_next(iterator);
        if (is_null(key)) { ok = !error_pending(); break; }
        if (!set_add(set, key)) { ok = false; break; }
    }
    gc_pop_roots(1);
    return ok;
}

/* A new set of [type] holding the items of [iterable] (VAL_NULL: none). */
static Set *set_make(Type *type, Value iterable) {
    Set *set = set_new(type);
    if (!set || is_null(iterable)) return set;
    gc_push_root(value_object(set));
    bool ok = set_update(set, iterable);
    gc_pop_roots(1);
    return ok ? set : NULL;
}

/* set.copy(): frozensets are immutable, so an exact one is its own copy. */
static Set *set_copy(Set *set) {
    if (set->base.type == &type_frozenset) return set;
    return set_make(set_base_type(set->base.type), value_object(set));
}

/* ---- the algebra (CPython's algorithms, so results iterate alike) ------ */

static Set *set_intersection(Set *set, Value other) {
    if (set_check_any(other) && as_set(other) == set) return set_copy(set);
    Set *result = set_new(set_base_type(set->base.type));
    if (!result) return NULL;
    gc_push_root(value_object(result));
    bool ok = true;
    if (set_check_any(other)) {
        Set *small = as_set(other), *large = set;
        if (small->used > large->used) { small = set; large = as_set(other); }
        int64_t position = 0, hash;
        Value key;
        while (ok && set_next_entry(small, &position, &key, &hash)) {
            int found = set_contains_entry(large, key, hash);
            ok = found >= 0 && (!found || set_add_entry(result, key, hash));
        }
    } else {
        Value iterator = obj_iter(other);
        ok = !is_null(iterator);
        if (ok) gc_push_root(iterator);
        while (ok) {
            Value key = obj_next(iterator);
            if (is_null(key)) { ok = !error_pending(); break; }
            int64_t hash;
            int found = obj_hash(key, &hash) ? set_contains_entry(set, key, hash) : -1;
            ok = found >= 0 && (!found || set_add_entry(result, key, hash));
        }
        if (!is_null(iterator)) gc_pop_roots(1);
    }
    gc_pop_roots(1);
    return ok ? result : NULL;
}

/* Replace [set]'s table by [other]'s (intersection_update). */
static void set_take_table(Set *set, Set *other) {
    set_table_free(set);
    set->table = other->table;
    set->mask = other->mask;
    set->fill = other->fill;
    set->used = other->used;
    set->hash = -1;
    other->table = set_table_alloc(SET_MIN_SIZE);
    other->mask = SET_MIN_SIZE - 1;
    other->fill = other->used = 0;
}

static bool set_difference_update_internal(Set *set, Value other) {
    if (set_check_any(other) && as_set(other) == set) { set_clear_internal(set); return true; }
    if (set_check_any(other)) {
        Set *source = as_set(other);
        if ((source->used >> 3) > set->used) {
            source = set_intersection(set, other);
            if (!source) return false;
        }
        int64_t position = 0, hash;
        Value key;
        while (set_next_entry(source, &position, &key, &hash))
            if (set_discard_entry(set, key, hash) < 0) return false;
    } else {
        Value iterator = obj_iter(other);
        if (is_null(iterator)) return false;
        gc_push_root(iterator);
        bool ok = true;
        for (;;) {
            Value key = obj_next(iterator);
            if (is_null(key)) { ok = !error_pending(); break; }
            if (set_discard(set, key) < 0) { ok = false; break; }
        }
        gc_pop_roots(1);
        if (!ok) return false;
    }
    set->hash = -1;
    if (set->fill - set->used <= set->mask / 4) return true;
    return set_table_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
}

static Set *set_difference(Set *set, Value other) {
    int64_t other_size;
    if (set_check_any(other)) other_size = as_set(other)->used;
    else if (is_dict(other)) other_size = as_dict(other)->count;
    else other_size = -1;
    if (other_size < 0 || (set->used >> 2) > other_size) {
        Set *result = set_make(set_base_type(set->base.type), value_object(set));
        if (!result) return NULL;
        gc_push_root(value_object(result));
        bool ok = set_difference_update_internal(result, other);
        gc_pop_roots(1);
        return ok ? result : NULL;
    }
    Set *result = set_new(set_base_type(set->base.type));
    if (!result) return NULL;
    gc_push_root(value_object(result));
    int64_t position = 0, hash;
    Value key;
    bool ok = true;
    while (ok && set_next_entry(set, &position, &key, &hash)) {
        int found;
        if (is_dict(other)) {
            Value value = dict_get(as_dict(other), key);
            found = is_null(value) ? (error_pending() ? -1 : 0) : 1;
        } else {
            found = set_contains_entry(as_set(other), key, hash);
        }
        ok = found >= 0 && (found || set_add_entry(result, key, hash));
    }
    gc_pop_roots(1);
    return ok ? result : NULL;
}

static bool set_symmetric_difference_update(Set *set, Value other) {
    if (set_check_any(other) && as_set(other) == set) { set_clear_internal(set); return true; }
    Set *other_set = set_check_any(other) ? as_set(other) : set_make(set_base_type(set->base.type), other);
    if (!other_set) return false;
    gc_push_root(value_object(other_set));
    int64_t position = 0, hash;
    Value key;
    bool ok = true;
    while (ok && set_next_entry(other_set, &position, &key, &hash)) {
        int removed = set_discard_entry(set, key, hash);
        ok = removed >= 0 && (removed || set_add_entry(set, key, hash));
    }
    gc_pop_roots(1);
    set->hash = -1;
    return ok;
}

static Set *set_symmetric_difference(Set *set, Value other) {
    Set *result = set_make(set_base_type(set->base.type), other);
    if (!result) return NULL;
    gc_push_root(value_object(result));
    bool ok = set_symmetric_difference_update(result, value_object(set));
    gc_pop_roots(1);
    return ok ? result : NULL;
}

/* 1 if every key of [set] is in [other] (a set), 0 if not, -1 error. */
static int set_is_subset(Set *set, Set *other) {
    if (set->used > other->used) return 0;
    int64_t position = 0, hash;
    Value key;
    while (set_next_entry(set, &position, &key, &hash)) {
        int found = set_contains_entry(other, key, hash);
        if (found <= 0) return found;
    }
    return 1;
}

/* See set.h: frozenset(items), rebuilt from its own iteration order. */
Set *set_constant_frozenset(const Value *items, int64_t count) {
    Set *first = set_new(&type_frozenset);
    if (!first) return NULL;
    for (int64_t i = 0; i < count; i++)
        if (!set_add(first, items[i])) return NULL;
    Set *second = set_new(&type_frozenset);
    if (!second) return NULL;
    int64_t position = 0, hash;
    Value key;
    while (set_next_entry(first, &position, &key, &hash))
        if (!set_add_entry(second, key, hash)) return NULL;
    return second;
}

/* ---- type slots -------------------------------------------------------- */

static Value set_new_slot(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (cls == &type_set && kwnames && kwnames->length > 0)
        return raise_error(&type_type_error, "set() takes no keyword arguments");
    Set *set = set_new(cls);
    return set ? value_object(set) : value_null();
}

static bool set_init(Value self, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length > 0) {
        raise_error(&type_type_error, "set() takes no keyword arguments");
        return false;
    }
    if (nargs > 1) {
        raise_error(&type_type_error, "set expected at most 1 argument, got %d", nargs);
        return false;
    }
    Set *set = as_set(self);
    if (set->fill) set_clear_internal(set);
    return nargs == 0 || set_update(set, args[0]);
}

static Value frozenset_new_slot(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (cls == &type_frozenset && kwnames && kwnames->length > 0)
        return raise_error(&type_type_error, "frozenset() takes no keyword arguments");
    if (nargs > 1) return raise_error(&type_type_error, "frozenset expected at most 1 argument, got %d", nargs);
    if (cls == &type_frozenset && nargs == 1 && is_frozenset(args[0])) return args[0];
    Set *set = set_make(cls, nargs == 1 ? args[0] : value_null());
    return set ? value_object(set) : value_null();
}

static Value set_repr(Value self) {
    Set *set = as_set(self);
    const char *name = set->base.type->name;
    if (set->used == 0) return str_value(str_from_format("%s()", name));
    List *keys = list_from_iterable(self);
    if (!keys) return value_null();
    gc_push_root(value_object(keys));
    Value text = obj_repr(value_object(keys));
    gc_pop_roots(1);
    if (is_null(text)) return text;
    Str *inner = as_str(text);
    const char *body = str_cstr(inner) + 1;
    int body_length = (int)inner->byte_length - 2;
    if (set->base.type == &type_set) return str_value(str_from_format("{%.*s}", body_length, body));
    return str_value(str_from_format("%s({%.*s})", name, body_length, body));
}

static uint64_t set_shuffle_bits(uint64_t hash) { return ((hash ^ 89869747UL) ^ (hash << 16)) * 3644798167UL; }

/* CPython's frozenset_hash: order-independent, computed once. */
static bool frozenset_hash(Value self, int64_t *out) {
    Set *set = as_set(self);
    if (set->hash != -1) { *out = set->hash; return true; }
    uint64_t hash = 0;
    for (int64_t i = 0; i <= set->mask; i++)
        if (!is_null(set->table[i].key)) hash ^= set_shuffle_bits((uint64_t)set->table[i].hash);
    /* CPython xors in every slot and then cancels the empty and dummy ones:
     * the net effect is the active entries alone. */
    hash ^= ((uint64_t)set->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    set->hash = (int64_t)hash;
    *out = set->hash;
    return true;
}

static Value set_compare(Value a, Value b, CompareOp op) {
    if (!set_check_any(a) || !set_check_any(b)) return value_not_implemented();
    Set *left = as_set(a), *right = as_set(b);
    int result;
    switch (op) {
    case COMPARE_EQ:
    case COMPARE_NE:
        result = left->used != right->used ? 0 : set_is_subset(left, right);
        if (result < 0) return value_null();
        return value_bool(op == COMPARE_EQ ? result : !result);
    case COMPARE_LE: result = set_is_subset(left, right); break;
    case COMPARE_GE: result = set_is_subset(right, left); break;
    case COMPARE_LT: result = left->used >= right->used ? 0 : set_is_subset(left, right); break;
    case COMPARE_GT: result = left->used <= right->used ? 0 : set_is_subset(right, left); break;
    default: return value_not_implemented();
    }
    return result < 0 ? value_null() : value_bool(result);
}

static Value set_result(Set *set) { return set ? value_object(set) : value_null(); }

static Value set_binary_plain(BinaryOp op, Set *left, Value right) {
    switch (op) {
    case BINARY_OR: {
        Set *result = set_make(set_base_type(left->base.type), value_object(left));
        if (!result) return value_null();
        gc_push_root(value_object(result));
        bool ok = as_set(right) == left || set_update(result, right);
        gc_pop_roots(1);
        return ok ? value_object(result) : value_null();
    }
    case BINARY_AND: return set_result(set_intersection(left, right));
    case BINARY_SUBTRACT: return set_result(set_difference(left, right));
    case BINARY_XOR: return set_result(set_symmetric_difference(left, right));
    default: return value_not_implemented();
    }
}

static Value set_binary(BinaryOp op, Value left, Value right) {
    if (!set_check_any(left) || !set_check_any(right)) return value_not_implemented();
    if (op < BINARY_INPLACE_OFFSET) return set_binary_plain(op, as_set(left), right);
    if (!set_check_mutable(left)) return value_not_implemented();
    Set *set = as_set(left);
    bool ok;
    switch (op) {
    case BINARY_INPLACE_OR: ok = set_update(set, right); break;
    case BINARY_INPLACE_SUBTRACT: ok = set_difference_update_internal(set, right); break;
    case BINARY_INPLACE_XOR: ok = set_symmetric_difference_update(set, right); break;
    case BINARY_INPLACE_AND: {
        Set *result = set_intersection(set, right);
        if (!result) return value_null();
        if (result != set) set_take_table(set, result);
        ok = true;
        break;
    }
    default: return value_not_implemented();
    }
    return ok ? left : value_null();
}

static int64_t set_length(Value self) { return as_set(self)->used; }

/* A set used as a key is looked up as the equal frozenset. */
static bool set_key_as_frozenset(Value key, Value *out) {
    if (!set_check_mutable(key) || !error_matches(&type_type_error)) return false;
    error_clear();
    Set *frozen = set_make(&type_frozenset, key);
    if (!frozen) return false;
    *out = value_object(frozen);
    return true;
}

static int set_contains_slot(Value self, Value key) {
    int found = set_contains(as_set(self), key);
    Value frozen;
    if (found < 0 && set_key_as_frozenset(key, &frozen)) {
        gc_push_root(frozen);
        found = set_contains(as_set(self), frozen);
        gc_pop_roots(1);
    }
    return found;
}

/* discard/remove with the frozenset retry: 1, 0, or -1. */
static int set_discard_key(Set *set, Value key) {
    int removed = set_discard(set, key);
    Value frozen;
    if (removed < 0 && set_key_as_frozenset(key, &frozen)) {
        gc_push_root(frozen);
        removed = set_discard(set, frozen);
        gc_pop_roots(1);
    }
    return removed;
}

/* ---- iterator ---------------------------------------------------------- */

typedef struct SetIterator {
    Object base;
    Set *set;          /* NULL once exhausted */
    int64_t position;
    int64_t used;      /* set->used at the start; -1 once broken */
} SetIterator;

static Value set_iter(Value self) {
    SetIterator *iterator = (SetIterator *)gc_alloc(&type_set_iterator, sizeof(SetIterator));
    if (!iterator) return value_null();
    iterator->set = as_set(self);
    iterator->used = as_set(self)->used;
    return value_object(iterator);
}

static Value set_iterator_next(Value self) {
    SetIterator *iterator = (SetIterator *)self.as.object;
    if (!iterator->set) return value_null();
    if (iterator->used != iterator->set->used) {
        iterator->used = -1;
        return raise_error(&type_runtime_error, "Set changed size during iteration");
    }
    Value key;
    if (set_next(iterator->set, &iterator->position, &key)) return key;
    iterator->set = NULL;
    return value_null();
}

static Value set_iterator_self(Value self) { return self; }

static void set_iterator_mark(Object *self) { gc_mark_object((Object *)((SetIterator *)self)->set); }

Type type_set_iterator = {
    .name = "set_iterator",
    .instance_size = sizeof(SetIterator),
    .iter = set_iterator_self,
    .next = set_iterator_next,
    .gc_mark = set_iterator_mark,
};

/* ---- methods ----------------------------------------------------------- */

static Value set_method_add(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("set.add", nargs - 1, kwnames)) return value_null();
    return set_add(as_set(args[0]), args[1]) ? value_none() : value_null();
}

static Value set_method_remove(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("set.remove", nargs - 1, kwnames)) return value_null();
    int removed = set_discard_key(as_set(args[0]), args[1]);
    if (removed < 0) return value_null();
    if (removed == 0) return raise_with_value(&type_key_error, args[1]);
    return value_none();
}

static Value set_method_discard(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("set.discard", nargs - 1, kwnames)) return value_null();
    return set_discard_key(as_set(args[0]), args[1]) < 0 ? value_null() : value_none();
}

/* pop() takes the first active slot at or after the finger, as CPython. */
static Value set_method_pop(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("set.pop", nargs - 1, kwnames)) return value_null();
    Set *set = as_set(args[0]);
    if (set->used == 0) return raise_with_value(&type_key_error, str_value(str_from_cstr("pop from an empty set")));
    int64_t i = set->finger & set->mask;
    while (is_null(set->table[i].key)) i = (i + 1) & set->mask;
    Value key = set->table[i].key;
    set->table[i].key = value_null();
    set->table[i].hash = -1;
    set->used--;
    set->finger = i + 1;
    return key;
}

static Value set_method_clear(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("set.clear", nargs - 1, kwnames)) return value_null();
    set_clear_internal(as_set(args[0]));
    return value_none();
}

static Value set_method_copy(Value *args, int nargs, Tuple *kwnames) {
    const char *name = set_check_mutable(args[0]) ? "set.copy" : "frozenset.copy";
    if (!tuple_args_none(name, nargs - 1, kwnames)) return value_null();
    return set_result(set_copy(as_set(args[0])));
}

static bool set_no_keywords(Value self, const char *method, Tuple *kwnames) {
    if (!kwnames || kwnames->length == 0) return true;
    raise_error(&type_type_error, "%s.%s() takes no keyword arguments", value_type_name(self), method);
    return false;
}

static Value set_method_update(Value *args, int nargs, Tuple *kwnames) {
    if (!set_no_keywords(args[0], "update", kwnames)) return value_null();
    for (int i = 1; i < nargs; i++)
        if (!set_update(as_set(args[0]), args[i])) return value_null();
    return value_none();
}

static Value set_method_union(Value *args, int nargs, Tuple *kwnames) {
    if (!set_no_keywords(args[0], "union", kwnames)) return value_null();
    Set *set = as_set(args[0]);
    Set *result = set_make(set_base_type(set->base.type), args[0]);
    if (!result) return value_null();
    gc_push_root(value_object(result));
    bool ok = true;
    for (int i = 1; i < nargs && ok; i++)
        if (!(set_check_any(args[i]) && as_set(args[i]) == set)) ok = set_update(result, args[i]);
    gc_pop_roots(1);
    return ok ? value_object(result) : value_null();
}

/* intersection(*others): fold set_intersection over the arguments. */
static Set *set_intersection_multi(Value *args, int nargs) {
    if (nargs == 1) return set_copy(as_set(args[0]));
    Set *result = as_set(args[0]);
    for (int i = 1; i < nargs; i++) {
        gc_push_root(value_object(result));
        Set *next = set_intersection(result, args[i]);
        gc_pop_roots(1);
        if (!next) return NULL;
        result = next;
    }
    return result;
}

static Value set_method_intersection(Value *args, int nargs, Tuple *kwnames) {
    if (!set_no_keywords(args[0], "intersection", kwnames)) return value_null();
    return set_result(set_intersection_multi(args, nargs));
}

static Value set_method_intersection_update(Value *args, int nargs, Tuple *kwnames) {
    if (!set_no_keywords(args[0], "intersection_update", kwnames)) return value_null();
    Set *result = set_intersection_multi(args, nargs);
    if (!result) return value_null();
    if (result != as_set(args[0])) set_take_table(as_set(args[0]), result);
    return value_none();
}

static Value set_method_difference(Value *args, int nargs, Tuple *kwnames) {
    if (!set_no_keywords(args[0], "difference", kwnames)) return value_null();
    if (nargs == 1) return set_result(set_copy(as_set(args[0])));
    Set *result = set_difference(as_set(args[0]), args[1]);
    if (!result) return value_null();
    gc_push_root(value_object(result));
    bool ok = true;
    for (int i = 2; i < nargs && ok; i++) ok = set_difference_update_internal(result, args[i]);
    gc_pop_roots(1);
    return ok ? value_object(result) : value_null();
}

static Value set_method_difference_update(Value *args, int nargs, Tuple *kwnames) {
    if (!set_no_keywords(args[0], "difference_update", kwnames)) return value_null();
    for (int i = 1; i < nargs; i++)
        if (!set_difference_update_internal(as_set(args[0]), args[i])) return value_null();
    return value_none();
}

static Value set_method_symmetric_difference(Value *args, int nargs, Tuple *kwnames) {
    const char *name = set_check_mutable(args[0]) ? "set.symmetric_difference" : "frozenset.symmetric_difference";
    if (!tuple_args_one(name, nargs - 1, kwnames)) return value_null();
    return set_result(set_symmetric_difference(as_set(args[0]), args[1]));
}

static Value set_method_symmetric_difference_update(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("set.symmetric_difference_update", nargs - 1, kwnames)) return value_null();
    return set_symmetric_difference_update(as_set(args[0]), args[1]) ? value_none() : value_null();
}

static Value set_method_issubset(Value *args, int nargs, Tuple *kwnames) {
    const char *name = set_check_mutable(args[0]) ? "set.issubset" : "frozenset.issubset";
    if (!tuple_args_one(name, nargs - 1, kwnames)) return value_null();
    Set *other = set_check_any(args[1]) ? as_set(args[1]) : set_make(&type_set, args[1]);
    if (!other) return value_null();
    gc_push_root(value_object(other));
    int result = set_is_subset(as_set(args[0]), other);
    gc_pop_roots(1);
    return result < 0 ? value_null() : value_bool(result);
}

static Value set_method_issuperset(Value *args, int nargs, Tuple *kwnames) {
    const char *name = set_check_mutable(args[0]) ? "set.issuperset" : "frozenset.issuperset";
    if (!tuple_args_one(name, nargs - 1, kwnames)) return value_null();
    if (set_check_any(args[1])) {
        int result = set_is_subset(as_set(args[1]), as_set(args[0]));
        return result < 0 ? value_null() : value_bool(result);
    }
    Value iterator = obj_iter(args[1]);
    if (is_null(iterator)) return iterator;
    gc_push_root(iterator);
    Value result = value_bool(true);
    for (;;) {
        Value key = obj_next(iterator);
        if (is_null(key)) { if (error_pending()) result = key; break; }
        int found = set_contains(as_set(args[0]), key);
        if (found <= 0) { result = found < 0 ? value_null() : value_bool(false); break; }
    }
    gc_pop_roots(1);
    return result;
}

static Value set_method_isdisjoint(Value *args, int nargs, Tuple *kwnames) {
    const char *name = set_check_mutable(args[0]) ? "set.isdisjoint" : "frozenset.isdisjoint";
    if (!tuple_args_one(name, nargs - 1, kwnames)) return value_null();
    Set *set = as_set(args[0]);
    Value iterable = args[1];
    if (set_check_any(iterable) && as_set(iterable)->used < set->used) {
        iterable = args[0];
        set = as_set(args[1]);
    }
    Value iterator = obj_iter(iterable);
    if (is_null(iterator)) return iterator;
    gc_push_root(iterator);
    Value result = value_bool(true);
    for (;;) {
        Value key = obj_next(iterator);
        if (is_null(key)) { if (error_pending()) result = key; break; }
        int found = set_contains(set, key);
        if (found != 0) { result = found < 0 ? value_null() : value_bool(false); break; }
    }
    gc_pop_roots(1);
    return result;
}

/* The in-place operators as methods (set.__ior__ ...). */
static Value set_method_inplace(Value *args, int nargs, BinaryOp op) {
    if (nargs != 2) return raise_error(&type_type_error, "expected 1 argument, got %d", nargs - 1);
    return set_binary(op, args[0], args[1]);
}
static Value set_method_ior(Value *args, int nargs, Tuple *kwnames) { return set_method_inplace(args, nargs, BINARY_INPLACE_OR); }
static Value set_method_iand(Value *args, int nargs, Tuple *kwnames) { return set_method_inplace(args, nargs, BINARY_INPLACE_AND); }
static Value set_method_isub(Value *args, int nargs, Tuple *kwnames) { return set_method_inplace(args, nargs, BINARY_INPLACE_SUBTRACT); }
static Value set_method_ixor(Value *args, int nargs, Tuple *kwnames) { return set_method_inplace(args, nargs, BINARY_INPLACE_XOR); }

static const MethodDef set_methods[] = {
    {"add", set_method_add, METHOD_INSTANCE, "Add an element to a set."},
    {"remove", set_method_remove, METHOD_INSTANCE, "Remove an element from a set; it must be a member."},
    {"discard", set_method_discard, METHOD_INSTANCE, "Remove an element from a set if it is a member."},
    {"pop", set_method_pop, METHOD_INSTANCE, "Remove and return an arbitrary set element."},
    {"clear", set_method_clear, METHOD_INSTANCE, "Remove all elements from this set."},
    {"copy", set_method_copy, METHOD_INSTANCE, "Return a shallow copy of a set."},
    {"update", set_method_update, METHOD_INSTANCE, "Update a set with the union of itself and others."},
    {"union", set_method_union, METHOD_INSTANCE, "Return the union of sets as a new set."},
    {"intersection", set_method_intersection, METHOD_INSTANCE, "Return the intersection of two sets as a new set."},
    {"intersection_update", set_method_intersection_update, METHOD_INSTANCE, NULL},
    {"difference", set_method_difference, METHOD_INSTANCE, "Return the difference of two or more sets as a new set."},
    {"difference_update", set_method_difference_update, METHOD_INSTANCE, NULL},
    {"symmetric_difference", set_method_symmetric_difference, METHOD_INSTANCE, NULL},
    {"symmetric_difference_update", set_method_symmetric_difference_update, METHOD_INSTANCE, NULL},
    {"issubset", set_method_issubset, METHOD_INSTANCE, "Report whether another set contains this set."},
    {"issuperset", set_method_issuperset, METHOD_INSTANCE, "Report whether this set contains another set."},
    {"isdisjoint", set_method_isdisjoint, METHOD_INSTANCE, "Return True if two sets have a null intersection."},
    {"__ior__", set_method_ior, METHOD_INSTANCE, NULL},
    {"__iand__", set_method_iand, METHOD_INSTANCE, NULL},
    {"__isub__", set_method_isub, METHOD_INSTANCE, NULL},
    {"__ixor__", set_method_ixor, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", set_method_copy, METHOD_INSTANCE, "Return a shallow copy of a set."},
    {"union", set_method_union, METHOD_INSTANCE, "Return the union of sets as a new set."},
    {"intersection", set_method_intersection, METHOD_INSTANCE, "Return the intersection of two sets as a new set."},
    {"difference", set_method_difference, METHOD_INSTANCE, "Return the difference of two or more sets as a new set."},
    {"symmetric_difference", set_method_symmetric_difference, METHOD_INSTANCE, NULL},
    {"issubset", set_method_issubset, METHOD_INSTANCE, "Report whether another set contains this set."},
    {"issuperset", set_method_issuperset, METHOD_INSTANCE, "Report whether this set contains another set."},
    {"isdisjoint", set_method_isdisjoint, METHOD_INSTANCE, "Return True if two sets have a null intersection."},
    {NULL, NULL, 0, NULL},
};

/* ---- the types --------------------------------------------------------- */

static void set_mark(Object *self) {
    Set *set = (Set *)self;
    if (!set->table) return;
    for (int64_t i = 0; i <= set->mask; i++) gc_mark_value(set->table[i].key);
}

static void set_free(Object *self) { set_table_free((Set *)self); }

Type type_set = {
    .name = "set",
    .instance_size = sizeof(Set),
    .flags = TYPE_BASETYPE,
    .methods = set_methods,
    .new = set_new_slot,
    .init = set_init,
    .repr = set_repr,
    .compare = set_compare,
    .binary = set_binary,
    .length = set_length,
    .contains = set_contains_slot,
    .iter = set_iter,
    .gc_mark = set_mark,
    .gc_free = set_free,
};

Type type_frozenset = {
    .name = "frozenset",
    .instance_size = sizeof(Set),
    .flags = TYPE_BASETYPE,
    .methods = frozenset_methods,
    .new = frozenset_new_slot,
    .repr = set_repr,
    .hash = frozenset_hash,
    .compare = set_compare,
    .binary = set_binary,
    .length = set_length,
    .contains = set_contains_slot,
    .iter = set_iter,
    .gc_mark = set_mark,
    .gc_free = set_free,
};

/* Ready set, frozenset and their iterator. */
void set_types_init(void) {
    type_ready(&type_set);
    type_ready(&type_frozenset);
    type_ready(&type_set_iterator);
}
