/* func.c — the callable objects: functions, cells, bound methods, built-in
 * functions, and the three decorator descriptors property, staticmethod and
 * classmethod.
 *
 * Functions are descriptors: looking a function up on an instance
 * (`obj.method`) calls its descr_get slot, which pairs it with the instance in
 * a BoundMethod. Looked up on the class (`C.method`) it comes back plain.
 * Calling a bound method prepends the instance to the arguments; to avoid an
 * allocation per call the arguments are copied into a small C array on the
 * stack when they fit.
 *
 * A NativeFunction wraps a C function (MethodDef). Stored in a built-in
 * type's dict (owner set, self NULL) it acts like CPython's method
 * descriptor: `[].append` binds the list, `list.append` stays unbound and
 * checks that its first argument is a list.
 *
 * property, staticmethod and classmethod only change what descr_get returns:
 * the getter's result, the plain function, or the function bound to the
 * class.
 */
#include <stdlib.h>
#include <string.h>

#include "func.h"
#include "class.h"
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"
#include "vm.h"

/* ---- argument helpers ---------------------------------------------------- */

/* Contract: see func.h. Raises TypeError "f() takes no keyword arguments". */
bool args_no_keywords(const char *function_name, Tuple *kwnames) {
    if (!kwnames || kwnames->length == 0) return true;
    raise_error(&type_type_error, "%s() takes no keyword arguments", function_name);
    return false;
}

/* Contract: see func.h. Uses CPython's two message families: the
 * METH_O/METH_NOARGS style for exact counts of 0 and 1, and the
 * "expected at most/least" style of PyArg_UnpackTuple otherwise. */
