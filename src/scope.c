/* scope.c — the scope analysis: which names are local, global, cell or free.
 *
 * This is CPython's symtable.c in miniature, in two passes over the AST:
 *
 *   collect  — one Scope per module, def, lambda, class and comprehension,
 *              each with the names it binds, uses and declares. Decorators,
 *              defaults and base classes belong to the *enclosing* scope;
 *              so does the first iterable of a comprehension (it is
 *              evaluated before the comprehension's function is called).
 *   resolve  — top-down, each scope receives the set of names bound in
 *              enclosing function scopes ("bound") and names declared global
 *              ("global"); it returns the names its children need from
 *              outside ("free"). A local that a child needs becomes a CELL.
 *              Class scopes pass their parents' sets through untouched: a
 *              method cannot see class attributes as variables.
 *
 * Invariant: every name stored in a Symbol is already mangled, so the
 * compiler must look names up through scope_mangle.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "scope.h"
#include "exc.h"
#include "str.h"
#include "tuple.h"

/* ---- syntax errors ------------------------------------------------------ */

/* The text of line [line] of [source] including its newline, as a Str. */
static Value scope_source_line(const char *source, int line) {
    if (!source || line < 1) return value_none();
    const char *start = source;
    for (int current = 1; current < line && *start; start++)
        if (*start == '\n') current++;
    const char *end = start;
    while (*end && *end != '\n') end++;
    Str *text = str_from_format("%.*s\n", (int)(end - start), start);
    return str_value(text);
}

/* Build SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
 * end_offset)) as CPython does, and make it pending. */
static void scope_raise_at(const char *filename, const char *source, int line, int offset,
                           int end_line, int end_offset, const char *message) {
    Value location[6] = {
        str_value(str_from_cstr(filename ? filename : "<unknown>")),
        value_int(line), value_int(offset), scope_source_line(source, line),
        value_int(end_line), value_int(end_offset),
    };
    Value args[2] = {str_value(str_from_cstr(message)),
                     value_object(tuple_from_values(location, 6))};
    Value exception = exc_new(&type_syntax_error, args, 2);
    if (is_null(exception)) return;
    static const char *const attributes[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (int i = 0; i < 6; i++) {
        if (!obj_setattr(exception, str_intern(attributes[i]), location[i])) error_clear();
    }
    if (!obj_setattr(exception, str_intern("msg"), args[0])) error_clear();
    raise_value(exception);
}

/* Contract: see scope.h. */
void scope_raise_syntax_error(const char *filename, const char *source, Node *node,
                              const char *format, ...) {
    char message[512];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(message, sizeof message, format, arguments);
    va_end(arguments);
    int line = node ? node->line : 1, column = node ? node->column : 0;
    int end_line = node && node->end_line ? node->end_line : line;
    int end_column = node && node->end_line ? node->end_column : column;
    scope_raise_at(filename, source, line, column + 1, end_line, end_column + 1, message);
}

/* ---- name index ------------------------------------------------------------ */

static uint32_t scope_hash(const char *key) {
    uint32_t hash = 2166136261u;
    for (; *key; key++) hash = (hash ^ (uint8_t)*key) * 16777619u;
    return hash;
}

/* The entry for [key], or the empty entry where it would go. */
static NameIndexEntry *scope_index_slot(const NameIndex *index, const char *key, uint32_t hash) {
    uint32_t mask = (uint32_t)index->capacity - 1;
    for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
        NameIndexEntry *entry = &index->entries[i];
        if (!entry->key || (entry->hash == hash && strcmp(entry->key, key) == 0)) return entry;
    }
}

/* Contract: see scope.h. */
int scope_index_get(const NameIndex *index, const char *key) {
    if (index->capacity == 0) return -1;
    NameIndexEntry *entry = scope_index_slot(index, key, scope_hash(key));
    return entry->key ? entry->value : -1;
}

/* Contract: see scope.h. Keeps the table at most half full. */
void scope_index_put(NameIndex *index, const char *key, int value) {
    if (2 * (index->count + 1) > index->capacity) {
        NameIndex grown = {calloc((size_t)(index->capacity ? index->capacity * 2 : 16), sizeof(NameIndexEntry)),
                           index->capacity ? index->capacity * 2 : 16, 0};
        for (int i = 0; i < index->capacity; i++) {
            NameIndexEntry *old = &index->entries[i];
            if (!old->key) continue;
            *scope_index_slot(&grown, old->key, old->hash) = *old;
            grown.count++;
        }
        free(index->entries);
        *index = grown;
    }
    uint32_t hash = scope_hash(key);
    NameIndexEntry *entry = scope_index_slot(index, key, hash);
    if (!entry->key) index->count++;
    *entry = (NameIndexEntry){key, hash, value};
}

