using System.Collections.Frozen;

namespace Attest.Text.Sentences;

/// <summary>Words that end with a period without ending the sentence (titles, months, "No."), and words that usually start one.</summary>
public static class Abbreviations
{
    /// <summary>Abbreviations that are always followed by more of the same sentence ("Dr. Fai", "Gen. Bajwa", "Aug. 5").</summary>
    public static readonly FrozenSet<string> NeverFinal = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "brig", "adm", "cmdr", "gov", "sen",
        "rep", "rev", "hon", "st", "mt", "ft", "sr", "jr", "no", "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "approx", "fig", "art", "para", "pp", "vol", "ch", "sec", "dept", "est", "ref",
        "amb", "pres", "supt", "insp", "adv", "mohd", "md", "cf", "ie", "eg", "viz", "govt",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that typically open a sentence; after "U.S." or "etc." they signal that the period did end one.</summary>
    public static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "the", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "but", "and", "in", "on", "at", "a", "an",
        "its", "their", "his", "her", "our", "however", "meanwhile", "earlier", "later", "there", "when", "while", "if", "as",
        "after", "before", "since", "for", "both", "some", "many", "according", "sources", "officials", "yet", "still", "also",
    ], StringComparer.OrdinalIgnoreCase);
}
