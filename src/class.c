/* class.c — `object`, `type`, user classes and their instances.
 *
 * Three objects sit at the root of Python's object model (super lives in
 * super.c):
 *
 *   object   the base of every class: default construction, repr, identity
 *            hash and ==, and generic attribute access;
 *   type     the class of every class: calling a class makes an instance
 *            (new, then init), and `type(name, bases, ns)` makes a class;
 *   super    a proxy that looks attributes up further along the MRO.
 *
 * A `class` statement compiles to __build_class__(body, name, *bases): the
 * body runs as a function whose locals are a fresh dict (the namespace), then
 * the metaclass (type by default) turns the namespace into a Type whose MRO
 * is the C3 linearisation of its bases, and whose slots are adapters for the
 * dunders the class defines (typeslots.c).
 *
 * Instance layout. A class whose bases are all plain Python classes gets
 * Instance objects (a header and a dict pointer). A class deriving from a
 * built-in type keeps that type's layout — its "solid base" — so the
 * built-in C code still works on it: exception subclasses use
 * ExceptionObject (which has its own dict), and subclasses of other
 * built-ins (list, dict, int ...) get one extra dict pointer appended after
 * the built-in struct (tuple keeps it in the allocation's last word, after
 * the items). Plain instances also carry a hidden second dict for the values
 * of __slots__ members; a class whose __slots__ leave no __dict__ is marked
 * TYPE_NO_DICT. instance_dict_slot finds the dict for every layout.
 *
 * Attribute lookup on instances (obj_generic_getattr) follows CPython:
 * data descriptors of the type (property), then the instance dict, then
 * other class attributes (functions bind to the instance), and the
 * AttributeError "'C' object has no attribute 'x'". The MRO search is
 * cached per (type, name) — see class_lookup.
 *
 * Also here: member descriptors (__slots__), abstract-class checks for
 * abc-style __abstractmethods__, and __prepare__ for user metaclasses.
 * super() and mappingproxy (C.__dict__) are in super.c.
 */
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "code.h"
#include "dict.h"
#include "exc.h"
#include "frame.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"
#include "vm.h"

static Value class_name_error(Value self, Str *name) {
    return raise_error(&type_attribute_error, "'%s' object has no attribute '%s'", value_type_name(self), str_cstr(name));
}

/* ---- attribute lookup cache ------------------------------------------- */

/* Every `obj.attr` first looks attr up along the MRO of obj's type (to find
 * data descriptors), which costs one dict probe per class. As CPython's
 * method cache does, remember the last answer — absent ones included — per
 * (type, interned name) pair. Class dicts only change through type_setattr
 * and class creation, which bump the version and so empty the cache at once.
 * The cached objects are GC roots (class_cache_mark), so a cached address is
 * never reused by another object. */
#define LOOKUP_CACHE_SIZE 2048
typedef struct LookupCacheEntry {
    Type *type;
    Str *name;
    Value value;
    uint64_t version;
} LookupCacheEntry;

static LookupCacheEntry lookup_cache[LOOKUP_CACHE_SIZE];
static uint64_t lookup_cache_version = 1;

static void class_cache_mark(void) {
    for (int i = 0; i < LOOKUP_CACHE_SIZE; i++) {
        LookupCacheEntry *entry = &lookup_cache[i];
        if (entry->version != lookup_cache_version) continue;
        gc_mark_object((Object *)entry->type);
        gc_mark_object((Object *)entry->name);
        gc_mark_value(entry->value);
    }
}

/* Contract: see class.h. */
void class_lookup_invalidate(void) { lookup_cache_version++; }

/* Contract: see class.h. Like type_lookup; VAL_NULL without an exception
 * when absent (an exception may be pending if a lookup raised). */
Value class_lookup(Type *type, Str *name) {
    if (!name->is_interned) return type_lookup(type, name);
    size_t index = (((uintptr_t)type >> 5) ^ ((uintptr_t)name >> 4) * 7) & (LOOKUP_CACHE_SIZE - 1);
    LookupCacheEntry *entry = &lookup_cache[index];
    if (entry->type == type && entry->name == name && entry->version == lookup_cache_version) return entry->value;
    Value found = type_lookup(type, name);
    if (is_null(found) && error_pending()) return found;
    entry->type = type;
    entry->name = name;
    entry->value = found;
    entry->version = lookup_cache_version;
    return found;
}

/* ---- instance layout -------------------------------------------------- */

/* The built-in type whose struct an instance of [type] really is: skip
 * heap classes and built-ins that add no fields to their base. */
static Type *class_solid_base(Type *type) {
    while (type->base_type &&
           ((type->flags & TYPE_HEAPTYPE) || type->base_type->instance_size == type->instance_size))
        type = type->base_type;
    return type;
}

static size_t class_align(size_t size) { return (size + sizeof(void *) - 1) & ~(sizeof(void *) - 1); }

/* Where the dict pointer of an instance of heap type [type] lives. */
static size_t class_dict_offset(Type *type) {
    Type *solid = class_solid_base(type);
    if (solid == &type_object) return offsetof(Instance, dict);
    if (solid->flags & TYPE_EXCEPTION) return offsetof(ExceptionObject, dict);
    if (type_is_subtype(solid, &type_type)) return offsetof(Type, dict);
    return class_align(solid->instance_size);
}

static size_t class_instance_size(Type *solid) {
    /* plain classes: the dict, then a hidden dict for __slots__ values */
    if (solid == &type_object) return sizeof(Instance) + sizeof(Dict *);
    if (solid->flags & TYPE_EXCEPTION) return solid->instance_size;
    if (type_is_subtype(solid, &type_type)) return sizeof(Type);
    return class_align(solid->instance_size) + sizeof(Dict *);
}

/* The dict pointer inside a heap class's instance, even for __slots__
 * classes (whose slot values are kept there, out of Python's sight). */
static Dict **class_raw_dict_slot(Object *object) {
    Type *solid = class_solid_base(object->type);
    /* tuple, str and bytes keep their items inline after the struct, so
     * the dict pointer lives in the last word of the allocation instead */
    if (solid == &type_tuple || solid == &type_str || solid == &type_bytes)
        return (Dict **)((char *)object + object->gc_size - sizeof(Dict *));
    return (Dict **)((char *)object + class_dict_offset(object->type));
}

