package org.lotuspathway.meetings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(MeetingSettings.class)
class MeetingsConfiguration {
}
