package org.lotuspathway.register;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PractitionerRecordRepository extends JpaRepository<PractitionerRecord, Long> {

    @Query("select r.practitionerId from PractitionerRecord r where lower(r.contact.email) = lower(:email)")
    List<Long> practitionersWithEmail(@Param("email") String email);
}
