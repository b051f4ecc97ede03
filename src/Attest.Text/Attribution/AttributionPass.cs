using Attest.Core.Extraction;
using Attest.Text.Sentences;
using Attest.Text.Syntax;
using Attest.Text.Tokens;

namespace Attest.Text.Attribution;

/// <summary>Finds the attributed claims of one document: cue by cue, sentence by sentence, then nests, splits and numbers them.</summary>
/// <remarks>Every step reads a bounded window of tokens around a cue, so the pass is linear in the length of the text.</remarks>
internal sealed class AttributionPass
{
    private const int MaxSpeakerTokens = 12;
    private const int MaxObjectTokens = 6;
    private const int MaxTailTokens = 8;
    private const int MaxAccordingTokens = 24;
    private const int ContinuationGap = 400;

    /// <summary>How many neighbouring claims nesting and content cutting look at; claims nest locally, and a bound keeps
    /// a pathological line (thousands of cues in one "sentence") linear.</summary>
    private const int LocalWindow = 8;

    private readonly string text;
    private readonly List<Token> tokens;
    private readonly IReadOnlyList<SentenceSpan> sentences;
    private readonly List<Quotation> quotes;
    private readonly AttributionLexicon lexicon;
    private readonly SpeakerResolver resolver;
    private readonly List<ClaimCandidate> candidates = [];

    // Sentences of a transcript turn that are no statement ("Thank you"): the turn's speaker says them, not the writer.
    private readonly HashSet<int> courtesies = [];
    private readonly MentionIndex mentions;

    /// <summary>The colon of a speaker label ("FALLIN: …") stands as the cue of the turn's claims.</summary>
    private static readonly AttributionCue LabelCue = new(":", [":"], ":", CueFrame.Say);

    private readonly IReadOnlyList<ParsedSentence> syntax;

    public AttributionPass(
        string text, List<Token> tokens, IReadOnlyList<SentenceSpan> sentences, MentionIndex mentions, AttributionLexicon lexicon,
        IReadOnlyList<ParsedSentence>? syntax = null)
    {
        this.syntax = syntax ?? [];
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.lexicon = lexicon;
        quotes = QuotationFinder.Find(text);
        this.mentions = mentions;
        resolver = new SpeakerResolver(text, tokens, sentences, mentions, lexicon);
    }

    public List<ClaimRecord> Run()
    {
        var labels = SpeakerLabel.Find(text, tokens, sentences, mentions, TokenRange, out var transcript);
        (SpeakerResolver.Resolved Speaker, int LineEnd)? turn = null;
        for (var k = 0; k < sentences.Count; k++)
        {
            var (t0, t1) = TokenRange(sentences[k]);
            var firstInSentence = candidates.Count;
            turn = AddTurn(labels, transcript, turn, t0, t1, k);
            for (var i = t0; i < t1; i++)
            {
                if (tokens[i].Kind != TokenKind.Word || InsideQuote(tokens[i].Start) || IsAnonymityRequest(i, t1) || MatchCue(i, t1) is not { } match)
                {
                    continue;
                }

                var found = candidates.Count;
                TryFrame(match.Cue, i, match.Last, t0, t1, k);
                if (candidates.Count == found)
                {
                    TryTreeFrame(match.Cue, i, t0, t1, k);
                }

                i = match.Last;
            }

            SweepTree(t0, t1, k, firstInSentence);
            EndContentsBeforeLaterFrames(firstInSentence);
        }

        AddContinuations();
        Nest();
        AuthorVoice.Add(text, tokens, sentences, quotes, candidates, TokenRange, courtesies);
        return Emit();
    }

    /// <summary>A transcript turn or a headline ("NAME: C"): every sentence of the line is NAME's claim, and in a
    /// transcript every sentence up to the next turn.</summary>
    private (SpeakerResolver.Resolved Speaker, int LineEnd)? AddTurn(
        Dictionary<int, SpeakerLabel> labels, bool transcript, (SpeakerResolver.Resolved Speaker, int LineEnd)? turn, int t0, int t1, int k)
    {
        var sentence = sentences[k];
        if (labels.TryGetValue(k, out var label) && resolver.ResolveLabel(label.First, label.Last, k) is { } speaker)
        {
            // The document's first line is its headline even in a transcript: it speaks for that line only.
            var headline = text.AsSpan(0, sentence.Start).IsWhiteSpace();
            var lineEnd = transcript && !headline ? NextTurnStart(labels, k) : text.IndexOf('\n', sentence.Start);
            if (transcript && !IsStatement(k, label.ContentFirst - t0))
            {
                courtesies.Add(k);
                return (speaker, lineEnd < 0 ? text.Length : lineEnd);
            }

            Add(LabelCue, label.Last + 1, label.Last + 1, tokens[label.First].Start, ClaimLayout.Leading, speaker, k,
                tokens[label.ContentFirst].Start, SentenceContentEnd(label.ContentFirst, t1), quote: null);
            return (speaker, lineEnd < 0 ? text.Length : lineEnd);
        }

        if (turn is { } open && sentence.Start < open.LineEnd && t0 < t1)
        {
            if (transcript && !IsStatement(k, 0))
            {
                courtesies.Add(k);
                return turn;
            }

            var continued = open.Speaker with { How = "continued", Antecedent = open.Speaker.Mention, Mention = null };
            Add(LabelCue, t0, t0, sentence.Start, ClaimLayout.Continuation, continued, k, sentence.Start, SentenceContentEnd(t0, t1), quote: null);
            return turn;
        }

        return null;
    }

    /// <summary>Whether a sentence of a transcript turn (from word <paramref name="from"/> of its parse) states something:
    /// it has a verb and does not open with a bare one. "Good evening", "Thank you for coming" and "Over to you" are
    /// courtesies of the turn. (Subjects would say it better, but the parse of a labelled line hangs them from the label.)</summary>
    private bool IsStatement(int k, int from)
    {
        if (k >= syntax.Count || from >= syntax[k].Count)
        {
            return true;
        }

        var parse = syntax[k];
        if (parse.Upos(from) == "VERB" && parse[from].Xpos is "VB" or "VBP")
        {
            return false;
        }

        for (var w = from; w < parse.Count; w++)
        {
            if (parse.Upos(w) is "VERB" or "AUX")
            {
                return true;
            }
        }

        return false;
    }

    private int NextTurnStart(Dictionary<int, SpeakerLabel> labels, int k)
    {
        for (var next = k + 1; next < sentences.Count; next++)
        {
            if (labels.ContainsKey(next))
            {
                return sentences[next].Start;
            }
        }

        return text.Length;
    }