/* Contract: see scope.h. */
void scope_index_free(NameIndex *index) {
    free(index->entries);
    *index = (NameIndex){0};
}

/* ---- scopes and symbols ------------------------------------------------- */

static void *scope_grow(void *items, int *capacity, int count, size_t item_size) {
    if (count < *capacity) return items;
    *capacity = *capacity ? *capacity * 2 : 8;
    return realloc(items, (size_t)*capacity * item_size);
}

static Scope *scope_new(ScopeKind kind, const char *name, Node *node, Scope *parent) {
    Scope *scope = calloc(1, sizeof(Scope));
    scope->kind = kind;
    scope->name = name;
    scope->node = node;
    scope->parent = parent;
    if (parent) {
        scope->class_name = parent->kind == SCOPE_CLASS ? parent->name : parent->class_name;
        scope->is_nested = parent->is_nested || scope_is_optimized(parent);
        parent->children = scope_grow(parent->children, &parent->child_capacity, parent->child_count, sizeof(Scope *));
        parent->children[parent->child_count++] = scope;
    }
    return scope;
}

static void scope_free_tree(Scope *scope) {
    for (int i = 0; i < scope->child_count; i++) scope_free_tree(scope->children[i]);
    free(scope->children);
    free(scope->symbols);
    scope_index_free(&scope->symbol_index);
    free(scope->parameters);
    free(scope);
}

/* Contract: see scope.h. */
void scope_free(ScopeTable *table) {
    if (!table) return;
    if (table->module) scope_free_tree(table->module);
    for (int i = 0; i < table->owned_count; i++) free(table->owned_strings[i]);
    free(table->owned_strings);
    free(table);
}

/* Contract: see scope.h. */
Symbol *scope_lookup(Scope *scope, const char *name) {
    int i = scope_index_get(&scope->symbol_index, name);
    return i >= 0 ? &scope->symbols[i] : NULL;
}

/* Contract: see scope.h. */
NameScope scope_name_scope(Scope *scope, const char *name) {
    Symbol *symbol = scope_lookup(scope, name);
    return symbol && symbol->scope ? symbol->scope : NAME_GLOBAL_IMPLICIT;
}

/* Contract: see scope.h. */
Scope *scope_child(Scope *scope, Node *node) {
    for (int i = 0; i < scope->child_count; i++)
        if (scope->children[i]->node == node) return scope->children[i];
    return NULL;
}

static Symbol *scope_add_symbol(Scope *scope, const char *name, int flags) {
    Symbol *symbol = scope_lookup(scope, name);
    if (!symbol) {
        scope->symbols = scope_grow(scope->symbols, &scope->symbol_capacity, scope->symbol_count, sizeof(Symbol));
        scope_index_put(&scope->symbol_index, name, scope->symbol_count);
        symbol = &scope->symbols[scope->symbol_count++];
        memset(symbol, 0, sizeof *symbol);
        symbol->name = name;
    }
    symbol->flags |= flags;
    return symbol;
}

/* Contract: see scope.h. */
const char *scope_mangle(ScopeTable *table, Scope *scope, const char *name) {
    const char *class_name = scope->kind == SCOPE_CLASS ? scope->name : scope->class_name;
    size_t length = strlen(name);
    if (!class_name || length < 3 || name[0] != '_' || name[1] != '_') return name;
    if ((name[length - 1] == '_' && name[length - 2] == '_') || strchr(name, '.')) return name;
    while (*class_name == '_') class_name++;
    if (!*class_name) return name;
    size_t size = 1 + strlen(class_name) + length + 1;
    char *mangled = malloc(size);
    snprintf(mangled, size, "_%s%s", class_name, name);
    table->owned_strings = scope_grow(table->owned_strings, &table->owned_capacity, table->owned_count, sizeof(char *));
    table->owned_strings[table->owned_count++] = mangled;
    return mangled;
}

/* ---- pass 1: collect ---------------------------------------------------- */

typedef struct Collector {
    ScopeTable *table;
    Scope *current;
    const char *filename;
    const char *source;
    bool interactive;
    bool failed;
} Collector;

static void collect_statement(Collector *collector, Node *node);
static void collect_expression(Collector *collector, Node *node);

static bool collect_error(Collector *collector, Node *node, const char *format, const char *name) {
    if (!collector->failed) scope_raise_syntax_error(collector->filename, collector->source, node, format, name);
    collector->failed = true;
    return false;
}

