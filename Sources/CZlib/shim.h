#include <zlib.h>

/* deflateInit2 and inflateInit2 are macros, which Swift cannot call. Raw deflate (no zlib
   header or checksum: the index's own checks cover the file). Deflate: an 8 kB window and
   a small hash, room enough for the 2 kB dictionary and a record, and quick to set up for each
   record; inflate: a 32 kB window, which reads any window up to that. */
static inline int kaart_deflate_init(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -13, 6, Z_DEFAULT_STRATEGY);
}

static inline int kaart_inflate_init(z_stream *stream) {
    return inflateInit2(stream, -15);
}
