namespace Marketplace.AppHost.Resources;

/// <summary>
/// PostgreSQL refuses to run as root. As root, its programs run as the postgres user through setpriv, which execs in
/// place: the postmaster keeps the pid Aspire started, so Aspire's stop signal reaches it.
/// </summary>
internal static class ServerUser
{
    public static bool IsRoot => Environment.UserName == "root";

    public static string Command => IsRoot ? "setpriv" : Path.Combine(PostgresServerResource.BinDirectory, "postgres");

    public static string[] Prefix(string program) => IsRoot
        ? ["--reuid", PostgresServerResource.Superuser, "--regid", PostgresServerResource.Superuser, "--init-groups", "--", program]
        : [];
}
