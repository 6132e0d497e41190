package be.terrain.testkit;

import static be.terrain.testkit.ValidDatasets.FIRST_ACTIVITY;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import be.terrain.core.Antenna;
import be.terrain.core.Code;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Countries;
import be.terrain.core.Dataset;
import be.terrain.core.DistributionItem;
import be.terrain.core.Organisation;
import be.terrain.core.Person;
import be.terrain.testkit.DatasetAssembler.AccompanimentSpec;
import be.terrain.testkit.DatasetAssembler.Activities;
import be.terrain.testkit.DatasetAssembler.Base;
import be.terrain.testkit.DatasetAssembler.ContactSpec;
import be.terrain.testkit.DatasetAssembler.DistributionSpec;
import be.terrain.testkit.DatasetAssembler.Head;
import be.terrain.testkit.DatasetAssembler.HealthSpec;
import be.terrain.testkit.DatasetAssembler.ProfileSpec;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The QuickTheories generators of valid datasets over one registry, composed from the DSL only (no
 * {@code Random} inside a lambda), so that a failing dataset shrinks towards fewer records and
 * smaller indexes.
 */
final class DatasetGenerator {
  private static final int ACTIVITY_DAYS = 3 * 365;
  private static final List<String> PROVINCES =
      List.of(
          "BE-WHT", "BE-WBR", "BE-WNA", "BE-WLG", "BE-WLX", "BE-BRU", "BE-VAN", "BE-VBR", "BE-VLI",
          "BE-VOV", "BE-VWV");

  private final CodeRegistry codes;
  private final Gen<String> names;
  private final DatasetAssembler assembler;

  DatasetGenerator(CodeRegistry codes, Gen<String> names) {
    this.codes = codes;
    this.names = names;
    this.assembler = new DatasetAssembler(codes);
  }

  /** {@code gen} present with a probability of {@code percentPresent} in a hundred. */
  private static <T> Gen<Optional<T>> optional(Gen<T> gen, int percentPresent) {
    return gen.toOptionals(100 - percentPresent);
  }

  /** The lists of a generator, keeping the first element of each key (jqwik's uniqueElements). */
  private static <T> Gen<List<T>> unique(Gen<List<T>> lists, Function<T, Object> key) {
    return lists.map(
        list -> {
          Map<Object, T> out = new LinkedHashMap<>();
          for (T t : list) {
            out.putIfAbsent(key.apply(t), t);
          }
          return List.copyOf(out.values());
        });
  }

  private Gen<String> codes(String list) {
    return Generate.pick(codes.list(list).codes().stream().map(Code::code).toList());
  }

  private Gen<Head> heads() {
    return ValidDatasets.ids()
        .zip(
            integers().between(0, ACTIVITY_DAYS),
            integers().between(0, 99),
            optional(integers().between(0, 99), 70),
            Head::new);
  }

  Gen<Dataset> datasets() {
    Gen<Organisation> org = ValidDatasets.ids().zip(names, Organisation::new);
    Gen<List<Antenna>> antennas =
        unique(
            lists()
                .of(
                    ValidDatasets.ids()
                        .zip(names, Generate.pick(PROVINCES), codes("antenna_kind"), Antenna::new))
                .ofSizeBetween(1, 3),
            Antenna::id);
    Gen<Base> base = org.zip(antennas, persons(), profiles(), Base::new);
    Gen<Activities> activities =
        contacts().zip(accompaniments(), health(), distributions(), Activities::new);
    return base.zip(activities, assembler::build);
  }

  private Gen<List<Person>> persons() {
    List<String> sexes =
        codes.list("sex").codes().stream()
            .map(Code::code)
            .filter(s -> !s.equals(Code.UNKNOWN))
            .toList();
    Gen<Function<Optional<LocalDate>, Person>> partial =
        ValidDatasets.ids()
            .zip(
                codes("role"),
                optional(Generate.pick(sexes), 70),
                optional(integers().between(1900, FIRST_ACTIVITY.getYear()), 60),
                optional(integers().between(0, Countries.count() - 1).map(Countries::code), 60),
                (id, role, sex, year, country) ->
                    first ->
                        new Person(
                            id,
                            role,
                            sex,
                            year.map(OptionalInt::of).orElse(OptionalInt.empty()),
                            country,
                            first));
    Gen<Optional<LocalDate>> first =
        optional(integers().between(0, 9 * 365).map(d -> FIRST_ACTIVITY.minusDays(1 + d)), 50);
    return unique(lists().of(partial.zip(first, Function::apply)).ofSizeBetween(0, 6), Person::id);
  }

  private Gen<List<ProfileSpec>> profiles() {
    Gen<Function<List<Optional<String>>, ProfileSpec>> partial =
        integers()
            .between(0, 99)
            .zip(
                integers().between(-400, ACTIVITY_DAYS),
                optional(codes("financial_resource"), 50),
                optional(codes("housing"), 50),
                optional(codes("employment"), 50),
                (person, day, financial, housing, employment) ->
                    rest ->
                        new ProfileSpec(
                            person, day, financial, housing, employment, rest.get(0), rest.get(1)));
    Gen<List<Optional<String>>> rest =
        optional(codes("health_coverage"), 50).zip(optional(codes("setting"), 50), List::of);
    return lists().of(partial.zip(rest, Function::apply)).ofSizeBetween(0, 6);
  }

  private Gen<List<ContactSpec>> contacts() {
    return unique(
        lists()
            .of(
                heads()
                    .zip(codes("contact_channel"), integers().between(1, 10_000), ContactSpec::new))
            .ofSizeBetween(0, 8),
        c -> c.head().id());
  }

  private Gen<List<AccompanimentSpec>> accompaniments() {
    return unique(
        lists()
            .of(
                heads()
                    .zip(
                        codes("accompaniment_domain"),
                        optional(codes("accompaniment_mode"), 50),
                        AccompanimentSpec::new))
            .ofSizeBetween(0, 5),
        a -> a.head().id());
  }

  private Gen<List<HealthSpec>> health() {
    int pathogens = Math.min(62, codes.list("pathogen").size());
    Gen<Function<List<Optional<String>>, HealthSpec>> partial =
        heads()
            .zip(
                integers().between(0, 2),
                codes("nursing_act"),
                longs().between(1, (1L << pathogens) - 1),
                codes("paramedical_target"),
                (head, kind, act, mask, target) ->
                    rest ->
                        new HealthSpec(head, kind, act, mask, target, rest.get(0), rest.get(1)));
    Gen<List<Optional<String>>> rest =
        optional(codes("health_coverage"), 50)
            .zip(optional(codes("consultation_reason"), 50), List::of);
    return unique(
        lists().of(partial.zip(rest, Function::apply)).ofSizeBetween(0, 6), h -> h.head().id());
  }

  private Gen<List<DistributionSpec>> distributions() {
    Gen<DistributionItem> item =
        codes("item")
            .zip(
                integers().between(1, 100_000),
                optional(integers().between(0, 10_000_000), 50),
                (code, q, v) ->
                    new DistributionItem(
                        code, q, v.map(OptionalInt::of).orElse(OptionalInt.empty())));
    Gen<List<DistributionItem>> items =
        unique(lists().of(item).ofSizeBetween(1, 3), DistributionItem::item);
    return unique(
        lists().of(heads().zip(items, DistributionSpec::new)).ofSizeBetween(0, 4),
        d -> d.head().id());
  }
}