static void collect_name(Collector *collector, Node *node, const char *name, int flags) {
    const char *mangled = scope_mangle(collector->table, collector->current, name);
    scope_add_symbol(collector->current, mangled, flags);
}

static void collect_statements(Collector *collector, NodeList *list) {
    for (int i = 0; i < list->count && !collector->failed; i++) collect_statement(collector, list->items[i]);
}

static void collect_expressions(Collector *collector, NodeList *list) {
    for (int i = 0; i < list->count && !collector->failed; i++) collect_expression(collector, list->items[i]);
}

static void collect_parameter(Collector *collector, Scope *scope, Node *arg) {
    const char *name = scope_mangle(collector->table, scope, arg->as.arg.arg);
    Symbol *existing = scope_lookup(scope, name);
    if (existing && (existing->flags & SYMBOL_PARAMETER)) {
        collect_error(collector, arg, "duplicate argument '%s' in function definition", name);
        return;
    }
    scope_add_symbol(scope, name, SYMBOL_PARAMETER | SYMBOL_BOUND);
    scope->parameters = realloc(scope->parameters, sizeof(char *) * (size_t)(scope->parameter_count + 1));
    scope->parameters[scope->parameter_count++] = name;
}

/* Record the parameters of a def or lambda in its new [scope], in slot order. */
static void collect_parameters(Collector *collector, Scope *scope, Node *arguments) {
    if (!arguments) return;
    NodeList *lists[] = {&arguments->as.arguments.posonlyargs, &arguments->as.arguments.args,
                         &arguments->as.arguments.kwonlyargs};
    for (int list = 0; list < 3; list++)
        for (int i = 0; i < lists[list]->count; i++) collect_parameter(collector, scope, lists[list]->items[i]);
    if (arguments->as.arguments.vararg) collect_parameter(collector, scope, arguments->as.arguments.vararg);
    if (arguments->as.arguments.kwarg) collect_parameter(collector, scope, arguments->as.arguments.kwarg);
}

/* Defaults are evaluated where the def/lambda is, not inside it. */
static void collect_defaults(Collector *collector, Node *arguments) {
    if (!arguments) return;
    collect_expressions(collector, &arguments->as.arguments.defaults);
    NodeList *kw_defaults = &arguments->as.arguments.kw_defaults;
    for (int i = 0; i < kw_defaults->count; i++)
        if (kw_defaults->items[i]) collect_expression(collector, kw_defaults->items[i]);
}

static void collect_function(Collector *collector, Node *node) {
    collect_expressions(collector, &node->as.function_def.decorators);
    collect_defaults(collector, node->as.function_def.args);
    collect_name(collector, node, node->as.function_def.name, SYMBOL_BOUND);
    Scope *scope = scope_new(SCOPE_FUNCTION, node->as.function_def.name, node, collector->current);
    scope->is_async_function = scope->is_coroutine = node->as.function_def.is_async;
    collect_parameters(collector, scope, node->as.function_def.args);
    Scope *saved = collector->current;
    collector->current = scope;
    collect_statements(collector, &node->as.function_def.body);
    collector->current = saved;
}

static void collect_class(Collector *collector, Node *node) {
    collect_expressions(collector, &node->as.class_def.decorators);
    collect_expressions(collector, &node->as.class_def.bases);
    for (int i = 0; i < node->as.class_def.keywords.count; i++)
        collect_expression(collector, node->as.class_def.keywords.items[i]->as.keyword.value);
    collect_name(collector, node, node->as.class_def.name, SYMBOL_BOUND);
    Scope *scope = scope_new(SCOPE_CLASS, node->as.class_def.name, node, collector->current);
    Scope *saved = collector->current;
    collector->current = scope;
    collect_statements(collector, &node->as.class_def.body);
    collector->current = saved;
}

/* `global x` / `nonlocal x`: refuse names the scope already used. */
static void collect_directive(Collector *collector, Node *node, bool is_global) {
    Scope *scope = collector->current;
    const char *word = is_global ? "global" : "nonlocal";
    if (!is_global && scope->kind == SCOPE_MODULE) {
        collect_error(collector, node, "nonlocal declaration not allowed at module level", NULL);
        return;
    }
    for (int i = 0; i < node->as.global_stmt.count && !collector->failed; i++) {
        const char *name = scope_mangle(collector->table, scope, node->as.global_stmt.names[i]);
        Symbol *symbol = scope_lookup(scope, name);
        int flags = symbol ? symbol->flags : 0;
        char format[128];
        if (flags & SYMBOL_PARAMETER) snprintf(format, sizeof format, "name '%%s' is parameter and %s", word);
        else if (flags & SYMBOL_USED) snprintf(format, sizeof format, "name '%%s' is used prior to %s declaration", word);
        else if (flags & SYMBOL_BOUND) snprintf(format, sizeof format, "name '%%s' is assigned to before %s declaration", word);
        else format[0] = 0;
        if (format[0]) {
            collect_error(collector, node, format, name);
            return;
        }
        symbol = scope_add_symbol(scope, name, is_global ? SYMBOL_GLOBAL : SYMBOL_NONLOCAL);
        if (!symbol->directive) symbol->directive = node;
    }
}

