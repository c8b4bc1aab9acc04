package fr.pasapas.catalogue.infrastructure.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every picture and recording a step of the real catalogue lists ({@link Step#mediaPaths()}) can be served. */
class StepMediaTest {

    @Test
    void every_media_file_a_step_lists_is_a_file_of_its_course_in_both_languages() {
        DirectoryContentSource source = new DirectoryContentSource(Path.of("../content"));
        LoadResult result = new ContentLoader(source).load();
        assertTrue(result.ok(), result::report);
        List<String> missing = new ArrayList<>();
        int listed = 0;
        for (Catalogue catalogue : List.of(result.catalogue(), result.catalogue().in(Locale.ENGLISH))) {
            for (Course course : catalogue.courses()) {
                for (Module module : course.modules()) {
                    for (Step step : module.steps()) {
                        for (String path : step.mediaPaths()) {
                            listed++;
                            if (source.read(course.id() + "/" + path).isEmpty()) {
                                missing.add(module.id() + "/" + step.id() + ": " + path);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(listed > 0, "the catalogue shows pictures");
        assertTrue(missing.isEmpty(), "a learner would see a broken picture or hear nothing on: " + missing);
    }
}
