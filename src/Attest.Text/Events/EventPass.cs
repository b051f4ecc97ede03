using System.Collections.Frozen;
using System.Globalization;
using Attest.Core.Extraction;
using Attest.Text.Attribution;
using Attest.Text.Knowledge;
using Attest.Text.Syntax;
using Attest.Text.Tokens;

namespace Attest.Text.Events;

/// <summary>Codes the events of one document: matches the CAMEO patterns sentence by sentence, checks each match's context,
/// marks negation and hypotheticals, then finds actors, place, date and the claim that reports it.</summary>
internal sealed class EventPass
{
    private const int MaxGap = 4;
    private const int LightVerbWindow = 4;
    private const int HappenWindow = 9;
    private const int MaxSubjectTokens = 8;
    private const int MaxTailTokens = 12;

    private static readonly EventGrammar Grammar = EventGrammar.Shipped;

    private readonly string text;
    private readonly List<Token> tokens;
    private readonly IReadOnlyList<SentenceSpan> sentences;
    private readonly MentionIndex mentions;
    private readonly EventLexicon lexicon;
    private readonly SpeakerResolver persons;
    private readonly IReadOnlyList<ClaimRecord> claims;
    private readonly IReadOnlyList<DateMention> dates;
    private readonly bool includeIrrealis;
    private readonly List<Found> found = [];
    private readonly int[] dateStarts;
    private readonly int[] claimStarts;
    private readonly IReadOnlyList<ParsedSentence> syntax;
    private readonly ActorReader actorReader;
    private readonly TreeActors treeActors;

    public EventPass(string text, List<Token> tokens, IReadOnlyList<SentenceSpan> sentences, MentionIndex mentions, EventLexicon lexicon,
        IReadOnlyList<ClaimRecord> claims, IReadOnlyList<DateMention> dates, bool includeIrrealis, IReadOnlyList<ParsedSentence>? syntax = null)
    {
        this.syntax = syntax ?? [];
        actorReader = new ActorReader(text, mentions, KnowledgeBase.Shared, ActorWords.Shipped, this.syntax);
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.mentions = mentions;
        this.lexicon = lexicon;
        this.includeIrrealis = includeIrrealis;
        this.dates = [.. dates.OrderBy(d => d.Start)];
        dateStarts = [.. this.dates.Select(d => d.Start)];
        this.claims = [.. claims.OrderBy(c => c.Start)];
        claimStarts = [.. this.claims.Select(c => c.Start)];
        persons = new SpeakerResolver(text, tokens, sentences, mentions, AttributionLexicon.Shipped);
        treeActors = new TreeActors(mentions, lexicon, actorReader, persons, position => DateCovering(position) is not null, PlaceIn, this.syntax);
        foreach (var claim in claims)
        {
            if (claim.Speaker.Kind == "person")
            {
                persons.Remember(claim.Start, claim.Speaker, null, false); // "he" in an event prefers the person who was speaking
            }
        }
    }

