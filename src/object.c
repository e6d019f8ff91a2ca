/* object.c — the generic object protocol: what `repr(x)`, `x + y`, `x[k]`,
 * `x.name`, `f(...)`, `iter(x)` mean for any value.
 *
 * Each operation finds the value's type (value_type) and calls the matching
 * slot of the Type (object.h). This file adds the rules that sit above the
 * slots and are the same for every type, exactly as CPython applies them:
 *
 *   - binary operators try the left operand's slot, then the right's
 *     (so `1 + x` can reach x.__radd__), and a subclass of the left
 *     operand's type that overrides the operator goes first;
 *   - rich comparisons try the reflected operator (a < b → b > a) and ==/!=
 *     fall back to identity;
 *   - in-place operators (`+=`) try the in-place slot, then the plain one;
 *   - `in` falls back to iterating when a type has no contains slot;
 *   - truth falls back to length.
 *
 * It also defines the few types that have no other home: None, the
 * NotImplemented and Ellipsis singletons.
 */
#include <string.h>

#include "object.h"
#include "class.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"
#include "vm.h"

/* ---- operator names ---------------------------------------------------- */

static const char *const binary_symbols[BINARY_OP_COUNT] = {
    "+", "-", "*", "/", "//", "%", "** or pow()", "@", "<<", ">>", "&", "|", "^",
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "<<=", ">>=", "&=", "|=", "^=",
};
static const char *const binary_dunders[BINARY_INPLACE_OFFSET] = {
    "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
    "__pow__", "__matmul__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__",
};
static const char *const reflected_dunders[BINARY_INPLACE_OFFSET] = {
    "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
    "__rpow__", "__rmatmul__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__",
};
static const char *const inplace_dunders[BINARY_INPLACE_OFFSET] = {
    "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__",
    "__ipow__", "__imatmul__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__",
};
static const char *const compare_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

const char *binary_op_symbol(BinaryOp op) { return binary_symbols[op]; }
const char *compare_op_symbol(CompareOp op) { return compare_symbols[op]; }

const char *binary_op_dunder(BinaryOp op) {
    return op >= BINARY_INPLACE_OFFSET ? inplace_dunders[op - BINARY_INPLACE_OFFSET] : binary_dunders[op];
}

const char *binary_op_reflected_dunder(BinaryOp op) {
    return reflected_dunders[op >= BINARY_INPLACE_OFFSET ? op - BINARY_INPLACE_OFFSET : op];
}

/* ---- types of values ------------------------------------------------- */

Type *value_type(Value v) {
    switch (v.tag) {
    case VAL_OBJ: return v.as.object->type;
    case VAL_INT: return &type_int;
    case VAL_FLOAT: return &type_float;
    case VAL_BOOL: return &type_bool;
    case VAL_NONE: return &type_none;
    case VAL_NULL: break;
    }
    return &type_none;
}

const char *value_type_name(Value v) { return value_type(v)->name; }

bool type_is_subtype(Type *type, Type *base) {
    if (type == base) return true;
    if (type->mro) {
        for (int64_t i = 0; i < type->mro->length; i++)
            if (type->mro->items[i].as.object == (Object *)base) return true;
        return false;
    }
    for (Type *t = type->base_type; t; t = t->base_type)
        if (t == base) return true;
    return false;
}

Value type_lookup(Type *type, Str *name) {
    if (!type->mro) return type->dict ? dict_get_str(type->dict, name) : value_null();
    for (int64_t i = 0; i < type->mro->length; i++) {
        Type *klass = (Type *)type->mro->items[i].as.object;
        if (!klass->dict) continue;
        Value found = dict_get_str(klass->dict, name);
        if (!is_null(found)) return found;
    }
    return value_null();
}

Value type_lookup_cstr(Type *type, const char *name) { return type_lookup(type, str_intern(name)); }

/* ---- text ---------------------------------------------------------------- */

Value obj_default_repr(Value v) {
    Type *type = value_type(v);
    const char *module = type->module_name;
    if (module && strcmp(module, "builtins") != 0)
        return str_value(str_from_format("<%s.%s object at %p>", module, type->name, (void *)v.as.object));
    return str_value(str_from_format("<%s object at %p>", type->name, (void *)v.as.object));
}

/* Checks that a __repr__/__str__ result is a str, as CPython does. */
static Value require_str_result(Value result, const char *dunder) {
    if (is_null(result) || is_str(result)) return result;
    if (value_is_instance(result, &type_str)) return result;
    return raise_error(&type_type_error, "%s returned non-string (type %s)", dunder, value_type_name(result));
}

