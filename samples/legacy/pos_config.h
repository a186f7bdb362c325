/* Terminal configuration: compile-time limits and the process-wide settings globals. */
#ifndef POS_CONFIG_H
#define POS_CONFIG_H

#define POS_MAX_LINE 128
#define POS_MAX_JOURNAL 64
#define POS_CURRENCY "USD"

/* Settings, defined in pos_config.cpp and read (and sometimes written) everywhere. */
extern int g_store_id;
extern int g_terminal_id;
extern int g_tax_rate_bp;
extern int g_verbose;
extern char g_operator[16];

void load_config(const char* text);
const char* config_summary(void);

#endif /* POS_CONFIG_H */
