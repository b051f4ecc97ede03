using System.Collections.Frozen;
using Attest.Core.Extraction;
using Attest.Text.Knowledge;
using Attest.Text.Syntax;
using Attest.Text.Tokens;

namespace Attest.Text.Entities;

/// <summary>Finds candidate entity mentions sentence by sentence: known names (longest match), titled persons
/// ("Army chief Qamar Javed Bajwa"), runs of capitalised words classified by their words, nationality + group noun
/// ("Indian forces"), acronyms defined in parentheses, and definite descriptions that refer back ("the premier").</summary>
public sealed class EntityRecognizer(KnowledgeBase knowledge)
{
    // Longer capitalised runs are headlines or lists, not names.
    private const int MaxNameTokens = 6;
    private const int MaxPersonTokens = 4;

    private static readonly FrozenSet<string> MediaNouns = FrozenSet.ToFrozenSet(
        ["newspaper", "paper", "daily", "publication", "broadcaster", "channel", "agency"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OrganisationNouns = FrozenSet.ToFrozenSet(
        // "the mission" refers back only to an organisation whose own name has that word, so a longer list costs no precision.
        ["organisation", "organization", "body", "party", "council", "forum", "group", "committee", "institute", "mission", "commission",
            "ministry", "court", "army", "office", "association", "coalition", "alliance", "union", "network", "foundation", "centre",
            "center", "board", "assembly", "department", "movement", "front", "league", "conference", "society", "trust", "authority",
            "secretariat", "bureau", "tribunal", "parliament", "government"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "added", "stated", "noted", "tweeted", "wrote", "warned", "insisted", "claimed", "asked", "replied"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceEventNouns = FrozenSet.ToFrozenSet(
        ["massacre", "attack", "attacks", "bombing", "bombings", "blast", "killings", "carnage", "siege", "shelling", "earthquake", "floods"],
        StringComparer.Ordinal);

    /// <summary>The mentions of a text; with <paramref name="syntax"/> (the parse of each sentence, word i being the sentence's
    /// token i), proper nouns the gazetteer does not know become places where the sentence puts them somewhere.</summary>
    public List<EntityMention> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<SentenceSpan> sentences,
        IReadOnlyList<ParsedSentence>? syntax = null)
    {
        var mentions = new List<EntityMention>();
        var commonWords = CommonWords.Collect(text, tokens);
        var k = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            while (k < tokens.Count && tokens[k].Start < sentence.Start)
            {
                k++;
            }

            var first = k;
            var end = k;
            while (end < tokens.Count && tokens[end].End <= sentence.End)
            {
                end++;
            }

            var before = mentions.Count;
            var parse = syntax is not null && s < syntax.Count && syntax[s].Count == end - first ? syntax[s] : null;
            var scan = new Scan(text, tokens, first, end, commonWords, knowledge, mentions, parse);
            scan.Run();
            LinkIt(text, tokens, first, end, mentions, before);
            k = end;
        }

        return mentions;
    }

    /// <summary>"Pakistan denies it has links to such groups": "it" is a mention of the one country or organisation named
    /// before it in the sentence. Left alone when the sentence names several, or when "it" is the empty subject ("it is …").</summary>
    private static void LinkIt(string text, IReadOnlyList<Token> tokens, int first, int end, List<EntityMention> mentions, int sentenceMentions)
    {
        for (var k = first; k < end; k++)
        {
            if (!text.AsSpan(tokens[k].Start, tokens[k].Length).Equals("it", StringComparison.OrdinalIgnoreCase) || IsEmptySubject(text, tokens, k, end))
            {
                continue;
            }

            EntityMention? referent = null;
            var candidates = 0;
            string? lastKey = null;
            for (var m = sentenceMentions; m < mentions.Count && mentions[m].End <= tokens[k].Start; m++)
            {
                var mention = mentions[m];
                if (mention.Kind is MentionKind.Known or MentionKind.Organization && mention.Known?.Type != "group")
                {
                    var key = mention.Known?.Key ?? mention.Name;
                    if (key != lastKey)
                    {
                        candidates++;
                        lastKey = key;
                    }

                    referent = mention;
                }
            }

            if (candidates == 1 && referent is not null)
            {
                mentions.Add(referent with { Start = tokens[k].Start, End = tokens[k].End });
            }
        }
    }

    private static bool IsEmptySubject(string text, IReadOnlyList<Token> tokens, int k, int end)
    {
        if (k + 1 >= end)
        {
            return true;
        }

        var next = text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length);
        // ", it noted," is the reporter speaking in parenthesis, not the country just named.
        if (k > 0 && text[tokens[k - 1].Start] == ',' && SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next))
        {
            return true;
        }

        return next is "is" or "was" or "’s" or "'s" or "seems" or "seemed" or "appears" or "appeared" or "would" or "will" or "may"
            or "might" or "must" or "remains" or "became" or "becomes" or "takes" or "took" or "means";
    }

