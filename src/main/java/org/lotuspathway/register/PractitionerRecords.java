package org.lotuspathway.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.CaseOutcome;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.PanelCases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner's record: who they are, every concern about them with its outcome, and their
 * registration, performers list and vetting with each change's history. Every view and change
 * goes to the audit log, under the practitioner's registration ("GMC 7000001").
 */
@Service
public class PractitionerRecords {

    private final PractitionerRepository practitioners;
    private final ConcernRepository concerns;
    private final PractitionerRecordRepository records;
    private final StatusChangeRepository changes;
    private final List<CaseOutcome> outcomes;
    private final PractitionerChecks checks;
    private final PathwayClock clock;
    private final AuditLog audit;
    private final PanelCases panel;

    PractitionerRecords(PractitionerRepository practitioners, ConcernRepository concerns,
            PractitionerRecordRepository records, StatusChangeRepository changes, List<CaseOutcome> outcomes,
            PractitionerChecks checks, PathwayClock clock, AuditLog audit, PanelCases panel) {
        this.practitioners = practitioners;
        this.concerns = concerns;
        this.records = records;
        this.changes = changes;
        this.outcomes = outcomes.stream().sorted(Comparator.comparingInt(CaseOutcome::precedence)).toList();
        this.checks = checks;
        this.clock = clock;
        this.audit = audit;
        this.panel = panel;
    }

    /**
     * For the case team. A member of the panel who works no other role reads only the record of a
     * practitioner with a case they may open ({@link PanelCases}); any other is "not found", as
     * if there were no such practitioner.
     */
    @Transactional
    public PractitionerFile showTo(CurrentUser viewer, String register, String number, String where) {
        if (viewer.onlyOnThePanel()) {
            Practitioner practitioner = find(register, number);
            boolean anyCaseOfTheirs = concerns.findByPractitionerOrderByRaisedAtDesc(practitioner).stream()
                    .anyMatch(concern -> panel.mayOpenCase(viewer.name(), concern.businessKey()));
            if (!anyCaseOfTheirs) {
                throw new UnknownPractitioner(register + " " + number);
            }
        }
        return show(register, number, where);
    }

    /** For the case team, and for what they change: whoever may read every record. */
    @Transactional
    public PractitionerFile show(String register, String number, String where) {
        Practitioner practitioner = find(register, number);
        audit.record(AuditAction.VIEWED_PRACTITIONER, practitioner.registration(), where);
        return fileOf(practitioner);
    }

    /** For the practitioner themself: their own record, and nobody else's, which is "not found". */
    @Transactional
    public PractitionerFile showOwn(String username, String register, String number, String where) {
        Practitioner practitioner = find(register, number);
        if (!practitioner.username().map(username::equals).orElse(false)) {
            throw new UnknownPractitioner(register + " " + number);
        }
        audit.record(AuditAction.VIEWED_PRACTITIONER, practitioner.registration(), where);
        return fileOf(practitioner);
    }

    /**
     * Replaces the parts given, all or none: a wrong field anywhere changes nothing and comes back as
     * an {@link InvalidSubmission} with a message for each.
     */
    @Transactional
    public PractitionerFile update(String register, String number, StatusUpdate update, String by) {
        Practitioner practitioner = find(register, number);
        if (update == null || update.isEmpty()) {
            throw InvalidSubmission.of("form", "Give the registration, the performers list or the vetting to record");
        }
        PractitionerRecord record = records.findById(practitioner.id())
                .orElseGet(() -> new PractitionerRecord(practitioner.id()));
        Map<String, String> errors = new LinkedHashMap<>();
        StatusRules rules = new StatusRules(practitioner, clock.today(), errors);
        Registration registration = update.registration() == null ? null : rules.registration(update.registration(), by);
        PerformersListEntry list = update.performersList() == null ? null : rules.performersList(update.performersList());
        Vetting vetting = update.vetting() == null ? null
                : rules.vetting(update.vetting(), record.vetting().orElse(null));
        if (!errors.isEmpty()) {
            throw new InvalidSubmission(errors);
        }
        List<StatusChange> changed = new ArrayList<>();
        if (registration != null) {
            changed.addAll(record.record(registration, by, clock.now()));
        }
        if (list != null) {
            changed.addAll(record.record(list, by, clock.now()));
        }
        if (vetting != null) {
            changed.addAll(record.record(vetting, by, clock.now()));
        }
        records.save(record);
        changes.saveAll(changed);
        audit.record(AuditAction.CHANGED_PRACTITIONER, practitioner.registration(), describe(changed));
        return fileOf(practitioner);
    }

    /** Every concern about the practitioner, newest first, with what was decided. */
    @Transactional(readOnly = true)
    public List<PractitionerFile.CaseSummary> concernsAbout(Practitioner practitioner) {
        return concerns.findByPractitionerOrderByRaisedAtDesc(practitioner).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public Practitioner find(String register, String number) {
        String registration = register + " " + number;
        Register known = java.util.Arrays.stream(Register.values())
                .filter(r -> r.name().equalsIgnoreCase(register)).findFirst()
                .orElseThrow(() -> new UnknownPractitioner(registration));
        return practitioners.findByRegisterAndRegisterNumber(known, number.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new UnknownPractitioner(registration));
    }

    @Transactional(readOnly = true)
    public Optional<PractitionerRecord> recordOf(Practitioner practitioner) {
        return records.findById(practitioner.id());
    }

    private PractitionerFile fileOf(Practitioner practitioner) {
        Optional<PractitionerRecord> record = records.findById(practitioner.id());
        Optional<Vetting> vetting = record.flatMap(PractitionerRecord::vetting);
        return new PractitionerFile(practitioner, concernsAbout(practitioner),
                record.flatMap(PractitionerRecord::registration), record.flatMap(PractitionerRecord::performersList),
                vetting, checks.nextVettingDue(vetting), checks.of(practitioner, record, clock.today()),
                changes.findByPractitionerIdOrderByChangedAtDescIdDesc(practitioner.id()),
                record.flatMap(PractitionerRecord::contact));
    }

    private PractitionerFile.CaseSummary summary(Concern concern) {
        String outcome = outcomes.stream().map(o -> o.of(concern.businessKey())).flatMap(Optional::stream)
                .findFirst().orElse(null);
        return new PractitionerFile.CaseSummary(concern.businessKey(), concern.stage(), concern.receivedOn(),
                concern.raisedAt().atZone(PathwayClock.UK).toLocalDate(), concern.closedOn().orElse(null), outcome,
                concern.isPaused());
    }

    private static String describe(List<StatusChange> changed) {
        if (changed.isEmpty()) {
            return "recorded again, nothing changed";
        }
        return changed.stream().collect(Collectors.groupingBy(change -> change.part().label(), LinkedHashMap::new,
                        Collectors.mapping(StatusChange::field, Collectors.joining(", "))))
                .entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
}
