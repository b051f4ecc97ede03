using Attest.Text.Syntax;

namespace Attest.Text.Events;

/// <summary>Whether an event noun no verb makes happen still tells one particular event: it has participants of its own and is
/// not a bare plural said of attacks in general, or it is anchored to the time or the place it happened.</summary>
internal static class ParticularEventNoun
{
    /// <param name="noun">The noun's index in <paramref name="parse"/>.</param>
    /// <param name="isDate">Whether a character offset lies in a date mention.</param>
    /// <param name="isPlace">Whether a character offset lies in the mention of a location.</param>
    public static bool Tells(ParsedSentence parse, int noun, Func<int, bool> isDate, Func<int, bool> isPlace)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (noun < 0 || noun >= parse.Count || parse.Upos(noun) != "NOUN")
        {
            return false;
        }

        var determined = IsDetermined(parse, noun);
        if (IsDated(parse, noun, isDate) || (determined || parse[noun].Xpos != "NNS") && IsPlaced(parse, noun, isPlace))
        {
            return true; // "the massacre of 12 March", "an overnight strike in Rafah"
        }

        var own = EventArguments.OfOwnNoun(parse, noun);
        // "attacks on civilians violate the law", "attacks on aid convoys may be war crimes": a bare plural that names only
        // whom such acts are aimed at speaks of them in general; "Israeli strikes on the camp" or "the strikes on the camp" do not.
        return own.Source >= 0 || own.Target >= 0 && (determined || parse[noun].Xpos != "NNS");
    }

    /// <summary>A determiner that picks out which ("the", "this", "an"), an owner or a number: "all" and "such" speak of a kind.</summary>
    private static bool IsDetermined(ParsedSentence parse, int noun)
    {
        foreach (var child in parse.Children(noun))
        {
            var relation = parse.Relation(child);
            if (relation is "nmod:poss" or "nummod"
                || relation == "det" && !ActorWords.Shipped.GenericDeterminers.Contains(parse.Form(child).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDated(ParsedSentence parse, int noun, Func<int, bool> isDate)
    {
        foreach (var child in parse.Children(noun))
        {
            if (parse.Relation(child) is "nmod" or "nmod:tmod" or "nmod:unmarked" or "compound" or "amod" or "obl:tmod" && isDate(parse[child].Start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlaced(ParsedSentence parse, int noun, Func<int, bool> isPlace)
    {
        foreach (var child in parse.Children(noun))
        {
            if (parse.Relation(child) == "nmod" && EventArguments.CaseOf(parse, child) is { } preposition
                && ActorWords.Shipped.LocativePrepositions.Contains(preposition) && isPlace(parse[child].Start))
            {
                return true;
            }
        }

        return false;
    }
}
