/* dict.h — Python's dict: a hash table that remembers insertion order.
 *
 * The layout is CPython's "compact dict": entries are appended to an array in
 * insertion order (that array is what iteration walks), and a separate,
 * sparser index table maps hash slots to entry positions.
 *
 *   indices: [ -, 1, -, 0, -, -, 2, - ]      (open addressing, -1 = empty)
 *   entries: [ (h,'b',2), (h,'a',1), (h,'c',3) ]   insertion order
 *
 * A deleted entry keeps its place with a VAL_NULL key until the table is
 * rebuilt. The same HashTable serves set and frozenset (set.h) with the
 * values unused.
 *
 * Lookups hash the key (str hashes are cached) and compare keys by identity
 * first, then by ==, which may call a user __eq__.
 */
#ifndef PYCO_DICT_H
#define PYCO_DICT_H

#include "object.h"

typedef struct DictEntry {
    int64_t hash;
    Value key;   /* VAL_NULL for a deleted entry */
    Value value;
} DictEntry;

struct Dict {
    Object base;
    int64_t count;          /* live entries */
    int64_t entries_used;   /* entries written, deleted ones included */
    int64_t entries_capacity;
    DictEntry *entries;
    int64_t index_size;     /* power of two */
    int32_t *indices;
    uint64_t version;       /* bumped on every change: iterators detect mutation */
};

Dict *dict_new(void);
static inline bool is_dict(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_dict; }
static inline Dict *as_dict(Value v) { return (Dict *)v.as.object; }
/* Lookup: the value, or VAL_NULL with no exception when absent (an exception
 * may be pending if hashing or comparing raised: check error_pending()). */
Value dict_get(Dict *dict, Value key);
Value dict_get_str(Dict *dict, Str *key);        /* fast path for str keys */
Value dict_get_cstr(Dict *dict, const char *key);
/* The entry index of str [key], or -1 when absent (for caches that remember
 * where a key lives while dict->version is unchanged). */
int64_t dict_find_position(Dict *dict, Str *key);
bool dict_set(Dict *dict, Value key, Value value);
bool dict_set_str(Dict *dict, Str *key, Value value);
bool dict_set_cstr(Dict *dict, const char *key, Value value);
/* Delete: 1 deleted, 0 absent (no exception), -1 error. */
int dict_delete(Dict *dict, Value key);
bool dict_update(Dict *dict, Value other);       /* dict.update(other) */
Dict *dict_copy(Dict *dict);
/* Iterate: start with *position = 0; returns false at the end. */
bool dict_next(Dict *dict, int64_t *position, Value *key, Value *value);
extern Type type_dict_keys, type_dict_values, type_dict_items, type_dict_iterator;

#endif
