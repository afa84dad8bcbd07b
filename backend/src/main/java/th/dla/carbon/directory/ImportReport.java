package th.dla.carbon.directory;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * Outcome of one import of DLA's LAO file. Counts are of LAOs (codes), not rows: the file has one row per
 * subdistrict an LAO covers. Rejected lines were left out; warnings name optional fields that were unreadable
 * and stored as empty while the rest of the line was imported.
 */
public record ImportReport(
    long rowsRead,
    int laosInFile,
    int inserted,
    int updated,
    int unchanged,
    List<LineIssue> rejected,
    List<LineIssue> warnings) {

  /** A problem on one physical line of the file (the header is line 1). */
  public record LineIssue(long line, @Nullable String field, String reason) {}
}
