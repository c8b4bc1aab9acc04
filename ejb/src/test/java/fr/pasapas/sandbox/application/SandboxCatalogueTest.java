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
    void the_packaged_sandbox_files_are_read_from_the_manifest_like_the_content_folder_and_never_listed() {
        SandboxFiles packaged = new ClasspathSandboxFiles(getClass().getClassLoader(), "pasapas-content/");
        SandboxFiles folder = new DirectorySandboxFiles(CONTENT);
        assertTrue(packaged.list("sandbox/scenarios").isEmpty(), "a class path is not listed");
        assertTrue(folder.list("sandbox/scenarios").orElseThrow().contains("caf-se-connecter.scenario.yaml"));
        SandboxCatalogue fromPackage = new SandboxCatalogue(null);
        SandboxCatalogue fromFolder = new SandboxCatalogue(null);

        assertEquals(List.of(), fromPackage.load(packaged));
        assertEquals(List.of(), fromFolder.load(folder));

        assertTrue(fromPackage.scenario("caf-se-connecter").isPresent());
        assertEquals(List.copyOf(fromFolder.sandbox().sites().keySet()), List.copyOf(fromPackage.sandbox().sites().keySet()));
        assertEquals(List.copyOf(fromFolder.sandbox().scenarios().keySet()),
                List.copyOf(fromPackage.sandbox().scenarios().keySet()), "the same scenarios, in the manifest's order");
        assertEquals(fromFolder.sandbox().listed(), fromPackage.sandbox().listed());
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
            public Optional<List<String>> list(String folder) {
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
