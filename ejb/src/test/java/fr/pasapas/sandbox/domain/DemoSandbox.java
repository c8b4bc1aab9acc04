package fr.pasapas.sandbox.domain;

import static fr.pasapas.sandbox.domain.BlockType.BUTTON;
import static fr.pasapas.sandbox.domain.BlockType.CHOICE;
import static fr.pasapas.sandbox.domain.BlockType.DOCUMENT_LIST;
import static fr.pasapas.sandbox.domain.BlockType.FIELD;
import static fr.pasapas.sandbox.domain.BlockType.HEADING;
import static fr.pasapas.sandbox.domain.BlockType.NOTICE;
import static fr.pasapas.sandbox.domain.BlockType.TABLE;
import static fr.pasapas.sandbox.domain.BlockType.TEXT;

import java.util.List;
import java.util.Map;

/**
 * A small hand-made sandbox for the engine's features: a declaration site whose pages show the persona's data and
 * what was typed, with pre-filled inputs and a branch on «Avez-vous travaillé ?»; a service and a sign-in portal
 * that sends people back where they came from. Karim and Jeanne both play the declaration.
 */
final class DemoSandbox {

    static final Words W = Words.of("…");
    static final Words ALREADY_WRITTEN = Words.of("C'est le montant déjà écrit. Corrigez-le.");

    private DemoSandbox() {
    }

    static Sandbox sandbox() {
        return Sandbox.of(List.of(declaration(), service(), portal()), List.of(
                new Persona("karim", "Karim FICTIF", "karim.fictif@messagerie.example", Map.of("salaire", "652,41")),
                new Persona("jeanne", "Jeanne EXEMPLE", "jeanne.exemple@messagerie.example", Map.of("salaire", "1 200"))),
                List.of(karimWorked(), jeanneDidNot(), karimCorrects(), signIn(), portalAlone()));
    }

    private static Site declaration() {
        return new Site("decla", "Déclaration", "decla.example", new Site.Look("#123456", null, W, null, W), List.of(
                new Page("accueil", Words.of("Bonjour {persona.name}"), List.of(
                        BlockBuilder.of(HEADING, null, "Déclaration de {persona.name}").build(),
                        BlockBuilder.of(TABLE, null, W).rows(List.of(List.of(Words.of("Mois"), Words.of("Salaire")),
                                List.of(Words.of("Mars"), Words.of("{persona.salaire} €")))).build(),
                        BlockBuilder.of(DOCUMENT_LIST, null, W).items(Words.of("Fiche de paie de {persona.name}")).build(),
                        BlockBuilder.of(FIELD, "montant", "Montant").prefill("persona.salaire").build(),
                        BlockBuilder.of(FIELD, "commentaire", "Commentaire").prefill("Rien à signaler").build(),
                        BlockBuilder.of(CHOICE, "a-travaille", "Avez-vous travaillé ?").required()
                                .option("oui", new Words("Oui", "Yes")).option("non", new Words("Non", "No")).build(),
                        BlockBuilder.of(BUTTON, "continuer", "Continuer").checks().goes("decla", "heures")
                                .branch(Map.of("a-travaille", "non"), "decla", "situation").build())),
                new Page("heures", W, List.of(
                        BlockBuilder.of(FIELD, "heures", "Heures").digits().required().build(),
                        BlockBuilder.of(BUTTON, "heures-continuer", "Continuer").checks().goes("decla", "recap").build())),
                new Page("situation", W, List.of(
                        BlockBuilder.of(BUTTON, "situation-continuer", "Continuer").goes("decla", "recap").build())),
                new Page("recap", Words.of("Vérifier et valider"), List.of(
                        BlockBuilder.of(TEXT, null, new Words(
                                "Travail : {value.a-travaille}. Montant : {value.montant} €. Heures : {value.heures}.",
                                "Work: {value.a-travaille}.")).build(),
                        BlockBuilder.of(NOTICE, null, "Réponse envoyée à {persona.email}. {ville.nom}").build(),
                        BlockBuilder.of(BUTTON, "envoyer", "Valider")
                                .sends("accuse", "Bonjour {persona.name}. Votre code est {code}.").goes("decla", "fin").build())),
                new Page("fin", W, List.of(BlockBuilder.of(HEADING, null, "C'est fini").build()))));
    }

