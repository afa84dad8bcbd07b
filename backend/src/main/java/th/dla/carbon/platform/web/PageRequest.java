package th.dla.carbon.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Paging parameters shared by every list endpoint; bounded so a client cannot ask for the whole table. */
public record PageRequest(@Min(0) @Max(100_000) Integer page, @Min(1) @Max(200) Integer size) {

  public static final int DEFAULT_SIZE = 20;

  public int pageOrDefault() {
    return page == null ? 0 : page;
  }

  public int sizeOrDefault() {
    return size == null ? DEFAULT_SIZE : size;
  }

  public long offset() {
    return (long) pageOrDefault() * sizeOrDefault();
  }
}
