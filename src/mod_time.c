/* mod_time.c — the time module: clocks, sleeping, and calendar time.
 *
 * Every reading goes through clock.h, so under --virtual-time time.sleep(3)
 * returns at once and time.time() has moved by exactly 3 seconds.
 *
 * Calendar time (localtime, gmtime, strftime) uses the C library. A
 * struct_time is a read-only sequence of nine ints with named fields, as in
 * CPython: time.struct_time(tm_year=2026, tm_mon=11, ...).
 */
#include <math.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"
#include "vm.h"

/* ---- struct_time ------------------------------------------------------------ */

typedef struct StructTime {
    Object base;
    Tuple *fields;  /* the nine values (ints, unless built by struct_time(seq)) */
    Value zone;     /* tm_zone: a str, or None */
    Value gmtoff;   /* tm_gmtoff: an int, or None */
} StructTime;

static const char *const field_names[9] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                           "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

extern Type type_struct_time;

static Value struct_time_from_tm(const struct tm *tm) {
    StructTime *result = (StructTime *)gc_alloc(&type_struct_time, sizeof(StructTime));
    if (!result) return value_null();
    int64_t values[9] = {tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
                         tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst};
    result->fields = tuple_new(9);
    if (!result->fields) return value_null();
    for (int i = 0; i < 9; i++) result->fields->items[i] = value_int(values[i]);
    result->zone = str_value(str_from_cstr(tm->tm_zone ? tm->tm_zone : "UTC"));
    result->gmtoff = value_int(tm->tm_gmtoff);
    return value_object(result);
}

/* time.struct_time(sequence): 9 to 11 items (the last two are tm_zone and tm_gmtoff). */
static Value struct_time_new(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("struct_time", kwnames) || !args_check_count("struct_time", nargs, 1, 1)) return value_null();
    if (!is_tuple(args[0]) && !is_object_of(args[0], &type_list) && !is_object_of(args[0], &type_struct_time))
        return raise_error(&type_type_error, "constructor requires a sequence");
    List *items = list_from_iterable(args[0]);
    if (!items) return value_null();
    if (items->length < 9)
        return raise_error(&type_type_error, "time.struct_time() takes an at least 9-sequence (%lld-sequence given)",
                           (long long)items->length);
    if (items->length > 11)
        return raise_error(&type_type_error, "time.struct_time() takes an at most 11-sequence (%lld-sequence given)",
                           (long long)items->length);
    StructTime *result = (StructTime *)gc_alloc(&type_struct_time, sizeof(StructTime));
    if (!result) return value_null();
    result->fields = tuple_new(9);
    if (!result->fields) return value_null();
    for (int i = 0; i < 9; i++) result->fields->items[i] = items->items[i];
    result->zone = items->length > 9 ? items->items[9] : value_none();
    result->gmtoff = items->length > 10 ? items->items[10] : value_none();
    return value_object(result);
}

static Value struct_time_repr(Value self) {
    StructTime *st = (StructTime *)self.as.object;
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "time.struct_time(");
    for (int i = 0; i < 9; i++) {
        Value text = obj_repr(st->fields->items[i]);
        if (is_null(text)) {
            sb_finish(&sb);
            return value_null();
        }
        sb_appendf(&sb, "%s%s=", i ? ", " : "", field_names[i]);
        sb_append_str(&sb, as_str(text));
    }
    sb_append_char(&sb, ')');
    return str_value(sb_finish(&sb));
}

static Value struct_time_getattr(Value self, Str *name) {
    StructTime *st = (StructTime *)self.as.object;
    for (int i = 0; i < 9; i++)
        if (str_equal_cstr(name, field_names[i])) return st->fields->items[i];
    if (str_equal_cstr(name, "tm_zone")) return st->zone;
    if (str_equal_cstr(name, "tm_gmtoff")) return st->gmtoff;
    return obj_generic_getattr(self, name);
}

static Value struct_time_getitem(Value self, Value key) { return obj_getitem(value_object(((StructTime *)self.as.object)->fields), key); }
static int64_t struct_time_length(Value self) { return 9; }
static Value struct_time_iter(Value self) { return obj_iter(value_object(((StructTime *)self.as.object)->fields)); }

static Value struct_time_compare(Value a, Value b, CompareOp op) {
    Value left = is_object_of(a, &type_struct_time) ? value_object(((StructTime *)a.as.object)->fields) : a;
    Value right = is_object_of(b, &type_struct_time) ? value_object(((StructTime *)b.as.object)->fields) : b;
    if (!is_tuple(left) || !is_tuple(right)) return value_not_implemented();
    return obj_compare(left, right, op);
}

