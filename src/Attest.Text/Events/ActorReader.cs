using Attest.Core.Extraction;
using Attest.Text.Attribution;
using Attest.Text.Knowledge;
using Attest.Text.Syntax;

namespace Attest.Text.Events;

/// <summary>Turns the head word of an event argument into an actor: its phrase, the entity it names and the country it
/// belongs to — the entity's own country, IGO/NGO for an international body, a nationality or owner in the phrase
/// ("Israeli strikes", "Ukraine's capital"), the nationality the document gave the same forces before, or, for people and
/// sites no one owns, the country of the place where the event happened. No country is better than a guessed one.</summary>
public sealed class ActorReader
{
    private const int MaxNameWords = 8;

    private readonly string text;
    private readonly MentionIndex mentions;
    private readonly KnowledgeBase knowledge;
    private readonly ActorWords words;

    private readonly IReadOnlyList<ParsedSentence> sentences;
    private readonly PersonAffiliation affiliation;

    public ActorReader(string text, MentionIndex mentions, KnowledgeBase knowledge, ActorWords words, IReadOnlyList<ParsedSentence> sentences)
    {
        this.sentences = sentences;
        this.text = text;
        this.mentions = mentions;
        this.knowledge = knowledge;
        this.words = words;
        affiliation = new PersonAffiliation(mentions, sentences, CountryOf, Demonym);
    }

    /// <summary>The actor headed by word <paramref name="head"/>; <paramref name="placeCountry"/> is the country of the
    /// event's place, if known. Null for a pronoun or an empty argument.</summary>
    public EventActor? Read(ParsedSentence parse, int head, string? placeCountry)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (head < 0 || parse.Upos(head) is "PRON" or "DET" or "NUM" && !IsNamed(parse, head))
        {
            return null;
        }

        var (first, last) = Core(parse, head);
        var start = parse[first].Start;
        var end = parse[last].End;
        var named = NamedEntity(parse, head);
        var entity = named ?? OwnerEntity(parse, head);
        var country = entity is null ? null : CountryOf(entity);

        country ??= Nationality(parse, head);
        if (country is null && entity is { Type: "person" })
        {
            country = affiliation.Of(entity); // "UN envoy Lena Ortiz", "Lena Ortiz, the Chilean ambassador"
        }

        if (country is null && entity is { Type: "organization" } && IsStateOrgan(entity.Name))
        {
            // "the Defence Council", "the Interior Ministry" with no country of their own: the state's organs,
            // of the country the document gave them before or where it happens, as forces are.
            country = CountryNamedIn(entity.Name) ?? EarlierNationality(parse.Lemma(head), start) ?? placeCountry;
        }

        if (country is null)
        {
            country = NounClass(parse, head) switch
            {
                ActorNounClass.Civilian or ActorNounClass.Domestic or ActorNounClass.Gang or ActorNounClass.Site => placeCountry,
                // Forces named without a nationality are the ones the document gave one before, else those of the country
                // where it happens.
                ActorNounClass.Force => EarlierNationality(parse.Lemma(head), start) ?? placeCountry,
                ActorNounClass.International => "IGO",
                _ => null,
            };
        }

