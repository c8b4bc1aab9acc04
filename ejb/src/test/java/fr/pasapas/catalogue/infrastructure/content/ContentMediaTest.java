package fr.pasapas.catalogue.infrastructure.content;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentMediaTest {

    private final ContentSource source = ClasspathContentSource.packaged();

    @Test
    void a_course_image_is_read_with_its_content_type() {
        MediaFile image = ContentMedia.read(source, "decouvrir-appareil", "images/toucher.svg").orElseThrow();

        assertEquals("image/svg+xml", image.contentType());
        assertTrue(image.bytes().length > 0);
    }

    @Test
    void audio_paths_of_the_audio_folder_are_recognised_with_their_content_type() {
        assertTrue(ContentMedia.isAudioPath("audio/piece-jointe.mp3"));
        assertTrue(ContentMedia.isAudioPath("audio/piece-jointe.ogg"));
        assertFalse(ContentMedia.isAudioPath("images/piece-jointe.mp3"));
        assertFalse(ContentMedia.isAudioPath("audio/piece-jointe.wav"));
        assertFalse(ContentMedia.isAudioPath("audio/../course.mp3"));
        assertEquals(Optional.of("audio/mpeg"), ContentMedia.contentType("audio/piece-jointe.mp3"));
        assertEquals(Optional.of("audio/ogg"), ContentMedia.contentType("audio/piece-jointe.ogg"));
    }

    @Test
    void only_files_of_a_course_images_folder_can_be_read() {
        assertEquals(Optional.empty(), ContentMedia.read(source, "decouvrir-appareil", "course.yaml"));
        assertEquals(Optional.empty(), ContentMedia.read(source, "decouvrir-appareil", "ecran-tactile.module.yaml"));
        assertEquals(Optional.empty(), ContentMedia.read(source, "decouvrir-appareil", "images/../course.yaml"));
        assertEquals(Optional.empty(), ContentMedia.read(source, "..", "images/toucher.svg"));
        assertEquals(Optional.empty(), ContentMedia.read(source, "schema", "images/x.exe"));
        assertEquals(Optional.empty(), ContentMedia.read(source, "decouvrir-appareil", "images/absent.svg"));
    }
}
