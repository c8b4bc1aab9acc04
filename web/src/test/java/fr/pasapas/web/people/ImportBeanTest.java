package fr.pasapas.web.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.people.application.ImportPreview;
import fr.pasapas.people.application.ImportRow;
import fr.pasapas.people.domain.Beneficiary;
import fr.pasapas.people.domain.CsvProblem;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import page's bean: a page of lines at a time, the problem filter, and a view that can be written out. */
class ImportBeanTest {

    private static ImportBean withPreview(int lines, int everyNthBad) throws Exception {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            List<CsvProblem> problems = i % everyNthBad == 0
                    ? List.of(new CsvProblem(i + 2, "Tel", "csv.badPhone", List.of())) : List.of();
            rows.add(new ImportRow(i + 2, new Beneficiary("NOM", "Prénom", 1950, null, null, "fr", null), null, problems));
        }
        ImportBean bean = new ImportBean();
        var field = ImportBean.class.getDeclaredField("preview");
        field.setAccessible(true);
        field.set(bean, new ImportPreview("inscrits.csv", "UTF-8", ';', List.of(), rows));
        var file = ImportBean.class.getDeclaredField("file");
        file.setAccessible(true);
        file.set(bean, new byte[] {1, 2, 3});
        return bean;
    }

    @Test
    void a_long_file_is_shown_a_page_of_lines_at_a_time_and_the_filter_keeps_the_lines_with_a_problem() throws Exception {
        ImportBean bean = withPreview(250, 10);
        assertEquals(3, bean.getPageCount());
        assertEquals(2, bean.getPageRows().get(0).line());
        bean.nextPage();
        bean.nextPage();
        bean.nextPage();
        assertEquals(50, bean.getPageRows().size(), "the last page, however often «next» is pressed");
        bean.setOnlyProblems(true);
        bean.applyFilter();
        assertEquals(1, bean.getPageCount());
        assertEquals(25, bean.getPageRows().size());
        bean.previousPage();
        assertEquals(2, bean.getPageRows().get(0).line());
    }

    @Test
    void the_view_with_its_preview_and_file_can_be_written_out_as_a_session_is() throws Exception {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(withPreview(300, 7));
        }
    }
}
