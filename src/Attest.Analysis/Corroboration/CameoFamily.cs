namespace Attest.Analysis.Corroboration;

/// <summary>CAMEO roots that tell the same happening in different words: one report's "strike" (19), another's "attack" (18)
/// and a third's "killed 40" (18) or "massacre" (20) are one use of force; every other root is a family of its own.</summary>
public static class CameoFamily
{
    /// <summary>The family name of a two-digit root: "force" for assault, fight and mass violence, else the root itself.</summary>
    public static string Of(string root) => root is "18" or "19" or "20" ? "force" : root;
}
