using Marketplace.ServiceDefaults.ReferenceData;
using Marketplace.ServiceDefaults.Http;
using System.Globalization;
using Marketplace.Listings.Api.Domain;
using Marketplace.Embeddings;

namespace Marketplace.Listings.Benchmarks;

/// <summary>
/// 100,000 listings built from real text: six in ten take an O*NET alternate title of a building trade (with that
/// trade's category) and four in ten a real posting's title; every description is a real posting's, prefixed by
/// the listing's title; places are real US cities. Deterministic for a seed.
/// </summary>
public sealed class Corpus(string postingsSample, string referenceData, LocalEmbeddingProvider embeddings)
{
    private static readonly Dictionary<string, JobCategory[]> CategoriesByConcept = new()
    {
        ["elevator"] = [JobCategory.ElevatorMechanic, JobCategory.ElevatorTechnician, JobCategory.ElevatorHelper, JobCategory.ElevatorInspector],
        ["hvac"] = [JobCategory.HvacTechnician, JobCategory.HvacEngineer],
        ["electrical"] = [JobCategory.Electrician, JobCategory.ElectricalTechnician],
        ["plumbing"] = [JobCategory.Plumber],
        ["fire_safety"] = [JobCategory.FireSafetyTechnician],
        ["security_systems"] = [JobCategory.SecuritySystems],
        ["maintenance"] = [JobCategory.GeneralMaintenance, JobCategory.MaintenanceSupervisor],
        ["property_management"] = [JobCategory.PropertyManager, JobCategory.BuildingManager],
        ["facilities"] = [JobCategory.FacilitiesDirector, JobCategory.OperationsManager, JobCategory.RegionalManager],
        ["dispatch"] = [JobCategory.Dispatcher],
        ["estimating"] = [JobCategory.Estimator],
        ["inspection"] = [JobCategory.Inspector],
    };

    private static readonly string[] Makers = ["Otis", "ThyssenKrupp", "KONE", "Schindler", "Trane", "Carrier", "Johnson Controls", "Honeywell"];
    private static readonly string[] Certs = ["QEI", "CET", "EPA 608", "NICET", "OSHA 30", "Journeyman License"];

    public List<Posting> Postings { get; } = ReadPostings(postingsSample);

    public List<(string Title, string Concept)> TradeTitles { get; } = OnetTradeTitles.Read(referenceData)
        .Select(t => (t.Phrase.Trim(), t.Concept)).Distinct().ToList();

    public List<City> Cities { get; } = ReadCities(referenceData);

    public IEnumerable<GeneratedListing> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var organizations = Enumerable.Range(0, 500).Select(_ => new Guid(random.NextBytes16())).ToArray();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var posting = Postings[random.Next(Postings.Count)];
            string title;
            JobCategory category;
            if (random.NextDouble() < 0.6)
            {
                var (tradeTitle, concept) = TradeTitles[random.Next(TradeTitles.Count)];
                title = tradeTitle;
                category = Pick(random, CategoriesByConcept[concept]);
            }
            else
            {
                title = posting.Title.Trim();
                category = Pick(random, [JobCategory.Coordinator, JobCategory.Administrator, JobCategory.OperationsManager, JobCategory.GeneralMaintenance]);
            }

            var description = $"{title}. {Truncate(posting.Description, 1400)}";
            var city = Cities[random.Next(Cities.Count)];
            var visibility = random.NextDouble() switch
            {
                < 0.85 => "global",
                < 0.90 => "industry",
                < 0.94 => "regional",
                < 0.97 => "network",
                _ => "internal",
            };
            var (min, max, pay) = Salary(posting, random);
            var skills = Enumerable.Empty<string>();
            var makers = random.NextDouble() < 0.3 ? new[] { Pick(random, Makers) } : [];
            var text = ListingText.For(title, SnakeCase.Of(category), skills, makers, description);
            yield return new GeneratedListing(
                Guid.CreateVersion7(now.AddSeconds(-i)),
                organizations[random.Next(organizations.Length)],
                title,
                description,
                SnakeCase.Of(category),
                Trades.Of(category),
                SnakeCase.Of(Pick(random, Enum.GetValues<JobType>())),
                visibility,
                [$"net-{random.Next(20)}"],
                $"region-{random.Next(8)}",
                SnakeCase.Of(Pick(random, Enum.GetValues<ExperienceLevel>())),
                makers,
                random.NextDouble() < 0.3 ? [Pick(random, Certs)] : [],
                random.NextDouble() < 0.1 ? "remote" : random.NextDouble() < 0.2 ? "hybrid" : "on_site",
                city,
                pay,
                min,
                max,
                SnakeCase.Of(Pick(random, Enum.GetValues<Urgency>())),
                random.NextDouble() < 0.95 ? "active" : "paused",
                now.AddMinutes(-random.Next(60 * 24 * 60)),
                embeddings.Embed(text));
        }
    }

    private static (decimal? Min, decimal? Max, string? Type) Salary(Posting posting, Random random)
    {
        if (posting.SalaryMin is { } min && posting.SalaryMax is { } max && min <= max)
        {
            return (min, max, posting.PayPeriod == "HOURLY" ? "hourly" : "salary");
        }

        if (random.NextDouble() < 0.3)
        {
            return (null, null, null);
        }

        var low = random.Next(40, 120) * 1000m;
        return (low, low + random.Next(5, 30) * 1000m, "salary");
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private static List<Posting> ReadPostings(string path)
    {
        var records = CsvRecords.Read(path).ToList();
        var header = records[0];
        int Column(string name) => header.IndexOf(name);
        var (title, description, min, max, period) = (Column("title"), Column("description"), Column("min_salary"), Column("max_salary"), Column("pay_period"));
        return records.Skip(1)
            .Where(r => r.Count == header.Count && r[description].Length > 200)
            .Select(r => new Posting(r[title], r[description], Decimal(r[min]), Decimal(r[max]), r[period]))
            .ToList();
    }

    private static decimal? Decimal(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static List<City> ReadCities(string referenceData) =>
        ReferenceFiles.ReadLines(referenceData, "geo/us_cities_kelvins.csv").Skip(1).Select(Csv.Split)
            .Where(r => r.Count >= 7)
            .Select(r => new City(r[3], r[1],
                double.Parse(r[5], CultureInfo.InvariantCulture), double.Parse(r[6], CultureInfo.InvariantCulture)))
            .ToList();
}