    private void TryFrame(AttributionCue cue, int c0, int c1, int t0, int t1, int k)
    {
        switch (cue.Frame)
        {
            case CueFrame.According:
                FrameAccording(cue, c0, c1, t0, t1, k);
                return;
            case CueFrame.Noun:
                FrameNoun(cue, c0, c1, t0, t1, k);
                return;
            case CueFrame.Belief or CueFrame.Naming:
                return; // read from the parse only (TryTreeFrame)
        }

        if (!IsLower(c0) || c0 > t0 && IsWord(c0 - 1) && Word(c0 - 1) is "the" or "The" or "a" or "A" or "an" or "his" or "her" or "its" or "their" or "our" or "this" or "these" or "my" or "your")
        {
            return; // "the said meeting", "the States": not a verb of saying
        }

        if (IsPassiveIt(c0, t0, c1, t1, k))
        {
            return;
        }

        // Adverbs and auxiliaries between speaker and cue ("also", ", however,"); a negation means nothing was said.
        var j = c0 - 1;
        while (j >= t0)
        {
            if (IsWord(j) && WordSets.BetweenSpeakerAndCue.Has(Word(j)))
            {
                if (IsNegator(j))
                {
                    return;
                }

                j--;
            }
            else if (j - 2 >= t0 && IsPunct(j, ',') && IsWord(j - 1) && WordSets.BetweenSpeakerAndCue.Has(Word(j - 1)) && IsPunct(j - 2, ','))
            {
                j -= 3;
            }
            else if (TimePhraseEndingAt(j, t0) is var length and > 0)
            {
                j -= length; // "ISPR on Monday denied", "the ministry on Friday night said": when, not who
            }
            else
            {
                break;
            }
        }

        if (j >= t0 && IsWord(j) && IsNegator(j))
        {
            return;
        }

        SpeakerResolver.Resolved? speaker = null;
        SpeakerResolver.Resolved? quotedSpeaker = null;
        var frameStart = tokens[c0].Start;
        var layout = ClaimLayout.Leading;
        int contentStart = -1, contentEnd = -1;
        Quotation? quote = null;

        var prev = j; // the token before the speaker phrase, once found
        if (cue.IsParticiple && (j < t0 || IsPunct(j, ',') || IsWordAny(j, "by", "while", "after", "before", "in", "when", "and", "thus", "also", "as")))
        {
            // "…, adding that", "by saying that": the subject of the clause speaks.
            speaker = LastSpeakerInSentence(k) ?? SubjectSpeaker(t0, c0, k);
            frameStart = j >= t0 && IsPunct(j, ',') ? tokens[j].Start : tokens[c0].Start;
            quotedSpeaker = j >= t0 && IsWordAny(j, "as") ? QuotedAs(j, t0, k) : null;
        }
        else
        {
            var npLast = j;
            while (j >= t0 && j > npLast - MaxSpeakerTokens)
            {
                if (IsPunct(j, ')') && OpeningParenthesis(j, t0) is var open && open >= 0)
                {
                    j = open - 1; // "the Inter-Services Public Relations (ISPR) said"
                    continue;
                }

                if (!IsSpeakerToken(j) && !IsNounAfterDeterminer(j, t0))
                {
                    break;
                }

                j--;
            }

            var npFirst = j + 1;
            prev = j;
            if (npFirst <= npLast)
            {
                speaker = cue.IsParticiple && IsDocumentPhrase(npFirst, npLast)
                    ? SubjectSpeaker(ClauseOpener(npFirst, t0, tokens[c0].Start), npFirst, k) // "the OIC passed resolutions condemning…"
                    : resolver.Resolve(npFirst, npLast, k);
            }
            else if (j >= t0 && IsWord(j) && Word(j) is "who" && j - 1 >= t0 && IsPunct(j - 1, ','))
            {
                speaker = Antecedent(j - 2, t0, k);
            }
            else if (j >= t0 && IsWordAny(j, "and", "but"))
            {
                speaker = SubjectSpeaker(ClauseOpener(j, t0, tokens[c0].Start), j, k);
                frameStart = tokens[j].Start; // "X condemned A and said B": A ends before "and"
            }
            else if (j >= t0 && IsPunct(j, ',') && !ClosesQuote(j - 1) && AppositiveSpeaker(j, t0, k) is { } apposed)
            {
                // "…, an Indian Army spokesman, Colonel Devender Anand, said.": the name and its role, in either order.
                (speaker, prev) = apposed;
            }
            else if (j >= t0 && IsPunct(j, ',') && !ClosesQuote(j - 1))
            {
                // "An official, on condition of anonymity, said": the phrase runs back to the clause start.
                var s = j - 1;
                var aside = 0; // "Rep. Anna Kraus (D-Ohio), a member of the panel,": a parenthesis inside the phrase does not end it
                while (s >= t0 && s > j - MaxSpeakerTokens - aside)
                {
                    if (IsPunct(s, ')') && OpeningParenthesis(s, t0) is var open && open > t0)
                    {
                        aside += s - open + 1;
                        s = open - 1;
                        continue;
                    }

                    if (IsHardBoundary(s))
                    {
                        break;
                    }

                    s--;
                }

                s = AfterOpeningParticiple(s, j - 1);

                if (s >= t0 + 1 && IsWordAny(s, "who", "which") && IsPunct(s - 1, ','))
                {
                    // "X, who heads the party, said": the name before the relative clause speaks.
                    var e = s - 2;
                    var b = e;
                    while (b >= t0 && b > e - MaxSpeakerTokens && IsSpeakerToken(b))
                    {
                        b--;
                    }

                    if (b + 1 <= e)
                    {
                        speaker = resolver.Resolve(b + 1, e, k);
                        prev = b;
                    }
                }
                else if (s + 1 <= j - 1 && !ContainsVerb(s + 1, j - 1))
                {
                    speaker = resolver.Resolve(s + 1, j - 1, k);
                    prev = s;
                }
            }

            if (speaker is null && (j < t0 || IsPunct(j, ',') || IsQuote(j)) && npFirst > npLast)
            {
                // Inverted: "“…,” said the official."
                var e = c1 + 1;
                while (e < t1 && e < c1 + MaxSpeakerTokens && IsSpeakerToken(e))
                {
                    e++;
                }

                // "…,” said the mission's chief, General Soren Mahl.": the name in apposition closes the phrase.
                if (e + 1 < t1 && IsPunct(e, ',') && IsWord(e + 1) && !IsLower(e + 1))
                {
                    var a = e + 1;
                    while (a < t1 && a < e + 1 + MaxSpeakerTokens && IsSpeakerToken(a))
                    {
                        a++;
                    }

                    if (a >= t1 || IsEndPunct(a))
                    {
                        e = a;
                    }
                }

                if (e - 1 > c1)
                {
                    speaker = resolver.Resolve(c1 + 1, e - 1, k);
                    if (speaker is not null && j >= t0)
                    {
                        var q = QuoteEndingAt(j);
                        if (q is not null)
                        {
                            quote = q;
                            layout = ClaimLayout.Trailing;
                        }
                        else if (IsPunct(j, ','))
                        {
                            (contentStart, contentEnd) = (tokens[t0].Start, tokens[j].Start);
                            layout = ClaimLayout.Trailing;
                        }

                        frameStart = tokens[j].Start;
                    }
                }
            }
        }

        if (speaker is null)
        {
            return;
        }

        var after = c1 + 1;
        if (layout == ClaimLayout.Leading && prev >= t0 && speaker is not null)
        {
            var q = QuoteEndingAt(prev);
            if (q is not null)
            {
                quote = q;
                layout = ClaimLayout.Trailing;
                frameStart = tokens[prev].Start;
            }
            else if (IsPunct(prev, ',') && prev > t0)
            {
                if (after < t1 && IsPunct(after, ',') && !(after + 1 < t1 && (IsQuote(after + 1) || IsParticipleCue(after + 1))))
                {
                    layout = ClaimLayout.Parenthetical;
                    (contentStart, contentEnd) = (tokens[t0].Start, SentenceContentEnd(t0, t1));
                }
                else if (after >= t1 || IsEndPunct(after) || IsPunct(after, ',') && !(after + 1 < t1 && IsQuote(after + 1))
                         || IsWord(after) && WordSets.AfterCueTail.Has(Word(after)) && !LeadingContent(cue, c1, t1, out _, out _, out _)
                         || cue.Frame == CueFrame.Tell && ShortObjectThenEnd(after, t1)
                         || OnlyTimeThenEnd(after, t1))
                {
                    layout = ClaimLayout.Trailing;
                    (contentStart, contentEnd) = (tokens[t0].Start, tokens[prev].Start);
                    frameStart = tokens[prev].Start;
                }
            }
        }
        else if (layout == ClaimLayout.Leading && prev == t0 - 1 && speaker is not null && (after >= t1 || IsEndPunct(after) || OnlyTimeThenEnd(after, t1))
                 && QuoteEndingAt(prev) is { } asked)
        {
            // "“Is the plan ready?” Smith asked.": the question mark ended the sentence, so the frame is a sentence of its own.
            quote = asked;
            layout = ClaimLayout.Trailing;
            frameStart = tokens[t0].Start;
        }

        if (layout == ClaimLayout.Leading && !LeadingContent(cue, c1, t1, out contentStart, out contentEnd, out quote))
        {
            return;
        }

        if (cue.Frame == CueFrame.Directive && quote is null)
        {
            return; // "urged India to…" is an appeal (an event), not a statement of fact
        }

        if (quotedSpeaker is not null)
        {
            // "The newspaper quoted an official as saying that C": the official's claim, relayed by the newspaper.
            Add(cue, c0, c1, frameStart, layout, quotedSpeaker, k, contentStart, contentEnd, quote);
            var inner = candidates.Count > 0 ? candidates[^1] : null;
            Add(cue, c0, c1, frameStart, layout, speaker!, k, contentStart, contentEnd, quote, allowSameSpan: true);
            if (inner is not null && candidates[^1] != inner)
            {
                candidates[^1].Via = inner;
            }

            return;
        }

        Add(cue, c0, c1, frameStart, layout, NamedSubjectOr(speaker!, cue, c0, t0, t1, k), k, contentStart, contentEnd, quote);
    }

