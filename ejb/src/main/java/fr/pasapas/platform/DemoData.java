package fr.pasapas.platform;

import fr.pasapas.people.domain.Role;
import java.util.ArrayList;
import java.util.List;

/** The demo organisation and accounts, seeded on the first start in demo mode and listed by the banner. */
public final class DemoData {

    public static final String ORGANISATION = "Centre social des Tilleuls (démo)";
    public static final String FIRST_MODULE = "ecran-tactile";
    /** The demo learner who has already completed the first module and holds its certificate. */
    public static final String CERTIFIED_LEARNER = "apprenant9";

    /** The trainer's demo workshop, with learners 1 to 8. */
    public static final String WORKSHOP = "Atelier du mardi";

    public record DemoAccount(String username, String displayName, Role role, String secret) {
    }

    /** A module assigned to the demo workshop, due some days after the first start. */
    public record DemoAssignment(String moduleId, int dueInDays) {
    }

    public static List<DemoAssignment> assignments() {
        return List.of(new DemoAssignment(FIRST_MODULE, 14), new DemoAssignment("adresse-email", 21));
    }

    private static final String[] LEARNER_NAMES = {
        "Jeanne Martin", "Mohamed Haddad", "Marie-Claire Dubois", "Nguyễn Văn Minh",
        "Josiane Petit", "Ahmed Benali", "Odette Lefèvre", "Samira Ouali", "Laurence Morel"
    };

    private DemoData() {
    }

    public static List<DemoAccount> accounts() {
        List<DemoAccount> accounts = new ArrayList<>();
        accounts.add(new DemoAccount("admin", "Alice Administratrice", Role.ADMIN, "Admin-Demo-2026"));
        accounts.add(new DemoAccount("formateur", "Karim Formateur", Role.TRAINER, "Formateur-Demo-2026"));
        accounts.add(new DemoAccount("partenaire", "Sophie Partenaire", Role.PARTNER, "Partenaire-Demo-2026"));
        for (int i = 1; i <= LEARNER_NAMES.length; i++) {
            // apprenant1 has the PIN 1111, apprenant2 2222, ... : easy to read out in a workshop.
            accounts.add(new DemoAccount("apprenant" + i, LEARNER_NAMES[i - 1], Role.LEARNER, String.valueOf(i).repeat(4)));
        }
        return accounts;
    }
}
