using System.Data;
using Dapper;
using Npgsql;
using Pgvector;

namespace Marketplace.ServiceDefaults.Data;

/// <summary>
/// Dapper reads and writes pgvector's <see cref="Vector"/> as a typed parameter (the data source's UseVector() maps
/// the type); Pgvector ships no Dapper package.
/// </summary>
public sealed class VectorTypeHandler : SqlMapper.TypeHandler<Vector?>
{
    public override Vector? Parse(object value) => value as Vector;

    public override void SetValue(IDbDataParameter parameter, Vector? value)
    {
        parameter.Value = value is null ? DBNull.Value : value;
        if (parameter is NpgsqlParameter npgsql)
        {
            npgsql.DataTypeName = "vector";
        }
    }
}
