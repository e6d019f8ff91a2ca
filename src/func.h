/* func.h — functions, closures' cells, bound methods and native functions.
 *
 * A Function is a Code plus what it needs to run: its globals, default
 * argument values, and its closure (the cells of the variables it captured
 * from enclosing functions). `def` makes one each time it runs.
 *
 * A Cell is a box holding one variable shared between a function and the
 * functions nested in it: `nonlocal x` and closures read and write the box.
 *
 * A BoundMethod pairs a function with the instance it was looked up on:
 * `obj.method` is BoundMethod(method, obj), and calling it prepends obj.
 *
 * A NativeFunction wraps a C function (NativeFn, object.h): the built-ins,
 * the methods of built-in types and the functions of C modules.
 */
#ifndef PYCO_FUNC_H
#define PYCO_FUNC_H

#include "object.h"
#include "code.h"

typedef struct Function Function;

struct Function {
    Object base;
    Code *code;
    Dict *globals;
    Tuple *defaults;     /* NULL or the positional defaults */
    Dict *kwdefaults;    /* NULL or the keyword-only defaults */
    Tuple *closure;      /* NULL or one Cell per free variable */
    Str *name;           /* __name__ (may be changed by functools.wraps) */
    Str *qualname;       /* __qualname__ */
    Value module;        /* __module__ */
    Value doc;           /* __doc__ */
    Dict *dict;          /* other attributes (__wrapped__, ...) */
};

typedef struct Cell {
    Object base;
    Value value; /* VAL_NULL when empty */
} Cell;

typedef struct BoundMethod {
    Object base;
    Value function;
    Value self;
} BoundMethod;

typedef struct NativeFunction {
    Object base;
    const MethodDef *def;   /* name, C function, kind */
    Value self;             /* bound instance/class, or VAL_NULL */
    Type *owner;            /* the type whose method this is (for repr), or NULL */
    Value module;           /* module name for repr, or VAL_NULL */
} NativeFunction;

/* property(fget, fset, fdel, doc), staticmethod(f), classmethod(f) */
typedef struct Property {
    Object base;
    Value fget, fset, fdel, doc;
    Value name;  /* the attribute name (from fget.__name__ or __set_name__), for messages; VAL_NULL if unknown */
} Property;
typedef struct WrappedCallable {
    Object base;
    Value callable;
    Dict *dict;
} WrappedCallable; /* staticmethod and classmethod */

static inline bool is_function(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_function; }
/* Unbound methods of built-in types (list.append, dict.fromkeys) are
 * NativeFunctions too, with these types so that type() names them as
 * CPython does. */
extern Type type_method_descriptor, type_classmethod_descriptor;
static inline bool is_native_function(Value v) {
    if (v.tag != VAL_OBJ) return false;
    Type *type = v.as.object->type;
    return type == &type_native_function || type == &type_method_descriptor || type == &type_classmethod_descriptor;
}
static inline Function *as_function(Value v) { return (Function *)v.as.object; }

Function *function_new(Code *code, Dict *globals);
Cell *cell_new(Value value);
Value bound_method_new(Value function, Value self);
/* A native function not bound to anything (builtins, module functions). */
Value native_function_new(const MethodDef *def, Value module_name);
/* The same, bound to [self] (a built-in method looked up on an instance). */
Value native_method_bind(const MethodDef *def, Value self, Type *owner);

/* Argument checking helpers for native functions, with CPython's messages:
 *   "len() takes exactly one argument (2 given)"
 *   "append() takes no keyword arguments"                               */
bool args_no_keywords(const char *function_name, Tuple *kwnames);
bool args_check_count(const char *function_name, int nargs, int min, int max);
/* Find keyword [name] among kwnames: its value, or VAL_NULL if absent. */
Value args_keyword(Value *args, int nargs, Tuple *kwnames, const char *name);
/* Fail with "f() got an unexpected keyword argument 'x'" unless every
 * keyword is one of the NULL-terminated [allowed] names. */
bool args_only_keywords(const char *function_name, Tuple *kwnames, const char *const *allowed);

#endif
