using System.Security.Claims;
using Attest.Web.Accounts;
using Attest.Workspace;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attest.Web.Pages;

/// <summary>Password sign-in: starts a cookie session for the user; failed attempts are throttled per account and per address.</summary>
public sealed class LoginModel(AttestWorkspace workspace, LoginThrottle throttle) : PageModel
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
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "local";
        // Checked before the password, so a guesser who is held back learns nothing from the answer.
        if (throttle.IsBlocked(Name, address))
        {
            Error = "Too many failed sign-ins for this account or from this address: wait a minute and try again.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var name = Name?.Trim() is { Length: > 0 and <= FieldLimits.UserName } n ? n : null;
        var password = Password is { Length: <= FieldLimits.Password } p ? p : null;
        var user = name is null ? null : workspace.Store.Accounts.Get(name);
        // Unknown names are checked against a dummy hash, so the time taken does not tell which names exist.
        var verified = password is not null && (user is null ? PasswordHashing.VerifyForUnknownUser(password) : PasswordHashing.Verify(password, user.PasswordHash));
        if (user is null || !verified)
        {
            throttle.RecordFailure(Name, address);
            // The same message whether the name or the password was wrong, so names cannot be probed.
            Error = "Wrong user name or password.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var identity = new ClaimsIdentity(UserPrincipal.Claims(user), CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/");
    }
}