Value obj_repr(Value v) {
    Type *type = value_type(v);
    if (type == &type_str) return str_value(str_repr(as_str(v)));
    if (!type->repr) return obj_default_repr(v);
    if (++vm.c_depth > vm.recursion_limit) {
        vm.c_depth--;
        return raise_error(&type_recursion_error, "maximum recursion depth exceeded while getting the repr of an object");
    }
    Value result = require_str_result(type->repr(v), "__repr__");
    vm.c_depth--;
    return result;
}

Value obj_str(Value v) {
    Type *type = value_type(v);
    if (type == &type_str) return v;
    if (!type->str) return obj_repr(v);
    return require_str_result(type->str(v), "__str__");
}

Value obj_format(Value v, Value spec) {
    Type *type = value_type(v);
    Value method = type_lookup_cstr(type, "__format__");
    if (is_null(method)) {
        if (is_str(spec) && as_str(spec)->length == 0) return obj_str(v);
        return raise_error(&type_type_error, "unsupported format string passed to %s.__format__", type->name);
    }
    Value args[2] = {v, spec};
    Value result = obj_call(method, args, 2, NULL);
    if (!is_null(result) && !value_is_instance(result, &type_str))
        return raise_error(&type_type_error, "__format__ must return a str, not %s", value_type_name(result));
    return result;
}

/* ---- hashing and truth --------------------------------------------------- */

bool obj_hash(Value v, int64_t *out) {
    switch (v.tag) {
    case VAL_INT: *out = int_hash(v); return true;
    case VAL_BOOL: *out = v.as.boolean; return true;
    case VAL_NONE: *out = (int64_t)0xFCA86420; return true;
    case VAL_FLOAT: *out = float_hash(v.as.number); return true;
    default: break;
    }
    if (v.as.object->type == &type_str) { *out = str_hash(as_str(v)); return true; }
    Type *type = value_type(v);
    if (!type->hash) {
        raise_error(&type_type_error, "unhashable type: '%s'", type->name);
        return false;
    }
    return type->hash(v, out);
}

