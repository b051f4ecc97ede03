using System.Collections.Frozen;
using Attest.Text.Knowledge;

namespace Attest.Text.Events;

/// <summary>The CAMEO verb and noun patterns and the slur words, loaded once into frozen look-ups keyed by a pattern's first word.</summary>
public sealed class EventLexicon
{
    private readonly FrozenDictionary<string, EventPattern[]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> pejoratives;

    public EventLexicon(IEnumerable<string[]> patternRows, IEnumerable<string[]> pejorativeRows)
    {
        var patterns = new Dictionary<string, List<EventPattern>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in patternRows)
        {
            if (row.Length < 3 || row[1].Length is < 3 or > 4 || !row[1].All(char.IsAsciiDigit) || !TryParseContext(row[2], out var context))
            {
                throw new InvalidDataException($"cameo-verbs.tsv: bad row '{string.Join('\t', row)}' (expected pattern, 3-4 digit CAMEO code, context).");
            }

            var words = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w == "*" ? null : w.Split('|', StringSplitOptions.RemoveEmptyEntries)).ToArray();
            var targetPreposition = row.Length > 3 && row[3].Trim().Length > 0 ? row[3].Trim().ToLowerInvariant() : null;
            if (targetPreposition is not null && !targetPreposition.All(char.IsAsciiLetterLower))
            {
                throw new InvalidDataException($"cameo-verbs.tsv: bad target preposition '{row[3]}' in row '{string.Join('\t', row)}' (expected one word).");
            }

            var pattern = new EventPattern(words, row[1], context, targetPreposition);
            foreach (var first in words[0]!)
            {
                if (!patterns.TryGetValue(first, out var list))
                {
                    patterns[first] = list = [];
                }

                list.Add(pattern);
            }
        }

        // Longer patterns first ("deny them" before "deny"); file order breaks ties.
        byFirstWord = patterns.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        pejoratives = pejorativeRows.Where(r => r.Length > 0 && r[0].Length > 0).Select(r => r[0])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped with Attest (data/knowledge/cameo-verbs.tsv and cameo-pejoratives.tsv).</summary>
    public static EventLexicon Shipped { get; } = new(KnowledgeFile.Rows("cameo-verbs.tsv"), KnowledgeFile.Rows("cameo-pejoratives.tsv"));

    public ReadOnlySpan<EventPattern> PatternsStartingWith(ReadOnlySpan<char> word) =>
        byFirstWord.TryGetValue(word, out var found) ? found : [];

    public bool IsPejorative(ReadOnlySpan<char> word) => pejoratives.Contains(word);

    /// <summary>The one-word event-noun pattern of a word ("strike", "talks"), or null.</summary>
    public EventPattern? NounPattern(ReadOnlySpan<char> word)
    {
        foreach (var pattern in PatternsStartingWith(word))
        {
            if (pattern.Words.Length == 1 && pattern.Context == EventContext.Noun)
            {
                return pattern;
            }
        }

        return null;
    }

    /// <summary>Whether any pattern starting with the word reports a use of force ("shelling", "firing", "attack").</summary>
    public bool StartsForce(ReadOnlySpan<char> word)
    {
        foreach (var pattern in PatternsStartingWith(word))
        {
            if (pattern.IsForce)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryParseContext(string text, out EventContext context)
    {
        context = text switch
        {
            "verb" => EventContext.Verb,
            "topic" => EventContext.Topic,
            "undergone" => EventContext.Undergone,
            "noun" => EventContext.Noun,
            "callee" => EventContext.Callee,
            "pejorative" => EventContext.Pejorative,
            "ignore" => EventContext.Ignore,
            _ => (EventContext)(-1),
        };
        return (int)context >= 0;
    }
}
