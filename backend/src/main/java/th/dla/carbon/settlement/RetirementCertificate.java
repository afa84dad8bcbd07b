package th.dla.carbon.settlement;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A retirement as its certificate shows it, public: what was retired (serial ranges with project, vintage and LAO
 * of origin), for whom (beneficiary) and why (purpose), when. The buyer organisation is not shown publicly.
 */
public record RetirementCertificate(
    String certificateNo, long quantity, @Nullable Integer vintage, String beneficiary, String purpose, Instant retiredAt,
    List<Range> ranges, List<Origin> originLaos, List<ProjectRef> projects, String verifyUrl, String certificatePdfUrl) {

  /** One retired serial range. */
  public record Range(String serial, String projectCode, int vintage, long serialFirst, long serialLast, long quantity,
      String originLaoCode) {}

  /** An LAO the credits come from, with how many of them. */
  public record Origin(String code, String nameTh, String provinceCode, long quantity) {}

  public record ProjectRef(String code, String nameTh, String nameEn) {}
}
