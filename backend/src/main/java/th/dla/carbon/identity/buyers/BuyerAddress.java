package th.dla.carbon.identity.buyers;

import io.swagger.v3.oas.annotations.media.Schema;

/** A Thai postal address; {@code provinceCode} (2 digits) places the buyer on provincial dashboards. */
public record BuyerAddress(
    @Schema(example = "333 ถนนสีลม") String line,
    @Schema(example = "สีลม") String subdistrict,
    @Schema(example = "บางรัก") String district,
    @Schema(example = "10", pattern = "^[0-9]{2}$") String provinceCode,
    @Schema(example = "10500", pattern = "^[1-9][0-9]{4}$") String postcode) {}
