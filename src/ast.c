/* ast.c — the arena that owns every AST node, and ast_dump().
 *
 * One parse allocates all of its nodes, lists and strings from one Arena: a
 * chain of large blocks handed out by bumping a pointer. Nothing is freed one
 * by one; arena_free() drops the whole tree at once, so the parser's grammar
 * actions never have to think about ownership.
 *
 * ast_dump() prints a tree the way CPython 3.11's `ast.dump(tree)` does —
 * same node names, same field order, optional fields that are None left out,
 * empty lists printed as [] — so `pyco --ast` can be compared with python3.
 * Constants are printed as Python reprs (ints in decimal, floats shortest
 * round-trip, strings with CPython's quote choice).
 */
#include "ast.h"
#include "object.h"

#include <stdlib.h>
#include <string.h>
#include <tommath.h>

/* ---- arena -------------------------------------------------------------- */

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_BLOCK_SIZE = 64 * 1024 };

/* Start an empty arena (no memory is taken until the first allocation). */
void arena_init(Arena *arena) {
    arena->blocks = NULL;
}

/* Return [size] zeroed bytes, 16-byte aligned, living until arena_free().
 * Aborts on out-of-memory: the front end has no way to recover. */
void *arena_alloc(Arena *arena, size_t size) {
    size = (size + 15) & ~(size_t)15;
    ArenaBlock *block = arena->blocks;
    if (block == NULL || block->used + size > block->size) {
        size_t capacity = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;
        block = malloc(sizeof(ArenaBlock) + capacity);
        if (block == NULL) {
            fputs("pyco: out of memory in parser\n", stderr);
            abort();
        }
        block->size = capacity;
        block->used = 0;
        block->next = arena->blocks;
        arena->blocks = block;
    }
    void *memory = block->data + block->used;
    block->used += size;
    memset(memory, 0, size);
    return memory;
}

