using System.Collections.Frozen;
using Attest.Text.Syntax.Learning;

namespace Attest.Text.Syntax.Lemmas;

/// <summary>Finds lemmas from the word and its universal tag: a word the treebank had gets the rule it had there;
/// another gets the rule most common for its longest known ending under that tag ("-ies" nouns → "-y").</summary>
public sealed class Lemmatizer
{
    private readonly FrozenDictionary<ulong, ushort> known;
    private readonly FrozenDictionary<ulong, ushort> endings;
    private readonly ushort[] defaults;

    internal Lemmatizer(IReadOnlyList<LemmaRule> rules, IDictionary<ulong, ushort> known, IDictionary<ulong, ushort> endings, ushort[] defaults)
    {
        Rules = rules;
        this.known = known.ToFrozenDictionary();
        this.endings = endings.ToFrozenDictionary();
        this.defaults = defaults;
    }

    public IReadOnlyList<LemmaRule> Rules { get; }

    internal IReadOnlyDictionary<ulong, ushort> Known => known;
    internal IReadOnlyDictionary<ulong, ushort> Endings => endings;
    internal IReadOnlyList<ushort> Defaults => defaults;

    /// <summary>The number of the rule that makes this word's lemma.</summary>
    public ushort RuleFor(in WordKeys word, int upos)
    {
        if (known.TryGetValue(KnownKey(word.Lower, upos), out var rule))
        {
            return rule;
        }

        foreach (var ending in (ReadOnlySpan<ulong>)[word.Suffix4, word.Suffix3, word.Suffix2, word.Suffix1])
        {
            if (endings.TryGetValue(EndingKey(ending, upos), out rule))
            {
                return rule;
            }
        }

        return upos >= 0 && upos < defaults.Length ? defaults[upos] : (ushort)0;
    }

    public string Lemma(ReadOnlySpan<char> form, ushort rule) => Rules[rule].Apply(form);

    internal static ulong KnownKey(ulong lower, int upos) => FeatureKey.Of(1000, lower, (ulong)upos);

    internal static ulong EndingKey(ulong ending, int upos) => FeatureKey.Of(1001, ending, (ulong)upos);
}