        var name = named is not null ? named.Name : text[start..end];
        return new EventActor(name, entity?.Id, country);
    }

    /// <summary>A country or nationality named inside an organisation's own name: "the People's Liberation Army of Valdonia",
    /// "the Valdonian Border Guard".</summary>
    private string? CountryNamedIn(string name)
    {
        var tokens = new List<Tokens.Token>();
        Tokens.Tokenizer.Tokenize(name, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = name.AsSpan(tokens[i].Start, tokens[i].Length);
            if (char.IsUpper(word[0]) && knowledge.DemonymLookup.TryGetValue(word, out var code) && code.Length > 0)
            {
                return code;
            }

            if (knowledge.Names.Match(name, tokens, i, tokens.Count) is { } match && match.Value is { Kind: "country", Country: { } country })
            {
                return country;
            }
        }

        return null;
    }

    private bool IsStateOrgan(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.ClassOf(word.ToLowerInvariant()) == ActorNounClass.Force)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The class of the head noun, or of the noun it is compounded with ("gang members", "police officers").</summary>
    private ActorNounClass NounClass(ParsedSentence parse, int head)
    {
        var own = words.ClassOf(parse.Lemma(head).ToLowerInvariant());
        if (own != ActorNounClass.None)
        {
            return own;
        }

        foreach (var child in parse.Children(head))
        {
            if (parse.Relation(child) == "compound" && parse.Upos(child) == "NOUN" && words.ClassOf(parse.Lemma(child).ToLowerInvariant()) is var modifier
                && modifier != ActorNounClass.None)
            {
                return modifier;
            }
        }

        return ActorNounClass.None;
    }

    /// <summary>The country an entity stands for as an actor: its own, or IGO/NGO for an international body.</summary>
    public string? CountryOf(EntityRecord entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Country ?? knowledge.Sectors.GetValueOrDefault(entity.Name);
    }

    /// <summary>Whether the entity is a country (not a town or region of one).</summary>
    public bool IsCountry(EntityRecord entity) => KindOf(entity) == "country";

    /// <summary>Whether the entity is a country or one of its regions, as opposed to a town (whose name other countries'
    /// towns may share).</summary>
    public bool IsCountryOrRegion(EntityRecord entity) => KindOf(entity) is "country" or "region";

    private string? KindOf(EntityRecord entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var tokens = new List<Tokens.Token>();
        Tokens.Tokenizer.Tokenize(entity.Name, tokens);
        return tokens.Count > 0 && knowledge.Names.Match(entity.Name, tokens, 0, tokens.Count) is { } match && match.End == tokens.Count - 1
            ? match.Value.Kind
            : null;
    }

    /// <summary>The head with its determiners, modifiers, owner and "of" phrase: "the Israeli military", "members of the M23".</summary>
    private static (int First, int Last) Core(ParsedSentence parse, int head)
    {
        int first = head, last = head;
        Extend(parse, head, ref first, ref last, 0);
        return (first, Math.Min(last, first + MaxNameWords - 1));
    }

    private static void Extend(ParsedSentence parse, int word, ref int first, ref int last, int depth)
    {
        foreach (var child in parse.Children(word))
        {
            var relation = parse.Relation(child);
            // A preposition belongs to the phrase only inside it ("members OF the M23", "Ukraine'S"), not before its head.
            var keep = relation is "det" or "amod" or "compound" or "nmod:poss" or "nummod" or "flat" or "advmod" && child < word
                || relation == "case" && depth > 0
                || relation is "flat" or "compound"
                || relation == "case" && parse.Head(word) >= 0 && parse.Relation(word) == "nmod:poss"
                || relation == "nmod" && depth == 0 && IsOf(parse, child);
            if (!keep)
            {
                continue;
            }

            first = Math.Min(first, child);
            last = Math.Max(last, child);
            if (depth < 3)
            {
                Extend(parse, child, ref first, ref last, depth + 1);
            }
        }
    }

    private static bool IsOf(ParsedSentence parse, int word)
    {
        foreach (var child in parse.Children(word))
        {
            if (parse.Relation(child) == "case" && parse.Form(child).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNamed(ParsedSentence parse, int word) => parse.Upos(word) == "PROPN";

    private EntityRecord? EntityAt(int start, int end)
    {
        var i = mentions.FirstAtOrAfter(Math.Max(0, start - 64));
        for (; i < mentions.Count && mentions[i].Start <= start; i++)
        {
            if (mentions[i].End >= end)
            {
                return mentions[i].Entity;
            }
        }

        return null;
    }

    /// <summary>The entity the head names, itself or with the words of its name ("PM Khan", "Donald Trump").</summary>
    private EntityRecord? NamedEntity(ParsedSentence parse, int head)
    {
        if (EntityAt(parse[head].Start, parse[head].End) is { } own)
        {
            return own;
        }

        foreach (var child in parse.Children(head))
        {
            if (parse.Relation(child) is "flat" or "compound" or "appos" && parse.Upos(child) == "PROPN"
                && EntityAt(parse[child].Start, parse[child].End) is { Type: "person" or "organization" or "group" } entity)
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>An entity that owns or qualifies the head: "Ukraine's capital", "Hamas fighters", "members of the M23".</summary>
    private EntityRecord? OwnerEntity(ParsedSentence parse, int head)
    {
        foreach (var child in parse.Children(head))
        {
            if (parse.Relation(child) is "nmod:poss" or "compound" or "amod" or "nmod" && (parse.Relation(child) != "nmod" || IsOf(parse, child))
                && (EntityAt(parse[child].Start, parse[child].End) ?? FlatEntity(parse, child)) is { } owner && CountryOf(owner) is not null)
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>"the Republic of North Arland's army": a name the parse split over flat words.</summary>
    private EntityRecord? FlatEntity(ParsedSentence parse, int word)
    {
        int first = word, last = word;
        foreach (var child in parse.Children(word))
        {
            if (parse.Relation(child) is "flat" or "compound")
            {
                first = Math.Min(first, child);
                last = Math.Max(last, child);
            }
        }

        foreach (var mention in mentions.Within(parse[first].Start, parse[last].End))
        {
            return mention.Entity;
        }

        return null;
    }

    /// <summary>A nationality adjective on the head or the head itself: "Israeli strikes", "the Russians".</summary>
    private string? Nationality(ParsedSentence parse, int head)
    {
        if (Demonym(parse, head) is { } own)
        {
            return own;
        }

        foreach (var child in parse.Children(head))
        {
            if (parse.Relation(child) is "amod" or "compound" && Demonym(parse, child) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    private string? Demonym(ParsedSentence parse, int word) =>
        char.IsUpper(parse.Form(word)[0]) && knowledge.DemonymLookup.TryGetValue(parse.Form(word), out var code) && code.Length > 0 ? code : null;

    /// <summary>"the soldiers" after "Valdonian soldiers": the nationality or owner the document last gave the same noun
    /// before <paramref name="position"/>, in the parse or in an entity's name.</summary>
    private string? EarlierNationality(string lemma, int position)
    {
        for (var k = sentences.Count - 1; k >= 0; k--)
        {
            var parse = sentences[k];
            if (parse.Count == 0 || parse[0].Start >= position)
            {
                continue;
            }

            for (var w = parse.Count - 1; w >= 0; w--)
            {
                if (parse[w].End <= position && parse.Upos(w) == "NOUN" && parse.Lemma(w).Equals(lemma, StringComparison.OrdinalIgnoreCase)
                    && (Nationality(parse, w) ?? (OwnerEntity(parse, w) is { } owner ? CountryOf(owner) : null)) is { } country)
                {
                    return country;
                }
            }
        }

        return EarlierNamedForce(lemma, position);
    }

    private string? EarlierNamedForce(string lemma, int position)
    {
        for (var i = mentions.FirstAtOrAfter(position) - 1; i >= 0; i--)
        {
            var entity = mentions[i].Entity;
            if (entity.Type is "group" or "organization" && CountryOf(entity) is { } country && entity.Country is not null)
            {
                var lastSpace = entity.Name.LastIndexOf(' ');
                var noun = entity.Name.AsSpan(lastSpace + 1);
                if (noun.StartsWith(lemma, StringComparison.OrdinalIgnoreCase) && noun.Length <= lemma.Length + 2)
                {
                    return country;
                }
            }
        }

        return null;
    }
}
