namespace Marketplace.Web.Identity;

/// <summary>Claims the web app's session cookie adds to the token's own (sub, org_id, roles, region, trades ...).</summary>
public static class WebClaims
{
    /// <summary>The gateway token itself; it never leaves the server (the cookie is encrypted and HttpOnly).</summary>
    public const string AccessToken = "access_token";

    /// <summary>The name shown in the header.</summary>
    public const string Name = "name";

    /// <summary>The session's authentication scheme (the cookie).</summary>
    public const string Scheme = "marketplace-session";
}
