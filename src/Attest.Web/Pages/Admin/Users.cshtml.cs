using Attest.Store.Accounts;
using Attest.Web.Accounts;
using Attest.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages.Admin;

/// <summary>Administrators add users and change roles; every change is audited with who made it.</summary>
public sealed class UsersModel(AttestWorkspace workspace) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() => Users = workspace.Store.Accounts.List();

    public IActionResult OnPostAdd(string? name, string? role, string? password)
    {
        Error = string.IsNullOrWhiteSpace(name) || name.Trim().Any(char.IsWhiteSpace) ? "name: one word without spaces"
            : FieldLimits.TooLong("name", name.Trim(), FieldLimits.UserName)
            ?? (role is null || !UserRoles.IsKnown(role) ? $"role '{role}': must be viewer, analyst or admin"
            : password is null || password.Length < 10 ? "password: at least 10 characters"
            : FieldLimits.TooLong("password", password, FieldLimits.Password)
            ?? (!workspace.Store.Accounts.Add(name.Trim(), role, PasswordHashing.Hash(password), UserPrincipal.NameOf(User)) ? $"user '{name}' already exists"
            : null));
        Message = Error is null ? $"Added {name} ({role})." : null;
        return Done();
    }

    public IActionResult OnPostRole(string name, string role)
    {
        Error = !UserRoles.IsKnown(role) ? $"role '{role}': must be viewer, analyst or admin"
            : !workspace.Store.Accounts.SetRole(name, role, UserPrincipal.NameOf(User)) ? $"no user '{name}'"
            : null;
        Message = Error is null ? $"{name} is now {role}." : null;
        return Done();
    }

    private PageResult Done()
    {
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Users = workspace.Store.Accounts.List();
        return Page();
    }
}
