using Attest.Text.Tokens;

namespace Attest.Text.Knowledge;

/// <summary>Longest-match lookup of multi-token phrases over a token stream, case-insensitive but case-aware:
/// an all-capitals phrase token ("US", "IOK") must match exactly, a capitalised one needs a capital in the text.</summary>
public sealed class PhraseTrie<TValue> where TValue : class
{
    private readonly Node root = new();

    /// <summary>Adds a phrase; the first value added for a phrase wins, so callers add their most trusted sources first.</summary>
    public void Add(string phrase, TValue value)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, tokens);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = root;
        foreach (var token in tokens)
        {
            var word = phrase[token.Start..token.End];
            node.Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!node.Children.TryGetValue(word, out var next))
            {
                next = new Node();
                node.Children[word] = next;
            }

            node = next;
        }

        node.Terminals ??= [];
        node.Terminals.Add(new Terminal([.. tokens.Select(t => phrase[t.Start..t.End])], value));
    }

    /// <summary>Prepares the children maps for span lookups; call once after the last <see cref="Add"/>.</summary>
    public PhraseTrie<TValue> Freeze()
    {
        root.Freeze();
        return this;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> (not crossing <paramref name="limit"/>), or null.</summary>
    public (int End, TValue Value)? Match(string text, IReadOnlyList<Token> tokens, int start, int limit)
    {
        var node = root;
        (int, TValue)? best = null;
        for (var k = start; k < limit; k++)
        {
            var token = tokens[k];
            if (k > start && token.Start - tokens[k - 1].End > 2)
            {
                break; // a phrase does not jump over a paragraph gap
            }

            if (node.Lookup is not { } lookup || !lookup.TryGetValue(text.AsSpan(token.Start, token.Length), out var next))
            {
                break;
            }

            node = next;
            if (node.Terminals is { } terminals)
            {
                foreach (var terminal in terminals)
                {
                    if (CaseFits(text, tokens, start, terminal.Words))
                    {
                        best = (k, terminal.Value);
                        break;
                    }
                }
            }
        }

        return best;
    }

    private static bool CaseFits(string text, IReadOnlyList<Token> tokens, int start, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var token = tokens[start + i];
            var span = text.AsSpan(token.Start, token.Length);
            if (IsAcronym(word))
            {
                if (!span.SequenceEqual(word))
                {
                    return false;
                }
            }
            else if (char.IsUpper(word[0]) && !char.IsUpper(span[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronym(string word)
    {
        var upper = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= 2 || (upper == 1 && word.Length == 1);
    }

    private sealed record Terminal(string[] Words, TValue Value);

    private sealed class Node
    {
        // Most nodes are leaves of a one-word place name: they get no map of their own. The maps are read through their
        // span lookup rather than frozen copies, which for a world gazetteer would double the load time and the memory.
        public Dictionary<string, Node>? Children { get; set; }

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>>? Lookup { get; private set; }

        public List<Terminal>? Terminals { get; set; }

        public void Freeze()
        {
            if (Children is null)
            {
                return;
            }

            foreach (var child in Children.Values)
            {
                child.Freeze();
            }

            Children.TrimExcess();
            Lookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }
}
