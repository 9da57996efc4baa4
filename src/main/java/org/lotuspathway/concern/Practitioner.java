package org.lotuspathway.concern;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.lotuspathway.common.FoldedWords;

/** A practitioner on a professional register; may be linked to a user who signs in to the portal. */
@Entity
@Table(name = "practitioner")
public class Practitioner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Profession profession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Register register;

    @Column(name = "register_number", nullable = false)
    private String registerNumber;

    private String username;

    /**
     * The words of the name as a search matches them (folded to ASCII lower case), written with the
     * practitioner: the case register finds a name by the start of any of its words through them.
     */
    @ElementCollection
    @CollectionTable(name = "practitioner_name_word", joinColumns = @JoinColumn(name = "practitioner_id"))
    @Column(name = "word", length = FoldedWords.MAX_LENGTH)
    private Set<String> nameWords = new HashSet<>();

    /** The name in parts (migration 11); null on rows from before, whose {@link #name} is split when read. */
    private String title;

    @Column(name = "given_names")
    private String givenNames;

    @Column(name = "family_name")
    private String familyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_of_address")
    private FormOfAddress formOfAddress;

    /** False while the parts are only our split of a name written in one piece. */
    @Column(name = "name_confirmed", nullable = false)
    private boolean nameConfirmed;

    protected Practitioner() {
    }

    /** A practitioner known by one written name, split into its parts for the case manager to confirm. */
    public Practitioner(String name, Profession profession, Register register, String registerNumber) {
        this(PersonalName.split(name, null), false, profession, register, registerNumber);
    }

    public Practitioner(PersonalName name, boolean nameConfirmed, Profession profession, Register register,
            String registerNumber) {
        this.profession = profession;
        this.register = register;
        this.registerNumber = registerNumber;
        keepName(name, nameConfirmed);
    }

    /**
     * Whether a name and profession given at intake are this practitioner's: the same profession and
     * the same words of given and family names, whatever the case, accents or title.
     */
    public boolean isKnownAs(PersonalName given, Profession givenProfession) {
        return profession == givenProfession && FoldedWords.listOf(identifying(personalName()))
                .equals(FoldedWords.listOf(identifying(given)));
    }

    private static String identifying(PersonalName name) {
        return (name.givenNames() == null ? "" : name.givenNames()) + " " + name.familyName();
    }

    /**
     * The person raising a concern confirmed that this registration number is this practitioner's,
     * under the name and profession they gave: those replace what was on record.
     */
    public void renameAfterConfirmation(PersonalName given, boolean givenInParts, Profession givenProfession) {
        this.profession = givenProfession;
        keepName(given, givenInParts);
    }

    /** The case manager confirms or corrects the name's parts and how the practitioner likes to be addressed. */
    public void confirmName(PersonalName corrected) {
        keepName(corrected, true);
    }

    private void keepName(PersonalName parts, boolean confirmed) {
        this.name = parts.fullName();
        this.title = parts.title();
        this.givenNames = parts.givenNames();
        this.familyName = parts.familyName();
        this.formOfAddress = parts.formOfAddress();
        this.nameConfirmed = confirmed;
        nameWords.clear();
        nameWords.addAll(FoldedWords.of(this.name));
    }

    /** The name in its parts: as kept, or for a record from before names had parts, split from its name. */
    public PersonalName personalName() {
        return familyName == null ? PersonalName.split(name, formOfAddress)
                : new PersonalName(title, givenNames, familyName, formOfAddress);
    }

    /** What a letter says after "Dear", such as "Dr Example". */
    public String salutation() {
        return personalName().salutation();
    }

    public boolean nameConfirmed() {
        return nameConfirmed;
    }

    public void linkToUser(String username) {
        this.username = username;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Profession profession() {
        return profession;
    }

    public Register register() {
        return register;
    }

    public String registerNumber() {
        return registerNumber;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** For example "GMC 7000001". */
    public String registration() {
        return register + " " + registerNumber;
    }
}