bool args_check_count(const char *function_name, int nargs, int min, int max) {
    if (nargs >= min && (max < 0 || nargs <= max)) return true;
    if (min == max && max == 0)
        raise_error(&type_type_error, "%s() takes no arguments (%d given)", function_name, nargs);
    else if (min == max && max == 1)
        raise_error(&type_type_error, "%s() takes exactly one argument (%d given)", function_name, nargs);
    else if (min == max)
        raise_error(&type_type_error, "%s expected %d argument%s, got %d", function_name, min, min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        raise_error(&type_type_error, "%s expected at least %d argument%s, got %d", function_name, min, min == 1 ? "" : "s", nargs);
    else
        raise_error(&type_type_error, "%s expected at most %d argument%s, got %d", function_name, max, max == 1 ? "" : "s", nargs);
    return false;
}

/* Contract: see func.h. Never raises. */
Value args_keyword(Value *args, int nargs, Tuple *kwnames, const char *name) {
    if (!kwnames) return value_null();
    for (int64_t i = 0; i < kwnames->length; i++)
        if (str_equal_cstr(as_str(kwnames->items[i]), name)) return args[nargs + i];
    return value_null();
}

/* Contract: see func.h. */
bool args_only_keywords(const char *function_name, Tuple *kwnames, const char *const *allowed) {
    if (!kwnames) return true;
    for (int64_t i = 0; i < kwnames->length; i++) {
        Str *key = as_str(kwnames->items[i]);
        bool known = false;
        for (int j = 0; allowed && allowed[j]; j++)
            if (str_equal_cstr(key, allowed[j])) known = true;
        if (!known) {
            raise_error(&type_type_error, "%s() got an unexpected keyword argument '%s'", function_name, str_cstr(key));
            return false;
        }
    }
    return true;
}

/* Total number of argument values (positional + keyword) of a call. */
static int func_arg_total(int nargs, Tuple *kwnames) { return nargs + (kwnames ? (int)kwnames->length : 0); }

/* Call [callable] with [self] prepended to the arguments. Small calls use a
 * stack array; larger ones a temporary heap buffer (not a GC object). */
static Value func_call_with_self(Value callable, Value self, Value *args, int nargs, Tuple *kwnames) {
    Value small[8];
    int total = func_arg_total(nargs, kwnames);
    Value *all = small;
    if (total + 1 > 8) {
        all = malloc(sizeof(Value) * (size_t)(total + 1));
        if (!all) return raise_memory_error();
    }
    all[0] = self;
    if (total) memcpy(all + 1, args, sizeof(Value) * (size_t)total);
    Value result;
    if (is_function(callable))
        result = vm_call_function(as_function(callable), all, nargs + 1, kwnames);
    else
        result = obj_call(callable, all, nargs + 1, kwnames);
    if (all != small) free(all);
    return result;
}

/* ---- function ------------------------------------------------------------ */

/* Contract: see func.h. Allocates; never calls Python. */
Function *function_new(Code *code, Dict *globals) {
    Function *function = (Function *)gc_alloc(&type_function, sizeof(Function));
    if (!function) return NULL;
    function->code = code;
    function->globals = globals;
    function->name = code->name;
    function->qualname = code->qualname ? code->qualname : code->name;
    function->module = value_none();
    function->doc = value_none();
    if (globals) {
        Value module = dict_get_cstr(globals, "__name__");
        if (!is_null(module)) function->module = module;
    }
    if (code->constants && code->constants->length > 0 && is_str(code->constants->items[0]))
        function->doc = code->constants->items[0];
    return function;
}

static void function_mark(Object *self) {
    Function *function = (Function *)self;
    gc_mark_object((Object *)function->code);
    gc_mark_object((Object *)function->globals);
    gc_mark_object((Object *)function->defaults);
    gc_mark_object((Object *)function->kwdefaults);
    gc_mark_object((Object *)function->closure);
    gc_mark_object((Object *)function->name);
    gc_mark_object((Object *)function->qualname);
    gc_mark_value(function->module);
    gc_mark_value(function->doc);
    gc_mark_object((Object *)function->dict);
}

static Value function_repr(Value self) {
    Function *function = as_function(self);
    return str_value(str_from_format("<function %s at %p>", str_cstr(function->qualname), (void *)self.as.object));
}

static Value function_descr_get(Value descr, Value instance, Type *owner) {
    if (is_null(instance)) return descr;
    return bound_method_new(descr, instance);
}

static Value function_call(Value callable, Value *args, int nargs, Tuple *kwnames) {
    return vm_call_function(as_function(callable), args, nargs, kwnames);
}

static Value function_get_name(Value self) { return str_value(as_function(self)->name); }
static bool function_set_name(Value self, Value value) {
    if (is_null(value) || !is_str(value)) {
        raise_error(&type_type_error, "__name__ must be set to a string object");
        return false;
    }
    as_function(self)->name = as_str(value);
    return true;
}
static Value function_get_qualname(Value self) { return str_value(as_function(self)->qualname); }
static bool function_set_qualname(Value self, Value value) {
    if (is_null(value) || !is_str(value)) {
        raise_error(&type_type_error, "__qualname__ must be set to a string object");
        return false;
    }
    as_function(self)->qualname = as_str(value);
    return true;
}
static Value function_get_doc(Value self) { return as_function(self)->doc; }
static bool function_set_doc(Value self, Value value) {
    as_function(self)->doc = is_null(value) ? value_none() : value;
    return true;
}
static Value function_get_module(Value self) { return as_function(self)->module; }
static bool function_set_module(Value self, Value value) {
    as_function(self)->module = is_null(value) ? value_none() : value;
    return true;
}
static Value function_get_defaults(Value self) {
    Tuple *defaults = as_function(self)->defaults;
    return defaults ? value_object(defaults) : value_none();
}
static bool function_set_defaults(Value self, Value value) {
    if (is_null(value) || is_none(value)) { as_function(self)->defaults = NULL; return true; }
    if (!is_tuple(value)) {
        raise_error(&type_type_error, "__defaults__ must be set to a tuple object");
        return false;
    }
    as_function(self)->defaults = as_tuple(value);
    return true;
}
static Value function_get_kwdefaults(Value self) {
    Dict *kwdefaults = as_function(self)->kwdefaults;
    return kwdefaults ? value_object(kwdefaults) : value_none();
}
static bool function_set_kwdefaults(Value self, Value value) {
    if (is_null(value) || is_none(value)) { as_function(self)->kwdefaults = NULL; return true; }
    if (!is_dict(value)) {
        raise_error(&type_type_error, "__kwdefaults__ must be set to a dict object");
        return false;
    }
    as_function(self)->kwdefaults = as_dict(value);
    return true;
}
static Value function_get_code(Value self) { return value_object(as_function(self)->code); }
static bool function_set_code(Value self, Value value) {
    if (is_null(value) || !is_code(value)) {
        raise_error(&type_type_error, "__code__ must be set to a code object");
        return false;
    }
    as_function(self)->code = (Code *)value.as.object;
    return true;
}
static bool function_readonly(Value self, Value value) {
    raise_error(&type_attribute_error, "readonly attribute");
    return false;
}
static Value function_get_globals(Value self) { return value_object(as_function(self)->globals); }
static Value function_get_closure(Value self) {
    Tuple *closure = as_function(self)->closure;
    return closure ? value_object(closure) : value_none();
}
static Value function_get_dict(Value self) {
    Function *function = as_function(self);
    if (!function->dict) function->dict = dict_new();
    return function->dict ? value_object(function->dict) : value_null();
}
static bool function_set_dict(Value self, Value value) {
    if (is_null(value) || !is_dict(value)) {
        raise_error(&type_type_error, "__dict__ must be set to a dictionary, not a '%s'",
                    is_null(value) ? "NoneType" : value_type_name(value));
        return false;
    }
    as_function(self)->dict = as_dict(value);
    return true;
}
static Value function_get_annotations(Value self) {
    Function *function = as_function(self);
    if (!function->dict) function->dict = dict_new();
    if (!function->dict) return value_null();
    Value annotations = dict_get_cstr(function->dict, "__annotations__");
    if (!is_null(annotations)) return annotations;
    Dict *fresh = dict_new();
    if (!fresh || !dict_set_cstr(function->dict, "__annotations__", value_object(fresh))) return value_null();
    return value_object(fresh);
}

static const GetSetDef function_getsets[] = {
    {"__name__", function_get_name, function_set_name},
    {"__qualname__", function_get_qualname, function_set_qualname},
    {"__doc__", function_get_doc, function_set_doc},
    {"__module__", function_get_module, function_set_module},
    {"__defaults__", function_get_defaults, function_set_defaults},
    {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults},
    {"__code__", function_get_code, function_set_code},
    {"__globals__", function_get_globals, function_readonly},
    {"__closure__", function_get_closure, function_readonly},
    {"__dict__", function_get_dict, function_set_dict},
    {"__annotations__", function_get_annotations, NULL},
    {NULL, NULL, NULL},
};

Type type_function = {
    .name = "function",
    .instance_size = sizeof(Function),
    .getsets = function_getsets,
    .repr = function_repr,
    .descr_get = function_descr_get,
    .call = function_call,
    .gc_mark = function_mark,
    .flags = TYPE_ABSTRACT_NEW,
};

/* ---- cell ---------------------------------------------------------------- */

/* Contract: see func.h. [value] may be VAL_NULL (an empty cell). */
Cell *cell_new(Value value) {
    Cell *cell = (Cell *)gc_alloc(&type_cell, sizeof(Cell));
    if (cell) cell->value = value;
    return cell;
}

static void cell_mark(Object *self) { gc_mark_value(((Cell *)self)->value); }

static Value cell_repr(Value self) {
    Cell *cell = (Cell *)self.as.object;
    if (is_null(cell->value)) return str_value(str_from_format("<cell at %p: empty>", (void *)cell));
    return str_value(str_from_format("<cell at %p: %s object at %p>", (void *)cell,
                                     value_type_name(cell->value), (void *)cell->value.as.object));
}

static Value cell_get_contents(Value self) {
    Cell *cell = (Cell *)self.as.object;
    if (is_null(cell->value)) return raise_error(&type_value_error, "Cell is empty");
    return cell->value;
}
static bool cell_set_contents(Value self, Value value) {
    ((Cell *)self.as.object)->value = value;
    return true;
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

Type type_cell = {
    .name = "cell",
    .instance_size = sizeof(Cell),
    .getsets = cell_getsets,
    .repr = cell_repr,
    .gc_mark = cell_mark,
};

/* ---- bound method -------------------------------------------------------- */

/* Contract: see func.h. Allocates. */
Value bound_method_new(Value function, Value self) {
    BoundMethod *method = (BoundMethod *)gc_alloc(&type_bound_method, sizeof(BoundMethod));
    if (!method) return value_null();
    method->function = function;
    method->self = self;
    return value_object(method);
}

static BoundMethod *as_bound_method(Value v) { return (BoundMethod *)v.as.object; }

static void bound_method_mark(Object *self) {
    gc_mark_value(((BoundMethod *)self)->function);
    gc_mark_value(((BoundMethod *)self)->self);
}

static Value bound_method_call(Value callable, Value *args, int nargs, Tuple *kwnames) {
    BoundMethod *method = as_bound_method(callable);
    return func_call_with_self(method->function, method->self, args, nargs, kwnames);
}

/* The function's __qualname__ (falling back to __name__, then "?"). */
static Value func_qualname_of(Value function) {
    if (is_function(function)) return str_value(as_function(function)->qualname);
    Value name = obj_lookup_attr(function, str_intern("__qualname__"));
    if (is_null(name) && !error_pending()) name = obj_lookup_attr(function, str_intern("__name__"));
    if (is_null(name) && !error_pending()) name = str_value(str_intern("?"));
    return name;
}

static Value bound_method_repr(Value self) {
    BoundMethod *method = as_bound_method(self);
    Value name = func_qualname_of(method->function);
    if (is_null(name)) return name;
    gc_push_root(name);
    Value self_repr = obj_repr(method->self);
    gc_pop_roots(1);
    if (is_null(self_repr)) return self_repr;
    Value name_text = obj_str(name);
    if (is_null(name_text)) return name_text;
    return str_value(str_from_format("<bound method %s of %s>", str_cstr(as_str(name_text)), str_cstr(as_str(self_repr))));
}

static Value bound_method_compare(Value a, Value b, CompareOp op) {
    if ((op != COMPARE_EQ && op != COMPARE_NE) || !is_object_of(b, &type_bound_method)) return value_not_implemented();
    BoundMethod *left = as_bound_method(a), *right = as_bound_method(b);
    bool equal = value_is_same(left->self, right->self);
    if (equal) {
        int same = obj_equal(left->function, right->function);
        if (same < 0) return value_null();
        equal = same;
    }
    return value_bool(op == COMPARE_EQ ? equal : !equal);
}

static bool bound_method_hash(Value self, int64_t *out) {
    BoundMethod *method = as_bound_method(self);
    int64_t function_hash;
    if (!obj_hash(method->function, &function_hash)) return false;
    uintptr_t self_id = is_object(method->self) ? (uintptr_t)method->self.as.object : (uintptr_t)method->self.as.integer;
    *out = (int64_t)((self_id >> 4) ^ (uint64_t)function_hash);
    if (*out == -1) *out = -2;
    return true;
}

/* Attributes not found on the method itself come from the function
 * (m.__name__, m.__doc__, attributes set by decorators). */
static Value bound_method_getattr(Value self, Str *name) {
    BoundMethod *method = as_bound_method(self);
    if (str_equal_cstr(name, "__self__")) return method->self;
    if (str_equal_cstr(name, "__func__")) return method->function;
    if (str_equal_cstr(name, "__class__")) return value_object(&type_bound_method);
    if (str_equal_cstr(name, "__doc__")) return obj_getattr(method->function, name);
    Value found = type_lookup(&type_bound_method, name);
    if (!is_null(found)) {
        Type *found_type = value_type(found);
        return found_type->descr_get ? found_type->descr_get(found, self, &type_bound_method) : found;
    }
    return obj_getattr(method->function, name);
}

/* types.MethodType(function, instance) */
static Value bound_method_type_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("method", kwnames) || !args_check_count("method", nargs, 2, 2)) return value_null();
    if (!obj_is_callable(args[0])) return raise_error(&type_type_error, "first argument must be callable");
    if (is_none(args[1])) return raise_error(&type_type_error, "instance must not be None");
    return bound_method_new(args[0], args[1]);
}

