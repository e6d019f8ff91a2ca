/* typeslots.c — the two-way bridge between C slots and dunder methods.
 *
 * A built-in type implements its operations as C slots (object.h): int has a
 * binary slot, list a getitem slot. Python code sees them as dunder methods:
 * `int.__add__(1, 2)`, `list.__len__(x)`, `super().__init__()`. type_ready
 * puts a "slot wrapper" in the type's dict for each slot the type defines
 * itself; calling the wrapper calls the C slot of the type that owns it (not
 * the slot of the instance's type, which may be overridden — that is what
 * makes `super().__repr__()` work).
 *
 * The other direction is class_update_slots: a class statement that defines
 * `__add__` in Python gets an adapter in its binary slot. The adapter looks
 * the dunder up on the instance's type at call time and calls it, so C code
 * (obj_binary, obj_repr, dict lookups ...) never needs to know whether a type
 * is built-in or written in Python. A dunder found as a slot wrapper calls
 * the wrapper's C slot directly.
 *
 * type_ready also gives list, dict, tuple, set and frozenset the
 * __class_getitem__ of PEP 585, so `list[int]` makes a GenericAlias.
 *
 * Invariants
 *   - type_ready runs once per static type (the dict doubles as the "ready"
 *     mark); a base type is readied before its subclasses.
 *   - Slots a type leaves NULL are inherited from base_type, except that a
 *     type defining its own comparison but no hash stays unhashable (CPython's
 *     rule) and a static type directly under object does not inherit
 *     object's new (it cannot be instantiated from Python).
 *   - Heap types never keep a slot whose dunder is gone: class_update_slots
 *     recomputes them all from the MRO.
 */
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "class.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "range.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

/* ---- the slot table ---------------------------------------------------- */

typedef enum SlotId {
    SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_COMPARE, SLOT_TRUTHY, SLOT_LENGTH,
    SLOT_GETITEM, SLOT_SETITEM, SLOT_CONTAINS, SLOT_ITER, SLOT_NEXT, SLOT_CALL,
    SLOT_INIT, SLOT_NEW, SLOT_GETATTR, SLOT_SETATTR, SLOT_DESCR_GET, SLOT_DESCR_SET,
    SLOT_UNARY, SLOT_BINARY,
} SlotId;

/* One dunder name and the slot behind it. [op] is the CompareOp, UnaryOp
 * or BinaryOp; for setitem/setattr/descr_set it is 1 for the delete form. */
typedef struct SlotName {
    const char *text;
    SlotId slot;
    int op;
    bool reflected;   /* __radd__ and friends */
    Str *name;        /* interned text, filled in by slots_table */
} SlotName;

static SlotName fixed_slot_names[] = {
    {"__repr__", SLOT_REPR, 0, false, NULL}, {"__str__", SLOT_STR, 0, false, NULL},
    {"__hash__", SLOT_HASH, 0, false, NULL},
    {"__lt__", SLOT_COMPARE, COMPARE_LT, false, NULL}, {"__le__", SLOT_COMPARE, COMPARE_LE, false, NULL},
    {"__eq__", SLOT_COMPARE, COMPARE_EQ, false, NULL}, {"__ne__", SLOT_COMPARE, COMPARE_NE, false, NULL},
    {"__gt__", SLOT_COMPARE, COMPARE_GT, false, NULL}, {"__ge__", SLOT_COMPARE, COMPARE_GE, false, NULL},
    {"__bool__", SLOT_TRUTHY, 0, false, NULL}, {"__len__", SLOT_LENGTH, 0, false, NULL},
    {"__getitem__", SLOT_GETITEM, 0, false, NULL}, {"__setitem__", SLOT_SETITEM, 0, false, NULL},
    {"__delitem__", SLOT_SETITEM, 1, false, NULL}, {"__contains__", SLOT_CONTAINS, 0, false, NULL},
    {"__iter__", SLOT_ITER, 0, false, NULL}, {"__next__", SLOT_NEXT, 0, false, NULL},
    {"__call__", SLOT_CALL, 0, false, NULL}, {"__init__", SLOT_INIT, 0, false, NULL},
    {"__new__", SLOT_NEW, 0, false, NULL}, {"__getattribute__", SLOT_GETATTR, 0, false, NULL},
    {"__setattr__", SLOT_SETATTR, 0, false, NULL}, {"__delattr__", SLOT_SETATTR, 1, false, NULL},
    {"__get__", SLOT_DESCR_GET, 0, false, NULL}, {"__set__", SLOT_DESCR_SET, 0, false, NULL},
    {"__delete__", SLOT_DESCR_SET, 1, false, NULL},
    {"__neg__", SLOT_UNARY, UNARY_NEGATIVE, false, NULL}, {"__pos__", SLOT_UNARY, UNARY_POSITIVE, false, NULL},
    {"__invert__", SLOT_UNARY, UNARY_INVERT, false, NULL}, {"__abs__", SLOT_UNARY, UNARY_ABSOLUTE, false, NULL},
};
#define FIXED_SLOT_COUNT ((int)(sizeof fixed_slot_names / sizeof fixed_slot_names[0]))
/* plain, reflected and in-place forms of every binary operator */
#define SLOT_TABLE_SIZE (FIXED_SLOT_COUNT + BINARY_OP_COUNT + BINARY_INPLACE_OFFSET)

static SlotName slot_table[SLOT_TABLE_SIZE];
static int slot_table_count;
/* Interned names the adapters look up, indexed for speed. */
static Str *binary_names[BINARY_OP_COUNT], *reflected_names[BINARY_INPLACE_OFFSET];
static Str *compare_names[6], *unary_names[4];
static Str *name_getattr;

/* Intern a slot name and keep it alive: each lives in a pool registered
 * as GC roots (interned strings may otherwise be purged). */
static Str *slots_dunder(const char *text) {
    static Str *pool[SLOT_TABLE_SIZE + 8];
    static int used;
    pool[used] = str_intern(text);
    gc_add_global_object_root((Object **)&pool[used]);
    return pool[used++];
}

/* The table of every slot dunder, built on first use. */
static const SlotName *slots_table(void) {
    if (slot_table_count) return slot_table;
    for (int i = 0; i < FIXED_SLOT_COUNT; i++) {
        SlotName entry = fixed_slot_names[i];
        entry.name = slots_dunder(entry.text);
        if (entry.slot == SLOT_COMPARE) compare_names[entry.op] = entry.name;
        if (entry.slot == SLOT_UNARY) unary_names[entry.op] = entry.name;
        slot_table[slot_table_count++] = entry;
    }
    for (int op = 0; op < BINARY_OP_COUNT; op++) {
        binary_names[op] = slots_dunder(binary_op_dunder((BinaryOp)op));
        slot_table[slot_table_count++] = (SlotName){binary_op_dunder((BinaryOp)op), SLOT_BINARY, op, false, binary_names[op]};
    }
    for (int op = 0; op < BINARY_INPLACE_OFFSET; op++) {
        reflected_names[op] = slots_dunder(binary_op_reflected_dunder((BinaryOp)op));
        slot_table[slot_table_count++] = (SlotName){binary_op_reflected_dunder((BinaryOp)op), SLOT_BINARY, op, true, reflected_names[op]};
    }
    name_getattr = slots_dunder("__getattr__");
    return slot_table;
}

