using Attest.Core.Extraction;
using Attest.Text.Attribution;
using Attest.Text.Syntax;

namespace Attest.Text.Events;

/// <summary>Whom a person the knowledge base does not know acts for, read from how the document introduces them: a body or a
/// nationality in their title or appositive ("UN envoy Lena Ortiz", "Lena Ortiz, the Chilean ambassador", "the coordinator of
/// the World Food Programme, Lena Ortiz").</summary>
internal sealed class PersonAffiliation
{
    private const int MaxTitleWords = 12;

    private readonly MentionIndex mentions;
    private readonly IReadOnlyList<ParsedSentence> sentences;
    private readonly Func<EntityRecord, string?> countryOf;
    private readonly Func<ParsedSentence, int, string?> demonym;
    private readonly Dictionary<string, string?> known = new(StringComparer.Ordinal);

    /// <param name="countryOf">The country (or IGO/NGO) an entity stands for.</param>
    /// <param name="demonym">The country a word of a parse names as a nationality ("Chilean"), if any.</param>
    public PersonAffiliation(MentionIndex mentions, IReadOnlyList<ParsedSentence> sentences, Func<EntityRecord, string?> countryOf,
        Func<ParsedSentence, int, string?> demonym)
    {
        this.mentions = mentions;
        this.sentences = sentences;
        this.countryOf = countryOf;
        this.demonym = demonym;
    }

    /// <summary>The country, IGO or NGO the person acts for, from the first of their mentions that says; null when none does.</summary>
    public string? Of(EntityRecord person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (known.TryGetValue(person.Id, out var cached))
        {
            return cached;
        }

        string? found = null;
        foreach (var mention in person.Mentions)
        {
            if (FromIntroduction(mention, person.Id) is { } country)
            {
                found = country;
                break;
            }
        }

        known[person.Id] = found;
        return found;
    }

    private string? FromIntroduction(MentionSpan mention, string personId)
    {
        foreach (var parse in sentences)
        {
            if (parse.Count == 0 || parse[0].Start > mention.Start || parse[parse.Count - 1].End < mention.End)
            {
                continue;
            }

            // The name's head is its word whose head lies outside it ("Lena" of "Lena Ortiz", whatever the parse makes of it).
            int name = -1, nameFirst = -1;
            for (var w = 0; w < parse.Count && parse[w].Start < mention.End; w++)
            {
                if (parse[w].Start >= mention.Start)
                {
                    nameFirst = nameFirst < 0 ? w : nameFirst;
                    var head = parse.Head(w);
                    name = name < 0 || head < 0 || parse[head].Start < mention.Start || parse[head].Start >= mention.End ? w : name;
                }
            }

            if (name < 0)
            {
                return null;
            }

            // The title just before the name ("UN envoy"), read by word class because parsers often split it off; its
            // appositive; or, when the name is itself the appositive, the title it renames.
            var titleFirst = nameFirst;
            while (titleFirst > 0 && nameFirst - titleFirst < MaxTitleWords && parse.Upos(titleFirst - 1) is "PROPN" or "NOUN" or "ADJ")
            {
                titleFirst--;
            }

            var said = Within(parse, titleFirst, nameFirst - 1, personId);
            foreach (var child in parse.Children(name))
            {
                if (said is null && parse.Relation(child) == "appos")
                {
                    var (from, to) = Extent(parse, child);
                    said = Within(parse, from, Math.Min(to, from + MaxTitleWords), personId);
                }
            }

            if (said is null && parse.Relation(name) == "appos" && parse.Head(name) is var title and >= 0)
            {
                var (from, to) = Extent(parse, title);
                said = Within(parse, from, Math.Min(Math.Min(to, name - 1), from + MaxTitleWords), personId);
            }

            return said;
        }

        return null;
    }

    /// <summary>The first body or nationality named among words <paramref name="from"/>..<paramref name="to"/>.</summary>
    private string? Within(ParsedSentence parse, int from, int to, string personId)
    {
        to = Math.Min(to, parse.Count - 1);
        if (from > to)
        {
            return null;
        }

        (int Start, string Country)? body = null;
        foreach (var (start, _, entity) in mentions.Within(parse[from].Start, parse[to].End))
        {
            if (entity.Id != personId && entity.Type is "organization" or "group" or "location" && countryOf(entity) is { } country
                && !IsPortfolio(parse, WordAt(parse, start), from, to, entity.Type == "location"))
            {
                body = (start, country);
                break;
            }
        }

        for (var w = from; w <= to && (body is null || parse[w].Start < body.Value.Start); w++)
        {
            if (demonym(parse, w) is { } nationality && !IsPortfolio(parse, w, from, to, place: true))
            {
                return nationality;
            }
        }

        return body?.Country;
    }

    /// <summary>Whether the word lies in a phrase of the title that says what the office is for, not whose it is: "envoy FOR
    /// Syria", "ambassador TO Kenya", "coordinator IN Lebanon" — but a body one speaks "for" is one's own ("a spokeswoman for
    /// the League").</summary>
    private static bool IsPortfolio(ParsedSentence parse, int word, int from, int to, bool place)
    {
        for (var w = word; w >= from && w <= to; w = parse.Head(w))
        {
            foreach (var child in parse.Children(w))
            {
                if (parse.Relation(child) == "case" && ActorWords.Shipped.PortfolioPrepositions.Contains(parse.Form(child).ToString())
                    && (place || !parse.Form(child).Equals("for", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int WordAt(ParsedSentence parse, int position)
    {
        for (var w = 0; w < parse.Count; w++)
        {
            if (parse[w].End > position)
            {
                return w;
            }
        }

        return parse.Count - 1;
    }

    private static (int First, int Last) Extent(ParsedSentence parse, int word)
    {
        int first = word, last = word;
        foreach (var child in parse.Children(word))
        {
            if (parse.Relation(child) is "punct" or "cc" || parse.Relation(child) == "appos" && child > word)
            {
                continue;
            }

            var (childFirst, childLast) = Extent(parse, child);
            first = Math.Min(first, childFirst);
            last = Math.Max(last, childLast);
        }

        return (first, last);
    }
}