Type type_bound_method = {
    .new = bound_method_type_new,
    .name = "method",
    .instance_size = sizeof(BoundMethod),
    .repr = bound_method_repr,
    .compare = bound_method_compare,
    .hash = bound_method_hash,
    .getattr = bound_method_getattr,
    .call = bound_method_call,
    .gc_mark = bound_method_mark,
};

/* ---- native function ----------------------------------------------------- */

/* Contract: see func.h. Allocates. */
Value native_function_new(const MethodDef *def, Value module_name) {
    NativeFunction *native = (NativeFunction *)gc_alloc(&type_native_function, sizeof(NativeFunction));
    if (!native) return value_null();
    native->def = def;
    native->self = value_null();
    native->module = module_name;
    return value_object(native);
}

/* Contract: see func.h. Allocates. [owner] may be NULL. */
Value native_method_bind(const MethodDef *def, Value self, Type *owner) {
    Type *kind = &type_native_function;
    if (is_null(self) && owner && def->kind == METHOD_INSTANCE) kind = &type_method_descriptor;
    if (is_null(self) && owner && def->kind == METHOD_CLASS) kind = &type_classmethod_descriptor;
    NativeFunction *native = (NativeFunction *)gc_alloc(kind, sizeof(NativeFunction));
    if (!native) return value_null();
    native->def = def;
    native->self = self;
    native->owner = owner;
    native->module = value_null();
    return value_object(native);
}

