package fr.pasapas.catalogue.infrastructure.content;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The media paths a module may reference (images of a course's {@code images/} folder, recordings of its
 * {@code audio/} folder) and the content type each is served with.
 */
public final class ContentMedia {

    /** Image paths a module may reference (relative to the course folder); the module schema uses the same pattern. */
    public static final String IMAGE_PATH = "^images/[a-z0-9]+(-[a-z0-9]+)*\\.(svg|png|jpg|jpeg|webp)$";

    /** Audio paths a module may reference (relative to the course folder); the module schema uses the same pattern. */
    public static final String AUDIO_PATH = "^audio/[a-z0-9]+(-[a-z0-9]+)*\\.(mp3|ogg)$";

    private static final Pattern IMAGE = Pattern.compile(IMAGE_PATH);
    private static final Pattern AUDIO = Pattern.compile(AUDIO_PATH);
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
}
