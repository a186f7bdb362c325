/* Journal storage, sealing with CRC-32 and verification. */
#include "journal.h"

#include <cstdio>
#include <cstring>

#include "crc32.h"

JournalLine g_journal[POS_MAX_JOURNAL];
int g_journal_count = 0;

static unsigned int seal_line(const char* text, int sequence)
{
    unsigned int crc = pos_crc32(reinterpret_cast<const unsigned char*>(text),
                                 static_cast<unsigned int>(strlen(text)));
    const unsigned char seq = static_cast<unsigned char>(sequence & 0xFF);
    return pos_crc32_update(crc, &seq, 1u);
}

void format_cents(char* out, long cents)
{
    const long absolute = cents < 0 ? -cents : cents;
    sprintf(out, "%s%ld.%02ld", cents < 0 ? "-" : "", absolute / 100, absolute % 100);
}

int journal_write(const char* text)
{
    if (g_journal_count >= POS_MAX_JOURNAL) {
        return -1;
    }
    JournalLine* line = &g_journal[g_journal_count];
    sprintf(line->text, "%03d T%02d %.80s", g_journal_count + 1, g_terminal_id, text);
    line->seal = seal_line(line->text, g_journal_count);
    ++g_journal_count;
    if (g_verbose) {
        printf("  [journal] %s\n", line->text);
    }
    return g_journal_count;
}

int journal_writef_amount(const char* label, long cents)
{
    char amount[32];
    char text[POS_MAX_LINE];
    format_cents(amount, cents);
    sprintf(text, "%-10.10s %12s %s", label, amount, POS_CURRENCY);
    return journal_write(text);
}

int journal_verify(void)
{
    int bad = 0;
    for (int i = 0; i < g_journal_count; ++i) {
        if (seal_line(g_journal[i].text, i) != g_journal[i].seal) {
            ++bad;
        }
    }
    return bad;
}
