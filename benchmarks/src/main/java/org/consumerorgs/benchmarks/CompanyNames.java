package org.consumerorgs.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.consumerorgs.policy.NameFolding;

/**
 * Company-like names made from word lists: surnames (some with accents), place and descriptor words, coined brand
 * words from syllables, industries and legal suffixes, in the shapes real customer lists have ("Miller Logistics
 * GmbH", "Blue Harbor Analytics", "Zentrova", "Okafor &amp; Lindqvist LLP"). Deterministic: the first n names are the
 * same for every n, so a dataset of 10^5 is the dataset of 10^4 plus 9 * 10^4 more, and a PostgreSQL dataset loaded by
 * an earlier run can be checked and continued. Unique under the SDK's own name folding.
 */
final class CompanyNames {
  /** Changing the lists or the shapes changes every dataset: bump this so stored datasets are rebuilt. */
  static final String GENERATOR = "company-names-v1";
  private static final long SEED = 0x5EED_C0_0FF1CEL;

  static final List<String> SURNAMES = List.of(
      "Miller", "Schmidt", "Tanaka", "Okafor", "Novak", "Rossi", "Dubois", "Lindqvist", "Kowalski", "Haddad",
      "Nakamura", "Fernandes", "Oyelaran", "Müller", "Gonçalves", "Ibáñez", "Dvořák", "Søndergaard", "Łukasik",
      "O'Brien", "MacLeod", "Van der Berg", "De Luca", "Papadopoulos", "Yilmaz", "Kim", "Nguyen", "Chen", "Patel",
      "Singh", "Sato", "Suzuki", "Johansson", "Nielsen", "Andersen", "Virtanen", "Horvath", "Popescu", "Ivanova",
      "Kovalenko", "Petrov", "Costa", "Silva", "Santos", "Moreau", "Laurent", "Lefebvre", "Bianchi", "Romano",
      "Ricci", "García", "Martínez", "López", "Hernández", "González", "Weber", "Wagner", "Becker", "Hoffmann",
      "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Brown", "Taylor", "Wilson", "Johnson", "Walker", "Robinson",
      "Thompson", "Wright", "Hughes", "Edwards", "Clarke", "Murphy", "Kelly", "Byrne", "Ryan", "Walsh", "Mensah",
      "Adeyemi", "Banda", "Mwangi", "Otieno", "Abebe", "Haile", "Nasser", "Farouk", "Khalil", "Rahman", "Hossain",
      "Chowdhury", "Gupta", "Sharma", "Iyer", "Reddy", "Nair", "Tan", "Lim", "Wong", "Lee", "Park", "Choi", "Jung",
      "Ito", "Watanabe", "Yamamoto", "Kobayashi", "Morales", "Ortiz", "Ramírez", "Torres", "Flores", "Rivera",
      "Cruz", "Reyes", "Mendoza", "Castillo", "Vargas", "Herrera", "Medina", "Aguilar", "Jensen", "Hansen",
      "Larsen", "Berg", "Dahl", "Holm", "Lund", "Strand", "Eriksson", "Karlsson", "Nilsson", "Svensson", "Bakker",
      "Visser", "Smit", "Meijer", "De Vries", "Jansen", "Peeters", "Maes", "Janssens", "Wouters", "Fischer",
      "Zimmermann", "Krüger", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Huber");

  static final List<String> DESCRIPTORS = List.of(
      "Blue", "Northern", "Global", "United", "Pacific", "Alpine", "Summit", "River", "Oak", "Silver", "Red", "Green",
      "Golden", "Eastern", "Atlantic", "Prime", "First", "Royal", "Metro", "Coastal", "Bright", "Clear", "Iron",
      "Stone", "Harbor", "Cedar", "Maple", "Falcon", "Eagle", "Lion", "Apex", "Vertex", "Pioneer", "Frontier",
      "Heritage", "Liberty", "Union", "Central", "Western", "Southern", "Horizon", "Crescent", "Evergreen", "Quantum",
      "Nova", "Stellar", "Polar", "Urban", "Highland", "Lakeside", "Bay", "Valley", "Meadow", "Orchard", "Granite",
      "Copper", "Cobalt", "Crystal", "Diamond", "Ember", "Lumen", "Vector", "Signal", "Beacon", "Anchor", "Compass",
      "Keystone", "Bridge", "Tower", "Castle", "Forge", "Mill", "Port", "Grove", "Ridge", "Canyon", "Delta", "Sierra",
      "Nordic", "Baltic", "Andean", "Sahara", "Zürich", "Köln", "São Paulo", "Île", "Aurora", "Boreal");

  static final List<String> INDUSTRIES = List.of(
      "Logistics", "Analytics", "Foods", "Pharma", "Energy", "Capital", "Insurance", "Bank", "Software", "Systems",
      "Solutions", "Consulting", "Partners", "Holdings", "Industries", "Manufacturing", "Retail", "Health", "Labs",
      "Biotech", "Motors", "Airlines", "Shipping", "Telecom", "Media", "Studios", "Games", "Textiles", "Chemicals",
      "Mining", "Metals", "Construction", "Engineering", "Robotics", "Networks", "Data", "Cloud", "Security",
      "Payments", "Finance", "Ventures", "Realty", "Properties", "Hotels", "Travel", "Agro", "Farms", "Dairy",
      "Beverages", "Brewing", "Apparel", "Furniture", "Electronics", "Semiconductors", "Optics", "Medical",
      "Diagnostics", "Research", "Education", "Publishing", "Marketing", "Advertising", "Freight", "Rail", "Marine",
      "Aerospace", "Defense", "Utilities", "Water", "Solar", "Wind", "Petroleum", "Gas", "Paper", "Packaging",
      "Plastics", "Glass", "Tools", "Machinery", "Instruments");

  static final List<String> SUFFIXES = List.of(
      "Inc.", "Ltd", "LLC", "GmbH", "AG", "SA", "SAS", "BV", "AB", "Oy", "plc", "Corp.", "Co.", "Group", "& Co.", "KG",
      "SpA", "Pty Ltd", "KK", "NV", "LLP", "S.r.l.");

  private static final List<String> SYLLABLES = List.of(
      "zen", "tro", "va", "lu", "mex", "kor", "ix", "ora", "nex", "vi", "ta", "lo", "qua", "ri", "sol", "dyn", "ami",
      "ter", "pho", "cel", "bra", "gen", "tek", "sy");

  private final Random random = new Random(SEED);
  private final Set<String> taken = new HashSet<>();

  /** The first {@code count} names of the sequence. */
  static List<String> first(int count) {
    CompanyNames names = new CompanyNames();
    List<String> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(names.next());
    }
    return list;
  }

