package be.terrain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FederationExampleTest {
  @TempDir Path dir;

  @Test
  void theEstimateStandsBesideTheTruthAndIsCloseToIt() throws Exception {
    String out = StandardOutput.of(() -> FederationExample.main(new String[] {dir.toString()}));

    long sum = 0;
    Matcher member = Pattern.compile("(?m)^(north|centre|south) +N = (\\d+) persons").matcher(out);
    int members = 0;
    while (member.find()) {
      members++;
      sum += Long.parseLong(member.group(2));
    }
    assertThat(members).as(out).isEqualTo(3);
    Matcher estimated =
        Pattern.compile(
                "estimated (\\d+) \\(interval (\\d+)-(\\d+); between (\\d+) and (\\d+)\\)\n")
            .matcher(out);
    assertThat(estimated.find()).as(out).isTrue();
    Matcher truly = Pattern.compile("truly (\\d+)\n").matcher(out);
    assertThat(truly.find()).as(out).isTrue();

    long estimate = Long.parseLong(estimated.group(1));
    long truth = Long.parseLong(truly.group(1));
    assertThat(Long.parseLong(estimated.group(5))).as("the upper bound is the sum").isEqualTo(sum);
    assertThat(truth).as("the members overlap").isLessThan(sum);
    assertThat(truth).isBetween(Long.parseLong(estimated.group(4)), sum);
    assertThat((double) Math.abs(estimate - truth) / truth).as(out).isLessThan(0.05);
    for (String id : new String[] {"north", "centre", "south"}) {
      String contribution = Files.readString(dir.resolve(id + ".contribution.json"));
      assertThat(contribution).contains("\"organisation\": \"" + id + "\"", "\"sketch\"");
    }
  }
}
