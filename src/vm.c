/* vm.c — the bytecode loop.
 *
 * run_frames executes instructions of the current frame one by one. Three
 * kinds of instructions change which frame is current, and none of them
 * calls run_frames again:
 *
 *   CALL of a Python function   push a new frame, link it to the caller
 *                               (`previous`), continue in it;
 *   RETURN_VALUE                pop the frame, push the value on the
 *                               caller's stack, continue in the caller;
 *   YIELD_VALUE                 leave a generator's frame suspended, give
 *                               the value to whoever resumed it.
 *
 * FOR_ITER and SEND resume a generator the same way, by linking its frame
 * instead of calling into C. So Python recursion, generator chains and
 * `yield from` pipelines run in one C activation, and their depth is bounded
 * only by RecursionError, not by the C stack.
 *
 * run_frames returns when the frame it was *entered* with (is_entry)
 * returns, yields or lets an exception escape. It is entered again only when
 * C code calls Python code (a user __repr__ from print, a key function from
 * sorted, a class's __init__).
 *
 * Exceptions: a failing instruction jumps to `error`, which adds a traceback
 * entry, then looks in the code's exception table for a handler covering
 * the instruction. If there is one, the stack is cut to the handler's depth,
 * the exception pushed, and execution continues at the handler. If not, the
 * frame is left and the search repeats in the caller.
 *
 * The loop keeps pc, the stack pointer and the frame's slots in C locals;
 * LOAD_FRAME/STORE_FRAME move them between the locals and the Frame at the
 * points where frames change or where other code (the GC, tracebacks) reads
 * the frame. Before any instruction that can run arbitrary code, the stack
 * pointer is stored, so the collector sees exactly the live stack.
 */
#include <signal.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "vm.h"
#include "builtins.h"
#include "class.h"
#include "code.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "frame.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "asyncgen.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

VM vm;

/* How the entry frame of run_frames ended (besides raising). */
typedef enum FrameExit { EXIT_RETURNED, EXIT_YIELDED } FrameExit;
static FrameExit last_exit;

enum { MAX_NATIVE_DEPTH = 20000 };

/* ---- helpers the loop calls ------------------------------------------------ */

bool vm_check_interrupt(void) {
    if (!vm.interrupted) return true;
    vm.interrupted = 0;
    raise_value(value_object(&type_keyboard_interrupt));
    return false;
}

/* The work at a safe point: Ctrl-C and garbage collection. */
static bool safe_point(void) {
    if (vm.interrupted && !vm_check_interrupt()) return false;
    gc_safe_point();
    return true;
}

static Value raise_name_error(Str *name) {
    return raise_error(&type_name_error, "name '%s' is not defined", str_cstr(name));
}

static Value load_global(Dict *globals, Str *name) {
    Value v = dict_get_str(globals, name);
    if (!is_null(v)) return v;
    v = dict_get_str(vm.builtins, name);
    if (!is_null(v) || error_pending()) return v;
    return raise_name_error(name);
}

/* LOAD_GLOBAL's cache (one entry per name of a code object). A global is
 * found at the same entry position of the globals (or builtins) dict for as
 * long as that dict's layout version is unchanged, so a hit costs two
 * compares and a load instead of hashing and probing — CPython 3.11 caches
 * global lookups the same way. */
typedef struct GlobalCache {
    Dict *globals;
    uint64_t globals_version;
    uint64_t builtins_version;
    int64_t position;  /* entry index, in globals or (in_builtins) builtins */
    bool in_builtins;
    bool valid;
} GlobalCache;

static Value load_global_cached(Frame *frame, uint32_t name_index) {
    Code *code = frame->code;
    Dict *globals = frame->globals, *builtins = vm.builtins;
    if (!code->global_cache) {
        code->global_cache = calloc((size_t)code->names->length, sizeof(GlobalCache));
        if (!code->global_cache) return load_global(globals, as_str(code->names->items[name_index]));
    }
    GlobalCache *cache = &code->global_cache[name_index];
    if (cache->valid && cache->globals == globals && cache->globals_version == globals->version) {
        if (!cache->in_builtins) return globals->entries[cache->position].value;
        if (cache->builtins_version == builtins->version) return builtins->entries[cache->position].value;
    }
    Str *name = as_str(code->names->items[name_index]);
    Value value = load_global(globals, name);
    if (is_null(value)) return value;
    /* remember where it was found */
    cache->valid = false;
    Dict *home = globals;
    bool in_builtins = false;
    int64_t position = dict_find_position(globals, name);
    if (position < 0) {
        home = builtins;
        in_builtins = true;
        position = dict_find_position(builtins, name);
    }
    if (position >= 0 && value_is_same(home->entries[position].value, value)) {
        *cache = (GlobalCache){globals, globals->version, builtins->version, position, in_builtins, true};
    }
    return value;
}

static Value load_name(Frame *frame, Str *name) {
    if (frame->locals && frame->locals != frame->globals) {
        Value v = is_dict(value_object(frame->locals)) ? dict_get_str(frame->locals, name)
                                                      : obj_getitem(value_object(frame->locals), value_object(name));
        if (!is_null(v)) return v;
        if (error_pending()) {
            if (!error_matches(&type_key_error)) return v;
            error_clear();
        }
    }
    return load_global(frame->globals, name);
}

Value vm_handled_exception(void) {
    if (vm.handled_exception) return value_object(vm.handled_exception);
    for (Frame *frame = vm.frame; frame; frame = frame->previous) {
        if (!frame->in_generator) continue;
        Object *resumer_handled = frame_generator(frame)->saved_handled;
        if (resumer_handled) return value_object(resumer_handled);
    }
    return value_none();
}

/* Set __context__ of a newly raised exception to the one being handled,
 * breaking cycles as CPython's _PyErr_SetObject does. */
static void chain_context(Value exception) {
    Value handled = vm_handled_exception();
    if (is_null(handled) || is_none(handled) || value_is_same(handled, exception)) return;
    if (!value_is_instance(exception, &type_base_exception)) return;
    ExceptionObject *raised = (ExceptionObject *)exception.as.object;
    if (!is_none(raised->context) && !is_null(raised->context)) return;
    for (Value walk = handled; is_object(walk);) {
        ExceptionObject *link = (ExceptionObject *)walk.as.object;
        if (is_object(link->context) && link->context.as.object == exception.as.object) {
            link->context = value_none();
            break;
        }
        walk = link->context;
    }
    raised->context = handled;
}

static bool do_raise(Value exception, Value cause) {
    if (is_null(exception)) {
        Value handled = vm_handled_exception();
        if (is_null(handled) || is_none(handled)) {
            raise_error(&type_runtime_error, "No active exception to reraise");
            return false;
        }
        error_restore(handled);
        return true; /* a bare `raise` re-raises: no new context */
    }
    if (is_object(exception) && value_is_instance(exception, &type_type) &&
        type_is_subtype((Type *)exception.as.object, &type_base_exception)) {
        exception = obj_call(exception, NULL, 0, NULL);
        if (is_null(exception)) return false;
    }
    if (!value_is_instance(exception, &type_base_exception)) {
        raise_error(&type_type_error, "exceptions must derive from BaseException");
        return false;
    }
    if (!is_null(cause)) {
        if (is_object(cause) && value_is_instance(cause, &type_type) &&
            type_is_subtype((Type *)cause.as.object, &type_base_exception)) {
            cause = obj_call(cause, NULL, 0, NULL);
            if (is_null(cause)) return false;
        } else if (!is_none(cause) && !value_is_instance(cause, &type_base_exception)) {
            raise_error(&type_type_error, "exception causes must derive from BaseException");
            return false;
        }
        ExceptionObject *raised = (ExceptionObject *)exception.as.object;
        raised->cause = cause;
        raised->suppress_context = true;
    }
    chain_context(exception);
    error_restore(exception);
    return true;
}

