import { scorecardFormSchema, type ScorecardForm } from './scorecard-form';

/**
 * The default form, from the service standard the product follows
 * (PRODUCT.md; seeds 002 and 004): the greeting names the company and the
 * agent; the customer is identified before being named; the problem is
 * restated; the promise says what, who and by when; the tone fits the
 * customer; a complaint goes through the script's complaint section.
 * Identification and the promise are critical: a customer named to a
 * stranger, or left without knowing what happens next, fails the call.
 */
export const serviceStandardScorecard: ScorecardForm = scorecardFormSchema.parse({
  slug: 'service-standard',
  version: 1,
  title: { en: 'Service standard', ru: 'Стандарт обслуживания', uk: 'Стандарт обслуговування' },
  questions: [
    {
      id: 'greeting',
      title: { en: 'Greeting', ru: 'Приветствие', uk: 'Привітання' },
      text: {
        en: 'Greeting: the company and the agent’s name, then how to address the customer',
        ru: 'Приветствие: компания и имя оператора, затем вопрос, как обращаться к клиенту',
        uk: 'Привітання: компанія та ім’я оператора, потім запитання, як звертатися до клієнта',
      },
      kind: 'yes-no',
      allowNa: false,
      weight: 10,
      critical: false,
      scriptSection: 'greeting',
    },
    {
      id: 'identification',
      title: { en: 'Identification', ru: 'Идентификация', uk: 'Ідентифікація' },
      text: {
        en: 'The customer was identified before being named or told account details',
        ru: 'Клиент идентифицирован до того, как его назвали по имени или сообщили данные',
        uk: 'Клієнта ідентифіковано до того, як його назвали на ім’я чи повідомили дані',
      },
      kind: 'yes-no',
      allowNa: false,
      weight: 20,
      critical: true,
      scriptSection: 'identification',
    },
    {
      id: 'problem-restated',
      title: { en: 'Problem restated', ru: 'Проблема пересказана', uk: 'Проблему переказано' },
      text: {
        en: 'The problem was restated to the customer («Do I understand correctly that…»)',
        ru: 'Проблема пересказана клиенту («Правильно ли я понимаю, что…»)',
        uk: 'Проблему переказано клієнтові («Правильно я розумію, що…»)',
      },
      kind: 'yes-no',
      allowNa: false,
      weight: 15,
      critical: false,
      scriptSection: 'consultation',
    },
    {
      id: 'promise-stated',
      title: { en: 'Promise: what, who, when', ru: 'Обещание: что, кто, срок', uk: 'Обіцянка: що, хто, термін' },
      text: {
        en: 'The promise was said with what will be done, who does it and by when',
        ru: 'Обещание названо: что будет сделано, кто ответственный и в какой срок',
        uk: 'Обіцянку названо: що буде зроблено, хто відповідальний і в який термін',
      },
      kind: 'yes-no',
      allowNa: true,
      weight: 20,
      critical: true,
      scriptSection: 'closing',
    },
    {
      id: 'tone',
      title: { en: 'Tone', ru: 'Тон', uk: 'Тон' },
      text: {
        en: 'Tone appropriate to the customer (formal or friendly, calm with an angry caller)',
        ru: 'Тон соответствует клиенту (официальный или дружеский, спокойный при работе с негативом)',
        uk: 'Тон відповідає клієнтові (офіційний або дружній, спокійний під час роботи з негативом)',
      },
      kind: 'scale',
      scaleMax: 5,
      allowNa: false,
      weight: 15,
      critical: false,
    },
    {
      id: 'complaint-handled',
      title: { en: 'Complaint by the script', ru: 'Жалоба по скрипту', uk: 'Скарга за скриптом' },
      text: {
        en: 'A complaint was handled through the script’s complaint section',
        ru: 'Жалоба обработана по разделу скрипта для жалоб',
        uk: 'Скаргу опрацьовано за розділом скрипту для скарг',
      },
      kind: 'yes-no',
      allowNa: true,
      weight: 20,
      critical: false,
      scriptSection: 'complaint',
    },
  ],
});
