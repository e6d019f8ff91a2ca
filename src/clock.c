/* clock.c — real and virtual time (see clock.h).
 *
 * The virtual clock starts at the real readings of the program's start and
 * then moves only when the program sleeps (or the event loop jumps to its
 * next timer). Each advance is rounded up to the next representable double
 * if needed, so a reading after sleep(d) is never less than d later: with
 * wall time near 1.7e9 s a double's resolution is about 0.2 microseconds,
 * and (t + 0.05) - t could otherwise come out as 0.0499999.
 */
#include <math.h>
#include <time.h>

#include "clock.h"
#include "vm.h"

static bool started = false;
static double virtual_wall, virtual_monotonic;

static double real_seconds(clockid_t clock) {
    struct timespec now;
    clock_gettime(clock, &now);
    return (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
}

static void start_if_needed(void) {
    if (started) return;
    started = true;
    virtual_wall = real_seconds(CLOCK_REALTIME);
    virtual_monotonic = real_seconds(CLOCK_MONOTONIC);
}

/* [clock] + [seconds], never less than [seconds] later once rounded. */
static double advanced(double clock, double seconds) {
    double moved = clock + seconds;
    while (moved - clock < seconds) moved = nextafter(moved, INFINITY);
    return moved;
}

static void virtual_advance(double seconds) {
    if (seconds <= 0) return;
    virtual_wall = advanced(virtual_wall, seconds);
    virtual_monotonic = advanced(virtual_monotonic, seconds);
}

bool clock_is_virtual(void) { return vm.virtual_time; }

double clock_wall(void) {
    if (!vm.virtual_time) return real_seconds(CLOCK_REALTIME);
    start_if_needed();
    return virtual_wall;
}

double clock_monotonic(void) {
    if (!vm.virtual_time) return real_seconds(CLOCK_MONOTONIC);
    start_if_needed();
    return virtual_monotonic;
}

int64_t clock_wall_ns(void) {
    if (vm.virtual_time) return (int64_t)(clock_wall() * 1e9);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

int64_t clock_monotonic_ns(void) {
    if (vm.virtual_time) return (int64_t)(clock_monotonic() * 1e9);
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

void clock_advance_to(double deadline) {
    start_if_needed();
    if (deadline <= virtual_monotonic) return;
    double step = deadline - virtual_monotonic;
    virtual_wall = advanced(virtual_wall, step);
    virtual_monotonic = deadline;
}

bool clock_sleep(double seconds) {
    if (vm.virtual_time) {
        start_if_needed();
        virtual_advance(seconds);
        return true;
    }
    double deadline = real_seconds(CLOCK_MONOTONIC) + seconds;
    for (;;) {
        if (!vm_check_interrupt()) return false;
        double left = deadline - real_seconds(CLOCK_MONOTONIC);
        if (left <= 0) return true;
        /* sleep in slices so Ctrl-C is noticed promptly */
        double slice = left < 0.05 ? left : 0.05;
        struct timespec request = {(time_t)slice, (long)((slice - (double)(time_t)slice) * 1e9)};
        nanosleep(&request, NULL);
    }
}
