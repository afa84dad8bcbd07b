package th.dla.carbon.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Real-format fixtures kept beside the repository in ../shared/data (never copied into it). */
public final class SharedData {
  private SharedData() {}

  public static Path file(String name) {
    Path root = Path.of(System.getProperty("repository.root", ".."));
    Path file = root.resolve("../shared/data").resolve(name).normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Fixture " + file + " is missing: the tests expect ../shared beside the checkout");
    }
    return file;
  }
}
