package fr.pasapas.sandbox.domain;

import java.util.List;

/**
 * A document a replica lets the learner download (an attestation, an avis d'impôt, a payslip, a receipt), filled
 * with the persona's SPECIMEN data. It is generated on request and marked SPECIMEN on every page; nothing of it
 * is real.
 *
 * @param file  the file name the simulated browser shows, e.g. {@code attestation-droits.pdf}
 * @param lines the body, one line each: {@code # } starts a heading, an empty line is a space
 */
public record SpecimenDocument(String id, String file, Words title, List<Words> lines) {

    public SpecimenDocument {
        lines = List.copyOf(lines);
    }
}
