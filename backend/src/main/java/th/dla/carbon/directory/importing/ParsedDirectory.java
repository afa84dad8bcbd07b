package th.dla.carbon.directory.importing;

import java.util.List;
import th.dla.carbon.directory.ImportReport.LineIssue;

/** The file, read and checked, before anything is written. */
public record ParsedDirectory(long rowsRead, List<LaoRecord> laos, List<LineIssue> rejected, List<LineIssue> warnings) {}
