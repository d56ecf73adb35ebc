/**
 * A page narrowed to one department: a plain GET form (it works before any script) with a select
 * named `dept`, keeping the page's other query values as hidden fields. One per page (its id).
 */
export function DepartmentFilter({
  departments,
  value,
  labels,
  keep = {},
}: {
  departments: readonly { id: number; name: string }[];
  value: number | null;
  labels: { select: string; all: string; apply: string; form?: string };
  /** Query values the filter must not drop (e.g. a status filter). */
  keep?: Record<string, string | undefined>;
}) {
  return (
    <form method="get" aria-label={labels.form} className="flex items-end gap-2 text-sm">
      {Object.entries(keep).map(([name, v]) => v !== undefined && <input key={name} type="hidden" name={name} value={v} />)}
      <div>
        {/* Named by its label alone (a label around a select would name it with every option too). */}
        <label htmlFor="department-filter" className="block text-slate-600">
          {labels.select}
        </label>
        <select
          id="department-filter"
          name="dept"
          defaultValue={value ?? ''}
          className="rounded border border-slate-300 bg-white px-2 py-1"
        >
          <option value="">{labels.all}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-600 px-3 py-1 text-white hover:bg-brand-700">
        {labels.apply}
      </button>
    </form>
  );
}
