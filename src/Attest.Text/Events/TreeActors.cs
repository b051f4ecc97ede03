using Attest.Core.Extraction;
using Attest.Text.Attribution;
using Attest.Text.Syntax;

namespace Attest.Text.Events;

/// <summary>Reads an event's actors from the parse and the document: the arguments the tree gives the trigger, resolved to
/// entities and countries, pronouns to the speaker or the last actor, attacks told again to the attacker told before, and
/// unowned victims to the place of the event or the country the document is about.</summary>
internal sealed class TreeActors
{
    private readonly MentionIndex mentions;
    private readonly EventLexicon lexicon;
    private readonly ActorReader actorReader;
    private readonly SpeakerResolver persons;
    private readonly Func<int, bool> isDate;
    private readonly Func<int, EventActor?, EventActor?, EventPlace?> placeIn;
    private readonly List<ToldEvent> told = [];
    private readonly string? theatre;
    private readonly IReadOnlyList<ParsedSentence> sentences;

    /// <param name="isDate">Whether a character offset lies in a date mention.</param>
    /// <param name="placeIn">The place a sentence names that is neither the source nor the target.</param>
    /// <param name="sentences">The parse of every sentence, in order.</param>
    public TreeActors(MentionIndex mentions, EventLexicon lexicon, ActorReader actorReader, SpeakerResolver persons, Func<int, bool> isDate,
        Func<int, EventActor?, EventActor?, EventPlace?> placeIn, IReadOnlyList<ParsedSentence> sentences)
    {
        this.sentences = sentences;
        this.mentions = mentions;
        this.lexicon = lexicon;
        this.actorReader = actorReader;
        this.persons = persons;
        this.isDate = isDate;
        this.placeIn = placeIn;
        theatre = Theatre(mentions);
    }

    /// <summary>Records an event as told, in document order, for the events after it to refer back to.</summary>
    public void Told(EventPattern pattern, EventActor source, EventPlace? location, int sentence) =>
        told.Add(new ToldEvent(pattern, source, location, sentence));

