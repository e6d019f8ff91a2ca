/* parse.h — from source text to an AST: the front end's one entry point.
 *
 * parse_source runs the re2c lexer (lexer.c, generated from
 * grammar/lexer.re) and feeds each token to the lemon parser (generated from
 * grammar/parser.y), which builds the tree in [arena]. No Python objects are
 * made here, so the front end can be read and tested on its own.
 */
#ifndef PYCO_PARSE_H
#define PYCO_PARSE_H

#include "ast.h"

typedef enum ParseMode {
    PARSE_FILE,        /* a module: NODE_MODULE */
    PARSE_INTERACTIVE, /* one REPL input (one statement, possibly compound): NODE_INTERACTIVE */
    PARSE_EVAL,        /* a single expression: NODE_EXPRESSION */
} ParseMode;

typedef enum SyntaxErrorKind {
    SYNTAX_ERROR,        /* SyntaxError */
    INDENTATION_ERROR,   /* IndentationError */
    TAB_ERROR,           /* TabError */
} SyntaxErrorKind;

/* What went wrong, in the terms CPython prints:
 *     File "demo.py", line 3
 *       x = (1 +
 *           ^
 *   SyntaxError: '(' was never closed
 */
typedef struct SyntaxErrorInfo {
    SyntaxErrorKind kind;
    char message[256];   /* "invalid syntax", "expected ':'", "unexpected indent" ... */
    int line;            /* 1-based */
    int column;          /* 1-based code-point offset of the caret (CPython's e.offset) */
    int end_column;      /* 1-based, exclusive; equal to column for a single caret */
    bool incomplete;     /* the input just ended too early (the REPL asks for more lines) */
} SyntaxErrorInfo;

/* Parse [source] (NUL-terminated UTF-8). On success returns the root node;
 * on error returns NULL and fills [error]. */
Node *parse_source(Arena *arena, const char *source, const char *filename,
                   ParseMode mode, SyntaxErrorInfo *error);

/* Print the tokens of [source], one per line (`pyco --tokens`). Returns false
 * on a lexical error (and fills [error]). */
bool parse_dump_tokens(const char *source, FILE *out, SyntaxErrorInfo *error);

/* ---- between the grammar (grammar/parser.y) and parse.c ------------------
 * Everything below is the front end's own business: the state the lemon
 * parser carries (%extra_context) and the node-building helpers its actions
 * call. Nothing outside lexer.c, parse.c and the grammar uses it. */

struct Token;

/* Adjacent string literal tokens, joined when the atom is reduced. */
typedef struct StringList {
    struct Token *items;
    int count, capacity;
} StringList;

/* One parameter of a def or lambda, before validation. */
typedef enum ParamKind {
    PARAM_PLAIN,       /* x, x=1, x: int */
    PARAM_STAR,        /* *args, or a bare * (arg NULL) */
    PARAM_STARSTAR,    /* **kwargs */
    PARAM_SLASH,       /* / */
} ParamKind;
typedef struct Param {
    ParamKind kind;
    Node *arg;            /* NODE_ARG, NULL for a bare * or / */
    Node *default_value;
    int line, column;
    struct Param *next;
} Param;
typedef struct ParamList { Param *first, *last; } ParamList;

typedef struct ParseContext {
    Arena *arena;
    const char *source;
    ParseMode mode;
    SyntaxErrorInfo *error;
    bool failed;          /* error is filled: stop feeding tokens */
    Node *result;         /* the root, set by the start rule */
    bool in_fstring;      /* messages get the "f-string: " prefix */
    int last_rpar_line, last_rpar_column; /* end of `from m import (a, b)` */
    int open_with_groups;         /* `(a as b, ...)` atoms not yet claimed by a with */
    int with_group_line, with_group_column;
} ParseContext;

/* Record the first syntax error (later ones are ignored): [line], 1-based [column]. */
void parse_error_at(ParseContext *ctx, int line, int column, const char *message);
/* Record an error at [node]'s start. */
void parse_error_node(ParseContext *ctx, const Node *node, const char *message);
/* Tokens the parser could have shifted where the error happened. */
enum { PARSE_EXPECT_COLON = 1, PARSE_EXPECT_EXCEPT = 2, PARSE_EXPECT_ELSE = 4 };
/* Called by lemon's %syntax_error with the token that does not fit. */
void parse_syntax_error(ParseContext *ctx, int kind, const struct Token *token, int expected);

