using System.Collections.Frozen;
using Attest.Text.Knowledge;

namespace Attest.Text.Attribution;

/// <summary>The cue words and speaker-phrase words, loaded once from the shipped knowledge files into frozen look-ups.</summary>
public sealed class AttributionLexicon
{
    private readonly FrozenDictionary<string, AttributionCue[]> cuesByFirstWord;
    private readonly FrozenDictionary<string, AttributionCue[]>.AlternateLookup<ReadOnlySpan<char>> cueLookup;
    private readonly FrozenDictionary<string, AttributionCue> cuesByLemma;
    private readonly FrozenDictionary<string, SpeakerWordClass> speakerWords;
    private readonly FrozenDictionary<string, SpeakerWordClass>.AlternateLookup<ReadOnlySpan<char>> speakerLookup;

    /// <param name="roleRows">Rows of roles.tsv (phrase, canonical role, use): a one-word role that can stand alone
    /// ("the mayor said") describes a person, so it is read as <see cref="SpeakerWordClass.RolePerson"/> unless
    /// attribution-sources.tsv classes the word otherwise.</param>
    public AttributionLexicon(IEnumerable<string[]> cueRows, IEnumerable<string[]> sourceRows, IEnumerable<string[]>? roleRows = null)
    {
        var cues = new Dictionary<string, List<AttributionCue>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in cueRows)
        {
            if (row.Length < 3 || !TryParseFrame(row[2], out var frame))
            {
                throw new InvalidDataException($"attribution-cues.tsv: bad row '{string.Join('\t', row)}' (expected form, lemma, frame).");
            }

            var parts = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cue = new AttributionCue(row[0], parts, row[1], frame, row.Length > 3 && row[3] == "object");
            if (!cues.TryGetValue(parts[0], out var list))
            {
                cues[parts[0]] = list = [];
            }

            list.Add(cue);
        }

        // One-word verb cues by lemma, for the parse: every inflection of a listed verb is a cue there.
        cuesByLemma = cues.Values.SelectMany(list => list)
            .Where(c => c.Words.Length == 1 && c.Frame is not (CueFrame.Noun or CueFrame.According))
            .GroupBy(c => c.Lemma, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        // Longest phrase first, so "pointed out" wins over a shorter entry with the same first word.
        cuesByFirstWord = cues.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(c => c.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        cueLookup = cuesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

        var words = new Dictionary<string, SpeakerWordClass>(StringComparer.OrdinalIgnoreCase);
        var phrases = new List<string>();
        foreach (var row in sourceRows)
        {
            if (row.Length < 2 || !TryParseClass(row[1], out var cls))
            {
                throw new InvalidDataException($"attribution-sources.tsv: bad row '{string.Join('\t', row)}' (expected word, class).");
            }

            if (row[0].Contains(' ', StringComparison.Ordinal))
            {
                phrases.Add(row[0]);
            }

            words.TryAdd(row[0], cls);
        }

        foreach (var row in roleRows ?? [])
        {
            if (row.Length >= 3 && row[2] is "noun" or "both" && !row[0].Contains(' ', StringComparison.Ordinal))
            {
                words.TryAdd(row[0], SpeakerWordClass.RolePerson);
            }
        }

        speakerWords = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        speakerLookup = speakerWords.GetAlternateLookup<ReadOnlySpan<char>>();
        AnonymousPhrases = [.. phrases.Where(p => words[p] == SpeakerWordClass.AnonymousMarker)];
    }

    /// <summary>The lexicon shipped with Attest (data/knowledge/attribution-cues.tsv, attribution-sources.tsv and roles.tsv).</summary>
    public static AttributionLexicon Shipped { get; } = new(KnowledgeFile.Rows("attribution-cues.tsv"), KnowledgeFile.Rows("attribution-sources.tsv"), KnowledgeFile.Rows("roles.tsv"));

    /// <summary>Multi-word phrases that make a speaker anonymous ("not to be named").</summary>
    public IReadOnlyList<string> AnonymousPhrases { get; }

    /// <summary>The cue forms whose first word is <paramref name="word"/>, longest first; empty when none.</summary>
    public ReadOnlySpan<AttributionCue> CuesStartingWith(ReadOnlySpan<char> word) =>
        cueLookup.TryGetValue(word, out var cues) ? cues : [];

    /// <summary>The one-word verb cue whose lemma is <paramref name="lemma"/> ("warn" for "warns", "warning"), or null.</summary>
    public AttributionCue? CueForLemma(string lemma) => cuesByLemma.GetValueOrDefault(lemma);

    public SpeakerWordClass Classify(ReadOnlySpan<char> word) =>
        speakerLookup.TryGetValue(word, out var cls) ? cls : SpeakerWordClass.None;

    private static bool TryParseFrame(string text, out CueFrame frame)
    {
        frame = text switch
        {
            "say" => CueFrame.Say,
            "sayThat" => CueFrame.SayThat,
            "tell" => CueFrame.Tell,
            "directive" => CueFrame.Directive,
            "accuse" => CueFrame.Accuse,
            "noun" => CueFrame.Noun,
            "according" => CueFrame.According,
            "belief" => CueFrame.Belief,
            "naming" => CueFrame.Naming,
            _ => (CueFrame)(-1),
        };
        return (int)frame >= 0;
    }

    private static bool TryParseClass(string text, out SpeakerWordClass cls)
    {
        cls = text switch
        {
            "anonymous-head" => SpeakerWordClass.AnonymousHead,
            "anonymous-marker" => SpeakerWordClass.AnonymousMarker,
            "document" => SpeakerWordClass.Document,
            "role-person" => SpeakerWordClass.RolePerson,
            "role-publication" => SpeakerWordClass.RolePublication,
            "role-organization" => SpeakerWordClass.RoleOrganization,
            "group-noun" => SpeakerWordClass.GroupNoun,
            "person-noun" => SpeakerWordClass.PersonNoun,
            _ => SpeakerWordClass.None,
        };
        return cls != SpeakerWordClass.None;
    }
}
