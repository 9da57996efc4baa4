package org.lotuspathway.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application's security, for controller slices ({@code support/WebSlice}). With no meetings
 * in a slice, a member of the panel alone has no case of theirs to open.
 */
@TestConfiguration
@Import({SecurityConfig.class, PublicSpeakUpSecurity.class, SecurityFilters.class})
public class SecuritySlice {

    @Bean
    PanelCases noMeetings() {
        return new PanelCases() {
            @Override
            public boolean mayOpenCase(String username, String businessKey) {
                return false;
            }

            @Override
            public boolean mayOpenTask(String username, String taskId) {
                return false;
            }

            @Override
            public String asSqlCondition() {
                return "1 = 0";
            }

            @Override
            public String asSqlConditionOnCases() {
                return "1 = 0";
            }
        };
    }
}
