package fr.pasapas.catalogue.infrastructure.content;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentMediaTest {

    @Test
    void image_paths_of_the_images_folder_are_recognised_with_their_content_type_and_nothing_else() {
        assertTrue(ContentMedia.isImagePath("images/toucher.svg"));
        assertFalse(ContentMedia.isImagePath("course.yaml"));
        assertFalse(ContentMedia.isImagePath("ecran-tactile.module.yaml"));
        assertFalse(ContentMedia.isImagePath("images/../course.yaml"));
        assertFalse(ContentMedia.isImagePath("images/x.exe"));
        assertEquals(Optional.of("image/svg+xml"), ContentMedia.contentType("images/toucher.svg"));
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
}