static NativeFunction *as_native(Value v) { return (NativeFunction *)v.as.object; }

static void native_function_mark(Object *self) {
    NativeFunction *native = (NativeFunction *)self;
    gc_mark_value(native->self);
    gc_mark_object((Object *)native->owner);
    gc_mark_value(native->module);
}

/* An unbound method descriptor (list.append) checks its first argument
 * the way CPython's method_vectorcall does. */
static bool native_check_unbound_self(NativeFunction *native, Value *args, int nargs) {
    if (nargs < 1) {
        raise_error(&type_type_error, "unbound method %s.%s() needs an argument", native->owner->name, native->def->name);
        return false;
    }
    if (!value_is_instance(args[0], native->owner)) {
        raise_error(&type_type_error, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    native->def->name, native->owner->name, value_type_name(args[0]));
        return false;
    }
    return true;
}

static Value native_function_call(Value callable, Value *args, int nargs, Tuple *kwnames) {
    NativeFunction *native = as_native(callable);
    if (!is_null(native->self)) {
        Value small[8];
        int total = func_arg_total(nargs, kwnames);
        Value *all = total + 1 > 8 ? malloc(sizeof(Value) * (size_t)(total + 1)) : small;
        if (!all) return raise_memory_error();
        all[0] = native->self;
        if (total) memcpy(all + 1, args, sizeof(Value) * (size_t)total);
        Value result = native->def->fn(all, nargs + 1, kwnames);
        if (all != small) free(all);
        return result;
    }
    if (native->owner && native->def->kind == METHOD_INSTANCE && !native_check_unbound_self(native, args, nargs))
        return value_null();
    if (native->owner && native->def->kind == METHOD_CLASS) {
        /* dict.__dict__['fromkeys'](...) called without binding: use the owner */
        Value bound = native_method_bind(native->def, value_object(native->owner), native->owner);
        return is_null(bound) ? bound : native_function_call(bound, args, nargs, kwnames);
    }
    return native->def->fn(args, nargs, kwnames);
}