    /// <summary>The source, target and place of the event whose trigger is word <paramref name="trigger"/> of sentence
    /// <paramref name="k"/>; <paramref name="madeToHappen"/> says a verb makes an event noun happen. The word-order guesses are
    /// kept only when they name an entity and the tree names no one.</summary>
    public (EventActor? Source, EventActor? Target, EventPlace? Place) Read(ParsedSentence parse, int trigger, EventPattern pattern,
        bool madeToHappen, int k, EventActor? wordSource, EventActor? wordTarget)
    {
        var arguments = EventArguments.Find(parse, trigger, pattern.Context == EventContext.Topic ? "with" : pattern.TargetPreposition, lexicon, madeToHappen);
        if (pattern.Context == EventContext.Undergone)
        {
            arguments = EventArguments.Undergone(parse, trigger, arguments, lexicon);
        }
        if (arguments.Target >= 0 && isDate(parse[arguments.Target].Start))
        {
            // "met … on Thursday": a time is never whom it was done to; the tree has no target then.
            arguments = arguments with { Target = -1 };
        }

        if (arguments.Source >= 0 && isDate(parse[arguments.Source].Start))
        {
            // "Monday's strikes": a time owning the event says which one it was, the one told before. A date read as the subject
            // of a conjoined verb ("welcomed the report dated 3 May and demanded…") is a misparse: the first verb's subject did it.
            var shared = parse.Upos(trigger) == "VERB" && parse.Relation(trigger) == "conj" && parse.Head(trigger) is var first and >= 0
                ? EventArguments.Find(parse, first, null, lexicon).Source
                : -1;
            arguments = shared >= 0 && !isDate(parse[shared].Start) ? arguments with { Source = shared } : arguments with { Source = -1, RefersBack = true };
        }

        if (arguments.Target >= 0 && QuoteBetween(parse, trigger, arguments.Target))
        {
            // "“…urged the envoy to act,” aides added": a word past the quotation's end belongs to the frame that reports it.
            arguments = arguments with { Target = -1 };
        }

        if (arguments.Target >= 0 && ActorWords.Shipped.ClassOf(parse.Lemma(arguments.Target).ToLowerInvariant()) == ActorNounClass.Weapon)
        {
            // "fired 40 drones": what was fired is not whom it was fired at.
            arguments = arguments with { Target = -1 };
        }

        var source = TreeActor(parse, arguments.Source, null, k);
        if (arguments.Target >= 0 && parse.Upos(arguments.Target) == "PRON" && EventArguments.FirstConjunct(parse, arguments.Target) is var other and >= 0
            && TreeActor(parse, arguments.Target, null, k) is null)
        {
            arguments = arguments with { Target = other }; // "killing himself and nine villagers": the villagers named beside the pronoun
        }

        var target = TreeActor(parse, arguments.Target, null, k);
        var place = placeIn(k, source, target);
        // Only a place the sentence puts the event in ("in Gaza", "near the border") says whose the victims are; a country
        // named as a speaker or a party does not.
        var placeCountry = (place is null || !IsLocative(parse, place.Entity, trigger) ? null : CountryOf(place.Entity)) is { } named
            && (theatre is null || named == theatre || NamesCountry(named, place!.Entity))
            ? named
            : null;
        var attack = pattern.IsForce;
        // Without a place in the sentence, the country the document is about, or where the last attack happened ("…leaving
        // five dead"); but not for the victims of that country's own side ("the militia killed 30 villagers" in a report on
        // the militia's country), who may be anyone's.
        var unplaced = theatre ?? (attack ? EarlierAttackCountry(k) : null);
        if (placeCountry is null && !(attack && source?.Country is { } own && own == unplaced))
        {
            placeCountry = unplaced;
        }
        if (placeCountry is not null)
        {
            source = source?.Country is null ? TreeActor(parse, arguments.Source, placeCountry, k) : source;
            target = target?.Country is null ? TreeActor(parse, arguments.Target, placeCountry, k) : target;
        }

        if (attack && source?.Entity is { } sourceId && mentions.Entity(sourceId) is { Type: "location" } town && !actorReader.IsCountry(town))
        {
            // "Port Arlen strike hit…" read with the town as the subject: a town or region is where an attack came from or
            // happened, not who carried it out.
            (source, arguments) = (null, arguments with { Source = -1, RefersBack = true });
        }

        if (attack && source is { Country: null } && ActorWords.Shipped.ClassOf(parse.Lemma(arguments.Source).ToLowerInvariant()) == ActorNounClass.Weapon)
        {
            // "a shell landed near a clinic": the weapon did not fire itself; whoever fired the last one did.
            (source, arguments) = (null, arguments with { Source = -1, RefersBack = true });
        }

        if (source?.Country is null && arguments.RefersBack && attack && EarlierAttacker(k) is { } earlier)
        {
            // "rebel shelling hit the market … nine died in the attack": the same attack, the same attacker.
            source = earlier;
        }

        if (target is null && arguments.TargetRefersBack && EarlierAttacker(k) is { } attacker)
        {
            target = attacker; // "The Taliban denounced the strikes": whoever carried them out
        }

        if ((attack || pattern.IsAppeal) && target is null && (arguments.Target < 0 || parse.Upos(arguments.Target) == "PRON") && placeCountry is not null)
        {
            // "gunmen opened fire at dawn", "raids were carried out on three villages": an attack that names no one it
            // was aimed at (or only by a pronoun the document does not resolve) struck the country where it happened; "the
            // families demanded an inquiry": a demand that names no one is made of that country's authorities.
            // The place stands as the target only when it is where the country came from, not a place told beside it.
            var struck = place is not null && CountryOf(place.Entity) == placeCountry ? place : null;
            target = new EventActor(struck?.Name ?? placeCountry, struck?.Entity, placeCountry);
        }

        source ??= arguments.Source < 0 && !arguments.RefersBack && wordSource?.Entity is not null && wordSource.Entity != target?.Entity ? wordSource : null;
        target ??= arguments.Target < 0 && wordTarget?.Entity is not null && wordTarget.Entity != source?.Entity ? wordTarget : null;
        return (source, target, place);
    }