/* Contract: see class.h. Never allocates. */
Dict **instance_dict_slot(Value v) {
    if (!is_object(v)) return NULL;
    Object *object = v.as.object;
    Type *type = object->type;
    if (type == &type_function) return &((Function *)object)->dict;
    if (type->flags & TYPE_EXCEPTION) return &((ExceptionObject *)object)->dict;
    if (type == &type_module) return &((Module *)object)->dict;
    if (type == &type_staticmethod || type == &type_classmethod) return &((WrappedCallable *)object)->dict;
    if (!(type->flags & TYPE_HEAPTYPE) || (type->flags & TYPE_NO_DICT)) return NULL;
    /* a class made by a user metaclass: its dict must change only through
     * type_setattr (slots, lookup cache), so it is not handed out */
    Type *solid = class_solid_base(type);
    if (solid == &type_object) return &((Instance *)object)->dict;
    if (solid == &type_type) return NULL;
    return class_raw_dict_slot(object);
}

/* gc_mark of every heap class's instances: the built-in layout's fields,
 * then the dict. */
static void class_instance_mark(Object *self) {
    Type *solid = class_solid_base(self->type);
    if (solid->gc_mark) solid->gc_mark(self);
    gc_mark_object((Object *)*class_raw_dict_slot(self));
    if (solid == &type_object) gc_mark_object((Object *)*(Dict **)((char *)self + sizeof(Instance)));
}

/* ---- __slots__: member descriptors ------------------------------------------ */

typedef struct MemberDescriptor {
    Object base;
    Type *owner;
    Str *name;
} MemberDescriptor;

static void member_mark(Object *self) {
    gc_mark_object((Object *)((MemberDescriptor *)self)->owner);
    gc_mark_object((Object *)((MemberDescriptor *)self)->name);
}

static Dict **member_storage(MemberDescriptor *member, Value instance) {
    if (!value_is_instance(instance, member->owner) || !is_object(instance)) {
        raise_error(&type_type_error, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    str_cstr(member->name), member->owner->name, value_type_name(instance));
        return NULL;
    }
    if (class_solid_base(value_type(instance)) == &type_object)
        return (Dict **)((char *)instance.as.object + sizeof(Instance));
    return class_raw_dict_slot(instance.as.object);
}

static Value member_descr_get(Value descr, Value instance, Type *owner) {
    if (is_null(instance)) return descr;
    MemberDescriptor *member = (MemberDescriptor *)descr.as.object;
    Dict **storage = member_storage(member, instance);
    if (!storage) return value_null();
    Value found = *storage ? dict_get_str(*storage, member->name) : value_null();
    if (is_null(found) && !error_pending()) return class_name_error(instance, member->name);
    return found;
}

static bool member_descr_set(Value descr, Value instance, Value value) {
    MemberDescriptor *member = (MemberDescriptor *)descr.as.object;
    Dict **storage = member_storage(member, instance);
    if (!storage) return false;
    if (is_null(value)) {
        int deleted = *storage ? dict_delete(*storage, value_object(member->name)) : 0;
        if (deleted == 0) raise_error(&type_attribute_error, "%s", str_cstr(member->name));
        return deleted > 0;
    }
    if (!*storage && !(*storage = dict_new())) return false;
    return dict_set_str(*storage, member->name, value);
}

static Value member_repr(Value self) {
    MemberDescriptor *member = (MemberDescriptor *)self.as.object;
    return str_value(str_from_format("<member '%s' of '%s' objects>", str_cstr(member->name), member->owner->name));
}

static Type type_member_descriptor = {
    .name = "member_descriptor",
    .instance_size = sizeof(MemberDescriptor),
    .repr = member_repr,
    .descr_get = member_descr_get,
    .descr_set = member_descr_set,
    .gc_mark = member_mark,
};

/* One name of __slots__: a member descriptor, or (for "__dict__") a note
 * that instances keep a dict after all. */
static bool class_add_slot(Type *type, Value name, bool *has_dict) {
    if (!is_str(name)) {
        raise_error(&type_type_error, "__slots__ items must be strings, not '%s'", value_type_name(name));
        return false;
    }
    if (str_equal_cstr(as_str(name), "__dict__")) {
        *has_dict = true;
        return true;
    }
    MemberDescriptor *member = (MemberDescriptor *)gc_alloc(&type_member_descriptor, sizeof(MemberDescriptor));
    if (!member) return false;
    member->owner = type;
    member->name = str_intern_str(as_str(name));
    return dict_set_str(type->dict, member->name, value_object(member));
}

/* Apply __slots__: member descriptors, and no instance dict when neither
 * the class nor any base provides one. */
static bool class_apply_slots(Type *type, Tuple *bases) {
    Value slots = dict_get_cstr(type->dict, "__slots__");
    if (is_null(slots)) return !error_pending();
    Tuple *names = is_str(slots) ? tuple_pack(1, slots) : tuple_from_iterable(slots);
    if (!names) return false;
    bool has_dict = false;
    for (int64_t i = 0; i < names->length; i++)
        if (!class_add_slot(type, names->items[i], &has_dict)) return false;
    for (int64_t i = 0; i < bases->length && !has_dict; i++) {
        Type *base = (Type *)bases->items[i].as.object;
        if (base != &type_object && !(base->flags & TYPE_NO_DICT)) has_dict = true;
    }
    if (!has_dict) type->flags |= TYPE_NO_DICT;
    return true;
}

/* ---- object --------------------------------------------------------------- */

static bool object_init(Value self, Value *args, int nargs, Tuple *kwnames);

static bool class_excess_args(int nargs, Tuple *kwnames) { return nargs > 0 || (kwnames && kwnames->length > 0); }

/* An abstract class (abc.ABCMeta fills __abstractmethods__) cannot be
 * instantiated: "Can't instantiate abstract class S with abstract method
 * area" (names sorted, as CPython). */
static bool class_check_abstract(Type *cls) {
    static Str *name;
    if (!name) {
        name = str_intern("__abstractmethods__");
        gc_add_global_object_root((Object **)&name);
    }
    Value abstract = class_lookup(cls, name);
    if (is_null(abstract)) return !error_pending();
    List *names = list_from_iterable(abstract);
    if (!names) return false;
    if (names->length == 0) return true;
    gc_push_root(value_object(names));
    bool sorted = list_sort(names, value_null(), false);
    gc_pop_roots(1);
    if (!sorted) return false;
    StrBuilder sb;
    sb_init(&sb);
    for (int64_t i = 0; i < names->length; i++) {
        if (i) sb_append_cstr(&sb, ", ");
        if (is_str(names->items[i])) sb_append_str(&sb, as_str(names->items[i]));
    }
    Str *joined = sb_finish(&sb);
    raise_error(&type_type_error, "Can't instantiate abstract class %s with abstract method%s %s", cls->name,
                names->length == 1 ? "" : "s", joined ? str_cstr(joined) : "");
    return false;
}