static Value native_function_repr(Value self) {
    NativeFunction *native = as_native(self);
    if (!is_null(native->self))
        return str_value(str_from_format("<built-in method %s of %s object at %p>", native->def->name,
                                         value_type_name(native->self), (void *)native->self.as.object));
    if (native->owner && native->def->kind == METHOD_STATIC)
        return str_value(str_from_format("<built-in method %s of type object at %p>", native->def->name, (void *)native->owner));
    if (native->owner)
        return str_value(str_from_format("<method '%s' of '%s' objects>", native->def->name, native->owner->name));
    return str_value(str_from_format("<built-in function %s>", native->def->name));
}

/* Method descriptors bind: instance methods to the instance, class methods
 * to the class; plain built-in functions and static methods never bind. */
static Value native_function_descr_get(Value descr, Value instance, Type *owner) {
    NativeFunction *native = as_native(descr);
    if (!native->owner || !is_null(native->self)) return descr;
    switch (native->def->kind) {
    case METHOD_INSTANCE:
        if (is_null(instance)) return descr;
        return native_method_bind(native->def, instance, native->owner);
    case METHOD_CLASS: {
        Type *cls = owner ? owner : value_type(instance);
        return native_method_bind(native->def, value_object(cls), native->owner);
    }
    case METHOD_STATIC: break;
    }
    return descr;
}

