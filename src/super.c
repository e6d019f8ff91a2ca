/* super.c — super() and mappingproxy: two read-only views into classes.
 *
 * super(type, obj) is a proxy that looks an attribute up along obj's MRO,
 * starting *after* [type], and binds what it finds to obj — so a method can
 * reach the implementation its class overrides. Zero-argument super() reads
 * __class__ (the cell the compiler creates for methods that mention super)
 * and the first argument of the calling frame, as CPython does.
 *
 * mappingproxy is what C.__dict__ returns: a read-only view of the class
 * dict, so that class attributes can only change through setattr (which
 * keeps the slots and the lookup cache of class.c up to date).
 *
 * Both are split out of class.c, which owns the classes they look into;
 * class_types_init readies them through super_types_init.
 */
#include "class.h"
#include "dict.h"
#include "exc.h"
#include "frame.h"
#include "func.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

static Type *as_type(Value v) { return (Type *)v.as.object; }

/* ---- mappingproxy: the read-only view C.__dict__ returns ------------------- */

typedef struct MappingProxy {
    Object base;
    Dict *dict;
} MappingProxy;

static Value proxy_dict(Value self) { return value_object(((MappingProxy *)self.as.object)->dict); }
static void proxy_mark(Object *self) { gc_mark_object((Object *)((MappingProxy *)self)->dict); }

static Value proxy_repr(Value self) {
    Value inner = obj_repr(proxy_dict(self));
    if (is_null(inner)) return inner;
    return str_value(str_from_format("mappingproxy(%s)", str_cstr(as_str(inner))));
}
static Value proxy_getitem(Value self, Value key) { return obj_getitem(proxy_dict(self), key); }
static int64_t proxy_length(Value self) { return obj_length(proxy_dict(self)); }
static int proxy_contains(Value self, Value key) { return obj_contains(proxy_dict(self), key); }
static Value proxy_iter(Value self) { return obj_iter(proxy_dict(self)); }
static Value proxy_compare(Value a, Value b, CompareOp op) {
    return obj_compare(proxy_dict(a), is_object_of(b, value_type(a)) ? proxy_dict(b) : b, op);
}

/* keys/values/items/get/copy: the dict's own methods. */
static Value proxy_forward(const char *name, Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords(name, kwnames)) return value_null();
    return obj_call_method(proxy_dict(args[0]), name, args + 1, nargs - 1);
}
static Value proxy_keys(Value *args, int nargs, Tuple *kwnames) { return proxy_forward("keys", args, nargs, kwnames); }
static Value proxy_values(Value *args, int nargs, Tuple *kwnames) { return proxy_forward("values", args, nargs, kwnames); }
static Value proxy_items(Value *args, int nargs, Tuple *kwnames) { return proxy_forward("items", args, nargs, kwnames); }
static Value proxy_get(Value *args, int nargs, Tuple *kwnames) { return proxy_forward("get", args, nargs, kwnames); }
static Value proxy_copy(Value *args, int nargs, Tuple *kwnames) { return proxy_forward("copy", args, nargs, kwnames); }

