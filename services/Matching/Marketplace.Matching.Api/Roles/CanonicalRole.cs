namespace Marketplace.Matching.Api.Roles;

/// <summary>
/// A canonical role: an O*NET occupation (<see cref="SocCode"/> "47-4021.00") or one created in Matching.
/// <see cref="Tasks"/> holds the occupation's O*NET task statements, extra evidence for normalization.
/// </summary>
public sealed record CanonicalRole(Guid Id, string? SocCode, string Name, string? Description, string? Category, IReadOnlyList<string> Aliases, string? Tasks = null)
{
    /// <summary>The SOC major group ("47"), the category of an O*NET role.</summary>
    public static string? MajorGroup(string? socCode) => socCode is { Length: >= 2 } ? socCode[..2] : null;

    /// <summary>A stable id for an O*NET occupation, the same in every database (a name-based hash of the code).</summary>
    public static Guid IdOf(string socCode)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("onet:" + socCode));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes.AsSpan(0, 16), bigEndian: true);
    }
}