    public List<EventRecord> Run()
    {
        for (var k = 0; k < sentences.Count; k++)
        {
            var t0 = LowerBound(sentences[k].Start);
            var t1 = LowerBound(sentences[k].End);
            var firstInSentence = found.Count;
            for (var i = t0; i < t1; i++)
            {
                if (tokens[i].Kind != TokenKind.Word)
                {
                    continue;
                }

                foreach (var pattern in lexicon.PatternsStartingWith(Word(i)))
                {
                    var last = Match(pattern, 1, i + 1, t1);
                    if (last < 0 || !ContextHolds(pattern, i, last, t0, t1, k))
                    {
                        continue;
                    }

                    if (pattern.Context != EventContext.Ignore)
                    {
                        Code(pattern, i, last, t0, t1, k);
                    }

                    i = last;
                    break;
                }
            }

            MergeSameEvent(firstInSentence);
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var events = new List<EventRecord>(found.Count);
        foreach (var f in found)
        {
            if (f.Merged)
            {
                continue;
            }

            events.Add(new EventRecord("v" + (events.Count + 1).ToString(CultureInfo.InvariantCulture), f.Start, f.End, f.Pattern.Cameo,
                f.Pattern.Root, f.Source, f.Target, f.Location, f.Date, f.Claim, f.Negated, f.Hypothetical));
        }

        return events;
    }

    /// <summary>The last token of <paramref name="pattern"/> matched from word <paramref name="p"/> at token <paramref name="t"/>, or -1.</summary>
    private int Match(EventPattern pattern, int p, int t, int t1)
    {
        if (p == pattern.Words.Length)
        {
            return t - 1;
        }

        var words = pattern.Words[p];
        if (words is null)
        {
            for (var skip = 0; skip <= MaxGap && t + skip < t1; skip++)
            {
                if (skip > 0 && !IsGapToken(t + skip - 1))
                {
                    break;
                }

                var last = Match(pattern, p + 1, t + skip, t1);
                if (last >= 0)
                {
                    return last;
                }
            }

            return -1;
        }

        while (t < t1 && IsInnerHyphen(t))
        {
            t++;
        }

        if (t >= t1 || tokens[t].Kind != TokenKind.Word)
        {
            return -1;
        }

        var w = Word(t);
        foreach (var candidate in words)
        {
            if (w.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return Match(pattern, p + 1, t + 1, t1);
            }
        }

        return -1;
    }

    private bool ContextHolds(EventPattern pattern, int first, int last, int t0, int t1, int k)
    {
        switch (pattern.Context)
        {
            case EventContext.Verb or EventContext.Topic or EventContext.Callee or EventContext.Pejorative or EventContext.Undergone:
                if (char.IsUpper(text[tokens[first].Start]) && first != t0 || first > t0 && (IsPossessive(first - 1)
                    || IsWord(first - 1) && WordSets.Determiners.Has(Word(first - 1))
                    || first - 1 > t0 && (IsWord(first - 2) && WordSets.Determiners.Has(Word(first - 2)) || IsPossessive(first - 2)) && IsModifier(first - 1)
                       && !IsPastForm(first)
                    || IsWord(first - 1) && Grammar.NounPrepositions.Has(Word(first - 1)) && !Word(first).EndsWith("ing", StringComparison.Ordinal))
                    || last + 1 < t1 && IsWord(last + 1) && Word(last + 1) is "of" && pattern.Words.Length == 1)
                {
                    return false; // "the attack", "his visit", "the upcoming visit of…": nouns or names, not verbs
                }

                if (first > t0 && IsInnerHyphen(first - 1))
                {
                    return false; // "US-provided drones", "Israeli-designated zone": the second half of a compound adjective
                }

                if (IsTaggedNoun(first, t0, t1, k))
                {
                    // "said attacks on hospitals violate…": the tagger reads the word as a noun here, so it is an event only as an
                    // event noun is.
                    return IsMadeToHappen(first, last, t0, t1) || NamesParticipants(first, last, t0, t1, k);
                }

                if (pattern.Context == EventContext.Callee)
                {
                    return IsCallee(last + 1, t1);
                }

                if (pattern.Context == EventContext.Pejorative)
                {
                    for (var i = last + 1; i < t1 && i <= last + 10 && !IsEndPunct(i); i++)
                    {
                        if (IsWord(i) && lexicon.IsPejorative(Word(i)))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                return true;
            case EventContext.Noun:
                return IsMadeToHappen(first, last, t0, t1) || NamesParticipants(first, last, t0, t1, k);
            case EventContext.Ignore:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether the tagger reads an -s form as a plural noun ("attacks", "strikes"): the one reading of a trigger
    /// where it beats the word-order checks, which cannot tell a plural from a third-person verb.</summary>
    private bool IsTaggedNoun(int i, int t0, int t1, int k) =>
        k < syntax.Count && syntax[k].Count == t1 - t0 && syntax[k][i - t0].Xpos == "NNS";

    /// <summary>"called the Premier", "called Modi": a person or a state follows, not "for", "on" or a name-calling.</summary>
    private bool IsCallee(int i, int t1)
    {
        if (i < t1 && IsWord(i) && Word(i) is "up")
        {
            i++;
        }

        if (i >= t1 || !IsWord(i))
        {
            return false;
        }

        // "called Modi a fascist" is name-calling, not a phone call.
        for (var a = i + 1; a < t1 && a <= i + 4; a++)
        {
            if (IsWord(a) && Word(a) is "a" or "an")
            {
                return false;
            }
        }

        if (Word(i) is "the" or "his" or "her" or "their" && i + 1 < t1)
        {
            i++;
            return IsWord(i) && (char.IsUpper(text[tokens[i].Start]) || AttributionLexicon.Shipped.Classify(Word(i)) == SpeakerWordClass.RolePerson);
        }

        return char.IsUpper(text[tokens[i].Start]) && !(Word(i) is "It" or "This" or "That");
    }

    private bool IsMadeToHappen(int first, int last, int t0, int t1) => HappeningAnchor(first, last, t0, t1) >= 0;

    /// <summary>Whether the parse says a one-word event noun tells a particular event with no verb making it happen: "Russia's
    /// attack", "the strikes on the camp", "clashes between the army and the rebels", "the massacre of 12 March".</summary>
    private bool NamesParticipants(int first, int last, int t0, int t1, int k) =>
        k < syntax.Count && syntax[k].Count == t1 - t0
        && ParticularEventNoun.Tells(syntax[k], last - t0, position => DateCovering(position) is not null, IsPlaceAt);

    private bool IsPlaceAt(int position)
    {
        var i = mentions.FirstAtOrAfter(position);
        return i < mentions.Count && mentions[i].Start <= position && mentions[i].Entity.Type == "location"
            || i > 0 && mentions[i - 1].Start <= position && position < mentions[i - 1].End && mentions[i - 1].Entity.Type == "location";
    }

    /// <summary>The token that makes an event noun happen: the light verb before it ("HELD a meeting"), "there" of "there were",
    /// or the noun itself when a verb after it says it happened ("a conversation was held"); -1 when nothing does.</summary>
    private int HappeningAnchor(int first, int last, int t0, int t1)
    {
        for (var i = first - 1; i >= t0 && i >= first - LightVerbWindow; i--)
        {
            if (!IsWord(i) && !IsInnerHyphen(i) && !IsPossessive(i))
            {
                break;
            }

            if (IsWord(i) && Grammar.LightVerbs.Has(Word(i)))
            {
                return i;
            }

            if (IsWord(i) && Word(i) is "were" or "was" or "been" or "are" or "is" && i - 1 >= t0 && IsWord(i - 1)
                && (Word(i - 1) is "there" or "There" || i - 2 >= t0 && Word(i - 2) is "there" or "There"))
            {
                return Word(i - 1) is "there" or "There" ? i - 1 : i - 2; // "there were demonstrations", "there have been clashes"
            }
        }

        for (var i = last + 1; i < t1 && i <= last + HappenWindow; i++)
        {
            if (IsEndPunct(i) || IsQuoteToken(i))
            {
                break;
            }

            if (IsWord(i) && Grammar.HappenVerbs.Has(Word(i)))
            {
                return !(Word(i) is "came" or "comes" or "took" or "broke") || i + 1 < t1 && IsWord(i + 1) && Word(i + 1) is "from" or "place" or "out"
                    ? first : -1;
            }

            if (IsWord(i) && (WordSets.ClauseBoundaries.Has(Word(i)) && Word(i) is not ("and" or "as")) && !(i == last + 1 && Word(i) is "that" or "which"))
            {
                break; // …but "a gunfight THAT broke out" goes on
            }
        }

        return -1;
    }

    private void Code(EventPattern pattern, int first, int last, int t0, int t1, int k)
    {
        // An event noun takes its modality and its subject from what makes it happen: "would HOLD talks", "there WERE protests".
        var anchor = pattern.Context == EventContext.Noun ? HappeningAnchor(first, last, t0, t1) : first;
        var byTree = anchor < 0 && pattern.Context == EventContext.Noun && NamesParticipants(first, last, t0, t1, k);
        if (byTree)
        {
            anchor = first; // "Russia's attack on Kyiv": the noun itself, with its own participants
        }
        else if (anchor < 0)
        {
            return;
        }

        var (negated, hypothetical) = Modality(anchor, last, t0, t1);
        for (var i = anchor + 1; i < first; i++)
        {
            negated |= IsWord(i) && WordSets.Negators.Has(Word(i)); // "there was NO meeting", "held NO talks"
        }

        if ((negated || hypothetical) && !includeIrrealis)
        {
            return;
        }

        var passive = false;
        int subjectFirst, subjectLast;
        if (anchor < first && IsWord(anchor) && Word(anchor) is "there" or "There" || anchor == first && pattern.Context == EventContext.Noun)
        {
            (subjectFirst, subjectLast) = (first, first - 1); // "there were protests", "a conversation was held": no subject before
        }
        else
        {
            (subjectFirst, subjectLast, passive) = Subject(anchor, t0);
            passive |= pattern.Context == EventContext.Undergone;
        }

        var end = last;
        while (end + 1 < t1 && end + 1 <= last + MaxTailTokens && !IsClauseEnd(end + 1))
        {
            end++;
        }

        EventActor? source = null, target = null, agent = null;
        EventPlace? place = null;
        if (pattern.Context == EventContext.Noun && anchor == first)
        {
            // "support came from the US", "a conversation was held between Trump and Imran": the actors follow.
            for (var i = last + 1; i < t1 && i <= last + HappenWindow; i++)
            {
                if (IsWord(i) && Word(i) is "from" or "between" or "by" or "with")
                {
                    end = i;
                    while (end + 1 < t1 && end + 1 <= i + MaxTailTokens && !IsClauseEnd(end + 1) || end + 1 < t1 && IsWord(end + 1) && Word(end + 1) is "and" && end < i + 6)
                    {
                        end++;
                    }

                    var actors = mentions.Within(tokens[i].Start, tokens[end].End).Select(m => m.Entity).Distinct().ToList();
                    source = actors.Count > 0 ? ToActor(actors[0]) : null;
                    target = actors.Count > 1 ? ToActor(actors[1]) : null;
                    break;
                }
            }
        }
        else
        {
            var subject = subjectFirst <= subjectLast ? Actor(subjectFirst, subjectLast, k) : null;
            if (subject is null && subjectFirst > subjectLast && LastInSentence(k) is { } previous && IsCoordinated(anchor, t0))
            {
                subject = previous.Source; // "… and had requested that": the same subject as the verb before
            }

            var objectActor = pattern.Context == EventContext.Topic ? ActorAfterWith(last + 1, end, k) : ActorAfter(last + 1, end, passive, k, out agent);
            (source, target) = passive ? (agent, subject ?? (agent is null ? null : objectActor)) : (subject, objectActor);
        }

        if (k < syntax.Count && syntax[k].Count == t1 - t0)
        {
            // The parse knows who did what to whom better than word order does; a word-order guess is kept only when it
            // names an entity and the tree names no one.
            var reporter = ReportingClaim(tokens[first].Start, first) is { } claimId ? claims.First(c => c.Id == claimId).Speaker : null;
            (source, target, place) = treeActors.Read(syntax[k], SpanHead(syntax[k], first - t0, last - t0), pattern, !byTree, k,
                TreeActors.IsReporter(source, reporter) ? null : source, TreeActors.IsReporter(target, reporter) ? null : target);
        }

        var start = subjectFirst <= subjectLast ? tokens[subjectFirst].Start : tokens[Math.Min(anchor, first)].Start;
        var coded = new Found
        {
            Start = start,
            End = tokens[end].End,
            TriggerStart = tokens[first].Start,
            Pattern = pattern,
            Source = source ?? new EventActor("unknown", null, null),
            Target = target is not null && target.Entity is not null && target.Entity == source?.Entity ? null : target,
            Location = place ?? PlaceIn(k, source, target),
            Date = DateNear(k, tokens[first].Start),
            Claim = ReportingClaim(tokens[first].Start, first),
            Negated = negated,
            Hypothetical = hypothetical,
            Sentence = k,
        };
        found.Add(coded);
        treeActors.Told(pattern, coded.Source, coded.Location, k);
    }

    /// <summary>The subject phrase before the verb at <paramref name="verb"/>: auxiliaries and adverbs skipped, "decided to" skipped,
    /// "the group which met" read back to "the group"; also whether the verb is passive ("was killed").</summary>
    private (int First, int Last, bool Passive) Subject(int verb, int t0)
    {
        var s = verb - 1;
        var passive = false;
        for (var rounds = 0; rounds < 3; rounds++)
        {
            while (s >= t0 && IsWord(s) && (WordSets.Auxiliaries.Has(Word(s)) || WordSets.BetweenSpeakerAndCue.Has(Word(s)) || Grammar.Modals.Has(Word(s))
                                           || char.IsLower(text[tokens[s].Start]) && Word(s).EndsWith("ly", StringComparison.Ordinal)))
            {
                passive |= Word(s) is "was" or "were" or "been" or "be" or "being" or "is" or "are";
                s--;
            }

            if (s >= t0 && DateCovering(tokens[s].Start) is { } date)
            {
                // "India on Tuesday summoned…": the date phrase is not the subject.
                while (s >= t0 && tokens[s].Start >= date.Start)
                {
                    s--;
                }

                if (s >= t0 && IsWord(s) && Word(s) is "on" or "in" or "at" or "since" or "by" or "during" or "late" or "early" or "last")
                {
                    s--;
                }

                continue;
            }

            if (s > t0 && IsWord(s) && Word(s) is "to" && IsWord(s - 1) && char.IsLower(text[tokens[s - 1].Start]))
            {
                s -= 2; // "decided to move": the subject is the decider's
                passive = false;
                continue;
            }

            if (s >= t0 && IsWord(s) && Word(s) is "which" or "who" or "that")
            {
                s--;
                if (s >= t0 && IsPunct(s, ','))
                {
                    s--;
                }

                continue;
            }

            break;
        }

        var last = s;
        while (s >= t0 && s > last - MaxSubjectTokens && IsSubjectToken(s))
        {
            s--;
        }

        return (s + 1, last, passive);
    }

    private bool IsCoordinated(int verb, int t0)
    {
        var s = verb - 1;
        while (s >= t0 && IsWord(s) && (WordSets.Auxiliaries.Has(Word(s)) || WordSets.BetweenSpeakerAndCue.Has(Word(s))))
        {
            s--;
        }

        return s >= t0 && (IsWord(s) && Word(s) is "and" or "but" or "then" || IsPunct(s, ','));
    }

    private Found? LastInSentence(int k) => found.Count > 0 && found[^1].Sentence == k ? found[^1] : null;

    /// <summary>"did not veto", "would be forced to respond", "urged X to take action", "if it allows", "be investigated",
    /// "from carrying on", "about to happen", "only after Pakistan cuts ties".</summary>
    private (bool Negated, bool Hypothetical) Modality(int first, int last, int t0, int t1)
    {
        bool negated = false, hypothetical = false;
        var i = first - 1;
        for (var n = 0; i >= t0 && n < 5; n++, i--)
        {
            if (!IsWord(i))
            {
                break;
            }

            var w = Word(i);
            if (WordSets.Negators.Has(w) || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal))
            {
                negated = true;
            }
            else if (Grammar.Modals.Has(w) || w is "be" && n == 0 || w is "from" && n == 0 && Word(first).EndsWith("ing", StringComparison.Ordinal))
            {
                hypothetical = true;
            }
            else if (w is "to")
            {
                // An infinitive is a wish or a purpose unless a decision or "the only country to" governs it.
                var governor = i - 1;
                while (governor >= t0 && IsWord(governor) && WordSets.BetweenSpeakerAndCue.Has(Word(governor)))
                {
                    governor--;
                }

                var factual = governor >= t0 && IsWord(governor) && (Grammar.FactualInfinitiveGovernors.Has(Word(governor))
                    || governor - 1 >= t0 && IsWord(governor - 1) && Word(governor - 1) is "only" or "first" or "sole");
                hypothetical |= !factual;
                break;
            }
            else if (w is "after" or "before" && i - 1 >= t0 && IsWord(i - 1) && Word(i - 1) is "only")
            {
                hypothetical = true;
            }
            else if (!WordSets.BetweenSpeakerAndCue.Has(w) && !WordSets.Auxiliaries.Has(w) && !IsSubjectToken(i))
            {
                break;
            }
        }

        for (var a = last + 1; a + 1 < t1 && a <= last + 4 && !IsEndPunct(a); a++)
        {
            if (IsWord(a) && Word(a) is "about" && IsWord(a + 1) && Word(a + 1) is "to")
            {
                hypothetical = true; // "ethnic cleansing and genocide about to happen"
                break;
            }
        }

        // A conditional clause earlier in the sentence: "if it allows this to happen, it will…".
        for (var j = first - 1; j >= t0 && j >= first - 12; j--)
        {
            if (IsWord(j) && Grammar.HypotheticalOpeners.Has(Word(j)) && !(Word(j) is "should" or "Should" && j != t0))
            {
                hypothetical = true;
                break;
            }

            if (IsEndPunct(j) || IsPunct(j, ';'))
            {
                break;
            }
        }

        return (negated, hypothetical);
    }

    /// <summary>The word of a matched pattern the others hang from: "strikes" of "air strikes", "fire" of "opened fire".</summary>
    private static int SpanHead(ParsedSentence parse, int first, int last)
    {
        for (var w = first; w <= last && w < parse.Count; w++)
        {
            if (parse.Head(w) < first || parse.Head(w) > last)
            {
                return w;
            }
        }

        return first;
    }

    private EventActor? Actor(int first, int last, int k)
    {
        EntityRecord? best = null;
        var bestRank = int.MaxValue;
        foreach (var m in mentions.Within(tokens[first].Start, tokens[last].End))
        {
            var rank = (IsPossessiveAt(m.End) ? 10 : 0) + m.Entity.Type switch
            {
                "person" => 0,
                "group" => 1,
                "organization" => 2,
                _ => 3,
            };
            if (rank < bestRank)
            {
                (best, bestRank) = (m.Entity, rank);
            }
        }

        if (best is not null)
        {
            return ToActor(best);
        }

        if (first == last && Word(first) is "he" or "He" or "she" or "She" && persons.SalientPerson(tokens[first].Start, k) is { } person)
        {
            var entity = person.Entity;
            return new EventActor(person.Name ?? "unknown", entity, CountryOf(entity));
        }

        var phrase = text[tokens[first].Start..tokens[last].End];
        return WordSets.Pronouns.Has(phrase) ? null : new EventActor(phrase, null, null);
    }

    private EventActor ToActor(EntityRecord entity) => new(entity.Name, entity.Id, actorReader.CountryOf(entity));

    /// <summary>The first entity after the trigger within the clause; for a passive also the agent after "by".</summary>
    private EventActor? ActorAfter(int from, int to, bool passive, int k, out EventActor? agent)
    {
        agent = null;
        EventActor? first = null;
        for (var i = from; i <= to; i++)
        {
            if (passive && IsWord(i) && Word(i) is "by" or "from" && i + 1 <= to)
            {
                var e = i + 1;
                while (e + 1 <= to && IsSubjectToken(e + 1))
                {
                    e++;
                }

                agent = Actor(i + 1, e, k);
                break;
            }
        }

        var start = from < tokens.Count ? tokens[Math.Min(from, tokens.Count - 1)].Start : text.Length;
        var end = tokens[to].End;
        var within = mentions.Within(start, end).ToList();
        for (var i = 0; i < within.Count; i++)
        {
            var m = within[i];
            if (agent?.Entity == m.Entity.Id)
            {
                continue;
            }

            // "US President Donald Trump", "Indian Prime Minister Narendra Modi": the country only qualifies the title of the
            // person who is the actor.
            if (m.Entity.Type == "location" && i + 1 < within.Count && within[i + 1].Entity.Type == "person" && IsTitleBetween(m.End, within[i + 1].Start))
            {
                m = within[i + 1];
            }

            first = ToActor(m.Entity);
            break;
        }

        return first;
    }

    // Up to three capitalised words and nothing else between a country and a name: a title ("President", "Prime Minister").
    private bool IsTitleBetween(int from, int to)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                if (!inWord && (!char.IsUpper(c) || ++words > 3))
                {
                    return false;
                }

                inWord = true;
            }
            else if (c == ' ')
            {
                inWord = false;
            }
            else
            {
                return false;
            }
        }

        return words > 0;
    }

    // "discussed Afghanistan WITH the premier": only who it is discussed with is a party; what is discussed is not.
    private EventActor? ActorAfterWith(int from, int to, int k)
    {
        for (var i = from; i < to; i++)
        {
            if (IsWord(i) && Word(i) is "with")
            {
                return ActorAfter(i + 1, to, passive: false, k, out _);
            }
        }

        return null;
    }

    private string? CountryOf(string? entityId) =>
        entityId is not null && mentions.Entity(entityId) is { } entity ? actorReader.CountryOf(entity) : null;

    private EventPlace? PlaceIn(int k, EventActor? source, EventActor? target)
    {
        var s = sentences[k];
        var from = mentions.FirstAtOrAfter(s.Start);
        for (var i = from; i < mentions.Count && mentions[i].Start < s.End && i < from + 64; i++)
        {
            var e = mentions[i].Entity;
            if (e.Type == "location" && e.Id != source?.Entity && e.Id != target?.Entity && !IsPossessiveAt(mentions[i].End))
            {
                return new EventPlace(e.Name, e.Id);
            }
        }

        return null;
    }

    private EventDate? DateNear(int k, int position)
    {
        var s = sentences[k];
        DateMention? best = null;
        var i = LowerBoundBy(dateStarts, s.Start);
        for (var n = 0; i < dates.Count && dates[i].Start < s.End && n < 64; i++, n++)
        {
            var d = dates[i];
            if (d.End <= s.End && d.Value is not null && (best is null || Math.Abs(d.Start - position) < Math.Abs(best.Start - position)))
            {
                best = d;
            }
        }

        return best is null ? null : new EventDate(best.Value!);
    }

    /// <summary>The claim that reports the event: the widest attributed claim around it (so its <c>via</c> chain reaches the inner
    /// ones), or the claim whose cue the trigger is ("Khan accuses X of…" reports the accusation).</summary>
    private string? ReportingClaim(int position, int trigger)
    {
        ClaimRecord? best = null;
        ClaimRecord? cued = null;
        // Claims are sorted by start and lie within a sentence or a quotation: the few starting before the trigger are enough.
        var at = LowerBoundBy(claimStarts, position + 1);
        for (var i = at - 1; i >= 0 && i >= at - 32; i--)
        {
            var c = claims[i];
            if (c.Start <= position && position < c.End
                && (best is null || best.Speaker.Kind == "author" && c.Speaker.Kind != "author" || c.End - c.Start > best.End - best.Start && c.Speaker.Kind != "author"))
            {
                best = c;
            }
        }

        for (var i = at; i < claims.Count && claims[i].Start - position < 120; i++)
        {
            if (claims[i].Cue is { } cue && Word(trigger).Equals(cue, StringComparison.OrdinalIgnoreCase))
            {
                cued = claims[i];
                break;
            }
        }

        return (best is null || best.Speaker.Kind == "author") && cued is not null ? cued.Id : best?.Id;
    }

    private DateMention? DateCovering(int position)
    {
        var i = LowerBoundBy(dateStarts, position + 1) - 1;
        return i >= 0 && dates[i].Start <= position && position < dates[i].End ? dates[i] : null;
    }

    private static int LowerBoundBy(int[] starts, int position)
    {
        var i = Array.BinarySearch(starts, position);
        if (i < 0)
        {
            return ~i;
        }

        while (i > 0 && starts[i - 1] == position)
        {
            i--;
        }

        return i;
    }

    /// <summary>"visited Washington and met with Trump": two triggers of one root joined by "and" are one event.</summary>
    private void MergeSameEvent(int first)
    {
        for (var a = first; a < found.Count; a++)
        {
            for (var b = a + 1; b < found.Count && b <= a + 4; b++)
            {
                var x = found[a];
                var y = found[b];
                if (x.Merged || y.Merged || x.Pattern.Root != y.Pattern.Root)
                {
                    continue;
                }

                var gap = text.AsSpan(Math.Min(x.End, y.TriggerStart), Math.Max(0, y.TriggerStart - x.End));
                if (y.TriggerStart >= x.TriggerStart && gap.Length < 40 && gap.IndexOfAny(',', ';', '.') < 0 && gap.IndexOfAny('“', '”', '"') < 0)
                {
                    x.End = Math.Max(x.End, y.End);
                    y.Merged = true;
                }
            }
        }
    }

    private bool IsSubjectToken(int i)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Number || IsInnerHyphen(i) || IsPossessive(i))
        {
            return true;
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var w = Word(i);
        return !WordSets.ClauseBoundaries.Has(w) && !WordSets.Auxiliaries.Has(w) && !WordSets.IrregularPast.Has(w)
            && !(char.IsLower(w[0]) && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
            && w is not ("by" or "to" or "from" or "for" or "with" or "into" or "against" or "on" or "at" or "in" or "there" or "There");
    }

    private bool IsClauseEnd(int i)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Quote)
        {
            return text[t.Start] is '“' or '”' or '"';
        }

