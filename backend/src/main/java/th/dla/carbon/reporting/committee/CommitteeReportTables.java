package th.dla.carbon.reporting.committee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.identity.OfficerAppointment;
import th.dla.carbon.platform.pdf.ThaiDates;
import th.dla.carbon.reporting.tables.Column;
import th.dla.carbon.reporting.tables.Csv;
import th.dla.carbon.reporting.tables.Xlsx;

/**
 * The committee report as tables: one CSV (UTF-8 with BOM) with a heading block and three sections, or one XLSX
 * workbook with a sheet per section. Same figures and columns as the PDF, numbers left as numbers.
 */
@Component
public class CommitteeReportTables {

  static final List<Column> LAO_COLUMNS = List.of(
      Column.text("รหัส อปท.", 11), Column.text("อปท.", 30), Column.text("อำเภอ", 16), Column.text("ช่องทางการซื้อขาย", 34),
      Column.text("รูปแบบการขาย", 22), Column.integer("ประกาศขายที่เปิด (รายการ)"), Column.integer("ปริมาณที่ประกาศขาย (tCO2e)"),
      Column.integer("ข้อเสนอซื้อ (ครั้ง)"), Column.integer("ซื้อขาย (รายการ)"), Column.integer("ปริมาณที่ขาย (tCO2e)"),
      Column.money("ราคาต่ำสุด (บาท/tCO2e)"), Column.money("ราคาเฉลี่ย (บาท/tCO2e)"), Column.money("ราคาสูงสุด (บาท/tCO2e)"),
      Column.money("ราคาเฉลี่ยถ่วงน้ำหนัก (บาท/tCO2e)"), Column.money("มูลค่าการซื้อขาย (บาท)"), Column.money("รายได้รับชำระแล้ว (บาท)"),
      Column.integer("ยกเลิก (รายการ)"), Column.text("ผู้ซื้อ", 40), Column.integer("คงเหลือพร้อมขาย (tCO2e)"));
  static final List<Column> IDLE_COLUMNS = List.of(Column.text("รหัส อปท.", 11), Column.text("อปท.", 30), Column.text("อำเภอ", 16),
      Column.integer("ได้รับจัดสรรทั้งหมด (tCO2e)"), Column.integer("คงเหลือพร้อมขาย (tCO2e)"));
  static final List<Column> ROSTER_COLUMNS = List.of(Column.text("จังหวัด", 14), Column.text("อปท.", 30), Column.text("รหัส อปท.", 11),
      Column.text("ชื่อ-สกุล", 24), Column.text("ตำแหน่ง", 26), Column.text("โทรศัพท์", 16), Column.text("อีเมล", 28), Column.text("สถานะ", 12));

  static String title(CommitteeReport r) {
    return "รายงานช่องทางและผลการซื้อขายคาร์บอนเครดิตขององค์กรปกครองส่วนท้องถิ่น เสนอ"
        + CommitteeReportPdf.committeeTh(r.province().nameTh());
  }

