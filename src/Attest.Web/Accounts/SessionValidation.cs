using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Attest.Workspace;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Attest.Web.Accounts;

/// <summary>
/// Checks every cookie session against the database: the user must still exist and still hold the security stamp the session
/// was started with. A sign-out, a new password or a new role replaces the stamp, so the old cookie stops working on its next
/// request instead of lasting its eight hours.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var stamp = principal?.FindFirstValue(UserPrincipal.StampClaim);
        var user = principal?.Identity?.Name is { } name ? context.HttpContext.RequestServices.GetRequiredService<AttestWorkspace>().Store.Accounts.Get(name) : null;
        if (user is not null && stamp is { Length: > 0 } && user.SecurityStamp.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stamp), Encoding.UTF8.GetBytes(user.SecurityStamp)))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
