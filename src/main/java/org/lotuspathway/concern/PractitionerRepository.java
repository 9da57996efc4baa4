package org.lotuspathway.concern;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PractitionerRepository extends JpaRepository<Practitioner, Long> {

    Optional<Practitioner> findByRegisterAndRegisterNumber(Register register, String registerNumber);

    Optional<Practitioner> findByUsername(String username);
}
