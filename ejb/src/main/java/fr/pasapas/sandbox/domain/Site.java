package fr.pasapas.sandbox.domain;

import java.util.List;
import java.util.Optional;

/**
 * A replica: the service's name (text only, never a logo), the domain shown in the simulated address bar,
 * its look, and its pages (the first one is its home).
 */
public record Site(String id, String name, String domain, Look look, List<Page> pages) {

    public Site {
        pages = List.copyOf(pages);
    }

    /** Colours, header, navigation and footer, drawn the same on every page. */
    public record Look(String primary, String background, Words header, List<Words> navigation, Words footer) {

        public Look {
            navigation = navigation == null ? List.of() : List.copyOf(navigation);
        }
    }

    public Optional<Page> page(String pageId) {
        return pages.stream().filter(page -> page.id().equals(pageId)).findFirst();
    }

    public Page home() {
        return pages.get(0);
    }
}