  /** The next name of the sequence, different (as the SDK compares names) from every one before it. */
  String next() {
    while (true) {
      String name = candidate();
      if (taken.add(NameFolding.uniquenessKey(name))) {
        return name;
      }
    }
  }

  private String candidate() {
    int shape = random.nextInt(100);
    StringBuilder name = new StringBuilder(40);
    if (shape < 25) {
      name.append(pick(SURNAMES)).append(' ').append(pick(INDUSTRIES));
      suffix(name, 60);
    } else if (shape < 45) {
      name.append(pick(DESCRIPTORS)).append(' ').append(pick(INDUSTRIES));
      suffix(name, 60);
    } else if (shape < 60) {
      name.append(pick(DESCRIPTORS)).append(' ').append(pick(DESCRIPTORS)).append(' ').append(pick(INDUSTRIES));
      suffix(name, 40);
    } else if (shape < 80) {
      name.append(coined());
      if (random.nextInt(100) < 60) {
        name.append(' ').append(pick(INDUSTRIES));
      }
      suffix(name, 50);
    } else if (shape < 90) {
      name.append(pick(SURNAMES)).append(" & ").append(pick(SURNAMES));
      suffix(name, 70);
    } else {
      name.append(pick(SURNAMES)).append(' ').append(pick(DESCRIPTORS)).append(' ').append(pick(INDUSTRIES));
      suffix(name, 30);
    }
    return name.toString();
  }

  private void suffix(StringBuilder name, int percent) {
    if (random.nextInt(100) < percent) {
      name.append(' ').append(pick(SUFFIXES));
    }
  }

  private String coined() {
    int syllables = 2 + random.nextInt(2);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      word.append(pick(SYLLABLES));
    }
    word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
    return word.toString();
  }

  private String pick(List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  /**
   * Every word a name can hold, folded as search folds it: a text found in none of them is found in no name (names
   * join words with spaces, and a miss holds none).
   */
  static List<String> foldedVocabulary() {
    Set<String> words = new LinkedHashSet<>();
    for (List<String> list : List.of(SURNAMES, DESCRIPTORS, INDUSTRIES, SUFFIXES)) {
      for (String entry : list) {
        Collections.addAll(words, NameFolding.searchKey(entry).split(" "));
      }
    }
    for (String a : SYLLABLES) {
      for (String b : SYLLABLES) {
        words.add(a + b);
        for (String c : SYLLABLES) {
          words.add(a + b + c);
        }
      }
    }
    return List.copyOf(words);
  }
}
