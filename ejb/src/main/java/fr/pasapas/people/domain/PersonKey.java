package fr.pasapas.people.domain;

/**
 * Who a person is when looking for duplicates: their full name without case, accents, spaces or punctuation
 * ("Thị Hoa NGUYỄN" and "thi hoa nguyen" are one name), and their birth year when known. Two keys are the same
 * person when their names are equal and their birth years are too, or one of them is unknown.
 *
 * @param birthYear 0 when unknown
 */
public record PersonKey(String name, int birthYear) {

    /** A person by first and last name (the order of a learner's display name: first name, then last name). */
    public static PersonKey of(String firstName, String lastName, Integer birthYear) {
        return new PersonKey(Names.key(firstName) + Names.key(lastName), birthYear == null ? 0 : birthYear);
    }

    /** A learner as an account knows them: their display name ("first last") and birth year. */
    public static PersonKey ofDisplayName(String displayName, Integer birthYear) {
        return new PersonKey(Names.key(displayName), birthYear == null ? 0 : birthYear);
    }

    public boolean samePersonAs(PersonKey other) {
        return name.equals(other.name) && (birthYear == 0 || other.birthYear == 0 || birthYear == other.birthYear);
    }
}
