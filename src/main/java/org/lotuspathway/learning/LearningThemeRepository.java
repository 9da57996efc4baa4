package org.lotuspathway.learning;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearningThemeRepository extends JpaRepository<LearningTheme, String> {

    // written out, as ConcernRepository.findByBusinessKey says why
    @Query("select t from LearningTheme t where t.active = true order by t.name")
    List<LearningTheme> findByActiveTrueOrderByName();

    List<LearningTheme> findAllByOrderByActiveDescNameAsc();

    List<LearningTheme> findByMergedInto(String code);
}
