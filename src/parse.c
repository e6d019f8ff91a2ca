/* parse.c — drives the lemon parser and builds the AST for its actions.
 *
 * parse_source() pulls tokens from the lexer (lexer.c) and pushes them into
 * the lemon push parser generated from grammar/parser.y. Around that loop it
 * adds the checks CPython makes that a LALR(1) grammar cannot express by
 * itself: "expected an indented block after 'if' statement on line N" (a
 * header line ending in ':' must be followed by an INDENT), "expected ':'",
 * "unexpected indent", and a few friendlier guesses for "invalid syntax".
 * As in CPython, after a grammar error the rest of the source is still
 * tokenized, and a tokenizer error found there ("'(' was never closed")
 * replaces the grammar's message, being the likelier cause.
 *
 * The rest of the file is the toolbox of the grammar actions (the parse_
 * helpers declared at the end of parse.h): making nodes with positions,
 * validating assignment targets, call arguments and parameter lists with
 * CPython 3.11's messages. String tokens are turned into Constants or
 * f-string JoinedStrs by fstring.c, which parses each replacement field
 * with a nested parse_run (parse_internal.h).
 */
#include "parse_internal.h"
#include "lexer.h"
#include "parser.h"
#include "object.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The lemon-generated parser (build/gen/parser.c). */
void *pyco_parseAlloc(void *(*malloc_function)(size_t), ParseContext *ctx);
void pyco_parse(void *parser, int kind, Token token);
void pyco_parseFree(void *parser, void (*free_function)(void *));

/* ---- errors ----------------------------------------------------------------- */

/* Record [message] at [line] and 1-based [column] unless an error is already
 * recorded; inside an f-string the message gets the "f-string: " prefix. */
void parse_error_at(ParseContext *ctx, int line, int column, const char *message) {
    if (ctx->failed) return;
    ctx->failed = true;
    if (ctx->in_fstring && strncmp(message, "f-string", 8) != 0) {
        char prefixed[256];
        snprintf(prefixed, sizeof prefixed, "f-string: %.240s", message);
        lexer_error(ctx->error, SYNTAX_ERROR, line, column, prefixed);
    } else {
        lexer_error(ctx->error, SYNTAX_ERROR, line, column, message);
    }
}

/* Record [message] over the source range of [node]. */
void parse_error_node(ParseContext *ctx, const Node *node, const char *message) {
    parse_error_at(ctx, node->line, node->column + 1, message);
    if (node->end_line == node->line && node->end_column > node->column)
        ctx->error->end_column = node->end_column + 1;
}

static void parse_error_format(ParseContext *ctx, const Node *node, const char *format, ...) {
    char message[256];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    parse_error_node(ctx, node, message);
}

/* ---- nodes and positions --------------------------------------------------- */

/* A new node of [kind] spanning [token]. */
Node *parse_node(ParseContext *ctx, NodeKind kind, const Token *token) {
    Node *node = node_new(ctx->arena, kind, token->line, token->column);
    node->end_line = token->end_line;
    node->end_column = token->end_column;
    return node;
}

/* A new node of [kind] spanning the same text as [at]. */
Node *parse_node_at(ParseContext *ctx, NodeKind kind, const Node *at) {
    Node *node = node_new(ctx->arena, kind, at->line, at->column);
    node->end_line = at->end_line;
    node->end_column = at->end_column;
    return node;
}

/* Make [node] end where [token] ends. */
void parse_end_token(Node *node, const Token *token) {
    node->end_line = token->end_line;
    node->end_column = token->end_column;
}

/* Make [node] end where [last] ends (no-op for NULL). */
void parse_end_node(Node *node, const Node *last) {
    if (last == NULL) return;
    node->end_line = last->end_line;
    node->end_column = last->end_column;
}

/* End [node] where the last statement of [list] ends (if it has any). */
void parse_end_list(Node *node, const NodeList *list) {
    if (list->count > 0) parse_end_node(node, list->items[list->count - 1]);
}

/* The token's text, copied into the arena. */
const char *parse_identifier(ParseContext *ctx, const Token *token) {
    return arena_strdup(ctx->arena, token->start, (size_t)token->length);
}

/* A Name (ctx Load) for an identifier token. */
Node *parse_name(ParseContext *ctx, const Token *token) {
    Node *node = parse_node(ctx, NODE_NAME, token);
    node->as.name.id = parse_identifier(ctx, token);
    return node;
}

/* A Constant of [kind]; numbers keep their source text. */
Node *parse_constant(ParseContext *ctx, const Token *token, ConstantKind kind) {
    Node *node = parse_node(ctx, NODE_CONSTANT, token);
    node->as.constant.kind = kind;
    if (kind == CONST_INT || kind == CONST_FLOAT || kind == CONST_IMAGINARY) {
        node->as.constant.text = parse_identifier(ctx, token);
        node->as.constant.length = (size_t)token->length;
    }
    return node;
}

/* A NodeList holding just [node]. */
NodeList parse_list1(ParseContext *ctx, Node *node) {
    NodeList list = {0};
    nodelist_append(ctx->arena, &list, node);
    return list;
}

/* [first] followed by the items of [second]. */
NodeList parse_list_concat(ParseContext *ctx, NodeList first, NodeList second) {
    for (int i = 0; i < second.count; i++) nodelist_append(ctx->arena, &first, second.items[i]);
    return first;
}

/* ---- operators --------------------------------------------------------------- */

/* A BinOp [left] [op] [right] (op: BinaryOp). */
Node *parse_binop(ParseContext *ctx, Node *left, int op, Node *right) {
    Node *node = parse_node_at(ctx, NODE_BIN_OP, left);
    node->as.bin_op.left = left;
    node->as.bin_op.op = op;
    node->as.bin_op.right = right;
    parse_end_node(node, right);
    return node;
}

/* A UnaryOp starting at the operator [token]. */
Node *parse_unary(ParseContext *ctx, const Token *token, UnaryKind op, Node *operand) {
    Node *node = parse_node(ctx, NODE_UNARY_OP, token);
    node->as.unary_op.op = op;
    node->as.unary_op.operand = operand;
    parse_end_node(node, operand);
    return node;
}

/* `a or b or c` is one BoolOp: this starts it, the grammar's or_list and
 * and_list rules append the later operands. */
Node *parse_bool_op(ParseContext *ctx, BoolOpKind op, Node *left, Node *right) {
    Node *node = parse_node_at(ctx, NODE_BOOL_OP, left);
    node->as.bool_op.op = op;
    nodelist_append(ctx->arena, &node->as.bool_op.values, left);
    nodelist_append(ctx->arena, &node->as.bool_op.values, right);
    parse_end_node(node, right);
    return node;
}

