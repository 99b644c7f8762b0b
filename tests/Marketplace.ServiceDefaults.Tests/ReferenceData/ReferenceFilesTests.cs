using Marketplace.ServiceDefaults.ReferenceData;
using Microsoft.Extensions.Configuration;

namespace Marketplace.ServiceDefaults.Tests.ReferenceData;

public sealed class ReferenceFilesTests
{
    private static string Bundled => Path.Combine(AppContext.BaseDirectory, ReferenceFiles.OutputFolder);

    [Test]
    public void Bundled_reference_data_ships_in_the_output_and_matches_its_sums() =>
        Assert.DoesNotThrow(() => ReferenceFiles.Verify(Configured(Bundled), "onet/Occupation Data.csv", "onet/Alternate Titles.csv",
            "onet/Skills.csv", "onet/Technology Skills.csv", "onet/Task Statements.csv", "geo/geonames_US_postal_codes.txt",
            "geo/us_cities_kelvins.csv", "oews/oews_national_M2024.csv"));

    [Test]
    public void Compressed_file_is_read_by_its_plain_relative_path()
    {
        using var reader = ReferenceFiles.OpenText(Configured(Bundled), "onet/Occupation Data.csv");
        Assert.That(reader.ReadLine(), Does.StartWith("O*NET-SOC Code"));
    }

    [Test]
    public void Attribution_ships_beside_each_folder() =>
        Assert.That(new[] { "onet", "geo", "oews" }.Select(f => File.Exists(Path.Combine(Bundled, f, "SOURCE.txt"))), Is.All.True);

    [Test]
    public void Missing_file_fails_naming_it()
    {
        var copy = CopyOfBundled();
        File.Delete(Path.Combine(copy, "oews", "oews_national_M2024.csv.gz"));
        var error = Assert.Catch(() => ReferenceFiles.Verify(Configured(copy), "oews/oews_national_M2024.csv"));
        Assert.That(error!.Message, Does.Contain("oews/oews_national_M2024.csv"));
    }

    [Test]
    public void Corrupt_file_fails_naming_it()
    {
        var copy = CopyOfBundled();
        var path = Path.Combine(copy, "geo", "us_cities_kelvins.csv.gz");
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<InvalidDataException>(() => ReferenceFiles.Verify(Configured(copy)));
        Assert.That(error!.Message, Does.Contain("geo/us_cities_kelvins.csv.gz").And.Contain("corrupt"));
    }

    private static IConfiguration Configured(string path) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ReferenceData:Path"] = path }).Build();

    private static string CopyOfBundled()
    {
        var target = Path.Combine(Path.GetTempPath(), "refdata-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(Bundled, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Bundled, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
