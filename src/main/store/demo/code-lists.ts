import type { LocalizedLabel } from '@shared/domain/language';

export interface DemoCode {
  code: string;
  label: LocalizedLabel;
}

/** What the call ended with: a contact center's usual disposition list. */
export const demoDispositions: readonly DemoCode[] = [
  { code: 'resolved', label: { en: 'Resolved', ru: 'Решено', uk: 'Вирішено' } },
  { code: 'information-provided', label: { en: 'Information provided', ru: 'Предоставлена информация', uk: 'Надано інформацію' } },
  { code: 'callback-scheduled', label: { en: 'Callback scheduled', ru: 'Назначен обратный звонок', uk: 'Призначено зворотний дзвінок' } },
  { code: 'escalated', label: { en: 'Escalated', ru: 'Передано на 2-ю линию', uk: 'Передано на 2-гу лінію' } },
  { code: 'complaint-registered', label: { en: 'Complaint registered', ru: 'Жалоба зарегистрирована', uk: 'Скаргу зареєстровано' } },
  { code: 'order-placed', label: { en: 'Order placed', ru: 'Оформлен заказ', uk: 'Оформлено замовлення' } },
  { code: 'not-resolved', label: { en: 'Not resolved', ru: 'Не решено', uk: 'Не вирішено' } },
];

/** How a complaint call can end: registered, passed up, or settled on the spot. */
export const complaintDispositionCodes: readonly string[] = ['complaint-registered', 'escalated', 'resolved'];

/** Why the customer had to call: what the retrospective counts. */
export const demoRootCauses: readonly DemoCode[] = [
  { code: 'delivery-delay', label: { en: 'Delivery delay', ru: 'Задержка доставки', uk: 'Затримка доставки' } },
  { code: 'billing-error', label: { en: 'Billing error', ru: 'Ошибка в счёте', uk: 'Помилка в рахунку' } },
  { code: 'product-defect', label: { en: 'Product defect', ru: 'Брак товара', uk: 'Брак товару' } },
  { code: 'wrong-item', label: { en: 'Wrong item sent', ru: 'Прислали не тот товар', uk: 'Надіслали не той товар' } },
  { code: 'payment-failed', label: { en: 'Payment failed', ru: 'Не прошла оплата', uk: 'Не пройшла оплата' } },
  { code: 'website-issue', label: { en: 'Website problem', ru: 'Проблема с сайтом', uk: 'Проблема із сайтом' } },
  { code: 'unclear-policy', label: { en: 'Unclear terms', ru: 'Непонятные условия', uk: 'Незрозумілі умови' } },
  { code: 'staff-conduct', label: { en: 'Staff conduct', ru: 'Поведение сотрудника', uk: 'Поведінка працівника' } },
];