/* Whether [type] has the C slot [slot] filled. */
static bool slots_has(Type *type, SlotId slot) {
    switch (slot) {
    case SLOT_REPR: return type->repr != NULL;
    case SLOT_STR: return type->str != NULL;
    case SLOT_HASH: return type->hash != NULL;
    case SLOT_COMPARE: return type->compare != NULL;
    case SLOT_TRUTHY: return type->truthy != NULL;
    case SLOT_LENGTH: return type->length != NULL;
    case SLOT_GETITEM: return type->getitem != NULL;
    case SLOT_SETITEM: return type->setitem != NULL;
    case SLOT_CONTAINS: return type->contains != NULL;
    case SLOT_ITER: return type->iter != NULL;
    case SLOT_NEXT: return type->next != NULL;
    case SLOT_CALL: return type->call != NULL;
    case SLOT_INIT: return type->init != NULL;
    case SLOT_NEW: return type->new != NULL;
    case SLOT_GETATTR: return type->getattr != NULL;
    case SLOT_SETATTR: return type->setattr != NULL;
    case SLOT_DESCR_GET: return type->descr_get != NULL;
    case SLOT_DESCR_SET: return type->descr_set != NULL;
    case SLOT_UNARY: return type->unary != NULL;
    case SLOT_BINARY: return type->binary != NULL;
    }
    return false;
}

/* ---- slot wrappers: C slots seen from Python -------------------------------- */

typedef struct SlotWrapper {
    Object base;
    Type *owner;            /* whose C slot this calls */
    const SlotName *entry;  /* which slot and operator */
    Value self;             /* VAL_NULL: unbound ("slot wrapper"); else bound ("method-wrapper") */
} SlotWrapper;

static Type type_slot_wrapper, type_method_wrapper, type_getset_descriptor;

static SlotWrapper *as_slot_wrapper(Value v) { return (SlotWrapper *)v.as.object; }
static bool is_slot_wrapper(Value v) {
    return is_object(v) && (v.as.object->type == &type_slot_wrapper || v.as.object->type == &type_method_wrapper);
}

static Value slot_wrapper_new(Type *owner, const SlotName *entry, Value self) {
    Type *kind = is_null(self) ? &type_slot_wrapper : &type_method_wrapper;
    SlotWrapper *wrapper = (SlotWrapper *)gc_alloc(kind, sizeof(SlotWrapper));
    if (!wrapper) return value_null();
    wrapper->owner = owner;
    wrapper->entry = entry;
    wrapper->self = self;
    return value_object(wrapper);
}

static void slot_wrapper_mark(Object *self) {
    gc_mark_object((Object *)((SlotWrapper *)self)->owner);
    gc_mark_value(((SlotWrapper *)self)->self);
}

static bool slots_expect_args(int given, int expected) {
    if (given == expected) return true;
    raise_error(&type_type_error, "expected %d argument%s, got %d", expected, expected == 1 ? "" : "s", given);
    return false;
}

static Value slots_bool_result(int truth) { return truth < 0 ? value_null() : value_bool(truth); }
static Value slots_none_result(bool ok) { return ok ? value_none() : value_null(); }

/* __new__(cls, *args): the owner's new slot, for the class [args[0]]. */
static Value slot_wrapper_call_new(Type *owner, Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 1) return raise_error(&type_type_error, "%s.__new__(): not enough arguments", owner->name);
    if (!value_is_instance(args[0], &type_type))
        return raise_error(&type_type_error, "%s.__new__(X): X is not a type object (%s)", owner->name, value_type_name(args[0]));
    Type *cls = (Type *)args[0].as.object;
    if (!type_is_subtype(cls, owner))
        return raise_error(&type_type_error, "%s.__new__(%s): %s is not a subtype of %s", owner->name, cls->name, cls->name, owner->name);
    return owner->new(cls, args + 1, nargs - 1, kwnames);
}

/* Slots whose wrappers take positional arguments only, by arity. */
static Value slot_wrapper_call_fixed(Type *owner, const SlotName *entry, Value self, Value *args, int nargs) {
    int64_t hash;
    switch (entry->slot) {
    case SLOT_REPR: return slots_expect_args(nargs, 0) ? owner->repr(self) : value_null();
    case SLOT_STR: return slots_expect_args(nargs, 0) ? owner->str(self) : value_null();
    case SLOT_HASH:
        if (!slots_expect_args(nargs, 0) || !owner->hash(self, &hash)) return value_null();
        return value_int(hash);
    case SLOT_COMPARE: return slots_expect_args(nargs, 1) ? owner->compare(self, args[0], (CompareOp)entry->op) : value_null();
    case SLOT_TRUTHY: return slots_expect_args(nargs, 0) ? slots_bool_result(owner->truthy(self)) : value_null();
    case SLOT_LENGTH: {
        if (!slots_expect_args(nargs, 0)) return value_null();
        int64_t length = owner->length(self);
        return length < 0 ? value_null() : value_int(length);
    }
    case SLOT_GETITEM: return slots_expect_args(nargs, 1) ? owner->getitem(self, args[0]) : value_null();
    case SLOT_SETITEM:
        if (!slots_expect_args(nargs, entry->op ? 1 : 2)) return value_null();
        return slots_none_result(owner->setitem(self, args[0], entry->op ? value_null() : args[1]));
    case SLOT_CONTAINS: return slots_expect_args(nargs, 1) ? slots_bool_result(owner->contains(self, args[0])) : value_null();
    case SLOT_ITER: return slots_expect_args(nargs, 0) ? owner->iter(self) : value_null();
    case SLOT_NEXT: {
        if (!slots_expect_args(nargs, 0)) return value_null();
        Value item = owner->next(self);
        if (is_null(item) && !error_pending()) return raise_error(&type_stop_iteration, "%s", "");
        return item;
    }
    default: break;
    }
    return value_null();
}

