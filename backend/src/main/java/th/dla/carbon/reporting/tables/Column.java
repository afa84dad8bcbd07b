package th.dla.carbon.reporting.tables;

/** A column of an exported table: its header and how a spreadsheet should show its values. */
public record Column(String header, Kind kind, double width) {

  public enum Kind {
    TEXT, INTEGER, MONEY, DATE_TIME, DATE
  }

  public static Column text(String header, double width) {
    return new Column(header, Kind.TEXT, width);
  }

  public static Column integer(String header) {
    return new Column(header, Kind.INTEGER, 12);
  }

  public static Column money(String header) {
    return new Column(header, Kind.MONEY, 14);
  }

  public static Column dateTime(String header) {
    return new Column(header, Kind.DATE_TIME, 19);
  }
}
