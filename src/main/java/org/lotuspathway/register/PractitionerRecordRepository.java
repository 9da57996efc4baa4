package org.lotuspathway.register;

import org.springframework.data.jpa.repository.JpaRepository;

interface PractitionerRecordRepository extends JpaRepository<PractitionerRecord, Long> {
}