    /// <summary>The scan of one sentence.</summary>
    private readonly ref struct Scan(
        string text, IReadOnlyList<Token> tokens, int first, int end, CommonWords common, KnowledgeBase knowledge, List<EntityMention> mentions,
        ParsedSentence? parse)
    {
        public void Run()
        {
            var k = first;
            while (k < end)
            {
                var next = Step(k);
                k = next > k ? next : k + 1;
            }
        }

        private ReadOnlySpan<char> Word(int k) => text.AsSpan(tokens[k].Start, tokens[k].Length);

        private bool IsWord(int k) => k < end && tokens[k].Kind == TokenKind.Word;

        private bool IsCapitalised(int k) => IsWord(k) && char.IsUpper(text[tokens[k].Start]);

        private bool IsAllCaps(int k)
        {
            if (!IsWord(k) || tokens[k].Length < 2)
            {
                return false;
            }

            foreach (var c in Word(k))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Is(int k, string word) => k >= first && k < end && Word(k).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsAny(int k, string one, string two, string three) => Is(k, one) || Is(k, two) || Is(k, three);

        /// <summary>Handles what starts at token <paramref name="k"/>; returns the token after it.</summary>
        private int Step(int k)
        {
            if (!IsWord(k))
            {
                return k + 1;
            }

            var known = Admit(k, knowledge.Names.Match(text, tokens, k, end));
            if (TryTitledPerson(k, known) is { } afterPerson)
            {
                return afterPerson;
            }

            if ((known is null || known.Value.End == k) && TryNationalityGroup(k) is { } afterGroup)
            {
                return afterGroup;
            }

            if (known is null && TryReference(k) is { } afterReference)
            {
                return afterReference;
            }

            if (!IsCapitalised(k))
            {
                return k + 1;
            }

            var runEnd = CapitalisedRunEnd(k);
            if (known is { } match && match.End + 1 >= runEnd)
            {
                return EmitKnown(k, match.End, match.Value);
            }

            // "Chin State", "Khost Province": the head word is part of the region's name as written.
            if (known is { } region && region.Value.Type == "location" && region.End + 2 == runEnd && IsPlaceHead(region.End + 1))
            {
                return EmitKnown(k, region.End + 1, region.Value);
            }

            return ClassifyRun(k, runEnd, known);
        }

        /// <summary>A single word of the world gazetteer is a place only where the sentence treats it as one: a proper noun to the
        /// tagger, not a speaker ("Hamilton said"), and after a locative preposition when it is also a common word ("in Split"),
        /// whether common in English or in this document ("the police" makes "Police" a word).</summary>
        private (int End, KnownEntity Value)? Admit(int k, (int End, KnownEntity Value)? known)
        {
            if (known is not { } match || !match.Value.Derived || match.End > k)
            {
                return known;
            }

            if (IsSpeechVerb(k + 1) || NameWords.NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(k)))
            {
                return null;
            }

            if (parse is not null && parse.Upos(k - first) != "PROPN")
            {
                return null;
            }

            return (match.Value.Common || common.Contains(Word(k))) && !IsPlacedAt(k, k) && !IsPlaceHead(k + 1) ? null : known;
        }

        private bool IsPlaceHead(int j) => IsWord(j) && NameWords.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(j));

