package org.lotuspathway.concern;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PractitionerRepository extends JpaRepository<Practitioner, Long> {

    // written out, as ConcernRepository.findByBusinessKey says why
    @Query("select p from Practitioner p where p.register = :register and p.registerNumber = :registerNumber")
    Optional<Practitioner> findByRegisterAndRegisterNumber(Register register, String registerNumber);

    Optional<Practitioner> findByUsername(String username);
}
