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

    protected Practitioner() {
    }

    public Practitioner(String name, Profession profession, Register register, String registerNumber) {
        this.name = name;
        this.profession = profession;
        this.register = register;
        this.registerNumber = registerNumber;
        this.nameWords = new HashSet<>(FoldedWords.of(name));
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