/* Slots about attributes, descriptors and operators. */
static Value slot_wrapper_call_more(Type *owner, const SlotName *entry, Value self, Value *args, int nargs) {
    switch (entry->slot) {
    case SLOT_GETATTR:
    case SLOT_SETATTR:
        if (!slots_expect_args(nargs, entry->slot == SLOT_GETATTR || entry->op ? 1 : 2)) return value_null();
        if (!is_str(args[0]))
            return raise_error(&type_type_error, "attribute name must be string, not '%s'", value_type_name(args[0]));
        if (entry->slot == SLOT_GETATTR) return owner->getattr(self, as_str(args[0]));
        return slots_none_result(owner->setattr(self, as_str(args[0]), entry->op ? value_null() : args[1]));
    case SLOT_DESCR_GET: {
        if (nargs < 1 || nargs > 2) return raise_error(&type_type_error, "expected 1 or 2 arguments, got %d", nargs);
        Value instance = is_none(args[0]) ? value_null() : args[0];
        Value owner_arg = nargs == 2 ? args[1] : value_none();
        Type *cls = value_is_instance(owner_arg, &type_type) ? (Type *)owner_arg.as.object : NULL;
        if (is_null(instance) && !cls) return raise_error(&type_type_error, "__get__(None, None) is invalid");
        return owner->descr_get(self, instance, cls);
    }
    case SLOT_DESCR_SET:
        if (!slots_expect_args(nargs, entry->op ? 1 : 2)) return value_null();
        return slots_none_result(owner->descr_set(self, args[0], entry->op ? value_null() : args[1]));
    case SLOT_UNARY: return slots_expect_args(nargs, 0) ? owner->unary((UnaryOp)entry->op, self) : value_null();
    case SLOT_BINARY:
        if (!slots_expect_args(nargs, 1)) return value_null();
        if (entry->reflected) return owner->binary((BinaryOp)entry->op, args[0], self);
        return owner->binary((BinaryOp)entry->op, self, args[0]);
    default: break;
    }
    return slot_wrapper_call_fixed(owner, entry, self, args, nargs);
}

/* Call the owner's C slot; args[0] is self (cls for __new__). */
static Value slot_wrapper_dispatch(Type *owner, const SlotName *entry, Value *args, int nargs, Tuple *kwnames) {
    if (entry->slot == SLOT_NEW) return slot_wrapper_call_new(owner, args, nargs, kwnames);
    if (nargs < 1)
        return raise_error(&type_type_error, "descriptor '%s' of '%s' object needs an argument", entry->text, owner->name);
    if (!value_is_instance(args[0], owner))
        return raise_error(&type_type_error, "descriptor '%s' requires a '%s' object but received a '%s'", entry->text,
                           owner->name, value_type_name(args[0]));
    Value self = args[0];
    if (entry->slot == SLOT_INIT)
        return slots_none_result(owner->init(self, args + 1, nargs - 1, kwnames));
    if (entry->slot == SLOT_CALL) return owner->call(self, args + 1, nargs - 1, kwnames);
    if (kwnames && kwnames->length)
        return raise_error(&type_type_error, "wrapper %s() takes no keyword arguments", entry->text);
    return slot_wrapper_call_more(owner, entry, self, args + 1, nargs - 1);
}

static Value slot_wrapper_call(Value callable, Value *args, int nargs, Tuple *kwnames) {
    SlotWrapper *wrapper = as_slot_wrapper(callable);
    if (is_null(wrapper->self)) return slot_wrapper_dispatch(wrapper->owner, wrapper->entry, args, nargs, kwnames);
    int total = nargs + (kwnames ? (int)kwnames->length : 0);
    Value small[8];
    Value *all = total + 1 > 8 ? malloc(sizeof(Value) * (size_t)(total + 1)) : small;
    if (!all) return raise_memory_error();
    all[0] = wrapper->self;
    if (total) memcpy(all + 1, args, sizeof(Value) * (size_t)total);
    Value result = slot_wrapper_dispatch(wrapper->owner, wrapper->entry, all, nargs + 1, kwnames);
    if (all != small) free(all);
    return result;
}

static Value slot_wrapper_descr_get(Value descr, Value instance, Type *owner) {
    SlotWrapper *wrapper = as_slot_wrapper(descr);
    if (is_null(instance) || !is_null(wrapper->self) || wrapper->entry->slot == SLOT_NEW) return descr;
    return slot_wrapper_new(wrapper->owner, wrapper->entry, instance);
}

static Value slot_wrapper_repr(Value self) {
    SlotWrapper *wrapper = as_slot_wrapper(self);
    if (wrapper->entry->slot == SLOT_NEW)
        return str_value(str_from_format("<built-in method __new__ of type object at %p>", (void *)wrapper->owner));
    if (is_null(wrapper->self))
        return str_value(str_from_format("<slot wrapper '%s' of '%s' objects>", wrapper->entry->text, wrapper->owner->name));
    return str_value(str_from_format("<method-wrapper '%s' of %s object at %p>", wrapper->entry->text,
                                     value_type_name(wrapper->self), (void *)wrapper->self.as.object));
}

static Value slot_wrapper_get_name(Value self) { return str_value(as_slot_wrapper(self)->entry->name); }
static Value slot_wrapper_get_qualname(Value self) {
    SlotWrapper *wrapper = as_slot_wrapper(self);
    return str_value(str_from_format("%s.%s", wrapper->owner->name, wrapper->entry->text));
}
static Value slot_wrapper_get_self(Value self) {
    SlotWrapper *wrapper = as_slot_wrapper(self);
    return is_null(wrapper->self) ? value_none() : wrapper->self;
}
static Value slot_wrapper_get_objclass(Value self) { return value_object(as_slot_wrapper(self)->owner); }

static const GetSetDef slot_wrapper_getsets[] = {
    {"__name__", slot_wrapper_get_name, NULL},
    {"__qualname__", slot_wrapper_get_qualname, NULL},
    {"__self__", slot_wrapper_get_self, NULL},
    {"__objclass__", slot_wrapper_get_objclass, NULL},
    {NULL, NULL, NULL},
};

static Value slot_wrapper_compare(Value a, Value b, CompareOp op) {
    if ((op != COMPARE_EQ && op != COMPARE_NE) || !is_slot_wrapper(b)) return value_not_implemented();
    SlotWrapper *left = as_slot_wrapper(a), *right = as_slot_wrapper(b);
    bool equal = left->owner == right->owner && left->entry == right->entry && value_is_same(left->self, right->self);
    return value_bool(op == COMPARE_EQ ? equal : !equal);
}

static bool slot_wrapper_hash(Value self, int64_t *out) {
    SlotWrapper *wrapper = as_slot_wrapper(self);
    *out = (int64_t)(((uintptr_t)wrapper->owner >> 4) ^ (uintptr_t)wrapper->entry ^ ((uintptr_t)wrapper->self.as.object >> 4));
    if (*out == -1) *out = -2;
    return true;
}

