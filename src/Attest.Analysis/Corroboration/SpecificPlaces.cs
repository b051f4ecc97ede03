using Attest.Core.Extraction;
using Attest.Text.Knowledge;
using Attest.Text.Tokens;

namespace Attest.Analysis.Corroboration;

/// <summary>The places of a report smaller than a region — towns, villages, camps, valleys the gazetteer may not even know
/// ("Varnok", "the Tarsa valley") — which say which event it is far better than a country does.</summary>
public static class SpecificPlaces
{
    /// <summary>The keys (<see cref="Key"/>) of the report's location entities that are not countries or first-level regions.</summary>
    public static IReadOnlyList<string> Of(ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return [.. extraction.Entities.Where(e => e.Type == "location" && !IsCountryOrRegion(e.Name)).Select(e => Key(e.Name)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A place's name as outlets spell it alike: letters only, lower case, without a leading article ("Al-Varnok",
    /// "al Varnok" and "Varnok" are one key).</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = new string([.. name.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        var words = name.Split([' ', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words[0].ToLowerInvariant() is "al" or "el" or "the" ? letters[words[0].Length..] : letters;
    }

    /// <summary>Whether the name is a country or a first-level region in the gazetteer (a place too wide to say which event).</summary>
    public static bool IsCountryOrRegion(string name)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(name, tokens);
        return tokens.Count > 0 && KnowledgeBase.Shared.Names.Match(name, tokens, 0, tokens.Count) is { } match && match.End == tokens.Count - 1
            && match.Value.Kind is "country" or "region";
    }
}
