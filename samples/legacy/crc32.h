/* CRC-32 used to seal journal lines; C linkage because the fiscal printer firmware links it too. */
#ifndef POS_CRC32_H
#define POS_CRC32_H

#ifdef __cplusplus
extern "C" {
#endif

unsigned int pos_crc32(const unsigned char* data, unsigned int length);
unsigned int pos_crc32_update(unsigned int crc, const unsigned char* data, unsigned int length);

#ifdef __cplusplus
}
#endif

#endif /* POS_CRC32_H */