static Type type_slot_wrapper = {
    .name = "wrapper_descriptor",
    .instance_size = sizeof(SlotWrapper),
    .getsets = slot_wrapper_getsets,
    .repr = slot_wrapper_repr,
    .compare = slot_wrapper_compare,
    .hash = slot_wrapper_hash,
    .descr_get = slot_wrapper_descr_get,
    .call = slot_wrapper_call,
    .gc_mark = slot_wrapper_mark,
};

static Type type_method_wrapper = {
    .name = "method-wrapper",
    .instance_size = sizeof(SlotWrapper),
    .getsets = slot_wrapper_getsets,
    .repr = slot_wrapper_repr,
    .compare = slot_wrapper_compare,
    .hash = slot_wrapper_hash,
    .call = slot_wrapper_call,
    .gc_mark = slot_wrapper_mark,
};

/* ---- getset descriptors: computed attributes of built-in types ------------- */

typedef struct GetSetDescriptor {
    Object base;
    Type *owner;
    const GetSetDef *def;
} GetSetDescriptor;

static void getset_mark(Object *self) { gc_mark_object((Object *)((GetSetDescriptor *)self)->owner); }

static bool getset_check(GetSetDescriptor *descr, Value instance) {
    if (value_is_instance(instance, descr->owner)) return true;
    raise_error(&type_type_error, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", descr->def->name,
                descr->owner->name, value_type_name(instance));
    return false;
}

static Value getset_descr_get(Value descr, Value instance, Type *owner) {
    GetSetDescriptor *getset = (GetSetDescriptor *)descr.as.object;
    if (is_null(instance)) return descr;
    if (!getset_check(getset, instance)) return value_null();
    return getset->def->get(instance);
}

static bool getset_descr_set(Value descr, Value instance, Value value) {
    GetSetDescriptor *getset = (GetSetDescriptor *)descr.as.object;
    if (!getset_check(getset, instance)) return false;
    if (!getset->def->set) {
        raise_error(&type_attribute_error, "attribute '%s' of '%s' objects is not writable", getset->def->name,
                    getset->owner->name);
        return false;
    }
    return getset->def->set(instance, value);
}

/* Contract: see class.h. Allocates. */
Value typeslots_getset_new(Type *owner, const GetSetDef *def) {
    GetSetDescriptor *descr = (GetSetDescriptor *)gc_alloc(&type_getset_descriptor, sizeof(GetSetDescriptor));
    if (!descr) return value_null();
    descr->owner = owner;
    descr->def = def;
    return value_object(descr);
}

static Value getset_repr(Value self) {
    GetSetDescriptor *getset = (GetSetDescriptor *)self.as.object;
    return str_value(str_from_format("<attribute '%s' of '%s' objects>", getset->def->name, getset->owner->name));
}

static Value getset_get_name(Value self) { return str_value(str_from_cstr(((GetSetDescriptor *)self.as.object)->def->name)); }
static Value getset_get_objclass(Value self) { return value_object(((GetSetDescriptor *)self.as.object)->owner); }

static const GetSetDef getset_getsets[] = {
    {"__name__", getset_get_name, NULL},
    {"__objclass__", getset_get_objclass, NULL},
    {NULL, NULL, NULL},
};

static Type type_getset_descriptor = {
    .name = "getset_descriptor",
    .instance_size = sizeof(GetSetDescriptor),
    .getsets = getset_getsets,
    .repr = getset_repr,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
    .gc_mark = getset_mark,
};

/* ---- generic aliases: list[int] ------------------------------------------- */

/* `list[int]` (PEP 585) makes a GenericAlias: it prints as "list[int]",
 * calling it calls list, and other attributes come from list. Annotations
 * and type hints are its only use in pyco. */
typedef struct GenericAlias {
    Object base;
    Value origin;
    Tuple *args;
} GenericAlias;

static Type type_generic_alias;

static void generic_alias_mark(Object *self) {
    gc_mark_value(((GenericAlias *)self)->origin);
    gc_mark_object((Object *)((GenericAlias *)self)->args);
}

/* How typing shows one argument: classes by (qualified) name, ... as "...". */
static bool generic_alias_append(StrBuilder *sb, Value item) {
    if (is_object_of(item, &type_ellipsis)) {
        sb_append_cstr(sb, "...");
        return true;
    }
    if (value_is_instance(item, &type_type)) {
        Type *type = (Type *)item.as.object;
        if (type->module_name && strcmp(type->module_name, "builtins") != 0) sb_appendf(sb, "%s.", type->module_name);
        sb_append_cstr(sb, type->qualname ? str_cstr(type->qualname) : type->name);
        return true;
    }
    Value text = obj_repr(item);
    if (is_null(text)) return false;
    sb_append_str(sb, as_str(text));
    return true;
}

static Value generic_alias_repr(Value self) {
    GenericAlias *alias = (GenericAlias *)self.as.object;
    StrBuilder sb;
    sb_init(&sb);
    bool ok = generic_alias_append(&sb, alias->origin);
    sb_append_char(&sb, '[');
    for (int64_t i = 0; ok && i < alias->args->length; i++) {
        if (i) sb_append_cstr(&sb, ", ");
        ok = generic_alias_append(&sb, alias->args->items[i]);
    }
    sb_append_char(&sb, ']');
    if (!ok) {
        sb_free(&sb);
        return value_null();
    }
    return str_value(sb_finish(&sb));
}

static Value generic_alias_call(Value callable, Value *args, int nargs, Tuple *kwnames) {
    return obj_call(((GenericAlias *)callable.as.object)->origin, args, nargs, kwnames);
}

static Value generic_alias_getattr(Value self, Str *name) {
    GenericAlias *alias = (GenericAlias *)self.as.object;
    if (str_equal_cstr(name, "__origin__")) return alias->origin;
    if (str_equal_cstr(name, "__args__")) return value_object(alias->args);
    if (str_equal_cstr(name, "__class__")) return value_object(&type_generic_alias);
    return obj_getattr(alias->origin, name);
}

static Value generic_alias_compare(Value a, Value b, CompareOp op) {
    if ((op != COMPARE_EQ && op != COMPARE_NE) || !is_object_of(b, &type_generic_alias)) return value_not_implemented();
    GenericAlias *left = (GenericAlias *)a.as.object, *right = (GenericAlias *)b.as.object;
    int equal = obj_equal(left->origin, right->origin);
    if (equal > 0) equal = obj_equal(value_object(left->args), value_object(right->args));
    if (equal < 0) return value_null();
    return value_bool(op == COMPARE_EQ ? equal : !equal);
}

static bool generic_alias_hash(Value self, int64_t *out) {
    GenericAlias *alias = (GenericAlias *)self.as.object;
    int64_t origin_hash, args_hash;
    if (!obj_hash(alias->origin, &origin_hash) || !obj_hash(value_object(alias->args), &args_hash)) return false;
    *out = origin_hash ^ args_hash;
    if (*out == -1) *out = -2;
    return true;
}