static int exception_matches(Value exception, Value type) {
    if (is_tuple(type)) {
        Tuple *types = as_tuple(type);
        for (int64_t i = 0; i < types->length; i++) {
            int match = exception_matches(exception, types->items[i]);
            if (match) return match;
        }
        return 0;
    }
    if (!is_object(type) || !value_is_instance(type, &type_type) ||
        !type_is_subtype((Type *)type.as.object, &type_base_exception)) {
        raise_error(&type_type_error, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return value_is_instance(exception, (Type *)type.as.object);
}

/* UNPACK_SEQUENCE: store the items so the first ends on top. */
static bool unpack_sequence(Value sequence, int count, Value *destination) {
    Value *items = NULL;
    int64_t length = -1;
    if (is_tuple(sequence)) items = as_tuple(sequence)->items, length = as_tuple(sequence)->length;
    else if (is_list(sequence)) items = as_list(sequence)->items, length = as_list(sequence)->length;
    if (items) {
        if (length < count) {
            raise_error(&type_value_error, "not enough values to unpack (expected %d, got %lld)", count, (long long)length);
            return false;
        }
        if (length > count) {
            raise_error(&type_value_error, "too many values to unpack (expected %d)", count);
            return false;
        }
        for (int i = 0; i < count; i++) destination[count - 1 - i] = items[i];
        return true;
    }
    Value iterator = obj_iter(sequence);
    if (is_null(iterator)) {
        if (error_matches(&type_type_error) && !value_type(sequence)->iter && !value_type(sequence)->getitem) {
            error_clear();
            raise_error(&type_type_error, "cannot unpack non-iterable %s object", value_type_name(sequence));
        }
        return false;
    }
    /* a user iterator runs Python code: keep the iterator and the items
     * taken so far rooted */
    gc_push_root(iterator);
    int rooted = 1;
    bool ok = true;
    for (int i = 0; i < count; i++) {
        Value item = obj_next(iterator);
        if (is_null(item)) {
            if (!error_pending())
                raise_error(&type_value_error, "not enough values to unpack (expected %d, got %d)", count, i);
            ok = false;
            break;
        }
        gc_push_root(item);
        rooted++;
        destination[count - 1 - i] = item;
    }
    if (ok) {
        Value extra = obj_next(iterator);
        if (!is_null(extra)) {
            raise_error(&type_value_error, "too many values to unpack (expected %d)", count);
            ok = false;
        } else if (error_pending()) {
            ok = false;
        }
    }
    gc_pop_roots(rooted);
    return ok;
}

/* UNPACK_EX: a, *rest, b = seq. */
static bool unpack_starred(Value sequence, int before, int after, Value *destination) {
    List *all = list_from_iterable(sequence);
    if (!all) {
        if (error_matches(&type_type_error) && !value_type(sequence)->iter && !value_type(sequence)->getitem) {
            error_clear();
            raise_error(&type_type_error, "cannot unpack non-iterable %s object", value_type_name(sequence));
        }
        return false;
    }
    int64_t length = all->length;
    if (length < before + after) {
        raise_error(&type_value_error, "not enough values to unpack (expected at least %d, got %lld)", before + after,
                    (long long)length);
        return false;
    }
    int total = before + 1 + after;
    for (int i = 0; i < before; i++) destination[total - 1 - i] = all->items[i];
    List *middle = list_from_values(all->items + before, length - before - after);
    if (!middle) return false;
    destination[after] = value_object(middle);
    for (int i = 0; i < after; i++) destination[after - 1 - i] = all->items[length - after + i];
    return true;
}

static Value build_string(Value *pieces, int count) {
    StrBuilder sb;
    sb_init(&sb);
    for (int i = 0; i < count; i++) sb_append_str(&sb, as_str(pieces[i]));
    return str_value(sb_finish(&sb));
}

static Value format_value(Value value, int flags, Value spec) {
    int conversion = flags & 3;
    if (conversion == 1) value = obj_str(value);
    else if (conversion == 2) value = obj_repr(value);
    else if (conversion == 3) {
        value = obj_repr(value);
        if (!is_null(value)) {
            StrBuilder sb;
            sb_init(&sb);
            Str *text = as_str(value);
            for (int64_t i = 0; i < text->length; i++) {
                uint32_t c = str_codepoint_at(text, i);
                if (c < 128) sb_append_char(&sb, (char)c);
                else if (c < 0x100) sb_appendf(&sb, "\\x%02x", c);
                else if (c < 0x10000) sb_appendf(&sb, "\\u%04x", c);
                else sb_appendf(&sb, "\\U%08x", c);
            }
            value = str_value(sb_finish(&sb));
        }
    }
    if (is_null(value)) return value;
    if (is_null(spec) && is_str(value)) return value;
    if (is_null(spec)) spec = str_value(str_intern(""));
    return obj_format(value, spec);
}

static bool import_star(Value module, Dict *locals) {
    Value all = obj_lookup_attr(module, str_intern("__all__"));
    if (is_null(all) && error_pending()) return false;
    if (!is_module(module)) return raise_error(&type_type_error, "import * from a non-module is not supported").tag;
    Dict *dict = ((Module *)module.as.object)->dict;
    if (!is_null(all)) {
        Value iterator = obj_iter(all);
        if (is_null(iterator)) return false;
        for (Value name; !is_null(name = obj_next(iterator));) {
            Value value = obj_getattr(module, as_str(name));
            if (is_null(value) || !dict_set(locals, name, value)) return false;
        }
        return !error_pending();
    }
    int64_t position = 0;
    Value key, value;
    while (dict_next(dict, &position, &key, &value)) {
        if (is_str(key) && as_str(key)->data[0] == '_') continue;
        if (!dict_set(locals, key, value)) return false;
    }
    return true;
}

/* `from m import name`: m.name — which may call m's __getattr__ (PEP 562) —
 * or else the submodule m.name if it is in sys.modules (a circular import may
 * not have bound it yet); IMPORT_NAME has already imported the submodules a
 * package was asked for. Otherwise ImportError, carrying name and path. */
static Value import_from(Value module, Str *name) {
    Value value = obj_lookup_attr(module, name);
    if (!is_null(value) || error_pending()) return value;
    Value package_name = obj_lookup_attr(module, str_intern("__name__"));
    if (is_str(package_name)) {
        Str *full = str_from_format("%s.%s", str_cstr(as_str(package_name)), str_cstr(name));
        Value submodule = dict_get_str(vm.modules, full);
        if (!is_null(submodule)) return submodule;
    }
    error_clear();
    const char *module_name = is_str(package_name) ? str_cstr(as_str(package_name)) : "<unknown module name>";
    Value file = is_module(module) ? dict_get_cstr(((Module *)module.as.object)->dict, "__file__") : value_null();
    if (is_str(file))
        raise_error(&type_import_error, "cannot import name '%s' from '%s' (%s)", str_cstr(name), module_name,
                    str_cstr(as_str(file)));
    else
        raise_error(&type_import_error, "cannot import name '%s' from '%s' (unknown location)", str_cstr(name),
                    module_name);
    Value error = error_fetch();
    obj_setattr(error, str_intern("name"), is_str(package_name) ? package_name : value_none());
    obj_setattr(error, str_intern("path"), is_str(file) ? file : value_none());
    error_restore(error);
    return value_null();
}

static Value make_function(Value *operands, int flags, Frame *frame) {
    /* operands: [defaults?, kwdefaults?, closure?, code] */
    Code *code = (Code *)operands[0].as.object;
    int index = 0;
    Function *function = function_new(code, frame->globals);
    if (!function) return value_null();
    Value *extras = operands - ((flags & 1) + ((flags >> 1) & 1) + ((flags >> 3) & 1));
    if (flags & 1) function->defaults = as_tuple(extras[index++]);
    if (flags & 2) function->kwdefaults = as_dict(extras[index++]);
    if (flags & 8) function->closure = as_tuple(extras[index++]);
    return value_object(function);
}

/* BEFORE_WITH: [mgr] -> [exit, enter()] */
static bool before_with(Value manager, Value *exit_out, Value *enter_result) {
    Type *type = value_type(manager);
    Value enter = type_lookup_cstr(type, "__enter__");
    Value exit = type_lookup_cstr(type, "__exit__");
    if (is_null(enter) || is_null(exit)) {
        if (error_pending()) return false;
        raise_error(&type_type_error, "'%s' object does not support the context manager protocol", type->name);
        return false;
    }
    Value bound_exit = value_type(exit)->descr_get ? value_type(exit)->descr_get(exit, manager, type) : exit;
    if (is_null(bound_exit)) return false;
    *exit_out = bound_exit;
    gc_push_root(bound_exit);
    Value bound_enter = value_type(enter)->descr_get ? value_type(enter)->descr_get(enter, manager, type) : enter;
    *enter_result = is_null(bound_enter) ? bound_enter : obj_call(bound_enter, NULL, 0, NULL);
    gc_pop_roots(1);
    return !is_null(*enter_result);
}

static Value with_except_start(Value exit, Value exception) {
    ExceptionObject *raised = (ExceptionObject *)exception.as.object;
    Value args[3] = {value_object(value_type(exception)), exception,
                     raised->traceback ? value_object(raised->traceback) : value_none()};
    return obj_call(exit, args, 3, NULL);
}

/* LOAD_METHOD: find a plain function or a built-in method on the type so
 * the call needs no bound-method object. */
static bool load_method(Value object, Str *name, Value *method_out, Value *self_out) {
    Type *type = value_type(object);
    if ((!type->getattr || type->getattr == obj_generic_getattr)) {
        Value found = class_lookup(type, name); /* cached per (type, name) */
        bool plain = is_function(found) ||
                     (is_native_function(found) && ((NativeFunction *)found.as.object)->def->kind == METHOD_INSTANCE &&
                      is_null(((NativeFunction *)found.as.object)->self));
        if (plain) {
            Dict **dict = is_object(object) ? instance_dict_slot(object) : NULL;
            Value shadow = dict && *dict ? dict_get_str(*dict, name) : value_null();
            if (is_null(shadow)) {
                *method_out = found;
                *self_out = object;
                return true;
            }
        }
    }
    Value attribute = obj_getattr(object, name);
    if (is_null(attribute)) return false;
    *method_out = value_null();
    *self_out = attribute;
    return true;
}

/* `module.name` (asyncio.sleep, math.sqrt) is a lookup in the module's dict:
 * cached per name like a global, valid while that dict has not changed. A
 * miss takes the full path (data descriptors of the module type, PEP 562's
 * __getattr__), and only a value found as the dict entry itself is cached. */
static bool module_attr_cached(Code *code, uint32_t name_index, Module *module, Value *out) {
    GlobalCache *cache = code->module_attr_cache ? &code->module_attr_cache[name_index] : NULL;
    Dict *dict = module->dict;
    if (cache && cache->valid && cache->globals == dict && cache->globals_version == dict->version) {
        *out = dict->entries[cache->position].value;
        return true;
    }
    return false;
}

static Value load_module_attr(Code *code, uint32_t name_index, Module *module) {
    Str *name = as_str(code->names->items[name_index]);
    Value value = obj_getattr(value_object(module), name);
    if (is_null(value)) return value;
    if (!code->module_attr_cache) code->module_attr_cache = calloc((size_t)code->names->length, sizeof(GlobalCache));
    if (!code->module_attr_cache) return value;
    int64_t position = dict_find_position(module->dict, name);
    if (position >= 0 && value_is_same(module->dict->entries[position].value, value))
        code->module_attr_cache[name_index] = (GlobalCache){module->dict, module->dict->version, 0, position, false, true};
    return value;
}

/* How CPython names a function in call errors: "__main__.f()", "C.m()" for
 * a builtin module's, "print()" (its _PyObject_FunctionStr). */
static Str *function_description(Value function) {
    Value qualname = obj_lookup_attr(function, str_intern("__qualname__"));
    if (is_null(qualname) || !is_str(qualname)) {
        error_clear();
        return str_from_format("%s()", value_type_name(function));
    }
    Value module = obj_lookup_attr(function, str_intern("__module__"));
    if (is_null(module)) error_clear();
    if (is_str(module) && strcmp(str_cstr(as_str(module)), "builtins") != 0)
        return str_from_format("%s.%s()", str_cstr(as_str(module)), str_cstr(as_str(qualname)));
    return str_from_format("%s()", str_cstr(as_str(qualname)));
}

/* f(*iterable): the positional arguments as a tuple. Only a non-iterable
 * gets CPython's "argument after *" message; a TypeError raised while
 * iterating propagates as it is. */
static Tuple *star_arguments(Value iterable, Value function) {
    if (is_list(iterable)) return tuple_from_iterable(iterable); /* copied straight */
    Value iterator = obj_iter(iterable);
    if (is_null(iterator)) {
        if (!error_matches(&type_type_error)) return NULL;
        error_clear();
        Str *name = function_description(function);
        if (name)
            raise_error(&type_type_error, "%s argument after * must be an iterable, not %s", str_cstr(name),
                        value_type_name(iterable));
        return NULL;
    }
    gc_push_root(iterator);
    Tuple *tuple = tuple_from_iterable(iterator);
    gc_pop_roots(1);
    return tuple;
}

/* A Python __next__/send on a non-generator receiver of SEND: returns the
 * yielded value, or sets *returned when it raised StopIteration. */
static Value send_to_iterator(Value receiver, Value sent, bool *returned) {
    Value result;
    *returned = false;
    if (is_asyncgen_awaitable(receiver)) return asyncgen_awaitable_send(receiver, sent, returned); /* `async for` */
    if (is_none(sent) && value_type(receiver)->next && !(value_type(receiver)->flags & TYPE_HEAPTYPE)) {
        result = value_type(receiver)->next(receiver);
        if (is_null(result) && !error_pending()) {
            *returned = true;
            return value_none();
        }
        if (is_null(result) && error_matches(&type_stop_iteration)) {
            *returned = true; /* e.g. a Future's or a coroutine wrapper's return value */
            return exc_stop_iteration_value(error_fetch());
        }
        return result;
    }
    result = is_none(sent) ? obj_call_method(receiver, "__next__", NULL, 0) : obj_call_method(receiver, "send", &sent, 1);
    if (is_null(result) && error_matches(&type_stop_iteration)) {
        Value stop = error_fetch();
        *returned = true;
        return exc_stop_iteration_value(stop);
    }
    return result;
}

/* A generator paused at the delegating yield of a `yield from`/`await`
 * loop continues with `JUMP loop` and then SEND: go to the SEND directly,
 * one dispatch less per level of a delegation chain, per value. */
static inline void skip_delegation_jump(Frame *frame) {
    uint32_t *pc = frame->pc;
    if (pc[-1] == instruction_make(OP_YIELD_VALUE, 1) && instruction_opcode(*pc) == OP_JUMP)
        frame->pc = frame->code->instructions + instruction_arg(*pc);
}

/* Link a generator's frame on top of [resumer] to continue it (FOR_ITER,
 * SEND). Returns 1 when linked, 0 when the generator is finished (FOR_ITER:
 * exhausted; SEND: returned None), -1 on error. */
static inline __attribute__((always_inline)) int enter_generator(Generator *gen, Value sent, Frame *resumer) {
    switch (gen->state) {
    case GEN_RUNNING: raise_error(&type_value_error, "%s already executing", gen_kind(gen)); return -1;
    case GEN_FINISHED:
        if (gen->base.type != &type_coroutine) return 0;
        raise_error(&type_runtime_error, "cannot reuse already awaited coroutine");
        return -1;
    case GEN_CREATED:
        if (!is_none(sent)) {
            raise_error(&type_type_error, "can't send non-None value to a just-started %s", gen_kind(gen));
            return -1;
        }
        break;
    case GEN_SUSPENDED:
        *gen->frame.stack_top++ = sent;
        skip_delegation_jump(&gen->frame);
        break;
    }
    if (vm.depth >= vm.recursion_limit) {
        raise_error(&type_recursion_error, "maximum recursion depth exceeded");
        return -1;
    }
    gen->state = GEN_RUNNING;
    gen->saved_handled = vm.handled_exception;
    vm.handled_exception = gen->handled_exception;
    gen->frame.previous = resumer;
    gen->frame.is_entry = false;
    vm.depth++;
    vm.frame = &gen->frame;
    return 1;
}

/* Rewrite the first word of two common instruction pairs into a
 * superinstruction that does both (CPython 3.11 does the same): one
 * dispatch instead of two in every `n - 1`, `n < 2`, `if a < b:`. The
 * second word is left as it was, so a jump into it still works and a frame
 * paused between the two is unaffected. Done once, on a code object's first
 * call; `pyco --dis` shows the code as compiled. */
static void quicken(Code *code) {
    uint32_t *words = code->instructions;
    for (int32_t i = 0; i + 1 < code->instruction_count; i++) {
        Opcode first = instruction_opcode(words[i]), second = instruction_opcode(words[i + 1]);
        if (first == OP_LOAD_FAST && second == OP_LOAD_CONST)
            words[i] = instruction_make(OP_LOAD_FAST_LOAD_CONST, instruction_arg(words[i]));
        else if (first == OP_COMPARE_OP && (second == OP_POP_JUMP_IF_FALSE || second == OP_POP_JUMP_IF_TRUE))
            words[i] = instruction_make(OP_COMPARE_AND_BRANCH, instruction_arg(words[i]));
        else if (first == OP_POP_TOP && second == OP_JUMP)
            words[i] = instruction_make(OP_POP_TOP_JUMP, 0);
    }
}

/* Classify a code object for CALL (see CALL_SHAPE_* in code.h). */
static uint8_t code_call_shape(Code *code) {
    quicken(code);
    code->frame_bytes = (uint32_t)((frame_size(code) + 15) & ~(size_t)15);
    if (code->flags & (CODE_GENERATOR | CODE_COROUTINE | CODE_ASYNC_GENERATOR)) code->call_shape = CALL_SHAPE_GENERATOR;
    else if (!code->kwonly_arg_count && !(code->flags & (CODE_VARARGS | CODE_VARKEYWORDS)) && !code->free_count)
        code->call_shape = CALL_SHAPE_SIMPLE;
    else code->call_shape = CALL_SHAPE_GENERAL;
    return code->call_shape;
}

/* The C function of the built-in next(), found once in builtins. */
static NativeFn builtin_next_function = NULL;

/* Is this call next(generator) or generator.send(value)? Then the VM can
 * resume the generator by linking its frame, as FOR_ITER does, instead of
 * going through C. Sets *gen and *sent. */
static bool is_generator_resume_call(Value callable, Value *args, int argc, Tuple *kwnames, Value *gen, Value *sent) {
    if (kwnames || !is_native_function(callable) || argc < 1 || !is_gen_like(args[0])) return false;
    NativeFunction *native = (NativeFunction *)callable.as.object;
    if (!builtin_next_function) {
        Value next = dict_get_cstr(vm.builtins, "next");
        if (is_native_function(next)) builtin_next_function = ((NativeFunction *)next.as.object)->def->fn;
    }
    if (argc == 1 && native->def->fn == builtin_next_function && is_null(native->self) && is_generator(args[0])) {
        *gen = args[0];
        *sent = value_none();
        return true;
    }
    if (argc == 2 && native->def->fn == gen_send_function && is_null(native->self)) {
        *gen = args[0];
        *sent = args[1];
        return true;
    }
    return false;
}

/* A generator frame stops running (yield, return or raise). */
static inline __attribute__((always_inline)) void leave_generator(Frame *frame, GenState state) {
    Generator *gen = frame_generator(frame);
    gen->state = state;
    if (state == GEN_FINISHED) {
        /* a finished generator keeps nothing alive */
        memset(frame->slots, 0, sizeof(Value) * (size_t)frame->code->slot_count);
        frame->stack_top = frame_stack_base(frame);
    }
    gen->handled_exception = vm.handled_exception;
    vm.handled_exception = gen->saved_handled;
    gen->saved_handled = NULL;
}

/* PEP 479: StopIteration escaping a generator becomes RuntimeError, and so
 * does StopAsyncIteration escaping an async generator (PEP 525). */
static void convert_stop_iteration(Generator *gen) {
    bool async = gen->base.type == &type_async_generator;
    if (!error_matches(&type_stop_iteration) && !(async && error_matches(&type_stop_async_iteration))) return;
    const char *raised = error_matches(&type_stop_iteration) ? "StopIteration" : "StopAsyncIteration";
    Value stop = error_fetch();
    Value message = str_value(str_from_format("%s raised %s", gen_kind(gen), raised));
    Value replacement = exc_new(&type_runtime_error, &message, 1);
    if (is_null(replacement)) return;
    ((ExceptionObject *)replacement.as.object)->cause = stop;
    ((ExceptionObject *)replacement.as.object)->context = stop;
    ((ExceptionObject *)replacement.as.object)->suppress_context = true;
    error_restore(replacement);
}

/* ---- the loop ------------------------------------------------------------------ */

#define LOAD_FRAME()                          \
    do {                                      \
        code = frame->code;                   \
        pc = frame->pc;                       \
        sp = frame->stack_top;                \
        constants = code->constants->items;   \
    } while (0)
#define STORE_FRAME()            \
    do {                         \
        frame->pc = pc;          \
        frame->stack_top = sp;   \
    } while (0)
/* Errors are rare: tell the compiler, so the common path stays straight. */
#define UNLIKELY(condition) __builtin_expect(!!(condition), 0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define NAME(i) as_str(code->names->items[i])
#define LOCAL(i) (frame->slots[i])
#define DISPATCH()                                 \
    do {                                           \
        word = *pc++;                              \
        arg = word >> 8;                           \
        goto *dispatch_table[word & 0xff];         \
    } while (0)
#define TARGET(op) label_##op:
/* Jump; a backward jump is a loop's back-edge and a safe point. One flag,
 * gc_collection_due, asks for attention: the allocator sets it when a
 * collection is due and the Ctrl-C handler sets it too (on_interrupt). */
#define JUMP_TO(target)                                              \
    do {                                                             \
        uint32_t *destination = code->instructions + (target);       \
        if (destination <= pc && gc_collection_due) {                \
            /* an exception from the safe point (Ctrl-C) belongs to   \
             * the jump itself, not to the loop's first instruction */ \
            STORE_FRAME();                                           \
            if (!safe_point()) goto error;                           \
        }                                                            \
        pc = destination;                                            \
    } while (0)

static Value run_frames(Frame *frame, bool throwing) {
#define OPCODE_LABEL(name, meaning) &&label_##name,
    static void *const dispatch_table[256] = {PYCO_OPCODE_LIST(OPCODE_LABEL)};
#undef OPCODE_LABEL
    Code *code;
    uint32_t *pc;
    Value *sp, *constants;
    uint32_t word, arg;
    Tuple *pending_kwnames = NULL;
    bool reraising = false;

    LOAD_FRAME();
    if (throwing) goto error;
    DISPATCH();

    TARGET(NOP) { DISPATCH(); }
    TARGET(POP_TOP) { sp--; DISPATCH(); }
    TARGET(PUSH_NULL) { PUSH(value_null()); DISPATCH(); }
    TARGET(COPY) { Value v = sp[-(int)arg]; PUSH(v); DISPATCH(); }
    TARGET(SWAP) {
        Value v = sp[-1];
        sp[-1] = sp[-(int)arg];
        sp[-(int)arg] = v;
        DISPATCH();
    }
    TARGET(LOAD_CONST) { PUSH(constants[arg]); DISPATCH(); }
    TARGET(LOAD_FAST) {
        Value v = LOCAL(arg);
        if (UNLIKELY(is_null(v))) {
            STORE_FRAME();
            raise_error(&type_unbound_local_error, "cannot access local variable '%s' where it is not associated with a value",
                        str_cstr(as_str(code->slot_names->items[arg])));
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST_LOAD_CONST) {
        Value v = LOCAL(arg);
        if (UNLIKELY(is_null(v))) {
            STORE_FRAME();
            raise_error(&type_unbound_local_error, "cannot access local variable '%s' where it is not associated with a value",
                        str_cstr(as_str(code->slot_names->items[arg])));
            goto error;
        }
        PUSH(v);
        PUSH(constants[instruction_arg(*pc)]);
        pc++;
        DISPATCH();
    }
    TARGET(COMPARE_AND_BRANCH) {
        /* COMPARE_OP arg, then the conditional jump in the next word */
        Value left = SECOND(), right = TOP();
        uint32_t branch = *pc;
        int truth;
        if (left.tag == VAL_INT && right.tag == VAL_INT) {
            int64_t a = left.as.integer, b = right.as.integer;
            switch ((CompareOp)arg) {
            case COMPARE_LT: truth = a < b; break;
            case COMPARE_LE: truth = a <= b; break;
            case COMPARE_EQ: truth = a == b; break;
            case COMPARE_NE: truth = a != b; break;
            case COMPARE_GT: truth = a > b; break;
            default: truth = a >= b; break;
            }
            sp -= 2;
        } else {
            STORE_FRAME();
            Value result = obj_compare(left, right, (CompareOp)arg);
            if (UNLIKELY(is_null(result))) goto error;
            sp -= 2;
            PUSH(result); /* kept on the stack (rooted) while its truth is tested */
            STORE_FRAME();
            truth = is_bool(result) ? result.as.boolean : obj_truthy(result);
            if (UNLIKELY(truth < 0)) {
                pc++; /* the error belongs to the jump's truth test */
                goto error;
            }
            sp--;
        }
        pc++;
        if (truth == (instruction_opcode(branch) == OP_POP_JUMP_IF_TRUE)) JUMP_TO(instruction_arg(branch));
        DISPATCH();
    }
    TARGET(STORE_FAST) { LOCAL(arg) = POP(); DISPATCH(); }
    TARGET(DELETE_FAST) {
        if (is_null(LOCAL(arg))) {
            STORE_FRAME();
            raise_error(&type_unbound_local_error, "cannot access local variable '%s' where it is not associated with a value",
                        str_cstr(as_str(code->slot_names->items[arg])));
            goto error;
        }
        LOCAL(arg) = value_null();
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        STORE_FRAME();
        Cell *cell = cell_new(LOCAL(arg));
        if (UNLIKELY(!cell)) goto error;
        LOCAL(arg) = value_object(cell);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) { PUSH(LOCAL(arg)); DISPATCH(); }
    TARGET(LOAD_DEREF) {
        Value v = ((Cell *)LOCAL(arg).as.object)->value;
        if (is_null(v)) {
            STORE_FRAME();
            const char *name = str_cstr(as_str(code->slot_names->items[arg]));
            if (code->slot_kinds[arg] & SLOT_FREE)
                raise_error(&type_name_error, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
            else
                raise_error(&type_unbound_local_error, "cannot access local variable '%s' where it is not associated with a value", name);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        STORE_FRAME();
        Str *name = as_str(code->slot_names->items[arg]);
        Value v = frame->locals ? dict_get_str(frame->locals, name) : value_null();
        if (is_null(v)) v = ((Cell *)LOCAL(arg).as.object)->value;
        if (is_null(v)) {
            raise_error(&type_name_error, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", str_cstr(name));
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) { ((Cell *)LOCAL(arg).as.object)->value = POP(); DISPATCH(); }
    TARGET(DELETE_DEREF) {
        Cell *cell = (Cell *)LOCAL(arg).as.object;
        if (is_null(cell->value)) {
            STORE_FRAME();
            raise_error(&type_unbound_local_error, "cannot access local variable '%s' where it is not associated with a value",
                        str_cstr(as_str(code->slot_names->items[arg])));
            goto error;
        }
        cell->value = value_null();
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        GlobalCache *cache = code->global_cache ? &code->global_cache[arg] : NULL;
        if (cache && cache->valid && cache->globals == frame->globals &&
            cache->globals_version == frame->globals->version) {
            if (!cache->in_builtins) {
                PUSH(frame->globals->entries[cache->position].value);
                DISPATCH();
            }
            if (cache->builtins_version == vm.builtins->version) {
                PUSH(vm.builtins->entries[cache->position].value);
                DISPATCH();
            }
        }
        STORE_FRAME();
        Value v = load_global_cached(frame, arg);
        if (UNLIKELY(is_null(v))) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        STORE_FRAME();
        if (!dict_set_str(frame->globals, NAME(arg), TOP())) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        STORE_FRAME();
        int deleted = dict_delete(frame->globals, value_object(NAME(arg)));
        if (deleted < 0) goto error;
        if (!deleted) {
            raise_name_error(NAME(arg));
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        STORE_FRAME();
        Value v = load_name(frame, NAME(arg));
        if (UNLIKELY(is_null(v))) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        STORE_FRAME();
        bool stored = is_dict(value_object(frame->locals))
                          ? dict_set_str(frame->locals, NAME(arg), TOP())
                          : obj_setitem(value_object(frame->locals), value_object(NAME(arg)), TOP());
        if (UNLIKELY(!stored)) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        STORE_FRAME();
        int deleted = dict_delete(frame->locals, value_object(NAME(arg)));
        if (deleted < 0) goto error;
        if (!deleted) {
            raise_name_error(NAME(arg));
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        if (is_module(TOP())) {
            Value v;
            if (module_attr_cached(code, arg, (Module *)TOP().as.object, &v)) {
                TOP() = v;
                DISPATCH();
            }
            STORE_FRAME();
            v = load_module_attr(code, arg, (Module *)TOP().as.object);
            if (UNLIKELY(is_null(v))) goto error;
            TOP() = v;
            DISPATCH();
        }
        STORE_FRAME();
        Value v = obj_getattr(TOP(), NAME(arg));
        if (UNLIKELY(is_null(v))) goto error;
        TOP() = v;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        if (is_module(TOP())) { /* a function of a module: no self to bind */
            Value v;
            if (!module_attr_cached(code, arg, (Module *)TOP().as.object, &v)) {
                STORE_FRAME();
                v = load_module_attr(code, arg, (Module *)TOP().as.object);
                if (UNLIKELY(is_null(v))) goto error;
            }
            TOP() = value_null();
            PUSH(v);
            DISPATCH();
        }
        STORE_FRAME();
        Value method, self;
        if (!load_method(TOP(), NAME(arg), &method, &self)) goto error;
        TOP() = method;
        PUSH(self);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        STORE_FRAME();
        if (!obj_setattr(TOP(), NAME(arg), SECOND())) goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        STORE_FRAME();
        if (!obj_setattr(TOP(), NAME(arg), value_null())) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value container = SECOND(), key = TOP();
        if (is_list(container) && is_small_int(key)) {
            List *list = as_list(container);
            int64_t index = key.as.integer;
            if (index < 0) index += list->length;
            if (index >= 0 && index < list->length) {
                sp--;
                TOP() = list->items[index];
                DISPATCH();
            }
        }
        STORE_FRAME();
        Value v = obj_getitem(container, key);
        if (UNLIKELY(is_null(v))) goto error;
        sp--;
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value container = SECOND(), key = TOP();
        if (is_list(container) && is_small_int(key)) {
            List *list = as_list(container);
            int64_t index = key.as.integer;
            if (index < 0) index += list->length;
            if (index >= 0 && index < list->length) {
                list->items[index] = sp[-3];
                sp -= 3;
                DISPATCH();
            }
        }
        STORE_FRAME();
        if (UNLIKELY(!obj_setitem(container, key, sp[-3]))) goto error;
        sp -= 3;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        STORE_FRAME();
        if (!obj_setitem(SECOND(), TOP(), value_null())) goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        STORE_FRAME();
        Value step = arg == 3 ? POP() : value_none();
        Slice *slice = slice_new(SECOND(), TOP(), step);
        if (UNLIKELY(!slice)) goto error;
        sp--;
        TOP() = value_object(slice);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Value left = SECOND(), right = TOP();
        if (left.tag == VAL_INT && right.tag == VAL_INT) {
            int64_t a = left.as.integer, b = right.as.integer, result;
            /* + and - first: they are most of all arithmetic in loops */
            if ((arg == BINARY_ADD || arg == BINARY_INPLACE_ADD) && !__builtin_add_overflow(a, b, &result)) {
                sp--;
                TOP() = value_int(result);
                DISPATCH();
            }
            if ((arg == BINARY_SUBTRACT || arg == BINARY_INPLACE_SUBTRACT) && !__builtin_sub_overflow(a, b, &result)) {
                sp--;
                TOP() = value_int(result);
                DISPATCH();
            }
            switch ((BinaryOp)arg) {
            case BINARY_ADD: case BINARY_INPLACE_ADD:
                if (__builtin_add_overflow(a, b, &result)) break;
                sp--; TOP() = value_int(result); DISPATCH();
            case BINARY_SUBTRACT: case BINARY_INPLACE_SUBTRACT:
                if (__builtin_sub_overflow(a, b, &result)) break;
                sp--; TOP() = value_int(result); DISPATCH();
            case BINARY_MULTIPLY: case BINARY_INPLACE_MULTIPLY:
                if (__builtin_mul_overflow(a, b, &result)) break;
                sp--; TOP() = value_int(result); DISPATCH();
            case BINARY_FLOOR_DIVIDE: case BINARY_INPLACE_FLOOR_DIVIDE:
                if (b <= 0 || a < 0) break;
                sp--; TOP() = value_int(a / b); DISPATCH();
            case BINARY_MODULO: case BINARY_INPLACE_MODULO:
                if (b <= 0 || a < 0) break;
                sp--; TOP() = value_int(a % b); DISPATCH();
            case BINARY_AND: case BINARY_INPLACE_AND: sp--; TOP() = value_int(a & b); DISPATCH();
            case BINARY_OR: case BINARY_INPLACE_OR: sp--; TOP() = value_int(a | b); DISPATCH();
            case BINARY_XOR: case BINARY_INPLACE_XOR: sp--; TOP() = value_int(a ^ b); DISPATCH();
            default: break;
            }
        } else if (left.tag == VAL_FLOAT && right.tag == VAL_FLOAT) {
            double a = left.as.number, b = right.as.number;
            switch ((BinaryOp)arg) {
            case BINARY_ADD: case BINARY_INPLACE_ADD: sp--; TOP() = value_float(a + b); DISPATCH();
            case BINARY_SUBTRACT: case BINARY_INPLACE_SUBTRACT: sp--; TOP() = value_float(a - b); DISPATCH();
            case BINARY_MULTIPLY: case BINARY_INPLACE_MULTIPLY: sp--; TOP() = value_float(a * b); DISPATCH();
            case BINARY_TRUE_DIVIDE: case BINARY_INPLACE_TRUE_DIVIDE:
                if (b == 0.0) break;
                sp--; TOP() = value_float(a / b); DISPATCH();
            default: break;
            }
        }
        STORE_FRAME();
        Value v = obj_binary((BinaryOp)arg, left, right);
        if (UNLIKELY(is_null(v))) goto error;
        sp--;
        TOP() = v;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Value operand = TOP();
        if (operand.tag == VAL_INT && operand.as.integer != INT64_MIN) {
            TOP() = value_int(-operand.as.integer);
            DISPATCH();
        }
        STORE_FRAME();
        Value v = obj_unary(UNARY_NEGATIVE, operand);
        if (UNLIKELY(is_null(v))) goto error;
        TOP() = v;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        STORE_FRAME();
        Value v = obj_unary(UNARY_POSITIVE, TOP());
        if (UNLIKELY(is_null(v))) goto error;
        TOP() = v;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        STORE_FRAME();
        Value v = obj_unary(UNARY_INVERT, TOP());
        if (UNLIKELY(is_null(v))) goto error;
        TOP() = v;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        STORE_FRAME();
        int truth = obj_truthy(TOP());
        if (truth < 0) goto error;
        TOP() = value_bool(!truth);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value left = SECOND(), right = TOP();
        if (left.tag == VAL_INT && right.tag == VAL_INT) {
            int64_t a = left.as.integer, b = right.as.integer;
            bool result;
            switch ((CompareOp)arg) {
            case COMPARE_LT: result = a < b; break;
            case COMPARE_LE: result = a <= b; break;
            case COMPARE_EQ: result = a == b; break;
            case COMPARE_NE: result = a != b; break;
            case COMPARE_GT: result = a > b; break;
            default: result = a >= b; break;
            }
            sp--;
            TOP() = value_bool(result);
            DISPATCH();
        }
        STORE_FRAME();
        Value v = obj_compare(left, right, (CompareOp)arg);
        if (UNLIKELY(is_null(v))) goto error;
        sp--;
        TOP() = v;
        DISPATCH();
    }
    TARGET(IS_OP) {
        bool same = value_is_same(SECOND(), TOP());
        if (SECOND().tag == VAL_FLOAT || TOP().tag == VAL_FLOAT) same = SECOND().tag == TOP().tag && memcmp(&SECOND().as, &TOP().as, sizeof(double)) == 0;
        sp--;
        TOP() = value_bool(same != (arg != 0));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        STORE_FRAME();
        int found = obj_contains(TOP(), SECOND());
        if (found < 0) goto error;
        sp--;
        TOP() = value_bool((found != 0) != (arg != 0));
        DISPATCH();
    }
    TARGET(JUMP) { JUMP_TO(arg); DISPATCH(); }
    TARGET(POP_TOP_JUMP) {
        /* POP_TOP, then the JUMP in the next word, executed as itself (pc past it) */
        sp--;
        pc++;
        JUMP_TO(instruction_arg(pc[-1]));
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value condition = POP();
        int truth;
        if (condition.tag == VAL_BOOL) truth = condition.as.boolean;
        else {
            STORE_FRAME();
            truth = obj_truthy(condition);
            if (truth < 0) goto error;
        }
        if (!truth) JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value condition = POP();
        int truth;
        if (condition.tag == VAL_BOOL) truth = condition.as.boolean;
        else {
            STORE_FRAME();
            truth = obj_truthy(condition);
            if (truth < 0) goto error;
        }
        if (truth) JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        STORE_FRAME();
        int truth = obj_truthy(TOP());
        if (truth < 0) goto error;
        if (!truth) JUMP_TO(arg);
        else sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        STORE_FRAME();
        int truth = obj_truthy(TOP());
        if (truth < 0) goto error;
        if (truth) JUMP_TO(arg);
        else sp--;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        if (is_none(POP())) JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (!is_none(POP())) JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(GET_ITER) {
        STORE_FRAME();
        Value iterator = obj_iter(TOP());
        if (UNLIKELY(is_null(iterator))) goto error;
        TOP() = iterator;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value iterator = TOP();
        if (is_object_of(iterator, &type_range_iterator)) {
            RangeIterator *range = (RangeIterator *)iterator.as.object;
            if (range->remaining > 0) {
                PUSH(value_int(range->next));
                range->next += range->step;
                range->remaining--;
                DISPATCH();
            }
            sp--;
            JUMP_TO(arg);
            DISPATCH();
        }
        STORE_FRAME();
        if (is_generator(iterator)) {
            int entered = enter_generator(as_generator(iterator), value_none(), frame);
            if (entered < 0) goto error;
            if (entered > 0) {
                frame = vm.frame;
                LOAD_FRAME();
                DISPATCH();
            }
            sp--;
            JUMP_TO(arg);
            DISPATCH();
        }
        Value next = obj_next(iterator);
        if (is_null(next)) {
            if (error_pending()) goto error;
            sp--;
            JUMP_TO(arg);
            DISPATCH();
        }
        PUSH(next);
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        STORE_FRAME();
        Tuple *tuple = tuple_from_values(sp - arg, arg);
        if (UNLIKELY(!tuple)) goto error;
        sp -= arg;
        PUSH(value_object(tuple));
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        STORE_FRAME();
        List *list = list_from_values(sp - arg, arg);
        if (UNLIKELY(!list)) goto error;
        sp -= arg;
        PUSH(value_object(list));
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        STORE_FRAME();
        Set *set = set_new(&type_set);
        if (UNLIKELY(!set)) goto error;
        gc_push_root(value_object(set)); /* hashing may run a user __hash__ */
        for (uint32_t i = 0; i < arg; i++)
            if (!set_add(set, sp[-(int)arg + (int)i])) {
                gc_pop_roots(1);
                goto error;
            }
        gc_pop_roots(1);
        sp -= arg;
        PUSH(value_object(set));
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        STORE_FRAME();
        Dict *dict = dict_new();
        if (UNLIKELY(!dict)) goto error;
        gc_push_root(value_object(dict));
        for (uint32_t i = 0; i < arg; i++) {
            Value *pair = sp - 2 * (int)arg + 2 * (int)i;
            if (!dict_set(dict, pair[0], pair[1])) {
                gc_pop_roots(1);
                goto error;
            }
        }
        gc_pop_roots(1);
        sp -= 2 * arg;
        PUSH(value_object(dict));
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        STORE_FRAME();
        Value v = build_string(sp - arg, arg);
        if (UNLIKELY(is_null(v))) goto error;
        sp -= arg;
        PUSH(v);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        STORE_FRAME();
        if (!list_append(as_list(sp[-1 - (int)arg]), TOP())) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        STORE_FRAME();
        if (!set_add((Set *)sp[-1 - (int)arg].as.object, TOP())) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        STORE_FRAME();
        if (!dict_set(as_dict(sp[-2 - (int)arg]), SECOND(), TOP())) goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        STORE_FRAME();
        if (!list_extend(as_list(sp[-1 - (int)arg]), TOP())) {
            if (error_matches(&type_type_error) && !value_type(TOP())->iter && !value_type(TOP())->getitem) {
                error_clear();
                raise_error(&type_type_error, "Value after * must be an iterable, not %s", value_type_name(TOP()));
            }
            goto error;
        }
        sp--;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        STORE_FRAME();
        if (!set_update((Set *)sp[-1 - (int)arg].as.object, TOP())) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        STORE_FRAME();
        if (!dict_update(as_dict(sp[-1 - (int)arg]), TOP())) {
            if (error_matches(&type_attribute_error) || (error_matches(&type_type_error) && !is_dict(TOP()))) {
                error_clear();
                raise_error(&type_type_error, "'%s' object is not a mapping", value_type_name(TOP()));
            }
            goto error;
        }
        sp--;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        STORE_FRAME();
        Dict *target = as_dict(sp[-1 - (int)arg]);
        Value source = TOP();
        if (!is_dict(source)) {
            Dict *converted = dict_new();
            if (!converted || !dict_update(converted, source)) {
                if (error_matches(&type_attribute_error) || error_matches(&type_type_error)) {
                    error_clear();
                    /* below the dict: the positional tuple, the callable, and the
                     * method (LOAD_METHOD's form) or NULL */
                    Value method = sp[-4 - (int)arg], callee = is_null(method) ? sp[-3 - (int)arg] : method;
                    Str *name = function_description(callee);
                    if (name)
                        raise_error(&type_type_error, "%s argument after ** must be a mapping, not %s", str_cstr(name),
                                    value_type_name(source));
                }
                goto error;
            }
            source = value_object(converted);
        }
        gc_push_root(source); /* user __eq__/__hash__ may run below */
        int64_t position = 0;
        Value key, value;
        while (dict_next(as_dict(source), &position, &key, &value)) {
            Value existing = dict_get(target, key);
            if (!is_null(existing)) {
                Value callee = sp[-2 - (int)arg];
                raise_error(&type_type_error, "%s() got multiple values for keyword argument '%s'",
                            is_function(callee) ? str_cstr(as_function(callee)->qualname) : value_type_name(callee),
                            is_str(key) ? str_cstr(as_str(key)) : "?");
                gc_pop_roots(1);
                goto error;
            }
            if (!dict_set(target, key, value)) {
                gc_pop_roots(1);
                goto error;
            }
        }
        gc_pop_roots(1);
        sp--;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        STORE_FRAME();
        List *list = as_list(TOP());
        Tuple *tuple = tuple_from_values(list->items, list->length);
        if (UNLIKELY(!tuple)) goto error;
        TOP() = value_object(tuple);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        STORE_FRAME();
        Value sequence = TOP();
        Value items[256];
        Value *destination = arg <= 256 ? items : NULL;
        if (!destination) {
            raise_error(&type_value_error, "too many values to unpack");
            goto error;
        }
        if (UNLIKELY(!unpack_sequence(sequence, (int)arg, destination))) goto error;
        sp--;
        memcpy(sp, destination, sizeof(Value) * arg);
        sp += arg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        STORE_FRAME();
        int before = arg & 0xff, after = (int)(arg >> 8);
        Value items[512];
        if (UNLIKELY(!unpack_starred(TOP(), before, after, items))) goto error;
        sp--;
        memcpy(sp, items, sizeof(Value) * (size_t)(before + after + 1));
        sp += before + after + 1;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        STORE_FRAME();
        Value spec = (arg & 4) ? TOP() : value_null();
        Value value = (arg & 4) ? SECOND() : TOP();
        Value v = format_value(value, (int)arg, spec);
        if (UNLIKELY(is_null(v))) goto error;
        if (arg & 4) sp--;
        TOP() = v;
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        STORE_FRAME();
        int extras = (arg & 1) + ((arg >> 1) & 1) + ((arg >> 3) & 1);
        Value function = make_function(sp - 1, (int)arg, frame);
        if (UNLIKELY(is_null(function))) goto error;
        sp -= extras + 1;
        PUSH(function);
        DISPATCH();
    }
    TARGET(KW_NAMES) { pending_kwnames = as_tuple(constants[arg]); DISPATCH(); }
    TARGET(CALL) {
        Tuple *kwnames = pending_kwnames;
        pending_kwnames = NULL;
        Value *base = sp - arg - 2;
        Value callable;
        Value *args;
        int argc;
        if (is_null(base[0])) {
            callable = base[1];
            if (is_object_of(callable, &type_bound_method)) {
                BoundMethod *bound = (BoundMethod *)callable.as.object;
                base[0] = bound->function;
                base[1] = bound->self;
                callable = base[0];
                args = base + 1;
                argc = (int)arg + 1;
            } else {
                args = base + 2;
                argc = (int)arg;
            }
        } else {
            callable = base[0];
            args = base + 1;
            argc = (int)arg + 1;
        }
        int positional = argc - (kwnames ? (int)kwnames->length : 0);
        uint8_t shape = is_function(callable) ? as_function(callable)->code->call_shape : CALL_SHAPE_UNKNOWN;
        if (is_function(callable) && shape == CALL_SHAPE_UNKNOWN) shape = code_call_shape(as_function(callable)->code);
        if (shape == CALL_SHAPE_SIMPLE || shape == CALL_SHAPE_GENERAL) {
            Function *function = as_function(callable);
            frame->pc = pc;
            frame->stack_top = sp;
            if (UNLIKELY(vm.depth >= vm.recursion_limit)) {
                raise_error(&type_recursion_error, "maximum recursion depth exceeded");
                goto error;
            }
            Code *callee_code = function->code;
            Frame *callee = frame_push_fast(callee_code, function, function->globals);
            if (UNLIKELY(!callee)) goto error;
            if (shape == CALL_SHAPE_SIMPLE && positional == callee_code->arg_count && !kwnames) {
                for (int i = 0; i < positional; i++) callee->slots[i] = args[i];
            } else if (!frame_bind_arguments(callee, function, args, positional, kwnames)) {
                frame_pop(callee);
                goto error;
            }
            frame->stack_top = base;
            callee->previous = frame;
            vm.depth++;
            frame = callee;
            vm.frame = frame;
            LOAD_FRAME();
            if (gc_collection_due && !safe_point()) goto error;
            DISPATCH();
        }
        Value resumed, sent;
        if (is_generator_resume_call(callable, args, argc, kwnames, &resumed, &sent)) {
            sp = base;
            STORE_FRAME();
            int entered = enter_generator(as_generator(resumed), sent, frame);
            if (entered < 0) goto error;
            if (entered == 0) {
                raise_value(value_object(&type_stop_iteration));
                goto error;
            }
            frame = vm.frame;
            LOAD_FRAME();
            DISPATCH();
        }
        STORE_FRAME();
        Value result = obj_call(callable, args, positional, kwnames);
        if (UNLIKELY(is_null(result))) goto error;
        sp = base;
        PUSH(result);
        if (gc_collection_due) {
            STORE_FRAME();
            if (UNLIKELY(!safe_point())) goto error;
        }
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        STORE_FRAME();
        Value kwargs = (arg & 1) ? POP() : value_null();
        Value positional = POP();
        Value callable = POP();
        Value method = POP();
        frame->stack_top = sp + ((arg & 1) ? 4 : 3); /* keep the operands rooted during the call */
        if (!is_tuple(positional)) {
            Tuple *converted = star_arguments(positional, is_null(method) ? callable : method);
            if (!converted) goto error;
            positional = value_object(converted);
            sp[2] = positional; /* rooted */
        }
        if (!is_null(method)) {
            /* [method, self, args]: LOAD_METHOD was used; put self first */
            Tuple *with_self = tuple_new(as_tuple(positional)->length + 1);
            if (UNLIKELY(!with_self)) goto error;
            with_self->items[0] = callable;
            memcpy(with_self->items + 1, as_tuple(positional)->items, sizeof(Value) * (size_t)as_tuple(positional)->length);
            positional = value_object(with_self);
            callable = method;
        }
        gc_push_root(positional); /* converted above: only C holds it */
        gc_push_root(kwargs);
        Tuple *args = as_tuple(positional);
        Value result;
        if (is_null(kwargs) || as_dict(kwargs)->count == 0) {
            result = obj_call(callable, args->items, (int)args->length, NULL);
        } else {
            Dict *keywords = as_dict(kwargs);
            int total = (int)(args->length + keywords->count);
            Value *flat = gc_realloc(NULL, 0, sizeof(Value) * (size_t)(total ? total : 1));
            Tuple *names = tuple_new(keywords->count);
            if (!flat || !names) {
                gc_pop_roots(2);
                goto error;
            }
            memcpy(flat, args->items, sizeof(Value) * (size_t)args->length);
            int64_t position = 0, index = 0;
            Value key, value;
            while (dict_next(keywords, &position, &key, &value)) {
                if (!is_str(key)) {
                    gc_free_buffer(flat, sizeof(Value) * (size_t)total);
                    raise_error(&type_type_error, "keywords must be strings");
                    gc_pop_roots(2);
                    goto error;
                }
                names->items[index] = key;
                flat[args->length + index++] = value;
            }
            gc_push_root(value_object(names));
            for (int i = 0; i < total; i++) gc_push_root(flat[i]);
            result = obj_call(callable, flat, (int)args->length, names);
            gc_pop_roots(total + 1);
            gc_free_buffer(flat, sizeof(Value) * (size_t)total);
        }
        gc_pop_roots(2);
        if (UNLIKELY(is_null(result))) goto error;
        PUSH(result);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        Value result = POP();
        Frame *finished = frame;
        STORE_FRAME();
        vm.depth--;
        vm.frame = finished->previous;
        if (finished->in_generator) {
            leave_generator(finished, GEN_FINISHED);
            if (finished->is_entry) {
                last_exit = EXIT_RETURNED;
                return result;
            }
            frame = finished->previous;
            LOAD_FRAME();
            uint32_t resumer = pc[-1];
            if (instruction_opcode(resumer) == OP_CALL) {
                /* next(gen) / gen.send(v) from Python: StopIteration(value) */
                STORE_FRAME();
                if (is_none(result)) raise_value(value_object(&type_stop_iteration));
                else raise_with_value(&type_stop_iteration, result);
                goto error;
            }
            if (instruction_opcode(resumer) == OP_SEND) TOP() = result;
            else sp--; /* FOR_ITER: the iterator is exhausted */
            pc = code->instructions + instruction_arg(resumer);
            DISPATCH();
        }
        if (finished->is_entry) {
            frame_pop(finished);
            last_exit = EXIT_RETURNED;
            return result;
        }
        frame = finished->previous;
        if ((char *)finished > frame_current_chunk->data) frame_current_chunk->top = (char *)finished;
        else frame_pop(finished);
        LOAD_FRAME();
        PUSH(result);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        STORE_FRAME();
        Value build = dict_get_cstr(vm.builtins, "__build_class__");
        if (is_null(build)) {
            raise_error(&type_name_error, "__build_class__ not found");
            goto error;
        }
        PUSH(build);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        STORE_FRAME();
        Value cause = arg == 2 ? POP() : value_null();
        Value exception = arg >= 1 ? POP() : value_null();
        frame->stack_top = sp;
        /* A bare `raise` continues the handled exception's unwinding without
         * a new traceback entry, as CPython does. */
        reraising = do_raise(exception, cause) && arg == 0;
        goto error;
    }
    TARGET(RERAISE) {
        Value exception = POP();
        STORE_FRAME();
        error_restore(exception);
        reraising = true;
        goto error;
    }
    TARGET(PUSH_EXC_INFO) {
        Value exception = TOP();
        TOP() = exception_from_slot(vm.handled_exception);
        PUSH(exception);
        vm.handled_exception = exception_to_slot(exception);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        vm.handled_exception = exception_to_slot(POP());
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        STORE_FRAME();
        int match = exception_matches(SECOND(), TOP());
        if (match < 0) goto error;
        TOP() = value_bool(match);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) { PUSH(value_object(&type_assertion_error)); DISPATCH(); }
    TARGET(BEFORE_WITH) {
        STORE_FRAME();
        Value exit, entered;
        if (UNLIKELY(!before_with(TOP(), &exit, &entered))) goto error;
        TOP() = exit;
        PUSH(entered);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        STORE_FRAME();
        Value result = with_except_start(sp[-3], TOP());
        if (UNLIKELY(is_null(result))) goto error;
        PUSH(result);
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        STORE_FRAME();
        Value fromlist = TOP();
        Value level = SECOND();
        Value module = module_import(NAME(arg), frame->globals, fromlist, is_small_int(level) ? (int)level.as.integer : 0);
        if (UNLIKELY(is_null(module))) goto error;
        sp--;
        TOP() = module;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        STORE_FRAME();
        Value v = import_from(TOP(), NAME(arg));
        if (UNLIKELY(is_null(v))) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        STORE_FRAME();
        if (UNLIKELY(!import_star(TOP(), frame->locals ? frame->locals : frame->globals))) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        Value value = POP();
        for (;;) {
            Frame *suspended = frame;
            STORE_FRAME();
            leave_generator(suspended, GEN_SUSPENDED);
            vm.depth--;
            vm.frame = suspended->previous;
            if (suspended->is_entry) {
                last_exit = EXIT_YIELDED;
                return value;
            }
            frame = suspended->previous;
            LOAD_FRAME();
            /* A resumer inside a `yield from`/`await` loop (SEND, then
             * YIELD_VALUE 1) would only yield the value again: pass it
             * straight up the chain without going through SEND. */
            if (*pc != instruction_make(OP_YIELD_VALUE, 1) || instruction_opcode(pc[-1]) != OP_SEND || !frame->in_generator) break;
            pc++;
        }
        PUSH(value);
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Value iterable = TOP();
        if (is_generator(iterable)) DISPATCH();
        if (is_coroutine(iterable)) {
            if (code->flags & (CODE_COROUTINE | CODE_ITERABLE_COROUTINE)) DISPATCH();
            STORE_FRAME();
            raise_error(&type_type_error, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            goto error;
        }
        STORE_FRAME();
        Value iterator = obj_iter(iterable);
        if (UNLIKELY(is_null(iterator))) goto error;
        TOP() = iterator;
        DISPATCH();
    }
    TARGET(SEND) {
        Value sent = POP();
        Value receiver = TOP();
        STORE_FRAME();
        if (is_gen_like(receiver)) {
            int entered = enter_generator(as_generator(receiver), sent, frame);
            if (entered < 0) goto error;
            if (entered > 0) {
                frame = vm.frame;
                LOAD_FRAME();
                DISPATCH();
            }
            TOP() = value_none();
            JUMP_TO(arg);
            DISPATCH();
        }
        frame->stack_top = sp + 1; /* keep [sent] rooted */
        bool returned;
        Value result = send_to_iterator(receiver, sent, &returned);
        if (UNLIKELY(is_null(result))) goto error;
        if (returned) {
            TOP() = result;
            JUMP_TO(arg);
            DISPATCH();
        }
        PUSH(result);
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        STORE_FRAME();
        Value awaitable = gen_get_awaitable(TOP());
        if (is_null(awaitable)) {
            if (arg && error_matches(&type_type_error) && is_null(type_lookup_cstr(value_type(TOP()), "__await__"))) {
                error_clear();
                raise_error(&type_type_error, "'async with' received an object from __a%s__ that does not implement __await__: %s",
                            arg == 1 ? "enter" : "exit", value_type_name(TOP()));
            }
            goto error;
        }
        TOP() = awaitable;
        DISPATCH();
    }
    TARGET(GET_AITER) {
        STORE_FRAME();
        Value iterable = TOP();
        Value method = type_lookup_cstr(value_type(iterable), "__aiter__");
        if (is_null(method)) {
            raise_error(&type_type_error, "'async for' requires an object with __aiter__ method, got %s", value_type_name(iterable));
            goto error;
        }
        Value iterator = obj_call(method, &iterable, 1, NULL);
        if (UNLIKELY(is_null(iterator))) goto error;
        if (is_null(type_lookup_cstr(value_type(iterator), "__anext__"))) {
            raise_error(&type_type_error, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                        value_type_name(iterator));
            goto error;
        }
        TOP() = iterator;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        STORE_FRAME();
        Value iterator = TOP();
        if (is_async_generator(iterator)) { /* its asend awaitable is its own iterator */
            Value step = asyncgen_anext(iterator);
            if (UNLIKELY(is_null(step))) goto error;
            PUSH(step);
            DISPATCH();
        }
        Value awaitable = obj_call_method(iterator, "__anext__", NULL, 0);
        if (UNLIKELY(is_null(awaitable))) goto error;
        PUSH(awaitable);
        STORE_FRAME();
        Value awaited = gen_get_awaitable(awaitable);
        if (is_null(awaited)) {
            if (error_matches(&type_type_error)) {
                error_clear();
                raise_error(&type_type_error, "'async for' received an invalid object from __anext__: %s", value_type_name(awaitable));
            }
            goto error;
        }
        TOP() = awaited;
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        /* the handler of the __anext__ await: StopAsyncIteration ends the loop */
        Value exception = POP();
        if (value_is_instance(exception, &type_stop_async_iteration)) {
            sp--; /* the async iterator */
            DISPATCH();
        }
        STORE_FRAME();
        error_restore(exception);
        reraising = true;
        goto error;
    }
    TARGET(BEFORE_ASYNC_WITH) {
        STORE_FRAME();
        Value manager = TOP();
        Type *type = value_type(manager);
        Value enter = type_lookup_cstr(type, "__aenter__");
        Value exit = type_lookup_cstr(type, "__aexit__");
        if (is_null(enter) || is_null(exit)) {
            raise_error(&type_type_error, "'%s' object does not support the asynchronous context manager protocol%s",
                        type->name, is_null(enter) ? "" : " (missed __aexit__ method)");
            goto error;
        }
        Value bound_exit = value_type(exit)->descr_get ? value_type(exit)->descr_get(exit, manager, type) : exit;
        if (UNLIKELY(is_null(bound_exit))) goto error;
        TOP() = bound_exit;
        Value entered = obj_call(enter, &manager, 1, NULL);
        if (UNLIKELY(is_null(entered))) goto error;
        PUSH(entered);
        DISPATCH();
    }
    TARGET(ASYNC_GEN_WRAP) {
        /* CPython wraps an async generator's own yields to tell them from the
         * values its awaits pass up; pyco tells them by the YIELD_VALUE the
         * frame stops at (asyncgen.c), so there is nothing to do. */
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        STORE_FRAME();
        Value value = TOP();
        if (!is_none(value)) {
            Value text = obj_repr(value);
            if (UNLIKELY(is_null(text))) goto error;
            if (UNLIKELY(!dict_set_cstr(vm.builtins, "_", value))) goto error;
            Value out = file_stdout();
            if (!file_write_str(out, as_str(text)) || !file_write_str(out, str_intern("\n"))) goto error;
        }
        sp--;
        DISPATCH();
    }
    TARGET(RAISE_NOT_IMPLEMENTED) {
        STORE_FRAME();
        raise_error(&type_not_implemented_error, "%s", str_cstr(as_str(constants[arg])));
        goto error;
    }

error:
    frame->pc = pc;
    pending_kwnames = NULL;
    if (!reraising) {
        Value exception = vm.exception;
        ExceptionObject *raised = (ExceptionObject *)exception.as.object;
        if (!raised->traceback) chain_context(exception);
        exc_add_traceback_at(exception, code, frame_line(frame), (int)(pc - code->instructions) - 1);
    }
    reraising = false;
    {
        const ExceptionTableEntry *handler = code_find_handler(code, (int)(pc - code->instructions) - 1);
        if (handler) {
            sp = frame_stack_base(frame) + handler->depth;
            PUSH(error_fetch());
            pc = code->instructions + handler->handler;
            DISPATCH();
        }
    }
    {
        Frame *left = frame;
        vm.depth--;
        vm.frame = left->previous;
        left->stack_top = frame_stack_base(left);
        if (left->in_generator) {
            convert_stop_iteration(frame_generator(left));
            leave_generator(left, GEN_FINISHED);
        }
        if (left->is_entry) {
            if (!left->in_generator) frame_pop(left);
            return value_null();
        }
        frame = left->previous;
        if (!left->in_generator) frame_pop(left);
        LOAD_FRAME();
        goto error;
    }
}

/* ---- entering the loop from C ------------------------------------------------------ */

/* Link [frame] as an entry frame on top of the current chain and run it. */
static Value run_entry(Frame *frame, bool throwing) {
    if (vm.native_depth >= MAX_NATIVE_DEPTH) {
        if (!frame->in_generator) frame_pop(frame);
        return raise_error(&type_recursion_error, "maximum recursion depth exceeded");
    }
    frame->previous = vm.frame;
    frame->is_entry = true;
    vm.frame = frame;
    vm.depth++;
    vm.native_depth++;
    Value result = run_frames(frame, throwing);
    vm.native_depth--;
    return result;
}

Value vm_run(Frame *entry) { return run_entry(entry, false); }

Value vm_call_function(Function *function, Value *args, int nargs, Tuple *kwnames) {
    Code *code = function->code;
    if (code->flags & (CODE_GENERATOR | CODE_COROUTINE | CODE_ASYNC_GENERATOR))
        return gen_new(function, args, nargs, kwnames);
    if (vm.depth >= vm.recursion_limit) return raise_error(&type_recursion_error, "maximum recursion depth exceeded");
    Frame *frame = frame_push(code, function, function->globals, NULL);
    if (!frame) return value_null();
    if (!frame_bind_arguments(frame, function, args, nargs, kwnames)) {
        frame_pop(frame);
        return value_null();
    }
    return run_entry(frame, false);
}

Value vm_call_with_locals(Function *function, Dict *locals) {
    Frame *frame = frame_push(function->code, function, function->globals, locals);
    if (!frame) return value_null();
    if (!frame_bind_arguments(frame, function, NULL, 0, NULL)) {
        frame_pop(frame);
        return value_null();
    }
    return run_entry(frame, false);
}

Value vm_run_module_code(Code *code, Dict *globals) {
    if (is_null(dict_get_cstr(globals, "__builtins__")) && !dict_set_cstr(globals, "__builtins__", value_object(vm.builtins)))
        return value_null();
    Frame *frame = frame_push(code, NULL, globals, globals);
    if (!frame) return value_null();
    return run_entry(frame, false);
}

/* Resume a generator's frame from C (gen.c): push [sent] unless it is just
 * starting, or raise the pending exception at its yield when [throwing]. */
GenResult vm_resume_generator(Generator *gen, Value sent, bool throwing, Value *out) {
    if (vm.depth >= vm.recursion_limit) { /* e.g. async generators nested through their asend awaitables */
        raise_error(&type_recursion_error, "maximum recursion depth exceeded");
        return GEN_RAISED;
    }
    if (!throwing && !is_null(sent) && gen->state == GEN_SUSPENDED) *gen->frame.stack_top++ = sent;
    gen->state = GEN_RUNNING;
    gen->saved_handled = vm.handled_exception;
    vm.handled_exception = gen->handled_exception;
    Value result = run_entry(&gen->frame, throwing);
    if (is_null(result)) return GEN_RAISED;
    *out = result;
    return last_exit == EXIT_YIELDED ? GEN_YIELDED : GEN_RETURNED;
}

/* ---- start-up -------------------------------------------------------------------------- */

static void on_interrupt(int signal_number) {
    (void)signal_number;
    vm.interrupted = 1;
    gc_collection_due = true; /* the flag the loop polls at every back-edge and call */
}

void vm_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
}
