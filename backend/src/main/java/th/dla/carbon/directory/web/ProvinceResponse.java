package th.dla.carbon.directory.web;

import th.dla.carbon.directory.Region;

public record ProvinceResponse(
    String code, String nameTh, String nameEn, Region region, long laoCount, int gridCol, int gridRow) {}
