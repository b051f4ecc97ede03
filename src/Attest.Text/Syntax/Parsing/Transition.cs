namespace Attest.Text.Syntax.Parsing;

/// <summary>The arc-eager transitions, packed into one class number for the classifier: shift, reduce, then a
/// left-arc and a right-arc per relation.</summary>
internal static class Transition
{
    public const int Shift = 0;
    public const int Reduce = 1;

    public static int Count(int relations) => 2 + (2 * relations);

    public static int Left(int relation) => 2 + (2 * relation);

    public static int Right(int relation) => 3 + (2 * relation);

    public static bool IsLeft(int transition) => transition >= 2 && transition % 2 == 0;

    public static bool IsRight(int transition) => transition >= 3 && transition % 2 == 1;

    public static int RelationOf(int transition) => (transition - 2) / 2;
}
