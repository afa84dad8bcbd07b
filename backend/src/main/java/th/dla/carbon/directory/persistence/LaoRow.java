package th.dla.carbon.directory.persistence;

import java.math.BigDecimal;
import java.util.List;
import th.dla.carbon.directory.LaoType;

public record LaoRow(
    String code,
    String nameTh,
    LaoType type,
    String provinceCode,
    String provinceNameTh,
    String provinceNameEn,
    String districtTh,
    List<String> subdistricts,
    String houseNo,
    String moo,
    String postcode,
    BigDecimal areaSqKm,
    BigDecimal latitude,
    BigDecimal longitude,
    String website) {}
