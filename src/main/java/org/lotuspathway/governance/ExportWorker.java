package org.lotuspathway.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.governance.ExportContent.CaseContent;
import org.lotuspathway.governance.ExportContent.ExportFile;
import org.lotuspathway.governance.ExportContent.Part;
import org.lotuspathway.governance.ExportContent.Withheld;
import org.lotuspathway.process.PathwayClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Produces approved subject access exports in the background ({@code lotus.subject-access.cron},
 * every few seconds; "-" turns it off): takes one from the job table, gathers the record and each
 * case in turn, saving its progress after each so the administrators' page shows how far it is,
 * then keeps the ZIP. An export whose worker stopped (a crash) is taken again once its lease ends.
 * ZIPs older than {@code lotus.subject-access.keep-for} are deleted on the way.
 */
@Component
@EnableConfigurationProperties(SubjectAccessSettings.class)
class ExportWorker {

    private static final Logger log = LoggerFactory.getLogger(ExportWorker.class);

    private final SubjectAccessExports exports;
    private final PractitionerData data;
    private final ExportPackage packaging;
    private final SubjectAccessSettings settings;
    private final PathwayClock clock;
    private final AuditLog audit;

    ExportWorker(SubjectAccessExports exports, PractitionerData data, ExportPackage packaging,
            SubjectAccessSettings settings, PathwayClock clock, AuditLog audit) {
        this.exports = exports;
        this.data = data;
        this.packaging = packaging;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    @Scheduled(cron = "${lotus.subject-access.cron:*/5 * * * * *}", zone = "Europe/London")
    void onSchedule() {
        try {
            produceDue();
        } catch (RuntimeException e) {
            log.warn("Producing subject access exports stopped: {}", e.toString());
        }
    }

    /** Produces every export due now, one after another; returns how many were produced. */
    int produceDue() {
        exports.deleteZipsProducedBefore(clock.now().minus(settings.keepFor()));
        int produced = 0;
        for (long id : exports.due(clock.now())) {
            OptionalInt attempt = exports.claim(id, clock.now(), clock.now().plus(settings.lease()));
            if (attempt.isPresent() && produce(id, attempt.getAsInt())) {
                produced++;
            }
        }
        return produced;
    }

    private boolean produce(long id, int attempt) {
        ExportJob job = exports.find(id).orElseThrow();
        try {
            Map<Long, String> withheld = exports.withheld(id).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().reason()));
            List<String> keys = data.caseKeys(job.practitionerId());
            int total = keys.size() + 3;
            int done = 0;
            Map<String, Object> practitioner = data.practitioner(job.practitionerId());
            List<Part> record = data.record(job.practitionerId(), (String) practitioner.get("username"));
            if (!progress(id, attempt, ++done, total)) {
                return false;
            }
            List<ExportFile> files = new ArrayList<>();
            List<Withheld> kept = new ArrayList<>();
            List<CaseContent> cases = new ArrayList<>();
            for (String key : keys) {
                cases.add(data.oneCase(key, withheld, files, kept));
                if (!progress(id, attempt, ++done, total)) {
                    return false;
                }
            }
            Part trail = data.auditTrail(keys, job.registration());
            if (!progress(id, attempt, ++done, total)) {
                return false;
            }
            byte[] zip = packaging.zip(new ExportContent(clock.now(), practitioner, record, cases, trail, files, kept));
            if (!exports.ready(id, attempt, zip, clock.now())) {
                log.info("Subject access export {} changed while it was produced: it is produced again, if it is still"
                        + " wanted", id);
                return false;
            }
            audit.record(AuditLog.SYSTEM, AuditAction.PRODUCED_SUBJECT_ACCESS, job.registration(),
                    "export " + id + ": " + keys.size() + " case(s), " + kept.size() + " document(s) withheld");
            return true;
        } catch (RuntimeException e) {
            log.warn("Subject access export {} could not be produced", id, e);
            exports.failed(id, attempt, e.getClass().getSimpleName(), clock.now());
            return false;
        }
    }

    /** False when the export is no longer this attempt's (taken over, or put back by an erasure): stop. */
    private boolean progress(long id, int attempt, int done, int total) {
        return exports.progress(id, attempt, done, total, clock.now().plus(settings.lease()));
    }
}
