/* compile_stmt.c — statements to instructions.
 *
 * compile_statement emits the code for one statement node; statements leave
 * the stack as they found it. Loops, `try`, `with` and exception handlers
 * push frame blocks (compile.c) so that `break`, `continue` and `return`
 * can emit the undo code of every block they leave, and install exception
 * handlers whose ranges become the code's exception table.
 *
 * `def` and `class` open a child CompileUnit for their body and bind the
 * resulting function (after decorators) to their name; assignment targets
 * (compile_store, with starred unpacking), `del`, augmented assignment and
 * imports are here too.
 */
#include "compile_internal.h"

/* ---- definitions ------------------------------------------------------------ */

/* The docstring Constant of a def/class/module [body], or NULL. */
Node *compile_docstring(NodeList *body) {
    if (body->count == 0) return NULL;
    Node *first = body->items[0];
    if (first->kind != NODE_EXPR) return NULL;
    Node *value = first->as.expr_stmt.value;
    if (value->kind != NODE_CONSTANT || value->as.constant.kind != CONST_STR) return NULL;
    return value;
}

/* Emit the implicit `return None` that ends a body. */
void compile_return_none(Compiler *compiler) {
    compile_load_constant(compiler, value_none());
    compile_emit(compiler, OP_RETURN_VALUE, 0);
}

static int compile_first_line(Node *node, NodeList *decorators) {
    return decorators && decorators->count > 0 ? decorators->items[0]->line : node->line;
}

static void compile_decorators(Compiler *compiler, NodeList *decorators) {
    for (int i = 0; i < decorators->count; i++) {
        compile_emit(compiler, OP_PUSH_NULL, 0);
        compile_expression(compiler, decorators->items[i]);
    }
}

/* Call the decorators, innermost (last written) first; each call is
 * located at its decorator, as in CPython's tracebacks. */
static void compile_apply_decorators(Compiler *compiler, NodeList *decorators) {
    for (int i = decorators->count - 1; i >= 0; i--) {
        compile_locate(compiler->unit, decorators->items[i]);
        compile_emit(compiler, OP_CALL, 1);
    }
}

static void compile_function_def(Compiler *compiler, Node *node) {
    NodeList *decorators = &node->as.function_def.decorators;
    Scope *scope = scope_child(compiler->unit->scope, node);
    if (!scope) return;
    compile_decorators(compiler, decorators);
    int flags = compile_defaults(compiler, node->as.function_def.args);
    Str *qualname = compile_qualname(compiler, node->as.function_def.name);
    int first_line = compile_first_line(node, decorators);
    compile_enter_unit(compiler, scope, node, qualname, first_line);
    CompileUnit *unit = compiler->unit;
    compile_set_argument_counts(unit, node->as.function_def.args);
    unit->flags |= compile_generator_flags(scope);
    NodeList *body = &node->as.function_def.body;
    Node *doc = compile_docstring(body);
    compile_constant(compiler, doc ? compile_string(doc->as.constant.text, doc->as.constant.length) : value_none());
    for (int i = doc ? 1 : 0; i < body->count && !compiler->failed; i++) compile_statement(compiler, body->items[i]);
    compile_return_none(compiler);
    Code *code = compile_leave_unit(compiler, node->as.function_def.name);
    compile_locate(compiler->unit, node);
    compile_make_function(compiler, code, flags);
    compile_apply_decorators(compiler, decorators);
    compile_locate(compiler->unit, node);
    compile_name_op(compiler, node->as.function_def.name, CTX_STORE);
}

