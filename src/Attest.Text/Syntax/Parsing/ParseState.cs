namespace Attest.Text.Syntax.Parsing;

/// <summary>The configuration of an arc-eager parse: a stack, the next buffer word, and the arcs so far with what
/// features need of them (outermost dependents, valencies, label sets). Word 0 is the root; words are 1..n.
/// Its arrays are reused from sentence to sentence, so parsing allocates nothing per word.</summary>
internal sealed class ParseState
{
    public const int None = -1;

    private int[] stack = [];

    public int[] Heads = [];
    public int[] Labels = [];
    public int[] Leftmost = [];
    public int[] SecondLeftmost = [];
    public int[] Rightmost = [];
    public int[] SecondRightmost = [];
    public int[] LeftCount = [];
    public int[] RightCount = [];
    public ulong[] LeftLabels = [];
    public ulong[] RightLabels = [];

    public int Length { get; private set; }
    public int StackSize { get; private set; }
    public int Next { get; private set; }
    public bool RootAttached { get; private set; }

    public bool IsTerminal => Next > Length;
    public int Top => StackSize > 0 ? stack[StackSize - 1] : None;
    public int Second => StackSize > 1 ? stack[StackSize - 2] : None;
    public int Buffer(int offset) => Next + offset <= Length ? Next + offset : None;
    public bool InBuffer(int word) => word >= Next && word <= Length;

    public ReadOnlySpan<int> Stack => stack.AsSpan(0, StackSize);

    public void Reset(int length)
    {
        if (Heads.Length < length + 1)
        {
            var capacity = Math.Max(length + 1, Heads.Length * 2);
            stack = new int[capacity];
            Heads = new int[capacity];
            Labels = new int[capacity];
            Leftmost = new int[capacity];
            SecondLeftmost = new int[capacity];
            Rightmost = new int[capacity];
            SecondRightmost = new int[capacity];
            LeftCount = new int[capacity];
            RightCount = new int[capacity];
            LeftLabels = new ulong[capacity];
            RightLabels = new ulong[capacity];
        }

        Length = length;
        for (var i = 0; i <= length; i++)
        {
            Heads[i] = Labels[i] = Leftmost[i] = SecondLeftmost[i] = Rightmost[i] = SecondRightmost[i] = None;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }

        stack[0] = 0;
        StackSize = 1;
        Next = 1;
        RootAttached = false;
    }

    public bool IsValid(int transition, int rootRelation)
    {
        if (IsTerminal)
        {
            return false;
        }

        var top = Top;
        if (transition == Transition.Shift)
        {
            return true;
        }

        if (transition == Transition.Reduce)
        {
            return top > 0 && Heads[top] != None;
        }

        var relation = Transition.RelationOf(transition);
        if (Transition.IsLeft(transition))
        {
            return top > 0 && Heads[top] == None && relation != rootRelation;
        }

        // Only the root takes a right-arc labelled root, and only once: a tree has one root.
        return top == 0 ? relation == rootRelation && !RootAttached : top > 0 && relation != rootRelation;
    }

    public void Apply(int transition)
    {
        var top = Top;
        switch (transition)
        {
            case Transition.Shift:
                stack[StackSize++] = Next++;
                break;
            case Transition.Reduce:
                StackSize--;
                break;
            default:
                var relation = Transition.RelationOf(transition);
                if (Transition.IsLeft(transition))
                {
                    Attach(Next, top, relation);
                    StackSize--;
                }
                else
                {
                    Attach(top, Next, relation);
                    RootAttached |= top == 0;
                    stack[StackSize++] = Next++;
                }

                break;
        }
    }

    /// <summary>Gives every word left without a head one: the root's dependent if there is one (else the first such
    /// word becomes the root), with the punctuation relation for punctuation and the fallback relation otherwise.</summary>
    public void Finish(RelationSet relations, ReadOnlySpan<int> tags, IReadOnlyList<bool> punctuationTags)
    {
        var root = 0;
        for (var w = 1; w <= Length && root == 0; w++)
        {
            if (Heads[w] == 0)
            {
                root = w;
            }
        }

        for (var w = 1; w <= Length; w++)
        {
            if (Heads[w] != None)
            {
                continue;
            }

            if (root == 0)
            {
                Attach(0, w, relations.Root);
                root = w;
            }
            else
            {
                Attach(root, w, punctuationTags[tags[w]] ? relations.Punctuation : relations.Fallback);
            }
        }
    }

    private void Attach(int head, int dependent, int relation)
    {
        Heads[dependent] = head;
        Labels[dependent] = relation;
        var bit = relation < 64 ? 1UL << relation : 0;
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (Leftmost[head] == None || dependent < Leftmost[head])
            {
                SecondLeftmost[head] = Leftmost[head];
                Leftmost[head] = dependent;
            }
            else if (SecondLeftmost[head] == None || dependent < SecondLeftmost[head])
            {
                SecondLeftmost[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (Rightmost[head] == None || dependent > Rightmost[head])
            {
                SecondRightmost[head] = Rightmost[head];
                Rightmost[head] = dependent;
            }
            else if (SecondRightmost[head] == None || dependent > SecondRightmost[head])
            {
                SecondRightmost[head] = dependent;
            }
        }
    }
}