        if (t.Kind == TokenKind.Punctuation)
        {
            return !IsInnerHyphen(i) && text[t.Start] is not '&';
        }

        return t.Kind == TokenKind.Word && Word(i) is "that" or "which" or "who" or "as" or "while" or "because" or "when" or "if" or "but"
            or "and" or "wherein" or "where" or "after" or "before" or "although" or "though" or "since" or "unless";
    }

    /// <summary>An adjective-like word between a determiner and a noun: "the UPCOMING visit", "a PRESS release".</summary>
    private bool IsModifier(int i)
    {
        var w = Word(i);
        return char.IsLower(w[0]) && !WordSets.Auxiliaries.Has(w) && !WordSets.BetweenSpeakerAndCue.Has(w) && !Grammar.Modals.Has(w)
            && !WordSets.Negators.Has(w) && w is not ("to" or "and" or "or" or "but" or "that");
    }

    /// <summary>"thanked", "met": a past form is a verb even after "the premier"; "the upcoming visit" is a noun.</summary>
    private bool IsPastForm(int i) => Word(i).EndsWith("ed", StringComparison.Ordinal) || WordSets.IrregularPast.Has(Word(i));

    private bool IsGapToken(int i) => IsWord(i) || tokens[i].Kind == TokenKind.Number || IsInnerHyphen(i) || IsPossessive(i);

    private bool IsInnerHyphen(int i)
    {
        var t = tokens[i];
        return t.Kind == TokenKind.Punctuation && text[t.Start] == '-' && t.Start > 0 && !char.IsWhiteSpace(text[t.Start - 1])
            && t.End < text.Length && !char.IsWhiteSpace(text[t.End]);
    }

    private bool IsPossessive(int i) => tokens[i].Kind == TokenKind.Word && text[tokens[i].Start] is '’' or '\'';

    private bool IsPossessiveAt(int end) => end + 1 < text.Length && text[end] is '’' or '\'' && text[end + 1] is 's' or 'S';

    private bool IsWord(int i) => tokens[i].Kind == TokenKind.Word && !IsPossessive(i);

    private bool IsQuoteToken(int i) => tokens[i].Kind == TokenKind.Quote && (text[tokens[i].Start] is '“' or '”' or '"' || tokens[i].Length == 2);

    private bool IsEndPunct(int i) => tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is '.' or '?' or '!';

    private bool IsPunct(int i, char c) => tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] == c;

    private ReadOnlySpan<char> Word(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

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

    /// <summary>An event while the pass works on it.</summary>
    private sealed class Found
    {
        public required int Start { get; init; }
        public required int End { get; set; }
        public required int TriggerStart { get; init; }
        public required EventPattern Pattern { get; init; }
        public required EventActor Source { get; init; }
        public required EventActor? Target { get; init; }
        public required EventPlace? Location { get; init; }
        public required EventDate? Date { get; init; }
        public required string? Claim { get; init; }
        public required bool Negated { get; init; }
        public required bool Hypothetical { get; init; }
        public required int Sentence { get; init; }
        public bool Merged { get; set; }
    }
}
