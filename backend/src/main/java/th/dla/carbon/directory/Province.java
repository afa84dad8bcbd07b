package th.dla.carbon.directory;

/** A province (จังหวัด) as other modules see it. {@code code} is the 2-digit Ministry of Interior code. */
public record Province(String code, String nameTh, String nameEn, Region region, int gridCol, int gridRow) {}