static Value native_function_get_name(Value self) { return str_value(str_from_cstr(as_native(self)->def->name)); }
static Value native_function_get_qualname(Value self) {
    NativeFunction *native = as_native(self);
    if (native->owner) return str_value(str_from_format("%s.%s", native->owner->name, native->def->name));
    return native_function_get_name(self);
}
/* A bound method's instance; a module function's module (as CPython). */
static Value native_function_get_self(Value self) {
    NativeFunction *native = as_native(self);
    if (!is_null(native->self)) return native->self;
    if (!native->owner && vm.modules) {
        Value module_name = is_str(native->module) ? native->module : str_value(str_intern("builtins"));
        Value module = dict_get(vm.modules, module_name);
        if (!is_null(module)) return module;
        if (error_pending()) return value_null();
    }
    return value_none();
}
static Value native_function_get_doc(Value self) {
    const char *doc = as_native(self)->def->doc;
    return doc ? str_value(str_from_cstr(doc)) : value_none();
}
static Value native_function_get_module(Value self) {
    NativeFunction *native = as_native(self);
    return is_null(native->module) ? value_none() : native->module;
}

static const GetSetDef native_function_getsets[] = {
    {"__name__", native_function_get_name, NULL},
    {"__qualname__", native_function_get_qualname, NULL},
    {"__self__", native_function_get_self, NULL},
    {"__doc__", native_function_get_doc, NULL},
    {"__module__", native_function_get_module, NULL},
    {NULL, NULL, NULL},
};

Type type_native_function = {
    .name = "builtin_function_or_method",
    .instance_size = sizeof(NativeFunction),
    .getsets = native_function_getsets,
    .repr = native_function_repr,
    .descr_get = native_function_descr_get,
    .call = native_function_call,
    .gc_mark = native_function_mark,
    .flags = TYPE_ABSTRACT_NEW,
};

Type type_method_descriptor = {
    .name = "method_descriptor",
    .instance_size = sizeof(NativeFunction),
    .getsets = native_function_getsets,
    .repr = native_function_repr,
    .descr_get = native_function_descr_get,
    .call = native_function_call,
    .gc_mark = native_function_mark,
};

Type type_classmethod_descriptor = {
    .name = "classmethod_descriptor",
    .instance_size = sizeof(NativeFunction),
    .getsets = native_function_getsets,
    .repr = native_function_repr,
    .descr_get = native_function_descr_get,
    .call = native_function_call,
    .gc_mark = native_function_mark,
};

/* ---- property -------------------------------------------------------------- */

static Property *as_property(Value v) { return (Property *)v.as.object; }

static void property_mark(Object *self) {
    Property *property = (Property *)self;
    gc_mark_value(property->fget);
    gc_mark_value(property->fset);
    gc_mark_value(property->fdel);
    gc_mark_value(property->doc);
    gc_mark_value(property->name);
}

static Value property_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    Property *property = (Property *)gc_alloc(cls, cls->instance_size ? cls->instance_size : sizeof(Property));
    if (!property) return value_null();
    property->fget = property->fset = property->fdel = property->doc = value_none();
    property->name = value_null();
    return value_object(property);
}

/* property(fget=None, fset=None, fdel=None, doc=None); the doc defaults to
 * fget.__doc__ as in CPython. */
static bool property_init(Value self, Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    if (nargs > 4) {
        raise_error(&type_type_error, "property() takes at most 4 arguments (%d given)", nargs);
        return false;
    }
    if (!args_only_keywords("property", kwnames, names)) return false;
    Value fields[4] = {value_none(), value_none(), value_none(), value_none()};
    for (int i = 0; i < 4; i++) {
        Value keyword = args_keyword(args, nargs, kwnames, names[i]);
        if (i < nargs) fields[i] = args[i];
        else if (!is_null(keyword)) fields[i] = keyword;
    }
    Property *property = as_property(self);
    property->fget = fields[0];
    property->fset = fields[1];
    property->fdel = fields[2];
    property->doc = fields[3];
    if (is_none(property->doc) && !is_none(property->fget)) {
        Value doc = obj_lookup_attr(property->fget, str_intern("__doc__"));
        if (is_null(doc) && error_pending()) return false;
        if (!is_null(doc)) property->doc = doc;
    }
    if (!is_none(property->fget)) {
        Value name = obj_lookup_attr(property->fget, str_intern("__name__"));
        if (is_null(name) && error_pending()) return false;
        if (is_str(name)) property->name = name;
    }
    return true;
}