static Type type_generic_alias = {
    .name = "GenericAlias",
    .module_name = "types",
    .instance_size = sizeof(GenericAlias),
    .repr = generic_alias_repr,
    .call = generic_alias_call,
    .getattr = generic_alias_getattr,
    .compare = generic_alias_compare,
    .hash = generic_alias_hash,
    .gc_mark = generic_alias_mark,
};

/* cls.__class_getitem__(item): a GenericAlias of cls. */
static Value slots_class_getitem(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("__class_getitem__", kwnames) || !args_check_count("__class_getitem__", nargs - 1, 1, 1))
        return value_null();
    Tuple *items = is_tuple(args[1]) ? as_tuple(args[1]) : tuple_pack(1, args[1]);
    if (!items) return value_null();
    GenericAlias *alias = (GenericAlias *)gc_alloc(&type_generic_alias, sizeof(GenericAlias));
    if (!alias) return value_null();
    alias->origin = args[0];
    alias->args = items;
    return value_object(alias);
}

static const MethodDef class_getitem_def = {"__class_getitem__", slots_class_getitem, METHOD_CLASS, NULL};

/* The built-in generic classes of PEP 585. */
static bool slots_is_generic(Type *type) {
    return type == &type_list || type == &type_dict || type == &type_tuple || type == &type_set ||
           type == &type_frozenset;
}

/* ---- type_ready --------------------------------------------------------------- */

/* Which operator dunders a built-in type lists (dir(str) has __add__ and
 * __mul__ but no __sub__), as bit masks over BinaryOp: plain, reflected,
 * in-place. Types not listed get every plain and reflected operator. */
#define OP_BIT(op) (1u << (op))
#define OPS_ARITH (OP_BIT(BINARY_ADD) | OP_BIT(BINARY_SUBTRACT) | OP_BIT(BINARY_MULTIPLY) | \
                   OP_BIT(BINARY_TRUE_DIVIDE) | OP_BIT(BINARY_FLOOR_DIVIDE) | OP_BIT(BINARY_MODULO) | OP_BIT(BINARY_POWER))
#define OPS_BITS (OP_BIT(BINARY_AND) | OP_BIT(BINARY_OR) | OP_BIT(BINARY_XOR))
#define OPS_SETS (OPS_BITS | OP_BIT(BINARY_SUBTRACT))
#define OPS_SEQUENCE (OP_BIT(BINARY_ADD) | OP_BIT(BINARY_MULTIPLY))

typedef struct OperatorSet {
    Type *type;
    unsigned plain, reflected, inplace;
} OperatorSet;

static bool slots_operator_allowed(Type *type, const SlotName *entry) {
    static const OperatorSet known[] = {
        {&type_int, OPS_ARITH | OPS_BITS | OP_BIT(BINARY_LSHIFT) | OP_BIT(BINARY_RSHIFT),
         OPS_ARITH | OPS_BITS | OP_BIT(BINARY_LSHIFT) | OP_BIT(BINARY_RSHIFT), 0},
        {&type_bool, OPS_BITS, OPS_BITS, 0},
        {&type_float, OPS_ARITH, OPS_ARITH, 0},
        {&type_str, OPS_SEQUENCE | OP_BIT(BINARY_MODULO), OP_BIT(BINARY_MULTIPLY) | OP_BIT(BINARY_MODULO), 0},
        {&type_bytes, OPS_SEQUENCE | OP_BIT(BINARY_MODULO), OP_BIT(BINARY_MULTIPLY) | OP_BIT(BINARY_MODULO), 0},
        {&type_list, OPS_SEQUENCE, OP_BIT(BINARY_MULTIPLY), OPS_SEQUENCE},
        {&type_tuple, OPS_SEQUENCE, OP_BIT(BINARY_MULTIPLY), 0},
        {&type_set, OPS_SETS, OPS_SETS, OPS_SETS},
        {&type_frozenset, OPS_SETS, OPS_SETS, 0},
        {&type_dict, OP_BIT(BINARY_OR), OP_BIT(BINARY_OR), OP_BIT(BINARY_OR)},
        {&type_dict_keys, OPS_SETS, OPS_SETS, 0},
        {&type_dict_items, OPS_SETS, OPS_SETS, 0},
    };
    bool inplace = entry->op >= BINARY_INPLACE_OFFSET;
    int plain_op = inplace ? entry->op - BINARY_INPLACE_OFFSET : entry->op;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        if (known[i].type != type) continue;
        unsigned mask = inplace ? known[i].inplace : entry->reflected ? known[i].reflected : known[i].plain;
        return (mask & OP_BIT(plain_op)) != 0;
    }
    return !inplace;
}

static void slots_add_own_wrappers(Type *type) {
    const SlotName *table = slots_table();
    for (int i = 0; i < slot_table_count; i++) {
        const SlotName *entry = &table[i];
        if (entry->slot == SLOT_BINARY && !slots_operator_allowed(type, entry)) continue;
        /* float has no __invert__; sized built-ins get their truth from __len__ */
        if (entry->slot == SLOT_UNARY && entry->op == UNARY_INVERT && type == &type_float) continue;
        if (entry->slot == SLOT_TRUTHY && type->length && type != &type_range) continue;
        if (!slots_has(type, entry->slot)) continue;
        if (!is_null(dict_get_str(type->dict, entry->name))) continue;
        /* object's compare covers only == and != (ordering is NotImplemented anyway) */
        Value wrapper = slot_wrapper_new(type, entry, value_null());
        if (!is_null(wrapper)) dict_set_str(type->dict, entry->name, wrapper);
    }
}

static void slots_add_methods_and_getsets(Type *type) {
    for (const MethodDef *def = type->methods; def && def->name; def++) {
        Value method = native_method_bind(def, value_null(), type);
        if (!is_null(method)) dict_set_str(type->dict, str_intern(def->name), method);
    }
    for (const GetSetDef *def = type->getsets; def && def->name; def++) {
        GetSetDescriptor *descr = (GetSetDescriptor *)gc_alloc(&type_getset_descriptor, sizeof(GetSetDescriptor));
        if (!descr) continue;
        descr->owner = type;
        descr->def = def;
        dict_set_str(type->dict, str_intern(def->name), value_object(descr));
    }
}

/* Copy every protocol slot [type] leaves NULL from [base]. */
static void slots_inherit(Type *type, Type *base, bool inherit_new) {
    if (!type->compare && !type->hash) type->hash = base->hash;
    if (!type->compare) type->compare = base->compare;
    if (!type->new && inherit_new) type->new = base->new;
#define INHERIT(slot) if (!type->slot) type->slot = base->slot
    INHERIT(init); INHERIT(repr); INHERIT(str); INHERIT(truthy); INHERIT(binary); INHERIT(unary);
    INHERIT(length); INHERIT(getitem); INHERIT(setitem); INHERIT(contains); INHERIT(iter); INHERIT(next);
    INHERIT(getattr); INHERIT(setattr); INHERIT(descr_get); INHERIT(descr_set); INHERIT(call);
    INHERIT(gc_mark); INHERIT(gc_free);
#undef INHERIT
    type->flags |= base->flags & TYPE_EXCEPTION;
}

