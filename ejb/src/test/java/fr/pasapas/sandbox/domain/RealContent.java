package fr.pasapas.sandbox.domain;

import fr.pasapas.sandbox.infrastructure.content.DirectorySandboxFiles;
import fr.pasapas.sandbox.infrastructure.content.SandboxLoad;
import fr.pasapas.sandbox.infrastructure.content.SandboxLoader;
import java.nio.file.Path;

/** The repository's content/sandbox, loaded once for the engine's tests. */
final class RealContent {

    static final Path ROOT = Path.of(System.getProperty("pasapas.content.dir", "../content"));

    private static Sandbox sandbox;

    private RealContent() {
    }

    static synchronized Sandbox sandbox() {
        if (sandbox == null) {
            SandboxLoad load = new SandboxLoader(new DirectorySandboxFiles(ROOT)).load();
            if (!load.ok()) {
                throw new AssertionError("content/sandbox does not load: " + load.problems());
            }
            sandbox = load.sandbox().orElseThrow();
        }
        return sandbox;
    }
}