/* "property 'x' of 'C' object has no getter" (3.11 wording). */
static void property_missing(Property *property, Value instance, const char *what) {
    if (is_str(property->name))
        raise_error(&type_attribute_error, "property '%s' of '%s' object has no %s", str_cstr(as_str(property->name)),
                    value_type_name(instance), what);
    else
        raise_error(&type_attribute_error, "property of '%s' object has no %s", value_type_name(instance), what);
}

static Value property_descr_get(Value descr, Value instance, Type *owner) {
    if (is_null(instance)) return descr;
    Property *property = as_property(descr);
    if (is_none(property->fget)) {
        property_missing(property, instance, "getter");
        return value_null();
    }
    return obj_call(property->fget, &instance, 1, NULL);
}

static bool property_descr_set(Value descr, Value instance, Value value) {
    Property *property = as_property(descr);
    Value function = is_null(value) ? property->fdel : property->fset;
    if (is_none(function)) {
        property_missing(property, instance, is_null(value) ? "deleter" : "setter");
        return false;
    }
    Value args[2] = {instance, value};
    Value result = obj_call(function, args, is_null(value) ? 1 : 2, NULL);
    return !is_null(result);
}

/* getter/setter/deleter: a copy of the property with one function replaced. */
static Value property_copy_with(Value self, int field, Value function) {
    Property *old = as_property(self);
    Type *type = value_type(self);
    Property *copy = (Property *)gc_alloc(type, type->instance_size > sizeof(Property) ? type->instance_size : sizeof(Property));
    if (!copy) return value_null();
    copy->fget = old->fget;
    copy->fset = old->fset;
    copy->fdel = old->fdel;
    copy->doc = old->doc;
    copy->name = old->name;
    if (field == 0) copy->fget = function;
    if (field == 1) copy->fset = function;
    if (field == 2) copy->fdel = function;
    if (field == 0 && is_none(old->doc)) {
        Value doc = obj_lookup_attr(function, str_intern("__doc__"));
        if (!is_null(doc)) copy->doc = doc;
    }
    return value_object(copy);
}

static Value property_getter(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("getter", kwnames) || !args_check_count("property.getter", nargs - 1, 1, 1)) return value_null();
    return property_copy_with(args[0], 0, args[1]);
}
static Value property_setter(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("setter", kwnames) || !args_check_count("property.setter", nargs - 1, 1, 1)) return value_null();
    return property_copy_with(args[0], 1, args[1]);
}
static Value property_deleter(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("deleter", kwnames) || !args_check_count("property.deleter", nargs - 1, 1, 1)) return value_null();
    return property_copy_with(args[0], 2, args[1]);
}
static Value property_set_name(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("__set_name__", nargs - 1, 2, 2)) return value_null();
    as_property(args[0])->name = args[2];
    return value_none();
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, METHOD_INSTANCE, NULL},
    {"setter", property_setter, METHOD_INSTANCE, NULL},
    {"deleter", property_deleter, METHOD_INSTANCE, NULL},
    {"__set_name__", property_set_name, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static Value property_get_fget(Value self) { return as_property(self)->fget; }
static Value property_get_fset(Value self) { return as_property(self)->fset; }
static Value property_get_fdel(Value self) { return as_property(self)->fdel; }
static Value property_get_doc(Value self) { return as_property(self)->doc; }
static bool property_set_doc(Value self, Value value) {
    as_property(self)->doc = is_null(value) ? value_none() : value;
    return true;
}

static const GetSetDef property_getsets[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, property_set_doc},
    {NULL, NULL, NULL},
};

Type type_property = {
    .name = "property",
    .instance_size = sizeof(Property),
    .flags = TYPE_BASETYPE,
    .methods = property_methods,
    .getsets = property_getsets,
    .new = property_new,
    .init = property_init,
    .descr_get = property_descr_get,
    .descr_set = property_descr_set,
    .gc_mark = property_mark,
};

