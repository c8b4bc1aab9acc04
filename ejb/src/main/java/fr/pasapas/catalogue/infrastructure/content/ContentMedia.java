package fr.pasapas.catalogue.infrastructure.content;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads course images for the web layer, e.g. {@code read(source, "decouvrir-appareil", "images/toucher.svg")}.
 * Only files of a course's {@code images/} folder with an image extension can be read, whatever the request
 * asks for: a course manifest or a module file is never served.
 */
public final class ContentMedia {

    /** Image paths a module may reference (relative to the course folder); the module schema uses the same pattern. */
    public static final String IMAGE_PATH = "^images/[a-z0-9]+(-[a-z0-9]+)*\\.(svg|png|jpg|jpeg|webp)$";

    /** Audio paths a module may reference (relative to the course folder); the module schema uses the same pattern. */
    public static final String AUDIO_PATH = "^audio/[a-z0-9]+(-[a-z0-9]+)*\\.(mp3|ogg)$";

    private static final Pattern IMAGE = Pattern.compile(IMAGE_PATH);
    private static final Pattern AUDIO = Pattern.compile(AUDIO_PATH);
    private static final Pattern COURSE_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Map<String, String> CONTENT_TYPES = Map.of("svg", "image/svg+xml", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp", "mp3", "audio/mpeg", "ogg", "audio/ogg");

    private ContentMedia() {
    }

    /** Whether a module may use this image path, e.g. {@code images/toucher.svg}. */
    public static boolean isImagePath(String path) {
        return path != null && IMAGE.matcher(path).matches();
    }

    /** Whether a module may use this audio path, e.g. {@code audio/toucher.mp3}. */
    public static boolean isAudioPath(String path) {
        return path != null && AUDIO.matcher(path).matches();
    }

    /** The MIME type to send, from the file extension. */
    public static Optional<String> contentType(String path) {
        int dot = path == null ? -1 : path.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(CONTENT_TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /**
     * The image {@code imagePath} of course {@code courseId}, as stored in the source at
     * {@code courseId + "/" + imagePath}; empty when it does not exist or the request is not a course image.
     */
    public static Optional<MediaFile> read(ContentSource source, String courseId, String imagePath) {
        if (courseId == null || !COURSE_ID.matcher(courseId).matches() || !isImagePath(imagePath)) {
            return Optional.empty();
        }
        String type = contentType(imagePath).orElseThrow();
        return source.read(courseId + "/" + imagePath).map(bytes -> new MediaFile(imagePath, type, bytes));
    }
}
