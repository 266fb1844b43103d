/* Stand-in for libSvtAv1Enc (SVT-AV1) in the Linux bundle of Hometown Voices (乡音).
 *
 * PyAV's FFmpeg is linked with SVT-AV1 for its AV1 encoder, which the app never uses (story
 * films are H.264; AV1 recordings are decoded by dav1d, which stays). This library takes
 * SVT-AV1's file name and soname in av.libs/ so FFmpeg still loads, and every function answers
 * EB_ErrorInsufficientResources: the "libsvtav1" encoder then fails to open with FFmpeg's own
 * error message, never a crash. Built and put in place by packaging/linux/stand_in_encoders.py,
 * which checks first that this defines every SVT-AV1 symbol the bundle asks for.
 */
#define REFUSED ((int)0x80001000) /* EB_ErrorInsufficientResources (EbSvtAv1ErrorCodes.h) */

#define REFUSE(name) \
    int name(void) { return REFUSED; }

REFUSE(svt_av1_enc_init_handle)
REFUSE(svt_av1_enc_set_parameter)
REFUSE(svt_av1_enc_parse_parameter)
REFUSE(svt_av1_enc_init)
REFUSE(svt_av1_enc_stream_header)
REFUSE(svt_av1_enc_stream_header_release)
REFUSE(svt_av1_enc_send_picture)
REFUSE(svt_av1_enc_get_packet)
REFUSE(svt_av1_enc_release_out_buffer)
REFUSE(svt_av1_enc_get_stream_info)
REFUSE(svt_av1_enc_deinit)
REFUSE(svt_av1_enc_deinit_handle)
REFUSE(svt_add_metadata)
REFUSE(svt_metadata_array_free)
REFUSE(svt_av1_get_version)
REFUSE(svt_metadata_size)
REFUSE(svt_aom_parse_mastering_display)
REFUSE(svt_aom_parse_content_light_level)
