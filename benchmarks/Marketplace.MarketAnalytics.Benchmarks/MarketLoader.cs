using Marketplace.MarketAnalytics.Api.Domain;
using Marketplace.MarketAnalytics.Api.Reference;
using Npgsql;
using NpgsqlTypes;

namespace Marketplace.MarketAnalytics.Benchmarks;

/// <summary>
/// Generates a day of the market with a fixed seed and bulk-loads it with binary COPY into the service's own tables:
/// postings (60% listings, 40% scraped, all opened that day, in real US cities, for the job categories' occupations
/// and the trades' O*NET occupations), applications to the listings, and emergency jobs resolved that day.
/// </summary>
public sealed class MarketLoader(MarketReference reference, IReadOnlyList<CanonicalLocation> cities, int seed)
{
    private static readonly string[] SkillPool =
    [
        "troubleshooting", "preventive maintenance", "blueprint reading", "osha 10", "epa 608", "brazing", "pex", "backflow testing",
        "conduit bending", "plc", "bacnet", "niagara", "hydraulics", "traction elevators", "fire alarm", "nicet", "welding",
        "customer service", "scheduling", "budgeting", "yardi", "lease administration", "vendor management", "sheet metal",
        "chillers", "boilers", "refrigeration", "low voltage", "motor controls", "code compliance", "estimating", "autocad",
    ];

    private readonly Random random = new(seed);

    public async Task<(int Postings, int Applications, int Emergency)> LoadDayAsync(NpgsqlConnection connection, DateOnly day, int postings)
    {
        var roles = JobCategoryOccupations.OnetCodeByCategory.Keys.Select(reference.RoleOfCategory)
            .Concat(new[] { "49-9071.00", "47-2111.00", "47-2152.00", "49-9021.00", "47-4021.00", "49-2094.00", "47-2211.00", "49-9041.00" }
                .Select(code => reference.Roles.ByKey(code)!))
            .DistinctBy(r => r.Key).ToArray();
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var listingIds = new List<(Guid Id, DateTimeOffset At)>();
        await using (var writer = await connection.BeginBinaryImportAsync("""
            copy postings (posting_id, source, role_key, role_title, country, state, city, pay_min, pay_max, pay_mid, skills,
                           published_at, opened_on, closed_on, filled_at, content_at) from stdin (format binary)
            """))
        {
            for (var i = 0; i < postings; i++)
            {
                var role = roles[random.Next(roles.Length)];
                var city = cities[(int)Math.Floor(Math.Pow(random.NextDouble(), 2) * cities.Count)]; // big cities get more postings
                var listing = random.NextDouble() < 0.6;
                var pay = random.NextDouble() < 0.8 ? Pay() : new AnnualPay(null, null, null);
                var at = start.AddMinutes(random.Next(24 * 60));
                var id = Guid.NewGuid();
                if (listing)
                {
                    listingIds.Add((id, at));
                }

                await writer.StartRowAsync();
                await writer.WriteAsync(id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(listing ? "listing" : "external", NpgsqlDbType.Text);
                await writer.WriteAsync(role.Key, NpgsqlDbType.Text);
                await writer.WriteAsync(role.Title, NpgsqlDbType.Text);
                await writer.WriteAsync(city.Country, NpgsqlDbType.Text);
                await writer.WriteAsync(city.State!, NpgsqlDbType.Text);
                await writer.WriteAsync(city.City!, NpgsqlDbType.Text);
                await WriteNullableAsync(writer, pay.Min);
                await WriteNullableAsync(writer, pay.Max);
                await WriteNullableAsync(writer, pay.Mid);
                await writer.WriteAsync(Skills(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(day, NpgsqlDbType.Date);
                await writer.WriteAsync(listing ? day.AddDays(30 + random.Next(30)) : ExternalPostingLifetime.ClosesOn(at), NpgsqlDbType.Date);
                await writer.WriteNullAsync();
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        var applications = 0;
        await using (var writer = await connection.BeginBinaryImportAsync("copy applications (application_id, job_id, submitted_at) from stdin (format binary)"))
        {
            foreach (var (id, at) in listingIds)
            {
                for (var n = random.Next(4); n > 0; n--, applications++)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                    await writer.WriteAsync(id, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(at.AddMinutes(random.Next(60)), NpgsqlDbType.TimestampTz);
                }
            }

            await writer.CompleteAsync();
        }

        var emergency = postings / 50;
        await using (var writer = await connection.BeginBinaryImportAsync("""
            copy emergency_jobs (job_id, role_key, role_title, country, state, city, posted_at, resolved_at, filled, minutes_to_fill)
            from stdin (format binary)
            """))
        {
            for (var i = 0; i < emergency; i++)
            {
                var role = roles[random.Next(roles.Length)];
                var city = cities[random.Next(Math.Min(50, cities.Count))];
                var posted = start.AddMinutes(random.Next(12 * 60));
                var filled = random.NextDouble() < 0.8;
                var minutes = 10 + random.Next(240);
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                await writer.WriteAsync(role.Key, NpgsqlDbType.Text);
                await writer.WriteAsync(role.Title, NpgsqlDbType.Text);
                await writer.WriteAsync(city.Country, NpgsqlDbType.Text);
                await writer.WriteAsync(city.State!, NpgsqlDbType.Text);
                await writer.WriteAsync(city.City!, NpgsqlDbType.Text);
                await writer.WriteAsync(posted, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(posted.AddMinutes(filled ? minutes : 360), NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(filled, NpgsqlDbType.Boolean);
                if (filled)
                {
                    await writer.WriteAsync((double)minutes, NpgsqlDbType.Double);
                }
                else
                {
                    await writer.WriteNullAsync();
                }
            }

            await writer.CompleteAsync();
        }

        return (postings, applications, emergency);
    }

    private AnnualPay Pay() => random.NextDouble() < 0.6
        ? PayNormalization.Range(20 + random.Next(25), 45 + random.Next(30), "hourly")
        : PayNormalization.Range(45000 + random.Next(40000), 85000 + random.Next(60000), "yearly");

    private string[] Skills() => [.. Enumerable.Range(0, 2 + random.Next(5)).Select(_ => SkillPool[random.Next(SkillPool.Length)]).Distinct()];

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter writer, decimal? value)
    {
        if (value is null)
        {
            await writer.WriteNullAsync();
        }
        else
        {
            await writer.WriteAsync(value.Value, NpgsqlDbType.Numeric);
        }
    }
}
