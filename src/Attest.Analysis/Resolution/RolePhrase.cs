namespace Attest.Analysis.Resolution;

/// <summary>
/// A mention read as titles and a name: "the Pakistani prime minister" → role prime minister, country PAK, no name;
/// "PM Khan" → role prime minister, name "khan"; "UN chief" → secretary-general of the UN (international).
/// </summary>
/// <param name="Role">The canonical role the phrase names, or null.</param>
/// <param name="Country">The alpha-3 of a country word in the phrase, or null.</param>
/// <param name="International">The phrase names the UN ("UN chief"), so the office is international.</param>
/// <param name="Former">"former", "ex-": the holder on the date is not meant.</param>
/// <param name="Name">The words left after the titles (a name), empty when the phrase is only a role.</param>
public sealed record RolePhrase(string? Role, string? Country, bool International, bool Former, string Name)
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "the", "current", "incumbent", "acting", "caretaker", "outgoing", "then", "new", "country", "s",
    };

    private static readonly HashSet<string> FormerWords = new(StringComparer.Ordinal) { "former", "ex", "erstwhile" };

    /// <summary>True when the phrase is only a role ("the premier"), with no name after it.</summary>
    public bool IsRoleOnly => Role is not null && Name.Length == 0;

    /// <summary>Reads <paramref name="text"/>; words after the first word that is neither a title, a country nor "of" are the name.</summary>
    public static RolePhrase Parse(string text)
    {
        var words = PhraseTokens.Of(text);
        string? role = null;
        string? country = null;
        var international = false;
        var former = false;
        var i = 0;
        while (i < words.Length)
        {
            var word = words[i];
            if (Skipped.Contains(word) || word == "of")
            {
                i++;
                continue;
            }

            if (FormerWords.Contains(word))
            {
                former = true;
                i++;
                continue;
            }

            if (word == "un" || (word == "united" && i + 1 < words.Length && words[i + 1] == "nations"))
            {
                // "UN chief" and "UN human rights chief" are phrases of their own; "UN Secretary-General" is the office.
                international = true;
                i += word == "un" ? 1 : 2;
                if (Longest(words, i, RoleLexicon.Shared, RoleLexicon.MaxWords, "un ") is { } unRole)
                {
                    role = unRole.Value;
                    i += unRole.Length;
                }

                continue;
            }

            if (Longest(words, i, RoleLexicon.Shared, RoleLexicon.MaxWords, "") is { } found)
            {
                role = found.Value;
                i += found.Length;
                continue;
            }

            if (Longest(words, i, CountryWords.Shared, CountryWords.MaxWords, "") is { } place)
            {
                country = place.Value;
                i += place.Length;
                continue;
            }

            break;
        }

        return new RolePhrase(role, country, international, former, string.Join(' ', words[i..]));
    }

    private static (string Value, int Length)? Longest(
        string[] words, int start, IReadOnlyDictionary<string, string> table, int maxWords, string prefix)
    {
        for (var length = Math.Min(maxWords, words.Length - start); length >= 1; length--)
        {
            if (table.TryGetValue(prefix + string.Join(' ', words, start, length), out var value))
            {
                return (value, length);
            }
        }

        return null;
    }
}
