/* compile_expr.c — expressions to instructions.
 *
 * compile_expression emits the code for one expression node, leaving its
 * value on the stack, and records the node's source span on every
 * instruction (restoring the enclosing span afterwards, so a statement's
 * later instructions keep the statement's location). Conditions used for
 * jumps go through compile_jump_if, which short-circuits `and`/`or`/`not`
 * and chained comparisons without materialising booleans, like CPython.
 *
 * Calls, displays and dict/tuple/list unpacking follow CPython 3.11's
 * instruction sequences (BUILD_*, LIST_EXTEND, DICT_MERGE, CALL_FUNCTION_EX);
 * constant tuples, negative literals and arithmetic on number literals are
 * folded into single constants. Lambdas and comprehensions open a child
 * CompileUnit (compile.c) and become MAKE_FUNCTION of the finished Code;
 * f-strings (already parsed by fstring.c) become FORMAT_VALUE/BUILD_STRING.
 */
#include "compile_internal.h"

/* ---- expressions --------------------------------------------------------- */

static void compile_expressions(Compiler *compiler, NodeList *list) {
    for (int i = 0; i < list->count; i++) compile_expression(compiler, list->items[i]);
}

static bool compile_has_starred(NodeList *list) {
    for (int i = 0; i < list->count; i++)
        if (list->items[i]->kind == NODE_STARRED) return true;
    return false;
}