        /// <summary>The words <paramref name="start"/>..<paramref name="last"/> follow a locative preposition: the word before them,
        /// or, with the parse, the preposition of their head ("in northern Khost"). "from" and "at" count only where the phrase
        /// says where something was done (it depends on a verb), not whose a thing is ("a letter from Smith").</summary>
        private bool IsPlacedAt(int start, int last, bool viaConjunct = true)
        {
            var before = start - 1;
            if (before - 1 >= first && IsWord(before) && IsWord(before - 1) && (Is(before, "of") || Is(before, "from"))
                && (IsPlaceHead(before - 1) || NameWords.OriginNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(before - 1))))
            {
                return true; // "the villages of Ain Ibl", "the district of Barmal", "families from Rajouri", "residents of Gwoza"
            }

            if (before >= first && IsPlaceHead(before) && !IsCapitalised(before) && !Word(before).EndsWith('s'))
            {
                return true; // "in village Amshipora"
            }

            var preposition = -1;
            if (before >= first && IsWord(before) && IsLocative(before))
            {
                preposition = before;
            }
            else if (parse is not null)
            {
                var head = NameHead(start, last);
                foreach (var child in parse.Children(head))
                {
                    if (parse.Relation(child) == "case" && IsLocative(first + child))
                    {
                        preposition = first + child;
                    }
                }

                var governor = parse.Head(head);
                if (governor >= 0 && parse.Relation(head) is "nmod" or "appos" && IsPlaceHead(first + governor) && !IsCapitalised(first + governor))
                {
                    return true; // "towns including Convención": the name is one of the places the noun speaks of
                }

                // "Khost and Paktika", "in Ain Ibl and Rmeish": a name joined to a place is a place.
                if (viaConjunct && governor >= 0 && parse.Relation(head) == "conj" && (IsLocation(first + governor) || IsPlacedAt(first + governor, first + governor, false)))
                {
                    return true;
                }
            }

            if (preposition < 0)
            {
                return false;
            }

