using Attest.Core.Extraction;
using Attest.Text.Dates;
using Attest.Text.Tokens;

namespace Attest.Text.Attribution;

/// <summary>Turns a speaker phrase ("sources privy to the development", "he", "The Times", "an official, on condition of
/// anonymity") into a <see cref="Speaker"/>, using the entity stage's mentions and the speakers seen so far in the document.</summary>
internal sealed class SpeakerResolver(string text, List<Token> tokens, IReadOnlyList<SentenceSpan> sentences, MentionIndex mentions, AttributionLexicon lexicon)
{
    private const int MaxPhraseTokens = 14;
    private const int ParenthesisedRank = 10;
    private const int SentencesBack = 6;

    /// <summary>How far back "he", "it" and "the official" look, in speakers and in mentions: reference is local, and the bound
    /// keeps a document with thousands of speakers linear.</summary>
    private const int LookBack = 64;
    private readonly List<Said> history = [];
    private Dictionary<string, EntityRecord>? surnames;

    /// <summary>Records who spoke at <paramref name="position"/>, so that later "he", "it", "they" and "the official" can refer back.</summary>
    /// <paramref name="naming"/> is the mention that named the speaker, for later claims that refer back to it.
    public void Remember(int position, Speaker speaker, string? head, bool plural, MentionSpan? naming = null) =>
        history.Add(new Said(position, speaker, head, plural, naming));

    /// <summary>The speaker named by the tokens <paramref name="first"/>..<paramref name="last"/> (inclusive), or null when the phrase names no one.</summary>
    public Resolved? Resolve(int first, int last, int sentence) =>
        ResolvePhrase(first, last, sentence) is { } resolved ? resolved with { Mention = MentionOf(first, last) } : null;

    private MentionSpan MentionOf(int first, int last) =>
        new(tokens[first].Start, tokens[last].End, text[tokens[first].Start..tokens[last].End]);

