/* Shift counters: accessors are generated from counters.inc. */
#ifndef POS_COUNTERS_H
#define POS_COUNTERS_H

#include "pos_macros.h"

#define COUNTER(name) DECLARE_COUNTER_ACCESSORS(name);
#include "counters.inc"
#undef COUNTER

void reset_counters(void);
void print_counters(void);

#endif /* POS_COUNTERS_H */
