package fr.pasapas.people.application;

import fr.pasapas.people.domain.Beneficiary;
import fr.pasapas.people.domain.CsvProblem;
import fr.pasapas.people.domain.LearnerProfile;
import fr.pasapas.people.domain.PersonIndex;
import fr.pasapas.people.infrastructure.csv.BeneficiaryCsv;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a file as read into what importing it would do in an organisation: on top of what is wrong in the file,
 * a line is left out when the person is already a learner of the organisation (same name without case or accents,
 * same birth year when both are known), when the workshop it names is not one of the organisation's, or when
 * first and last name together are too long for an account, or when no font can print the name and the line gives
 * no Latin spelling for printing (column "Nom pour l'impression").
 */
final class ImportPlan {

    /** A learner the organisation already has. */
    record Known(String displayName, String username) {
    }

    private final PersonIndex<Known> learners;
    private final Map<String, GroupName> workshopsByName = new HashMap<>();
    private final Map<String, GroupName> workshopsByKey = new HashMap<>();

    ImportPlan(PersonIndex<Known> learners, List<GroupName> workshops) {
        this.learners = learners;
        for (GroupName workshop : workshops) {
            workshopsByName.put(workshop.name(), workshop);
            workshopsByKey.putIfAbsent(workshopKey(workshop.name()), workshop);
        }
    }

    ImportPreview preview(String fileName, BeneficiaryCsv.Reading reading) {
        List<ImportRow> rows = new ArrayList<>(reading.rows().size());
        Map<BeneficiaryCsv.Column, String> headers = reading.headers();
        for (BeneficiaryCsv.Row row : reading.rows()) {
            rows.add(row(row, headers));
        }
        return new ImportPreview(fileName, reading.charset(), reading.separator(), reading.problems(), rows);
    }

    private ImportRow row(BeneficiaryCsv.Row row, Map<BeneficiaryCsv.Column, String> headers) {
        Beneficiary person = row.beneficiary();
        List<CsvProblem> problems = new ArrayList<>(row.problems());
        String lastName = headers.get(BeneficiaryCsv.Column.LAST_NAME);
        String firstName = headers.get(BeneficiaryCsv.Column.FIRST_NAME);
        boolean namesRead = row.problems().stream()
                .noneMatch(p -> Objects.equals(p.column(), lastName) || Objects.equals(p.column(), firstName));
        if (namesRead) {
            if (profile(person).displayName().length() > LearnerProfile.MAX_DISPLAY_NAME) {
                problems.add(new CsvProblem(row.line(), null, "csv.nameTooLong", List.of(LearnerProfile.MAX_DISPLAY_NAME)));
            }
            profile(person).printProblem().ifPresent(key -> problems.add(key.equals("learners.error.unprintable")
                    ? new CsvProblem(row.line(), null, "csv.unprintableName", List.of(profile(person).displayName()))
                    : new CsvProblem(row.line(), headers.get(BeneficiaryCsv.Column.PRINT_NAME), "csv.badPrintName",
                            List.of())));
            learners.find(person.key()).ifPresent(known -> problems.add(new CsvProblem(row.line(), null,
                    ImportRow.ALREADY_LEARNER, List.of(known.displayName(), known.username()))));
        }
        Long workshopId = null;
        if (person.workshop() != null) {
            Optional<GroupName> workshop = workshop(person.workshop());
            if (workshop.isPresent()) {
                workshopId = workshop.get().id();
            } else {
                problems.add(new CsvProblem(row.line(), headers.get(BeneficiaryCsv.Column.WORKSHOP), "csv.unknownWorkshop",
                        List.of(person.workshop())));
            }
        }
        return new ImportRow(row.line(), person, workshopId, problems);
    }

    /** The organisation's workshop of this name: written exactly, else without case, accents or extra spaces. */
    Optional<GroupName> workshop(String name) {
        GroupName exact = workshopsByName.get(name);
        return Optional.ofNullable(exact != null ? exact : workshopsByKey.get(workshopKey(name)));
    }

    /** The enrolment form's view of a person read from a file (no accessibility settings in a file). */
    static LearnerProfile profile(Beneficiary person) {
        return new LearnerProfile(person.firstName(), person.lastName(), person.birthYear() == 0 ? null : person.birthYear(),
                person.phone(), person.email(), person.language(), false, false, false, person.printName());
    }

    static String workshopKey(String name) {
        String decomposed = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }
}
