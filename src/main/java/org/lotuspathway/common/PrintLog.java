package org.lotuspathway.common;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log lines go to the application's log, under their own names
 * ({@code com.openhtmltopdf.load}, {@code .match}, ...), at the levels set there. Left to itself,
 * openhtmltopdf writes a dozen lines to standard error for every page it prints, in a format of its
 * own that no log collector reads, and no setting of ours can quieten them.
 */
final class PrintLog implements XRLogger {

    private static final PrintLog INSTANCE = new PrintLog();

    private PrintLog() {
    }

    /** Called before anything is printed; the last call wins, so calling it again is harmless. */
    static void install() {
        if (XRLog.getLoggerImpl() != INSTANCE) {
            XRLog.setLoggerImpl(INSTANCE);
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        LoggerFactory.getLogger(where).atLevel(ours(level)).setCause(error).log(message);
    }

    /** Levels are the application's logging settings' to set, not openhtmltopdf's. */
    @Override
    public void setLevel(String logger, Level level) {
    }

    /** Asked before a message is formatted, so lines nobody will read cost nothing. */
    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere())
                .isEnabledForLevel(ours(diagnostic.getLevel()));
    }

    /** java.util.logging's level as the application's logging names it. */
    private static org.slf4j.event.Level ours(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return org.slf4j.event.Level.ERROR;
        }
        if (value >= Level.WARNING.intValue()) {
            return org.slf4j.event.Level.WARN;
        }
        if (value >= Level.INFO.intValue()) {
            return org.slf4j.event.Level.INFO;
        }
        return value >= Level.FINE.intValue() ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.TRACE;
    }
}
