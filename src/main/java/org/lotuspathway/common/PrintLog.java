package org.lotuspathway.common;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
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
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (value >= Level.INFO.intValue()) {
            logger.info(message, error);
        } else if (value >= Level.FINE.intValue()) {
            logger.debug(message, error);
        } else {
            logger.trace(message, error);
        }
    }

    /** Levels are the application's logging settings' to set, not openhtmltopdf's. */
    @Override
    public void setLevel(String logger, Level level) {
    }

    /** Asked before a message is formatted, so lines nobody will read cost nothing. */
    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.SEVERE.intValue()) {
            return logger.isErrorEnabled();
        }
        if (value >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        }
        if (value >= Level.INFO.intValue()) {
            return logger.isInfoEnabled();
        }
        return value >= Level.FINE.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
    }
}
