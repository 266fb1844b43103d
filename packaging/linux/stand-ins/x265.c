/* Stand-in for libx265 in the Linux bundle of Hometown Voices (乡音).
 *
 * PyAV's FFmpeg is linked with x265 for its HEVC (H.265) encoder, a 21 MB library the app never
 * uses: story films are H.264 (x264), and no input can reach an encoder. This library takes
 * x265's file name and soname in av.libs/ so FFmpeg still loads, and makes the "libx265" encoder
 * refuse to open with FFmpeg's own error ("Could not allocate x265 param structure"), never a
 * crash. Built and put in place by packaging/linux/stand_in_encoders.py, which checks first that
 * it defines every x265 symbol the bundle asks for.
 *
 * FFmpeg reaches x265 only through x265_api_get_BUILD(bit_depth), a table of functions:
 *   - for 8, 10 and 12 bits this answers NULL ("no such build"), which FFmpeg asks once, when it
 *     lists its codecs, to learn the pixel formats;
 *   - for 0 ("any build"), FFmpeg's fallback when opening the encoder, it answers a table in
 *     which every function does nothing and returns NULL or 0: param_alloc's NULL is the refusal,
 *     and param_free, called when FFmpeg cleans up, is harmless.
 * The table's head is x265.h's: eight ints (versions, structure sizes, bit depth) and two
 * strings, then the functions, param_alloc first.
 */
#include <stddef.h>

#ifndef X265_BUILD
#error "compile with -DX265_BUILD=<the build number in the real library's soname>"
#endif

#define GLUE(a, b) a##b
#define API_GET(build) GLUE(x265_api_get_, build)

typedef void *(*x265_function)(void);

static void *refuse(void) { return NULL; }

static const struct {
    int api_major_version;
    int api_build_number;
    int sizeof_param;
    int sizeof_picture;
    int sizeof_analysis_data;
    int sizeof_zone;
    int sizeof_stats;
    int bit_depth;
    const char *version_str;
    const char *build_info_str;
    x265_function functions[128]; /* more than x265.h declares: any function read is refuse() */
} no_encoder = {
    .api_build_number = X265_BUILD,
    .version_str = "none (Hometown Voices' Linux bundle has no HEVC encoder)",
    .build_info_str = "stand-in",
    .functions = {[0 ... 127] = refuse},
};

const void *API_GET(X265_BUILD)(int bit_depth)
{
    return bit_depth == 0 ? (const void *)&no_encoder : NULL;
}
