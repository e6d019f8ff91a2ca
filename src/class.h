/* class.h — user-defined classes and their instances.
 *
 * `class C(B): body` runs the body as a function with a fresh namespace dict,
 * then calls type(name, bases, namespace): a new Type whose MRO is computed
 * by C3 linearisation (as CPython does), whose dict is the namespace, and
 * whose C slots are adapters that look up and call the dunder methods the
 * class defines (`__repr__`, `__add__`, `__iter__` ...). Slots the class does
 * not define are inherited from its base, so a subclass of Exception or dict
 * keeps the built-in behaviour.
 *
 * An Instance is a header plus a dict of attributes. Subclasses of built-in
 * types allocate the base type's layout instead (an exception subclass's
 * instances are ExceptionObjects) and keep their attributes in its dict.
 */
#ifndef PYCO_CLASS_H
#define PYCO_CLASS_H

#include "object.h"

typedef struct Instance {
    Object base;
    Dict *dict;
} Instance;

/* A class whose __slots__ (and its bases') leave instances without a
 * __dict__: attributes live only in the member descriptors of the slots. */
enum { TYPE_NO_DICT = 1 << 12 };

/* type(name, bases, dict): make a class. */
Value class_new(Str *name, Tuple *bases, Dict *namespace, Tuple *kwnames_unused);
/* The __dict__ of an instance of any layout that has one (NULL if none). */
Dict **instance_dict_slot(Value v);
/* __build_class__(func, name, *bases, **kw) — LOAD_BUILD_CLASS pushes it. */
Value class_build_class(Value *args, int nargs, Tuple *kwnames);
/* Recompute a class's slots after its dict changed (C.__add__ = f). */
void class_update_slots(Type *type, Str *changed_name);
/* type_lookup through a cache of recent (type, interned name) answers.
 * Call class_lookup_invalidate after changing any class's dict directly
 * (type_setattr and class creation do it themselves). */
Value class_lookup(Type *type, Str *name);
void class_lookup_invalidate(void);
/* A getset descriptor of [owner] for [def] (which must outlive it), as
 * type_ready makes for built-in types. */
Value typeslots_getset_new(Type *owner, const GetSetDef *def);
/* Ready the descriptor types of typeslots.c (slot wrappers, getset
 * descriptors); called by class_types_init. */
void typeslots_types_init(void);

/* super.c: a read-only mappingproxy view of [dict] (what C.__dict__ returns);
 * allocates, so may trigger the GC; VAL_NULL on MemoryError. */
Value super_mapping_proxy_new(Dict *dict);
/* Ready super and mappingproxy; called by class_types_init. */
void super_types_init(void);

#endif
