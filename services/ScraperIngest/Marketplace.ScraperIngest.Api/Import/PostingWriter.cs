using Marketplace.Contracts.ScraperIngest;
using Marketplace.ServiceDefaults.Outbox;
using Npgsql;
using NpgsqlTypes;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// Writes parsed postings in the caller's transaction, chunk by chunk (docs/adr/0042, 0045). Per chunk: one SELECT
/// finds which dedup keys exist and their content hashes; new postings go in with a binary COPY; changed ones
/// through INSERT … ON CONFLICT over unnest()ed arrays (also the fallback when a concurrent import inserted one of
/// the "new" keys first); new ones are linked to the role that found them by COPY too, and one statement bumps
/// last_seen_at of unchanged ones and links the rest; and an ExternalJobPostingImported outbox row is stored per new
/// or updated posting.
/// </summary>
public sealed class PostingWriter(TimeProvider clock)
{
    private const string CopySavepoint = "copy_new_postings";

    public async Task<ImportCounts> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IAsyncEnumerable<IReadOnlyList<ParsedPosting>> chunks, Provenance provenance,
        CancellationToken cancellationToken)
    {
        var counts = ImportCounts.Zero;
        await foreach (var chunk in chunks.WithCancellation(cancellationToken))
        {
            counts = counts.Add(await WriteChunkAsync(connection, transaction, chunk, provenance, cancellationToken));
        }

        return counts;
    }

    /// <summary>
    /// Binary COPY of postings none of which exists yet: the same work as a raw COPY, which is what makes a large
    /// import of new jobs fast. Throws a unique violation if one does exist (see <see cref="WriteChunkAsync"/>).
    /// </summary>
    public static async Task CopyAsync(
        NpgsqlConnection connection, IReadOnlyList<ParsedPosting> postings, IReadOnlyList<Guid> ids, Provenance provenance, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync("""
            copy external_postings (
                id, dedup_key, platform, external_id, url, url_direct, title, company, company_url, company_industry,
                description, location_text, city, state_province, country, latitude, longitude, is_remote, job_type,
                job_level, job_function, salary_min, salary_max, salary_interval, currency, annual_salary_min,
                annual_salary_max, experience_years_min, skills, date_posted, content_hash, payload_hash,
                scraper_key_id, session_id, batch_id, role_id, first_seen_at, last_seen_at, updated_at)
            from stdin (format binary)
            """, cancellationToken);
        for (var i = 0; i < postings.Count; i++)
        {
            var p = postings[i];
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(ids[i], NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(p.DedupKey, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(p.Platform, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.ExternalId, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(p.Url, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.UrlDirect, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(p.Title, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.Company, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.CompanyUrl, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.CompanyIndustry, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.Description, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.LocationText, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.Location.City, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.Location.StateProvince, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.Location.Country, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.Location.Latitude, NpgsqlDbType.Double, cancellationToken);
            await WriteAsync(copy, p.Location.Longitude, NpgsqlDbType.Double, cancellationToken);
            await copy.WriteAsync(p.Location.IsRemote, NpgsqlDbType.Boolean, cancellationToken);
            await WriteAsync(copy, p.JobType, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.JobLevel, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.JobFunction, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.Salary?.Min, NpgsqlDbType.Numeric, cancellationToken);
            await WriteAsync(copy, p.Salary?.Max, NpgsqlDbType.Numeric, cancellationToken);
            await WriteAsync(copy, p.Salary?.Interval, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.Salary?.Currency, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.Salary?.AnnualMin, NpgsqlDbType.Numeric, cancellationToken);
            await WriteAsync(copy, p.Salary?.AnnualMax, NpgsqlDbType.Numeric, cancellationToken);
            await WriteAsync(copy, p.ExperienceYearsMin, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(p.Skills.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(copy, p.DatePosted, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(p.ContentHash, NpgsqlDbType.Bytea, cancellationToken);
            await copy.WriteAsync(p.PayloadHash, NpgsqlDbType.Bytea, cancellationToken);
            await WriteAsync(copy, provenance.ScraperKeyId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteAsync(copy, provenance.SessionId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(provenance.BatchId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteAsync(copy, provenance.RoleId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private async Task<ImportCounts> WriteChunkAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ParsedPosting> chunk, Provenance provenance, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = await StoredHashesAsync(connection, transaction, chunk, cancellationToken);
        var fresh = chunk.Where(p => !stored.ContainsKey(p.DedupKey)).ToList();
        var changed = chunk.Where(p => stored.TryGetValue(p.DedupKey, out var hash) && !hash.AsSpan().SequenceEqual(p.ContentHash)).ToList();

        var written = await InsertFreshAsync(connection, transaction, fresh, provenance, now, cancellationToken);
        if (changed.Count > 0)
        {
            written.AddRange(await UpsertAsync(connection, transaction, changed, provenance, now, cancellationToken));
        }

        var writtenKeys = written.Select(c => c.DedupKey).ToHashSet(StringComparer.Ordinal);
        var unchangedKeys = chunk.Where(p => !writtenKeys.Contains(p.DedupKey)).Select(p => p.DedupKey).ToArray();
        await using (var touch = new NpgsqlCommand("""
            with seen as (
                update external_postings set last_seen_at = @Now where dedup_key = any(@Keys) returning id
            )
            insert into role_postings (role_id, posting_id, session_id)
            select @RoleId, id, @SessionId from seen where @RoleId is not null
            union all
            select @RoleId, id, @SessionId from unnest(@WrittenIds) as id where @RoleId is not null
            on conflict do nothing
            """, connection, transaction))
        {
            touch.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("Now", now));
            touch.Parameters.Add(new NpgsqlParameter<string[]>("Keys", unchangedKeys));
            touch.Parameters.Add(new NpgsqlParameter<Guid[]>("WrittenIds", written.Where(c => !c.Linked).Select(c => c.Id).ToArray()));
            touch.Parameters.Add(Nullable("RoleId", provenance.RoleId, NpgsqlDbType.Uuid));
            touch.Parameters.Add(Nullable("SessionId", provenance.SessionId, NpgsqlDbType.Uuid));
            await touch.ExecuteNonQueryAsync(cancellationToken);
        }

        var byKey = chunk.ToDictionary(p => p.DedupKey, StringComparer.Ordinal);
        var events = written.Select(c => ToEvent(byKey[c.DedupKey], c, provenance, now)).ToList();
        await Outbox.EnqueueAllAsync(connection, transaction, events, cancellationToken);

        var inserted = written.Count(c => c.Inserted);
        return new ImportCounts(inserted, written.Count - inserted, unchangedKeys.Length);
    }

    /// <summary>The content hash of each of the chunk's postings that is already stored.</summary>
    private static async Task<Dictionary<string, byte[]>> StoredHashesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ParsedPosting> chunk, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "select dedup_key, content_hash from external_postings where dedup_key = any(@Keys)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]>("Keys", chunk.Select(p => p.DedupKey).ToArray()));
        var hashes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hashes[reader.GetString(0)] = reader.GetFieldValue<byte[]>(1);
        }

        return hashes;
    }

    /// <summary>
    /// New postings by COPY. If another import inserted one of them since <see cref="StoredHashesAsync"/> looked, the
    /// COPY fails on the unique dedup key; it is undone to a savepoint and the chunk goes through the upsert instead,
    /// which inserts, updates or skips each posting as it finds it then.
    /// </summary>
    private static async Task<List<UpsertedPosting>> InsertFreshAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<ParsedPosting> fresh, Provenance provenance, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (fresh.Count == 0)
        {
            return [];
        }

        var ids = fresh.Select(_ => Guid.CreateVersion7()).ToArray();
        await transaction.SaveAsync(CopySavepoint, cancellationToken);
        try
        {
            await CopyAsync(connection, fresh, ids, provenance, now, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await transaction.RollbackAsync(CopySavepoint, cancellationToken);
            return await UpsertAsync(connection, transaction, fresh, provenance, now, cancellationToken);
        }

        await transaction.ReleaseAsync(CopySavepoint, cancellationToken);
        var linked = await CopyRoleLinksAsync(connection, ids, provenance, cancellationToken);
        return fresh.Select((p, i) => new UpsertedPosting { Id = ids[i], DedupKey = p.DedupKey, Inserted = true, FirstSeenAt = now, Linked = linked }).ToList();
    }

    /// <summary>Links brand-new postings to the role that found them: none can be linked yet, so a COPY needs no conflict check.</summary>
    private static async Task<bool> CopyRoleLinksAsync(NpgsqlConnection connection, Guid[] postingIds, Provenance provenance, CancellationToken cancellationToken)
    {
        if (provenance is not { RoleId: { } roleId, SessionId: { } sessionId })
        {
            return false;
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            "copy role_postings (role_id, posting_id, session_id) from stdin (format binary)", cancellationToken);
        foreach (var postingId in postingIds)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(roleId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(postingId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(sessionId, NpgsqlDbType.Uuid, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
        return true;
    }

    private static async Task<List<UpsertedPosting>> UpsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ParsedPosting> chunk, Provenance provenance, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            insert into external_postings (
                id, dedup_key, platform, external_id, url, url_direct, title, company, company_url, company_industry,
                description, location_text, city, state_province, country, latitude, longitude, is_remote, job_type,
                job_level, job_function, salary_min, salary_max, salary_interval, currency, annual_salary_min,
                annual_salary_max, experience_years_min, skills, date_posted, content_hash, payload_hash,
                scraper_key_id, session_id, batch_id, role_id, first_seen_at, last_seen_at, updated_at)
            select
                i.id, i.dedup_key, i.platform, i.external_id, i.url, i.url_direct, i.title, i.company, i.company_url, i.company_industry,
                i.description, i.location_text, i.city, i.state_province, i.country, i.latitude, i.longitude, i.is_remote, i.job_type,
                i.job_level, i.job_function, i.salary_min, i.salary_max, i.salary_interval, i.currency, i.annual_salary_min,
                i.annual_salary_max, i.experience_years_min, string_to_array(i.skills, chr(31)), i.date_posted, i.content_hash, i.payload_hash,
                @ScraperKeyId, @SessionId, @BatchId, @RoleId, @Now, @Now, @Now
            from unnest(
                @Ids, @DedupKeys, @Platforms, @ExternalIds, @Urls, @UrlDirects, @Titles, @Companies, @CompanyUrls, @CompanyIndustries,
                @Descriptions, @LocationTexts, @Cities, @States, @Countries, @Latitudes, @Longitudes, @Remotes, @JobTypes,
                @JobLevels, @JobFunctions, @SalaryMins, @SalaryMaxs, @Intervals, @Currencies, @AnnualMins,
                @AnnualMaxs, @Experience, @Skills, @Dates, @ContentHashes, @PayloadHashes
            ) as i(
                id, dedup_key, platform, external_id, url, url_direct, title, company, company_url, company_industry,
                description, location_text, city, state_province, country, latitude, longitude, is_remote, job_type,
                job_level, job_function, salary_min, salary_max, salary_interval, currency, annual_salary_min,
                annual_salary_max, experience_years_min, skills, date_posted, content_hash, payload_hash)
            on conflict (dedup_key) do update set
                platform = excluded.platform, external_id = excluded.external_id, url = excluded.url, url_direct = excluded.url_direct,
                title = excluded.title, company = excluded.company, company_url = excluded.company_url,
                company_industry = excluded.company_industry, description = excluded.description,
                location_text = excluded.location_text, city = excluded.city, state_province = excluded.state_province,
                country = excluded.country, latitude = excluded.latitude, longitude = excluded.longitude,
                is_remote = excluded.is_remote, job_type = excluded.job_type, job_level = excluded.job_level,
                job_function = excluded.job_function, salary_min = excluded.salary_min, salary_max = excluded.salary_max,
                salary_interval = excluded.salary_interval, currency = excluded.currency,
                annual_salary_min = excluded.annual_salary_min, annual_salary_max = excluded.annual_salary_max,
                experience_years_min = excluded.experience_years_min, skills = excluded.skills,
                date_posted = excluded.date_posted, content_hash = excluded.content_hash, payload_hash = excluded.payload_hash,
                scraper_key_id = excluded.scraper_key_id, session_id = excluded.session_id, batch_id = excluded.batch_id,
                role_id = coalesce(excluded.role_id, external_postings.role_id),
                last_seen_at = excluded.last_seen_at, updated_at = excluded.updated_at
            where external_postings.content_hash <> excluded.content_hash
            returning id, dedup_key, (xmax = 0) as inserted, first_seen_at
            """, connection, transaction);

        var p = command.Parameters;
        p.Add(Nullable("ScraperKeyId", provenance.ScraperKeyId, NpgsqlDbType.Uuid));
        p.Add(Nullable("SessionId", provenance.SessionId, NpgsqlDbType.Uuid));
        p.Add(new NpgsqlParameter<Guid>("BatchId", provenance.BatchId));
        p.Add(Nullable("RoleId", provenance.RoleId, NpgsqlDbType.Uuid));
        p.Add(new NpgsqlParameter<DateTimeOffset>("Now", now));
        p.Add(new NpgsqlParameter<Guid[]>("Ids", chunk.Select(_ => Guid.CreateVersion7()).ToArray()));
        p.Add(Texts("DedupKeys", chunk, x => x.DedupKey));
        p.Add(Texts("Platforms", chunk, x => x.Platform));
        p.Add(Texts("ExternalIds", chunk, x => x.ExternalId));
        p.Add(Texts("Urls", chunk, x => x.Url));
        p.Add(Texts("UrlDirects", chunk, x => x.UrlDirect));
        p.Add(Texts("Titles", chunk, x => x.Title));
        p.Add(Texts("Companies", chunk, x => x.Company));
        p.Add(Texts("CompanyUrls", chunk, x => x.CompanyUrl));
        p.Add(Texts("CompanyIndustries", chunk, x => x.CompanyIndustry));
        p.Add(Texts("Descriptions", chunk, x => x.Description));
        p.Add(Texts("LocationTexts", chunk, x => x.LocationText));
        p.Add(Texts("Cities", chunk, x => x.Location.City));
        p.Add(Texts("States", chunk, x => x.Location.StateProvince));
        p.Add(Texts("Countries", chunk, x => x.Location.Country));
        p.Add(new NpgsqlParameter<double?[]>("Latitudes", chunk.Select(x => x.Location.Latitude).ToArray()));
        p.Add(new NpgsqlParameter<double?[]>("Longitudes", chunk.Select(x => x.Location.Longitude).ToArray()));
        p.Add(new NpgsqlParameter<bool[]>("Remotes", chunk.Select(x => x.Location.IsRemote).ToArray()));
        p.Add(Texts("JobTypes", chunk, x => x.JobType));
        p.Add(Texts("JobLevels", chunk, x => x.JobLevel));
        p.Add(Texts("JobFunctions", chunk, x => x.JobFunction));
        p.Add(new NpgsqlParameter<decimal?[]>("SalaryMins", chunk.Select(x => x.Salary?.Min).ToArray()));
        p.Add(new NpgsqlParameter<decimal?[]>("SalaryMaxs", chunk.Select(x => x.Salary?.Max).ToArray()));
        p.Add(Texts("Intervals", chunk, x => x.Salary?.Interval));
        p.Add(Texts("Currencies", chunk, x => x.Salary?.Currency));
        p.Add(new NpgsqlParameter<decimal?[]>("AnnualMins", chunk.Select(x => x.Salary?.AnnualMin).ToArray()));
        p.Add(new NpgsqlParameter<decimal?[]>("AnnualMaxs", chunk.Select(x => x.Salary?.AnnualMax).ToArray()));
        p.Add(new NpgsqlParameter<int?[]>("Experience", chunk.Select(x => x.ExperienceYearsMin).ToArray()));
        p.Add(Texts("Skills", chunk, x => string.Join('\u001f', x.Skills)));
        p.Add(new NpgsqlParameter<DateTimeOffset?[]>("Dates", chunk.Select(x => x.DatePosted).ToArray()));
        p.Add(new NpgsqlParameter<byte[][]>("ContentHashes", chunk.Select(x => x.ContentHash).ToArray()));
        p.Add(new NpgsqlParameter<byte[][]>("PayloadHashes", chunk.Select(x => x.PayloadHash).ToArray()));

        var changed = new List<UpsertedPosting>(chunk.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changed.Add(new UpsertedPosting
            {
                Id = reader.GetGuid(0),
                DedupKey = reader.GetString(1),
                Inserted = reader.GetBoolean(2),
                FirstSeenAt = reader.GetFieldValue<DateTimeOffset>(3),
            });
        }

        return changed;
    }

    private static ExternalJobPostingImported ToEvent(ParsedPosting p, UpsertedPosting stored, Provenance provenance, DateTimeOffset now) =>
        new(
            Guid.CreateVersion7(),
            now,
            stored.Id,
            !stored.Inserted,
            p.Platform,
            p.ExternalId,
            p.Url,
            p.Title,
            p.Company,
            p.Description,
            p.Location.City,
            p.Location.StateProvince,
            p.Location.Country,
            p.Location.Latitude,
            p.Location.Longitude,
            p.Location.IsRemote,
            p.JobType,
            p.Salary?.Min,
            p.Salary?.Max,
            p.Salary?.Interval,
            p.Salary?.Currency,
            p.Salary?.AnnualMin,
            p.Salary?.AnnualMax,
            p.ExperienceYearsMin,
            p.Skills,
            provenance.RoleId,
            provenance.RoleName,
            p.DatePosted,
            stored.FirstSeenAt,
            now);

    private static NpgsqlParameter<string?[]> Texts(string name, IReadOnlyList<ParsedPosting> chunk, Func<ParsedPosting, string?> select) =>
        new(name, chunk.Select(select).ToArray());

    private static Task WriteAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);

    private static Task WriteAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, type, cancellationToken);

    private static NpgsqlParameter Nullable(string name, Guid? value, NpgsqlDbType type) =>
        new(name, type) { Value = (object?)value ?? DBNull.Value };
}
