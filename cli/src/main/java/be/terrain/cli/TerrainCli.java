package be.terrain.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code terrain} command: its subcommands, exit codes and error handling. {@link #main} runs
 * it on the process's standard streams; tests call {@link #commandLine(boolean)} and {@link
 * CommandLine#execute} with their own writers.
 *
 * <p>Exit codes: {@value #OK} done (a dataset is valid, a table possible); {@value #INVALID} the
 * input is invalid (a dataset or a rules file, its problems on standard output) or a checked table
 * is impossible; {@value #USAGE} a usage error (unknown option, bad value, a file that does not
 * exist or cannot be written), with a one-line reason on standard error; {@value #INTERNAL} an
 * internal error (a bug). No stack trace is ever shown unless {@code --debug} is given.
 */
@Command(
    name = "terrain",
    mixinStandardHelpOptions = true,
    versionProvider = TerrainCli.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Validate, report on and convert the records of an outreach organisation.",
    description = {
      "DATASET is a CSV folder (organisation.csv, antennas.csv, persons.csv, ...), a .json document"
          + " or a .jsonl file of the exchange format terrain/1.",
      "",
      "Plugins (code lists, dataset rules, report definitions such as a federation's, formats) are"
          + " loaded from the jars of --plugin-path or TERRAIN_PLUGIN_PATH; 'terrain plugins' lists them.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done (the input is valid, the table is possible)",
      "  1  invalid input (its problems on standard output) or an impossible table",
      "  2  usage error: unknown option, bad value, missing or unwritable file or output",
      "  3  internal error (a bug: run again with --debug and report the stack trace)",
      "",
      "Example:",
      "  terrain demo",
      "  terrain report my-data/ --year 2020 --out report.json",
      "  terrain --plugin-path plugins/ report my-data/ --year 2020 --definition fdss-2020 --out r.json",
      "  terrain contribute my-data/ --year 2020 --federation-key fdss.key --out e2w.json",
      "  terrain federate members/*.json --federation fdss --out fdss-2020.json"
    })
public final class TerrainCli implements Callable<Integer> {
  /** Exit code: done. */
  public static final int OK = 0;

  /** Exit code: invalid input (every problem on standard output) or an impossible table. */
  public static final int INVALID = 1;

  /** Exit code: usage error, one line on standard error. */
  public static final int USAGE = 2;

  /** Exit code: internal error. */
  public static final int INTERNAL = 3;

  private final boolean progress;

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of an error.")
  boolean debug;

  @Option(
      names = "--plugin-path",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "Folders of plugin jars (or jars), separated by '${sys:path.separator}'; default:"
              + " the environment variable "
              + PluginPath.ENV
              + ". 'terrain plugins' lists what is found.")
  List<String> pluginPath = new java.util.ArrayList<>();

  private final java.util.function.UnaryOperator<String> environment;
  private be.terrain.platform.Terrain terrain;

  /** The class path's plugins loading beside the parse ({@link EarlyPlugins}), or null. */
  private java.util.concurrent.CompletableFuture<be.terrain.platform.Terrain> early;

  private TerrainCli(boolean progress, java.util.function.UnaryOperator<String> environment) {
    this.progress = progress;
    this.environment = environment;
  }

  /**
   * Runs the command line on the process's standard streams (UTF-8) and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, Progress.standardErrorIsTerminal()));
  }

  /**
   * Runs the command line on these streams (UTF-8) as {@link #main} does, and returns the exit
   * code: out of memory is one line and {@value #INTERNAL}; standard output that cannot be written
   * (a full disk, {@code > /dev/full}, a closed pipe) is one line and {@value #USAGE}, never a
   * silent loss of the problem list.
   */
  static int run(String[] args, PrintStream stdout, PrintStream stderr, boolean progress) {
    PrintWriter out = writer(stdout);
    PrintWriter err = writer(stderr);
    int code;
    try {
      code = commandLine(progress, System::getenv, args).setOut(out).setErr(err).execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "terrain: out of memory; give Java more, e.g. TERRAIN_JAVA_OPTS=-Xmx4g bin/terrain ...");
      code = INTERNAL;
    }
    out.flush();
    // PrintWriter and PrintStream keep write errors to themselves: ask both
    if (out.checkError() || stdout.checkError()) {
      err.println("terrain: cannot write the output (standard output)");
      code = USAGE;
    }
    err.flush();
    return code;
  }

  /**
   * The configured command line, to {@link CommandLine#execute} once. Set its writers with {@link
   * CommandLine#setOut} and {@link CommandLine#setErr}.
   *
   * @param progress whether slow work may show progress on the error writer (only when it is a
   *     terminal)
   * @return the command line of every command, with Terrain's exit codes and error handlers
   */
  public static CommandLine commandLine(boolean progress) {
    return commandLine(progress, System::getenv);
  }

  /**
   * The command line, reading environment variables ({@code TERRAIN_PLUGIN_PATH}) from a function
   * (tests give their own), with the subcommand that {@code args} name, else every subcommand
   * ({@link Subcommands}).
   */
  static CommandLine commandLine(
      boolean progress, java.util.function.UnaryOperator<String> environment, String... args) {
    TerrainCli top = new TerrainCli(progress, environment);
    top.early = EarlyPlugins.start(environment, args);
    CommandLine cl = new CommandLine(top);
    Subcommands.add(cl, args);
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setExecutionExceptionHandler(new Failures());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOverwrittenOptionsAllowed(false);
    return cl;
  }

  /** Whether commands may show progress on standard error. */
  boolean progress() {
    return progress;
  }

  /** The plugin path: {@code --plugin-path}, else {@code TERRAIN_PLUGIN_PATH}. */
  PluginPath pluginPath() {
    return PluginPath.of(pluginPath, environment.apply(PluginPath.ENV));
  }

  /**
   * Terrain with the plugins of the class path and the plugin path, loaded on first use; each
   * refused plugin is one line on standard error.
   *
   * @param cl the command asking, for its writers and usage errors
   */
  be.terrain.platform.Terrain terrain(CommandLine cl) {
    if (terrain == null) {
      PluginPath path = pluginPath();
      terrain = early != null && path.entries().isEmpty() ? Background.join(early) : path.load(cl);
      PluginPath.warnRefused(terrain, cl.getErr());
    }
    return terrain;
  }

  /** {@code terrain} without a command: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "a command is required: validate, report, rules, convert, check-table, contribute,"
            + " federate, plugins or demo");
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }

  /** Whether {@code --debug} was given anywhere on the command line. */
  private static boolean debug(CommandLine cl) {
    CommandLine top = cl;
    while (top.getParent() != null) {
      top = top.getParent();
    }
    ParseResult pr = top.getParseResult();
    for (; pr != null; pr = pr.subcommand()) {
      if (pr.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** One line on standard error: the command's name and the reason. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** Usage errors: one line with the reason and where to find help, exit 2. */
  private static final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      String name = cl.getCommandSpec().qualifiedName();
      String reason = oneLine(ex.getMessage()).replaceFirst("^Error: ", "");
      if (ex instanceof UnmatchedArgumentException u
          && cl.getParent() == null
          && u.getUnmatched().size() > 0
          && !u.getUnmatched().get(0).startsWith("-")) {
        reason = "unknown command '" + u.getUnmatched().get(0) + "'";
      }
      StringBuilder line = new StringBuilder(name).append(": ").append(reason);
      if (ex instanceof UnmatchedArgumentException u) {
        List<String> suggestions = suggestions(u, cl);
        if (!suggestions.isEmpty()) {
          line.append(" (did you mean ").append(String.join(" or ", suggestions)).append("?)");
        }
      }
      line.append(" — see '").append(name).append(" --help'");
      err.println(line);
      if (List.of(args).contains("--debug")) {
        ex.printStackTrace(err);
      }
      err.flush();
      return USAGE;
    }
  }

  /**
   * What a mistyped option or command may have meant: the names within a few edits ({@code --yaer}
   * gives {@code --year}), else picocli's (an option sharing the first letters, a similar command).
   */
  static List<String> suggestions(UnmatchedArgumentException u, CommandLine cl) {
    List<String> unmatched = u.getUnmatched();
    if (!unmatched.isEmpty() && unmatched.get(0).startsWith("--")) {
      String typed = unmatched.get(0).split("=", 2)[0];
      List<String> close = Suggestions.close(typed, cl.getCommandSpec().optionsMap().keySet(), 3);
      if (!close.isEmpty()) {
        return close;
      }
    }
    return u.getSuggestions();
  }

  /** Failures while a command runs: one line, the stack trace only with --debug. */
  private static final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
      PrintWriter err = cl.getErr();
      String name = cl.getCommandSpec().qualifiedName();
      int code;
      if (ex instanceof CliFailure f) {
        err.println(name + ": " + oneLine(f.getMessage()));
        code = f.exitCode();
      } else {
        err.println(
            name
                + ": internal error: "
                + oneLine(String.valueOf(ex))
                + (debug(cl) ? "" : " (run again with --debug to see the stack trace)"));
        code = INTERNAL;
      }
      if (debug(cl)) {
        ex.printStackTrace(err);
      }
      err.flush();
      return code;
    }
  }

  /** The version from the jar's manifest, else "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = TerrainCli.class.getPackage().getImplementationVersion();
      return new String[] {"terrain " + (v == null ? "(development build)" : v)};
    }
  }
}