    /// <summary>The word pattern reads the speaker leftwards from the cue, so a long apposition ("Ivan Petrak, Deputy
    /// Director for … in the Office of …, told") can leave it with the apposition's tail; when the parse's subject of the
    /// cue lies before that phrase, outside any quotation, and names someone where the phrase names no one, the subject speaks.</summary>
    private SpeakerResolver.Resolved NamedSubjectOr(SpeakerResolver.Resolved speaker, AttributionCue cue, int c0, int t0, int t1, int k)
    {
        if (speaker.Mention is not { } mention || speaker.How != "named" || speaker.Speaker.Entity is not null || k >= syntax.Count || syntax[k].Count != t1 - t0
            || TreeFrame.Find(syntax[k], c0 - t0, cue.Frame, cue.ReportsObject) is not { Impersonal: false, Participle: false } frame)
        {
            return speaker;
        }

        // The subject's own name: its head with the words of a multi-word name, without what is in apposition to it.
        var parse = syntax[k];
        var nameLast = frame.SpeakerHead;
        while (nameLast + 1 < parse.Count && parse.Head(nameLast + 1) == frame.SpeakerHead && parse.Relation(nameLast + 1) == "flat")
        {
            nameLast++;
        }

        var subjectHead = tokens[t0 + frame.SpeakerHead];
        if (subjectHead.End > mention.Start || InsideQuote(subjectHead.Start)
            || resolver.Resolve(t0 + frame.SpeakerFirst, t0 + nameLast, k) is not { Speaker.Entity: not null } subject
            || subject.Speaker.Entity == speaker.Speaker.Entity)
        {
            return speaker;
        }

        return subject;
    }

    /// <summary>"quoted a State Department official as saying": the phrase between "quoted" and "as".</summary>
    /// <summary>When no word pattern fits a cue verb, the parse may still: its subject and the clause it governs.</summary>
    private void TryTreeFrame(AttributionCue cue, int c0, int t0, int t1, int k)
    {
        if (k >= syntax.Count || syntax[k].Count != t1 - t0 || cue.Frame is not (CueFrame.Say or CueFrame.SayThat or CueFrame.Tell or CueFrame.Belief or CueFrame.Directive or CueFrame.Naming)
            || TreeFrame.Find(syntax[k], c0 - t0, cue.Frame, cue.ReportsObject) is not { } frame)
        {
            return;
        }

        AddTreeFrame(cue, c0, t0, k, frame);
    }

    private void AddTreeFrame(AttributionCue cue, int c0, int t0, int k, TreeFrame frame)
    {
        var speakerFirst = t0 + frame.SpeakerFirst;
        var speakerLast = t0 + frame.SpeakerLast;
        var speaker = frame.Participle
            ? LastSpeakerInSentence(k)
            : frame.Impersonal
            ? new SpeakerResolver.Resolved(new Speaker("anonymous", text[tokens[speakerFirst].Start..tokens[speakerLast].End], null), null, false, "impersonal")
            {
                Mention = new(tokens[speakerFirst].Start, tokens[speakerLast].End, text[tokens[speakerFirst].Start..tokens[speakerLast].End]),
            }
            : resolver.Resolve(speakerFirst, speakerLast, k) ?? resolver.Describe(speakerFirst, speakerLast, t0 + frame.SpeakerHead);
        if (speaker is null)
        {
            return;
        }

        var start = tokens[t0 + frame.ContentFirst].Start;
        var end = tokens[t0 + frame.ContentLast].End;
        foreach (var other in candidates)
        {
            if (other.Sentence == k && other.Start < end && start < other.End)
            {
                return;
            }
        }

        var frameStart = Math.Min(tokens[speakerFirst].Start, tokens[c0].Start);
        Add(cue, c0, c0, frameStart, frame.Layout, speaker, k, start, end, quote: null);
    }

    /// <summary>After the word patterns, the parse's own verbs: any inflection of a cue verb ("warns", "hoped") and the
    /// beliefs and intentions only the parse reads, each where no claim of the sentence has it as its cue yet.</summary>
    private void SweepTree(int t0, int t1, int k, int firstInSentence)
    {
        if (k >= syntax.Count || syntax[k].Count != t1 - t0)
        {
            return;
        }

        var parse = syntax[k];
        for (var w = 0; w < parse.Count; w++)
        {
            var i = t0 + w;
            if (parse.Upos(w) is not ("VERB" or "NOUN") || InsideQuote(tokens[i].Start) || IsCueOfClaim(i, firstInSentence)
                || lexicon.CueForLemma(parse.Lemma(w)) is not { } cue)
            {
                continue;
            }

            if (parse.Upos(w) == "VERB")
            {
                TryTreeFrame(cue, i, t0, t1, k);
            }
            else if (cue.Frame is CueFrame.Belief or CueFrame.Directive or CueFrame.Say && TreeFrame.FindNounTaggedVerb(parse, w) is { } frame)
            {
                AddTreeFrame(cue, i, t0, k, frame);
            }
        }
    }

