namespace Attest.Text.Syntax.Lemmas;

/// <summary>How a word's lemma is made from its form: optionally lower-cased, then <see cref="Strip"/> characters
/// taken off the end and <see cref="Append"/> put on ("studies" → strip 3, append "y").</summary>
public sealed record LemmaRule(bool Lower, int Strip, string Append)
{
    public static LemmaRule Identity { get; } = new(false, 0, "");

    /// <summary>The shortest rule that turns <paramref name="form"/> into <paramref name="lemma"/>.</summary>
    public static LemmaRule Between(string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        var lowered = Edit(form.ToLowerInvariant(), lemma, lower: true);
        // A lower-case lemma is reached by lowering whatever the form's case, so "The" and "the" share one rule.
        if (!lemma.Any(char.IsUpper))
        {
            return lowered;
        }

        var kept = Edit(form, lemma, lower: false);
        return lowered.Strip + lowered.Append.Length < kept.Strip + kept.Append.Length ? lowered : kept;
    }

    public string Apply(ReadOnlySpan<char> form)
    {
        if (Strip > form.Length)
        {
            return Lower ? form.ToString().ToLowerInvariant() : form.ToString();
        }

        var stem = form[..^Strip];
        return Lower ? string.Concat(stem.ToString().ToLowerInvariant(), Append) : string.Concat(stem, Append);
    }

    private static LemmaRule Edit(string form, string lemma, bool lower)
    {
        var common = 0;
        while (common < form.Length && common < lemma.Length && form[common] == lemma[common])
        {
            common++;
        }

        return new LemmaRule(lower, form.Length - common, lemma[common..]);
    }
}
