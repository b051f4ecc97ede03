using System.Collections.Frozen;

namespace Attest.Text.Entities;

/// <summary>Closed word classes that decide what a run of capitalised words names: connectors inside names, heads of
/// organisation names, heads of names that are not entities (days, wars, laws), and capitalised words that are not names.</summary>
public static class NameWords
{
    /// <summary>Lower-case words that may sit inside a name between capitalised words ("Institute of Policy Studies").</summary>
    public static readonly FrozenSet<string> Connectors = Set("of", "for", "and", "&", "the", "on", "de", "al", "bin", "ibn", "ul", "ud", "e", "i", "-");

    /// <summary>Words that make a capitalised run an organisation ("Kashmir Core Group", "World Kashmir Awareness Forum").</summary>
    public static readonly FrozenSet<string> OrganisationHeads = Set(
        "group", "council", "committee", "party", "forum", "ministry", "institute", "court", "parliament", "assembly", "commission",
        "organisation", "organization", "front", "conference", "movement", "army", "forces", "force", "agency", "bank", "university",
        "college", "school", "news", "times", "post", "department", "office", "union", "league", "association", "society",
        "foundation", "centre", "center", "board", "bureau", "network", "alliance", "corporation", "company", "trust", "tribune",
        "herald", "gazette", "journal", "radio", "television", "tv", "police", "navy", "government", "cabinet", "senate", "congress",
        "secretariat", "authority", "federation", "coalition", "tehreek", "jamaat", "brigade", "corps", "command", "directorate",
        "watch", "house", "initiative", "programme", "fund", "mission", "service", "services", "institution", "academy", "chamber", "caucus");

    /// <summary>Words that make a capitalised run something other than an entity ("Kashmir Solidarity Day", "Instrument of Accession").</summary>
    public static readonly FrozenSet<string> NonEntityHeads = Set(
        "day", "week", "year", "war", "wars", "massacre", "act", "bill", "resolution", "resolutions", "agreement", "accord",
        "declaration", "instrument", "accession", "conflict", "crisis", "operation", "summit", "treaty", "pact", "charter",
        "constitution", "article", "law", "prize", "award", "cup", "festival", "scenario", "situation", "policy", "doctrine", "plan",
        "strategy", "report", "solidarity", "genocide", "holocaust", "revolution", "partition", "session", "order", "affairs",
        "rights", "victims", "violence", "religion", "belief", "future", "current", "possible", "issue", "cause", "dispute",
        "road", "street", "airport", "hospital", "mosque", "temple", "church", "square", "highway", "corridor", "dam", "river",
        "mountains", "valley", "eid", "eidul", "azha", "fitr", "muharram", "ashura", "diwali", "christmas", "easter", "lake", "sea", "ocean", "island", "islands", "peninsula", "region", "province", "state", "district");

    /// <summary>Capitalised words that never start or form a person's name on their own (function words, days, months, pronouns).</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
        "our", "my", "your", "in", "on", "at", "by", "for", "with", "from", "to", "of", "as", "and", "but", "or", "if", "when", "while",
        "after", "before", "since", "despite", "during", "although", "though", "however", "meanwhile", "moreover", "furthermore",
        "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "sources", "source", "officials",
        "participants", "speakers", "earlier", "later", "also", "not", "no", "yes", "there", "here", "what", "which", "who", "whom",
        "why", "how", "where", "all", "some", "many", "most", "both", "each", "every", "other", "such", "only", "even", "just",
        "said", "says", "according", "islam", "muslim", "hindu", "sikh", "christian", "human", "international", "national",
        "global", "world", "federal", "state", "prime", "minister", "president", "chief", "general", "secretary", "foreign",
        "occupied", "held", "eid", "ramadan", "allah", "god", "mr", "mrs", "ms", "dr", "north", "south", "east", "west", "central",
        "first", "second", "third", "last", "next", "new", "old", "great", "united", "republic", "democratic", "people", "peoples");

    /// <summary>Plural nouns for people that, after a nationality, name a collective actor ("Indian forces", "Kashmiri Muslims").</summary>
    public static readonly FrozenSet<string> GroupNouns = Set(
        "forces", "troops", "soldiers", "police", "policemen", "militants", "separatists", "officials", "authorities", "diplomats",
        "muslims", "hindus", "sikhs", "christians", "pandits", "youth", "youths", "students", "protesters", "nationals", "citizens",
        "refugees", "civilians", "diaspora", "leaders", "politicians", "journalists");

    /// <summary>Nouns that, after a nationality, name a government ("Indian government", "Pakistani authorities").</summary>
    public static readonly FrozenSet<string> GovernmentNouns = Set("government", "govt", "administration", "regime", "establishment");

    /// <summary>Nouns that, after a nationality, name a state's armed body ("Israeli army", "Russian military").</summary>
    public static readonly FrozenSet<string> ForceNouns = Set("army", "military", "navy", "gendarmerie", "junta");

    /// <summary>Particles inside personal names ("Ghulam Nabi", "Zia ul Haq", "bin Salman").</summary>
    public static readonly FrozenSet<string> NameParticles = Set("bin", "ibn", "ul", "ud", "al", "de", "van", "von", "da", "el");

    /// <summary>Prepositions that put what follows them somewhere: an unknown proper noun after one is a place ("fled to safety in Nondin").</summary>
    public static readonly FrozenSet<string> LocativePrepositions = Set(
        "in", "near", "outside", "into", "inside", "towards", "toward", "around", "across", "throughout", "within", "nearby", "at", "from");

    /// <summary>Of <see cref="LocativePrepositions"/>, those that also say whose or with whom ("a letter from Smith", "at Smith's"):
    /// they place a proper noun only when it says where an action happened, not what a noun belongs to.</summary>
    public static readonly FrozenSet<string> PersonalPrepositions = Set("at", "from");

    /// <summary>Nouns that, after a proper noun, make it a place ("Nondin village", "Chin State", "Jenin camp").</summary>
    public static readonly FrozenSet<string> PlaceHeads = Set(
        "village", "villages", "town", "district", "province", "camp", "region", "governorate", "county", "municipality", "state",
        "oblast", "neighbourhood", "neighborhood", "township", "tehsil", "subdistrict", "commune", "department", "prefecture", "city",
        "cities", "towns", "districts", "provinces", "regions", "area", "areas", "sector", "sectors", "suburb", "outskirts",
        "valley", "river", "mountains", "pass", "plateau", "desert", "lake", "peninsula", "strip", "heights");

    /// <summary>Nouns for people that say where they come from or live ("families from Rajouri", "residents of Gwoza").</summary>
    public static readonly FrozenSet<string> OriginNouns = Set(
        "people", "residents", "inhabitants", "villagers", "families", "men", "women", "children", "refugees", "civilians", "natives",
        "troops", "soldiers", "fighters", "militants", "migrants", "survivors");

    private static FrozenSet<string> Set(params string[] words) => FrozenSet.ToFrozenSet(words, StringComparer.OrdinalIgnoreCase);
}
