package fr.pasapas.it;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Keeps a screenshot of every open browser when a test fails, in target/screenshots (a CI artefact),
 * before the browsers are closed.
 */
public class ScreenshotOnFailure implements TestExecutionExceptionHandler {

    private static final List<Browser> OPEN = new ArrayList<>();

    static synchronized Browser track(Browser browser) {
        OPEN.add(browser);
        return browser;
    }

    static synchronized void closeAll() {
        OPEN.forEach(Browser::close);
        OPEN.clear();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        synchronized (ScreenshotOnFailure.class) {
            int i = 0;
            for (Browser b : OPEN) {
                b.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getDisplayName().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + i++);
            }
        }
        throw failure;
    }
}
