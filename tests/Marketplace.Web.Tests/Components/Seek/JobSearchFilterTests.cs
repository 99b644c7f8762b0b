using Marketplace.Web.Api.Seek;

namespace Marketplace.Web.Tests.Components.Seek;

public sealed class JobSearchFilterTests
{
    [Test]
    public void An_empty_filter_asks_for_the_first_page_only()
    {
        Assert.That(new JobSearchFilter().ToPath(), Is.EqualTo("/api/v1/jobs?page=1&page_size=10"));
    }

    [Test]
    public void Every_filter_maps_to_the_search_apis_snake_case_parameters()
    {
        var filter = new JobSearchFilter
        {
            Query = "  lift technician ",
            Categories = ["elevator_mechanic", "elevator_technician"],
            JobTypes = ["permanent"],
            ExperienceLevels = ["senior", "expert"],
            RemoteOnly = true,
            Location = "Chicago, IL",
            RadiusMiles = 25,
            MinSalary = 40,
            MaxSalary = 65.5m,
            SortBy = "salary",
            Page = 3,
        };

        Assert.That(filter.ToPath(), Is.EqualTo(
            "/api/v1/jobs?q=lift%20technician&categories=elevator_mechanic%2Celevator_technician&job_types=permanent"
            + "&experience_levels=senior%2Cexpert&remote_only=true&city=Chicago&state=IL&radius_miles=25&min_salary=40&max_salary=65.5"
            + "&sort_by=salary&use_semantic=true&page=3&page_size=10"));
    }

    [Test]
    public void A_zip_code_is_sent_as_postal_code()
    {
        var filter = new JobSearchFilter { Location = "60601-1234", RadiusMiles = 10, SortBy = "distance" };

        Assert.That(filter.ToPath(), Is.EqualTo("/api/v1/jobs?postal_code=60601&radius_miles=10&sort_by=distance&page=1&page_size=10"));
    }

    [Test]
    public void A_radius_or_distance_sort_without_a_place_is_left_out()
    {
        var filter = new JobSearchFilter { RadiusMiles = 50, SortBy = "distance" };

        Assert.That(filter.ToPath(), Is.EqualTo("/api/v1/jobs?page=1&page_size=10"));
    }

    [TestCase("Springfield", "Springfield", null, null)]
    [TestCase(" Austin ,  TX ", "Austin", "TX", null)]
    [TestCase("02139", null, null, "02139")]
    [TestCase("", null, null, null)]
    [TestCase("1234", "1234", null, null)]
    public void A_location_is_a_city_with_an_optional_state_or_a_zip(string location, string? city, string? state, string? zip)
    {
        Assert.That(JobSearchFilter.Place(location), Is.EqualTo((city, state, zip)));
    }
}