/* Contract: see object.h. Idempotent; readies base_type (default object)
 * first. Allocates (dict, descriptors) and registers them as GC roots. */
void type_ready(Type *type) {
    if (type->dict) return;
    class_lookup_invalidate();
    type->base.type = &type_type;
    type->base.flags |= OBJECT_STATIC;
    type->dict = dict_new();
    gc_add_global_object_root((Object **)&type->dict);
    if (!type->base_type && type != &type_object) type->base_type = &type_object;
    Type *base = type->base_type;
    if (base) type_ready(base);
    if (!type->module_name) type->module_name = "builtins";
    type->name_str = str_intern(type->name);
    gc_add_global_object_root((Object **)&type->name_str);
    type->bases = base ? tuple_pack(1, value_object(base)) : tuple_empty();
    gc_add_global_object_root((Object **)&type->bases);
    int64_t base_length = base ? base->mro->length : 0;
    type->mro = tuple_new(base_length + 1);
    type->mro->items[0] = value_object(type);
    for (int64_t i = 0; i < base_length; i++) type->mro->items[i + 1] = base->mro->items[i];
    gc_add_global_object_root((Object **)&type->mro);
    slots_add_methods_and_getsets(type);
    slots_add_own_wrappers(type);
    if (slots_is_generic(type)) {
        Value method = native_method_bind(&class_getitem_def, value_null(), type);
        if (!is_null(method)) dict_set_cstr(type->dict, "__class_getitem__", method);
    }
    if (type->compare && !type->hash && is_null(dict_get_cstr(type->dict, "__hash__")))
        dict_set_cstr(type->dict, "__hash__", value_none());
    if (is_null(dict_get_cstr(type->dict, "__doc__"))) dict_set_cstr(type->dict, "__doc__", value_none());
    if (base) slots_inherit(type, base, base != &type_object);
    /* the descriptors just made are of these types: ready them too */
    type_ready(&type_getset_descriptor);
    type_ready(&type_slot_wrapper);
    type_ready(&type_method_wrapper);
    type_ready(&type_generic_alias);
}

/* An interned dunder name, interned once per call site and kept alive as a
 * GC root (interned strings may otherwise be purged). */
#define DUNDER(text) ({ static Str *cached_name; if (!cached_name) slots_cache_name(&cached_name, text); cached_name; })
static void slots_cache_name(Str **cache, const char *text) {
    *cache = str_intern(text);
    gc_add_global_object_root((Object **)cache);
}

/* ---- adapters: dunders written in Python seen from C ------------------------ */

/* Call [method] (found on self's type) with self prepended. Functions and
 * unbound wrappers are called directly; anything else is bound first. */
static Value slots_call_found(Value method, Value self, Value *args, int nargs, Tuple *kwnames) {
    if (is_function(method) || is_object_of(method, &type_slot_wrapper)) {
        int total = nargs + (kwnames ? (int)kwnames->length : 0);
        Value small[8];
        Value *all = total + 1 > 8 ? malloc(sizeof(Value) * (size_t)(total + 1)) : small;
        if (!all) return raise_memory_error();
        all[0] = self;
        if (total) memcpy(all + 1, args, sizeof(Value) * (size_t)total);
        Value result = is_function(method) ? vm_call_function(as_function(method), all, nargs + 1, kwnames)
                                           : slot_wrapper_call(method, all, nargs + 1, kwnames);
        if (all != small) free(all);
        return result;
    }
    Type *method_type = value_type(method);
    if (method_type->descr_get) {
        method = method_type->descr_get(method, self, value_type(self));
        if (is_null(method)) return method;
    }
    gc_push_root(method);
    Value result = obj_call(method, args, nargs, kwnames);
    gc_pop_roots(1);
    return result;
}

/* Look [name] up on self's type and call it; *found says whether it exists
 * (absent: VAL_NULL with no exception). */
static Value slots_call_dunder(Value self, Str *name, Value *args, int nargs, bool *found) {
    Value method = class_lookup(value_type(self), name);
    *found = !is_null(method);
    if (!*found) return method;
    return slots_call_found(method, self, args, nargs, NULL);
}

static Value slots_call_required(Value self, Str *name, Value *args, int nargs) {
    bool found;
    Value result = slots_call_dunder(self, name, args, nargs, &found);
    if (!found && !error_pending())
        return raise_error(&type_attribute_error, "'%s' object has no attribute '%s'", value_type_name(self), str_cstr(name));
    return result;
}

static Value heap_repr(Value self) { return slots_call_required(self, DUNDER("__repr__"), NULL, 0); }
static Value heap_str(Value self) { return slots_call_required(self, DUNDER("__str__"), NULL, 0); }

static bool heap_hash(Value self, int64_t *out) {
    Value result = slots_call_required(self, DUNDER("__hash__"), NULL, 0);
    if (is_null(result)) return false;
    if (!is_int_like(result)) {
        raise_error(&type_type_error, "__hash__ method should return an integer");
        return false;
    }
    *out = is_bool(result) ? result.as.boolean : int_hash(result);
    return true;
}

static bool slots_overrides(Type *base, Type *sub, Str *name);

/* a.__op__(b), NotImplemented when a's type lacks it. */
static Value slots_compare_call(Value a, Value b, CompareOp op) {
    bool found;
    Value result = slots_call_dunder(a, compare_names[op], &b, 1, &found);
    if (!found && !error_pending()) return value_not_implemented();
    return result;
}

/* obj_compare gives a subclass's reflected method the first try only when
 * the two slots differ; every heap class shares this adapter, so the
 * adapter applies CPython's rule itself: when b's class is a subclass of
 * a's that overrides the reflected method, ask b first. */
static Value heap_compare(Value a, Value b, CompareOp op) {
    static const CompareOp reflected[] = {
        [COMPARE_LT] = COMPARE_GT, [COMPARE_LE] = COMPARE_GE, [COMPARE_EQ] = COMPARE_EQ,
        [COMPARE_NE] = COMPARE_NE, [COMPARE_GT] = COMPARE_LT, [COMPARE_GE] = COMPARE_LE,
    };
    Type *left = value_type(a), *right = value_type(b);
    if (left != right && right->compare == heap_compare && type_is_subtype(right, left) &&
        slots_overrides(left, right, compare_names[reflected[op]])) {
        Value result = slots_compare_call(b, a, reflected[op]);
        if (!is_not_implemented(result)) return result;
    }
    return slots_compare_call(a, b, op);
}

