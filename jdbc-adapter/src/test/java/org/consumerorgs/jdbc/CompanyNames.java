package org.consumerorgs.jdbc;

import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.consumerorgs.policy.NameFolding;

/**
 * Company-like names for scale experiments, the same for the same seed: surnames, places, invented brands, plain
 * words and acronyms, with industries and legal forms, some accented, drawn so that a few words are common and most
 * are rare, as in a real register. Every name is unique among those one instance gave, compared as the SDK compares
 * names (by their uniqueness key).
 */
final class CompanyNames {
  private static final String[] SURNAMES = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
      "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
      "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker",
      "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
      "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey",
      "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes",
      "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell", "Sullivan",
      "Fisher", "Henderson", "Hamilton", "Graham", "Wallace", "Cole", "West", "Jordan", "Reynolds", "Marshall",
      "Knight", "Fleming", "Hawkins", "Dunn", "Burke", "Hayes", "Müller", "Schmidt", "Schneider", "Fischer", "Weber",
      "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
      "Braun", "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Dubois", "Durand", "Lefèvre", "Moreau",
      "Laurent", "Simon", "Michel", "Garnier", "Rousseau", "Mercier", "Bonnet", "Lambert", "Fontaine", "Chevalier",
      "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz",
      "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
      "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Dekker",
      "Nilsson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Lindqvist", "Kowalski",
      "Nowak", "Wiśniewski", "Novák", "Horváth", "Nagy", "Popescu", "Ionescu", "Yılmaz", "Kaya", "Demir", "Tanaka",
      "Suzuki", "Watanabe", "Kim", "Park", "Chen", "Wang", "Li", "Zhang", "Singh", "Patel", "Sharma", "Gupta",
      "O'Brien", "O'Connor", "McDonald", "MacLeod", "Ó Súilleabháin", "Åkesson", "Søndergaard", "Ægidius"};
  private static final String[] ADJECTIVES = {"Bright", "Blue", "Red", "Green", "Golden", "Silver", "Northern",
      "Southern", "Eastern", "Western", "Pacific", "Atlantic", "Global", "United", "National", "First", "Prime",
      "Royal", "Grand", "Modern", "Smart", "Swift", "Rapid", "Clear", "Pure", "True", "Bold", "Noble", "Quiet",
      "Open", "Urban", "Rural", "Coastal", "Alpine", "Nordic", "Central", "Premier", "Superior", "Advanced",
      "Integrated", "Strategic", "Digital", "Creative", "Dynamic", "Reliable", "Precision", "Silent", "Ancient",
      "Evergreen", "Crystal", "Iron", "Stone", "Oak", "Cedar", "Maple", "Summit", "Horizon", "Infinite", "Vital",
      "Agile", "Lucky", "Happy", "Little", "Big", "Old", "New", "Wild", "Sunny", "Misty", "Frosty", "Starlight",
      "Midnight", "Highland", "Lowland", "Upper", "Inner", "Outer", "Polar", "Tropical", "Solar", "Lunar"};
  private static final String[] NOUNS = {"Harbor", "River", "Mountain", "Valley", "Bridge", "Tower", "Gate",
      "Field", "Forest", "Lake", "Ocean", "Island", "Peak", "Ridge", "Canyon", "Meadow", "Garden", "Castle", "Anchor",
      "Compass", "Arrow", "Falcon", "Eagle", "Hawk", "Raven", "Wolf", "Bear", "Lion", "Tiger", "Fox", "Owl", "Dolphin",
      "Phoenix", "Dragon", "Star", "Sun", "Moon", "Comet", "Orbit", "Planet", "Nova", "Spark", "Flame", "Wave", "Tide",
      "Wind", "Storm", "Cloud", "Rain", "Snow", "Frost", "Stone", "Rock", "Crest", "Shield", "Crown", "Key", "Lantern",
      "Beacon", "Lighthouse", "Mill", "Forge", "Works", "Foundry", "Workshop", "Studio", "Lab", "Hub", "Point",
      "Square", "Circle", "Line", "Path", "Road", "Way", "Street", "Lane", "Port", "Dock", "Pier", "Quay", "Wharf",
      "Orchard", "Vineyard", "Farm", "Ranch", "Grove", "Spring", "Well", "Fountain", "Cascade", "Delta", "Basin",
      "Light", "Insight", "Height", "Sight", "Night", "Flight", "Knight", "Leaf", "Root", "Seed", "Bloom", "Thistle"};
  private static final String[] INDUSTRIES = {"Consulting", "Engineering", "Trading", "Holdings", "Logistics",
      "Analytics", "Systems", "Solutions", "Technologies", "Software", "Networks", "Media", "Marketing",
      "Manufacturing", "Industries", "Foods", "Bakery", "Brewing", "Textiles", "Construction", "Builders",
      "Properties", "Realty", "Investments", "Capital", "Finance", "Insurance", "Banking", "Partners", "Associates",
      "Group", "Services", "Supplies", "Distribution", "Shipping", "Freight", "Transport", "Motors", "Automotive",
      "Aviation", "Aerospace", "Energy", "Power", "Solar", "Mining", "Metals", "Steel", "Chemicals", "Plastics",
      "Pharmaceuticals", "Biotech", "Health", "Healthcare", "Medical", "Clinic", "Dental", "Labs", "Research",
      "Education", "Academy", "Institute", "Publishing", "Printing", "Design", "Architects", "Studios",
      "Entertainment", "Games", "Sports", "Fitness", "Travel", "Tours", "Hotels", "Restaurants", "Catering",
      "Coffee", "Wines", "Farms", "Agriculture", "Fisheries", "Forestry", "Timber", "Furniture", "Interiors",
      "Apparel", "Fashion", "Cosmetics", "Jewelry", "Electronics", "Robotics", "Security", "Telecom", "Data",
      "Cloud", "Labs", "Ventures", "Packaging", "Recycling", "Environmental", "Water", "Utilities", "Legal",
      "Accounting", "Staffing", "Recruiting", "Outsourcing", "Maritime", "Rail", "Couriers", "Warehousing",
      "Dienstleistungen", "Bau", "Technik", "Handel", "Immobilien", "Conseil", "Ingénierie", "Négoce",
      "Servicios", "Ingeniería", "Comercial", "Costruzioni", "Tecnologie"};
  private static final String[] FORMS = {"Ltd", "Limited", "Inc", "Inc.", "LLC", "Corp", "Corporation", "Co",
      "& Co", "GmbH", "AG", "KG", "SA", "S.A.", "SAS", "SARL", "SpA", "S.r.l.", "BV", "NV", "AB", "AS", "Oy", "A/S",
      "plc", "LLP", "Pty Ltd", "S.L.", "sp. z o.o.", "Kft."};
  private static final String[] PLACES = {"London", "Paris", "Berlin", "Madrid", "Rome", "Amsterdam", "Brussels",
      "Vienna", "Zürich", "Geneva", "Munich", "Hamburg", "Frankfurt", "Cologne", "Lyon", "Marseille", "Milan",
      "Turin", "Naples", "Barcelona", "Valencia", "Seville", "Lisbon", "Porto", "Dublin", "Edinburgh", "Glasgow",
      "Manchester", "Birmingham", "Leeds", "Bristol", "Oslo", "Stockholm", "Göteborg", "Malmö", "Copenhagen",
      "Aarhus", "Helsinki", "Tampere", "Reykjavík", "Warsaw", "Kraków", "Prague", "Brno", "Budapest", "Bucharest",
      "Sofia", "Athens", "Istanbul", "Ankara", "Tallinn", "Riga", "Vilnius", "Kyiv", "New York", "Boston", "Chicago",
      "Houston", "Dallas", "Austin", "Denver", "Seattle", "Portland", "San Diego", "San Francisco", "Los Angeles",
      "Phoenix", "Atlanta", "Miami", "Toronto", "Montréal", "Vancouver", "Calgary", "Ottawa", "Mexico", "Bogotá",
      "Lima", "Santiago", "São Paulo", "Rio", "Buenos Aires", "Cape Town", "Nairobi", "Lagos", "Cairo", "Dubai",
      "Mumbai", "Delhi", "Bangalore", "Singapore", "Hong Kong", "Shanghai", "Beijing", "Tokyo", "Osaka", "Seoul",
      "Sydney", "Melbourne", "Auckland", "Wellington", "Perth", "Brisbane", "Rotterdam", "Antwerp", "Ghent", "Bern",
      "Basel", "Luxembourg", "Monaco", "Salzburg", "Graz", "Innsbruck", "Bordeaux", "Toulouse", "Nantes", "Lille",
      "Strasbourg", "Nice", "Bologna", "Florence", "Venice", "Genoa", "Bilbao", "Málaga", "Zaragoza", "Gdańsk",
      "Wrocław", "Poznań", "Łódź", "Düsseldorf", "Stuttgart", "Leipzig", "Dresden", "Nürnberg", "Bremen", "Hannover"};
  private static final String[] SYLLABLES = {"ab", "ac", "ad", "al", "am", "an", "ar", "as", "at", "ax", "ba", "be",
      "bi", "bo", "bra", "ca", "ce", "ci", "co", "cra", "cu", "da", "de", "di", "do", "dra", "du", "el", "em", "en",
      "er", "es", "ex", "fa", "fe", "fi", "fo", "ga", "ge", "gi", "go", "gra", "in", "is", "ka", "ke", "ki", "ko", "la",
      "le", "li", "lo", "lu", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "nu", "on", "or", "pa", "pe", "pi", "po",
      "pra", "qua", "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "tra", "tri", "um", "un",
      "va", "ve", "vi", "vo", "xa", "xi", "ya", "za", "ze", "zi", "zo"};
  private static final String[] ENDINGS = {"", "", "", "", "x", "n", "s", "ia", "io", "ix", "on", "ex", "tech", "ly",
      "ify", "era", "ora", "ent", "ant", "ium", "us", "a", "o", "is", "ar", "el", "go", "iq", "ion", "ics"};

  private static final Map<String[], double[]> CUMULATIVE = new IdentityHashMap<>();

  private final Random random;
  private final Set<String> taken = new HashSet<>();

  CompanyNames(long seed) {
    this.random = new Random(seed);
  }

  /** A name not given before by this instance. */
  String next() {
    for (int attempt = 0; ; attempt++) {
      String name = attempt < 3 ? draw() : draw() + " " + distinction();
      if (taken.add(NameFolding.uniquenessKey(name))) {
        return name;
      }
    }
  }

  private String draw() {
    int pattern = random.nextInt(100);
    if (pattern < 22) {
      return surname() + " " + industry() + form(50);
    }
    if (pattern < 40) {
      return brand() + optional(60, " " + industry()) + form(40);
    }
    if (pattern < 55) {
      return zipf(ADJECTIVES) + " " + zipf(NOUNS) + optional(70, " " + industry()) + form(30);
    }
    if (pattern < 65) {
      return zipf(PLACES) + " " + industry() + form(40);
    }
    if (pattern < 73) {
      return surname() + (random.nextBoolean() ? " & " : " and ") + (random.nextInt(4) == 0 ? "Sons" : surname())
          + form(50);
    }
    if (pattern < 80) {
      return acronym() + " " + industry() + form(40);
    }
    if (pattern < 87) {
      return zipf(NOUNS) + " " + industry() + optional(30, " of " + zipf(PLACES)) + form(30);
    }
    if (pattern < 93) {
      return brand() + " " + zipf(NOUNS) + form(20);
    }
    return surname() + "-" + surname() + " " + industry() + form(60);
  }

  private String surname() {
    return zipf(SURNAMES);
  }

  private String industry() {
    return zipf(INDUSTRIES);
  }

  /** An invented brand: two or three syllables and an ending, capitalised ("Zenitra", "Braxion"). */
  private String brand() {
    StringBuilder brand = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      brand.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    brand.append(ENDINGS[random.nextInt(ENDINGS.length)]);
    return Character.toUpperCase(brand.charAt(0)) + brand.substring(1);
  }

  private String acronym() {
    StringBuilder letters = new StringBuilder();
    int length = 2 + random.nextInt(3);
    for (int i = 0; i < length; i++) {
      letters.append((char) ('A' + random.nextInt(26)));
    }
    return letters.toString();
  }

  private String form(int percent) {
    return optional(percent, " " + zipf(FORMS));
  }

  private String optional(int percent, String text) {
    return random.nextInt(100) < percent ? text : "";
  }

  /** What tells apart names that came out alike: a place, a number or a generation. */
  private String distinction() {
    return switch (random.nextInt(3)) {
      case 0 -> zipf(PLACES);
      case 1 -> String.valueOf(2 + random.nextInt(998));
      default -> "(" + zipf(PLACES) + ")";
    };
  }

  /** A word drawn with probability falling as 1 / (rank + 3): a few common, a long tail of rare ones. */
  private String zipf(String[] words) {
    double[] cumulative = CUMULATIVE.computeIfAbsent(words, list -> {
      double[] sums = new double[list.length];
      double total = 0;
      for (int i = 0; i < list.length; i++) {
        total += 1.0 / (i + 3);
        sums[i] = total;
      }
      return sums;
    });
    int found = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
    return words[Math.min(words.length - 1, found >= 0 ? found : -found - 1)];
  }
}
