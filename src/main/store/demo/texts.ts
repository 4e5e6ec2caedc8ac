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
  // Notes are impersonal: the agent writing one knows the caller's sex, the generator does not.
  ru: {
    notes: [
      'Вопрос о заказе №{order}: он у курьера, доставка завтра.',
      'По заказу №{order} деньги списаны дважды. Запрошен возврат в биллинге.',
      'Чайник из заказа №{order} перестал греть через неделю. Отправлена этикетка для возврата.',
      'Просьба звонить после 18:00, не в выходные.',
      'Подтверждён новый адрес доставки для заказа №{order}.',
      'Недовольство второй задержкой подряд. Принесены извинения, названа новая дата.',
      'Нужно было сменить карту для подписки; сделано во время звонка.',
      'Запрошены условия гарантии в письменном виде.',
    ],
    promises: [
      'Перезвонить с трек-номером заказа №{order}',
      'Прислать подтверждение возврата на эл. почту',
      'Проверить счёт по заказу №{order} с биллингом и сообщить результат',
      'Организовать курьера для забора возврата',
      'Отправить условия гарантии в письменном виде',
    ],
    // Shown after «Клиент хотел:» and «Предложили:»: the accusative.
    customerWanted: ['Рабочую замену, а не скидку', 'Доставку в обещанный срок', 'Правильный счёт'],
    weOffered: ['Скидку 10 % на следующий заказ', 'Срочную замену за наш счёт', 'Исправленный счёт и письменные извинения'],
    teams: ['Отдел биллинга', 'Отдел логистики', 'Отдел качества'],
    tags: ['опт', 'рассылка', 'предпочитает эл. почту', 'часто возвращает', 'юрлицо'],
  },
  uk: {
    notes: [
      'Питання щодо замовлення №{order}: воно в кур’єра, доставка завтра.',
      'За замовленням №{order} гроші списано двічі. Запит на повернення передано в білінг.',
      'Чайник із замовлення №{order} перестав гріти за тиждень. Надіслано етикетку для повернення.',
      'Прохання телефонувати після 18:00, не у вихідні.',
      'Підтверджено нову адресу доставки для замовлення №{order}.',
      'Невдоволення другою затримкою поспіль. Принесено вибачення, названо нову дату.',
      'Потрібно було змінити картку для підписки; зроблено під час дзвінка.',
      'Запит на умови гарантії в письмовому вигляді.',
    ],
    promises: [
      'Передзвонити з трек-номером замовлення №{order}',
      'Надіслати підтвердження повернення на ел. пошту',
      'Перевірити рахунок за замовленням №{order} з білінгом і повідомити результат',
      'Організувати кур’єра, щоб забрав повернення',
      'Надіслати умови гарантії в письмовому вигляді',
    ],
    // Shown after «Клієнт хотів:» and «Запропонували:»: the accusative.
    customerWanted: ['Робочу заміну, а не знижку', 'Доставку в обіцяний термін', 'Правильний рахунок'],
    weOffered: ['Знижку 10 % на наступне замовлення', 'Термінову заміну за наш рахунок', 'Виправлений рахунок і письмові вибачення'],
    teams: ['Відділ білінгу', 'Відділ логістики', 'Відділ якості'],
    tags: ['гурт', 'розсилка', 'надає перевагу ел. пошті', 'часто повертає', 'юрособа'],
  },
};

/**
 * The demo contact center's agents, by the names the console shows for them
 * (notes, promises, calls): a person's name, never a login or a SIP user.
 */
export const demoAgents: readonly string[] = [
  'Анна Коваленко', 'Дмитрий Соколов', 'Олена Мельник', 'James Walker', 'Мария Петрова',
  'Тарас Гриценко', 'Софья Лебедева', 'Игорь Волков', 'Emily Clark', 'Оксана Бондар',
];
