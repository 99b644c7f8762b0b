using Marketplace.EndToEnd.Tests;
using Microsoft.Playwright;

namespace Marketplace.Web.Tests.Browser;

/// <summary>
/// Starts the whole topology once (through the AppHost, the web app included) and Debian's Chromium once, for every
/// browser test in this namespace; the component tests elsewhere in the assembly never start either.
/// </summary>
[SetUpFixture]
public sealed class BrowserSetup
{
    /// <summary>Debian's package (eng/setup.sh installs it); Playwright downloads no browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public static AspireTopology Topology { get; private set; } = null!;

    public static IBrowser Browser { get; private set; } = null!;

    private static IPlaywright? playwright;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var browserStart = StartBrowserAsync();
        Topology = await AspireTopology.StartAsync(TimeSpan.FromMinutes(6), new Dictionary<string, string>
        {
            // Every browser test is one user clicking quickly; the per-user limit protects production.
            ["RateLimiting__PermitLimit"] = "1000000",
            ["RateLimiting__AnonymousPermitLimit"] = "1000000",
        });
        Browser = await browserStart;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (Topology is not null)
        {
            await Topology.DisposeAsync();
        }
    }

    private static async Task<IBrowser> StartBrowserAsync()
    {
        playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
    }
}
