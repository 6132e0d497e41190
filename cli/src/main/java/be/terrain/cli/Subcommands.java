package be.terrain.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The {@code terrain} subcommands, in the order of the help, and the one a command line names.
 * picocli builds a command's model (options, mixins, help) by reflection when it is added: the
 * process that runs {@code terrain report ...} adds only {@code report} (issue #13: the other nine
 * models were a third of a small command's start-up); any other command line (help, a mistyped or
 * missing command, an {@code @file}) gets them all, so that help and suggestions name every one.
 */
final class Subcommands {
  private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

  static {
    ALL.put("validate", ValidateCommand::new);
    ALL.put("report", ReportCommand::new);
    ALL.put("rules", RulesCommand::new);
    ALL.put("convert", ConvertCommand::new);
    ALL.put("quality", QualityCommand::new);
    ALL.put("check-table", CheckTableCommand::new);
    ALL.put("contribute", ContributeCommand::new);
    ALL.put("federate", FederateCommand::new);
    ALL.put("plugins", PluginsCommand::new);
    ALL.put("demo", DemoCommand::new);
  }

  private Subcommands() {}

  /** Every subcommand's name, in the help's order. */
  static Iterable<String> names() {
    return ALL.keySet();
  }

  /**
   * Adds to {@code cl} the subcommand that {@code args} name, else every subcommand.
   *
   * @param cl the top command line, before its settings (they reach the subcommands it holds)
   * @param args the arguments, or none for every subcommand
   */
  static void add(CommandLine cl, String... args) {
    String named = named(args);
    for (Map.Entry<String, Supplier<Object>> e : ALL.entrySet()) {
      if (named == null || named.equals(e.getKey())) {
        cl.addSubcommand(e.getValue().get());
      }
    }
  }

  /**
   * The subcommand named by the first argument after {@code terrain}'s own {@code --debug} and
   * {@code --plugin-path DIR}; null when that argument names none, or is another option (help,
   * version, a mistake), an end of options ({@code --}) or an argument file ({@code @}), or when
   * there is none.
   */
  static String named(String... args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--plugin-path")) {
        i++;
      } else if (!a.equals("--debug") && !a.startsWith("--plugin-path=")) {
        return ALL.containsKey(a) ? a : null;
      }
    }
    return null;
  }
}
