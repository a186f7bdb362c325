/* Cash drawer operations. */
#include "drawer.h"

#include <cstdio>

#include "journal.h"
#include "pos_config.h"

long g_drawer_cents = 0;
int g_drawer_open = 0;

void open_drawer(const char* reason)
{
    g_drawer_open = 1;
    if (g_verbose) {
        printf("  [drawer] open: %s\n", reason);
    }
}

void close_drawer(void)
{
    g_drawer_open = 0;
}

int drawer_add(long cents)
{
    if (cents <= 0) {
        return -1;
    }
    open_drawer("cash in");
    g_drawer_cents += cents;
    close_drawer();
    return 0;
}

int drawer_take(long cents)
{
    if (cents <= 0 || cents > g_drawer_cents) {
        journal_write("DRAWER SHORT");
        return -1;
    }
    open_drawer("cash out");
    g_drawer_cents -= cents;
    close_drawer();
    return 0;
}

long apply_tax(long net_cents)
{
    /* round half up, tax rate is in basis points */
    return net_cents + (net_cents * g_tax_rate_bp + 5000) / 10000;
}
