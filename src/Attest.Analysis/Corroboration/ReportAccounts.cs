using System.Text.RegularExpressions;
using Attest.Core.Extraction;
using Attest.Text.Events;

namespace Attest.Analysis.Corroboration;

/// <summary>A report's main event told again: news tells one attack in the headline, the lead and the quotes ("the strike",
/// "in the attack"), and those mentions — with the other words of force inside its own words ("a strike … killed 40") — are
/// one account of it, not candidates of their own that would split its cluster.</summary>
public static partial class ReportAccounts
{
    /// <summary>For each event of the report told again as its main use of force, the id of the main event (the report's first
    /// use of force); events that are not are absent.</summary>
    public static IReadOnlyDictionary<string, string> Of(ExtractionResult extraction, string text)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(text);
        var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
        var main = extraction.Events.FirstOrDefault(v => CameoFamily.Of(v.Root) == "force" && !v.Negated && !v.Hypothetical);
        if (main is null)
        {
            return accounts;
        }

        foreach (var v in extraction.Events)
        {
            // "a drone strike … killed 12 people": a word of force inside the main event's own words tells the same happening.
            var sameWords = v.Start < main.End && main.Start < v.End;
            if (v.Id != main.Id && CameoFamily.Of(v.Root) == "force" && !v.Negated && !v.Hypothetical && SameDay(main, v)
                && Fits(main.Source.Country, v.Source.Country) && Fits(main.Target?.Country, v.Target?.Country)
                && (sameWords || NamesTheAttackAgain(text, v.Start, v.End)))
            {
                accounts[v.Id] = main.Id;
            }
        }

        return accounts;
    }

    private static bool SameDay(EventRecord main, EventRecord other) =>
        other.Date?.Value is not { } date || main.Date?.Value is { } known && (known.StartsWith(date, StringComparison.Ordinal) || date.StartsWith(known, StringComparison.Ordinal));

    private static bool Fits(string? a, string? b) => a is null || b is null || a == b;

    /// <summary>Whether the event's words name a use of force as one already told: a definite determiner before a force noun
    /// ("the strike", "in the attack", "this bombardment").</summary>
    private static bool NamesTheAttackAgain(string text, int start, int end)
    {
        if (start < 0 || end > text.Length || start >= end)
        {
            return false;
        }

        var words = Word().Matches(text[start..end]).Select(m => m.Value).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!ActorWords.Shipped.DefiniteDeterminers.Contains(words[i]))
            {
                continue;
            }

            // The noun may follow one modifier: "the overnight strike", "the Israeli attack".
            for (var j = i + 1; j < words.Count && j <= i + 2; j++)
            {
                if (IsForceNoun(words[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsForceNoun(string word) => EventLexicon.Shipped.NounPattern(word)?.IsForce == true;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