static void compile_class_def(Compiler *compiler, Node *node) {
    NodeList *decorators = &node->as.class_def.decorators;
    Scope *scope = scope_child(compiler->unit->scope, node);
    if (!scope) return;
    compile_decorators(compiler, decorators);
    const char *class_name = node->as.class_def.name;
    Str *qualname = compile_qualname(compiler, class_name);
    compile_enter_unit(compiler, scope, node, qualname, compile_first_line(node, decorators));
    compile_name_op(compiler, "__name__", CTX_LOAD);
    compile_name_op(compiler, "__module__", CTX_STORE);
    compile_load_constant(compiler, value_object(qualname));
    compile_name_op(compiler, "__qualname__", CTX_STORE);
    NodeList *body = &node->as.class_def.body;
    Node *doc = compile_docstring(body);
    if (doc) {
        compile_locate(compiler->unit, doc);
        compile_load_constant(compiler, compile_string(doc->as.constant.text, doc->as.constant.length));
        compile_name_op(compiler, "__doc__", CTX_STORE);
    }
    for (int i = doc ? 1 : 0; i < body->count && !compiler->failed; i++) compile_statement(compiler, body->items[i]);
    if (scope->needs_class_cell) {
        int slot = compile_find_slot(compiler->unit, "__class__", SLOT_CELL);
        compile_emit(compiler, OP_LOAD_CLOSURE, slot);
        compile_emit(compiler, OP_COPY, 1);
        compile_name_op(compiler, "__classcell__", CTX_STORE);
        compile_emit(compiler, OP_RETURN_VALUE, 0);
    } else {
        compile_return_none(compiler);
    }
    Code *code = compile_leave_unit(compiler, class_name);
    compile_locate(compiler->unit, node);
    compile_emit(compiler, OP_PUSH_NULL, 0);
    compile_emit(compiler, OP_LOAD_BUILD_CLASS, 0);
    compile_make_function(compiler, code, 0);
    compile_load_constant(compiler, str_value(str_intern(class_name)));
    compile_call_arguments(compiler, 2, &node->as.class_def.bases, &node->as.class_def.keywords);
    compile_apply_decorators(compiler, decorators);
    compile_locate(compiler->unit, node);
    compile_name_op(compiler, class_name, CTX_STORE);
}

/* ---- assignment targets ------------------------------------------------------ */

static void compile_unpack(Compiler *compiler, Node *target) {
    NodeList *elements = &target->as.sequence.elts;
    int starred = -1;
    for (int i = 0; i < elements->count; i++) {
        if (elements->items[i]->kind != NODE_STARRED) continue;
        if (starred >= 0) {
            compile_error(compiler, target, "multiple starred expressions in assignment");
            return;
        }
        starred = i;
    }
    if (starred < 0) {
        compile_emit(compiler, OP_UNPACK_SEQUENCE, elements->count);
    } else {
        int after = elements->count - starred - 1;
        if (starred >= 256 || after >= (1 << 16)) {
            compile_error(compiler, target, "too many expressions in star-unpacking assignment");
            return;
        }
        compile_emit(compiler, OP_UNPACK_EX, starred | (after << 8));
    }
    for (int i = 0; i < elements->count; i++) {
        Node *element = elements->items[i];
        compile_store(compiler, element->kind == NODE_STARRED ? element->as.starred.value : element);
    }
}

/* Store the value on top of the stack into [target]. */
void compile_store(Compiler *compiler, Node *target) {
    if (compiler->failed) return;
    CompileUnit *unit = compiler->unit;
    int line = unit->line;
    CodePosition position = unit->position;
    compile_locate(unit, target);
    switch (target->kind) {
    case NODE_NAME: compile_name_op(compiler, target->as.name.id, CTX_STORE); break;
    case NODE_ATTRIBUTE:
        compile_expression(compiler, target->as.attribute.value);
        compile_emit(compiler, OP_STORE_ATTR, compile_name_index(compiler, compile_mangle(compiler, target->as.attribute.attr)));
        break;
    case NODE_SUBSCRIPT:
        compile_expression(compiler, target->as.subscript.value);
        compile_expression(compiler, target->as.subscript.slice);
        compile_emit(compiler, OP_STORE_SUBSCR, 0);
        break;
    case NODE_LIST:
    case NODE_TUPLE: compile_unpack(compiler, target); break;
    case NODE_STARRED: compile_error(compiler, target, "starred assignment target must be in a list or tuple"); break;
    default: compile_error(compiler, target, "cannot assign to expression"); break;
    }
    unit->line = line;
    unit->position = position;
}

static void compile_delete(Compiler *compiler, Node *target) {
    switch (target->kind) {
    case NODE_NAME: compile_name_op(compiler, target->as.name.id, CTX_DEL); return;
    case NODE_ATTRIBUTE:
        compile_expression(compiler, target->as.attribute.value);
        compile_emit(compiler, OP_DELETE_ATTR, compile_name_index(compiler, compile_mangle(compiler, target->as.attribute.attr)));
        return;
    case NODE_SUBSCRIPT:
        compile_expression(compiler, target->as.subscript.value);
        compile_expression(compiler, target->as.subscript.slice);
        compile_emit(compiler, OP_DELETE_SUBSCR, 0);
        return;
    case NODE_LIST:
    case NODE_TUPLE:
        for (int i = 0; i < target->as.sequence.elts.count; i++) compile_delete(compiler, target->as.sequence.elts.items[i]);
        return;
    default: compile_error(compiler, target, "cannot delete expression"); return;
    }
}

