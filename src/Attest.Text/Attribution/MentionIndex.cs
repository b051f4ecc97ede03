using Attest.Core.Extraction;

namespace Attest.Text.Attribution;

/// <summary>Every entity mention of a document sorted by position, to find the entities inside a phrase quickly.</summary>
public sealed class MentionIndex
{
    private readonly (int Start, int End, EntityRecord Entity)[] mentions;
    private readonly Dictionary<string, EntityRecord> byId;

    public MentionIndex(IEnumerable<EntityRecord> entities)
    {
        var all = entities.ToList();
        mentions = [.. all.SelectMany(e => e.Mentions.Select(m => (m.Start, m.End, e))).OrderBy(m => m.Start).ThenBy(m => m.End)];
        byId = all.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>The entity with id <paramref name="id"/>, if the document has it.</summary>
    public EntityRecord? Entity(string id) => byId.GetValueOrDefault(id);

    public int Count => mentions.Length;

    public (int Start, int End, EntityRecord Entity) this[int index] => mentions[index];

    /// <summary>The index of the first mention starting at or after <paramref name="position"/>.</summary>
    public int FirstAtOrAfter(int position)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Start < position)
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

    /// <summary>Mentions lying wholly inside <paramref name="start"/>..<paramref name="end"/>.</summary>
    public IEnumerable<(int Start, int End, EntityRecord Entity)> Within(int start, int end)
    {
        for (var i = FirstAtOrAfter(start); i < mentions.Length && mentions[i].Start < end; i++)
        {
            if (mentions[i].End <= end)
            {
                yield return mentions[i];
            }
        }
    }

    /// <summary>The entity whose mention covers exactly <paramref name="start"/>..<paramref name="end"/>, if any.</summary>
    public EntityRecord? Exactly(int start, int end)
    {
        for (var i = FirstAtOrAfter(start); i < mentions.Length && mentions[i].Start == start; i++)
        {
            if (mentions[i].End == end)
            {
                return mentions[i].Entity;
            }
        }

        return null;
    }
}
