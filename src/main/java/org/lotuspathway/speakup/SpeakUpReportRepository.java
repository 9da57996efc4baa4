package org.lotuspathway.speakup;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SpeakUpReportRepository extends JpaRepository<SpeakUpReport, Long> {

    Optional<SpeakUpReport> findByReference(String reference);

    Optional<SpeakUpReport> findByAccessCodeHash(String accessCodeHash);

    Optional<SpeakUpReport> findFirstByCaseKey(String caseKey);

    /** Reports still to be screened, urgent first, then oldest first. */
    @Query("select r from SpeakUpReport r where r.status in :statuses order by r.patientsAtRiskNow desc, r.receivedAt asc")
    List<SpeakUpReport> waiting(List<ReportStatus> statuses);

    long countByStatusIn(List<ReportStatus> statuses);

    long countByStatusInAndPatientsAtRiskNowTrue(List<ReportStatus> statuses);
}
