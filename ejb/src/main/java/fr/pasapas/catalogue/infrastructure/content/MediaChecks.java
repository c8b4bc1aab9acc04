package fr.pasapas.catalogue.infrastructure.content;

import org.yaml.snakeyaml.nodes.Node;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every image a module references exists in its course folder, is not too large and, for SVG,
 * is self-contained: no script, no event handler, no external reference; and that every audio file exists.
 * Each file is read and reported once per course, where it is first used.
 */
final class MediaChecks {

    static final int MAX_IMAGE_BYTES = 1024 * 1024;

    private static final Pattern UNSAFE_SVG = Pattern.compile(
            "<script|<foreignObject|<!ENTITY|\\son[a-z]+\\s*=|javascript:|href\\s*=\\s*[\"'](?!#)|url\\((?!\\s*#)|@import",
            Pattern.CASE_INSENSITIVE);

    private final ContentSource source;
    private final String courseId;
    private final Set<String> checked = new HashSet<>();

    MediaChecks(ContentSource source, String courseId) {
        this.source = source;
        this.courseId = courseId;
    }

    void check(Node module, FileErrors errors) {
        for (Node step : Nodes.items(module, "steps")) {
            Nodes.get(step, "image").flatMap(image -> Nodes.get(image, "src"))
                    .ifPresent(src -> checkImage(src, errors));
            Nodes.get(step, "audio").ifPresent(audio -> checkAudio(audio, errors));
        }
    }

    private void checkAudio(Node audioNode, FileErrors errors) {
        Optional<String> audio = Nodes.text(audioNode).filter(ContentMedia::isAudioPath); // else: the schema reports it
        if (audio.isEmpty()) {
            return;
        }
        String path = courseId + "/" + audio.get();
        if (checked.add(path) && source.read(path).isEmpty()) {
            errors.at(audioNode, "audio '" + audio.get() + "' not found: no file " + path);
        }
    }

    private void checkImage(Node srcNode, FileErrors errors) {
        Optional<String> src = Nodes.text(srcNode).filter(ContentMedia::isImagePath); // else: the schema reports it
        if (src.isEmpty()) {
            return;
        }
        String path = courseId + "/" + src.get();
        if (!checked.add(path)) {
            return; // a bad image is reported once, where it is first used
        }
        Optional<byte[]> bytes = source.read(path);
        if (bytes.isEmpty()) {
            errors.at(srcNode, "image '" + src.get() + "' not found: no file " + path);
        } else if (bytes.get().length > MAX_IMAGE_BYTES) {
            errors.at(srcNode, "image '" + src.get() + "' is larger than 1 MB");
        } else if (src.get().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            Matcher unsafe = UNSAFE_SVG.matcher(new String(bytes.get(), StandardCharsets.UTF_8));
            if (unsafe.find()) {
                errors.at(srcNode, "image '" + src.get() + "' is not a self-contained SVG: it contains '"
                        + unsafe.group().strip() + "'");
            }
        }
    }
}
