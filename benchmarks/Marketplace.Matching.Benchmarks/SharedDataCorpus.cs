using System.Globalization;
using Marketplace.Embeddings;
using Marketplace.Matching.Api.Domain;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Matching.Benchmarks;

/// <summary>
/// Profiles and jobs built from the shared data, not lorem ipsum: O*NET occupation and alternate titles, each
/// occupation's technology skills ("Technology Skills.csv") as skills, US cities for locations, and the LinkedIn
/// postings sample's titles and pay for jobs. Seeded, so every run scores the same population. Vectors come from
/// the hashed provider (384-d like MiniLM: the scorer's cost is the same; embedding 100,000 texts with MiniLM would
/// take hours here and is not what is measured).
/// </summary>
public sealed class SharedDataCorpus
{
    private readonly List<(string Soc, string Title)> titles = [];
    private readonly Dictionary<string, string[]> skillsBySoc = new(StringComparer.Ordinal);
    private readonly List<(string City, string State, double Lat, double Lon)> cities = [];
    private readonly List<(string Title, decimal? Max, string Period)> postings = [];
    private readonly LocalEmbeddingProvider embedder;

    public SharedDataCorpus(string referenceData)
    {
        embedder = new LocalEmbeddingProvider(TradeLexicon.Build(referenceData));
        foreach (var (soc, title) in Marketplace.Matching.Api.Roles.OnetRoles.AlternateTitles(referenceData))
        {
            titles.Add((soc, title));
        }

        foreach (var group in ReferenceFiles.ReadLines(referenceData, "onet/Technology Skills.csv").Skip(1).Select(Csv.Split)
                     .Where(f => f.Count >= 3).GroupBy(f => f[0]))
        {
            skillsBySoc[group.Key] = group.Select(f => f[2]).Distinct().Take(40).ToArray();
        }

        foreach (var f in ReferenceFiles.ReadLines(referenceData, "geo/us_cities_kelvins.csv").Skip(1).Select(Csv.Split).Where(f => f.Count >= 7))
        {
            if (double.TryParse(f[5], CultureInfo.InvariantCulture, out var lat) && double.TryParse(f[6], CultureInfo.InvariantCulture, out var lon))
            {
                cities.Add((f[3], f[1], lat, lon));
            }
        }

        foreach (var f in File.ReadLines(Marketplace.Testing.RepositoryRoot.PostingsSample()).Skip(1).Select(Csv.Split).Where(f => f.Count > 5))
        {
            postings.Add((f[2], decimal.TryParse(f[4], CultureInfo.InvariantCulture, out var max) ? max : null, f[5]));
        }
    }

    public int PostingCount => postings.Count;

    public List<CandidateFacts> Candidates(int count, int seed)
    {
        var random = new Random(seed);
        var list = new List<CandidateFacts>(count);
        for (var i = 0; i < count; i++)
        {
            var (soc, title) = titles[random.Next(titles.Count)];
            var skills = skillsBySoc.GetValueOrDefault(soc) ?? [];
            var city = cities[random.Next(cities.Count)];
            list.Add(new CandidateFacts
            {
                CurrentTitle = title,
                Skills = skills.OrderBy(_ => random.Next()).Take(random.Next(3, 12)).ToArray(),
                Certifications = random.Next(4) == 0 ? [new Certification("OSHA 30", "OSHA", null, new DateOnly(2024 + random.Next(4), 6, 1))] : [],
                YearsExperience = random.Next(0, 30),
                City = city.City,
                StateProvince = city.State,
                Latitude = city.Lat,
                Longitude = city.Lon,
                ServiceRadiusMiles = random.Next(10, 100),
                WillingToRelocate = random.Next(5) == 0,
                ExpectedAnnualPayMin = random.Next(30, 160) * 1000m,
                Embedding = embedder.Embed($"{title}. {string.Join(", ", skills.Take(8))}"),
            });
        }

        return list;
    }

    public List<JobFacts> Jobs(int count, int seed)
    {
        var random = new Random(seed);
        var list = new List<JobFacts>(count);
        for (var i = 0; i < count; i++)
        {
            // Half from the postings sample (its titles and pay), half from O*NET titles; skills from the occupation.
            var (soc, onetTitle) = titles[random.Next(titles.Count)];
            var posting = postings[random.Next(postings.Count)];
            var title = random.Next(2) == 0 ? posting.Title : onetTitle;
            var skills = skillsBySoc.GetValueOrDefault(soc) ?? [];
            var city = cities[random.Next(cities.Count)];
            var pay = posting.Max is { } max ? (posting.Period == "HOURLY" ? max * 2080m : max) : (decimal?)null;
            list.Add(new JobFacts
            {
                Title = title,
                RequiredSkills = skills.OrderBy(_ => random.Next()).Take(random.Next(2, 6)).ToArray(),
                PreferredSkills = skills.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).ToArray(),
                RequiredCertifications = random.Next(5) == 0 ? ["OSHA 30"] : [],
                ExperienceLevel = new[] { "entry", "mid", "senior", "any" }[random.Next(4)],
                LocationType = random.Next(10) == 0 ? "remote" : "on_site",
                City = city.City,
                StateProvince = city.State,
                Latitude = city.Lat,
                Longitude = city.Lon,
                OfferedAnnualPayMax = pay,
                Embedding = embedder.Embed($"{title}. {string.Join(", ", skills.Take(8))}"),
            });
        }

        return list;
    }
}
