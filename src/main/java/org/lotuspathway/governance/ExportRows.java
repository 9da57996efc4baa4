package org.lotuspathway.governance;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Rows read for an export, as ordered maps: fields in camelCase (the same on every database), nulls left out, times as instants. */
@Component
class ExportRows {

    private final JdbcTemplate jdbc;

    ExportRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> of(String sql, Object... args) {
        return jdbc.query(sql, (row, n) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            var meta = row.getMetaData();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                Object value = plain(row.getObject(column));
                if (value != null) {
                    entry.put(camel(meta.getColumnLabel(column)), value);
                }
            }
            return entry;
        }, args);
    }

    /** The first row, or an empty map. */
    Map<String, Object> one(String sql, Object... args) {
        List<Map<String, Object>> found = of(sql, args);
        return found.isEmpty() ? new LinkedHashMap<>() : found.get(0);
    }

    private static Object plain(Object value) {
        if (value instanceof Timestamp at) {
            return at.toInstant();
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        if (value instanceof java.sql.Clob || value instanceof java.sql.Blob || value instanceof byte[]) {
            return null;
        }
        return value;
    }

    static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
