package be.terrain.testkit;

/** Failure messages that name the contract and the clause broken. */
final class Clauses {
  private Clauses() {}

  /** What might throw, as the implementation under test runs. */
  @FunctionalInterface
  interface Call<T> {
    T call() throws Exception;
  }

  /** {@code DatasetFormatContract › reads back every valid dataset it wrote}. */
  static String named(String contract, String clause) {
    return contract + " › " + clause;
  }

  /** A failure of a clause. */
  static AssertionError broken(String contract, String clause, String detail) {
    return new AssertionError(named(contract, clause) + ": " + detail);
  }

  /** Runs the implementation; an exception it throws breaks the clause. */
  static <T> T call(String contract, String clause, String what, Call<T> call) {
    try {
      return call.call();
    } catch (Exception | LinkageError e) {
      AssertionError error =
          new AssertionError(named(contract, clause) + ": " + what + " threw " + e, e);
      throw error;
    }
  }
}
