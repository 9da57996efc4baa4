package org.lotuspathway.concern;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConcernEqualityRepository extends JpaRepository<ConcernEquality, Long> {
}
