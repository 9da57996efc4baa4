package org.lotuspathway.learning;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImprovementActionRepository extends JpaRepository<ImprovementAction, Long> {
}
