using System.Data;
using Dapper;

namespace Marketplace.EmergencyDispatch.Api.Data;

/// <summary>
/// timestamptz as DateTimeOffset: Npgsql reads it as a UTC DateTime (which Dapper will not convert) and writes only
/// offset-zero DateTimeOffsets, so both directions go through UTC here.
/// </summary>
public sealed class DateTimeOffsetTypeHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        parameter.DbType = DbType.DateTimeOffset;
        parameter.Value = value.ToUniversalTime();
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        DateTimeOffset offset => offset,
        _ => throw new InvalidCastException($"Cannot read {value.GetType()} as a DateTimeOffset."),
    };
}