static void compile_aug_assign(Compiler *compiler, Node *node) {
    Node *target = node->as.aug_assign.target;
    int op = node->as.aug_assign.op + BINARY_INPLACE_OFFSET;
    switch (target->kind) {
    case NODE_NAME:
        compile_name_op(compiler, target->as.name.id, CTX_LOAD);
        compile_expression(compiler, node->as.aug_assign.value);
        compile_emit(compiler, OP_BINARY_OP, op);
        compile_name_op(compiler, target->as.name.id, CTX_STORE);
        return;
    case NODE_ATTRIBUTE: {
        int name = compile_name_index(compiler, compile_mangle(compiler, target->as.attribute.attr));
        compile_expression(compiler, target->as.attribute.value);
        compile_emit(compiler, OP_COPY, 1);
        compile_emit(compiler, OP_LOAD_ATTR, name);
        compile_expression(compiler, node->as.aug_assign.value);
        compile_emit(compiler, OP_BINARY_OP, op);
        compile_emit(compiler, OP_SWAP, 2);
        compile_emit(compiler, OP_STORE_ATTR, name);
        return;
    }
    case NODE_SUBSCRIPT:
        compile_expression(compiler, target->as.subscript.value);
        compile_expression(compiler, target->as.subscript.slice);
        compile_emit(compiler, OP_COPY, 2);
        compile_emit(compiler, OP_COPY, 2);
        compile_emit(compiler, OP_BINARY_SUBSCR, 0);
        compile_expression(compiler, node->as.aug_assign.value);
        compile_emit(compiler, OP_BINARY_OP, op);
        compile_emit(compiler, OP_SWAP, 3);
        compile_emit(compiler, OP_SWAP, 2);
        compile_emit(compiler, OP_STORE_SUBSCR, 0);
        return;
    default: compile_error(compiler, target, "'expression' is an illegal expression for augmented assignment"); return;
    }
}

/* ---- statements -------------------------------------------------------------- */

void compile_statements(Compiler *compiler, NodeList *list) {
    for (int i = 0; i < list->count && !compiler->failed; i++) compile_statement(compiler, list->items[i]);
}

static bool compile_is_constant_true(Node *node) {
    return node->kind == NODE_CONSTANT && node->as.constant.kind == CONST_TRUE;
}

static void compile_if(Compiler *compiler, Node *node) {
    int end = compile_new_label(compiler);
    int orelse = node->as.if_stmt.orelse.count > 0 ? compile_new_label(compiler) : end;
    compile_jump_if(compiler, node->as.if_stmt.test, orelse, false);
    compile_statements(compiler, &node->as.if_stmt.body);
    if (orelse != end) {
        compile_jump(compiler, OP_JUMP, end);
        compile_bind(compiler, orelse);
        compile_statements(compiler, &node->as.if_stmt.orelse);
    }
    compile_bind(compiler, end);
}

/* The test is compiled twice, as CPython does: once on entry and once at
 * the bottom, where it jumps back to the body, so each iteration runs one
 * conditional jump instead of a test plus an unconditional jump. */
static void compile_while(Compiler *compiler, Node *node) {
    int start = compile_new_label(compiler), body = compile_new_label(compiler);
    int orelse = compile_new_label(compiler), exit = compile_new_label(compiler);
    Node *test = node->as.while_stmt.test;
    bool forever = compile_is_constant_true(test);
    compile_bind(compiler, start);
    if (!compile_push_block(compiler, node, BLOCK_WHILE, start, exit, -1)) return;
    if (!forever) compile_jump_if(compiler, test, orelse, false);
    compile_bind(compiler, body);
    compile_statements(compiler, &node->as.while_stmt.body);
    compile_locate(compiler->unit, node);
    if (forever) compile_jump(compiler, OP_JUMP, start);
    else compile_jump_if(compiler, test, body, true);
    compile_pop_block(compiler);
    compile_bind(compiler, orelse);
    compile_statements(compiler, &node->as.while_stmt.orelse);
    compile_bind(compiler, exit);
}

