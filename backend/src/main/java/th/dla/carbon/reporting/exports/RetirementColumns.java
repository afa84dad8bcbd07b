package th.dla.carbon.reporting.exports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import th.dla.carbon.identity.BuyerSummary;
import th.dla.carbon.reporting.tables.Column;
import th.dla.carbon.settlement.RetirementReports.RetirementRecord;

/**
 * Columns of the retirements export, one row per certificate and LAO of origin. The buyer's id and name, the
 * beneficiary and the purpose only when the caller may see them (the public sees the buyer's type).
 */
final class RetirementColumns {
  private RetirementColumns() {}

  static List<Column> columns(boolean named) {
    List<Column> columns = new ArrayList<>(List.of(
        Column.text("เลขที่ใบรับรอง / Certificate No.", 50), Column.dateTime("วันที่ชดเชย / Retired at"), Column.text("จังหวัด / Province", 9),
        Column.text("รหัส อปท. ต้นทาง / Origin LAO code", 11), Column.text("อปท. ต้นทาง / Origin LAO", 30),
        Column.text("ปี (ค.ศ.) / Vintages", 12), Column.text("โครงการ / Projects", 12), Column.integer("ปริมาณ / Quantity (tCO2e)"),
        Column.text("ประเภทผู้ซื้อ / Buyer type", 18)));
    if (named) {
      columns.addAll(List.of(Column.text("รหัสผู้ซื้อ / Buyer ID", 38), Column.text("ผู้ซื้อ / Buyer", 34),
          Column.text("ในนามของ / Beneficiary", 34), Column.text("วัตถุประสงค์ / Purpose", 40)));
    }
    return columns;
  }

  static List<Object> row(RetirementRecord r, String laoName, Optional<BuyerSummary> buyer, boolean named) {
    List<Object> row = new ArrayList<>(Arrays.asList(r.certificateNo(), r.retiredAt(), r.originLaoCode().substring(1, 3), r.originLaoCode(),
        laoName, Exports.joined(r.vintages()), Exports.joined(r.projectCodes()), r.quantity(), buyer.map(b -> b.type().name()).orElse("")));
    if (named) {
      row.addAll(List.of(r.buyerId().toString(), buyer.map(BuyerSummary::nameTh).orElse(""), r.beneficiary(), r.purpose()));
    }
    return row;
  }
}
