/* ast.h — the abstract syntax tree the parser builds and the compiler reads.
 *
 * Node kinds and field names follow CPython's `ast` module (Module, FunctionDef,
 * BinOp, Call ...), so `pyco --ast FILE` reads like `python3 -c "import ast;
 * print(ast.dump(ast.parse(open(FILE).read())))"`.
 *
 * All nodes of one parse live in an Arena and are freed together; nodes are
 * never freed one by one. Lists of nodes are NodeList (a counted array).
 * Every node records where it starts: a 1-based line and a 0-based column
 * counted in code points (so carets line up under non-ASCII text).
 *
 * Literal payloads are plain C data (no Python objects exist at parse time):
 * numbers keep their source text, strings their decoded UTF-8 bytes.
 */
#ifndef PYCO_AST_H
#define PYCO_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

typedef struct Node Node;

typedef struct NodeList {
    int count;
    int capacity;
    Node **items;
} NodeList;

/* ---- arena -------------------------------------------------------------- */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *blocks;
} Arena;
void arena_init(Arena *arena);
void *arena_alloc(Arena *arena, size_t size);      /* zeroed, 16-byte aligned */
char *arena_strdup(Arena *arena, const char *text, size_t length);
void arena_free(Arena *arena);
void nodelist_append(Arena *arena, NodeList *list, Node *node);

typedef enum NodeKind {
    /* modules */
    NODE_MODULE,        /* body */
    NODE_INTERACTIVE,   /* body: one REPL input; expression statements print */
    NODE_EXPRESSION,    /* value: eval mode */
    /* statements */
    NODE_FUNCTION_DEF,  /* name, args, body, decorators, is_async */
    NODE_CLASS_DEF,     /* name, bases, keywords, body, decorators */
    NODE_RETURN,        /* value (may be NULL) */
    NODE_DELETE,        /* targets */
    NODE_ASSIGN,        /* targets (a = b = value), value */
    NODE_AUG_ASSIGN,    /* target, op (BinaryOp), value */
    NODE_ANN_ASSIGN,    /* target, annotation, value (may be NULL), simple */
    NODE_FOR,           /* target, iter, body, orelse, is_async */
    NODE_WHILE,         /* test, body, orelse */
    NODE_IF,            /* test, body, orelse (an elif is a nested If in orelse) */
    NODE_WITH,          /* items (WithItem nodes), body, is_async */
    NODE_RAISE,         /* exc (may be NULL), cause (may be NULL) */
    NODE_TRY,           /* body, handlers (ExceptHandler nodes), orelse, finalbody */
    NODE_ASSERT,        /* test, msg (may be NULL) */
    NODE_IMPORT,        /* names (Alias nodes) */
    NODE_IMPORT_FROM,   /* module (may be NULL for `from . import x`), names, level */
    NODE_GLOBAL,        /* names (identifiers) */
    NODE_NONLOCAL,      /* names */
    NODE_EXPR,          /* value: an expression statement */
    NODE_PASS, NODE_BREAK, NODE_CONTINUE,
    /* expressions */
    NODE_BOOL_OP,       /* op (BOOL_AND/BOOL_OR), values (2 or more) */
    NODE_NAMED_EXPR,    /* target (Name), value: `target := value` */
    NODE_BIN_OP,        /* left, op (BinaryOp, never an INPLACE one), right */
    NODE_UNARY_OP,      /* op (UnaryKind), operand */
    NODE_LAMBDA,        /* args, body (an expression in `value`) */
    NODE_IF_EXP,        /* test, body (in `value`), orelse (in `orelse_expr`) */
    NODE_DICT,          /* keys, values: a NULL key means `**values[i]` */
    NODE_SET,           /* elts */
    NODE_LIST_COMP,     /* elt, generators (Comprehension nodes) */
    NODE_SET_COMP,      /* elt, generators */
    NODE_DICT_COMP,     /* key, value, generators */
    NODE_GENERATOR_EXP, /* elt, generators */
    NODE_AWAIT,         /* value */
    NODE_YIELD,         /* value (may be NULL) */
    NODE_YIELD_FROM,    /* value */
    NODE_COMPARE,       /* left, ops (CmpKind array), comparators */
    NODE_CALL,          /* func, args (a Starred for *x), keywords (Keyword nodes; arg NULL for **x) */
    NODE_FORMATTED_VALUE, /* value, conversion (-1, 's', 'r', 'a'), format_spec (JoinedStr or NULL) */
    NODE_JOINED_STR,    /* values: Constant str pieces and FormattedValues (an f-string) */
    NODE_CONSTANT,      /* constant: see ConstantKind */
    NODE_ATTRIBUTE,     /* value, attr, ctx */
    NODE_SUBSCRIPT,     /* value, slice (an expression, Slice node or Tuple), ctx */
    NODE_STARRED,       /* value, ctx */
    NODE_NAME,          /* id, ctx */
    NODE_LIST,          /* elts, ctx */
    NODE_TUPLE,         /* elts, ctx */
    NODE_SLICE,         /* lower, upper, step (each may be NULL) */
    /* helpers that are not expressions or statements */
    NODE_COMPREHENSION, /* target, iter, ifs, is_async */
    NODE_EXCEPT_HANDLER,/* type (may be NULL), name (may be NULL), body */
    NODE_ARGUMENTS,     /* posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults */
    NODE_ARG,           /* arg (name), annotation (may be NULL) */
    NODE_KEYWORD,       /* arg (name, NULL for **value), value */
    NODE_ALIAS,         /* name (dotted), asname (may be NULL) */
    NODE_WITH_ITEM,     /* context_expr, optional_vars (may be NULL) */
    NODE_KIND_COUNT
} NodeKind;

