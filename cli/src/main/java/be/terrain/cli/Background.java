package be.terrain.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work a command starts on a daemon thread of its own and joins later (the dataset's SHA-256 while
 * the dataset is read, the demo's PDF while the report is printed): {@link #start} runs it, {@link
 * #join} gives its result or throws what it threw, unwrapped.
 */
final class Background {
  private Background() {}

  /**
   * {@return the result of {@code work}, computed from now on a daemon thread named {@code name}}
   */
  static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                result.complete(work.get());
              } catch (Throwable e) {
                result.completeExceptionally(e);
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return result;
  }

  /**
   * {@return the future's value, waiting for it; a runtime exception or error it completed with is
   * thrown as it was}
   */
  static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }
}
