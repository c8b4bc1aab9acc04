package fr.pasapas.reporting.application;

/** The orders of the matrix's learners, each ending by id so that pages never overlap. */
public enum MatrixOrder {
    NAME("a.display_name, a.id"),
    NAME_DESC("a.display_name desc, a.id desc"),
    DONE("done_count, a.display_name, a.id"),
    DONE_DESC("done_count desc, a.display_name, a.id");

    private final String sql;

    MatrixOrder(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    /** The order named by a page parameter; the name order for anything else. */
    public static MatrixOrder parse(String name) {
        for (MatrixOrder order : values()) {
            if (order.name().equalsIgnoreCase(name == null ? "" : name)) {
                return order;
            }
        }
        return NAME;
    }
}