static int heap_truthy(Value self) {
    bool found;
    Value result = slots_call_dunder(self, DUNDER("__bool__"), NULL, 0, &found);
    if (!found) {
        if (error_pending()) return -1;
        Type *type = value_type(self);
        if (type->length) {
            int64_t length = type->length(self);
            return length < 0 ? -1 : length > 0;
        }
        return 1;
    }
    if (is_null(result)) return -1;
    if (!is_bool(result)) {
        raise_error(&type_type_error, "__bool__ should return bool, returned %s", value_type_name(result));
        return -1;
    }
    return result.as.boolean;
}

static int64_t heap_length(Value self) {
    Value result = slots_call_required(self, DUNDER("__len__"), NULL, 0);
    if (is_null(result)) return -1;
    if (!is_int_like(result)) {
        raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(result));
        return -1;
    }
    if (int_sign(result) < 0) {
        raise_error(&type_value_error, "__len__() should return >= 0");
        return -1;
    }
    int64_t length;
    if (!is_small_int(result) && !is_bool(result)) {
        raise_error(&type_overflow_error, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    length = is_bool(result) ? result.as.boolean : result.as.integer;
    return length;
}

static Value heap_getitem(Value self, Value key) { return slots_call_required(self, DUNDER("__getitem__"), &key, 1); }

static bool heap_setitem(Value self, Value key, Value value) {
    Value args[2] = {key, value};
    Value result = is_null(value) ? slots_call_required(self, DUNDER("__delitem__"), args, 1)
                                  : slots_call_required(self, DUNDER("__setitem__"), args, 2);
    return !is_null(result);
}

static int heap_contains(Value self, Value item) {
    Value result = slots_call_required(self, DUNDER("__contains__"), &item, 1);
    if (is_null(result)) return -1;
    return obj_truthy(result);
}

static Value heap_iter(Value self) {
    Value method = class_lookup(value_type(self), DUNDER("__iter__"));
    if (is_null(method) || is_none(method))
        return raise_error(&type_type_error, "'%s' object is not iterable", value_type_name(self));
    return slots_call_found(method, self, NULL, 0, NULL);
}

/* A StopIteration from a Python __next__ means "exhausted": the slot
 * contract wants VAL_NULL with no exception pending. */
static Value heap_next(Value self) {
    Value result = slots_call_required(self, DUNDER("__next__"), NULL, 0);
    if (is_null(result) && error_matches(&type_stop_iteration)) error_clear();
    return result;
}

static Value heap_call(Value callable, Value *args, int nargs, Tuple *kwnames) {
    Value method = class_lookup(value_type(callable), DUNDER("__call__"));
    if (is_null(method)) return raise_error(&type_type_error, "'%s' object is not callable", value_type_name(callable));
    return slots_call_found(method, callable, args, nargs, kwnames);
}

static bool heap_init(Value self, Value *args, int nargs, Tuple *kwnames) {
    Value method = class_lookup(value_type(self), DUNDER("__init__"));
    if (is_null(method)) return true;
    Value result = slots_call_found(method, self, args, nargs, kwnames);
    if (is_null(result)) return false;
    if (!is_none(result)) {
        raise_error(&type_type_error, "__init__() should return None, not '%s'", value_type_name(result));
        return false;
    }
    return true;
}

/* __new__ is a static method: it receives the class explicitly. */
static Value heap_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    Value method = class_lookup(cls, DUNDER("__new__"));
    if (is_null(method)) return raise_error(&type_type_error, "cannot create '%s' instances", cls->name);
    Type *method_type = value_type(method);
    if (method_type->descr_get && !is_object_of(method, &type_slot_wrapper)) {
        method = method_type->descr_get(method, value_null(), cls);
        if (is_null(method)) return method;
    }
    gc_push_root(method);
    Value result = slots_call_found(method, value_object(cls), args, nargs, kwnames);
    gc_pop_roots(1);
    return result;
}

/* __getattribute__ (Python or inherited C), then __getattr__ on
 * AttributeError. */
static Value heap_getattr(Value self, Str *name) {
    Type *type = value_type(self);
    Value getattribute = class_lookup(type, DUNDER("__getattribute__"));
    Value result;
    if (is_object_of(getattribute, &type_slot_wrapper)) {
        SlotWrapper *wrapper = as_slot_wrapper(getattribute);
        result = wrapper->owner->getattr ? wrapper->owner->getattr(self, name) : obj_generic_getattr(self, name);
    } else if (is_null(getattribute)) {
        result = obj_generic_getattr(self, name);
    } else {
        Value key = value_object(name);
        result = slots_call_found(getattribute, self, &key, 1, NULL);
    }
    if (!is_null(result) || !error_matches(&type_attribute_error)) return result;
    Value getattr = class_lookup(type, name_getattr);
    if (is_null(getattr)) return result;
    error_clear();
    Value key = value_object(name);
    return slots_call_found(getattr, self, &key, 1, NULL);
}

static bool heap_setattr(Value self, Str *name, Value value) {
    Str *dunder = (is_null(value) ? DUNDER("__delattr__") : DUNDER("__setattr__"));
    Value method = class_lookup(value_type(self), dunder);
    if (is_object_of(method, &type_slot_wrapper)) {
        SlotWrapper *wrapper = as_slot_wrapper(method);
        return wrapper->owner->setattr ? wrapper->owner->setattr(self, name, value) : obj_generic_setattr(self, name, value);
    }
    if (is_null(method)) return obj_generic_setattr(self, name, value);
    Value args[2] = {value_object(name), value};
    return !is_null(slots_call_found(method, self, args, is_null(value) ? 1 : 2, NULL));
}

static Value heap_descr_get(Value descr, Value instance, Type *owner) {
    Value args[2] = {is_null(instance) ? value_none() : instance, owner ? value_object(owner) : value_none()};
    return slots_call_required(descr, DUNDER("__get__"), args, 2);
}

static bool heap_descr_set(Value descr, Value instance, Value value) {
    Value args[2] = {instance, value};
    Value result = is_null(value) ? slots_call_required(descr, DUNDER("__delete__"), args, 1)
                                  : slots_call_required(descr, DUNDER("__set__"), args, 2);
    return !is_null(result);
}

static Value heap_unary(UnaryOp op, Value operand) {
    bool found;
    Value result = slots_call_dunder(operand, unary_names[op], NULL, 0, &found);
    if (!found && !error_pending()) return value_not_implemented();
    return result;
}

static Value heap_binary(BinaryOp op, Value left, Value right);

