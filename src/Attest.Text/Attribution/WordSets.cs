using System.Collections.Frozen;

namespace Attest.Text.Attribution;

/// <summary>Closed-class English words the attribution and event rules look at (auxiliaries, conjunctions, pronouns…).</summary>
/// <remarks>These are grammar, not domain knowledge, so they live in code; the open lexicons are data files.</remarks>
internal static class WordSets
{
    /// <summary>Adverbs and auxiliaries that may sit between a speaker and the cue: "sources ALSO said", "he HAD told".</summary>
    public static readonly FrozenSet<string> BetweenSpeakerAndCue = Set(
        "also", "then", "now", "further", "had", "has", "have", "was", "is", "were", "are", "later", "earlier", "repeatedly",
        "strongly", "categorically", "reportedly", "once", "again", "recently", "previously", "clearly", "specifically", "firmly",
        "emphatically", "publicly", "openly", "privately", "separately", "subsequently", "would", "will", "did", "does", "do",
        "even", "just", "already", "too", "flatly", "bluntly", "explicitly", "vehemently", "loudly", "angrily", "promptly",
        "quickly", "immediately", "jointly", "unanimously", "been", "being", "may", "might", "could", "should", "can", "must",
        "reiteratively", "consistently", "rightly", "correctly", "falsely", "earnestly", "forcefully", "candidly", "frankly",
        "not", "never", "only", "first", "last", "in", "turn", "however", "meanwhile", "moreover", "long", "since", "widely",
        "often", "frequently", "privately", "reportedly", "allegedly", "apparently", "subsequently");

    public static readonly FrozenSet<string> Negators = Set("not", "never", "n't", "neither", "nor", "no");

    /// <summary>Words that end a speaker phrase when reading leftwards from the cue.</summary>
    public static readonly FrozenSet<string> ClauseBoundaries = Set(
        "that", "which", "who", "whom", "whose", "wherein", "where", "when", "after", "before", "while", "as", "because", "since",
        "although", "though", "if", "and", "but", "or", "so", "whereas", "until", "unless", "than",
        "whether", "why", "how", "what");

    public static readonly FrozenSet<string> Auxiliaries = Set(
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "shall", "did", "does", "do");

    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "it", "they", "we", "i", "you");

    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those", "some", "any", "every", "each", "one",
        "two", "three", "several", "many", "most", "all", "both", "no", "another", "such", "my", "your");

    /// <summary>Quantities a partitive counts out of the noun after "of": "TWO of the sources", "SOME of the officials".</summary>
    public static readonly FrozenSet<string> PartitiveQuantifiers = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "many", "several", "most", "all", "both",
        "none", "few", "each", "either", "neither", "any", "dozens", "hundreds", "scores", "half");

    /// <summary>Words that can start a reported clause without "that": "he said HE would…", "says THERE is…".</summary>
    public static readonly FrozenSet<string> ClauseOpeners = Set(
        "he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "the", "a", "an", "his", "her", "its",
        "their", "our", "my", "your", "no", "nobody", "nothing", "all", "both", "some", "any", "every", "each", "if", "unless");

    /// <summary>Prepositions and time words that may follow a cue before "that": "insisted DURING the interview that…".</summary>
    public static readonly FrozenSet<string> AfterCueTail = Set(
        "in", "on", "at", "during", "to", "with", "after", "before", "while", "from", "for", "about", "over", "via", "through",
        "earlier", "later", "today", "yesterday", "last", "this", "when", "as", "again", "also", "now", "repeatedly", "firmly",
        "publicly", "separately", "recently", "previously", "clearly", "strongly", "further", "here", "there", "then", "adding",
        "citing", "according", "quoting", "referring", "speaking", "talking", "addressing", "under");

    /// <summary>Verbs whose open clause says the saying did not happen ("DECLINED to comment", "FAILED to mention").</summary>
    public static readonly FrozenSet<string> RefusingControllers = Set(
        "refuse", "decline", "fail", "hesitate", "forget", "neglect", "stop", "cease", "avoid", "deny");

    /// <summary>Words of a time adjunct after a cue, with the weekday and month names: "said LATE ON Wednesday", "said LAST night".</summary>
    public static readonly FrozenSet<string> TimeAdjuncts = Set(
        "on", "at", "in", "of", "last", "late", "early", "this", "next", "night", "morning", "afternoon", "evening", "week",
        "weekend", "month", "year", "overnight", "today", "yesterday", "tonight", "earlier", "later", "day", "the", "local", "time");

    /// <summary>Leading words of an introductory phrase that is not the subject: "EARLIER, the minister said…".</summary>
    public static readonly FrozenSet<string> IntroWords = Set(
        "earlier", "later", "meanwhile", "however", "also", "today", "yesterday", "shortly", "in", "on", "at", "during", "after",
        "before", "last", "since", "following", "despite", "concluding", "moreover", "furthermore", "besides", "separately", "now",
        "then", "still", "instead", "additionally", "similarly", "thus", "hence", "therefore", "indeed", "speaking", "addressing",
        "talking", "according", "while", "when", "as", "with", "without", "unlike", "like", "amid", "amidst", "under", "over",
        "through", "throughout", "within", "for", "from", "to", "of", "by", "regarding", "beyond", "although", "though", "if",
        "because", "once", "this", "next", "first", "finally", "overall", "again", "but", "and", "so", "yet");

    /// <summary>Common irregular past forms, so a subject phrase stops at its verb ("Imran Khan SPOKE to…").</summary>
    public static readonly FrozenSet<string> IrregularPast = Set(
        "spoke", "met", "made", "took", "gave", "went", "came", "said", "told", "held", "sent", "left", "began", "became", "brought",
        "saw", "knew", "thought", "felt", "found", "kept", "led", "paid", "ran", "sat", "stood", "won", "wrote", "chose", "drew",
        "fell", "fought", "hit", "put", "set", "sought", "meant", "lost", "built", "broke", "struck", "shot", "threw", "withdrew",
        "overtook", "undertook", "forgot", "forbade", "rose", "spent", "taught", "understood", "upheld", "got", "let", "cut", "quit",
        "says", "tells", "makes", "takes", "gives", "goes", "comes", "holds", "sends", "meets", "speaks", "wants", "seeks", "sees");

    /// <summary>Nouns after a person's name that make the name a modifier ("the Modi regime"), not the one who acts or speaks.</summary>
    public static readonly FrozenSet<string> NameModifiedNouns = Set(
        "regime", "government", "administration", "era", "rule", "cabinet", "camp", "supporters", "loyalists", "side", "team",
        "doctrine", "policy", "policies", "visit", "offer", "plan", "remarks");

    /// <summary>Prepositions after which a name in a speaker phrase says whose or where the speaker is ("the Emir of
    /// Gwoza", "a doctor in Rafah"), not who.</summary>
    public static readonly FrozenSet<string> PlacePrepositions = Set("of", "in", "from", "within", "at", "near");

    /// <summary>Plural nouns without an -s, so "three people briefed on the talks" is a group, not one organisation.</summary>
    public static readonly FrozenSet<string> IrregularPlurals = Set("people", "men", "women", "children", "police", "staff", "clergy", "folk");

    public static readonly FrozenSet<string> Conjunctions = Set("and", "but", "so", "yet", "or", "nor", "then", "also");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Has(this FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