    private Resolved? ResolvePhrase(int first, int last, int sentence)
    {
        if (first > last || WordsOutsideParentheses(first, last) > MaxPhraseTokens)
        {
            return null;
        }

        var start = tokens[first].Start;
        var end = tokens[last].End;
        var phrase = text.AsSpan(start, end - start);
        var head = HeadIndex(first, last);
        var headWord = head >= 0 ? Word(head) : [];
        // "The Times" and "Reuters" are names, not plurals; "sources" and "participants" are.
        var headClass = head >= 0 ? Classify(headWord) : SpeakerWordClass.None;
        var plural = headWord.Length > 2 && (char.IsLower(headWord[0]) || headClass != SpeakerWordClass.None) && headWord[^1] is 's' or 'S'
            && !headWord.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            || char.IsLower(headWord.Length > 0 ? headWord[0] : 'A') && WordSets.IrregularPlurals.Has(headWord);

        // A pronoun before a verb of saying most often continues a source that has been speaking, so the speakers seen so far
        // come first; the entity stage's coreference link (nearest fitting name) is the fallback.
        if (first == last && WordSets.Pronouns.Has(phrase))
        {
            return ResolvePronoun(phrase, start, sentence)
                ?? (mentions.Exactly(start, end) is { } linked ? new Resolved(FromEntity(linked), Lower(phrase), false, "pronoun", FirstMention(linked, start)) : null)
                ?? Unresolved(phrase);
        }

        if (IsAnonymous(first, last, phrase) || first == last && (WordSets.Determiners.Has(phrase) || phrase is "Others" or "others"))
        {
            return new(new Speaker("anonymous", Clean(phrase), null), Lower(headWord), plural);
        }

        // "a statement issued by the Foreign Office": the issuer speaks.
        for (var i = first; i < last; i++)
        {
            if (lexicon.Classify(Word(i)) == SpeakerWordClass.Document)
            {
                for (var j = i + 1; j < last; j++)
                {
                    if (Word(j) is "by" or "from" or "of")
                    {
                        return ResolvePhrase(j + 1, last, sentence);
                    }
                }
            }
        }

        // "a defence spokesperson in Srinagar": a name after a common role noun is where the speaker is, not who.
        // A comma after the role noun brings the name in apposition ("the mission's chief, General Soren Mahl"): that name speaks.
        var commonHead = head >= 0 && headClass is SpeakerWordClass.RolePerson or SpeakerWordClass.AnonymousHead or SpeakerWordClass.GroupNoun or SpeakerWordClass.PersonNoun
            && !HasCommaAfter(head, last);
        var entity = BestEntity(start, commonHead ? tokens[head].End : end);
        if (entity is { Type: "person" } && headClass == SpeakerWordClass.RoleOrganization)
        {
            entity = null; // "the Modi government", "the Trump administration": the institution speaks, named after its head
        }

        if (entity is not null && first == last && headClass is SpeakerWordClass.GroupNoun or SpeakerWordClass.AnonymousHead)
        {
            entity = null; // a sentence-initial "Police" or "Officials" is a common noun, whatever its capital letter suggests
        }
        if (headClass == SpeakerWordClass.AnonymousHead && entity is not { Type: "person" })
        {
            // "the official" refers back to whoever "official" was last; "Indian officials" are as unnamed as "officials".
            if (IsDefinite(first) && FindByHead(headWord, start) is { } earlier)
            {
                return new(earlier.Speaker, earlier.Head, earlier.Plural, "description", earlier.Naming);
            }

            return new(new Speaker("anonymous", Clean(phrase), null), Lower(headWord), plural);
        }

        if (entity is not null)
        {
            // "Foreign Office official Zahid Hafeez said…; the official added": remember the role word, not the surname.
            return new(FromEntity(entity), RoleWordIn(first, last) ?? Lower(headWord), plural && entity.Type != "person");
        }

        // "the magistrate" after "a magistrate, speaking on condition of anonymity": the same speaker, kind and all.
        // A capitalised role ("the Emir of Kano") refers back the same way once the text has named who holds it.
        if (IsDefinite(first) && head >= 0 && (char.IsLower(headWord[0]) || headClass == SpeakerWordClass.RolePerson)
            && FindByHead(headWord, start) is { } described)
        {
            return new(described.Speaker, described.Head, described.Plural, "description", described.Naming);
        }

        if (headClass == SpeakerWordClass.PersonNoun && !plural)
        {
            // "a teacher", "the elderly man": a person the text does not name, so an unnamed source.
            return new(new Speaker("anonymous", Clean(WithoutAppositive(phrase)), null), Lower(headWord), plural);
        }

        if (IsDefinite(first))
        {
            switch (headClass)
            {
                case SpeakerWordClass.RolePublication:
                    // "the newspaper" is an outlet named earlier ("The Dawn reported…"), never a description such as "the ministry".
                    if (LastSpeaker(start, s => s.Speaker is { Kind: "organization", Entity: not null }) is { } outlet)
                    {
                        return new(outlet.Speaker, Lower(headWord), false, "description", outlet.Naming);
                    }

                    break;
            }
        }

        if (!LooksLikeNamePhrase(first) && headClass == SpeakerWordClass.None)
        {
            return null;
        }

        // "26 January 2025", "last Friday": a date names no one, whatever its capitals.
        if (head >= 0 && (tokens[head].Kind == TokenKind.Number || CalendarWords.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(headWord)
            || CalendarWords.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(headWord)))
        {
            return null;
        }

        var kind = headClass == SpeakerWordClass.GroupNoun || plural && !char.IsUpper(headWord[0]) ? "group"
            : headClass is SpeakerWordClass.Document && (plural || !IsDefinite(first)) ? "anonymous" // "reports say": no one in particular
            : headClass is SpeakerWordClass.RoleOrganization or SpeakerWordClass.RolePublication or SpeakerWordClass.Document ? "organization"
            : headClass is SpeakerWordClass.RolePerson && Word(first) is "a" or "A" or "an" or "An" ? "anonymous" // "a spokesman": unnamed
            : headClass is SpeakerWordClass.RolePerson || HasRoleBefore(first, head) ? "person"
            : AllCapitalised(first, last) && !IsDefinite(first) && last > first && last - first < 3 ? "person"
            : "organization";
        return new(new Speaker(kind, Clean(WithoutAppositive(phrase)), null), Lower(headWord), plural);
    }

