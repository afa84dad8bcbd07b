package th.dla.carbon.registry;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code serial-range-overlap}: PostgreSQL refused an issuance whose serials overlap an existing one's. */
public class SerialRangeOverlap extends ProblemException {
  public SerialRangeOverlap(String projectCode, long first, long last) {
    super(ProblemType.SERIAL_RANGE_OVERLAP, "Serials " + first + "–" + last + " of project " + projectCode
        + " overlap an existing issuance (refused by the database constraint issuance_serials_disjoint).",
        java.util.List.of(new th.dla.carbon.platform.web.FieldProblem("serialFirst", "overlaps the serial range of an existing issuance")));
  }
}
