package org.lotuspathway.register;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    List<StatusChange> findByPractitionerIdOrderByChangedAtDescIdDesc(Long practitionerId);
}
