using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Marketplace.ServiceDefaults.ReferenceData;

/// <summary>
/// The reference data that ships with the project (data/reference, copied to every service's output as
/// reference-data/), opened by its relative path there: <c>OpenText(configuration,
/// "onet/Occupation Data.csv")</c> reads "onet/Occupation Data.csv" or, failing that, its ".gz". "ReferenceData:Path"
/// (or MARKETPLACE_REFERENCE_DATA) points somewhere else. <see cref="Verify"/> fails a start on a missing or corrupt
/// file with a message naming it (issue #9, item 16).
/// </summary>
public static class ReferenceFiles
{
    public const string OutputFolder = "reference-data";
    public const string Manifest = "SHA256SUMS";

    /// <summary>The folder files are read from: the configured one, the bundled copy, or data/reference of the repository.</summary>
    public static string? Directory(IConfiguration? configuration = null)
    {
        var configured = configuration?["ReferenceData:Path"] ?? Environment.GetEnvironmentVariable("MARKETPLACE_REFERENCE_DATA");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var bundled = Path.Combine(AppContext.BaseDirectory, OutputFolder);
        if (System.IO.Directory.Exists(bundled))
        {
            return bundled;
        }

        for (var dir = new DirectoryInfo(System.IO.Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "reference");
            if (File.Exists(Path.Combine(candidate, Manifest)))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string RequireDirectory(IConfiguration? configuration = null) =>
        Directory(configuration) ?? throw new DirectoryNotFoundException(
            $"The reference data was not found: the build copies data/reference to {OutputFolder}/ beside the service; "
            + "or set ReferenceData:Path (MARKETPLACE_REFERENCE_DATA).");

    public static TextReader OpenText(IConfiguration? configuration, string relativePath) =>
        OpenText(RequireDirectory(configuration), relativePath);

    /// <summary>Opens <paramref name="relativePath"/> in <paramref name="directory"/>, plain or gzip-compressed.</summary>
    public static TextReader OpenText(string directory, string relativePath)
    {
        var plain = Path.Combine(directory, relativePath);
        if (File.Exists(plain))
        {
            return new StreamReader(plain);
        }

        if (File.Exists(plain + ".gz"))
        {
            return new StreamReader(new GZipStream(File.OpenRead(plain + ".gz"), CompressionMode.Decompress));
        }

        throw new FileNotFoundException($"The reference data file '{relativePath}' (or '{relativePath}.gz') is missing from {directory}.", plain);
    }

    public static bool Exists(string directory, string relativePath) =>
        File.Exists(Path.Combine(directory, relativePath)) || File.Exists(Path.Combine(directory, relativePath + ".gz"));

    public static IEnumerable<string> ReadLines(string directory, string relativePath)
    {
        using var reader = OpenText(directory, relativePath);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>
    /// Throws, naming the file and the setting, unless every one of <paramref name="required"/> is there and every
    /// compressed file listed in the folder's SHA256SUMS matches its sum.
    /// </summary>
    public static void Verify(IConfiguration? configuration, params string[] required)
    {
        var directory = RequireDirectory(configuration);
        foreach (var file in required.Where(f => !Exists(directory, f)))
        {
            throw new FileNotFoundException(
                $"The reference data file '{file}' is missing from {directory} (ReferenceData:Path): the service cannot start without it.", file);
        }

        var manifest = Path.Combine(directory, Manifest);
        if (!File.Exists(manifest))
        {
            return;
        }

        foreach (var line in File.ReadLines(manifest).Where(l => l.Length > 66))
        {
            var (expected, file) = (line[..64], line[66..]);
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The reference data file '{file}' listed in {manifest} is missing.", path);
            }

            using var stream = File.OpenRead(path);
            if (!Convert.ToHexStringLower(SHA256.HashData(stream)).Equals(expected, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The reference data file '{file}' in {directory} is corrupt (its SHA-256 does not match {Manifest}).");
            }
        }
    }
}