static void struct_time_mark(Object *self) {
    gc_mark_object((Object *)((StructTime *)self)->fields);
    gc_mark_value(((StructTime *)self)->zone);
    gc_mark_value(((StructTime *)self)->gmtoff);
}

Type type_struct_time = {
    .name = "struct_time",
    .module_name = "time",
    .instance_size = sizeof(StructTime),
    .new = struct_time_new,
    .repr = struct_time_repr,
    .getattr = struct_time_getattr,
    .getitem = struct_time_getitem,
    .length = struct_time_length,
    .iter = struct_time_iter,
    .compare = struct_time_compare,
    .gc_mark = struct_time_mark,
};

/* A struct_time or 9-tuple back to a struct tm (for strftime, mktime). */
static bool tm_from_value(Value value, struct tm *tm, const char *function) {
    Value sequence = is_object_of(value, &type_struct_time) ? value_object(((StructTime *)value.as.object)->fields) : value;
    if (!is_tuple(sequence)) {
        raise_error(&type_type_error, "Tuple or struct_time argument required");
        return false;
    }
    if (as_tuple(sequence)->length != 9) {
        raise_error(&type_type_error, "%s(): illegal time tuple argument", function);
        return false;
    }
    int64_t parts[9];
    for (int i = 0; i < 9; i++)
        if (!int_as_int64(as_tuple(sequence)->items[i], &parts[i])) return false;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)parts[0] - 1900;
    tm->tm_mon = (int)parts[1] - 1;
    tm->tm_mday = (int)parts[2];
    tm->tm_hour = (int)parts[3];
    tm->tm_min = (int)parts[4];
    tm->tm_sec = (int)parts[5];
    tm->tm_wday = (int)((parts[6] + 1) % 7);
    tm->tm_yday = (int)parts[7] - 1;
    tm->tm_isdst = (int)parts[8];
    if (is_object_of(value, &type_struct_time)) {
        StructTime *st = (StructTime *)value.as.object;
        int64_t gmtoff = 0;
        if (is_int_like(st->gmtoff) && int_as_int64(st->gmtoff, &gmtoff)) tm->tm_gmtoff = (long)gmtoff;
        if (is_str(st->zone)) tm->tm_zone = str_cstr(as_str(st->zone));
    }
    return true;
}

/* CPython's checks (and fix-ups of zero fields) before strftime formats a time tuple. */
static bool tm_check_for_strftime(struct tm *tm) {
    const char *problem = NULL;
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) problem = "month out of range";
    if (tm->tm_mday == 0) tm->tm_mday = 1;
    else if (!problem && (tm->tm_mday < 0 || tm->tm_mday > 31)) problem = "day of month out of range";
    if (!problem && (tm->tm_hour < 0 || tm->tm_hour > 23)) problem = "hour out of range";
    if (!problem && (tm->tm_min < 0 || tm->tm_min > 59)) problem = "minute out of range";
    if (!problem && (tm->tm_sec < 0 || tm->tm_sec > 61)) problem = "seconds out of range";
    if (!problem && tm->tm_wday < 0) problem = "day of week out of range";
    if (tm->tm_yday == -1) tm->tm_yday = 0;
    else if (!problem && (tm->tm_yday < 0 || tm->tm_yday > 365)) problem = "day of year out of range";
    if (tm->tm_isdst < -1) tm->tm_isdst = -1;
    else if (tm->tm_isdst > 1) tm->tm_isdst = 1;
    if (problem) raise_error(&type_value_error, "%s", problem);
    return problem == NULL;
}

/* ---- functions -------------------------------------------------------------- */

static Value time_time(Value *args, int nargs, Tuple *kwnames) { return value_float(clock_wall()); }
static Value time_time_ns(Value *args, int nargs, Tuple *kwnames) { return value_int(clock_wall_ns()); }
static Value time_monotonic(Value *args, int nargs, Tuple *kwnames) { return value_float(clock_monotonic()); }
static Value time_monotonic_ns(Value *args, int nargs, Tuple *kwnames) { return value_int(clock_monotonic_ns()); }

static Value time_process_time(Value *args, int nargs, Tuple *kwnames) {
    struct timespec now;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return value_float((double)now.tv_sec + (double)now.tv_nsec * 1e-9);
}