    private bool IsCueOfClaim(int token, int firstInSentence)
    {
        for (var c = firstInSentence; c < candidates.Count; c++)
        {
            if (candidates[c].CueStart == tokens[token].Start)
            {
                return true;
            }
        }

        return false;
    }

    private SpeakerResolver.Resolved? QuotedAs(int asToken, int t0, int k)
    {
        for (var q = asToken - 1; q >= t0 && q >= asToken - MaxSpeakerTokens; q--)
        {
            if (IsWordAny(q, "quoted", "quoting", "quotes", "quote", "cited", "citing"))
            {
                return q + 1 <= asToken - 1 ? resolver.Resolve(q + 1, asToken - 1, k) : null;
            }
        }

        return null;
    }

    /// <summary>Finds the content after the cue: "that C", ": “C”", a bare clause, or the object of an accusation.</summary>
    private bool LeadingContent(AttributionCue cue, int c1, int t1, out int start, out int end, out Quotation? quote)
    {
        start = end = -1;
        quote = null;
        var a = c1 + 1;
        while (a < t1 && IsWord(a) && Word(a) is "now" or "again" or "also" or "repeatedly" or "firmly" or "further" or "today")
        {
            a++;
        }

        if (cue.Frame is CueFrame.Tell or CueFrame.Directive)
        {
            var o = a;
            while (o < t1 && o < a + MaxObjectTokens && !IsQuote(o) && !IsPunct(o, ':') && !IsPunct(o, ',') && !IsEndPunct(o)
                   && !IsWordAny(o, "that", "of", "about", "to"))
            {
                o++;
            }

            if (o < t1 && IsWordAny(o, "of", "about") && o > a)
            {
                (start, end) = (tokens[o].Start, SentenceContentEnd(o, t1));
                return end > start;
            }

            if (cue.Frame == CueFrame.Directive && o < t1 && IsWordAny(o, "to"))
            {
                return false;
            }

            a = o;
        }

        if (a >= t1)
        {
            return false;
        }

        if (cue.Frame == CueFrame.Accuse)
        {
            (start, end) = (tokens[a].Start, SentenceContentEnd(a, t1));
            return end > start;
        }

        if (IsPunct(a, ':') && (a + 1 >= t1 || IsEndPunct(a + 1)) && a + 1 < tokens.Count && NextQuotation(a + 1) is { } following)
        {
            quote = following; // "He said:" and the quotation as the next paragraph
            return true;
        }

        if (cue.Frame is CueFrame.Say or CueFrame.SayThat && IsWordAny(a, "of"))
        {
            // "said of the plan. “It does not add up.”": what it was said of, and then what was said, in the next quotation.
            var stop = a;
            while (stop < t1 && !IsEndPunct(stop) && !IsPunct(stop, ':'))
            {
                stop++;
            }

            quote = stop + 1 < tokens.Count ? NextQuotation(stop + 1) : null;
            return quote is not null;
        }

        if (IsWordAny(a, "that") || IsPunct(a, ':') || IsPunct(a, ',') && a + 1 < t1 && IsQuote(a + 1))
        {
            a++;
        }
        else if (IsQuote(a) || cue.Frame is CueFrame.Say or CueFrame.Tell && IsClauseStart(a) && (IsPronounStart(a) || HasVerbSoon(a + 1, t1))
                 || cue.Lemma == "say" && IsWord(a) && !WordSets.AfterCueTail.Has(Word(a)) && Word(a) is not ("to" or "so" or "goodbye")
                 || StartsWithAmount(a, t1))
        {
            // the content starts right here
        }
        else if (IsWord(a) && WordSets.AfterCueTail.Has(Word(a)) && FindThat(a, t1) is var that && that > 0)
        {
            a = that + 1;
        }
        else
        {
            return false;
        }

        if (a >= t1)
        {
            return false;
        }

        if (IsQuote(a) && QuoteStartingAt(a) is { } q && q.End >= SentenceContentEnd(a, t1))
        {
            quote = q;
            return true;
        }

        (start, end) = (tokens[a].Start, SentenceContentEnd(a, t1));
        return end > start;
    }

    /// <summary>"According to X, C" or "C, according to X": the phrase after the cue up to a comma is the speaker.</summary>
    private void FrameAccording(AttributionCue cue, int c0, int c1, int t0, int t1, int k)
    {
        // "according to early results of the exit poll conducted by Edison Research": the source may be a long phrase.
        var e = c1 + 1;
        while (e < t1 && e <= c1 + MaxAccordingTokens && !IsPunct(e, ',') && !IsEndPunct(e) && !IsQuote(e))
        {
            e++;
        }

        if (e - 1 <= c1 || e - 1 - c1 >= MaxAccordingTokens || (e < t1 && !IsPunct(e, ',') && !IsEndPunct(e)))
        {
            return;
        }

        // Whatever follows "according to" is the source, known to the lexicon or not ("people briefed on the talks").
        var speaker = resolver.Resolve(c1 + 1, e - 1, k) ?? resolver.Describe(c1 + 1, e - 1, PhraseHead(c1 + 1, e - 1, t0, k));
        if (speaker is null)
        {
            return;
        }

        int start, end;
        if (c0 == t0 || c0 > t0 && IsWord(c0 - 1) && WordSets.Conjunctions.Has(Word(c0 - 1)))
        {
            if (e >= t1 || !IsPunct(e, ','))
            {
                return;
            }

            (start, end) = (tokens[e + 1 < t1 ? e + 1 : e].Start, SentenceContentEnd(e + 1, t1));
        }
        else
        {
            (start, end) = (tokens[t0].Start, tokens[c0 - 1].End);
        }

        // "“…,” according to X": the quotation itself is the content.
        var quote = c0 > t0 && c0 != t0 ? QuoteEndingAt(c0 - 1) : null;
        if (end > start)
        {
            Add(cue, c0, c1, tokens[c0].Start, c0 == t0 ? ClaimLayout.Leading : ClaimLayout.Trailing, speaker, k, start, end, quote);
        }
    }

    /// <summary>The head word of the phrase <paramref name="first"/>..<paramref name="last"/>: from the parse, the word
    /// whose own head lies outside the phrase; without a parse, the last word.</summary>
    private int PhraseHead(int first, int last, int t0, int k)
    {
        if (k < syntax.Count && syntax[k].Count > last - t0)
        {
            var parse = syntax[k];
            for (var w = first - t0; w <= last - t0; w++)
            {
                var head = parse.Head(w);
                if (head < first - t0 || head > last - t0)
                {
                    return t0 + w;
                }
            }
        }

        return last;
    }

    /// <summary>"Indian officials rejected it with a response that C", "India's claim that C".</summary>
    private void FrameNoun(AttributionCue cue, int c0, int c1, int t0, int t1, int k)
    {
        if (c1 + 1 >= t1 || IsWord(c1 + 1) && (WordSets.Auxiliaries.Has(Word(c1 + 1)) || IsPastTense(c1 + 1)))
        {
            return; // "the statement that was issued": a relative clause, not content
        }

        SpeakerResolver.Resolved? speaker;
        var d = c0 - 1;
        while (d > t0 && IsWord(d) && IsLower(d) && !WordSets.Determiners.Has(Word(d)) && d > c0 - 4)
        {
            d--; // adjectives: "a longstanding response"
        }

        if (d > t0 && text[tokens[d].Start] is '’' or '\'')
        {
            var s = d - 1;
            while (s > t0 && IsWord(s - 1) && !IsLower(s - 1))
            {
                s--;
            }

            speaker = resolver.Resolve(s, d - 1, k);
        }
        else
        {
            speaker = SubjectSpeaker(ClauseOpener(c0, t0, tokens[c0].Start), c0, k);
        }

        var end = SentenceContentEnd(c1 + 1, t1);
        if (speaker is not null && end > tokens[c1 + 1].Start)
        {
            Add(cue, c0, c1, tokens[c0].Start, ClaimLayout.Leading, speaker, k, tokens[c1 + 1].Start, end, null);
        }
    }