/* Call self.<name>(other), NotImplemented if the type lacks it. */
static Value slots_binary_call(Value self, Str *name, Value other) {
    bool found;
    Value result = slots_call_dunder(self, name, &other, 1, &found);
    if (!found && !error_pending()) return value_not_implemented();
    return result;
}

/* Whether [sub] overrides [name] relative to [base] (CPython's
 * method_is_overloaded): the reflected method of a subclass goes first. */
static bool slots_overrides(Type *base, Type *sub, Str *name) {
    Value in_sub = class_lookup(sub, name);
    if (is_null(in_sub)) return false;
    Value in_base = class_lookup(base, name);
    return is_null(in_base) || !value_is_same(in_sub, in_base);
}

/* CPython's SLOT1BINFULL: the slot is shared by every heap type, so one
 * call handles both operands; obj_binary calls it once for a pair. */
static Value heap_binary(BinaryOp op, Value left, Value right) {
    if (op >= BINARY_INPLACE_OFFSET) {
        if (value_type(left)->binary != heap_binary) return value_not_implemented();
        return slots_binary_call(left, binary_names[op], right);
    }
    Type *left_type = value_type(left), *right_type = value_type(right);
    Str *reflected = reflected_names[op];
    bool do_other = left_type != right_type && right_type->binary == heap_binary;
    if (left_type->binary == heap_binary) {
        if (do_other && type_is_subtype(right_type, left_type) && slots_overrides(left_type, right_type, reflected)) {
            Value result = slots_binary_call(right, reflected, left);
            if (!is_not_implemented(result)) return result;
            do_other = false;
        }
        Value result = slots_binary_call(left, binary_names[op], right);
        if (!is_not_implemented(result) || left_type == right_type) return result;
    }
    if (do_other) return slots_binary_call(right, reflected, left);
    return value_not_implemented();
}

/* ---- class_update_slots ----------------------------------------------------- */

/* Find [name] along type's MRO; *owner receives the defining class. */
static Value slots_find(Type *type, Str *name, Type **owner) {
    for (int64_t i = 0; i < type->mro->length; i++) {
        Type *klass = (Type *)type->mro->items[i].as.object;
        if (!klass->dict) continue;
        Value found = dict_get_str(klass->dict, name);
        if (!is_null(found)) {
            *owner = klass;
            return found;
        }
    }
    *owner = NULL;
    return value_null();
}

/* Point one slot of [type] at its adapter, or at the C slot of the built-in
 * type whose wrapper was found. */
static void slots_install(Type *type, SlotId slot, Type *wrapper_owner) {
    Type *from = wrapper_owner;
    switch (slot) {
    case SLOT_REPR: type->repr = from ? from->repr : heap_repr; break;
    case SLOT_STR: type->str = from ? from->str : heap_str; break;
    case SLOT_HASH: type->hash = from ? from->hash : heap_hash; break;
    case SLOT_COMPARE: type->compare = heap_compare; break;
    case SLOT_TRUTHY: type->truthy = from ? from->truthy : heap_truthy; break;
    case SLOT_LENGTH: type->length = from ? from->length : heap_length; break;
    case SLOT_GETITEM: type->getitem = from ? from->getitem : heap_getitem; break;
    case SLOT_SETITEM: type->setitem = heap_setitem; break;
    case SLOT_CONTAINS: type->contains = from ? from->contains : heap_contains; break;
    case SLOT_ITER: type->iter = from ? from->iter : heap_iter; break;
    case SLOT_NEXT: type->next = from ? from->next : heap_next; break;
    case SLOT_CALL: type->call = from ? from->call : heap_call; break;
    case SLOT_INIT: type->init = from ? from->init : heap_init; break;
    case SLOT_NEW: type->new = from ? from->new : heap_new; break;
    case SLOT_GETATTR: type->getattr = heap_getattr; break;
    case SLOT_SETATTR: type->setattr = heap_setattr; break;
    case SLOT_DESCR_GET: type->descr_get = from ? from->descr_get : heap_descr_get; break;
    case SLOT_DESCR_SET: type->descr_set = heap_descr_set; break;
    case SLOT_UNARY: type->unary = heap_unary; break;
    case SLOT_BINARY: type->binary = heap_binary; break;
    }
}

/* Reset [type]'s protocol slots to those of its primary base. */
static void slots_reset_from_base(Type *type) {
    Type *base = type->base_type;
    type->repr = base->repr; type->str = base->str; type->hash = base->hash; type->compare = base->compare;
    type->truthy = base->truthy; type->length = base->length; type->getitem = base->getitem;
    type->setitem = base->setitem; type->contains = base->contains; type->iter = base->iter;
    type->next = base->next; type->call = base->call; type->init = base->init; type->new = base->new;
    type->getattr = base->getattr; type->setattr = base->setattr; type->descr_get = base->descr_get;
    type->descr_set = base->descr_set; type->unary = base->unary; type->binary = base->binary;
}

/* Contract: see class.h. [changed_name] may be NULL (recompute all). Never
 * calls Python; only reads the MRO dicts. */
void class_update_slots(Type *type, Str *changed_name) {
    if (changed_name && !(changed_name->length > 4 && changed_name->data[0] == '_' && changed_name->data[1] == '_'))
        return;
    if (!type->base_type || !type->mro) return;
    const SlotName *table = slots_table();
    slots_reset_from_base(type);
    for (int i = 0; i < slot_table_count; i++) {
        Type *owner;
        Value found = slots_find(type, table[i].name, &owner);
        if (is_null(found)) continue;
        if (table[i].slot == SLOT_HASH && is_none(found)) {
            type->hash = NULL;
            continue;
        }
        bool builtin = is_object_of(found, &type_slot_wrapper) && !(owner->flags & TYPE_HEAPTYPE);
        if (builtin) {
            /* a built-in slot: inherit it unless an adapter already won */
            SlotWrapper *wrapper = as_slot_wrapper(found);
            if (table[i].slot == SLOT_COMPARE || table[i].slot == SLOT_BINARY || table[i].slot == SLOT_UNARY ||
                table[i].slot == SLOT_SETITEM || table[i].slot == SLOT_SETATTR || table[i].slot == SLOT_DESCR_SET ||
                table[i].slot == SLOT_GETATTR)
                continue;
            slots_install(type, table[i].slot, wrapper->owner);
            continue;
        }
        if (owner->flags & TYPE_HEAPTYPE || !is_slot_wrapper(found)) slots_install(type, table[i].slot, NULL);
    }
    Type *owner;
    if (!is_null(slots_find(type, name_getattr, &owner))) type->getattr = heap_getattr;
}

/* Contract: see class.h. Readies the descriptor types of this file. */
void typeslots_types_init(void) {
    slots_table();
    type_ready(&type_getset_descriptor);
    type_ready(&type_slot_wrapper);
    type_ready(&type_method_wrapper);
    type_ready(&type_generic_alias);
}