    /// <summary>How long a phrase is without what it puts in parentheses ("Rep. Anna Kraus (D-Ohio)" is four tokens long).</summary>
    private int WordsOutsideParentheses(int first, int last)
    {
        int count = 0, depth = 0;
        for (var i = first; i <= last; i++)
        {
            var punctuation = tokens[i].Kind == TokenKind.Punctuation ? text[tokens[i].Start] : '\0';
            depth += punctuation == '(' ? 1 : punctuation == ')' && depth > 0 ? -1 : 0;
            count += depth == 0 && punctuation != ')' ? 1 : 0;
        }

        return count;
    }

    /// <summary>The speaker of a label ("FALLIN:", "Bernie Sanders:"): a person whose surname it is when the document
    /// names one, else whoever the phrase names; a label in capitals nothing resolves is a person named so.</summary>
    public Resolved? ResolveLabel(int first, int last, int sentence)
    {
        var mention = MentionOf(first, last);
        if (first == last && PeopleBySurname().TryGetValue(mention.Text, out var person))
        {
            return new(FromEntity(person), null, false) { Mention = mention };
        }

        // A label names someone in particular, so without an entity behind it it is a person, not an organisation.
        return Resolve(first, last, sentence) is { Speaker.Entity: not null } named
            ? named
            : new(new Speaker("person", mention.Text, null), null, false) { Mention = mention };
    }

    /// <summary>The document's people by the last word of their name, built once: a long transcript has many labels.</summary>
    private Dictionary<string, EntityRecord> PeopleBySurname()
    {
        if (surnames is null)
        {
            surnames = new Dictionary<string, EntityRecord>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < mentions.Count; i++)
            {
                var entity = mentions[i].Entity;
                var space = entity.Name.LastIndexOf(' ');
                if (entity.Type == "person" && space > 0)
                {
                    surnames.TryAdd(entity.Name[(space + 1)..], entity);
                }
            }
        }

