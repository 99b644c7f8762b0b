using System.Net;
using System.Text.Json;

namespace Marketplace.Listings.Tests.Functional;

/// <summary>GET /api/v1/jobs over a small corpus of trade listings published once for the class.</summary>
public sealed class SearchTests : ListingsFixture
{
    private readonly Dictionary<string, Guid> ids = [];

    [OneTimeSetUp]
    public async Task PublishCorpusAsync()
    {
        var owner = Employer();
        const string Duties = " Duties include preventive maintenance, troubleshooting, documentation of work orders and "
            + "clear communication with building staff and tenants. Full benefits, paid training and a company vehicle.";
        var corpus = new (string Key, string Title, string Category, string Type, string City, double Lat, double Lng, int? Salary, string[] Makers, string Location)[]
        {
            ("elevator", "Elevator Mechanic", "elevator_mechanic", "permanent", "Chicago", 41.8858, -87.6181, 95000, ["Otis"], "on_site"),
            ("escalator", "Escalator Service Technician", "elevator_technician", "contract", "Evanston", 42.0451, -87.6877, 88000, ["Schindler"], "on_site"),
            ("hvac", "HVAC Service Technician", "hvac_technician", "permanent", "Dallas", 32.7767, -96.7970, 70000, ["Trane"], "on_site"),
            ("electrician", "Journeyman Electrician", "electrician", "contract", "Austin", 30.2672, -97.7431, 80000, [], "on_site"),
            ("plumber", "Commercial Plumber", "plumber", "temporary", "Denver", 39.7392, -104.9903, null, [], "on_site"),
            ("manager", "Property Manager", "property_manager", "permanent", "Chicago", 41.9000, -87.6500, 75000, [], "hybrid"),
            ("dispatcher", "Service Dispatcher", "dispatcher", "permanent", "Phoenix", 33.4484, -112.0740, 50000, [], "remote"),
        };
        foreach (var l in corpus)
        {
            ids[l.Key] = await CreatePublishedAsync(owner, body =>
            {
                body["title"] = l.Title;
                body["description"] = $"{l.Title} wanted in {l.City}.{Duties}";
                body["job_category"] = l.Category;
                body["job_type"] = l.Type;
                body["city"] = l.City;
                body["postal_code"] = null;
                body["latitude"] = l.Lat;
                body["longitude"] = l.Lng;
                body["salary_min"] = l.Salary is null ? null : l.Salary - 10000;
                body["salary_max"] = l.Salary;
                body["compensation_type"] = l.Salary is null ? null : "salary";
                body["manufacturer_experience"] = l.Makers;
                body["required_skills"] = Array.Empty<string>();
                body["required_certifications"] = Array.Empty<string>();
                body["location_type"] = l.Location;
                return body;
            });
        }
    }

