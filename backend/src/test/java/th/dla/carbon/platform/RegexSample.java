package th.dla.carbon.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A string that matches a (simple) regular expression, so the fuzzer's "valid-looking" values pass patterns such as
 * {@code \d{7}} or {@code [A-Z]{2}-\d+}. Supports literals, escapes ({@code \d \w \s \p{..}}), classes with ranges
 * and negation, groups, alternation and the usual quantifiers. Returns null for anything it cannot read.
 */
final class RegexSample {

  private interface Node {
    void emit(StringBuilder out, Random random);
  }

  private record Chars(List<int[]> ranges, boolean negated) implements Node {
    @Override
    public void emit(StringBuilder out, Random random) {
      if (negated) {
        for (int attempt = 0; attempt < 100; attempt++) {
          char c = (char) (' ' + random.nextInt(95));
          if (ranges.stream().noneMatch(r -> c >= r[0] && c <= r[1])) {
            out.append(c);
            return;
          }
        }
        out.append('x');
        return;
      }
      int[] range = ranges.get(random.nextInt(ranges.size()));
      out.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
    }
  }

  private record Sequence(List<Node> nodes) implements Node {
    @Override
    public void emit(StringBuilder out, Random random) {
      nodes.forEach(node -> node.emit(out, random));
    }
  }

  private record Alternation(List<Node> options) implements Node {
    @Override
    public void emit(StringBuilder out, Random random) {
      options.get(random.nextInt(options.size())).emit(out, random);
    }
  }

  private record Repeat(Node node, int min, int max) implements Node {
    @Override
    public void emit(StringBuilder out, Random random) {
      int times = min + (max > min ? random.nextInt(max - min + 1) : 0);
      for (int i = 0; i < times; i++) {
        node.emit(out, random);
      }
    }
  }

  private static final List<int[]> DIGITS = List.<int[]>of(new int[] {'0', '9'});
  private static final List<int[]> WORD = List.of(new int[] {'a', 'z'}, new int[] {'A', 'Z'}, new int[] {'0', '9'});
  private static final List<int[]> LETTERS = List.of(new int[] {'a', 'z'}, new int[] {'ก', 'ฮ'});

  private final String pattern;
  private int at;

  private RegexSample(String pattern) {
    this.pattern = pattern;
  }

  static String sample(String pattern, Random random) {
    try {
      RegexSample parser = new RegexSample(pattern);
      Node node = parser.alternation();
      if (parser.at != pattern.length()) {
        return null;
      }
      StringBuilder out = new StringBuilder();
      node.emit(out, random);
      return out.toString();
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  private Node alternation() {
    List<Node> options = new ArrayList<>();
    options.add(sequence());
    while (at < pattern.length() && pattern.charAt(at) == '|') {
      at++;
      options.add(sequence());
    }
    return options.size() == 1 ? options.get(0) : new Alternation(options);
  }

  private Node sequence() {
    List<Node> nodes = new ArrayList<>();
    while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
      Node atom = atom();
      nodes.add(quantified(atom));
    }
    return new Sequence(nodes);
  }

  private Node atom() {
    char c = pattern.charAt(at++);
    return switch (c) {
      case '^', '$' -> new Sequence(List.of());
      case '.' -> new Chars(WORD, false);
      case '(' -> {
        if (pattern.startsWith("?:", at)) {
          at += 2;
        }
        Node group = alternation();
        expect(')');
        yield group;
      }
      case '[' -> charClass();
      case '\\' -> escape(false);
      default -> new Chars(List.<int[]>of(new int[] {c, c}), false);
    };
  }

  private Chars charClass() {
    boolean negated = pattern.charAt(at) == '^';
    if (negated) {
      at++;
    }
    List<int[]> ranges = new ArrayList<>();
    boolean first = true;
    while (pattern.charAt(at) != ']' || first) {
      first = false;
      char c = pattern.charAt(at++);
      if (c == '\\') {
        Chars escaped = escape(true);
        ranges.addAll(escaped.ranges());
        continue;
      }
      if (at + 1 < pattern.length() && pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']') {
        at++;
        char end = pattern.charAt(at++);
        if (end == '\\') {
          end = pattern.charAt(at++);
        }
        ranges.add(new int[] {c, end});
      } else {
        ranges.add(new int[] {c, c});
      }
    }
    at++;
    return new Chars(ranges, negated);
  }

  private Chars escape(boolean inClass) {
    char c = pattern.charAt(at++);
    return switch (c) {
      case 'd' -> new Chars(DIGITS, false);
      case 'w' -> new Chars(WORD, false);
      case 's' -> new Chars(List.<int[]>of(new int[] {' ', ' '}), false);
      case 'D', 'W', 'S' -> new Chars(List.<int[]>of(new int[] {'-', '-'}), false);
      case 'p', 'P' -> {
        if (pattern.charAt(at) == '{') {
          at = pattern.indexOf('}', at) + 1;
        } else {
          at++;
        }
        yield new Chars(LETTERS, false);
      }
      case 't' -> new Chars(List.<int[]>of(new int[] {'\t', '\t'}), false);
      case 'n' -> new Chars(List.<int[]>of(new int[] {'\n', '\n'}), false);
      default -> new Chars(List.<int[]>of(new int[] {c, c}), false);
    };
  }

  private Node quantified(Node atom) {
    if (at >= pattern.length()) {
      return atom;
    }
    char c = pattern.charAt(at);
    Node result;
    switch (c) {
      case '*' -> { at++; result = new Repeat(atom, 0, 3); }
      case '+' -> { at++; result = new Repeat(atom, 1, 3); }
      case '?' -> { at++; result = new Repeat(atom, 0, 1); }
      case '{' -> {
        int close = pattern.indexOf('}', at);
        String[] bounds = pattern.substring(at + 1, close).split(",", -1);
        int min = Integer.parseInt(bounds[0].strip());
        int max = bounds.length == 1 ? min : bounds[1].isBlank() ? min + 3 : Integer.parseInt(bounds[1].strip());
        at = close + 1;
        result = new Repeat(atom, min, Math.min(max, min + 20));
      }
      default -> { return atom; }
    }
    if (at < pattern.length() && (pattern.charAt(at) == '?' || pattern.charAt(at) == '+')) {
      at++;
    }
    return result;
  }

  private void expect(char c) {
    if (pattern.charAt(at++) != c) {
      throw new IllegalArgumentException("expected " + c);
    }
  }
}
