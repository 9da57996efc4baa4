package org.lotuspathway.portal;

import java.util.List;

import org.lotuspathway.concern.Concern;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PractitionerResponseRepository extends JpaRepository<PractitionerResponse, Long> {

    List<PractitionerResponse> findByConcernOrderByRecordedAtAsc(Concern concern);
}