int obj_truthy(Value v) {
    switch (v.tag) {
    case VAL_BOOL: return v.as.boolean;
    case VAL_NONE: return 0;
    case VAL_INT: return v.as.integer != 0;
    case VAL_FLOAT: return v.as.number != 0.0;
    default: break;
    }
    Type *type = v.as.object->type;
    if (type->truthy) return type->truthy(v);
    if (type->length) {
        int64_t n = type->length(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- comparison -------------------------------------------------------- */

static const CompareOp reflected_compare[] = {
    [COMPARE_LT] = COMPARE_GT, [COMPARE_LE] = COMPARE_GE, [COMPARE_EQ] = COMPARE_EQ,
    [COMPARE_NE] = COMPARE_NE, [COMPARE_GT] = COMPARE_LT, [COMPARE_GE] = COMPARE_LE,
};

/* Rich comparison, CPython's do_richcompare: a subclass of the left type
 * that overrides the comparison gets the first try; then left, then the
 * reflected operator on the right; == and != fall back to identity. */
static Value compare_unguarded(Value a, Value b, CompareOp op);

/* Comparing nested containers recurses in C: bound it like CPython's
 * Py_EnterRecursiveCall, so a million-deep list cannot overflow the stack. */
Value obj_compare(Value a, Value b, CompareOp op) {
    if (a.tag != VAL_OBJ || b.tag != VAL_OBJ) return compare_unguarded(a, b, op);
    if (++vm.c_depth > vm.recursion_limit) {
        vm.c_depth--;
        return raise_error(&type_recursion_error, "maximum recursion depth exceeded in comparison");
    }
    Value result = compare_unguarded(a, b, op);
    vm.c_depth--;
    return result;
}

static Value compare_unguarded(Value a, Value b, CompareOp op) {
    Type *left = value_type(a), *right = value_type(b);
    bool right_first = left != right && right->compare && type_is_subtype(right, left);
    if (right_first) {
        Value result = right->compare(b, a, reflected_compare[op]);
        if (!is_not_implemented(result)) return result;
    }
    if (left->compare) {
        Value result = left->compare(a, b, op);
        if (!is_not_implemented(result)) return result;
    }
    if (!right_first && right->compare) {
        Value result = right->compare(b, a, reflected_compare[op]);
        if (!is_not_implemented(result)) return result;
    }
    if (op == COMPARE_EQ) return value_bool(value_is_same(a, b));
    if (op == COMPARE_NE) return value_bool(!value_is_same(a, b));
    return raise_error(&type_type_error, "'%s' not supported between instances of '%s' and '%s'",
                       compare_symbols[op], left->name, right->name);
}

int obj_equal(Value a, Value b) {
    if (value_is_same(a, b) && !is_float(a)) return 1;
    if (a.tag == VAL_INT && b.tag == VAL_INT) return a.as.integer == b.as.integer;
    if (is_str(a) && is_str(b)) return str_equal(as_str(a), as_str(b));
    Value result = obj_compare(a, b, COMPARE_EQ);
    if (is_null(result)) return -1;
    if (is_bool(result)) return result.as.boolean;
    return obj_truthy(result);
}

/* ---- arithmetic -------------------------------------------------------- */

static Value binary_unsupported(BinaryOp op, Value a, Value b) {
    if (op == BINARY_POWER || op == BINARY_INPLACE_POWER)
        return raise_error(&type_type_error, "unsupported operand type(s) for %s: '%s' and '%s'",
                           binary_symbols[op], value_type_name(a), value_type_name(b));
    return raise_error(&type_type_error, "unsupported operand type(s) for %s: '%s' and '%s'",
                       binary_symbols[op], value_type_name(a), value_type_name(b));
}

/* The plain (not in-place) operator with CPython's binary_op1 order. */
static Value binary_plain(BinaryOp op, Value a, Value b) {
    Type *left = value_type(a), *right = value_type(b);
    bool distinct = left != right && right->binary && right->binary != left->binary;
    if (distinct && type_is_subtype(right, left)) {
        Value result = right->binary(op, a, b);
        if (!is_not_implemented(result)) return result;
        distinct = false;
        if (left->binary) {
            result = left->binary(op, a, b);
            if (!is_not_implemented(result)) return result;
        }
        return value_not_implemented();
    }
    if (left->binary) {
        Value result = left->binary(op, a, b);
        if (!is_not_implemented(result)) return result;
    }
    if (distinct) return right->binary(op, a, b);
    return value_not_implemented();
}

Value obj_binary(BinaryOp op, Value a, Value b) {
    if (op >= BINARY_INPLACE_OFFSET) {
        Type *left = value_type(a);
        if (left->binary) {
            Value result = left->binary(op, a, b);
            if (!is_not_implemented(result)) return result;
        }
        Value result = binary_plain(op - BINARY_INPLACE_OFFSET, a, b);
        if (is_not_implemented(result)) return binary_unsupported(op, a, b);
        return result;
    }
    Value result = binary_plain(op, a, b);
    if (is_not_implemented(result)) {
        if (op == BINARY_MODULO && is_str(a)) return str_percent_format(as_str(a), b);
        return binary_unsupported(op, a, b);
    }
    return result;
}

Value obj_unary(UnaryOp op, Value v) {
    static const char *const names[] = {"unary -", "unary +", "unary ~", "abs()"};
    Type *type = value_type(v);
    if (type->unary) {
        Value result = type->unary(op, v);
        if (!is_not_implemented(result)) return result;
    }
    if (op == UNARY_ABSOLUTE)
        return raise_error(&type_type_error, "bad operand type for abs(): '%s'", type->name);
    return raise_error(&type_type_error, "bad operand type for %s: '%s'", names[op], type->name);
}

/* ---- attributes -------------------------------------------------------- */

Value obj_getattr(Value v, Str *name) {
    Type *type = value_type(v);
    if (type->getattr) return type->getattr(v, name);
    return obj_generic_getattr(v, name);
}

Value obj_getattr_cstr(Value v, const char *name) { return obj_getattr(v, str_intern(name)); }

Value obj_lookup_attr(Value v, Str *name) {
    Value result = obj_getattr(v, name);
    if (is_null(result) && error_matches(&type_attribute_error)) error_clear();
    return result;
}

bool obj_setattr(Value v, Str *name, Value value) {
    Type *type = value_type(v);
    if (type->setattr) return type->setattr(v, name, value);
    return obj_generic_setattr(v, name, value);
}

/* ---- items and containers ------------------------------------------------ */

Value obj_getitem(Value v, Value key) {
    Type *type = value_type(v);
    if (type->getitem) return type->getitem(v, key);
    if (type == &type_type || (is_object(v) && type_is_subtype(type, &type_type))) {
        Value class_getitem = obj_lookup_attr(v, str_intern("__class_getitem__"));
        if (!is_null(class_getitem)) return obj_call(class_getitem, &key, 1, NULL);
        if (error_pending()) return value_null();
        return raise_error(&type_type_error, "type '%s' is not subscriptable", ((Type *)v.as.object)->name);
    }
    return raise_error(&type_type_error, "'%s' object is not subscriptable", type->name);
}

bool obj_setitem(Value v, Value key, Value value) {
    Type *type = value_type(v);
    if (type->setitem) return type->setitem(v, key, value);
    if (is_null(value))
        raise_error(&type_type_error, "'%s' object doesn't support item deletion", type->name);
    else
        raise_error(&type_type_error, "'%s' object does not support item assignment", type->name);
    return false;
}

int obj_contains(Value container, Value item) {
    Type *type = value_type(container);
    if (type->contains) return type->contains(container, item);
    if (!type->iter && !type->getitem) {
        raise_error(&type_type_error, "argument of type '%s' is not iterable", type->name);
        return -1;
    }
    Value iterator = obj_iter(container);
    if (is_null(iterator)) return -1;
    for (;;) {
        Value element = obj_next(iterator);
        if (is_null(element)) return error_pending() ? -1 : 0;
        int equal = obj_equal(element, item);
        if (equal != 0) return equal;
    }
}

int64_t obj_length(Value v) {
    Type *type = value_type(v);
    if (!type->length) {
        raise_error(&type_type_error, "object of type '%s' has no len()", type->name);
        return -1;
    }
    return type->length(v);
}

/* ---- iteration ------------------------------------------------------------ */

/* The old sequence protocol: an object with only __getitem__ iterates by
 * calling it with 0, 1, 2 ... until IndexError. */
typedef struct SequenceIterator {
    Object base;
    Value sequence;
    int64_t index;
} SequenceIterator;

static Value sequence_iterator_next(Value self) {
    SequenceIterator *it = (SequenceIterator *)self.as.object;
    if (is_null(it->sequence)) return value_null();
    Value item = obj_getitem(it->sequence, value_int(it->index));
    if (is_null(item)) {
        if (error_matches(&type_index_error) || error_matches(&type_stop_iteration)) {
            error_clear();
            it->sequence = value_null();
        }
        return value_null();
    }
    it->index++;
    return item;
}

static Value iterator_self(Value self) { return self; }

static void sequence_iterator_mark(Object *self) { gc_mark_value(((SequenceIterator *)self)->sequence); }

Type type_sequence_iterator = {
    .name = "iterator",
    .instance_size = sizeof(SequenceIterator),
    .iter = iterator_self,
    .next = sequence_iterator_next,
    .gc_mark = sequence_iterator_mark,
};

Value obj_iter(Value v) {
    Type *type = value_type(v);
    if (type->iter) {
        Value iterator = type->iter(v);
        if (is_null(iterator)) return iterator;
        if (!value_type(iterator)->next)
            return raise_error(&type_type_error, "iter() returned non-iterator of type '%s'", value_type_name(iterator));
        return iterator;
    }
    if (type->getitem && type != &type_dict) {
        SequenceIterator *it = (SequenceIterator *)gc_alloc(&type_sequence_iterator, sizeof(SequenceIterator));
        if (!it) return value_null();
        it->sequence = v;
        return value_object(it);
    }
    return raise_error(&type_type_error, "'%s' object is not iterable", type->name);
}

Value obj_next(Value iterator) {
    Type *type = value_type(iterator);
    if (!type->next) return raise_error(&type_type_error, "'%s' object is not an iterator", type->name);
    return type->next(iterator);
}

/* ---- calls ------------------------------------------------------------------ */

Value obj_call(Value callable, Value *args, int nargs, Tuple *kwnames) {
    Type *type = value_type(callable);
    if (!type->call) return raise_error(&type_type_error, "'%s' object is not callable", type->name);
    return type->call(callable, args, nargs, kwnames);
}

Value obj_call_method(Value self, const char *name, Value *args, int nargs) {
    Value method = obj_getattr_cstr(self, name);
    if (is_null(method)) return method;
    return obj_call(method, args, nargs, NULL);
}

bool obj_is_callable(Value v) { return value_type(v)->call != NULL; }

/* ---- None, NotImplemented, Ellipsis ------------------------------------------ */

static Value none_repr(Value self) { return str_value(str_intern("None")); }
static bool none_hash(Value self, int64_t *out) { *out = (int64_t)0xFCA86420; return true; }
static int none_truthy(Value self) { return 0; }
static Value none_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (nargs || kwnames) return raise_error(&type_type_error, "NoneType takes no arguments");
    return value_none();
}

Type type_none = {
    .name = "NoneType", .repr = none_repr, .hash = none_hash, .truthy = none_truthy, .new = none_new,
};

static Value not_implemented_repr(Value self) { return str_value(str_intern("NotImplemented")); }
static Value ellipsis_repr(Value self) { return str_value(str_intern("Ellipsis")); }
static bool identity_hash(Value self, int64_t *out) { *out = (int64_t)((uintptr_t)self.as.object >> 4); return true; }

Type type_not_implemented = {
    .name = "NotImplementedType", .repr = not_implemented_repr, .hash = identity_hash,
};
Type type_ellipsis = {.name = "ellipsis", .repr = ellipsis_repr, .hash = identity_hash};

Object not_implemented_object = {.type = &type_not_implemented, .flags = OBJECT_STATIC};
Object ellipsis_object = {.type = &type_ellipsis, .flags = OBJECT_STATIC};

void object_types_init(void) {
    type_ready(&type_none);
    type_ready(&type_not_implemented);
    type_ready(&type_ellipsis);
    type_ready(&type_sequence_iterator);
}
