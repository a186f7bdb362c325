/* Shift counter storage and accessors, expanded from counters.inc. */
#include "counters.h"

#include <cstdio>

#define COUNTER(name) DEFINE_COUNTER_ACCESSORS(name)
#include "counters.inc"
#undef COUNTER

void reset_counters(void)
{
#define COUNTER(name) bump_##name(-counter_##name());
#include "counters.inc"
#undef COUNTER
}

void print_counters(void)
{
#define COUNTER(name) printf("  %-12s %ld\n", #name, counter_##name());
#include "counters.inc"
#undef COUNTER
}