static void compile_for(Compiler *compiler, Node *node) {
    int start = compile_new_label(compiler), cleanup = compile_new_label(compiler), exit = compile_new_label(compiler);
    compile_expression(compiler, node->as.for_stmt.iter);
    compile_emit(compiler, OP_GET_ITER, 0);
    compile_bind(compiler, start);
    compile_jump(compiler, OP_FOR_ITER, cleanup);
    if (!compile_push_block(compiler, node, BLOCK_FOR, start, exit, -1)) return;
    compile_store(compiler, node->as.for_stmt.target);
    compile_statements(compiler, &node->as.for_stmt.body);
    compile_locate(compiler->unit, node);
    compile_jump(compiler, OP_JUMP, start);
    compile_pop_block(compiler);
    compile_bind(compiler, cleanup);
    compile_statements(compiler, &node->as.for_stmt.orelse);
    compile_bind(compiler, exit);
}

/* A compound statement's error covers it through the end of its body. */
static void compile_statement_error(Compiler *compiler, Node *node, NodeList *body, const char *message) {
    Node whole = *node;
    Node *last = body->count > 0 ? body->items[body->count - 1] : NULL;
    if (last && last->end_line) {
        whole.end_line = last->end_line;
        whole.end_column = last->end_column;
    }
    compile_error(compiler, &whole, "%s", message);
}

static bool compile_in_async_function(Compiler *compiler) {
    Scope *scope = compiler->unit->scope;
    return scope->is_async_function || (compiler->interactive && scope->kind == SCOPE_MODULE);
}

static void compile_async_for(Compiler *compiler, Node *node) {
    if (!compile_in_async_function(compiler)) {
        compile_statement_error(compiler, node, &node->as.for_stmt.body, "'async for' outside async function");
        return;
    }
    int start = compile_new_label(compiler), except = compile_new_label(compiler), exit = compile_new_label(compiler);
    compile_expression(compiler, node->as.for_stmt.iter);
    compile_emit(compiler, OP_GET_AITER, 0);
    compile_bind(compiler, start);
    if (!compile_push_block(compiler, node, BLOCK_FOR, start, exit, -1)) return;
    if (!compile_push_block(compiler, node, BLOCK_EXCEPTION_HANDLER, -1, -1, except)) return;
    compile_emit(compiler, OP_GET_ANEXT, 0);
    compile_load_constant(compiler, value_none());
    compile_send_loop(compiler);
    compile_pop_block(compiler);
    compile_store(compiler, node->as.for_stmt.target);
    compile_statements(compiler, &node->as.for_stmt.body);
    compile_locate(compiler->unit, node);
    compile_jump(compiler, OP_JUMP, start);
    compile_pop_block(compiler);
    compile_bind(compiler, except);
    compiler->unit->depth = compiler->unit->label_depths[start] + 1;
    compile_emit(compiler, OP_END_ASYNC_FOR, 0);
    compile_statements(compiler, &node->as.for_stmt.orelse);
    compile_bind(compiler, exit);
}

/* The shared tail of a with-statement's exception handler: [exit, prev,
 * exc, result] -> suppress or re-raise (see opcodes.h). */
static void compile_with_except_finish(Compiler *compiler, int cleanup, int end) {
    int suppress = compile_new_label(compiler);
    compile_jump(compiler, OP_POP_JUMP_IF_TRUE, suppress);
    compile_emit(compiler, OP_RERAISE, 0);
    compile_pop_block(compiler);
    compile_bind(compiler, suppress);
    compile_emit(compiler, OP_POP_TOP, 0);
    compile_emit(compiler, OP_POP_EXCEPT, 0);
    compile_emit(compiler, OP_POP_TOP, 0);
    compile_jump(compiler, OP_JUMP, end);
    compile_bind(compiler, cleanup);
    compile_emit(compiler, OP_SWAP, 2);
    compile_emit(compiler, OP_POP_EXCEPT, 0);
    compile_emit(compiler, OP_RERAISE, 0);
}