static void collect_import(Collector *collector, Node *node) {
    NodeList *names = node->kind == NODE_IMPORT ? &node->as.import_stmt.names : &node->as.import_from.names;
    for (int i = 0; i < names->count; i++) {
        Node *alias = names->items[i];
        if (alias->as.alias.asname) {
            collect_name(collector, alias, alias->as.alias.asname, SYMBOL_BOUND);
        } else if (strcmp(alias->as.alias.name, "*") == 0) {
            continue;
        } else {
            /* `import a.b` binds a */
            const char *dotted = alias->as.alias.name;
            const char *dot = strchr(dotted, '.');
            if (!dot) {
                collect_name(collector, alias, dotted, SYMBOL_BOUND);
                continue;
            }
            size_t length = (size_t)(dot - dotted);
            char *first = malloc(length + 1);
            memcpy(first, dotted, length);
            first[length] = 0;
            ScopeTable *table = collector->table;
            table->owned_strings = scope_grow(table->owned_strings, &table->owned_capacity, table->owned_count, sizeof(char *));
            table->owned_strings[table->owned_count++] = first;
            collect_name(collector, alias, first, SYMBOL_BOUND);
        }
    }
}

static void collect_statement(Collector *collector, Node *node) {
    if (!node || collector->failed) return;
    switch (node->kind) {
    case NODE_FUNCTION_DEF: collect_function(collector, node); break;
    case NODE_CLASS_DEF: collect_class(collector, node); break;
    case NODE_RETURN:
        if (node->as.return_stmt.value) {
            collect_expression(collector, node->as.return_stmt.value);
            collector->current->has_return_value = true;
        }
        break;
    case NODE_DELETE: collect_expressions(collector, &node->as.delete_stmt.targets); break;
    case NODE_ASSIGN:
        collect_expression(collector, node->as.assign.value);
        collect_expressions(collector, &node->as.assign.targets);
        break;
    case NODE_AUG_ASSIGN:
        collect_expression(collector, node->as.aug_assign.value);
        if (node->as.aug_assign.target->kind == NODE_NAME)
            collect_name(collector, node->as.aug_assign.target, node->as.aug_assign.target->as.name.id, SYMBOL_BOUND | SYMBOL_USED);
        else
            collect_expression(collector, node->as.aug_assign.target);
        break;
    case NODE_ANN_ASSIGN:
        if (node->as.ann_assign.value) collect_expression(collector, node->as.ann_assign.value);
        if (node->as.ann_assign.target->kind == NODE_NAME) {
            if (node->as.ann_assign.value || collector->current->kind != SCOPE_MODULE)
                collect_name(collector, node->as.ann_assign.target, node->as.ann_assign.target->as.name.id, SYMBOL_BOUND);
        } else {
            collect_expression(collector, node->as.ann_assign.target);
        }
        break;
    case NODE_FOR:
        if (node->as.for_stmt.is_async) collector->current->has_await = true;
        collect_expression(collector, node->as.for_stmt.iter);
        collect_expression(collector, node->as.for_stmt.target);
        collect_statements(collector, &node->as.for_stmt.body);
        collect_statements(collector, &node->as.for_stmt.orelse);
        break;
    case NODE_WHILE:
    case NODE_IF:
        collect_expression(collector, node->as.while_stmt.test);
        collect_statements(collector, &node->as.while_stmt.body);
        collect_statements(collector, &node->as.while_stmt.orelse);
        break;
    case NODE_WITH:
        if (node->as.with_stmt.is_async) collector->current->has_await = true;
        for (int i = 0; i < node->as.with_stmt.items.count; i++) {
            Node *item = node->as.with_stmt.items.items[i];
            collect_expression(collector, item->as.with_item.context_expr);
            if (item->as.with_item.optional_vars) collect_expression(collector, item->as.with_item.optional_vars);
        }
        collect_statements(collector, &node->as.with_stmt.body);
        break;
    case NODE_RAISE:
        collect_expression(collector, node->as.raise_stmt.exc);
        collect_expression(collector, node->as.raise_stmt.cause);
        break;
    case NODE_TRY:
        collect_statements(collector, &node->as.try_stmt.body);
        for (int i = 0; i < node->as.try_stmt.handlers.count; i++) {
            Node *handler = node->as.try_stmt.handlers.items[i];
            collect_expression(collector, handler->as.except_handler.type);
            if (handler->as.except_handler.name)
                collect_name(collector, handler, handler->as.except_handler.name, SYMBOL_BOUND);
            collect_statements(collector, &handler->as.except_handler.body);
        }
        collect_statements(collector, &node->as.try_stmt.orelse);
        collect_statements(collector, &node->as.try_stmt.finalbody);
        break;
    case NODE_ASSERT:
        collect_expression(collector, node->as.assert_stmt.test);
        collect_expression(collector, node->as.assert_stmt.msg);
        break;
    case NODE_IMPORT:
    case NODE_IMPORT_FROM: collect_import(collector, node); break;
    case NODE_GLOBAL: collect_directive(collector, node, true); break;
    case NODE_NONLOCAL: collect_directive(collector, node, false); break;
    case NODE_EXPR: collect_expression(collector, node->as.expr_stmt.value); break;
    default: break;
    }
}

