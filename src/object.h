/* object.h — heap objects, types, and the generic object protocol.
 *
 * Every heap object starts with the same header:
 *
 *     +-------------+-------------+--------+-------+
 *     | Type *type  | gc_next     | marked | flags |
 *     +-------------+-------------+--------+-------+
 *
 * `type` says what the object is (a Type is itself an object: classes are
 * Types). `gc_next` threads every heap object onto the collector's list and
 * `marked` is the collector's mark bit (gc.h).
 *
 * A Type carries, besides its name, bases, MRO and attribute dict, a table of
 * C "slots": one function pointer per operation (repr, hash, compare,
 * arithmetic, call, iteration, item and attribute access, ...). The generic
 * protocol functions declared at the end of this file — obj_repr, obj_add,
 * obj_getattr, obj_call... — look at a value's type and call its slot. Built-in
 * types fill their slots with C functions. A user class (class.c) fills them
 * with small adapters that look up the matching dunder method (`__add__`,
 * `__repr__`) and call it, so C code never needs to know which kind it has.
 *
 * Conventions for every function returning Value in pyco:
 *   - a result of VAL_NULL means an exception was raised and is pending in
 *     vm.exception (vm.h); the caller must pass the failure on;
 *   - functions returning bool: false means an exception is pending;
 *   - functions returning int for a three-way answer: -1 means exception.
 *
 * Allocation never runs the garbage collector (see gc.h): collection only
 * happens at the VM's safe points, so C code may hold fresh objects in local
 * variables as long as it does not call back into Python code.
 */
#ifndef PYCO_OBJECT_H
#define PYCO_OBJECT_H

#include "value.h"

typedef struct Type Type;
typedef struct Str Str;
typedef struct Tuple Tuple;
typedef struct Dict Dict;
typedef struct List List;
typedef struct Function Function;
typedef struct Frame Frame;
typedef struct Code Code;

struct Object {
    Type *type;
    Object *gc_next;
    uint8_t marked;
    uint8_t flags;       /* OBJECT_STATIC: not allocated by gc_alloc (never freed) */
    uint32_t gc_size;    /* bytes gc_alloc gave it (for the collector's accounting) */
};

enum { OBJECT_STATIC = 1 };

/* ---- operator codes shared by slots, the compiler and the VM ---------- */

/* Binary operators. The INPLACE_ forms (`+=` ...) try the in-place dunder
 * (`__iadd__`) first and fall back to the plain operator. Keep the order:
 * BINARY_INPLACE_ADD - BINARY_ADD == BINARY_INPLACE_OFFSET for every op. */
typedef enum BinaryOp {
    BINARY_ADD, BINARY_SUBTRACT, BINARY_MULTIPLY, BINARY_TRUE_DIVIDE,
    BINARY_FLOOR_DIVIDE, BINARY_MODULO, BINARY_POWER, BINARY_MATMUL,
    BINARY_LSHIFT, BINARY_RSHIFT, BINARY_AND, BINARY_OR, BINARY_XOR,
    BINARY_INPLACE_ADD, BINARY_INPLACE_SUBTRACT, BINARY_INPLACE_MULTIPLY,
    BINARY_INPLACE_TRUE_DIVIDE, BINARY_INPLACE_FLOOR_DIVIDE, BINARY_INPLACE_MODULO,
    BINARY_INPLACE_POWER, BINARY_INPLACE_MATMUL, BINARY_INPLACE_LSHIFT,
    BINARY_INPLACE_RSHIFT, BINARY_INPLACE_AND, BINARY_INPLACE_OR, BINARY_INPLACE_XOR,
    BINARY_OP_COUNT
} BinaryOp;
#define BINARY_INPLACE_OFFSET (BINARY_INPLACE_ADD - BINARY_ADD)

typedef enum CompareOp {
    COMPARE_LT, COMPARE_LE, COMPARE_EQ, COMPARE_NE, COMPARE_GT, COMPARE_GE
} CompareOp;

/* UNARY_ABSOLUTE is abs(x) (__abs__); `not` is obj_truthy. */
typedef enum UnaryOp { UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_ABSOLUTE } UnaryOp;

/* Operator spellings for messages: binary_op_symbol(BINARY_ADD) is "+",
 * binary_op_symbol(BINARY_INPLACE_ADD) is "+=", compare_op_symbol(COMPARE_LT)
 * is "<"; binary_op_dunder gives "__add__", binary_op_reflected_dunder
 * "__radd__" (in-place ops give "__iadd__" and their plain op's reflection). */
const char *binary_op_symbol(BinaryOp op);
const char *binary_op_dunder(BinaryOp op);
const char *binary_op_reflected_dunder(BinaryOp op);
const char *compare_op_symbol(CompareOp op);