    /// <summary>"It was noted that C": the body that spoke last in the same passage, else an unnamed source.
    /// "It is worth noting that C" is the author's own remark.</summary>
    private bool IsPassiveIt(int c0, int t0, int c1, int t1, int k)
    {
        if (c0 - 2 < t0 || !IsWordAny(c0 - 2, "it") || !IsWordAny(c0 - 1, "was", "is", "has", "had", "been", "worth"))
        {
            return false;
        }

        var a = c1 + 1;
        if (a >= t1 || !IsWordAny(a, "that"))
        {
            return true;
        }

        if (Word(c0 - 1) is "worth")
        {
            return true; // left to the author-voice rule
        }

        // "It was noted that C" names no one. In the readout of a body's meeting ("The committee condemned…. It was noted
        // that…") the body is still the one speaking; anywhere else it is an impersonal, unnamed source.
        var previous = candidates.Count > 0 && candidates[^1].Sentence >= k - 2 ? candidates[^1].Speaker : null;
        var speaker = previous is { Kind: "organization" } ? previous : new Speaker("anonymous", text[tokens[c0 - 2].Start..tokens[c1].End], null);
        var form = Word(c0).ToString();
        Add(new AttributionCue(form, [form], form, CueFrame.SayThat), c0, c1, tokens[c0 - 2].Start, ClaimLayout.Leading,
            new(speaker, null, false, speaker.Kind == "anonymous" ? "impersonal" : "clause")
            {
                Mention = new(tokens[c0 - 2].Start, tokens[c1].End, text[tokens[c0 - 2].Start..tokens[c1].End]),
            },
            k, tokens[a + 1 < t1 ? a + 1 : a].Start, SentenceContentEnd(a + 1, t1), null);
        return true;
    }

    private void Add(AttributionCue cue, int c0, int c1, int frameStart, ClaimLayout layout, SpeakerResolver.Resolved speaker, int k,
        int start, int end, Quotation? quote, bool allowSameSpan = false)
    {
        bool direct;
        if (quote is { } q)
        {
            (start, end) = QuotePieces.Trim(text, q.ContentStart, q.ContentEnd);
            direct = true;
        }
        else
        {
            (start, end) = QuotePieces.Trim(text, start, end);
            direct = false;
        }

        if (end <= start)
        {
            return;
        }

        for (var i = candidates.Count - 1; i >= 0 && i >= candidates.Count - LocalWindow; i--)
        {
            if (candidates[i].Start == start && candidates[i].End == end && !allowSameSpan)
            {
                return; // "said in a statement that C": one claim, found by the verb and again by the noun
            }

            if (cue.Frame is CueFrame.Accuse or CueFrame.Directive && candidates[i].Start <= tokens[c0].Start && tokens[c0].Start < candidates[i].End)
            {
                return; // a reported accusation inside someone's claim is that claim's content (see Nest), and no speaker to remember
            }
        }

        var cueText = text[tokens[c0].Start..tokens[c1].End];
        candidates.Add(new ClaimCandidate
        {
            Start = start,
            End = end,
            Direct = direct,
            Cue = cueText,
            Frame = cue.Frame,
            Layout = layout,
            CueStart = tokens[c0].Start,
            FrameStart = frameStart,
            Speaker = speaker.Speaker,
            Found = new SpeakerFound(speaker.How, speaker.Mention, speaker.Antecedent),
            Sentence = k,
        });
        // An impersonal source ("it is believed") has no head word: nothing later can refer back to it.
        if (speaker.Head is not null || speaker.Speaker.Kind != "anonymous")
        {
            resolver.Remember(tokens[c0].Start, speaker.Speaker, speaker.Head, speaker.Plural, speaker.Antecedent ?? speaker.Mention);
        }
    }

    /// <summary>"He warned that C, sources added": the leading claim's content stops where the trailing attribution begins.</summary>
    private void EndContentsBeforeLaterFrames(int first)
    {
        for (var a = first; a < candidates.Count; a++)
        {
            var lead = candidates[a];
            if (lead.Layout != ClaimLayout.Leading || lead.Direct)
            {
                continue;
            }

            // Frames are local: only the next few attributions of the sentence can cut this content (keeps long lines linear).
            for (var b = Math.Max(first, a - LocalWindow); b < candidates.Count && b <= a + LocalWindow; b++)
            {
                var frame = candidates[b];
                if (b != a && frame.Layout is ClaimLayout.Trailing or ClaimLayout.Leading && frame.FrameStart > lead.Start
                    && frame.FrameStart < lead.End && frame.FrameStart < frame.CueStart
                    && (frame.Layout == ClaimLayout.Trailing || frame.Speaker == lead.Speaker))
                {
                    (lead.Start, lead.End) = QuotePieces.Trim(text, lead.Start, frame.FrameStart);
                }
            }
        }
    }

