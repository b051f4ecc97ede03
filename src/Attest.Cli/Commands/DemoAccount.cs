using System.Security.Cryptography;
using Attest.Store.Accounts;
using Attest.Web.Accounts;
using Attest.Workspace;

namespace Attest.Cli.Commands;

/// <summary>The demo's web user: made (or given a new password) on each run, so the printed password always works.</summary>
public static class DemoAccount
{
    public const string Name = "demo";

    /// <summary>Creates or resets the demo user in the workspace at <paramref name="root"/>; returns its new password.</summary>
    public static string Ensure(string root, string? database)
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
        using var workspace = AttestWorkspace.Open(new WorkspaceLayout(root), database);
        var hash = PasswordHashing.Hash(password);
        if (!workspace.Store.Accounts.Add(Name, UserRoles.Admin, hash, "attest demo"))
        {
            workspace.Store.Accounts.SetPassword(Name, hash, "attest demo");
        }

        return password;
    }
}