static const MethodDef proxy_methods[] = {
    {"keys", proxy_keys, METHOD_INSTANCE, NULL},
    {"values", proxy_values, METHOD_INSTANCE, NULL},
    {"items", proxy_items, METHOD_INSTANCE, NULL},
    {"get", proxy_get, METHOD_INSTANCE, NULL},
    {"copy", proxy_copy, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_mapping_proxy = {
    .name = "mappingproxy",
    .instance_size = sizeof(MappingProxy),
    .methods = proxy_methods,
    .repr = proxy_repr,
    .compare = proxy_compare,
    .getitem = proxy_getitem,
    .length = proxy_length,
    .contains = proxy_contains,
    .iter = proxy_iter,
    .gc_mark = proxy_mark,
};

/* Contract: see class.h. */
Value super_mapping_proxy_new(Dict *dict) {
    MappingProxy *proxy = (MappingProxy *)gc_alloc(&type_mapping_proxy, sizeof(MappingProxy));
    if (!proxy) return value_null();
    proxy->dict = dict;
    return value_object(proxy);
}

/* ---- super ------------------------------------------------------------------ */

typedef struct Super {
    Object base;
    Type *type;       /* the class whose MRO successor starts the search */
    Value obj;        /* the instance or class, VAL_NULL for unbound super */
    Type *obj_type;   /* whose MRO is searched */
} Super;

static void super_mark(Object *self) {
    Super *super = (Super *)self;
    gc_mark_object((Object *)super->type);
    gc_mark_value(super->obj);
    gc_mark_object((Object *)super->obj_type);
}

/* super(type, obj): obj's class (or obj itself, if it is a subclass). */
static Type *super_check(Type *type, Value obj) {
    if (value_is_instance(obj, &type_type) && type_is_subtype(as_type(obj), type)) return as_type(obj);
    if (value_is_instance(obj, type)) return value_type(obj);
    Value class_attr = obj_lookup_attr(obj, str_intern("__class__"));
    if (value_is_instance(class_attr, &type_type) && type_is_subtype(as_type(class_attr), type)) return as_type(class_attr);
    if (!error_pending())
        raise_error(&type_type_error, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* Zero-argument super(): the __class__ cell and first argument of the
 * calling frame. */
static bool super_from_frame(Type **type, Value *obj) {
    Frame *frame = vm.frame;
    if (!frame || !frame->code) {
        raise_error(&type_runtime_error, "super(): no current frame");
        return false;
    }
    Code *code = frame->code;
    if (code->arg_count == 0) {
        raise_error(&type_runtime_error, "super(): no arguments");
        return false;
    }
    Value first = frame->slots[0];
    if ((code->slot_kinds[0] & SLOT_CELL) && is_object_of(first, &type_cell)) first = ((Cell *)first.as.object)->value;
    if (is_null(first)) {
        raise_error(&type_runtime_error, "super(): arg[0] deleted");
        return false;
    }
    for (int32_t i = code->slot_count - code->free_count; i < code->slot_count; i++) {
        if (!str_equal_cstr(as_str(code->slot_names->items[i]), "__class__")) continue;
        Value cell = frame->slots[i];
        Value cls = is_object_of(cell, &type_cell) ? ((Cell *)cell.as.object)->value : cell;
        if (is_null(cls)) {
            raise_error(&type_runtime_error, "super(): empty __class__ cell");
            return false;
        }
        if (!value_is_instance(cls, &type_type)) {
            raise_error(&type_runtime_error, "super(): __class__ is not a type (%s)", value_type_name(cls));
            return false;
        }
        *type = as_type(cls);
        *obj = first;
        return true;
    }
    raise_error(&type_runtime_error, "super(): __class__ cell not found");
    return false;
}

static Value super_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("super", kwnames) || !args_check_count("super", nargs, 0, 2)) return value_null();
    Type *type;
    Value obj = value_null();
    if (nargs == 0) {
        if (!super_from_frame(&type, &obj)) return value_null();
    } else {
        if (!value_is_instance(args[0], &type_type))
            return raise_error(&type_type_error, "super() argument 1 must be a type, not %s", value_type_name(args[0]));
        type = as_type(args[0]);
        if (nargs == 2 && !is_none(args[1])) obj = args[1];
    }
    Type *obj_type = NULL;
    if (!is_null(obj) && !(obj_type = super_check(type, obj))) return value_null();
    Super *super = (Super *)gc_alloc(cls, cls->instance_size ? cls->instance_size : sizeof(Super));
    if (!super) return value_null();
    super->type = type;
    super->obj = obj;
    super->obj_type = obj_type;
    return value_object(super);
}

static bool super_init(Value self, Value *args, int nargs, Tuple *kwnames) { return true; }

static Value super_getattr(Value self, Str *name) {
    Super *super = (Super *)self.as.object;
    if (super->obj_type && !str_equal_cstr(name, "__class__")) {
        Tuple *mro = super->obj_type->mro;
        int64_t i = 0;
        while (i < mro->length && mro->items[i].as.object != (Object *)super->type) i++;
        for (i++; i < mro->length; i++) {
            Dict *dict = as_type(mro->items[i])->dict;
            Value found = dict ? dict_get_str(dict, name) : value_null();
            if (is_null(found)) continue;
            Type *found_type = value_type(found);
            if (!found_type->descr_get) return found;
            bool is_class = value_is_same(super->obj, value_object(super->obj_type));
            return found_type->descr_get(found, is_class ? value_null() : super->obj, super->obj_type);
        }
    }
    return obj_generic_getattr(self, name);
}

static Value super_repr(Value self) {
    Super *super = (Super *)self.as.object;
    if (!super->obj_type) return str_value(str_from_format("<super: <class '%s'>, NULL>", super->type->name));
    return str_value(str_from_format("<super: <class '%s'>, <%s object>>", super->type->name, super->obj_type->name));
}

static Value super_get_thisclass(Value self) { return value_object(((Super *)self.as.object)->type); }
static Value super_get_self(Value self) {
    Super *super = (Super *)self.as.object;
    return is_null(super->obj) ? value_none() : super->obj;
}
static Value super_get_self_class(Value self) {
    Super *super = (Super *)self.as.object;
    return super->obj_type ? value_object(super->obj_type) : value_none();
}

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL, NULL, NULL},
};

Type type_super = {
    .name = "super",
    .instance_size = sizeof(Super),
    .flags = TYPE_BASETYPE,
    .getsets = super_getsets,
    .new = super_new,
    .init = super_init,
    .repr = super_repr,
    .getattr = super_getattr,
    .gc_mark = super_mark,
};

/* Contract: see class.h. */
void super_types_init(void) {
    type_ready(&type_super);
    type_ready(&type_mapping_proxy);
}
