using System.Security.Cryptography;
using System.Text;

namespace Marketplace.ServiceDefaults.Identity;

/// <summary>
/// Maps an identity provider's subject (or organization) to the marketplace's UUID: a UUID is kept as it is; any
/// other identifier (Auth0's "auth0|5f…", an e-mail) becomes a stable name-based UUID of issuer and value, so real
/// providers' tokens work and never reach a handler as "no user" (issue #9, item 9).
/// </summary>
public static class ExternalId
{
    public static Guid ToGuid(string issuer, string value)
    {
        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "\n" + value), hash);
        var bytes = hash[..16].ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (custom, RFC 9562), in Guid's little-endian layout
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes);
    }
}