static const char *collect_comprehension_name(NodeKind kind) {
    switch (kind) {
    case NODE_LIST_COMP: return "<listcomp>";
    case NODE_SET_COMP: return "<setcomp>";
    case NODE_DICT_COMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static void collect_comprehension(Collector *collector, Node *node) {
    NodeList *generators = &node->as.comprehension_expr.generators;
    Node *first = generators->items[0];
    collect_expression(collector, first->as.comprehension.iter);
    Scope *scope = scope_new(SCOPE_COMPREHENSION, collect_comprehension_name(node->kind), node, collector->current);
    scope->is_generator = node->kind == NODE_GENERATOR_EXP;
    Scope *saved = collector->current;
    collector->current = scope;
    scope_add_symbol(scope, ".0", SYMBOL_PARAMETER | SYMBOL_BOUND);
    scope->parameters = malloc(sizeof(char *));
    scope->parameters[scope->parameter_count++] = ".0";
    for (int i = 0; i < generators->count && !collector->failed; i++) {
        Node *generator = generators->items[i];
        if (generator->as.comprehension.is_async) scope->is_coroutine = scope->has_await = true;
        if (i > 0) collect_expression(collector, generator->as.comprehension.iter);
        collect_expression(collector, generator->as.comprehension.target);
        collect_expressions(collector, &generator->as.comprehension.ifs);
    }
    collect_expression(collector, node->as.comprehension_expr.elt);
    collect_expression(collector, node->as.comprehension_expr.value);
    collector->current = saved;
    if (collector->failed) return;
    if (scope->is_coroutine) saved->has_await = true;
}

/* `x := v` inside a comprehension binds x in the nearest enclosing
 * function (or module), as CPython's symtable_extend_namedexpr_scope. */
static void collect_named_target(Collector *collector, Node *target) {
    Scope *scope = collector->current;
    const char *name = scope_mangle(collector->table, scope, target->as.name.id);
    if (scope->kind != SCOPE_COMPREHENSION) {
        scope_add_symbol(scope, name, SYMBOL_BOUND);
        return;
    }
    for (Scope *outer = scope; outer; outer = outer->parent) {
        if (outer->kind == SCOPE_COMPREHENSION) {
            Symbol *symbol = scope_lookup(outer, name);
            if (symbol && (symbol->flags & SYMBOL_COMP_ITER)) {
                collect_error(collector, target, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
                return;
            }
            continue;
        }
        if (outer->kind == SCOPE_CLASS) {
            collect_error(collector, target, "assignment expression within a comprehension cannot be used in a class body", NULL);
            return;
        }
        scope_add_symbol(outer, name, SYMBOL_BOUND);
        scope_add_symbol(scope, name, outer->kind == SCOPE_MODULE ? SYMBOL_GLOBAL : SYMBOL_NONLOCAL);
        return;
    }
}

static void collect_yield(Collector *collector, Node *node) {
    Scope *scope = collector->current;
    if (scope->kind == SCOPE_COMPREHENSION) {
        const char *kinds[] = {"list comprehension", "set comprehension", "dict comprehension", "generator expression"};
        NodeKind kind = scope->node->kind;
        int index = kind == NODE_LIST_COMP ? 0 : kind == NODE_SET_COMP ? 1 : kind == NODE_DICT_COMP ? 2 : 3;
        collect_error(collector, node, "'yield' inside %s", kinds[index]);
        return;
    }
    /* yield outside a function and yield from in async def are reported
     * by the compiler, as CPython does (after all scope errors) */
    if (!scope_is_optimized(scope) || (node->kind == NODE_YIELD_FROM && scope->is_async_function)) {
        collect_expression(collector, node->as.await_expr.value);
        return;
    }
    scope->is_generator = true;
    collect_expression(collector, node->as.await_expr.value);
}

static void collect_await(Collector *collector, Node *node) {
    Scope *scope = collector->current;
    bool top_level = collector->interactive && scope->kind == SCOPE_MODULE;
    /* a misplaced await is reported by the compiler, as CPython does */
    if (!top_level && !scope->is_async_function && scope->kind != SCOPE_COMPREHENSION) {
        collect_expression(collector, node->as.await_expr.value);
        return;
    }
    scope->has_await = true;
    if (scope->kind == SCOPE_COMPREHENSION) scope->is_coroutine = true;
    collect_expression(collector, node->as.await_expr.value);
}

static void collect_lambda(Collector *collector, Node *node) {
    collect_defaults(collector, node->as.lambda.args);
    Scope *scope = scope_new(SCOPE_LAMBDA, "<lambda>", node, collector->current);
    collect_parameters(collector, scope, node->as.lambda.args);
    Scope *saved = collector->current;
    collector->current = scope;
    collect_expression(collector, node->as.lambda.body);
    collector->current = saved;
}

static void collect_name_expression(Collector *collector, Node *node) {
    int flags = node->as.name.ctx == CTX_LOAD ? SYMBOL_USED : SYMBOL_BOUND;
    Scope *scope = collector->current;
    if (flags == SYMBOL_BOUND && scope->kind == SCOPE_COMPREHENSION) flags |= SYMBOL_COMP_ITER;
    collect_name(collector, node, node->as.name.id, flags);
    /* super() needs the method's class: it is a use of __class__ */
    if (node->as.name.ctx == CTX_LOAD && scope_is_optimized(scope) && strcmp(node->as.name.id, "super") == 0)
        scope_add_symbol(scope, "__class__", SYMBOL_USED);
}

static void collect_expression(Collector *collector, Node *node) {
    if (!node || collector->failed) return;
    switch (node->kind) {
    case NODE_BOOL_OP: collect_expressions(collector, &node->as.bool_op.values); break;
    case NODE_NAMED_EXPR:
        collect_expression(collector, node->as.named_expr.value);
        collect_named_target(collector, node->as.named_expr.target);
        break;
    case NODE_BIN_OP:
        collect_expression(collector, node->as.bin_op.left);
        collect_expression(collector, node->as.bin_op.right);
        break;
    case NODE_UNARY_OP: collect_expression(collector, node->as.unary_op.operand); break;
    case NODE_LAMBDA: collect_lambda(collector, node); break;
    case NODE_IF_EXP:
        collect_expression(collector, node->as.if_exp.test);
        collect_expression(collector, node->as.if_exp.body);
        collect_expression(collector, node->as.if_exp.orelse);
        break;
    case NODE_DICT:
        for (int i = 0; i < node->as.dict.values.count; i++) {
            collect_expression(collector, node->as.dict.keys.items[i]);
            collect_expression(collector, node->as.dict.values.items[i]);
        }
        break;
    case NODE_SET: collect_expressions(collector, &node->as.set.elts); break;
    case NODE_LIST_COMP:
    case NODE_SET_COMP:
    case NODE_DICT_COMP:
    case NODE_GENERATOR_EXP: collect_comprehension(collector, node); break;
    case NODE_AWAIT: collect_await(collector, node); break;
    case NODE_YIELD:
    case NODE_YIELD_FROM: collect_yield(collector, node); break;
    case NODE_COMPARE:
        collect_expression(collector, node->as.compare.left);
        collect_expressions(collector, &node->as.compare.comparators);
        break;
    case NODE_CALL:
        collect_expression(collector, node->as.call.func);
        collect_expressions(collector, &node->as.call.args);
        for (int i = 0; i < node->as.call.keywords.count; i++)
            collect_expression(collector, node->as.call.keywords.items[i]->as.keyword.value);
        break;
    case NODE_FORMATTED_VALUE:
        collect_expression(collector, node->as.formatted_value.value);
        collect_expression(collector, node->as.formatted_value.format_spec);
        break;
    case NODE_JOINED_STR: collect_expressions(collector, &node->as.joined_str.values); break;
    case NODE_ATTRIBUTE: collect_expression(collector, node->as.attribute.value); break;
    case NODE_SUBSCRIPT:
        collect_expression(collector, node->as.subscript.value);
        collect_expression(collector, node->as.subscript.slice);
        break;
    case NODE_STARRED: collect_expression(collector, node->as.starred.value); break;
    case NODE_NAME: collect_name_expression(collector, node); break;
    case NODE_LIST:
    case NODE_TUPLE: collect_expressions(collector, &node->as.sequence.elts); break;
    case NODE_SLICE:
        collect_expression(collector, node->as.slice.lower);
        collect_expression(collector, node->as.slice.upper);
        collect_expression(collector, node->as.slice.step);
        break;
    case NODE_KEYWORD: collect_expression(collector, node->as.keyword.value); break;
    default: break;
    }
}

/* ---- pass 2: resolve ------------------------------------------------------ */

/* A set of names: a NameIndex whose value is 1 for members and 0 for
 * names removed again. */
typedef struct NameSet {
    NameIndex index;
} NameSet;

static bool nameset_has(NameSet *set, const char *name) { return scope_index_get(&set->index, name) > 0; }

static void nameset_add(NameSet *set, const char *name) { scope_index_put(&set->index, name, 1); }

static void nameset_remove(NameSet *set, const char *name) {
    if (nameset_has(set, name)) scope_index_put(&set->index, name, 0);
}

static void nameset_add_all(NameSet *set, NameSet *other) {
    for (int i = 0; i < other->index.capacity; i++) {
        NameIndexEntry *entry = &other->index.entries[i];
        if (entry->key && entry->value > 0) nameset_add(set, entry->key);
    }
}

static void nameset_free(NameSet *set) { scope_index_free(&set->index); }

typedef struct Resolver {
    const char *filename;
    const char *source;
    bool failed;
} Resolver;

static bool resolve_error(Resolver *resolver, Node *node, const char *format, const char *name) {
    if (!resolver->failed) scope_raise_syntax_error(resolver->filename, resolver->source, node, format, name);
    resolver->failed = true;
    return false;
}

/* Decide one symbol's scope (CPython's analyze_name). [bound] is NULL at
 * module level. */
static bool resolve_name(Resolver *resolver, Scope *scope, Symbol *symbol, NameSet *bound,
                         NameSet *local, NameSet *free, NameSet *global) {
    const char *name = symbol->name;
    if (symbol->flags & SYMBOL_GLOBAL) {
        if (symbol->flags & SYMBOL_NONLOCAL)
            return resolve_error(resolver, symbol->directive, "name '%s' is nonlocal and global", name);
        symbol->scope = NAME_GLOBAL_EXPLICIT;
        nameset_add(global, name);
        if (bound) nameset_remove(bound, name);
        return true;
    }
    if (symbol->flags & SYMBOL_NONLOCAL) {
        if (!bound || !nameset_has(bound, name))
            return resolve_error(resolver, symbol->directive, "no binding for nonlocal '%s' found", name);
        symbol->scope = NAME_FREE;
        nameset_add(free, name);
        return true;
    }
    if (symbol->flags & SYMBOL_BOUND) {
        symbol->scope = NAME_LOCAL;
        nameset_add(local, name);
        nameset_remove(global, name);
        return true;
    }
    if (bound && nameset_has(bound, name)) {
        symbol->scope = NAME_FREE;
        nameset_add(free, name);
        return true;
    }
    symbol->scope = NAME_GLOBAL_IMPLICIT;
    return true;
}

/* Record what the children need from outside (CPython's update_symbols). */
static void resolve_child_frees(Scope *scope, NameSet *bound, NameSet *child_free) {
    for (int i = 0; i < child_free->index.capacity; i++) {
        NameIndexEntry *entry = &child_free->index.entries[i];
        if (!entry->key || entry->value <= 0) continue;
        const char *name = entry->key;
        Symbol *symbol = scope_lookup(scope, name);
        if (symbol) {
            if (scope->kind == SCOPE_CLASS && (symbol->flags & (SYMBOL_BOUND | SYMBOL_GLOBAL)))
                symbol->flags |= SYMBOL_FREE_CLASS;
            continue;
        }
        if (bound && !nameset_has(bound, name)) continue; /* a global */
        scope_add_symbol(scope, name, 0)->scope = NAME_FREE;
    }
}

static bool resolve_scope(Resolver *resolver, Scope *scope, NameSet *bound, NameSet *global, NameSet *free);

static bool resolve_children(Resolver *resolver, Scope *scope, NameSet *new_bound, NameSet *new_global, NameSet *all_free) {
    for (int i = 0; i < scope->child_count; i++) {
        NameSet bound = {0}, global = {0}, child_free = {0};
        nameset_add_all(&bound, new_bound);
        nameset_add_all(&global, new_global);
        bool ok = resolve_scope(resolver, scope->children[i], &bound, &global, &child_free);
        nameset_add_all(all_free, &child_free);
        nameset_free(&bound);
        nameset_free(&global);
        nameset_free(&child_free);
        if (!ok) return false;
    }
    return true;
}

/* Resolve [scope] and its children; adds the names it needs from enclosing
 * scopes to [free] (CPython's analyze_block). */
static bool resolve_scope(Resolver *resolver, Scope *scope, NameSet *bound, NameSet *global, NameSet *free) {
    NameSet local = {0}, new_bound = {0}, new_global = {0}, new_free = {0};
    bool is_module = scope->kind == SCOPE_MODULE;
    if (scope->kind == SCOPE_CLASS) {
        nameset_add_all(&new_global, global);
        if (bound) nameset_add_all(&new_bound, bound);
    }
    bool ok = true;
    int original_count = scope->symbol_count;
    for (int i = 0; i < original_count && ok; i++)
        ok = resolve_name(resolver, scope, &scope->symbols[i], is_module ? NULL : bound, &local, free, global);
    if (ok) {
        if (scope->kind != SCOPE_CLASS) {
            if (scope_is_optimized(scope)) nameset_add_all(&new_bound, &local);
            if (bound && !is_module) nameset_add_all(&new_bound, bound);
            nameset_add_all(&new_global, global);
        } else {
            nameset_add(&new_bound, "__class__");
        }
        ok = resolve_children(resolver, scope, &new_bound, &new_global, &new_free);
    }
    if (ok) {
        if (scope_is_optimized(scope)) {
            for (int i = 0; i < scope->symbol_count; i++) {
                Symbol *symbol = &scope->symbols[i];
                if (symbol->scope == NAME_LOCAL && nameset_has(&new_free, symbol->name)) {
                    symbol->scope = NAME_CELL;
                    nameset_remove(&new_free, symbol->name);
                }
            }
        } else if (scope->kind == SCOPE_CLASS && nameset_has(&new_free, "__class__")) {
            scope->needs_class_cell = true;
            nameset_remove(&new_free, "__class__");
        }
        resolve_child_frees(scope, is_module ? NULL : bound, &new_free);
        nameset_add_all(free, &new_free);
    }
    nameset_free(&local);
    nameset_free(&new_bound);
    nameset_free(&new_global);
    nameset_free(&new_free);
    return ok;
}

/* ---- entry points --------------------------------------------------------- */

/* Contract: see scope.h. Raises only SyntaxError; never runs Python code. */
ScopeTable *scope_analyze(Node *tree, const char *filename, const char *source) {
    ScopeTable *table = calloc(1, sizeof(ScopeTable));
    table->module = scope_new(SCOPE_MODULE, "<module>", tree, NULL);
    Collector collector = {table, table->module, filename, source, tree->kind == NODE_INTERACTIVE, false};
    if (tree->kind == NODE_EXPRESSION) collect_expression(&collector, tree->as.expression.value);
    else collect_statements(&collector, &tree->as.module.body);
    if (collector.failed) {
        scope_free(table);
        return NULL;
    }
    Resolver resolver = {filename, source, false};
    NameSet global = {0}, free_names = {0};
    bool ok = resolve_scope(&resolver, table->module, NULL, &global, &free_names);
    nameset_free(&global);
    nameset_free(&free_names);
    if (!ok) {
        scope_free(table);
        return NULL;
    }
    return table;
}

static const char *scope_kind_name(ScopeKind kind) {
    static const char *const names[] = {"module", "function", "lambda", "class", "comprehension"};
    return names[kind];
}

static const char *scope_name_scope_name(NameScope scope) {
    static const char *const names[] = {"unknown", "local", "global explicit", "global implicit", "free", "cell"};
    return names[scope];
}

static void scope_dump_indented(Scope *scope, FILE *out, int indent) {
    fprintf(out, "%*s%s %s%s%s%s\n", indent, "", scope_kind_name(scope->kind), scope->name,
            scope->is_generator ? " generator" : "", scope->is_coroutine ? " coroutine" : "",
            scope->needs_class_cell ? " needs __class__ cell" : "");
    for (int i = 0; i < scope->symbol_count; i++) {
        Symbol *symbol = &scope->symbols[i];
        fprintf(out, "%*s  %s: %s%s\n", indent, "", symbol->name, scope_name_scope_name(symbol->scope),
                symbol->flags & SYMBOL_PARAMETER ? " (parameter)" : "");
    }
    for (int i = 0; i < scope->child_count; i++) scope_dump_indented(scope->children[i], out, indent + 4);
}

/* Contract: see scope.h. */
void scope_dump(Scope *scope, FILE *out) { scope_dump_indented(scope, out, 0); }
