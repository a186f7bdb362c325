/* Replays one scripted shift on the register and prints the Z-report. */
#include <cstdio>

#include "commands.h"
#include "counters.h"
#include "drawer.h"
#include "journal.h"
#include "pos_config.h"

static const char* const s_shift[] = {
    "nosale",
    "sale 1299",
    "sale 450",
    "refund 450",
    "sale 2500",
    "void",
    "sale 899",
    "refund 99999",
    "frobnicate",
    "total"
};

int main()
{
    load_config("store=42;terminal=3;tax_bp=825;operator=jkowalski;verbose=0");
    printf("legacy POS: %s\n", config_summary());
    reset_counters();

    int failures = 0;
    for (size_t i = 0; i < sizeof(s_shift) / sizeof(s_shift[0]); ++i) {
        if (dispatch_command(s_shift[i]) != 0) {
            ++failures;
        }
    }

    char drawer[32];
    format_cents(drawer, g_drawer_cents);
    printf("Z-report: %d journal lines, %d rejected commands, drawer %s %s\n", g_journal_count, failures, drawer,
           POS_CURRENCY);
    print_counters();
    const int bad = journal_verify();
    printf("journal seals: %s\n", bad == 0 ? "ok" : "BROKEN");
    return bad == 0 && failures == 2 ? 0 : 1;
}