    private static Site service() {
        return new Site("service", "Service", "service.example", new Site.Look("#123456", null, W, null, W), List.of(
                new Page("connexion", W, List.of(
                        BlockBuilder.of(BUTTON, "portail-espace", "Se connecter avec le portail").goes("portail", "choix")
                                .returns("service", "espace").build(),
                        BlockBuilder.of(BUTTON, "portail-simple", "Voir le portail").goes("portail", "choix").build())),
                new Page("espace", W, List.of(BlockBuilder.of(HEADING, null, "Mon espace").build()))));
    }

    private static Site portal() {
        return new Site("portail", "Portail", "portail.example", new Site.Look("#123456", null, W, null, W), List.of(
                new Page("choix", W, List.of(
                        BlockBuilder.of(BUTTON, "revenir", "Revenir au service").goesBack().build(),
                        BlockBuilder.of(BUTTON, "page-suivante", "Page suivante").goes("portail", "suite").build())),
                new Page("suite", W, List.of(BlockBuilder.of(BUTTON, "revenir-de-suite", "Revenir").goesBack().build()))));
    }

    private static ExpectedAction step(ExpectedAction.Kind kind, String target, String value, ExpectedAction.Mistake... mistakes) {
        return new ExpectedAction(kind, target, value, W, W, List.of(mistakes), null);
    }

    private static Scenario scenario(String id, String persona, String start, List<ExpectedAction> path) {
        String site = start.substring(0, start.indexOf(':'));
        List<String> sites = site.equals("decla") ? List.of("decla") : List.of("service", "portail");
        return new Scenario(id, W, W, sites, persona, PageRef.parse(start, ""), path, List.of(), 1, List.of());
    }

    /** Karim worked: the amount is pre-filled right, then the hours page. */
    private static Scenario karimWorked() {
        return scenario("karim-oui", "karim", "decla:accueil", List.of(
                step(ExpectedAction.Kind.FILL, "montant", "persona.salaire"),
                step(ExpectedAction.Kind.CHOOSE, "a-travaille", "oui"),
                step(ExpectedAction.Kind.PRESS, "continuer", null),
                step(ExpectedAction.Kind.FILL, "heures", "70"),
                step(ExpectedAction.Kind.PRESS, "heures-continuer", null),
                step(ExpectedAction.Kind.PRESS, "envoyer", null)));
    }

    /** Jeanne did not work: «Non» leads past the hours page. */
    private static Scenario jeanneDidNot() {
        return scenario("jeanne-non", "jeanne", "decla:accueil", List.of(
                step(ExpectedAction.Kind.CHOOSE, "a-travaille", "non"),
                step(ExpectedAction.Kind.PRESS, "continuer", null),
                step(ExpectedAction.Kind.PRESS, "situation-continuer", null),
                step(ExpectedAction.Kind.PRESS, "envoyer", null)));
    }

    /** The pre-filled amount is wrong: Karim must write 600. */
    private static Scenario karimCorrects() {
        return scenario("karim-corrige", "karim", "decla:accueil", List.of(
                step(ExpectedAction.Kind.FILL, "montant", "600", new ExpectedAction.Mistake(ExpectedAction.Kind.FILL,
                        null, "persona.salaire", ALREADY_WRITTEN)),
                step(ExpectedAction.Kind.CHOOSE, "a-travaille", "oui"),
                step(ExpectedAction.Kind.PRESS, "continuer", null),
                step(ExpectedAction.Kind.FILL, "heures", "70"),
                step(ExpectedAction.Kind.PRESS, "heures-continuer", null)));
    }

    private static Scenario signIn() {
        return scenario("connexion-portail", "karim", "service:connexion", List.of(
                step(ExpectedAction.Kind.PRESS, "portail-espace", null),
                step(ExpectedAction.Kind.PRESS, "revenir", null)));
    }

    private static Scenario portalAlone() {
        return scenario("portail-seul", "karim", "portail:choix", List.of(
                step(ExpectedAction.Kind.PRESS, "revenir", null)));
    }
}
