package fr.pasapas.catalogue.infrastructure.content;

/** Guards every content path: no way out of the content root. */
final class RelativePaths {

    private RelativePaths() {
    }

    /**
     * @return the path itself when it is a safe relative path
     * @throws IllegalArgumentException when it is empty, absolute, or contains {@code ..}, {@code \} or {@code :}
     */
    static String requireSafe(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("empty content path");
        }
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.contains(":")
                || path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("unsafe content path: " + path);
        }
        return path;
    }

    static boolean isSafe(String path) {
        try {
            requireSafe(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