static Value time_sleep(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("sleep", kwnames) || !args_check_count("sleep", nargs, 1, 1)) return value_null();
    double seconds;
    if (!is_int_like(args[0]) && !is_float(args[0]))
        return raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(args[0]));
    if (!value_to_double(args[0], &seconds)) return value_null();
    if (isnan(seconds)) return raise_error(&type_value_error, "Invalid value NaN (not a number)");
    if (seconds < 0) return raise_error(&type_value_error, "sleep length must be non-negative");
    if (!clock_sleep(seconds)) return value_null();
    return value_none();
}

/* The seconds argument of localtime/gmtime/ctime: None or absent = now. */
static bool seconds_argument(Value *args, int nargs, time_t *out) {
    if (nargs == 0 || is_none(args[0])) {
        *out = (time_t)floor(clock_wall());
        return true;
    }
    double seconds;
    if (!is_int_like(args[0]) && !is_float(args[0])) {
        raise_error(&type_type_error, "'%s' object cannot be interpreted as an integer", value_type_name(args[0]));
        return false;
    }
    if (!value_to_double(args[0], &seconds)) return false;
    if (isnan(seconds)) {
        raise_error(&type_value_error, "Invalid value NaN (not a number)");
        return false;
    }
    *out = (time_t)floor(seconds);
    return true;
}

static Value time_localtime(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("localtime", nargs, 0, 1)) return value_null();
    time_t seconds;
    if (!seconds_argument(args, nargs, &seconds)) return value_null();
    struct tm tm;
    localtime_r(&seconds, &tm);
    return struct_time_from_tm(&tm);
}

static Value time_gmtime(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("gmtime", nargs, 0, 1)) return value_null();
    time_t seconds;
    if (!seconds_argument(args, nargs, &seconds)) return value_null();
    struct tm tm;
    gmtime_r(&seconds, &tm);
    return struct_time_from_tm(&tm);
}

static Value time_mktime(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("mktime", nargs, 1, 1)) return value_null();
    struct tm tm;
    if (!tm_from_value(args[0], &tm, "mktime")) return value_null();
    tm.tm_isdst = -1;
    time_t result = mktime(&tm);
    if (result == (time_t)-1) return raise_error(&type_overflow_error, "mktime argument out of range");
    return value_float((double)result);
}

static Value time_strftime(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("strftime", nargs, 1, 2)) return value_null();
    if (!is_str(args[0]))
        return raise_error(&type_type_error, "strftime() argument 1 must be str, not %s", value_type_name(args[0]));
    struct tm tm;
    if (nargs == 2) {
        if (!tm_from_value(args[1], &tm, "strftime") || !tm_check_for_strftime(&tm)) return value_null();
    } else {
        time_t now = (time_t)floor(clock_wall());
        localtime_r(&now, &tm);
    }
    const char *format = str_cstr(as_str(args[0]));
    if (!*format) return value_object(str_intern(""));
    size_t size = 256 + 4 * strlen(format);
    char *buffer = gc_realloc(NULL, 0, size);
    if (!buffer) return value_null();
    size_t length = strftime(buffer, size, format, &tm);
    Str *result = str_new(buffer, (int64_t)length);
    gc_free_buffer(buffer, size);
    return str_value(result);
}

static Value time_asctime_of(struct tm *tm) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return str_value(str_from_format("%s %s %2d %02d:%02d:%02d %d", days[tm->tm_wday % 7], months[tm->tm_mon % 12],
                                     tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900));
}

static Value time_ctime(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("ctime", nargs, 0, 1)) return value_null();
    time_t seconds;
    if (!seconds_argument(args, nargs, &seconds)) return value_null();
    struct tm tm;
    localtime_r(&seconds, &tm);
    return time_asctime_of(&tm);
}

static Value time_asctime(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("asctime", nargs, 0, 1)) return value_null();
    struct tm tm;
    if (nargs == 1) {
        if (!tm_from_value(args[0], &tm, "asctime")) return value_null();
    } else {
        time_t now = (time_t)floor(clock_wall());
        localtime_r(&now, &tm);
    }
    return time_asctime_of(&tm);
}

static Value time_strptime(Value *args, int nargs, Tuple *kwnames);

