package org.lotuspathway.learning.exchange;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.common.Sha256;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hub's member organisations and their tokens. The hub's administrator issues a token to a member
 * (shown once, then kept only as its SHA-256), issues a new one in its place, or revokes it; a
 * member's requests carry it as {@code Authorization: Bearer <token>}.
 */
@Service
public class HubMembers {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NamedParameterJdbcTemplate jdbc;
    private final PathwayClock clock;
    private final AuditLog audit;
    private final ExchangeSettings settings;

    HubMembers(NamedParameterJdbcTemplate jdbc, PathwayClock clock, AuditLog audit, ExchangeSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.settings = settings;
    }

    public record Member(String code, String name, Instant issuedAt, String issuedBy, Instant revokedAt,
            String revokedBy) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    @Transactional(readOnly = true)
    public List<Member> all() {
        return jdbc.query("select * from hub_member order by name", new MapSqlParameterSource(), (row, n) -> new Member(
                row.getString("code"), row.getString("name"), row.getTimestamp("issued_at").toInstant(),
                row.getString("issued_by"), row.getTimestamp("revoked_at") == null ? null
                        : row.getTimestamp("revoked_at").toInstant(), row.getString("revoked_by")));
    }

    /** A new token for the member (added if new), in place of any it had; returned once, never kept. */
    @Transactional
    public String issue(String code, String name, String by) {
        String cleanCode = code == null ? "" : code.strip();
        String cleanName = name == null ? "" : name.strip();
        if (!CODE.matcher(cleanCode).matches()) {
            throw InvalidSubmission.of("code", "Enter the organisation's code: letters, digits, - and _, up to 40");
        }
        if (settings.isOwn(cleanCode)) {
            throw InvalidSubmission.of("code", "That is this hub's own organisation code");
        }
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw InvalidSubmission.of("name", "Enter the organisation's name, up to 200 characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        MapSqlParameterSource values = new MapSqlParameterSource("code", cleanCode).addValue("name", cleanName)
                .addValue("hash", Sha256.hex(token)).addValue("at", Timestamp.from(clock.now())).addValue("by", by);
        int updated = jdbc.update("""
                update hub_member set name = :name, token_hash = :hash, issued_at = :at, issued_by = :by,
                       revoked_at = null, revoked_by = null where code = :code""", values);
        if (updated == 0) {
            jdbc.update("""
                    insert into hub_member (code, name, token_hash, issued_at, issued_by)
                    values (:code, :name, :hash, :at, :by)""", values);
        }
        audit.record(by, AuditAction.CHANGED_HUB_MEMBERS, null, "Issued a hub token to " + cleanCode);
        return token;
    }

    @Transactional
    public void revoke(String code, String by) {
        int revoked = jdbc.update("""
                update hub_member set revoked_at = :at, revoked_by = :by where code = :code and revoked_at is null""",
                new MapSqlParameterSource("code", code == null ? "" : code).addValue("at", Timestamp.from(clock.now()))
                        .addValue("by", by));
        if (revoked == 0) {
            throw InvalidSubmission.of("revoke", "Choose a member whose token is in use");
        }
        audit.record(by, AuditAction.CHANGED_HUB_MEMBERS, null, "Revoked the hub token of " + code);
    }

    /** The member whose token this is, unless it was revoked or replaced. */
    @Transactional(readOnly = true)
    public Optional<Member> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.query("select * from hub_member where token_hash = :hash and revoked_at is null",
                new MapSqlParameterSource("hash", Sha256.hex(token.strip())), (row, n) -> new Member(
                        row.getString("code"), row.getString("name"), row.getTimestamp("issued_at").toInstant(),
                        row.getString("issued_by"), null, null)).stream().findFirst();
    }
}
