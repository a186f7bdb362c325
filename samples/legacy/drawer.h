/* Cash drawer: the till balance lives in a global so the journal and commands can both reach it. */
#ifndef POS_DRAWER_H
#define POS_DRAWER_H

extern long g_drawer_cents;
extern int g_drawer_open;

void open_drawer(const char* reason);
void close_drawer(void);
int drawer_add(long cents);
int drawer_take(long cents);
long apply_tax(long net_cents);

#endif /* POS_DRAWER_H */
