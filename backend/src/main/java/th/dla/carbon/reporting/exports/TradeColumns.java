package th.dla.carbon.reporting.exports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import th.dla.carbon.identity.BuyerSummary;
import th.dla.carbon.reporting.tables.Column;
import th.dla.carbon.settlement.TradeReports.TradeRecord;

/** Columns of the trades export; the buyer's id and name only when the caller may see them. */
final class TradeColumns {
  private TradeColumns() {}

  static List<Column> columns(boolean named) {
    List<Column> columns = new ArrayList<>(List.of(
        Column.text("รหัสรายการ / Trade ID", 38), Column.dateTime("วันที่ซื้อขาย / Traded at"), Column.text("จังหวัด / Province", 9),
        Column.text("รหัส อปท. / LAO code", 11), Column.text("อปท. / LAO", 30), Column.text("รหัสประกาศ / Listing ID", 38),
        Column.text("ประเภทผู้ซื้อ / Buyer type", 18)));
    if (named) {
      columns.add(Column.text("รหัสผู้ซื้อ / Buyer ID", 38));
      columns.add(Column.text("ผู้ซื้อ / Buyer", 34));
    }
    columns.addAll(List.of(Column.integer("ปริมาณ / Quantity (tCO2e)"), Column.money("ราคาต่อหน่วย / Unit price (THB)"),
        Column.money("มูลค่า / Total (THB)"), Column.text("สถานะ / State", 18), Column.dateTime("ยืนยันรับชำระ / Payment confirmed at"),
        Column.dateTime("ส่งมอบแล้ว / Settled at"), Column.dateTime("ยกเลิก / Cancelled at")));
    return columns;
  }

  static List<Object> row(TradeRecord r, String laoName, Optional<BuyerSummary> buyer, boolean named) {
    List<Object> row = new ArrayList<>(Arrays.asList(r.id().toString(), r.createdAt(), r.laoCode().substring(1, 3), r.laoCode(), laoName,
        r.listingId().toString(), buyer.map(b -> b.type().name()).orElse("")));
    if (named) {
      row.add(r.buyerId().toString());
      row.add(buyer.map(BuyerSummary::nameTh).orElse(""));
    }
    row.addAll(Arrays.asList(r.quantity(), r.unitPrice(), r.total(), r.state().name(), r.paymentConfirmedAt(), r.settledAt(), r.cancelledAt()));
    return row;
  }
}