static void compile_with_items(Compiler *compiler, Node *node, int index) {
    bool is_async = node->as.with_stmt.is_async;
    Node *item = node->as.with_stmt.items.items[index];
    int handler = compile_new_label(compiler), cleanup = compile_new_label(compiler), end = compile_new_label(compiler);
    compile_locate(compiler->unit, item->as.with_item.context_expr);
    compile_expression(compiler, item->as.with_item.context_expr);
    compile_emit(compiler, is_async ? OP_BEFORE_ASYNC_WITH : OP_BEFORE_WITH, 0);
    if (is_async) {
        compile_emit(compiler, OP_GET_AWAITABLE, 1);
        compile_load_constant(compiler, value_none());
        compile_send_loop(compiler);
    }
    int base = compiler->unit->depth - 2; /* below [exit, enter result] */
    BlockKind kind = is_async ? BLOCK_ASYNC_WITH : BLOCK_WITH;
    if (!compile_push_handler(compiler, node, kind, handler, base + 1)) return; /* exit stays */
    if (item->as.with_item.optional_vars) compile_store(compiler, item->as.with_item.optional_vars);
    else compile_emit(compiler, OP_POP_TOP, 0);
    if (index + 1 < node->as.with_stmt.items.count) compile_with_items(compiler, node, index + 1);
    else compile_statements(compiler, &node->as.with_stmt.body);
    compile_pop_block(compiler);
    compile_locate(compiler->unit, node);
    compile_call_exit_with_nones(compiler);
    if (is_async) {
        compile_emit(compiler, OP_GET_AWAITABLE, 2);
        compile_load_constant(compiler, value_none());
        compile_send_loop(compiler);
    }
    compile_emit(compiler, OP_POP_TOP, 0);
    compile_jump(compiler, OP_JUMP, end);
    /* the handler starts with [exit, exc]; C cuts back to [exit, prev] */
    compile_bind(compiler, handler);
    compiler->unit->depth = base + 2;
    if (!compile_push_handler(compiler, node, BLOCK_EXCEPTION_HANDLER, cleanup, base + 2)) return;
    compile_emit(compiler, OP_PUSH_EXC_INFO, 0);
    compile_emit(compiler, OP_WITH_EXCEPT_START, 0);
    if (is_async) {
        compile_emit(compiler, OP_GET_AWAITABLE, 2);
        compile_load_constant(compiler, value_none());
        compile_send_loop(compiler);
    }
    compile_with_except_finish(compiler, cleanup, end);
    compile_bind(compiler, end);
    compiler->unit->depth = base;
}

static void compile_with(Compiler *compiler, Node *node) {
    if (node->as.with_stmt.is_async && !compile_in_async_function(compiler)) {
        compile_statement_error(compiler, node, &node->as.with_stmt.body, "'async with' outside async function");
        return;
    }
    compile_with_items(compiler, node, 0);
}

/* The handler code of try/except (see opcodes.h); [depth] is the depth of
 * the try statement. */