    /// <summary>A quotation nobody was named for, right after another quotation, continues that speaker's words.</summary>
    private void AddContinuations()
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var sorted = candidates.OrderBy(c => c.Start).ToList();
        var next = 0;
        foreach (var q in quotes)
        {
            while (next < sorted.Count && sorted[next].End <= q.ContentStart)
            {
                next++;
            }

            var previous = next > 0 && sorted[next - 1] is var before && q.Start - before.End < ContinuationGap
                && CountNewlines(before.End, q.Start) <= 2 ? DirectInSentenceOf(sorted, next - 1) : null;

            // A paragraph left open ("“We will fight.⏎“Kashmir will be free,” he said.") runs on into the next quoted paragraph.
            if (previous is null && q.ContentEnd == q.End && next < sorted.Count && sorted[next] is { Direct: true } following
                && following.Start - q.End < ContinuationGap && CountNewlines(q.End, following.Start) <= 2)
            {
                previous = following;
            }

            if (previous is not null && !Covered(sorted, next, q) && WordCount(q.ContentStart, q.ContentEnd) >= 4)
            {
                var (s, e) = QuotePieces.Trim(text, q.ContentStart, q.ContentEnd);
                var continuation = new ClaimCandidate
                {
                    Start = s,
                    End = e,
                    Direct = true,
                    Cue = null,
                    Frame = previous.Frame,
                    Layout = ClaimLayout.Continuation,
                    CueStart = s,
                    FrameStart = s,
                    Speaker = previous.Speaker,
                    Found = new SpeakerFound("continued", null, previous.Found?.Antecedent ?? previous.Found?.Mention),
                    Sentence = previous.Sentence,
                };
                candidates.Add(continuation);
                sorted.Insert(next, continuation);
                next++;
            }
        }
    }

    /// <summary>The quotation a sentence ends on speaks on into the next quoted paragraph, even when the sentence ends on
    /// a reported clause of the same speaker ("“…,” he said, adding that the strike left craters."): the last direct claim of
    /// the sentence of <paramref name="last"/>, when it has that claim's speaker.</summary>
    private static ClaimCandidate? DirectInSentenceOf(List<ClaimCandidate> sorted, int last)
    {
        for (var i = last; i >= 0 && sorted[i].Sentence == sorted[last].Sentence; i--)
        {
            if (sorted[i].Direct)
            {
                return sorted[i].Speaker == sorted[last].Speaker ? sorted[i] : null;
            }
        }

        return null;
    }

    /// <summary>A claim whose cue lies inside another claim's content is nested: the outer one keeps the speaker the text names
    /// first and points at the inner one through <c>via</c>. A reported accusation or appeal inside a claim is a reported act, not
    /// a second claim, so it is dropped.</summary>
    private void Nest()
    {
        var byStart = candidates.Where(c => c.Layout is not (ClaimLayout.Continuation or ClaimLayout.Author)).OrderBy(c => c.Start).ToList();
        var starts = byStart.Select(c => c.Start).ToArray();
        foreach (var inner in byStart)
        {
            // Outer candidates start at or before the inner cue; look at the nearest few only.
            var at = Array.BinarySearch(starts, inner.CueStart);
            var last = at >= 0 ? at : ~at - 1;
            while (last + 1 < starts.Length && starts[last + 1] <= inner.CueStart)
            {
                last++;
            }

            for (var o = last; o >= 0 && o > last - LocalWindow; o--)
            {
                var outer = byStart[o];
                if (outer == inner || outer.Dropped || inner.CueStart < outer.Start || inner.CueStart >= outer.End)
                {
                    continue;
                }

                if (inner.Frame is CueFrame.Accuse or CueFrame.Directive)
                {
                    inner.Dropped = true;
                    break;
                }

                if (outer.Via is null || inner.CueStart < outer.Via.CueStart)
                {
                    outer.Via = inner;
                }
            }
        }
    }

    private List<ClaimRecord> Emit()
    {
        var pieces = new List<(int Start, int End, ClaimCandidate Candidate, bool First)>();
        foreach (var c in candidates)
        {
            if (c.Dropped)
            {
                continue;
            }

            if (c.Direct)
            {
                var split = QuotePieces.Split(text, c.Start, c.End);
                for (var i = 0; i < split.Count; i++)
                {
                    pieces.Add((split[i].Start, split[i].End, c, i == 0));
                }
            }
            else
            {
                pieces.Add((c.Start, c.End, c, true));
            }
        }

        pieces.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        var ids = new Dictionary<ClaimCandidate, string>();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].First)
            {
                ids[pieces[i].Candidate] = "c" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var claims = new List<ClaimRecord>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var (start, end, c, _) = pieces[i];
            var via = c.Via is { Dropped: false } inner && ids.TryGetValue(inner, out var id) ? id : null;
            claims.Add(new ClaimRecord("c" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), start, end,
                text[start..end], c.Direct, c.Cue, c.Speaker, via)
            { SpeakerFound = c.Found });
        }

        return claims;
    }

    private SpeakerResolver.Resolved? LastSpeakerInSentence(int k)
    {
        for (var i = candidates.Count - 1; i >= 0 && candidates[i].Sentence == k; i--)
        {
            if (candidates[i].Layout != ClaimLayout.Author)
            {
                return new(candidates[i].Speaker, null, false, "clause", candidates[i].Found?.Antecedent ?? candidates[i].Found?.Mention);
            }
        }

        return null;
    }

    /// <summary>The subject of the clause starting at <paramref name="from"/>: skips "But", "Earlier,", a leading quotation, then
    /// reads a noun phrase up to the first verb-like word.</summary>
    private SpeakerResolver.Resolved? SubjectSpeaker(int from, int before, int k)
    {
        var s = from;
        if (s < before && IsQuote(s) && QuoteStartingAt(s) is { } q)
        {
            while (s < before && tokens[s].Start < q.End)
            {
                s++;
            }

            while (s < before && (IsPunct(s, ',') || IsQuote(s)))
            {
                s++;
            }
        }

        while (s < before && IsWord(s) && WordSets.Conjunctions.Has(Word(s)))
        {
            s++;
        }

        if (s < before && IsWord(s) && (WordSets.IntroWords.Has(Word(s)) || IsLower(s) && Word(s).EndsWith("ing", StringComparison.Ordinal)
            || Word(s).EndsWith("ed", StringComparison.Ordinal) && !char.IsUpper(text[tokens[s].Start + 1])))
        {
            for (var c = s; c < before && c < s + MaxSpeakerTokens; c++)
            {
                if (IsPunct(c, ','))
                {
                    s = c + 1;
                    break;
                }
            }
        }

        var e = s;
        while (e < before && e < s + MaxSpeakerTokens && IsSpeakerToken(e)
               && !(IsWord(e) && IsLower(e) && (WordSets.Auxiliaries.Has(Word(e)) || WordSets.BetweenSpeakerAndCue.Has(Word(e))
                                                || WordSets.IrregularPast.Has(Word(e))))
               // "Kestria on Wednesday rejected…": the time phrase after the subject is not part of its name.
               && !(e > s && IsWordAny(e, "on", "late", "early", "earlier", "yesterday", "today", "tonight", "last", "this")))
        {
            e++;
        }

        return e > s ? resolver.Resolve(s, e - 1, k) : null;
    }

    /// <summary>"… met with Trump, who said": the name just before the comma.</summary>
    private SpeakerResolver.Resolved? Antecedent(int last, int t0, int k)
    {
        var s = last;
        while (s > t0 && IsWord(s - 1) && !IsLower(s - 1) && s > last - 5)
        {
            s--;
        }

        return last >= t0 && IsWord(last) && !IsLower(s) ? resolver.Resolve(s, last, k) : null;
    }

    /// <summary>The nearest "that" (or the sentence start) before <paramref name="from"/>: where the clause that a coordinated cue
    /// shares its subject with begins.</summary>
    private int ClauseOpener(int from, int t0, int position)
    {
        var opener = t0;
        for (var i = from - 1; i >= t0; i--)
        {
            if (IsWordAny(i, "that") || IsPunct(i, ';'))
            {
                opener = i + 1;
                break;
            }
        }

        // "he said he spoke … and told him": the reported clause that holds the cue is the nearer opener.
        for (var c = candidates.Count - 1; c >= 0 && c >= candidates.Count - LocalWindow; c--)
        {
            var candidate = candidates[c];
            if (candidate.Start < position && position < candidate.End && candidate.Frame is not (CueFrame.Accuse or CueFrame.Directive))
            {
                var first = LowerBound(candidate.Start);
                if (first > opener && first < from)
                {
                    opener = first;
                }

                break;
            }
        }

        return opener;
    }

    private bool IsSpeakerToken(int i)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Punctuation)
        {
            // A hyphen inside a word ("Secretary-General") belongs to the phrase, as does the period of a title ("Mr. Lew",
            // "Sen. Ortiz"); a spaced dash or any other mark ends it.
            return text[t.Start] is '-' or '&' && t.Start > 0 && !char.IsWhiteSpace(text[t.Start - 1]) && t.End < text.Length && !char.IsWhiteSpace(text[t.End])
                || text[t.Start] == '.' && t.Length == 1 && i > 0 && tokens[i - 1].End == t.Start && tokens[i - 1].Kind == TokenKind.Word
                   && Abbreviations.NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(i - 1));
        }

        if (t.Kind == TokenKind.Number)
        {
            return true;
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var w = Word(i);
        if (w[0] is '’' or '\'')
        {
            return true; // possessive 's
        }

        if (i > 0 && tokens[i - 1].End == t.Start && tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Start] == '-')
        {
            return true; // the second half of a compound ("Srinagar-based", "Iran-backed") is no verb
        }

        if (WordSets.ClauseBoundaries.Has(w) || WordSets.Auxiliaries.Has(w))
        {
            return false;
        }

        return !IsLower(i) || !(IsCueWord(i) || IsPastTense(i) && lexicon.Classify(w) != SpeakerWordClass.AnonymousMarker);
    }

    private int OpeningParenthesis(int close, int t0)
    {
        for (var i = close - 1; i >= t0 && i >= close - 6; i--)
        {
            if (IsPunct(i, '('))
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsDocumentPhrase(int first, int last)
    {
        var w = Word(last);
        return lexicon.Classify(w) == SpeakerWordClass.Document || w.Length > 3 && w[^1] == 's' && lexicon.Classify(w[..^1]) == SpeakerWordClass.Document;
    }

    /// <summary>"the report said", "its statement said": a cue word after a determiner is a noun in the speaker phrase.</summary>
    private bool IsNounAfterDeterminer(int i, int t0)
    {
        if (!IsWord(i) || !IsLower(i) || !IsCueWord(i))
        {
            return false;
        }

        // "the report", "its statement", "the council's own report": a determiner or possessive up to two words back.
        for (var b = i - 1; b >= t0 && b >= i - 3; b--)
        {
            if (text[tokens[b].Start] is '’' or '\'' || IsWord(b) && WordSets.Determiners.Has(Word(b)))
            {
                return true;
            }

            if (!IsWord(b) || !IsLower(b) || WordSets.Auxiliaries.Has(Word(b)) || IsCueWord(b))
            {
                return false;
            }
        }

        return false;
    }

    private bool ContainsVerb(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (IsWord(i) && IsLower(i) && (WordSets.Auxiliaries.Has(Word(i)) || IsCueWord(i) && !IsNounAfterDeterminer(i, first)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"…, an army spokesman, Colonel Anand, said" / "…, Colonel Anand, an army spokesman, said": two comma-delimited
    /// phrases before the cue, one a capitalised name and the other a description starting with a determiner; the name speaks.</summary>
    /// <returns>The speaker and the comma before the pair, or null when the phrases are not such a pair.</returns>
    private (SpeakerResolver.Resolved Speaker, int Before)? AppositiveSpeaker(int comma, int t0, int k)
    {
        var second = PhraseBefore(comma, t0);
        if (second is not { } b || b.First - 1 < t0 || !IsPunct(b.First - 1, ','))
        {
            return null;
        }

        var first = PhraseBefore(b.First - 1, t0);
        if (first is not { } a || a.First - 1 < t0 || !IsPunct(a.First - 1, ','))
        {
            return null;
        }

        (int First, int Last) name, description;
        if (IsName(b.First, b.Last) && IsDescription(a.First, a.Last))
        {
            (name, description) = (b, a);
        }
        else if (IsName(a.First, a.Last) && IsDescription(b.First, b.Last))
        {
            (name, description) = (a, b);
        }
        else
        {
            return null;
        }

        if (ContainsVerb(description.First, description.Last))
        {
            return null;
        }

        return resolver.Resolve(name.First, name.Last, k) is { } speaker ? (speaker, a.First - 1) : null;
    }

    /// <summary>The words between <paramref name="end"/> (exclusive) and the comma or clause start before it, at most six.</summary>
    private (int First, int Last)? PhraseBefore(int end, int t0)
    {
        var i = end - 1;
        while (i >= t0 && i > end - 7 && IsSpeakerToken(i))
        {
            i--;
        }

        return i < end - 1 && (i < t0 || IsPunct(i, ',')) ? (i + 1, end - 1) : null;
    }

    private bool IsName(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (!IsWord(i) || IsLower(i))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsDescription(int first, int last) => IsWordAny(first, "a", "an", "the", "A", "An", "The") && last > first;

    /// <summary>How many tokens a time phrase ending at <paramref name="j"/> takes: "on Monday", "on Monday night", "yesterday".</summary>
    private int TimePhraseEndingAt(int j, int t0)
    {
        if (j >= t0 && IsWordAny(j, "yesterday", "today"))
        {
            return 1;
        }

        var day = j >= t0 && IsWordAny(j, "night", "morning", "evening", "afternoon") ? j - 1 : j;
        return day - 1 >= t0 && IsWeekday(day) && IsWordAny(day - 1, "on") ? j - day + 2 : 0;
    }

    private bool IsWeekday(int i) => IsWordAny(i, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private bool IsHardBoundary(int i) =>
        IsQuote(i) || tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is ';' or ':' or '(' or ')' or '—' or '–'
        || IsWord(i) && (Word(i) is "that" or "which" or "who" || IsLower(i) && IsCueWord(i) && !IsNounAfterDeterminer(i, 0) && !IsAnonymityRequest(i, tokens.Count));

    /// <summary>"who ASKED not to be named", "SPOKE on condition of anonymity": describes the source, says nothing itself.</summary>
    private bool IsAnonymityRequest(int i, int t1)
    {
        if (!IsWordAny(i, "asked", "requested", "spoke", "speaking", "declined", "wished", "refused", "talked", "talking"))
        {
            return false;
        }

        for (var n = i + 1; n < t1 && n <= i + 6; n++)
        {
            if (IsWordAny(n, "named", "identified", "anonymity", "anonymously"))
            {
                return true;
            }

            if (!IsWord(n))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsCueWord(int i) => lexicon.CuesStartingWith(Word(i)).Length > 0;

    private bool IsVerbCue(int i)
    {
        foreach (var cue in lexicon.CuesStartingWith(Word(i)))
        {
            if (cue.Frame is not (CueFrame.Noun or CueFrame.According))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsParticipleCue(int i) => IsWord(i) && IsLower(i) && Word(i).EndsWith("ing", StringComparison.Ordinal) && IsCueWord(i);

    /// <summary>"Confirming the attack to reporters, the mayor, said": a participial phrase that opens the sentence is not part
    /// of the speaker's name, which starts after its comma. Returns the token before the phrase that remains.</summary>
    private int AfterOpeningParticiple(int before, int last)
    {
        var first = before + 1;
        if (first >= last || !IsWord(first) || !Word(first).EndsWith("ing", StringComparison.Ordinal))
        {
            return before;
        }

        for (var i = last; i > first; i--)
        {
            if (IsPunct(i, ','))
            {
                return i;
            }
        }

        return before;
    }

    private bool IsPastTense(int i)
    {
        var w = Word(i);
        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && IsLower(i);
    }

    private bool IsClauseStart(int i) =>
        IsWord(i) && (WordSets.ClauseOpeners.Has(Word(i)) || !IsLower(i)) || tokens[i].Kind == TokenKind.Number;

    private Quotation? NextQuotation(int i)
    {
        while (i < tokens.Count && IsEndPunct(i))
        {
            i++;
        }

        return i < tokens.Count && IsQuote(i) ? QuoteStartingAt(i) : null;
    }

    private bool IsPronounStart(int i) => IsWord(i) && (WordSets.Pronouns.Has(Word(i)) || Word(i) is "there" or "There");

    /// <summary>"denied the allegation" names a thing; "said the talks had failed" reports a clause: a verb must follow soon.</summary>
    private bool HasVerbSoon(int from, int t1)
    {
        for (var i = from; i < t1 && i < from + MaxTailTokens; i++)
        {
            if (IsEndPunct(i) || IsPunct(i, ';'))
            {
                return false;
            }

            if (IsWord(i) && IsLower(i) && (WordSets.Auxiliaries.Has(Word(i)) || WordSets.IrregularPast.Has(Word(i)) || IsPastTense(i) || IsVerbCue(i)))
            {
                return true;
            }
        }

        return false;
    }

    private int FindThat(int from, int t1)
    {
        for (var i = from; i < t1 && i < from + MaxTailTokens; i++)
        {
            if (IsWordAny(i, "that"))
            {
                return i;
            }

            if (tokens[i].Kind is TokenKind.Quote || IsEndPunct(i) || IsPunct(i, ';'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"C, two witnesses told REUTERS." — the listener (a few words, no clause) and then the end of the sentence.</summary>
    private bool ShortObjectThenEnd(int from, int t1)
    {
        if (from < t1 && IsWordAny(from, "by"))
        {
            return false; // "was told by the paper": a passive's agent, not the addressee
        }

        for (var i = from; i < t1 && i < from + 6; i++)
        {
            // "…, the sources told reporters, though others disagreed": a new clause after the object also ends the frame.
            if (IsEndPunct(i) || IsPunct(i, ',') && i + 1 < t1 && IsWord(i + 1) && WordSets.ClauseBoundaries.Has(Word(i + 1)))
            {
                return i > from;
            }

            if (!IsWord(i) || IsWordAny(i, "that", "how", "why", "what", "whether", "to"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"…, officials said late on Wednesday.": only when it was said follows the cue, so what was said came before it.</summary>
    private bool OnlyTimeThenEnd(int from, int t1)
    {
        for (var i = from; i < t1; i++)
        {
            if (IsEndPunct(i))
            {
                return i > from;
            }

            var isTime = tokens[i].Kind == TokenKind.Number
                         || IsWord(i) && (Dates.CalendarWords.Weekdays.ContainsKey(Word(i).ToString()) || Dates.CalendarWords.Months.ContainsKey(Word(i).ToString())
                                          || WordSets.TimeAdjuncts.Has(Word(i)));
            if (!isTime)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"said AT LEAST a dozen…", "said ABOUT 200…": a hedged amount opens the reported clause, it is not an adjunct.</summary>
    private bool StartsWithAmount(int a, int t1) =>
        a + 1 < t1 && (IsWordAny(a, "at") && IsWordAny(a + 1, "least", "most")
                       || IsWordAny(a, "about", "around", "nearly", "almost", "over", "some", "up") && (tokens[a + 1].Kind == TokenKind.Number || IsWordAny(a + 1, "to")));

    private ReadOnlySpan<char> Word(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    private bool IsWord(int i) => tokens[i].Kind == TokenKind.Word;

    private bool IsLower(int i) => char.IsLower(text[tokens[i].Start]);

    private bool IsWordAny(int i, params ReadOnlySpan<string> words)
    {
        if (!IsWord(i))
        {
            return false;
        }

        var w = Word(i);
        foreach (var candidate in words)
        {
            if (w.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNegator(int i) => WordSets.Negators.Has(Word(i)) || Word(i).EndsWith("n’t", StringComparison.Ordinal) || Word(i).EndsWith("n't", StringComparison.Ordinal);

    private bool IsPunct(int i, char c) => tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] == c;

    private bool IsQuote(int i) => tokens[i].Kind == TokenKind.Quote && (text[tokens[i].Start] is '“' or '”' or '"' or '«' or '»' or '„' || tokens[i].Length == 2);

    private bool IsEndPunct(int i) => tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is '.' or '?' or '!';

    private bool ClosesQuote(int i) => i >= 0 && IsQuote(i) && QuoteEndingAt(i) is not null;

    /// <summary>The quotation whose closing mark is token <paramref name="i"/> (or the comma right after it).</summary>
    private Quotation? QuoteEndingAt(int i)
    {
        if (i >= 0 && IsPunct(i, ',') && i > 0 && IsQuote(i - 1))
        {
            i--;
        }

        if (i < 0 || !IsQuote(i))
        {
            return null;
        }

        var end = tokens[i].End;
        var index = QuoteIndexAtOrBefore(tokens[i].Start);
        return index >= 0 && quotes[index].End == end ? quotes[index] : null;
    }

    private Quotation? QuoteStartingAt(int i)
    {
        var index = QuoteIndexAtOrBefore(tokens[i].Start);
        return index >= 0 && quotes[index].Start == tokens[i].Start ? quotes[index] : null;
    }

    private bool InsideQuote(int position)
    {
        var index = QuoteIndexAtOrBefore(position);
        return index >= 0 && quotes[index].Contains(position);
    }

    /// <summary>Whether a claim overlaps the quotation; <paramref name="next"/> is the first claim ending after its start.</summary>
    private static bool Covered(List<ClaimCandidate> sorted, int next, Quotation q)
    {
        for (var i = Math.Max(0, next - LocalWindow); i < sorted.Count && i < next + LocalWindow; i++)
        {
            if (sorted[i].Start < q.ContentEnd && q.ContentStart < sorted[i].End)
            {
                return true;
            }
        }

        return false;
    }

    private int QuoteIndexAtOrBefore(int position)
    {
        int lo = 0, hi = quotes.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (quotes[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private int SentenceContentEnd(int from, int t1)
    {
        var e = t1 - 1;
        while (e >= from && (IsEndPunct(e) || IsQuote(e) && QuoteEndingAt(e) is null))
        {
            e--;
        }

        return e >= from ? tokens[e].End : from < tokens.Count ? tokens[from].Start : text.Length;
    }

    private int WordCount(int start, int end)
    {
        var (t0, t1) = TokenRange(new SentenceSpan(start, end));
        var n = 0;
        for (var i = t0; i < t1; i++)
        {
            if (IsWord(i))
            {
                n++;
            }
        }

        return n;
    }

    private int CountNewlines(int start, int end)
    {
        var n = 0;
        for (var i = start; i < end && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                n++;
            }
        }

        return n;
    }

    private (AttributionCue Cue, int Last)? MatchCue(int i, int t1)
    {
        foreach (var cue in lexicon.CuesStartingWith(Word(i)))
        {
            var last = i;
            var ok = true;
            for (var w = 1; w < cue.Words.Length; w++)
            {
                last = i + w;
                if (last >= t1 || !IsWord(last) || !Word(last).Equals(cue.Words[w], StringComparison.OrdinalIgnoreCase))
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                return (cue, last);
            }
        }

        return null;
    }

    /// <summary>The tokens of a sentence, as the index range [first, last).</summary>
    private (int First, int Last) TokenRange(SentenceSpan s) => (LowerBound(s.Start), LowerBound(s.End));

    private int LowerBound(int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
