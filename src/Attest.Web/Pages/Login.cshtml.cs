using System.Security.Claims;
using Attest.Web.Accounts;
using Attest.Workspace;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages;

/// <summary>Password sign-in: starts a cookie session for the user (the login POST is rate-limited by the host).</summary>
public sealed class LoginModel(AttestWorkspace workspace) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrWhiteSpace(Name) ? null : workspace.Store.Accounts.Get(Name.Trim());
        // The same message whether the name or the password was wrong, so names cannot be probed.
        if (user is null || Password is null || !PasswordHashing.Verify(Password, user.PasswordHash))
        {
            Error = "Wrong user name or password.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var identity = new ClaimsIdentity(UserPrincipal.Claims(user), CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/");
    }
}
