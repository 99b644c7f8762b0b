using System.Security.Cryptography;
using System.Text;

namespace Marketplace.ScraperIngest.Api.Keys;

/// <summary>
/// Scraper keys are 32 random bytes shown once; only their SHA-256 is stored. A fast hash is enough here because
/// the keys are high-entropy random strings, not passwords (no dictionary to guess from).
/// </summary>
public static class ApiKeyHasher
{
    private const string Prefix = "mk_scr_";

    public static string NewKey() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
