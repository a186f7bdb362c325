/* Command handlers, generated signatures via DEFINE_COMMAND, and the dispatch table. */
#include "commands.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "counters.h"
#include "drawer.h"
#include "journal.h"
#include "pos_config.h"

static long s_last_sale_cents = 0;

DEFINE_COMMAND(sale)
{
    const long net = atol(args);
    if (net <= 0) {
        journal_write("SALE REJECTED");
        return -1;
    }
    const long gross = apply_tax(net);
    drawer_add(gross);
    bump_sales(1);
    bump_sales_cents(gross);
    s_last_sale_cents = gross;
    return journal_writef_amount("SALE", gross) > 0 ? 0 : -1;
}

DEFINE_COMMAND(refund)
{
    const long gross = apply_tax(atol(args));
    if (drawer_take(gross) != 0) {
        return -1;
    }
    bump_refunds(1);
    bump_refund_cents(gross);
    return journal_writef_amount("REFUND", -gross) > 0 ? 0 : -1;
}

DEFINE_COMMAND(void)
{
    POS_UNUSED(args);
    if (s_last_sale_cents == 0 || drawer_take(s_last_sale_cents) != 0) {
        journal_write("VOID NOTHING");
        return -1;
    }
    bump_voids(1);
    bump_sales(-1);
    bump_sales_cents(-s_last_sale_cents);
    journal_writef_amount("VOID", -s_last_sale_cents);
    s_last_sale_cents = 0;
    return 0;
}

DEFINE_COMMAND(nosale)
{
    POS_UNUSED(args);
    open_drawer("no sale");
    close_drawer();
    bump_no_sales(1);
    return journal_write("NO SALE") > 0 ? 0 : -1;
}

DEFINE_COMMAND(total)
{
    POS_UNUSED(args);
    return journal_writef_amount("DRAWER", g_drawer_cents) > 0 ? 0 : -1;
}

static const CommandEntry s_commands[] = {
    COMMAND_ENTRY(sale),
    COMMAND_ENTRY(refund),
    COMMAND_ENTRY(void),
    COMMAND_ENTRY(nosale),
    COMMAND_ENTRY(total)
};

int dispatch_command(const char* line)
{
    char name[16];
    size_t n = 0;
    while (line[n] != '\0' && line[n] != ' ' && n < sizeof(name) - 1) {
        name[n] = line[n];
        ++n;
    }
    name[n] = '\0';
    const char* args = line[n] == ' ' ? line + n + 1 : line + n;
    for (size_t i = 0; i < sizeof(s_commands) / sizeof(s_commands[0]); ++i) {
        if (strcmp(s_commands[i].name, name) == 0) {
            return s_commands[i].handler(args);
        }
    }
    journal_write("UNKNOWN COMMAND");
    return -1;
}
