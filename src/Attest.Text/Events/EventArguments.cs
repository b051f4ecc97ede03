using Attest.Text.Attribution;
using Attest.Text.Syntax;

namespace Attest.Text.Events;

/// <summary>Who did it and to whom, read from the parse around an event's trigger word: the agent and patient of a verb
/// (subject, object, passive subject, <c>by</c>-agent), the owner, nationality or <c>by</c>-phrase of an event noun and
/// what it was "on" or "against". Word indices in the sentence; −1 when the tree names no one. <see cref="RefersBack"/> marks
/// an attack whose doer the sentence leaves to the reader ("the strike hit…", "nine people were killed"): one told before.</summary>
public readonly record struct EventArguments(int Source, int Target, bool FromContext, bool RefersBack = false, bool TargetRefersBack = false)
{
    private static readonly EventArguments None = new(-1, -1, false);

    /// <summary>The arguments of the trigger at word <paramref name="trigger"/>; <paramref name="partyPreposition"/> reads the
    /// target from the phrase it introduces instead of the object: what is discussed is not a party, who it is discussed "with"
    /// is; what is delivered is not the target, whom it is delivered "to" is.
    /// <paramref name="byVerb"/> says a verb governing an event noun makes it happen ("carried out strikes"), so the
    /// verb's subject did it; otherwise ("denounced the strikes") only the noun's own words name its participants.</summary>
    public static EventArguments Find(ParsedSentence parse, int trigger, string? partyPreposition = null, EventLexicon? lexicon = null, bool byVerb = true)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var found = FindIn(parse, trigger, partyPreposition, byVerb);
        var isVerb = trigger >= 0 && trigger < parse.Count && parse.Upos(trigger) == "VERB";
        if (lexicon is not null && found.Source >= 0 && parse.Upos(found.Source) == "NOUN" && IsEventNoun(parse, found.Source, lexicon))
        {
            // "Israeli strikes killed…", "the strike hit…": whoever carried out the strike did it; a strike named again
            // with no one's name is the one told before.
            var doer = OfNoun(parse, found.Source).Source;
            found = found with { Source = doer, RefersBack = doer < 0 && IsDefinite(parse, found.Source) };
        }
        else if (lexicon is not null && found.Source >= 0 && found.Target < 0 && isVerb && parse[trigger].Xpos is "VBD" or "VBN"
            && Instrument(parse, trigger, lexicon) is var means and >= 0 && IsForceWord(parse, means, lexicon))
        {
            // "Two medics killed in an air strike": a headline's reduced passive read as active; no one kills in a strike without
            // killing someone, so the subject is whom it happened to and the strike's doer did it.
            var doer = OfNoun(parse, means).Source;
            found = found with { Source = doer, Target = found.Source, RefersBack = doer < 0 };
        }
        else if (lexicon is not null && found.Source < 0 && isVerb && Instrument(parse, trigger, lexicon) is var instrument and >= 0)
        {
            // "died in a rebel air strike": whoever carried out the strike did the killing.
            var doer = OfNoun(parse, instrument).Source;
            found = found with { Source = doer, RefersBack = doer < 0 };
        }
        else if (found.Source < 0)
        {
            // "nine people were killed", "the attack on the depot": the doer is not named here.
            found = found with { RefersBack = isVerb ? IsPassive(parse, trigger) : trigger >= 0 && trigger < parse.Count && IsDefinite(parse, trigger) };
        }

        if (lexicon is not null && found.Target >= 0 && parse.Upos(found.Target) == "NOUN" && IsEventNoun(parse, found.Target, lexicon))
        {
            // "condemned Russia's attack", "denounced the strikes": what is condemned is the act, and the one it is aimed at is
            // whoever did it; an attack named again with no one's name is the one told before.
            var doer = OfNoun(parse, found.Target, byVerb: false).Source;
            found = found with { Target = doer, TargetRefersBack = doer < 0 && IsDefinite(parse, found.Target) && IsForceNoun(parse, found.Target, lexicon) };
        }

        return found.Source == found.Target ? found with { Target = -1 } : found;
    }

    /// <summary>The arguments of a verb whose subject underwent the event: the subject is whom it happened to, and whoever carried
    /// out the event noun it happened in ("embraced martyrdom in the shelling by X") did it, else the one told before.</summary>
    public static EventArguments Undergone(ParsedSentence parse, int verb, EventArguments found, EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(lexicon);
        var doer = Instrument(parse, verb, lexicon) is var means and >= 0 ? OfNoun(parse, means).Source : -1;
        var patient = found.Source >= 0 && found.Source != doer ? found.Source : found.Target;
        return found with { Source = doer, Target = patient == doer ? -1 : patient, RefersBack = doer < 0 };
    }

    private static bool IsEventNoun(ParsedSentence parse, int noun, EventLexicon lexicon) => NounPattern(parse, noun, lexicon) is not null;

    private static bool IsForceNoun(ParsedSentence parse, int noun, EventLexicon lexicon) => NounPattern(parse, noun, lexicon)?.IsForce == true;

    /// <summary>The "anti" of "anti-India protests" among a word's modifiers, or −1.</summary>
    private static int AgainstPrefix(ParsedSentence parse, int noun)
    {
        foreach (var child in parse.Children(noun))
        {
            if (parse.Relation(child) is "amod" or "compound" && ActorWords.Shipped.AgainstPrefixes.Contains(parse.Form(child).ToString()))
            {
                return child;
            }
        }

        return -1;
    }

    private static int ChildWithCase(ParsedSentence parse, int verb, string preposition)
    {
        foreach (var child in parse.Children(verb))
        {
            if (parse.Relation(child) == "obl" && CaseOf(parse, child) == preposition)
            {
                return child;
            }
        }

        return -1;
    }

    private static bool IsForceWord(ParsedSentence parse, int word, EventLexicon? lexicon) => (lexicon ?? EventLexicon.Shipped).StartsForce(parse.Form(word));

    private static EventPattern? NounPattern(ParsedSentence parse, int noun, EventLexicon lexicon) => lexicon.NounPattern(parse.Form(noun));

    /// <summary>A noun with a definite determiner or an owner ("the strike", "these attacks", "Monday's raid").</summary>
    private static bool IsDefinite(ParsedSentence parse, int noun)
    {
        foreach (var child in parse.Children(noun))
        {
            if (parse.Relation(child) == "nmod:poss" || parse.Relation(child) == "det" && ActorWords.Shipped.DefiniteDeterminers.Has(parse.Form(child)))
            {
                return true;
            }
        }

        return false;
    }

    private static EventArguments FindIn(ParsedSentence parse, int trigger, string? partyPreposition, bool byVerb)
    {
        if (trigger < 0 || trigger >= parse.Count)
        {
            return None;
        }

        return parse.Upos(trigger) is "NOUN" or "PROPN" ? OfNoun(parse, trigger, byVerb, partyPreposition) : OfVerb(parse, trigger, partyPreposition, 0);
    }

    /// <summary>The participants a noun has of its own, whatever verb it hangs from: an owner or a named modifier ("Russia's
    /// attack", "Israeli strikes"), a <c>by</c>-agent, a target ("attacks on civilians") or the two sides of "clashes between".</summary>
    public static EventArguments OfOwnNoun(ParsedSentence parse, int noun)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return OfNoun(parse, noun, byVerb: false);
    }

    private static EventArguments OfVerb(ParsedSentence parse, int verb, string? partyPreposition, int depth)
    {
        int subject = -1, patient = -1, agent = -1, obj = -1, oblique = -1, party = -1, indirect = -1;
        var passiveForm = false;
        foreach (var child in parse.Children(verb))
        {
            switch (parse.Relation(child))
            {
                case "nsubj" when (subject < 0 || child < verb) && !IsInvertedSpeaker(parse, verb, child):
                    // The subject nearest before the verb: a dateline read into the sentence ("PORT ARLEN — the army
                    // shelled…") is an earlier one.
                    subject = child;
                    break;
                case "cop" or "aux:pass":
                    passiveForm = parse[verb].Xpos == "VBN" || parse.Upos(verb) == "ADJ";
                    break;
                case "nsubj:pass" when patient < 0:
                    patient = child;
                    break;
                case "obl:agent" when agent < 0:
                    agent = child;
                    break;
                case "obj" when obj < 0:
                    obj = child;
                    break;
                case "iobj" when indirect < 0:
                    indirect = child;
                    break;
                case "obl" when CaseOf(parse, child) is { } preposition:
                    if (party < 0 && preposition == partyPreposition)
                    {
                        party = child;
                    }
                    else if (oblique < 0 && ActorWords.Shipped.TargetPrepositions.Has(preposition))
                    {
                        oblique = child;
                    }

                    break;
            }
        }

        if (passiveForm && patient < 0 && subject >= 0)
        {
            // "19 people were wounded" read as a predicate adjective: its subject is still who it happened to.
            (patient, subject) = (subject, -1);
        }

        // "sent Ukraine weapons": the indirect object is whom it was sent to.
        var target = partyPreposition is not null ? (party >= 0 ? party : partyPreposition == "to" ? indirect : -1)
            : patient >= 0 ? patient : obj >= 0 ? obj : indirect >= 0 ? indirect : oblique; // "urged the envoy to…" read with an indirect object
        var source = subject >= 0 ? subject : agent;
        var fromContext = false;
        if (source < 0 && subject < 0 && patient < 0 && depth < 3)
        {
            // The subject is elsewhere in the tree: a shared subject ("fired and struck"), a controller ("continued to shell"),
            // the noun a relative clause or participle hangs from ("drones fired by Russia", "the group that attacked"). A verb
            // conjoined to a reporting verb ("the agency said … killed nine") is the report's content misread, not the speaker's act,
            // unless it is itself a verb of saying ("claimed … and demanded").
            var head = parse.Head(verb);
            switch (head < 0 ? "" : parse.Relation(verb))
            {
                case "conj" when parse.Upos(head) == "VERB" && (AttributionLexicon.Shipped.CueForLemma(parse.Lemma(head)) is null
                    || AttributionLexicon.Shipped.CueForLemma(parse.Lemma(verb)) is not null):
                case "xcomp":
                    // "urged the army to withdraw": an object of the head controls the infinitive; otherwise its subject does.
                    var controller = parse.Relation(verb) == "xcomp" && !IsPassive(parse, head) ? OwnObject(parse, head) : -1;
                    source = controller >= 0 ? controller : OfVerb(parse, head, null, depth + 1).Source;
                    if (parse.Relation(verb) == "xcomp" && parse[verb].Xpos == "VBN" && target < 0 && IsPassive(parse, head))
                    {
                        // "dozens were reported wounded": the subject of the passive is who it happened to.
                        target = OfVerb(parse, head, null, depth + 1).Target;
                    }

                    fromContext = true;
                    break;
                case "acl:relcl" when obj < 0 || IsRelativePronoun(parse, obj):
                    source = head;
                    target = obj >= 0 && IsRelativePronoun(parse, obj) ? -1 : target;
                    fromContext = true;
                    break;
                case "acl:relcl":
                    break;
                case "acl" when parse[verb].Xpos == "VBN" && obj < 0:
                    target = target < 0 ? head : target; // "drones fired by Russia": the noun is what the participle did
                    break;
                case "acl" when parse[verb].Xpos == "VBN":
                    source = head; // "A missile struck a hospital" read as a participle: one with an object is active
                    break;
                case "acl":
                    source = head;
                    break;
                case "advcl" when parse[verb].Xpos == "VBG" && !HasMarker(parse, verb):
                    // "…shelled the depot, killing two guards": the main clause's doer did it.
                    source = OfVerb(parse, head, null, depth + 1).Source;
                    fromContext = true;
                    break;
            }
        }

        return new EventArguments(source, target == source ? -1 : target, fromContext);
    }

    private static EventArguments OfNoun(ParsedSentence parse, int noun, bool byVerb = true, string? partyPreposition = null)
    {
        int source = -1, target = -1;
        var against = AgainstPrefix(parse, noun);
        foreach (var child in parse.Children(noun))
        {
            var relation = parse.Relation(child);
            if ((against >= 0 && child > against || AgainstPrefix(parse, child) >= 0) && relation is "amod" or "compound"
                && parse.Upos(child) is "PROPN" or "ADJ")
            {
                target = target < 0 ? child : target; // "anti-India protests": aimed at India, not carried out by it
            }
            else if (source < 0 && relation is "nmod:poss" or "amod" or "compound" && parse.Upos(child) is "PROPN" or "ADJ" or "NOUN")
            {
                // "Russia's attack", "the army's raid", "Israeli strikes", "Hamas attack": an owner or a named modifier is an
                // actor ("air strikes", "indiscriminate attacks" are not, nor "Such attacks" opening a sentence).
                if (relation == "nmod:poss" || parse.Upos(child) == "PROPN" || relation == "amod" && char.IsUpper(parse.Form(child)[0])
                    && !ActorWords.Shipped.GenericDeterminers.Contains(parse.Form(child).ToString()))
                {
                    source = child;
                }
            }
            else if (relation == "nmod" && CaseOf(parse, child) is { } preposition)
            {
                if (preposition == "by" || preposition == "from" && source < 0 && IsForceWord(parse, noun, null))
                {
                    source = child; // "attacks by the militia", "return fire from the rebels"
                }
                else if (preposition == "between" && source < 0)
                {
                    // "clashes between the army and the rebels": the first side and the second.
                    source = child;
                    target = target < 0 ? FirstConjunct(parse, child) : target;
                }
                else if (target < 0 && (partyPreposition is null ? ActorWords.Shipped.TargetPrepositions.Has(preposition) : preposition == partyPreposition))
                {
                    target = child; // "attacks ON civilians", "aid TO the camps"
                }
            }
        }

        if (source < 0 && NationalityOfModifier(parse, noun) is var modifier and >= 0)
        {
            source = modifier; // "Ukrainian missile strikes": the nationality sits on the compounded noun
        }

        if (source < 0 && parse.Relation(noun) == "conj" && parse.Head(noun) is var conjunct and >= 0 && conjunct < noun && parse.Upos(conjunct) == "NOUN")
        {
            source = OfNoun(parse, conjunct, byVerb: false).Source; // "Chadian mortar and rocket fire": the first conjunct's owner
        }

        var phrase = noun;
        while (parse.Relation(phrase) == "conj" && parse.Head(phrase) >= 0)
        {
            phrase = parse.Head(phrase); // "with missile and drone attacks": the phrase hangs from the first conjunct
        }

        var head = parse.Head(phrase);
        var fromContext = false;
        if (byVerb && head >= 0 && parse.Upos(head) == "VERB")
        {
            // "carried out strikes on X": the light verb's subject is the doer; "pounded the city with an attack": the verb's
            // subject and object; "strikes hit the camp": the verb's object is the target.
            var verb = OfVerb(parse, head, null, 0);
            var relation = parse.Relation(phrase);
            if (source < 0 && relation == "obj" && ChildWithCase(parse, head, "from") is var giver and >= 0)
            {
                // "drew fire from the rebels", "received support from the league": the event came from the "from" phrase and
                // was done to the verb's subject.
                source = giver;
                target = target < 0 ? verb.Source : target;
                fromContext = true;
            }
            else if (source < 0 && (relation == "obj" || relation == "obl" && CaseOf(parse, phrase) == "with"))
            {
                source = verb.Source;
                target = target < 0 && relation == "obl" ? verb.Target : target;
                fromContext = verb.FromContext;
            }
            else if (target < 0 && relation == "nsubj")
            {
                target = verb.Target;
            }
        }

        return new EventArguments(source, target == source ? -1 : target, fromContext);
    }

    /// <summary>An event noun the verb happened "in", "by" or "during": "killed in an air strike".</summary>
    private static int Instrument(ParsedSentence parse, int verb, EventLexicon lexicon)
    {
        foreach (var child in parse.Children(verb))
        {
            if (parse.Relation(child) is "obl" or "obl:agent" && parse.Upos(child) == "NOUN" && CaseOf(parse, child) is "in" or "by" or "during"
                && lexicon.PatternsStartingWith(parse.Form(child)).Length > 0)
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>A capitalised adjective on a noun compounded with this one ("Ukrainian" of "Ukrainian missile strikes"), or −1.</summary>
    private static int NationalityOfModifier(ParsedSentence parse, int noun)
    {
        foreach (var child in parse.Children(noun))
        {
            if (parse.Relation(child) != "compound" || parse.Upos(child) != "NOUN")
            {
                continue;
            }

            foreach (var modifier in parse.Children(child))
            {
                if (parse.Relation(modifier) == "amod" && char.IsUpper(parse.Form(modifier)[0]))
                {
                    return modifier;
                }
            }
        }

        return -1;
    }

    internal static int FirstConjunct(ParsedSentence parse, int word)
    {
        foreach (var child in parse.Children(word))
        {
            if (parse.Relation(child) == "conj")
            {
                return child;
            }
        }

        return -1;
    }

    private static int OwnObject(ParsedSentence parse, int verb)
    {
        foreach (var child in parse.Children(verb))
        {
            if (parse.Relation(child) is "obj" or "iobj" && !IsRelativePronoun(parse, child))
            {
                // "the plan that it decided to adopt": a relative pronoun is the clause's link, not a controller.
                return child;
            }
        }

        return -1;
    }

    private static bool IsPassive(ParsedSentence parse, int verb)
    {
        foreach (var child in parse.Children(verb))
        {
            if (parse.Relation(child) is "aux:pass" or "nsubj:pass")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMarker(ParsedSentence parse, int verb)
    {
        foreach (var child in parse.Children(verb))
        {
            if (parse.Relation(child) == "mark")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"…killed 40 people, the agency said": a subject after the verb and a comma is a misread speaker, not the doer.</summary>
    private static bool IsInvertedSpeaker(ParsedSentence parse, int verb, int subject)
    {
        if (subject < verb)
        {
            return false;
        }

        for (var w = verb + 1; w < subject; w++)
        {
            if (parse.Upos(w) == "PUNCT")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRelativePronoun(ParsedSentence parse, int word) => parse[word].Xpos is "WDT" or "WP";

    /// <summary>The preposition of an oblique or nominal modifier ("on" of "on the city"), lower case.</summary>
    internal static string? CaseOf(ParsedSentence parse, int word)
    {
        foreach (var child in parse.Children(word))
        {
            if (parse.Relation(child) == "case" && child < word)
            {
                return parse.Form(child).ToString().ToLowerInvariant();
            }
        }

        return null;
    }
}
