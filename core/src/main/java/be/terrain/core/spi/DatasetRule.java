package be.terrain.core.spi;

import be.terrain.core.Dataset;
import be.terrain.core.ProblemCode;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A dataset rule a plugin adds to Terrain's own, e.g. "a Médibus contact must be at an antenna of
 * Hainaut". Run after Terrain's rules, on every dataset validated through {@code Terrain}; its
 * problems come after Terrain's, in the order the rules were registered.
 *
 * <p>Contract: {@link #check} reports every problem it finds, each with one of {@link
 * #problemCodes()} (the plugin's own prefix, never {@code TER-}), located with {@link
 * be.terrain.core.RecordTable#problem}; it reads the dataset only, never throws on bad data (a rule
 * may meet a dataset that has other problems: skip what cannot be read, as a negative code index or
 * antenna), gives the same problems for the same dataset, and keeps no state between calls (rules
 * may run on several datasets at once). A rule that throws is reported as {@code TER-0509} and
 * checks nothing.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface DatasetRule {
  /** {@return the rule's id, unique among rules, e.g. {@code fdss.medibus-at-hainaut}} */
  String id();

  /** {@return the problem codes the rule reports; registered with the rule, they must not clash} */
  List<ProblemCode> problemCodes();

  /**
   * Checks a dataset.
   *
   * @param dataset the dataset, which may have other problems
   * @param today the day the data is read, as Terrain's own date rules take it
   * @param problems where the problems go
   */
  void check(Dataset dataset, LocalDate today, ProblemSink problems);
}
