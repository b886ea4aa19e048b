// Calls into libcurl's two variadic entry points, `curl_easy_setopt` and `curl_easy_getinfo`,
// through their real variadic prototypes: Swift cannot call a C variadic function, and calling one
// through a fixed-argument function type is undefined behaviour. The functions themselves are
// looked up at run time (dlsym) by the Swift side and passed in, so no libcurl header or link-time
// dependency is needed. Every function returns the `CURLcode` libcurl returned.
#ifndef CARIZECURL_H
#define CARIZECURL_H

#include <stddef.h>

/// A libcurl read, write or header callback: `size_t (*)(char *, size_t, size_t, void *)`.
typedef size_t (*arize_curl_data_callback)(char *_Nullable bytes, size_t size, size_t count, void *_Nullable context);

/// `curl_easy_setopt(handle, option, (long)value)`.
int arize_curl_setopt_long(void *_Nonnull setopt, void *_Nonnull handle, int option, long value);
/// `curl_easy_setopt(handle, option, (void *)value)`, for strings, lists and context pointers.
int arize_curl_setopt_pointer(void *_Nonnull setopt, void *_Nonnull handle, int option, const void *_Nullable value);
/// `curl_easy_setopt(handle, option, callback)`.
int arize_curl_setopt_callback(void *_Nonnull setopt, void *_Nonnull handle, int option, arize_curl_data_callback _Nonnull callback);
/// `curl_easy_getinfo(handle, info, (long *)value)`.
int arize_curl_getinfo_long(void *_Nonnull getinfo, void *_Nonnull handle, int info, long *_Nonnull value);

#endif
