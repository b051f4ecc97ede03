using Attest.Text.Syntax;

namespace Attest.Text.Attribution;

/// <summary>A speaker and a content read from the dependency tree around a verb of saying: the verb's subject
/// speaks, and the clause it governs ("X said C") — or, in "C, X said", the clause it hangs from — is what is said.
/// Word indices are positions in the sentence's parse, both ends inclusive. <see cref="SpeakerHead"/> is the subject's
/// head word, or, when the subject is a relative pronoun ("the senator, who said C"), the noun the clause modifies.</summary>
/// An <see cref="Impersonal"/> frame ("it is believed that C", "the minister is said to have resigned") names no speaker:
/// its speaker words are the passive cue itself.
/// A <see cref="Participle"/> frame ("…, the office said, urging the army to withdraw") has no subject of its own: the
/// sentence's speaker says it, and its speaker words are the participle itself.
internal readonly record struct TreeFrame(int SpeakerFirst, int SpeakerLast, int SpeakerHead, int ContentFirst, int ContentLast, ClaimLayout Layout, bool Impersonal = false, bool Participle = false)
{
    // Universal Dependencies relation names (universaldependencies.org/u/dep): the schema the parser writes.
    private const string Subject = "nsubj";
    private const string Conjunct = "conj";
    private const string PassiveSubject = "nsubj:pass";
    private const string PassiveAuxiliary = "aux:pass";
    private const string Agent = "obl:agent";
    private const string ClausalComplement = "ccomp";
    private const string OpenComplement = "xcomp";
    private const string AdverbialClause = "advcl";
    private const string Object = "obj";
    private const string RelativeClause = "acl:relcl";
    private const string Parataxis = "parataxis";
    private const string ClausalModifier = "acl";
    private const string Marker = "mark";
    private const string Complementizer = "that";

    public static TreeFrame? Find(ParsedSentence parse, int cue, CueFrame frame, bool reportsObject = false)
    {
        ArgumentNullException.ThrowIfNull(parse);
        // A verb of saying inside a clause that modifies a noun ("the canal [that] said") is more often a misparse than a
        // report — except a relative clause whose own subject is the relative pronoun, checked below.
        var relative = parse.Relation(cue) == RelativeClause;
        if (parse.Upos(cue) != "VERB" || !relative && parse.Relation(cue).StartsWith(ClausalModifier, StringComparison.Ordinal))
        {
            return null;
        }

        int subject = -1, clause = -1, nominal = -1, looseObject = -1;
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
            else if (relation == ClausalComplement && clause < 0
                     || relation == OpenComplement && frame is CueFrame.Belief or CueFrame.Directive && clause < 0 && child > cue
                     || relation == AdverbialClause && frame == CueFrame.Directive && clause < 0 && child > cue && IsToClause(parse, child))
            {
                clause = child;
            }
            else if (relation == Object && nominal < 0 && child > cue)
            {
                nominal = child;
            }
            else if (reportsObject && looseObject < 0 && child > cue && IsLooseObject(parse, child))
            {
                looseObject = child;
            }
        }

        // "The council met on Monday and demanded that C": a second conjunct shares the first one's subject.
        if (subject < 0 && !relative && parse.Relation(cue) == Conjunct && parse.Head(cue) is var first and >= 0 && first < cue)
        {
            foreach (var child in parse.Children(first))
            {
                if (parse.Relation(child) == Subject)
                {
                    subject = child;
                    break;
                }
            }
        }

        // "The premier is right to warn that C", "the envoy went on to say that C": an open clause's subject is its controller's,
        // unless the controller undoes the saying ("declined to say").
        // With an object, the object controls ("allowed firms to say"); in a relative clause the subject is only a pronoun.
        if (subject < 0 && !relative && parse.Relation(cue) == OpenComplement && parse.Head(cue) is var controller and >= 0
            && !WordSets.RefusingControllers.Has(parse.Lemma(controller)) && parse.Relation(controller) != RelativeClause)
        {
            var controllerSubject = -1;
            foreach (var child in parse.Children(controller))
            {
                if (parse.Relation(child) is Object or "iobj")
                {
                    controllerSubject = -1;
                    break;
                }

                if (parse.Relation(child) == Subject && child < cue && controllerSubject < 0)
                {
                    controllerSubject = child;
                }
            }

            subject = controllerSubject;
        }

        // "…, the office said, urging the army to withdraw": a participle after a comma says what the sentence's speaker says.
        var participle = subject < 0 && !relative && clause >= 0 && cue > 0 && parse.Form(cue - 1) is "," && parse[cue].Xpos == "VBG";
        if (participle)
        {
            subject = cue;
        }

        if (subject < 0)
        {
            return relative ? null : Passive(parse, cue, clause);
        }

        var speakerHead = subject;
        if (relative)
        {
            // "Voters who say C": the noun the relative clause modifies speaks, when the clause's subject is its pronoun.
            if (parse.Upos(subject) != "PRON" || clause < 0)
            {
                return null;
            }

            speakerHead = parse.Head(cue);
        }
        else if (frame is CueFrame.Belief or CueFrame.Directive && clause < 0)
        {
            return null; // a belief or an appeal is only ever read with its clause ("urged restraint" is an act, not a claim)
        }

        // "called the deal a disaster", "a poll shows Clinton leading": the object and what is said of it.
        var predicate = nominal >= 0 ? SecondPredicate(parse, cue, nominal, allowClause: frame != CueFrame.Naming) : -1;
        if (frame == CueFrame.Naming && (clause >= 0 || predicate < 0))
        {
            return null;
        }

        if (nominal < 0 && clause < 0 && looseObject >= 0 && subject >= 0 && !relative)
        {
            // "reported new attacks on the port", parsed with "new" as an open complement: the phrase is still the object.
            var contentLast = Extent(parse, cue).Last;
            while (contentLast > looseObject && parse.Upos(contentLast) == "PUNCT")
            {
                contentLast--;
            }

            var (subjectFirst, subjectLast) = SpeakerExtent(parse, subject);
            return subjectLast < cue && contentLast > looseObject
                ? new TreeFrame(subjectFirst, subjectLast, subject, Extent(parse, looseObject).First, contentLast, ClaimLayout.Leading)
                : null;
        }

        var reported = nominal >= 0 && clause < 0 && (frame == CueFrame.Naming || reportsObject && (predicate >= 0 || IsReportedThing(parse, nominal))
                       || frame is CueFrame.Say or CueFrame.SayThat && (predicate >= 0 && parse.Upos(predicate) == "VERB" || HasClauseModifier(parse, nominal)));
        if (reported)
        {
            // "The ministry confirmed the deaths of five soldiers": what is reported is a noun phrase.
            var (objectFirst, objectLast) = Extent(parse, nominal);
            objectLast = predicate >= 0 ? Math.Max(objectLast, Extent(parse, predicate).Last) : objectLast;
            objectLast = WithFollowingObliques(parse, cue, objectLast);
            var (subjectFirst, subjectLast) = SpeakerExtent(parse, subject);
            return objectLast < subjectFirst || objectFirst > subjectLast
                ? new TreeFrame(subjectFirst, subjectLast, subject, objectFirst, objectLast, ClaimLayout.Leading)
                : null;
        }

        var (speakerFirst, speakerLast) = participle ? (cue, cue) : relative ? NounPhraseBefore(parse, speakerHead) : SpeakerExtent(parse, subject);
        if (clause >= 0)
        {
            var (contentFirst, contentLast) = Extent(parse, clause);
            // "want the harbour reopened": the object the open clause is predicated of belongs to the content.
            if (parse.Relation(clause) == OpenComplement)
            {
                foreach (var child in parse.Children(cue))
                {
                    if (child > cue && child < contentFirst && parse.Relation(child) == "obj")
                    {
                        contentFirst = Extent(parse, child).First;
                    }
                }
            }

            // "said that C": the complementizer introduces the content and is not part of it.
            if (contentFirst < contentLast && parse.Relation(contentFirst) == Marker && parse.Lemma(contentFirst) == Complementizer)
            {
                contentFirst++;
            }

            // "urged the railway company to restore…": the appeal's addressee and what it is asked to do, from the addressee on.
            if (frame == CueFrame.Directive && parse.Relation(clause) != ClausalComplement)
            {
                foreach (var child in parse.Children(cue))
                {
                    if (child > cue && child < contentFirst && parse.Relation(child) is Object or "obl")
                    {
                        contentFirst = Math.Min(contentFirst, Extent(parse, child).First);
                    }
                }

                while (contentFirst < contentLast && parse.Upos(contentFirst) == "ADP")
                {
                    contentFirst++;
                }
            }

            return contentLast < speakerFirst || contentFirst > speakerLast
                ? new TreeFrame(speakerFirst, speakerLast, speakerHead, contentFirst, contentLast, contentFirst > cue ? ClaimLayout.Leading : ClaimLayout.Trailing, Participle: participle)
                : null;
        }

        // "The talks failed, the envoy said": UD hangs the reporting clause from the reported one as parataxis, set
        // off by punctuation. (A cue verb that is the complement of another — "said it had found" — is content.)
        var head = parse.Head(cue);
        if (head < 0 || head > cue || parse.Relation(cue) != Parataxis || frame == CueFrame.Belief)
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

        return last > clauseFirst ? new TreeFrame(speakerFirst, speakerLast, speakerHead, clauseFirst, last, ClaimLayout.Trailing) : null;
    }

    /// <summary>"The campaign plans to send the governor…" with "plans" tagged as a noun, the subject of "send": a verb of
    /// intention the tagger took for the noun it also is. Read only when a "to" and a bare verb follow, words before it
    /// depend on it (its would-be subject) and none makes it a noun phrase's head ("Mr. Reed's plans to…", "the plans to…").</summary>
    public static TreeFrame? FindNounTaggedVerb(ParsedSentence parse, int cue)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.Upos(cue) != "NOUN" || cue + 2 >= parse.Count || parse[cue + 1].Xpos != "TO" || parse[cue + 2].Xpos != "VB"
            || parse.Relation(cue) != Subject || parse.Head(cue) is var verb && verb <= cue)
        {
            return null;
        }

        var first = cue;
        foreach (var child in parse.Children(cue))
        {
            if (child > cue || parse.Relation(child) is "nmod:poss" or "case" || parse.Upos(child) == "DET" && child == cue - 1)
            {
                return null;
            }

            first = Math.Min(first, Extent(parse, child).First);
        }

        var last = Extent(parse, verb).Last;
        while (last > cue && parse.Upos(last) == "PUNCT")
        {
            last--;
        }

        return first < cue && last > cue + 1 ? new TreeFrame(first, cue - 1, cue - 1, cue + 1, last, ClaimLayout.Leading) : null;
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

    /// <summary>A passive cue with no agent: "it is believed that C" and "X is said to C" name no one; the content is the
    /// clause, or the subject with its 'to' clause.</summary>
    private static TreeFrame? Passive(ParsedSentence parse, int cue, int clause)
    {
        int passiveSubject = -1, auxiliary = -1, agent = -1, open = -1;
        foreach (var child in parse.Children(cue))
        {
            switch (parse.Relation(child))
            {
                case PassiveSubject when passiveSubject < 0:
                    passiveSubject = child;
                    break;
                case PassiveAuxiliary:
                    auxiliary = child;
                    break;
                case Agent:
                    agent = child;
                    break;
                case OpenComplement when child > cue:
                    open = child;
                    break;
            }
        }

        if (auxiliary < 0 || passiveSubject < 0)
        {
            return null;
        }

        var expletive = parse.Upos(passiveSubject) == "PRON" && parse.Lemma(passiveSubject) == "it";
        int contentFirst, contentLast;
        if (expletive && clause > cue)
        {
            (contentFirst, contentLast) = Extent(parse, clause);
            if (contentFirst < contentLast && parse.Relation(contentFirst) == Marker && parse.Lemma(contentFirst) == Complementizer)
            {
                contentFirst++;
            }
        }
        else if (!expletive && open > cue && parse.Upos(passiveSubject) is "NOUN" or "PROPN" && IsToClause(parse, open))
        {
            contentFirst = Extent(parse, passiveSubject).First;
            contentLast = Extent(parse, open).Last;
        }
        else
        {
            return null;
        }

        if (agent >= 0)
        {
            return null; // "it was announced by the ministry": someone is named, and the word patterns read who
        }

        var cueFirst = Math.Min(auxiliary, expletive ? passiveSubject : auxiliary);
        if (cueFirst > cue)
        {
            return null; // an auxiliary after its verb is a misparse
        }

        return new TreeFrame(cueFirst, cue, cue, contentFirst, contentLast, ClaimLayout.Leading, Impersonal: true);
    }

    /// <summary>A dependent of the cue after its object that says something of the object: a second noun phrase or an
    /// adjective ("a liar"), however the parser labelled it, or where <paramref name="allowClause"/>, an open clause
    /// ("leading"); −1 when there is none.</summary>
    private static int SecondPredicate(ParsedSentence parse, int cue, int nominal, bool allowClause)
    {
        foreach (var child in parse.Children(cue))
        {
            // A name given is a noun or an adjective ("a liar", "reckless"); "a group called the Watchers met" is a misparse.
            if (child > nominal && parse.Relation(child) is OpenComplement or Object or "obl:unmarked"
                && (parse.Upos(child) is "NOUN" or "ADJ" || allowClause && parse.Upos(child) == "VERB"))
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>"shows the old pier sinking": the parser may hang what is said of the object from the object itself.</summary>
    private static bool HasClauseModifier(ParsedSentence parse, int nominal)
    {
        foreach (var child in parse.Children(nominal))
        {
            if (child > nominal && parse.Relation(child) == ClausalModifier && parse.Upos(child) == "VERB")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A noun phrase of at least two words headed by a common or proper noun ("the deaths of five soldiers"),
    /// not "something" or "it".</summary>
    private static bool IsReportedThing(ParsedSentence parse, int nominal)
    {
        if (parse.Upos(nominal) is not ("NOUN" or "PROPN"))
        {
            return false;
        }

        var (first, last) = Extent(parse, nominal);
        return last > first;
    }

    /// <summary>"reported strikes IN TWO DISTRICTS": where (or when) the reported thing happened, hung from the verb right
    /// after its object, belongs to what is reported.</summary>
    private static int WithFollowingObliques(ParsedSentence parse, int cue, int objectLast)
    {
        foreach (var child in parse.Children(cue))
        {
            if (child == objectLast + 1 && parse.Relation(child) == "obl" || child > objectLast && parse.Relation(child) == "obl" && Extent(parse, child).First == objectLast + 1)
            {
                objectLast = Extent(parse, child).Last;
            }
        }

        return objectLast;
    }

    /// <summary>A noun or adjective right after a reporting verb that the parser hung as a complement or an oblique without a
    /// preposition ("reported NEW attacks", "confirmed several DEATHS"): a misparsed object, which a reporting verb's sense expects.</summary>
    private static bool IsLooseObject(ParsedSentence parse, int child)
    {
        if (child != parse.Head(child) + 1 && !(child == parse.Head(child) + 2 && parse.Upos(child - 1) == "ADV")
            || parse.Upos(child) is not ("ADJ" or "NOUN") || parse.Relation(child) is not (OpenComplement or "obl"))
        {
            return false;
        }

        foreach (var grandchild in parse.Children(child))
        {
            if (parse.Relation(grandchild) == "case")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"to have resigned", not "found dead": the raising construction of "is said to", "is expected to".</summary>
    private static bool IsToClause(ParsedSentence parse, int clause)
    {
        if (parse.Upos(clause) is not ("VERB" or "AUX"))
        {
            return false;
        }

        foreach (var child in parse.Children(clause))
        {
            if (child < clause && parse.Relation(child) == Marker && parse.Lemma(child) == "to")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The noun a relative clause modifies, with its dependents to its left ("64 percent" of "64 percent who say").</summary>
    private static (int First, int Last) NounPhraseBefore(ParsedSentence parse, int noun)
    {
        var first = noun;
        foreach (var child in parse.Children(noun))
        {
            if (child < noun)
            {
                first = Math.Min(first, Extent(parse, child).First);
            }
        }

        return (first, noun);
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
