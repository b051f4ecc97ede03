namespace Attest.Store.Accounts;

/// <summary>The three roles, in increasing power: a viewer reads, an analyst also reviews and sees sensitive fields, an admin also manages users.</summary>
public static class UserRoles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>True when <paramref name="role"/> has at least the powers of <paramref name="required"/>.</summary>
    public static bool AtLeast(string role, string required) => Rank(role) >= Rank(required);

    private static int Rank(string role) => role switch
    {
        Admin => 3,
        Analyst => 2,
        Viewer => 1,
        _ => 0,
    };
}
