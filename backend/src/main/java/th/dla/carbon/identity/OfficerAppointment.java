package th.dla.carbon.identity;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of an LAO's officer roster (บัญชีรายชื่อผู้รับผิดชอบ): who was proposed for which LAO, and what the
 * provincial office (สถจ.) decided. {@code proposedBy} and {@code decidedBy} are the display names of the people
 * who did it.
 */
public record OfficerAppointment(
    UUID id,
    String laoCode,
    String laoNameTh,
    String provinceCode,
    String fullName,
    String position,
    String phone,
    String email,
    OfficerStatus status,
    String proposedBy,
    OffsetDateTime proposedAt,
    @Nullable String decidedBy,
    @Nullable OffsetDateTime decidedAt,
    @Nullable String reason) {}
