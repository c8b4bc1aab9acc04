package fr.pasapas.catalogue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The published catalogue: every course in the order of {@code content/catalogue.yaml}, in one language.
 *
 * <p>The content is written in French, and each text may have an English version. The loader builds the French
 * catalogue and, from the same files, the English one: same courses, modules, steps, ids, order, right answers and
 * media; only the texts differ, and a text without an English version stays in French there
 * ({@link Module#translated()} tells which modules are wholly in English). {@link #in(Locale)} goes from one to
 * the other. Immutable.
 */
public final class Catalogue {

    private final Locale language;
    private final List<Course> courses;
    private final Catalogue french;
    private final Catalogue english;

    /** A catalogue in French only: {@link #in(Locale)} returns it for every language. */
    public Catalogue(List<Course> courses) {
        this.language = Locale.FRENCH;
        this.courses = List.copyOf(courses);
        this.french = this;
        this.english = this;
    }

    /** The French catalogue, with its English version. */
    private Catalogue(List<Course> frenchCourses, List<Course> englishCourses) {
        this.language = Locale.FRENCH;
        this.courses = List.copyOf(frenchCourses);
        this.french = this;
        this.english = new Catalogue(englishCourses, this);
    }

    /** The English version of {@code french}. */
    private Catalogue(List<Course> englishCourses, Catalogue french) {
        this.language = Locale.ENGLISH;
        this.courses = List.copyOf(englishCourses);
        this.french = french;
        this.english = this;
    }

    public static Catalogue empty() {
        return new Catalogue(List.of());
    }

    /**
     * The French catalogue, whose English version is {@code english}: the same courses, modules and steps, with
     * the same ids in the same order.
     *
     * @throws IllegalArgumentException when the two lists do not have the same ids in the same order
     */
    public static Catalogue of(List<Course> french, List<Course> english) {
        if (!shape(french).equals(shape(english))) {
            throw new IllegalArgumentException("the English catalogue must have the ids of the French one, in order");
        }
        return new Catalogue(french, english);
    }

    /** Course, module and step ids, in order. */
    private static List<String> shape(List<Course> courses) {
        List<String> ids = new ArrayList<>();
        for (Course course : courses) {
            ids.add("course " + course.id());
            for (Module module : course.modules()) {
                ids.add("module " + module.id());
                module.steps().forEach(step -> ids.add("step " + step.id()));
            }
        }
        return ids;
    }

    /**
     * This catalogue in {@code locale}'s language: the English catalogue for English (any country), the French
     * one for French and for every other language (and for {@code null}). A catalogue without an English version
     * returns itself for every language.
     */
    public Catalogue in(Locale locale) {
        boolean english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english ? this.english : this.french;
    }

    /** The language of the texts: {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
    public Locale language() {
        return language;
    }

    public List<Course> courses() {
        return courses;
    }

    /**
     * The part of this catalogue that a learner ({@code staff} false) or a member of staff may open (see
     * {@link Audience}), in the same language, with its other language alike. Learners' module lists, the
     * trainer's report and the modules a workshop can be given read the learners' part.
     */
    public Catalogue openTo(boolean staff) {
        if (courses.stream().allMatch(course -> course.openTo(staff))) {
            return this;
        }
        if (french != this) {
            return french.openTo(staff).in(language);
        }
        List<Course> frenchCourses = courses.stream().filter(course -> course.openTo(staff)).toList();
        if (english == this) {
            return new Catalogue(frenchCourses);
        }
        return of(frenchCourses, english.courses.stream().filter(course -> course.openTo(staff)).toList());
    }

    public Optional<Course> course(String courseId) {
        return courses.stream().filter(c -> c.id().equals(courseId)).findFirst();
    }

    public Optional<Module> module(String moduleId) {
        return courses.stream().flatMap(c -> c.modules().stream())
                .filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public List<Module> modules() {
        return courses.stream().flatMap(c -> c.modules().stream()).toList();
    }

    /** Same language and same courses. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Catalogue that && language.equals(that.language) && courses.equals(that.courses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, courses);
    }

    @Override
    public String toString() {
        return "Catalogue[" + language + ", courses=" + courses + "]";
    }
}
