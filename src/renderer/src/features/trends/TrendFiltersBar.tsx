import { NativeSelect, SegmentedControl, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { customerTiers } from '@shared/domain/customer';
import type { Roster } from '@shared/domain/roster';
import { supportedLanguages } from '@shared/domain/language';
import type { TrendBucket, TrendFilters, TrendReport } from '@shared/domain/trends';
import { usePhoneFormat } from '../../ui/phone-format';

export interface TrendPeriod {
  from: string;
  to: string;
  bucket: TrendBucket;
}

const all = '';
/** One choice or all: the filters hold lists (the contract's), the bar offers one at a time. */
const single = (value: string) => (value === all ? [] : [value]);

/** Period, day or week, and the filters (team, agent, queue, tier, language) within what this person may see. */
export function TrendFiltersBar({ period, filters, scope, roster, onPeriod, onFilters }: {
  period: TrendPeriod;
  filters: TrendFilters;
  scope: TrendReport['scope'] | null;
  roster: Roster;
  onPeriod(period: TrendPeriod): void;
  onFilters(filters: TrendFilters): void;
}) {
  const formatPhone = usePhoneFormat();
  const { t } = useTranslation();
  const team = filters.teams[0] ?? all;
  const teamOf = new Map(roster.agents.map((agent) => [agent.displayName, agent.team]));
  const agents = (scope?.agents ?? []).filter((agent) => team === all || teamOf.get(agent) === team);
  const option = (value: string, label: string) => ({ value, label });
  return (
    <div className="trend-filters" role="group" aria-label={t('trends.filters')}>
      <TextInput type="date" size="xs" label={t('trends.from')} value={period.from} max={period.to} onChange={(event) => event.currentTarget.value && onPeriod({ ...period, from: event.currentTarget.value })} data-testid="trends-from" />
      <TextInput type="date" size="xs" label={t('trends.to')} value={period.to} min={period.from} onChange={(event) => event.currentTarget.value && onPeriod({ ...period, to: event.currentTarget.value })} data-testid="trends-to" />
      <div className="trend-filters__bucket">
        <span className="trend-filters__label" id="trends-bucket-label">{t('trends.by')}</span>
        <SegmentedControl
          size="xs"
          aria-labelledby="trends-bucket-label"
          value={period.bucket}
          onChange={(bucket) => onPeriod({ ...period, bucket: bucket as TrendBucket })}
          data={[option('day', t('trends.bucket.day')), option('week', t('trends.bucket.week'))]}
          data-testid="trends-bucket"
        />
      </div>
      {scope && !scope.ownOnly && (
        <>
          <NativeSelect size="xs" label={t('trends.team')} value={team} onChange={(event) => onFilters({ ...filters, teams: single(event.currentTarget.value), agents: [] })} data={[option(all, t('trends.allTeams')), ...scope.teams.map((name) => option(name, name))]} data-testid="trends-team" />
          <NativeSelect size="xs" label={t('trends.agent')} value={filters.agents[0] ?? all} onChange={(event) => onFilters({ ...filters, agents: single(event.currentTarget.value) })} data={[option(all, t('trends.allAgents')), ...agents.map((name) => option(name, name))]} data-testid="trends-agent" />
        </>
      )}
      <NativeSelect size="xs" label={t('trends.queue')} value={filters.queues[0] ?? all} onChange={(event) => onFilters({ ...filters, queues: single(event.currentTarget.value) })} data={[option(all, t('trends.allQueues')), ...(scope?.queues ?? []).map((queue) => option(queue, formatPhone(queue)))]} data-testid="trends-queue" />
      <NativeSelect size="xs" label={t('trends.tier')} value={filters.tiers[0] ?? all} onChange={(event) => onFilters({ ...filters, tiers: single(event.currentTarget.value) as TrendFilters['tiers'] })} data={[option(all, t('trends.allTiers')), ...customerTiers.map((tier) => option(tier, t(`trends.tierName.${tier}`)))]} data-testid="trends-tier" />
      <NativeSelect size="xs" label={t('trends.language')} value={filters.languages[0] ?? all} onChange={(event) => onFilters({ ...filters, languages: single(event.currentTarget.value) as TrendFilters['languages'] })} data={[option(all, t('trends.allLanguages')), ...supportedLanguages.map((language) => option(language, t(`trends.languageName.${language}`)))]} data-testid="trends-language" />
    </div>
  );
}