    private async Task<JsonElement> SearchAsync(string query)
    {
        using var client = Client(null);
        using var response = await client.GetAsync(new Uri($"/api/v1/jobs?{query}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("listing").GetProperty("id").GetGuid()).ToList();

    [Test]
    public async Task Without_q_returns_every_active_listing_newest_first()
    {
        var page = await SearchAsync("");
        Assert.That(page.GetProperty("total").GetInt64(), Is.EqualTo(ids.Count));
        Assert.That(Ids(page).First(), Is.EqualTo(ids["dispatcher"]), "the last one published");
    }

    [Test]
    public async Task Lift_technician_finds_the_elevator_trade_before_anything_else()
    {
        var page = await SearchAsync("q=lift+technician&use_semantic=true");
        Assert.That(Ids(page).Take(2), Is.EquivalentTo(new[] { ids["elevator"], ids["escalator"] }), page.ToString());
    }

    [TestCase("AC repair", "hvac")]
    [TestCase("sparky", "electrician")]
    [TestCase("pipefitter", "plumber")]
    public async Task Semantic_search_relates_trade_vocabulary(string q, string expected)
    {
        var page = await SearchAsync($"q={Uri.EscapeDataString(q)}&use_semantic=true");
        Assert.That(Ids(page).FirstOrDefault(), Is.EqualTo(ids[expected]), page.ToString());
        var match = page.GetProperty("items")[0].GetProperty("match");
        Assert.That(match.GetProperty("semantic_similarity").GetDouble(), Is.GreaterThan(0));
    }

    [Test]
    public async Task Full_text_only_does_not_relate_vocabulary()
    {
        var page = await SearchAsync("q=sparky");
        Assert.That(page.GetProperty("total").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task Full_text_ranks_a_title_match_above_a_description_match_and_reports_the_rank()
    {
        var page = await SearchAsync("q=electrician");
        Assert.That(Ids(page).First(), Is.EqualTo(ids["electrician"]));
        Assert.That(page.GetProperty("items")[0].GetProperty("match").GetProperty("text_rank").GetDouble(), Is.GreaterThan(0));
    }

    [Test]
    public async Task Hybrid_result_found_by_both_arms_says_so()
    {
        var page = await SearchAsync("q=elevator+mechanic&use_semantic=true");
        var first = page.GetProperty("items")[0];
        Assert.That(first.GetProperty("listing").GetProperty("id").GetGuid(), Is.EqualTo(ids["elevator"]));
        var matchedBy = first.GetProperty("match").GetProperty("matched_by").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.That(matchedBy, Is.EquivalentTo(new[] { "full_text", "semantic" }));
    }

    [Test]
    public async Task Nonsense_query_matches_nothing_even_semantically()
    {
        var page = await SearchAsync("q=zqxv+wvut&use_semantic=true");
        Assert.That(page.GetProperty("total").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task Radius_around_a_postal_code_finds_listings_within_it_with_their_distance()
    {
        var page = await SearchAsync("postal_code=60601&radius_miles=25&sort_by=distance");
        Assert.That(Ids(page), Is.EqualTo(new[] { ids["elevator"], ids["manager"], ids["escalator"] }));
        var distances = page.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("match").GetProperty("distance_miles").GetDouble()).ToList();
        Assert.That(distances, Is.Ordered);
        Assert.That(distances.Last(), Is.InRange(10, 25));
    }

    [Test]
    public async Task Radius_around_a_city_is_geocoded()
    {
        var page = await SearchAsync("city=Dallas&state=TX&radius_miles=30");
        Assert.That(Ids(page), Is.EqualTo(new[] { ids["hvac"] }));
    }

    [Test]
    public async Task Semantic_search_respects_the_filters()
    {
        var page = await SearchAsync("q=elevator&use_semantic=true&job_types=contract");
        Assert.That(Ids(page), Does.Contain(ids["escalator"]));
        Assert.That(Ids(page), Does.Not.Contain(ids["elevator"]));
    }

    [TestCase("categories=electrician,plumber", new[] { "electrician", "plumber" })]
    [TestCase("job_types=temporary", new[] { "plumber" })]
    [TestCase("remote_only=true", new[] { "dispatcher" })]
    [TestCase("manufacturers=otis", new[] { "elevator" })]
    [TestCase("min_salary=85000", new[] { "elevator", "escalator" })]
    [TestCase("city=chicago", new[] { "elevator", "manager" })]
    public async Task Filters_narrow_the_results_and_the_total(string filter, string[] expected)
    {
        var page = await SearchAsync(filter);
        Assert.That(Ids(page), Is.EquivalentTo(expected.Select(k => ids[k])));
        Assert.That(page.GetProperty("total").GetInt64(), Is.EqualTo(expected.Length));
    }

    [Test]
    public async Task Total_and_has_more_are_consistent_across_pages()
    {
        var first = await SearchAsync("page_size=3&page=1");
        var last = await SearchAsync("page_size=3&page=3");
        Assert.That(first.GetProperty("has_more").GetBoolean(), Is.True);
        Assert.That(last.GetProperty("has_more").GetBoolean(), Is.False);
        Assert.That(Ids(last), Has.Count.EqualTo(ids.Count - 6));
        Assert.That(last.GetProperty("total").GetInt64(), Is.EqualTo(ids.Count));
    }

    [Test]
    public async Task Full_text_total_is_exact_on_every_page_even_past_the_end()
    {
        var first = await SearchAsync("q=technician&page_size=1");
        var beyond = await SearchAsync("q=technician&page_size=1&page=50");
        Assert.That(first.GetProperty("total").GetInt64(), Is.EqualTo(2));
        Assert.That(first.GetProperty("has_more").GetBoolean(), Is.True);
        Assert.That(beyond.GetProperty("total").GetInt64(), Is.EqualTo(2));
        Assert.That(Ids(beyond), Is.Empty);
    }

    [Test]
    public async Task Hybrid_total_counts_text_matches_and_vector_only_hits_once()
    {
        var all = await SearchAsync("q=technician&use_semantic=true&page_size=100");
        var paged = await SearchAsync("q=technician&use_semantic=true&page_size=1&page=2");
        Assert.That(all.GetProperty("total").GetInt64(), Is.EqualTo(Ids(all).Count));
        Assert.That(Ids(all), Is.Unique);
        Assert.That(paged.GetProperty("total").GetInt64(), Is.EqualTo(Ids(all).Count));
        Assert.That(Ids(paged).Single(), Is.EqualTo(Ids(all)[1]));
    }

    [Test]
    public async Task Sort_by_salary_puts_the_best_paid_first_and_unpaid_last()
    {
        var page = await SearchAsync("sort_by=salary");
        Assert.That(Ids(page).First(), Is.EqualTo(ids["elevator"]));
        Assert.That(Ids(page).Last(), Is.EqualTo(ids["plumber"]));
    }

    [TestCase("categories=astronaut", "categories")]
    [TestCase("page_size=1000", "page_size")]
    [TestCase("page=0", "page")]
    [TestCase("near_lat=41.8", "near_lng")]
    [TestCase("near_lat=41.8&near_lng=-87.6", "radius_miles")]
    [TestCase("near_lat=141&near_lng=-87.6&radius_miles=10", "near_lat")]
    [TestCase("postal_code=00000&radius_miles=10", "postal_code")]
    [TestCase("sort_by=distance", "sort_by")]
    [TestCase("sort_by=cheapest", "sort_by")]
    [TestCase("sort_order=sideways", "sort_order")]
    [TestCase("min_salary=abc", "min_salary")]
    [TestCase("min_salary=10&max_salary=5", "min_salary")]
    [TestCase("remote_only=maybe", "remote_only")]
    public async Task Bad_search_parameter_answers_400_naming_it(string query, string field)
    {
        using var client = Client(null);
        using var response = await client.GetAsync(new Uri($"/api/v1/jobs?{query}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await ReadJsonAsync(response)).GetProperty("errors");
        Assert.That(errors.TryGetProperty(field, out _), Is.True, errors.ToString());
    }

    [Test]
    public async Task Websearch_syntax_errors_never_fail_the_request()
    {
        var page = await SearchAsync("q=%22unterminated+OR+-&use_semantic=true");
        Assert.That(page.GetProperty("total").GetInt64(), Is.GreaterThanOrEqualTo(0));
    }
}
