package org.lotuspathway.register;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionRequestRepository extends JpaRepository<CorrectionRequest, Long> {

    List<CorrectionRequest> findByBusinessKeyOrderByRequestedAtDescIdDesc(String businessKey);

    long countByPractitionerIdAndRequestedAtGreaterThanEqual(Long practitionerId, Instant since);
}
