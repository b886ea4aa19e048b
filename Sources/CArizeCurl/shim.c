#include "CArizeCurl.h"

// Both libcurl functions are declared in curl.h as `CURLcode f(CURL *, CURLoption/CURLINFO, ...)`;
// CURLcode, CURLoption and CURLINFO are C enums, which are `int` on every ABI libcurl supports.
typedef int (*arize_curl_variadic)(void *, int, ...);

int arize_curl_setopt_long(void *setopt, void *handle, int option, long value) {
    return ((arize_curl_variadic)setopt)(handle, option, value);
}

int arize_curl_setopt_pointer(void *setopt, void *handle, int option, const void *value) {
    return ((arize_curl_variadic)setopt)(handle, option, value);
}

int arize_curl_setopt_callback(void *setopt, void *handle, int option, arize_curl_data_callback callback) {
    return ((arize_curl_variadic)setopt)(handle, option, callback);
}

int arize_curl_getinfo_long(void *getinfo, void *handle, int info, long *value) {
    return ((arize_curl_variadic)getinfo)(handle, info, value);
}
