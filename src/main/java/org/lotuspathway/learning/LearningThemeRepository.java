package org.lotuspathway.learning;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearningThemeRepository extends JpaRepository<LearningTheme, String> {

    List<LearningTheme> findByActiveTrueOrderByName();

    List<LearningTheme> findAllByOrderByActiveDescNameAsc();

    List<LearningTheme> findByMergedInto(String code);
}
