package th.dla.carbon.directory.web;

import org.jspecify.annotations.Nullable;
import java.util.List;
import th.dla.carbon.directory.LaoType;

/** Public profile of an LAO. Decimal figures are strings so that no client rounds them through a float. */
public record LaoDetailResponse(
    String code,
    String nameTh,
    String fullNameTh,
    LaoType type,
    String provinceCode,
    String provinceNameTh,
    String provinceNameEn,
    String district,
    List<String> subdistricts,
    Address address,
    @Nullable String areaSqKm,
    @Nullable Location location,
    @Nullable String website) {

  public record Address(@Nullable String houseNo, @Nullable String moo, @Nullable String postcode) {}

  public record Location(String latitude, String longitude) {}
}
