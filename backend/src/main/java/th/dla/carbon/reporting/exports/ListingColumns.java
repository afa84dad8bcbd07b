package th.dla.carbon.reporting.exports;

import java.util.Arrays;
import java.util.List;
import th.dla.carbon.market.ListingReports.ListingRecord;
import th.dla.carbon.reporting.tables.Column;

/** Columns of the listings export (no buyer in it: the same for everyone; scope only decides which listings). */
final class ListingColumns {
  private ListingColumns() {}

  static final List<Column> COLUMNS = List.of(
      Column.text("รหัสประกาศ / Listing ID", 38), Column.text("จังหวัด / Province", 9), Column.text("รหัส อปท. / LAO code", 11),
      Column.text("อปท. / LAO", 30), Column.text("รูปแบบ / Mode", 14), Column.text("สถานะ / State", 14),
      Column.integer("ปี (ค.ศ.) / Vintage"), Column.integer("ปริมาณ / Quantity (tCO2e)"), Column.integer("คงเหลือ / Remaining (tCO2e)"),
      Column.money("ราคาต่อหน่วย / Unit price (THB)"), Column.money("ราคาเสนอสูงสุด / Best bid (THB)"), Column.integer("ข้อเสนอ / Bids"),
      Column.integer("ผู้เสนอ / Bidders"), Column.dateTime("สร้างเมื่อ / Created at"), Column.dateTime("เปิดขายเมื่อ / Opened at"),
      Column.dateTime("สิ้นสุด / Ends at"), Column.dateTime("ปิดเมื่อ / Closed at"));

  static List<Object> row(ListingRecord r) {
    return Arrays.asList(r.id().toString(), r.provinceCode(), r.laoCode(), r.laoNameTh(), r.mode().name(), r.state().name(),
        r.vintage() == null ? null : r.vintage().longValue(), r.quantity(), r.remaining(), r.unitPrice(), r.bestPrice(),
        (long) r.bidCount(), (long) r.bidderCount(), r.createdAt(), r.openedAt(), r.endsAt(), r.closedAt());
  }
}
