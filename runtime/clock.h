/* runtime/clock.h — the one monotonic clock every deadline and duration in the runtime uses. */
#ifndef CD_CLOCK_H
#define CD_CLOCK_H

#include <stdint.h>

/* CLOCK_MONOTONIC in nanoseconds (deadlines, timeouts, durations; never wall time). */
int64_t cd_clock_ns(void);

#endif