/* ---- native functions ----------------------------------------------- */

/* The calling convention for everything callable from C ("vectorcall"):
 * [args] holds [nargs] positional arguments followed by one value per
 * keyword argument; [kwnames] is NULL or a tuple of the keywords' names (Str)
 * in the same order. So f(1, 2, x=3) is args={1,2,3}, nargs=2, kwnames=('x',).
 * For a method, args[0] is self. */
typedef Value (*NativeFn)(Value *args, int nargs, Tuple *kwnames);

/* One entry of a built-in type's method table or a C module's function table.
 * Tables end with an entry whose name is NULL. */
typedef enum MethodKind {
    METHOD_INSTANCE = 0, /* bound to the instance: args[0] is self */
    METHOD_STATIC,       /* no self (str.maketrans) */
    METHOD_CLASS,        /* args[0] is the class (dict.fromkeys, int.from_bytes) */
} MethodKind;

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    MethodKind kind;
    const char *doc;
} MethodDef;

/* A computed attribute of a built-in type (e.g. StopIteration.value,
 * slice.start, function.__name__). [set] may be NULL for read-only. */
typedef struct GetSetDef {
    const char *name;
    Value (*get)(Value self);
    bool (*set)(Value self, Value value); /* value NULL = delete */
} GetSetDef;

/* ---- types ----------------------------------------------------------- */

enum TypeFlags {
    TYPE_BASETYPE = 1 << 0,    /* may be subclassed by a class statement */
    TYPE_HEAPTYPE = 1 << 1,    /* created by a class statement (class.c) */
    TYPE_EXCEPTION = 1 << 2,   /* BaseException or a subclass */
    TYPE_ABSTRACT_NEW = 1 << 3,/* cannot be instantiated from Python */
    TYPE_AWAITS_ITSELF = 1 << 4,/* built-in awaitable that is its own __await__ iterator
                                   (asyncio's sleep() and queue operations): `await` takes it as is */
};

struct Type {
    Object base;
    const char *name;          /* "int", "list", "MyClass" (points into name_str or static text) */
    Str *name_str;             /* the same name as a Python str (set by type_ready) */
    Str *qualname;             /* for user classes; NULL means name */
    const char *module_name;   /* "builtins" for the built-ins, else the defining module */
    Type *base_type;           /* the primary base: decides the instance layout */
    Tuple *bases;              /* __bases__ (set by type_ready for built-ins) */
    Tuple *mro;                /* __mro__, this type first, object last */
    Dict *dict;                /* __dict__: methods, class attributes, descriptors */
    size_t instance_size;      /* bytes allocated for an instance (0: not instantiable directly) */
    unsigned flags;
    const MethodDef *methods;  /* built-in methods, NULL-terminated; copied into dict by type_ready */
    const GetSetDef *getsets;  /* built-in computed attributes, NULL-terminated */

    /* construction: type(...) calls new then, if the result is an instance
     * of this type, init. Both take the class being instantiated as cls. */
    Value (*new)(Type *cls, Value *args, int nargs, Tuple *kwnames);
    bool (*init)(Value self, Value *args, int nargs, Tuple *kwnames);

    /* text */
    Value (*repr)(Value self);              /* must return a str */
    Value (*str)(Value self);               /* NULL: use repr */
    /* hashing and comparison */
    bool (*hash)(Value self, int64_t *out); /* NULL: unhashable */
    Value (*compare)(Value a, Value b, CompareOp op); /* may return NotImplemented */
    int (*truthy)(Value self);              /* NULL: use length, else true */
    /* numbers: called with the operands in source order; either operand may
     * be of this type. Return NotImplemented for unsupported pairs. */
    Value (*binary)(BinaryOp op, Value left, Value right);
    Value (*unary)(UnaryOp op, Value operand);
    /* containers */
    int64_t (*length)(Value self);          /* -1 on error */
    Value (*getitem)(Value self, Value key);
    bool (*setitem)(Value self, Value key, Value value); /* value NULL = delete */
    int (*contains)(Value self, Value item);/* NULL: iterate and compare */
    /* iteration: next returns VAL_NULL with no exception pending when the
     * iterator is exhausted — no StopIteration object is made for `for`. */
    Value (*iter)(Value self);
    Value (*next)(Value self);
    /* attributes: getattr raises AttributeError when absent */
    Value (*getattr)(Value self, Str *name);
    bool (*setattr)(Value self, Str *name, Value value); /* value NULL = delete */
    /* descriptors (functions, property, classmethod, staticmethod):
     * instance is VAL_NULL when looked up on the class itself */
    Value (*descr_get)(Value descr, Value instance, Type *owner);
    bool (*descr_set)(Value descr, Value instance, Value value);
    /* calling */
    Value (*call)(Value callable, Value *args, int nargs, Tuple *kwnames);
    /* garbage collection: mark every Value/Object this object refers to
     * (gc_mark_value / gc_mark_object), and release malloc'd buffers */
    void (*gc_mark)(Object *self);
    void (*gc_free)(Object *self);
    /* called for each object of the type still alive when the program ends
     * (CPython's teardown: a sleep() never awaited warns then) */
    void (*at_exit)(Object *self);
};

