/* list.h — Python's list: a growable array of values. */
#ifndef PYCO_LIST_H
#define PYCO_LIST_H

#include "object.h"

struct List {
    Object base;
    int64_t length;
    int64_t capacity;
    Value *items;
};

List *list_new(int64_t capacity);             /* empty, with room for capacity */
List *list_from_values(const Value *items, int64_t count);
static inline bool is_list(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_list; }
static inline List *as_list(Value v) { return (List *)v.as.object; }
bool list_append(List *list, Value item);
bool list_extend(List *list, Value iterable);   /* from any iterable */
/* list(iterable) */
List *list_from_iterable(Value iterable);
/* Sort in place, stable; [key] may be VAL_NULL/None. Calls back into Python
 * for the key and for comparisons of user objects. */
bool list_sort(List *list, Value key, bool reverse);
/* The iterator type (for `for x in list`). */
extern Type type_list_iterator, type_list_reverse_iterator;

#endif
