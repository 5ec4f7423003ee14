package org.consumerorgs.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.consumerorgs.policy.NameFolding;

/**
 * Search texts of one {@link QueryKind}, drawn from the names of a dataset with a fixed seed: the same dataset gives
 * the same queries in every run, in memory and on PostgreSQL. Half are typed in lower case, as people do.
 */
final class SearchQueries {
  static final int PER_KIND = 256;

  private SearchQueries() {}

  static List<String> of(QueryKind kind, List<String> names) {
    Random random = new Random(31L * names.size() + kind.ordinal());
    List<String> vocabulary = kind == QueryKind.MISS ? CompanyNames.foldedVocabulary() : List.of();
    List<String> queries = new ArrayList<>(PER_KIND);
    while (queries.size() < PER_KIND) {
      String name = names.get(random.nextInt(names.size()));
      String query = switch (kind) {
        case PREFIX -> prefix(name, random);
        case WORD -> wordStart(name, random);
        case FRAGMENT -> fragment(name, random);
        case MISS -> miss(name, random, vocabulary);
      };
      if (query != null) {
        queries.add(random.nextBoolean() ? query.toLowerCase(Locale.ROOT) : query);
      }
    }
    return List.copyOf(queries);
  }

  private static String prefix(String name, Random random) {
    int length = Math.min(1 + random.nextInt(8), name.codePointCount(0, name.length()));
    return name.substring(0, name.offsetByCodePoints(0, length));
  }

  private static String wordStart(String name, Random random) {
    String[] words = name.split(" ");
    List<String> later = new ArrayList<>();
    for (int i = 1; i < words.length; i++) {
      if (words[i].length() >= 2 && Character.isLetter(words[i].charAt(0))) {
        later.add(words[i]);
      }
    }
    if (later.isEmpty()) {
      return null;
    }
    String word = later.get(random.nextInt(later.size()));
    return word.substring(0, Math.min(word.length(), 2 + random.nextInt(5)));
  }

  private static String fragment(String name, Random random) {
    List<String> long5 = new ArrayList<>();
    for (String word : name.split(" ")) {
      if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
        long5.add(word);
      }
    }
    if (long5.isEmpty()) {
      return null;
    }
    String word = long5.get(random.nextInt(long5.size()));
    int start = 1 + random.nextInt(word.length() - 3);
    int length = Math.min(word.length() - start, 3 + random.nextInt(3));
    return length < 3 ? null : word.substring(start, start + length);
  }

  private static String miss(String name, Random random, List<String> vocabulary) {
    List<String> words = new ArrayList<>();
    for (String word : name.split(" ")) {
      if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    char[] typo = words.get(random.nextInt(words.size())).toCharArray();
    int at = 1 + random.nextInt(typo.length - 2);
    if (random.nextBoolean()) {
      char c = typo[at];
      typo[at] = typo[at + 1];
      typo[at + 1] = c;
    } else {
      typo[at] = (char) ('a' + random.nextInt(26));
    }
    String candidate = new String(typo, 0, Math.min(typo.length, 4 + random.nextInt(4)));
    String folded = NameFolding.searchKey(candidate);
    for (String word : vocabulary) {
      if (word.contains(folded)) {
        return null;
      }
    }
    return candidate;
  }
}
