/* Table-driven CRC-32 (IEEE 802.3 polynomial) with C linkage. */
#include "crc32.h"

static unsigned int s_table[256];
static int s_table_ready = 0;

static void build_table(void)
{
    for (unsigned int i = 0; i < 256; ++i) {
        unsigned int c = i;
        for (int k = 0; k < 8; ++k) {
            c = (c & 1u) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
        }
        s_table[i] = c;
    }
    s_table_ready = 1;
}

extern "C" unsigned int pos_crc32_update(unsigned int crc, const unsigned char* data, unsigned int length)
{
    if (!s_table_ready) {
        build_table();
    }
    crc = crc ^ 0xFFFFFFFFu;
    for (unsigned int i = 0; i < length; ++i) {
        crc = s_table[(crc ^ data[i]) & 0xFFu] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFu;
}

extern "C" unsigned int pos_crc32(const unsigned char* data, unsigned int length)
{
    return pos_crc32_update(0u, data, length);
}
