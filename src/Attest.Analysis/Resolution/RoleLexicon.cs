using System.Collections.Frozen;
using Attest.Text.Knowledge;

namespace Attest.Analysis.Resolution;

/// <summary>Role phrases ("premier", "PM", "chief of army staff") → their canonical role, from roles.tsv plus the few synonyms linking needs.</summary>
public static class RoleLexicon
{
    /// <summary>Head-of-government words that name no office of their own: the office is looked up in this order.</summary>
    public const string Leader = "leader";

    /// <summary>"Head of state": the president first, then a monarch.</summary>
    public const string HeadOfState = "head of state";

    // Synonyms roles.tsv lacks (owned by another helper); a canonical role must match the office names of offices.tsv.
    private static readonly (string Phrase, string Role)[] Synonyms =
    [
        ("external affairs minister", "foreign minister"),
        ("minister of external affairs", "foreign minister"),
        ("foreign affairs minister", "foreign minister"),
        ("army chief of staff", "army chief"),
        ("chief of the army staff", "army chief"),
        ("head of government", Leader),
        ("head of state", HeadOfState),
        ("leader", Leader),
        ("chief", Leader),
        ("un chief", "secretary-general"),
        ("human rights chief", "high commissioner"),
        ("rights chief", "high commissioner"),
        ("high commissioner for human rights", "high commissioner"),
        ("fm", "foreign minister"),
    ];

    private static readonly Lazy<FrozenDictionary<string, string>> Table = new(Build);

    /// <summary>Phrase key (<see cref="PhraseTokens.Key"/>) → canonical role.</summary>
    public static FrozenDictionary<string, string> Shared => Table.Value;

    /// <summary>The longest phrase in words.</summary>
    public static int MaxWords => 5;

    private static FrozenDictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (phrase, role) in Synonyms)
        {
            table[PhraseTokens.Key(phrase)] = role;
        }

        foreach (var row in KnowledgeFile.Rows("roles.tsv"))
        {
            table.TryAdd(PhraseTokens.Key(KnowledgeFile.Column(row, 0)), KnowledgeFile.Column(row, 1));
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
