using System.Collections.Frozen;
using Attest.Text.Knowledge;

namespace Attest.Analysis.Resolution;

/// <summary>Country names and nationality adjectives ("Pakistan", "Pakistani", "US", "American") → alpha-3, keyed by <see cref="PhraseTokens.Key"/>.</summary>
public static class CountryWords
{
    private static readonly Lazy<FrozenDictionary<string, string>> Table = new(Build);

    /// <summary>The words of the knowledge files, parsed once.</summary>
    public static FrozenDictionary<string, string> Shared => Table.Value;

    /// <summary>The longest number of words of any entry, so callers know how far to look.</summary>
    public static int MaxWords => 4;

    private static FrozenDictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        // Hand-written aliases first: they win over the derived file when a word is shared ("US").
        foreach (var row in KnowledgeFile.Rows("country-aliases.tsv"))
        {
            var code = KnowledgeFile.Column(row, 0);
            if (code.Length == 0)
            {
                continue;
            }

            foreach (var word in KnowledgeFile.List(row, 1).Concat(KnowledgeFile.List(row, 2)))
            {
                table.TryAdd(PhraseTokens.Key(word), code);
            }
        }

        foreach (var row in KnowledgeFile.Rows("countries.tsv"))
        {
            var code = KnowledgeFile.Column(row, 0);
            foreach (var word in KnowledgeFile.List(row, 4).Append(KnowledgeFile.Column(row, 1)).Concat(KnowledgeFile.List(row, 5)))
            {
                var key = PhraseTokens.Key(word);
                if (key.Length > 0 && key.Count(c => c == ' ') < MaxWords)
                {
                    table.TryAdd(key, code);
                }
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
