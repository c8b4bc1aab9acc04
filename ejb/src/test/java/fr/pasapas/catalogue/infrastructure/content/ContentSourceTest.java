package fr.pasapas.catalogue.infrastructure.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ContentSourceTest {

    private final ContentSource classpath = ClasspathContentSource.packaged();
    private final ContentSource directory = new DirectoryContentSource(Samples.REAL_CONTENT);

    @Test
    void the_classpath_source_rejects_a_path_that_climbs_out_of_the_content() {
        assertThrows(IllegalArgumentException.class, () -> classpath.read("../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> classpath.read("decouvrir-appareil/../../x.yaml"));
        assertThrows(IllegalArgumentException.class, () -> classpath.read("/etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> classpath.read(""));
    }

    @Test
    void the_directory_source_rejects_a_path_that_climbs_out_of_the_content() {
        assertThrows(IllegalArgumentException.class, () -> directory.read("../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> directory.read("/etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> directory.read("C:\\Windows\\win.ini"));
    }

    @Test
    void a_missing_file_is_empty_rather_than_an_error() {
        assertEquals(Optional.empty(), classpath.read("nothing-here.yaml"));
        assertEquals(Optional.empty(), directory.read("nothing-here.yaml"));
        assertEquals(Optional.empty(), directory.read("decouvrir-appareil"), "a folder is not a file");
    }

    @Test
    void the_content_packaged_on_the_classpath_is_the_content_folder() {
        LoadResult packaged = new ContentLoader(classpath).load();
        LoadResult folder = new ContentLoader(directory).load();

        assertTrue(packaged.ok(), packaged::report);
        assertEquals(folder.catalogue(), packaged.catalogue());
    }

    @Test
    void the_directory_source_does_not_follow_a_link_out_of_its_folder(@TempDir Path temp) throws IOException {
        Path root = Files.createDirectory(temp.resolve("content"));
        Path secret = Files.writeString(temp.resolve("secret.txt"), "secret", StandardCharsets.UTF_8);
        try {
            Files.createSymbolicLink(root.resolve("link.yaml"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
        }
        Files.writeString(root.resolve("inside.yaml"), "ok: true");

        DirectoryContentSource source = new DirectoryContentSource(root);
        assertEquals(Optional.empty(), source.read("link.yaml"));
        assertEquals("ok: true", new String(source.read("inside.yaml").orElseThrow(), StandardCharsets.UTF_8));
    }
}
