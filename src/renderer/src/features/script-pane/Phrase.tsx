import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fillPlaceholders, phraseText, type PlaceholderValues } from '@shared/scripts/placeholders';

/**
 * A phrase to say, with the call's values filled in. A value nobody knows is
 * a visible, announced gap, so the agent never reads out "undefined" or a
 * blank; it can be copied as it stands.
 */
export function Phrase({ text, values }: { text: string; values: PlaceholderValues }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const parts = fillPlaceholders(text, values);
  const copy = () => {
    void navigator.clipboard.writeText(phraseText(parts)).then(() => setCopied(true));
  };
  return (
    <div className="script-phrase">
      <p className="script-phrase__text" data-testid="script-phrase">
        {parts.map((part, index) =>
          part.kind === 'gap' ? (
            <mark key={index} className="script-gap" data-testid="script-gap" title={t('script.gapHint')}>
              {t('script.gap', { name: t(`script.placeholder.${part.name}`) })}
            </mark>
          ) : (
            <span key={index} className={part.kind === 'value' ? 'script-value' : undefined}>
              {part.text}
            </span>
          ),
        )}
      </p>
      <Button variant="default" size="xs" className="script-phrase__copy" onClick={copy} onBlur={() => setCopied(false)} data-testid="script-copy">
        {copied ? t('script.copied') : t('script.copy')}
      </Button>
    </div>
  );
}
