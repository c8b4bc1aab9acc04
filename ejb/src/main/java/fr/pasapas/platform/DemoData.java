package fr.pasapas.platform;

import fr.pasapas.people.domain.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo organisations and accounts, seeded on the first start in demo mode and listed by the banner. Two
 * organisations, so that anyone trying the platform sees that each one sees only its own people.
 */
public final class DemoData {

    public static final String ORGANISATION = "Centre social des Tilleuls (démo)";
    /** The second organisation: its people are invisible to the first one's staff, and the other way round. */
    public static final String OTHER_ORGANISATION = "PIMMS de la Gare (démo)";
    public static final String FIRST_MODULE = "ecran-tactile";
    /** The demo learner who has already completed the first module and holds its certificate. */
    public static final String CERTIFIED_LEARNER = "apprenant9";

    /** The trainer's demo workshop, with learners 1 to 8. */
    public static final String WORKSHOP = "Atelier du mardi";

    /** The other organisation's workshop, with learners 10 to 12. */
    public static final String OTHER_WORKSHOP = "Atelier du jeudi";

    /**
     * A demo account.
     *
     * @param roles every role it holds; the first listed is the main one
     */
    public record DemoAccount(String organisation, String username, String displayName, Set<Role> roles, String secret) {

        public DemoAccount {
            roles = Set.copyOf(roles);
        }

        /** The main role: learner, admin, else coordinator before trainer. */
        public Role role() {
            for (Role r : List.of(Role.LEARNER, Role.ADMIN, Role.PARTNER, Role.TRAINER)) {
                if (roles.contains(r)) {
                    return r;
                }
            }
            throw new IllegalStateException("No role");
        }
    }

    /** A module assigned to a demo workshop, due some days after the first start. */
    public record DemoAssignment(String moduleId, int dueInDays) {
    }

    /** A demo workshop: its organisation, its trainer and learners by username, its assigned modules. */
    public record DemoWorkshop(String organisation, String name, String trainer, List<String> learners,
                               List<DemoAssignment> assignments) {
    }

    private static final String[] LEARNER_NAMES = {
        "Jeanne Martin", "Mohamed Haddad", "Marie-Claire Dubois", "Nguyễn Văn Minh",
        "Josiane Petit", "Ahmed Benali", "Odette Lefèvre", "Samira Ouali", "Laurence Morel"
    };

    /** The other organisation's learners, apprenant10 to apprenant12. */
    private static final String[] OTHER_LEARNER_NAMES = {"Trần Thị Lan", "Fatima Zahra El Idrissi", "Gérard Fontaine"};

    private DemoData() {
    }

    public static List<DemoAccount> accounts() {
        List<DemoAccount> accounts = new ArrayList<>();
        accounts.add(new DemoAccount(ORGANISATION, "admin", "Alice Administratrice", Set.of(Role.ADMIN), "Admin-Demo-2026"));
        accounts.add(new DemoAccount(ORGANISATION, "formateur", "Karim Formateur", Set.of(Role.TRAINER), "Formateur-Demo-2026"));
        accounts.add(new DemoAccount(ORGANISATION, "partenaire", "Sophie Partenaire", Set.of(Role.PARTNER), "Partenaire-Demo-2026"));
        for (int i = 1; i <= LEARNER_NAMES.length; i++) {
            // apprenant1 has the PIN 1111, apprenant2 2222, ... : easy to read out in a workshop.
            accounts.add(new DemoAccount(ORGANISATION, "apprenant" + i, LEARNER_NAMES[i - 1], Set.of(Role.LEARNER),
                    String.valueOf(i).repeat(4)));
        }
        // one person holding both staff roles, as in small structures
        accounts.add(new DemoAccount(OTHER_ORGANISATION, "coordinatrice", "Nadia Belkacem",
                EnumSet.of(Role.PARTNER, Role.TRAINER), "Coordinatrice-Demo-2026"));
        accounts.add(new DemoAccount(OTHER_ORGANISATION, "formatrice", "Lucie Moreau", Set.of(Role.TRAINER),
                "Formatrice-Demo-2026"));
        for (int i = 0; i < OTHER_LEARNER_NAMES.length; i++) {
            int n = 10 + i; // apprenant10 has the PIN 1010, apprenant11 1111, apprenant12 1212
            accounts.add(new DemoAccount(OTHER_ORGANISATION, "apprenant" + n, OTHER_LEARNER_NAMES[i], Set.of(Role.LEARNER),
                    String.valueOf(n).repeat(2)));
        }
        return accounts;
    }

    public static List<DemoWorkshop> workshops() {
        return List.of(
                new DemoWorkshop(ORGANISATION, WORKSHOP, "formateur",
                        List.of("apprenant1", "apprenant2", "apprenant3", "apprenant4", "apprenant5", "apprenant6",
                                "apprenant7", "apprenant8"),
                        List.of(new DemoAssignment(FIRST_MODULE, 14), new DemoAssignment("adresse-email", 21))),
                new DemoWorkshop(OTHER_ORGANISATION, OTHER_WORKSHOP, "formatrice",
                        List.of("apprenant10", "apprenant11", "apprenant12"),
                        List.of(new DemoAssignment(FIRST_MODULE, 7))));
    }
}