/* ---- staticmethod and classmethod ----------------------------------------- */

static WrappedCallable *as_wrapped(Value v) { return (WrappedCallable *)v.as.object; }

static void wrapped_mark(Object *self) {
    gc_mark_value(((WrappedCallable *)self)->callable);
    gc_mark_object((Object *)((WrappedCallable *)self)->dict);
}

static Value wrapped_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    const char *name = type_is_subtype(cls, &type_classmethod) ? "classmethod" : "staticmethod";
    if (!args_no_keywords(name, kwnames)) return value_null();
    if (nargs != 1) return raise_error(&type_type_error, "%s expected 1 argument, got %d", name, nargs);
    WrappedCallable *wrapped = (WrappedCallable *)gc_alloc(cls, cls->instance_size ? cls->instance_size : sizeof(WrappedCallable));
    if (!wrapped) return value_null();
    wrapped->callable = args[0];
    return value_object(wrapped);
}

static bool wrapped_init(Value self, Value *args, int nargs, Tuple *kwnames) { return true; }

static Value wrapped_repr(Value self) {
    Value inner = obj_repr(as_wrapped(self)->callable);
    if (is_null(inner)) return inner;
    const char *kind = value_is_instance(self, &type_classmethod) ? "classmethod" : "staticmethod";
    return str_value(str_from_format("<%s(%s)>", kind, str_cstr(as_str(inner))));
}

static Value staticmethod_descr_get(Value descr, Value instance, Type *owner) { return as_wrapped(descr)->callable; }

static Value staticmethod_call(Value callable, Value *args, int nargs, Tuple *kwnames) {
    return obj_call(as_wrapped(callable)->callable, args, nargs, kwnames);
}

static Value classmethod_descr_get(Value descr, Value instance, Type *owner) {
    Type *cls = owner ? owner : value_type(instance);
    return bound_method_new(as_wrapped(descr)->callable, value_object(cls));
}

static Value wrapped_get_func(Value self) { return as_wrapped(self)->callable; }
static Value wrapped_get_dict(Value self) {
    WrappedCallable *wrapped = as_wrapped(self);
    if (!wrapped->dict) wrapped->dict = dict_new();
    return wrapped->dict ? value_object(wrapped->dict) : value_null();
}
static Value wrapped_get_abstract(Value self) {
    Value flag = obj_lookup_attr(as_wrapped(self)->callable, str_intern("__isabstractmethod__"));
    if (is_null(flag)) return error_pending() ? flag : value_bool(false);
    return flag;
}

static const GetSetDef wrapped_getsets[] = {
    {"__func__", wrapped_get_func, NULL},
    {"__wrapped__", wrapped_get_func, NULL},
    {"__dict__", wrapped_get_dict, NULL},
    {"__isabstractmethod__", wrapped_get_abstract, NULL},
    {NULL, NULL, NULL},
};

Type type_staticmethod = {
    .name = "staticmethod",
    .instance_size = sizeof(WrappedCallable),
    .flags = TYPE_BASETYPE,
    .getsets = wrapped_getsets,
    .new = wrapped_new,
    .init = wrapped_init,
    .repr = wrapped_repr,
    .descr_get = staticmethod_descr_get,
    .call = staticmethod_call,
    .gc_mark = wrapped_mark,
};

Type type_classmethod = {
    .name = "classmethod",
    .instance_size = sizeof(WrappedCallable),
    .flags = TYPE_BASETYPE,
    .getsets = wrapped_getsets,
    .new = wrapped_new,
    .init = wrapped_init,
    .repr = wrapped_repr,
    .descr_get = classmethod_descr_get,
    .gc_mark = wrapped_mark,
};

/* Contract: see types_init.h. Readies every type of this file. */
void func_types_init(void) {
    type_ready(&type_function);
    type_ready(&type_cell);
    type_ready(&type_bound_method);
    type_ready(&type_native_function);
    type_ready(&type_method_descriptor);
    type_ready(&type_classmethod_descriptor);
    type_ready(&type_property);
    type_ready(&type_staticmethod);
    type_ready(&type_classmethod);
}
