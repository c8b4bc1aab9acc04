package fr.pasapas.catalogue.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 21 competences of DigComp 2.2 (JRC, 2022) with French names. No official French edition exists:
 * these are working translations, and certificates say so.
 */
public final class DigComp {

    public static final String VERSION = "DigComp 2.2";

    private static final Map<String, String> FRENCH_NAMES = new LinkedHashMap<>();

    static {
        FRENCH_NAMES.put("1.1", "Naviguer, rechercher et filtrer des données, informations et contenus numériques");
        FRENCH_NAMES.put("1.2", "Évaluer des données, informations et contenus numériques");
        FRENCH_NAMES.put("1.3", "Gérer des données, informations et contenus numériques");
        FRENCH_NAMES.put("2.1", "Interagir par les technologies numériques");
        FRENCH_NAMES.put("2.2", "Partager par les technologies numériques");
        FRENCH_NAMES.put("2.3", "Participer à la citoyenneté par les technologies numériques");
        FRENCH_NAMES.put("2.4", "Collaborer par les technologies numériques");
        FRENCH_NAMES.put("2.5", "Nétiquette");
        FRENCH_NAMES.put("2.6", "Gérer son identité numérique");
        FRENCH_NAMES.put("3.1", "Développer des contenus numériques");
        FRENCH_NAMES.put("3.2", "Intégrer et réélaborer des contenus numériques");
        FRENCH_NAMES.put("3.3", "Droit d'auteur et licences");
        FRENCH_NAMES.put("3.4", "Programmation");
        FRENCH_NAMES.put("4.1", "Protéger les appareils");
        FRENCH_NAMES.put("4.2", "Protéger les données personnelles et la vie privée");
        FRENCH_NAMES.put("4.3", "Protéger la santé et le bien-être");
        FRENCH_NAMES.put("4.4", "Protéger l'environnement");
        FRENCH_NAMES.put("5.1", "Résoudre des problèmes techniques");
        FRENCH_NAMES.put("5.2", "Identifier des besoins et des réponses technologiques");
        FRENCH_NAMES.put("5.3", "Utiliser les technologies numériques de façon créative");
        FRENCH_NAMES.put("5.4", "Identifier ses besoins de compétences numériques");
    }

    private DigComp() {
    }

    public static Optional<String> frenchName(String code) {
        return Optional.ofNullable(FRENCH_NAMES.get(code));
    }

    public static boolean isCompetence(String code) {
        return FRENCH_NAMES.containsKey(code);
    }
}