static Value object_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (class_excess_args(nargs, kwnames)) {
        if (cls->new != object_new)
            return raise_error(&type_type_error, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (cls->init == object_init) return raise_error(&type_type_error, "%s() takes no arguments", cls->name);
    }
    if (cls->flags & TYPE_ABSTRACT_NEW) return raise_error(&type_type_error, "cannot create '%s' instances", cls->name);
    if ((cls->flags & TYPE_HEAPTYPE) && !class_check_abstract(cls)) return value_null();
    size_t size = cls->instance_size ? cls->instance_size : sizeof(Instance);
    Object *object = gc_alloc(cls, size);
    return object ? value_object(object) : value_null();
}

static bool object_init(Value self, Value *args, int nargs, Tuple *kwnames) {
    if (!class_excess_args(nargs, kwnames)) return true;
    Type *type = value_type(self);
    if (type->init != object_init) {
        raise_error(&type_type_error, "object.__init__() takes exactly one argument (the instance to initialize)");
        return false;
    }
    if (type->new == object_new) {
        raise_error(&type_type_error, "%s.__init__() takes exactly one argument (the instance to initialize)", type->name);
        return false;
    }
    return true;
}

static Value object_str(Value self) { return obj_repr(self); }
/* "<__main__.Outer.Inner object at 0x...>": CPython uses the qualname. */
static Value object_repr(Value self) {
    Type *type = value_type(self);
    if (!type->qualname || !is_object(self)) return obj_default_repr(self);
    const char *module = type->module_name;
    if (module && strcmp(module, "builtins") != 0)
        return str_value(str_from_format("<%s.%s object at %p>", module, str_cstr(type->qualname), (void *)self.as.object));
    return str_value(str_from_format("<%s object at %p>", str_cstr(type->qualname), (void *)self.as.object));
}

/* Identity hash; tagged values (None, small ints) have no address, so they
 * use their own hash (object.__hash__(None) == hash(None), as in CPython). */
static bool object_hash(Value self, int64_t *out) {
    if (!is_object(self)) return obj_hash(self, out);
    *out = (int64_t)((uintptr_t)self.as.object >> 4);
    return true;
}

/* == is identity; != inverts the type's own == (CPython's object_richcompare). */
static Value object_compare(Value a, Value b, CompareOp op) {
    if (op == COMPARE_EQ) return value_is_same(a, b) ? value_bool(true) : value_not_implemented();
    if (op != COMPARE_NE) return value_not_implemented();
    Type *type = value_type(a);
    if (!type->compare) return value_not_implemented();
    Value equal = type->compare(a, b, COMPARE_EQ);
    if (is_null(equal) || is_not_implemented(equal)) return equal;
    int truth = obj_truthy(equal);
    return truth < 0 ? value_null() : value_bool(!truth);
}

static Value object_format(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("__format__", kwnames) || !args_check_count("object.__format__", nargs - 1, 1, 1)) return value_null();
    if (!is_str(args[1]))
        return raise_error(&type_type_error, "__format__() argument must be str, not %s", value_type_name(args[1]));
    if (as_str(args[1])->length != 0)
        return raise_error(&type_type_error, "unsupported format string passed to %s.__format__", value_type_name(args[0]));
    return obj_str(args[0]);
}

static Value object_init_subclass(Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length)
        return raise_error(&type_type_error, "%s.__init_subclass__() takes no keyword arguments",
                           ((Type *)args[0].as.object)->name);
    if (nargs > 1) return raise_error(&type_type_error, "%s.__init_subclass__() takes no arguments (%d given)",
                                      ((Type *)args[0].as.object)->name, nargs - 1);
    return value_none();
}

/* __getstate__ (3.11): the instance dict, or None when it has none. */
static Value object_getstate(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("object.__getstate__", nargs - 1, 0, 0)) return value_null();
    Dict **slot = instance_dict_slot(args[0]);
    if (!slot || !*slot || (*slot)->count == 0) return value_none();
    return value_object(*slot);
}

static Value object_reduce(Value *args, int nargs, Tuple *kwnames) {
    return raise_error(&type_type_error, "cannot pickle '%s' object", value_type_name(args[0]));
}

/* __sizeof__: the bytes of the object's own allocation. */
static Value object_sizeof(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("object.__sizeof__", nargs - 1, 0, 0)) return value_null();
    if (!is_object(args[0])) return value_int(sizeof(Value));
    return value_int((int64_t)args[0].as.object->gc_size);
}

static Value object_subclasshook(Value *args, int nargs, Tuple *kwnames) { return value_not_implemented(); }

static bool class_add_keys(List *names, Dict *dict) {
    int64_t position = 0;
    Value key, value;
    while (dict && dict_next(dict, &position, &key, &value))
        if (!list_append(names, key)) return false;
    return true;
}

/* __dir__: instance attributes and everything along the class's MRO
 * (dir() sorts and removes duplicates). */
static Value object_dir(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("object.__dir__", nargs - 1, 0, 0)) return value_null();
    List *names = list_new(0);
    if (!names) return value_null();
    Dict **slot = instance_dict_slot(args[0]);
    if (slot && !class_add_keys(names, *slot)) return value_null();
    Type *type = value_type(args[0]);
    for (int64_t i = 0; i < type->mro->length; i++)
        if (!class_add_keys(names, ((Type *)type->mro->items[i].as.object)->dict)) return value_null();
    return value_object(names);
}

static Value object_reduce_ex(Value *args, int nargs, Tuple *kwnames) {
    return raise_error(&type_type_error, "cannot pickle '%s' object", value_type_name(args[0]));
}

static Value object_get_class(Value self) { return value_object(value_type(self)); }

