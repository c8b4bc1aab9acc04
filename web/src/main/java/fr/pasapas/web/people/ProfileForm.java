package fr.pasapas.web.people;

import fr.pasapas.people.domain.LearnerProfile;
import java.io.Serializable;

/** The fields of the learner form as typed; the service checks them ({@link LearnerProfile#problems}). */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String birthYear;
    private String phone;
    private String email;
    private String language;
    private boolean biggerText;
    private boolean highContrast;
    private boolean readAloud;
    private String workshop;
    private String printName;

    /** The profile typed; null when the birth year is not a number. */
    LearnerProfile profile() {
        Integer year = null;
        if (birthYear != null && !birthYear.isBlank()) {
            try {
                year = Integer.valueOf(birthYear.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new LearnerProfile(firstName, lastName, year, phone, email, language, biggerText, highContrast, readAloud,
                printName);
    }

    void fill(LearnerProfile profile) {
        firstName = profile.firstName();
        lastName = profile.lastName();
        birthYear = profile.birthYear() == null ? null : profile.birthYear().toString();
        phone = profile.phone();
        email = profile.email();
        language = profile.language();
        biggerText = profile.biggerText();
        highContrast = profile.highContrast();
        readAloud = profile.readAloud();
        printName = profile.printName();
        workshop = null;
    }

    void clear() {
        fill(new LearnerProfile(null, null, null, null, null, null, false, false, false));
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(String birthYear) {
        this.birthYear = birthYear;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isBiggerText() {
        return biggerText;
    }

    public void setBiggerText(boolean biggerText) {
        this.biggerText = biggerText;
    }

    public boolean isHighContrast() {
        return highContrast;
    }

    public void setHighContrast(boolean highContrast) {
        this.highContrast = highContrast;
    }

    public boolean isReadAloud() {
        return readAloud;
    }

    public void setReadAloud(boolean readAloud) {
        this.readAloud = readAloud;
    }

    public String getPrintName() {
        return printName;
    }

    public void setPrintName(String printName) {
        this.printName = printName;
    }

    public String getWorkshop() {
        return workshop;
    }

    public void setWorkshop(String workshop) {
        this.workshop = workshop;
    }
}
