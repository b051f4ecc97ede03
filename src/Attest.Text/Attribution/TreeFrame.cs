using Attest.Text.Syntax;

namespace Attest.Text.Attribution;

/// <summary>A speaker and a content read from the dependency tree around a verb of saying: the verb's subject
/// speaks, and the clause it governs ("X said C") — or, in "C, X said", the clause it hangs from — is what is said.
/// Word indices are positions in the sentence's parse, both ends inclusive.</summary>
internal readonly record struct TreeFrame(int SpeakerFirst, int SpeakerLast, int ContentFirst, int ContentLast, ClaimLayout Layout)
{
    // Universal Dependencies relation names (universaldependencies.org/u/dep): the schema the parser writes.
    private const string Subject = "nsubj";
    private const string ClausalComplement = "ccomp";
    private const string Parataxis = "parataxis";
    private const string ClausalModifier = "acl";
    private const string Marker = "mark";
    private const string Complementizer = "that";

    public static TreeFrame? Find(ParsedSentence parse, int cue)
    {
        ArgumentNullException.ThrowIfNull(parse);
        // A verb of saying inside a relative clause ("the canal [that] said") is more often a misparse than a report.
        if (parse.Upos(cue) != "VERB" || parse.Relation(cue).StartsWith(ClausalModifier, StringComparison.Ordinal))
        {
            return null;
        }

        int subject = -1, clause = -1;
        foreach (var child in parse.Children(cue))
        {
            // "did not say that C", "could not say who": a denial of saying is no claim.
            if (WordSets.Negators.Has(parse.Form(child)))
            {
                return null;
            }

            var relation = parse.Relation(child);
            if (relation == Subject && subject < 0)
            {
                subject = child;
            }
            else if (relation == ClausalComplement && clause < 0)
            {
                clause = child;
            }
        }

        if (subject < 0)
        {
            return null;
        }

        var (speakerFirst, speakerLast) = SpeakerExtent(parse, subject);
        if (clause >= 0)
        {
            var (contentFirst, contentLast) = Extent(parse, clause);
            // "said that C": the complementizer introduces the content and is not part of it.
            if (contentFirst < contentLast && parse.Relation(contentFirst) == Marker && parse.Lemma(contentFirst) == Complementizer)
            {
                contentFirst++;
            }

            return contentLast < speakerFirst || contentFirst > speakerLast
                ? new TreeFrame(speakerFirst, speakerLast, contentFirst, contentLast, contentFirst > cue ? ClaimLayout.Leading : ClaimLayout.Trailing)
                : null;
        }

        // "The talks failed, the envoy said": UD hangs the reporting clause from the reported one as parataxis, set
        // off by punctuation. (A cue verb that is the complement of another — "said it had found" — is content.)
        var head = parse.Head(cue);
        if (head < 0 || head > cue || parse.Relation(cue) != Parataxis)
        {
            return null;
        }

        var (clauseFirst, _) = Extent(parse, head);
        var (frameFirst, _) = Extent(parse, cue);
        if (frameFirst == 0 || parse.Upos(frameFirst - 1) != "PUNCT")
        {
            return null;
        }

        var last = frameFirst - 1;
        while (last > clauseFirst && parse.Upos(last) == "PUNCT")
        {
            last--;
        }

        return last > clauseFirst ? new TreeFrame(speakerFirst, speakerLast, clauseFirst, last, ClaimLayout.Trailing) : null;
    }

    /// <summary>The subject's phrase without a clause that modifies it after the head ("two farmers whose fields
    /// border the canal" → "two farmers"): the clause says more of the speaker but is no part of its name.</summary>
    private static (int First, int Last) SpeakerExtent(ParsedSentence parse, int subject)
    {
        var (first, last) = Extent(parse, subject);
        foreach (var child in parse.Children(subject))
        {
            if (child > subject && parse.Relation(child).StartsWith(ClausalModifier, StringComparison.Ordinal))
            {
                last = Math.Min(last, Extent(parse, child).First - 1);
            }
        }

        while (last > first && parse.Upos(last) == "PUNCT")
        {
            last--;
        }

        return (first, last);
    }

    /// <summary>The first and last word of the subtree under <paramref name="word"/>.</summary>
    private static (int First, int Last) Extent(ParsedSentence parse, int word)
    {
        int first = word, last = word;
        var pending = new Stack<int>();
        pending.Push(word);
        while (pending.Count > 0)
        {
            foreach (var child in parse.Children(pending.Pop()))
            {
                first = Math.Min(first, child);
                last = Math.Max(last, child);
                pending.Push(child);
            }
        }

        return (first, last);
    }
}
