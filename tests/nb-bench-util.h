/* nb-bench-util.h
 *
 * Copyright 2026 The Netbook Developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the benchmarks share: a clock in milliseconds, one line per
 * figure, and the best of a few runs. */

static inline double
nb_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static inline void
nb_bench_report (const char *what,
                 double      ms,
                 const char *extra)
{
  g_print ("  %-52s %10.1f ms  %s\n", what, ms, extra ? extra : "");
}

/* The best of a few runs: the figure of a warm cache, as in use. */
#define NB_BENCH_TIME_BEST(ms, runs, code) \
  G_STMT_START { \
    ms = G_MAXDOUBLE; \
    for (int run_ = 0; run_ < (runs); run_++) \
      { \
        double start_ = nb_bench_now_ms (); \
        code; \
        ms = MIN (ms, nb_bench_now_ms () - start_); \
      } \
  } G_STMT_END

G_END_DECLS
