package be.terrain.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of the command line's tests (chosen by the {@code slf4j.provider} system
 * property that surefire sets): it keeps every line logged, at every level, in memory and prints
 * nothing, so that a test can check what Terrain logs (never a linkage code, say).
 */
public final class RecordingLogs implements SLF4JServiceProvider {
  private static final StringBuilder LINES = new StringBuilder();

  /** Everything logged since the last {@link #clear()}: messages, arguments, stack traces. */
  static String text() {
    synchronized (LINES) {
      return LINES.toString();
    }
  }

  /** Forgets what was logged. */
  static void clear() {
    synchronized (LINES) {
      LINES.setLength(0);
    }
  }

  /** Whether this provider is the one SLF4J uses (else the test cannot see the logs). */
  static boolean isActive() {
    return org.slf4j.LoggerFactory.getILoggerFactory() instanceof Factory;
  }

  private final Factory factory = new Factory();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class Factory implements ILoggerFactory {
    @Override
    public Logger getLogger(String name) {
      return new Recorder(name);
    }
  }

  private static final class Recorder extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    Recorder(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] args, Throwable thrown) {
      StringBuilder line = new StringBuilder();
      line.append(level).append(' ').append(name).append(": ");
      line.append(MessageFormatter.basicArrayFormat(pattern, args)).append('\n');
      if (thrown != null) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        line.append(trace);
      }
      synchronized (LINES) {
        LINES.append(line);
      }
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }
  }
}
