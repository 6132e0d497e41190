package be.terrain.cli;

import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import org.junit.jupiter.api.Test;

class CheckTableCommandTest {
  @Test
  void aPercentNoCountGivesIsNamed() {
    Run r = run("check-table", "--n", "11", "--percents", "20,64,18");

    assertThat(r.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(r.out())
        .contains("row 1  20 %  impossible: 2 give 18 %, 3 give 27 %")
        .contains("row 2  64 %  7 of 11")
        .contains("Impossible: row 1 (20 %) cannot come from whole counts out of 11.");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void rowsThatCannotAddUpToNAreImpossible() {
    Run r = run("check-table", "--n", "10", "--percents", "50,20,20");

    assertThat(r.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(r.out()).contains("Impossible: the rows add up to 9, not 10.");
    assertThat(
            run("check-table", "--n", "10", "--percents", "50,20,20", "--rows", "disjoint").exit())
        .isZero();
  }

  @Test
  void aPublishedTableThatWholeCountsGiveIsPossible() {
    Run r = run("check-table", "--n", "117", "--percents", "58,42");

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("row 1  58 %  68 of 117")
        .endsWith("Possible, e.g. with the counts 68, 49.\n");
  }

  @Test
  void badInputIsRefusedInOneLine() {
    run("check-table", "--n", "0", "--percents", "5").failsInOneLine(TerrainCli.USAGE);
    run("check-table", "--n", "eleven", "--percents", "5").failsInOneLine(TerrainCli.USAGE);
    run("check-table", "--n", "11", "--percents", "5,x").failsInOneLine(TerrainCli.USAGE);
    run("check-table", "--n", "11", "--percents", "101").failsInOneLine(TerrainCli.USAGE);
    run("check-table", "--n", "11").failsInOneLine(TerrainCli.USAGE);
    run("check-table", "--n", "11", "--percents", "5", "--rows", "some")
        .failsInOneLine(TerrainCli.USAGE);
  }
}