/* __class__ assignment between compatible heap classes. */
static bool object_set_class(Value self, Value value) {
    if (is_null(value)) {
        raise_error(&type_type_error, "can't delete __class__ attribute");
        return false;
    }
    if (!value_is_instance(value, &type_type)) {
        raise_error(&type_type_error, "__class__ must be set to a class, not '%s' object", value_type_name(value));
        return false;
    }
    Type *old = value_type(self), *new_type = (Type *)value.as.object;
    if (!(old->flags & TYPE_HEAPTYPE) || !(new_type->flags & TYPE_HEAPTYPE) ||
        class_solid_base(old) != class_solid_base(new_type)) {
        raise_error(&type_type_error, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return false;
    }
    self.as.object->type = new_type;
    return true;
}

static const MethodDef object_methods[] = {
    {"__format__", object_format, METHOD_INSTANCE, NULL},
    {"__init_subclass__", object_init_subclass, METHOD_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, METHOD_CLASS, NULL},
    {"__getstate__", object_getstate, METHOD_INSTANCE, NULL},
    {"__reduce__", object_reduce, METHOD_INSTANCE, NULL},
    {"__sizeof__", object_sizeof, METHOD_INSTANCE, NULL},
    {"__dir__", object_dir, METHOD_INSTANCE, NULL},
    {"__reduce_ex__", object_reduce_ex, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

Type type_object = {
    .name = "object",
    .instance_size = sizeof(Object),
    .flags = TYPE_BASETYPE,
    .methods = object_methods,
    .getsets = object_getsets,
    .new = object_new,
    .init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .compare = object_compare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
};

/* ---- generic attribute access ------------------------------------------- */

/* Whether [name] is "__dict__" (a pointer test for interned names). */
static bool class_is_dict_name(Str *name) {
    static Str *dict_name;
    if (!dict_name) {
        dict_name = str_intern("__dict__");
        gc_add_global_object_root((Object **)&dict_name);
    }
    return name == dict_name || (!name->is_interned && str_equal(name, dict_name));
}

/* Contract: see object.h. May call Python (descriptors written in Python). */
Value obj_generic_getattr(Value self, Str *name) {
    Type *type = value_type(self);
    Value descr = class_lookup(type, name);
    Type *descr_type = is_null(descr) ? NULL : value_type(descr);
    if (descr_type && descr_type->descr_get && descr_type->descr_set)
        return descr_type->descr_get(descr, self, type);
    Dict **slot = instance_dict_slot(self);
    if (slot) {
        if (class_is_dict_name(name)) {
            if (!*slot) *slot = dict_new();
            return *slot ? value_object(*slot) : value_null();
        }
        if (*slot) {
            Value found = dict_get_str(*slot, name);
            if (!is_null(found) || error_pending()) return found;
        }
    }
    if (descr_type) return descr_type->descr_get ? descr_type->descr_get(descr, self, type) : descr;
    if (error_pending()) return value_null();
    return class_name_error(self, name);
}

/* Contract: see object.h. [value] VAL_NULL deletes. */
bool obj_generic_setattr(Value self, Str *name, Value value) {
    Type *type = value_type(self);
    Value descr = class_lookup(type, name);
    if (!is_null(descr) && value_type(descr)->descr_set) return value_type(descr)->descr_set(descr, self, value);
    Dict **slot = instance_dict_slot(self);
    if (!slot) {
        if (!is_null(descr))
            raise_error(&type_attribute_error, "'%s' object attribute '%s' is read-only", type->name, str_cstr(name));
        else
            class_name_error(self, name);
        return false;
    }
    if (class_is_dict_name(name)) {
        if (is_null(value) || !is_dict(value)) {
            raise_error(&type_type_error, "__dict__ must be set to a dictionary, not a '%s'",
                        is_null(value) ? "NoneType" : value_type_name(value));
            return false;
        }
        *slot = as_dict(value);
        return true;
    }
    if (is_null(value)) {
        int deleted = *slot ? dict_delete(*slot, value_object(name)) : 0;
        if (deleted == 0) class_name_error(self, name);
        return deleted > 0;
    }
    if (!*slot && !(*slot = dict_new())) return false;
    return dict_set_str(*slot, name, value);
}

/* ---- type: the class of classes ------------------------------------------- */

static Type *as_type(Value v) { return (Type *)v.as.object; }

static Value type_repr(Value self) {
    Type *type = as_type(self);
    const char *module = type->module_name;
    const char *name = type->qualname ? str_cstr(type->qualname) : type->name;
    if (module && strcmp(module, "builtins") != 0)
        return str_value(str_from_format("<class '%s.%s'>", module, name));
    return str_value(str_from_format("<class '%s'>", name));
}

static void type_mark(Object *self) {
    Type *type = (Type *)self;
    gc_mark_object((Object *)type->name_str);
    gc_mark_object((Object *)type->qualname);
    gc_mark_object((Object *)type->base_type);
    gc_mark_object((Object *)type->bases);
    gc_mark_object((Object *)type->mro);
    gc_mark_object((Object *)type->dict);
}

/* Calling a class: new, then init if the result is an instance of it. */
static Value type_call(Value callable, Value *args, int nargs, Tuple *kwnames) {
    Type *type = as_type(callable);
    if (type == &type_type && nargs == 1 && (!kwnames || kwnames->length == 0))
        return value_object(value_type(args[0]));
    if (!type->new) return raise_error(&type_type_error, "cannot create '%s' instances", type->name);
    Value instance = type->new(type, args, nargs, kwnames);
    if (is_null(instance) || !value_is_instance(instance, type)) return instance;
    Type *actual = value_type(instance);
    if (!actual->init) return instance;
    gc_push_root(instance);
    bool ok = actual->init(instance, args, nargs, kwnames);
    gc_pop_roots(1);
    return ok ? instance : value_null();
}

static Value class_new_with_meta(Type *meta, Str *name, Tuple *bases, Dict *namespace, Value *kwvalues, Tuple *kwnames);

/* type(x) or type(name, bases, dict, **kw) */
static Value type_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    int keywords = kwnames ? (int)kwnames->length : 0;
    if (cls == &type_type && nargs == 1 && keywords == 0) return value_object(value_type(args[0]));
    if (nargs != 3) return raise_error(&type_type_error, "type() takes 1 or 3 arguments");
    if (!is_str(args[0]))
        return raise_error(&type_type_error, "type.__new__() argument 1 must be str, not %s", value_type_name(args[0]));
    if (!is_tuple(args[1]))
        return raise_error(&type_type_error, "type.__new__() argument 2 must be tuple, not %s", value_type_name(args[1]));
    if (!is_dict(args[2]))
        return raise_error(&type_type_error, "type.__new__() argument 3 must be dict, not %s", value_type_name(args[2]));
    return class_new_with_meta(cls, as_str(args[0]), as_tuple(args[1]), as_dict(args[2]), args + 3, kwnames);
}

static bool type_init(Value self, Value *args, int nargs, Tuple *kwnames) {
    if (nargs != 1 && nargs != 3) {
        raise_error(&type_type_error, "type.__init__() takes 1 or 3 arguments");
        return false;
    }
    return true;
}

static Value class_attribute_error(Type *type, Str *name) {
    return raise_error(&type_attribute_error, "type object '%s' has no attribute '%s'", type->name, str_cstr(name));
}

/* Attribute lookup on a class: the metaclass's data descriptors, then the
 * class's MRO (descriptors bound with no instance), then the metaclass. */
static Value type_getattr(Value self, Str *name) {
    Type *type = as_type(self), *meta = value_type(self);
    Value meta_attr = class_lookup(meta, name);
    Type *meta_attr_type = is_null(meta_attr) ? NULL : value_type(meta_attr);
    if (meta_attr_type && meta_attr_type->descr_get && meta_attr_type->descr_set)
        return meta_attr_type->descr_get(meta_attr, self, meta);
    Value attr = class_lookup(type, name);
    if (!is_null(attr)) {
        Type *attr_type = value_type(attr);
        return attr_type->descr_get ? attr_type->descr_get(attr, value_null(), type) : attr;
    }
    if (error_pending()) return value_null();
    if (meta_attr_type) return meta_attr_type->descr_get ? meta_attr_type->descr_get(meta_attr, self, meta) : meta_attr;
    if (meta->flags & TYPE_HEAPTYPE) {
        Value getattr = type_lookup(meta, str_intern("__getattr__"));
        if (!is_null(getattr)) {
            Value call_args[2] = {self, value_object(name)};
            return obj_call(getattr, call_args, 2, NULL);
        }
    }
    return class_attribute_error(type, name);
}

static bool type_setattr(Value self, Str *name, Value value) {
    Type *type = as_type(self), *meta = value_type(self);
    Value meta_attr = type_lookup(meta, name);
    if (!is_null(meta_attr) && value_type(meta_attr)->descr_set)
        return value_type(meta_attr)->descr_set(meta_attr, self, value);
    if (!(type->flags & TYPE_HEAPTYPE)) {
        raise_error(&type_type_error, "cannot set '%s' attribute of immutable type '%s'", str_cstr(name), type->name);
        return false;
    }
    class_lookup_invalidate();
    if (is_null(value)) {
        int deleted = dict_delete(type->dict, value_object(name));
        if (deleted == 0) class_attribute_error(type, name);
        if (deleted <= 0) return false;
    } else if (!dict_set_str(type->dict, name, value)) {
        return false;
    }
    class_update_slots(type, name);
    return true;
}

static Value type_mro_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("type.mro", nargs - 1, 0, 0)) return value_null();
    List *mro = list_from_values(as_type(args[0])->mro->items, as_type(args[0])->mro->length);
    return mro ? value_object(mro) : value_null();
}

