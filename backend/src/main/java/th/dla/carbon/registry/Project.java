package th.dla.carbon.registry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A T-VER project whose credits the registry holds. */
public record Project(String code, String nameTh, String nameEn, String methodology, String developerTh,
    String developerEn, @Nullable LocalDate registeredOn, LocalDate creditingStart, LocalDate creditingEnd,
    @Nullable Long expectedTco2ePerYear) {}
