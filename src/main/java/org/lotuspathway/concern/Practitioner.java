package org.lotuspathway.concern;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected Practitioner() {
    }

    public Practitioner(String name, Profession profession, Register register, String registerNumber) {
        this.name = name;
        this.profession = profession;
        this.register = register;
        this.registerNumber = registerNumber;
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
