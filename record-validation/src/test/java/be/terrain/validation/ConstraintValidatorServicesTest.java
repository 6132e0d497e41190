package be.terrain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator loads every {@code jakarta.validation.ConstraintValidator} that a {@code
 * META-INF/services} file on the class path lists, and logs {@code HV000251} at ERROR, with a stack
 * trace, for each one it cannot load. That was seen in this module's tests: core's {@code
 * target/classes} still held the service file of the constraint validators that moved here ({@code
 * be.terrain.core.internal.constraints.*}), since a build without {@code clean} never deletes a
 * resource whose source is gone. Every listed class must load, so that stale build output fails
 * here, naming the file, instead of logging at ERROR.
 */
class ConstraintValidatorServicesTest {
  private static final String SERVICES = "META-INF/services/jakarta.validation.ConstraintValidator";

  @Test
  void everyListedConstraintValidatorLoads() throws IOException {
    ClassLoader loader = getClass().getClassLoader();
    List<String> listed = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (URL file : Collections.list(loader.getResources(SERVICES))) {
      for (String name : classNames(file)) {
        listed.add(name);
        try {
          Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          missing.add(file + " lists " + name + ", which is not on the class path");
        }
      }
    }

    assertThat(missing)
        .as("stale build output? './mvnw clean' deletes service files whose source is gone")
        .isEmpty();
    assertThat(listed)
        .containsExactlyInAnyOrder(
            "be.terrain.validation.internal.CodeOfValidator",
            "be.terrain.validation.internal.CountryCodeValidator",
            "be.terrain.validation.internal.InRangeValidator",
            "be.terrain.validation.internal.ProvinceCodeValidator",
            "be.terrain.validation.internal.TerrainIdValidator");
  }

  private static List<String> classNames(URL file) throws IOException {
    List<String> names = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int hash = line.indexOf('#');
        String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