static void compile_except_handlers(Compiler *compiler, Node *node, int handler, int end, int depth) {
    NodeList *handlers = &node->as.try_stmt.handlers;
    int cleanup = compile_new_label(compiler);
    compile_bind(compiler, handler);
    compiler->unit->depth = depth + 1;
    compile_locate(compiler->unit, handlers->items[0]);
    if (!compile_push_handler(compiler, node, BLOCK_EXCEPTION_HANDLER, cleanup, depth + 1)) return;
    compile_emit(compiler, OP_PUSH_EXC_INFO, 0);
    for (int i = 0; i < handlers->count && !compiler->failed; i++) {
        Node *clause = handlers->items[i];
        compile_locate(compiler->unit, clause);
        if (!clause->as.except_handler.type && i < handlers->count - 1) {
            compile_statement_error(compiler, clause, &clause->as.except_handler.body, "default 'except:' must be last");
            return;
        }
        int next = compile_new_label(compiler);
        if (clause->as.except_handler.type) {
            compile_expression(compiler, clause->as.except_handler.type);
            compile_emit(compiler, OP_CHECK_EXC_MATCH, 0);
            compile_jump(compiler, OP_POP_JUMP_IF_FALSE, next);
        }
        const char *name = clause->as.except_handler.name;
        if (name) {
            int name_cleanup = compile_new_label(compiler);
            compile_name_op(compiler, name, CTX_STORE);
            if (!compile_push_block(compiler, clause, BLOCK_HANDLER_CLEANUP, -1, -1, name_cleanup)) return;
            compiler->unit->blocks[compiler->unit->block_count - 1].name = name;
            compile_statements(compiler, &clause->as.except_handler.body);
            compile_pop_block(compiler);
            Block handler_block = compiler->unit->blocks[--compiler->unit->block_count];
            compile_emit(compiler, OP_POP_EXCEPT, 0);
            compile_load_constant(compiler, value_none());
            compile_name_op(compiler, name, CTX_STORE);
            compile_name_op(compiler, name, CTX_DEL);
            compile_jump(compiler, OP_JUMP, end);
            compiler->unit->blocks[compiler->unit->block_count++] = handler_block;
            compile_bind(compiler, name_cleanup);
            compiler->unit->depth = depth + 2;
            compile_load_constant(compiler, value_none());
            compile_name_op(compiler, name, CTX_STORE);
            compile_name_op(compiler, name, CTX_DEL);
            compile_emit(compiler, OP_RERAISE, 0);
        } else {
            compile_emit(compiler, OP_POP_TOP, 0);
            if (!compile_push_block(compiler, clause, BLOCK_HANDLER_CLEANUP, -1, -1, -1)) return;
            compile_statements(compiler, &clause->as.except_handler.body);
            compile_pop_block(compiler);
            /* the handled exception is restored: C no longer applies */
            Block handler_block = compiler->unit->blocks[--compiler->unit->block_count];
            compile_emit(compiler, OP_POP_EXCEPT, 0);
            compile_jump(compiler, OP_JUMP, end);
            compiler->unit->blocks[compiler->unit->block_count++] = handler_block;
        }
        compile_bind(compiler, next);
        compiler->unit->depth = depth + 2;
    }
    compile_emit(compiler, OP_RERAISE, 0);
    compile_pop_block(compiler);
    compile_bind(compiler, cleanup);
    compiler->unit->depth = depth + 2;
    compile_emit(compiler, OP_SWAP, 2);
    compile_emit(compiler, OP_POP_EXCEPT, 0);
    compile_emit(compiler, OP_RERAISE, 0);
}

static void compile_try_except(Compiler *compiler, Node *node) {
    int handler = compile_new_label(compiler), end = compile_new_label(compiler);
    int depth = compiler->unit->depth;
    if (!compile_push_block(compiler, node, BLOCK_TRY_EXCEPT, -1, -1, handler)) return;
    compile_statements(compiler, &node->as.try_stmt.body);
    compile_pop_block(compiler);
    compile_statements(compiler, &node->as.try_stmt.orelse);
    compile_jump(compiler, OP_JUMP, end);
    compile_except_handlers(compiler, node, handler, end, depth);
    compile_bind(compiler, end);
    compiler->unit->depth = depth;
}

static void compile_try(Compiler *compiler, Node *node) {
    NodeList *final_body = &node->as.try_stmt.finalbody;
    if (final_body->count == 0) {
        compile_try_except(compiler, node);
        return;
    }
    int handler = compile_new_label(compiler), cleanup = compile_new_label(compiler), end = compile_new_label(compiler);
    int depth = compiler->unit->depth;
    if (!compile_push_block(compiler, node, BLOCK_FINALLY_TRY, -1, -1, handler)) return;
    compiler->unit->blocks[compiler->unit->block_count - 1].final_body = final_body;
    if (node->as.try_stmt.handlers.count > 0) compile_try_except(compiler, node);
    else compile_statements(compiler, &node->as.try_stmt.body);
    compile_pop_block(compiler);
    compile_statements(compiler, final_body);
    compile_jump(compiler, OP_JUMP, end);
    compile_bind(compiler, handler);
    compiler->unit->depth = depth + 1;
    if (final_body->count > 0) compile_locate(compiler->unit, final_body->items[0]);
    if (!compile_push_block(compiler, node, BLOCK_FINALLY_END, -1, -1, cleanup)) return;
    compile_emit(compiler, OP_PUSH_EXC_INFO, 0);
    compile_statements(compiler, final_body);
    compile_emit(compiler, OP_RERAISE, 0);
    compile_pop_block(compiler);
    compile_bind(compiler, cleanup);
    compiler->unit->depth = depth + 2;
    compile_emit(compiler, OP_SWAP, 2);
    compile_emit(compiler, OP_POP_EXCEPT, 0);
    compile_emit(compiler, OP_RERAISE, 0);
    compile_bind(compiler, end);
    compiler->unit->depth = depth;
}

