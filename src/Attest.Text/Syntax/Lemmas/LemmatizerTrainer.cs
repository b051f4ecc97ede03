using Attest.Text.Syntax.Conllu;
using Attest.Text.Syntax.Tagging;

namespace Attest.Text.Syntax.Lemmas;

/// <summary>Learns a <see cref="Lemmatizer"/> from a treebank's forms, tags and lemmas.</summary>
public static class LemmatizerTrainer
{
    // An ending decides a new word's rule only when at least this many treebank words shared it.
    private const int EndingMinimumCount = 3;

    public static Lemmatizer Train(IReadOnlyList<TreebankSentence> sentences, TagSet tags)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tags);
        var rules = new List<LemmaRule> { LemmaRule.Identity };
        var ruleIds = new Dictionary<LemmaRule, ushort> { [LemmaRule.Identity] = 0 };
        var known = new Dictionary<ulong, Dictionary<ushort, int>>();
        var endings = new Dictionary<ulong, Dictionary<ushort, int>>();
        var byTag = new Dictionary<int, Dictionary<ushort, int>>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                var lemma = sentence.Lemmas[i];
                if (lemma == "_")
                {
                    continue;
                }

                var rule = LemmaRule.Between(sentence.Forms[i], lemma);
                if (!ruleIds.TryGetValue(rule, out var id))
                {
                    id = (ushort)rules.Count;
                    ruleIds[rule] = id;
                    rules.Add(rule);
                }

                var upos = tags.UposIdOf(sentence.Upos[i]);
                var word = WordKeys.Of(sentence.Forms[i]);
                Count(known, Lemmatizer.KnownKey(word.Lower, upos), id);
                foreach (var ending in new[] { word.Suffix1, word.Suffix2, word.Suffix3, word.Suffix4 })
                {
                    Count(endings, Lemmatizer.EndingKey(ending, upos), id);
                }

                if (!byTag.TryGetValue(upos, out var tagRules))
                {
                    byTag[upos] = tagRules = [];
                }

                tagRules[id] = tagRules.GetValueOrDefault(id) + 1;
            }
        }

        var defaults = new ushort[tags.Upos.Distinct().Count()];
        foreach (var (upos, tagRules) in byTag)
        {
            if (upos >= 0)
            {
                defaults[upos] = MostFrequent(tagRules).Rule;
            }
        }

        return new Lemmatizer(
            rules,
            known.ToDictionary(k => k.Key, k => MostFrequent(k.Value).Rule),
            endings.Select(e => (e.Key, Best: MostFrequent(e.Value)))
                .Where(e => e.Best.Count >= EndingMinimumCount)
                .ToDictionary(e => e.Key, e => e.Best.Rule),
            defaults);
    }

    private static void Count(Dictionary<ulong, Dictionary<ushort, int>> counts, ulong key, ushort rule)
    {
        if (!counts.TryGetValue(key, out var byRule))
        {
            counts[key] = byRule = [];
        }

        byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
    }

    private static (ushort Rule, int Count) MostFrequent(Dictionary<ushort, int> byRule)
    {
        var best = byRule.OrderByDescending(r => r.Value).ThenBy(r => r.Key).First();
        return (best.Key, best.Value);
    }
}
