package th.dla.carbon.directory.web;

import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import th.dla.carbon.directory.persistence.LaoRow;
import th.dla.carbon.directory.persistence.ProvinceRow;

@Mapper
interface DirectoryWebMapper {

  ProvinceResponse toResponse(ProvinceRow row);

  @Mapping(target = "fullNameTh", expression = "java(row.type().fullName(row.nameTh()))")
  @Mapping(target = "district", source = "districtTh")
  LaoSummaryResponse toSummary(LaoRow row);

  @Mapping(target = "fullNameTh", expression = "java(row.type().fullName(row.nameTh()))")
  @Mapping(target = "district", source = "districtTh")
  @Mapping(target = "address", expression = "java(new LaoDetailResponse.Address(row.houseNo(), row.moo(), row.postcode()))")
  @Mapping(target = "location", expression = "java(location(row))")
  LaoDetailResponse toDetail(LaoRow row);

  default LaoDetailResponse.Location location(LaoRow row) {
    return row.latitude() == null || row.longitude() == null
        ? null
        : new LaoDetailResponse.Location(decimal(row.latitude()), decimal(row.longitude()));
  }

  default String decimal(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
