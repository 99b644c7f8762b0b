using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.Web.Tests.Browser;

/// <summary>
/// What every browser test does: a fresh browser context (its own cookies) at a desktop or phone size, signing in
/// through the real sign-in page, and screenshots saved as test artifacts (artifacts/screenshots and the test result).
/// </summary>
public abstract partial class BrowserTest
{
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly List<IBrowserContext> contexts = [];

    protected static Uri WebUrl => BrowserSetup.Topology.WebUrl;

    protected static Uri GatewayUrl => BrowserSetup.Topology.GatewayUrl;

    /// <summary>A new page in its own context (a separate person), at <paramref name="viewport"/> (desktop by default).</summary>
    protected async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var context = await BrowserSetup.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = WebUrl.ToString(),
            ViewportSize = viewport ?? Desktop,
            Locale = "en-US",
            TimezoneId = "America/Chicago",
        });
        context.SetDefaultTimeout(20_000);
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the development picker as a fresh person (or <paramref name="sub"/>) with these roles.</summary>
    protected static async Task SignInAsync(IPage page, string name, string roles, Guid? organizationId = null, Guid? sub = null,
        string? region = null, string? trades = null, string returnUrl = "/")
    {
        await page.GotoAsync("/sign-in?return_url=" + Uri.EscapeDataString(returnUrl));
        await page.GetByText("Someone else").ClickAsync();
        await page.Locator("input[name=Name]").FillAsync(name);
        await page.Locator("input[name=Sub]").FillAsync((sub ?? Guid.NewGuid()).ToString());
        await page.Locator("input[name=OrgId]").FillAsync(organizationId?.ToString() ?? "");
        await page.Locator("input[name=Roles]").FillAsync(roles);
        await page.Locator("input[name=Region]").FillAsync(region ?? "");
        await page.Locator("input[name=Trades]").FillAsync(trades ?? "");
        await page.GetByTestId("custom-sign-in").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-name")).ToHaveTextAsync(name);
    }

    /// <summary>Saves a full-page screenshot named screen-size (e.g. find-work-desktop) and attaches it to the test.</summary>
    protected static async Task ScreenshotAsync(IPage page, string screen)
    {
        var width = page.ViewportSize?.Width ?? Desktop.Width;
        var size = width <= Phone.Width ? "phone" : "desktop";
        var folder = Path.Combine(RepositoryArtifacts(), "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Slug().Replace(screen, "-").ToLowerInvariant()}-{size}.png");
        // From the top: a full-page shot of a scrolled page draws the fixed app bar in the middle of the image.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, $"{screen} at {size} width");
    }

    /// <summary>Waits for the interactive circuit, so clicks reach components rather than the prerendered HTML.</summary>
    protected static async Task WaitForInteractiveAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('[data-interactive]') !== null");

    [TearDown]
    public async Task CloseContextsAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        contexts.Clear();
    }

    private static string RepositoryArtifacts()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Marketplace.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? TestContext.CurrentContext.WorkDirectory, "artifacts");
    }

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex Slug();
}