static Value type_subclasses(Value *args, int nargs, Tuple *kwnames) {
    List *list = list_new(0);
    return list ? value_object(list) : value_null();
}

static Value type_prepare(Value *args, int nargs, Tuple *kwnames) {
    Dict *dict = dict_new();
    return dict ? value_object(dict) : value_null();
}

static Value type_instancecheck(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("__instancecheck__", nargs - 1, 1, 1)) return value_null();
    return value_bool(value_is_instance(args[1], as_type(args[0])));
}

static Value type_subclasscheck(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("__subclasscheck__", nargs - 1, 1, 1)) return value_null();
    if (!value_is_instance(args[1], &type_type))
        return raise_error(&type_type_error, "issubclass() arg 1 must be a class");
    return value_bool(type_is_subtype(as_type(args[1]), as_type(args[0])));
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, METHOD_INSTANCE, NULL},
    {"__subclasses__", type_subclasses, METHOD_INSTANCE, NULL},
    {"__prepare__", type_prepare, METHOD_CLASS, NULL},
    {"__instancecheck__", type_instancecheck, METHOD_INSTANCE, NULL},
    {"__subclasscheck__", type_subclasscheck, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static Value type_get_name(Value self) { return str_value(as_type(self)->name_str ? as_type(self)->name_str : str_from_cstr(as_type(self)->name)); }
static bool type_set_name(Value self, Value value) {
    Type *type = as_type(self);
    if (!(type->flags & TYPE_HEAPTYPE)) {
        raise_error(&type_type_error, "cannot set '__name__' attribute of immutable type '%s'", type->name);
        return false;
    }
    if (is_null(value) || !is_str(value)) {
        raise_error(&type_type_error, "can only assign string to %s.__name__, not '%s'", type->name,
                    is_null(value) ? "NoneType" : value_type_name(value));
        return false;
    }
    type->name_str = as_str(value);
    type->name = str_cstr(type->name_str);
    return true;
}
static Value type_get_qualname(Value self) {
    Type *type = as_type(self);
    return type->qualname ? value_object(type->qualname) : type_get_name(self);
}
static bool type_set_qualname(Value self, Value value) {
    Type *type = as_type(self);
    if (is_null(value) || !is_str(value) || !(type->flags & TYPE_HEAPTYPE)) {
        raise_error(&type_type_error, "can only assign string to %s.__qualname__, not '%s'", type->name,
                    is_null(value) ? "NoneType" : value_type_name(value));
        return false;
    }
    type->qualname = as_str(value);
    return true;
}
static Value type_get_module(Value self) {
    Type *type = as_type(self);
    if (type->flags & TYPE_HEAPTYPE) {
        Value module = dict_get_cstr(type->dict, "__module__");
        if (!is_null(module)) return module;
    }
    return str_value(str_from_cstr(type->module_name ? type->module_name : "builtins"));
}
static bool type_set_module(Value self, Value value) {
    Type *type = as_type(self);
    if (!(type->flags & TYPE_HEAPTYPE) || is_null(value)) {
        raise_error(&type_type_error, "cannot set '__module__' attribute of immutable type '%s'", type->name);
        return false;
    }
    if (!dict_set_cstr(type->dict, "__module__", value)) return false;
    if (is_str(value)) type->module_name = str_cstr(as_str(value));
    return true;
}
static Value type_get_bases(Value self) { return value_object(as_type(self)->bases); }
static Value type_get_base(Value self) {
    Type *base = as_type(self)->base_type;
    return base ? value_object(base) : value_none();
}
static Value type_get_mro(Value self) { return value_object(as_type(self)->mro); }

static Value type_get_dict(Value self) { return super_mapping_proxy_new(as_type(self)->dict); }
static Value type_get_doc(Value self) {
    Value doc = dict_get_cstr(as_type(self)->dict, "__doc__");
    if (is_null(doc)) return value_none();
    Type *doc_type = value_type(doc);
    if (doc_type->descr_get) return doc_type->descr_get(doc, value_null(), as_type(self));
    return doc;
}
static bool type_set_doc(Value self, Value value) {
    Type *type = as_type(self);
    if (!(type->flags & TYPE_HEAPTYPE)) {
        raise_error(&type_type_error, "cannot set '__doc__' attribute of immutable type '%s'", type->name);
        return false;
    }
    return dict_set_cstr(type->dict, "__doc__", is_null(value) ? value_none() : value);
}

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {NULL, NULL, NULL},
};