/* `a < b < c` is one Compare: start one from [left] (when [chain] is NULL)
 * or extend [chain]. A parenthesised (a < b) reaches the grammar as a plain
 * expr, so it is never extended. */
Node *parse_compare(ParseContext *ctx, Node *chain, Node *left, CmpKind op, Node *right) {
    Node *node = chain;
    if (node == NULL) {
        node = parse_node_at(ctx, NODE_COMPARE, left);
        node->as.compare.left = left;
    }
    int count = node->as.compare.comparators.count;
    CmpKind *ops = arena_alloc(ctx->arena, sizeof(CmpKind) * (size_t)(count + 1));
    if (count > 0) memcpy(ops, node->as.compare.ops, sizeof(CmpKind) * (size_t)count);
    ops[count] = op;
    node->as.compare.ops = ops;
    nodelist_append(ctx->arena, &node->as.compare.comparators, right);
    parse_end_node(node, right);
    return node;
}

/* ---- sequences ----------------------------------------------------------------- */

/* Comma lists are built as a Tuple; parse_collapse turns a one-item list
 * without a trailing comma back into its item. */
Node *parse_tuple_start(ParseContext *ctx, Node *first) {
    Node *tuple = parse_node_at(ctx, NODE_TUPLE, first);
    nodelist_append(ctx->arena, &tuple->as.sequence.elts, first);
    return tuple;
}

/* Append [item] to a comma list begun by parse_tuple_start. */
Node *parse_tuple_add(ParseContext *ctx, Node *tuple, Node *item) {
    nodelist_append(ctx->arena, &tuple->as.sequence.elts, item);
    parse_end_node(tuple, item);
    return tuple;
}

/* A one-item comma list without a trailing comma is just its item. */
Node *parse_collapse(Node *tuple) {
    return tuple->as.sequence.elts.count == 1 ? tuple->as.sequence.elts.items[0] : tuple;
}

static void parse_check_no_starred(ParseContext *ctx, Node *node) {
    if (node->kind == NODE_STARRED)
        parse_error_node(ctx, node, "cannot use starred expression here");
}

/* The atom `( ... )`: an empty or comma tuple, or the single parenthesised
 * item itself (a lone starred item is an error). */
Node *parse_paren(ParseContext *ctx, const Token *open, Node *items, bool trailing_comma,
                  const Token *close) {
    if (items == NULL) {
        Node *tuple = parse_node(ctx, NODE_TUPLE, open);
        parse_end_token(tuple, close);
        return tuple;
    }
    if (!trailing_comma && items->as.sequence.elts.count == 1) {
        Node *inner = items->as.sequence.elts.items[0];
        parse_check_no_starred(ctx, inner);
        return inner;
    }
    items->line = open->line;
    items->column = open->column;
    parse_end_token(items, close);
    return items;
}

/* A List, Set or empty Dict display between [open] and [close]. */
Node *parse_display(ParseContext *ctx, NodeKind kind, const Token *open, Node *items,
                    const Token *close) {
    Node *node = parse_node(ctx, kind, open);
    parse_end_token(node, close);
    if (items != NULL) {
        if (kind == NODE_SET) node->as.set.elts = items->as.sequence.elts;
        else node->as.sequence.elts = items->as.sequence.elts;
    }
    return node;
}

/* Add `key: value` (or `**value` when [key] is NULL) to [dict], making it
 * first when [dict] is NULL. */
Node *parse_dict_add(ParseContext *ctx, Node *dict, Node *key, Node *value) {
    if (dict == NULL) dict = parse_node_at(ctx, NODE_DICT, key ? key : value);
    nodelist_append(ctx->arena, &dict->as.dict.keys, key);
    nodelist_append(ctx->arena, &dict->as.dict.values, value);
    return dict;
}

/* A Starred `*value` (ctx Load; parse_set_context changes it). */
Node *parse_starred(ParseContext *ctx, const Token *star, Node *value) {
    Node *node = parse_node(ctx, NODE_STARRED, star);
    node->as.starred.value = value;
    parse_end_node(node, value);
    return node;
}

/* The Attribute `value.name`. */
Node *parse_attribute(ParseContext *ctx, Node *value, const Token *name) {
    Node *node = parse_node_at(ctx, NODE_ATTRIBUTE, value);
    node->as.attribute.value = value;
    node->as.attribute.attr = parse_identifier(ctx, name);
    parse_end_token(node, name);
    return node;
}

/* A Slice `lower:upper:step` (any part may be NULL). */
Node *parse_slice(ParseContext *ctx, Node *lower, Node *upper, Node *step, const Token *colon) {
    Node *node = lower ? parse_node_at(ctx, NODE_SLICE, lower) : parse_node(ctx, NODE_SLICE, colon);
    node->as.slice.lower = lower;
    node->as.slice.upper = upper;
    node->as.slice.step = step;
    parse_end_node(node, step ? step : upper);
    return node;
}

/* The Subscript `value[slice]`. */
Node *parse_subscript(ParseContext *ctx, Node *value, Node *slice, const Token *close) {
    Node *node = parse_node_at(ctx, NODE_SUBSCRIPT, value);
    node->as.subscript.value = value;
    node->as.subscript.slice = slice;
    parse_end_token(node, close);
    return node;
}

/* ---- targets ----------------------------------------------------------------- */

