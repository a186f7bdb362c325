/* Terminal configuration globals and the key=value loader. */
#include "pos_config.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

int g_store_id = 0;
int g_terminal_id = 0;
int g_tax_rate_bp = 0;
int g_verbose = 0;
char g_operator[16] = "nobody";

static void apply_setting(const char* key, const char* value)
{
    if (strcmp(key, "store") == 0) {
        g_store_id = atoi(value);
    } else if (strcmp(key, "terminal") == 0) {
        g_terminal_id = atoi(value);
    } else if (strcmp(key, "tax_bp") == 0) {
        g_tax_rate_bp = atoi(value);
    } else if (strcmp(key, "verbose") == 0) {
        g_verbose = atoi(value);
    } else if (strcmp(key, "operator") == 0) {
        strncpy(g_operator, value, sizeof(g_operator) - 1);
        g_operator[sizeof(g_operator) - 1] = '\0';
    }
}

void load_config(const char* text)
{
    char line[POS_MAX_LINE];
    const char* p = text;
    while (*p != '\0') {
        size_t n = 0;
        while (p[n] != '\0' && p[n] != ';' && n < sizeof(line) - 1) {
            line[n] = p[n];
            ++n;
        }
        line[n] = '\0';
        p += n;
        if (*p == ';') {
            ++p;
        }
        char* eq = strchr(line, '=');
        if (eq != NULL) {
            *eq = '\0';
            apply_setting(line, eq + 1);
        }
    }
}

const char* config_summary(void)
{
    static char buf[POS_MAX_LINE];
    sprintf(buf, "store %d terminal %d operator %s tax %d.%02d%%", g_store_id, g_terminal_id, g_operator,
            g_tax_rate_bp / 100, g_tax_rate_bp % 100);
    return buf;
}
