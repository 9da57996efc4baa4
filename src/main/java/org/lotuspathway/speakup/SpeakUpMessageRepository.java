package org.lotuspathway.speakup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpeakUpMessageRepository extends JpaRepository<SpeakUpMessage, Long> {

    List<SpeakUpMessage> findByReportOrderByWrittenAtAscIdAsc(SpeakUpReport report);
}
