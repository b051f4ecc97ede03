using System.Security.Claims;
using Attest.Store.Accounts;

namespace Attest.Web.Accounts;

/// <summary>What a signed-in user carries: name and role, and what the role allows.</summary>
public static class UserPrincipal
{
    public const string AnalystPolicy = "analyst";
    public const string AdminPolicy = "admin";

    /// <summary>The claim holding the user's security stamp at sign-in (see <see cref="SessionValidation"/>).</summary>
    public const string StampClaim = "attest:stamp";

    public static IEnumerable<Claim> Claims(UserAccount user) =>
        [new(ClaimTypes.Name, user.Name), new(ClaimTypes.Role, user.Role), new(StampClaim, user.SecurityStamp)];

    public static string RoleOf(ClaimsPrincipal principal) => principal.FindFirstValue(ClaimTypes.Role) ?? string.Empty;

    public static bool CanReview(ClaimsPrincipal principal) => UserRoles.AtLeast(RoleOf(principal), UserRoles.Analyst);

    /// <summary>Witness names and contacts: analysts and administrators only.</summary>
    public static bool SeesSensitive(ClaimsPrincipal principal) => CanReview(principal);

    public static bool IsAdmin(ClaimsPrincipal principal) => UserRoles.AtLeast(RoleOf(principal), UserRoles.Admin);

    public static string NameOf(ClaimsPrincipal principal) => principal.Identity?.Name ?? "unknown";
}