/* CPython's name for an expression in "cannot assign to %s". */
static const char *parse_expr_name(const Node *node) {
    switch (node->kind) {
    case NODE_ATTRIBUTE: return "attribute";
    case NODE_SUBSCRIPT: return "subscript";
    case NODE_STARRED: return "starred";
    case NODE_NAME: return "name";
    case NODE_LIST: return "list";
    case NODE_TUPLE: return "tuple";
    case NODE_LAMBDA: return "lambda";
    case NODE_CALL: return "function call";
    case NODE_BOOL_OP: case NODE_BIN_OP: case NODE_UNARY_OP: return "expression";
    case NODE_GENERATOR_EXP: return "generator expression";
    case NODE_YIELD: case NODE_YIELD_FROM: return "yield expression";
    case NODE_AWAIT: return "await expression";
    case NODE_LIST_COMP: return "list comprehension";
    case NODE_SET_COMP: return "set comprehension";
    case NODE_DICT_COMP: return "dict comprehension";
    case NODE_DICT: return "dict literal";
    case NODE_SET: return "set display";
    case NODE_JOINED_STR: case NODE_FORMATTED_VALUE: return "f-string expression";
    case NODE_COMPARE: return "comparison";
    case NODE_IF_EXP: return "conditional expression";
    case NODE_NAMED_EXPR: return "named expression";
    case NODE_CONSTANT:
        switch (node->as.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

/* Find the first node inside [node] that cannot be a target (NULL if none). */
static Node *parse_invalid_target(Node *node, ExprContext ctx_kind) {
    switch (node->kind) {
    case NODE_NAME: case NODE_ATTRIBUTE: case NODE_SUBSCRIPT:
        return NULL;
    case NODE_STARRED:
        if (ctx_kind == CTX_DEL) return node;
        return parse_invalid_target(node->as.starred.value, ctx_kind);
    case NODE_TUPLE: case NODE_LIST:
        for (int i = 0; i < node->as.sequence.elts.count; i++) {
            Node *bad = parse_invalid_target(node->as.sequence.elts.items[i], ctx_kind);
            if (bad != NULL) return bad;
        }
        return NULL;
    default:
        return node;
    }
}

static void parse_apply_context(Node *node, ExprContext ctx_kind) {
    switch (node->kind) {
    case NODE_NAME: node->as.name.ctx = ctx_kind; break;
    case NODE_ATTRIBUTE: node->as.attribute.ctx = ctx_kind; break;
    case NODE_SUBSCRIPT: node->as.subscript.ctx = ctx_kind; break;
    case NODE_STARRED:
        node->as.starred.ctx = ctx_kind;
        parse_apply_context(node->as.starred.value, ctx_kind);
        break;
    case NODE_TUPLE: case NODE_LIST:
        node->as.sequence.ctx = ctx_kind;
        for (int i = 0; i < node->as.sequence.elts.count; i++)
            parse_apply_context(node->as.sequence.elts.items[i], ctx_kind);
        break;
    default: break;
    }
}

/* At most one starred item per tuple/list target level. */
static bool parse_check_starred_targets(ParseContext *ctx, Node *node) {
    if (node->kind != NODE_TUPLE && node->kind != NODE_LIST) return true;
    int starred = 0;
    for (int i = 0; i < node->as.sequence.elts.count; i++) {
        Node *item = node->as.sequence.elts.items[i];
        if (item->kind == NODE_STARRED) starred++;
        if (!parse_check_starred_targets(ctx, item->kind == NODE_STARRED ? item->as.starred.value : item))
            return false;
    }
    if (starred > 1) {
        parse_error_node(ctx, node, "multiple starred expressions in assignment");
        return false;
    }
    return true;
}

/* Does `target = value` get CPython's "... here. Maybe you meant '=='" hint? */
static bool parse_hint_equality(const Node *target) {
    switch (target->kind) {
    case NODE_COMPARE: case NODE_BOOL_OP: case NODE_IF_EXP: case NODE_LAMBDA:
    case NODE_NAMED_EXPR: case NODE_YIELD: case NODE_YIELD_FROM:
        return false;
    case NODE_UNARY_OP:
        return target->as.unary_op.op != UNARY_KIND_NOT;
    case NODE_CONSTANT:
        return target->as.constant.kind != CONST_NONE && target->as.constant.kind != CONST_TRUE &&
               target->as.constant.kind != CONST_FALSE;
    default:
        return true;
    }
}

/* Check that [node] can be assigned (or deleted) and set its context.
 * [assign_stmt]: the single target of a plain `x = value` (error hint). */
bool parse_set_context(ParseContext *ctx, Node *node, ExprContext ctx_kind, bool assign_stmt) {
    if (node == NULL) return false;
    Node *bad = parse_invalid_target(node, ctx_kind);
    if (bad != NULL) {
        if (ctx_kind == CTX_DEL)
            parse_error_format(ctx, bad, "cannot delete %s", parse_expr_name(bad));
        else if (bad->kind == NODE_YIELD || bad->kind == NODE_YIELD_FROM)
            parse_error_node(ctx, bad, "assignment to yield expression not possible");
        else if (assign_stmt && bad == node && parse_hint_equality(bad))
            parse_error_format(ctx, bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                               parse_expr_name(bad));
        else
            parse_error_format(ctx, bad, "cannot assign to %s", parse_expr_name(bad));
        return false;
    }
    if (ctx_kind == CTX_STORE) {
        if (node->kind == NODE_STARRED) {
            parse_error_node(ctx, node, "starred assignment target must be in a list or tuple");
            return false;
        }
        if (!parse_check_starred_targets(ctx, node)) return false;
    }
    parse_apply_context(node, ctx_kind);
    return true;
}

/* ---- statements ---------------------------------------------------------------- */

/* An expression statement (a bare starred expression is an error). */
Node *parse_expr_stmt(ParseContext *ctx, Node *value) {
    if (value->kind == NODE_STARRED)
        parse_error_node(ctx, value, "can't use starred expression here");
    Node *node = parse_node_at(ctx, NODE_EXPR, value);
    node->as.expr_stmt.value = value;
    return node;
}

static void parse_check_value(ParseContext *ctx, Node *value) {
    if (value->kind == NODE_STARRED)
        parse_error_node(ctx, value, "can't use starred expression here");
}

/* An Assign `t1 = t2 = ... = value`; checks and marks every target. */
Node *parse_assign(ParseContext *ctx, NodeList targets, Node *value) {
    Node *node = parse_node_at(ctx, NODE_ASSIGN, targets.items[0]);
    bool single = targets.count == 1 && value->kind != NODE_TUPLE && value->kind != NODE_YIELD &&
                  value->kind != NODE_YIELD_FROM;
    for (int i = 0; i < targets.count; i++)
        if (!parse_set_context(ctx, targets.items[i], CTX_STORE, single)) break;
    parse_check_value(ctx, value);
    node->as.assign.targets = targets;
    node->as.assign.value = value;
    parse_end_node(node, value);
    return node;
}

/* An AugAssign `target op= value`; only names, attributes and subscripts. */
Node *parse_aug_assign(ParseContext *ctx, Node *target, int op, Node *value) {
    Node *node = parse_node_at(ctx, NODE_AUG_ASSIGN, target);
    if (target->kind != NODE_NAME && target->kind != NODE_ATTRIBUTE && target->kind != NODE_SUBSCRIPT)
        parse_error_format(ctx, target, "'%s' is an illegal expression for augmented assignment",
                           parse_expr_name(target));
    else
        parse_apply_context(target, CTX_STORE);
    parse_check_value(ctx, value);
    node->as.aug_assign.target = target;
    node->as.aug_assign.op = op;
    node->as.aug_assign.value = value;
    parse_end_node(node, value);
    return node;
}

/* An AnnAssign `target: annotation [= value]` (value may be NULL). */
Node *parse_ann_assign(ParseContext *ctx, Node *target, Node *annotation, Node *value) {
    Node *node = parse_node_at(ctx, NODE_ANN_ASSIGN, target);
    if (target->kind == NODE_TUPLE)
        parse_error_node(ctx, target, "only single target (not tuple) can be annotated");
    else if (target->kind == NODE_LIST)
        parse_error_node(ctx, target, "only single target (not list) can be annotated");
    else if (target->kind != NODE_NAME && target->kind != NODE_ATTRIBUTE && target->kind != NODE_SUBSCRIPT)
        parse_error_format(ctx, target, "illegal target for annotation");
    else
        parse_apply_context(target, CTX_STORE);
    node->as.ann_assign.target = target;
    node->as.ann_assign.annotation = annotation;
    node->as.ann_assign.value = value;
    /* CPython also clears `simple` for a parenthesised name, `(x): int`;
     * parentheses leave no trace in the tree here, so that case reads as 1. */
    node->as.ann_assign.simple = target->kind == NODE_NAME;
    parse_end_node(node, value ? value : annotation);
    return node;
}

/* `del a, b` deletes two targets; `del (a, b)` one tuple. */
Node *parse_delete(ParseContext *ctx, const Token *token, Node *targets) {
    Node *node = parse_node(ctx, NODE_DELETE, token);
    /* a bare `a, b` list starts where its first item does; `(a, b)` at its '(' */
    bool bare_list = targets->kind == NODE_TUPLE && targets->as.sequence.elts.count > 0 &&
                     targets->line == targets->as.sequence.elts.items[0]->line &&
                     targets->column == targets->as.sequence.elts.items[0]->column;
    if (bare_list) node->as.delete_stmt.targets = targets->as.sequence.elts;
    else nodelist_append(ctx->arena, &node->as.delete_stmt.targets, targets);
    for (int i = 0; i < node->as.delete_stmt.targets.count; i++)
        if (!parse_set_context(ctx, node->as.delete_stmt.targets.items[i], CTX_DEL, false)) break;
    parse_end_node(node, targets);
    return node;
}

/* A Global or Nonlocal statement naming the Name nodes of [names]. */
Node *parse_names_stmt(ParseContext *ctx, NodeKind kind, const Token *token, NodeList names) {
    Node *node = parse_node(ctx, kind, token);
    node->as.global_stmt.names = arena_alloc(ctx->arena, sizeof(char *) * (size_t)names.count);
    for (int i = 0; i < names.count; i++) node->as.global_stmt.names[i] = names.items[i]->as.name.id;
    node->as.global_stmt.count = names.count;
    parse_end_node(node, names.items[names.count - 1]);
    return node;
}

/* An alias `name [as asname]` ([at] gives the position, may be NULL). */
Node *parse_alias(ParseContext *ctx, const char *name, const Token *at, const Token *asname) {
    Node *node = at ? parse_node(ctx, NODE_ALIAS, at) : node_new(ctx->arena, NODE_ALIAS, 0, 0);
    node->as.alias.name = name;
    if (asname != NULL) {
        node->as.alias.asname = parse_identifier(ctx, asname);
        parse_end_token(node, asname);
    }
    return node;
}

/* The dotted name `prefix.name` (or just name when [prefix] is NULL). */
const char *parse_dotted(ParseContext *ctx, const char *prefix, const Token *name) {
    if (prefix == NULL) return parse_identifier(ctx, name);
    size_t length = strlen(prefix);
    char *joined = arena_alloc(ctx->arena, length + (size_t)name->length + 2);
    memcpy(joined, prefix, length);
    joined[length] = '.';
    memcpy(joined + length + 1, name->start, (size_t)name->length);
    return joined;
}

/* A NamedExpr `target := value`; the target must be a plain name. */
Node *parse_named_expr(ParseContext *ctx, Node *target, Node *value) {
    if (target->kind != NODE_NAME) {
        parse_error_format(ctx, target, "cannot use assignment expressions with %s",
                           parse_expr_name(target));
    } else {
        target->as.name.ctx = CTX_STORE;
    }
    Node *node = parse_node_at(ctx, NODE_NAMED_EXPR, target);
    node->as.named_expr.target = target;
    node->as.named_expr.value = value;
    parse_end_node(node, value);
    return node;
}

/* ---- calls ------------------------------------------------------------------------ */

/* Arguments collect in a Call node whose func is filled in at the end. */
Node *parse_call_start(ParseContext *ctx, Node *argument) {
    Node *call = parse_node_at(ctx, NODE_CALL, argument);
    return parse_call_add(ctx, call, argument);
}

/* Add one argument to a call being collected, checking CPython's order
 * rules (positional, then keywords; no positional after **). */
Node *parse_call_add(ParseContext *ctx, Node *call, Node *argument) {
    NodeList *keywords = &call->as.call.keywords;
    if (argument->kind == NODE_KEYWORD) {
        for (int i = 0; i < keywords->count && argument->as.keyword.arg != NULL; i++) {
            const char *name = keywords->items[i]->as.keyword.arg;
            if (name != NULL && strcmp(name, argument->as.keyword.arg) == 0) {
                char message[160];
                snprintf(message, sizeof message, "keyword argument repeated: %.100s", name);
                parse_error_node(ctx, argument, message);
                break;
            }
        }
        nodelist_append(ctx->arena, keywords, argument);
        return call;
    }
    bool after_kwargs = false, after_keyword = false;
    for (int i = 0; i < keywords->count; i++) {
        if (keywords->items[i]->as.keyword.arg == NULL) after_kwargs = true;
        else after_keyword = true;
    }
    if (argument->kind == NODE_STARRED && after_kwargs)
        parse_error_node(ctx, argument, "iterable argument unpacking follows keyword argument unpacking");
    else if (argument->kind != NODE_STARRED && after_kwargs)
        parse_error_node(ctx, argument, "positional argument follows keyword argument unpacking");
    else if (argument->kind != NODE_STARRED && after_keyword)
        parse_error_at(ctx, argument->end_line, argument->end_column + 1,
                       "positional argument follows keyword argument");
    nodelist_append(ctx->arena, &call->as.call.args, argument);
    return call;
}

/* The keyword argument `name=value`; [name] must be a plain name. */
Node *parse_keyword_argument(ParseContext *ctx, Node *name, Node *value) {
    if (name->kind != NODE_NAME) {
        if (name->kind == NODE_CONSTANT && (name->as.constant.kind == CONST_TRUE ||
            name->as.constant.kind == CONST_FALSE || name->as.constant.kind == CONST_NONE))
            parse_error_format(ctx, name, "cannot assign to %s", parse_expr_name(name));
        else
            parse_error_node(ctx, name, "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    Node *node = parse_node_at(ctx, NODE_KEYWORD, name);
    node->as.keyword.arg = name->kind == NODE_NAME ? name->as.name.id : "?";
    node->as.keyword.value = value;
    parse_end_node(node, value);
    return node;
}

/* A generator expression that is not in its own parentheses must be the
 * call's only argument; it then takes the call's '(' as its start. */
static void parse_check_bare_generators(ParseContext *ctx, Node *call, const Token *open,
                                        bool trailing_comma) {
    NodeList *args = &call->as.call.args;
    for (int i = 0; i < args->count; i++) {
        Node *arg = args->items[i];
        if (arg->kind != NODE_GENERATOR_EXP) continue;
        Node *elt = arg->as.comprehension_expr.elt;
        if (arg->line != elt->line || arg->column != elt->column) continue;
        if (args->count + call->as.call.keywords.count > 1 || trailing_comma) {
            parse_error_node(ctx, arg, "Generator expression must be parenthesized");
            return;
        }
        arg->line = open->line;
        arg->column = open->column;
        arg->end_line = call->end_line;
        arg->end_column = call->end_column;
    }
}

/* Complete the call [func](...) from the collected arguments [call]
 * (NULL for no arguments). */
Node *parse_call_finish(ParseContext *ctx, Node *func, Node *call, const Token *open,
                        const Token *close, bool trailing_comma) {
    if (call == NULL) call = parse_node_at(ctx, NODE_CALL, func);
    call->line = func->line;
    call->column = func->column;
    call->as.call.func = func;
    parse_end_token(call, close);
    parse_check_bare_generators(ctx, call, open, trailing_comma);
    return call;
}

/* ---- comprehensions -------------------------------------------------------------- */

/* One `for target in iter` clause (ifs are appended by the grammar). */
Node *parse_comprehension(ParseContext *ctx, const Token *start, bool is_async,
                          Node *target, Node *iter) {
    Node *node = parse_node(ctx, NODE_COMPREHENSION, start);
    parse_set_context(ctx, target, CTX_STORE, false);
    node->as.comprehension.target = target;
    node->as.comprehension.iter = iter;
    node->as.comprehension.is_async = is_async;
    return node;
}

/* A ListComp, SetComp, GeneratorExp or DictComp ([value] only for dicts). */
Node *parse_comprehension_expr(ParseContext *ctx, NodeKind kind, const Token *open,
                               Node *elt, Node *value, NodeList generators) {
    if (elt->kind == NODE_STARRED)
        parse_error_node(ctx, elt, "iterable unpacking cannot be used in comprehension");
    Node *node = parse_node(ctx, kind, open);
    node->as.comprehension_expr.elt = elt;
    node->as.comprehension_expr.value = value;
    node->as.comprehension_expr.generators = generators;
    /* ends with the last clause (a bracketed form then moves it to the bracket) */
    Node *last = generators.items[generators.count - 1];
    NodeList *ifs = &last->as.comprehension.ifs;
    parse_end_node(node, ifs->count > 0 ? ifs->items[ifs->count - 1] : last->as.comprehension.iter);
    return node;
}

/* ---- with ------------------------------------------------------------------------ */

/* Add an item to a parenthesised with-group (a NODE_WITH used as a carrier). */
Node *parse_with_group(ParseContext *ctx, Node *group, Node *context_expr, Node *optional_vars) {
    if (group == NULL) {
        group = parse_node_at(ctx, NODE_WITH, context_expr);
        ctx->open_with_groups++;
        ctx->with_group_line = context_expr->line;
        ctx->with_group_column = context_expr->column;
    }
    parse_check_no_starred(ctx, context_expr);
    Node *item = parse_node_at(ctx, NODE_WITH_ITEM, context_expr);
    item->as.with_item.context_expr = context_expr;
    if (optional_vars != NULL) {
        parse_set_context(ctx, optional_vars, CTX_STORE, false);
        item->as.with_item.optional_vars = optional_vars;
    }
    nodelist_append(ctx->arena, &group->as.with_stmt.items, item);
    return group;
}

/* The items of a with statement: `with (a as b, c):` and `with (a, b):`
 * are each one parenthesised item that stands for several. */
NodeList parse_with_items(ParseContext *ctx, NodeList items) {
    if (items.count != 1 || items.items[0]->as.with_item.optional_vars != NULL) return items;
    Node *expr = items.items[0]->as.with_item.context_expr;
    if (expr->kind == NODE_WITH) {
        ctx->open_with_groups--;
        return expr->as.with_stmt.items;
    }
    if (expr->kind == NODE_TUPLE && expr->as.sequence.elts.count > 0 &&
        (expr->line != expr->as.sequence.elts.items[0]->line ||
         expr->column != expr->as.sequence.elts.items[0]->column)) {
        NodeList split = {0};
        for (int i = 0; i < expr->as.sequence.elts.count; i++) {
            Node *item = parse_node_at(ctx, NODE_WITH_ITEM, expr->as.sequence.elts.items[i]);
            item->as.with_item.context_expr = expr->as.sequence.elts.items[i];
            nodelist_append(ctx->arena, &split, item);
        }
        return split;
    }
    return items;
}

/* ---- definitions -------------------------------------------------------------------- */

/* One parameter as written; parse_arguments validates the whole list. */
Param *parse_param(ParseContext *ctx, ParamKind kind, const Token *at, const Token *name,
                   Node *annotation, Node *default_value) {
    Param *param = arena_alloc(ctx->arena, sizeof(Param));
    param->kind = kind;
    param->line = at->line;
    param->column = at->column;
    if (name != NULL) {
        param->arg = parse_node(ctx, NODE_ARG, name);
        param->arg->as.arg.arg = parse_identifier(ctx, name);
        param->arg->as.arg.annotation = annotation;
    }
    param->default_value = default_value;
    return param;
}

/* Append [param] to [list]. */
ParamList parse_params_add(ParamList list, Param *param) {
    if (list.last != NULL) list.last->next = param;
    else list.first = param;
    list.last = param;
    return list;
}

static bool parse_param_error(ParseContext *ctx, const Param *param, const char *message) {
    parse_error_at(ctx, param->line, param->column + 1, message);
    if (param->arg != NULL && param->arg->line == param->line)
        ctx->error->end_column = param->arg->end_column + 1;
    else if (param->arg == NULL)
        ctx->error->end_column = param->column + 2;   /* the lone `*` or `/` */
    return false;
}

/* Check one parameter against what came before it and file it. */
static bool parse_file_param(ParseContext *ctx, Node *args, const Param *param, int *stage,
                             bool *seen_default) {
    /* stage: 0 positional, 1 after `/`, 2 after `*`, 3 after `**` */
    if (*stage == 3) return parse_param_error(ctx, param, "arguments cannot follow var-keyword argument");
    switch (param->kind) {
    case PARAM_SLASH:
        if (*stage >= 2) return parse_param_error(ctx, param, "/ must be ahead of *");
        if (*stage == 1) return parse_param_error(ctx, param, "/ may appear only once");
        if (args->as.arguments.args.count == 0)
            return parse_param_error(ctx, param, "at least one argument must precede /");
        args->as.arguments.posonlyargs = args->as.arguments.args;
        args->as.arguments.args = (NodeList){0};
        *stage = 1;
        return true;
    case PARAM_STAR:
        if (*stage == 2) return parse_param_error(ctx, param, "* argument may appear only once");
        args->as.arguments.vararg = param->arg;
        *stage = 2;
        return true;
    case PARAM_STARSTAR:
        args->as.arguments.kwarg = param->arg;
        *stage = 3;
        return true;
    case PARAM_PLAIN:
        break;
    }
    if (*stage == 2) {
        nodelist_append(ctx->arena, &args->as.arguments.kwonlyargs, param->arg);
        nodelist_append(ctx->arena, &args->as.arguments.kw_defaults, param->default_value);
        return true;
    }
    if (param->default_value != NULL) {
        *seen_default = true;
        nodelist_append(ctx->arena, &args->as.arguments.defaults, param->default_value);
    } else if (*seen_default) {
        return parse_param_error(ctx, param, "non-default argument follows default argument");
    }
    nodelist_append(ctx->arena, &args->as.arguments.args, param->arg);
    return true;
}

static bool parse_check_duplicates(ParseContext *ctx, ParamList params, bool is_lambda) {
    for (Param *param = params.first; param != NULL; param = param->next) {
        if (param->arg == NULL) continue;
        for (Param *other = params.first; other != param; other = other->next) {
            if (other->arg != NULL && strcmp(other->arg->as.arg.arg, param->arg->as.arg.arg) == 0) {
                char message[160];
                snprintf(message, sizeof message, "duplicate argument '%s' in %s definition",
                         param->arg->as.arg.arg, is_lambda ? "lambda" : "function");
                parse_error_node(ctx, param->arg, message);
                return false;
            }
        }
    }
    return true;
}

/* Validate a parameter list and sort it into an `arguments` node
 * (positional-only, plain, *args, keyword-only, **kwargs, defaults). */
Node *parse_arguments(ParseContext *ctx, ParamList params, bool is_lambda) {
    Node *args = node_new(ctx->arena, NODE_ARGUMENTS, params.first ? params.first->line : 0,
                          params.first ? params.first->column : 0);
    int stage = 0;
    bool seen_default = false;
    for (Param *param = params.first; param != NULL; param = param->next)
        if (!parse_file_param(ctx, args, param, &stage, &seen_default)) return args;
    Param *bare_star = NULL;
    for (Param *param = params.first; param != NULL; param = param->next)
        if (param->kind == PARAM_STAR && param->arg == NULL) bare_star = param;
    if (bare_star != NULL && args->as.arguments.kwonlyargs.count == 0) {
        parse_param_error(ctx, bare_star, "named arguments must follow bare *");
        return args;
    }
    parse_check_duplicates(ctx, params, is_lambda);
    return args;
}

/* A FunctionDef (is_async and decorators are set by the callers). */
Node *parse_function_def(ParseContext *ctx, const Token *def, const Token *name,
                         Node *args, Node *returns, NodeList body) {
    Node *node = parse_node(ctx, NODE_FUNCTION_DEF, def);
    node->as.function_def.name = parse_identifier(ctx, name);
    node->as.function_def.args = args;
    node->as.function_def.returns = returns;
    node->as.function_def.body = body;
    parse_end_list(node, &body);
    return node;
}

/* A ClassDef; [call] holds the bases and keywords (may be NULL). */
Node *parse_class_def(ParseContext *ctx, const Token *token, const Token *name,
                      Node *call, NodeList body) {
    Node *node = parse_node(ctx, NODE_CLASS_DEF, token);
    node->as.class_def.name = parse_identifier(ctx, name);
    if (call != NULL) {
        node->as.class_def.bases = call->as.call.args;
        node->as.class_def.keywords = call->as.call.keywords;
    }
    node->as.class_def.body = body;
    parse_end_list(node, &body);
    return node;
}

/* Attach [decorators] to a function or class definition. */
Node *parse_decorated(ParseContext *ctx, NodeList decorators, Node *definition) {
    if (definition->kind == NODE_FUNCTION_DEF) definition->as.function_def.decorators = decorators;
    else definition->as.class_def.decorators = decorators;
    return definition;
}

/* Mark a def, for or with as async; it then starts at the `async` token. */
Node *parse_async(ParseContext *ctx, const Token *token, Node *statement) {
    statement->line = token->line;
    statement->column = token->column;
    if (statement->kind == NODE_FUNCTION_DEF) statement->as.function_def.is_async = true;
    else if (statement->kind == NODE_FOR) statement->as.for_stmt.is_async = true;
    else statement->as.with_stmt.is_async = true;
    return statement;
}

/* ---- syntax errors from the grammar ------------------------------------------------- */

static bool parse_ends_expression(int kind) {
    return kind == TK_NAME || kind == TK_INT || kind == TK_FLOAT || kind == TK_IMAGINARY ||
           kind == TK_STRING || kind == TK_RPAR || kind == TK_RSQB || kind == TK_RBRACE ||
           kind == TK_NONE || kind == TK_TRUE || kind == TK_FALSE;
}

static bool parse_starts_expression(int kind) {
    return kind == TK_NAME || kind == TK_INT || kind == TK_FLOAT || kind == TK_IMAGINARY ||
           kind == TK_STRING || kind == TK_LPAR || kind == TK_LSQB || kind == TK_LBRACE ||
           kind == TK_NONE || kind == TK_TRUE || kind == TK_FALSE || kind == TK_LAMBDA ||
           kind == TK_NOT || kind == TK_MINUS || kind == TK_TILDE;
}

/* What parse_run knows about the current logical line, for better messages. */
typedef struct LineState {
    int first_kind;            /* kind of the line's first token (after `async`) */
    Token first;               /* that token */
    Token previous;            /* the token before the current one */
    Token string_start;        /* the first of the latest run of adjacent strings */
    Token expression_start;    /* first token after the latest `=`, `,`, `(` ... */
    bool conditional_open;     /* an `x if c` is waiting for its `else` */
    int conditional_depth;     /* bracket depth of that `if` */
    Token conditional_start;   /* where its `x` starts */
    int for_depth;             /* bracket depth of the latest `for` on the line, or -1 */
    bool has_colon;            /* a top-level ':' was seen on this line */
    int depth;                 /* bracket depth */
    int tokens;                /* tokens on this line so far */
    Token header;              /* for "expected an indented block": the header's keyword */
    bool expect_block;         /* the next token must be INDENT */
    bool header_pending;       /* saw ':' NEWLINE, waiting for INDENT */
} LineState;

static LineState *parse_line_state;   /* the innermost parse_run's line state */

static bool parse_is_header_keyword(int kind) {
    return kind == TK_IF || kind == TK_ELIF || kind == TK_ELSE || kind == TK_WHILE || kind == TK_FOR ||
           kind == TK_TRY || kind == TK_EXCEPT || kind == TK_FINALLY || kind == TK_WITH ||
           kind == TK_DEF || kind == TK_CLASS;
}

/* Python 2's `print x` / `exec code`, and the unsupported `match`: a name
 * followed directly by an expression on a fresh line. */
static bool parse_legacy_statement(ParseContext *ctx, LineState *state, int kind, const Token *token) {
    if (state->tokens != 1 || state->first_kind != TK_NAME || !parse_starts_expression(kind))
        return false;
    const Token *first = &state->first;
    char message[128];
    if ((first->length == 5 && memcmp(first->start, "print", 5) == 0) ||
        (first->length == 4 && memcmp(first->start, "exec", 4) == 0)) {
        snprintf(message, sizeof message, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                 first->length, first->start, first->length, first->start);
    } else if (first->length == 5 && memcmp(first->start, "match", 5) == 0) {
        snprintf(message, sizeof message, "the 'match' statement is not supported by pyco");
    } else {
        return false;
    }
    parse_error_at(ctx, first->line, first->column + 1, message);
    if (token->end_line == first->line) ctx->error->end_column = token->end_column + 1;
    return true;
}

/* lemon's %syntax_error: turn the unexpected token into CPython's message
 * ("unexpected indent", "expected ':'", "Perhaps you forgot a comma?" ...). */
void parse_syntax_error(ParseContext *ctx, int kind, const Token *token, int expected) {
    if (ctx->failed) return;
    LineState *state = parse_line_state;
    if (kind == TK_INDENT) {
        parse_error_at(ctx, token->line, token->column, "unexpected indent");
        ctx->error->kind = INDENTATION_ERROR;
        return;
    }
    if (state == NULL) {
        parse_error_at(ctx, token->line, token->column + 1, "invalid syntax");
        return;
    }
    if ((expected & PARSE_EXPECT_COLON) && kind == TK_NEWLINE && parse_is_header_keyword(state->first_kind)) {
        parse_error_at(ctx, state->previous.end_line, state->previous.end_column + 1, "expected ':'");
        return;
    }
    if ((expected & PARSE_EXPECT_EXCEPT) && kind != TK_FINALLY) {
        /* at the end of the input: point after the last line, and the REPL
         * waits for the handler lines */
        bool at_end = kind == 0 || (kind == TK_DEDENT && *token->start == '\0');
        const Token *at = at_end && state->previous.kind != 0 ? &state->previous : token;
        parse_error_at(ctx, at->line, at->column + 1, "expected 'except' or 'finally' block");
        ctx->error->incomplete = at_end;
        return;
    }
    if (parse_legacy_statement(ctx, state, kind, token)) return;
    if (kind == TK_STAR && state->previous.kind == TK_EXCEPT) {
        parse_error_at(ctx, token->line, token->column, "'except*' is not supported by pyco");
        return;
    }
    if (kind == TK_EQUAL && state->previous.kind == TK_NAME &&
        (state->depth > 0 || state->first_kind == TK_IF || state->first_kind == TK_ELIF ||
         state->first_kind == TK_WHILE)) {
        parse_error_at(ctx, state->previous.line, state->previous.column + 1,
                       "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
    }
    if (state->conditional_open && (expected & PARSE_EXPECT_ELSE) && kind != TK_ELSE &&
        state->depth == state->conditional_depth) {
        parse_error_at(ctx, state->conditional_start.line, state->conditional_start.column + 1,
                       "expected 'else' after 'if' expression");
        return;
    }
    if (state->depth > 0 && state->first_kind != TK_DEF && parse_starts_expression(kind) &&
        parse_ends_expression(state->previous.kind) && kind != TK_NOT && kind != TK_MINUS) {
        const Token *start = state->previous.kind == TK_STRING ? &state->string_start : &state->previous;
        parse_error_at(ctx, start->line, start->column + 1, "invalid syntax. Perhaps you forgot a comma?");
        return;
    }
    if (kind == 0 || (kind == TK_DEDENT && *token->start == '\0')) {
        /* the input ended in the middle of something: the REPL asks for more */
        parse_error_at(ctx, token->line, token->column + 1, "invalid syntax");
        ctx->error->incomplete = true;
        return;
    }
    parse_error_at(ctx, token->line, token->column + 1, "invalid syntax");
    if (token->end_line == token->line && token->end_column > token->column)
        ctx->error->end_column = token->end_column + 1;
}

/* A simple statement ends with its last token (a closing parenthesis
 * included), which is the token before the NEWLINE or ';' now in view. */
void parse_end_statement(ParseContext *ctx, Node *statement) {
    if (parse_line_state != NULL && parse_line_state->previous.kind != 0)
        parse_end_token(statement, &parse_line_state->previous);
}

/* ---- the driver ------------------------------------------------------------------------ */

static const char *parse_header_description(const Token *header, char *buffer, size_t size) {
    if (header->kind == TK_DEF) return "function definition";
    if (header->kind == TK_CLASS) return "class definition";
    snprintf(buffer, size, "'%.*s' statement", header->length, header->start);
    return buffer;
}

/* Before [token] is parsed: enforce "an indented block must follow a
 * header line" (false, with the error recorded, when it does not). */
static bool parse_track_before(ParseContext *ctx, LineState *state, const Token *token) {
    if (!state->header_pending) return true;
    state->header_pending = false;
    if (token->kind == TK_INDENT) return true;
    char buffer[64], message[160];
    snprintf(message, sizeof message, "expected an indented block after %s on line %d",
             parse_header_description(&state->header, buffer, sizeof buffer), state->header.line);
    bool at_end = token->kind == 0 || token->kind == TK_DEDENT;
    int line = at_end ? state->previous.line : token->line;
    int column = at_end ? state->previous.column + 1 : token->column + 1;
    parse_error_at(ctx, line, column, message);
    ctx->error->kind = INDENTATION_ERROR;
    ctx->error->incomplete = at_end;
    return false;
}

static bool parse_separates_expressions(int kind) {
    return kind == 0 || kind == TK_NEWLINE || kind == TK_EQUAL || kind == TK_COMMA || kind == TK_LPAR ||
           kind == TK_LSQB || kind == TK_LBRACE || kind == TK_COLON || kind == TK_RETURN ||
           kind == TK_SEMI || kind == TK_INDENT || kind == TK_DEDENT || kind == TK_IN ||
           kind == TK_YIELD || kind == TK_ELSE || kind == TK_LAMBDA;
}

/* Follow `x if c else y` on the line: an `if` after an expression that is
 * not a comprehension's `if` opens a conditional until its `else`. */
static void parse_track_conditional(LineState *state, const Token *token) {
    if (state->tokens <= 1 || parse_separates_expressions(state->previous.kind))
        state->expression_start = *token;
    if (state->tokens <= 1) {
        state->conditional_open = false;
        state->for_depth = -1;
    }
    if (token->kind == TK_FOR && state->tokens > 1) state->for_depth = state->depth;
    if (token->kind == TK_IF && state->tokens > 1 && parse_ends_expression(state->previous.kind) &&
        state->for_depth != state->depth) {
        state->conditional_open = true;
        state->conditional_depth = state->depth;
        state->conditional_start = state->expression_start;
    }
    if (token->kind == TK_ELSE && state->depth == state->conditional_depth) state->conditional_open = false;
}

/* After [token] is parsed: remember what the logical line holds so far. */
static void parse_track_after(LineState *state, const Token *token) {
    if (token->kind == TK_NEWLINE) {
        if (state->previous.kind == TK_COLON && parse_is_header_keyword(state->first_kind)) {
            state->header_pending = true;
            state->header = state->first;
        }
        state->tokens = 0;
        state->has_colon = false;
        state->first_kind = 0;
    } else if (token->kind != TK_INDENT && token->kind != TK_DEDENT) {
        if (state->tokens == 0 || (state->tokens == 1 && state->first_kind == TK_ASYNC)) {
            state->first_kind = token->kind;
            state->first = *token;
        }
        state->tokens++;
        if (token->kind == TK_LPAR || token->kind == TK_LSQB || token->kind == TK_LBRACE) state->depth++;
        if (token->kind == TK_RPAR || token->kind == TK_RSQB || token->kind == TK_RBRACE) state->depth--;
        if (token->kind == TK_COLON && state->depth == 0) state->has_colon = true;
    }
    if (token->kind == TK_STRING && state->previous.kind != TK_STRING) state->string_start = *token;
    parse_track_conditional(state, token);
    state->previous = *token;
}

/* CPython reads the rest of the file after a grammar error: an error the
 * tokenizer finds later ("'(' was never closed", a bad character ...) is
 * reported instead, being the likelier cause. */
static void parse_prefer_lexer_error(Lexer *lexer, SyntaxErrorInfo *error) {
    SyntaxErrorInfo saved = *error;
    memset(error, 0, sizeof *error);
    Token token;
    while (lexer_next(lexer, &token))
        if (token.kind == 0) {
            *error = saved;
            return;
        }
}

/* Contract: see parse_internal.h. Nested runs (f-string fields) save and
 * restore the outer run's line state. */
Node *parse_run(Arena *arena, const char *source, ParseMode mode, SyntaxErrorInfo *error,
                int line, int column, bool in_fstring) {
    Lexer lexer;
    lexer_init_at(&lexer, source, error, line, column);
    ParseContext ctx = { arena, source, mode, error, false, NULL, in_fstring, 0, 0, 0, 0, 0 };
    LineState state;
    memset(&state, 0, sizeof state);
    LineState *outer_state = parse_line_state;
    parse_line_state = &state;
    void *parser = pyco_parseAlloc(malloc, &ctx);
    Token token;
    memset(&token, 0, sizeof token);
    token.line = line;
    token.start = source;
    pyco_parse(parser, mode == PARSE_FILE ? TK_MODE_FILE : mode == PARSE_EVAL ? TK_MODE_EVAL
                                                                               : TK_MODE_INTERACTIVE, token);
    bool lexer_failed = false;
    while (!ctx.failed) {
        if (!lexer_next(&lexer, &token)) {
            ctx.failed = lexer_failed = true;
            break;
        }
        if (!parse_track_before(&ctx, &state, &token)) break;
        pyco_parse(parser, token.kind, token);
        if (token.kind == 0) break;
        parse_track_after(&state, &token);
    }
    pyco_parseFree(parser, free);
    parse_line_state = outer_state;
    if (ctx.failed && !lexer_failed && token.kind != 0) parse_prefer_lexer_error(&lexer, error);
    if (ctx.failed && in_fstring && strncmp(error->message, "f-string", 8) != 0) {
        char message[256];
        snprintf(message, sizeof message, "f-string: %.240s", error->message);
        snprintf(error->message, sizeof error->message, "%s", message);
    }
    if (!ctx.failed && ctx.open_with_groups != 0)
        parse_error_at(&ctx, ctx.with_group_line, ctx.with_group_column + 1, "invalid syntax");
    if (ctx.failed || ctx.result == NULL) {
        if (error->message[0] == '\0') lexer_error(error, SYNTAX_ERROR, lexer.line, 1, "invalid syntax");
        return NULL;
    }
    return ctx.result;
}

/* Parse [source] in [mode]; see parse.h. */
Node *parse_source(Arena *arena, const char *source, const char *filename,
                   ParseMode mode, SyntaxErrorInfo *error) {
    (void)filename;
    memset(error, 0, sizeof *error);
    return parse_run(arena, source, mode, error, 1, 0, false);
}

/* Print the token stream of [source]; see parse.h. */
bool parse_dump_tokens(const char *source, FILE *out, SyntaxErrorInfo *error) {
    memset(error, 0, sizeof *error);
    Lexer lexer;
    lexer_init(&lexer, source, error);
    Token token;
    do {
        if (!lexer_next(&lexer, &token)) return false;
        fprintf(out, "%d:%d %s '", token.line, token.column, lexer_token_name(token.kind));
        for (int i = 0; i < token.length; i++) {
            char byte = token.start[i];
            if (byte == '\n') fputs("\\n", out);
            else if (byte == '\r') fputs("\\r", out);
            else if (byte == '\'' || byte == '\\') fprintf(out, "\\%c", byte);
            else fputc(byte, out);
        }
        fputs("'\n", out);
    } while (token.kind != 0);
    return true;
}
