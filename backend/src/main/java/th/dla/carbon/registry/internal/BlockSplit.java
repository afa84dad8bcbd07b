package th.dla.carbon.registry.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place where serial arithmetic happens. Ranges are inclusive: a block {@code [first, last]} holds
 * {@code last - first + 1} credits; taking {@code n} credits from its start gives {@code [first, first + n - 1]}
 * and leaves {@code [first + n, last]}.
 */
public final class BlockSplit {

  private BlockSplit() {}

  /** A block, as far as splitting is concerned. */
  public record Piece(long blockId, long first, long last) {
    public Piece {
      if (first > last) {
        throw new IllegalArgumentException("empty range " + first + ".." + last);
      }
    }

    public long quantity() {
      return last - first + 1;
    }
  }

  /**
   * One step of a plan: move {@code [first, last]} out of block {@code blockId}. When {@code whole} the block moves
   * as it is; otherwise the block keeps {@code [remainderFirst, remainderLast]} = {@code [last + 1, block's last]}.
   */
  public record Cut(long blockId, long first, long last, boolean whole, long remainderFirst, long remainderLast) {
    public long quantity() {
      return last - first + 1;
    }
  }

  /** Total credits in these pieces. */
  public static long total(List<Piece> pieces) {
    long total = 0;
    for (Piece piece : pieces) {
      total = Math.addExact(total, piece.quantity());
    }
    return total;
  }

  /**
   * Takes exactly {@code quantity} credits from the start of the pieces, in the given order, splitting the last
   * piece used if needed. The caller checks first that the pieces hold enough.
   */
  public static List<Cut> take(List<Piece> pieces, long quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
    List<Cut> cuts = new ArrayList<>();
    long remaining = quantity;
    for (Piece piece : pieces) {
      if (remaining == 0) {
        break;
      }
      if (piece.quantity() <= remaining) {
        cuts.add(new Cut(piece.blockId(), piece.first(), piece.last(), true, 0, -1));
        remaining -= piece.quantity();
      } else {
        long last = piece.first() + remaining - 1;
        cuts.add(new Cut(piece.blockId(), piece.first(), last, false, last + 1, piece.last()));
        remaining = 0;
      }
    }
    if (remaining != 0) {
      throw new IllegalArgumentException("pieces hold " + total(pieces) + ", fewer than " + quantity);
    }
    return cuts;
  }

  /**
   * Splits {@code quantities} (in order) into contiguous blocks starting at {@code first}: the allocation of an
   * issuance to LAOs. Returns {@code [first, last]} pairs.
   */
  public static List<long[]> contiguous(long first, List<Long> quantities) {
    List<long[]> ranges = new ArrayList<>();
    long next = first;
    for (long quantity : quantities) {
      if (quantity <= 0) {
        throw new IllegalArgumentException("quantity must be positive: " + quantity);
      }
      long last = Math.addExact(next, quantity - 1);
      ranges.add(new long[] {next, last});
      next = last + 1;
    }
    return ranges;
  }
}