    private static bool QuoteBetween(ParsedSentence parse, int from, int to)
    {
        for (var w = Math.Min(from, to) + 1; w < Math.Max(from, to); w++)
        {
            if (parse[w].Xpos is "``" or "''")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The source of the last attack before sentence <paramref name="k"/> (or earlier in it) whose attacker has a country.</summary>
    private EventActor? EarlierAttacker(int k)
    {
        for (var i = told.Count - 1; i >= 0; i--)
        {
            if (told[i].Sentence <= k && told[i].Pattern.IsForce && told[i].Source is { Country: not null } source)
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>The country of the place of the last attack before sentence <paramref name="k"/> (or earlier in it), if it had one.</summary>
    private string? EarlierAttackCountry(int k)
    {
        for (var i = told.Count - 1; i >= 0; i--)
        {
            if (told[i].Sentence <= k && told[i].Pattern.IsForce && told[i].Location?.Entity is { } place)
            {
                return CountryOf(place);
            }
        }

        return null;
    }

    /// <summary>A speaker reporting an event is not its actor unless the tree says so: a word-order guess that lands on the
    /// speaker is dropped.</summary>
    public static bool IsReporter(EventActor? actor, Speaker? reporter) =>
        actor is not null && reporter is not null
        && (actor.Entity is not null && actor.Entity == reporter.Entity || string.Equals(actor.Name, reporter.Name, StringComparison.Ordinal));

    /// <summary>Whether the document names the country of a place elsewhere: a town of another country than the one the
    /// document is about is more likely a homonym (a village named like one abroad) unless that country comes up.</summary>
    private bool NamesCountry(string country, string? placeId)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Entity is { Type: "location" } other && other.Id != placeId && other.Country == country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a mention of the entity is governed by a place preposition ("in", "near", "at") within the clause of the
    /// trigger: "the war in Arland began when the militia killed…" does not put the killing in Arland.</summary>
    private bool IsLocative(ParsedSentence parse, string? entityId, int trigger)
    {
        var clause = parse.Upos(trigger) == "NOUN" && parse.Head(trigger) >= 0 && parse.Upos(parse.Head(trigger)) == "VERB" ? parse.Head(trigger) : trigger;
        for (var w = 0; w < parse.Count; w++)
        {
            var head = parse.Head(w);
            if (head <= w || parse.Relation(w) != "case" || !ActorWords.Shipped.LocativePrepositions.Has(parse.Form(w)) || !IsWithin(parse, head, clause))
            {
                continue;
            }

            var last = head;
            foreach (var child in parse.Children(head))
            {
                last = Math.Max(last, child);
            }

            foreach (var mention in mentions.Within(parse[w + 1].Start, parse[last].End))
            {
                if (mention.Entity.Id == entityId)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsWithin(ParsedSentence parse, int word, int ancestor)
    {
        for (var w = word; w >= 0; w = parse.Head(w))
        {
            if (w == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The actor headed by a word of the parse; a pronoun is the last actor of the same kind the events named.</summary>
    private EventActor? TreeActor(ParsedSentence parse, int head, string? placeCountry, int k)
    {
        if (head < 0)
        {
            return null;
        }

        if (parse.Upos(head) == "PRON")
        {
            var pronoun = parse.Form(head);
            if (pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                return persons.SalientPerson(parse[head].Start, k) is { } person
                    ? new EventActor(person.Name ?? "unknown", person.Entity, CountryOf(person.Entity))
                    : null;
            }

            if (!pronoun.Equals("it", StringComparison.OrdinalIgnoreCase) && !pronoun.Equals("they", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            // "the ministry said it had shelled…": the subject of a reported clause is the one reporting it, when a subject
            // that is not itself a pronoun does the reporting.
            return ReportingSubject(parse, head) is var reporter and >= 0 && parse.Upos(reporter) != "PRON"
                ? actorReader.Read(parse, reporter, placeCountry)
                : RecentActor(k) ?? PreviousSubject(parse, head, k, plural: pronoun.Equals("they", StringComparison.OrdinalIgnoreCase));
        }

        var actor = actorReader.Read(parse, head, placeCountry);
        // "the Port Arlen strike", "a border-town attack": a town or region naming an event says where it happened, not who did it.
        return actor?.Entity is { } id && parse.Relation(head) == "compound" && mentions.Entity(id) is { Type: "location" } place
            && !actorReader.IsCountry(place)
            ? null
            : actor;
    }

    /// <summary>"Valdonia massed troops… On Sunday it shelled…", "The ministers of the League met… They called for…": the last
    /// named subject of the pronoun's number before it, in its sentence or the two before, that is a placed entity.</summary>
    private EventActor? PreviousSubject(ParsedSentence parse, int pronoun, int k, bool plural)
    {
        for (var s = Math.Min(k, sentences.Count - 1); s >= 0 && s >= k - 2; s--)
        {
            var sentence = s == k ? parse : sentences[s];
            for (var w = (s == k ? pronoun : sentence.Count) - 1; w >= 0; w--)
            {
                var number = plural ? sentence[w].Xpos is "NNS" or "NNPS" : sentence.Upos(w) == "PROPN" && sentence[w].Xpos != "NNPS";
                if (sentence.Relation(w) is "nsubj" or "nsubj:pass" && number
                    && actorReader.Read(sentence, w, null) is { Entity: not null, Country: not null } actor)
                {
                    return actor;
                }
            }
        }

        return null;
    }

    /// <summary>The subject of the reporting verb whose clause the word is the subject of, or −1.</summary>
    private static int ReportingSubject(ParsedSentence parse, int pronoun)
    {
        var clause = parse.Head(pronoun);
        if (clause < 0 || parse.Relation(pronoun) != "nsubj" || parse.Relation(clause) != "ccomp" || parse.Head(clause) is var cue && cue < 0
            || AttributionLexicon.Shipped.CueForLemma(parse.Lemma(cue)) is null)
        {
            return -1;
        }

        var subject = -1;
        foreach (var child in parse.Children(cue))
        {
            if (parse.Relation(child) == "nsubj" && child < cue)
            {
                subject = child;
            }
        }

        return subject;
    }

    /// <summary>"Valdonia launched … It fired …": the source of the last event of this or the two sentences before that has a
    /// named, placed actor.</summary>
    private EventActor? RecentActor(int k)
    {
        for (var i = told.Count - 1; i >= 0 && told[i].Sentence >= k - 2; i--)
        {
            if (told[i].Source is { Entity: not null, Country: not null } source && told[i].Source.Name != "unknown")
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>The country most of the document's places are in, when one clearly leads: where unplaced victims are. When
    /// the document names countries or regions, a town of a country it names neither of is a homonym more often than not, and
    /// is not counted.</summary>
    private string? Theatre(MentionIndex mentions)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Entity is { Type: "location", Country: { } country } place && seen.Add(place.Id) && actorReader.IsCountryOrRegion(place))
            {
                named.Add(country);
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Entity is { Type: "location", Country: { } country } && (named.Count == 0 || named.Contains(country)))
            {
                counts[country] = counts.GetValueOrDefault(country) + 1;
            }
        }

        var ranked = counts.OrderByDescending(c => c.Value).Take(2).ToList();
        // One country named once is the theatre when no other is named at all.
        return ranked.Count == 1 || ranked.Count > 1 && ranked[0].Value >= 2 && ranked[0].Value >= 2 * ranked[1].Value ? ranked[0].Key : null;
    }

    private string? CountryOf(string? entityId) =>
        entityId is not null && mentions.Entity(entityId) is { } entity ? actorReader.CountryOf(entity) : null;

    /// <summary>An event already coded: what the events after it may refer back to.</summary>
    private sealed record ToldEvent(EventPattern Pattern, EventActor Source, EventPlace? Location, int Sentence);
}