/* The built-in types pyco always has. Each is defined in its own .c file. */
extern Type type_type, type_object, type_none, type_bool, type_int, type_float,
    type_str, type_bytes, type_list, type_tuple, type_dict, type_set, type_frozenset,
    type_range, type_slice, type_function, type_native_function, type_bound_method,
    type_code, type_cell, type_module, type_not_implemented, type_ellipsis,
    type_property, type_staticmethod, type_classmethod, type_super;

/* Singletons that are objects rather than tagged values. */
extern Object not_implemented_object, ellipsis_object;
static inline Value value_not_implemented(void) { return value_object(&not_implemented_object); }
static inline bool is_not_implemented(Value v) { return v.tag == VAL_OBJ && v.as.object == &not_implemented_object; }

/* type_ready — finish a built-in type at start-up: fill name_str, bases, mro,
 * the dict from methods/getsets and dunder wrappers for its slots, and inherit
 * unset slots from base_type. Call once per static Type before use. */
void type_ready(Type *type);

/* The Type of any value (type_int for small and big ints alike). */
Type *value_type(Value v);

/* Whether [type] is [base] or has it in its MRO (issubclass for Types). */
bool type_is_subtype(Type *type, Type *base);
static inline bool value_is_instance(Value v, Type *type) { return type_is_subtype(value_type(v), type); }
/* Whether the value is a heap object whose type is exactly [type]. */
static inline bool is_object_of(Value v, Type *type) { return v.tag == VAL_OBJ && v.as.object->type == type; }

/* Look [name] up along type's MRO dicts; VAL_NULL (no exception) if absent. */
Value type_lookup(Type *type, Str *name);
Value type_lookup_cstr(Type *type, const char *name);

/* ---- the generic protocol (object.c) --------------------------------- */
/* Each returns VAL_NULL / false / -1 with an exception pending on failure,
 * with CPython's messages ("unsupported operand type(s) for +: 'int' and
 * 'str'", "'int' object is not iterable", ...). */

Value obj_repr(Value v);                /* repr(v): always a str on success */
Value obj_str(Value v);                 /* str(v) */
Value obj_format(Value v, Value spec);  /* format(v, spec) via __format__ */
bool obj_hash(Value v, int64_t *out);   /* hash(v); TypeError: unhashable type: 'list' */
int obj_truthy(Value v);                /* bool(v): 1, 0, or -1 on error */
Value obj_compare(Value a, Value b, CompareOp op); /* rich comparison with reflection */
int obj_equal(Value a, Value b);        /* a == b as truth: identity shortcut first */
Value obj_binary(BinaryOp op, Value a, Value b);   /* a + b, a += b, ... */
Value obj_unary(UnaryOp op, Value v);
Value obj_getattr(Value v, Str *name);
Value obj_getattr_cstr(Value v, const char *name);
/* getattr without raising AttributeError: VAL_NULL with no exception when
 * missing (other exceptions still propagate). */
Value obj_lookup_attr(Value v, Str *name);
bool obj_setattr(Value v, Str *name, Value value);  /* value NULL = delete */
Value obj_getitem(Value v, Value key);
bool obj_setitem(Value v, Value key, Value value);  /* value NULL = delete */
int obj_contains(Value container, Value item);      /* `item in container` */
int64_t obj_length(Value v);                        /* len(v) */
Value obj_iter(Value v);                            /* iter(v) */
Value obj_next(Value iterator);     /* VAL_NULL + no exception = exhausted */
Value obj_call(Value callable, Value *args, int nargs, Tuple *kwnames);
/* Call a method by name: obj.name(*args). */
Value obj_call_method(Value self, const char *name, Value *args, int nargs);
bool obj_is_callable(Value v);

/* Generic attribute lookup used by object and most types: data descriptors
 * on the type, then the instance dict ([dict] may be NULL), then other
 * attributes of the type (binding functions). */
Value obj_generic_getattr(Value self, Str *name);
bool obj_generic_setattr(Value self, Str *name, Value value);

/* The name of a value's type, for messages: "int", "MyClass". */
const char *value_type_name(Value v);

/* Default repr: "<MyClass object at 0x7f...>". */
Value obj_default_repr(Value v);

#endif