Type type_type = {
    .name = "type",
    .instance_size = sizeof(Type),
    .flags = TYPE_BASETYPE,
    .methods = type_methods,
    .getsets = type_getsets,
    .new = type_new,
    .init = type_init,
    .repr = type_repr,
    .hash = object_hash,
    .compare = object_compare,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .gc_mark = type_mark,
};

/* ---- class creation ----------------------------------------------------------- */

/* C3 linearisation: merge the bases' MROs and the bases list, always
 * taking the first head that appears in no other list's tail. */
typedef struct MroMerge {
    Tuple **lists;
    int64_t *positions;
    int count;
} MroMerge;

static bool class_in_tail(MroMerge *merge, Value candidate) {
    for (int j = 0; j < merge->count; j++)
        for (int64_t k = merge->positions[j] + 1; k < merge->lists[j]->length; k++)
            if (value_is_same(merge->lists[j]->items[k], candidate)) return true;
    return false;
}

static void class_mro_error(MroMerge *merge) {
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
    int listed = 0;
    for (int j = 0; j < merge->count; j++) {
        if (merge->positions[j] >= merge->lists[j]->length) continue;
        Value head = merge->lists[j]->items[merge->positions[j]];
        bool seen = false;
        for (int i = 0; i < j; i++)
            if (merge->positions[i] < merge->lists[i]->length && value_is_same(merge->lists[i]->items[merge->positions[i]], head))
                seen = true;
        if (seen) continue;
        sb_appendf(&sb, "%s %s", listed++ ? "," : "", as_type(head)->name);
    }
    Str *message = sb_finish(&sb);
    raise_error(&type_type_error, "%s", message ? str_cstr(message) : "MRO conflict");
}

static Tuple *class_compute_mro(Type *type, Tuple *bases) {
    int count = (int)bases->length + 1;
    Tuple *lists[count];
    int64_t positions[count];
    int64_t total = 1;
    for (int i = 0; i < count - 1; i++) {
        lists[i] = as_type(bases->items[i])->mro;
        total += lists[i]->length;
        positions[i] = 0;
    }
    lists[count - 1] = bases;
    positions[count - 1] = 0;
    MroMerge merge = {lists, positions, count};
    Value *result = malloc(sizeof(Value) * (size_t)total);
    if (!result) return (Tuple *)(raise_memory_error(), NULL);
    int64_t length = 0;
    result[length++] = value_object(type);
    for (;;) {
        Value chosen = value_null();
        bool any_left = false;
        for (int j = 0; j < count && is_null(chosen); j++) {
            if (positions[j] >= lists[j]->length) continue;
            any_left = true;
            Value head = lists[j]->items[positions[j]];
            if (!class_in_tail(&merge, head)) chosen = head;
        }
        if (!any_left) break;
        if (is_null(chosen)) {
            class_mro_error(&merge);
            free(result);
            return NULL;
        }
        result[length++] = chosen;
        for (int j = 0; j < count; j++)
            if (positions[j] < lists[j]->length && value_is_same(lists[j]->items[positions[j]], chosen)) positions[j]++;
    }
    Tuple *mro = tuple_from_values(result, length);
    free(result);
    return mro;
}

