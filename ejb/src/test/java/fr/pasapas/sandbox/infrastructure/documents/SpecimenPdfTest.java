package fr.pasapas.sandbox.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A sandbox document is a small PDF that says SPECIMEN on every page, however long it is. */
class SpecimenPdfTest {

    @Test
    void every_page_is_marked_specimen_and_the_text_is_the_persona_s() throws Exception {
        List<String> lines = new ArrayList<>(List.of("# Bénéficiaire", "Jeanne EXEMPLE", "Numéro de sécurité sociale : 2 53 13 99 999 901 02", ""));
        for (int i = 0; i < 80; i++) {
            lines.add("Ligne " + i + " : remboursement de 19,00 € le 05/09/2025 — « consultation ».");
        }
        byte[] pdf = SpecimenPdf.render("Attestation de droits à l'assurance maladie", lines);
        assertTrue(pdf.length < 30_000, "small: " + pdf.length + " bytes");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "a long document runs over pages");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains(SpecimenPdf.MARK), "page " + page);
                assertTrue(text.contains("document fictif, sans valeur"), "page " + page);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertTrue(first.contains("Attestation de droits à l'assurance maladie"), first);
            assertTrue(first.contains("2 53 13 99 999 901 02"), first);
            assertTrue(document.getDocumentInformation().getTitle().endsWith("(SPECIMEN)"));
        }
    }

    @Test
    void a_character_the_standard_fonts_cannot_draw_is_replaced_not_fatal() {
        assertEquals("Nguy?n ? 19,00 €", SpecimenPdf.safe("Nguyễn → 19,00 €"));
    }
}
