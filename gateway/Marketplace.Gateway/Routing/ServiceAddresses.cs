namespace Marketplace.Gateway.Routing;

/// <summary>
/// Service addresses in Aspire's convention: the AppHost sets services__listings__http__0, which configuration
/// reads as services:listings:http:0. An https endpoint is used when no http one is given.
/// </summary>
internal static class ServiceAddresses
{
    public static Uri? Find(IConfiguration configuration, string service)
    {
        var section = configuration.GetSection("services").GetSection(service);
        var address = section["http:0"] ?? section["https:0"];
        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
    }
}
