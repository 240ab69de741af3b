namespace HrScorecard.Domain.Tests.TestData;

/// <summary>
/// The monthly tables of seed <c>003_…</c> §4.2.10 (PT. Roda Emas Jaya, January–December 2022), a dash read as 0.
/// Expected values in the tests are derived from these columns, never typed in.
/// </summary>
internal static class MonthlyTables2022
{
    /// <summary>Tabel 4.37: applicants hired per month, and those meeting the company's specification.</summary>
    public static readonly double[] Hired = [0, 2, 0, 4, 0, 0, 3, 0, 0, 4, 0, 3];
    public static readonly double[] HiredQualified = [0, 2, 0, 3, 0, 0, 3, 0, 0, 4, 0, 3];

    /// <summary>Tabel 4.41: target headcount, recruitment, leavers and headcount at the month's end.</summary>
    public static readonly double[] TargetHeadcount = [22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22];
    public static readonly double[] Recruited = [0, 2, 0, 4, 0, 0, 3, 0, 0, 4, 0, 0];
    public static readonly double[] Leavers = [2, 0, 4, 0, 0, 3, 0, 0, 4, 0, 0, 0];
    public static readonly double[] Headcount = [20, 22, 18, 22, 22, 19, 22, 22, 18, 22, 22, 22];

    /// <summary>Tabel 4.43: days of absence, employees absent, headcount.</summary>
    public static readonly double[] AbsenceDays = [0, 1, 0, 0, 0, 0, 1, 2, 0, 0, 0, 1];
    public static readonly double[] EmployeesAbsent = [0, 2, 0, 0, 0, 0, 3, 2, 0, 0, 0, 3];

    public static double?[] Entered(double[] column) => [.. column.Select(v => (double?)v)];
}
