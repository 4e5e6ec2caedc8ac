import type { Language } from '@shared/domain/language';

/** `{order}` is replaced by an order number. Written for the demo; short, as agents write them. */
export interface DemoTexts {
  notes: readonly string[];
  promises: readonly string[];
  customerWanted: readonly string[];
  weOffered: readonly string[];
  teams: readonly string[];
  tags: readonly string[];
}

export const demoTexts: Record<Language, DemoTexts> = {
  en: {
    notes: [
      'Asked where order #{order} is; the courier has it, delivery tomorrow.',
      'Invoice for order #{order} charged twice. Refund requested from billing.',
      'Kettle from order #{order} stopped heating after a week. Return label sent.',
      'Prefers calls after 6 pm, not on weekends.',
      'Confirmed the new delivery address for order #{order}.',
      'Upset about the second delay in a row. Apologized, explained the new date.',
      'Wanted to change the payment card on the subscription; done during the call.',
      'Asked for the warranty terms in writing.',
    ],
    promises: [
      'Call back with the tracking number for order #{order}',
      'Send the refund confirmation by e-mail',
      'Check invoice for order #{order} with billing and report back',
      'Arrange a courier to pick up the return',
      'Send the warranty terms in writing',
    ],
    customerWanted: ['A working replacement, not a discount', 'Delivery on the date we promised', 'A correct invoice'],
    weOffered: ['10% off the next order', 'Express replacement at our cost', 'Corrected invoice and a written apology'],
    teams: ['Billing team', 'Logistics team', 'Quality team'],
    tags: ['wholesale', 'newsletter', 'prefers e-mail', 'returns often', 'corporate'],
  },
  ru: {
    notes: [
      'Спрашивал, где заказ №{order}; он у курьера, доставка завтра.',
      'По заказу №{order} деньги списаны дважды. Запросили возврат в биллинге.',
      'Чайник из заказа №{order} перестал греть через неделю. Отправили этикетку для возврата.',
      'Просит звонить после 18:00, не в выходные.',
      'Подтвердили новый адрес доставки для заказа №{order}.',
      'Расстроена второй задержкой подряд. Извинились, назвали новую дату.',
      'Хотел сменить карту для подписки; сделали во время звонка.',
      'Попросил условия гарантии письменно.',
    ],
    promises: [
      'Перезвонить с трек-номером заказа №{order}',
      'Прислать подтверждение возврата на почту',
      'Проверить счёт по заказу №{order} с биллингом и сообщить',
      'Организовать курьера для забора возврата',
      'Отправить условия гарантии письменно',
    ],
    customerWanted: ['Рабочую замену, а не скидку', 'Доставку в обещанный срок', 'Правильный счёт'],
    weOffered: ['Скидка 10% на следующий заказ', 'Срочная замена за наш счёт', 'Исправленный счёт и письменные извинения'],
    teams: ['Отдел биллинга', 'Отдел логистики', 'Отдел качества'],
    tags: ['опт', 'рассылка', 'предпочитает почту', 'часто возвращает', 'юрлицо'],
  },
  uk: {
    notes: [
      'Питав, де замовлення №{order}; воно в кур’єра, доставка завтра.',
      'За замовлення №{order} гроші списано двічі. Запросили повернення в білінгу.',
      'Чайник із замовлення №{order} перестав гріти за тиждень. Надіслали етикетку для повернення.',
      'Просить телефонувати після 18:00, не у вихідні.',
      'Підтвердили нову адресу доставки для замовлення №{order}.',
      'Засмучена другою затримкою поспіль. Перепросили, назвали нову дату.',
      'Хотів змінити картку для підписки; зробили під час дзвінка.',
      'Попросив умови гарантії письмово.',
    ],
    promises: [
      'Передзвонити з трек-номером замовлення №{order}',
      'Надіслати підтвердження повернення на пошту',
      'Перевірити рахунок за замовленням №{order} з білінгом і повідомити',
      'Організувати кур’єра, щоб забрав повернення',
      'Надіслати умови гарантії письмово',
    ],
    customerWanted: ['Робочу заміну, а не знижку', 'Доставку в обіцяний термін', 'Правильний рахунок'],
    weOffered: ['Знижка 10% на наступне замовлення', 'Термінова заміна за наш рахунок', 'Виправлений рахунок і письмові перепрошення'],
    teams: ['Відділ білінгу', 'Відділ логістики', 'Відділ якості'],
    tags: ['гурт', 'розсилка', 'надає перевагу пошті', 'часто повертає', 'юрособа'],
  },
};

/** The demo contact center's agents (login names). */
export const demoAgents: readonly string[] = [
  'anna.kovalenko', 'dmitry.sokolov', 'olena.melnyk', 'james.walker', 'maria.petrova',
  'taras.hrytsenko', 'sofia.lebedeva', 'igor.volkov', 'emily.clark', 'oksana.bondar',
];
