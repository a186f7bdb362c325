/* Electronic journal: every register event as a sealed text line. */
#ifndef POS_JOURNAL_H
#define POS_JOURNAL_H

#include "pos_config.h"

struct JournalLine {
    char text[POS_MAX_LINE];
    unsigned int seal;
};

extern JournalLine g_journal[POS_MAX_JOURNAL];
extern int g_journal_count;

int journal_write(const char* text);
int journal_writef_amount(const char* label, long cents);
int journal_verify(void);
void format_cents(char* out, long cents);

#endif /* POS_JOURNAL_H */