typedef enum ExprContext { CTX_LOAD = 0, CTX_STORE, CTX_DEL } ExprContext;
typedef enum BoolOpKind { BOOL_AND, BOOL_OR } BoolOpKind;
typedef enum UnaryKind { UNARY_KIND_NOT, UNARY_KIND_NEGATIVE, UNARY_KIND_POSITIVE, UNARY_KIND_INVERT } UnaryKind;
typedef enum CmpKind {
    CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE, /* same order as CompareOp */
    CMP_IS, CMP_IS_NOT, CMP_IN, CMP_NOT_IN
} CmpKind;

typedef enum ConstantKind {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,    /* text: the literal as written ("0x_ff", "1_000"); the compiler converts */
    CONST_FLOAT,  /* text: as written ("1e-3", "1_0.5") */
    CONST_IMAGINARY, /* text: "3j" — compiles to a NotImplementedError */
    CONST_STR,    /* bytes/length: decoded UTF-8 text */
    CONST_BYTES,  /* bytes/length: raw bytes */
} ConstantKind;

struct Node {
    NodeKind kind;
    int line, column;          /* where the node starts (line 1-based, column 0-based) */
    int end_line, end_column;  /* where it ends (best effort) */
    union {
        struct { NodeList body; } module;                      /* MODULE, INTERACTIVE */
        struct { Node *value; } expression;                    /* EXPRESSION */
        struct {
            const char *name;
            Node *args;           /* NODE_ARGUMENTS */
            NodeList body;
            NodeList decorators;
            Node *returns;        /* annotation, ignored */
            bool is_async;
        } function_def;
        struct {
            const char *name;
            NodeList bases;
            NodeList keywords;    /* NODE_KEYWORD (metaclass=... etc.) */
            NodeList body;
            NodeList decorators;
        } class_def;
        struct { Node *value; } return_stmt;                   /* RETURN (value may be NULL) */
        struct { NodeList targets; } delete_stmt;
        struct { NodeList targets; Node *value; } assign;
        struct { Node *target; int op; Node *value; } aug_assign;  /* op: BinaryOp (plain, e.g. BINARY_ADD) */
        struct { Node *target; Node *annotation; Node *value; bool simple; } ann_assign;
        struct { Node *target; Node *iter; NodeList body; NodeList orelse; bool is_async; } for_stmt;
        struct { Node *test; NodeList body; NodeList orelse; } while_stmt;
        struct { Node *test; NodeList body; NodeList orelse; } if_stmt;
        struct { NodeList items; NodeList body; bool is_async; } with_stmt;
        struct { Node *exc; Node *cause; } raise_stmt;
        struct { NodeList body; NodeList handlers; NodeList orelse; NodeList finalbody; } try_stmt;
        struct { Node *test; Node *msg; } assert_stmt;
        struct { NodeList names; } import_stmt;                /* NODE_ALIAS */
        struct { const char *module; NodeList names; int level; } import_from; /* names: NODE_ALIAS; `*` is name "*" */
        struct { const char **names; int count; } global_stmt; /* GLOBAL, NONLOCAL */
        struct { Node *value; } expr_stmt;                     /* EXPR */
        /* expressions */
        struct { BoolOpKind op; NodeList values; } bool_op;
        struct { Node *target; Node *value; } named_expr;
        struct { Node *left; int op; Node *right; } bin_op;    /* op: BinaryOp */
        struct { UnaryKind op; Node *operand; } unary_op;
        struct { Node *args; Node *body; } lambda;
        struct { Node *test; Node *body; Node *orelse; } if_exp;
        struct { NodeList keys; NodeList values; } dict;       /* a NULL key: **value */
        struct { NodeList elts; } set;
        struct { Node *elt; Node *value; NodeList generators; } comprehension_expr; /* LIST/SET/GENERATOR: elt; DICT: elt=key, value */
        struct { Node *value; } await_expr;                    /* AWAIT, YIELD (value may be NULL), YIELD_FROM */
        struct { Node *left; CmpKind *ops; NodeList comparators; } compare; /* ops has comparators.count entries */
        struct { Node *func; NodeList args; NodeList keywords; } call;
        struct { Node *value; int conversion; Node *format_spec; } formatted_value;
        struct { NodeList values; } joined_str;
        struct {
            ConstantKind kind;
            const char *text;     /* CONST_INT/FLOAT/IMAGINARY: source text; STR/BYTES: decoded bytes (NUL-terminated) */
            size_t length;        /* STR/BYTES: byte length */
            bool u_prefix;        /* written u'...' (CPython's Constant.kind == 'u') */
        } constant;
        struct { Node *value; const char *attr; ExprContext ctx; } attribute;
        struct { Node *value; Node *slice; ExprContext ctx; } subscript;
        struct { Node *value; ExprContext ctx; } starred;
        struct { const char *id; ExprContext ctx; } name;
        struct { NodeList elts; ExprContext ctx; } sequence;  /* LIST, TUPLE */
        struct { Node *lower; Node *upper; Node *step; } slice;
        /* helpers */
        struct { Node *target; Node *iter; NodeList ifs; bool is_async; } comprehension;
        struct { Node *type; const char *name; NodeList body; } except_handler;
        struct {
            NodeList posonlyargs;  /* NODE_ARG */
            NodeList args;         /* NODE_ARG */
            Node *vararg;          /* NODE_ARG or NULL */
            NodeList kwonlyargs;   /* NODE_ARG */
            NodeList kw_defaults;  /* one per kwonlyarg; NULL entry = no default */
            Node *kwarg;           /* NODE_ARG or NULL */
            NodeList defaults;     /* for the last len(defaults) of posonlyargs+args */
        } arguments;
        struct { const char *arg; Node *annotation; } arg;
        struct { const char *arg; Node *value; } keyword;      /* arg NULL: **value */
        struct { const char *name; const char *asname; } alias;
        struct { Node *context_expr; Node *optional_vars; } with_item;
    } as;
};

/* Make a node of [kind] at a position (fields zeroed). */
Node *node_new(Arena *arena, NodeKind kind, int line, int column);

/* Print the tree like CPython's ast.dump(tree) (used by `pyco --ast`). */
void ast_dump(const Node *node, FILE *out);

/* The same with positions: ast.dump(tree, include_attributes=True). */
void ast_dump_with_positions(const Node *node, FILE *out);

#endif