static const MethodDef time_functions[] = {
    {"time", time_time, METHOD_STATIC, "Seconds since the epoch, as a float."},
    {"time_ns", time_time_ns, METHOD_STATIC, NULL},
    {"monotonic", time_monotonic, METHOD_STATIC, NULL},
    {"monotonic_ns", time_monotonic_ns, METHOD_STATIC, NULL},
    {"perf_counter", time_monotonic, METHOD_STATIC, NULL},
    {"perf_counter_ns", time_monotonic_ns, METHOD_STATIC, NULL},
    {"process_time", time_process_time, METHOD_STATIC, NULL},
    {"sleep", time_sleep, METHOD_STATIC, NULL},
    {"localtime", time_localtime, METHOD_STATIC, NULL},
    {"gmtime", time_gmtime, METHOD_STATIC, NULL},
    {"mktime", time_mktime, METHOD_STATIC, NULL},
    {"strftime", time_strftime, METHOD_STATIC, NULL},
    {"ctime", time_ctime, METHOD_STATIC, NULL},
    {"asctime", time_asctime, METHOD_STATIC, NULL},
    {"strptime", time_strptime, METHOD_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

/* timezone, altzone, daylight and tzname as CPython derives them: from the
 * local offsets of a January and a July day of this year (the later one is
 * the DST zone, also in the southern hemisphere). */
static void time_add_zone_info(Module *module) {
    const time_t year = (time_t)((365 * 24 + 6) * 3600);
    time_t january = ((time_t)clock_wall() / year) * year, july = january + year / 2;
    struct tm january_tm, july_tm;
    tzset();
    localtime_r(&january, &january_tm);
    localtime_r(&july, &july_tm);
    long january_zone = -january_tm.tm_gmtoff, july_zone = -july_tm.tm_gmtoff;
    Str *january_name = str_from_cstr(january_tm.tm_zone ? january_tm.tm_zone : "UTC");
    Str *july_name = str_from_cstr(july_tm.tm_zone ? july_tm.tm_zone : "UTC");
    bool reversed = january_zone < july_zone;
    module_add(module, "timezone", value_int(reversed ? july_zone : january_zone));
    module_add(module, "altzone", value_int(reversed ? january_zone : july_zone));
    module_add(module, "daylight", value_int(january_zone != july_zone));
    Value names = value_object(reversed ? tuple_pack(2, value_object(july_name), value_object(january_name))
                                        : tuple_pack(2, value_object(january_name), value_object(july_name)));
    module_add(module, "tzname", names);
}

/* strptime(string, format="%a %b %d %H:%M:%S %Y"): the parsing is datetime's
 * (_strptime in stdlib/datetime.py); weekday and day of the year follow from
 * the date, and tm_isdst is -1 (unknown) as in CPython. */
static Value time_strptime(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("strptime", kwnames) || !args_check_count("strptime", nargs, 1, 2)) return value_null();
    /* CPython's message counts from 0 and shows the class: "argument 1" is the format */
    for (int i = 0; i < nargs; i++)
        if (!is_str(args[i]))
            return raise_error(&type_type_error, "strptime() argument %d must be str, not <class '%s'>", i,
                               value_type_name(args[i]));
    Value module = module_import_cstr("datetime");
    if (is_null(module)) return value_null();
    Value parser = dict_get_cstr(((Module *)module.as.object)->dict, "_strptime");
    if (is_null(parser)) return raise_error(&type_import_error, "cannot import name '_strptime' from 'datetime'");
    Value call_args[2] = {args[0], nargs == 2 ? args[1] : str_value(str_from_cstr("%a %b %d %H:%M:%S %Y"))};
    gc_push_root(call_args[1]);
    Value fields = obj_call(parser, call_args, 2, NULL);
    gc_pop_roots(1);
    if (is_null(fields)) return value_null();
    int64_t parts[6];
    for (int i = 0; i < 6; i++)
        if (!int_as_int64(as_tuple(fields)->items[i], &parts[i])) return value_null();
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = (int)parts[0] - 1900;
    tm.tm_mon = (int)parts[1] - 1;
    tm.tm_mday = (int)parts[2];
    time_t seconds = timegm(&tm); /* fills tm_wday and tm_yday */
    (void)seconds;
    tm.tm_hour = (int)parts[3];
    tm.tm_min = (int)parts[4];
    tm.tm_sec = (int)parts[5];
    tm.tm_isdst = -1;
    Value result = struct_time_from_tm(&tm);
    if (is_null(result)) return result;
    ((StructTime *)result.as.object)->zone = value_none();
    ((StructTime *)result.as.object)->gmtoff = value_none();
    return result;
}

static Module *time_module_init(void) {
    type_ready(&type_struct_time);
    Module *module = module_from_methods("time", time_functions);
    if (!module) return NULL;
    module_add(module, "struct_time", value_object(&type_struct_time));
    time_add_zone_info(module);
    return module;
}

void mod_time_register(void) { module_register_native("time", time_module_init); }
