#ifndef NOMINATIONS_COPENSSL_SHIM_H
#define NOMINATIONS_COPENSSL_SHIM_H
#include <openssl/evp.h>
#endif
