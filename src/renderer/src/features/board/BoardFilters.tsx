import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { boardSorts, boardStateFilters, type BoardSort, type BoardStateFilter, type BoardView } from './board-rows';

const allTeams = '';

/** Which agents the board shows (team, state) and in what order. */
export function BoardFilters({ teams, view, onChange }: { teams: readonly string[]; view: BoardView; onChange(view: BoardView): void }) {
  const { t } = useTranslation();
  return (
    <div className="board-filters">
      {teams.length > 1 && (
        <NativeSelect
          size="xs"
          label={t('board.filter.team')}
          value={view.team ?? allTeams}
          onChange={(event) => onChange({ ...view, team: event.currentTarget.value === allTeams ? null : event.currentTarget.value })}
          data={[{ value: allTeams, label: t('board.filter.allTeams') }, ...teams.map((team) => ({ value: team, label: team }))]}
          data-testid="board-filter-team"
        />
      )}
      <NativeSelect
        size="xs"
        label={t('board.filter.state')}
        value={view.state}
        onChange={(event) => onChange({ ...view, state: event.currentTarget.value as BoardStateFilter })}
        data={boardStateFilters.map((state) => ({ value: state, label: t(`board.filterState.${state}`) }))}
        data-testid="board-filter-state"
      />
      <NativeSelect
        size="xs"
        label={t('board.filter.sort')}
        value={view.sort}
        onChange={(event) => onChange({ ...view, sort: event.currentTarget.value as BoardSort })}
        data={boardSorts.map((sort) => ({ value: sort, label: t(`board.sort.${sort}`) }))}
        data-testid="board-sort"
      />
    </div>
  );
}