/* Copy [length] bytes of [text] into the arena, NUL-terminated. */
char *arena_strdup(Arena *arena, const char *text, size_t length) {
    char *copy = arena_alloc(arena, length + 1);
    memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

/* Release every block of [arena]; every node made from it dies. */
void arena_free(Arena *arena) {
    ArenaBlock *block = arena->blocks;
    while (block != NULL) {
        ArenaBlock *next = block->next;
        free(block);
        block = next;
    }
    arena->blocks = NULL;
}

/* Append [node] (may be NULL: a dict's `**` key, a missing kw default). */
void nodelist_append(Arena *arena, NodeList *list, Node *node) {
    if (list->count == list->capacity) {
        int capacity = list->capacity ? list->capacity * 2 : 4;
        Node **items = arena_alloc(arena, sizeof(Node *) * (size_t)capacity);
        if (list->count > 0) memcpy(items, list->items, sizeof(Node *) * (size_t)list->count);
        list->items = items;
        list->capacity = capacity;
    }
    list->items[list->count++] = node;
}

/* Make a zeroed node of [kind] starting at [line]:[column]. */
Node *node_new(Arena *arena, NodeKind kind, int line, int column) {
    Node *node = arena_alloc(arena, sizeof(Node));
    node->kind = kind;
    node->line = node->end_line = line;
    node->column = node->end_column = column;
    return node;
}

/* ---- dump: constants ---------------------------------------------------- */

/* Is code point [code] one that Python's str.isprintable() rejects? (The
 * common ranges of categories Cc, Cf, Zs, Zl, Zp, Co.) */
static bool ast_is_unprintable(unsigned code) {
    return (code >= 0x80 && code <= 0xA0) || code == 0xAD || code == 0x61C || code == 0x1680 ||
           code == 0x180E || (code >= 0x2000 && code <= 0x200F) || (code >= 0x2028 && code <= 0x202F) ||
           (code >= 0x205F && code <= 0x206F) || code == 0x3000 || code == 0xFEFF ||
           (code >= 0xFFF9 && code <= 0xFFFB) || code == 0xFFFE || code == 0xFFFF ||
           (code >= 0xD800 && code <= 0xF8FF) || code >= 0xF0000;
}

/* Print the UTF-8 sequence at [text] as repr() would; returns its length. */
static size_t ast_dump_code_point(const char *text, size_t available, FILE *out) {
    const unsigned char *bytes = (const unsigned char *)text;
    size_t length = bytes[0] >= 0xF0 ? 4 : bytes[0] >= 0xE0 ? 3 : bytes[0] >= 0xC0 ? 2 : 1;
    if (length > available) length = available;
    unsigned code = length == 1 ? bytes[0] : bytes[0] & (0x3F >> (length - 1));
    for (size_t i = 1; i < length; i++) code = (code << 6) | (bytes[i] & 0x3F);
    if (!ast_is_unprintable(code)) fwrite(text, 1, length, out);
    else if (code < 0x100) fprintf(out, "\\x%02x", code);
    else if (code < 0x10000) fprintf(out, "\\u%04x", code);
    else fprintf(out, "\\U%08x", code);
    return length;
}

/* Print [text] as Python's repr() of a str (or bytes when [is_bytes]). */
static void ast_dump_string(const char *text, size_t length, bool is_bytes, FILE *out) {
    bool has_single = memchr(text, '\'', length) != NULL;
    bool has_double = memchr(text, '"', length) != NULL;
    char quote = (has_single && !has_double) ? '"' : '\'';
    if (is_bytes) fputc('b', out);
    fputc(quote, out);
    for (size_t i = 0; i < length; i++) {
        unsigned char byte = (unsigned char)text[i];
        if (byte == (unsigned char)quote || byte == '\\') fprintf(out, "\\%c", byte);
        else if (byte == '\n') fputs("\\n", out);
        else if (byte == '\r') fputs("\\r", out);
        else if (byte == '\t') fputs("\\t", out);
        else if (byte < 0x20 || byte == 0x7f || (is_bytes && byte >= 0x80)) fprintf(out, "\\x%02x", byte);
        else if (byte >= 0x80) i += ast_dump_code_point(text + i, length - i, out) - 1;
        else fputc(byte, out);
    }
    fputc(quote, out);
}

/* Print an int literal's value in decimal (the literal may be 0x.., 1_000 ...). */
static void ast_dump_int(const char *text, FILE *out) {
    char digits[4096];
    size_t count = 0;
    int radix = 10;
    if (text[0] == '0' && text[1] != '\0' && strchr("xXoObB", text[1])) {
        radix = (text[1] == 'x' || text[1] == 'X') ? 16 : (text[1] == 'o' || text[1] == 'O') ? 8 : 2;
        text += 2;
    }
    for (; *text && count + 1 < sizeof digits; text++)
        if (*text != '_') digits[count++] = *text;
    digits[count] = '\0';
    mp_int value;
    if (mp_init(&value) != MP_OKAY) return;
    if (mp_read_radix(&value, digits, radix) == MP_OKAY) {
        int size = 0;
        char *decimal = mp_radix_size(&value, 10, &size) == MP_OKAY ? malloc((size_t)size + 2) : NULL;
        if (decimal && mp_to_radix(&value, decimal, (size_t)size + 1, NULL, 10) == MP_OKAY)
            fputs(decimal, out);
        free(decimal);
    }
    mp_clear(&value);
}

/* Print a double the way Python's float repr does (shortest round trip). */
static void ast_dump_float_value(double value, FILE *out) {
    char buffer[64];
    if (value != value) { fputs("nan", out); return; }
    if (value > 1.7976931348623157e308) { fputs("inf", out); return; }
    int precision;
    for (precision = 1; precision <= 17; precision++) {
        snprintf(buffer, sizeof buffer, "%.*e", precision - 1, value);
        if (strtod(buffer, NULL) == value) break;
    }
    /* buffer is d.ddde±XX; decide between fixed and scientific like repr. */
    char *exponent_mark = strchr(buffer, 'e');
    int exponent = atoi(exponent_mark + 1);
    *exponent_mark = '\0';
    char mantissa[32];
    size_t count = 0;
    for (char *cursor = buffer; *cursor; cursor++)
        if (*cursor >= '0' && *cursor <= '9') mantissa[count++] = *cursor;
    mantissa[count] = '\0';
    while (count > 1 && mantissa[count - 1] == '0') mantissa[--count] = '\0';
    if (exponent < -4 || exponent >= 16) {
        fputc(mantissa[0], out);
        if (count > 1) fprintf(out, ".%s", mantissa + 1);
        fprintf(out, "e%c%02d", exponent < 0 ? '-' : '+', abs(exponent));
    } else if (exponent < 0) {
        fputs("0.", out);
        for (int i = -1; i > exponent; i--) fputc('0', out);
        fputs(mantissa, out);
    } else {
        for (int i = 0; i <= exponent; i++) fputc(i < (int)count ? mantissa[i] : '0', out);
        fputc('.', out);
        if ((int)count > exponent + 1) fputs(mantissa + exponent + 1, out);
        else fputc('0', out);
    }
}

static void ast_dump_float(const char *text, FILE *out) {
    char digits[512];
    size_t count = 0;
    for (; *text && count + 1 < sizeof digits; text++)
        if (*text != '_') digits[count++] = *text;
    digits[count] = '\0';
    double value = strtod(digits, NULL);
    if (value < 0) { fputc('-', out); value = -value; }
    ast_dump_float_value(value, out);
}

static void ast_dump_constant(const Node *node, FILE *out) {
    switch (node->as.constant.kind) {
    case CONST_NONE: fputs("None", out); break;
    case CONST_TRUE: fputs("True", out); break;
    case CONST_FALSE: fputs("False", out); break;
    case CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case CONST_INT: ast_dump_int(node->as.constant.text, out); break;
    case CONST_FLOAT: ast_dump_float(node->as.constant.text, out); break;
    case CONST_IMAGINARY: {
        size_t length = strlen(node->as.constant.text);
        char *copy = strdup(node->as.constant.text);
        copy[length - 1] = '\0';
        /* complex repr: the float's repr without a trailing ".0" (1.0j is 1j) */
        char *text = NULL;
        size_t size = 0;
        FILE *buffer = open_memstream(&text, &size);
        if (strpbrk(copy, ".eE") == NULL) ast_dump_int(copy, buffer);
        else ast_dump_float(copy, buffer);
        fclose(buffer);
        if (size > 2 && strcmp(text + size - 2, ".0") == 0) text[size - 2] = '\0';
        fprintf(out, "%sj", text);
        free(text);
        free(copy);
        break;
    }
    case CONST_STR:
    case CONST_BYTES:
        ast_dump_string(node->as.constant.text, node->as.constant.length,
                        node->as.constant.kind == CONST_BYTES, out);
        break;
    }
}

/* ---- dump: nodes -------------------------------------------------------- */

static const char *const ast_binary_names[] = {
    "Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "MatMult",
    "LShift", "RShift", "BitAnd", "BitOr", "BitXor",
};
static const char *const ast_compare_names[] = {
    "Lt", "LtE", "Eq", "NotEq", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};
static const char *const ast_unary_names[] = { "Not", "USub", "UAdd", "Invert" };
static const char *const ast_context_names[] = { "Load", "Store", "Del" };

/* The dumper writes "name=value" fields separated by ", " inside "Kind(...)". */
typedef struct Dumper {
    FILE *out;
    bool first;
} Dumper;

/* Set while ast_dump_with_positions runs (dumps are never nested). */
static bool ast_dump_positions;

static void ast_dump_node(const Node *node, FILE *out);

static void dumper_field(Dumper *dumper, const char *name) {
    if (!dumper->first) fputs(", ", dumper->out);
    dumper->first = false;
    fprintf(dumper->out, "%s=", name);
}

static void dumper_node(Dumper *dumper, const char *name, const Node *node) {
    if (node == NULL) return;   /* an optional field that is None is left out */
    dumper_field(dumper, name);
    ast_dump_node(node, dumper->out);
}

static void dumper_list(Dumper *dumper, const char *name, const NodeList *list) {
    dumper_field(dumper, name);
    fputc('[', dumper->out);
    for (int i = 0; i < list->count; i++) {
        if (i > 0) fputs(", ", dumper->out);
        if (list->items[i] == NULL) fputs("None", dumper->out);
        else ast_dump_node(list->items[i], dumper->out);
    }
    fputc(']', dumper->out);
}

static void dumper_string(Dumper *dumper, const char *name, const char *text) {
    if (text == NULL) return;
    dumper_field(dumper, name);
    ast_dump_string(text, strlen(text), false, dumper->out);
}

static void dumper_int(Dumper *dumper, const char *name, int value) {
    dumper_field(dumper, name);
    fprintf(dumper->out, "%d", value);
}

static void dumper_word(Dumper *dumper, const char *name, const char *word) {
    dumper_field(dumper, name);
    fprintf(dumper->out, "%s()", word);
}

static void dumper_context(Dumper *dumper, ExprContext ctx) {
    dumper_word(dumper, "ctx", ast_context_names[ctx]);
}

static void ast_dump_names(Dumper *dumper, const Node *node) {
    dumper_field(dumper, "names");
    fputc('[', dumper->out);
    for (int i = 0; i < node->as.global_stmt.count; i++) {
        if (i > 0) fputs(", ", dumper->out);
        const char *name = node->as.global_stmt.names[i];
        ast_dump_string(name, strlen(name), false, dumper->out);
    }
    fputc(']', dumper->out);
}

static const char *ast_kind_name(const Node *node) {
    switch (node->kind) {
    case NODE_MODULE: return "Module";
    case NODE_INTERACTIVE: return "Interactive";
    case NODE_EXPRESSION: return "Expression";
    case NODE_FUNCTION_DEF: return node->as.function_def.is_async ? "AsyncFunctionDef" : "FunctionDef";
    case NODE_CLASS_DEF: return "ClassDef";
    case NODE_RETURN: return "Return";
    case NODE_DELETE: return "Delete";
    case NODE_ASSIGN: return "Assign";
    case NODE_AUG_ASSIGN: return "AugAssign";
    case NODE_ANN_ASSIGN: return "AnnAssign";
    case NODE_FOR: return node->as.for_stmt.is_async ? "AsyncFor" : "For";
    case NODE_WHILE: return "While";
    case NODE_IF: return "If";
    case NODE_WITH: return node->as.with_stmt.is_async ? "AsyncWith" : "With";
    case NODE_RAISE: return "Raise";
    case NODE_TRY: return "Try";
    case NODE_ASSERT: return "Assert";
    case NODE_IMPORT: return "Import";
    case NODE_IMPORT_FROM: return "ImportFrom";
    case NODE_GLOBAL: return "Global";
    case NODE_NONLOCAL: return "Nonlocal";
    case NODE_EXPR: return "Expr";
    case NODE_PASS: return "Pass";
    case NODE_BREAK: return "Break";
    case NODE_CONTINUE: return "Continue";
    case NODE_BOOL_OP: return "BoolOp";
    case NODE_NAMED_EXPR: return "NamedExpr";
    case NODE_BIN_OP: return "BinOp";
    case NODE_UNARY_OP: return "UnaryOp";
    case NODE_LAMBDA: return "Lambda";
    case NODE_IF_EXP: return "IfExp";
    case NODE_DICT: return "Dict";
    case NODE_SET: return "Set";
    case NODE_LIST_COMP: return "ListComp";
    case NODE_SET_COMP: return "SetComp";
    case NODE_DICT_COMP: return "DictComp";
    case NODE_GENERATOR_EXP: return "GeneratorExp";
    case NODE_AWAIT: return "Await";
    case NODE_YIELD: return "Yield";
    case NODE_YIELD_FROM: return "YieldFrom";
    case NODE_COMPARE: return "Compare";
    case NODE_CALL: return "Call";
    case NODE_FORMATTED_VALUE: return "FormattedValue";
    case NODE_JOINED_STR: return "JoinedStr";
    case NODE_CONSTANT: return "Constant";
    case NODE_ATTRIBUTE: return "Attribute";
    case NODE_SUBSCRIPT: return "Subscript";
    case NODE_STARRED: return "Starred";
    case NODE_NAME: return "Name";
    case NODE_LIST: return "List";
    case NODE_TUPLE: return "Tuple";
    case NODE_SLICE: return "Slice";
    case NODE_COMPREHENSION: return "comprehension";
    case NODE_EXCEPT_HANDLER: return "ExceptHandler";
    case NODE_ARGUMENTS: return "arguments";
    case NODE_ARG: return "arg";
    case NODE_KEYWORD: return "keyword";
    case NODE_ALIAS: return "alias";
    case NODE_WITH_ITEM: return "withitem";
    case NODE_KIND_COUNT: break;
    }
    return "?";
}

/* Fields of statements (and module roots), in CPython's order. */
static void ast_dump_statement_fields(Dumper *dumper, const Node *node) {
    switch (node->kind) {
    case NODE_MODULE:
        dumper_list(dumper, "body", &node->as.module.body);
        dumper_field(dumper, "type_ignores");
        fputs("[]", dumper->out);
        break;
    case NODE_INTERACTIVE: dumper_list(dumper, "body", &node->as.module.body); break;
    case NODE_EXPRESSION: dumper_node(dumper, "body", node->as.expression.value); break;
    case NODE_FUNCTION_DEF:
        dumper_string(dumper, "name", node->as.function_def.name);
        dumper_node(dumper, "args", node->as.function_def.args);
        dumper_list(dumper, "body", &node->as.function_def.body);
        dumper_list(dumper, "decorator_list", &node->as.function_def.decorators);
        dumper_node(dumper, "returns", node->as.function_def.returns);
        break;
    case NODE_CLASS_DEF:
        dumper_string(dumper, "name", node->as.class_def.name);
        dumper_list(dumper, "bases", &node->as.class_def.bases);
        dumper_list(dumper, "keywords", &node->as.class_def.keywords);
        dumper_list(dumper, "body", &node->as.class_def.body);
        dumper_list(dumper, "decorator_list", &node->as.class_def.decorators);
        break;
    case NODE_RETURN: dumper_node(dumper, "value", node->as.return_stmt.value); break;
    case NODE_DELETE: dumper_list(dumper, "targets", &node->as.delete_stmt.targets); break;
    case NODE_ASSIGN:
        dumper_list(dumper, "targets", &node->as.assign.targets);
        dumper_node(dumper, "value", node->as.assign.value);
        break;
    case NODE_AUG_ASSIGN:
        dumper_node(dumper, "target", node->as.aug_assign.target);
        dumper_word(dumper, "op", ast_binary_names[node->as.aug_assign.op]);
        dumper_node(dumper, "value", node->as.aug_assign.value);
        break;
    case NODE_ANN_ASSIGN:
        dumper_node(dumper, "target", node->as.ann_assign.target);
        dumper_node(dumper, "annotation", node->as.ann_assign.annotation);
        dumper_node(dumper, "value", node->as.ann_assign.value);
        dumper_int(dumper, "simple", node->as.ann_assign.simple);
        break;
    case NODE_FOR:
        dumper_node(dumper, "target", node->as.for_stmt.target);
        dumper_node(dumper, "iter", node->as.for_stmt.iter);
        dumper_list(dumper, "body", &node->as.for_stmt.body);
        dumper_list(dumper, "orelse", &node->as.for_stmt.orelse);
        break;
    case NODE_WHILE:
    case NODE_IF:
        dumper_node(dumper, "test", node->as.if_stmt.test);
        dumper_list(dumper, "body", &node->as.if_stmt.body);
        dumper_list(dumper, "orelse", &node->as.if_stmt.orelse);
        break;
    case NODE_WITH:
        dumper_list(dumper, "items", &node->as.with_stmt.items);
        dumper_list(dumper, "body", &node->as.with_stmt.body);
        break;
    case NODE_RAISE:
        dumper_node(dumper, "exc", node->as.raise_stmt.exc);
        dumper_node(dumper, "cause", node->as.raise_stmt.cause);
        break;
    case NODE_TRY:
        dumper_list(dumper, "body", &node->as.try_stmt.body);
        dumper_list(dumper, "handlers", &node->as.try_stmt.handlers);
        dumper_list(dumper, "orelse", &node->as.try_stmt.orelse);
        dumper_list(dumper, "finalbody", &node->as.try_stmt.finalbody);
        break;
    case NODE_ASSERT:
        dumper_node(dumper, "test", node->as.assert_stmt.test);
        dumper_node(dumper, "msg", node->as.assert_stmt.msg);
        break;
    case NODE_IMPORT: dumper_list(dumper, "names", &node->as.import_stmt.names); break;
    case NODE_IMPORT_FROM:
        dumper_string(dumper, "module", node->as.import_from.module);
        dumper_list(dumper, "names", &node->as.import_from.names);
        dumper_int(dumper, "level", node->as.import_from.level);
        break;
    case NODE_GLOBAL:
    case NODE_NONLOCAL: ast_dump_names(dumper, node); break;
    case NODE_EXPR: dumper_node(dumper, "value", node->as.expr_stmt.value); break;
    default: break;
    }
}

static void ast_dump_comprehension_fields(Dumper *dumper, const Node *node) {
    if (node->kind == NODE_DICT_COMP) {
        dumper_node(dumper, "key", node->as.comprehension_expr.elt);
        dumper_node(dumper, "value", node->as.comprehension_expr.value);
    } else {
        dumper_node(dumper, "elt", node->as.comprehension_expr.elt);
    }
    dumper_list(dumper, "generators", &node->as.comprehension_expr.generators);
}

static void ast_dump_compare_fields(Dumper *dumper, const Node *node) {
    dumper_node(dumper, "left", node->as.compare.left);
    dumper_field(dumper, "ops");
    fputc('[', dumper->out);
    for (int i = 0; i < node->as.compare.comparators.count; i++)
        fprintf(dumper->out, "%s%s()", i ? ", " : "", ast_compare_names[node->as.compare.ops[i]]);
    fputc(']', dumper->out);
    dumper_list(dumper, "comparators", &node->as.compare.comparators);
}

/* Fields of expressions and helper nodes, in CPython's order. */
static void ast_dump_expression_fields(Dumper *dumper, const Node *node) {
    switch (node->kind) {
    case NODE_BOOL_OP:
        dumper_word(dumper, "op", node->as.bool_op.op == BOOL_AND ? "And" : "Or");
        dumper_list(dumper, "values", &node->as.bool_op.values);
        break;
    case NODE_NAMED_EXPR:
        dumper_node(dumper, "target", node->as.named_expr.target);
        dumper_node(dumper, "value", node->as.named_expr.value);
        break;
    case NODE_BIN_OP:
        dumper_node(dumper, "left", node->as.bin_op.left);
        dumper_word(dumper, "op", ast_binary_names[node->as.bin_op.op]);
        dumper_node(dumper, "right", node->as.bin_op.right);
        break;
    case NODE_UNARY_OP:
        dumper_word(dumper, "op", ast_unary_names[node->as.unary_op.op]);
        dumper_node(dumper, "operand", node->as.unary_op.operand);
        break;
    case NODE_LAMBDA:
        dumper_node(dumper, "args", node->as.lambda.args);
        dumper_node(dumper, "body", node->as.lambda.body);
        break;
    case NODE_IF_EXP:
        dumper_node(dumper, "test", node->as.if_exp.test);
        dumper_node(dumper, "body", node->as.if_exp.body);
        dumper_node(dumper, "orelse", node->as.if_exp.orelse);
        break;
    case NODE_DICT:
        dumper_list(dumper, "keys", &node->as.dict.keys);
        dumper_list(dumper, "values", &node->as.dict.values);
        break;
    case NODE_SET: dumper_list(dumper, "elts", &node->as.set.elts); break;
    case NODE_LIST_COMP: case NODE_SET_COMP: case NODE_DICT_COMP: case NODE_GENERATOR_EXP:
        ast_dump_comprehension_fields(dumper, node);
        break;
    case NODE_AWAIT: case NODE_YIELD: case NODE_YIELD_FROM:
        dumper_node(dumper, "value", node->as.await_expr.value);
        break;
    case NODE_COMPARE: ast_dump_compare_fields(dumper, node); break;
    case NODE_CALL:
        dumper_node(dumper, "func", node->as.call.func);
        dumper_list(dumper, "args", &node->as.call.args);
        dumper_list(dumper, "keywords", &node->as.call.keywords);
        break;
    case NODE_FORMATTED_VALUE:
        dumper_node(dumper, "value", node->as.formatted_value.value);
        dumper_int(dumper, "conversion", node->as.formatted_value.conversion);
        dumper_node(dumper, "format_spec", node->as.formatted_value.format_spec);
        break;
    case NODE_JOINED_STR: dumper_list(dumper, "values", &node->as.joined_str.values); break;
    case NODE_CONSTANT:
        dumper_field(dumper, "value");
        ast_dump_constant(node, dumper->out);
        if (node->as.constant.u_prefix) dumper_string(dumper, "kind", "u");
        break;
    case NODE_ATTRIBUTE:
        dumper_node(dumper, "value", node->as.attribute.value);
        dumper_string(dumper, "attr", node->as.attribute.attr);
        dumper_context(dumper, node->as.attribute.ctx);
        break;
    case NODE_SUBSCRIPT:
        dumper_node(dumper, "value", node->as.subscript.value);
        dumper_node(dumper, "slice", node->as.subscript.slice);
        dumper_context(dumper, node->as.subscript.ctx);
        break;
    case NODE_STARRED:
        dumper_node(dumper, "value", node->as.starred.value);
        dumper_context(dumper, node->as.starred.ctx);
        break;
    case NODE_NAME:
        dumper_string(dumper, "id", node->as.name.id);
        dumper_context(dumper, node->as.name.ctx);
        break;
    case NODE_LIST: case NODE_TUPLE:
        dumper_list(dumper, "elts", &node->as.sequence.elts);
        dumper_context(dumper, node->as.sequence.ctx);
        break;
    case NODE_SLICE:
        dumper_node(dumper, "lower", node->as.slice.lower);
        dumper_node(dumper, "upper", node->as.slice.upper);
        dumper_node(dumper, "step", node->as.slice.step);
        break;
    default: break;
    }
}

static void ast_dump_helper_fields(Dumper *dumper, const Node *node) {
    switch (node->kind) {
    case NODE_COMPREHENSION:
        dumper_node(dumper, "target", node->as.comprehension.target);
        dumper_node(dumper, "iter", node->as.comprehension.iter);
        dumper_list(dumper, "ifs", &node->as.comprehension.ifs);
        dumper_int(dumper, "is_async", node->as.comprehension.is_async);
        break;
    case NODE_EXCEPT_HANDLER:
        dumper_node(dumper, "type", node->as.except_handler.type);
        dumper_string(dumper, "name", node->as.except_handler.name);
        dumper_list(dumper, "body", &node->as.except_handler.body);
        break;
    case NODE_ARGUMENTS:
        dumper_list(dumper, "posonlyargs", &node->as.arguments.posonlyargs);
        dumper_list(dumper, "args", &node->as.arguments.args);
        dumper_node(dumper, "vararg", node->as.arguments.vararg);
        dumper_list(dumper, "kwonlyargs", &node->as.arguments.kwonlyargs);
        dumper_list(dumper, "kw_defaults", &node->as.arguments.kw_defaults);
        dumper_node(dumper, "kwarg", node->as.arguments.kwarg);
        dumper_list(dumper, "defaults", &node->as.arguments.defaults);
        break;
    case NODE_ARG:
        dumper_string(dumper, "arg", node->as.arg.arg);
        dumper_node(dumper, "annotation", node->as.arg.annotation);
        break;
    case NODE_KEYWORD:
        dumper_string(dumper, "arg", node->as.keyword.arg);
        dumper_node(dumper, "value", node->as.keyword.value);
        break;
    case NODE_ALIAS:
        dumper_string(dumper, "name", node->as.alias.name);
        dumper_string(dumper, "asname", node->as.alias.asname);
        break;
    case NODE_WITH_ITEM:
        dumper_node(dumper, "context_expr", node->as.with_item.context_expr);
        dumper_node(dumper, "optional_vars", node->as.with_item.optional_vars);
        break;
    default: break;
    }
}

/* Nodes that carry positions in CPython's ast (not Module, comprehension,
 * arguments or withitem). */
static bool ast_has_position(const Node *node) {
    return node->kind > NODE_EXPRESSION && node->kind != NODE_COMPREHENSION &&
           node->kind != NODE_ARGUMENTS && node->kind != NODE_WITH_ITEM;
}

static void ast_dump_node(const Node *node, FILE *out) {
    Dumper dumper = { out, true };
    fprintf(out, "%s(", ast_kind_name(node));
    if (node->kind < NODE_BOOL_OP) ast_dump_statement_fields(&dumper, node);
    else if (node->kind < NODE_COMPREHENSION) ast_dump_expression_fields(&dumper, node);
    else ast_dump_helper_fields(&dumper, node);
    if (ast_dump_positions && ast_has_position(node)) {
        dumper_int(&dumper, "lineno", node->line);
        dumper_int(&dumper, "col_offset", node->column);
        dumper_int(&dumper, "end_lineno", node->end_line);
        dumper_int(&dumper, "end_col_offset", node->end_column);
    }
    fputc(')', out);
}

/* Print [node] like CPython's ast.dump(node), then a newline. */
void ast_dump(const Node *node, FILE *out) {
    ast_dump_node(node, out);
    fputc('\n', out);
}

/* Like ast_dump, with every node's position as in CPython's
 * ast.dump(tree, include_attributes=True) (columns count code points). */
void ast_dump_with_positions(const Node *node, FILE *out) {
    ast_dump_positions = true;
    ast_dump_node(node, out);
    ast_dump_positions = false;
    fputc('\n', out);
}
