package org.lotuspathway.meetings;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovedMinutesRepository extends JpaRepository<ApprovedMinutes, Long> {
}
