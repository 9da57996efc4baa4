package org.lotuspathway.governance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The table of subject access exports (the job table the worker takes them from) and what was withheld from each. */
@Component
class SubjectAccessExports {

    private static final String SELECT = """
            select e.id, e.practitioner_id, p.name, p.register, p.register_number, e.status, e.requested_by,
                e.requested_at, e.approved_by, e.approved_at, e.steps_done, e.steps_total, e.finished_at, e.failure,
                e.zip_size, case when e.zip is null then false else true end as available
            from subject_access_export e join practitioner p on p.id = e.practitioner_id
            """;

    /** A document withheld from an export. */
    record WithheldDocument(long documentId, String reason, String withheldBy, Instant withheldAt) {
    }

    private final JdbcTemplate jdbc;

    SubjectAccessExports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(long practitioner, ExportStatus status, String by, Instant at) {
        boolean approved = status == ExportStatus.QUEUED;
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into subject_access_export (practitioner_id, status, requested_by, requested_at, approved_by,
                        approved_at, steps_done, steps_total, attempts) values (?, ?, ?, ?, ?, ?, 0, 0, 0)""",
                    new String[] {"id"});
            insert.setLong(1, practitioner);
            insert.setString(2, status.name());
            insert.setString(3, by);
            insert.setTimestamp(4, ts(at));
            insert.setString(5, approved ? by : null);
            insert.setTimestamp(6, approved ? ts(at) : null);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    Optional<ExportJob> find(long id) {
        return jdbc.query(SELECT + "where e.id = ?", SubjectAccessExports::job, id).stream().findFirst();
    }

    /** The practitioner's exports, newest first. */
    List<ExportJob> of(long practitioner) {
        return jdbc.query(SELECT + "where e.practitioner_id = ? order by e.requested_at desc, e.id desc",
                SubjectAccessExports::job, practitioner);
    }

    List<ExportJob> newest(int most) {
        return jdbc.query(SELECT + "order by e.requested_at desc, e.id desc fetch first " + most + " rows only",
                SubjectAccessExports::job);
    }

    boolean approve(long id, String by, Instant at) {
        return jdbc.update("update subject_access_export set status = ?, approved_by = ?, approved_at = ? "
                + "where id = ? and status = ?", ExportStatus.QUEUED.name(), by, ts(at), id, ExportStatus.REQUESTED.name()) == 1;
    }

    void withhold(long id, long document, String reason, String by, Instant at) {
        jdbc.update("delete from subject_access_withheld where export_id = ? and document_id = ?", id, document);
        jdbc.update("insert into subject_access_withheld (export_id, document_id, reason, withheld_by, withheld_at) "
                + "values (?, ?, ?, ?, ?)", id, document, reason, by, ts(at));
    }

    boolean release(long id, long document) {
        return jdbc.update("delete from subject_access_withheld where export_id = ? and document_id = ?", id, document) == 1;
    }

    Map<Long, WithheldDocument> withheld(long id) {
        Map<Long, WithheldDocument> withheld = new LinkedHashMap<>();
        jdbc.query("select document_id, reason, withheld_by, withheld_at from subject_access_withheld where export_id = ? "
                + "order by document_id", row -> {
                    withheld.put(row.getLong(1), new WithheldDocument(row.getLong(1), row.getString(2), row.getString(3),
                            row.getTimestamp(4).toInstant()));
                }, id);
        return withheld;
    }

    /** Approved exports not yet produced, and those whose worker stopped (a crash) before finishing. */
    List<Long> due(Instant now) {
        return jdbc.queryForList("select id from subject_access_export where status = ? or (status = ? and lease_until < ?) "
                + "order by id", Long.class, ExportStatus.QUEUED.name(), ExportStatus.RUNNING.name(), ts(now));
    }

    /**
     * Takes the export for one worker: the attempt this is (each taking counts one), or empty if
     * another worker took it first.
     */
    OptionalInt claim(long id, Instant now, Instant leaseUntil) {
        List<Integer> before = jdbc.queryForList("select attempts from subject_access_export where id = ?", Integer.class, id);
        if (before.isEmpty()) {
            return OptionalInt.empty();
        }
        int attempt = before.get(0) + 1;
        boolean taken = jdbc.update("""
                update subject_access_export set status = ?, lease_until = ?, attempts = ?, steps_done = 0
                where id = ? and attempts = ? and (status = ? or (status = ? and lease_until < ?))""",
                ExportStatus.RUNNING.name(), ts(leaseUntil), attempt, id, before.get(0), ExportStatus.QUEUED.name(),
                ExportStatus.RUNNING.name(), ts(now)) == 1;
        return taken ? OptionalInt.of(attempt) : OptionalInt.empty();
    }

    /** How far the attempt has come, and its lease renewed; false when the export is no longer its own. */
    boolean progress(long id, int attempt, int done, int total, Instant leaseUntil) {
        return jdbc.update("""
                update subject_access_export set steps_done = ?, steps_total = ?, lease_until = ?
                where id = ? and status = ? and attempts = ?""", done, total, ts(leaseUntil), id,
                ExportStatus.RUNNING.name(), attempt) == 1;
    }

    /**
     * Keeps the ZIP, unless the export is no longer this attempt's: another worker took it over, or a
     * case in it was erased meanwhile and it waits to be produced again (false).
     */
    boolean ready(long id, int attempt, byte[] zip, Instant at) {
        return jdbc.update("""
                update subject_access_export set status = ?, zip = ?, zip_size = ?, finished_at = ?, lease_until = null,
                    steps_done = steps_total, failure = null where id = ? and status = ? and attempts = ?""",
                ExportStatus.READY.name(), zip, (long) zip.length, ts(at), id, ExportStatus.RUNNING.name(), attempt) == 1;
    }

    /** An erasure of one of the practitioner's cases: no ZIP kept with it, and one being made is made again. */
    void forgetZipsOf(long practitionerId) {
        jdbc.update("update subject_access_export set zip = null where practitioner_id = ?", practitionerId);
        jdbc.update("update subject_access_export set status = ?, lease_until = null where practitioner_id = ? and status = ?",
                ExportStatus.QUEUED.name(), practitionerId, ExportStatus.RUNNING.name());
    }

    /** As {@link #ready}: only while the export is still this attempt's. */
    void failed(long id, int attempt, String why, Instant at) {
        jdbc.update("update subject_access_export set status = ?, failure = ?, finished_at = ?, lease_until = null "
                + "where id = ? and status = ? and attempts = ?", ExportStatus.FAILED.name(),
                why.length() > 1000 ? why.substring(0, 1000) : why, ts(at), id, ExportStatus.RUNNING.name(), attempt);
    }

    Optional<byte[]> zip(long id) {
        return jdbc.queryForList("select zip from subject_access_export where id = ? and zip is not null", byte[].class, id)
                .stream().findFirst();
    }

    /** Deletes the ZIPs produced before {@code before}: a copy of someone's record is not kept longer than needed. */
    int deleteZipsProducedBefore(Instant before) {
        return jdbc.update("update subject_access_export set zip = null where zip is not null and finished_at < ?", ts(before));
    }

    private static ExportJob job(ResultSet row, int n) throws SQLException {
        return new ExportJob(row.getLong("id"), row.getLong("practitioner_id"), row.getString("name"),
                row.getString("register") + " " + row.getString("register_number"), ExportStatus.valueOf(row.getString("status")),
                row.getString("requested_by"), instant(row, "requested_at"), row.getString("approved_by"),
                instant(row, "approved_at"), row.getInt("steps_done"), row.getInt("steps_total"), instant(row, "finished_at"),
                row.getString("failure"), (Long) row.getObject("zip_size", Long.class), row.getBoolean("available"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
