#include <zlib.h>

/* deflateInit2 and inflateInit2 are macros, which Swift cannot call. Raw deflate (no zlib
   header or checksum: the index's own checks cover the file), a 32 kB window. */
static inline int kaart_deflate_init(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}

static inline int kaart_inflate_init(z_stream *stream) {
    return inflateInit2(stream, -15);
}
