/* Macros that generate the command handlers and the counter accessors. */
#ifndef POS_MACROS_H
#define POS_MACROS_H

/* Every command handler has the same signature: returns 0 on success. */
#define DECLARE_COMMAND(name) int cmd_##name(const char* args)
#define DEFINE_COMMAND(name) int cmd_##name(const char* args)
#define COMMAND_ENTRY(name) { #name, &cmd_##name }

/* Counter accessors generated from counters.inc. */
#define DECLARE_COUNTER_ACCESSORS(name) \
    long counter_##name(void);          \
    void bump_##name(long amount)

#define DEFINE_COUNTER_ACCESSORS(name)                      \
    static long s_counter_##name = 0;                       \
    long counter_##name(void) { return s_counter_##name; }  \
    void bump_##name(long amount) { s_counter_##name += amount; }

#define POS_UNUSED(x) (void)(x)

#endif /* POS_MACROS_H */
