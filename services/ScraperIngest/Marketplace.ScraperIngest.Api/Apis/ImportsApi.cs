using System.Text.Json;
using Marketplace.ScraperIngest.Api.Domain;
using Marketplace.ScraperIngest.Api.Import;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.ScraperIngest.Api.Apis;

/// <summary>Admin uploads of posting files (CSV with JobSpy's columns, or a JSON array of rows) as import batches.</summary>
public static class ImportsApi
{
    private const long MaxFileBytes = 256L * 1024 * 1024;

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/v1/scraper/imports").WithTags("Imports").RequireAuthorization(ScraperAdmin.Policy);
        imports.MapPost("/", UploadAsync).WithName("UploadImportBatch")
            .WithSummary("Upload a CSV or JSON file of postings (multipart 'file', or the file as the body)")
            .WithMetadata(new RequestSizeLimitAttribute(MaxFileBytes))
            .DisableAntiforgery();
        imports.MapGet("/{id:guid}", GetAsync).WithName("GetImportBatch").WithSummary("An import batch's counts and per-row errors");
        return app;
    }

    private static async Task<Results<Created<ImportReport>, ValidationProblem>> UploadAsync(
        HttpRequest request, Caller caller, BatchParser parser, ImportService importer, IOptions<ImportOptions> options, CancellationToken cancellationToken)
    {
        var (content, fileName, format) = await ReadFileAsync(request, cancellationToken);
        if (content is null)
        {
            return Invalid("file", "Send a CSV or JSON file: multipart/form-data with a 'file' part, or the file as a text/csv or application/json body.");
        }

        // RawRow reads a JSON row's values from the document as the import parses them, so it lives until the import ends.
        JsonDocument? document = null;
        try
        {
            ParsedBatch batch;
            if (format == "csv")
            {
                using var reader = new StreamReader(new MemoryStream(content));
                var rows = CsvReader.ReadWithHeader(reader).ToList();
                if (rows.Count > options.Value.MaxRowsPerRequest)
                {
                    return Invalid("file", $"At most {options.Value.MaxRowsPerRequest} rows per file.");
                }

                batch = parser.Parse(rows);
            }
            else
            {
                try
                {
                    document = LenientJson.Parse(content);
                }
                catch (JsonException)
                {
                    return Invalid("file", "The file is not valid JSON.");
                }

                var root = document.RootElement;
                var array = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("jobs", out var jobs) ? jobs : root;
                if (array.ValueKind != JsonValueKind.Array)
                {
                    return Invalid("file", "The JSON file must be an array of rows (or an object with a jobs array).");
                }

                var rows = array.EnumerateArray().ToList();
                if (rows.Count > options.Value.MaxRowsPerRequest)
                {
                    return Invalid("file", $"At most {options.Value.MaxRowsPerRequest} rows per file.");
                }

                batch = parser.Parse(rows);
            }

            if (batch.Total == 0)
            {
                return Invalid("file", "The file has no rows.");
            }

            if (batch.NothingUsable)
            {
                return TypedResults.ValidationProblem(
                    batch.Errors.ToDictionary(e => $"rows[{e.Index}]", e => new[] { e.Reason }), title: "None of the rows could be imported.");
            }

            var report = await importer.ImportUploadAsync(batch, caller.UserId, fileName, cancellationToken);
            return TypedResults.Created($"/api/v1/scraper/imports/{report.BatchId}", report);
        }
        finally
        {
            document?.Dispose();
        }
    }

    private static async Task<Results<Ok<ImportReport>, NotFound>> GetAsync(Guid id, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        await ImportBatchStore.FindAsync(dataSource, id, cancellationToken) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();

    private static async Task<(byte[]? Content, string? FileName, string Format)> ReadFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { Length: > 0 } file)
            {
                return (null, null, "");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            var csv = file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || (file.ContentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) ?? false);
            return (buffer.ToArray(), Path.GetFileName(file.FileName), csv ? "csv" : "json");
        }

        var type = request.ContentType ?? "";
        var format = type.Contains("csv", StringComparison.OrdinalIgnoreCase) ? "csv" : type.Contains("json", StringComparison.OrdinalIgnoreCase) ? "json" : null;
        if (format is null)
        {
            return (null, null, "");
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        return body.Length == 0 ? (null, null, "") : (body.ToArray(), null, format);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