  static List<List<Object>> heading(CommitteeReport r) {
    CommitteeReport.Totals t = r.totals();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of(title(r)));
    rows.add(List.of("จังหวัด", r.province().nameTh(), r.province().code()));
    rows.add(List.of("ช่วงเวลา", ThaiDates.date(r.from()) + " ถึง " + ThaiDates.date(r.to()), r.from().toString(), r.to().toString()));
    rows.add(List.of("จัดทำเมื่อ", ThaiDates.dateTime(r.generatedAt()), r.generatedAt().toString()));
    rows.add(List.of("อปท. ที่มีการประกาศขายหรือซื้อขาย (แห่ง)", (long) t.laosActive()));
    rows.add(List.of("อปท. ที่ขายได้ (แห่ง)", (long) t.laosTrading()));
    rows.add(List.of("ประกาศขายที่เปิดในช่วงเวลา (รายการ)", (long) t.listingsOpened()));
    rows.add(List.of("ข้อเสนอซื้อที่ได้รับ (ครั้ง)", (long) t.bidsReceived()));
    rows.add(List.of("รายการซื้อขาย ไม่รวมที่ยกเลิก (รายการ)", (long) t.trades()));
    rows.add(List.of("ปริมาณที่ขายได้ (tCO2e)", t.quantity()));
    rows.add(List.of("มูลค่าการซื้อขาย (บาท)", t.value()));
    rows.add(Arrays.asList("ราคาเฉลี่ยถ่วงน้ำหนัก (บาท/tCO2e)", t.vwap()));
    rows.add(List.of("รายได้ที่ อปท. ยืนยันรับชำระแล้ว (บาท)", t.revenue()));
    rows.add(List.of("ผู้ซื้อ (ราย)", (long) t.buyers()));
    rows.add(List.of("อปท. ที่มีคาร์บอนเครดิตแต่ไม่มีประกาศขาย (แห่ง)", (long) t.laosIdle()));
    rows.add(List.of("คาร์บอนเครดิตคงเหลือของ อปท. ที่ไม่มีประกาศขาย (tCO2e)", t.idleCredits()));
    rows.add(List.of("ผู้รับผิดชอบในบัญชีรายชื่อ (คน)", (long) t.officers()));
    return rows;
  }

  static List<Object> laoRow(CommitteeReport.LaoActivity a) {
    return Arrays.asList(a.code(), a.nameTh(), a.district(), CommitteeReport.channelTh(a.modes()),
        a.modes().stream().map(CommitteeReport::modeTh).collect(Collectors.joining(", ")), (long) a.listingsOpened(),
        a.quantityListed(), (long) a.bidsReceived(), (long) a.trades(), a.quantity(), a.minPrice(), a.avgPrice(), a.maxPrice(),
        a.vwap(), a.value(), a.revenue(), (long) a.cancelled(),
        a.buyers().stream().map(b -> b.name() + " (" + b.quantity() + " tCO2e)").collect(Collectors.joining("; ")), a.available());
  }

  static List<Object> idleRow(CommitteeReport.IdleLao l) {
    return List.of(l.code(), l.nameTh(), l.district(), l.allocated(), l.available());
  }

  static List<Object> rosterRow(CommitteeReport r, OfficerAppointment o) {
    return List.of(r.province().nameTh(), o.laoNameTh(), o.laoCode(), o.fullName(), o.position(), o.phone(), o.email(), o.status().labelTh());
  }

  public static byte[] csv(CommitteeReport r) {
    StringBuilder out = new StringBuilder();
    heading(r).forEach(row -> out.append(Csv.line(row)));
    out.append("\r\n").append(Csv.line("ช่องทางการซื้อขายและผลการซื้อขายราย อปท."));
    out.append(Csv.line(LAO_COLUMNS.stream().map(Column::header).toList()));
    r.laos().forEach(a -> out.append(Csv.line(laoRow(a))));
    out.append("\r\n").append(Csv.line("อปท. ที่มีคาร์บอนเครดิตแต่ไม่มีประกาศขายในช่วงเวลา"));
    out.append(Csv.line(IDLE_COLUMNS.stream().map(Column::header).toList()));
    r.idle().forEach(l -> out.append(Csv.line(idleRow(l))));
    out.append("\r\n").append(Csv.line("บัญชีรายชื่อผู้รับผิดชอบของ อปท."));
    out.append(Csv.line(ROSTER_COLUMNS.stream().map(Column::header).toList()));
    r.officers().forEach(o -> out.append(Csv.line(rosterRow(r, o))));
    byte[] text = Csv.bytes(out.toString());
    byte[] all = new byte[Csv.BOM.length + text.length];
    System.arraycopy(Csv.BOM, 0, all, 0, Csv.BOM.length);
    System.arraycopy(text, 0, all, Csv.BOM.length, text.length);
    return all;
  }

  public Mono<byte[]> xlsx(CommitteeReport r) {
    return Mono.fromCallable(() -> workbook(r)).subscribeOn(Schedulers.boundedElastic());
  }

  static byte[] workbook(CommitteeReport r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "LAO Carbon Credit Marketplace", "1.0");
    Worksheet summary = workbook.newWorksheet("สรุป");
    summary.width(0, 52);
    summary.width(1, 40);
    int row = 0;
    for (List<Object> line : heading(r)) {
      for (int c = 0; c < line.size(); c++) {
        Object value = line.get(c);
        Xlsx.cell(summary, row, c, value instanceof java.math.BigDecimal ? Column.Kind.MONEY : Column.Kind.INTEGER, value);
      }
      row++;
    }
    summary.style(0, 0).bold().fontSize(14).set();
    summary.finish();
    table(workbook.newWorksheet("อปท. ที่มีการซื้อขาย"), LAO_COLUMNS, r.laos().stream().map(CommitteeReportTables::laoRow).toList());
    table(workbook.newWorksheet("อปท. ที่ไม่มีประกาศขาย"), IDLE_COLUMNS, r.idle().stream().map(CommitteeReportTables::idleRow).toList());
    table(workbook.newWorksheet("ผู้รับผิดชอบ"), ROSTER_COLUMNS, r.officers().stream().map(o -> rosterRow(r, o)).toList());
    workbook.finish();
    return out.toByteArray();
  }

  private static void table(Worksheet sheet, List<Column> columns, List<List<Object>> rows) throws IOException {
    Xlsx.header(sheet, 0, columns);
    sheet.freezePane(0, 1);
    for (int i = 0; i < rows.size(); i++) {
      Xlsx.row(sheet, i + 1, columns, rows.get(i));
    }
    sheet.finish();
  }
}
