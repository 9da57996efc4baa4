package org.lotuspathway.learning.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lotuspathway.process.PathwayClock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a hub serves its members: the entries its members sent, and any it imported itself, as
 * bundles by organisation in the exchange format, each entry exactly as it arrived. A member asks
 * for what arrived after the {@code next} of its last answer; the member's own entries are left out.
 */
@Service
public class HubLibrary {

    static final int MOST_ENTRIES = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final PathwayClock clock;
    private final ObjectMapper json = new ObjectMapper();

    HubLibrary(NamedParameterJdbcTemplate jdbc, PathwayClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ObjectNode since(long since, String memberCode) {
        Map<String, ObjectNode> bundles = new LinkedHashMap<>();
        long[] next = {since};
        int[] served = {0};
        jdbc.query("""
                select seq, organisation_code, organisation_name, entry_json from shared_entry
                 where seq > :since and lower(organisation_code) <> lower(:member) order by seq limit :limit""",
                new MapSqlParameterSource("since", since).addValue("member", memberCode).addValue("limit", MOST_ENTRIES),
                row -> {
                    String name = row.getString("organisation_name");
                    ObjectNode bundle = bundles.computeIfAbsent(row.getString("organisation_code"), code -> {
                        ObjectNode created = JsonNodeFactory.instance.objectNode();
                        created.put("schemaVersion", ExchangeBundle.VERSION);
                        created.putObject("organisation").put("code", code).put("name", name);
                        created.put("exportedOn", YearMonth.from(clock.today()).toString());
                        created.putArray("entries");
                        created.putArray("heldBack");
                        return created;
                    });
                    try {
                        ((ArrayNode) bundle.get("entries")).add(json.readTree(row.getString("entry_json")));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    next[0] = row.getLong("seq");
                    served[0]++;
                });
        // a member's own entries are skipped above but still move its cursor on
        Long last = jdbc.queryForObject("select max(seq) from shared_entry where seq > :since",
                new MapSqlParameterSource("since", since), Long.class);
        boolean more = served[0] == MOST_ENTRIES;
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("next", more ? next[0] : last == null ? since : last);
        answer.put("more", more);
        ArrayNode list = answer.putArray("bundles");
        bundles.values().forEach(list::add);
        return answer;
    }
}
