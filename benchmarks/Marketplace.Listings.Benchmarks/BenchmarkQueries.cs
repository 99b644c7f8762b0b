using Marketplace.Listings.Api.Search;

namespace Marketplace.Listings.Benchmarks;

/// <summary>42 trade searches, each plain, with attribute filters, and within 50 miles of a large city.</summary>
public static class BenchmarkQueries
{
    public static readonly string[] Texts =
    [
        "elevator mechanic", "lift technician", "escalator repair", "elevator inspector", "hvac technician", "AC repair",
        "air conditioning service", "refrigeration mechanic", "boiler operator", "chiller technician", "electrician", "sparky",
        "journeyman electrician", "industrial electrician", "low voltage technician", "plumber", "pipefitter", "commercial plumbing",
        "fire alarm technician", "sprinkler fitter", "fire protection inspector", "building automation", "controls technician",
        "security systems installer", "access control technician", "maintenance technician", "handyman", "building engineer",
        "property manager", "community manager", "facilities director", "facility manager", "operations manager",
        "regional manager", "maintenance supervisor", "dispatcher", "service coordinator", "administrative assistant",
        "estimator", "building inspector", "otis", "marketing coordinator",
    ];

    private static readonly (string Name, double Lat, double Lng)[] Centres =
    [
        ("New York", 40.7128, -74.0060), ("Los Angeles", 34.0522, -118.2437), ("Chicago", 41.8781, -87.6298),
        ("Houston", 29.7604, -95.3698), ("Phoenix", 33.4484, -112.0740), ("Philadelphia", 39.9526, -75.1652),
        ("Dallas", 32.7767, -96.7970), ("Atlanta", 33.7490, -84.3880), ("Denver", 39.7392, -104.9903), ("Seattle", 47.6062, -122.3321),
    ];

    public static IEnumerable<(string Label, JobSearchCriteria Criteria)> All()
    {
        for (var i = 0; i < Texts.Length; i++)
        {
            var q = Texts[i];
            yield return ($"{q}", new JobSearchCriteria { Query = q });
            yield return ($"{q} +filters", new JobSearchCriteria
            {
                Query = q,
                JobTypes = ["permanent", "contract"],
                ExperienceLevels = ["mid", "senior", "expert"],
            });
            var centre = Centres[i % Centres.Length];
            yield return ($"{q} +50mi {centre.Name}", new JobSearchCriteria
            {
                Query = q,
                NearLat = centre.Lat,
                NearLng = centre.Lng,
                RadiusMiles = 50,
            });
        }
    }
}
