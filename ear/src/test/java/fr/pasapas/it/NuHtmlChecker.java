package fr.pasapas.it;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML checker (validator.nu, the "vnu" of the W3C), run in this JVM: its HTML5 schemas and rules come
 * from its jar, so it needs no network and no process of its own. Set up once (about a second), it then checks a
 * page in a few milliseconds. Not thread-safe: one checker per test class.
 */
final class NuHtmlChecker {

    /** The checker's full HTML schema (HTML + SVG + MathML + ARIA + RDFa Lite), resolved from the jar. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** One message of the checker: where in the page, what, and the line of markup it is about. */
    record Message(boolean error, int line, int column, String text, String source) {
        @Override
        public String toString() {
            return (error ? "error" : "warning") + " at " + line + ":" + column + ": " + text
                    + (source.isEmpty() ? "" : "\n        " + source);
        }
    }

    /** An error the checker reports wrongly for this application, with the reason it is left: never broad. */
    record Known(Pattern message, String why) {
    }

    private final SimpleDocumentValidator validator;
    private final List<SAXParseException> errors = new ArrayList<>();
    private final List<SAXParseException> warnings = new ArrayList<>();

    NuHtmlChecker() {
        try {
            // (log4j set up by the checker itself, no URL logging, no language detection: its guesses are only
            // warnings and a page of short French labels fools it)
            validator = new SimpleDocumentValidator(true, false, true);
            ErrorHandler handler = new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    warnings.add(e);
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e);
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e);
                }
            };
            validator.setUpMainSchema(SCHEMA, handler);
            // buffer rather than stream (better messages), never load external entities (no network)
            validator.setUpValidatorAndParsers(handler, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML checker could not start", e);
        }
    }

    /** Every error and warning the checker finds in this HTML document. */
    List<Message> check(String html) {
        errors.clear();
        warnings.clear();
        InputSource in = new InputSource(new StringReader(html));
        in.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(in);
        } catch (SAXParseException e) {
            // a fatal error has already been reported to the handler
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML checker failed on a page", e);
        }
        String[] lines = html.split("\n", -1);
        List<Message> messages = new ArrayList<>();
        errors.forEach(e -> messages.add(message(true, e, lines)));
        warnings.forEach(e -> messages.add(message(false, e, lines)));
        return messages;
    }

    private static Message message(boolean error, SAXParseException e, String[] lines) {
        int line = e.getLineNumber();
        String source = line >= 1 && line <= lines.length ? excerpt(lines[line - 1], e.getColumnNumber()) : "";
        return new Message(error, line, e.getColumnNumber(), e.getMessage(), source);
    }

    /** Up to 160 characters of the line, around the column (PrimeFaces writes long lines). */
    private static String excerpt(String line, int column) {
        int end = Math.min(line.length(), Math.max(column, 0) + 40);
        int start = Math.max(0, end - 160);
        return line.substring(start, end).strip();
    }
}
