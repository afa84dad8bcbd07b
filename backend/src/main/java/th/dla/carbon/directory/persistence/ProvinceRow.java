package th.dla.carbon.directory.persistence;

public record ProvinceRow(
    String code, String nameTh, String nameEn, String region, int gridCol, int gridRow, long laoCount) {}