/* Jump to [label] if bool(node) == [when]; no value is left behind. */
void compile_jump_if(Compiler *compiler, Node *node, int label, bool when) {
    if (node->kind == NODE_UNARY_OP && node->as.unary_op.op == UNARY_KIND_NOT) {
        compile_jump_if(compiler, node->as.unary_op.operand, label, !when);
        return;
    }
    if (node->kind == NODE_BOOL_OP) {
        bool is_or = node->as.bool_op.op == BOOL_OR;
        int next = label;
        if (is_or != when) next = compile_new_label(compiler);
        NodeList *values = &node->as.bool_op.values;
        for (int i = 0; i < values->count - 1; i++) compile_jump_if(compiler, values->items[i], next, is_or);
        compile_jump_if(compiler, values->items[values->count - 1], label, when);
        if (next != label) compile_bind(compiler, next);
        return;
    }
    compile_expression(compiler, node);
    compile_jump(compiler, when ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static void compile_compare_op(Compiler *compiler, CmpKind kind) {
    switch (kind) {
    case CMP_IS: compile_emit(compiler, OP_IS_OP, 0); break;
    case CMP_IS_NOT: compile_emit(compiler, OP_IS_OP, 1); break;
    case CMP_IN: compile_emit(compiler, OP_CONTAINS_OP, 0); break;
    case CMP_NOT_IN: compile_emit(compiler, OP_CONTAINS_OP, 1); break;
    default: compile_emit(compiler, OP_COMPARE_OP, (int)kind); break;
    }
}

/* a < b < c: each middle operand is kept (SWAP/COPY) for the next test. */
static void compile_compare(Compiler *compiler, Node *node) {
    NodeList *comparators = &node->as.compare.comparators;
    int n = comparators->count;
    compile_expression(compiler, node->as.compare.left);
    if (n == 1) {
        compile_expression(compiler, comparators->items[0]);
        compile_compare_op(compiler, node->as.compare.ops[0]);
        return;
    }
    int cleanup = compile_new_label(compiler), end = compile_new_label(compiler);
    for (int i = 0; i < n - 1; i++) {
        compile_expression(compiler, comparators->items[i]);
        compile_emit(compiler, OP_SWAP, 2);
        compile_emit(compiler, OP_COPY, 2);
        compile_compare_op(compiler, node->as.compare.ops[i]);
        compile_jump(compiler, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expression(compiler, comparators->items[n - 1]);
    compile_compare_op(compiler, node->as.compare.ops[n - 1]);
    compile_jump(compiler, OP_JUMP, end);
    compile_bind(compiler, cleanup);
    compile_emit(compiler, OP_SWAP, 2);
    compile_emit(compiler, OP_POP_TOP, 0);
    compile_bind(compiler, end);
}

static void compile_bool_op(Compiler *compiler, Node *node) {
    Opcode jump = node->as.bool_op.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int end = compile_new_label(compiler);
    NodeList *values = &node->as.bool_op.values;
    for (int i = 0; i < values->count - 1; i++) {
        compile_expression(compiler, values->items[i]);
        compile_jump(compiler, jump, end);
    }
    compile_expression(compiler, values->items[values->count - 1]);
    compile_bind(compiler, end);
}

/* Build a list/tuple/set display, with *x items extending it
 * (CPython's starunpack_helper). [pushed] items are already on the stack. */
static void compile_sequence(Compiler *compiler, NodeList *elements, NodeKind kind, int pushed) {
    Opcode build = kind == NODE_SET ? OP_BUILD_SET : kind == NODE_LIST ? OP_BUILD_LIST : OP_BUILD_TUPLE;
    if (!compile_has_starred(elements)) {
        compile_expressions(compiler, elements);
        compile_emit(compiler, build, pushed + elements->count);
        return;
    }
    Opcode add = kind == NODE_SET ? OP_SET_ADD : OP_LIST_APPEND;
    Opcode extend = kind == NODE_SET ? OP_SET_UPDATE : OP_LIST_EXTEND;
    int seen = 0;
    bool built = false;
    for (int i = 0; i < elements->count; i++) {
        Node *element = elements->items[i];
        if (element->kind == NODE_STARRED) {
            if (!built) {
                compile_emit(compiler, kind == NODE_SET ? OP_BUILD_SET : OP_BUILD_LIST, pushed + seen);
                built = true;
            }
            compile_expression(compiler, element->as.starred.value);
            compile_emit(compiler, extend, 1);
        } else {
            compile_expression(compiler, element);
            if (built) compile_emit(compiler, add, 1);
            else seen++;
        }
    }
    if (kind == NODE_TUPLE) compile_emit(compiler, OP_LIST_TO_TUPLE, 0);
}

/* Push key/value pairs [from, to) of a dict display and BUILD_MAP them. */
static void compile_subdict(Compiler *compiler, Node *node, int from, int to) {
    for (int i = from; i < to; i++) {
        compile_expression(compiler, node->as.dict.keys.items[i]);
        compile_expression(compiler, node->as.dict.values.items[i]);
    }
    compile_emit(compiler, OP_BUILD_MAP, to - from);
}

static void compile_dict(Compiler *compiler, Node *node) {
    int count = node->as.dict.values.count, elements = 0;
    bool have_dict = false;
    for (int i = 0; i < count; i++) {
        if (node->as.dict.keys.items[i]) {
            elements++;
            continue;
        }
        if (elements) {
            compile_subdict(compiler, node, i - elements, i);
            if (have_dict) compile_emit(compiler, OP_DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        }
        if (!have_dict) {
            compile_emit(compiler, OP_BUILD_MAP, 0);
            have_dict = true;
        }
        compile_expression(compiler, node->as.dict.values.items[i]);
        compile_emit(compiler, OP_DICT_UPDATE, 1);
    }
    if (elements) {
        compile_subdict(compiler, node, count - elements, count);
        if (have_dict) compile_emit(compiler, OP_DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict) compile_emit(compiler, OP_BUILD_MAP, 0);
}

/* Push keywords [from, to) as one dict. */
static void compile_keyword_dict(Compiler *compiler, NodeList *keywords, int from, int to) {
    for (int i = from; i < to; i++) {
        Node *keyword = keywords->items[i];
        compile_load_constant(compiler, str_value(str_intern(keyword->as.keyword.arg)));
        compile_expression(compiler, keyword->as.keyword.value);
    }
    compile_emit(compiler, OP_BUILD_MAP, to - from);
}

/* The arguments of a call whose callable (and [pushed] leading positional
 * arguments) are on the stack (CPython's compiler_call_helper). */
void compile_call_arguments(Compiler *compiler, int pushed, NodeList *args, NodeList *keywords) {
    for (int i = 0; i < keywords->count; i++) {
        const char *name = keywords->items[i]->as.keyword.arg;
        for (int j = i + 1; j < keywords->count && name; j++) {
            const char *other = keywords->items[j]->as.keyword.arg;
            if (other && strcmp(name, other) == 0) {
                compile_error(compiler, keywords->items[j], "keyword argument repeated: %s", name);
                return;
            }
        }
    }
    bool star_keywords = false;
    for (int i = 0; i < keywords->count; i++) star_keywords |= keywords->items[i]->as.keyword.arg == NULL;
    if (!compile_has_starred(args) && !star_keywords) {
        compile_expressions(compiler, args);
        if (keywords->count > 0) {
            Tuple *names = tuple_new(keywords->count);
            for (int i = 0; i < keywords->count; i++) {
                Node *keyword = keywords->items[i];
                compile_expression(compiler, keyword->as.keyword.value);
                names->items[i] = str_value(str_intern(keyword->as.keyword.arg));
            }
            compile_emit(compiler, OP_KW_NAMES, compile_constant(compiler, value_object(names)));
        }
        compile_emit(compiler, OP_CALL, pushed + args->count + keywords->count);
        return;
    }
    if (pushed == 0 && args->count == 1 && args->items[0]->kind == NODE_STARRED)
        /* f(*args): CALL_FUNCTION_EX makes the tuple itself (none at all when args
         * is one), instead of copying through a list first */
        compile_expression(compiler, args->items[0]->as.starred.value);
    else
        compile_sequence(compiler, args, NODE_TUPLE, pushed);
    bool have_dict = false;
    int seen = 0;
    for (int i = 0; i < keywords->count; i++) {
        Node *keyword = keywords->items[i];
        if (keyword->as.keyword.arg) {
            seen++;
            continue;
        }
        if (seen) {
            compile_keyword_dict(compiler, keywords, i - seen, i);
            if (have_dict) compile_emit(compiler, OP_DICT_MERGE, 1);
            have_dict = true;
            seen = 0;
        }
        if (!have_dict) {
            compile_emit(compiler, OP_BUILD_MAP, 0);
            have_dict = true;
        }
        compile_expression(compiler, keyword->as.keyword.value);
        compile_emit(compiler, OP_DICT_MERGE, 1);
    }
    if (seen) {
        compile_keyword_dict(compiler, keywords, keywords->count - seen, keywords->count);
        if (have_dict) compile_emit(compiler, OP_DICT_MERGE, 1);
        have_dict = true;
    }
    compile_emit(compiler, OP_CALL_FUNCTION_EX, have_dict ? 1 : 0);
}

static void compile_call(Compiler *compiler, Node *node) {
    Node *function = node->as.call.func;
    NodeList *args = &node->as.call.args, *keywords = &node->as.call.keywords;
    bool star_keywords = false;
    for (int i = 0; i < keywords->count; i++) star_keywords |= keywords->items[i]->as.keyword.arg == NULL;
    if (function->kind == NODE_ATTRIBUTE && function->as.attribute.ctx == CTX_LOAD && !compile_has_starred(args) &&
        !star_keywords) {
        compile_expression(compiler, function->as.attribute.value);
        compile_locate(compiler->unit, function);
        compile_emit(compiler, OP_LOAD_METHOD, compile_name_index(compiler, compile_mangle(compiler, function->as.attribute.attr)));
        compile_locate(compiler->unit, node);
        compile_call_arguments(compiler, 0, args, keywords);
        return;
    }
    compile_emit(compiler, OP_PUSH_NULL, 0);
    compile_expression(compiler, function);
    compile_call_arguments(compiler, 0, args, keywords);
}

static void compile_constant_node(Compiler *compiler, Node *node) {
    switch (node->as.constant.kind) {
    case CONST_NONE: compile_load_constant(compiler, value_none()); return;
    case CONST_TRUE: compile_load_constant(compiler, value_bool(true)); return;
    case CONST_FALSE: compile_load_constant(compiler, value_bool(false)); return;
    case CONST_ELLIPSIS: compile_load_constant(compiler, value_object(&ellipsis_object)); return;
    case CONST_STR:
        compile_load_constant(compiler, compile_string(node->as.constant.text, node->as.constant.length));
        return;
    case CONST_BYTES:
        compile_load_constant(compiler, value_object(bytes_new(node->as.constant.text, (int64_t)node->as.constant.length)));
        return;
    case CONST_INT:
    case CONST_FLOAT: {
        const char *text = node->as.constant.text;
        Value value = node->as.constant.kind == CONST_INT ? int_from_string(text, (int64_t)strlen(text), 0)
                                                          : float_from_string(text, (int64_t)strlen(text));
        if (is_null(value)) {
            error_clear();
            compile_error(compiler, node, "invalid decimal literal");
            return;
        }
        compile_load_constant(compiler, value);
        return;
    }
    case CONST_IMAGINARY:
        compile_emit(compiler, OP_RAISE_NOT_IMPLEMENTED,
                     compile_constant(compiler, str_value(str_intern("complex numbers are not supported"))));
        compile_load_constant(compiler, value_none());
        return;
    }
}

static Value compile_fold(Node *node);

static bool compile_is_number(Value value) {
    return is_small_int(value) || is_big_int(value) || is_float(value);
}

/* Arithmetic on two number constants (`60 * 60`, `2 ** 10`, `1 << 8`), as
 * CPython's optimiser does. Results that raise (1 / 0) are left to run
 * time, and so are big ints over 128 bits, which would bloat the code. */
static Value compile_fold_binary(Node *node) {
    Value left = compile_fold(node->as.bin_op.left);
    if (!compile_is_number(left)) return value_null();
    Value right = compile_fold(node->as.bin_op.right);
    if (!compile_is_number(right)) return value_null();
    int op = node->as.bin_op.op;
    if (op == BINARY_MATMUL) return value_null();
    if ((op == BINARY_POWER || op == BINARY_LSHIFT) && (!is_small_int(right) || right.as.integer > 128))
        return value_null();
    Value result = obj_binary((BinaryOp)op, left, right);
    if (is_null(result)) {
        error_clear();
        return value_null();
    }
    if (is_big_int(result) && mp_count_bits(&((BigInt *)result.as.object)->value) > 128) return value_null();
    return result;
}

/* The value of a constant expression the compiler can compute without
 * running code (CPython's AST optimiser folds these too): literals, -literal
 * and tuples of them. VAL_NULL (no exception pending) for anything else. */
static Value compile_fold(Node *node) {
    if (node->kind == NODE_CONSTANT) {
        const char *text = node->as.constant.text;
        switch (node->as.constant.kind) {
        case CONST_NONE: return value_none();
        case CONST_TRUE: return value_bool(true);
        case CONST_FALSE: return value_bool(false);
        case CONST_ELLIPSIS: return value_object(&ellipsis_object);
        case CONST_STR: return compile_string(text, node->as.constant.length);
        case CONST_BYTES: return value_object(bytes_new(text, (int64_t)node->as.constant.length));
        case CONST_INT:
        case CONST_FLOAT: {
            Value value = node->as.constant.kind == CONST_INT ? int_from_string(text, (int64_t)strlen(text), 0)
                                                              : float_from_string(text, (int64_t)strlen(text));
            if (is_null(value)) error_clear();
            return value;
        }
        default: return value_null();
        }
    }
    if (node->kind == NODE_UNARY_OP && node->as.unary_op.op == UNARY_KIND_NEGATIVE &&
        node->as.unary_op.operand->kind == NODE_CONSTANT) {
        Value value = compile_fold(node->as.unary_op.operand);
        if (is_small_int(value) || is_big_int(value)) {
            Value negated = int_unary(UNARY_NEGATIVE, value);
            if (is_null(negated)) error_clear();
            return negated;
        }
        if (is_float(value)) return value_float(-value.as.number);
        return value_null();
    }
    if (node->kind == NODE_BIN_OP) return compile_fold_binary(node);
    if (node->kind == NODE_TUPLE && node->as.sequence.ctx == CTX_LOAD) {
        NodeList *elements = &node->as.sequence.elts;
        Tuple *tuple = tuple_new(elements->count);
        if (!tuple) {
            error_clear();
            return value_null();
        }
        for (int i = 0; i < elements->count; i++) {
            Value item = compile_fold(elements->items[i]);
            if (is_null(item)) return value_null();
            tuple->items[i] = item;
        }
        return value_object(tuple);
    }
    return value_null();
}

static void compile_formatted_value(Compiler *compiler, Node *node) {
    compile_expression(compiler, node->as.formatted_value.value);
    int conversion = node->as.formatted_value.conversion;
    int arg = conversion == 's' ? 1 : conversion == 'r' ? 2 : conversion == 'a' ? 3 : 0;
    if (node->as.formatted_value.format_spec) {
        compile_expression(compiler, node->as.formatted_value.format_spec);
        arg |= 4;
    }
    compile_emit(compiler, OP_FORMAT_VALUE, arg);
}

static void compile_joined_string(Compiler *compiler, Node *node) {
    NodeList *values = &node->as.joined_str.values;
    if (values->count == 0) {
        compile_load_constant(compiler, str_value(str_intern("")));
        return;
    }
    compile_expressions(compiler, values);
    /* one piece is already the whole string */
    if (values->count != 1) compile_emit(compiler, OP_BUILD_STRING, values->count);
}

static void compile_slice(Compiler *compiler, Node *node) {
    Node *parts[3] = {node->as.slice.lower, node->as.slice.upper, node->as.slice.step};
    for (int i = 0; i < 2; i++) {
        if (parts[i]) compile_expression(compiler, parts[i]);
        else compile_load_constant(compiler, value_none());
    }
    if (parts[2]) compile_expression(compiler, parts[2]);
    compile_emit(compiler, OP_BUILD_SLICE, parts[2] ? 3 : 2);
}

static void compile_yield(Compiler *compiler, Node *node) {
    Scope *scope = compiler->unit->scope;
    bool top_level = compiler->interactive && scope->kind == SCOPE_MODULE;
    if (node->kind == NODE_AWAIT && !top_level) {
        if (!scope_is_optimized(scope)) {
            compile_error(compiler, node, "'await' outside function");
            return;
        }
        if (!scope->is_async_function && scope->kind != SCOPE_COMPREHENSION) {
            compile_error(compiler, node, "'await' outside async function");
            return;
        }
    }
    if (node->kind != NODE_AWAIT && !scope_is_optimized(scope)) {
        compile_error(compiler, node, "'yield' outside function");
        return;
    }
    if (node->kind == NODE_YIELD_FROM && scope->is_async_function) {
        compile_error(compiler, node, "'yield from' inside async function");
        return;
    }
    if (node->kind == NODE_YIELD) {
        if (node->as.await_expr.value) compile_expression(compiler, node->as.await_expr.value);
        else compile_load_constant(compiler, value_none());
        if (scope->is_async_function) compile_emit(compiler, OP_ASYNC_GEN_WRAP, 0);
        compile_emit(compiler, OP_YIELD_VALUE, 0);
        return;
    }
    compile_expression(compiler, node->as.await_expr.value);
    compile_emit(compiler, node->kind == NODE_AWAIT ? OP_GET_AWAITABLE : OP_GET_YIELD_FROM_ITER, 0);
    compile_load_constant(compiler, value_none());
    compile_send_loop(compiler);
}

/* ---- function-like definitions -------------------------------------------- */

/* Defaults tuple and keyword-only defaults dict of a def/lambda; returns
 * the MAKE_FUNCTION flags for them. */
int compile_defaults(Compiler *compiler, Node *arguments) {
    if (!arguments) return 0;
    int flags = 0;
    NodeList *defaults = &arguments->as.arguments.defaults;
    if (defaults->count > 0) {
        compile_expressions(compiler, defaults);
        compile_emit(compiler, OP_BUILD_TUPLE, defaults->count);
        flags |= 1;
    }
    NodeList *kwonly = &arguments->as.arguments.kwonlyargs, *kw_defaults = &arguments->as.arguments.kw_defaults;
    int count = 0;
    for (int i = 0; i < kw_defaults->count && i < kwonly->count; i++) {
        if (!kw_defaults->items[i]) continue;
        const char *name = compile_mangle(compiler, kwonly->items[i]->as.arg.arg);
        compile_load_constant(compiler, str_value(str_intern(name)));
        compile_expression(compiler, kw_defaults->items[i]);
        count++;
    }
    if (count > 0) {
        compile_emit(compiler, OP_BUILD_MAP, count);
        flags |= 2;
    }
    return flags;
}

void compile_set_argument_counts(CompileUnit *unit, Node *arguments) {
    unit->flags = CODE_OPTIMIZED | CODE_NEWLOCALS;
    if (!arguments) return;
    unit->posonly_count = arguments->as.arguments.posonlyargs.count;
    unit->arg_count = unit->posonly_count + arguments->as.arguments.args.count;
    unit->kwonly_count = arguments->as.arguments.kwonlyargs.count;
    if (arguments->as.arguments.vararg) unit->flags |= CODE_VARARGS;
    if (arguments->as.arguments.kwarg) unit->flags |= CODE_VARKEYWORDS;
}

int compile_generator_flags(Scope *scope) {
    if (scope->is_async_function || (scope->kind == SCOPE_COMPREHENSION && scope->is_coroutine))
        return scope->is_generator ? CODE_ASYNC_GENERATOR : CODE_COROUTINE;
    return scope->is_generator ? CODE_GENERATOR : 0;
}

static void compile_lambda(Compiler *compiler, Node *node) {
    Scope *scope = scope_child(compiler->unit->scope, node);
    if (!scope) return;
    int flags = compile_defaults(compiler, node->as.lambda.args);
    Str *qualname = compile_qualname(compiler, "<lambda>");
    compile_enter_unit(compiler, scope, node, qualname, node->line);
    CompileUnit *unit = compiler->unit;
    compile_set_argument_counts(unit, node->as.lambda.args);
    unit->flags |= compile_generator_flags(scope);
    compile_constant(compiler, value_none());
    compile_expression(compiler, node->as.lambda.body);
    /* a lambda returns its body's value, even when the body yields:
     * (lambda: (yield 1)) ends with StopIteration(value sent in) */
    compile_emit(compiler, OP_RETURN_VALUE, 0);
    Code *code = compile_leave_unit(compiler, "<lambda>");
    compile_make_function(compiler, code, flags);
}

/* ---- comprehensions --------------------------------------------------------- */

/* One `for` clause (and the clauses nested in it) of a comprehension's body;
 * [depth] counts the iterators on the stack above the result collection. */
static void compile_comprehension_clause(Compiler *compiler, Node *node, int index, int depth) {
    NodeList *generators = &node->as.comprehension_expr.generators;
    Node *generator = generators->items[index];
    bool is_async = generator->as.comprehension.is_async;
    int start = compile_new_label(compiler), next = compile_new_label(compiler), end = compile_new_label(compiler);
    if (index == 0) {
        compile_emit(compiler, OP_LOAD_FAST, 0);
    } else {
        compile_expression(compiler, generator->as.comprehension.iter);
        compile_emit(compiler, is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    compile_bind(compiler, start);
    if (is_async) {
        if (!compile_push_block(compiler, node, BLOCK_EXCEPTION_HANDLER, -1, -1, end)) return;
        compile_emit(compiler, OP_GET_ANEXT, 0);
        compile_load_constant(compiler, value_none());
        compile_send_loop(compiler);
        compile_pop_block(compiler);
    } else {
        compile_jump(compiler, OP_FOR_ITER, end);
    }
    compile_store(compiler, generator->as.comprehension.target);
    NodeList *ifs = &generator->as.comprehension.ifs;
    for (int i = 0; i < ifs->count; i++) compile_jump_if(compiler, ifs->items[i], next, false);
    if (index + 1 < generators->count) {
        compile_comprehension_clause(compiler, node, index + 1, depth + 1);
    } else {
        switch (node->kind) {
        case NODE_GENERATOR_EXP:
            compile_expression(compiler, node->as.comprehension_expr.elt);
            if (compiler->unit->scope->is_coroutine) compile_emit(compiler, OP_ASYNC_GEN_WRAP, 0);
            compile_emit(compiler, OP_YIELD_VALUE, 0);
            compile_emit(compiler, OP_POP_TOP, 0);
            break;
        case NODE_LIST_COMP:
            compile_expression(compiler, node->as.comprehension_expr.elt);
            compile_emit(compiler, OP_LIST_APPEND, depth + 1);
            break;
        case NODE_SET_COMP:
            compile_expression(compiler, node->as.comprehension_expr.elt);
            compile_emit(compiler, OP_SET_ADD, depth + 1);
            break;
        default:
            compile_expression(compiler, node->as.comprehension_expr.elt);
            compile_expression(compiler, node->as.comprehension_expr.value);
            compile_emit(compiler, OP_MAP_ADD, depth + 1);
            break;
        }
    }
    compile_bind(compiler, next);
    compile_jump(compiler, OP_JUMP, start);
    compile_bind(compiler, end);
    if (is_async) {
        compiler->unit->depth = compiler->unit->label_depths[start] + 1;
        compile_emit(compiler, OP_END_ASYNC_FOR, 0);
    }
}

static void compile_comprehension(Compiler *compiler, Node *node) {
    Scope *scope = scope_child(compiler->unit->scope, node);
    if (!scope) return;
    Node *first = node->as.comprehension_expr.generators.items[0];
    Scope *outer = compiler->unit->scope;
    if (scope->is_coroutine && node->kind != NODE_GENERATOR_EXP && !outer->is_async_function &&
        outer->kind != SCOPE_COMPREHENSION && !(compiler->interactive && outer->kind == SCOPE_MODULE)) {
        compile_error(compiler, node, "asynchronous comprehension outside of an asynchronous function");
        return;
    }
    Str *qualname = compile_qualname(compiler, scope->name);
    compile_emit(compiler, OP_PUSH_NULL, 0);
    compile_enter_unit(compiler, scope, node, qualname, node->line);
    CompileUnit *unit = compiler->unit;
    unit->flags = CODE_OPTIMIZED | CODE_NEWLOCALS | compile_generator_flags(scope);
    unit->arg_count = 1;
    compile_constant(compiler, value_none());
    if (node->kind == NODE_LIST_COMP) compile_emit(compiler, OP_BUILD_LIST, 0);
    else if (node->kind == NODE_SET_COMP) compile_emit(compiler, OP_BUILD_SET, 0);
    else if (node->kind == NODE_DICT_COMP) compile_emit(compiler, OP_BUILD_MAP, 0);
    compile_comprehension_clause(compiler, node, 0, 1);
    if (node->kind == NODE_GENERATOR_EXP) compile_return_none(compiler);
    else compile_emit(compiler, OP_RETURN_VALUE, 0);
    Code *code = compile_leave_unit(compiler, scope->name);
    compile_make_function(compiler, code, 0);
    compile_expression(compiler, first->as.comprehension.iter);
    compile_emit(compiler, first->as.comprehension.is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    compile_emit(compiler, OP_CALL, 1);
    if (scope->is_coroutine && node->kind != NODE_GENERATOR_EXP) {
        compile_emit(compiler, OP_GET_AWAITABLE, 0);
        compile_load_constant(compiler, value_none());
        compile_send_loop(compiler);
    }
}

/* ---- expression dispatch ------------------------------------------------------ */

static void compile_expression_kind(Compiler *compiler, Node *node) {
    if (node->kind == NODE_TUPLE || node->kind == NODE_UNARY_OP || node->kind == NODE_BIN_OP) {
        Value folded = compile_fold(node);
        if (!is_null(folded)) {
            compile_load_constant(compiler, folded);
            return;
        }
    }
    switch (node->kind) {
    case NODE_BOOL_OP: compile_bool_op(compiler, node); return;
    case NODE_NAMED_EXPR:
        compile_expression(compiler, node->as.named_expr.value);
        compile_emit(compiler, OP_COPY, 1);
        compile_store(compiler, node->as.named_expr.target);
        return;
    case NODE_BIN_OP:
        compile_expression(compiler, node->as.bin_op.left);
        compile_expression(compiler, node->as.bin_op.right);
        compile_emit(compiler, OP_BINARY_OP, node->as.bin_op.op);
        return;
    case NODE_UNARY_OP: {
        static const Opcode unary[] = {OP_UNARY_NOT, OP_UNARY_NEGATIVE, OP_UNARY_POSITIVE, OP_UNARY_INVERT};
        compile_expression(compiler, node->as.unary_op.operand);
        compile_emit(compiler, unary[node->as.unary_op.op], 0);
        return;
    }
    case NODE_LAMBDA: compile_lambda(compiler, node); return;
    case NODE_IF_EXP: {
        int orelse = compile_new_label(compiler), end = compile_new_label(compiler);
        compile_jump_if(compiler, node->as.if_exp.test, orelse, false);
        compile_expression(compiler, node->as.if_exp.body);
        compile_jump(compiler, OP_JUMP, end);
        compile_bind(compiler, orelse);
        compile_expression(compiler, node->as.if_exp.orelse);
        compile_bind(compiler, end);
        return;
    }
    case NODE_DICT: compile_dict(compiler, node); return;
    case NODE_SET: compile_sequence(compiler, &node->as.set.elts, NODE_SET, 0); return;
    case NODE_LIST_COMP:
    case NODE_SET_COMP:
    case NODE_DICT_COMP:
    case NODE_GENERATOR_EXP: compile_comprehension(compiler, node); return;
    case NODE_AWAIT:
    case NODE_YIELD:
    case NODE_YIELD_FROM: compile_yield(compiler, node); return;
    case NODE_COMPARE: compile_compare(compiler, node); return;
    case NODE_CALL: compile_call(compiler, node); return;
    case NODE_FORMATTED_VALUE: compile_formatted_value(compiler, node); return;
    case NODE_JOINED_STR: compile_joined_string(compiler, node); return;
    case NODE_CONSTANT: compile_constant_node(compiler, node); return;
    case NODE_ATTRIBUTE:
        if (node->as.attribute.ctx != CTX_LOAD) break;
        compile_expression(compiler, node->as.attribute.value);
        compile_emit(compiler, OP_LOAD_ATTR, compile_name_index(compiler, compile_mangle(compiler, node->as.attribute.attr)));
        return;
    case NODE_SUBSCRIPT:
        if (node->as.subscript.ctx != CTX_LOAD) break;
        compile_expression(compiler, node->as.subscript.value);
        compile_expression(compiler, node->as.subscript.slice);
        compile_emit(compiler, OP_BINARY_SUBSCR, 0);
        return;
    case NODE_STARRED:
        compile_error(compiler, node, "can't use starred expression here");
        return;
    case NODE_NAME: compile_name_op(compiler, node->as.name.id, node->as.name.ctx); return;
    case NODE_LIST:
    case NODE_TUPLE:
        if (node->as.sequence.ctx != CTX_LOAD) break;
        compile_sequence(compiler, &node->as.sequence.elts, node->kind, 0);
        return;
    case NODE_SLICE: compile_slice(compiler, node); return;
    default: break;
    }
    compile_error(compiler, node, "invalid syntax");
}

void compile_expression(Compiler *compiler, Node *node) {
    if (!node || compiler->failed) return;
    CompileUnit *unit = compiler->unit;
    int line = unit->line;
    CodePosition position = unit->position;
    compile_locate(unit, node);
    compile_expression_kind(compiler, node);
    unit->line = line;
    unit->position = position;
}
