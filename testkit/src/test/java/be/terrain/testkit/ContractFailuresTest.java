package be.terrain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import be.terrain.testkit.broken.BrokenCases;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * A plugin that breaks a contract fails the kit with a message that names the contract and the
 * clause.
 */
class ContractFailuresTest {
  /** The failure messages of a kit subclass's tests; every test ran. */
  private static List<String> failures(Class<?> kit) {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute();
    assertThat(results.testEvents().started().count())
        .as("tests of " + kit.getSimpleName())
        .isPositive();
    return results.testEvents().failed().stream().map(ContractFailuresTest::message).toList();
  }

  private static String message(Event e) {
    return e.getPayload(TestExecutionResult.class)
        .flatMap(TestExecutionResult::getThrowable)
        .map(t -> String.valueOf(t.getMessage()).replaceFirst("^\\[", ""))
        .orElse("");
  }

  @Test
  @DisplayName("a dimension giving a code outside its list fails DimensionContract's totality")
  void outOfList() {
    List<String> failures = failures(BrokenCases.OutOfListDimensionCase.class);
    assertThat(failures).isNotEmpty().allMatch(m -> m.startsWith("DimensionContract › "));
    assertThat(failures)
        .anyMatch(
            m ->
                m.startsWith("DimensionContract › gives no record a code outside its list: record ")
                    && m.contains("outside list 'contact_channel'"));
  }

  @Test
  @DisplayName(
      "a dimension that classifies differently each time fails DimensionContract's determinism only")
  void fickle() {
    List<String> failures = failures(BrokenCases.FickleDimensionCase.class);
    assertThat(failures)
        .hasSize(1)
        .allMatch(
            m ->
                m.startsWith(
                    "DimensionContract › gives the same codes when bound twice to the same dataset and period"));
  }

  @Test
  @DisplayName(
      "a report whose table leaves records out of its rows fails ReportDefinitionContract's sums")
  void unbalanced() {
    List<String> failures = failures(BrokenCases.UnbalancedReportCase.class);
    assertThat(failures)
        .hasSize(1)
        .allMatch(
            m ->
                m.startsWith(
                    "ReportDefinitionContract › a table whose rows add up (single-valued, no person counted over records) sums to n: table contacts.partial"));
  }

  @Test
  @DisplayName("a plugin that adds a standard code fails CodeListContract, which names the clash")
  void clashingCodes() {
    List<String> failures = failures(BrokenCases.ClashingCodesCase.class);
    assertThat(failures).isNotEmpty().allMatch(m -> m.contains("CodeListContract › "));
    assertThat(failures)
        .anyMatch(
            m ->
                m.contains("clashes with no standard list or code")
                    && m.contains("TER-0506")
                    && m.contains(
                        "code 'STREET' is already in list 'contact_channel' (a standard code)"));
  }

  @Test
  @DisplayName("codes with a blank label and a space fail CodeListContract's labels and spelling")
  void badLabels() {
    List<String> failures = failures(BrokenCases.BadLabelsCase.class);
    assertThat(failures).hasSize(2);
    assertThat(failures)
        .anyMatch(
            m ->
                m.startsWith(
                    "CodeListContract › gives every new code a label in fr, nl and en, not blank and without surrounding spaces: contact_channel.BY BIKE in FR]"));
    assertThat(failures)
        .anyMatch(
            m ->
                m.startsWith(
                    "CodeListContract › writes codes every format can carry: no space, no |, no quote: contact_channel code 'BY BIKE']"));
  }

  @Test
  @DisplayName("a plugin built for another SPI fails PluginContract, refused with TER-0502")
  void incompatible() {
    List<String> failures = failures(BrokenCases.IncompatiblePluginCase.class);
    assertThat(failures).allMatch(m -> m.contains("PluginContract › "));
    assertThat(failures).anyMatch(m -> m.contains("SPI major version"));
    assertThat(failures)
        .anyMatch(
            m ->
                m.startsWith(
                        "PluginContract › without a refusal beside Terrain's built-ins: plugin future was refused")
                    && m.contains("TER-0502"));
    assertThat(failures).anyMatch(m -> m.contains("is listed in META-INF/services"));
  }

  @Test
  @DisplayName("a format that loses records and throws on bad bytes fails DatasetFormatContract")
  void lossyFormat() {
    List<String> failures = failures(BrokenCases.LossyFormatCase.class);
    assertThat(failures).isNotEmpty().allMatch(m -> m.contains("DatasetFormatContract › "));
    assertThat(failures)
        .anyMatch(
            m ->
                m.startsWith(
                    "DatasetFormatContract › reads back every valid dataset it wrote, equal and without a problem: read back"));
    assertThat(failures)
        .anyMatch(
            m ->
                m.startsWith(
                    "DatasetFormatContract › a source that does not exist is a problem: read(missing.bin) threw"));
    assertThat(failures)
        .anyMatch(
            m ->
                m.startsWith(
                    "DatasetFormatContract › garbage in place of any file is a problem: read("));
  }

  @Test
  @DisplayName(
      "a format that loses records fails DatasetFormatProperties, with a shrunk falsifying dataset")
  void lossyFormatProperties() {
    List<String> failures = failures(BrokenCases.LossyFormatProperties.class);
    assertThat(failures)
        .hasSize(1)
        .allMatch(
            m ->
                m.startsWith(
                        "DatasetFormatContract › reads back every valid dataset it wrote, equal and without a problem: read back")
                    && m.contains("Smallest found falsifying value(s)"));
  }

  @Test
  @DisplayName("a rule that reports Terrain's codes fails DatasetRuleContract")
  void borrowingRule() {
    List<String> failures = failures(BrokenCases.BorrowingRuleCase.class);
    assertThat(failures)
        .hasSize(1)
        .allMatch(
            m ->
                m.contains(
                    "DatasetRuleContract › has an id and problem codes of its own, none of Terrain's"));
  }
}