static void compile_return(Compiler *compiler, Node *node) {
    Scope *scope = compiler->unit->scope;
    Node *value = node->as.return_stmt.value;
    if (!scope_is_optimized(scope)) {
        compile_error(compiler, node, "'return' outside function");
        return;
    }
    if (value && scope->is_async_function && scope->is_generator) {
        compile_error(compiler, node, "'return' with value in async generator");
        return;
    }
    bool preserve = value && value->kind != NODE_CONSTANT;
    if (preserve) compile_expression(compiler, value);
    SavedBlocks saved;
    compile_save_blocks(compiler->unit, &saved);
    compile_unwind_blocks(compiler, preserve, false);
    compile_locate(compiler->unit, node);
    if (!value) compile_load_constant(compiler, value_none());
    else if (!preserve) compile_expression(compiler, value);
    compile_emit(compiler, OP_RETURN_VALUE, 0);
    compile_restore_blocks(compiler->unit, &saved);
}

static void compile_break_continue(Compiler *compiler, Node *node) {
    bool is_break = node->kind == NODE_BREAK;
    SavedBlocks saved;
    compile_save_blocks(compiler->unit, &saved);
    Block *loop = compile_unwind_blocks(compiler, false, true);
    if (!loop) {
        compile_restore_blocks(compiler->unit, &saved);
        compile_error(compiler, node, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    Block target = *loop;
    if (is_break) {
        compile_unwind_block(compiler, &target, false);
        compile_jump(compiler, OP_JUMP, target.exit_label);
    } else {
        compile_jump(compiler, OP_JUMP, target.start_label);
    }
    compile_restore_blocks(compiler->unit, &saved);
}

static void compile_raise(Compiler *compiler, Node *node) {
    int count = 0;
    if (node->as.raise_stmt.exc) {
        compile_expression(compiler, node->as.raise_stmt.exc);
        count++;
        if (node->as.raise_stmt.cause) {
            compile_expression(compiler, node->as.raise_stmt.cause);
            count++;
        }
    }
    compile_emit(compiler, OP_RAISE_VARARGS, count);
}

static void compile_assert(Compiler *compiler, Node *node) {
    int end = compile_new_label(compiler);
    compile_jump_if(compiler, node->as.assert_stmt.test, end, true);
    compile_emit(compiler, OP_LOAD_ASSERTION_ERROR, 0);
    if (node->as.assert_stmt.msg) {
        compile_expression(compiler, node->as.assert_stmt.msg);
        compile_emit(compiler, OP_CALL, 0);
    }
    compile_emit(compiler, OP_RAISE_VARARGS, 1);
    compile_bind(compiler, end);
}

static void compile_import(Compiler *compiler, Node *node) {
    NodeList *names = &node->as.import_stmt.names;
    for (int i = 0; i < names->count; i++) {
        Node *alias = names->items[i];
        const char *dotted = alias->as.alias.name;
        compile_load_constant(compiler, value_int(0));
        compile_load_constant(compiler, value_none());
        compile_emit(compiler, OP_IMPORT_NAME, compile_name_index(compiler, dotted));
        const char *dot = strchr(dotted, '.');
        if (!alias->as.alias.asname) {
            char first[256];
            size_t length = dot ? (size_t)(dot - dotted) : strlen(dotted);
            if (length >= sizeof first) length = sizeof first - 1;
            memcpy(first, dotted, length);
            first[length] = 0;
            compile_name_op(compiler, first, CTX_STORE);
            continue;
        }
        if (dot) {
            while (dot) {
                const char *start = dot + 1;
                dot = strchr(start, '.');
                char component[256];
                size_t length = dot ? (size_t)(dot - start) : strlen(start);
                if (length >= sizeof component) length = sizeof component - 1;
                memcpy(component, start, length);
                component[length] = 0;
                compile_emit(compiler, OP_IMPORT_FROM, compile_name_index(compiler, component));
                if (dot) {
                    compile_emit(compiler, OP_SWAP, 2);
                    compile_emit(compiler, OP_POP_TOP, 0);
                }
            }
            compile_name_op(compiler, alias->as.alias.asname, CTX_STORE);
            compile_emit(compiler, OP_POP_TOP, 0);
        } else {
            compile_name_op(compiler, alias->as.alias.asname, CTX_STORE);
        }
    }
}

static void compile_import_from(Compiler *compiler, Node *node) {
    NodeList *names = &node->as.import_from.names;
    Tuple *fromlist = tuple_new(names->count);
    for (int i = 0; i < names->count; i++) fromlist->items[i] = str_value(str_intern(names->items[i]->as.alias.name));
    compile_load_constant(compiler, value_int(node->as.import_from.level));
    compile_load_constant(compiler, value_object(fromlist));
    const char *module = node->as.import_from.module ? node->as.import_from.module : "";
    compile_emit(compiler, OP_IMPORT_NAME, compile_name_index(compiler, module));
    for (int i = 0; i < names->count; i++) {
        Node *alias = names->items[i];
        if (strcmp(alias->as.alias.name, "*") == 0) {
            if (scope_is_optimized(compiler->unit->scope)) {
                compile_error(compiler, alias, "import * only allowed at module level");
                return;
            }
            compile_emit(compiler, OP_IMPORT_STAR, 0);
            return;
        }
        compile_emit(compiler, OP_IMPORT_FROM, compile_name_index(compiler, alias->as.alias.name));
        compile_name_op(compiler, alias->as.alias.asname ? alias->as.alias.asname : alias->as.alias.name, CTX_STORE);
    }
    compile_emit(compiler, OP_POP_TOP, 0);
}

static void compile_expression_statement(Compiler *compiler, Node *node) {
    Node *value = node->as.expr_stmt.value;
    CompileUnit *unit = compiler->unit;
    if (compiler->interactive && unit->scope->kind == SCOPE_MODULE) {
        compile_expression(compiler, value);
        compile_emit(compiler, OP_PRINT_EXPR, 0);
        return;
    }
    if (value->kind == NODE_CONSTANT && value->as.constant.kind != CONST_IMAGINARY) return;
    compile_expression(compiler, value);
    compile_emit(compiler, OP_POP_TOP, 0);
}

void compile_statement(Compiler *compiler, Node *node) {
    if (!node || compiler->failed) return;
    compile_locate(compiler->unit, node);
    switch (node->kind) {
    case NODE_FUNCTION_DEF: compile_function_def(compiler, node); break;
    case NODE_CLASS_DEF: compile_class_def(compiler, node); break;
    case NODE_RETURN: compile_return(compiler, node); break;
    case NODE_DELETE:
        for (int i = 0; i < node->as.delete_stmt.targets.count; i++) compile_delete(compiler, node->as.delete_stmt.targets.items[i]);
        break;
    case NODE_ASSIGN: {
        NodeList *targets = &node->as.assign.targets;
        compile_expression(compiler, node->as.assign.value);
        for (int i = 0; i < targets->count; i++) {
            if (i < targets->count - 1) compile_emit(compiler, OP_COPY, 1);
            compile_store(compiler, targets->items[i]);
        }
        break;
    }
    case NODE_AUG_ASSIGN: compile_aug_assign(compiler, node); break;
    case NODE_ANN_ASSIGN:
        if (node->as.ann_assign.value) {
            compile_expression(compiler, node->as.ann_assign.value);
            compile_store(compiler, node->as.ann_assign.target);
        }
        break;
    case NODE_FOR:
        if (node->as.for_stmt.is_async) compile_async_for(compiler, node);
        else compile_for(compiler, node);
        break;
    case NODE_WHILE: compile_while(compiler, node); break;
    case NODE_IF: compile_if(compiler, node); break;
    case NODE_WITH: compile_with(compiler, node); break;
    case NODE_RAISE: compile_raise(compiler, node); break;
    case NODE_TRY: compile_try(compiler, node); break;
    case NODE_ASSERT: compile_assert(compiler, node); break;
    case NODE_IMPORT: compile_import(compiler, node); break;
    case NODE_IMPORT_FROM: compile_import_from(compiler, node); break;
    case NODE_EXPR: compile_expression_statement(compiler, node); break;
    case NODE_BREAK:
    case NODE_CONTINUE: compile_break_continue(compiler, node); break;
    case NODE_GLOBAL:
    case NODE_NONLOCAL:
    case NODE_PASS: break;
    default: compile_error(compiler, node, "invalid syntax"); break;
    }
}
