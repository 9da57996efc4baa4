package org.lotuspathway.learning;

import org.lotuspathway.concern.CaseAccess;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.PanelCases;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one rule for who reads a library entry with its case. Staff who work cases may open case
 * pages ({@link CaseAccess#isStaff}), so they see the case reference, the practitioner and a link
 * to the case. Everyone else who may read the library reads every entry anonymised: the learning
 * audience ({@link org.lotuspathway.security.Roles#LEARNING}), and a panel member who works no other
 * role, who may open only the cases on their own meetings ({@link PanelCases}). Staff may ask to
 * read anonymised too, to share the learning on screen. The improvement actions follow the same
 * rule ({@link ImprovementActions}, {@link ActionController}).
 */
@Component
class LibraryAccess {

    boolean identifies(Authentication viewer, boolean askedForAnonymised) {
        return !askedForAnonymised && mayChoose(viewer);
    }

    boolean mayChoose(Authentication viewer) {
        return viewer != null && seesCases(CurrentUser.of(viewer));
    }

    /** The rule itself: staff who work cases, but not a panel member who works no other role. */
    static boolean seesCases(CurrentUser viewer) {
        return viewer.isStaff() && !viewer.onlyOnThePanel();
    }
}
