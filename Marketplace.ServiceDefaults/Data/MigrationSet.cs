using System.Reflection;

namespace Marketplace.ServiceDefaults.Data;

/// <summary>
/// Ordered SQL scripts embedded in the given assemblies under a "Migrations" folder. A script's id is its file
/// name ("0001_listings.sql"); ServiceDefaults' own scripts start with "0000_" so they run first.
/// </summary>
public sealed class MigrationSet(string database, IReadOnlyList<Assembly> assemblies)
{
    public string Database { get; } = database;

    public IReadOnlyList<Migration> Load() =>
        assemblies
            .Distinct()
            .SelectMany(assembly => assembly.GetManifestResourceNames()
                .Where(name => name.Contains(".Migrations.", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
                .Select(name => new Migration(IdOf(name), Read(assembly, name))))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();

    private static string IdOf(string resourceName) =>
        resourceName[(resourceName.LastIndexOf(".Migrations.", StringComparison.Ordinal) + ".Migrations.".Length)..];

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed record Migration(string Id, string Sql);