/* Check the bases and pick the primary one (the most derived layout). */
static Type *class_best_base(Tuple *bases) {
    Type *best = NULL, *best_solid = NULL;
    for (int64_t i = 0; i < bases->length; i++) {
        Value base_value = bases->items[i];
        if (!value_is_instance(base_value, &type_type)) {
            raise_error(&type_type_error, "bases must be types");
            return NULL;
        }
        Type *base = as_type(base_value);
        if (!(base->flags & TYPE_BASETYPE)) {
            raise_error(&type_type_error, "type '%s' is not an acceptable base type", base->name);
            return NULL;
        }
        for (int64_t j = 0; j < i; j++)
            if (value_is_same(bases->items[j], base_value)) {
                raise_error(&type_type_error, "duplicate base class %s", base->name);
                return NULL;
            }
        Type *solid = class_solid_base(base);
        if (!best || type_is_subtype(solid, best_solid)) {
            if (!best || solid != best_solid) best = base;
            best_solid = solid;
        } else if (!type_is_subtype(best_solid, solid)) {
            raise_error(&type_type_error, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* Plain functions under these names are implicitly static/class methods. */
static bool class_wrap_implicit(Dict *dict, const char *name, Type *wrapper) {
    Value value = dict_get_cstr(dict, name);
    if (!is_function(value)) return true;
    WrappedCallable *wrapped = (WrappedCallable *)gc_alloc(wrapper, sizeof(WrappedCallable));
    if (!wrapped) return false;
    wrapped->callable = value;
    return dict_set_cstr(dict, name, value_object(wrapped));
}

/* Copy the namespace into the class dict, applying the class statement's
 * special names (__qualname__, __classcell__, __module__, __doc__). */
static bool class_fill_dict(Type *type, Dict *namespace) {
    type->dict = dict_copy(namespace);
    if (!type->dict) return false;
    Value qualname = dict_get_cstr(type->dict, "__qualname__");
    if (!is_null(qualname)) {
        if (!is_str(qualname)) {
            raise_error(&type_type_error, "type __qualname__ must be a str, not %s", value_type_name(qualname));
            return false;
        }
        type->qualname = as_str(qualname);
        if (dict_delete(type->dict, value_object(str_intern("__qualname__"))) < 0) return false;
    }
    Value module = dict_get_cstr(type->dict, "__module__");
    if (is_null(module) && vm.frame && vm.frame->globals) {
        module = dict_get_cstr(vm.frame->globals, "__name__");
        if (!is_null(module) && !dict_set_cstr(type->dict, "__module__", module)) return false;
    }
    type->module_name = is_str(module) ? str_cstr(as_str(module)) : "builtins";
    Value eq = dict_get_cstr(type->dict, "__eq__");
    if (!is_null(eq) && is_null(dict_get_cstr(type->dict, "__hash__")) && !dict_set_cstr(type->dict, "__hash__", value_none()))
        return false;
    Value cell = dict_get_cstr(type->dict, "__classcell__");
    if (is_object_of(cell, &type_cell)) {
        ((Cell *)cell.as.object)->value = value_object(type);
        if (dict_delete(type->dict, value_object(str_intern("__classcell__"))) < 0) return false;
    }
    return class_wrap_implicit(type->dict, "__new__", &type_staticmethod) &&
           class_wrap_implicit(type->dict, "__init_subclass__", &type_classmethod) &&
           class_wrap_implicit(type->dict, "__class_getitem__", &type_classmethod);
}

/* __set_name__(owner, name) for every attribute that defines it. */
static bool class_call_set_names(Type *type) {
    Dict *snapshot = dict_copy(type->dict);
    if (!snapshot) return false;
    gc_push_root(value_object(snapshot));
    int64_t position = 0;
    Value key, value;
    bool ok = true;
    Str *set_name = str_intern("__set_name__");
    while (ok && dict_next(snapshot, &position, &key, &value)) {
        Value method = type_lookup(value_type(value), set_name);
        if (is_null(method)) continue;
        Value bound = value_type(method)->descr_get ? value_type(method)->descr_get(method, value, value_type(value)) : method;
        if (is_null(bound)) { ok = false; break; }
        Value args[2] = {value_object(type), key};
        ok = !is_null(obj_call(bound, args, 2, NULL));
    }
    gc_pop_roots(1);
    return ok;
}

/* The instance's dict and weak-reference slots, as attributes. */
static Value class_get_instance_dict(Value self) {
    Dict **slot = instance_dict_slot(self);
    if (!slot) return class_name_error(self, str_intern("__dict__"));
    if (!*slot) *slot = dict_new();
    return *slot ? value_object(*slot) : value_null();
}
static bool class_set_instance_dict(Value self, Value value) {
    Dict **slot = instance_dict_slot(self);
    if (!slot) {
        class_name_error(self, str_intern("__dict__"));
        return false;
    }
    if (is_null(value) || !is_dict(value)) {
        raise_error(&type_type_error, "__dict__ must be set to a dictionary, not a '%s'",
                    is_null(value) ? "NoneType" : value_type_name(value));
        return false;
    }
    *slot = as_dict(value);
    return true;
}
static Value class_get_weakref(Value self) { return value_none(); }

static const GetSetDef class_layout_getsets[] = {
    {"__dict__", class_get_instance_dict, class_set_instance_dict},
    {"__weakref__", class_get_weakref, NULL},
};

static bool class_bases_define(Tuple *bases, const char *name) {
    for (int64_t i = 0; i < bases->length; i++)
        if (!is_null(type_lookup_cstr(as_type(bases->items[i]), name))) return true;
    return false;
}

/* CPython's class dict ends with __dict__ and __weakref__ descriptors (for
 * the first class of a hierarchy that has them) and __doc__. */
static bool class_add_layout_attributes(Type *type, Tuple *bases) {
    bool slotted = !is_null(dict_get_cstr(type->dict, "__slots__"));
    bool has_dict = !(type->flags & TYPE_NO_DICT) && !(type->flags & TYPE_EXCEPTION);
    for (int i = 0; i < 2; i++) {
        const GetSetDef *def = &class_layout_getsets[i];
        bool wanted = i == 0 ? has_dict && !class_bases_define(bases, def->name) : !slotted && !class_bases_define(bases, def->name);
        if (!wanted || !is_null(dict_get_cstr(type->dict, def->name))) continue;
        Value descr = typeslots_getset_new(type, def);
        if (is_null(descr) || !dict_set_cstr(type->dict, def->name, descr)) return false;
    }
    if (is_null(dict_get_cstr(type->dict, "__doc__")) && !dict_set_cstr(type->dict, "__doc__", value_none())) return false;
    return true;
}

/* super(type, type).__init_subclass__(**kw) */
static bool class_call_init_subclass(Type *type, Value *kwvalues, Tuple *kwnames) {
    Str *name = str_intern("__init_subclass__");
    for (int64_t i = 1; i < type->mro->length; i++) {
        Type *klass = as_type(type->mro->items[i]);
        Value found = dict_get_str(klass->dict, name);
        if (is_null(found)) continue;
        Value bound = value_type(found)->descr_get ? value_type(found)->descr_get(found, value_null(), type) : found;
        if (is_null(bound)) return false;
        gc_push_root(bound);
        Value result = obj_call(bound, kwvalues, 0, kwnames);
        gc_pop_roots(1);
        return !is_null(result);
    }
    return true;
}

static Type *class_pick_metaclass(Type *meta, Tuple *bases);

static Value class_new_with_meta(Type *meta, Str *name, Tuple *bases, Dict *namespace, Value *kwvalues, Tuple *kwnames) {
    meta = class_pick_metaclass(meta, bases);
    if (!meta) return value_null();
    if (bases->length == 0) bases = tuple_pack(1, value_object(&type_object));
    if (!bases) return value_null();
    Type *base = class_best_base(bases);
    if (!base) return value_null();
    Type *type = (Type *)gc_alloc(meta, meta->instance_size > sizeof(Type) ? meta->instance_size : sizeof(Type));
    if (!type) return value_null();
    class_lookup_invalidate();
    type->name_str = str_intern_str(name);
    type->name = str_cstr(type->name_str);
    type->base_type = base;
    type->bases = bases;
    type->flags = TYPE_HEAPTYPE | TYPE_BASETYPE | (base->flags & TYPE_EXCEPTION);
    Type *solid = class_solid_base(base);
    type->instance_size = class_instance_size(solid);
    type->gc_mark = class_instance_mark;
    type->gc_free = base->gc_free;
    type->methods = NULL;
    type->getsets = NULL;
    if (!class_fill_dict(type, namespace) || !class_apply_slots(type, bases) || !class_add_layout_attributes(type, bases))
        return value_null();
    type->mro = class_compute_mro(type, bases);
    if (!type->mro) return value_null();
    class_update_slots(type, NULL);
    gc_push_root(value_object(type));
    bool ok = class_call_set_names(type) && class_call_init_subclass(type, kwvalues, kwnames);
    gc_pop_roots(1);
    return ok ? value_object(type) : value_null();
}

/* Contract: see class.h. */
Value class_new(Str *name, Tuple *bases, Dict *namespace, Tuple *kwnames_unused) {
    return class_new_with_meta(&type_type, name, bases, namespace, NULL, NULL);
}

/* The most derived metaclass among [meta] and the bases' metaclasses. */
static Type *class_pick_metaclass(Type *meta, Tuple *bases) {
    Type *winner = meta;
    for (int64_t i = 0; i < bases->length; i++) {
        Type *base_meta = value_type(bases->items[i]);
        if (type_is_subtype(winner, base_meta)) continue;
        if (type_is_subtype(base_meta, winner)) {
            winner = base_meta;
            continue;
        }
        raise_error(&type_type_error, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                      "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Split __build_class__'s keywords into metaclass= and the rest; the rest's
 * values go to rest_values[3...] (after name, bases, namespace). */
static bool class_split_keywords(Value *kwvalues, Tuple *kwnames, Value *rest_values, Tuple **rest_names,
                                 Value *metaclass) {
    int count = kwnames ? (int)kwnames->length : 0, kept = 0;
    *rest_names = NULL;
    *metaclass = value_null();
    if (count == 0) return true;
    Value names[count];
    for (int i = 0; i < count; i++) {
        if (str_equal_cstr(as_str(kwnames->items[i]), "metaclass")) {
            *metaclass = kwvalues[i];
            continue;
        }
        names[kept] = kwnames->items[i];
        rest_values[3 + kept] = kwvalues[i];
        kept++;
    }
    if (kept && !(*rest_names = tuple_from_values(names, kept))) return false;
    return true;
}

/* Run the class body in a fresh namespace and call the metaclass
 * ([meta] NULL: [callable] is a plain function given as metaclass=). */
/* The namespace for the class body: a fresh dict, or what a metaclass's
 * own __prepare__(name, bases, **kw) returns (it must be a dict). */
static Dict *class_prepare(Type *meta, Value *call_args, Tuple *rest_names) {
    Value prepare = meta && (meta->flags & TYPE_HEAPTYPE) ? class_lookup(meta, str_intern("__prepare__")) : value_null();
    if (is_null(prepare) || is_native_function(prepare)) return error_pending() ? NULL : dict_new();
    Value bound = value_type(prepare)->descr_get ? value_type(prepare)->descr_get(prepare, value_null(), meta) : prepare;
    if (is_null(bound)) return NULL;
    int keywords = rest_names ? (int)rest_names->length : 0;
    Value args[2 + keywords];
    args[0] = call_args[0];
    args[1] = call_args[1];
    for (int i = 0; i < keywords; i++) args[2 + i] = call_args[3 + i];
    gc_push_root(bound);
    Value namespace = obj_call(bound, args, 2, rest_names);
    gc_pop_roots(1);
    if (is_null(namespace)) return NULL;
    if (!value_is_instance(namespace, &type_dict)) {
        raise_error(&type_type_error, "%s.__prepare__() must return a mapping, not %s", meta->name, value_type_name(namespace));
        return NULL;
    }
    return (Dict *)namespace.as.object;
}

static Value class_build_run(Value function, Type *meta, Value callable, Value *call_args, Tuple *rest_names) {
    Dict *namespace = class_prepare(meta, call_args, rest_names);
    if (!namespace) return value_null();
    call_args[2] = value_object(namespace);
    gc_push_root(call_args[2]);
    Value cell = vm_call_with_locals(as_function(function), namespace);
    if (is_null(cell)) {
        gc_pop_roots(1);
        return cell;
    }
    Value cls;
    gc_push_root(cell);
    if (meta == &type_type)
        cls = class_new_with_meta(meta, as_str(call_args[0]), as_tuple(call_args[1]), namespace, call_args + 3, rest_names);
    else
        cls = obj_call(callable, call_args, 3, rest_names);
    gc_pop_roots(2);
    if (!is_null(cls) && is_object_of(cell, &type_cell) && is_null(((Cell *)cell.as.object)->value))
        ((Cell *)cell.as.object)->value = cls;
    return cls;
}

/* The metaclass to use: the explicit one (if a class) or type, made the
 * most derived among the bases' metaclasses. NULL with an exception on a
 * conflict; *callable receives what to call. */
static bool class_choose_metaclass(Value explicit_meta, Tuple *bases, Type **meta, Value *callable) {
    if (!is_null(explicit_meta) && !value_is_instance(explicit_meta, &type_type)) {
        *meta = NULL;
        *callable = explicit_meta;
        return true;
    }
    Type *start = is_null(explicit_meta) ? &type_type : as_type(explicit_meta);
    *meta = class_pick_metaclass(start, bases);
    if (!*meta) return false;
    *callable = value_object(*meta);
    return true;
}

/* Contract: see class.h. args = (body function, name, *bases); keywords
 * metaclass= and any others (passed to the metaclass and
 * __init_subclass__). Runs Python code. */
Value class_build_class(Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 2) return raise_error(&type_type_error, "__build_class__: not enough arguments");
    if (!is_function(args[0])) return raise_error(&type_type_error, "__build_class__: func must be a function");
    if (!is_str(args[1])) return raise_error(&type_type_error, "__build_class__: name is not a string");
    Tuple *bases = tuple_from_values(args + 2, nargs - 2);
    if (!bases) return value_null();
    int keywords = kwnames ? (int)kwnames->length : 0;
    Value call_args[3 + keywords];
    call_args[0] = args[1];
    call_args[1] = value_object(bases);
    call_args[2] = value_none();
    Tuple *rest_names;
    Value explicit_meta, callable;
    Type *meta;
    if (!class_split_keywords(args + nargs, kwnames, call_args, &rest_names, &explicit_meta)) return value_null();
    if (!class_choose_metaclass(explicit_meta, bases, &meta, &callable)) return value_null();
    gc_push_root(value_object(bases));
    gc_push_root(rest_names ? value_object(rest_names) : value_none());
    Value result = class_build_run(args[0], meta, callable, call_args, rest_names);
    gc_pop_roots(2);
    return result;
}

/* Contract: see types_init.h. Readies object, type, super and the
 * descriptor types of typeslots.c. */
void class_types_init(void) {
    gc_add_root_marker(class_cache_mark);
    type_ready(&type_object);
    type_ready(&type_type);
    type_ready(&type_member_descriptor);
    super_types_init();
    typeslots_types_init();
}
