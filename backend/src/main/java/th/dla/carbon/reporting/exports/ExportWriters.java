package th.dla.carbon.reporting.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executor;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.reporting.tables.Column;
import th.dla.carbon.reporting.tables.Csv;
import th.dla.carbon.reporting.tables.Xlsx;

/**
 * Writes an export table to the response as it is read. CSV: the byte-order mark and header first, then a data
 * buffer per batch of rows, each asked for only when the client has taken the previous ones (backpressure down to
 * the database query). XLSX: fastexcel writes the workbook to an output stream on a bounded-elastic thread, pulling
 * rows as it goes and flushing the sheet every {@value #XLSX_FLUSH_ROWS} rows; the stream's buffers go out as the
 * client takes them and the writer waits while it does not.
 */
public final class ExportWriters {

  /** Small batches: the HTTP layer prefetches up to 128 buffers per connection, so this bounds what one slow client holds. */
  static final int CSV_BATCH_ROWS = 32;
  static final int XLSX_FLUSH_ROWS = 500;
  private static final Executor BLOCKING = task -> Schedulers.boundedElastic().schedule(task);

  private ExportWriters() {}

  public static Flux<DataBuffer> csv(Exports.Table table, DataBufferFactory buffers) {
    Flux<DataBuffer> head = Flux.defer(() -> {
      byte[] header = Csv.bytes(Csv.line(table.columns().stream().map(Column::header).toList()));
      DataBuffer buffer = buffers.allocateBuffer(Csv.BOM.length + header.length);
      buffer.write(Csv.BOM).write(header);
      return Flux.just(buffer);
    });
    Flux<DataBuffer> body = table.rows()
        .map(Csv::line)
        .buffer(CSV_BATCH_ROWS)
        .map(lines -> {
          StringBuilder text = new StringBuilder(lines.size() * 160);
          lines.forEach(text::append);
          byte[] bytes = Csv.bytes(text.toString());
          return buffers.allocateBuffer(bytes.length).write(bytes);
        });
    return Flux.concat(head, body);
  }

  public static Flux<DataBuffer> xlsx(Exports.Table table, DataBufferFactory buffers) {
    return Flux.from(DataBufferUtils.outputStreamPublisher(out -> write(table, out), buffers, BLOCKING, 64 * 1024));
  }

  /** Blocking: runs on a bounded-elastic thread, pulling the rows with bounded demand. */
  static void write(Exports.Table table, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "LAO Carbon Credit Marketplace", "1.0");
      Worksheet sheet = workbook.newWorksheet(table.sheetName());
      List<Column> columns = table.columns();
      Xlsx.header(sheet, 0, columns);
      sheet.freezePane(0, 1);
      int row = 1;
      // the rows come on database threads: hand them over on a bounded-elastic one, where waiting for this writer is allowed
      for (List<Object> values : table.rows().publishOn(Schedulers.boundedElastic(), 256).toIterable(256)) {
        Xlsx.row(sheet, row++, columns, values);
        if (row % XLSX_FLUSH_ROWS == 0) {
          sheet.flush();
        }
      }
      sheet.finish();
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
