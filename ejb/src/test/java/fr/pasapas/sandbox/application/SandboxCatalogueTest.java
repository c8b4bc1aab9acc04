package fr.pasapas.sandbox.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.sandbox.infrastructure.content.ClasspathSandboxFiles;
import fr.pasapas.sandbox.infrastructure.content.DirectorySandboxFiles;
import fr.pasapas.sandbox.infrastructure.content.SandboxFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sandbox content is loaded once, from the packaged files or a folder, and a broken file is told as file:line. */
class SandboxCatalogueTest {

    private static final Path CONTENT = Path.of(System.getProperty("pasapas.content.dir", "../content"));

    @Test
    void the_packaged_sandbox_files_are_listed_and_read_like_the_content_folder() {
        SandboxFiles packaged = new ClasspathSandboxFiles(getClass().getClassLoader(), "pasapas-content/");
        SandboxFiles folder = new DirectorySandboxFiles(CONTENT);
        for (String dir : List.of("sandbox/sites", "sandbox/scenarios")) {
            assertEquals(folder.list(dir), packaged.list(dir), dir);
        }
        assertTrue(packaged.list("sandbox/no-such-folder").isEmpty());
        SandboxCatalogue catalogue = new SandboxCatalogue(null);
        assertEquals(List.of(), catalogue.load(packaged));
        assertTrue(catalogue.scenario("caf-se-connecter").isPresent());
    }

    @Test
    void a_malformed_sandbox_file_is_reported_as_file_line_message_and_the_loaded_content_stays() {
        SandboxFiles real = new DirectorySandboxFiles(CONTENT);
        SandboxFiles broken = new SandboxFiles() {
            @Override
            public Optional<byte[]> read(String path) {
                return path.equals("sandbox/sites/caf.site.yaml")
                        ? Optional.of("id: caf\nname: CAF\npages: [\n".getBytes(StandardCharsets.UTF_8))
                        : real.read(path);
            }

            @Override
            public List<String> list(String folder) {
                return real.list(folder);
            }
        };
        SandboxCatalogue catalogue = new SandboxCatalogue(SandboxServiceTest.SANDBOX);

        List<String> errors = catalogue.load(broken);

        assertTrue(!errors.isEmpty() && errors.stream().allMatch(e -> e.matches("sandbox/[^:]+:\\d+: .+")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("sandbox/sites/caf.site.yaml:")), errors.toString());
        assertSame(SandboxServiceTest.SANDBOX, catalogue.sandbox(), "the content in service stays");
    }
}