Node *parse_node(ParseContext *ctx, NodeKind kind, const struct Token *token);
Node *parse_node_at(ParseContext *ctx, NodeKind kind, const Node *at);
void parse_end_token(Node *node, const struct Token *token);
void parse_end_node(Node *node, const Node *last);
void parse_end_list(Node *node, const NodeList *list);
void parse_end_statement(ParseContext *ctx, Node *statement);
Node *parse_name(ParseContext *ctx, const struct Token *token);
const char *parse_identifier(ParseContext *ctx, const struct Token *token);
Node *parse_constant(ParseContext *ctx, const struct Token *token, ConstantKind kind);
Node *parse_strings(ParseContext *ctx, StringList *strings);
void parse_strings_add(ParseContext *ctx, StringList *strings, const struct Token *token);
Node *parse_binop(ParseContext *ctx, Node *left, int op, Node *right);
Node *parse_unary(ParseContext *ctx, const struct Token *token, UnaryKind op, Node *operand);
Node *parse_bool_op(ParseContext *ctx, BoolOpKind op, Node *left, Node *right);
Node *parse_compare(ParseContext *ctx, Node *chain, Node *left, CmpKind op, Node *right);
Node *parse_tuple_start(ParseContext *ctx, Node *first);
Node *parse_tuple_add(ParseContext *ctx, Node *tuple, Node *item);
Node *parse_collapse(Node *tuple);
Node *parse_named_expr(ParseContext *ctx, Node *target, Node *value);
bool parse_set_context(ParseContext *ctx, Node *node, ExprContext ctx_kind, bool assign_stmt);
Node *parse_expr_stmt(ParseContext *ctx, Node *value);
Node *parse_assign(ParseContext *ctx, NodeList targets, Node *value);
Node *parse_aug_assign(ParseContext *ctx, Node *target, int op, Node *value);
Node *parse_ann_assign(ParseContext *ctx, Node *target, Node *annotation, Node *value);
Node *parse_delete(ParseContext *ctx, const struct Token *token, Node *targets);
Node *parse_call_start(ParseContext *ctx, Node *argument);
Node *parse_call_add(ParseContext *ctx, Node *call, Node *argument);
Node *parse_call_finish(ParseContext *ctx, Node *func, Node *call, const struct Token *open,
                        const struct Token *close, bool trailing_comma);
Node *parse_keyword_argument(ParseContext *ctx, Node *name, Node *value);
Node *parse_starred(ParseContext *ctx, const struct Token *star, Node *value);
Node *parse_with_group(ParseContext *ctx, Node *group, Node *context_expr, Node *optional_vars);
NodeList parse_with_items(ParseContext *ctx, NodeList items);
Node *parse_dict_add(ParseContext *ctx, Node *dict, Node *key, Node *value);
Node *parse_slice(ParseContext *ctx, Node *lower, Node *upper, Node *step, const struct Token *colon);
Node *parse_subscript(ParseContext *ctx, Node *value, Node *slice, const struct Token *close);
Node *parse_attribute(ParseContext *ctx, Node *value, const struct Token *name);
Node *parse_comprehension(ParseContext *ctx, const struct Token *start, bool is_async,
                          Node *target, Node *iter);
Node *parse_comprehension_expr(ParseContext *ctx, NodeKind kind, const struct Token *open,
                               Node *elt, Node *value, NodeList generators);
Node *parse_paren(ParseContext *ctx, const struct Token *open, Node *items, bool trailing_comma,
                  const struct Token *close);
Node *parse_display(ParseContext *ctx, NodeKind kind, const struct Token *open, Node *items,
                    const struct Token *close);
Param *parse_param(ParseContext *ctx, ParamKind kind, const struct Token *at,
                   const struct Token *name, Node *annotation, Node *default_value);
ParamList parse_params_add(ParamList list, Param *param);
Node *parse_arguments(ParseContext *ctx, ParamList params, bool is_lambda);
Node *parse_function_def(ParseContext *ctx, const struct Token *def, const struct Token *name,
                         Node *args, Node *returns, NodeList body);
Node *parse_class_def(ParseContext *ctx, const struct Token *token, const struct Token *name,
                      Node *call, NodeList body);
Node *parse_decorated(ParseContext *ctx, NodeList decorators, Node *definition);
Node *parse_async(ParseContext *ctx, const struct Token *token, Node *statement);
Node *parse_names_stmt(ParseContext *ctx, NodeKind kind, const struct Token *token, NodeList names);
Node *parse_alias(ParseContext *ctx, const char *name, const struct Token *at, const struct Token *asname);
const char *parse_dotted(ParseContext *ctx, const char *prefix, const struct Token *name);
NodeList parse_list1(ParseContext *ctx, Node *node);
NodeList parse_list_concat(ParseContext *ctx, NodeList first, NodeList second);

#endif