            if (!NameWords.PersonalPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(preposition)))
            {
                return true;
            }

            if (parse is null)
            {
                return false;
            }

            var name = NameHead(start, last);
            return parse.Relation(name) == "obl" && parse.Head(name) is var verb and >= 0 && parse.Upos(verb) == "VERB";
        }

        /// <summary>Token <paramref name="j"/> is inside a place already found in this sentence.</summary>
        private bool IsLocation(int j)
        {
            var at = tokens[j].Start;
            for (var m = mentions.Count - 1; m >= 0 && mentions[m].End > tokens[first].Start; m--)
            {
                var mention = mentions[m];
                if (mention.Start <= at && at < mention.End)
                {
                    return mention.Kind == MentionKind.Place || mention.Known?.Type == "location";
                }
            }

            return false;
        }

        private bool IsLocative(int j) => NameWords.LocativePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(j));

        /// <summary>The word of <paramref name="start"/>..<paramref name="last"/> the rest of the sentence attaches to (sentence word index).</summary>
        private int NameHead(int start, int last)
        {
            var parsed = parse!;
            for (var j = start; j <= last; j++)
            {
                var head = parsed.Head(j - first);
                if (head < start - first || head > last - first)
                {
                    return j - first;
                }
            }

            return last - first;
        }

        /// <summary>An unknown run of proper nouns that the sentence puts somewhere: after a locative preposition or before a place
        /// noun ("Nondin village"), every word a proper noun to the tagger, and not a person's (no "'s", no speech verb after it).</summary>
        private bool IsPlaceCandidate(int start, int last)
        {
            if (parse is null || Is(last + 1, "’s") || Is(last + 1, "'s") || IsSpeechVerb(last + 1))
            {
                return false;
            }

            for (var j = start; j <= last; j++)
            {
                if (IsConnector(j))
                {
                    continue;
                }

                var word = Word(j);
                if (parse.Upos(j - first) != "PROPN" || NameWords.OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                    || NameWords.NonEntityHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || IsNotName(j))
                {
                    return false;
                }
            }

            if (IsPlaceHead(last + 1) && !IsCapitalised(last + 1))
            {
                return true;
            }

            // The first word of a sentence is capitalised whatever it is, and a word after a capitalised one ("the Blue Line")
            // is part of a longer name: neither is placed by the words around it alone.
            var begin = ArticleStart(start);
            if (begin == first || (IsCapitalised(begin - 1) && !IsLocative(begin - 1)
                && !NameWords.NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(begin - 1))))
            {
                return false;
            }

            // "in Facebook posts": a proper noun that modifies a noun names the noun's kind, not where it is.
            return parse.Relation(NameHead(start, last)) != "compound" && IsPlacedAt(ArticleStart(start), last);
        }

        /// <summary>Where a name begins when an Arabic article is written before it ("Al Mawasi", "al-Bashoura"), else <paramref name="j"/>.</summary>
        private int ArticleStart(int j)
        {
            if (j - 1 >= first && IsArticle(j - 1) && tokens[j].Start - tokens[j - 1].End == 1 && text[tokens[j - 1].End] == ' ')
            {
                return j - 1;
            }

            return j - 2 >= first && text[tokens[j - 1].Start] == '-' && tokens[j - 1].Start == tokens[j - 2].End && tokens[j].Start == tokens[j - 1].End
                && IsArticle(j - 2) ? j - 2 : j;
        }

        private bool IsArticle(int j) => IsWord(j) && (Is(j, "al") || Is(j, "el"));

        private int EmitKnown(int k, int last, KnownEntity entity)
        {
            // A bare city name inside a longer capitalised run is more likely part of another name.
            var mention = new EntityMention(tokens[k].Start, tokens[last].End, MentionKind.Known, entity.Name, entity);
            mentions.Add(mention);
            return AfterAcronymDefinition(last, mention);
        }

        /// <summary>"Organisation of Islamic Cooperation (OIC)": the acronym becomes a mention of the same entity.</summary>
        private int AfterAcronymDefinition(int last, EntityMention defined)
        {
            if (last + 3 < end && text[tokens[last + 1].Start] == '(' && IsAllCaps(last + 2) && text[tokens[last + 3].Start] == ')')
            {
                var acronym = tokens[last + 2];
                mentions.Add(defined with { Start = acronym.Start, End = acronym.End });
                return last + 4;
            }

            return last + 1;
        }

        /// <summary>Optional nationality or body ("US", "Indian", "UN"), then a title, then a name; or "the" + role noun.</summary>
        private int? TryTitledPerson(int k, (int End, KnownEntity Value)? known)
        {
            var m = k;
            string? country = null;
            EntityMention? modifier = null;
            if (known is { } match && match.Value.Kind is "country" or "organization" && match.End + 1 < end)
            {
                country = match.Value.Kind == "country" ? match.Value.Country : null;
                modifier = new EntityMention(tokens[k].Start, tokens[match.End].End, MentionKind.Known, match.Value.Name, match.Value);
                m = match.End + 1;
                if (Is(m, "’s") || Is(m, "'s"))
                {
                    m++;
                }
            }
            else if (knowledge.DemonymLookup.TryGetValue(Word(k), out var code) && IsCapitalised(k))
            {
                country = code.Length == 0 ? null : code;
                m = k + 1;
            }

            if (m >= end || knowledge.Roles.Match(text, tokens, m, end) is not { } role)
            {
                return null;
            }

            var nameStart = role.End + 1;
            // "Ambassador (r) Syed Abrar Hussain", "Dr. Fai"
            if (nameStart + 2 < end && text[tokens[nameStart].Start] == '(' && text[tokens[nameStart + 2].Start] == ')')
            {
                nameStart += 3;
            }
            else if (nameStart < end && text[tokens[nameStart].Start] == '.' && tokens[nameStart].Length == 1)
            {
                nameStart++;
            }

            var nameEnd = PersonNameEnd(nameStart);
            if (role.Value.IsTitle && nameEnd > nameStart && (known is null || known.Value.End < nameStart || modifier is not null))
            {
                if (modifier is not null)
                {
                    mentions.Add(modifier);
                }

                var name = text[tokens[nameStart].Start..tokens[nameEnd - 1].End];
                var person = new EntityMention(tokens[nameStart].Start, tokens[nameEnd - 1].End, MentionKind.Person, name, Role: role.Value, Country: country);
                mentions.Add(person);
                return AfterAcronymDefinition(nameEnd - 1, person);
            }

            if (role.Value.IsNoun && Is(k - 1, "the") && !IsCapitalised(nameStart))
            {
                if (modifier is not null)
                {
                    mentions.Add(modifier);
                }

                mentions.Add(new EntityMention(tokens[k - 1].Start, tokens[role.End].End, MentionKind.Reference,
                    text[tokens[role.End].Start..tokens[role.End].End], Role: role.Value, Country: country));
                return role.End + 1;
            }

            return null;
        }

        /// <summary>"Valdonian forces", "Valdonian occupation forces", "Arlish government", "Valdonian army".</summary>
        private int? TryNationalityGroup(int k)
        {
            if (!IsCapitalised(k) || !knowledge.DemonymLookup.TryGetValue(Word(k), out var code))
            {
                return null;
            }

            for (var j = k + 1; j <= k + 2 && IsWord(j); j++)
            {
                var noun = Word(j);
                var isGroup = NameWords.GroupNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun);
                var isGovernment = NameWords.GovernmentNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun)
                    || NameWords.ForceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun);
                if (isGroup || isGovernment)
                {
                    // "Valdonian occupation forces" and "Valdonian forces" are one group: the name keeps nationality and noun.
                    var name = string.Concat(Word(k), " ", noun);
                    mentions.Add(new EntityMention(tokens[k].Start, tokens[j].End, isGroup ? MentionKind.Group : MentionKind.Organization, name,
                        Country: code.Length == 0 ? null : code));
                    return j + 1;
                }

                if (char.IsUpper(noun[0]))
                {
                    break;
                }
            }

            return null;
        }

        /// <summary>"the newspaper", "the organisation": refers back to the last such entity.</summary>
        private int? TryReference(int k)
        {
            if (!Is(k - 1, "the") || IsCapitalised(k + 1))
            {
                return null;
            }

            var word = Word(k);
            if (MediaNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || OrganisationNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                mentions.Add(new EntityMention(tokens[k - 1].Start, tokens[k].End, MentionKind.Reference, word.ToString()));
                return k + 1;
            }

            return null;
        }

        private int CapitalisedRunEnd(int k)
        {
            var j = k + 1;
            while (j < end && j - k < MaxNameTokens)
            {
                // Names run on across a wrapped line, not across a paragraph break.
                if (tokens[j].Start - tokens[j - 1].End > 1 && text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Count('\n') > 1)
                {
                    break;
                }

                if (IsInitial(j))
                {
                    j += 2;
                    continue;
                }

                if (IsCapitalised(j) && IsInnerTitle(j))
                {
                    break; // "Punjab Assembly | Speaker Chaudhry Pervaiz Elahi": a title inside a run starts a new name
                }

                if (IsCapitalised(j))
                {
                    j++;
                }
                else if (IsConnector(j) && IsCapitalised(j + 1))
                {
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        private bool IsSpeechVerb(int j) =>
            j < end && SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(j));

        private bool IsInnerTitle(int j) =>
            knowledge.Roles.Match(text, tokens, j, end) is { } role && role.Value.IsTitle && IsCapitalised(role.End + 1)
            && !Word(role.End + 1).Equals("of", StringComparison.OrdinalIgnoreCase) && knowledge.Names.Match(text, tokens, role.End + 1, end) is null;

        private bool IsConnector(int j)
        {
            if (j >= end)
            {
                return false;
            }

            if (text[tokens[j].Start] == '-')
            {
                // "Secretary-General", "Tehreek-e-Insaf": a hyphen glued on both sides.
                return tokens[j].Start == tokens[j - 1].End && j + 1 < end && tokens[j + 1].Start == tokens[j].End;
            }

            return tokens[j].Kind == TokenKind.Word && NameWords.Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(j));
        }

        private int ClassifyRun(int k, int runEnd, (int End, KnownEntity Value)? known)
        {
            // Leading words that are not names ("Despite", "The", sentence-initial common words) are dropped.
            var start = k;
            while (start < runEnd && ((start == first && IsNotName(start)) || Is(start, "the") || IsConnector(start)))
            {
                start++;
            }

            if (start >= runEnd)
            {
                return k + 1;
            }

            if (start == k && knowledge.Roles.Match(text, tokens, start, runEnd) is { } leadingRole)
            {
                start = leadingRole.End + 1; // "Chairman Parliamentary Committee on Kashmir": the title is not part of the name
            }

            if (start > k)
            {
                return start; // re-examine from the first real name word (it may start a known name)
            }

            var hasKnown = false;
            var orgHead = false;
            var nonEntity = false;
            var nameLike = true;
            var words = 0;
            for (var j = start; j < runEnd; j++)
            {
                if (text[tokens[j].Start] == '.' && j > start && IsInitial(j - 1))
                {
                    continue;
                }

                if (IsConnector(j))
                {
                    nameLike &= NameWords.NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(j)) || text[tokens[j].Start] == '-';
                    continue;
                }

                words++;
                var word = Word(j);
                orgHead |= NameWords.OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
                nonEntity |= NameWords.NonEntityHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
                // A one-word town of the world gazetteer inside a run of names is a first name or a surname ("Vladimir Putin",
                // "Tirana Hassan"): prose never writes two places side by side without a comma or a word between them.
                var inner = knowledge.Names.Match(text, tokens, j, end);
                var isTown = inner is { } town && town.Value.Derived && town.End == j;
                var isKnown = inner is not null && !isTown || knowledge.DemonymLookup.ContainsKey(word);
                hasKnown |= isKnown;
                nameLike &= !isKnown && !IsAllCaps(j) && !IsNotName(j) && knowledge.Roles.Match(text, tokens, j, j + 1) is null;
            }

            var last = runEnd - 1;
            if (!hasKnown && words is >= 2 and <= 4 && IsPlaceHead(last) && start == k && !orgHead && IsPlaceCandidate(start, last - 1))
            {
                // "Chin State", "Jenin Camp": an unknown name with its place noun.
                var named = text[tokens[start].Start..tokens[last].End];
                mentions.Add(new EntityMention(tokens[start].Start, tokens[last].End, MentionKind.Place, named));
                return runEnd;
            }

            if (orgHead && !nonEntity && words >= 2)
            {
                var name = text[tokens[start].Start..tokens[last].End];
                var organisation = new EntityMention(tokens[start].Start, tokens[last].End, MentionKind.Organization, name);
                mentions.Add(organisation);
                return AfterAcronymDefinition(last, organisation);
            }

            // "the Pied Piper", "the Iron Lady": a person's name does not take an article.
            var afterArticle = start > first && (IsAny(start - 1, "the", "a", "an") || (!IsCapitalised(start - 1) && IsAny(start - 2, "the", "a", "an")));
            if (nameLike && !nonEntity && !afterArticle && words is >= 2 and <= 3 && IsPlaceCandidate(start, last))
            {
                // "shelling in Ain Ibl", "fighting near El Tarra": an unknown name the sentence puts somewhere is a place.
                var from = tokens[ArticleStart(start)].Start;
                mentions.Add(new EntityMention(from, tokens[last].End, MentionKind.Place, text[from..tokens[last].End]));
                return runEnd;
            }

            if (nameLike && !nonEntity && !afterArticle && words is >= 2 and <= MaxPersonTokens)
            {
                var name = text[tokens[start].Start..tokens[last].End];
                var person = new EntityMention(tokens[start].Start, tokens[last].End, MentionKind.Person, name);
                mentions.Add(person);
                return AppositionRole(last, person);
            }

            // "Ghulam Nabi Fai on Monday", "Khalid Rahman and Dr Fai": the name is the part before the first connector.
            var prefixEnd = start;
            while (prefixEnd < runEnd && !(IsConnector(prefixEnd) && !NameWords.NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(prefixEnd))
                && text[tokens[prefixEnd].Start] != '-'))
            {
                prefixEnd++;
            }

            if (prefixEnd < runEnd && prefixEnd - start >= 2 && !orgHead)
            {
                return ClassifyRun(start, prefixEnd, known);
            }

            if (known is { } match)
            {
                return EmitKnown(k, match.End, match.Value);
            }

            // A single word, or a mixed run ("Trump and Imran", "British India"): look at its words one by one;
            // a run that names something else ("Kashmir Solidarity Day") yields no new entity of its own.
            if ((words == 1 || !nonEntity) && !IsNotName(start) && !knowledge.DemonymLookup.ContainsKey(Word(start))
                && knowledge.Roles.Match(text, tokens, start, start + 1) is null)
            {
                // "Ghafoor said": a lone name that speaks is a person even when no fuller name is given; "the Uri attack" names a place.
                var kind = IsAllCaps(start) ? MentionKind.Acronym
                    : IsSpeechVerb(start + 1) ? MentionKind.Person
                    : words == 1 && start + 1 < end && PlaceEventNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(start + 1))
                        && (parse is null || parse.Upos(start - first) == "PROPN") ? MentionKind.Place
                    : words == 1 && IsPlaceCandidate(start, start) ? MentionKind.Place
                    : MentionKind.ShortName;
                var from = kind == MentionKind.Place ? tokens[ArticleStart(start)].Start : tokens[start].Start;
                mentions.Add(new EntityMention(from, tokens[start].End, kind, text[from..tokens[start].End]));
            }

            return start + 1;
        }

        /// <summary>"Khalid Rahman, chairman IPS": the role after a comma belongs to the name before it.</summary>
        private int AppositionRole(int last, EntityMention person)
        {
            if (last + 2 < end && text[tokens[last + 1].Start] == ',')
            {
                var m = last + 2;
                while (m < end && (Is(m, "the") || Is(m, "a") || Is(m, "former") || Is(m, "senior")))
                {
                    m++;
                }

                if (m < end && knowledge.Roles.Match(text, tokens, m, end) is { } role)
                {
                    mentions[^1] = person with { Role = role.Value };
                }
            }

            return last + 1;
        }

        /// <summary>An initial with its period before a capitalised word: "S. Jaishankar", "Ghulam N. Fai".</summary>
        private bool IsInitial(int j) =>
            IsWord(j) && tokens[j].Length == 1 && char.IsUpper(text[tokens[j].Start]) && j + 2 < end
            && text[tokens[j + 1].Start] == '.' && tokens[j + 1].Start == tokens[j].End && IsCapitalised(j + 2);

        private int PersonNameEnd(int k)
        {
            var j = k;
            while (j < end && j - k < MaxPersonTokens + 2)
            {
                if (IsInitial(j))
                {
                    j += 2;
                }
                else if (IsCapitalised(j) && !IsNotName(j) && !IsAllCaps(j)
                    && !NameWords.OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(j))
                    && !NameWords.NonEntityHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(j))
                    && (knowledge.Names.Match(text, tokens, j, end) is not { } known || known.Value.Kind == "city" && j > k))
                {
                    j++;
                }
                else if (j > k && IsConnector(j) && NameWords.NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(j)) && IsCapitalised(j + 1))
                {
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        private bool IsNotName(int j) =>
            NameWords.NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(j)) || common.Contains(Word(j));
    }
}
