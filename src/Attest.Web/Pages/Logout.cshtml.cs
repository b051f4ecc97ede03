using Attest.Web.Accounts;
using Attest.Workspace;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages;

/// <summary>Ends the session (a POST with the antiforgery token, so another site cannot sign a user out).</summary>
public sealed class LogoutModel(AttestWorkspace workspace) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new stamp ends this user's sessions everywhere, so a copy of the cookie saved before signing out is worthless.
        if (User.Identity?.IsAuthenticated == true)
        {
            workspace.Store.Accounts.RenewStamp(UserPrincipal.NameOf(User));
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/login");
    }
}
