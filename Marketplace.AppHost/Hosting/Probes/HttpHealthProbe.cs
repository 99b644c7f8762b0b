namespace Marketplace.AppHost.Hosting.Probes;

/// <summary>A service is ready when GET /health answers 200 (every dependency it checks is reachable).</summary>
public static class HttpHealthProbe
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(3) };

    public static async Task<bool> IsHealthyAsync(Uri healthUrl, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Client.GetAsync(healthUrl, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }
}
