import { supportedLanguages } from '../domain/language';
import type { LocalizedLabel } from '../domain/language';
import {
  absolutePathRule,
  dialStringRule,
  hostNameRule,
  httpsAddressRule,
  linkSchemesRule,
  recordingTemplateRule,
  sipServerRule,
  timeWindowRule,
} from './policy-checks';
import { settingTarget, type PolicyTarget } from './policy-target';
import type { PolicyType } from './policy-type';

export interface PolicyKeySpec {
  type: PolicyType;
  /** The setting the key sets and locks; none when a feature reads the value itself. */
  sets?: PolicyTarget;
  /** Settings the key locks when it has this value (audio settings when agents may not edit them). */
  locksWhen?: { value: boolean; targets: readonly PolicyTarget[] };
  /** What the Group Policy editor shows (the ADML), and what docs/DEPLOYMENT.md says. */
  title: LocalizedLabel;
  description: LocalizedLabel;
}

const audioTargets = [
  settingTarget('microphone'),
  settingTarget('speaker'),
  settingTarget('ringDevice'),
  settingTarget('echoCancellation'),
  settingTarget('noiseSuppression'),
  settingTarget('autoGainControl'),
  settingTarget('autoAnswer'),
  settingTarget('autoAnswerDelaySeconds'),
] as const;

/**
 * Everything IT may set or lock, by its dotted key: the same name in
 * policy.json, in the macOS managed preferences and as the registry value
 * name. The one schema the validator, the templates and the docs come from.
 */
