using System.Data;
using Dapper;

namespace Marketplace.ServiceDefaults.Data;

/// <summary>
/// Dapper 2.1 cannot pass a DateOnly as a parameter; Npgsql maps it to PostgreSQL's date natively, so the handler
/// only has to hand it over (and read a date back as DateOnly).
/// </summary>
public sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.Date;
        parameter.Value = value;
    }

    public override DateOnly Parse(object value) =>
        value is DateTime dateTime ? DateOnly.FromDateTime(dateTime) : (DateOnly)value;
}
