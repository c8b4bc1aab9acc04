package fr.pasapas.people.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the charter's text: the platform's default (version 1, in French and English, in plain words:
 * one short sentence per line) and what a coordinator may write instead.
 */
public final class Charter {

    /** The default text's version: an organisation's first own text is version 2. */
    public static final int DEFAULT_VERSION = 1;
    public static final int MAX_TEXT = 10_000;

    private static final String DEFAULT_FR = read("/charter/default-fr.txt");
    private static final String DEFAULT_EN = read("/charter/default-en.txt");

    private Charter() {
    }

    /** The default text in the interface language ("en" gives English, anything else French). */
    public static String defaultText(String language) {
        return "en".equals(language) ? DEFAULT_EN : DEFAULT_FR;
    }

    /**
     * A text as a coordinator typed it, made tidy: line ends unified, spaces at line ends and blank lines at
     * both ends removed. Empty when there is nothing left or more than {@link #MAX_TEXT} characters.
     */
    public static Optional<String> clean(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = String.join("\n", typed.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(String::stripTrailing).toList()).strip();
        return text.isEmpty() || text.length() > MAX_TEXT ? Optional.empty() : Optional.of(text);
    }

    /** The paragraphs of a text: its non-blank lines, one idea each. */
    public static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String read(String resource) {
        try (InputStream in = Charter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Default charter missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