        return surnames;
    }

    /// <summary>A speaker the parse found as the subject of a cue but that <see cref="Resolve"/> does not recognise ("the
    /// party", "most voters", "a woman in Worcester"): named as written, a group when plural, an unnamed source when its
    /// head is a person noun, otherwise an organisation.</summary>
    public Resolved? Describe(int first, int last, int head)
    {
        if (first > last || head < first || head > last || tokens[head].Kind != TokenKind.Word)
        {
            return null;
        }

        var headWord = Word(head);
        if (WordSets.Pronouns.Has(headWord) || WordSets.Determiners.Has(headWord) || !char.IsLetter(headWord[0]))
        {
            return null;
        }

        // A long subject is cut after its head: "the woman in the blue coat who spoke first" is "the woman".
        if (last - first >= MaxPhraseTokens)
        {
            last = head;
        }

        var headClass = Classify(headWord);
        var plural = char.IsLower(headWord[0]) && (headWord[^1] is 's' && !headWord.EndsWith("ss", StringComparison.Ordinal) || WordSets.IrregularPlurals.Has(headWord));
        var kind = headClass == SpeakerWordClass.GroupNoun || plural ? "group"
            : headClass is SpeakerWordClass.PersonNoun or SpeakerWordClass.AnonymousHead ? "anonymous"
            : headClass is SpeakerWordClass.RolePerson ? "person"
            : "organization";
        var phrase = text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        return new(new Speaker(kind, Clean(WithoutAppositive(phrase)), null), Lower(headWord), plural);
    }

    /// <summary>"the Emir of Kano, Aminu Ado", "the mission's chief, General Soren Mahl": a comma after the role brings in
    /// the name in apposition.</summary>
    private bool HasCommaAfter(int head, int last)
    {
        for (var i = head + 1; i <= last; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] == ',')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The report, released in 2018" is named "The report".</summary>
    private static ReadOnlySpan<char> WithoutAppositive(ReadOnlySpan<char> phrase)
    {
        var comma = phrase.IndexOf(", ");
        return comma > 0 && comma + 2 < phrase.Length && char.IsLower(phrase[comma + 2]) ? phrase[..comma] : phrase;
    }

    /// <summary>The class of a word, trying its singular too ("resolutions" → resolution).</summary>
    private SpeakerWordClass Classify(ReadOnlySpan<char> word)
    {
        var cls = lexicon.Classify(word);
        return cls == SpeakerWordClass.None && word.Length > 3 && word[^1] is 's' ? lexicon.Classify(word[..^1]) : cls;
    }

    /// <summary>The most recent person the text put in focus before <paramref name="position"/>: a person speaker, or the first
    /// person named in a recent sentence (the likely subject), or one named earlier in the same sentence.</summary>
    public Speaker? SalientPerson(int position, int sentence)
    {
        var sameSentence = FirstPersonIn(sentence, position);
        if (sameSentence is not null)
        {
            return FromEntity(sameSentence.Value.Entity);
        }

        var spoken = LastSpeaker(position, s => s.Speaker.Kind == "person");
        for (var k = sentence - 1; k >= 0 && k >= sentence - SentencesBack; k--)
        {
            if (FirstPersonIn(k, int.MaxValue) is { } named)
            {
                return spoken is not null && spoken.Position > named.Start ? spoken.Speaker : FromEntity(named.Entity);
            }
        }

        return spoken?.Speaker;
    }

    public static Speaker FromEntity(EntityRecord entity) => new(
        entity.Type switch
        {
            "person" => "person",
            "group" => "group",
            _ => "organization",
        },
        entity.Name,
        entity.Id);

    /// <summary>"They noted that C" with no one in the text for "they" to be: still a claim, of a speaker named by the pronoun,
    /// a person for "he"/"she" and a group for "they", with no antecedent — better an open question for the analyst than a
    /// claim lost. "It", "I", "we" and "you" stay unresolved: outside a quotation they are rarely a source.</summary>
    private static Resolved? Unresolved(ReadOnlySpan<char> pronoun)
    {
        var kind = pronoun switch
        {
            "he" or "He" or "she" or "She" => "person",
            "they" or "They" => "group",
            _ => null,
        };
        return kind is null ? null : new(new Speaker(kind, pronoun.ToString(), null), null, kind == "group", "pronoun");
    }

    private Resolved? ResolvePronoun(ReadOnlySpan<char> pronoun, int position, int sentence)
    {
        if (pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("she", StringComparison.OrdinalIgnoreCase))
        {
            // "a senior officer told reporters, requesting anonymity. He said…": the unnamed source goes on speaking.
            var unnamed = LastSpeaker(position, s => s.Speaker.Kind is "anonymous" or "person" && !s.Plural);
            if (unnamed is { Speaker.Kind: "anonymous" } && unnamed.Position >= sentences[Math.Max(0, sentence - 1)].Start
                && FirstPersonIn(sentence, position) is null && (FirstPersonIn(sentence - 1, int.MaxValue)?.Start ?? -1) < unnamed.Position)
            {
                return new(unnamed.Speaker, unnamed.Head, false, "pronoun", unnamed.Naming);
            }

            return SalientPerson(position, sentence) is { } person ? new(person, "he", false, "pronoun", Naming(person, position)) : null;
        }

        if (pronoun.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            var said = LastSpeaker(position, s => s.Speaker.Kind is "organization" or "group" or "anonymous" && !s.Plural);
            return said is null ? null : new(said.Speaker, said.Head, false, "pronoun", said.Naming);
        }

        if (pronoun.Equals("they", StringComparison.OrdinalIgnoreCase))
        {
            var said = LastSpeaker(position, s => s.Plural);
            return said is null ? null : new(said.Speaker, said.Head, true, "pronoun", said.Naming);
        }

        return null;
    }

    /// <summary>Where a person resolved from a pronoun was named: the last speaker mention of them, else their entity's
    /// first mention before the pronoun.</summary>
    private MentionSpan? Naming(Speaker person, int before)
    {
        for (var i = history.Count - 1; i >= 0 && i >= history.Count - LookBack; i--)
        {
            if (history[i].Position < before && history[i].Speaker == person && history[i].Naming is { } naming)
            {
                return naming;
            }
        }

        return person.Entity is { } id && mentions.Entity(id) is { } entity ? FirstMention(entity, before) : null;
    }

    private static MentionSpan? FirstMention(EntityRecord entity, int before)
    {
        foreach (var m in entity.Mentions)
        {
            if (m.Start < before)
            {
                return m;
            }
        }

        return null;
    }

    private (int Start, EntityRecord Entity)? FirstPersonIn(int sentence, int before)
    {
        if (sentence < 0 || sentence >= sentences.Count)
        {
            return null;
        }

        var s = sentences[sentence];
        var from = mentions.FirstAtOrAfter(s.Start);
        for (var i = from; i < mentions.Count && mentions[i].Start < s.End && mentions[i].Start < before && i < from + LookBack; i++)
        {
            var m = mentions[i];
            if (m.Entity.Type == "person" && !IsPossessive(m.End) && !IsModifierName(m.End))
            {
                return (m.Start, m.Entity);
            }
        }

        return null;
    }

    private bool IsAfterPreposition(int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return begin < end && WordSets.PlacePrepositions.Has(text.AsSpan(begin, end - begin));
    }

    private EntityRecord? BestEntity(int start, int end)
    {
        EntityRecord? best = null;
        var bestRank = int.MaxValue;
        foreach (var m in mentions.Within(start, end))
        {
            if (IsPossessive(m.End) || m.Entity.Type == "person" && IsCommonNounMention(m.Start, m.End))
            {
                continue;
            }

            // A place speaks only as the whole phrase ("Kabul said"); inside one it says where the speaker is ("a
            // Srinagar-based spokesman", "the defence ministry in Kabul", "sources within Gwoza").
            if (m.Entity.Type == "location" && text.AsSpan(m.End, end - m.End).Trim().Length > 0)
            {
                continue;
            }

            // "the Emir of Gwoza", "a teacher from Rafah": a name after a preposition says whose or where the speaker is.
            if (m.Entity.Type is "location" or "person" && m.Start > start && IsAfterPreposition(m.Start))
            {
                continue;
            }

            var rank = m.Entity.Type switch
            {
                "person" => 0,
                "organization" => 1,
                "group" => 2,
                _ => 3,
            };

            // "Rep. Anna Kraus (D-Ohio)": what a parenthesis adds after a name speaks only when nothing else does
            // ("the Directorate of Public Relations (DPR)").
            if (m.Start > start && text[m.Start - 1] == '(')
            {
                rank += ParenthesisedRank;
            }

            if (rank <= bestRank)
            {
                best = m.Entity;
                bestRank = rank;
            }
        }

        return best;
    }

    private bool IsAnonymous(int first, int last, ReadOnlySpan<char> phrase)
    {
        for (var i = first; i <= last; i++)
        {
            if (lexicon.Classify(Word(i)) == SpeakerWordClass.AnonymousMarker)
            {
                return true;
            }
        }

        foreach (var marker in lexicon.AnonymousPhrases)
        {
            if (phrase.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private Said? FindByHead(ReadOnlySpan<char> head, int before)
    {
        var singular = head.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? head[..^1] : head;
        for (var i = history.Count - 1; i >= 0 && i >= history.Count - LookBack; i--)
        {
            var h = history[i];
            if (h.Position < before && h.Head is { } said && said.AsSpan().StartsWith(singular, StringComparison.OrdinalIgnoreCase))
            {
                return h;
            }
        }

        return null;
    }

    private Said? LastSpeaker(int before, Func<Said, bool> accept)
    {
        for (var i = history.Count - 1; i >= 0 && i >= history.Count - LookBack; i--)
        {
            if (history[i].Position < before && accept(history[i]))
            {
                return history[i];
            }
        }

        return null;
    }

    /// <summary>The head noun: the last word before a comma, "of", "privy"… ("sources privy to…" → sources), past a partitive's
    /// "of" ("two of the sources" → sources).</summary>
    private int HeadIndex(int first, int last)
    {
        var head = -1;
        for (var i = first; i <= last; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || IsPossessiveToken(i))
            {
                if (head >= 0 && t.Kind == TokenKind.Punctuation && text[t.Start] is ',' or '(')
                {
                    break;
                }

                continue;
            }

            var w = Word(i);
            if (head >= 0 && w is "of" && WordSets.PartitiveQuantifiers.Has(Word(head)))
            {
                head = -1; // "two of the sources": the sources are who speaks
                continue;
            }

            if (head >= 0 && (w is "of" or "privy" or "familiar" or "close" or "who" or "from" or "at" or "in" or "with" or "on" or "for"))
            {
                break;
            }

            head = i;
        }

        return head;
    }

    private string? RoleWordIn(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && Classify(Word(i)) is SpeakerWordClass.AnonymousHead or SpeakerWordClass.RolePerson)
            {
                return Lower(Word(i));
            }
        }

        return null;
    }

    /// <summary>"Prime Minister Imran Khan", "UN Secretary-General António Guterres": a title before the name makes a person.</summary>
    private bool HasRoleBefore(int first, int head)
    {
        for (var i = first; i < head; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && lexicon.Classify(Word(i)) == SpeakerWordClass.RolePerson)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasNameInside(int first, int head)
    {
        for (var i = first; i < head; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]) && !WordSets.Determiners.Has(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    private bool LooksLikeNamePhrase(int first)
    {
        var t = tokens[first];
        return t.Kind == TokenKind.Word && (char.IsUpper(text[t.Start]) || WordSets.Determiners.Has(Word(first)))
            || t.Kind == TokenKind.Number;
    }

    private bool AllCapitalised(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && !char.IsUpper(text[tokens[i].Start]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsDefinite(int first) => Word(first) is "the" or "The" or "this" or "This" or "that" or "That";

    private bool IsPossessive(int end) =>
        end + 1 < text.Length && text[end] is '’' or '\'' && text[end + 1] is 's' or 'S';

    /// <summary>A one-word "person" mention that is a common noun ("Office", "Police"): not a person whatever the entity stage said.</summary>
    private bool IsCommonNounMention(int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        return word.IndexOf(' ') < 0 && Classify(word) is not (SpeakerWordClass.None or SpeakerWordClass.RolePerson);
    }

    /// <summary>"Modi regime": the next word makes the name a modifier.</summary>
    private bool IsModifierName(int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var w = i;
        while (w < text.Length && char.IsLetter(text[w]))
        {
            w++;
        }

        return w > i && WordSets.NameModifiedNouns.Has(text.AsSpan(i, w - i));
    }

    private bool IsPossessiveToken(int i) => text[tokens[i].Start] is '’' or '\'';

    private ReadOnlySpan<char> Word(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    private static string Lower(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant();

    private static string Clean(ReadOnlySpan<char> phrase) => phrase.Trim().Trim(",;:").ToString();

    /// <summary>A resolved speaker with the head noun that named it and whether it is plural (for later "they").</summary>
    /// <summary>A resolved speaker with the head noun that named it and whether it is plural (for later "they"), how it was
    /// found and, when it was resolved, the earlier mention that named it.</summary>
    internal sealed record Resolved(Speaker Speaker, string? Head, bool Plural, string How = "named", MentionSpan? Antecedent = null)
    {
        /// <summary>The speaker's words at the claim, set by <see cref="Resolve"/>.</summary>
        public MentionSpan? Mention { get; init; }
    }

    private sealed record Said(int Position, Speaker Speaker, string? Head, bool Plural, MentionSpan? Naming);
}
