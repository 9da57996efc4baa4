package org.lotuspathway.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.lotuspathway.LotusPathwayApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * What start-up spends its time on (docs/benchmark.md, "Start-up"): the app as it ships, in the
 * directory it is run from (so a second run is a restart on an existing database), with the steps
 * Spring records (each bean, the context's phases), slowest first by their own time, children
 * excluded. A program, not a test:
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat classpath)" org.lotuspathway.benchmark.StartupProfile [--app arguments]</pre>
 */
public final class StartupProfile {

    private static final int SHOWN = Integer.getInteger("profile.steps", 40);

    private StartupProfile() {
    }

    public static void main(String[] args) {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        long starting = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LotusPathwayApplication.class)
                .applicationStartup(startup).run(args)) {
            System.out.printf("Started in %.2f s%n", (System.nanoTime() - starting) / 1e9);
            print(startup.getBufferedTimeline());
        }
        System.exit(0);
    }

    private static void print(StartupTimeline timeline) {
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
        Map<Long, Long> childrenNanos = new HashMap<>();
        for (StartupTimeline.TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childrenNanos.merge(parent, event.getDuration().toNanos(), Long::sum);
            }
        }
        List<String[]> rows = new ArrayList<>();
        events.stream()
                .sorted(Comparator.comparingLong((StartupTimeline.TimelineEvent event) -> -(event.getDuration().toNanos()
                        - childrenNanos.getOrDefault(event.getStartupStep().getId(), 0L))))
                .limit(SHOWN)
                .forEach(event -> rows.add(new String[] {
                        "%6.0f".formatted((event.getDuration().toNanos()
                                - childrenNanos.getOrDefault(event.getStartupStep().getId(), 0L)) / 1e6),
                        "%6.0f".formatted(event.getDuration().toNanos() / 1e6), describe(event.getStartupStep())}));
        System.out.println("  self  total (ms)  step");
        rows.forEach(row -> System.out.println(String.join("  ", row)));
    }

    private static String describe(StartupStep step) {
        StringBuilder text = new StringBuilder(step.getName());
        StreamSupport.stream(step.getTags().spliterator(), false)
                .forEach(tag -> text.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
        return text.length() > 160 ? text.substring(0, 160) : text.toString();
    }
}
