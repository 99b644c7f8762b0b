using Microsoft.Playwright;

namespace Marketplace.Web.Tests.Browser;

/// <summary>Issue #14's market pulse: charts of demand and pay for a role and place, skills, and a salary benchmark.</summary>
public sealed class MarketPulseTests : BrowserTest
{
    [Test]
    public async Task Market_pulse_charts_the_demand_and_pay_of_published_listings_for_a_role_and_place()
    {
        await SeedListingsAsync("elevator_mechanic", count: 5);

        var page = await NewPageAsync();
        await page.GotoAsync("/market");
        await WaitForInteractiveAsync(page);

        // A role the market does not know: the API's error shows beside the field.
        await page.Locator("#role").FillAsync("xyzzy frobnicator");
        await page.GetByTestId("show-market").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-input-control:has(#role) .mud-input-helper-text.mud-input-error")).ToContainTextAsync("xyzzy");

        await page.Locator("#role").FillAsync("elevator mechanic");
        await page.Locator("#location").FillAsync("Chicago, IL");
        await page.GetByTestId("show-market").ClickAsync();
        await Assertions.Expect(page.GetByTestId("market-heading")).ToContainTextAsync("Chicago");

        var line = page.Locator("[data-testid=demand-chart] svg path.mud-chart-line[d*='L']").First;
        await Assertions.Expect(line).ToBeVisibleAsync();
        // Pay has a point once five postings state it: this week's, the only one so far (a marker, not yet a line).
        await Assertions.Expect(page.Locator("[data-testid=pay-chart] svg path.mud-chart-line")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("skills")).ToContainTextAsync("hydraulics");

        await page.Locator("#benchmark-amount").FillAsync("55");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("benchmark-result")).ToContainTextAsync("a year");
        await ScreenshotAsync(page, "market-pulse");

        var phone = await NewPageAsync(Phone);
        await phone.GotoAsync("/market?role=elevator%20mechanic&location=Chicago%2C%20IL");
        await Assertions.Expect(phone.Locator("[data-testid=demand-chart] svg path.mud-chart-line[d*='L']").First).ToBeVisibleAsync();
        await ScreenshotAsync(phone, "market-pulse");
    }

    /// <summary>Publishes listings through the API, then rebuilds today's statistics (admin) until Market-Analytics counts them.</summary>
    private static async Task SeedListingsAsync(string category, int count)
    {
        using var employer = await GatewaySeed.SignInAsync(GatewayUrl, Guid.NewGuid(), Guid.NewGuid(), ["employer"], "us-il");
        using var admin = await GatewaySeed.SignInAsync(GatewayUrl, Guid.NewGuid(), Guid.NewGuid(), ["admin"]);
        const string stats = "/api/v1/market/stats?role=elevator%20mechanic&location=Chicago,%20IL";
        var before = (await admin.SendAsync(HttpMethod.Get, stats)).GetProperty("active_postings").GetInt32();
        for (var i = 0; i < count; i++)
        {
            var created = await employer.SendAsync(HttpMethod.Post, "/api/v1/jobs", Listing(category, 44 + (i * 3)));
            await employer.SendAsync(HttpMethod.Post, $"/api/v1/jobs/{created.GetProperty("id").GetGuid()}/publish");
        }

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            await admin.SendAsync(HttpMethod.Post, $"/api/v1/market/admin/rebuild?from={today}&to={today}");
            if ((await admin.SendAsync(HttpMethod.Get, stats)).GetProperty("active_postings").GetInt32() >= before + count)
            {
                return;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "Market-Analytics never counted the published listings.");
            await Task.Delay(500);
        }
    }

    private static Dictionary<string, object?> Listing(string category, int salaryMin) => new()
    {
        ["title"] = $"Elevator Mechanic — Loop portfolio {Guid.NewGuid().ToString()[..6]}",
        ["description"] = "Service, troubleshoot and repair traction and hydraulic elevators across a portfolio of downtown office "
            + "towers. Otis and Schindler controllers, on-call rotation one week in six, company van and tools provided.",
        ["job_category"] = category,
        ["job_type"] = "permanent",
        ["visibility"] = "global",
        ["experience_level"] = "senior",
        ["location_type"] = "on_site",
        ["city"] = "Chicago",
        ["state_province"] = "IL",
        ["country"] = "US",
        ["postal_code"] = "60601",
        ["compensation_type"] = "hourly",
        ["salary_min"] = salaryMin,
        ["salary_max"] = salaryMin + 14,
        ["currency"] = "USD",
        ["required_skills"] = new[] { "troubleshooting", "hydraulics" },
        ["positions_available"] = 1,
    };
}