export const policyKeys = {
  'sip.server': {
    type: { kind: 'text', maxLength: 2048, check: sipServerRule },
    sets: 'phone.server',
    title: { en: 'SIP server', ru: 'SIP-сервер', uk: 'SIP-сервер' },
    description: {
      en: 'The SIP over WebSocket address every console registers with, e.g. wss://pbx.example.com:8089/ws.',
      ru: 'Адрес SIP через WebSocket, на котором регистрируется каждая консоль, например wss://pbx.example.com:8089/ws.',
      uk: 'Адреса SIP через WebSocket, на якій реєструється кожна консоль, наприклад wss://pbx.example.com:8089/ws.',
    },
  },
  'sip.domain': {
    type: { kind: 'text', maxLength: 253, check: hostNameRule },
    sets: 'phone.domain',
    title: { en: 'SIP domain', ru: 'SIP-домен', uk: 'SIP-домен' },
    description: {
      en: 'The SIP domain (realm) of the agents’ accounts, e.g. pbx.example.com.',
      ru: 'SIP-домен (realm) учётных записей операторов, например pbx.example.com.',
      uk: 'SIP-домен (realm) облікових записів операторів, наприклад pbx.example.com.',
    },
  },
  'crm.url': {
    type: { kind: 'text', maxLength: 2000, check: httpsAddressRule },
    sets: 'crm.url',
    title: { en: 'CRM address', ru: 'Адрес CRM', uk: 'Адреса CRM' },
    description: {
      en: 'The CRM’s sync endpoint (https://). The token is still entered on each console and kept in the OS keychain.',
      ru: 'Адрес синхронизации CRM (https://). Токен по-прежнему вводится на каждой консоли и хранится в хранилище ключей ОС.',
      uk: 'Адреса синхронізації CRM (https://). Токен, як і раніше, вводять на кожній консолі, і він зберігається у сховищі ключів ОС.',
    },
  },
  'language.default': {
    type: { kind: 'enum', values: ['system', ...supportedLanguages] },
    sets: settingTarget('language'),
    title: { en: 'Console language', ru: 'Язык консоли', uk: 'Мова консолі' },
    description: {
      en: 'system follows the operating system; en, ru or uk sets English, Russian or Ukrainian.',
      ru: 'system — как в операционной системе; en, ru или uk — английский, русский или украинский.',
      uk: 'system — як в операційній системі; en, ru або uk — англійська, російська або українська.',
    },
  },
  'wrapUp.requireDisposition': {
    type: { kind: 'boolean' },
    sets: settingTarget('requireDisposition'),
    title: { en: 'Require a disposition', ru: 'Обязательный результат звонка', uk: 'Обов’язковий результат дзвінка' },
    description: {
      en: 'Wrap-up cannot end, nor its time limit end it, until the call has a disposition.',
      ru: 'Постобработку нельзя завершить (и лимит времени её не завершает), пока у звонка нет результата.',
      uk: 'Постобробку не можна завершити (і ліміт часу її не завершує), доки дзвінок не має результату.',
    },
  },
  'wrapUp.timeLimitSeconds': {
    type: { kind: 'integer', min: 0, max: 3600 },
    sets: settingTarget('wrapUpSeconds'),
    title: { en: 'Wrap-up time limit (seconds)', ru: 'Лимит постобработки (секунды)', uk: 'Ліміт постобробки (секунди)' },
    description: {
      en: 'How long wrap-up may last before the agent is available again; 0 means no limit.',
      ru: 'Сколько может длиться постобработка, прежде чем оператор снова станет доступен; 0 — без ограничения.',
      uk: 'Скільки може тривати постобробка, перш ніж оператор знову стане доступним; 0 — без обмеження.',
    },
  },
  'monitoring.showIndicator': {
    type: { kind: 'boolean' },
    title: { en: 'Show when a supervisor listens', ru: 'Показывать прослушивание супервизором', uk: 'Показувати прослуховування супервізором' },
    description: {
      en: 'Whether the agent’s console shows an indicator while a supervisor listens, whispers or barges in.',
      ru: 'Показывает ли консоль оператора индикатор, пока супервизор слушает, подсказывает или подключается к разговору.',
      uk: 'Чи показує консоль оператора індикатор, поки супервізор слухає, підказує або підключається до розмови.',
    },
  },
  'monitoring.dialListen': {
    type: { kind: 'text', maxLength: 200, check: dialStringRule },
    sets: settingTarget('monitoringDialListen'),
    title: { en: 'PBX dial string for Listen', ru: 'Строка набора АТС для «Слушать»', uk: 'Рядок набору АТС для «Слухати»' },
    description: {
      en: 'For PBXs that monitor natively (Asterisk ChanSpy, FreeSWITCH eavesdrop): what a supervisor’s Listen dials instead of the console’s own mix, e.g. *222{agentExtension}. Empty: the console mixes.',
      ru: 'Для АТС с собственным прослушиванием (Asterisk ChanSpy, FreeSWITCH eavesdrop): что набирает «Слушать» супервизора вместо микширования в консоли, например *222{agentExtension}. Пусто — микширует консоль.',
      uk: 'Для АТС із власним прослуховуванням (Asterisk ChanSpy, FreeSWITCH eavesdrop): що набирає «Слухати» супервізора замість мікшування в консолі, наприклад *222{agentExtension}. Порожньо — мікшує консоль.',
    },
  },
  'monitoring.dialWhisper': {
    type: { kind: 'text', maxLength: 200, check: dialStringRule },
    sets: settingTarget('monitoringDialWhisper'),
    title: { en: 'PBX dial string for Whisper', ru: 'Строка набора АТС для «Подсказывать»', uk: 'Рядок набору АТС для «Підказувати»' },
    description: {
      en: 'For PBXs that monitor natively (Asterisk ChanSpy, FreeSWITCH eavesdrop): what a supervisor’s Whisper dials instead of the console’s own mix, e.g. *222{agentExtension}. Empty: the console mixes.',
      ru: 'Для АТС с собственным прослушиванием (Asterisk ChanSpy, FreeSWITCH eavesdrop): что набирает «Подсказывать» супервизора вместо микширования в консоли, например *222{agentExtension}. Пусто — микширует консоль.',
      uk: 'Для АТС із власним прослуховуванням (Asterisk ChanSpy, FreeSWITCH eavesdrop): що набирає «Підказувати» супервізора замість мікшування в консолі, наприклад *222{agentExtension}. Порожньо — мікшує консоль.',
    },
  },
  'monitoring.dialBarge': {
    type: { kind: 'text', maxLength: 200, check: dialStringRule },
    sets: settingTarget('monitoringDialBarge'),
    title: { en: 'PBX dial string for Barge in', ru: 'Строка набора АТС для «Подключиться»', uk: 'Рядок набору АТС для «Приєднатися»' },
    description: {
      en: 'For PBXs that monitor natively (Asterisk ChanSpy, FreeSWITCH eavesdrop): what a supervisor’s Barge in dials instead of the console’s own mix, e.g. *222{agentExtension}. Empty: the console mixes.',
      ru: 'Для АТС с собственным прослушиванием (Asterisk ChanSpy, FreeSWITCH eavesdrop): что набирает «Подключиться» супервизора вместо микширования в консоли, например *222{agentExtension}. Пусто — микширует консоль.',
      uk: 'Для АТС із власним прослуховуванням (Asterisk ChanSpy, FreeSWITCH eavesdrop): що набирає «Приєднатися» супервізора замість мікшування в консолі, наприклад *222{agentExtension}. Порожньо — мікшує консоль.',
    },
  },
  'roster.file': {
    type: { kind: 'text', maxLength: 1024, check: absolutePathRule },
    title: { en: 'Roster file (sites without a CRM)', ru: 'Файл списка сотрудников (без CRM)', uk: 'Файл списку працівників (без CRM)' },
    description: {
      en: 'Absolute path of a .json or .jsonl file of agent items (id, SIP address, display name, team, teams led, role agent/supervisor/admin, active), for sites without a CRM: it is the roster, read at start and with every policy change. It must be owned by root and writable only by root.',
      ru: 'Абсолютный путь к файлу .json или .jsonl с элементами agent (id, SIP-адрес, отображаемое имя, отдел, отделы под руководством, роль agent/supervisor/admin, active) для площадок без CRM: это и есть список сотрудников, он читается при запуске и при каждом изменении политики. Владелец файла — root, и изменять его может только root.',
      uk: 'Абсолютний шлях до файлу .json або .jsonl з елементами agent (id, SIP-адреса, ім’я для показу, відділ, відділи під керівництвом, роль agent/supervisor/admin, active) для майданчиків без CRM: це і є список працівників, його читають під час запуску й після кожної зміни політики. Власник файлу — root, і змінювати його може лише root.',
    },
  },
  'recording.urlTemplate': {
    type: { kind: 'text', maxLength: 2000, check: recordingTemplateRule },
    title: { en: 'Call recording link', ru: 'Ссылка на запись звонка', uk: 'Посилання на запис дзвінка' },
    description: {
      en: 'https:// address of a call’s recording; {callId} is replaced by the call’s SIP Call-ID, {agentId} by the agent’s name, {date} by the call’s day (YYYY-MM-DD, UTC).',
      ru: 'Адрес https:// записи звонка; {callId} заменяется SIP Call-ID звонка, {agentId} — именем оператора, {date} — днём звонка (ГГГГ-ММ-ДД, UTC).',
      uk: 'Адреса https:// запису дзвінка; {callId} замінюється SIP Call-ID дзвінка, {agentId} — ім’ям оператора, {date} — днем дзвінка (РРРР-ММ-ДД, UTC).',
    },
  },
  'updates.feedUrl': {
    type: { kind: 'text', maxLength: 2000, check: httpsAddressRule },
    title: { en: 'Update feed', ru: 'Источник обновлений', uk: 'Джерело оновлень' },
    description: {
      en: 'The https:// folder IT publishes releases to (latest.yml and the installers). Unset: the console does not update itself.',
      ru: 'Папка https://, куда ИТ выкладывает версии (latest.yml и установщики). Если не задано — консоль не обновляется сама.',
      uk: 'Тека https://, куди ІТ викладає версії (latest.yml та інсталятори). Якщо не задано — консоль не оновлюється сама.',
    },
  },
  'updates.channel': {
    type: { kind: 'enum', values: ['stable', 'beta'] },
    title: { en: 'Update channel', ru: 'Канал обновлений', uk: 'Канал оновлень' },
    description: {
      en: 'stable for every seat; beta for the seats that try releases first.',
      ru: 'stable — для всех рабочих мест; beta — для мест, которые первыми пробуют новые версии.',
      uk: 'stable — для всіх робочих місць; beta — для місць, які першими пробують нові версії.',
    },
  },
  'updates.rolloutRing': {
    type: { kind: 'integer', min: 0, max: 99 },
    title: { en: 'Rollout ring', ru: 'Кольцо развёртывания', uk: 'Кільце розгортання' },
    description: {
      en: 'The seat’s staged-rollout bucket (0–99): a release rolled out to N % installs on seats whose ring is below N. Unset: a bucket drawn once per install.',
      ru: 'Группа поэтапного развёртывания (0–99): версия, выпущенная для N %, устанавливается на местах с кольцом меньше N. Если не задано — группа выбирается один раз при установке.',
      uk: 'Група поетапного розгортання (0–99): версія, випущена для N %, встановлюється на місцях із кільцем меншим за N. Якщо не задано — групу вибирають один раз під час встановлення.',
    },
  },
  'updates.installWindow': {
    type: { kind: 'text', maxLength: 11, check: timeWindowRule },
    title: { en: 'Update install window', ru: 'Окно установки обновлений', uk: 'Вікно встановлення оновлень' },
    description: {
      en: 'Local time HH:MM-HH:MM when a downloaded update may be installed (never during a call), e.g. 22:00-06:00.',
      ru: 'Местное время ЧЧ:ММ-ЧЧ:ММ, когда можно установить загруженное обновление (никогда во время звонка), например 22:00-06:00.',
      uk: 'Місцевий час ГГ:ХХ-ГГ:ХХ, коли можна встановити завантажене оновлення (ніколи під час дзвінка), наприклад 22:00-06:00.',
    },
  },
  'log.level': {
    type: { kind: 'enum', values: ['error', 'warn', 'info', 'debug'] },
    title: { en: 'Log level', ru: 'Уровень журнала', uk: 'Рівень журналу' },
    description: {
      en: 'How much the console writes to its log. No level writes customer data.',
      ru: 'Насколько подробно консоль пишет журнал. Данные клиентов не пишутся ни на одном уровне.',
      uk: 'Наскільки докладно консоль веде журнал. Дані клієнтів не записуються на жодному рівні.',
    },
  },
  'links.allowedSchemes': {
    type: { kind: 'list', maxItems: 16, maxLength: 32, check: linkSchemesRule },
    title: { en: 'Allowed link schemes', ru: 'Разрешённые схемы ссылок', uk: 'Дозволені схеми посилань' },
    description: {
      en: 'URL schemes the console opens from scripts and customer cards, e.g. https, mailto. javascript, data, file, vbscript and blob are never allowed.',
      ru: 'Схемы ссылок, которые консоль открывает из скриптов и карточек клиентов, например https, mailto. javascript, data, file, vbscript и blob не разрешаются никогда.',
      uk: 'Схеми посилань, які консоль відкриває зі скриптів і карток клієнтів, наприклад https, mailto. javascript, data, file, vbscript і blob не дозволені ніколи.',
    },
  },
  'audio.agentsMayEdit': {
    type: { kind: 'boolean' },
    locksWhen: { value: false, targets: audioTargets },
    title: { en: 'Agents may change audio settings', ru: 'Операторы могут менять настройки звука', uk: 'Оператори можуть змінювати налаштування звуку' },
    description: {
      en: 'false locks the devices, echo cancellation, noise suppression, gain control and auto-answer at their current values.',
      ru: 'false закрепляет устройства, эхоподавление, шумоподавление, автоусиление и автоответ с текущими значениями.',
      uk: 'false закріплює пристрої, ехоподавлення, шумозаглушення, автопідсилення й автовідповідь із поточними значеннями.',
    },
  },
  'callQuality.maxRoundTripMs': {
    type: { kind: 'integer', min: 50, max: 2000 },
    title: { en: 'Poor call: round trip above (ms)', ru: 'Плохая связь: задержка выше (мс)', uk: 'Поганий зв’язок: затримка понад (мс)' },
    description: {
      en: 'A call whose round-trip time exceeds this is shown as poor (default 400).',
      ru: 'Звонок с задержкой выше этого значения показывается как плохой (по умолчанию 400).',
      uk: 'Дзвінок із затримкою понад це значення показується як поганий (типово 400).',
    },
  },
  'callQuality.maxJitterMs': {
    type: { kind: 'integer', min: 5, max: 500 },
    title: { en: 'Poor call: jitter above (ms)', ru: 'Плохая связь: джиттер выше (мс)', uk: 'Поганий зв’язок: джитер понад (мс)' },
    description: {
      en: 'A call whose jitter exceeds this is shown as poor (default 30).',
      ru: 'Звонок с джиттером выше этого значения показывается как плохой (по умолчанию 30).',
      uk: 'Дзвінок із джитером понад це значення показується як поганий (типово 30).',
    },
  },
  'callQuality.maxLossPercent': {
    type: { kind: 'integer', min: 0, max: 50 },
    title: { en: 'Poor call: packet loss above (%)', ru: 'Плохая связь: потери пакетов выше (%)', uk: 'Поганий зв’язок: втрати пакетів понад (%)' },
    description: {
      en: 'A call losing more packets than this is shown as poor (default 3).',
      ru: 'Звонок с потерями пакетов выше этого значения показывается как плохой (по умолчанию 3).',
      uk: 'Дзвінок із втратами пакетів понад це значення показується як поганий (типово 3).',
    },
  },
  'callQuality.minMos': {
    type: { kind: 'decimal', min: 1, max: 5 },
    title: { en: 'Poor call: MOS below', ru: 'Плохая связь: MOS ниже', uk: 'Поганий зв’язок: MOS нижче' },
    description: {
      en: 'A call whose estimated MOS (1–5) falls below this is shown as poor (default 3.5). In the registry, a text such as 3.5.',
      ru: 'Звонок с оценкой MOS (1–5) ниже этого значения показывается как плохой (по умолчанию 3,5). В реестре — строка, например 3.5.',
      uk: 'Дзвінок з оцінкою MOS (1–5) нижче цього значення показується як поганий (типово 3,5). У реєстрі — рядок, наприклад 3.5.',
    },
  },
} as const satisfies Record<string, PolicyKeySpec>;

export type PolicyKeyName = keyof typeof policyKeys;
export const policyKeyNames = Object.keys(policyKeys) as PolicyKeyName[];

export function isPolicyKeyName(name: string): name is PolicyKeyName {
  return Object.hasOwn(policyKeys, name);
}

/** The spec of a key, typed as the general shape (the table's literal types are for names, not for reading). */
export function policyKeySpec(name: PolicyKeyName): PolicyKeySpec {
  return policyKeys[name];
}
