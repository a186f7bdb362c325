/* Register commands (sale, refund, void, nosale, total) and the dispatcher. */
#ifndef POS_COMMANDS_H
#define POS_COMMANDS_H

#include "pos_macros.h"

typedef int (*command_fn)(const char* args);

struct CommandEntry {
    const char* name;
    command_fn handler;
};

DECLARE_COMMAND(sale);
DECLARE_COMMAND(refund);
DECLARE_COMMAND(void);
DECLARE_COMMAND(nosale);
DECLARE_COMMAND(total);

int dispatch_command(const char* line);

#endif /* POS_COMMANDS_H */
