package th.dla.carbon.reporting.committee;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.identity.OfficerAppointment;
import th.dla.carbon.platform.pdf.PdfFonts;
import th.dla.carbon.platform.pdf.ThaiDates;

/**
 * The committee report as a Thai PDF (A4 landscape: the activity table is wide), to be tabled at the meeting of the
 * provincial solid-waste committee: title, province, period and generation date in the Buddhist Era, a summary,
 * three tables with their header repeated on every page, and "หน้า n / N" on each page. Rendered on a
 * bounded-elastic thread.
 */
@Component
public class CommitteeReportPdf {

  private static final Color HEAD = new Color(0xE3, 0xF1, 0xEA);
  private static final Color ZEBRA = new Color(0xF7, 0xFA, 0xF8);

  public Mono<byte[]> render(CommitteeReport report) {
    return Mono.fromCallable(() -> pdf(report)).subscribeOn(Schedulers.boundedElastic());
  }

  public static String committeeTh(String provinceNameTh) {
    return "คณะกรรมการจัดการสิ่งปฏิกูลและมูลฝอยจังหวัด" + provinceNameTh;
  }

  static byte[] pdf(CommitteeReport r) throws Exception {
    PdfFonts fonts = PdfFonts.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 40, 44);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new PageFooter(fonts, "รายงานต่อ" + committeeTh(r.province().nameTh()) + " · "
        + ThaiDates.date(r.from()) + " – " + ThaiDates.date(r.to())));
    document.addTitle("รายงานการซื้อขายคาร์บอนเครดิตของ อปท. จังหวัด" + r.province().nameTh());
    document.addSubject("Committee report, province " + r.province().code() + ", " + r.from() + " to " + r.to());
    document.addCreator("LAO Carbon Credit Marketplace");
    document.open();

    paragraph(document, "ระบบบัญชีคาร์บอนเครดิตขององค์กรปกครองส่วนท้องถิ่น · กรมส่งเสริมการปกครองท้องถิ่น", fonts.regular(12, PdfFonts.MUTED), Element.ALIGN_CENTER, 0);
    paragraph(document, "รายงานช่องทางและผลการซื้อขายคาร์บอนเครดิตขององค์กรปกครองส่วนท้องถิ่น", fonts.bold(20, PdfFonts.ACCENT), Element.ALIGN_CENTER, 0);
    paragraph(document, "เสนอ" + committeeTh(r.province().nameTh()), fonts.bold(17), Element.ALIGN_CENTER, 0);
    paragraph(document, "จังหวัด" + r.province().nameTh() + " (" + r.province().nameEn() + ", รหัสจังหวัด " + r.province().code() + ")",
        fonts.regular(14), Element.ALIGN_CENTER, 0);
    paragraph(document, "ระหว่างวันที่ " + ThaiDates.date(r.from()) + " ถึงวันที่ " + ThaiDates.date(r.to()), fonts.regular(14), Element.ALIGN_CENTER, 0);
    paragraph(document, "จัดทำเมื่อ " + ThaiDates.dateTime(r.generatedAt()), fonts.regular(12, PdfFonts.MUTED), Element.ALIGN_CENTER, 10);

    // summary
    section(document, fonts, "1. สรุปภาพรวม");
    CommitteeReport.Totals t = r.totals();
    PdfPTable summary = new PdfPTable(new float[] {2.9f, 1.9f, 2.9f, 1.9f});
    summary.setWidthPercentage(100);
    fact(summary, fonts, "อปท. ที่มีการประกาศขายหรือซื้อขายในระบบ", count(t.laosActive()) + " แห่ง");
    fact(summary, fonts, "อปท. ที่ขายได้", count(t.laosTrading()) + " แห่ง");
    fact(summary, fonts, "ประกาศขายที่เปิดในช่วงเวลา", count(t.listingsOpened()) + " รายการ (" + count(t.quantityListed()) + " tCO2e)");
    fact(summary, fonts, "ข้อเสนอซื้อที่ได้รับ", count(t.bidsReceived()) + " ครั้ง");
    fact(summary, fonts, "รายการซื้อขาย (ไม่รวมที่ยกเลิก)", count(t.trades()) + " รายการ");
    fact(summary, fonts, "ปริมาณที่ขายได้", count(t.quantity()) + " tCO2e");
    fact(summary, fonts, "มูลค่าการซื้อขาย", money(t.value()) + " บาท");
    fact(summary, fonts, "ราคาเฉลี่ยถ่วงน้ำหนักตามปริมาณ", t.vwap() == null ? "-" : money(t.vwap()) + " บาท/tCO2e");
    fact(summary, fonts, "รายได้ที่ อปท. ยืนยันรับชำระแล้ว", money(t.revenue()) + " บาท");
    fact(summary, fonts, "ผู้ซื้อ", count(t.buyers()) + " ราย");
    fact(summary, fonts, "อปท. ที่มีคาร์บอนเครดิตแต่ไม่มีประกาศขาย", count(t.laosIdle()) + " แห่ง (" + count(t.idleCredits()) + " tCO2e)");
    fact(summary, fonts, "ผู้รับผิดชอบในบัญชีรายชื่อ", count(t.officers()) + " คน");
    summary.setSpacingAfter(10);
    document.add(summary);

    // table 1: LAOs with activity
    section(document, fonts, "2. ช่องทางการซื้อขายและผลการซื้อขายราย อปท.");
    PdfPTable laos = new PdfPTable(new float[] {0.4f, 2.5f, 2.0f, 0.9f, 0.9f, 0.85f, 1.0f, 1.35f, 1.2f, 1.45f, 1.4f, 2.25f});
    laos.setWidthPercentage(100);
    laos.setHeaderRows(1);
    for (String h : new String[] {"ที่", "อปท. (รหัส)\nอำเภอ", "ช่องทาง\nรูปแบบการขาย", "ประกาศ\nขาย", "ข้อเสนอ\nซื้อ",
        "ซื้อ\nขาย", "ปริมาณ\n(tCO2e)", "ราคาต่ำสุด–\nสูงสุด (บาท)", "ราคาเฉลี่ย\nถ่วงน้ำหนัก", "มูลค่า\n(บาท)",
        "รับชำระแล้ว\n(บาท)", "ผู้ซื้อ (tCO2e)"}) {
      head(laos, fonts, h);
    }
    int i = 0;
    for (CommitteeReport.LaoActivity a : r.laos()) {
      Color bg = i % 2 == 1 ? ZEBRA : null;
      i++;
      cell(laos, fonts, String.valueOf(i), Element.ALIGN_CENTER, bg);
      cell(laos, fonts, a.nameTh() + " (" + a.code() + ")\nอำเภอ" + a.district(), Element.ALIGN_LEFT, bg);
      cell(laos, fonts, CommitteeReport.channelTh(a.modes()), Element.ALIGN_LEFT, bg);
      cell(laos, fonts, count(a.listingsOpened()), Element.ALIGN_RIGHT, bg);
      cell(laos, fonts, count(a.bidsReceived()), Element.ALIGN_RIGHT, bg);
      cell(laos, fonts, count(a.trades()), Element.ALIGN_RIGHT, bg);
      cell(laos, fonts, count(a.quantity()), Element.ALIGN_RIGHT, bg);
      cell(laos, fonts, a.minPrice() == null ? "-" : money(a.minPrice()) + " – " + money(a.maxPrice()), Element.ALIGN_RIGHT, bg);
      cell(laos, fonts, a.vwap() == null ? "-" : money(a.vwap()), Element.ALIGN_RIGHT, bg);
      cell(laos, fonts, money(a.value()), Element.ALIGN_RIGHT, bg);
      cell(laos, fonts, money(a.revenue()), Element.ALIGN_RIGHT, bg);
      cell(laos, fonts, a.buyers().isEmpty() ? "-" : a.buyers().stream().map(b -> b.name() + " (" + count(b.quantity()) + ")")
          .collect(Collectors.joining("\n")), Element.ALIGN_LEFT, bg);
    }
    if (r.laos().isEmpty()) {
      empty(laos, fonts, 12, "ไม่มี อปท. ที่ประกาศขายหรือซื้อขายคาร์บอนเครดิตในช่วงเวลานี้");
    } else {
      PdfPCell label = new PdfPCell(new Phrase("รวม", fonts.bold(11)));
      label.setColspan(3);
      label.setHorizontalAlignment(Element.ALIGN_RIGHT);
      pad(label);
      label.setBackgroundColor(HEAD);
      laos.addCell(label);
      total(laos, fonts, count(t.listingsOpened()));
      total(laos, fonts, count(t.bidsReceived()));
      total(laos, fonts, count(t.trades()));
      total(laos, fonts, count(t.quantity()));
      total(laos, fonts, "");
      total(laos, fonts, t.vwap() == null ? "-" : money(t.vwap()));
      total(laos, fonts, money(t.value()));
      total(laos, fonts, money(t.revenue()));
      total(laos, fonts, count(t.buyers()) + " ราย");
    }
    laos.setSpacingAfter(4);
    document.add(laos);
    paragraph(document, "ประกาศขาย = ประกาศที่อนุมัติเปิดขายในช่วงเวลา; ช่องทาง = รูปแบบของประกาศที่เปิดอยู่ในช่วงเวลา; ซื้อขาย ปริมาณ ราคา "
        + "และมูลค่า นับรายการซื้อขายที่เกิดในช่วงเวลาและไม่ถูกยกเลิก; รับชำระแล้ว = เงินที่ อปท. ยืนยันรับชำระในช่วงเวลา",
        fonts.regular(10, PdfFonts.MUTED), Element.ALIGN_LEFT, 10);

    // table 2: LAOs with credits but no listing
    section(document, fonts, "3. อปท. ที่มีคาร์บอนเครดิตแต่ไม่มีประกาศขายในช่วงเวลา");
    PdfPTable idle = new PdfPTable(new float[] {0.5f, 3.6f, 1.2f, 2.2f, 1.6f, 1.6f});
    idle.setWidthPercentage(100);
    idle.setHeaderRows(1);
    for (String h : new String[] {"ที่", "อปท.", "รหัส อปท.", "อำเภอ", "ได้รับจัดสรรทั้งหมด (tCO2e)", "คงเหลือพร้อมขาย (tCO2e)"}) {
      head(idle, fonts, h);
    }
    i = 0;
    for (CommitteeReport.IdleLao l : r.idle()) {
      Color bg = i % 2 == 1 ? ZEBRA : null;
      i++;
      cell(idle, fonts, String.valueOf(i), Element.ALIGN_CENTER, bg);
      cell(idle, fonts, l.nameTh(), Element.ALIGN_LEFT, bg);
      cell(idle, fonts, l.code(), Element.ALIGN_CENTER, bg);
      cell(idle, fonts, l.district(), Element.ALIGN_LEFT, bg);
      cell(idle, fonts, count(l.allocated()), Element.ALIGN_RIGHT, bg);
      cell(idle, fonts, count(l.available()), Element.ALIGN_RIGHT, bg);
    }
    if (r.idle().isEmpty()) {
      empty(idle, fonts, 6, "ไม่มี อปท. ที่มีคาร์บอนเครดิตคงเหลือโดยไม่มีประกาศขาย");
    }
    idle.setSpacingAfter(10);
    document.add(idle);

    // table 3: roster
    section(document, fonts, "4. บัญชีรายชื่อผู้รับผิดชอบของ อปท.");
    PdfPTable roster = new PdfPTable(new float[] {0.45f, 2.9f, 1.0f, 2.0f, 2.6f, 1.7f, 2.8f, 1.1f});
    roster.setWidthPercentage(100);
    roster.setHeaderRows(1);
    for (String h : new String[] {"ที่", "อปท.", "รหัส อปท.", "ชื่อ-สกุล", "ตำแหน่ง", "โทรศัพท์", "อีเมล", "สถานะ"}) {
      head(roster, fonts, h);
    }
    i = 0;
    for (OfficerAppointment o : r.officers()) {
      Color bg = i % 2 == 1 ? ZEBRA : null;
      i++;
      cell(roster, fonts, String.valueOf(i), Element.ALIGN_CENTER, bg);
      cell(roster, fonts, o.laoNameTh(), Element.ALIGN_LEFT, bg);
      cell(roster, fonts, o.laoCode(), Element.ALIGN_CENTER, bg);
      cell(roster, fonts, o.fullName(), Element.ALIGN_LEFT, bg);
      cell(roster, fonts, o.position(), Element.ALIGN_LEFT, bg);
      cell(roster, fonts, o.phone(), Element.ALIGN_LEFT, bg);
      cell(roster, fonts, o.email(), Element.ALIGN_LEFT, bg);
      cell(roster, fonts, o.status().labelTh(), Element.ALIGN_CENTER, bg);
    }
    if (r.officers().isEmpty()) {
      empty(roster, fonts, 8, "ยังไม่มีผู้รับผิดชอบในบัญชีรายชื่อ");
    }
    document.add(roster);

    document.add(new Paragraph(" ", fonts.regular(6)));
    paragraph(document, "ข้อมูลจากระบบบัญชีคาร์บอนเครดิตขององค์กรปกครองส่วนท้องถิ่น ณ " + ThaiDates.dateTime(r.generatedAt())
        + " · เอกสารนี้ออกโดยระบบอิเล็กทรอนิกส์", fonts.regular(10, PdfFonts.MUTED), Element.ALIGN_CENTER, 0);
    document.close();
    writer.close();
    return out.toByteArray();
  }

  /** "หน้า n / N" at the bottom of each page (N written once the document closes) and the report's name. */
  private static final class PageFooter extends PdfPageEventHelper {
    private final PdfFonts fonts;
    private final String caption;
    private @Nullable PdfTemplate total;

    PageFooter(PdfFonts fonts, String caption) {
      this.fonts = fonts;
      this.caption = caption;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(40, 16);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      float y = document.bottom() - 24;
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(caption, fonts.regular(9, PdfFonts.MUTED)), document.left(), y, 0);
      String page = "หน้า " + writer.getPageNumber() + " / ";
      Font font = fonts.regular(10, PdfFonts.MUTED);
      float width = fonts.regular.getWidthPoint(page, 10);
      float x = document.right() - 24 - width;
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, font), x, y, 0);
      canvas.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setFontAndSize(fonts.regular, 10);
      total.setColorFill(PdfFonts.MUTED);
      total.setTextMatrix(0, 0);
      total.showText(String.valueOf(writer.getPageNumber() - 1));  // the page number has moved past the last page
      total.endText();
    }
  }

  static String money(BigDecimal amount) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
  }

  static String count(long quantity) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(quantity);
  }

  private static Paragraph paragraph(Document document, String text, Font font, int align, float after) throws Exception {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(align);
    p.setLeading(0f, 1.25f);
    p.setSpacingAfter(after);
    document.add(p);
    return p;
  }

  private static void section(Document document, PdfFonts fonts, String title) throws Exception {
    Paragraph p = new Paragraph(title, fonts.bold(14, PdfFonts.ACCENT));
    p.setSpacingAfter(4);
    p.setKeepTogether(true);
    document.add(p);
  }

  private static void fact(PdfPTable table, PdfFonts fonts, String label, String value) {
    PdfPCell l = new PdfPCell(new Phrase(label, fonts.regular(11.5f)));
    pad(l);
    l.setBackgroundColor(ZEBRA);
    table.addCell(l);
    PdfPCell v = new PdfPCell(new Phrase(value, fonts.bold(11.5f)));
    v.setHorizontalAlignment(Element.ALIGN_RIGHT);
    pad(v);
    table.addCell(v);
  }

  private static void head(PdfPTable table, PdfFonts fonts, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, fonts.bold(10f, Color.WHITE)));
    cell.setBackgroundColor(PdfFonts.ACCENT);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    pad(cell);
    table.addCell(cell);
  }

  private static void cell(PdfPTable table, PdfFonts fonts, String text, int align, @Nullable Color background) {
    PdfPCell cell = new PdfPCell(new Phrase(text, fonts.regular(10.5f)));
    cell.setHorizontalAlignment(align);
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    pad(cell);
    table.addCell(cell);
  }

  private static void total(PdfPTable table, PdfFonts fonts, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, fonts.bold(10.5f)));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    cell.setBackgroundColor(HEAD);
    pad(cell);
    table.addCell(cell);
  }

  private static void empty(PdfPTable table, PdfFonts fonts, int columns, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, fonts.regular(11, PdfFonts.MUTED)));
    cell.setColspan(columns);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    pad(cell);
    table.addCell(cell);
  }

  private static void pad(PdfPCell cell) {
    cell.setPadding(4);
    cell.setPaddingBottom(5);
    cell.setLeading(0f, 1.2f);
    cell.setBorderColor(new Color(0xC9, 0xD3, 0xCE));
    cell.setBorder(Rectangle.BOX);
  }
}
